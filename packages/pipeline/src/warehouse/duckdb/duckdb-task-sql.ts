/**
 * The SQL text of the DuckDB task: the deduplicated, typed batch of the stream, the row hashes, the merge
 * counts and the hash-checked upsert (delete + insert of the changed rows). Pure text (tested as strings).
 */
import type { ColumnType } from '../../formats/lead-schema.ts';
import { entryHead, hashOrder } from '../row-hash.ts';
import { quoteIdent } from '../sql-ident.ts';
import { BATCH_ROW } from '../warehouse.ts';
import { REASONS_TYPE, duckdbType, sqlString } from './duckdb-ddl.ts';

/**
 * SQL expression that turns `value` (an undeclared column's field of the `json_transform` struct over
 * `extra`, see {@link streamBatchSql}) into a typed value. Inferred columns arrive as text and use
 * TRY_CAST, because they must never fail a task.
 */
export function typedValueSql(value: string, type: ColumnType): string {
  if (type === 'string' || type === 'json') return value;
  if (type === 'boolean') {
    return `CASE lower(${value}) WHEN 'yes' THEN TRUE WHEN 'y' THEN TRUE WHEN 'no' THEN FALSE WHEN 'n' THEN FALSE ELSE TRY_CAST(${value} AS BOOLEAN) END`;
  }
  return `TRY_CAST(${value} AS ${duckdbType(type)})`;
}

/** The `json_transform` structure that extracts the undeclared columns from `extra` in one pass. */
export function transformStructure(columns: readonly { name: string; type: ColumnType }[]): string {
  const structure: Record<string, string> = {};
  for (const c of columns) structure[c.name] = c.type === 'json' ? 'JSON' : 'VARCHAR';
  return JSON.stringify(structure);
}

/**
 * What the row hashes of leads_final are made with (kept in leadpipe_meta under `row_hash`, with the
 * DuckDB version: the canonical text of a double is DuckDB's own cast, so a warehouse opened by another
 * version recomputes its stored hashes; see duckdb-migrate.ts `rehashIfStale`).
 */
export { ROW_HASH_ALGORITHM } from '../row-hash.ts';

/** A column's canonical text (row-hash.ts) in DuckDB: NULL stays NULL. */
function canonicalTextSql(v: string, type: ColumnType): string {
  switch (type) {
    case 'string':
      return v;
    case 'boolean':
      return `CASE WHEN ${v} THEN 'true' WHEN NOT ${v} THEN 'false' END`;
    case 'timestamp':
      return `strftime(${v}, '%Y-%m-%d %H:%M:%S.%f')`;
    // DuckDB's cast of a DOUBLE is the canonical text (shortest digits; row-hash.ts canonicalDoubleText).
    case 'integer':
    case 'double':
    case 'json':
      return `CAST(${v} AS VARCHAR)`;
  }
}

/**
 * Row hash of the lead columns, as defined in row-hash.ts (the same bytes as Snowflake and the TypeScript
 * reference): md5 of the non-null columns' `<n>:<name><m>:<text>` entries in name order. One flat `concat`
 * of the entries' pieces, which skips NULL arguments: a NULL column's constant pieces are NULL too (CASE),
 * so its entry vanishes and a column added later leaves the hashes of unchanged rows as they were; a
 * boolean's whole entry is one constant. Nesting `||` per entry cost 60% more (a string built per piece):
 * measured on 508k rows x 37 columns on a loaded machine, 5.6 s against 9.0 s; DuckDB's own `hash()`,
 * which Snowflake cannot compute, took 2.0 s. `length` counts code points, as the definition does.
 */
export function rowHashSql(columns: readonly { name: string; type: ColumnType }[], alias = ''): string {
  const pieces = hashOrder(columns).map((c) => {
    const v = `${alias}${quoteIdent(c.name)}`;
    const head = entryHead(c.name);
    if (c.type === 'boolean')
      return `CASE WHEN ${v} THEN ${sqlString(`${head}4:true`)} WHEN NOT ${v} THEN ${sqlString(`${head}5:false`)} END`;
    const text = canonicalTextSql(v, c.type);
    return `CASE WHEN ${v} IS NOT NULL THEN ${sqlString(head)} END, length(${text}), CASE WHEN ${v} IS NOT NULL THEN ':' END, ${text}`;
  });
  return pieces.length === 0 ? `md5('')` : `md5(concat(${pieces.join(', ')}))`;
}

/**
 * Recomputes the stored row hashes of the leads_final rows with `rowid` in [$from, $to) from their own
 * values: what a batch holding the same lead would compute, since leads_final keeps the typed values the
 * hash is made of.
 */
