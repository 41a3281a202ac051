/**
 * Loading one S3 object through the pipe, exactly once per object version: the step shared by the SQS
 * watcher, the polling refresh and the Lambda handler.
 *
 * An object version is (bucket, key, ETag). One already in the {@link SeenLedger} costs nothing (no S3
 * call). Otherwise its body streams into PUT (cleaned and staged under the key's last segment), the staged
 * file loads (the pipe skips a (name, checksum) loaded before), and the version is recorded in the ledger
 * after the load committed. Transient failures (S3 unreachable or throttled) are retried with backoff, up to
 * a bound; then the object is DEFERRED (its event stays on the queue and comes back). A file that cannot be
 * parsed is a terminal failure of that file alone: recorded in the load history, alerted, and not retried.
 */
import { HeadObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { TransientError, classifyError, errorMessage } from '../errors.ts';
import { failpoint } from '../failpoints.ts';
import type { Leadpipe } from '../pipeline/context.ts';
import { loadFiles, pendingFiles } from '../pipeline/pipe.ts';
import { putFile, recordPutFailure } from '../pipeline/put.ts';
import { runTask } from '../pipeline/task.ts';
import { withRetry, type RetryOptions } from '../retry.ts';
import {
  createS3Client,
  folderPrefix,
  isNotFound,
  isPreconditionFailed,
  isReservedKey,
  normaliseEtag,
  toS3Error,
} from '../stage/s3-client.ts';
import type { LoadStatus, TaskRunResult } from '../warehouse/warehouse.ts';
import { PIPE_NAME, createAlerter, loadAlert, taskAlert, type Alerter } from '../pipeline/alerts.ts';
import { SILENT_LOGGER, type IngestLogger } from './ingest-logger.ts';
import type { S3ObjectRef } from './s3-events.ts';
import { s3ObjectSource } from './s3-source.ts';
import { SeenLedger, seenLedgerPath } from './seen-ledger.ts';

/**
 * How one object ended: a load status, or `DUPLICATE` (this version was handled before), `IGNORED` (not a
 * lead file of this pipe: another bucket or prefix, or leadpipe's own objects), `GONE` (deleted before it
 * could be read), `DEFERRED` (could not be handled now; try again later).
 */
export type IngestStatus = LoadStatus | 'DUPLICATE' | 'IGNORED' | 'GONE' | 'DEFERRED';

/** The outcome for one object. */
export interface IngestResult {
  bucket: string;
  key: string;
  etag?: string;
  status: IngestStatus;
  /** Staged file name. */
  file?: string;
  rowsLoaded?: number;
  rowsRejected?: number;
  /** Why it failed, was deferred or ignored. */
  error?: string;
}

/** Everything {@link ingestObject} needs; made by {@link openIngestContext}. */
export interface IngestContext {
  lp: Leadpipe;
  s3: S3Client;
  ledger: SeenLedger;
  alerter: Alerter;
  logger: IngestLogger;
  /** Retries of one object's transient failures. Default: 5 attempts, 200 ms doubling to 10 s. */
  retry: RetryOptions;
  /** Only objects in this bucket (default: the configured S3_BUCKET; any bucket when none). */
  bucket: string | undefined;
  /** Only keys under this folder prefix (default: the configured S3_PREFIX). */
  prefix: string;
  /** Aborting it cuts retry waits short (a stopping watcher); loads in progress finish. */
  signal?: AbortSignal;
  /** Closes the ledger. */
  close(): Promise<void>;
}

/** Options of {@link openIngestContext}. */
export interface IngestContextOptions {
  logger?: IngestLogger;
  retry?: RetryOptions;
  /** Default: the configured webhook, logging through `logger`. */
  alerter?: Alerter;
  bucket?: string;
  prefix?: string;
  signal?: AbortSignal;
  /** Default: a client built from the configuration. */
  s3?: S3Client;
}

/** Opens the ledger and the S3 client for ingesting into `lp`. */
export async function openIngestContext(
  lp: Leadpipe,
  options: IngestContextOptions = {},
): Promise<IngestContext> {
  const logger = options.logger ?? SILENT_LOGGER;
  const ledger = await SeenLedger.open(seenLedgerPath(lp.config));
  return {
    lp,
    s3: options.s3 ?? createS3Client(lp.config.s3),
    ledger,
    logger,
    alerter: options.alerter ?? createAlerter({ webhookUrl: lp.config.alerts.webhookUrl, logger }),
    retry: options.retry ?? {},
    bucket: options.bucket ?? lp.config.s3.bucket,
    prefix: folderPrefix(options.prefix ?? lp.config.s3.prefix),
    ...(options.signal ? { signal: options.signal } : {}),
    close: () => ledger.close(),
  };
}

function uri(ref: { bucket: string; key: string }): string {
  return `s3://${ref.bucket}/${ref.key}`;
}

/** Why an object is not a lead file of this pipe, or undefined when it is one. */
export function ignoreReason(
  ctx: Pick<IngestContext, 'bucket' | 'prefix'>,
  ref: { bucket: string; key: string },
): string | undefined {
  if (ctx.bucket && ref.bucket !== ctx.bucket) return `bucket ${ref.bucket} is not ${ctx.bucket}`;
  if (!ref.key.startsWith(ctx.prefix)) return `key is not under ${ctx.prefix}`;
  if (isReservedKey(ref.key)) return 'a leadpipe object or a folder';
  return undefined;
}

/** One attempt at an object; throws transient errors for {@link withRetry}. */
async function attempt(
  ctx: IngestContext,
  ref: S3ObjectRef,
  version: { etag: string | undefined },
): Promise<IngestResult> {
  const { lp } = ctx;
  const base = { bucket: ref.bucket, key: ref.key };
  if (version.etag === undefined) {
    try {
      const head = await ctx.s3.send(new HeadObjectCommand({ Bucket: ref.bucket, Key: ref.key }));
      version.etag = normaliseEtag(head.ETag);
    } catch (err) {
      if (isNotFound(err)) return { ...base, status: 'GONE', error: 'the object no longer exists' };
      throw toS3Error(err, `cannot read ${uri(ref)}`);
    }
    if (ctx.ledger.has({ ...base, etag: version.etag }))
      return { ...base, etag: version.etag, status: 'DUPLICATE' };
  }
  const etag = version.etag;
  const source = s3ObjectSource(ctx.s3, {
    ...base,
    etag,
    ...(ref.size !== undefined ? { size: ref.size } : {}),
  });
  const put = await putFile(lp, source);
  if (!put.ok) {
    const failure = source.failure();
    if (failure !== undefined) {
      if (isNotFound(failure)) return { ...base, etag, status: 'GONE', error: 'the object no longer exists' };
      if (isPreconditionFailed(failure)) {
        // Overwritten since it was announced: read the current version on the next attempt (the newer
        // version's own event then finds it handled).
        version.etag = undefined;
        throw new TransientError('E_S3_CHANGED', `${uri(ref)} changed while it was being read`);
      }
      throw toS3Error(failure, `cannot read ${uri(ref)}`);
    }
    if (put.retryable) throw new TransientError(put.code, put.error);
    const failed = await recordPutFailure(lp, put);
    await ctx.alerter.send({
      kind: 'INGEST_FAILED_FILE',
      pipe: PIPE_NAME,
      table: 'leads_raw',
      file: put.name,
      source: uri(ref),
      stageLocation: lp.stage.location,
      error: put.error,
    });
    await ctx.ledger.add({ ...base, etag, status: failed.status, file: put.name });
    return { ...base, etag, status: failed.status, file: put.name, rowsLoaded: 0, error: put.error };
  }
  const [loaded] = await loadFiles(lp, [put.file]);
  if (!loaded) throw new Error(`the pipe returned no result for ${put.file.name}`);
  await failpoint('ingest.after-load');
  const rowsRejected = loaded.errorCount;
  const alert = loadAlert(loaded, { source: uri(ref), stageLocation: lp.stage.location });
  if (alert) await ctx.alerter.send(alert);
  await ctx.ledger.add({ ...base, etag, status: loaded.status, file: loaded.file });
  return {
    ...base,
    etag,
    status: loaded.status,
    file: loaded.file,
    rowsLoaded: loaded.rowsLoaded,
    rowsRejected,
    ...(loaded.reason ? { error: loaded.reason } : {}),
  };
}

/**
 * Loads one announced or listed S3 object through the pipe, exactly once per (bucket, key, ETag). Never
 * throws: every outcome, including "try again later", is a result.
 *
 * @example
 * const ctx = await openIngestContext(lp);
 * const r = await ingestObject(ctx, { bucket: 'leads', key: 'incoming/2024-05.csv', etag: 'abc' });
 */
export async function ingestObject(ctx: IngestContext, ref: S3ObjectRef): Promise<IngestResult> {
  const base = { bucket: ref.bucket, key: ref.key };
  const ignored = ignoreReason(ctx, ref);
  if (ignored) return { ...base, status: 'IGNORED', error: ignored };
  if (ref.etag && ctx.ledger.has({ ...base, etag: ref.etag }))
    return { ...base, etag: ref.etag, status: 'DUPLICATE' };
  const version = { etag: ref.etag };
  let result: IngestResult;
  try {
    result = await withRetry(() => attempt(ctx, ref, version), {
      ...ctx.retry,
      ...(ctx.signal ? { signal: ctx.signal } : {}),
      onRetry: (err, n, delayMs) =>
        ctx.logger.warn(
          { source: uri(ref), err: errorMessage(err), attempt: n, delayMs },
          'transient failure; retrying',
        ),
    });
  } catch (err) {
    const transient = classifyError(err) === 'transient';
    if (transient)
      ctx.logger.error({ source: uri(ref), err: errorMessage(err) }, 'still failing after retries; deferred');
    else {
      // Not a bad file (those are results) but something unexpected: keep the event for a later attempt.
      ctx.logger.error(
        { source: uri(ref), err: errorMessage(err), stack: (err as Error)?.stack },
        'unexpected failure; deferred',
      );
      await ctx.alerter.send({
        kind: 'INGEST_FAILED_FILE',
        pipe: PIPE_NAME,
        table: 'leads_raw',
        source: uri(ref),
        error: errorMessage(err),
      });
    }
    return {
      ...base,
      ...(version.etag ? { etag: version.etag } : {}),
      status: 'DEFERRED',
      error: errorMessage(err),
    };
  }
  const level =
    result.status === 'LOAD_FAILED'
      ? 'warn'
      : result.status === 'DUPLICATE' || result.status === 'GONE'
        ? 'debug'
        : 'info';
  ctx.logger[level](
    {
      source: uri(ref),
      etag: result.etag,
      file: result.file,
      status: result.status,
      rowsLoaded: result.rowsLoaded,
      error: result.error,
    },
    `${result.status} ${uri(ref)}`,
  );
  return result;
}

/**
 * Runs the task when the stream has data (SYSTEM$STREAM_HAS_DATA), and alerts on a failed or suspending run.
 * Returns undefined when there was nothing to run.
 */
export async function runTaskIfStreamHasData(
  ctx: Pick<IngestContext, 'lp' | 'alerter' | 'logger'>,
): Promise<TaskRunResult | undefined> {
  const { lp } = ctx;
  if ((await lp.warehouse.streamStatus()).pendingRows === 0) return undefined;
  // The same task as `run` and `task run`: merge, then scoring with the active model.
  const task = await runTask(lp);
  const alert = taskAlert(task);
  if (alert) await ctx.alerter.send(alert);
  else
    ctx.logger.info(
      {
        task: task.name,
        state: task.state,
        inserted: task.inserted,
        updated: task.updated,
        unchanged: task.unchanged,
        reason: task.reason,
      },
      `task ${task.name} ${task.state}`,
    );
  return task;
}

/**
 * Loads files a crashed process staged but never loaded (dlt's "finish pending work first"); returns how
 * many loaded.
 */
export async function loadLeftovers(ctx: Pick<IngestContext, 'lp' | 'logger'>): Promise<number> {
  const pending = await pendingFiles(ctx.lp);
  if (pending.length === 0) return 0;
  const results = await loadFiles(ctx.lp, pending);
  for (const r of results)
    ctx.logger.info(
      { file: r.file, status: r.status, rowsLoaded: r.rowsLoaded },
      `leftover ${r.status} ${r.file}`,
    );
  return results.length;
}
