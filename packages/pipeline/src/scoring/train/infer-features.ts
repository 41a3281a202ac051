/**
 * Chooses the features of a model from the data, for any lead schema: what each column is (number, yes/no,
 * level, integer code) and which columns are left out and why (key, label, constant, id-like, free text,
 * leaking, unsupported type). No column name of any dataset is known here; a feature file
 * (feature-file.ts) can force columns in or out, or mark them categorical.
 */
import type { ColumnType } from '../../formats/lead-schema.ts';
import type { ExcludedColumn, FeatureDef, FeatureSpec } from '../model/feature-spec.ts';
import type { Lead, LeadValue } from '../model/lead.ts';
import { fillByClass, univariateAuc } from './column-signal.ts';
import { dateMs } from '../model/age.ts';
import type { FeatureFile } from './feature-file.ts';

/** A column offered to {@link inferFeatureSpec}: its name and its (declared or inferred) type. */
export interface TrainingColumn {
  name: string;
  type: ColumnType;
  /** Readable name for reasons (e.g. the source header); default from the name (`lead_origin` -> `Lead origin`). */
  label?: string;
}

/** Options of {@link inferFeatureSpec}; the defaults are the same for every dataset. */
export interface InferOptions {
  /** Label column (never a feature). */
  label: string;
  /** Key column (never a feature); none for files without one. */
  key?: string | null;
  /** Columns to consider, in order (as read: file header or leads_final). */
  columns: readonly TrainingColumn[];
  featureFile?: FeatureFile;
  /** Minimum training count of a category level; rarer levels are pooled into `__other__` (default 10). */
  minCount?: number;
  /** A column whose univariate ROC AUC exceeds this leaks the outcome (default 0.97). */
  leakAuc?: number;
  /** A column filled for this much larger a share of one class than of the other leaks (default 0.8). */
  leakFillGap?: number;
  /** Integer columns with at most this many distinct values are codes: categorical (default 20). */
  maxCodeLevels?: number;
  /** A column with distinct values on more than this share of its filled rows is id-like (default 0.9). */
  idLikeShare?: number;
  /** Text columns longer than this on average, with mostly distinct values, are free text (default 40). */
  freeTextLength?: number;
  /** A date column whose most common date fills more than this share of its filled rows is constant (default 0.99). */
  sameDateShare?: number;
}

/** Readable name of a column for reasons: `lead_origin` -> `Lead origin`. */
export function humanizeColumn(name: string): string {
  const s = name.replace(/_/g, ' ').trim();
  return s.charAt(0).toUpperCase() + s.slice(1);
}

interface ColumnFacts {
  filled: number;
  distinct: Map<string, number>;
  meanLength: number;
  min: number;
  zeros: number;
}

function factsOf(values: readonly LeadValue[]): ColumnFacts {
  const distinct = new Map<string, number>();
  let filled = 0;
  let length = 0;
  let min = Infinity;
  let zeros = 0;
  for (const v of values) {
    if (v === null || v === undefined) continue;
    filled++;
    const s = String(v);
    length += s.length;
    distinct.set(s, (distinct.get(s) ?? 0) + 1);
    if (typeof v === 'number') {
      if (v < min) min = v;
      if (v === 0) zeros++;
    }
  }
  return { filled, distinct, meanLength: filled ? length / filled : 0, min, zeros };
}

function pct(x: number): string {
  return `${Math.round(x * 1000) / 10}%`;
}

/**
 * Infers the feature spec from labelled training leads (`y[i]` is the 0/1 label of `leads[i]`). Each
 * column becomes one feature or one `excluded` entry with its reason and a detail:
 * - `key`, `label`: the key and label columns;
 * - `excluded-by-feature-file`: listed under `exclude`;
 * - `unsupported-type`: JSON;
 * - `constant`: one value (or none) in the training rows; for a date column, also one date on more than
 *   `sameDateShare` of its filled rows (a load date, an export stamp);
 * - `id-like`: text or integers distinct on more than 90% of filled rows (an integer column is id-like
 *   only with more than `maxCodeLevels` values);
 * - `free-text`: long text, mostly distinct;
 * - `leaks-outcome`: by itself it separates the classes almost perfectly (univariate ROC AUC above
 *   `leakAuc`), or it is filled mostly for one class (fill shares 80 points apart).
 * Columns under `include` skip the last four rules. Kinds: booleans (and 0/1 integers) are `boolean`;
 * integers with at most `maxCodeLevels` values, text and columns listed as `categorical` are
 * `categorical` (rare levels pooled); other numbers are `numeric` (log1p when never negative, clipped at
 * the 99th percentile, a missing indicator when any value is missing, a zero indicator when at least 10%
 * of the values are 0); timestamp columns (ISO-8601 text or TIMESTAMP) are `age`, the days from each date
 * to a reference time (clipped at the 99th percentile, a missing indicator when any date is missing; a
 * value that is not a date is missing).
 */