export function rehashFinalSql(columns: readonly { name: string; type: ColumnType }[]): string {
  return rehashWhereSql(columns, 'rowid >= $from AND rowid < $to');
}

/** Recomputes the stored row hash of the leads_final rows matching `where` from their own values. */
function rehashWhereSql(columns: readonly { name: string; type: ColumnType }[], where: string): string {
  return `UPDATE leads_final SET row_hash = ${rowHashSql(columns)} WHERE ${where}`;
}

/**
 * True when the batch row `b` holds the same values as the leads_final row `f` in every lead column, so
 * that their canonical texts, and so their row hashes, are equal: `IS NOT DISTINCT FROM` per column (NULL
 * equals NULL), and for doubles also the sign bit, since 0.0 = -0.0 in SQL but their texts differ.
 */
export function sameValuesSql(columns: readonly { name: string; type: ColumnType }[]): string {
  const same = hashOrder(columns).map((c) => {
    const [bv, fv] = [`b.${quoteIdent(c.name)}`, `f.${quoteIdent(c.name)}`];
    const eq = `${bv} IS NOT DISTINCT FROM ${fv}`;
    return c.type === 'double' ? `(${eq} AND signbit(${bv}) IS NOT DISTINCT FROM signbit(${fv}))` : eq;
  });
  return same.length === 0 ? 'TRUE' : same.join('\n    AND ');
}

/**
 * Recomputes the stored row hashes of the leads_final rows that hold a value in one of `widened` (columns
 * just widened, e.g. integer to double): their canonical text changed with the type, and a stored hash
 * must stay the hash of the stored values, which {@link sameValuesSql} relies on.
 */
export function rehashWidenedSql(
  columns: readonly { name: string; type: ColumnType }[],
  widened: readonly string[],
): string {
  return rehashWhereSql(columns, widened.map((n) => `${quoteIdent(n)} IS NOT NULL`).join(' OR '));
}

/** The task's per-slice table of the batch's keys and hashes (see {@link streamBatchSql}). */
export const BATCH_KEYS = 'leadpipe_batch_keys';
/** The task's per-slice table of the batch's keys and what leads_final holds for them (see {@link streamBatchSql}). */
export const BATCH_MATCH = 'leadpipe_batch_match';

/**
 * Whether a slice should compare its matched rows' values with leads_final's instead of hashing them
 * (see {@link streamBatchSql}): the comparison reads every column of every leads_final row, hashing costs
 * per batch row. Measured on a loaded 2-core machine: hashing 100k rows of 37 columns 0.5 s, comparing
 * them under 0.1 s; a 250k-row slice of new keys against 1M leads took 1.1-1.2 s with a key-only join and
 * 1.9-2.4 s joining the whole rows. So: compare when the keys already in leads_final are at least an
 * eighth of its rows (a file sent again), hash otherwise (new leads, or a small slice of a large table).
 */
export function compareValuesPays(matched: number, finalRows: number): boolean {
  return matched > 0 && matched * 8 >= finalRows;
}

/** Counts the batch's keys that leads_final holds, and leads_final's rows (for {@link compareValuesPays}). */
export const BATCH_MATCHED_SQL = `SELECT count(__stored_hash) AS matched, (SELECT count(*) FROM leads_final) AS final_rows FROM ${BATCH_MATCH}`;

/**
 * Builds the deduplicated source of a task run: the raw rows in `range` (from, to], typed,
 * hashed, one per key (the last by raw_id, i.e. load order then file row), as SEMANTICS.md §5 requires.
 * Declared columns are read as stored (typed at load); undeclared ones come out of `extra`.
 * `stored` names the declared columns leads_raw_rows has.
 *
 * Three statements. `match` keeps one raw_id per key and what leads_final holds for the key
 * (`__stored_hash`, `__first_seen`; NULL for a new key), reading only keys. `keys(compare)` materialises
 * what the merge decides with: per surviving row its raw_id, key and hash with the stored ones, so the
 * counts, the drop of unchanged rows and the delete read it instead of joining leads_final again. With
 * `compare` ({@link compareValuesPays}), a row whose values equal its stored row's ({@link sameValuesSql})
 * takes the stored hash instead of hashing its columns: the hash is most of the cost of a slice that
 * changes nothing (issue #18, re-runs). `view` is `leadpipe_batch`, the full typed rows of those raw_ids
 * read again from leads_raw_rows, which the scoring and the write read. Materialising the full rows
 * instead cost more than reading them twice (measured on 500k rows: 0.67 s to build, 1.5 s to write
 * from, against 0.37 s and 0.97 s).
 *
 * The view needs (raw_id, key) to name one raw row. Builds before staged documents carried an ordinal gave
 * the elements of a one-line JSON array one raw_id; `sharedRawIds` (such rows are in the range) keeps one
 * row per pair, as the batch did then.
 */
