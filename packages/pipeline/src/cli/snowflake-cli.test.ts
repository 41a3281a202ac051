import { describe, expect, it } from 'vitest';
import { startFakeSnowflake } from '../../test/fake-snowflake-endpoint.ts';
import { runCli } from '../../test/helpers.ts';

describe('leadpipe snowflake', () => {
  it('plan prints every statement without connecting, and says what the S3 side still needs', async () => {
    const r = await runCli(['snowflake', 'plan']);
    expect(r.code).toBe(0);
    for (const sql of [
      'CREATE FILE FORMAT IF NOT EXISTS "LEADPIPE_NDJSON_GZIP" TYPE = JSON COMPRESSION = GZIP',
      'CREATE STAGE IF NOT EXISTS "LEADPIPE_STAGE"',
      'CREATE TABLE IF NOT EXISTS "LEADS_RAW" (',
      'CREATE TABLE IF NOT EXISTS "LEADS_FINAL" (',
      'CREATE STREAM IF NOT EXISTS "LEADS_RAW_STREAM" ON TABLE "LEADS_RAW" APPEND_ONLY = TRUE',
      'CREATE OR REPLACE PROCEDURE "LEADPIPE_RUN_TASK"',
      'CREATE OR REPLACE PROCEDURE "LEADPIPE_APPLY_SCORING"()',
      'CREATE OR REPLACE PROCEDURE "LEADPIPE_VALIDATE_STAGED_FILE"',
      'CREATE OR ALTER TASK "LEADS_MERGE_TASK"',
      "WHEN SYSTEM$STREAM_HAS_DATA('LEADS_RAW_STREAM')",
      'CREATE OR REPLACE FUNCTION "LEADPIPE_SCORE"()',
    ])
      expect(r.stdout, sql).toContain(sql);
    expect(r.stdout).toContain(
      '-- Not planned: the storage integration, the S3 stage and the pipes. Set S3_BUCKET',
    );
    expect(r.stdout).not.toContain('CREATE PIPE');
  });

  it('plan adds the storage integration, the S3 stage and the pipes with AUTO_INGEST, and prints the AWS steps', async () => {
    const r = await runCli(['snowflake', 'plan', '--model', 'rules'], {
      env: {
        S3_BUCKET: 'acme-leads',
        S3_PREFIX: 'incoming/',
        SNOWFLAKE_STORAGE_AWS_ROLE_ARN: 'arn:aws:iam::123456789012:role/leadpipe-snowflake',
        SNOWFLAKE_AUTO_INGEST: 'true',
      },
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`CREATE STORAGE INTEGRATION IF NOT EXISTS "S3_LEADS_INTEGRATION"`);
    expect(r.stdout).toContain(`STORAGE_ALLOWED_LOCATIONS = ('s3://acme-leads/incoming/_leadpipe/stage/')`);
    expect(r.stdout).toContain('CREATE PIPE IF NOT EXISTS "LEADS_PIPE"\n  AUTO_INGEST = TRUE');
    expect(r.stdout).toContain('ALTER TASK "LEADS_MERGE_TASK" RESUME;');
    expect(r.stdout).toContain('"sts:ExternalId": "<STORAGE_AWS_EXTERNAL_ID>"');
    expect(r.stdout).toContain(`"QueueArn": "<notification_channel of SHOW PIPES LIKE 'LEADS_PIPE'>"`);
    expect(r.stdout).toContain("COMMENT = 'leadpipe model rules-default-1 (rules)'");
  });

  it('plan reads the existing objects and shows a changed bucket as ALTER statements (real snowflake-sdk, fake endpoint on 127.0.0.1, no live Snowflake)', async () => {
    const old = 's3://acme-leads/incoming/_leadpipe/stage/';
    const endpoint = await startFakeSnowflake({
      reply: (sql) =>
        sql.startsWith('DESC STAGE')
          ? {
              rows: [
                { parent_property: 'STAGE_LOCATION', property: 'URL', property_value: JSON.stringify([old]) },
              ],
            }
          : sql.startsWith('DESC STORAGE INTEGRATION')
            ? { rows: [{ parent_property: '', property: 'STORAGE_ALLOWED_LOCATIONS', property_value: old }] }
            : undefined,
    });
    try {
      const r = await runCli(['snowflake', 'plan'], {
        env: {
          ...endpoint.env,
          SNOWFLAKE_ACCOUNT: 'acme-xy12345',
          SNOWFLAKE_USER: 'LEADPIPE',
          SNOWFLAKE_PASSWORD: 'secret',
          S3_BUCKET: 'acme-leads-v2',
          S3_PREFIX: 'incoming/',
          SNOWFLAKE_STORAGE_AWS_ROLE_ARN: 'arn:aws:iam::123456789012:role/leadpipe-snowflake',
        },
      });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const wanted = 's3://acme-leads-v2/incoming/_leadpipe/stage/';
      expect(r.stdout).toContain(`-- LEADS_S3_STAGE URL: now ${old}; configured ${wanted}`);
      expect(r.stdout).toContain(
        `ALTER STAGE "LEADS_S3_STAGE" SET URL = '${wanted}' STORAGE_INTEGRATION = "S3_LEADS_INTEGRATION";`,
      );
      expect(r.stdout).toContain(
        `ALTER STORAGE INTEGRATION "S3_LEADS_INTEGRATION" SET STORAGE_ALLOWED_LOCATIONS = ('${wanted}');`,
      );
      // Read-only: plan describes, it never changes anything.
      expect(endpoint.statements().filter((s) => !/^(ALTER SESSION|DESC |SHOW )/.test(s))).toEqual([]);
    } finally {
      await endpoint.close();
    }
  }, 60_000);

  it('plan --json lists the statements with their part and object', async () => {
    const r = await runCli(['snowflake', 'plan', '--json']);
    const plan = JSON.parse(r.stdout) as {
      steps: { part: string; object: string; sql: string }[];
      gaps: string[];
    };
    expect(new Set(plan.steps.map((s) => s.part))).toEqual(new Set(['core', 'scoring']));
    expect(plan.gaps).toHaveLength(2);
  });

  it('apply and status fail at once, naming the variables to set, when Snowflake is not configured', async () => {
    for (const command of ['apply', 'status']) {
      const r = await runCli(['snowflake', command], { env: { SNOWFLAKE_ACCOUNT: 'acme-xy12345' } });
      expect(r.code, command).toBe(1);
      expect(r.stderr).toContain(
        'LEADPIPE_WAREHOUSE=snowflake needs SNOWFLAKE_USER, and SNOWFLAKE_PASSWORD or SNOWFLAKE_PRIVATE_KEY_PATH',
      );
    }
  });
});
