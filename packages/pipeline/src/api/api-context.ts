/**
 * What every route shares: the open pipeline, the active model, the read cache, and the one queue that
 * all writes (staging, loading, the task) go through.
 */
import type { FastifyReply } from 'fastify';
import type { Leadpipe } from '../pipeline/context.ts';
import type { ScoringModel } from '../scoring/model/scoring-model.ts';
import type { ModelFitWarning } from '../warehouse/warehouse.ts';
import type { LeadTable } from './lead-table.ts';
import { describeLeadTable } from './lead-table.ts';
import { ReadCache } from './read-cache.ts';
import { fileURLToPath } from 'node:url';
import type { ColumnLabelsFile } from './column-labels.ts';
import { readColumnLabels } from './column-labels.ts';
import type { ProfiledColumn } from './lead-profile.ts';
import type { ModelFeature } from './model-features.ts';
import { modelFeatures } from './model-features.ts';
import { activeModel, leadsFromWarehouse } from '../pipeline/score.ts';
import { profileColumns, profileSql } from './lead-profile.ts';

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
  /** The label column ("converted" rates, the outcome filter), or null when the data has none. */
  label(): Promise<string | null>;
  /** Every column of leads_final with its categorical profile; re-read after writes. */
  profile(): Promise<ProfiledColumn[]>;
  /** The home's column labels (`labels.json`, see column-labels.ts). */
  labels(): Promise<ColumnLabelsFile>;
  /** The active model's input columns, most important on the home's leads first (see model-features.ts). */
  features(): Promise<ModelFeature[]>;
  /**
   * The active model's fit warning as stored at its activation or latest task run (inputs leads_final
   * lacks, scored as missing), or null: read, never computed here. Re-read after writes.
   */
  modelWarning(): Promise<ModelFitWarning | null>;
}

/** Leads the feature importances are measured on (the first by key; enough for stable shares). */
export const IMPORTANCE_SAMPLE = 500;

/** Column labels of the bundled X Education schema, used when a home keeps that schema. */
export const BUNDLED_LABELS_DIR = fileURLToPath(new URL('../../schema/', import.meta.url));

/** The label column the home declares (`leadpipe init --label`, or its schema's); undefined when none. */
export async function homeLabelSetting(lp: Leadpipe): Promise<string | null | undefined> {
  return lp.home.label ?? lp.schema.label;
}

/**
 * The label column: the home's (its setting, else its declared schema's) when leads_final has it, else the
 * active model's label when leads_final has that column, else none.
 */
export async function labelColumn(
  lp: Leadpipe,
  table: LeadTable,
  model: ScoringModel,
): Promise<string | null> {
  const declared = await homeLabelSetting(lp);
  if (declared && table.columns.has(declared)) return declared;
  if (model.kind !== 'rules' && typeof model.label === 'string' && table.columns.has(model.label))
    return model.label;
  return null;
}

/**
 * Creates the shared state. `cacheTtlMs` 0 turns the read cache off (the column and model caches stay).
 * `fixedModel` replaces the warehouse's active model (tests, or a server that scores with another file).
 */
export function createApiContext(lp: Leadpipe, cacheTtlMs: number, fixedModel?: ScoringModel): ApiContext {
  const cache = new ReadCache(cacheTtlMs);
  const meta = new ReadCache(10_000, 8);
  const importances = new Map<string, Promise<ModelFeature[]>>();
  let queue: Promise<unknown> = Promise.resolve();
  let running = 0;
  const model = (): Promise<ScoringModel> =>
    fixedModel ? Promise.resolve(fixedModel) : meta.get('model', async () => (await activeModel(lp)).model);
  const table = (): Promise<LeadTable> =>
    meta.get('leads_final', () => describeLeadTable(lp.warehouse, lp.config.key));
  return {
    lp,
    model,
    cache,
    table,
    label: () => meta.get('label', async () => labelColumn(lp, await table(), await model())),
    profile: () =>
      meta.get('profile', async () => {
        const t = await table();
        const sql = profileSql(t);
        return profileColumns(t, sql ? await lp.warehouse.query(sql.sql, sql.params) : []);
      }),
    features: () => {
      // Measured once per model and data (writes drop it): explaining a thousand leads takes a moment.
      const run = model().then(async (m) => {
        const hit = importances.get(m.version);
        if (hit) return hit;
        const computed = (async () => {
          // The sample only matters for trained models; a failed read falls back to the parameters.
          const leads =
            m.kind === 'rules'
              ? []
              : await leadsFromWarehouse(lp, { limit: IMPORTANCE_SAMPLE }).catch(() => []);
          return modelFeatures(m, leads);
        })();
        importances.clear();
        importances.set(m.version, computed);
        computed.catch(() => importances.delete(m.version));
        return computed;
      });
      return run;
    },
    modelWarning: () =>
      fixedModel
        ? Promise.resolve(null)
        : meta.get('modelWarning', async () => (await lp.warehouse.activeModel())?.fitWarning ?? null),
    labels: () =>
      meta.get('labels', async () => ({
        // The bundled schema's labels make the X Education home speak Spanish; a home's own file wins.
        ...(lp.config.schemaFile === undefined
          ? await readColumnLabels(BUNDLED_LABELS_DIR, 'leads.labels.json')
          : {}),
        ...(await readColumnLabels(lp.config.home)),
      })),
    write<T>(fn: () => Promise<T>): Promise<T> {
      const run = async (): Promise<T> => {
        running++;
        try {
          return await fn();
        } finally {
          running--;
          cache.invalidate();
          meta.invalidate();
          importances.clear();
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
