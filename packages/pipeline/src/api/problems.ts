/**
 * Errors as RFC 7807 problem details (`application/problem+json`). Every failure of the API goes through
 * {@link toProblem}, called by the one error handler in `app.ts`: leadpipe's own errors by their code and
 * class, Fastify's (validation, body parsing, multipart limits) by their code and status, anything else
 * as a 500 that says nothing about the internals.
 */
import { LeadpipeError, TerminalError, TransientError, UsageError } from '../errors.ts';

/** The media type of every error response. */
export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

/** An RFC 7807 problem, with leadpipe's extension members. */
export interface Problem {
  /** `urn:leadpipe:problem:<code>`: stable, documented by the code. */
  type: string;
  title: string;
  status: number;
  detail: string;
  /** The request path. */
  instance?: string;
  /** leadpipe's error code, e.g. `E_VALIDATION`, `E_UPLOAD_TOO_LARGE`. */
  code: string;
  /** The request id (also in the `x-request-id` header and in every log line of the request). */
  requestId?: string;
  /** Validation failures: where (`body`, `querystring`, ...), which field, what is wrong. */
  errors?: { in: string; path: string; message: string }[];
  [extension: string]: unknown;
}

/**
 * An error that already knows its HTTP status. Terminal: retrying the same request cannot help.
 *
 * @example
 * throw new HttpProblem(404, 'E_LEAD_NOT_FOUND', `no lead with id ${id}`);
 */
export class HttpProblem extends TerminalError {
  readonly status: number;
  constructor(
    status: number,
    code: string,
    message: string,
    options?: { cause?: unknown; details?: Record<string, unknown> },
  ) {
    super(code, message, options);
    this.status = status;
  }
}

/**
 * A limit hit while an upload streams (too large). Deliberately *not* a LeadpipeError: `putFile` turns
 * LeadpipeErrors into a failed file and records it, while a request refused for its size must store nothing.
 */
export class UploadLimitError extends Error {
  readonly statusCode = 413;
  readonly code = 'E_UPLOAD_TOO_LARGE';
}

/**
 * A multipart body that cannot be parsed (no boundary, cut short). Not a LeadpipeError, for the same reason
 * as {@link UploadLimitError}: the upload is refused, not recorded as a failed file.
 */
export class MalformedUploadError extends Error {
  readonly statusCode = 400;
  readonly code = 'E_MALFORMED_MULTIPART';
}

/** An error thrown while reading a multipart request, as one with a 4xx status. */
export function asUploadError(err: unknown): unknown {
  if (err instanceof LeadpipeError || err instanceof UploadLimitError || err instanceof MalformedUploadError)
    return err;
  const status = (err as { statusCode?: unknown } | null)?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) return err;
  return new MalformedUploadError(
    `the multipart body cannot be read: ${(err as Error)?.message ?? String(err)}`,
    { cause: err },
  );
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** HTTP status of leadpipe error codes that are not plain "bad input of a valid request" (422). */
const STATUS_BY_CODE: Record<string, number> = {
  E_USAGE: 400,
  E_BAD_FILE_NAME: 400,
  E_QUERY: 400,
  E_QUERY_NOT_READ_ONLY: 400,
  E_BAD_CONFIG: 500,
  E_WAREHOUSE_OPEN: 503,
};

/** Friendlier codes for Fastify's own errors; the status comes with the error. */
const FASTIFY_CODES: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'E_MALFORMED_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'E_EMPTY_BODY',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'E_UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'E_BAD_CONTENT_LENGTH',
  FST_ERR_CTP_BODY_TOO_LARGE: 'E_BODY_TOO_LARGE',
  FST_REQ_FILE_TOO_LARGE: 'E_UPLOAD_TOO_LARGE',
  FST_FILES_LIMIT: 'E_TOO_MANY_FILES',
  FST_PARTS_LIMIT: 'E_TOO_MANY_PARTS',
  FST_FIELDS_LIMIT: 'E_TOO_MANY_FIELDS',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'E_NOT_MULTIPART',
  FST_PROTO_VIOLATION: 'E_MALFORMED_MULTIPART',
  FST_ERR_VALIDATION: 'E_VALIDATION',
};

interface FastifyLikeError {
  code?: unknown;
  statusCode?: unknown;
  message?: unknown;
  validation?: {
    keyword?: string;
    instancePath?: string;
    message?: string;
    params?: Record<string, unknown>;
  }[];
  validationContext?: string;
}

