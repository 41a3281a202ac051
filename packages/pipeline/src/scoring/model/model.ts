/**
 * The model file: versioned JSON that is also the model card (the fast TypeScript scorer that reads it is
 * compile-model.ts).
 */
import type { ExcludedColumn } from './feature-spec.ts';
import type { FittedFeatures, LinearColumn } from './features.ts';
import type { GbtParams, TreeNode } from './tree.ts';
import type { TrainedSchema } from './trained-schema.ts';

/** Letter grades, best first. */
export type Grade = 'A' | 'B' | 'C' | 'D';

/** Minimum score (0–100) for grades A, B and C; anything lower is D. */
export interface GradeThresholds {
  A: number;
  B: number;
  C: number;
}

/** Platt scaling: probability = 1 / (1 + exp(-(a * margin + b))). */
export interface PlattCalibration {
  method: 'platt';
  a: number;
  b: number;
}

/** Confusion counts and rates when predicting positive for `prob >= threshold`. */
export interface ThresholdMetrics {
  threshold: number;
  accuracy: number;
  precision: number;
  recall: number;
  /** Share of leads predicted positive. */
  positiveRate: number;
}

/** One decile of leads ordered by score, highest first (decile 1 = top 10%). */
export interface DecileRow {
  decile: number;
  count: number;
  meanProbability: number;
  observedRate: number;
  /** observedRate / overall rate. */
  lift: number;
  /** Share of all positives found in deciles 1..this one. */
  cumulativeCapture: number;
}

/** Held-out quality figures of a model. */
export interface ModelMetrics {
  rows: number;
  positives: number;
  rocAuc: number;
  brier: number;
  logLoss: number;
  /** At probability 0.5. */
  accuracy: number;
  /** Predict positive when the grade is at least A, B or C. */
  atGrades: (ThresholdMetrics & { grade: Grade })[];
  /** Deciles by probability (decile 1 = highest): calibration and lift. */
  deciles: DecileRow[];
}

/** One candidate compared during training. */
export interface CandidateResult {
  kind: 'logistic' | 'gbt';
  /** Mean cross-validated log loss after calibration. */
  cvLogLoss: number;
  cvRocAuc: number;
  detail: Record<string, number>;
}

interface ModelBase {
  format: 'leadpipe-model';
  formatVersion: 1;
  /** `<kind>-<first 16 hex of sha256 of the scoring content>`: changes exactly when scores can change. */
  version: string;
  label: string;
  createdAt: string;
  trainingSeconds: number;
  description: string;
  features: FittedFeatures;
  featuresUsed: string[];
  /** Columns left out, each with its reason (and the figures behind the rule, `detail`). */
  featuresExcluded: ExcludedColumn[];
  /**
   * The schema the model was trained on (every feature column: type, kind, levels or range, weight).
   * Absent in models trained before it was recorded; see trained-schema.ts.
   */
  trainedSchema?: TrainedSchema;
  training: {
    rows: number;
    positives: number;
    /** Rows read without a usable label (skipped); absent in older models. */
    unlabelled?: number;
    /** Feature file applied (path or preset name), if any; absent in older models. */
    featureFile?: string | null;
    /** sha256 of the training leads (canonical JSON, one per line, in input order). */
    checksum: string;
    source: string | null;
    seed: number;
    folds: number;
    candidates: CandidateResult[];
  };
  calibration: PlattCalibration;
  grades: GradeThresholds & { source: 'training-quartiles' | 'configured' };
  /**
   * `heldOut`: the metrics shown for the model, on held-out rows (`--holdout`) or, when none were given,
   * out-of-fold (each training row predicted by the cross-validation model that did not see it; the
   * shipped model is refit on all rows). `heldOutSource` says which. `outOfFold`: the out-of-fold
   * metrics, always (absent in older models).
   */
  metrics: { heldOut: ModelMetrics | null; heldOutSource: string | null; outOfFold?: ModelMetrics };
}

/** A logistic-regression model. Margin = intercept + per-feature contributions, in spec order. */
export interface LogisticModel extends ModelBase {
  kind: 'logistic';
  logistic: {
    intercept: number;
    lambda: number;
    columns: LinearColumn[];
    weights: number[];
    /** Mean training contribution of each feature; reasons are measured from it. */
    offsets: number[];
  };
}

/** A gradient-boosted tree model. Margin = base + tree values, in tree order. */
export interface GbtModel extends ModelBase {
  kind: 'gbt';
  gbt: { base: number; params: GbtParams; trees: TreeNode[] };
}

/** A trained model: the JSON written to `models/*.json`. */
export type LeadModel = LogisticModel | GbtModel;

/** Maps a score to its grade. */
export function gradeOf(score: number, t: GradeThresholds): Grade {
  return score >= t.A ? 'A' : score >= t.B ? 'B' : score >= t.C ? 'C' : 'D';
}

/** Probability -> integer score 0–100 (half away from zero, as SQL ROUND does). */
export function scoreOf(probability: number): number {
  return Math.round(100 * probability);
}
