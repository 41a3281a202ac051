/**
 * The read-only entry of the DuckDB engine: one SELECT (or EXPLAIN) with `$name` parameters, as the API and
 * `leadpipe query` send it. Writes are refused by the statement type DuckDB reports, not by reading the text.
 */
import { StatementType } from '@duckdb/node-api';
import { TerminalError } from '../../errors.ts';
import type { DuckDbConnection, DuckDbParams, DuckDbRow } from './duckdb-connection.ts';

/** Statements that write, by their first word: the message for one that fails to bind. */
const WRITE_STATEMENT =
  /^\s*(delete|insert|update|merge|create|drop|alter|truncate|copy|attach|detach|set|reset|begin|commit|rollback|checkpoint|vacuum|install|load|call|export|import|pragma)\b/i;

/**
 * Runs one read-only statement with DuckDB's own `$name` binding (call it inside the connection's serial
 * turn). More than one statement fails with `E_QUERY`, anything but SELECT / EXPLAIN with
 * `E_QUERY_NOT_READ_ONLY`.
 *
 * @example
 * await db.serial(() => runReadOnlyQuery(db, 'SELECT count(*) AS n FROM leads_final WHERE grade = $g', { g: 'A' }));
 */
export async function runReadOnlyQuery(
  db: DuckDbConnection,
  sql: string,
  params?: Record<string, unknown>,
): Promise<DuckDbRow[]> {
  const statements = await db.native.extractStatements(sql);
  if (statements.count !== 1) throw new TerminalError('E_QUERY', 'give exactly one SQL statement');
  let prepared;
  try {
    prepared = await statements.prepare(0);
  } catch (err) {
    // A write that fails to bind (DELETE FROM the leads_raw view) is still a write: say so, not why.
    if (WRITE_STATEMENT.test(sql)) {
      throw new TerminalError(
        'E_QUERY_NOT_READ_ONLY',
        'only SELECT (and EXPLAIN) statements are allowed here',
      );
    }
    throw err;
  }
  // Prepared statements hold native memory until destroyed: a server running thousands of queries
  // would otherwise run DuckDB out of its memory limit.
  try {
    if (prepared.statementType !== StatementType.SELECT && prepared.statementType !== StatementType.EXPLAIN) {
      throw new TerminalError(
        'E_QUERY_NOT_READ_ONLY',
        'only SELECT (and EXPLAIN) statements are allowed here',
      );
    }
    if (params) prepared.bind(params as DuckDbParams);
    const reader = await prepared.runAndReadAll();
    return reader.getRowObjectsJson() as DuckDbRow[];
  } finally {
    prepared.destroySync();
  }
}
