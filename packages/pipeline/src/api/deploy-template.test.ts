/**
 * The SAM template (`template.yaml`) cannot be deployed here (no AWS account, no cfn-lint), so it is
 * checked against the CloudFormation resource specification (`@aws-cdk/cfnspec`, SAM types included):
 * every resource type and property, required properties, `!Ref` / `!GetAtt` / `${}` targets. Then what
 * the specification cannot know: routes agree with the app, no secret is an environment variable, the
 * permissions stay on the bucket prefix and the secret, and the CloudFront function strips `/api`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkTemplate, loadCfnSpec, parseTemplate, type Template } from '../../test/cfn-template.ts';
import { REPO_ROOT, tempDir, testConfig } from '../../test/helpers.ts';
import { CONFIG_VARIABLES, loadConfigOrThrow } from '../config/config.ts';
import { openLeadpipe } from '../pipeline/context.ts';
import { buildApp } from './app.ts';

const template = parseTemplate(readFileSync(path.join(REPO_ROOT, 'template.yaml'), 'utf8'));
const spec = loadCfnSpec();

type Props = Record<string, unknown>;
const resource = (t: Template, name: string): { Type: string; Properties: Props } =>
  t.Resources[name] as { Type: string; Properties: Props };

/** A copy of the template changed by `edit`, for the checker to find what was broken. */
function broken(edit: (t: Template) => void): string[] {
  const t = structuredClone(template);
  edit(t);
  return checkTemplate(t, spec).errors;
}

/** A function's environment as deployed: Globals merged under its own variables. */
function environment(name: string): Record<string, unknown> {
  const globals = (template.Globals as { Function: { Environment: { Variables: Props } } }).Function;
  const own = (resource(template, name).Properties.Environment as { Variables: Props } | undefined)
    ?.Variables;
  return { ...globals.Environment.Variables, ...own };
}

describe('template.yaml against the CloudFormation resource specification', () => {
  it('has only known resource types and properties, the required ones, and references that resolve', () => {
    const { errors, checked } = checkTemplate(template, spec);
    expect(errors).toEqual([]);
    expect(spec.ResourceSpecificationVersion).toMatch(/^\d+\./);
    // Not vacuous: the walk reached the nested properties (distribution behaviours, policies, events).
    expect(checked).toBeGreaterThan(150);
  });

  it('finds an unknown property, a missing required one, a bad Ref, GetAtt or ${} target, and a bad type', () => {
    expect(
      broken((t) => {
        resource(t, 'LeadpipeFunction').Properties.Timeuot = 29;
      }),
    ).toEqual([expect.stringMatching(/LeadpipeFunction\.Properties\.Timeuot: unknown property/)]);
    expect(
      broken((t) => {
        const d = resource(t, 'WebDistribution').Properties.DistributionConfig as Props;
        delete (d.DefaultCacheBehavior as Props).TargetOriginId;
      }),
    ).toEqual([expect.stringMatching(/DefaultCacheBehavior: missing required property TargetOriginId/)]);
    expect(
      broken((t) => {
        const events = resource(t, 'LeadpipeFunction').Properties.Events as Record<
          string,
          { Properties: Props }
        >;
        (events.Leads as { Properties: Props }).Properties.Pth = '/leads';
      }),
    ).toEqual([expect.stringMatching(/Events\.Leads\.Properties\.Pth: unknown property/)]);
    expect(
      broken((t) => {
        resource(t, 'IngestEvents').Properties.FunctionName = { Ref: 'IngestFunktion' };
      }),
    ).toEqual([expect.stringMatching(/Ref to nothing named IngestFunktion/)]);
    expect(
      broken((t) => {
        resource(t, 'IngestEvents').Properties.EventSourceArn = { 'Fn::GetAtt': ['IngestQueue', 'Url'] };
      }),
    ).toEqual([expect.stringMatching(/AWS::SQS::Queue has no attribute Url/)]);
    expect(
      broken((t) => {
        (t.Outputs as Record<string, Props>).ApiUrl = { Value: { 'Fn::Sub': 'https://${HttpApi}.example' } };
      }),
    ).toEqual([expect.stringMatching(/\$\{HttpApi\} names nothing/)]);
    expect(
      broken((t) => {
        (t.Globals as { Function: Props }).Function.PackageType = 'Image';
      }),
    ).toEqual([expect.stringMatching(/Globals\.Function\.PackageType: not a SAM Globals property/)]);
    expect(
      broken((t) => {
        resource(t, 'IngestQueue').Type = 'AWS::SQS::Queues';
      }),
    ).toEqual(expect.arrayContaining([expect.stringMatching(/unknown resource type AWS::SQS::Queues/)]));
    expect(
      broken((t) => {
        resource(t, 'IngestEvents').Properties.BatchSize = [10];
      }),
    ).toEqual([expect.stringMatching(/BatchSize: expected a Integer/)]);
  });
});

