/**
 * The connection to Snowflake: the official `snowflake-sdk`, imported lazily (it is large and optional),
 * password or key-pair auth, a login bounded in time, one session that reconnects after a dropped
 * connection, and SDK errors turned into leadpipe's terminal / transient errors.
 *
 * The rest of the engine talks to a {@link SnowflakeSession} only, so its control flow can be tested with a
 * stand-in session that records statements and answers them.
 */
import type { RetryOptions } from '../../retry.ts';
import { withRetry } from '../../retry.ts';
import type { ErrorFields } from '../../errors.ts';
import {
  LeadpipeError,
  TerminalError,
  TransientError,
  classifyError,
  errorMessage,
  registerErrorRecogniser,
} from '../../errors.ts';
import type { SnowflakeSettings } from './snowflake-connection-options.ts';
import { connectionOptionsOrThrow, sessionSettingsSql } from './snowflake-connection-options.ts';

export type { SnowflakeSettings } from './snowflake-connection-options.ts';
export {
  SNOWFLAKE_REQUIRED,
  connectionOptionsOrThrow,
  hasSnowflakeCredentials,
  sessionSettingsSql,
} from './snowflake-connection-options.ts';

/**
 * Snowflake server error codes that pass (snowflake-sdk puts them in `code`, as strings): 000625 the
 * statement queue on a locked table is full (20 waiters), 000603 an internal incident, 390112 / 390114 the
 * session or its token expired (a new login succeeds).
 */
const TRANSIENT_SNOWFLAKE_CODES = new Set(['000625', '000603', '390112', '390114']);
/**
 * Snowflake login refusals (wrong password, invalid JWT / key, unknown or locked user, role or warehouse
 * not granted): SQLSTATE 08004 says "connection", but no retry fixes them.
 */
export const SNOWFLAKE_LOGIN_REFUSED_CODES: ReadonlySet<string> = new Set([
  '390100',
  '390101',
  '390102',
  '390144',
  '390186',
  '390189',
  '390201',
  '390318',
]);
/** snowflake-sdk error names for a connection that failed or a result set whose download failed. */
const TRANSIENT_SNOWFLAKE_NAMES = new Set(['NetworkError', 'LargeResultSetError']);
/** snowflake-sdk client codes: 401001 could not connect, 402001 result download failed, 407002 disconnected. */
const TRANSIENT_SNOWFLAKE_CLIENT_CODES = new Set([401001, 402001, 407002]);

/**
 * snowflake-sdk's errors for {@link classifyError}: the SDK's network failures, throttled or failing HTTP
 * responses, a few server codes, and SQLSTATE class 08 (connection exception) or 40001 (serialization
 * failure) are transient; a login refusal is terminal; anything else is left to the other rules.
 */
export function recogniseSnowflakeError(e: ErrorFields): 'terminal' | 'transient' | undefined {
  if (typeof e.name === 'string' && TRANSIENT_SNOWFLAKE_NAMES.has(e.name)) return 'transient';
  if (typeof e.code === 'number' && TRANSIENT_SNOWFLAKE_CLIENT_CODES.has(e.code)) return 'transient';
  if (typeof e.code === 'string' && SNOWFLAKE_LOGIN_REFUSED_CODES.has(e.code)) return 'terminal';
  if (typeof e.code === 'string' && TRANSIENT_SNOWFLAKE_CODES.has(e.code)) return 'transient';
  if (typeof e.sqlState === 'string' && (e.sqlState.startsWith('08') || e.sqlState === '40001'))
    return 'transient';
  const httpStatus = Number(e.response?.status ?? e.response?.statusCode);
  if (e.name === 'RequestFailedError' && (httpStatus === 429 || httpStatus >= 500)) return 'transient';
  return undefined;
}
registerErrorRecogniser(recogniseSnowflakeError);

/** A value bound to a `?` placeholder. */
export type SnowflakeBind = string | number | boolean | null;

/** One result row, keyed by column name as Snowflake returns it (unquoted names upper-case). */
export type SnowflakeRow = Record<string, unknown>;

/** What the engine needs from a connection: run one statement, close. */
export interface SnowflakeSession {
  /** Runs one statement with `?` binds and returns its rows (DDL and DML return their status rows). */
  execute(sql: string, binds?: readonly SnowflakeBind[]): Promise<SnowflakeRow[]>;
  close(): Promise<void>;
}

