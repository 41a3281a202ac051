/**
 * Forward migrations of a DuckDB warehouse written by an older leadpipe.
 *
 * Row hashes ({@link rehashIfStale}): when the stored hashes of leads_final were made another way (an older
 * definition: 0.1.0's md5, `xor-hash64`; or another DuckDB version, whose cast of a double could differ),
 * they are recomputed from the rows' typed values with today's definition (warehouse/row-hash.ts), so a
 * re-loaded unchanged lead stays unchanged after the upgrade instead of counting as updated.
 *
 * Reasons ({@link typeReasons}): leads_final's `reasons` was JSON text until December 2026; it is typed now
 * (`REASONS_TYPE`), and an older warehouse's column is converted in place, every reason kept as it was.
 *
 * Layout: version 0.1.0 kept `leads_raw` as a
 * table of JSON documents; the current layout keeps raw rows typed in `leads_raw_rows` with `leads_raw` a
 * view over them (duckdb-load-sql.ts). Every other table is unchanged.
 *
 * The documents table is kept, renamed `leads_raw_documents_v0` (nothing is deleted), and the stream starts
 * over on the new, empty store: its offset goes back to 0, since raw ids restart there. That is only right
 * when the task had consumed every old raw row, so a warehouse with unmerged old rows is refused, with what
 * to do.
 */
import { TerminalError } from '../../errors.ts';
import type { ColumnType } from '../../formats/lead-schema.ts';
import { toNumber, toText } from '../rows.ts';
import type { DuckDbConnection } from './duckdb-connection.ts';
import {
  DUCKDB_STREAM,
  FINAL_REGISTRY_SQL,
  FINAL_ROWID_END_SQL,
  GET_ROW_HASH_SQL,
  LIBRARY_VERSION_SQL,
  REASONS_JSON_STRUCTURE,
  REASONS_TYPE,
  SET_ROW_HASH_SQL,
  sqlString,
} from './duckdb-ddl.ts';
import { ROW_HASH_ALGORITHM, rehashFinalSql } from './duckdb-task-sql.ts';

/** Rows of leads_final whose hashes one transaction recomputes (see {@link rehashIfStale}). */
const REHASH_SLICE_ROWS = 1_000_000;

/**
 * Makes the stored row hashes of leads_final the ones this build computes (call inside the serial turn,
 * after the layout migration): a no-op when leadpipe_meta's `row_hash` says `<algorithm> duckdb <version>`
 * of this build; otherwise recomputed from the rows' own typed values, in slices of rows each in its own
 * transaction (any slice can be redone: the result is the same), then recorded.
 */
export async function rehashIfStale(db: DuckDbConnection): Promise<void> {
  const version = toText((await db.run(LIBRARY_VERSION_SQL))[0]?.library_version);
  const wanted = `${ROW_HASH_ALGORITHM} duckdb ${version}`;
  const have = (await db.run(GET_ROW_HASH_SQL))[0]?.value;
  if (have === wanted) return;
  const columns = (await db.run(FINAL_REGISTRY_SQL)).map((c) => ({
    name: toText(c.column_name),
    type: toText(c.type) as ColumnType,
  }));
  const end = toNumber((await db.run(FINAL_ROWID_END_SQL))[0]?.n);
  const sql = rehashFinalSql(columns);
  for (let from = 0; from < end; from += REHASH_SLICE_ROWS) {
    await db.transaction(() => db.run(sql, { from, to: from + REHASH_SLICE_ROWS }));
  }
  await db.run(SET_ROW_HASH_SQL, { wanted });
}

/** The SQL type of leads_final's `reasons` (`JSON` in a warehouse written before reasons were typed). */
export const REASONS_COLUMN_TYPE_SQL = `SELECT data_type FROM information_schema.columns
WHERE table_schema = 'main' AND table_name = 'leads_final' AND column_name = 'reasons'`;

/**
 * Converts leads_final's `reasons` from JSON text to {@link REASONS_TYPE} when it is still JSON (call inside
 * the serial turn, after the scoring DDL); every stored reason keeps its fields and values.
 */
export async function typeReasons(db: DuckDbConnection): Promise<void> {
  const type = toText((await db.run(REASONS_COLUMN_TYPE_SQL))[0]?.data_type);
  if (type !== 'JSON') return;
  await db.run(
    `ALTER TABLE leads_final ALTER reasons TYPE ${REASONS_TYPE} USING from_json(reasons, ${sqlString(REASONS_JSON_STRUCTURE)})`,
  );
}

/** What the renamed documents table is called. */
export const OLD_RAW_TABLE = 'leads_raw_documents_v0';

/** Old raw rows the stream has not consumed. */
export const OLD_UNMERGED_SQL = `SELECT count(*) AS n FROM leads_raw WHERE raw_id > coalesce((SELECT "offset" FROM leadpipe_streams WHERE name = $name), 0)`;
/** The documents table, kept under its new name. */
export const RENAME_OLD_RAW_SQL = `ALTER TABLE leads_raw RENAME TO ${OLD_RAW_TABLE}`;
/** The stream restarts on the new store. */
export const RESET_STREAM_SQL = `UPDATE leadpipe_streams SET "offset" = 0, updated_at = now() WHERE name = $name`;
/** Records the migration in leadpipe_meta. */
export const RECORD_MIGRATION_SQL = `INSERT OR REPLACE INTO leadpipe_meta VALUES ('migrated_from_layout', 'leads_raw documents (0.1.0)')`;

/**
 * Migrates the documents layout forward (call inside the connection's serial turn, when `leads_raw` is a
 * table). Throws `E_OLD_LAYOUT` when old raw rows are not merged yet, having changed nothing.
 */
export async function migrateDocumentsLayout(db: DuckDbConnection): Promise<void> {
  const unmerged = toNumber((await db.run(OLD_UNMERGED_SQL, { name: DUCKDB_STREAM }))[0]?.n);
  if (unmerged > 0) {
    throw new TerminalError(
      'E_OLD_LAYOUT',
      `this warehouse was written by leadpipe 0.1.0 and ${unmerged} of its raw rows are not merged yet: run \`leadpipe task run\` with that version first, then open it with this one`,
    );
  }
  await db.transaction(async () => {
    await db.run(RENAME_OLD_RAW_SQL);
    await db.run(RESET_STREAM_SQL, { name: DUCKDB_STREAM });
    await db.run(RECORD_MIGRATION_SQL);
  });
}
