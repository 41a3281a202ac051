/**
 * The active model's features as clients need them to adapt to any data: per input column its kind, the
 * levels it knows, the numeric range, a typical value (median, or the most frequent level) and how much
 * the model leans on it. Read from the model JSON as it is; fields a newer trainer may add are not needed.
 */
import { explainLead } from '../scoring/model/explain.ts';
import { humanizeColumn } from './column-labels.ts';
import type { Lead } from '../scoring/model/lead.ts';
import type { TreeNode } from '../scoring/model/tree.ts';
import type { LeadModel } from '../scoring/model/model.ts';
import type { ScoringModel } from '../scoring/model/scoring-model.ts';

/** One input column of the model. */
export interface ModelFeature {
  /** The lead column the user types or filters (engineered features report the column they read). */
  column: string;
  /** The model's own label of the feature (English; clients prefer the column labels of `/schema`). */
  label: string;
  kind: 'categorical' | 'numeric' | 'boolean';
  /** Known levels, most frequent first (categorical). */
  levels?: string[];
  /** Training range: numeric low and high (clip range of the linear model, or min/max seen). */
  range?: [number, number];
  /** A typical value: the training median, or the most frequent level, or the more frequent of yes/no. */
  typical?: string | number | boolean;
  /** Share of the model's reliance on this column, 0-1; the shares of all features add up to 1. */
  importance: number;
}

/** How much each tree feature moves the margin: |left - right| of every split on it, summed. */
function treeSpread(node: TreeNode, out: Map<number, number>): void {
  if (node.type === 'leaf') return;
  const delta = Math.abs(node.left.value - node.right.value);
  out.set(node.feature, (out.get(node.feature) ?? 0) + delta);
  treeSpread(node.left, out);
  treeSpread(node.right, out);
}

/**
 * Raw importance per feature index of a trained model: with leads, the mean absolute contribution of each
 * feature to their log-odds (the same attribution as the reasons); without, read from the parameters.
 */
function rawImportance(model: LeadModel, leads: readonly Lead[]): Map<number, number> {
  const out = new Map<number, number>();
  if (leads.length > 0) {
    for (const lead of leads) {
      explainLead(model, lead).contributions.forEach((c, i) =>
        out.set(i, (out.get(i) ?? 0) + Math.abs(c.logOdds)),
      );
    }
    return out;
  }
  if (model.kind === 'gbt') {
    for (const t of model.gbt.trees ?? []) treeSpread(t, out);
    return out;
  }
  // Logistic: numbers are standardised, so weights compare; a categorical feature counts its spread of
  // level weights (what changing the level can do), not their sum.
  const byFeature = new Map<number, number[]>();
  (model.logistic.columns ?? []).forEach((c, j) => {
    const list = byFeature.get(c.feature) ?? [];
    list.push(model.logistic.weights[j] ?? 0);
    byFeature.set(c.feature, list);
  });
  for (const [feature, weights] of byFeature) {
    const levels = model.features.spec.features[feature]?.kind === 'categorical';
    out.set(
      feature,
      levels
        ? Math.max(0, ...weights) - Math.min(0, ...weights)
        : weights.reduce((s, w) => s + Math.abs(w), 0),
    );
  }
  return out;
}

function trainedFeatures(model: LeadModel, leads: readonly Lead[]): ModelFeature[] {
  const spec = model.features.spec.features;
  const raw = rawImportance(model, leads);
  const byColumn = new Map<string, ModelFeature>();
  spec.forEach((f, i) => {
    // A date's age has no input or breakdown in the dashboard yet (#16): it is left out here.
    if (f.kind === 'age') return;
    const enc = model.features.encodings[i];
    const weight = raw.get(i) ?? 0;
    const prior = byColumn.get(f.column);
    if (prior) {
      // An engineered feature (a ratio) reads a column another feature already shows: credit that column.
      prior.importance += weight;
      return;
    }
    const feature: ModelFeature = { column: f.column, label: f.label, kind: f.kind, importance: weight };
    if (enc?.kind === 'categorical') {
      const order = enc.levels
        .map((level, j) => ({ level, label: enc.labels[j] ?? level, count: enc.counts?.[j] ?? 0 }))
        .filter((l) => !l.level.startsWith('__'))
        .sort((a, b) => b.count - a.count);
      feature.levels = order.map((l) => l.label);
      if (order[0]) feature.typical = order[0].label;
    } else if (enc?.kind === 'numeric') {
      feature.range = [enc.low, enc.high];
      feature.typical = enc.fill;
    } else if (enc?.kind === 'boolean') {
      feature.typical = enc.rate >= 0.5;
    }
    byColumn.set(f.column, feature);
  });
  return [...byColumn.values()];
}

/**
 * The model's input columns, most important first, with importances normalised to shares, measured on
 * `leads` (a sample of the home's leads) when given. Rules models report the columns their rules test,
 * weighted by the points at stake.
 */
export function modelFeatures(model: ScoringModel, leads: readonly Lead[] = []): ModelFeature[] {
  let features: ModelFeature[];
  if (model.kind === 'rules') {
    const byColumn = new Map<string, ModelFeature>();
    for (const rule of model.rules) {
      for (const c of rule.when) {
        const f = byColumn.get(c.column) ?? {
          column: c.column,
          label: humanizeColumn(c.column),
          kind: 'categorical' as const,
          importance: 0,
        };
        f.importance += Math.abs(rule.points);
        byColumn.set(c.column, f);
      }
    }
    features = [...byColumn.values()];
  } else features = trainedFeatures(model, leads);
  const total = features.reduce((s, f) => s + f.importance, 0);
  for (const f of features) f.importance = total > 0 ? f.importance / total : 1 / features.length;
  return features.sort((a, b) => b.importance - a.importance || (a.column < b.column ? -1 : 1));
}
