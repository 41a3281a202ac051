/**
 * Auto-ingest (Snowpipe AUTO_INGEST): consume the bucket's ObjectCreated notifications from an SQS queue
 * and load each new object version exactly once; without a queue, poll the prefix (`pipe refresh`) every
 * few seconds. After each batch the task runs when the stream has data. Used by `leadpipe watch` and, when
 * configured, by `leadpipe serve`.
 *
 * Queue semantics: a message is deleted only after every object it announces was handled (loaded, failed
 * for good, or already seen); otherwise it reappears after the visibility timeout and is handled again,
 * which the (bucket, key, ETag) ledger and the pipe's (name, checksum) check make harmless. The visibility
 * of messages being worked on is extended while a long load runs. When the queue or S3 cannot be reached
 * the loop logs, backs off (capped) and keeps going: a watcher outlives an outage.
 */
import { ReceiveMessageCommand, type Message, type SQSClient } from '@aws-sdk/client-sqs';
import { errorMessage } from '../errors.ts';
import type { Leadpipe } from '../pipeline/context.ts';
import { backoffDelay, sleep } from '../retry.ts';
import {
  loadLeftovers,
  openIngestContext,
  runTaskIfStreamHasData,
  type IngestContext,
  type IngestContextOptions,
  type IngestResult,
} from './ingest-object.ts';
import { createIngestLogger } from './ingest-logger.ts';
import { refreshPipe } from './pipe-refresh.ts';
import { createSqsClient, handleSqsBatch } from './sqs-batch.ts';

/** Options of {@link startAutoIngest}; every one defaults to the configuration or a sensible value. */
export interface AutoIngestOptions extends IngestContextOptions {
  /** SQS queue of the bucket's events (default `SQS_QUEUE_URL`); without one, the prefix is polled. */
  queueUrl?: string;
  /** Polling interval without a queue, in seconds (default `LEADPIPE_WATCH_POLL_SECONDS`, 30). */
  pollSeconds?: number;
  /** SQS long-poll wait, in seconds (default 20, the maximum). */
  waitSeconds?: number;
  /** How long a received message stays hidden from other receivers, in seconds (default 300); extended while work on it goes on. */
  visibilityTimeoutSeconds?: number;
  /** Backoff of the loop while the queue or bucket cannot be reached: from `baseDelayMs` (500) doubling to `maxDelayMs` (30,000), without end. */
  loopBackoff?: { baseDelayMs?: number; maxDelayMs?: number };
  /** Called after each batch (SQS) or refresh (polling) with its results. */
  onBatch?: (results: IngestResult[]) => void;
}

/** Counters of a running auto-ingest, for status pages and tests. */
export interface AutoIngestStats {
  mode: 'sqs' | 'poll';
  /** The queue URL, or the `s3://bucket/prefix` polled. */
  source: string;
  running: boolean;
  /** SQS messages received (polling: refreshes done). */
  messages: number;
  testEvents: number;
  /** Object announcements handled (after dropping repeats within a batch). */
  objects: number;
  loaded: number;
  /** Staged files the pipe skipped (same name and checksum loaded before). */
  skipped: number;
  /** Object versions handled before (no work done). */
  duplicates: number;
  failed: number;
  deferred: number;
  ignored: number;
  taskRuns: number;
  /** Failures to reach the queue or list the bucket. */
  errors: number;
  consecutiveErrors: number;
  lastError: string | null;
  lastErrorAt: string | null;
}

/** A running auto-ingest. */
export interface AutoIngest {
  readonly mode: 'sqs' | 'poll';
  stats(): AutoIngestStats;
  /** Stops receiving, lets the object in progress finish, and resolves when the loop has ended. */
  stop(): Promise<void>;
  /** Settles when the loop has ended. */
  readonly done: Promise<void>;
}

/**
 * Starts auto-ingest into an open leadpipe and returns at once; the loop runs until {@link AutoIngest.stop}.
 * The caller keeps owning `lp` (close it after `stop()`).
 *
 * @example
 * const lp = await openLeadpipe(config);
 * const watcher = await startAutoIngest(lp);            // SQS_QUEUE_URL set: consume events; else poll
 * process.once('SIGTERM', async () => { await watcher.stop(); await lp.close(); });
 */