export function streamBatchSql(
  columns: readonly { name: string; type: ColumnType; declared: boolean }[],
  key: string,
  stored: ReadonlySet<string>,
  range: { from: number; to: number },
  sharedRawIds = false,
  carryRow = true,
): { match: string; keys: (compare: boolean) => string; view: string } {
  const fromExtra = columns.filter((c) => !stored.has(c.name));
  const values = columns.map((c) =>
    stored.has(c.name)
      ? `    r.${quoteIdent(c.name)}`
      : `    ${typedValueSql(`x.${quoteIdent(c.name)}`, c.type)} AS ${quoteIdent(c.name)}`,
  );
  const extra =
    fromExtra.length > 0 ? `, json_transform(r.extra, ${sqlString(transformStructure(fromExtra))}) AS x` : '';
  const k = quoteIdent(key);
  // A view takes no parameters: the range goes into both statements as integer literals.
  for (const n of [range.from, range.to]) if (!Number.isSafeInteger(n)) throw new Error(`not a raw_id: ${n}`);
  const typed = `SELECT
${values.join(',\n')},
    source_file,
    raw_id
  FROM (
    SELECT r.*, r.file_name AS source_file${extra}
    FROM leads_raw_rows AS r
    WHERE r.raw_id > ${range.from} AND r.raw_id <= ${range.to}
  ) AS r`;
  const onePerPair = sharedRawIds ? `\nQUALIFY row_number() OVER (PARTITION BY t.raw_id, t.${k}) = 1` : '';
  // The row the task writes, as one value that scoring SELECTs carry through (BATCH_ROW). Left out for a
  // wide leads_final, which does not read it: with it in the view anyway, the 1,000-column test of
  // wide-file.test.ts peaked at 0.91-0.96 GiB and failed once in three runs (0.76-0.91 GiB without).
  const row = [
    ...columns.map((c) => `${sqlString(c.name)}: t.${quoteIdent(c.name)}`),
    `'row_hash': b.row_hash`,
    `'source_file': t.source_file`,
    `'__first_seen': b.__first_seen`,
  ];
  const hash = rowHashSql(columns, 'b.');
  return {
    match: `CREATE OR REPLACE TEMP TABLE ${BATCH_MATCH} AS
SELECT b.raw_id, b.${k}, f."row_hash" AS __stored_hash, f."first_seen_at" AS __first_seen FROM (
SELECT raw_id, ${k} FROM (
  ${typed}
)
QUALIFY row_number() OVER (PARTITION BY ${k} ORDER BY raw_id DESC) = 1
) AS b LEFT JOIN leads_final AS f ON f.${k} = b.${k}`,
    // Hashing, the batch's typed rows are kept by a semi join on the match and hashed before they meet it
    // again: a plain join may build its hash table on the wide side (a 1,000-column file went over 1 GiB).
    keys: (compare) =>
      compare
        ? `CREATE OR REPLACE TEMP TABLE ${BATCH_KEYS} AS
SELECT b.raw_id, b.${k}, CASE WHEN b.__stored_hash IS NOT NULL
    AND ${sameValuesSql(columns)}
  THEN b.__stored_hash ELSE ${hash} END AS row_hash, b.__stored_hash, b.__first_seen FROM (
SELECT t.*, m.__stored_hash, m.__first_seen FROM (
  ${typed}
) AS t JOIN ${BATCH_MATCH} AS m ON m.raw_id = t.raw_id AND m.${k} = t.${k}${onePerPair}
) AS b LEFT JOIN leads_final AS f ON f.${k} = b.${k}`
        : `CREATE OR REPLACE TEMP TABLE ${BATCH_KEYS} AS
SELECT b.raw_id, b.${k}, b.row_hash, m.__stored_hash, m.__first_seen FROM (
SELECT t.raw_id, t.${k}, ${rowHashSql(columns, 't.')} AS row_hash FROM (
  ${typed}
) AS t SEMI JOIN ${BATCH_MATCH} AS m ON m.raw_id = t.raw_id AND m.${k} = t.${k}${onePerPair}
) AS b JOIN ${BATCH_MATCH} AS m ON m.raw_id = b.raw_id AND m.${k} = b.${k}`,
    view: `CREATE OR REPLACE TEMP VIEW leadpipe_batch AS
SELECT t.*, b.row_hash, b.__stored_hash, b.__first_seen${carryRow ? `,\n  {${row.join(', ')}} AS ${BATCH_ROW}` : ''} FROM (
  ${typed}
) AS t JOIN ${BATCH_KEYS} AS b ON b.raw_id = t.raw_id AND b.${k} = t.${k}${onePerPair}`,
  };
}

