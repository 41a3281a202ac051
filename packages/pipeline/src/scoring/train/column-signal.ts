/**
 * How strongly one column alone separates the classes: the univariate checks behind leak detection
 * (infer-features.ts). Pure functions over a column's values and 0/1 labels.
 */
import type { LeadValue } from '../model/lead.ts';
import { rocAuc } from './metrics.ts';

/**
 * ROC AUC of the best single-column predictor, folded to 0.5–1 (a column that sorts the classes backwards
 * separates them as well). Numbers are ranked by value, with missing values tried both below and above
 * every number; other values (levels, booleans) by their class rate in these rows, levels seen fewer than
 * `minCount` times pooled into one, missing as a level of its own.
 *
 * @example
 * univariateAuc([1, 2, 3, 4], [0, 0, 1, 1], true); // 1
 */
export function univariateAuc(
  values: readonly LeadValue[],
  y: ArrayLike<number>,
  numeric: boolean,
  minCount = 10,
): number {
  const fold = (a: number): number => (Number.isNaN(a) ? 0.5 : Math.max(a, 1 - a));
  if (numeric) {
    let lo = Infinity;
    let hi = -Infinity;
    for (const v of values) {
      if (typeof v === 'number') {
        if (v < lo) lo = v;
        if (v > hi) hi = v;
      }
    }
    if (lo === Infinity) return 0.5;
    const below = values.map((v) => (typeof v === 'number' ? v : lo - 1));
    const above = values.map((v) => (typeof v === 'number' ? v : hi + 1));
    return Math.max(fold(rocAuc(y, below)), fold(rocAuc(y, above)));
  }
  const counts = new Map<string, { n: number; pos: number }>();
  const keys = values.map((v) => (v === null || v === undefined ? '\u0000missing' : String(v).toLowerCase()));
  keys.forEach((k, i) => {
    const c = counts.get(k) ?? { n: 0, pos: 0 };
    c.n++;
    c.pos += y[i] ?? 0;
    counts.set(k, c);
  });
  const pooled = { n: 0, pos: 0 };
  for (const [k, c] of counts) {
    if (c.n < minCount && k !== '\u0000missing') {
      pooled.n += c.n;
      pooled.pos += c.pos;
    }
  }
  const rate = keys.map((k) => {
    const c = counts.get(k) as { n: number; pos: number };
    const g = c.n < minCount && k !== '\u0000missing' ? pooled : c;
    return g.pos / g.n;
  });
  return fold(rocAuc(y, rate));
}

/** How filled a column is in each class: share of non-missing values among positives and negatives. */
export interface FillByClass {
  positives: number;
  negatives: number;
}

/** Share of rows with a value, per class. */
export function fillByClass(values: readonly LeadValue[], y: ArrayLike<number>): FillByClass {
  let pos = 0;
  let neg = 0;
  let posFilled = 0;
  let negFilled = 0;
  values.forEach((v, i) => {
    const filled = v !== null && v !== undefined;
    if (y[i] === 1) {
      pos++;
      if (filled) posFilled++;
    } else {
      neg++;
      if (filled) negFilled++;
    }
  });
  return { positives: pos ? posFilled / pos : 0, negatives: neg ? negFilled / neg : 0 };
}
