/**
 * Trains a lead model on any schema: features chosen from the data (infer-features.ts) unless a spec is
 * given; logistic regression (L2 strength by k-fold CV) and gradient-boosted trees (rounds by k-fold CV),
 * each Platt-calibrated on out-of-fold margins; the one with the lower cross-validated log loss wins and
 * is refit on all labelled rows. Its out-of-fold predictions give the card's honest metrics.
 * Deterministic for a given seed.
 */
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { TerminalError } from '../../errors.ts';
import type { ColumnType, LeadSchema } from '../../formats/lead-schema.ts';
import type { Lead } from '../model/lead.ts';
import type { FeatureSpec } from '../model/feature-spec.ts';
import { specColumns } from '../model/feature-spec.ts';
import { explainLead } from '../model/explain.ts';
import { buildTrainedSchema } from '../model/trained-schema.ts';
import type { FeatureFile } from './feature-file.ts';
import type { TrainingColumn } from './infer-features.ts';
import { inferFeatureSpec } from './infer-features.ts';
import { fitFeatures } from '../model/features.ts';
import { newestDate } from '../model/age.ts';
import type { GbtParams } from '../model/tree.ts';
import { DEFAULT_GBT_PARAMS } from './gbt.ts';
import type { GradeThresholds, LeadModel } from '../model/model.ts';
import type { Candidate, Shared } from './candidates.ts';
import { assignFolds, trainGbt, trainLogistic } from './candidates.ts';
import { compileModel, logisticTerms } from '../model/compile-model.ts';
import { evaluateModel, labelOf, metricsOf } from './evaluate-model.ts';

export { splitById, splitLeads } from './split-by-id.ts';
export { assignFolds, fitPlatt } from './candidates.ts';

/** Options of {@link trainModel}. */
export interface TrainOptions {
  /**
   * The columns of the leads and their types (as read through formats/ or from leads_final); the features
   * are inferred from them and the data when `spec` is not given. Default: the schema's columns.
   */
  columns?: readonly TrainingColumn[];
  /** A declared schema: its columns stand in for `columns` and its key for `key`. */
  schema?: LeadSchema;
  /** Key column, never a feature (default: the schema's key; none). */
  key?: string | null;
  /** Columns forced in, out or categorical over the data rules. */
  featureFile?: FeatureFile;
  /** Where the feature file came from, for the card. */
  featureFileSource?: string;
  /** A fixed feature spec: no inference (e.g. to reproduce a model from its card). */
  spec?: FeatureSpec;
  /** Label column (default: the schema's `label`). */
  label?: string;
  /** PRNG seed for fold assignment (default 42). */
  seed?: number;
  /** Cross-validation folds (default 5). */
  folds?: number;
  /** Which model kinds compete (default both). */
  kinds?: ('logistic' | 'gbt')[];
  /** L2 strengths tried for the logistic model (default 0.1 … 30). */
  lambdas?: number[];
  /** Tree hyper-parameters; `rounds` is the maximum, CV picks the number used. */
  gbt?: Partial<GbtParams>;
  /**
   * Cross-validation of the trees stops a fold after this many rounds without improvement (default 60;
   * null grows every round, as models trained before it did).
   */
  patience?: number | null;
  /** Refuse with `E_TOO_LITTLE_DATA` below this many labelled rows (default 500). */
  minRows?: number;
  /** … or below this many positives, or negatives (default 50). */
  minPositives?: number;
  /** Fixed grade cut-offs; default: quartiles of the model's scores on the training rows. */
  grades?: GradeThresholds;
  /** Held-out labelled leads for the card's metrics (default: the out-of-fold predictions). */
  evaluation?: readonly Lead[];
  /** Where the held-out leads came from, for the card. */
  evaluationSource?: string;
  /** Where the training leads came from, for the card. */
  source?: string;
  /** Free text for the card. */
  description?: string;
  /** Clock for `createdAt` (default now). */
  now?: () => Date;
  /**
   * The time ages of date columns are measured from in training (default: the newest date of those columns
   * in the training rows, not later than `now`; see docs/MODEL.md, "Dates"). Recorded in the model as
   * `features.ageReference`.
   */
  ageReference?: Date;
}