export async function startAutoIngest(lp: Leadpipe, options: AutoIngestOptions = {}): Promise<AutoIngest> {
  const config = lp.config;
  const abort = new AbortController();
  const logger = options.logger ?? createIngestLogger(config.logLevel);
  const ctx = await openIngestContext(lp, { ...options, logger, signal: abort.signal });
  const queueUrl = options.queueUrl ?? config.s3.queueUrl;
  const mode: AutoIngest['mode'] = queueUrl ? 'sqs' : 'poll';
  const stats: AutoIngestStats = {
    mode,
    source: queueUrl ?? `s3://${ctx.bucket ?? '?'}/${ctx.prefix}`,
    running: true,
    messages: 0,
    testEvents: 0,
    objects: 0,
    loaded: 0,
    skipped: 0,
    duplicates: 0,
    failed: 0,
    deferred: 0,
    ignored: 0,
    taskRuns: 0,
    errors: 0,
    consecutiveErrors: 0,
    lastError: null,
    lastErrorAt: null,
  };
  const backoff = {
    base: options.loopBackoff?.baseDelayMs ?? 500,
    max: options.loopBackoff?.maxDelayMs ?? 30_000,
  };

  const count = (results: IngestResult[]): void => {
    for (const r of results) {
      stats.objects++;
      if (r.status === 'LOADED' || r.status === 'PARTIALLY_LOADED') stats.loaded++;
      else if (r.status === 'SKIPPED') stats.skipped++;
      else if (r.status === 'DUPLICATE') stats.duplicates++;
      else if (r.status === 'LOAD_FAILED') stats.failed++;
      else if (r.status === 'DEFERRED') stats.deferred++;
      else if (r.status === 'IGNORED') stats.ignored++;
    }
    options.onBatch?.(results);
  };
  const loopError = async (err: unknown, doing: string, capMs: number): Promise<void> => {
    stats.errors++;
    stats.consecutiveErrors++;
    stats.lastError = `${doing}: ${errorMessage(err)}`;
    stats.lastErrorAt = new Date().toISOString();
    const delayMs = Math.min(capMs, backoffDelay(stats.consecutiveErrors, backoff.base, backoff.max));
    logger.error(
      { err: errorMessage(err), attempt: stats.consecutiveErrors, retryInMs: delayMs },
      `${doing} failed; retrying`,
    );
    await sleep(delayMs, abort.signal);
  };
  const taskRun = async (): Promise<void> => {
    if ((await runTaskIfStreamHasData(ctx)) !== undefined) stats.taskRuns++;
  };

  const start = async (): Promise<void> => {
    // Files a crashed run staged but did not load come first.
    for (;;) {
      if (abort.signal.aborted) return;
      try {
        await loadLeftovers(ctx);
        await taskRun();
        return;
      } catch (err) {
        await loopError(err, 'loading leftover staged files', backoff.max);
      }
    }
  };

  const loop = async (): Promise<void> => {
    await start();
    if (mode === 'sqs') await sqsLoop(ctx, createSqsClient(config.s3), queueUrl as string);
    else await pollLoop();
  };

  const pollLoop = async (): Promise<void> => {
    const intervalMs = (options.pollSeconds ?? config.s3.pollSeconds) * 1000;
    logger.info({ source: stats.source, pollSeconds: intervalMs / 1000 }, 'auto-ingest: polling the prefix');
    while (!abort.signal.aborted) {
      try {
        const r = await refreshPipe(ctx);
        stats.messages++;
        stats.consecutiveErrors = 0;
        count(r.results);
        if (r.task) stats.taskRuns++;
      } catch (err) {
        if (abort.signal.aborted) break;
        await loopError(err, `listing ${stats.source}`, intervalMs);
        continue;
      }
      await sleep(intervalMs, abort.signal);
    }
  };

  const sqsLoop = async (c: IngestContext, sqs: SQSClient, url: string): Promise<void> => {
    const visibility = options.visibilityTimeoutSeconds ?? 300;
    logger.info({ queueUrl: url }, 'auto-ingest: consuming S3 events from SQS');
    while (!abort.signal.aborted) {
      let messages: Message[];
      try {
        const r = await sqs.send(
          new ReceiveMessageCommand({
            QueueUrl: url,
            MaxNumberOfMessages: 10,
            WaitTimeSeconds: options.waitSeconds ?? 20,
            VisibilityTimeout: visibility,
          }),
          { abortSignal: abort.signal },
        );
        messages = r.Messages ?? [];
        stats.consecutiveErrors = 0;
      } catch (err) {
        if (abort.signal.aborted) break;
        await loopError(err, `receiving from ${url}`, backoff.max);
        continue;
      }
      if (messages.length === 0) continue;
      stats.messages += messages.length;
      await handleBatch(c, sqs, url, messages, visibility);
    }
  };

  const handleBatch = async (
    c: IngestContext,
    sqs: SQSClient,
    url: string,
    messages: Message[],
    visibility: number,
  ): Promise<void> => {
    const r = await handleSqsBatch(c, sqs, url, messages, visibility);
    stats.testEvents += r.testEvents;
    count(r.results);
    try {
      await taskRun();
    } catch (err) {
      logger.error({ err: errorMessage(err) }, 'the task could not run; it runs after the next batch');
    }
  };

  const done = loop()
    .catch((err: unknown) => {
      logger.error(
        { err: errorMessage(err), stack: (err as Error)?.stack },
        'auto-ingest stopped on an unexpected error',
      );
    })
    .finally(async () => {
      stats.running = false;
      await ctx.close().catch(() => undefined);
    });

  return {
    mode,
    stats: () => ({ ...stats }),
    done,
    stop: async () => {
      abort.abort();
      await done;
    },
  };
}
