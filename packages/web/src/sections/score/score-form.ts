/**
 * The scoring form's logic: the model's inputs as form fields with sensible defaults, and the form's
 * values as the body of `POST /score-lead`.
 */
import type { ModelInput, SchemaFeature } from '../../api/types.ts';

/** The model's features from `GET /schema` as form inputs (most important first, as the API orders them). */
export function schemaInputs(features: readonly SchemaFeature[]): ModelInput[] {
  return features.map((f) => {
    const input: ModelInput = { column: f.column, label: f.label.en, kind: f.kind };
    if (f.levels) input.levels = f.levels;
    if (f.range) input.range = f.range;
    if (typeof f.typical === 'number') input.median = f.typical;
    if (f.typical !== undefined) input.typical = f.typical;
    return input;
  });
}

/** The step of a number input: whole numbers when the range and the typical value are whole. */
export function numberStep(input: ModelInput): '1' | 'any' {
  const values = [...(input.range ?? []), ...(input.median !== undefined ? [input.median] : [])];
  return values.length > 0 && values.every((v) => Number.isInteger(v)) ? '1' : 'any';
}

/** Form values by column: text as typed or chosen; '' means missing. */
export type FormValues = Record<string, string>;

/**
 * The model's inputs, one per column (a model may use a column twice, e.g. a number and whether it is
 * zero), in the model's order.
 */
export function formInputs(inputs: readonly ModelInput[]): ModelInput[] {
  const seen = new Map<string, ModelInput>();
  for (const input of inputs) {
    const prior = seen.get(input.column);
    // Prefer the richer description (a numeric input with its median and range over a bare one).
    if (!prior || (prior.kind !== 'numeric' && input.kind === 'numeric')) seen.set(input.column, input);
  }
  return [...seen.values()];
}

/**
 * Defaults: the typical value the model reports (the most frequent category, the training median of
 * numbers, the usual yes/no answer), else the first level, the median, "No". A lead typed this way looks
 * like a typical one, so every change shows its own effect.
 */
export function defaultValues(inputs: readonly ModelInput[]): FormValues {
  const values: FormValues = {};
  for (const input of formInputs(inputs)) {
    if (input.kind === 'categorical')
      values[input.column] = typeof input.typical === 'string' ? input.typical : (input.levels?.[0] ?? '');
    else if (input.kind === 'numeric')
      values[input.column] = input.median === undefined ? '' : String(input.median);
    else values[input.column] = input.typical === true ? 'true' : 'false';
  }
  return values;
}

/** A form value that cannot be sent, by column (numbers only), or an empty object. */
export function formProblems(
  inputs: readonly ModelInput[],
  values: FormValues,
): Record<string, 'notANumber' | 'negative'> {
  const problems: Record<string, 'notANumber' | 'negative'> = {};
  for (const input of formInputs(inputs)) {
    if (input.kind !== 'numeric') continue;
    const v = (values[input.column] ?? '').trim().replace(',', '.');
    if (v === '') continue;
    const n = Number(v);
    if (!Number.isFinite(n)) problems[input.column] = 'notANumber';
    else if (n < 0 && (input.range?.[0] ?? 0) >= 0) problems[input.column] = 'negative';
  }
  return problems;
}

/** The `POST /score-lead` body: numbers as numbers, yes/no as booleans, missing values as null. */
export function scoreRequest(
  inputs: readonly ModelInput[],
  values: FormValues,
): Record<string, string | number | boolean | null> {
  const body: Record<string, string | number | boolean | null> = {};
  for (const input of formInputs(inputs)) {
    const raw = (values[input.column] ?? '').trim();
    if (raw === '') body[input.column] = null;
    else if (input.kind === 'numeric') body[input.column] = Number(raw.replace(',', '.'));
    else if (input.kind === 'boolean') body[input.column] = raw === 'true';
    else body[input.column] = raw;
  }
  return body;
}