/** Deletes the rows of leads_final that the batch replaces (see {@link insertBatchSql}). */
export function deleteReplacedSql(key: string): string {
  const k = quoteIdent(key);
  return `DELETE FROM leads_final WHERE ${k} IN (SELECT ${k} FROM ${BATCH_KEYS} WHERE __stored_hash IS NOT NULL)`;
}

/**
 * Writes the batch into leads_final, after {@link deleteReplacedSql} when the batch updates rows: the
 * upsert of SEMANTICS.md §5 (new keys inserted, changed rows updated, first_seen_at kept) as delete +
 * insert rather than MERGE. DuckDB holds the new values of updated rows in memory until the commit, beyond
 * its limit: a MERGE updating 500k scored leads ran out of memory at 1 GB, where delete + insert streams.
 * Without a model the scores stay NULL and the lead waits in leads_to_score. `scored`: the scores come
 * from leadpipe_scored, the batch scored before the write; the way of a wide leads_final only, others are
 * written by {@link insertScoredBatchSql}.
 */
export function insertBatchSql(columns: readonly { name: string }[], key: string, scored: boolean): string {
  const k = quoteIdent(key);
  const names = columns.map((c) => quoteIdent(c.name));
  const score = ['probability', 'score', 'grade', 'reasons', 'model_version'].map(quoteIdent);
  const scores = scored ? score.map((c) => `s.${c}`) : score.map((c) => `NULL AS ${c}`);
  const join = scored ? `\nLEFT JOIN leadpipe_scored AS s ON s.lead_key = CAST(b.${k} AS VARCHAR)` : '';
  const all = [...names, '"row_hash"', '"source_file"', ...score];
  return `INSERT INTO leads_final (${all.join(', ')}, "first_seen_at", "updated_at", "scored_at")
SELECT ${[...names, '"row_hash"', '"source_file"'].map((n) => `b.${n}`).join(', ')}, ${scores.join(', ')}, coalesce(b.__first_seen, $now), $now, $now
FROM leadpipe_batch AS b${join}`;
}

/**
 * Writes the batch into leads_final scored, after {@link deleteReplacedSql} when the batch updates rows (the
 * upsert of {@link insertBatchSql}). `select` is the model's `ScoringSql.batchRowSelect`, which carries
 * each batch row's {@link BATCH_ROW} through: the rows are scored as they are written, in one pass, an
 * override's score winning as in apply_scoring. Scoring the batch into a table first and joining it back
 * costs the table's write, a second read of the batch and the join: in alternating runs on 1M rows, the
 * same trees on both sides, the task took 16.0-17.3 s that way and 10.7-13.3 s this way (a shared VM,
 * whose runs vary by up to 30%: BENCHMARKS.md, 2026-12-04 afternoon). Not for
 * a wide leads_final (`WidthPlan.wide`): every operator and thread holds a chunk of the carried row, and a
 * 1,000-column row ran out of memory at the wide plan's 583 MiB; those slices score into leadpipe_scored.
 */
export function insertScoredBatchSql(
  columns: readonly { name: string }[],
  key: string,
  select: string,
  grade: string,
): string {
  const field = (name: string) => `struct_extract(${BATCH_ROW}, ${sqlString(name)})`;
  const names = [...columns.map((c) => c.name), 'row_hash', 'source_file'];
  const score = ['probability', 'score', 'grade', 'reasons', 'model_version'];
  return `INSERT INTO leads_final (${[...names, ...score].map(quoteIdent).join(', ')}, "first_seen_at", "updated_at", "scored_at")
SELECT ${names.map(field).join(', ')},
  probability, score, ${grade} AS grade, reasons, model_version, coalesce(${field('__first_seen')}, $now), $now, $now
FROM (
  SELECT s.${BATCH_ROW}, s.model_version, s.probability, coalesce(o.score, s.score) AS score,
    CAST(s.reasons AS ${REASONS_TYPE}) AS reasons
  FROM (${select}) AS s LEFT JOIN lead_overrides AS o ON o.lead_key = CAST(s.${quoteIdent(key)} AS VARCHAR)
) AS s`;
}

