/**
 * The `ALTER PIPE ... REFRESH` analogue: list the lead files under the pipe's S3 prefix and load every
 * object version not handled yet. It is auto-ingest without a queue (the polling mode of `watch`), and a
 * way to catch up on files whose events were lost.
 */
import { TerminalError } from '../errors.ts';
import type { TaskRunResult } from '../warehouse/warehouse.ts';
import {
  ingestObject,
  runTaskIfStreamHasData,
  type IngestContext,
  type IngestResult,
} from './ingest-object.ts';
import { listS3Objects } from './s3-source.ts';

/** What one refresh did. */
export interface RefreshResult {
  /** `s3://bucket/prefix` listed. */
  location: string;
  /** Lead-file objects found. */
  listed: number;
  /** Object versions already handled (not read again). */
  alreadyHandled: number;
  /** One result per object that was not handled before. */
  results: IngestResult[];
  /** The task run after the loads, when the stream had data. */
  task?: TaskRunResult;
}

/**
 * Lists `s3://<bucket>/<prefix>` of the context and ingests each object version not in the ledger, oldest
 * first, then runs the task if the stream has data. Throws a transient error when the listing fails.
 *
 * @example
 * const ctx = await openIngestContext(lp);
 * try { console.log(await refreshPipe(ctx)); } finally { await ctx.close(); }
 */
export async function refreshPipe(ctx: IngestContext): Promise<RefreshResult> {
  if (!ctx.bucket)
    throw new TerminalError('E_BAD_CONFIG', 'pipe refresh needs a bucket: set S3_BUCKET (and S3_PREFIX)');
  const location = `s3://${ctx.bucket}/${ctx.prefix}`;
  const objects = await listS3Objects(ctx.s3, ctx.bucket, ctx.prefix);
  const fresh = objects.filter((o) => !ctx.ledger.has(o));
  const results: IngestResult[] = [];
  for (const o of fresh) {
    if (ctx.signal?.aborted) break;
    results.push(await ingestObject(ctx, o));
  }
  const task = await runTaskIfStreamHasData(ctx);
  return {
    location,
    listed: objects.length,
    alreadyHandled: objects.length - fresh.length,
    results,
    ...(task ? { task } : {}),
  };
}
