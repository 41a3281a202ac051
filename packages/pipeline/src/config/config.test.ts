import { describe, expect, it } from 'vitest';
import { loadConfigOrThrow, redactConfig } from './config.ts';

describe('configuration', () => {
  it('layers defaults < environment < flags', () => {
    const c = loadConfigOrThrow({
      cwd: '/tmp',
      env: { LEADPIPE_ON_ERROR: 'SKIP_FILE', LEADPIPE_KEY: 'lead_number' },
      flags: { key: 'email' },
    });
    expect(c).toMatchObject({
      onError: 'SKIP_FILE',
      key: 'email',
      warehouse: 'duckdb',
      home: '/tmp/.leadpipe',
    });
    expect(c.nullTokens).toEqual(['', 'Select', 'NA', 'N/A', 'null']);
  });

  it('names the variable of an invalid value', () => {
    expect(() => loadConfigOrThrow({ cwd: '/tmp', env: { LEADPIPE_ON_ERROR: 'IGNORE' } })).toThrow(
      /onError \(LEADPIPE_ON_ERROR\)/,
    );
  });

  it('redacts secrets', () => {
    const c = loadConfigOrThrow({
      cwd: '/tmp',
      env: { AWS_SECRET_ACCESS_KEY: 'shh', SNOWFLAKE_PASSWORD: 'pw', S3_BUCKET: 'b' },
    });
    const r = redactConfig(c) as { s3: Record<string, unknown>; snowflake: Record<string, unknown> };
    expect(r.s3.secretAccessKey).toBe('***');
    expect(r.snowflake.password).toBe('***');
    expect(r.s3.bucket).toBe('b');
    expect(JSON.stringify(r)).not.toContain('shh');
  });

  it('reads the Snowflake key-pair, auto-ingest and task settings, and redacts the key passphrase', () => {
    const c = loadConfigOrThrow({
      cwd: '/tmp',
      env: {
        SNOWFLAKE_PRIVATE_KEY_PATH: '/keys/rsa_key.p8',
        SNOWFLAKE_PRIVATE_KEY_PASSPHRASE: 'pp',
        SNOWFLAKE_AUTO_INGEST: 'true',
        SNOWFLAKE_TASK_SCHEDULE: '5 MINUTE',
      },
    });
    expect(c.snowflake).toMatchObject({
      privateKeyPath: '/keys/rsa_key.p8',
      autoIngest: true,
      taskSchedule: '5 MINUTE',
      loginTimeoutSeconds: 20,
      storageIntegration: 'S3_LEADS_INTEGRATION',
    });
    expect(
      loadConfigOrThrow({ cwd: '/tmp', env: { SNOWFLAKE_AUTO_INGEST: 'false' } }).snowflake.autoIngest,
    ).toBe(false);
    expect(JSON.stringify(redactConfig(c))).not.toContain('"pp"');
    expect(() =>
      loadConfigOrThrow({ cwd: '/tmp', env: { SNOWFLAKE_STORAGE_INTEGRATION: 'bad name' } }),
    ).toThrow(/SNOWFLAKE_STORAGE_INTEGRATION/);
  });
});
