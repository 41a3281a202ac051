/**
 * Trains a lead model: logistic regression (L2 strength by k-fold CV) and gradient-boosted trees
 * (rounds by k-fold CV), each Platt-calibrated on out-of-fold margins; the one with the lower
 * cross-validated log loss wins. Deterministic for a given seed.
 */
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { TerminalError } from '../../errors.ts';
import type { LeadSchema } from '../../formats/lead-schema.ts';
import type { Lead } from '../model/lead.ts';
import type { FeatureSpec } from '../model/feature-spec.ts';
import { defaultFeatureSpec, specColumns } from '../model/feature-spec.ts';
import type { FittedFeatures } from '../model/features.ts';
import { fitFeatures, linearColumns, linearValue } from '../model/features.ts';
import { fitLogistic, sparseMargin, toSparse } from './logistic.ts';
import type { LogisticFit } from './logistic.ts';
import type { GbtParams } from '../model/tree.ts';
import type { TreeMatrix } from './tree-matrix.ts';
import { DEFAULT_GBT_PARAMS, trainTrees } from './gbt.ts';
import { logLoss, rocAuc } from './metrics.ts';
import type {
  CandidateResult,
  GbtModel,
  GradeThresholds,
  LeadModel,
  LogisticModel,
  PlattCalibration,
} from '../model/model.ts';
import { compileModel, compileTreeRow, logisticTerms } from '../model/compile-model.ts';
import { evaluateModel, labelOf } from './evaluate-model.ts';
import { seededRandom } from '../../seeded-random.ts';

export { splitById, splitLeads } from './split-by-id.ts';