describe('template.yaml: what the specification cannot check', () => {
  let operations: string[] = [];
  beforeAll(async () => {
    const t = await tempDir('leadpipe-template-');
    const lp = await openLeadpipe(testConfig(t.dir));
    const app = await buildApp({ lp, logger: false });
    await app.ready();
    const doc = app.swagger() as { paths: Record<string, Record<string, unknown>> };
    operations = Object.entries(doc.paths).flatMap(([p, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`),
    );
    await app.close();
    await lp.close();
    await t.cleanup();
  });

  it('declares every route of the app on the API function, within API Gateway timeouts', () => {
    const fn = resource(template, 'LeadpipeFunction');
    expect(fn.Properties.Timeout).toBeLessThanOrEqual(29);
    const events = Object.values(
      fn.Properties.Events as Record<string, { Type: string; Properties: { Path: string; Method: string } }>,
    );
    expect(events.every((e) => e.Type === 'HttpApi')).toBe(true);
    const declared = events.map((e) => `${e.Properties.Method} ${e.Properties.Path}`);
    expect(operations.length).toBeGreaterThanOrEqual(13);
    for (const r of operations) expect(declared, r).toContain(r);
    for (const d of declared)
      if (!operations.includes(d))
        expect(d, 'only the docs and CORS preflights go beyond the OpenAPI routes').toMatch(
          /^GET \/docs|^OPTIONS /,
        );
  });

  it('passes settings, never secrets, as environment variables, and names the secret instead', () => {
    for (const name of ['LeadpipeFunction', 'IngestFunction']) {
      const env = environment(name);
      for (const key of Object.keys(env))
        expect(
          CONFIG_VARIABLES.map((v) => v.env),
          key,
        ).toContain(key);
      const secrets = CONFIG_VARIABLES.filter((v) => v.sensitive).map((v) => v.env);
      expect(Object.keys(env).filter((k) => secrets.includes(k))).toEqual([]);
      expect(env.LEADPIPE_SECRET_ARN).toEqual({ Ref: 'SecretArn' });
      expect(env.LEADPIPE_WAREHOUSE, 'the Lambda path is Snowflake only').toBe('snowflake');
      for (const s of ['ACCOUNT', 'USER', 'WAREHOUSE', 'DATABASE', 'SCHEMA', 'ROLE'])
        expect(env[`SNOWFLAKE_${s}`]).toEqual({ Ref: `Snowflake${s[0]}${s.slice(1).toLowerCase()}` });
      expect(String(env.LEADPIPE_HOME)).toMatch(/^\/tmp\//);
      const policies = resource(template, name).Properties.Policies as Props[];
      expect(policies).toContainEqual({
        AWSSecretsManagerGetSecretValuePolicy: { SecretArn: { Ref: 'SecretArn' } },
      });
    }
    expect(template.Parameters?.SecretArn).toMatchObject({ Type: 'String' });
    expect(JSON.stringify(template.Parameters)).not.toMatch(/ApiKey|Password/);
  });

  it('gives each function an environment leadpipe loads as a Snowflake configuration with an S3 stage', async () => {
    const values: Record<string, string> = {
      SecretArn: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:leadpipe/prod-AbCdEf',
      SnowflakeAccount: 'myorg-myaccount',
      SnowflakeUser: 'LEADPIPE',
      SnowflakeWarehouse: 'LEADPIPE_WH',
      SnowflakeDatabase: 'LEADPIPE',
      SnowflakeSchema: 'PUBLIC',
      S3Bucket: 'my-leads',
    };
    const t = await tempDir();
    try {
      for (const name of ['LeadpipeFunction', 'IngestFunction']) {
        const env = Object.fromEntries(
          Object.entries(environment(name)).map(([k, v]) => {
            const ref = (v as { Ref?: string }).Ref;
            const param = ref ? template.Parameters?.[ref] : undefined;
            return [k, ref ? (values[ref] ?? String(param?.Default ?? '')) : String(v)];
          }),
        );
        const config = loadConfigOrThrow({ env, cwd: t.dir });
        expect(config).toMatchObject({
          warehouse: 'snowflake',
          stage: 's3',
          s3: { bucket: 'my-leads', prefix: 'leads/' },
          snowflake: { account: 'myorg-myaccount', database: 'LEADPIPE', autoIngest: false },
          secrets: { arn: values.SecretArn },
        });
        expect(config.snowflake.role, 'an empty role is no role').toBeUndefined();
        expect(config.api.apiKey).toBeUndefined();
      }
    } finally {
      await t.cleanup();
    }
  });

  it('keeps S3 permissions on the bucket prefix, and lets only the bucket send to the ingest queue', () => {
    for (const name of ['LeadpipeFunction', 'IngestFunction']) {
      const text = JSON.stringify(resource(template, name).Properties.Policies);
      const statements = [...text.matchAll(/"Resource":\{"Fn::Sub":"([^"]+)"\}/g)].map((m) => m[1]);
      expect(statements).toEqual([
        'arn:${AWS::Partition}:s3:::${S3Bucket}/${S3Prefix}*',
        'arn:${AWS::Partition}:s3:::${S3Bucket}',
      ]);
      expect(text).toContain('"s3:prefix":{"Fn::Sub":"${S3Prefix}*"}');
      expect(text).not.toMatch(/S3CrudPolicy|"s3:\*"|"Resource":"\*"/);
    }
    const queuePolicy = JSON.stringify(resource(template, 'IngestQueuePolicy').Properties.PolicyDocument);
    expect(queuePolicy).toContain('"aws:SourceArn":{"Fn::Sub":"arn:${AWS::Partition}:s3:::${S3Bucket}"}');
    expect(resource(template, 'IngestEvents').Properties.FunctionResponseTypes).toEqual([
      'ReportBatchItemFailures',
    ]);
    const visibility = Number(resource(template, 'IngestQueue').Properties.VisibilityTimeout);
    expect(visibility).toBeGreaterThanOrEqual(
      Number(resource(template, 'IngestFunction').Properties.Timeout),
    );
  });

  it('runs the S3-event function from an entry file that exists and exports its handler', () => {
    const fn = resource(template, 'IngestFunction');
    const [command] = (fn.Properties.ImageConfig as { Command: string[] }).Command;
    const m = /^(.+)\.(\w+)$/.exec(command ?? '');
    const entry = path.join(REPO_ROOT, `${m?.[1]}.mjs`);
    expect(existsSync(entry), entry).toBe(true);
    expect(readFileSync(entry, 'utf8')).toMatch(new RegExp(`export const ${m?.[2]}\\b`));
    expect(readFileSync(entry, 'utf8')).toMatch(/import\('\.\/s3-event-lambda\.ts'\)/);
    const metadata = (template.Resources.IngestFunction as unknown as { Metadata: Props }).Metadata;
    expect(
      existsSync(path.join(REPO_ROOT, String(metadata.DockerContext), String(metadata.Dockerfile))),
    ).toBe(true);
  });

  it('needs a bucket for the S3 stage, and reserves no concurrency unless asked', () => {
    const rule = (template.Rules as Record<string, Props>).S3StageNeedsBucket;
    expect(rule?.RuleCondition).toEqual({ 'Fn::Equals': [{ Ref: 'StageKind' }, 's3'] });
    expect(rule?.Assertions).toEqual([
      expect.objectContaining({ Assert: { 'Fn::Not': [{ 'Fn::Equals': [{ Ref: 'S3Bucket' }, ''] }] } }),
    ]);
    expect(template.Parameters?.ApiReservedConcurrency?.Default).toBe('');
    expect(resource(template, 'LeadpipeFunction').Properties.ReservedConcurrentExecutions).toEqual({
      'Fn::If': ['HasReservedConcurrency', { Ref: 'ApiReservedConcurrency' }, { Ref: 'AWS::NoValue' }],
    });
  });

  it('serves the dashboard from a private bucket through CloudFront (OAC), with the API under /api', () => {
    const bucket = resource(template, 'WebBucket').Properties;
    expect(Object.values(bucket.PublicAccessBlockConfiguration as Props).every((v) => v === true)).toBe(true);
    const config = resource(template, 'WebDistribution').Properties.DistributionConfig as Props;
    const origins = config.Origins as Props[];
    expect(origins.find((o) => o.Id === 'web')?.OriginAccessControlId).toEqual({
      'Fn::GetAtt': ['WebOriginAccessControl', 'Id'],
    });
    expect((config.DefaultCacheBehavior as Props).TargetOriginId).toBe('web');
    const api = (config.CacheBehaviors as Props[]).find((b) => b.PathPattern === '/api/*');
    expect(api?.TargetOriginId).toBe('api');
    expect(api?.AllowedMethods).toContain('POST');
    const outputs = template.Outputs as Record<string, { Value: unknown }>;
    expect(JSON.stringify(outputs.DeployWebCommand?.Value)).toMatch(
      /npm run deploy:web -- --bucket \$\{WebBucket\}/,
    );
    expect(existsSync(path.join(REPO_ROOT, 'packages/web/scripts/deploy-web.ts'))).toBe(true);

    // The viewer-request function, run as CloudFront would (a plain JavaScript `handler`).
    const code = String(resource(template, 'ApiPathFunction').Properties.FunctionCode);
    const uri = (u: string): string =>
      (runInNewContext(`${code}\nhandler({ request: { uri: ${JSON.stringify(u)} } })`) as { uri: string })
        .uri;
    expect(uri('/api/leads')).toBe('/leads');
    expect(uri('/api/leads/42')).toBe('/leads/42');
    expect(uri('/api')).toBe('/');
    expect(uri('/api/')).toBe('/');
    expect(uri('/apiary')).toBe('/apiary');
  });
});
