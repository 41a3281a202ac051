/**
 * Per-lead explanations. Every model's calibrated log-odds decompose exactly into a bias plus one
 * contribution per feature: for the logistic model the feature's terms (measured from their training
 * mean), for trees the Saabas path attribution (each split's change of node value is credited to the
 * split's feature). Reasons are the top three contributions each way, in plain words.
 */
import type { Lead } from './lead.ts';
import { levelIndex, rawAge, rawBoolean, rawNumeric } from './features.ts';
import { ageText } from './age.ts';
import type { TreeNode } from './tree.ts';
import type { Grade, LeadModel } from './model.ts';
import { gradeOf, scoreOf } from './model.ts';
import { compileTreeRow, compiledModel, logisticTerms } from './compile-model.ts';
import type { FlatEvaluator, LeadColumn } from './flat-evaluator.ts';

/** Points shown in reasons per unit of log-odds: +10 points doubles the odds of converting. */
export const POINTS_PER_LOG_ODDS = 10 / Math.LN2;

/** One feature's share of a lead's log-odds. */
export interface Contribution {
  feature: string;
  label: string;
  /** The lead's value, readable (`Lead Add Form`, `3`, `missing`). */
  value: string;
  logOdds: number;
}

/** A contribution turned into words, e.g. `Lead Origin = Lead Add Form: +18`. */
export interface Reason extends Contribution {
  /** Rounded `logOdds * POINTS_PER_LOG_ODDS`. */
  points: number;
  text: string;
}

/** The decomposition of a lead's calibrated log-odds: `bias + sum(contributions) = logOdds`. */
export interface Explanation {
  bias: number;
  contributions: Contribution[];
  logOdds: number;
}

/** What scoring one lead returns. */
export interface ScoredLead {
  probability: number;
  /** round(100 * probability). */
  score: number;
  grade: Grade;
  reasons: { positive: Reason[]; negative: Reason[] };
  modelVersion: string;
}

function formatNumber(x: number): string {
  return String(Math.round(x * 100) / 100);
}

/**
 * The readable value of feature `i` (index into the spec) for a lead, as reasons show it; an age as
 * `12 days ago` before `at` (ms since 1970; default now).
 */
export function featureValue(model: LeadModel, lead: Lead, i: number, at: number = Date.now()): string {
  const f = model.features.spec.features[i];
  if (!f) return '';
  const enc = model.features.encodings[i];
  if (f.kind === 'categorical' && enc?.kind === 'categorical') {
    const v = lead[f.column];
    const k = levelIndex(f, enc, v);
    const label = enc.labels[k] ?? 'other';
    // Show rare and unseen values as they are; the model treats them as "other".
    return enc.levels[k] === '__other__' && v !== null && v !== undefined ? String(v) : label;
  }
  if (f.kind === 'categorical') return 'other';
  if (f.kind === 'numeric') {
    const raw = rawNumeric(f, lead);
    return raw === null ? 'missing' : formatNumber(raw);
  }
  if (f.kind === 'age') return ageText(rawAge(f, lead, at));
  const b = rawBoolean(f, lead);
  return b === null ? 'missing' : b ? 'Yes' : 'No';
}

/** The readable value of each feature for a lead (shared by reasons of every model kind); ages at `at`. */
export function featureValues(model: LeadModel, lead: Lead, at: number = Date.now()): string[] {
  return model.features.spec.features.map((_, i) => featureValue(model, lead, i, at));
}

const termCache = new WeakMap<LeadModel, ReturnType<typeof logisticTerms>>();

function saabas(node: TreeNode, x: Float64Array, out: Float64Array): void {
  let n = node;
  while (n.type !== 'leaf') {
    const v = x[n.feature] ?? NaN;
    let next: TreeNode;
    if (n.type === 'numeric')
      next = Number.isNaN(v) ? (n.missingLeft ? n.left : n.right) : v <= n.threshold ? n.left : n.right;
    else next = n.leftLevels.includes(v) ? n.left : n.right;
    out[n.feature] = (out[n.feature] ?? 0) + (next.value - n.value);
    n = next;
  }
}

/**
 * The model's bias: the calibrated log-odds every lead starts from before its features' contributions
 * (logistic: the intercept plus each feature's training-mean term; trees: the base plus each tree's root
 * value). `100 * sigmoid(bias)` is the score of a lead at the bias, the baseline of a score breakdown.
 */
