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

  it('limits reads and, more strictly, uploads per client by default; 0 turns a limit off', () => {
    const defaults = loadConfigOrThrow({ cwd: '/tmp', env: {} }).api;
    expect(defaults).toMatchObject({ rateLimit: 600, writeRateLimit: 60, trustProxy: false });
    expect(defaults.writeRateLimit).toBeLessThan(defaults.rateLimit);
    const c = loadConfigOrThrow({
      cwd: '/tmp',
      env: { LEADPIPE_RATE_LIMIT: '0', LEADPIPE_WRITE_RATE_LIMIT: '5' },
    }).api;
    expect(c).toMatchObject({ rateLimit: 0, writeRateLimit: 5 });
    expect(() => loadConfigOrThrow({ cwd: '/tmp', env: { LEADPIPE_RATE_LIMIT: '-1' } })).toThrow(
      /api\.rateLimit \(LEADPIPE_RATE_LIMIT\)/,
    );
    expect(() => loadConfigOrThrow({ cwd: '/tmp', env: { LEADPIPE_WRITE_RATE_LIMIT: 'lots' } })).toThrow(
      /LEADPIPE_WRITE_RATE_LIMIT/,
    );
  });

  it('trusts x-forwarded-for only from listed proxies, refusing "true" and hop counts', () => {
    const trust = (value: string): unknown =>
      loadConfigOrThrow({ cwd: '/tmp', env: { LEADPIPE_TRUST_PROXY: value } }).api.trustProxy;
    expect(trust('false')).toBe(false);
    expect(trust('loopback')).toEqual(['loopback']);
    expect(trust(' 10.0.0.0/8, 127.0.0.1 ,fd00::/8')).toEqual(['10.0.0.0/8', '127.0.0.1', 'fd00::/8']);
    for (const bad of ['true', '1', 'proxy.internal', '10.0.0.0/33', '10.0.0.1/8/1'])
      expect(() => trust(bad), bad).toThrow(/LEADPIPE_TRUST_PROXY.*IP addresses/);
  });
});
