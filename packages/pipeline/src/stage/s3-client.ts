/**
 * S3 plumbing shared by the S3 stage and the S3 source: the client built from the configuration, `s3://`
 * URIs, key prefixes, ETags, and SDK errors turned into leadpipe's terminal / transient errors.
 */
import { S3Client } from '@aws-sdk/client-s3';
import type { Config } from '../config/config.ts';
import type { ErrorFields } from '../errors.ts';
import {
  LeadpipeError,
  TerminalError,
  TransientError,
  classifyError,
  errorMessage,
  registerErrorRecogniser,
} from '../errors.ts';

/** AWS SDK error names of a passing condition (throttling, timeouts, a busy or failing service). */
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
 * The AWS SDK's errors for {@link classifyError}: a throttling or timeout name, or an HTTP status of 429 or
 * 5xx in `$metadata`, is transient; anything else is left to the other rules (`undefined`).
 */
export function recogniseAwsError(e: ErrorFields): 'transient' | undefined {
  if (typeof e.name === 'string' && TRANSIENT_AWS_NAMES.has(e.name)) return 'transient';
  const status = e.$metadata?.httpStatusCode;
  if (typeof status === 'number' && (status === 429 || status >= 500)) return 'transient';
  return undefined;
}
registerErrorRecogniser(recogniseAwsError);

/** The S3 part of the configuration. */
export type S3Settings = Config['s3'];

/** The folder under the configured prefix that leadpipe writes to; lead files there are never ingested. */
export const RESERVED_FOLDER = '_leadpipe/';

/**
 * An S3 client for `settings`: path-style addressing when an endpoint is set (emulators), checksums only
 * when the API requires them (a streamed 50 MB put took 5 s with them, 0.37 s without), explicit
 * credentials when both keys are configured (otherwise the default AWS chain), and timeouts so a hung
 * server fails the request instead of hanging it. The SDK's own per-request retries stay on (3 attempts).
 *
 * @example
 * const s3 = createS3Client(config.s3);
 */
export function createS3Client(settings: S3Settings): S3Client {
  return new S3Client({
    region: settings.region,
    ...(settings.endpointUrl ? { endpoint: settings.endpointUrl, forcePathStyle: true } : {}),
    ...(settings.accessKeyId && settings.secretAccessKey
      ? { credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey } }
      : {}),
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    requestHandler: { connectionTimeout: 5_000, socketTimeout: 60_000 },
  });
}

/** Whether `value` is an `s3://` URI. */
export function isS3Uri(value: string): boolean {
  return /^s3:\/\//i.test(value);
}

/**
 * Splits `s3://bucket/prefix/` into bucket and key prefix. Throws a {@link TerminalError} when it is not an
 * S3 URI or names no bucket.
 *
 * @example
 * parseS3UriOrThrow('s3://leads/incoming/'); // { bucket: 'leads', prefix: 'incoming/' }
 */
export function parseS3UriOrThrow(uri: string): { bucket: string; prefix: string } {
  const m = /^s3:\/\/([^/]+)\/?(.*)$/i.exec(uri);
  if (!m || !m[1])
    throw new TerminalError('E_BAD_S3_URI', `${JSON.stringify(uri)} is not an s3://bucket/prefix URI`);
  return { bucket: m[1], prefix: m[2] ?? '' };
}

/** A key prefix as a folder: empty, or ending in `/` (`leads` -> `leads/`). */
export function folderPrefix(prefix: string): string {
  const p = prefix.replace(/^\/+/, '');
  return p === '' || p.endsWith('/') ? p : `${p}/`;
}

/** Root of the S3 stage for a configured prefix: `<prefix>/_leadpipe/stage/`. */
export function stageRootPrefix(prefix: string): string {
  return `${folderPrefix(prefix)}${RESERVED_FOLDER}stage/`;
}

/**
 * Whether a key is never a lead file: leadpipe's own objects (any `_leadpipe/` folder, e.g. the S3 stage)
 * and folder placeholders (keys ending in `/`).
 */
export function isReservedKey(key: string): boolean {
  return key.endsWith('/') || key.startsWith(RESERVED_FOLDER) || key.includes(`/${RESERVED_FOLDER}`);
}

/** An ETag without quotes or weak marker, as S3 events give it (`"abc-2"` -> `abc-2`). */
export function normaliseEtag(etag: string | undefined): string {
  return (etag ?? '').replace(/^W\//, '').replace(/"/g, '');
}

/** Whether an SDK error says the object or bucket does not exist. */
export function isNotFound(err: unknown): boolean {
  const e = err as { name?: string; $metadata?: { httpStatusCode?: number } } | undefined;
  return (
    e?.name === 'NoSuchKey' ||
    e?.name === 'NotFound' ||
    e?.name === 'NoSuchBucket' ||
    e?.$metadata?.httpStatusCode === 404
  );
}

/** Whether an SDK error says a precondition (`If-Match` an ETag) failed: the object changed meanwhile. */
export function isPreconditionFailed(err: unknown): boolean {
  const e = err as { name?: string; $metadata?: { httpStatusCode?: number } } | undefined;
  return e?.name === 'PreconditionFailed' || e?.$metadata?.httpStatusCode === 412;
}

/**
 * Wraps an S3 SDK error as a {@link TransientError} (`E_S3_UNAVAILABLE`: network, throttling, 5xx) or a
 * {@link TerminalError} (`E_S3_NOT_FOUND`, `E_S3_ACCESS`, `E_S3`), with what leadpipe was doing.
 */
export function toS3Error(err: unknown, doing: string): LeadpipeError {
  if (err instanceof LeadpipeError) return err;
  const name = (err as { name?: string } | undefined)?.name;
  const code = (err as { code?: string } | undefined)?.code;
  const message = `${doing}: ${name && name !== 'Error' ? `${name}: ` : code ? `${code}: ` : ''}${errorMessage(err) || 'no message'}`;
  if (classifyError(err) === 'transient')
    return new TransientError('E_S3_UNAVAILABLE', message, { cause: err });
  if (isNotFound(err)) return new TerminalError('E_S3_NOT_FOUND', message, { cause: err });
  const status = (err as { $metadata?: { httpStatusCode?: number } } | undefined)?.$metadata?.httpStatusCode;
  if (status === 401 || status === 403) return new TerminalError('E_S3_ACCESS', message, { cause: err });
  return new TerminalError('E_S3', message, { cause: err });
}
