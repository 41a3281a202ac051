/**
 * `exportLeads` on DuckDB: one `COPY (SELECT ...) TO` of leads_final into a file in a scratch folder (the
 * only place besides the stage DuckDB may write), with the filters' values as parameters and every name
 * quoted; the typed reasons are written as the JSON text they stand for. The caller moves the file where the
 * user asked.
 */
import path from 'node:path';
import { TerminalError, errorMessage } from '../../errors.ts';
import { EXPORT_META_COLUMNS, checkExportFilters, exportFileName } from '../lead-export.ts';
import { toNumber } from '../rows.ts';
import { quoteIdent } from '../sql-ident.ts';
import type { ExportFilter, ExportFormat, ExportOptions, ExportResult } from '../warehouse.ts';
import type { DuckDbConnection, DuckDbParams } from './duckdb-connection.ts';
import { reasonsJsonSql, sqlString } from './duckdb-ddl.ts';
import { readFinalColumns } from './duckdb-status.ts';

const COPY_OPTIONS: Record<ExportFormat, string> = {
  csv: '(FORMAT csv, HEADER true)',
  parquet: '(FORMAT parquet)',
  // DuckDB's json format writes one object a line: NDJSON.
  ndjson: '(FORMAT json)',
};

/**
 * The COPY statement of an export and its parameters (`$f0`, `$f1`, ...: the filters' values, in order).
 * `columns` and the filters' columns must be checked names (they are quoted, never trusted); `file` is a
 * path leadpipe made.
 *
 * @example
 * exportLeadsSql(['prospect_id', 'score'], [{ column: 'grade', value: 'A' }], 'prospect_id', 'csv', '/tmp/x/leads.csv');
 * // COPY (SELECT "prospect_id", "score" FROM leads_final WHERE "grade" = $f0 ORDER BY "prospect_id") TO '/tmp/x/leads.csv' (FORMAT csv, HEADER true)
 */
export function exportLeadsSql(
  columns: readonly string[],
  filters: readonly ExportFilter[],
  key: string,
  format: ExportFormat,
  file: string,
): { sql: string; params: DuckDbParams } {
  const params: DuckDbParams = {};
  const where = filters.map((f, i) => {
    if (f.value === '') return `${quoteIdent(f.column)} IS NULL`;
    params[`f${i}`] = f.value;
    // The parameter takes the column's type, so DuckDB casts the text: `score = '80'` compares integers.
    return `${quoteIdent(f.column)} = $f${i}`;
  });
  const sql =
    `COPY (SELECT ${columns.map((c) => (c === 'reasons' ? `${reasonsJsonSql(quoteIdent(c))} AS ${quoteIdent(c)}` : quoteIdent(c))).join(', ')} FROM leads_final` +
    (where.length ? ` WHERE ${where.join(' AND ')}` : '') +
    ` ORDER BY ${quoteIdent(key)}) TO ${sqlString(file)} ${COPY_OPTIONS[format]}`;
  return { sql, params };
}

/**
 * Writes the export file into `dir` (call inside the connection's serial turn). The filters are checked
 * against leads_final's registered columns first; a value its column cannot hold is `E_EXPORT_FILTER`.
 */
export async function exportDuckDbLeads(
  db: DuckDbConnection,
  key: string,
  dir: string,
  options: ExportOptions,
): Promise<ExportResult> {
  const leadColumns = await readFinalColumns(db);
  const filters = checkExportFilters(options.filters ?? [], leadColumns);
  const columns = [...leadColumns.map((c) => c.name), ...EXPORT_META_COLUMNS.map((c) => c.name)];
  const file = path.join(path.resolve(dir), exportFileName(options.format));
  const { sql, params } = exportLeadsSql(columns, filters, key, options.format, file);
  let rows;
  try {
    rows = await db.run(sql, params);
  } catch (err) {
    const message = errorMessage(err);
    if (/Conversion Error|Could not convert|out of range/i.test(message)) {
      const bad = filters.map((f) => `${f.column}=${f.value} (${f.type})`).join(', ');
      throw new TerminalError('E_EXPORT_FILTER', `a filter value does not fit its column's type: ${bad}`, {
        cause: err,
      });
    }
    throw err;
  }
  return { file, rows: toNumber(rows[0]?.Count ?? rows[0]?.count) };
}
