/**
 * A lead's score broken down in score points (0–100), so that what a user reads adds up to what the user
 * sees: `baseline + the reasons' scorePoints + other + override = score`, all integers.
 *
 * - Trained models: the baseline is the score of a lead at the model's bias, `100 * sigmoid(bias)`. Each
 *   reason's log-odds contribution is turned into score points with one slope per lead, the secant of the
 *   sigmoid between the bias and the lead's log-odds: `100 * (p - p0) / (logit(p) - logit(p0))` (its limit
 *   `100 * p0 * (1 - p0)` when they are equal). Applied to every feature, these amounts add up to
 *   `100 * (p - p0)` exactly; the slope is positive, so each amount keeps its contribution's sign, and
 *   it is at most 25, so no amount exceeds 25 times its log-odds.
 * - Rules models: the map from points to score is linear, `score = 100 * (points - min) / (max - min)`
 *   clamped; the baseline is the score at 0 points and a rule's amount its points times
 *   `100 / (max - min)`; what clamping takes away goes to `other`.
 * - `other` is everything not among the shown reasons (the features or rules not in the top three) plus the
 *   rounding of the shown amounts; `override` is a manual override's change to the model's score (0 when
 *   there is none).
 *
 * It is computed at read time from what a scored lead stores (probability, score, the reasons' log-odds or
 * points) and the model card (bias, or min and max), so the scoring SQL stays as it is.
 */
import { modelBias } from './explain.ts';
import { scoreOf } from './model.ts';
import type { ScoringModel } from './scoring-model.ts';

/** How a model turns what its reasons measure into the 0–100 score; see {@link scoreScaleOf}. */
export type ScoreScale =
  | {
      kind: 'probability';
      /** The model version whose scores this scale explains. */
      version: string;
      /** Calibrated log-odds of a lead at the model's bias. */
      bias: number;
    }
  | { kind: 'points'; version: string; min: number; max: number };

const scales = new WeakMap<ScoringModel, ScoreScale>();

/** The scale of a model: its bias (trained models) or its points range (rules). Worked out once per model. */
export function scoreScaleOf(model: ScoringModel): ScoreScale {
  let scale = scales.get(model);
  if (!scale) {
    scale =
      model.kind === 'rules'
        ? { kind: 'points', version: model.version, min: model.min, max: model.max }
        : { kind: 'probability', version: model.version, bias: modelBias(model) };
    scales.set(model, scale);
  }
  return scale;
}

/** What a breakdown reads of one reason: its log-odds (trained models) or its points (rules). */
export interface ReasonAmount {
  logOdds?: unknown;
  points?: unknown;
}

/** A lead's score in parts, integers: `baseline + sum(positive) + sum(negative) + other + override = score`. */
export interface ScoreBreakdown {
  /** The score of a lead at the model's bias (trained) or at 0 points (rules). */
  baseline: number;
  /** Score points of each positive reason, in the order given (0 when it rounds away). */
  positive: number[];
  /** Score points of each negative reason, in the order given. */
  negative: number[];
  /** Everything not among the reasons given, plus rounding. */
  other: number;
  /** The manual override's change to the model's score; 0 when not overridden. */
  override: number;
}

