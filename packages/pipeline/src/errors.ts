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

/**
 * A mistake in how a command or request was called (a bad option value, options that do not go together):
 * the CLI exits 2 and points at the usage. A missing file or a bad setting is a plain TerminalError (exit 1).
 */
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

/**
 * The fields of a thrown value that recognisers read (all optional: SDKs and Node set different ones).
 * `$metadata` is the AWS SDK's, `sqlState` and `response` snowflake-sdk's.
 */
export interface ErrorFields {
  code?: unknown;
  name?: unknown;
  $metadata?: { httpStatusCode?: number };
  cause?: unknown;
  sqlState?: unknown;
  response?: { status?: unknown; statusCode?: unknown };
}

/**
 * Recognises the errors of one client library (the AWS SDK, snowflake-sdk): `'transient'` or `'terminal'`
 * for an error it knows, `undefined` for one it does not. Each client module keeps its own table and
 * registers its recogniser with {@link registerErrorRecogniser} when it is loaded, so this base layer
 * imports no engine code and {@link classifyError} stays the one place that decides.
 */
export type ErrorRecogniser = (err: ErrorFields) => 'terminal' | 'transient' | undefined;

const recognisers: ErrorRecogniser[] = [];

/**
 * Adds a client library's recogniser to {@link classifyError} (default: none; registering the same function
 * twice has no effect). Recognisers are asked in the order they were registered.
 */
export function registerErrorRecogniser(recognise: ErrorRecogniser): void {
  if (!recognisers.includes(recognise)) recognisers.push(recognise);
}

/**
 * Decides whether an error is worth retrying. LeadpipeErrors say so by their class; other errors are
 * classified by their Node error codes, then by the registered client recognisers (AWS SDK, snowflake-sdk),
 * then by their cause; anything unknown is terminal, so bugs are not retried forever.
 */
export function classifyError(err: unknown): 'terminal' | 'transient' {
  if (err instanceof TransientError) return 'transient';
  if (err instanceof LeadpipeError) return 'terminal';
  if (err && typeof err === 'object') {
    const e = err as ErrorFields;
    if (typeof e.code === 'string' && TRANSIENT_NODE_CODES.has(e.code)) return 'transient';
    for (const recognise of recognisers) {
      const verdict = recognise(e);
      if (verdict) return verdict;
    }
    if (e.cause !== undefined && e.cause !== err) return classifyError(e.cause);
  }
  return 'terminal';
}

/** The message of any thrown value, for logs and history rows. */
export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
