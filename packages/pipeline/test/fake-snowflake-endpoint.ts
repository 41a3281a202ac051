/**
 * A fake Snowflake account endpoint on 127.0.0.1 (plain HTTP) for tests that run the real snowflake-sdk:
 * it answers the login, answers each statement from a rule (rows as text columns, an error, or a delay),
 * and records every request. Point SNOWFLAKE_HOST / SNOWFLAKE_PORT / SNOWFLAKE_PROTOCOL=http at it.
 */
import type { Server } from 'node:http';
import { createServer } from 'node:http';

/** One recorded request: its path (no query string) and body. */
export interface SeenRequest {
  path: string;
  body: string;
  /** The statement, for a query request. */
  sqlText?: string;
}

/** How the endpoint answers one statement. */
export type FakeReply =
  | { rows: Record<string, string | null>[]; delayMs?: number }
  | { error: { code: string; message: string; sqlState?: string }; delayMs?: number };

/** What the endpoint does. */
export interface FakeEndpointOptions {
  /** `refused`: the login fails with 390100 (wrong password). Default `ok`. */
  login?: 'ok' | 'refused';
  /** The reply to a statement (default: one row `status = ok`). */
  reply?: (sqlText: string) => FakeReply | undefined;
}

/** A running fake endpoint. */
export interface FakeEndpoint {
  port: number;
  seen: SeenRequest[];
  /** The statements received, in order. */
  statements(): string[];
  /** The SNOWFLAKE_* variables that point leadpipe at it. */
  env: Record<string, string>;
  close(): Promise<void>;
}

function queryResponse(reply: FakeReply): unknown {
  if ('error' in reply)
    return {
      success: false,
      code: reply.error.code,
      message: reply.error.message,
      data: { sqlState: reply.error.sqlState ?? '42000', queryId: 'q-error' },
    };
  const columns = Object.keys(reply.rows[0] ?? { status: null });
  return {
    success: true,
    data: {
      parameters: [],
      rowtype: columns.map((name) => ({
        name,
        type: 'text',
        nullable: true,
        length: 16777216,
        byteLength: 16777216,
      })),
      rowset: reply.rows.map((r) => columns.map((c) => r[c] ?? null)),
      total: reply.rows.length,
      returned: reply.rows.length,
      queryId: 'q-ok',
      queryResultFormat: 'json',
    },
  };
}

/** Starts a fake endpoint on 127.0.0.1 (any free port). */
export async function startFakeSnowflake(options: FakeEndpointOptions = {}): Promise<FakeEndpoint> {
  const seen: SeenRequest[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const path = (req.url ?? '').split('?')[0] ?? '';
      const entry: SeenRequest = { path, body };
      seen.push(entry);
      res.setHeader('content-type', 'application/json');
      if (path === '/session/v1/login-request') {
        res.end(
          JSON.stringify(
            options.login === 'refused'
              ? {
                  success: false,
                  code: '390100',
                  message: 'Incorrect username or password was specified.',
                  data: null,
                }
              : {
                  success: true,
                  data: {
                    token: 'session-token',
                    masterToken: 'master-token',
                    validityInSeconds: 3600,
                    masterValidityInSeconds: 14400,
                    sessionId: 1,
                    parameters: [],
                  },
                },
          ),
        );
        return;
      }
      if (path === '/queries/v1/query-request') {
        const sqlText = String((JSON.parse(body || '{}') as { sqlText?: unknown }).sqlText ?? '');
        entry.sqlText = sqlText;
        const reply = options.reply?.(sqlText) ?? { rows: [{ status: 'ok' }] };
        setTimeout(() => res.end(JSON.stringify(queryResponse(reply))), reply.delayMs ?? 0);
        return;
      }
      // Telemetry, session close and anything else.
      res.end(JSON.stringify({ success: true, data: {} }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as { port: number }).port;
  return {
    port,
    seen,
    statements: () => seen.flatMap((r) => (r.sqlText === undefined ? [] : [r.sqlText])),
    env: { SNOWFLAKE_HOST: '127.0.0.1', SNOWFLAKE_PORT: String(port), SNOWFLAKE_PROTOCOL: 'http' },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
