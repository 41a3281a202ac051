/**
 * The declarative, JSON-serialisable feature spec: what the model may read, and how. It is chosen from the
 * data by train/infer-features.ts (or read from a preset); fitting and evaluating the features is
 * features.ts.
 */

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

/**
 * A date or timestamp column read as its age: the days from the lead's date to a reference time (age.ts;
 * the training data's newest date when training, the time of scoring when scoring). A value that is not a
 * date is missing, as a missing number. Trees split on the age; the linear model fills, clips and
 * standardises it as a numeric feature (no transform: an age can be negative, a date in the future).
 */
export interface AgeFeature {
  kind: 'age';
  name: string;
  label: string;
  column: string;
  unit: 'days';
  /** Linear model only: clip above at this training quantile (e.g. 0.99); null = no clip. */
  clipQuantile: number | null;
  /** Linear model only: add a 0/1 column "date was missing" (missing ages are filled with the median). */
  missingIndicator: boolean;
}

/** One feature of the spec. */
export type FeatureDef = CategoricalFeature | NumericFeature | BooleanFeature | AgeFeature;

/** Whether a spec has any {@link AgeFeature} (its scores then depend on the reference time). */
export function hasAgeFeatures(spec: FeatureSpec): boolean {
  return spec.features.some((f) => f.kind === 'age');
}

/**
 * Why a column is not a feature. `identifier-or-label` is what models trained before the data rules
 * recorded for the key and the label; newer models say `key` or `label`.
 */
export type ExclusionReason =
  | 'key'
  | 'label'
  | 'identifier-or-label'
  | 'constant'
  | 'id-like'
  | 'free-text'
  | 'leaks-outcome'
  | 'unsupported-type'
  | 'excluded-by-feature-file';

/** A column left out of the features, and why (`detail`: the figures behind the rule, when one applied). */
export interface ExcludedColumn {
  column: string;
  reason: ExclusionReason;
  detail?: string;
}

/** The whole declarative spec; travels inside the model JSON. */
export interface FeatureSpec {
  features: FeatureDef[];
  excluded: ExcludedColumn[];
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
