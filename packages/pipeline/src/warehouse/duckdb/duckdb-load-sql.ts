/**
 * The SQL of COPY INTO leads_raw on DuckDB, as pure functions (tested as strings and against the
 * JavaScript cleaner). leads_raw keeps its contract (file name, row number, one JSON document per row) as a
 * view over `leads_raw_rows`, which stores the declared lead columns typed and the undeclared ones as a JSON
 * object: typing happens once, at load, in DuckDB's vectorised engine instead of row by row in JavaScript,
 * and the task reads typed columns instead of parsing documents.
 *
 * A `csv` staged file (see `StageLayout`) is typed and validated here with the rules of `formats/values.ts`
 * and `formats/clean.ts`, giving the same rejection reasons; `tests: duckdb-load-sql.test.ts` holds them to it.
 */
import type { ColumnType } from '../../formats/lead-schema.ts';
import { quoteIdent } from '../sql-ident.ts';
import { duckdbType, sqlString } from './duckdb-ddl.ts';

/** A column of leads_raw_rows: the declared lead columns (and the key). */
export interface RawColumn {
  name: string;
  type: ColumnType;
  nullable: boolean;
}

/** What the engine knows of its tables after init: the key column and the declared columns of the raw store. */
export interface DuckDbLayout {
  key: string;
  store: readonly RawColumn[];
}

/**
 * What JavaScript's `String.prototype.trim` removes (ECMAScript WhiteSpace and LineTerminator), so that
 * DuckDB's `trim(s, chars)` trims exactly like the cleaner.
 */
const TRIM_CHARS =
  ' \t\n\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

// The regular expressions of formats/values.ts, in RE2 syntax (ASCII digits, as JavaScript's \d).
const INTEGER_RE = '[+-]?[0-9]+(\\.0+)?';
const PLAIN_INTEGER_RE = '[+-]?[0-9]+';
const DECIMAL_RE = '[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?';
const ISO_TIMESTAMP_RE =
  '[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}:?[0-9]{2})?)?';
const TRUE_WORDS = ['true', 'yes', 'y', 't', '1'];
const FALSE_WORDS = ['false', 'no', 'n', 'f', '0'];

/**
 * Columns of leads_raw_rows that are not lead columns: where the row came from, the undeclared columns as
 * JSON, and a load's rejection of the row (always NULL once the load commits).
 */
export const RAW_META_COLUMNS: readonly string[] = [
  'raw_id',
  'file_name',
  'file_row_number',
  'load_id',
  'loaded_at',
  'extra',
  'err_column',
  'err_reason',
  'err_raw',
];

/** The storage of leads_raw: typed declared columns plus the undeclared ones as one JSON object. */
export function rawRowsDdl(columns: readonly RawColumn[]): string {
  const typed = columns.map((c) => `  ${quoteIdent(c.name)} ${duckdbType(c.type)}`);
  return `CREATE TABLE IF NOT EXISTS leads_raw_rows (
  raw_id BIGINT NOT NULL,
  file_name VARCHAR NOT NULL,
  file_row_number BIGINT NOT NULL,
  load_id VARCHAR NOT NULL,
  loaded_at TIMESTAMPTZ NOT NULL,
${typed.join(',\n')},
  extra JSON,
  err_column VARCHAR,
  err_reason VARCHAR,
  err_raw VARCHAR
)`;
}

/**
 * leads_raw as SEMANTICS.md describes it: one JSON document per row, rebuilt from the typed storage
 * (null values omitted, as in the staged documents). Only queries that read `data` pay for building it.
 */
export function rawViewSql(columns: readonly RawColumn[]): string {
  const sorted = [...columns].sort((a, b) => (a.name < b.name ? -1 : 1));
  const pairs = sorted.map((c) => `${sqlString(c.name)}, ${quoteIdent(c.name)}`).join(', ');
  // json_merge_patch drops the keys whose value is null: '{}' patched with the object strips its nulls.
  return `CREATE OR REPLACE VIEW leads_raw AS
SELECT raw_id, file_name, file_row_number,
  json_merge_patch(json_merge_patch('{}', json_object(${pairs})), coalesce(extra, '{}')) AS data,
  load_id, loaded_at
FROM leads_raw_rows`;
}