export function modelBias(model: LeadModel): number {
  const { a, b } = model.calibration;
  if (model.kind === 'logistic') {
    const offsetSum = model.logistic.offsets.reduce((s, o) => s + o, 0);
    return a * (model.logistic.intercept + offsetSum) + b;
  }
  return a * (model.gbt.base + model.gbt.trees.reduce((s, t) => s + t.value, 0)) + b;
}

/**
 * Decomposes the lead's calibrated log-odds into a bias and one contribution per feature (in spec
 * order). The parts add up to `logOdds` up to floating-point rounding. Ages are measured at `at`, the time
 * of scoring (ms since 1970; default now).
 */
export function explainLead(model: LeadModel, lead: Lead, at: number = Date.now()): Explanation {
  const feats = model.features.spec.features;
  const { a, b } = model.calibration;
  const values = featureValues(model, lead, at);
  const raw = new Float64Array(feats.length);
  if (model.kind === 'logistic') {
    let terms = termCache.get(model);
    if (!terms) {
      terms = logisticTerms(model);
      termCache.set(model, terms);
    }
    terms.forEach((t, i) => {
      raw[i] = t(lead, at) - (model.logistic.offsets[i] ?? 0);
    });
  } else {
    const x = compileTreeRow(model.features)(lead, new Float64Array(feats.length), at);
    for (const t of model.gbt.trees) saabas(t, x, raw);
  }
  const bias = modelBias(model);
  const contributions = feats.map((f, i) => ({
    feature: f.name,
    label: f.label,
    value: values[i] ?? '',
    logOdds: a * (raw[i] ?? 0),
  }));
  const m = compiledModel(model).margin(lead, at);
  return { bias, contributions, logOdds: a * m + b };
}

/** The words of a reason, e.g. `Lead Origin = Lead Add Form: +18` (a sign also on 0). */
export function reasonText(label: string, value: string, points: number): string {
  return `${label} = ${value}: ${points >= 0 ? '+' : ''}${points}`;
}

/** Turns a contribution into a reason with points and text. */
export function toReason(c: Contribution): Reason {
  const points = Math.round(c.logOdds * POINTS_PER_LOG_ODDS);
  return { ...c, points, text: reasonText(c.label, c.value, points) };
}

/** The label of each feature of a model, for {@link completeReasons}; unknown features keep their name. */
export function reasonLabels(model: {
  kind: string;
  features?: { spec: { features: readonly { name: string; label: string }[] } };
}): (feature: string) => string {
  const features = model.features?.spec.features ?? [];
  const labels = new Map(features.map((f) => [f.name, f.label]));
  return (feature) => labels.get(feature) ?? feature;
}

/**
 * Stored reasons as the API serves them: the shape of {@link Reason} (`logOdds`, as `POST /score-lead`
 * gives), with label and text. The DuckDB scoring SQL stores each reason compactly
 * (`{log_odds, feature, value, points}`): label and text are the same words for every lead, and writing
 * them made the reasons twice as large, the bulk of a scored lead's bytes (measured on 1M leads: the
 * scoring task 25% faster without them). Reasons that already have a text (rules models, Snowflake) keep
 * it.
 */
export function completeReasons(reasons: unknown, labelOf: (feature: string) => string): unknown {
  if (!reasons || typeof reasons !== 'object' || Array.isArray(reasons)) return reasons;
  const complete = (list: unknown): unknown =>
    Array.isArray(list)
      ? list.map((r: unknown) => {
          if (!r || typeof r !== 'object') return r;
          const { log_odds: stored, ...rest } = r as Record<string, unknown>;
          const logOdds = stored === undefined ? {} : { logOdds: stored };
          const { feature, value, points, text } = rest;
          if (typeof text === 'string' || typeof feature !== 'string' || typeof points !== 'number') {
            return { ...rest, ...logOdds };
          }
          const label = labelOf(feature);
          return {
            feature,
            label,
            value,
            ...logOdds,
            points,
            text: reasonText(label, String(value), points),
          };
        })
      : list;
  const { positive, negative } = reasons as Record<string, unknown>;
  return { ...reasons, positive: complete(positive), negative: complete(negative) };
}

/**
 * Top `n` positive and negative reasons, largest effect first. Equal effects are ordered by feature name,
 * descending among the positive and ascending among the negative reasons: the order the scoring SQL gets
 * from sorting reason structs field by field (see sql/duckdb-scoring-sql.ts), so the API and the warehouse
 * name the same reasons for the same lead.
 */
