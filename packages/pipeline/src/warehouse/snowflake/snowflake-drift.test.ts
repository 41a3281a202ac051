import { describe, expect, it } from 'vitest';
import { StandInSession, sdkError } from '../../../test/snowflake-stand-in.ts';
import { fileFormatDdl } from './snowflake-ddl.ts';
import { PIPE_RECREATE_NOTE, driftFixes, driftScript, readDrift } from './snowflake-drift.ts';
import { pipesDdl } from './snowflake-load-sql.ts';
import { driftTarget, s3StageUrl } from './snowflake-plan.ts';

const ROLE = 'arn:aws:iam::123456789012:role/leadpipe-snowflake';
const target = driftTarget({
  key: 'prospect_id',
  columns: [],
  taskSchedule: '1 MINUTE',
  suspendAfterFailures: 3,
  autoIngest: true,
  s3: { bucket: 'acme-leads-v2', prefix: 'incoming/', integration: 'S3_LEADS_INTEGRATION', roleArn: ROLE },
});
const NEW_URL = 's3://acme-leads-v2/incoming/_leadpipe/stage/';
const OLD_URL = 's3://acme-leads/incoming/_leadpipe/stage/';
const pipeDefinition = (ddl: string): string => ddl.slice(ddl.indexOf('\nAS\n') + 4);

/** A stand-in whose objects match the configuration, except what `change` overrides. */
function snowflakeAsConfigured(
  change: { url?: string; role?: string; pipe?: string; compression?: string } = {},
) {
  const [pipe, errorsPipe] = pipesDdl();
  return new StandInSession()
    .on('DESC FILE FORMAT "LEADPIPE_NDJSON"', [
      { property: 'TYPE', property_value: 'JSON' },
      { property: 'COMPRESSION', property_value: change.compression ?? 'NONE' },
      { property: 'STRIP_OUTER_ARRAY', property_value: 'false' },
    ])
    .on('DESC FILE FORMAT "LEADPIPE_NDJSON_GZIP"', [
      { property: 'TYPE', property_value: 'JSON' },
      { property: 'COMPRESSION', property_value: 'GZIP' },
      { property: 'STRIP_OUTER_ARRAY', property_value: 'false' },
    ])
    .on('DESC STORAGE INTEGRATION', [
      { property: 'ENABLED', property_value: 'true' },
      { property: 'STORAGE_AWS_ROLE_ARN', property_value: change.role ?? ROLE },
      { property: 'STORAGE_ALLOWED_LOCATIONS', property_value: change.url ?? NEW_URL },
    ])
    .on('DESC STAGE', [
      {
        parent_property: 'STAGE_LOCATION',
        property: 'URL',
        property_value: JSON.stringify([change.url ?? NEW_URL]),
      },
      {
        parent_property: 'STAGE_INTEGRATION',
        property: 'STORAGE_INTEGRATION',
        property_value: 'S3_LEADS_INTEGRATION',
      },
    ])
    .on("SHOW PIPES LIKE 'LEADS_PIPE'", [
      { name: 'LEADS_PIPE', definition: change.pipe ?? pipeDefinition(pipe ?? '').replace(/\n/g, ' ') },
    ])
    .on("SHOW PIPES LIKE 'LOAD_ERRORS_PIPE'", [
      { name: 'LOAD_ERRORS_PIPE', definition: pipeDefinition(errorsPipe ?? '') },
    ]);
}

