/**
 * The fitted encodings of a feature spec (feature-spec.ts: levels, quantiles, fills) and the values the
 * models read from a lead. The same definitions drive training, the TypeScript scorer and the SQL compiler,
 * so every transform here must be expressible in SQL with the same floating-point result.
 */
import type { Lead, LeadValue } from './lead.ts';
import { MISSING_LEVEL, OTHER_LEVEL, hasAgeFeatures } from './feature-spec.ts';
import type {
  AgeFeature,
  BooleanFeature,
  CategoricalFeature,
  FeatureSpec,
  NumericFeature,
} from './feature-spec.ts';
import { ageDays } from './age.ts';

/** Fitted encoding of a categorical feature; `levels` always ends with `__missing__`, `__other__`. */
export interface CategoricalEncoding {
  kind: 'categorical';
  levels: string[];
  /** Most frequent original spelling of each level, for reasons. */
  labels: string[];
  counts: number[];
}

/** Fitted encoding of a numeric or age feature (all from training rows; for an age, of its days). */
export interface NumericEncoding {
  kind: 'numeric';
  /** Median of the raw values; replaces missing values in the linear model. */
  fill: number;
  low: number;
  high: number;
  /** Mean and standard deviation of the transformed value, for standardising. */
  mean: number;
  sd: number;
}

/** Fitted encoding of a boolean feature. */
export interface BooleanEncoding {
  kind: 'boolean';
  /** Share of true among non-missing training values. */
  rate: number;
}

/** Fitted encoding of one feature. */
export type FeatureEncoding = CategoricalEncoding | NumericEncoding | BooleanEncoding;

/** Spec plus fitted encodings (parallel to `spec.features`). */
export interface FittedFeatures {
  spec: FeatureSpec;
  encodings: FeatureEncoding[];
  /**
   * The time (ISO 8601) training measured ages from, when the spec has age features (absent otherwise):
   * the encodings of those features are in days before it. Scoring measures ages from the time of scoring.
   */
  ageReference?: string;
}

function asNumber(v: LeadValue | undefined): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return null;
}

/** The raw value of a numeric feature (before fill/clip/transform), or null. */
export function rawNumeric(f: NumericFeature, lead: Lead): number | null {
  const x = asNumber(lead[f.column]);
  if (!f.divideBy) return x;
  const d = asNumber(lead[f.divideBy]);
  if (x === null || d === null || d === 0) return null;
  return x / d;
}

/** The age in days of an age feature's date at `at` (ms since 1970), or null when it has no date. */
export function rawAge(f: AgeFeature, lead: Lead, at: number): number | null {
  return ageDays(lead[f.column], at);
}

/** A boolean feature as 1, 0 or null. */
export function rawBoolean(f: BooleanFeature, lead: Lead): number | null {
  const v = lead[f.column];
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v === 0 || v === 1) return v;
  return null;
}

/** The folded level key of a categorical value (before rare-level bucketing), or `__missing__`. */
export function levelKey(f: CategoricalFeature, v: LeadValue | undefined): string {
  if (v === null || v === undefined) return MISSING_LEVEL;
  const s = String(v);
  return f.foldCase ? s.toLowerCase() : s;
}

/** Index into `enc.levels` of a lead's value (unknown and rare levels map to `__other__`). */
export function levelIndex(
  f: CategoricalFeature,
  enc: CategoricalEncoding,
  v: LeadValue | undefined,
): number {
  const i = enc.levels.indexOf(levelKey(f, v));
  return i >= 0 ? i : enc.levels.length - 1;
}

/**
 * {@link levelIndex} as a function of one value, remembering the index of each text seen (up to 10,000):
 * a batch repeats the same few levels, and folding and looking each up again is the cost of scoring.
 */
export function cachedLevelReader(
  f: CategoricalFeature,
  enc: CategoricalEncoding,
): (v: LeadValue | undefined) => number {
  // A null-prototype object beats a Map here: V8 internalises the key once, later lookups are cheap.
  const cache = Object.create(null) as Record<string, number>;
  let size = 0;
  const missing = levelIndex(f, enc, null);
  return (v) => {
    if (v === null || v === undefined) return missing;
    const s = typeof v === 'string' ? v : String(v);
    let k = cache[s];
    if (k === undefined) {
      k = levelIndex(f, enc, s);
      if (size++ < 10_000) cache[s] = k;
    }
    return k;
  };
}

