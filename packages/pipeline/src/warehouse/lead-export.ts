/**
 * What both engines' `exportLeads` share: the filters a user may give (`column=value`, never SQL), checked
 * against leads_final's columns before any statement is built, and the columns an export writes.
 */
import { TerminalError } from '../errors.ts';
import type { ColumnType } from '../formats/lead-schema.ts';
import { META_COLUMNS, SCORE_COLUMNS } from './final-columns.ts';
import type { ExportFilter, ExportFormat } from './warehouse.ts';

/**
 * The metadata columns of leads_final an export writes, after the lead columns, with the type a filter
 * compares them as. The row hash is internal and not written; `reasons` is written but not filterable.
 */
export const EXPORT_META_COLUMNS: readonly { name: string; type: ColumnType }[] = [
  ...META_COLUMNS.filter((c) => c.name !== 'row_hash'),
  ...SCORE_COLUMNS,
];

/** The file name an export writes in its folder, by format. */
export function exportFileName(format: ExportFormat): string {
  return `leads.${format}`;
}

/**
 * Parses one `column=value` filter (the text of `--where` or of an API query parameter). The value is
 * everything after the first `=` and may be empty (the column is NULL).
 *
 * @example
 * parseExportFilter('grade=A'); // { column: 'grade', value: 'A' }
 */
export function parseExportFilter(text: string): ExportFilter {
  const at = text.indexOf('=');
  if (at <= 0) {
    throw new TerminalError(
      'E_EXPORT_FILTER',
      `filter "${text}" is not column=value (e.g. grade=A; an empty value selects NULLs)`,
    );
  }
  return { column: text.slice(0, at).trim(), value: text.slice(at + 1) };
}

/**
 * Checks every filter names a filterable column of leads_final (a lead column, or one of the metadata
 * columns but `reasons`) and returns the filters with their column's type. Throws `E_EXPORT_FILTER`
 * naming the column otherwise, before any SQL is built from the names.
 *
 * @example
 * checkExportFilters([{ column: 'grade', value: 'A' }], await wh.finalColumns());
 */
export function checkExportFilters(
  filters: readonly ExportFilter[],
  leadColumns: readonly { name: string; type: ColumnType }[],
): (ExportFilter & { type: ColumnType })[] {
  const known = new Map<string, ColumnType>();
  for (const c of leadColumns) known.set(c.name, c.type);
  for (const c of EXPORT_META_COLUMNS) if (c.type !== 'json') known.set(c.name, c.type);
  return filters.map((f) => {
    const type = known.get(f.column);
    if (type === undefined || type === 'json') {
      throw new TerminalError(
        'E_EXPORT_FILTER',
        `cannot filter on "${f.column}": not a column of leads_final that takes a value (see leadpipe query "DESCRIBE leads_final")`,
      );
    }
    return { ...f, type };
  });
}