describe('Snowflake drift (stand-in connection, no live Snowflake)', () => {
  it('reads the file formats, the integration, the S3 stage and the pipes, and finds nothing when they match', async () => {
    const session = snowflakeAsConfigured();
    const drift = await readDrift(target, (sql) => session.execute(sql));
    expect(session.heads()).toEqual([
      'DESC FILE FORMAT "LEADPIPE_NDJSON"',
      'DESC FILE FORMAT "LEADPIPE_NDJSON_GZIP"',
      'DESC STORAGE INTEGRATION "S3_LEADS_INTEGRATION"',
      'DESC STAGE "LEADS_S3_STAGE"',
      "SHOW PIPES LIKE 'LEADS_PIPE'",
      "SHOW PIPES LIKE 'LOAD_ERRORS_PIPE'",
    ]);
    expect(drift).toEqual([]);
    expect(driftScript(drift)).toContain('-- drift: none');
  });

  it('shows a changed bucket as ALTER STAGE ... SET URL and ALTER STORAGE INTEGRATION ... SET STORAGE_ALLOWED_LOCATIONS', async () => {
    expect(s3StageUrl('acme-leads-v2', 'incoming/')).toBe(NEW_URL);
    const session = snowflakeAsConfigured({ url: OLD_URL });
    const drift = await readDrift(target, (sql) => session.execute(sql));
    expect(drift.map((d) => [d.object, d.setting, d.current, d.wanted])).toEqual([
      ['S3_LEADS_INTEGRATION', 'STORAGE_ALLOWED_LOCATIONS', OLD_URL, NEW_URL],
      ['LEADS_S3_STAGE', 'URL', OLD_URL, NEW_URL],
    ]);
    expect(driftFixes(drift)).toEqual([
      `ALTER STORAGE INTEGRATION "S3_LEADS_INTEGRATION" SET STORAGE_ALLOWED_LOCATIONS = ('${NEW_URL}')`,
      `ALTER STAGE "LEADS_S3_STAGE" SET URL = '${NEW_URL}' STORAGE_INTEGRATION = "S3_LEADS_INTEGRATION"`,
    ]);
    const script = driftScript(drift);
    expect(script).toContain(`-- LEADS_S3_STAGE URL: now ${OLD_URL}; configured ${NEW_URL}`);
    expect(script).toContain(`ALTER STAGE "LEADS_S3_STAGE" SET URL = '${NEW_URL}'`);
  });

  it('alters the role ARN in place and a file format option, never recreating the integration', async () => {
    const session = snowflakeAsConfigured({
      role: 'arn:aws:iam::123456789012:role/old',
      compression: 'AUTO',
    });
    const fixes = driftFixes(await readDrift(target, (sql) => session.execute(sql)));
    expect(fixes).toEqual([
      `ALTER FILE FORMAT "LEADPIPE_NDJSON" SET COMPRESSION = NONE`,
      `ALTER STORAGE INTEGRATION "S3_LEADS_INTEGRATION" SET STORAGE_AWS_ROLE_ARN = '${ROLE}'`,
    ]);
    expect(fixes.join('\n')).not.toMatch(/CREATE OR REPLACE STORAGE INTEGRATION/);
  });

  it('recreates a pipe whose definition changed, paused first, and says what that does to its load history', async () => {
    const session = snowflakeAsConfigured({
      pipe: 'COPY INTO "LEADS_RAW" FROM @"LEADS_S3_STAGE"/data/ FILE_FORMAT = (FORMAT_NAME = \'LEADPIPE_NDJSON\')',
    });
    const drift = await readDrift(target, (sql) => session.execute(sql));
    expect(drift).toHaveLength(1);
    expect(drift[0]).toMatchObject({ object: 'LEADS_PIPE', setting: 'definition', note: PIPE_RECREATE_NOTE });
    expect(driftFixes(drift).map((s) => s.split('\n')[0])).toEqual([
      'ALTER PIPE "LEADS_PIPE" SET PIPE_EXECUTION_PAUSED = TRUE',
      'CREATE OR REPLACE PIPE "LEADS_PIPE"',
    ]);
    expect(driftScript(drift)).toMatch(/empty load history .* 14 days.*64 days, FORCE = FALSE/);
  });

  it('treats objects that do not exist yet (002003, no SHOW row) as no drift: the plan creates them', async () => {
    const missing = sdkError(
      "SQL compilation error: Stage 'LEADS_S3_STAGE' does not exist or not authorized.",
      {
        code: '002003',
        sqlState: '02000',
      },
    );
    const session = new StandInSession().on(/^DESC /, missing);
    expect(await readDrift(target, (sql) => session.execute(sql))).toEqual([]);
    const broken = new StandInSession().on(/^DESC /, sdkError('Insufficient privileges', { code: '003001' }));
    await expect(readDrift(target, (sql) => broken.execute(sql))).rejects.toThrow(/Insufficient privileges/);
  });

  it('checks no S3 object or pipe when the plan has none', () => {
    const local = driftTarget({
      key: 'prospect_id',
      columns: [],
      taskSchedule: '1 MINUTE',
      suspendAfterFailures: 3,
      autoIngest: false,
    });
    expect(local).toEqual({ fileFormats: fileFormatDdl(), s3: undefined, pipes: undefined });
  });
});
