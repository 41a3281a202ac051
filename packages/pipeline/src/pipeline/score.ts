/**
 * Scoring in the pipeline: which model is active, apply_scoring in the warehouse, manual overrides, and
 * the TypeScript scorer for leads that are not stored (the API's POST /score-lead).
 */
import { createReadStream, readFileSync } from 'node:fs';
import type { Config } from '../config/config.ts';
import { fileURLToPath } from 'node:url';
import { TerminalError } from '../errors.ts';
import type { ColumnType, LeadSchema } from '../formats/lead-schema.ts';
import { booleanJson } from '../formats/values.ts';
import { readLeadFile } from '../formats/read.ts';
import { scoreLead } from '../scoring/model/explain.ts';
import type { Lead, LeadValue } from '../scoring/model/lead.ts';
import type { LeadModel } from '../scoring/model/model.ts';
import type { RuleReason } from '../scoring/model/rules.ts';
import { parseRulesOrThrow, scoreLeadWithRules } from '../scoring/model/rules.ts';
import type { ScoringModel } from '../scoring/model/scoring-model.ts';
import { compileScoringSql } from '../scoring/scoring-sql.ts';
import type { LeadFunctionOptions } from '../scoring/sql/lead-json-columns.ts';
import { quoteIdent } from '../warehouse/sql-ident.ts';
import type { ModelFitWarning, ScoringSql } from '../warehouse/warehouse.ts';
import type { Leadpipe } from './context.ts';
import { fitForLead, fitForWarehouse, fitOrThrow } from './model-fit.ts';

/** The trained model shipped with leadpipe (its card says where it came from). */
export const DEFAULT_MODEL_FILE = fileURLToPath(new URL('../../models/default-model.json', import.meta.url));
/** The rules model shipped with leadpipe (`--model rules`). */
export const DEFAULT_RULES_FILE = fileURLToPath(new URL('../../models/rules.default.json', import.meta.url));

/** One reason of a {@link LeadScore}. */
export interface LeadReason {
  feature?: string;
  text: string;
  points: number;
}

/** A lead's score, the same shape for trained and rules models. */
export interface LeadScore {
  /** Calibrated probability of converting; null for a rules model. */
  probability: number | null;
  score: number;
  grade: string;
  /** The top reasons each way; `feature`: the feature, or the rule's name for rules models. */
  reasons: { positive: LeadReason[]; negative: LeadReason[] };
  modelVersion: string;
  /** Present when the lead lacks some of the model's columns: they were scored as missing. */
  warnings?: string[];
}

/** Parses a model document (a trained model card or a rules file); throws a clear error otherwise. */
export function parseModelOrThrow(doc: unknown, schema: LeadSchema, source = 'model'): ScoringModel {
  if (doc && typeof doc === 'object' && (doc as { kind?: unknown }).kind === 'rules') {
    return parseRulesOrThrow(doc, schema);
  }
  const m = doc as Partial<LeadModel> & { format?: unknown };
  if (
    !m ||
    m.format !== 'leadpipe-model' ||
    (m.kind !== 'logistic' && m.kind !== 'gbt') ||
    typeof m.version !== 'string'
  ) {
    throw new TerminalError('E_BAD_MODEL', `${source} is neither a leadpipe model file nor a rules file`);
  }
  return m as LeadModel;
}

/** Reads a model from a file, or `rules` / `default` for the shipped ones. */
export function readModelOrThrow(spec: string, schema: LeadSchema): ScoringModel {
  const file = spec === 'rules' ? DEFAULT_RULES_FILE : spec === 'default' ? DEFAULT_MODEL_FILE : spec;
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    const missing = (err as NodeJS.ErrnoException).code === 'ENOENT';
    throw new TerminalError(
      'E_BAD_MODEL',
      missing
        ? `cannot read model ${file}: no such file — give a model file, \`rules\` or \`default\``
        : `cannot read model ${file}: ${(err as Error).message}`,
      { cause: err },
    );
  }
  return parseModelOrThrow(doc, schema, file);
}

const compiled = new WeakMap<Leadpipe, { key: string; sql: ScoringSql }>();

/**
 * How the per-lead function `leadpipe_score(lead)` types values in this home: its null tokens, and the
 * integer columns of its schema (the rules `POST /score-lead` applies).
 */
export function leadFunctionOptions(config: Config, schema: LeadSchema): LeadFunctionOptions {
  return {
    nullTokens: config.nullTokens,
    integerColumns: schema.columns.filter((c) => c.type === 'integer').map((c) => c.name),
  };
}

/**
 * `model` compiled for leads_final's lead `columns`, cached per pipeline on the version and the columns:
 * an input leads_final lacks is compiled as NULL, so a column arriving later must compile again.
 */
