/**
 * Names and kinds of lead columns for tables and forms: labels come from the data (`GET /schema`: the
 * home's labels file, else words from the snake_case name); the dashboard names only its own columns
 * (score, grade, bookkeeping), in the message catalogue. No column of any dataset is named here.
 */
import { formatDateTime, formatNumber, formatPercent, humanizeColumn, MISSING } from '../app/format.ts';
import type { Language, MessageKey } from '../app/i18n.ts';
import { translate } from '../app/i18n.ts';
import type { SchemaInfo } from '../api/types.ts';

/** The dashboard's own columns (written by scoring and the pipeline), labelled from the message catalogue. */
const OWN_COLUMNS: Record<string, MessageKey> = {
  probability: 'column.probability',
  score: 'column.score',
  grade: 'column.grade',
  reasons: 'column.reasons',
  model_version: 'column.modelVersion',
  scored_at: 'column.scoredAt',
  updated_at: 'column.updatedAt',
  first_seen_at: 'column.firstSeenAt',
  source_file: 'column.sourceFile',
  row_hash: 'column.rowHash',
};

/** The label of a column in a language: the schema's label, the dashboard's own, or the name's words. */
export function columnLabel(
  column: string,
  lang: Language,
  schema?: Pick<SchemaInfo, 'columns' | 'features'>,
): string {
  const own = OWN_COLUMNS[column];
  if (own) return translate(lang, own);
  const labels =
    schema?.columns.find((c) => c.name === column)?.label ??
    schema?.features.find((f) => f.column === column)?.label;
  return labels?.[lang] || humanizeColumn(column);
}

const NUMERIC = new Set(['score', 'probability']);

/** Whether a column holds numbers (right-aligned in tables): by its type in the schema, or its value. */
export function isNumericColumn(
  column: string,
  sample?: unknown,
  schema?: Pick<SchemaInfo, 'columns'>,
): boolean {
  const type = schema?.columns.find((c) => c.name === column)?.type;
  return NUMERIC.has(column) || type === 'integer' || type === 'double' || typeof sample === 'number';
}

/** Whether a column is an identifier (a number that is not a quantity: no digit grouping). */
export function isIdentifierColumn(column: string): boolean {
  return /(^|_)(id|number|code)$/.test(column);
}

/** Columns the column chooser never offers (internal bookkeeping, or shown in the lead drawer instead). */
export const HIDDEN_COLUMNS: ReadonlySet<string> = new Set(['row_hash', 'reasons']);

/** A cell's text: yes/no for booleans, percents for probability, local dates for timestamps. */
export function cellText(column: string, value: unknown, locale: string, yesNo: [string, string]): string {
  if (value === null || value === undefined || value === '') return MISSING;
  if (typeof value === 'boolean') return value ? yesNo[0] : yesNo[1];
  if (column === 'probability' && typeof value === 'number') return formatPercent(value, locale, 1);
  // Identifiers are not quantities: no digit grouping.
  if (isIdentifierColumn(column) && typeof value === 'number') return String(value);
  if (typeof value === 'number') return formatNumber(value, locale, 2);
  if (typeof value === 'string' && /_at$/.test(column)) return formatDateTime(value, locale);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