/** RE2 class of the characters in {@link TRIM_CHARS}. */
const TRIM_CLASS = `[${[...TRIM_CHARS].map((ch) => `\\x{${ch.codePointAt(0)!.toString(16)}}`).join('')}]`;

/**
 * The cleaned text of a raw field: trimmed like JavaScript, NULL when empty or a null token. With `trim`
 * false (PUT found no value that begins or ends with whitespace) the trimming is left out.
 */
export function cleanTextSql(raw: string, nullTokens: readonly string[], trim = true): string {
  const tokens = [...new Set(nullTokens.map((s) => s.trim().toLowerCase()).filter((s) => s !== ''))];
  // A UTF-16 unit takes at most 3 UTF-8 bytes: strlen (bytes, O(1)) bounds the cleaner's length check.
  const maxBytes = 3 * Math.max(0, ...tokens.map((s) => s.length));
  const isToken = (v: string): string =>
    tokens.length === 0
      ? 'FALSE'
      : `(strlen(${v}) <= ${maxBytes} AND list_contains([${tokens.map(sqlString).join(', ')}], lower(${v})))`;
  const t = `trim(${raw}, ${sqlString(TRIM_CHARS)})`;
  // Measured on 37 columns x 1M values: trim(s, chars) on every value costs seconds, a regex for
  // whitespace at either end a fraction (nearly no value needs trimming). `lower(v) IN (tokens)` becomes one
  // comparison per token, each lowering v again: list_contains lowers once (1 s less per 1M rows of 37
  // columns on 2 cores), and ILIKE per token costs three times as much again.
  if (!trim) return `(CASE WHEN ${raw} IS NULL OR ${raw} = '' OR ${isToken(raw)} THEN NULL ELSE ${raw} END)`;
  return `(CASE WHEN ${raw} IS NULL OR ${raw} = '' THEN NULL
    WHEN regexp_matches(${raw}, '^${TRIM_CLASS}|${TRIM_CLASS}$') THEN CASE WHEN ${t} = '' OR ${isToken(t)} THEN NULL ELSE ${t} END
    WHEN ${isToken(raw)} THEN NULL ELSE ${raw} END)`;
}

/** A cleaned text value `c` typed as `type`, or NULL when it does not fit (formats/values.ts rules). */
export function typedFromTextSql(c: string, type: ColumnType): string {
  switch (type) {
    case 'string':
      return c;
    case 'integer':
      // Plain digits first: they need no rewriting (measured: 0.16 s less per 1M rows of 5 integer columns).
      return `CASE WHEN regexp_full_match(${c}, '${PLAIN_INTEGER_RE}') THEN TRY_CAST(${c} AS BIGINT) WHEN regexp_full_match(${c}, '${INTEGER_RE}') THEN TRY_CAST(regexp_replace(${c}, '\\.0+$', '') AS BIGINT) END`;
    case 'double':
      // Finite only: a literal too large for a double (1e400) is not a number here.
      return `CASE WHEN regexp_full_match(${c}, '${DECIMAL_RE}') AND isfinite(TRY_CAST(${c} AS DOUBLE)) THEN TRY_CAST(${c} AS DOUBLE) END`;
    case 'boolean':
      // The spellings files use (No, Yes, 0, 1...) compare exactly; only the rest pay for lower().
      return `CASE ${c} WHEN 'No' THEN FALSE WHEN 'Yes' THEN TRUE WHEN '0' THEN FALSE WHEN '1' THEN TRUE ELSE CASE WHEN length(${c}) <= 5 THEN CASE lower(${c}) ${TRUE_WORDS.map((w) => `WHEN '${w}' THEN TRUE`).join(' ')} ${FALSE_WORDS.map((w) => `WHEN '${w}' THEN FALSE`).join(' ')} END END END`;
    case 'timestamp':
      return `CASE WHEN regexp_full_match(${c}, '${ISO_TIMESTAMP_RE}') THEN TRY_CAST(${c} AS TIMESTAMP) END`;
    case 'json':
      return `CASE WHEN json_valid(${c}) THEN json(${c}) ELSE to_json(${c}) END`;
  }
}