export function topReasons(
  contributions: readonly Contribution[],
  n = 3,
): { positive: Reason[]; negative: Reason[] } {
  const { positive, negative } = rankReasons(contributions, n);
  return { positive: positive.map(toReason), negative: negative.map(toReason) };
}

function rankReasons<C extends Contribution>(
  contributions: readonly C[],
  n: number,
): { positive: C[]; negative: C[] } {
  const byName = (x: Contribution, y: Contribution) =>
    x.feature < y.feature ? -1 : x.feature > y.feature ? 1 : 0;
  return {
    positive: contributions
      .filter((c) => c.logOdds > 0)
      .sort((x, y) => y.logOdds - x.logOdds || byName(y, x))
      .slice(0, n),
    negative: contributions
      .filter((c) => c.logOdds < 0)
      .sort((x, y) => x.logOdds - y.logOdds || byName(x, y))
      .slice(0, n),
  };
}

const leadColumns = new WeakMap<
  FlatEvaluator,
  { columns: LeadColumn[]; margin: Float64Array; raw: Float64Array }
>();

/**
 * A tree model's score of one lead from its flat evaluator, the lead read into columns once: the margin,
 * and the top `n` reasons from the same contributions as {@link explainLead} (the same additions in the
 * same order), ranked the same way, with the readable value worked out only for the reasons shown.
 */
function flatScore(
  model: LeadModel,
  flat: FlatEvaluator,
  lead: Lead,
  n: number,
  at: number,
): { margin: number; reasons: { positive: Reason[]; negative: Reason[] } } {
  const feats = model.features.spec.features;
  let one = leadColumns.get(flat);
  if (!one) {
    one = { columns: flat.allocate(1), margin: new Float64Array(1), raw: new Float64Array(feats.length) };
    leadColumns.set(flat, one);
  }
  const { columns, raw } = one;
  flat.fill([lead], 0, 1, columns, at);
  flat.margins(columns, 1, one.margin);
  raw.fill(0);
  flat.contributions(columns, 0, raw);
  const { a } = model.calibration;
  // Only what can rank: a zero (or NaN) contribution is never a reason, and dropping it first keeps the
  // others in the same order for the same (stable) sort.
  const candidates: (Contribution & { i: number })[] = [];
  for (let i = 0; i < feats.length; i++) {
    const logOdds = a * (raw[i] ?? 0);
    const f = feats[i];
    if (f && (logOdds > 0 || logOdds < 0))
      candidates.push({ feature: f.name, label: f.label, value: '', logOdds, i });
  }
  const ranked = rankReasons(candidates, n);
  // toReason's object, built field by field (spreading here cost more than the whole evaluation).
  const reason = (c: Contribution & { i: number }): Reason => {
    const value = featureValue(model, lead, c.i, at);
    const points = Math.round(c.logOdds * POINTS_PER_LOG_ODDS);
    const text = reasonText(c.label, value, points);
    return { feature: c.feature, label: c.label, value, logOdds: c.logOdds, points, text };
  };
  return {
    margin: one.margin[0] ?? NaN,
    reasons: { positive: ranked.positive.map(reason), negative: ranked.negative.map(reason) },
  };
}

/**
 * Scores one lead with reasons; age features are measured at `at`, the time of scoring (ms since 1970;
 * default now).
 *
 * @example
 * const r = scoreLead(model, lead);
 * // { probability: 0.91, score: 91, grade: 'A', reasons: { positive: [{ text: 'Lead Origin = Lead Add Form: +31', ... }], ... }, modelVersion: 'gbt-…' }
 */
export function scoreLead(model: LeadModel, lead: Lead, at: number = Date.now()): ScoredLead {
  const compiled = compiledModel(model);
  let probability: number;
  let reasons: ScoredLead['reasons'];
  if (compiled.flat) {
    const fast = flatScore(model, compiled.flat, lead, 3, at);
    const { a, b } = model.calibration;
    // compileModel's calibration, written out: the margin is already at hand.
    probability = 1 / (1 + Math.exp(-(a * fast.margin + b)));
    reasons = fast.reasons;
  } else {
    probability = compiled.probability(lead, at);
    reasons = topReasons(explainLead(model, lead, at).contributions);
  }
  const score = scoreOf(probability);
  return { probability, score, grade: gradeOf(score, model.grades), reasons, modelVersion: model.version };
}
