import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { loadConfigOrThrow, redactConfig } from '../../config/config.ts';
import { TerminalError, TransientError, classifyError } from '../../errors.ts';
import { sdkError } from '../../../test/snowflake-stand-in.ts';
import type { SdkConnection, SnowflakeSdk } from './snowflake-connection.ts';
import {
  connectSnowflake,
  connectionOptionsOrThrow,
  loadSnowflakeSdkOrThrow,
  sessionSettingsSql,
  toSnowflakeError,
} from './snowflake-connection.ts';

const base = loadConfigOrThrow({ env: {}, cwd: '/tmp' }).snowflake;
const settings = { ...base, account: 'acme-xy12345', user: 'LEADPIPE', password: 'secret' };

/** A stand-in for the snowflake-sdk module: connections that log in (or not) and record statements. */
function standInSdk(behaviour: { login?: 'ok' | 'never' | Error; up?: () => boolean } = {}) {
  const created: Record<string, unknown>[] = [];
  const statements: string[] = [];
  const sdk: SnowflakeSdk = {
    configure: () => {},
    createConnection(options) {
      created.push(options);
      const conn: SdkConnection = {
        connect(cb) {
          const login = behaviour.login ?? 'ok';
          if (login === 'never') return conn;
          setTimeout(() => cb(login === 'ok' ? undefined : login, conn), 1);
          return conn;
        },
        execute(o) {
          statements.push(o.sqlText);
          setTimeout(() => o.complete(undefined, {}, [{ N: 1 }]), 1);
          return {};
        },
        destroy: (cb) => cb(undefined),
        isUp: () => (behaviour.up ? behaviour.up() : true),
      };
      return conn;
    },
  };
  return { sdk, created, statements };
}