function problem(status: number, code: string, detail: string, extra: Partial<Problem> = {}): Problem {
  return {
    type: `urn:leadpipe:problem:${code}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    code,
    ...extra,
  };
}

function validationErrors(err: FastifyLikeError): Problem['errors'] {
  const all = err.validation ?? [];
  // A failed oneOf reports every branch; keep the errors inside the data over "must be array" at its root.
  const inner = all.filter(
    (v) => v.keyword !== 'oneOf' && v.keyword !== 'anyOf' && !(v.keyword === 'type' && !v.instancePath),
  );
  return (inner.length > 0 ? inner : all).map((v) => {
    const extra = v.params?.additionalProperty;
    const path = (v.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.');
    return {
      in: err.validationContext ?? 'request',
      path: typeof extra === 'string' ? (path ? `${path}.${extra}` : extra) : path,
      message: typeof extra === 'string' ? `unknown field "${extra}"` : (v.message ?? 'is invalid'),
    };
  });
}

/**
 * Maps any thrown value to a problem. A 500 never carries the error's message (a bug's message may name
 * internals): the request id in the problem points to the log line that has it. No problem carries SQL
 * text or a path on the server's disk (see {@link redactInternals}; `extraRoots` as there).
 */
export function toProblem(err: unknown, extraRoots: readonly string[] = []): Problem {
  const p = rawProblem(err);
  return { ...(redactValue(p, extraRoots) as Problem), type: p.type, code: p.code, status: p.status };
}

function rawProblem(err: unknown): Problem {
  if (err instanceof HttpProblem) return problem(err.status, err.code, err.message, details(err));
  if (err instanceof UploadLimitError) return problem(413, err.code, err.message);
  if (err instanceof MalformedUploadError) return problem(400, err.code, err.message);
  if (err instanceof UsageError) return problem(400, err.code, err.message, details(err));
  if (err instanceof TransientError)
    return problem(STATUS_BY_CODE[err.code] ?? 503, err.code, err.message, details(err));
  if (err instanceof TerminalError)
    return problem(STATUS_BY_CODE[err.code] ?? 422, err.code, err.message, details(err));
  if (err instanceof LeadpipeError) return problem(500, err.code, 'internal error');
  const e = (err ?? {}) as FastifyLikeError;
  const status = typeof e.statusCode === 'number' ? e.statusCode : 500;
  if (status >= 400 && status < 500) {
    const fastifyCode = typeof e.code === 'string' ? e.code : '';
    const code =
      FASTIFY_CODES[fastifyCode] ?? (fastifyCode.startsWith('E_') ? fastifyCode : `E_HTTP_${status}`);
    if (e.validation) {
      const errors = validationErrors(e) ?? [];
      const first = errors[0];
      return problem(
        400,
        code,
        first
          ? `${first.in}${first.path ? ` field "${first.path}"` : ''}: ${first.message}`
          : 'invalid request',
        { errors },
      );
    }
    const message = typeof e.message === 'string' ? e.message : 'bad request';
    return problem(status, code, describeFastify(code, message));
  }
  return problem(500, 'E_INTERNAL', 'internal error');
}

function details(err: LeadpipeError): Partial<Problem> {
  return err.details ? { ...err.details } : {};
}

function describeFastify(code: string, message: string): string {
  switch (code) {
    case 'E_MALFORMED_JSON':
      return `the body is not valid JSON (${message})`;
    case 'E_EMPTY_BODY':
      return 'the body is empty; send a JSON document';
    case 'E_UNSUPPORTED_MEDIA_TYPE':
      return `${message}; JSON routes take application/json, upload routes multipart/form-data`;
    case 'E_NOT_MULTIPART':
      return 'uploads must be sent as multipart/form-data with the file in a part named "file"';
    case 'E_UPLOAD_TOO_LARGE':
    case 'E_BODY_TOO_LARGE':
      return `${message} (see LEADPIPE_MAX_UPLOAD_BYTES)`;
    default:
      return message;
  }
}

// Absolute paths on the server's disk (the stage, the warehouse file, the home): a file:// URL, a Windows
// drive path, or a POSIX path under a usual top-level folder (none of them is an API route, so the routes a
// message names stay readable). `extraRoots` adds the configured ones, wherever they are.
const FILE_URL = /file:\/\/[^\s"'`,;:)]*/g;
const DRIVE_PATH = /\b[A-Za-z]:\\[^\s"'`,;:)]*/g;
const TOP_FOLDERS =
  'home|tmp|var|srv|data|opt|usr|etc|root|mnt|media|Users|private|work|app|workspace|run|proc|dev|Volumes|nix';
const POSIX_PATH = new RegExp(`(?<![\\w.:/~-])/(?:${TOP_FOLDERS})(?![\\w.-])(?:/[^\\s"'\`,;:)]*)?`, 'g');
// DuckDB repeats the statement after its message ("LINE 1: SELECT ..." and a caret line).
const SQL_ECHO = /\n+\s*LINE \d+:[\s\S]*$/;

/**
 * Removes what a client must not see from a message: the SQL text an engine echoes after its error and
 * absolute paths on the server (each replaced by `<path>`): file URLs, Windows paths, POSIX paths under the
 * usual top-level folders and under `extraRoots` (default none; the app passes the home). The full message
 * stays in the server log.
 *
 * @example
 * redactInternals('IO Error: No files found that match the pattern "/srv/.leadpipe/stage/data/a.ndjson"');
 * // 'IO Error: No files found that match the pattern "<path>"'
 */
export function redactInternals(message: string, extraRoots: readonly string[] = []): string {
  let text = message.replace(SQL_ECHO, '').replace(FILE_URL, '<path>').replace(DRIVE_PATH, '<path>');
  for (const root of extraRoots) {
    if (root.length < 2) continue;
    text = text.split(root).join('<path>');
  }
  return text.replace(POSIX_PATH, '<path>').replace(/<path>[^\s"'`,;:)]*/g, '<path>');
}

function redactValue(value: unknown, roots: readonly string[], depth = 0): unknown {
  if (typeof value === 'string') return redactInternals(value, roots);
  if (depth > 8 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => redactValue(v, roots, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactValue(v, roots, depth + 1)]));
}

/** A problem as the bytes of a response body. */
export function problemBody(p: Problem): string {
  return JSON.stringify(p);
}
