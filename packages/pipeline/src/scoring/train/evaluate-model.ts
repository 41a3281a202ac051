/** Quality figures of a model on labelled leads (the model card's held-out metrics). */
import type { Lead } from '../model/lead.ts';
import type { Grade, LeadModel, ModelMetrics } from '../model/model.ts';
import { scoreLeads } from '../model/compile-model.ts';
import { brierScore, decileTable, logLoss, rocAuc, thresholdMetrics } from './metrics.ts';

/** True/false label of a lead, or null when unlabelled. */
export function labelOf(lead: Lead, label: string): boolean | null {
  const v = lead[label];
  if (v === true || v === 1) return true;
  if (v === false || v === 0) return false;
  return null;
}

/**
 * Computes ROC AUC, Brier, log loss, accuracy at 0.5, precision/recall at the grade cut-offs and the
 * decile table on the labelled leads (unlabelled ones are skipped).
 */
export function evaluateModel(model: LeadModel, leads: readonly Lead[]): ModelMetrics {
  const labelled = leads.filter((l) => labelOf(l, model.label) !== null);
  const y = labelled.map((l) => (labelOf(l, model.label) ? 1 : 0));
  const { probability, score } = scoreLeads(model, labelled);
  const grades: [Grade, number][] = [
    ['A', model.grades.A],
    ['B', model.grades.B],
    ['C', model.grades.C],
  ];
  return {
    rows: labelled.length,
    positives: y.reduce((s: number, v) => s + v, 0),
    rocAuc: rocAuc(y, probability),
    brier: brierScore(y, probability),
    logLoss: logLoss(y, probability),
    accuracy: thresholdMetrics(y, probability, 0.5).accuracy,
    atGrades: grades.map(([grade, t]) => ({ grade, ...thresholdMetrics(y, score, t) })),
    deciles: decileTable(y, probability),
  };
}
