/**
 * S3 and auto-ingest commands: `run s3://...`, `watch`, `pipe refresh`, `query --raw s3://...`.
 */
import type { ConfigInput, OnError } from '../../config/config.ts';
import { TerminalError, UsageError } from '../../errors.ts';
import { startAutoIngest } from '../../ingest/auto-ingest.ts';
import { openIngestContext } from '../../ingest/ingest-object.ts';
import { createIngestLogger } from '../../ingest/ingest-logger.ts';
import { refreshPipe } from '../../ingest/pipe-refresh.ts';
import { downloadRawFiles } from '../../ingest/raw-files.ts';
import { listS3Objects, s3ObjectSource } from '../../ingest/s3-source.ts';
import type { PutSource } from '../../pipeline/put.ts';
import { runPipeline } from '../../pipeline/run.ts';
import { createS3Client, isS3Uri, parseS3UriOrThrow } from '../../stage/s3-client.ts';
import { expandInputsOrThrow } from '../input-files.ts';
import type { GlobalOptions } from '../shared.ts';
import { alertIfConfigured, configFrom, n, printJson, table, withLeadpipe } from '../shared.ts';
import { printRun, taskLine } from './pipeline-commands.ts';

function positive(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const v = Number(value);
  if (!Number.isFinite(v) || v <= 0) throw new UsageError(`${flag} takes a positive number of seconds`);
  return v;
}

/** `leadpipe run s3://bucket/prefix/ [files...]`: every object under each S3 prefix, streamed, plus local files. */
export async function runS3Command(
  args: string[],
  opts: { force?: boolean; model?: string; onError?: OnError; json?: boolean },
  global: GlobalOptions,
): Promise<void> {
  const config = configFrom(global, opts.onError ? { onError: opts.onError } : {});
  const s3 = createS3Client(config.s3);
  const sources: PutSource[] = [];
  for (const arg of await expandInputsOrThrow(args)) {
    if (!isS3Uri(arg)) {
      sources.push(arg);
      continue;
    }
    const { bucket, prefix } = parseS3UriOrThrow(arg);
    const objects = await listS3Objects(s3, bucket, prefix);
    if (objects.length === 0)
      throw new TerminalError('E_NO_LEAD_FILES', `no lead files under ${arg} — check the bucket and prefix`);
    for (const o of objects) sources.push(s3ObjectSource(s3, o));
  }
  const summary = await withLeadpipe(config, (lp) =>
    runPipeline(lp, sources, {
      ...(opts.force ? { force: true } : {}),
      ...(opts.model ? { model: opts.model } : {}),
    }),
  );
  await alertIfConfigured(config, summary);
  if (opts.json) printJson(summary);
  else printRun(summary);
  if (summary.task.state === 'FAILED' || summary.task.state === 'FAILED_AND_AUTO_SUSPENDED')
    process.exitCode = 1;
}

/** `leadpipe watch`: auto-ingest until SIGINT / SIGTERM. */
export async function watchCommand(
  opts: {
    queueUrl?: string;
    pollSeconds?: string;
    waitSeconds?: string;
    visibilityTimeout?: string;
    json?: boolean;
  },
  global: GlobalOptions,
): Promise<void> {
  const s3: ConfigInput = {};
  if (opts.queueUrl) s3.queueUrl = opts.queueUrl;
  const pollSeconds = positive(opts.pollSeconds, '--poll-seconds');
  if (pollSeconds !== undefined) s3.pollSeconds = pollSeconds;
  const config = configFrom(global, Object.keys(s3).length ? { s3 } : {});
  if (!config.s3.queueUrl && !config.s3.bucket) {
    throw new TerminalError(
      'E_BAD_CONFIG',
      'watch needs SQS_QUEUE_URL (S3 events) or S3_BUCKET (polling the prefix) — set one in the environment or leadpipe.config.json',
    );
  }
  const waitSeconds = positive(opts.waitSeconds, '--wait-seconds');
  const visibility = positive(opts.visibilityTimeout, '--visibility-timeout');
  const stats = await withLeadpipe(config, async (lp) => {
    const watcher = await startAutoIngest(lp, {
      logger: createIngestLogger(config.logLevel),
      ...(waitSeconds !== undefined ? { waitSeconds: Math.min(20, Math.round(waitSeconds)) } : {}),
      ...(visibility !== undefined ? { visibilityTimeoutSeconds: Math.round(visibility) } : {}),
    });
    const stop = (): void => void watcher.stop();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    process.stderr.write(
      `leadpipe watch: ${watcher.mode === 'sqs' ? 'consuming S3 events from' : 'polling'} ${watcher.stats().source}; Ctrl-C stops\n`,
    );
    try {
      await watcher.done;
    } finally {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
    }
    return watcher.stats();
  });
  if (opts.json) printJson(stats);
  else
    process.stdout.write(
      `watch stopped: ${n(stats.loaded)} loaded, ${n(stats.duplicates)} duplicate(s), ${n(stats.failed)} failed, ${n(stats.deferred)} deferred, ${n(stats.taskRuns)} task run(s), ${n(stats.errors)} error(s)\n`,
    );
}

/** `leadpipe pipe refresh`: load every object under the prefix not handled yet. */
export async function pipeRefreshCommand(
  opts: { prefix?: string; json?: boolean },
  global: GlobalOptions,
): Promise<void> {
  const config = configFrom(global);
  if (!config.s3.bucket)
    throw new TerminalError(
      'E_BAD_CONFIG',
      'pipe refresh needs S3_BUCKET (and S3_PREFIX) — set them in the environment or leadpipe.config.json',
    );
  const result = await withLeadpipe(config, async (lp) => {
    const ctx = await openIngestContext(lp, {
      logger: createIngestLogger(config.logLevel === 'info' ? 'warn' : config.logLevel),
      ...(opts.prefix !== undefined ? { prefix: opts.prefix } : {}),
    });
    try {
      return await refreshPipe(ctx);
    } finally {
      await ctx.close();
    }
  });
  if (opts.json) return printJson(result);
  process.stdout.write(
    `${result.location}: ${n(result.listed)} file(s), ${n(result.alreadyHandled)} handled before, ${n(result.results.length)} new\n`,
  );
  if (result.results.length) {
    process.stdout.write(
      table(
        result.results.map((r) => ({
          key: r.key,
          status: r.status,
          file: r.file ?? '',
          loaded: n(r.rowsLoaded ?? 0),
          note: r.error ?? '',
        })),
      ) + '\n',
    );
  }
  if (result.task) process.stdout.write(taskLine(result.task) + '\n');
  if (result.results.some((r) => r.status === 'DEFERRED')) process.exitCode = 1;
}

/** `leadpipe query --raw s3://bucket/prefix/ "SQL"`: the files under the prefix copied locally as `$raw`. */
export async function rawQueryCommand(
  sql: string,
  opts: { raw: string; json?: boolean },
  global: GlobalOptions,
): Promise<void> {
  if (!/\$raw\b/.test(sql)) {
    throw new UsageError(
      `the SQL must read the downloaded files through $raw, e.g. "SELECT filename, count(*) FROM read_csv($raw || '/**/*.csv', filename = true) GROUP BY ALL"`,
    );
  }
  const config = configFrom(global);
  const folder = await downloadRawFiles(config, parseS3UriOrThrow(opts.raw));
  try {
    const rows = await withLeadpipe(config, (lp) => lp.warehouse.query(sql, { raw: folder.dir }));
    if (opts.json) printJson(rows);
    else process.stdout.write(table(rows) + '\n');
  } finally {
    await folder.release();
  }
}