describe('Snowflake connection', () => {
  it('names every missing variable when the account or the credentials are not set', () => {
    expect(() => connectionOptionsOrThrow(base)).toThrow(
      'LEADPIPE_WAREHOUSE=snowflake needs SNOWFLAKE_ACCOUNT, SNOWFLAKE_USER, and SNOWFLAKE_PASSWORD or SNOWFLAKE_PRIVATE_KEY_PATH',
    );
    expect(() => connectionOptionsOrThrow({ ...base, account: 'a', user: 'u' })).toThrow(
      /needs SNOWFLAKE_PASSWORD or SNOWFLAKE_PRIVATE_KEY_PATH/,
    );
  });

  it('logs in with a password, bounded login retries and the configured context', () => {
    const o = connectionOptionsOrThrow({
      ...settings,
      warehouse: 'COMPUTE_WH',
      database: 'LEADS',
      schema: 'PIPE',
      role: 'LOADER',
    });
    expect(o).toMatchObject({
      account: 'acme-xy12345',
      username: 'LEADPIPE',
      password: 'secret',
      warehouse: 'COMPUTE_WH',
      database: 'LEADS',
      schema: 'PIPE',
      role: 'LOADER',
      sfRetryMaxLoginRetries: 1,
      retryTimeout: 300,
      timeout: 3_660_000,
      clientSessionKeepAlive: true,
      protocol: 'https',
    });
    expect(o).not.toHaveProperty('authenticator');
  });

  it('uses key-pair auth (SNOWFLAKE_JWT) when a private key file is set, with its passphrase', () => {
    const o = connectionOptionsOrThrow({
      ...settings,
      password: undefined,
      privateKeyPath: '/keys/rsa_key.p8',
      privateKeyPassphrase: 'pp',
    });
    expect(o).toMatchObject({
      authenticator: 'SNOWFLAKE_JWT',
      privateKeyPath: '/keys/rsa_key.p8',
      privateKeyPass: 'pp',
    });
    expect(o).not.toHaveProperty('password');
  });

  it('reaches the endpoint, proxy and timeouts set in the environment, and redacts the proxy credentials', () => {
    const config = loadConfigOrThrow({
      cwd: '/tmp',
      env: {
        SNOWFLAKE_ACCOUNT: 'acme-xy12345',
        SNOWFLAKE_USER: 'LEADPIPE',
        SNOWFLAKE_PASSWORD: 'secret',
        SNOWFLAKE_HOST: 'acme-xy12345.privatelink.snowflakecomputing.com',
        SNOWFLAKE_PORT: '8443',
        SNOWFLAKE_PROXY: 'http://proxy%40corp:p%3Ass@proxy.corp:3128',
        SNOWFLAKE_NO_PROXY: '*.amazonaws.com, localhost',
        SNOWFLAKE_LOGIN_TIMEOUT_SECONDS: '15',
        SNOWFLAKE_STATEMENT_TIMEOUT_SECONDS: '7200',
        SNOWFLAKE_CLIENT_SESSION_KEEP_ALIVE: 'false',
      },
    });
    const o = connectionOptionsOrThrow(config.snowflake);
    expect(o).toMatchObject({
      host: 'acme-xy12345.privatelink.snowflakecomputing.com',
      port: 8443,
      protocol: 'https',
      proxyHost: 'proxy.corp',
      proxyPort: 3128,
      proxyProtocol: 'http',
      proxyUser: 'proxy@corp',
      proxyPassword: 'p:ss',
      noProxy: '*.amazonaws.com|localhost',
      // The per-request timeout follows the statement timeout, not the login's.
      timeout: (7200 + 60) * 1000,
      clientSessionKeepAlive: false,
    });
    expect(sessionSettingsSql(config.snowflake)).toMatch(/, STATEMENT_TIMEOUT_IN_SECONDS = 7200$/);
    const shown = JSON.stringify(redactConfig(config));
    expect(shown).not.toContain('p%3Ass');
    expect(shown).toContain('"proxy":"***"');
    expect(() => loadConfigOrThrow({ cwd: '/tmp', env: { SNOWFLAKE_PROXY: 'proxy.corp:3128' } })).toThrow(
      /SNOWFLAKE_PROXY/,
    );
    expect(() => loadConfigOrThrow({ cwd: '/tmp', env: { SNOWFLAKE_HOST: 'https://x.com' } })).toThrow(
      /SNOWFLAKE_HOST/,
    );
  });

  it('without endpoint settings, lets the SDK derive <account>.snowflakecomputing.com and use no proxy', () => {
    const o = connectionOptionsOrThrow(settings);
    expect(o).not.toHaveProperty('host');
    expect(o).not.toHaveProperty('port');
    expect(o).not.toHaveProperty('proxyHost');
  });

  it('says how to install snowflake-sdk when the optional dependency is missing', async () => {
    const missing = Object.assign(new Error("Cannot find package 'snowflake-sdk'"), {
      code: 'ERR_MODULE_NOT_FOUND',
    });
    const err = await loadSnowflakeSdkOrThrow(() => Promise.reject(missing)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TerminalError);
    expect(err).toMatchObject({
      code: 'E_SNOWFLAKE_SDK_MISSING',
      message: expect.stringContaining('npm install snowflake-sdk@3.3.0'),
    });
  });

  it('imports the installed snowflake-sdk lazily', async () => {
    const sdk = await loadSnowflakeSdkOrThrow();
    expect(typeof sdk.createConnection).toBe('function');
  });

  it('with a stand-in SDK, sets up the session after login and runs statements with binds', async () => {
    const { sdk, statements } = standInSdk();
    const session = await connectSnowflake(settings, { sdk });
    expect(await session.execute('SELECT ? AS n', [1])).toEqual([{ N: 1 }]);
    expect(statements).toEqual([sessionSettingsSql(settings), 'SELECT ? AS n']);
    await session.close();
  });

  it('with a stand-in SDK, fails a login that never answers at the login deadline, as transient', async () => {
    const { sdk } = standInSdk({ login: 'never' });
    const started = Date.now();
    const err = await connectSnowflake({ ...settings, loginTimeoutSeconds: 0.2 }, { sdk }).catch(
      (e: unknown) => e,
    );
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(err).toBeInstanceOf(TransientError);
    expect((err as Error).message).toMatch(/no answer from Snowflake account acme-xy12345 within 0.2 s/);
  });

  it('with a stand-in SDK, fails a wrong password at once as a terminal auth error', async () => {
    const { sdk } = standInSdk({
      login: sdkError('Incorrect username or password was specified.', { code: '390100', sqlState: '08004' }),
    });
    await expect(connectSnowflake(settings, { sdk })).rejects.toMatchObject({
      code: 'E_SNOWFLAKE_AUTH',
      name: 'TerminalError',
    });
  });

  it('with a stand-in SDK, logs in again when the connection dropped', async () => {
    let up = true;
    const { sdk, created } = standInSdk({ up: () => up });
    const session = await connectSnowflake(settings, { sdk });
    up = false;
    const reconnecting = session.execute('SELECT 1');
    up = true;
    await reconnecting;
    expect(created).toHaveLength(2);
  });

  it('with the real SDK, a login to an unreachable account fails in seconds, not minutes', async () => {
    const port = await new Promise<number>((resolve) => {
      const server = createServer();
      server.listen(0, '127.0.0.1', () => {
        const p = (server.address() as { port: number }).port;
        server.close(() => resolve(p));
      });
    });
    const started = Date.now();
    const err = await connectSnowflake(settings, { extra: { accessUrl: `http://127.0.0.1:${port}` } }).catch(
      (e: unknown) => e,
    );
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(err).toBeInstanceOf(TransientError);
    expect((err as Error).message).toMatch(/cannot log in to Snowflake account acme-xy12345/);
    expect((err as Error).message).not.toContain('secret');
  }, 30_000);

  it('classifies Snowflake failures: network, lock queue, expired session and SQLSTATE 08 are transient', () => {
    const cases: [Error, 'transient' | 'terminal'][] = [
      [sdkError('connect ECONNREFUSED', { name: 'NetworkError', code: 401001 }), 'transient'],
      [
        sdkError('waiters for this lock exceeds the 20 statements limit', {
          code: '000625',
          sqlState: '57014',
        }),
        'transient',
      ],
      [sdkError('Authentication token has expired', { code: '390114', sqlState: '08001' }), 'transient'],
      [sdkError('could not connect', { code: '250001', sqlState: '08001' }), 'transient'],
      [sdkError("Object 'LEADS_RAW' does not exist", { code: '002003', sqlState: '42S02' }), 'terminal'],
      [sdkError("Numeric value 'abc' is not recognized", { code: '100038', sqlState: '22018' }), 'terminal'],
      [
        sdkError('Incorrect username or password was specified.', { code: '390100', sqlState: '08004' }),
        'terminal',
      ],
    ];
    for (const [err, expected] of cases) expect(classifyError(err), err.message).toBe(expected);
    // A wrong password is SQLSTATE 08004 (connection rejected), but no retry can fix it: terminal.
    expect(toSnowflakeError(cases[6]?.[0], 'login')).toMatchObject({
      name: 'TerminalError',
      code: 'E_SNOWFLAKE_AUTH',
    });
    expect(toSnowflakeError(cases[1]?.[0], 'copy')).toMatchObject({
      name: 'TransientError',
      code: 'E_SNOWFLAKE_UNAVAILABLE',
      details: { snowflakeCode: '000625', sqlState: '57014' },
    });
    expect(toSnowflakeError(cases[4]?.[0], 'copy')).toMatchObject({
      name: 'TerminalError',
      code: 'E_SNOWFLAKE',
    });
  });
});