/**
 * The linear-model value of a numeric feature: fill, clip to [low, high], transform, standardise. An age
 * feature the same way, without a transform.
 */
export function linearNumeric(
  f: NumericFeature | AgeFeature,
  enc: NumericEncoding,
  raw: number | null,
): number {
  let x = raw === null ? enc.fill : raw;
  x = Math.min(Math.max(x, enc.low), enc.high);
  // ln(1 + x), not Math.log1p: DuckDB has no log1p and the SQL must match to the last bits.
  if (f.kind === 'numeric' && f.transform === 'log1p') x = Math.log(1 + x);
  return (x - enc.mean) / enc.sd;
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1)))] ?? 0;
}

/**
 * Fits level sets, quantiles, fills and standardisation on training leads. Ages are measured from `at`
 * (ms since 1970; default now), which the result keeps as `ageReference` when the spec has age features.
 */
export function fitFeatures(
  spec: FeatureSpec,
  leads: readonly Lead[],
  at: number = Date.now(),
): FittedFeatures {
  const encodings = spec.features.map((f): FeatureEncoding => {
    if (f.kind === 'categorical') {
      const counts = new Map<string, number>();
      const spellings = new Map<string, Map<string, number>>();
      for (const lead of leads) {
        const v = lead[f.column];
        const key = levelKey(f, v);
        counts.set(key, (counts.get(key) ?? 0) + 1);
        if (key !== MISSING_LEVEL) {
          const m = spellings.get(key) ?? new Map<string, number>();
          m.set(String(v), (m.get(String(v)) ?? 0) + 1);
          spellings.set(key, m);
        }
      }
      const kept = [...counts.entries()]
        .filter(([k, c]) => k !== MISSING_LEVEL && k !== OTHER_LEVEL && c >= f.minCount)
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .map(([k]) => k);
      const keptSet = new Set(kept);
      let other = 0;
      for (const [k, c] of counts) if (k !== MISSING_LEVEL && !keptSet.has(k)) other += c;
      const labels = kept.map((k) => {
        const m = [...(spellings.get(k) ?? new Map<string, number>()).entries()];
        m.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
        return m[0]?.[0] ?? k;
      });
      return {
        kind: 'categorical',
        levels: [...kept, MISSING_LEVEL, OTHER_LEVEL],
        labels: [...labels, 'missing', 'other'],
        counts: [...kept.map((k) => counts.get(k) ?? 0), counts.get(MISSING_LEVEL) ?? 0, other],
      };
    }
    if (f.kind === 'boolean') {
      let t = 0;
      let n = 0;
      for (const lead of leads) {
        const v = rawBoolean(f, lead);
        if (v !== null) {
          t += v;
          n++;
        }
      }
      return { kind: 'boolean', rate: n ? t / n : 0 };
    }
    const raw = (lead: Lead): number | null => (f.kind === 'age' ? rawAge(f, lead, at) : rawNumeric(f, lead));
    const values: number[] = [];
    for (const lead of leads) {
      const v = raw(lead);
      if (v !== null) values.push(v);
    }
    values.sort((a, b) => a - b);
    const enc: NumericEncoding = {
      kind: 'numeric',
      fill: quantile(values, 0.5),
      low: values[0] ?? 0,
      high: f.clipQuantile === null ? (values[values.length - 1] ?? 0) : quantile(values, f.clipQuantile),
      mean: 0,
      sd: 1,
    };
    if (f.kind === 'numeric' && f.transform === 'log1p' && enc.low < 0) enc.low = 0;
    let s = 0;
    let ss = 0;
    for (const lead of leads) {
      const x = linearNumeric(f, enc, raw(lead));
      s += x;
      ss += x * x;
    }
    const n = leads.length || 1;
    const mean = s / n;
    const sd = Math.sqrt(Math.max(ss / n - mean * mean, 0));
    enc.mean = mean;
    enc.sd = sd > 1e-12 ? sd : 1;
    return enc;
  });
  return hasAgeFeatures(spec)
    ? { spec, encodings, ageReference: new Date(at).toISOString() }
    : { spec, encodings };
}

