/**
 * The one retry helper: bounded attempts with capped exponential backoff and jitter, for errors that
 * {@link classifyError} calls transient. Terminal errors are thrown at once.
 */
import { classifyError } from './errors.ts';

/** Options of {@link withRetry}. */
export interface RetryOptions {
  /** Attempts in all, the first included. Default 5. */
  attempts?: number;
  /** Delay before the first retry, in ms; doubles on each retry. Default 200. */
  baseDelayMs?: number;
  /** Upper bound of one delay, in ms. Default 10,000. */
  maxDelayMs?: number;
  /** Called before each retry with the error, the attempt that failed (1-based) and the delay chosen. */
  onRetry?: (err: unknown, attempt: number, delayMs: number) => void;
  /** Stops retrying when aborted: the pending wait ends and the last error is thrown. */
  signal?: AbortSignal;
}

/**
 * Delay before retry number `attempt` (1-based): `min(max, base * 2^(attempt-1))`, of which the upper half
 * is random ("equal jitter"), so retries of many clients do not arrive together.
 */
export function backoffDelay(attempt: number, baseDelayMs: number, maxDelayMs: number): number {
  const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + Math.random() * (ceiling / 2));
}

/** Resolves after `ms`, or early (without throwing) when `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

/**
 * Runs `fn`, retrying transient failures with backoff up to `attempts` times in all; rethrows a terminal
 * error at once and the last error when the attempts are used up.
 *
 * @example
 * const head = await withRetry(() => s3.send(new HeadObjectCommand({ Bucket, Key })), {
 *   onRetry: (err, attempt, ms) => log.warn({ err, attempt, ms }, 'S3 unavailable, retrying'),
 * });
 */
export async function withRetry<T>(
  fn: (attempt: number) => Promise<T>,
  options: RetryOptions = {},
): Promise<T> {
  const attempts = Math.max(1, options.attempts ?? 5);
  const base = options.baseDelayMs ?? 200;
  const max = options.maxDelayMs ?? 10_000;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (err) {
      if (attempt >= attempts || classifyError(err) !== 'transient' || options.signal?.aborted) throw err;
      const delay = backoffDelay(attempt, base, max);
      options.onRetry?.(err, attempt, delay);
      await sleep(delay, options.signal);
      if (options.signal?.aborted) throw err;
    }
  }
}