/** The subset of the `snowflake-sdk` module used here (the SDK's own types stay inside this file). */
export interface SnowflakeSdk {
  configure(options: Record<string, unknown>): void;
  createConnection(options: Record<string, unknown>): SdkConnection;
}

/** The subset of an SDK connection used here. */
export interface SdkConnection {
  connect(callback: (err: unknown, conn: SdkConnection) => void): unknown;
  execute(options: {
    sqlText: string;
    binds?: SnowflakeBind[];
    complete: (err: unknown, stmt: unknown, rows?: SnowflakeRow[]) => void;
  }): unknown;
  destroy(callback: (err: unknown) => void): void;
  isUp(): boolean;
}

const MISSING_SDK =
  'the Snowflake engine needs the optional dependency snowflake-sdk: run `npm install snowflake-sdk@3.3.0` (or `npm ci` with optional dependencies)';

/**
 * Imports `snowflake-sdk` on first use. A missing package becomes a {@link TerminalError} that says how to
 * install it. `importer` is replaceable for tests.
 */
export async function loadSnowflakeSdkOrThrow(
  importer: () => Promise<unknown> = () => import('snowflake-sdk'),
): Promise<SnowflakeSdk> {
  let mod: unknown;
  try {
    mod = await importer();
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    if (
      code === 'ERR_MODULE_NOT_FOUND' ||
      code === 'MODULE_NOT_FOUND' ||
      /snowflake-sdk/.test(errorMessage(err))
    )
      throw new TerminalError('E_SNOWFLAKE_SDK_MISSING', MISSING_SDK, { cause: err });
    throw err;
  }
  const sdk = ((mod as { default?: unknown }).default ?? mod) as Partial<SnowflakeSdk>;
  if (typeof sdk.createConnection !== 'function' || typeof sdk.configure !== 'function')
    throw new TerminalError('E_SNOWFLAKE_SDK_MISSING', MISSING_SDK);
  return sdk as SnowflakeSdk;
}

/**
 * Turns any error of the SDK into a {@link LeadpipeError}: transient (network, throttling, a lock queue, an
 * expired session: {@link classifyError} decides) or terminal, with the Snowflake code and SQL state in
 * the details. Secrets never reach the message (the SDK masks them; leadpipe adds none).
 */
export function toSnowflakeError(err: unknown, action: string): LeadpipeError {
  if (err instanceof LeadpipeError) return err;
  const e = (err ?? {}) as { code?: unknown; sqlState?: unknown; name?: unknown };
  const code = e.code === undefined ? undefined : String(e.code);
  const details: Record<string, unknown> = {
    ...(code ? { snowflakeCode: code } : {}),
    ...(typeof e.sqlState === 'string' ? { sqlState: e.sqlState } : {}),
  };
  const message = `${action}: ${errorMessage(err)}${code ? ` (Snowflake ${code})` : ''}`;
  if (code && SNOWFLAKE_LOGIN_REFUSED_CODES.has(code))
    return new TerminalError('E_SNOWFLAKE_AUTH', message, { cause: err, details });
  if (classifyError(err) === 'transient')
    return new TransientError('E_SNOWFLAKE_UNAVAILABLE', message, { cause: err, details });
  return new TerminalError('E_SNOWFLAKE', message, { cause: err, details });
}

/** Options of {@link connectSnowflake}; all for tests and special endpoints. */
export interface ConnectOptions {
  /** The SDK module (default: imported lazily). */
  sdk?: SnowflakeSdk;
  /** Extra SDK connection options, e.g. `accessUrl` for a private endpoint. */
  extra?: Record<string, unknown>;
}

function login(
  sdk: SnowflakeSdk,
  options: Record<string, unknown>,
  deadlineMs: number,
): Promise<SdkConnection> {
  const conn = sdk.createConnection(options);
  return new Promise<SdkConnection>((resolve, reject) => {
    // connectAsync() reports some failures to its callback instead of rejecting, so use connect().
    const timer = setTimeout(() => {
      conn.destroy(() => undefined);
      reject(
        new TransientError(
          'E_SNOWFLAKE_UNAVAILABLE',
          `no answer from Snowflake account ${String(options.account)} within ${deadlineMs / 1000} s: check SNOWFLAKE_ACCOUNT and the network`,
        ),
      );
    }, deadlineMs);
    conn.connect((err) => {
      clearTimeout(timer);
      if (err) reject(toSnowflakeError(err, `cannot log in to Snowflake account ${String(options.account)}`));
      else resolve(conn);
    });
  });
}