export function compileFor(lp: Leadpipe, model: ScoringModel, columns: readonly string[]): ScoringSql {
  const key = `${model.version}\n${[...columns].sort().join('\n')}`;
  const cached = compiled.get(lp);
  if (cached?.key === key) return cached.sql;
  const sql = compileScoringSql(model, lp.warehouse.capabilities.sqlDialect, lp.config.key, {
    ...leadFunctionOptions(lp.config, lp.schema),
    columns,
  });
  compiled.set(lp, { key, sql });
  return sql;
}

async function leadColumns(lp: Leadpipe): Promise<string[]> {
  return (await lp.warehouse.finalColumns()).map((c) => c.name);
}

/**
 * Makes `model` the active one: every lead is rescored by the next apply_scoring. Compiled for leads_final's
 * columns; the model's fit warning (inputs leads_final lacks) is stored with it.
 */
export async function activateModel(lp: Leadpipe, model: ScoringModel): Promise<ScoringSql> {
  const sql = compileFor(lp, model, await leadColumns(lp));
  await lp.warehouse.saveModel(sql, true);
  return sql;
}

/** What {@link useModel} did. */
export interface ModelUse {
  /** The version now active. */
  version: string;
  kind: ScoringModel['kind'];
  /** The version active before, or null when none was stored yet. */
  previous: string | null;
  /** Leads rescored (those whose score was from another model, or missing). */
  rescored: number;
  /** Present when leads_final lacks some of the model's columns: they were scored as missing. */
  modelWarning?: ModelFitWarning;
}

/**
 * `leadpipe model use`: activates the model `spec` names (a model file, `rules` or `default`) and rescores
 * every lead not scored by it yet (apply_scoring), on either engine. A model that cannot be read or is not
 * a model throws `E_BAD_MODEL` before anything changes.
 *
 * @example
 * const { version, rescored } = await useModel(lp, 'rules');
 */
export async function useModel(lp: Leadpipe, spec: string): Promise<ModelUse> {
  const model = readModelOrThrow(spec, lp.schema);
  const fit = await fitForWarehouse(lp, model);
  if (fit) fitOrThrow(fit, { model: spec });
  const previous = (await lp.warehouse.activeModel())?.version ?? null;
  const sql = await activateModel(lp, model);
  const rescored = await lp.warehouse.applyScoring(sql);
  return {
    version: model.version,
    kind: model.kind,
    previous,
    rescored,
    ...(sql.fitWarning ? { modelWarning: sql.fitWarning } : {}),
  };
}

const lastActive = new WeakMap<Leadpipe, ScoringModel>();

/** The model {@link activeModel} last returned for `lp` (no statement sent), if any. */
export function lastActiveModel(lp: Leadpipe): ScoringModel | undefined {
  return lastActive.get(lp);
}

/**
 * The active model, compiled for leads_final's current columns; the shipped default model is activated on
 * first use. When the fit warning stored with the model no longer matches those columns (a missing input
 * arrived), the model is saved again with the new one.
 */
export async function activeModel(lp: Leadpipe): Promise<{ model: ScoringModel; sql: ScoringSql }> {
  const stored = await lp.warehouse.activeModel();
  if (stored) {
    const model = parseModelOrThrow(JSON.parse(stored.body), lp.schema);
    lastActive.set(lp, model);
    const sql = compileFor(lp, model, await leadColumns(lp));
    if (!sameWarning(stored.fitWarning, sql.fitWarning)) await lp.warehouse.saveModel(sql, true);
    return { model, sql };
  }
  const model = readModelOrThrow('default', lp.schema);
  lastActive.set(lp, model);
  return { model, sql: await activateModel(lp, model) };
}

function sameWarning(a: ModelFitWarning | undefined, b: ModelFitWarning | undefined): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** apply_scoring on demand (`leadpipe score`): scores leads whose score is missing or stale. */
export async function applyScoring(lp: Leadpipe): Promise<number> {
  const { sql } = await activeModel(lp);
  return lp.warehouse.applyScoring(sql);
}

/** Sets (or with `score: null` clears) a manual override and rescores that lead. */
export async function overrideScore(
  lp: Leadpipe,
  key: string,
  score: number | null,
  reason: string,
): Promise<void> {
  if (score !== null && (!Number.isInteger(score) || score < 0 || score > 100)) {
    throw new TerminalError('E_BAD_OVERRIDE', 'an override score is a whole number from 0 to 100');
  }
  if (score !== null && !reason.trim())
    throw new TerminalError('E_BAD_OVERRIDE', 'an override needs a reason');
  await lp.warehouse.setOverride(key, score, reason);
  await applyScoring(lp);
}

/**
 * Scores one lead in TypeScript (same result as the SQL scorer). A lead lacking columns that carry most of
 * a trained model's weight is refused (`E_MODEL_SCHEMA`, naming them); lacking some, it is scored with
 * them missing and `warnings` says so.
 */
