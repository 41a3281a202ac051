/**
 * AWS Lambda handler for S3 events: given an `ObjectCreated` event (invoked by the bucket directly, or
 * through SQS), load each object through the same pipe as `watch`, exactly once per (bucket, key, ETag),
 * then run the task when the stream has data.
 *
 * Failure contract: invoked by S3 directly, the handler throws when an object could not be handled now
 * (so Lambda's asynchronous retries try again); invoked by SQS, it returns the failed messages in
 * `batchItemFailures` (enable ReportBatchItemFailures) and the rest are deleted.
 *
 * Secrets come from the Secrets Manager secret named by `LEADPIPE_SECRET_ARN`, read once per container.
 * The entry file Lambda loads is `s3-event-lambda-entry.mjs` beside this one.
 */
import type { Config } from '../config/config.ts';
import { loadConfigOrThrow } from '../config/config.ts';
import { resolveSecretsOrThrow } from '../config/secrets.ts';
import { TransientError } from '../errors.ts';
import { openLeadpipe } from '../pipeline/context.ts';
import type { RetryOptions } from '../retry.ts';
import type { TaskRunResult } from '../warehouse/warehouse.ts';
import {
  ingestObject,
  openIngestContext,
  runTaskIfStreamHasData,
  type IngestResult,
} from './ingest-object.ts';
import { createIngestLogger, type IngestLogger } from './ingest-logger.ts';
import { parseS3Event, parseS3EventMessage, uniqueObjects, type S3ObjectRef } from './s3-events.ts';

/** An SQS record as Lambda delivers it. */
interface SqsRecord {
  eventSource: 'aws:sqs';
  messageId: string;
  body: string;
}

/** What the handler did. */
export interface S3EventHandlerResult {
  results: IngestResult[];
  task?: TaskRunResult;
  /** SQS messages to leave on the queue (Lambda's partial batch response). */
  batchItemFailures: { itemIdentifier: string }[];
}

/** Options of {@link createS3EventHandler}. */
export interface S3EventHandlerOptions {
  /**
   * Default: resolved from the environment on each invocation (`loadConfigOrThrow()`). Either way its
   * Secrets Manager secret (`secrets.arn`), when set, is applied (read once per process, then cached).
   */
  config?: Config | (() => Config);
  logger?: IngestLogger;
  retry?: RetryOptions;
}

/**
 * A Lambda handler for S3 `ObjectCreated` events (direct or through SQS). It opens the leadpipe for the
 * invocation and closes it after.
 *
 * @example
 * // lambda entry: export const handler = createS3EventHandler();
 */
export function createS3EventHandler(
  options: S3EventHandlerOptions = {},
): (event: unknown) => Promise<S3EventHandlerResult> {
  return async (event) => {
    const given =
      typeof options.config === 'function' ? options.config() : (options.config ?? loadConfigOrThrow());
    const logger = options.logger ?? createIngestLogger(given.logLevel);
    const config = await resolveSecretsOrThrow(given, { log: (line) => logger.debug({}, line) });
    const records = (event as { Records?: unknown[] } | undefined)?.Records ?? [];
    // Group the objects by the SQS message announcing them (direct S3 events: one group, no message).
    const groups: { messageId?: string; objects: S3ObjectRef[] }[] = [];
    const direct: unknown[] = [];
    for (const r of records) {
      if ((r as SqsRecord)?.eventSource === 'aws:sqs') {
        const m = r as SqsRecord;
        const parsed = parseS3EventMessage(m.body);
        groups.push({ messageId: m.messageId, objects: parsed.kind === 'objects' ? parsed.objects : [] });
      } else direct.push(r);
    }
    if (direct.length > 0) {
      const parsed = parseS3Event({ Records: direct });
      groups.push({ objects: parsed.kind === 'objects' ? parsed.objects : [] });
    }

    const lp = await openLeadpipe(config);
    const results: IngestResult[] = [];
    const batchItemFailures: { itemIdentifier: string }[] = [];
    const directDeferred: string[] = [];
    let task: TaskRunResult | undefined;
    try {
      const ctx = await openIngestContext(lp, { logger, ...(options.retry ? { retry: options.retry } : {}) });
      try {
        for (const g of groups) {
          let deferred = false;
          for (const ref of uniqueObjects(g.objects)) {
            const r = await ingestObject(ctx, ref);
            results.push(r);
            if (r.status !== 'DEFERRED') continue;
            deferred = true;
            if (!g.messageId) directDeferred.push(`s3://${r.bucket}/${r.key}`);
          }
          if (deferred && g.messageId) batchItemFailures.push({ itemIdentifier: g.messageId });
        }
        task = await runTaskIfStreamHasData(ctx);
      } finally {
        await ctx.close();
      }
    } finally {
      await lp.close();
    }
    // Thrown after the loads of the other objects committed: Lambda's retry then finds those handled.
    if (directDeferred.length > 0)
      throw new TransientError('E_INGEST_DEFERRED', `could not load now: ${directDeferred.join(', ')}`);
    return { results, ...(task ? { task } : {}), batchItemFailures };
  };
}

let defaultHandler: ((event: unknown) => Promise<S3EventHandlerResult>) | undefined;

/** The Lambda entry point with the configuration from the environment. */
export const handler = (event: unknown): Promise<S3EventHandlerResult> =>
  (defaultHandler ??= createS3EventHandler())(event);