function run(conn: SdkConnection, sql: string, binds?: readonly SnowflakeBind[]): Promise<SnowflakeRow[]> {
  return new Promise((resolve, reject) => {
    conn.execute({
      sqlText: sql,
      ...(binds && binds.length ? { binds: [...binds] } : {}),
      complete: (err, _stmt, rows) => (err ? reject(err) : resolve(rows ?? [])),
    });
  });
}

/**
 * Logs in and returns a session. The session reconnects (and reapplies {@link sessionSettingsSql}) when
 * the SDK says the connection is down; statement errors come back as {@link LeadpipeError}s.
 *
 * @example
 * const session = await connectSnowflake(config.snowflake);
 * const rows = await session.execute('SELECT CURRENT_VERSION() AS v');
 */
export async function connectSnowflake(
  settings: SnowflakeSettings,
  options: ConnectOptions = {},
): Promise<SnowflakeSession> {
  const connectionOptions = connectionOptionsOrThrow(settings, options.extra);
  const sdk = options.sdk ?? (await loadSnowflakeSdkOrThrow());
  sdk.configure({ logLevel: 'OFF' });
  const deadline = Math.round(settings.loginTimeoutSeconds * 1000);
  const sessionSettings = sessionSettingsSql(settings);
  const open = async (): Promise<SdkConnection> => {
    const conn = await login(sdk, connectionOptions, deadline);
    try {
      await run(conn, sessionSettings);
    } catch (err) {
      conn.destroy(() => undefined);
      throw toSnowflakeError(err, 'cannot set up the Snowflake session');
    }
    return conn;
  };
  let conn: SdkConnection | undefined = await open();
  return {
    async execute(sql, binds) {
      if (!conn || !conn.isUp()) conn = await open();
      try {
        return await run(conn, sql, binds);
      } catch (err) {
        throw toSnowflakeError(
          err,
          `Snowflake statement failed (${sql.trim().split(/\s+/).slice(0, 4).join(' ')} ...)`,
        );
      }
    },
    async close() {
      const c = conn;
      conn = undefined;
      if (c?.isUp()) await new Promise<void>((resolve) => c.destroy(() => resolve()));
    },
  };
}

/**
 * The engine's side of a session: work serialised (a session has one transaction), transient failures
 * retried (default: 3 attempts from 500 ms), and transactions. The role modules take one of these.
 */
export class SnowflakeRunner {
  private queue: Promise<unknown> = Promise.resolve();

  /** @param session a logged-in session (or, in tests, a stand-in). */
  constructor(
    readonly session: SnowflakeSession,
    private readonly retryOptions?: RetryOptions,
  ) {}

  /** Runs `fn` alone on the session: a session has one transaction, so work is serialised. */
  serial<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.queue.then(fn, fn);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Runs `fn` again after a transient failure (see retry.ts). */
  retry<T>(fn: () => Promise<T>): Promise<T> {
    return withRetry(fn, { attempts: 3, baseDelayMs: 500, ...this.retryOptions });
  }

  /** Runs one statement with `?` binds (inside the caller's {@link serial} turn). */
  exec(sql: string, binds?: readonly SnowflakeBind[]): Promise<SnowflakeRow[]> {
    return this.session.execute(sql, binds);
  }

  /** Runs `fn` in a transaction: committed when it returns, rolled back when it throws. */
  async transaction<T>(fn: () => Promise<T>): Promise<T> {
    await this.exec('BEGIN TRANSACTION');
    try {
      const result = await fn();
      await this.exec('COMMIT');
      return result;
    } catch (err) {
      await this.exec('ROLLBACK').catch(() => undefined);
      throw err;
    }
  }

  /** Closes the session, after the work already queued. */
  async close(): Promise<void> {
    await this.serial(() => this.session.close());
  }
}
