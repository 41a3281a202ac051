/**
 * Error classes shared by every part of leadpipe.
 *
 * Every failure is either **terminal** (bad input or configuration: retrying cannot help, so the
 * item fails and the rest goes on) or **transient** (network, a busy resource: retry with backoff).
 * {@link classifyError} is the one place that decides which; callers never inspect messages.
 */

/** A stable, machine-readable error code, e.g. `E_BAD_CONFIG` or `E_WAREHOUSE_LOCKED`. */
export type ErrorCode = string;

/** Base class of every error leadpipe throws on purpose. */
export class LeadpipeError extends Error {
  /** Stable code for programs (the API maps it to a problem type, the CLI to an exit code). */
  readonly code: ErrorCode;
  /** Extra facts for logs and problem+json bodies; never secrets. */
  readonly details: Record<string, unknown> | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    options?: { cause?: unknown; details?: Record<string, unknown> },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.details = options?.details;
  }
}

/** Bad input, bad configuration or a broken invariant of the data: fail the item, do not retry. */
export class TerminalError extends LeadpipeError {}

/** A passing condition (network, throttling, a locked resource): the same call may succeed later. */
export class TransientError extends LeadpipeError {}

/** A user error in how a command or request was called (unknown option, missing file): print usage. */
export class UsageError extends TerminalError {
  constructor(message: string, options?: { cause?: unknown; details?: Record<string, unknown> }) {
    super('E_USAGE', message, options);
  }
}

const TRANSIENT_NODE_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
  'ENOTFOUND',
  'EBUSY',
  'EMFILE',
  'ENFILE',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
]);

const TRANSIENT_AWS_NAMES = new Set([
  'SlowDown',
  'Throttling',
  'ThrottlingException',
  'RequestTimeout',
  'RequestTimeTooSkewed',
  'ServiceUnavailable',
  'InternalError',
  'TimeoutError',
]);

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
 * Decides whether an error is worth retrying. LeadpipeErrors say so by their class; other errors are
 * classified by their Node/AWS error codes; anything unknown is terminal, so bugs are not retried forever.
 */
export function classifyError(err: unknown): 'terminal' | 'transient' {
  if (err instanceof TransientError) return 'transient';
  if (err instanceof LeadpipeError) return 'terminal';
  if (err && typeof err === 'object') {
    const e = err as {
      code?: unknown;
      name?: unknown;
      $metadata?: { httpStatusCode?: number };
      cause?: unknown;
      sqlState?: unknown;
      response?: { status?: unknown; statusCode?: unknown };
    };
    if (typeof e.code === 'string' && TRANSIENT_NODE_CODES.has(e.code)) return 'transient';
    if (typeof e.name === 'string' && TRANSIENT_AWS_NAMES.has(e.name)) return 'transient';
    const status = e.$metadata?.httpStatusCode;
    if (typeof status === 'number' && (status === 429 || status >= 500)) return 'transient';
    // Snowflake: the SDK's network failures, throttled or failing HTTP responses, a few server codes, and
    // SQLSTATE class 08 (connection exception) or 40001 (serialization failure).
    if (typeof e.name === 'string' && TRANSIENT_SNOWFLAKE_NAMES.has(e.name)) return 'transient';
    if (typeof e.code === 'number' && TRANSIENT_SNOWFLAKE_CLIENT_CODES.has(e.code)) return 'transient';
    if (typeof e.code === 'string' && SNOWFLAKE_LOGIN_REFUSED_CODES.has(e.code)) return 'terminal';
    if (typeof e.code === 'string' && TRANSIENT_SNOWFLAKE_CODES.has(e.code)) return 'transient';
    if (typeof e.sqlState === 'string' && (e.sqlState.startsWith('08') || e.sqlState === '40001'))
      return 'transient';
    const httpStatus = Number(e.response?.status ?? e.response?.statusCode);
    if (e.name === 'RequestFailedError' && (httpStatus === 429 || httpStatus >= 500)) return 'transient';
    if (e.cause !== undefined && e.cause !== err) return classifyError(e.cause);
  }
  return 'terminal';
}

/** The message of any thrown value, for logs and history rows. */
export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
