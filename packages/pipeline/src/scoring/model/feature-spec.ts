/**
 * The declarative, JSON-serialisable feature spec (what the model may read, and how) and the default spec
 * for a lead schema. Fitting and evaluating the features is features.ts.
 */
import type { LeadSchema } from '../../formats/lead-schema.ts';

/** Columns filled in by sales after first contact: they encode the outcome. */
export const LEAKING_COLUMNS = [
  'tags',
  'lead_quality',
  'lead_profile',
  'asymmetrique_activity_index',
  'asymmetrique_profile_index',
  'asymmetrique_activity_score',
  'asymmetrique_profile_score',
  'last_notable_activity',
] as const;

/** Identifier and label columns that are never features. */
export const NEVER_FEATURE_COLUMNS = ['prospect_id', 'lead_number', 'converted'] as const;

/** Level for a missing categorical value. */
export const MISSING_LEVEL = '__missing__';
/** Level for categorical values seen fewer than `minCount` times in training, or never. */
export const OTHER_LEVEL = '__other__';

/** A string column one-hot encoded (linear model) or split by level sets (trees). */
export interface CategoricalFeature {
  kind: 'categorical';
  name: string;
  /** Readable name used in reasons, e.g. `Lead Origin`. */
  label: string;
  column: string;
  /** Compare levels lower-cased (`Google` and `google` are one level). */
  foldCase: boolean;
  /** Levels seen fewer times than this in training become `__other__`. */
  minCount: number;
}

/** A numeric column, or the ratio `column / divideBy` (null when either is null or the divisor is 0). */
export interface NumericFeature {
  kind: 'numeric';
  name: string;
  label: string;
  column: string;
  divideBy?: string;
  /** Linear model only: `log1p` is computed as ln(1 + x) in both TS and SQL. Trees use raw values. */
  transform: 'none' | 'log1p';
  /** Linear model only: clip above at this training quantile (e.g. 0.99); null = no clip. */
  clipQuantile: number | null;
  /** Linear model only: add a 0/1 column "value was missing" (missing values are filled with the median). */
  missingIndicator: boolean;
  /** Linear model only: add a 0/1 column "value was exactly 0" (e.g. zero visits). */
  zeroIndicator: boolean;
}

/** A boolean column (true = 1, false = 0). */
export interface BooleanFeature {
  kind: 'boolean';
  name: string;
  label: string;
  column: string;
  /** Linear model only: add a 0/1 column "value was missing" (missing counts as false otherwise). */
  missingIndicator: boolean;
}

/** One feature of the spec. */
export type FeatureDef = CategoricalFeature | NumericFeature | BooleanFeature;

/** A column left out of the features, and why. */
export interface ExcludedColumn {
  column: string;
  reason: 'leaks-outcome' | 'identifier-or-label';
}

/** The whole declarative spec; travels inside the model JSON. */
export interface FeatureSpec {
  features: FeatureDef[];
  excluded: ExcludedColumn[];
}

/** Options of {@link defaultFeatureSpec}. */
export interface DefaultSpecOptions {
  /** Include the columns that leak the outcome (default false). */
  includeLeaking?: boolean;
  /** Minimum training count of a category level (default 10). */
  minCount?: number;
}

function humanize(name: string): string {
  const s = name.replace(/_/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * The default spec for a lead schema: every string column categorical (case-folded, rare levels
 * bucketed), every boolean column boolean, every number numeric (log1p, clipped at the 99th
 * percentile, missing and zero indicators), plus time per visit when the visit columns exist.
 * Leaking columns are excluded unless `includeLeaking` is true; ids and the label never are features.
 *
 * @example
 * const spec = defaultFeatureSpec(schema); // no tags, lead_quality, ...
 */
export function defaultFeatureSpec(schema: LeadSchema, options: DefaultSpecOptions = {}): FeatureSpec {
  const minCount = options.minCount ?? 10;
  const leaking = new Set<string>(LEAKING_COLUMNS);
  const never = new Set<string>(NEVER_FEATURE_COLUMNS);
  const features: FeatureDef[] = [];
  const excluded: ExcludedColumn[] = [];
  for (const col of schema.columns) {
    if (never.has(col.name) || col.name === schema.key) {
      excluded.push({ column: col.name, reason: 'identifier-or-label' });
      continue;
    }
    if (leaking.has(col.name) && !options.includeLeaking) {
      excluded.push({ column: col.name, reason: 'leaks-outcome' });
      continue;
    }
    const label = col.source ?? humanize(col.name);
    if (col.type === 'string') {
      features.push({
        kind: 'categorical',
        name: col.name,
        label,
        column: col.name,
        foldCase: true,
        minCount,
      });
    } else if (col.type === 'boolean') {
      features.push({ kind: 'boolean', name: col.name, label, column: col.name, missingIndicator: false });
    } else {
      features.push({
        kind: 'numeric',
        name: col.name,
        label,
        column: col.name,
        transform: 'log1p',
        clipQuantile: 0.99,
        missingIndicator: col.nullable !== false,
        zeroIndicator: col.name === 'total_visits' || col.name === 'total_time_spent_on_website',
      });
    }
  }
  const names = new Set(schema.columns.map((c) => c.name));
  if (names.has('total_time_spent_on_website') && names.has('total_visits')) {
    features.push({
      kind: 'numeric',
      name: 'time_per_visit',
      label: 'Time per visit',
      column: 'total_time_spent_on_website',
      divideBy: 'total_visits',
      transform: 'log1p',
      clipQuantile: 0.99,
      missingIndicator: false,
      zeroIndicator: false,
    });
  }
  return { features, excluded };
}

/** The columns a spec reads. */
export function specColumns(spec: FeatureSpec): string[] {
  const out = new Set<string>();
  for (const f of spec.features) {
    out.add(f.column);
    if (f.kind === 'numeric' && f.divideBy) out.add(f.divideBy);
  }
  return [...out];
}
