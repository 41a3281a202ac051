/**
 * The API on Node: opens the pipeline (the server owns the warehouse file while it runs), finishes the
 * pipeline's pending work, and listens. Without an API key it binds to loopback only, and says so.
 */
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config/config.ts';
import { TerminalError } from '../errors.ts';
import type { Leadpipe } from '../pipeline/context.ts';
import { openLeadpipe } from '../pipeline/context.ts';
import { loadFiles, pendingFiles } from '../pipeline/pipe.ts';
import { runTask } from '../pipeline/task.ts';
import type { LoadFileResult, TaskRunResult } from '../warehouse/warehouse.ts';
import type { ApiOptions } from './app.ts';
import { buildApp } from './app.ts';

/** Whether a bind address is the loopback interface only. */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return (
    h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h) || /^::ffff:127(\.\d{1,3}){3}$/.test(h)
  );
}

/**
 * Refuses to serve write routes to the network without a key: with no `LEADPIPE_API_KEY`, only a loopback
 * bind address is allowed.
 */
export function checkBindOrThrow(config: Config): void {
  if (config.api.apiKey || isLoopback(config.api.host)) return;
  throw new TerminalError(
    'E_INSECURE_BIND',
    `refusing to listen on ${config.api.host} without an API key: set LEADPIPE_API_KEY (write routes need it), or bind to 127.0.0.1`,
  );
}

/** What {@link catchUp} did. */
export interface CatchUpResult {
  files: LoadFileResult[];
  /** The task run, or null when there was nothing to merge. */
  task: TaskRunResult | null;
}

/**
 * Loads the files staged but not loaded yet and runs the task when there is anything to merge, so a
 * server started on an existing home answers with current data (dlt's "finish pending work first").
 */
export async function catchUp(lp: Leadpipe): Promise<CatchUpResult> {
  const files = await loadFiles(lp, await pendingFiles(lp));
  const stream = await lp.warehouse.streamStatus();
  const task = files.length > 0 || stream.pendingRows > 0 ? await runTask(lp) : null;
  return { files, task };
}

/** A running server. */
export interface RunningServer {
  /** e.g. `http://127.0.0.1:8000` (the real port when 0 was asked for). */
  url: string;
  app: FastifyInstance;
  lp: Leadpipe;
  catchUp: CatchUpResult;
  /** Stops accepting requests, finishes those in flight, closes the warehouse. */
  close(): Promise<void>;
}

/** Options of {@link startServer}: those of the app, minus the pipeline it opens itself. */
export type ServerOptions = Omit<ApiOptions, 'lp'>;

/**
 * Opens the pipeline of `config`, catches up, and listens on `config.api.host:port`.
 *
 * @example
 * const server = await startServer(loadConfigOrThrow());
 * console.log(`listening on ${server.url}`);
 */
export async function startServer(config: Config, options: ServerOptions = {}): Promise<RunningServer> {
  checkBindOrThrow(config);
  const lp = await openLeadpipe(config);
  let app: FastifyInstance | undefined;
  try {
    app = await buildApp({ ...options, lp });
    const caught = await catchUp(lp);
    if (caught.files.length > 0 || caught.task) {
      app.log.info(
        {
          files: caught.files.map((f) => ({ file: f.file, status: f.status, rows: f.rowsLoaded })),
          task: caught.task?.state,
        },
        'caught up with pending work',
      );
    }
    if (!config.api.apiKey) {
      app.log.warn(
        'no API key configured (LEADPIPE_API_KEY): write routes are open to local callers, so the server binds to loopback only',
      );
    }
    await app.listen({ host: config.api.host, port: config.api.port });
    const address = app.server.address() as AddressInfo;
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    const running = app;
    return {
      url: `http://${host}:${address.port}`,
      app,
      lp,
      catchUp: caught,
      close: async () => {
        await running.close();
        await lp.close();
      },
    };
  } catch (err) {
    await app?.close().catch(() => undefined);
    await lp.close().catch(() => undefined);
    throw err;
  }
}