export function scoreOne(model: ScoringModel, lead: Lead): LeadScore {
  const fit = fitForLead(model, lead);
  if (fit) fitOrThrow(fit);
  if (model.kind === 'rules') {
    const r = scoreLeadWithRules(model, lead);
    const reason = (x: RuleReason): { feature: string; text: string; points: number } => ({
      feature: x.rule,
      text: x.text,
      points: x.points,
    });
    return {
      probability: null,
      score: r.score,
      grade: r.grade,
      reasons: { positive: r.reasons.positive.map(reason), negative: r.reasons.negative.map(reason) },
      modelVersion: r.modelVersion,
    };
  }
  const s = scoreLead(model, lead);
  return {
    ...(fit?.verdict === 'warn' ? { warnings: [fit.message] } : {}),
    probability: s.probability,
    score: s.score,
    grade: s.grade,
    reasons: {
      positive: s.reasons.positive.map((r) => ({ text: r.text, points: r.points })),
      negative: s.reasons.negative.map((r) => ({ text: r.text, points: r.points })),
    },
    modelVersion: s.modelVersion,
  };
}

/**
 * Reads leads from leads_final as typed {@link Lead}s (declared and inferred columns; no score columns),
 * optionally only those with a non-null `label` (for training). Held in memory: meant for training sets
 * and checks, not for streaming.
 */
export async function leadsFromWarehouse(
  lp: Leadpipe,
  options: { label?: string; limit?: number } = {},
): Promise<Lead[]> {
  const columns = await lp.warehouse.finalColumns();
  const names = columns.map((c) => quoteIdent(c.name)).join(', ');
  const label = options.label ? columns.find((c) => c.name === options.label) : undefined;
  if (options.label && !label)
    throw new TerminalError('E_BAD_LABEL', `leads_final has no column ${options.label}`);
  const rows = await lp.warehouse.query(
    `SELECT ${names} FROM leads_final${label ? ` WHERE ${quoteIdent(label.name)} IS NOT NULL` : ''} ORDER BY 1${options.limit ? ' LIMIT $limit' : ''}`,
    options.limit ? { limit: options.limit } : undefined,
  );
  return rows.map((r) => {
    const lead: Lead = {};
    for (const c of columns) {
      const v = r[c.name];
      if (v === null || v === undefined) lead[c.name] = null;
      else if (c.type === 'integer' || c.type === 'double') lead[c.name] = Number(v);
      else if (c.type === 'boolean') lead[c.name] = v === true || v === 'true';
      else lead[c.name] = typeof v === 'string' ? v : JSON.stringify(v);
    }
    return lead;
  });
}

/** A column of leads read for training: its name and its type (declared, or inferred from the data). */
export interface LeadColumn {
  name: string;
  type: ColumnType;
  /** The declared source name (readable, for reasons), when the schema gives one. */
  label?: string;
}

/** Converts the text of an inferred (undeclared) column to the value its inferred type gives it. */
function typedValue(type: ColumnType, v: LeadValue): LeadValue {
  if (typeof v !== 'string') return v;
  if (type === 'integer' || type === 'double') {
    const n = Number(v);
    return Number.isFinite(n) ? n : null;
  }
  if (type === 'boolean') {
    const b = booleanJson(v.trim());
    return b === undefined ? null : b === 'true';
  }
  return v;
}

/**
 * Reads a lead file (any supported format) into typed leads, as a load would type them: declared columns
 * by the schema, the others by the type inferred over the whole file. Rejected rows are counted, not
 * returned. The key is not required (a training file may have none); `columns` lists every column read.
 */
export async function leadsFromFile(
  config: Config,
  schema: LeadSchema,
  file: string,
): Promise<{ leads: Lead[]; rejected: number; columns: LeadColumn[] }> {
  const leads: Lead[] = [];
  const summary = await readLeadFile(
    createReadStream(file, { highWaterMark: 1 << 20 }),
    {
      rows: (text) => {
        for (const line of text.split('\n')) if (line) leads.push((JSON.parse(line) as { d: Lead }).d);
      },
      rejects: () => {},
    },
    {
      schema,
      key: config.key,
      keyOptional: true,
      nullTokens: config.nullTokens,
      maxRecordLength: config.maxRecordBytes,
    },
  );
  const declared = new Map(schema.columns.map((c) => [c.name, c]));
  const columns = summary.columns.map((name): LeadColumn => {
    const d = declared.get(name);
    return {
      name,
      type: d?.type ?? summary.inferred[name] ?? 'string',
      ...(d?.source ? { label: d.source } : {}),
    };
  });
  const inferred = columns.filter((c) => !declared.has(c.name) && c.type !== 'string');
  if (inferred.length) {
    for (const lead of leads) {
      for (const c of inferred) {
        const v = lead[c.name];
        if (v !== undefined) lead[c.name] = typedValue(c.type, v);
      }
    }
  }
  return { leads, rejected: summary.rowsRejected, columns };
}