/** Tree settings that beat logistic regression on the lead data (small trees, many rounds). */
export const TRAIN_GBT_PARAMS: GbtParams = {
  ...DEFAULT_GBT_PARAMS,
  rounds: 400,
  learningRate: 0.1,
  maxLeaves: 5,
  maxDepth: 4,
  minSamplesLeaf: 40,
  l2: 5,
};

const DEFAULT_LAMBDAS = [0.1, 0.3, 1, 3, 10, 30];

function canonical(lead: Lead): string {
  return JSON.stringify(
    Object.keys(lead)
      .sort()
      .map((k) => [k, lead[k]]),
  );
}

/** sha256 of leads as canonical JSON lines (keys sorted), in the given order. */
export function leadsChecksum(leads: readonly Lead[]): string {
  const h = createHash('sha256');
  for (const l of leads) h.update(canonical(l) + '\n');
  return h.digest('hex');
}

function quantileScore(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}
/** Mean absolute contribution (log-odds) of each feature over (up to 2,000 of) the training rows. */
function featureWeights(model: LeadModel, rows: readonly Lead[], at: number): number[] {
  const step = Math.max(1, Math.floor(rows.length / 2000));
  const sums = new Float64Array(model.features.spec.features.length);
  let n = 0;
  for (let i = 0; i < rows.length; i += step) {
    explainLead(model, rows[i] as Lead, at).contributions.forEach(
      (c, f) => (sums[f] = (sums[f] ?? 0) + Math.abs(c.logOdds)),
    );
    n++;
  }
  return Array.from(sums, (s) => s / (n || 1));
}

function scoringContent(m: LeadModel): string {
  const body = m.kind === 'logistic' ? m.logistic : m.gbt;
  return JSON.stringify([
    m.kind,
    m.label,
    m.features,
    m.calibration,
    [m.grades.A, m.grades.B, m.grades.C],
    body,
  ]);
}

/**
 * Trains and returns a model (the model card JSON). Refuses with `TerminalError` code
 * `E_TOO_LITTLE_DATA` when there are too few labelled rows, positives or negatives.
 *
 * @example
 * const { train, test } = splitLeads(leads);
 * const model = trainModel(train, { schema, evaluation: test, source: 'leads.csv TRAIN' });
 */