/**
 * One score history row per lead {@link insertScoredBatchSql} wrote (`scored_at` = $now prunes the row
 * groups written before; the batch's keys pick the rows).
 */
export function batchScoreHistorySql(key: string): string {
  const k = quoteIdent(key);
  return `INSERT INTO lead_score_history
SELECT CAST(f.${k} AS VARCHAR), f.model_version, f.probability, f.score, f.grade,
  CASE WHEN o.lead_key IS NOT NULL THEN 'override' ELSE 'model' END, o.reason, $now
FROM (SELECT * FROM leads_final WHERE scored_at = CAST($now AS TIMESTAMPTZ)) AS f
SEMI JOIN ${BATCH_KEYS} AS b ON b.${k} = f.${k}
LEFT JOIN lead_overrides AS o ON o.lead_key = CAST(f.${k} AS VARCHAR)`;
}

/** Drops the rows of the batch whose content is already in leads_final (same hash): nothing to write. */
export function dropUnchangedSql(): string {
  return `DELETE FROM ${BATCH_KEYS} WHERE __stored_hash = row_hash`;
}

/** Counts of what {@link insertBatchSql} will do, from the batch before {@link dropUnchangedSql}. */
export function mergeCountsSql(): string {
  return `SELECT
  count(*) FILTER (WHERE __stored_hash IS NULL) AS inserted,
  count(*) FILTER (WHERE __stored_hash <> row_hash) AS updated,
  count(*) FILTER (WHERE __stored_hash = row_hash) AS unchanged
FROM ${BATCH_KEYS}`;
}

/** Resumes a suspended task. */
export const RESUME_TASK_SQL = `UPDATE leadpipe_tasks SET state = 'started', consecutive_failures = 0, updated_at = now() WHERE name = $name`;
/** One task history row. */
export const INSERT_TASK_HISTORY_SQL = `INSERT INTO task_history (run_id, name, state, scheduled_time, query_start_time, completed_time,
              error_code, error_message, rows_consumed, rows_inserted, rows_updated, rows_unchanged, leads_scored,
              offset_from, offset_to, trigger_kind, model_warning)
            VALUES ($run_id, $name, $state, $scheduled, $start, now(), $code, $error,
              $consumed, $inserted, $updated, $unchanged, $scored, $from, $to, $trigger, $warning)`;
/** Raw rows in (from, to] that share a raw_id with another (rows loaded by older builds). */
export const SHARED_RAW_IDS_SQL = `SELECT count(*) - count(DISTINCT raw_id) AS n FROM leads_raw_rows WHERE raw_id > $from AND raw_id <= $to`;
/** Counts a failure of the task and suspends it at the limit. */
export const TASK_FAILED_SQL = `UPDATE leadpipe_tasks SET consecutive_failures = $failures, state = $state, updated_at = now() WHERE name = $name`;
/** Adds the leads scored after the run's last slice to its history row. */
export const ADD_SCORED_SQL = `UPDATE task_history SET leads_scored = leads_scored + $n WHERE run_id = $run_id`;
/** The raw rows a slice consumes. */
export const SLICE_ROWS_SQL = `SELECT count(*) AS n FROM leads_raw_rows WHERE raw_id > $from AND raw_id <= $to`;
/** Moves the stream's offset (in the slice's transaction). */
export const MOVE_OFFSET_SQL = `UPDATE leadpipe_streams SET "offset" = $to, updated_at = now() WHERE name = $name`;
/** A successful slice resets the task's consecutive failures. */
export const TASK_SUCCEEDED_SQL = `UPDATE leadpipe_tasks SET consecutive_failures = 0, updated_at = now() WHERE name = $name`;
/** Drops the temporary objects of a slice (the batch's view, keys and match, the scores). */
export const DROP_SLICE_SQL: readonly string[] = [
  'DROP VIEW IF EXISTS leadpipe_batch',
  `DROP TABLE IF EXISTS ${BATCH_KEYS}`,
  `DROP TABLE IF EXISTS ${BATCH_MATCH}`,
  'DROP TABLE IF EXISTS leadpipe_scored',
];
/** The types that the loads of the raw rows in (from, to] inferred, in load order. */
export const INFERRED_IN_RANGE_SQL = `SELECT inferred FROM load_history WHERE raw_id_to >= $from + 1 AND raw_id_from <= $to AND inferred IS NOT NULL ORDER BY raw_id_from`;
