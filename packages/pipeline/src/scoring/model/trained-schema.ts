/**
 * The schema a model was trained on (model card `trainedSchema`) and the check that leads fit it: which of
 * the model's columns are missing, and how much of the model's weight they carry.
 */
import type { ColumnType } from '../../formats/lead-schema.ts';
import { MISSING_LEVEL, OTHER_LEVEL } from './feature-spec.ts';
import type { FittedFeatures } from './features.ts';
import type { Lead } from './lead.ts';
import type { LeadModel } from './model.ts';

/**
 * One column the model reads, as it was in the training rows. The dashboard's score form is generated
 * from these: `kind` picks the input, `levels` the choices, `min`/`max`/`median` the range and the typical
 * value, `trueShare` the usual answer of a yes/no.
 */
export interface TrainedColumn {
  /** Column name, as in leads_final (snake_case). */
  name: string;
  /** Readable name (as in reasons). */
  label: string;
  /** Type of the column as read (declared, or inferred from the data). */
  type: ColumnType;
  /** How the model reads it: a number, a yes/no, one of `levels`, or a date's age in days (`age`). */
  kind: 'numeric' | 'boolean' | 'categorical' | 'age';
  /**
   * Share of the model's weight on this column (0–1, all columns sum to 1): its mean absolute
   * contribution to the log-odds over the training rows. Decides whether a lead lacking it can be scored.
   */
  importance: number;
  /** Share of training rows where the column was empty. */
  missingShare: number;
  /** Categorical: the levels the model knows (most frequent spelling), most frequent first. Others count as "other". */
  levels?: string[];
  /** Numeric: smallest, largest and median training value. */
  min?: number;
  max?: number;
  median?: number;
  /** Boolean: share of true among filled training rows. */
  trueShare?: number;
}

/** The trained schema: the columns the model reads (in feature order), the key and the label. */
export interface TrainedSchema {
  columns: TrainedColumn[];
  key: string | null;
  label: string;
}

/**
 * Builds the trained schema from fitted features, the training leads, the column types as read and the
 * weight of each feature (same order as `fitted.spec.features`).
 */
export function buildTrainedSchema(
  fitted: FittedFeatures,
  leads: readonly Lead[],
  types: ReadonlyMap<string, ColumnType>,
  featureWeight: readonly number[],
  meta: { key: string | null; label: string },
): TrainedSchema {
  const total = featureWeight.reduce((s, w) => s + w, 0) || 1;
  const columns = fitted.spec.features.map((f, i): TrainedColumn => {
    const enc = fitted.encodings[i];
    let missing = 0;
    for (const l of leads) if (l[f.column] === null || l[f.column] === undefined) missing++;
    const col: TrainedColumn = {
      name: f.column,
      label: f.label,
      type:
        types.get(f.column) ??
        (f.kind === 'numeric'
          ? 'double'
          : f.kind === 'boolean'
            ? 'boolean'
            : f.kind === 'age'
              ? 'timestamp'
              : 'string'),
      kind: f.kind,
      importance: (featureWeight[i] ?? 0) / total,
      missingShare: leads.length ? missing / leads.length : 0,
    };
    if (enc?.kind === 'categorical') {
      col.levels = enc.labels.filter(
        (_, k) => enc.levels[k] !== MISSING_LEVEL && enc.levels[k] !== OTHER_LEVEL,
      );
    } else if (enc?.kind === 'numeric' && f.kind !== 'age') {
      const values = leads
        .map((l) => l[f.column])
        .filter((v): v is number => typeof v === 'number' && Number.isFinite(v))
        .sort((a, b) => a - b);
      col.min = values[0] ?? 0;
      col.max = values[values.length - 1] ?? 0;
      col.median = enc.fill;
    } else if (enc?.kind === 'boolean') {
      col.trueShare = enc.rate;
    }
    return col;
  });
  return { columns, key: meta.key, label: meta.label };
}

/** The columns a model reads, each with its share of the model's weight. */
export function modelColumnWeights(model: LeadModel): { column: string; weight: number }[] {
  if (model.trainedSchema)
    return model.trainedSchema.columns.map((c) => ({ column: c.name, weight: c.importance }));
  // Models trained before the trained schema was recorded: every column counts the same.
  const columns = new Map<string, number>();
  for (const f of model.features.spec.features) {
    columns.set(f.column, 0);
    if (f.kind === 'numeric' && f.divideBy) columns.set(f.divideBy, 0);
  }
  return [...columns.keys()].map((column) => ({ column, weight: 1 / columns.size }));
}

/** What {@link checkModelFit} found. */
export interface ModelFit {
  /** The model's columns absent from the data, heaviest first. */
  missing: string[];
  /** Their share of the model's weight (0–1). */
  missingWeight: number;
  /** `ok`: nothing missing; `warn`: scored, with a warning; `refuse`: most of the weight is missing. */
  verdict: 'ok' | 'warn' | 'refuse';
  /** A sentence for people, empty when `ok`. */
  message: string;
}

/** Share of the model's weight above which leads lacking those columns are not scored (0.5). */
export const REFUSE_MISSING_WEIGHT = 0.5;

/**
 * Compares the model's columns with the columns the data has. More than half of the model's weight
 * missing -> `refuse`; some missing -> `warn`. Models without a trained schema (older files, such as the
 * shipped default model) weigh every column the same and only ever warn.
 *
 * @example
 * checkModelFit(model, (await warehouse.finalColumns()).map((c) => c.name));
 */
export function checkModelFit(model: LeadModel, available: Iterable<string>): ModelFit {
  const have = new Set(available);
  const missing = modelColumnWeights(model)
    .filter((c) => !have.has(c.column))
    .sort((a, b) => b.weight - a.weight);
  const missingWeight = missing.reduce((s, c) => s + c.weight, 0);
  const names = missing.map((c) => c.column);
  if (!missing.length) return { missing: [], missingWeight: 0, verdict: 'ok', message: '' };
  const share = `${Math.round(missingWeight * 100)}% of its weight`;
  // A model without a trained schema (trained before it was recorded) has no measured weights: it warns only.
  if (missingWeight > REFUSE_MISSING_WEIGHT && model.trainedSchema) {
    return {
      missing: names,
      missingWeight,
      verdict: 'refuse',
      message:
        `model ${model.version} was trained on another schema: the data lacks ${names.join(', ')} ` +
        `(${share}); train a model on this data (leadpipe train) or use another model`,
    };
  }
  return {
    missing: names,
    missingWeight,
    verdict: 'warn',
    message:
      `scored without ${names.join(', ')} (${Math.round(missingWeight * 100)}% of the weight of model ` +
      `${model.version}${model.trainedSchema ? '' : ', every column counted the same'}): treated as missing`,
  };
}
