/**
 * The endpoint settings reach the real snowflake-sdk: a fake Snowflake endpoint on 127.0.0.1 (plain HTTP)
 * records the requests the SDK sends when SNOWFLAKE_HOST / PORT / PROTOCOL point at it.
 */
import type { Server } from 'node:http';
import { createServer } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfigOrThrow } from '../../config/config.ts';
import { connectSnowflake } from './snowflake-connection.ts';

interface Seen {
  path: string;
  body: string;
}

const OK_ROWS = {
  success: true,
  data: {
    parameters: [],
    rowtype: [{ name: 'status', type: 'text', nullable: true, length: 100, byteLength: 100 }],
    rowset: [['ok']],
    total: 1,
    returned: 1,
    queryId: 'q-ok',
    queryResultFormat: 'json',
  },
};

/** A fake account endpoint: `login` says how the login answers; `SLOW` statements answer after `slowMs`. */
async function fakeEndpoint(
  login: 'ok' | 'refused',
  slowMs = 0,
): Promise<{ server: Server; port: number; seen: Seen[] }> {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const path = (req.url ?? '').split('?')[0] ?? '';
      seen.push({ path, body });
      res.setHeader('content-type', 'application/json');
      if (path === '/session/v1/login-request') {
        res.end(
          JSON.stringify(
            login === 'ok'
              ? {
                  success: true,
                  data: {
                    token: 't',
                    masterToken: 'm',
                    validityInSeconds: 3600,
                    masterValidityInSeconds: 14400,
                    sessionId: 1,
                    parameters: [],
                  },
                }
              : {
                  success: false,
                  code: '390100',
                  message: 'Incorrect username or password was specified.',
                  data: null,
                },
          ),
        );
      } else if (path === '/queries/v1/query-request' && body.includes('SLOW')) {
        // What Snowflake answers when STATEMENT_TIMEOUT_IN_SECONDS cancels a statement.
        setTimeout(
          () =>
            res.end(
              JSON.stringify({
                success: false,
                code: '000630',
                message:
                  'Statement reached its statement or warehouse timeout of 1 second(s) and was canceled.',
                data: { sqlState: '57014', queryId: 'q-slow' },
              }),
            ),
          slowMs,
        );
      } else if (path === '/queries/v1/query-request') {
        res.end(JSON.stringify(OK_ROWS));
      } else res.end(JSON.stringify({ success: true, data: {} }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return { server, port: (server.address() as { port: number }).port, seen };
}

const base = loadConfigOrThrow({ env: {}, cwd: '/tmp' }).snowflake;
let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

describe('Snowflake endpoint settings with the real snowflake-sdk (fake endpoint on 127.0.0.1, no live Snowflake)', () => {
  it('sends the login request to SNOWFLAKE_HOST:SNOWFLAKE_PORT over SNOWFLAKE_PROTOCOL', async () => {
    const endpoint = await fakeEndpoint('refused');
    server = endpoint.server;
    const settings = {
      ...base,
      account: 'acme-xy12345',
      user: 'LEADPIPE',
      password: 'secret',
      host: '127.0.0.1',
      port: endpoint.port,
      protocol: 'http' as const,
    };
    const err = await connectSnowflake(settings).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'TerminalError', code: 'E_SNOWFLAKE_AUTH' });
    const login = endpoint.seen.find((r) => r.path === '/session/v1/login-request');
    expect(login, 'the fake endpoint received no login request').toBeDefined();
    expect(JSON.parse(login?.body ?? '{}')).toMatchObject({
      data: { ACCOUNT_NAME: 'acme-xy12345', LOGIN_NAME: 'LEADPIPE' },
    });
    expect((err as Error).message).not.toContain('secret');
  }, 30_000);

  it('sets STATEMENT_TIMEOUT_IN_SECONDS and lets a statement outlive the login timeout until the server cancels it', async () => {
    const endpoint = await fakeEndpoint('ok', 1_500);
    server = endpoint.server;
    const session = await connectSnowflake({
      ...base,
      account: 'acme',
      user: 'LEADPIPE',
      password: 'secret',
      host: '127.0.0.1',
      port: endpoint.port,
      protocol: 'http',
      loginTimeoutSeconds: 0.5,
      statementTimeoutSeconds: 1,
    });
    try {
      const setup = endpoint.seen.find((r) => r.body.includes('ALTER SESSION'));
      expect(JSON.parse(setup?.body ?? '{}').sqlText).toMatch(/, STATEMENT_TIMEOUT_IN_SECONDS = 1$/);
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
