/**
 * The scoring side of the API: the active model's card for `GET /model`, scoring one posted lead, and the
 * typing of leads posted to `POST /score-lead` by the declared schema, exactly as a file's rows are typed.
 */
import type { LeadSchema } from '../formats/lead-schema.ts';
import { toSnakeCase } from '../formats/names.ts';
import { valueToJson } from '../formats/values.ts';
import type { LeadScore } from '../pipeline/score.ts';
import { scoreOne } from '../pipeline/score.ts';
import { scoreLead } from '../scoring/model/explain.ts';
import { scoreScaleOf, withScoreBreakdown } from '../scoring/model/score-breakdown.ts';
import type { TreeNode } from '../scoring/model/tree.ts';
import type { Lead, LeadValue } from '../scoring/model/lead.ts';
import type { LeadModel } from '../scoring/model/model.ts';
import type { RulesModel } from '../scoring/model/rules.ts';
import type { ScoringModel } from '../scoring/model/scoring-model.ts';
import { HttpProblem } from './problems.ts';

/** One model input, for forms: what to send to `POST /score-lead` and which values the model knows. */
export interface ModelInput {
  column: string;
  label: string;
  kind: 'categorical' | 'numeric' | 'boolean';
  /** Known categories (most frequent spelling), for dropdowns; others score as "other". */
  levels?: string[];
  /** Numeric: the training median (a sensible default) and the clip range. */
  median?: number;
  range?: [number, number];
}

/** `GET /model` of a rules model: the rules themselves are the card. */
export interface RulesCard {
  version: string;
  kind: 'rules';
  description: string | null;
  min: number;
  max: number;
  grades: RulesModel['grades'];
  rules: RulesModel['rules'];
  inputs: ModelInput[];
}

/** `GET /model`: the model card without the parameters a client has no use for (trees, encodings). */
export interface ModelCard {
  version: string;
  kind: LeadModel['kind'];
  label: string;
  description: string;
  createdAt: string;
  trainingSeconds: number;
  featuresUsed: string[];
  featuresExcluded: LeadModel['featuresExcluded'];
  training: LeadModel['training'];
  calibration: LeadModel['calibration'];
  grades: LeadModel['grades'];
  metrics: LeadModel['metrics'];
  inputs: ModelInput[];
  /** The largest effects: logistic weights, or for trees how many splits use each feature. */
  topWeights: { feature: string; label: string; level?: string; role?: string; weight: number }[];
}

function countSplits(node: TreeNode, out: Map<number, number>): void {
  if (node.type === 'leaf') return;
  out.set(node.feature, (out.get(node.feature) ?? 0) + 1);
  countSplits(node.left, out);
  countSplits(node.right, out);
}

/** The card of the active model, for `GET /model`. */
export function modelCard(model: ScoringModel): ModelCard | RulesCard {
  if (model.kind === 'rules') {
    const columns = [...new Set(model.rules.flatMap((r) => r.when.map((c) => c.column)))];
    return {
      version: model.version,
      kind: 'rules',
      description: model.description ?? null,
      min: model.min,
      max: model.max,
      grades: model.grades,
      rules: model.rules,
      inputs: columns.map((column) => ({ column, label: column, kind: 'categorical' })),
    };
  }
  return trainedModelCard(model);
}

function trainedModelCard(model: LeadModel): ModelCard {
  const features = model.features.spec.features;
  // One input per column: an engineered feature (time per visit) reads a column another feature already
  // shows, and its encoding describes the derived value, not what a user types.
  const seen = new Set<string>();
  const inputs: ModelInput[] = features.flatMap((f, i) => {
    // A date's age has no form input in the dashboard yet (#16): such a lead is scored without its date.
    if (seen.has(f.column) || f.kind === 'age') return [];
    seen.add(f.column);
    const enc = model.features.encodings[i];
    const input: ModelInput = { column: f.column, label: f.label, kind: f.kind };
    if (enc?.kind === 'categorical')
      input.levels = enc.labels.filter((_, j) => !(enc.levels[j] ?? '').startsWith('__'));
    if (enc?.kind === 'numeric') {
      input.median = enc.fill;
      input.range = [enc.low, enc.high];
    }
    return [input];
  });
  let topWeights: ModelCard['topWeights'];
  if (model.kind === 'logistic') {
    topWeights = model.logistic.columns
      .map((c, j) => {
        const f = features[c.feature];
        const enc = model.features.encodings[c.feature];
        const level = c.level !== undefined && enc?.kind === 'categorical' ? enc.labels[c.level] : undefined;
        return {
          feature: f?.name ?? String(c.feature),
          label: f?.label ?? String(c.feature),
          ...(level !== undefined ? { level } : {}),
          role: c.role,
          weight: model.logistic.weights[j] ?? 0,
        };
      })
      .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
      .slice(0, 20);
  } else {
    const splits = new Map<number, number>();
    for (const t of model.gbt.trees) countSplits(t, splits);
    topWeights = [...splits.entries()]
      .map(([i, n]) => ({
        feature: features[i]?.name ?? String(i),
        label: features[i]?.label ?? String(i),
        role: 'splits',
        weight: n,
      }))
      .sort((a, b) => b.weight - a.weight)
      .slice(0, 20);
  }
  return {
    version: model.version,
    kind: model.kind,
    label: model.label,
    description: model.description,
    createdAt: model.createdAt,
    trainingSeconds: model.trainingSeconds,
    featuresUsed: model.featuresUsed,
    featuresExcluded: model.featuresExcluded,
    training: model.training,
    calibration: model.calibration,
    grades: model.grades,
    metrics: model.metrics,
    inputs,
    topWeights,
  };
}