export function inferFeatureSpec(
  leads: readonly Lead[],
  y: ArrayLike<number>,
  options: InferOptions,
): FeatureSpec {
  const minCount = options.minCount ?? 10;
  const leakAuc = options.leakAuc ?? 0.97;
  const leakFillGap = options.leakFillGap ?? 0.8;
  const maxCodeLevels = options.maxCodeLevels ?? 20;
  const idLikeShare = options.idLikeShare ?? 0.9;
  const freeTextLength = options.freeTextLength ?? 40;
  const sameDateShare = options.sameDateShare ?? 0.99;
  const file = options.featureFile ?? { include: [], exclude: [], categorical: [] };
  const include = new Set(file.include);
  const features: FeatureDef[] = [];
  const excluded: ExcludedColumn[] = [];
  const out = (column: string, reason: ExcludedColumn['reason'], detail: string): void =>
    void excluded.push({ column, reason, detail });

  for (const col of options.columns) {
    const { name, type } = col;
    if (name === options.label) {
      out(name, 'label', 'the label the model predicts');
      continue;
    }
    if (options.key && name === options.key) {
      out(name, 'key', 'the key of the leads');
      continue;
    }
    if (file.exclude.includes(name)) {
      out(name, 'excluded-by-feature-file', 'listed under "exclude" in the feature file');
      continue;
    }
    const forced = include.has(name);
    const asCategory = file.categorical.includes(name);
    const isDate = type === 'timestamp' && !asCategory;
    // A date is read as its time (ms): its signal is that of its age, and text that is no date is missing.
    const values = leads.map((l) => (isDate ? dateMs(l[name]) : (l[name] ?? null)));
    const facts = factsOf(values);
    if (type === 'json' && !asCategory) {
      out(name, 'unsupported-type', `${type} columns are not used as features`);
      continue;
    }
    if (facts.distinct.size <= 1) {
      const only = [...facts.distinct.keys()][0];
      const shown = only !== undefined && isDate ? new Date(Number(only)).toISOString() : only;
      out(
        name,
        'constant',
        shown === undefined ? 'always empty' : `always ${JSON.stringify(shown)} or empty`,
      );
      continue;
    }
    if (isDate && !forced) {
      const [top, count] = [...facts.distinct.entries()].reduce((a, b) => (b[1] > a[1] ? b : a));
      if (count > sameDateShare * facts.filled) {
        out(
          name,
          'constant',
          `${new Date(Number(top)).toISOString()} on ${pct(count / facts.filled)} of the filled rows`,
        );
        continue;
      }
    }
    const distinctShare = facts.distinct.size / facts.filled;
    const isNumber = type === 'integer' || type === 'double';
    const zeroOne = type === 'integer' && [...facts.distinct.keys()].every((k) => k === '0' || k === '1');
    const kind: FeatureDef['kind'] = asCategory
      ? 'categorical'
      : isDate
        ? 'age'
        : type === 'boolean' || zeroOne
          ? 'boolean'
          : type === 'integer' && facts.distinct.size <= maxCodeLevels
            ? 'categorical'
            : isNumber
              ? 'numeric'
              : 'categorical';
    if (!forced) {
      const textual = type === 'string' || type === 'integer';
      if (
        textual &&
        kind !== 'boolean' &&
        facts.distinct.size > maxCodeLevels &&
        distinctShare > idLikeShare
      ) {
        const text = type === 'string' && facts.meanLength > freeTextLength;
        out(
          name,
          text ? 'free-text' : 'id-like',
          `${facts.distinct.size} distinct values in ${facts.filled} filled rows` +
            (text ? `, ${Math.round(facts.meanLength)} characters on average` : ''),
        );
        continue;
      }
      if (type === 'string' && facts.meanLength > freeTextLength && distinctShare > 0.5) {
        out(
          name,
          'free-text',
          `${Math.round(facts.meanLength)} characters on average, ${pct(distinctShare)} distinct`,
        );
        continue;
      }
      const auc = univariateAuc(values, y, kind === 'numeric' || kind === 'age', minCount);
      if (auc > leakAuc) {
        out(
          name,
          'leaks-outcome',
          `alone it predicts the label with ROC AUC ${auc.toFixed(3)} (over ${leakAuc})`,
        );
        continue;
      }
      const fill = fillByClass(values, y);
      if (Math.abs(fill.positives - fill.negatives) >= leakFillGap) {
        out(
          name,
          'leaks-outcome',
          `filled for ${pct(fill.positives)} of positive and ${pct(fill.negatives)} of negative rows`,
        );
        continue;
      }
    }
    const label = col.label ?? humanizeColumn(name);
    if (kind === 'boolean') {
      const missing = facts.filled < leads.length * 0.99;
      features.push({ kind: 'boolean', name, label, column: name, missingIndicator: missing });
    } else if (kind === 'age') {
      features.push({
        kind: 'age',
        name,
        label,
        column: name,
        unit: 'days',
        clipQuantile: 0.99,
        missingIndicator: facts.filled < leads.length,
      });
    } else if (kind === 'categorical') {
      features.push({
        kind: 'categorical',
        name,
        label,
        column: name,
        foldCase: type === 'string',
        minCount,
      });
    } else {
      features.push({
        kind: 'numeric',
        name,
        label,
        column: name,
        transform: facts.min >= 0 ? 'log1p' : 'none',
        clipQuantile: 0.99,
        missingIndicator: facts.filled < leads.length,
        zeroIndicator: facts.min >= 0 && facts.zeros >= 0.1 * facts.filled && facts.zeros < facts.filled,
      });
    }
  }
  return { features, excluded };
}