/** Options of {@link trainModel}. */
export interface TrainOptions {
  /** Schema of the leads; used for the default feature spec when `spec` is not given. */
  schema?: LeadSchema;
  /** Feature spec (default: `defaultFeatureSpec(schema, { includeLeaking })`). */
  spec?: FeatureSpec;
  /** Use the columns that leak the outcome (default false). */
  includeLeaking?: boolean;
  /** Label column (default `converted`). */
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
  /** Refuse with `E_TOO_LITTLE_DATA` below this many labelled rows (default 500). */
  minRows?: number;
  /** … or below this many positives, or negatives (default 50). */
  minPositives?: number;
  /** Fixed grade cut-offs; default: quartiles of the model's scores on the training rows. */
  grades?: GradeThresholds;
  /** Held-out labelled leads for the card's metrics. */
  evaluation?: readonly Lead[];
  /** Where the held-out leads came from, for the card. */
  evaluationSource?: string;
  /** Where the training leads came from, for the card. */
  source?: string;
  /** Free text for the card. */
  description?: string;
  /** Clock for `createdAt` (default now). */
  now?: () => Date;
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

/** Stratified fold of each row (0..k-1), from a seeded shuffle. */
export function assignFolds(y: ArrayLike<number>, k: number, seed: number): Int32Array {
  const rand = seededRandom(seed);
  const fold = new Int32Array(y.length);
  for (const cls of [0, 1]) {
    const idx: number[] = [];
    for (let i = 0; i < y.length; i++) if (y[i] === cls) idx.push(i);
    for (let i = idx.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [idx[i], idx[j]] = [idx[j] ?? 0, idx[i] ?? 0];
    }
    idx.forEach((r, i) => (fold[r] = i % k));
  }
  return fold;
}

/** Fits Platt scaling (a, b) on margins by unpenalised logistic regression. */
export function fitPlatt(margins: ArrayLike<number>, y: Float64Array): PlattCalibration {
  const rows = Array.from(margins, (m) => Float64Array.of(m));
  const fit = fitLogistic(toSparse(rows, 1), y, { lambda: 0 });
  return { method: 'platt', a: fit.weights[0] ?? 1, b: fit.intercept };
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

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

interface Candidate {
  result: CandidateResult;
  calibration: PlattCalibration;
  build: () => Omit<LogisticModel, keyof Shared> | Omit<GbtModel, keyof Shared>;
}

type Shared = Omit<LogisticModel, 'kind' | 'logistic'>;

function trainLogistic(
  fitted: FittedFeatures,
  leads: readonly Lead[],
  y: Float64Array,
  fold: Int32Array,
  k: number,
  lambdas: number[],
): Candidate {
  const cols = linearColumns(fitted);
  const x = toSparse(
    leads.map((l) => Float64Array.from(cols, (c) => linearValue(fitted, c, l))),
    cols.length,
  );
  const oof = lambdas.map(() => new Float64Array(leads.length));
  for (let f = 0; f < k; f++) {
    const trainRows = Int32Array.from(leads.keys()).filter((r) => fold[r] !== f);
    const testRows = Int32Array.from(leads.keys()).filter((r) => fold[r] === f);
    let init: LogisticFit | undefined;
    lambdas.forEach((lambda, li) => {
      const fit = fitLogistic(x, y, { lambda, rows: trainRows, ...(init ? { init } : {}) });
      init = fit;
      for (const r of testRows) (oof[li] as Float64Array)[r] = sparseMargin(x, r, fit.intercept, fit.weights);
    });
  }
  const losses = oof.map((m) => logLoss(y, Array.from(m, sigmoid)));
  const best = losses.indexOf(Math.min(...losses));
  const lambda = lambdas[best] ?? 1;
  const margins = oof[best] as Float64Array;
  const calibration = fitPlatt(margins, y);
  const probs = Array.from(margins, (m) => sigmoid(calibration.a * m + calibration.b));
  return {
    result: {
      kind: 'logistic',
      cvLogLoss: logLoss(y, probs),
      cvRocAuc: rocAuc(y, probs),
      detail: { lambda },
    },
    calibration,
    build: () => {
      const fit = fitLogistic(x, y, { lambda });
      return {
        kind: 'logistic',
        logistic: {
          intercept: fit.intercept,
          lambda,
          columns: cols,
          weights: Array.from(fit.weights),
          offsets: [],
        },
      };
    },
  };
}

function treeMatrix(fitted: FittedFeatures, leads: readonly Lead[]): TreeMatrix {
  const nf = fitted.spec.features.length;
  const cols = Array.from({ length: nf }, () => new Float64Array(leads.length));
  const row = new Float64Array(nf);
  const fill = compileTreeRow(fitted);
  leads.forEach((l, i) => {
    fill(l, row);
    for (let f = 0; f < nf; f++) (cols[f] as Float64Array)[i] = row[f] ?? NaN;
  });
  const levelCounts = fitted.encodings.map((e) => (e.kind === 'categorical' ? e.levels.length : 0));
  return { nRows: leads.length, cols, levelCounts };
}

function trainGbt(
  fitted: FittedFeatures,
  leads: readonly Lead[],
  y: Float64Array,
  fold: Int32Array,
  k: number,
  params: GbtParams,
): Candidate {
  const x = treeMatrix(fitted, leads);
  const curves: number[][] = [];
  const margins: { rows: Int32Array; perRound: Float64Array[] }[] = [];
  for (let f = 0; f < k; f++) {
    const rows = Int32Array.from(leads.keys()).filter((r) => fold[r] !== f);
    const evalRows = Int32Array.from(leads.keys()).filter((r) => fold[r] === f);
    const { evalLoss, evalMargins } = trainTrees(x, y, params, { rows, evalRows });
    curves.push(evalLoss.map((l) => l * evalRows.length));
    margins.push({ rows: evalRows, perRound: evalMargins });
  }
  const total = Array.from({ length: params.rounds }, (_, t) => curves.reduce((s, c) => s + (c[t] ?? 0), 0));
  const bestRound = total.indexOf(Math.min(...total));
  const oof = new Float64Array(leads.length);
  for (const { rows, perRound } of margins) rows.forEach((r, i) => (oof[r] = perRound[bestRound]?.[i] ?? 0));
  const calibration = fitPlatt(oof, y);
  const probs = Array.from(oof, (m) => sigmoid(calibration.a * m + calibration.b));
  const rounds = bestRound + 1;
  return {
    result: { kind: 'gbt', cvLogLoss: logLoss(y, probs), cvRocAuc: rocAuc(y, probs), detail: { rounds } },
    calibration,
    build: () => {
      const final = { ...params, rounds };
      const { ensemble } = trainTrees(x, y, final);
      return { kind: 'gbt', gbt: { base: ensemble.base, params: final, trees: ensemble.trees } };
    },
  };
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
  const label = options.label ?? 'converted';
  const seed = options.seed ?? 42;
  const k = options.folds ?? 5;
  const rows = leads.filter((l) => labelOf(l, label) !== null);
  const y = Float64Array.from(rows, (l) => (labelOf(l, label) ? 1 : 0));
  const positives = y.reduce((s, v) => s + v, 0);
  const minRows = options.minRows ?? 500;
  const minPos = options.minPositives ?? 50;
  if (rows.length < minRows || positives < minPos || rows.length - positives < minPos) {
    throw new TerminalError(
      'E_TOO_LITTLE_DATA',
      `too little data to train: ${rows.length} labelled rows (need ${minRows}), ${positives} positives and ` +
        `${rows.length - positives} negatives (need ${minPos} of each)`,
      { details: { rows: rows.length, positives, minRows, minPositives: minPos } },
    );
  }
  let spec = options.spec;
  if (!spec) {
    if (!options.schema)
      throw new TerminalError('E_BAD_CONFIG', 'trainModel needs a schema or a feature spec');
    spec = defaultFeatureSpec(options.schema, { includeLeaking: options.includeLeaking ?? false });
  }
  const fitted = fitFeatures(spec, rows);
  const fold = assignFolds(y, k, seed);
  const kinds = options.kinds ?? ['logistic', 'gbt'];
  const candidates: Candidate[] = [];
  if (kinds.includes('logistic'))
    candidates.push(trainLogistic(fitted, rows, y, fold, k, options.lambdas ?? DEFAULT_LAMBDAS));
  if (kinds.includes('gbt'))
    candidates.push(trainGbt(fitted, rows, y, fold, k, { ...TRAIN_GBT_PARAMS, ...options.gbt }));
  const chosen = candidates.reduce((a, b) => (b.result.cvLogLoss < a.result.cvLogLoss ? b : a));
  const body = chosen.build();
  const shared: Shared = {
    format: 'leadpipe-model',
    formatVersion: 1,
    version: '',
    label,
    createdAt: (options.now?.() ?? new Date()).toISOString(),
    trainingSeconds: 0,
    description: options.description ?? '',
    features: fitted,
    featuresUsed: specColumns(spec),
    featuresExcluded: spec.excluded,
    training: {
      rows: rows.length,
      positives,
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
    model.logistic.offsets = terms.map((t) => rows.reduce((s, l) => s + t(l), 0) / rows.length);
  }
  if (options.grades) {
    model.grades = { ...options.grades, source: 'configured' };
  } else {
    const scores = Array.from(compileModel(model).scoreBatch(rows).score).sort((a, b) => a - b);
    model.grades = {
      A: quantileScore(scores, 0.75),
      B: quantileScore(scores, 0.5),
      C: quantileScore(scores, 0.25),
      source: 'training-quartiles',
    };
  }
  model.version = `${model.kind}-${createHash('sha256').update(scoringContent(model)).digest('hex').slice(0, 16)}`;
  if (options.evaluation) {
    model.metrics = {
      heldOut: evaluateModel(model, options.evaluation),
      heldOutSource: options.evaluationSource ?? null,
    };
  }
  model.trainingSeconds = Math.round((performance.now() - started) / 10) / 100;
  return model;
}
