/**
 * `exportLeads` on Snowflake: `COPY INTO @stage/exports/<id>/` of a SELECT on LEADS_FINAL as one file
 * (`SINGLE = TRUE`), `GET` of that folder into the caller's scratch folder, then `REMOVE` of the folder.
 * Filter values travel as `?` binds; names are checked against the registry and quoted.
 */
import { randomUUID } from 'node:crypto';
import { readdir, rename } from 'node:fs/promises';
import path from 'node:path';
import { TerminalError } from '../../errors.ts';
import { EXPORT_META_COLUMNS, checkExportFilters, exportFileName } from '../lead-export.ts';
import { toNumber } from '../rows.ts';
import { quoteIdent } from '../sql-ident.ts';
import type { ExportFilter, ExportFormat, ExportOptions, ExportResult } from '../warehouse.ts';
import type { SnowflakeBind, SnowflakeRunner } from './snowflake-connection.ts';
import { SF, stageRef } from './snowflake-ddl.ts';
import { readRegistry } from './snowflake-status.ts';

const FILE_FORMATS: Record<ExportFormat, string> = {
  csv: `TYPE = CSV COMPRESSION = NONE FIELD_OPTIONALLY_ENCLOSED_BY = '"' NULL_IF = () EMPTY_FIELD_AS_NULL = FALSE`,
  parquet: 'TYPE = PARQUET',
  ndjson: 'TYPE = JSON COMPRESSION = NONE',
};

/** The stage folder of one export (`exports/<id>/`; the id is leadpipe's own). */
export function exportFolder(exportId: string): string {
  if (!/^[A-Za-z0-9-]+$/.test(exportId)) throw new Error(`not an export id: ${exportId}`);
  return `exports/${exportId}/`;
}

/**
 * The statements of one export, in order: COPY INTO the stage (with its binds), GET into `localDir`, REMOVE.
 * `columns` and the filters' columns must be checked names; `localDir` a path leadpipe made.
 *
 * @example
 * exportLeadsStatements(['prospect_id'], [], 'prospect_id', 'csv', 'ab12', '/tmp/leadpipe-export-x');
 */
export function exportLeadsStatements(
  columns: readonly string[],
  filters: readonly ExportFilter[],
  key: string,
  format: ExportFormat,
  exportId: string,
  localDir: string,
): { sql: string; binds: SnowflakeBind[] }[] {
  if (/['\r\n]/.test(localDir))
    throw new Error(`cannot GET into a path with quotes or line breaks: ${localDir}`);
  const binds: SnowflakeBind[] = [];
  const where = filters.map((f) => {
    if (f.value === '') return `${quoteIdent(f.column)} IS NULL`;
    binds.push(f.value);
    return `${quoteIdent(f.column)} = ?`;
  });
  const list = columns.map(quoteIdent).join(', ');
  // JSON unloads need one OBJECT column: each lead as an object that keeps its NULL fields.
  const select =
    format === 'ndjson'
      ? `OBJECT_CONSTRUCT_KEEP_NULL(${columns.map((c) => `'${c.replace(/'/g, "''")}', ${quoteIdent(c)}`).join(', ')})`
      : list;
  const folder = stageRef(SF.stage, exportFolder(exportId));
  const copy =
    `COPY INTO ${folder}${exportFileName(format)} FROM (SELECT ${select} FROM ${quoteIdent(SF.final)}` +
    (where.length ? ` WHERE ${where.join(' AND ')}` : '') +
    ` ORDER BY ${quoteIdent(key)}) FILE_FORMAT = (${FILE_FORMATS[format]})` +
    `${format === 'ndjson' ? '' : ' HEADER = TRUE'} SINGLE = TRUE OVERWRITE = TRUE MAX_FILE_SIZE = 5368709120`;
  const url = 'file://' + (localDir.startsWith('/') ? '' : '/') + localDir.replace(/\\/g, '/') + '/';
  return [
    { sql: copy, binds },
    { sql: `GET ${folder} '${url}'`, binds: [] },
    { sql: `REMOVE ${folder}`, binds: [] },
  ];
}

/** Runs an export on Snowflake (inside the runner's serial turn) into `dir`. */
export async function exportSnowflakeLeads(
  run: SnowflakeRunner,
  key: string,
  dir: string,
  options: ExportOptions,
): Promise<ExportResult> {
  const leadColumns = await readRegistry(run);
  const filters = checkExportFilters(options.filters ?? [], leadColumns);
  const columns = [...leadColumns.map((c) => c.name), ...EXPORT_META_COLUMNS.map((c) => c.name)];
  const local = path.resolve(dir);
  const [copy, get, remove] = exportLeadsStatements(
    columns,
    filters,
    key,
    options.format,
    randomUUID(),
    local,
  );
  const unloaded = await run.exec(copy!.sql, copy!.binds);
  try {
    await run.exec(get!.sql);
  } finally {
    await run.exec(remove!.sql).catch(() => undefined);
  }
  const file = path.join(local, exportFileName(options.format));
  // GET keeps the stage's file name; Snowflake may add a suffix to a single unloaded file, so take the one file.
  const got = (await readdir(local)).filter((f) => !f.startsWith('.'));
  if (got.length !== 1) {
    throw new TerminalError('E_EXPORT_GET', `expected one exported file from the stage, got ${got.length}`);
  }
  if (got[0] !== path.basename(file)) await rename(path.join(local, got[0]!), file);
  return { file, rows: toNumber(unloaded[0]?.rows_unloaded ?? unloaded[0]?.ROWS_UNLOADED) };
}