/** The type the cleaner would infer for one cleaned text value of an undeclared column (values.ts). */
export function inferTextTypeSql(c: string): string {
  // Past 64 bits `double`, past a double's range `string`, as values.ts: an inferred column must hold all
  // of its values, or the task's TRY_CAST would turn them into NULL.
  return `CASE WHEN regexp_full_match(${c}, '${PLAIN_INTEGER_RE}') AND TRY_CAST(${c} AS BIGINT) IS NOT NULL THEN 'integer'
    WHEN regexp_full_match(${c}, '${DECIMAL_RE}') AND isfinite(TRY_CAST(${c} AS DOUBLE)) THEN 'double'
    WHEN length(${c}) <= 5 AND list_contains([${[...TRUE_WORDS, ...FALSE_WORDS].map(sqlString).join(', ')}], lower(${c})) THEN 'boolean'
    WHEN regexp_full_match(${c}, '${ISO_TIMESTAMP_RE}') AND TRY_CAST(${c} AS TIMESTAMP) IS NOT NULL THEN 'timestamp'
    ELSE 'string' END`;
}

/** How a staged CSV file is read and typed: its header and what the schema says about each column. */
export interface CsvLoadPlan {
  /** Columns of the staged file after `l`, in file order (normalised names). */
  header: readonly string[];
  delimiter: string;
  /** Declared columns (and the key), by name. */
  declared: ReadonlyMap<string, RawColumn>;
  key: string;
  nullTokens: readonly string[];
  /** Upper bound of the bytes of the longest line (DuckDB's reader needs a line limit and a buffer). */
  longestLine: number;
  /** Whether any value may begin or end with whitespace (false: no value is trimmed). */
  trim: boolean;
}

/**
 * COPY of a staged CSV file straight into leads_raw_rows: every record with its source line, the declared
 * columns typed, the undeclared ones cleaned into `extra` (keys sorted, nulls omitted), and for a record
 * that the cleaner's rules reject, `err_column`, `err_reason` and the record's text in `err_raw`. The
 * caller moves those rows to load_errors and deletes them in the same transaction, so no committed row
 * of the store has an error (one pass over the file, no intermediate table). Checks run in the cleaner's
 * order: the key first, then the columns by name.
 *
 * With `declaredOnly` (wide files, see duckdb-wide-load-sql.ts) only the declared columns are read and
 * typed; `extra` and `err_raw` are left NULL for the column batches that follow in the same transaction.
 */
export function csvInsertSql(plan: CsvLoadPlan, store: readonly RawColumn[], declaredOnly = false): string {
  const { header, declared, key } = plan;
  const read = csvReadSql(plan);
  const used = header.map((name) => !declaredOnly || declared.has(name));
  const cleaned = header.flatMap((_, i) =>
    used[i] ? [`${cleanTextSql(`f${i}`, plan.nullTokens, plan.trim)} AS c${i}`] : [],
  );
  const typed = header.flatMap((name, i) => {
    const d = declared.get(name);
    return d ? [`${typedFromTextSql(`c${i}`, d.type)} AS d${i}`] : [];
  });
  const checks: string[] = [];
  const keyIndex = header.indexOf(key);
  const missingKey = `[${sqlString(key)}, ${sqlString(`missing key ${key}`)}]`;
  checks.push(keyIndex < 0 ? `WHEN TRUE THEN ${missingKey}` : `WHEN c${keyIndex} IS NULL THEN ${missingKey}`);
  const byName = header.map((name, i) => ({ name, i })).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const { name, i } of byName) {
    const d = declared.get(name);
    if (!d) continue;
    if (d.type !== 'string') {
      checks.push(
        `WHEN c${i} IS NOT NULL AND d${i} IS NULL THEN [${sqlString(name)}, ${sqlString(`${name}: `)} || to_json(left(c${i}, 60)) || ${sqlString(` is not a valid ${d.type}`)}]`,
      );
    }
    if (!d.nullable && name !== key) {
      checks.push(`WHEN c${i} IS NULL THEN [${sqlString(name)}, ${sqlString(`${name} must not be empty`)}]`);
    }
  }
  const delim = sqlString(plan.delimiter);
  const rendered = header.map(
    (_, i) =>
      `CASE WHEN f${i} IS NULL THEN '' WHEN contains(f${i}, ${delim}) OR contains(f${i}, '"') OR contains(f${i}, chr(10)) OR contains(f${i}, chr(13)) THEN '"' || replace(f${i}, '"', '""') || '"' ELSE f${i} END`,
  );
  const index = new Map(header.map((h, i) => [h, i]));
  const values = store.map((c) => {
    const i = index.get(c.name);
    return i === undefined ? 'NULL' : `d${i}`;
  });
  const undeclared = header
    .map((name, i) => ({ name, i }))
    .filter((h) => !declared.has(h.name))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  const extra =
    undeclared.length === 0 || declaredOnly
      ? 'NULL'
      : `CASE WHEN ${undeclared.map((u) => `c${u.i} IS NULL`).join(' AND ')} THEN NULL ELSE json_merge_patch('{}', json_object(${undeclared.map((u) => `${sqlString(u.name)}, c${u.i}`).join(', ')})) END`;
  return `INSERT INTO leads_raw_rows (raw_id, file_name, file_row_number, load_id, loaded_at, ${store.map((c) => quoteIdent(c.name)).join(', ')}, extra, err_column, err_reason, err_raw)
SELECT $base + l, $file, l, $load_id, $now, ${values.join(', ')}, ${extra}, err[1], err[2],
  ${declaredOnly ? 'NULL' : `CASE WHEN err IS NOT NULL THEN concat_ws(${delim}, ${rendered.join(', ')}) END`}
FROM (
  SELECT *, CASE ${checks.join('\n    ')} END AS err
  FROM (
    SELECT *, ${typed.length > 0 ? typed.join(', ') : 'NULL AS d_none'}
    FROM (SELECT l, ${header.flatMap((_, i) => (used[i] ? [`f${i}`] : [])).join(', ')}, ${cleaned.join(', ')} FROM ${read})
  )
)`;
}

