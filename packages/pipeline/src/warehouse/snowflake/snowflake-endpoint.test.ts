/**
 * The endpoint settings reach the real snowflake-sdk: a fake Snowflake endpoint on 127.0.0.1 (plain HTTP)
 * records the requests the SDK sends when SNOWFLAKE_HOST / PORT / PROTOCOL point at it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfigOrThrow } from '../../config/config.ts';
import type { FakeEndpoint } from '../../../test/fake-snowflake-endpoint.ts';
import { startFakeSnowflake } from '../../../test/fake-snowflake-endpoint.ts';
import { connectSnowflake } from './snowflake-connection.ts';

let endpoint: FakeEndpoint | undefined;
afterEach(async () => {
  await endpoint?.close();
  endpoint = undefined;
});

/** Settings that reach `e`, with a password. */
function settingsFor(e: FakeEndpoint, env: Record<string, string> = {}) {
  return loadConfigOrThrow({
    cwd: '/tmp',
    env: {
      SNOWFLAKE_ACCOUNT: 'acme-xy12345',
      SNOWFLAKE_USER: 'LEADPIPE',
      SNOWFLAKE_PASSWORD: 'secret',
      ...e.env,
      ...env,
    },
  }).snowflake;
}

describe('Snowflake endpoint settings with the real snowflake-sdk (fake endpoint on 127.0.0.1, no live Snowflake)', () => {
  it('sends the login request to SNOWFLAKE_HOST:SNOWFLAKE_PORT over SNOWFLAKE_PROTOCOL', async () => {
    endpoint = await startFakeSnowflake({ login: 'refused' });
    const err = await connectSnowflake(settingsFor(endpoint)).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'TerminalError', code: 'E_SNOWFLAKE_AUTH' });
    const login = endpoint.seen.find((r) => r.path === '/session/v1/login-request');
    expect(login, 'the fake endpoint received no login request').toBeDefined();
    expect(JSON.parse(login?.body ?? '{}')).toMatchObject({
      data: { ACCOUNT_NAME: 'acme-xy12345', LOGIN_NAME: 'LEADPIPE' },
    });
    expect((err as Error).message).not.toContain('secret');
  }, 30_000);

  it('sets STATEMENT_TIMEOUT_IN_SECONDS and lets a statement outlive the login timeout until the server cancels it', async () => {
    endpoint = await startFakeSnowflake({
      // What Snowflake answers when STATEMENT_TIMEOUT_IN_SECONDS cancels a statement, after 1.5 s.
      reply: (sql) =>
        sql.includes('SLOW')
          ? {
              delayMs: 1_500,
              error: {
                code: '000630',
                sqlState: '57014',
                message:
                  'Statement reached its statement or warehouse timeout of 1 second(s) and was canceled.',
              },
            }
          : undefined,
    });
    const session = await connectSnowflake(
      settingsFor(endpoint, {
        SNOWFLAKE_LOGIN_TIMEOUT_SECONDS: '0.5',
        SNOWFLAKE_STATEMENT_TIMEOUT_SECONDS: '1',
      }),
    );
    try {
      expect(endpoint.statements()[0]).toMatch(/^ALTER SESSION SET .*, STATEMENT_TIMEOUT_IN_SECONDS = 1$/);
      expect(await session.execute('SELECT 1')).toEqual([{ status: 'ok' }]);
      // 1.5 s > the 0.5 s login timeout: the client keeps waiting and reports the server's cancellation.
      const started = Date.now();
      const err = await session.execute('SELECT SLOW').catch((e: unknown) => e);
      expect(Date.now() - started).toBeGreaterThanOrEqual(1_400);
      expect(err).toMatchObject({ code: 'E_SNOWFLAKE', details: { snowflakeCode: '000630' } });
      expect((err as Error).message).toMatch(/statement or warehouse timeout of 1 second/);
    } finally {
      await session.close();
    }
  }, 30_000);
});
