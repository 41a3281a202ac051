/**
 * The two candidates of training, each cross-validated on the same folds and Platt-calibrated on its
 * out-of-fold margins: L2 logistic regression (strength chosen by CV) and gradient-boosted trees (rounds
 * chosen by CV). `build` refits the chosen one on all rows.
 */
import type { FittedFeatures } from '../model/features.ts';
import { linearColumns, linearValue } from '../model/features.ts';
import type { Lead } from '../model/lead.ts';
import type { CandidateResult, GbtModel, LogisticModel, PlattCalibration } from '../model/model.ts';
import { compileTreeRow } from '../model/compile-model.ts';
import type { GbtParams } from '../model/tree.ts';
import { seededRandom } from '../../seeded-random.ts';
import { trainTrees } from './gbt.ts';
import { fitLogistic, sparseMargin, toSparse } from './logistic.ts';
import type { LogisticFit } from './logistic.ts';
import { logLoss, rocAuc } from './metrics.ts';
import type { TreeMatrix } from './tree-matrix.ts';

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

/** The logistic function. */
export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** A cross-validated candidate model. */
export interface Candidate {
  result: CandidateResult;
  calibration: PlattCalibration;
  /** Calibrated out-of-fold probability of every training row. */
  oof: Float64Array;
  build: () => Omit<LogisticModel, keyof Shared> | Omit<GbtModel, keyof Shared>;
}

/** The card fields both model kinds share (filled in by trainModel). */
export type Shared = Omit<LogisticModel, 'kind' | 'logistic'>;

/** Cross-validates logistic regression over `lambdas` on the folds; ages measured at `at` (ms since 1970). */
export function trainLogistic(
  fitted: FittedFeatures,
  leads: readonly Lead[],
  y: Float64Array,
  fold: Int32Array,
  k: number,
  lambdas: number[],
  at: number,
): Candidate {
  const cols = linearColumns(fitted);
  const x = toSparse(
    leads.map((l) => Float64Array.from(cols, (c) => linearValue(fitted, c, l, at))),
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
    oof: Float64Array.from(probs),
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

function treeMatrix(fitted: FittedFeatures, leads: readonly Lead[], at: number): TreeMatrix {
  const nf = fitted.spec.features.length;
  const cols = Array.from({ length: nf }, () => new Float64Array(leads.length));
  const row = new Float64Array(nf);
  const fill = compileTreeRow(fitted);
  leads.forEach((l, i) => {
    fill(l, row, at);
    for (let f = 0; f < nf; f++) (cols[f] as Float64Array)[i] = row[f] ?? NaN;
  });
  const levelCounts = fitted.encodings.map((e) => (e.kind === 'categorical' ? e.levels.length : 0));
  return { nRows: leads.length, cols, levelCounts };
}

/**
 * Cross-validates boosted trees on the folds; a fold stops after `patience` rounds without improvement.
 * Ages are measured at `at` (ms since 1970).
 */
export function trainGbt(
  fitted: FittedFeatures,
  leads: readonly Lead[],
  y: Float64Array,
  fold: Int32Array,
  k: number,
  params: GbtParams,
  patience: number | null,
  at: number,
): Candidate {
  const x = treeMatrix(fitted, leads, at);
  const curves: number[][] = [];
  const margins: { rows: Int32Array; perRound: Float64Array[] }[] = [];
  for (let f = 0; f < k; f++) {
    const rows = Int32Array.from(leads.keys()).filter((r) => fold[r] !== f);
    const evalRows = Int32Array.from(leads.keys()).filter((r) => fold[r] === f);
    const { evalLoss, evalMargins } = trainTrees(x, y, params, {
      rows,
      evalRows,
      ...(patience === null ? {} : { patience }),
    });
    curves.push(evalLoss.map((l) => l * evalRows.length));
    margins.push({ rows: evalRows, perRound: evalMargins });
  }
  // A fold stopped early stays at its last round: its loss and margins are those of its last tree.
  const grown = Math.max(...curves.map((c) => c.length));
  const atRound = <T>(c: readonly T[], t: number): T | undefined => c[Math.min(t, c.length - 1)];
  const total = Array.from({ length: grown }, (_, t) => curves.reduce((s, c) => s + (atRound(c, t) ?? 0), 0));
  const bestRound = total.indexOf(Math.min(...total));
  const oof = new Float64Array(leads.length);
  for (const { rows, perRound } of margins)
    rows.forEach((r, i) => (oof[r] = atRound(perRound, bestRound)?.[i] ?? 0));
  const calibration = fitPlatt(oof, y);
  const probs = Array.from(oof, (m) => sigmoid(calibration.a * m + calibration.b));
  const rounds = bestRound + 1;
  return {
    result: { kind: 'gbt', cvLogLoss: logLoss(y, probs), cvRocAuc: rocAuc(y, probs), detail: { rounds } },
    calibration,
    oof: Float64Array.from(probs),
    build: () => {
      const final = { ...params, rounds };
      const { ensemble } = trainTrees(x, y, final);
      return { kind: 'gbt', gbt: { base: ensemble.base, params: final, trees: ensemble.trees } };
    },
  };
}
