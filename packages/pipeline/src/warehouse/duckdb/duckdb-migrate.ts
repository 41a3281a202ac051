/**
 * Forward migration of a DuckDB warehouse written by an older leadpipe. Version 0.1.0 kept `leads_raw` as a
 * table of JSON documents; the current layout keeps raw rows typed in `leads_raw_rows` with `leads_raw` a
 * view over them (duckdb-load-sql.ts). Every other table is unchanged, and leads_final's md5-era row hashes
 * are recomputed at open anyway (`rehashIfStale`).
 *
 * The documents table is kept, renamed `leads_raw_documents_v0` (nothing is deleted), and the stream starts
 * over on the new, empty store: its offset goes back to 0, since raw ids restart there. That is only right
 * when the task had consumed every old raw row, so a warehouse with unmerged old rows is refused, with what
 * to do.
 */
import { TerminalError } from '../../errors.ts';
import { toNumber } from '../rows.ts';
import type { DuckDbConnection } from './duckdb-connection.ts';
import { DUCKDB_STREAM } from './duckdb-ddl.ts';

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
