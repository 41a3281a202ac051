import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
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

  it('names the variable of an invalid value from the environment', () => {
    expect(() => loadConfigOrThrow({ cwd: '/tmp', env: { LEADPIPE_ON_ERROR: 'IGNORE' } })).toThrow(
      /^LEADPIPE_ON_ERROR: Invalid option: expected one of "CONTINUE"\|"SKIP_FILE"\|"ABORT_STATEMENT"$/,
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
      /^LEADPIPE_RATE_LIMIT: Too small/,
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

describe('the config file', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'leadpipe-config-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  /** Loads with `text` as the cwd's leadpipe.config.json (no environment). */
  const load = (text: string, more: Parameters<typeof loadConfigOrThrow>[0] = {}): unknown => {
    writeFileSync(path.join(dir, 'leadpipe.config.json'), text);
    return loadConfigOrThrow({ cwd: dir, env: {}, ...more });
  };

  it('sits between the defaults and the environment', () => {
    const c = load('{ "onError": "SKIP_FILE", "api": { "port": 9000, "host": "0.0.0.0" } }', {
      env: { LEADPIPE_HOST: '127.0.0.2' },
    });
    expect(c).toMatchObject({ onError: 'SKIP_FILE', api: { port: 9000, host: '127.0.0.2' } });
  });

  it('refuses an unknown key, naming the file and the key, with the key it probably meant', () => {
    expect(() => load('{ "api": { "prot": 9000 } }')).toThrow(
      'leadpipe.config.json: unknown key api.prot — did you mean api.port?',
    );
    expect(() => load('{ "port": 9000 }')).toThrow(
      'leadpipe.config.json: unknown key port — did you mean api.port?',
    );
    expect(() => load('{ "LEADPIPE_ON_ERROR": "SKIP_FILE" }')).toThrow(
      'leadpipe.config.json: unknown key LEADPIPE_ON_ERROR — did you mean onError?',
    );
    expect(() => load('{ "colour": "blue" }')).toThrow(
      'leadpipe.config.json: unknown key colour — see leadpipe.config.example.json for every key',
    );
    expect(() => load('{ "s3": "my-bucket" }')).toThrow(
      'leadpipe.config.json: s3: expected an object of s3 settings',
    );
    expect(() => load('[1]')).toThrow('leadpipe.config.json: expected a JSON object of settings');
  });

  it('names a bad value by where it came from: the file key path, the variable, or the flag', () => {
    expect(() => load('{ "api": { "port": "eighty" } }')).toThrow(
      /^leadpipe\.config\.json: api\.port: Invalid input: expected number/,
    );
    expect(() => load('{ "api": { "port": 80 } }', { env: { LEADPIPE_PORT: '70000' } })).toThrow(
      /^LEADPIPE_PORT: Too big/,
    );
    expect(() =>
      load('{}', {
        env: { LEADPIPE_PORT: '70000' },
        flags: { api: { port: -1 } },
        flagNames: { 'api.port': '--port' },
      }),
    ).toThrow(/^--port: Too small/);
    const other = path.join(dir, 'other.json');
    writeFileSync(other, '{ "key": "Prospect ID" }');
    expect(() => loadConfigOrThrow({ cwd: dir, env: {}, configFile: other })).toThrow(
      `${other}: key: the key must be a snake_case column name`,
    );
  });

  it('reads env/.env under .env, or only the --env-file given, and refuses a missing one', () => {
    const sub = mkdtempSync(path.join(os.tmpdir(), 'leadpipe-envfiles-'));
    try {
      mkdirSync(path.join(sub, 'env'));
      writeFileSync(path.join(sub, 'env', '.env'), 'LEADPIPE_ON_ERROR=SKIP_FILE\nLEADPIPE_PORT=8100\n');
      expect(loadConfigOrThrow({ cwd: sub })).toMatchObject({ onError: 'SKIP_FILE', api: { port: 8100 } });
      writeFileSync(path.join(sub, '.env'), 'LEADPIPE_PORT=8200\n');
      expect(loadConfigOrThrow({ cwd: sub })).toMatchObject({ onError: 'SKIP_FILE', api: { port: 8200 } });
      writeFileSync(path.join(sub, 'other.env'), 'LEADPIPE_PORT=8300\n');
      const only = loadConfigOrThrow({ cwd: sub, envFile: 'other.env' });
      expect(only).toMatchObject({ onError: 'CONTINUE', api: { port: 8300 } });
      expect(() => loadConfigOrThrow({ cwd: sub, envFile: 'missing.env' })).toThrow(
        /env file not found: .*missing\.env — check the --env-file path/,
      );
    } finally {
      rmSync(sub, { recursive: true, force: true });
    }
  });

  it('lets Snowflake settings choose the engine, and a bucket the stage, unless they are chosen', () => {
    const sf = { SNOWFLAKE_ACCOUNT: 'xy12345', SNOWFLAKE_USER: 'u', SNOWFLAKE_PASSWORD: 'p' };
    expect(loadConfigOrThrow({ cwd: dir, env: sf })).toMatchObject({
      warehouse: 'snowflake',
      stage: 'local',
    });
    expect(loadConfigOrThrow({ cwd: dir, env: { ...sf, S3_BUCKET: 'leads' } })).toMatchObject({
      warehouse: 'snowflake',
      stage: 's3',
    });
    const chosen = { ...sf, S3_BUCKET: 'leads', LEADPIPE_WAREHOUSE: 'duckdb' };
    expect(loadConfigOrThrow({ cwd: dir, env: chosen })).toMatchObject({
      warehouse: 'duckdb',
      stage: 'local',
    });
    // A bucket alone (auto-ingest of raw files into a local stage) changes nothing.
    expect(loadConfigOrThrow({ cwd: dir, env: { S3_BUCKET: 'leads' } })).toMatchObject({
      warehouse: 'duckdb',
      stage: 'local',
    });
  });

  it('reads a value set in .env under the name .env', () => {
    writeFileSync(path.join(dir, '.env'), 'LEADPIPE_ON_ERROR=NEVER\n');
    try {
      writeFileSync(path.join(dir, 'leadpipe.config.json'), '{}');
      expect(() => loadConfigOrThrow({ cwd: dir })).toThrow(/^\.env: LEADPIPE_ON_ERROR: Invalid option/);
    } finally {
      rmSync(path.join(dir, '.env'));
    }
  });

  it('allows whole-line // comments and null for "not set"', () => {
    const c = load(
      '// mine\n{\n  // the port\n  "api": { "port": 8123, "apiKey": null },\n  "s3": { "bucket": null }\n}\n',
    );
    expect(c).toMatchObject({ api: { port: 8123 } });
    expect((c as { api: { apiKey?: string } }).api.apiKey).toBeUndefined();
    expect(() => load('{ "api": { "port": 8000 } } trailing')).toThrow(
      /^cannot read config file leadpipe\.config\.json/,
    );
  });
});