/** One column of the linear model's design matrix. */
export interface LinearColumn {
  /** Index into `spec.features`. */
  feature: number;
  role: 'level' | 'value' | 'missing' | 'zero';
  /** For `level` columns: index into the encoding's levels. */
  level?: number;
}

/** The design-matrix columns of the linear model, grouped by feature in spec order. */
export function linearColumns(fitted: FittedFeatures): LinearColumn[] {
  const cols: LinearColumn[] = [];
  fitted.spec.features.forEach((f, i) => {
    const enc = fitted.encodings[i];
    if (f.kind === 'categorical' && enc?.kind === 'categorical') {
      enc.levels.forEach((_, level) => cols.push({ feature: i, role: 'level', level }));
    } else if (f.kind === 'numeric') {
      cols.push({ feature: i, role: 'value' });
      if (f.missingIndicator) cols.push({ feature: i, role: 'missing' });
      if (f.zeroIndicator) cols.push({ feature: i, role: 'zero' });
    } else if (f.kind === 'age') {
      cols.push({ feature: i, role: 'value' });
      if (f.missingIndicator) cols.push({ feature: i, role: 'missing' });
    } else if (f.kind === 'boolean') {
      cols.push({ feature: i, role: 'value' });
      if (f.missingIndicator) cols.push({ feature: i, role: 'missing' });
    }
  });
  return cols;
}

/** The value of one design-matrix column for a lead, ages measured at `at` (ms since 1970; default now). */
export function linearValue(
  fitted: FittedFeatures,
  col: LinearColumn,
  lead: Lead,
  at: number = Date.now(),
): number {
  const f = fitted.spec.features[col.feature];
  const enc = fitted.encodings[col.feature];
  if (!f || !enc) return 0;
  if (f.kind === 'categorical' && enc.kind === 'categorical') {
    return levelIndex(f, enc, lead[f.column]) === col.level ? 1 : 0;
  }
  if (f.kind === 'numeric' && enc.kind === 'numeric') {
    const raw = rawNumeric(f, lead);
    if (col.role === 'missing') return raw === null ? 1 : 0;
    if (col.role === 'zero') return raw === 0 ? 1 : 0;
    return linearNumeric(f, enc, raw);
  }
  if (f.kind === 'age' && enc.kind === 'numeric') {
    const raw = rawAge(f, lead, at);
    if (col.role === 'missing') return raw === null ? 1 : 0;
    return linearNumeric(f, enc, raw);
  }
  if (f.kind === 'boolean') {
    const raw = rawBoolean(f, lead);
    if (col.role === 'missing') return raw === null ? 1 : 0;
    return raw ?? 0;
  }
  return 0;
}

/**
 * The tree models' view of a lead: one number per feature (categorical -> level index, numeric ->
 * raw value, boolean -> 0/1, age -> days before `at` (ms since 1970; default now); NaN for missing
 * numbers, booleans and dates).
 */
export function treeRow(
  fitted: FittedFeatures,
  lead: Lead,
  out: Float64Array,
  at: number = Date.now(),
): Float64Array {
  const feats = fitted.spec.features;
  for (let i = 0; i < feats.length; i++) {
    const f = feats[i];
    const enc = fitted.encodings[i];
    if (!f || !enc) continue;
    if (f.kind === 'categorical' && enc.kind === 'categorical') out[i] = levelIndex(f, enc, lead[f.column]);
    else if (f.kind === 'numeric') out[i] = rawNumeric(f, lead) ?? NaN;
    else if (f.kind === 'boolean') out[i] = rawBoolean(f, lead) ?? NaN;
    else if (f.kind === 'age') out[i] = rawAge(f, lead, at) ?? NaN;
  }
  return out;
}
