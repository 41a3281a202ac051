/**
 * `leadpipe serve`: the HTTP API on this machine (see src/api). Prints the URL, then JSON logs.
 */
import type { ConfigInput } from '../../config/config.ts';
import { UsageError } from '../../errors.ts';
import type { GlobalOptions } from '../shared.ts';
import { configFrom } from '../shared.ts';

/** Options of `leadpipe serve`. */
export interface ServeFlags {
  port?: string;
  host?: string;
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
  const config = configFrom(global, Object.keys(api).length > 0 ? { api } : {});
  const { startServer } = await import('../../api/server.ts');
  const server = await startServer(config);
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
    server.close().then(
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
  process.stdout.write(`leadpipe API listening on ${server.url} (docs: ${server.url}/docs)\n`);
}