/** What `POST /score-lead` returns for one lead. */
export type ApiScore = { id: string | null } & (LeadScore | ReturnType<typeof scoreLead>);

/**
 * Scores one typed lead with the active model: trained models with their full reasons (feature, value,
 * log-odds, points, text), rules models through the pipeline's scorer (probability null); the reasons
 * broken down in score points (`baseline`, `scorePoints`, `other`, `override`; see score-breakdown.ts).
 */
export function scoreForApi(model: ScoringModel, lead: Lead, id: string | null): ApiScore {
  const scored = model.kind === 'rules' ? scoreOne(model, lead) : scoreLead(model, lead);
  const reasons = withScoreBreakdown(scored.reasons, scoreScaleOf(model), scored) as typeof scored.reasons;
  return { id, ...scored, reasons };
}

/** JSON schema of one lead for `POST /score-lead`: the declared columns, any scalar or null, nothing else. */
export function leadInputSchema(schema: LeadSchema): Record<string, unknown> {
  // A home without a declared schema (every column inferred): any scalar field, typed by leads_final's
  // columns at request time (see routes-scoring.ts).
  if (schema.columns.length === 0)
    return {
      type: 'object',
      additionalProperties: { type: ['string', 'number', 'boolean', 'null'] },
      description:
        'A lead: fields by column name (source headers such as "Lead Origin" are accepted and normalised), typed as leads_final\'s columns; other fields are ignored. Missing columns are missing values.',
    };
  const properties: Record<string, unknown> = {};
  for (const c of schema.columns) {
    properties[c.name] = {
      type: ['string', 'number', 'boolean', 'null'],
      description: `${c.source ? `"${c.source}": ` : ''}${c.type}${c.description ? `. ${c.description}` : ''}`,
    };
  }
  return {
    type: 'object',
    additionalProperties: false,
    properties,
    description:
      'A lead: declared columns by snake_case name (source headers such as "Lead Origin" are accepted and normalised). Missing columns are missing values.',
  };
}

const snakeNames = new Map<string, string>();

/** `toSnakeCase`, remembered: the same few keys arrive with every request. */
function snakeName(key: string): string {
  let name = snakeNames.get(key);
  if (name === undefined) {
    name = toSnakeCase(key) || key;
    if (snakeNames.size < 10_000) snakeNames.set(key, name);
  }
  return name;
}

/**
 * Renames the keys of posted leads to snake_case (`Lead Origin` -> `lead_origin`), as file headers are, and
 * refuses non-scalar values before validation could coerce them. Returns a problem message, or undefined.
 */
export function normaliseLeadInput(body: unknown): { body: unknown; error?: string } {
  const one = (lead: unknown, where: string): { lead: unknown; error?: string } => {
    if (!lead || typeof lead !== 'object' || Array.isArray(lead)) return { lead };
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(lead as Record<string, unknown>)) {
      const name = snakeName(k);
      if (name in out) return { lead, error: `${where}fields "${k}" and another both name column "${name}"` };
      if (v !== null && typeof v === 'object')
        return { lead, error: `${where}field "${name}" must be a string, number, boolean or null` };
      out[name] = v;
    }
    return { lead: out };
  };
  if (Array.isArray(body)) {
    const leads: unknown[] = [];
    for (const [i, lead] of body.entries()) {
      const r = one(lead, `lead ${i}: `);
      if (r.error) return { body, error: r.error };
      leads.push(r.lead);
    }
    return { body: leads };
  }
  const r = one(body, '');
  return r.error ? { body, error: r.error } : { body: r.lead };
}

/** The null tokens as a set for {@link typeLeadOrThrow} (build it once, not per lead). */
export function nullTokenSet(tokens: readonly string[]): ReadonlySet<string> {
  return new Set(tokens.map((t) => t.trim().toLowerCase()));
}

/**
 * Types a posted lead by the declared schema, as the cleaner types a file's row: null tokens become null,
 * `"Yes"`/`"No"` booleans, numeric text numbers. A value that does not fit its column is a 400 naming it.
 */
export function typeLeadOrThrow(
  schema: LeadSchema,
  nullTokens: readonly string[] | ReadonlySet<string>,
  input: Record<string, unknown>,
  where = '',
): Lead {
  const nulls = nullTokens instanceof Set ? nullTokens : nullTokenSet(nullTokens as readonly string[]);
  const lead: Lead = {};
  for (const c of schema.columns) {
    const v = input[c.name];
    if (v === undefined || v === null) continue;
    if (typeof v === 'string' && nulls.has(v.trim().toLowerCase())) {
      lead[c.name] = null;
      continue;
    }
    const json = valueToJson(c.type, v);
    if (json === undefined) {
      throw new HttpProblem(
        400,
        'E_BAD_LEAD_VALUE',
        `${where}column "${c.name}" takes values of type ${c.type}, not ${JSON.stringify(v)}`,
        {
          details: { column: c.name },
        },
      );
    }
    const typed = JSON.parse(json) as unknown;
    if (c.type === 'string') lead[c.name] = String(typed);
    else lead[c.name] = typed !== null && typeof typed === 'object' ? json : (typed as LeadValue);
  }
  return lead;
}