export function trainModel(leads: readonly Lead[], options: TrainOptions = {}): LeadModel {
  const started = performance.now();
  const label = options.label ?? options.schema?.label;
  if (label === undefined)
    throw new TerminalError('E_BAD_LABEL', 'no label column: give one (the schema declares none)');
  const seed = options.seed ?? 42;
  const k = options.folds ?? 5;
  const rows = leads.filter((l) => labelOf(l, label) !== null);
  const unlabelled = leads.length - rows.length;
  const y = Float64Array.from(rows, (l) => (labelOf(l, label) ? 1 : 0));
  const positives = y.reduce((s, v) => s + v, 0);
  const minRows = options.minRows ?? 500;
  const minPos = options.minPositives ?? 50;
  if (rows.length < minRows || positives < minPos || rows.length - positives < minPos) {
    throw new TerminalError(
      'E_TOO_LITTLE_DATA',
      `too little data to train: ${rows.length} labelled rows (need ${minRows}), ${positives} positives and ` +
        `${rows.length - positives} negatives (need ${minPos} of each)` +
        (unlabelled ? `; ${unlabelled} rows had no usable ${label} (true/false, yes/no or 1/0)` : ''),
      { details: { rows: rows.length, unlabelled, positives, minRows, minPositives: minPos } },
    );
  }
  const columns: readonly TrainingColumn[] =
    options.columns ??
    options.schema?.columns.map((c) => ({
      name: c.name,
      type: c.type,
      ...(c.source ? { label: c.source } : {}),
    })) ??
    [];
  const key = options.key !== undefined ? options.key : (options.schema?.key ?? null);
  let spec = options.spec;
  if (!spec) {
    if (!columns.length)
      throw new TerminalError('E_BAD_CONFIG', 'trainModel needs columns or a feature spec');
    spec = inferFeatureSpec(rows, y, {
      label,
      key,
      columns,
      ...(options.featureFile ? { featureFile: options.featureFile } : {}),
    });
    if (!spec.features.length)
      throw new TerminalError(
        'E_NO_FEATURES',
        `no column can be a feature: ${spec.excluded.map((e) => `${e.column} (${e.reason})`).join(', ')}`,
      );
  }
  const created = options.now?.() ?? new Date();
  // Training rows are a snapshot: their ages count from its newest date, the moment the snapshot scored.
  const ageColumns = spec.features.flatMap((f) => (f.kind === 'age' ? [f.column] : []));
  const at =
    options.ageReference?.getTime() ?? newestDate(rows, ageColumns, created.getTime()) ?? created.getTime();
  const fitted = fitFeatures(spec, rows, at);
  const fold = assignFolds(y, k, seed);
  const kinds = options.kinds ?? ['logistic', 'gbt'];
  const candidates: Candidate[] = [];
  if (kinds.includes('logistic'))
    candidates.push(trainLogistic(fitted, rows, y, fold, k, options.lambdas ?? DEFAULT_LAMBDAS, at));
  if (kinds.includes('gbt'))
    candidates.push(
      trainGbt(
        fitted,
        rows,
        y,
        fold,
        k,
        { ...TRAIN_GBT_PARAMS, ...options.gbt },
        options.patience === undefined ? 60 : options.patience,
        at,
      ),
    );
  const chosen = candidates.reduce((a, b) => (b.result.cvLogLoss < a.result.cvLogLoss ? b : a));
  const body = chosen.build();
  const shared: Shared = {
    format: 'leadpipe-model',
    formatVersion: 1,
    version: '',
    label,
    createdAt: created.toISOString(),
    trainingSeconds: 0,
    description: options.description ?? '',
    features: fitted,
    featuresUsed: specColumns(spec),
    featuresExcluded: spec.excluded,
    training: {
      rows: rows.length,
      positives,
      unlabelled,
      featureFile: options.featureFileSource ?? null,
      checksum: leadsChecksum(rows),
      source: options.source ?? null,
      seed,
      folds: k,
      candidates: candidates.map((c) => c.result),
    },
    calibration: chosen.calibration,
    grades: { A: 75, B: 50, C: 25, source: 'configured' },
    metrics: { heldOut: null, heldOutSource: null },
  };
  const model = { ...shared, ...body } as LeadModel;
  if (model.kind === 'logistic') {
    const terms = logisticTerms(model);
    model.logistic.offsets = terms.map((t) => rows.reduce((s, l) => s + t(l, at), 0) / rows.length);
  }
  if (options.grades) {
    model.grades = { ...options.grades, source: 'configured' };
  } else {
    const scores = Array.from(compileModel(model).scoreBatch(rows, at).score).sort((a, b) => a - b);
    model.grades = {
      A: quantileScore(scores, 0.75),
      B: quantileScore(scores, 0.5),
      C: quantileScore(scores, 0.25),
      source: 'training-quartiles',
    };
  }
  const types = new Map<string, ColumnType>(columns.map((c) => [c.name, c.type]));
  model.trainedSchema = buildTrainedSchema(fitted, rows, types, featureWeights(model, rows, at), {
    key,
    label,
  });
  model.version = `${model.kind}-${createHash('sha256').update(scoringContent(model)).digest('hex').slice(0, 16)}`;
  const outOfFold = metricsOf(y, chosen.oof, model.grades);
  model.metrics = options.evaluation
    ? {
        heldOut: evaluateModel(model, options.evaluation, at),
        heldOutSource: options.evaluationSource ?? null,
        outOfFold,
      }
    : {
        heldOut: outOfFold,
        heldOutSource: `out-of-fold: ${k}-fold cross-validation on the ${rows.length} training rows`,
        outOfFold,
      };
  model.trainingSeconds = Math.round((performance.now() - started) / 10) / 100;
  return model;
}
