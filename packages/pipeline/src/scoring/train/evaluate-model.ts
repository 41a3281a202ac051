/** Quality figures of a model on labelled leads (the model card's held-out metrics). */
import type { Lead } from '../model/lead.ts';
import type { Grade, GradeThresholds, LeadModel, ModelMetrics } from '../model/model.ts';
import { scoreOf } from '../model/model.ts';
import { scoreLeads } from '../model/compile-model.ts';
import { brierScore, decileTable, logLoss, rocAuc, thresholdMetrics } from './metrics.ts';

const TRUE_LABELS = new Set(['1', 'true', 'yes', 'y', 't']);
const FALSE_LABELS = new Set(['0', 'false', 'no', 'n', 'f']);

/**
 * True/false label of a lead, or null when it has no usable label: booleans, 1/0, and the texts
 * true/false, yes/no, y/n, t/f, 1/0 (any case, trimmed).
 */
export function labelOf(lead: Lead, label: string): boolean | null {
  const v = lead[label];
  if (v === true || v === 1) return true;
  if (v === false || v === 0) return false;
  if (typeof v === 'string') {
    const s = v.trim().toLowerCase();
    if (TRUE_LABELS.has(s)) return true;
    if (FALSE_LABELS.has(s)) return false;
  }
  return null;
}

/**
 * Computes ROC AUC, Brier, log loss, accuracy at 0.5, precision/recall at the grade cut-offs and the
 * decile table on the labelled leads (unlabelled ones are skipped). Ages are measured at `at` (ms since
 * 1970; default now): training passes its own reference, as held-out rows are of the same snapshot.
 */
export function evaluateModel(model: LeadModel, leads: readonly Lead[], at?: number): ModelMetrics {
  const labelled = leads.filter((l) => labelOf(l, model.label) !== null);
  const y = labelled.map((l) => (labelOf(l, model.label) ? 1 : 0));
  const { probability } = scoreLeads(model, labelled, at);
  return metricsOf(y, probability, model.grades);
}

/**
 * The same figures from 0/1 labels and probabilities (scores are `scoreOf(probability)`), e.g. for
 * out-of-fold predictions.
 */
export function metricsOf(
  y: ArrayLike<number>,
  probability: ArrayLike<number>,
  t: GradeThresholds,
): ModelMetrics {
  const score = Array.from(probability, scoreOf);
  const grades: [Grade, number][] = [
    ['A', t.A],
    ['B', t.B],
    ['C', t.C],
  ];
  return {
    rows: y.length,
    positives: Array.from(y).reduce((s: number, v) => s + v, 0),
    rocAuc: rocAuc(y, probability),
    brier: brierScore(y, probability),
    logLoss: logLoss(y, probability),
    accuracy: thresholdMetrics(y, probability, 0.5).accuracy,
    atGrades: grades.map(([grade, t]) => ({ grade, ...thresholdMetrics(y, score, t) })),
    deciles: decileTable(y, probability),
  };
}
