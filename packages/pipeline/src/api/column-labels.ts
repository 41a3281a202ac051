/**
 * Human labels of lead columns: words from the snake_case name (`total_visits` -> "Total visits"), or the
 * home's optional labels file (`labels.json`: `{ "column": { "en": "...", "es": "..." } }`), which wins.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** Languages the dashboard speaks. */
export const LABEL_LANGUAGES = ['en', 'es'] as const;

/** A column's label per language. */
export interface ColumnLabel {
  en: string;
  es: string;
}

/** The labels file as read: per column, any of the languages. */
export type ColumnLabelsFile = Record<string, Partial<ColumnLabel>>;

/** Name of the optional labels file in the home. */
export const LABELS_FILE = 'labels.json';

/** Words from a snake_case name: `total_visits` -> "Total visits" (also the Spanish label when none is given). */
export function humanizeColumn(name: string): string {
  const words = name.replace(/_+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Reads `<dir>/<file>` (default the home's `labels.json`). Missing file: no labels. A file that is not `{ column: { en?, es? } }` with
 * string labels is ignored entry by entry (labels are cosmetic: a typo must not stop the API).
 */
export async function readColumnLabels(dir: string, file = LABELS_FILE): Promise<ColumnLabelsFile> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path.join(dir, file), 'utf8'));
  } catch {
    return {};
  }
  const out: ColumnLabelsFile = {};
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return out;
  for (const [column, value] of Object.entries(raw as Record<string, unknown>)) {
    if (!value || typeof value !== 'object') continue;
    const label: Partial<ColumnLabel> = {};
    for (const lang of LABEL_LANGUAGES) {
      const text = (value as Record<string, unknown>)[lang];
      if (typeof text === 'string' && text.trim() !== '') label[lang] = text.trim().slice(0, 200);
    }
    if (label.en !== undefined || label.es !== undefined) out[column] = label;
  }
  return out;
}

/**
 * The label of a column: the labels file's text per language; a missing language falls back to the other
 * one, then to `fallback` (a model's own feature label), then to the words of the name.
 */
export function columnLabel(file: ColumnLabelsFile, column: string, fallback?: string): ColumnLabel {
  const given = file[column];
  const base = fallback ?? humanizeColumn(column);
  return { en: given?.en ?? given?.es ?? base, es: given?.es ?? given?.en ?? base };
}
