/**
 * What every route shares: the open pipeline, the active model, the read cache, and the one queue that
 * all writes (staging, loading, the task) go through.
 */
import type { FastifyReply } from 'fastify';
import type { Leadpipe } from '../pipeline/context.ts';
import { activeModel } from '../pipeline/score.ts';
import type { ScoringModel } from '../scoring/model/scoring-model.ts';
import type { LeadTable } from './lead-table.ts';
import { describeLeadTable } from './lead-table.ts';
import { ReadCache } from './read-cache.ts';

/** Shared state of one API instance. */
export interface ApiContext {
  lp: Leadpipe;
  /** The active model (the warehouse's, which stored scores come from), re-read after writes. */
  model(): Promise<ScoringModel>;
  /** Answers of read routes (JSON text), dropped on every write. */
  cache: ReadCache;
  /** leads_final's columns; re-read after writes and every 10 s (scoring may add columns). */
  table(): Promise<LeadTable>;
  /**
   * Runs a write alone: uploads stage under a name and load by name and checksum, so two writes must not
   * interleave (a second upload of the same name could replace the data the first is loading). Reads never
   * wait for it. Afterwards the read cache is dropped.
   */
  write<T>(fn: () => Promise<T>): Promise<T>;
  /** Whether a write is running (a busy warehouse is not an unhealthy one). */
  writing(): boolean;
}

/**
 * Creates the shared state. `cacheTtlMs` 0 turns the read cache off (the column and model caches stay).
 * `fixedModel` replaces the warehouse's active model (tests, or a server that scores with another file).
 */
export function createApiContext(lp: Leadpipe, cacheTtlMs: number, fixedModel?: ScoringModel): ApiContext {
  const cache = new ReadCache(cacheTtlMs);
  const meta = new ReadCache(10_000, 4);
  let queue: Promise<unknown> = Promise.resolve();
  let running = 0;
  return {
    lp,
    model: () =>
      fixedModel ? Promise.resolve(fixedModel) : meta.get('model', async () => (await activeModel(lp)).model),
    cache,
    table: () => meta.get('leads_final', () => describeLeadTable(lp.warehouse, lp.config.key)),
    write<T>(fn: () => Promise<T>): Promise<T> {
      const run = async (): Promise<T> => {
        running++;
        try {
          return await fn();
        } finally {
          running--;
          cache.invalidate();
          meta.invalidate();
        }
      };
      const next = queue.then(run, run);
      queue = next.catch(() => undefined);
      return next;
    },
    writing: () => running > 0,
  };
}

/** Sends a JSON text body (handlers build JSON themselves; response schemas only document it). */
export function sendJson(reply: FastifyReply, body: string | unknown, status = 200): FastifyReply {
  return reply
    .status(status)
    .type('application/json; charset=utf-8')
    .send(typeof body === 'string' ? body : JSON.stringify(body));
}

/** A task result as a client may see it: the engine's own error text left out (the log keeps it). */
export function withoutEngineText<T extends { error?: string | null }>(task: T): T {
  if (task.error === undefined || task.error === null) return task;
  return { ...task, error: 'the engine reported an error (see the server log)' };
}