/**
 * The `read_csv` of a staged CSV file (`$path`): the source line `l`, then every field as VARCHAR `f<i>`.
 * DuckDB reads only the fields a query uses.
 */
export function csvReadSql(plan: CsvLoadPlan): string {
  const columnTypes = ["l: 'BIGINT'", ...plan.header.map((_, i) => `${sqlString(`f${i}`)}: 'VARCHAR'`)];
  // DuckDB's defaults: lines up to 2 MB, buffers of 16 lines; a file with longer records gets a larger limit.
  const lineLimit = Math.max(2_097_152, plan.longestLine + 1024);
  return `read_csv($path, header = true, auto_detect = false, delim = ${sqlString(plan.delimiter)}, quote = '"', escape = '"', new_line = '\\n', columns = {${columnTypes.join(', ')}}${lineLimit > 2_097_152 ? `, max_line_size = ${lineLimit}, buffer_size = ${lineLimit * 2}` : ''})`;
}

/**
 * Per undeclared column of a CSV load (rows past `$base` without error), the distinct types the cleaner
 * would infer for its values; the caller widens them.
 */
export function csvInferSql(plan: CsvLoadPlan): string | undefined {
  const undeclared = plan.header.filter((h) => !plan.declared.has(h));
  if (undeclared.length === 0) return undefined;
  const value = (name: string): string =>
    `json_extract_string(extra, ${sqlString('$.' + JSON.stringify(name))})`;
  return `SELECT ${undeclared
    .map(
      (name) =>
        `list_distinct(list(${inferTextTypeSql(value(name))}) FILTER (WHERE ${value(name)} IS NOT NULL)) AS ${quoteIdent(name)}`,
    )
    .join(',\n  ')}
FROM leads_raw_rows WHERE raw_id > $base AND err_reason IS NULL AND extra IS NOT NULL`;
}

/**
 * Reads a staged `documents` file (validated and typed by the cleaner) into leads_raw_rows: the declared
 * columns extracted with one json_transform per document, everything else kept as `extra`. raw_id is the
 * base plus the staged ordinal `n`, not the source line: the elements of a one-line JSON array share their
 * line, and raw_id must tell rows apart (the task joins on it, and the last row per key is the highest).
 * Files staged before the ordinal existed fall back to the line.
 */