/** What a breakdown reads of a scored lead. */
export interface ScoredParts {
  /** The calibrated probability (trained models; null or absent for rules). */
  probability?: number | null;
  /** The score the lead shows (an override's, when it has one). */
  score: number;
  /**
   * The model's own score when the caller knows it differs from `score` (an override). Trained models need
   * not give it: their model score is `round(100 * probability)`.
   */
  modelScore?: number;
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/**
 * Score points per unit of log-odds for a lead of probability `p` under a model of bias `bias`: the secant
 * slope of `100 * sigmoid` between them. 0 when `p` is exactly 0 or 1 (every amount then goes to `other`).
 */
export function scorePointsPerLogOdds(p: number, bias: number): number {
  const p0 = sigmoid(bias);
  const run = Math.log(p / (1 - p)) - bias;
  if (!Number.isFinite(run)) return 0;
  // Below this the difference quotient loses its digits to cancellation; the tangent is exact there.
  if (Math.abs(run) < 1e-9) return 100 * p0 * (1 - p0);
  return (100 * (p - p0)) / run;
}

function finite(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

/**
 * Breaks a lead's score down into baseline, one amount per reason, other factors and override (see the
 * file's comment for the rule). Returns null when the parts cannot be known: a trained model's lead
 * without a probability, or a reason without its log-odds (rules: its points).
 *
 * @example
 * const b = breakDownScore(scoreScaleOf(model), { probability: 0.91, score: 91 }, reasons);
 * // { baseline: 38, positive: [31, 12, 6], negative: [-4], other: 8, override: 0 }
 */
export function breakDownScore(
  scale: ScoreScale,
  lead: ScoredParts,
  reasons: { positive: readonly ReasonAmount[]; negative: readonly ReasonAmount[] },
): ScoreBreakdown | null {
  let baseline: number;
  let modelScore: number;
  let amount: (r: ReasonAmount) => number | null;
  if (scale.kind === 'probability') {
    const p = lead.probability;
    if (!finite(p) || p < 0 || p > 1) return null;
    baseline = scoreOf(sigmoid(scale.bias));
    modelScore = scoreOf(p);
    const slope = scorePointsPerLogOdds(p, scale.bias);
    amount = (r) => (finite(r.logOdds) ? Math.round(r.logOdds * slope) : null);
  } else {
    const range = scale.max - scale.min;
    const clamped = Math.min(Math.max(0, scale.min), scale.max);
    baseline = Math.round((100 * (clamped - scale.min)) / range);
    modelScore = lead.modelScore ?? lead.score;
    amount = (r) => (finite(r.points) ? Math.round((r.points * 100) / range) : null);
  }
  const positive = reasons.positive.map(amount);
  const negative = reasons.negative.map(amount);
  const amounts = [...positive, ...negative];
  if (amounts.some((a) => a === null)) return null;
  const shown = (amounts as number[]).reduce((s, a) => s + a, 0);
  return {
    baseline,
    positive: positive as number[],
    negative: negative as number[],
    other: modelScore - baseline - shown,
    override: lead.score - modelScore,
  };
}

/**
 * Adds the breakdown to a lead's reasons as the API serves them: `baseline`, `other` and `override` beside
 * `positive` and `negative`, and `scorePoints` on each reason. Reasons read as `logOdds` (trained) or
 * `points` (rules). Anything else, a lead scored by another model than `scale`'s, or reasons the breakdown
 * cannot read, come back unchanged.
 */
export function withScoreBreakdown(
  reasons: unknown,
  scale: ScoreScale,
  lead: ScoredParts & { modelVersion?: unknown },
): unknown {
  if (!reasons || typeof reasons !== 'object' || Array.isArray(reasons)) return reasons;
  if (lead.modelVersion !== undefined && lead.modelVersion !== scale.version) return reasons;
  const { positive, negative } = reasons as { positive?: unknown; negative?: unknown };
  if (!Array.isArray(positive) || !Array.isArray(negative)) return reasons;
  const isObject = (r: unknown): r is Record<string, unknown> => !!r && typeof r === 'object';
  if (!positive.every(isObject) || !negative.every(isObject)) return reasons;
  const b = breakDownScore(scale, lead, { positive, negative });
  if (!b) return reasons;
  return {
    ...reasons,
    baseline: b.baseline,
    positive: positive.map((r, i) => ({ ...r, scorePoints: b.positive[i] ?? 0 })),
    negative: negative.map((r, i) => ({ ...r, scorePoints: b.negative[i] ?? 0 })),
    other: b.other,
    override: b.override,
  };
}
