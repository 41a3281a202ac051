/**
 * `leadpipe serve`: the HTTP API on this machine (see src/api). Prints the URL, then JSON logs.
 */
import type { ConfigInput } from '../../config/config.ts';
import { TerminalError, UsageError } from '../../errors.ts';
import type { AutoIngest } from '../../ingest/auto-ingest.ts';
import type { GlobalOptions } from '../shared.ts';
import { configFrom } from '../shared.ts';

/** Options of `leadpipe serve`. */
export interface ServeFlags {
  port?: string;
  host?: string;
  /** Also run auto-ingest (as `watch`); default `LEADPIPE_SERVE_WATCH`. */
  watch?: boolean;
}

/** `leadpipe serve [--port N] [--host H]` */
export async function serveCommand(opts: ServeFlags, global: GlobalOptions): Promise<void> {
  const api: ConfigInput = {};
  if (opts.port !== undefined) {
    const port = Number(opts.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new UsageError(`--port takes a port number (0-65535), not ${JSON.stringify(opts.port)}`);
    api.port = port;
  }
  if (opts.host !== undefined) api.host = opts.host;
  if (opts.watch) api.watch = true;
  const config = configFrom(global, Object.keys(api).length > 0 ? { api } : {});
  const { startServer } = await import('../../api/server.ts');
  const server = await startServer(config, { continuous: true });
  let watcher: AutoIngest | undefined;
  if (config.api.watch) {
    if (!config.s3.queueUrl && !config.s3.bucket) {
      await server.close();
      throw new TerminalError(
        'E_BAD_CONFIG',
        'serve --watch needs SQS_QUEUE_URL (S3 events) or S3_BUCKET (polling the prefix) — set one in the environment or leadpipe.config.json',
      );
    }
    const { startAutoIngest } = await import('../../ingest/auto-ingest.ts');
    watcher = await startAutoIngest(server.lp, {
      logger: server.app.log,
      onBatch: () => void server.app.pipeline.changed(),
    });
  }
  const { files, task } = server.catchUp;
  if (files.length > 0 || task) {
    process.stdout.write(
      `caught up: ${files.length} pending file(s) loaded${task ? `; task ${task.state}: ${task.inserted} inserted, ${task.updated} updated` : ''}\n`,
    );
  }
  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    server.app.log.info({ signal }, 'shutting down');
    (watcher ? watcher.stop() : Promise.resolve())
      .then(() => server.close())
      .then(
        () => process.exit(0),
        (err: unknown) => {
          process.stderr.write(`leadpipe: shutdown failed: ${(err as Error).message}\n`);
          process.exit(1);
        },
      );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  // Printed once the handlers are in place: a supervisor that stops the server as soon as it reads this
  // line gets a clean shutdown (exit 0), not the default death by signal.
  const pipe = server.app.pipeline.status();
  process.stdout.write(
    `pipeline: staged files load within ${pipe.pollSeconds > 0 ? `${pipe.pollSeconds} s` : 'an upload'}${pipe.scheduleMinutes > 0 ? `; the task runs every ${pipe.scheduleMinutes} min` : ''}${watcher ? `; auto-ingest ${watcher.mode === 'sqs' ? 'from' : 'polling'} ${watcher.stats().source}` : ''}\n`,
  );
  process.stdout.write(`leadpipe API listening on ${server.url} (docs: ${server.url}/docs)\n`);
}