export function documentsInsertSql(store: readonly RawColumn[]): string {
  const structure: Record<string, string> = {};
  for (const c of store) structure[c.name] = duckdbType(c.type);
  const drop = JSON.stringify(Object.fromEntries(store.map((c) => [c.name, null])));
  return `INSERT INTO leads_raw_rows (raw_id, file_name, file_row_number, load_id, loaded_at, ${store.map((c) => quoteIdent(c.name)).join(', ')}, extra)
SELECT $base + coalesce(n, l), $file, l, $load_id, $now, ${store.map((c) => `j.${quoteIdent(c.name)}`).join(', ')},
  CASE WHEN x = '{}' THEN NULL ELSE x END
FROM (
  SELECT l, n, json_transform(d, ${sqlString(JSON.stringify(structure))}) AS j,
    CAST(json_merge_patch(d, ${sqlString(drop)}) AS VARCHAR) AS x
  FROM read_ndjson($path, columns = {l: 'BIGINT', n: 'BIGINT', d: 'JSON'}, maximum_object_size = 33554432)
)`;
}

/** Whether a file with this name and checksum is already loaded (LOADED or PARTIALLY_LOADED). */
export const IS_LOADED_SQL = `SELECT 1 FROM load_history WHERE file_name = $name AND checksum = $checksum AND status IN ('LOADED', 'PARTIALLY_LOADED') LIMIT 1`;
/** One load history row (every column, by position). */
export const INSERT_LOAD_HISTORY_SQL = `INSERT INTO load_history VALUES ($load_id, $file_name, $stage, $checksum, $size, $source_checksum, $status, $reason,
              $row_count, $row_parsed, $error_count, $first_message, $first_line, $first_column, $inferred, $raw_from, $raw_to, $now)`;
/** The highest raw_id so far. */
export const MAX_RAW_ID_SQL = `SELECT coalesce(max(raw_id), 0) AS m FROM leads_raw_rows`;
/**
 * Where a load's raw_ids start: past the highest raw_id and past the stream offset, so rows loaded after
 * the last rows were removed (a dropped or retried quarantined file) are never behind the offset.
 */
export const LOAD_BASE_SQL = `SELECT greatest(coalesce(max(raw_id), 0), coalesce((SELECT max("offset") FROM leadpipe_streams), 0)) AS m FROM leads_raw_rows`;
/** The rows a CSV load put past `$base`, and how many of them failed typing. */
export const CSV_LOAD_COUNTS_SQL = `SELECT count(*) AS n, count(err_reason) AS bad FROM leads_raw_rows WHERE raw_id > $base`;
/** The typing failures of a CSV load as rejected rows. */
export const TYPING_ERRORS_SQL = `INSERT INTO load_errors SELECT $load_id, $file, file_row_number, err_column, err_reason, err_raw
               FROM leads_raw_rows WHERE raw_id > $base AND err_reason IS NOT NULL`;
/** Removes the rows of a CSV load that failed typing from the store. */
export const DELETE_TYPING_ERRORS_SQL = `DELETE FROM leads_raw_rows WHERE raw_id > $base AND err_reason IS NOT NULL`;
/** The raw_id range of a load's rows. */
export const LOADED_RANGE_SQL = `SELECT min(raw_id) AS lo, max(raw_id) AS hi FROM leads_raw_rows WHERE raw_id > $base`;
/** Removes a load's rows (a file that is not loaded after all). */
export const DELETE_LOADED_SQL = `DELETE FROM leads_raw_rows WHERE raw_id > $base`;
/** The structural rejections of PUT (its rejects file) as rejected rows. */
export const STAGED_REJECTS_SQL = `INSERT INTO load_errors
             SELECT $load_id, $file, line, "column", reason, raw
             FROM read_ndjson($path, columns = {line: 'BIGINT', "column": 'VARCHAR', reason: 'VARCHAR', raw: 'VARCHAR'}, maximum_object_size = 33554432)`;
/** The first rejected row of a load, by line. */
export const FIRST_ERROR_SQL = `SELECT line, column_name, error FROM load_errors WHERE load_id = $load_id ORDER BY line LIMIT 1`;
/** The history row of a file that failed before it could be staged. */
export const FAILED_FILE_SQL = `INSERT INTO load_history (load_id, file_name, stage_location, checksum, file_size, source_checksum, status, reason,
           row_count, row_parsed, error_count, first_error_message, last_load_time)
         VALUES ($load_id, $name, $stage, $checksum, $size, $checksum, 'LOAD_FAILED', $reason, 0, 0, 1, $reason, now())`;
