/**
 * The read-only entry of the DuckDB engine: one SELECT (or plain EXPLAIN) with `$name` parameters, as the
 * API and `leadpipe query` send it.
 *
 * Read-only by construction, in three layers that each hold without the others' help:
 * 1. The statement runs on a connection of its own (`DuckDbConnection.reader`) inside
 *    `BEGIN TRANSACTION READ ONLY`, rolled back afterwards: DuckDB itself refuses any write to the database
 *    in it, however the write is dressed (EXPLAIN ANALYZE DELETE, a write in a CTE, a macro, ...).
 * 2. DuckDB's parser decides the statement: exactly one, of type SELECT or EXPLAIN (prepared statement
 *    type); SET, PRAGMA, CALL, ATTACH, INSTALL, LOAD, COPY, EXPORT, CHECKPOINT and the rest are refused.
 *    EXPLAIN ANALYZE (which executes its statement) is refused too: only `EXPLAIN SELECT|WITH|FROM ...`.
 * 3. The whole instance runs with external access off, file access limited to the stage and the scratch
 *    folder, and its configuration locked (duckdb-connection.ts): `read_csv('/etc/passwd')`, `read_text`,
 *    `read_blob`, `glob`, a replacement scan of a path, URLs, ATTACH of a file and INSTALL all fail, and no
 *    statement can change that. What a query can read is the warehouse, DuckDB's catalog, and the staged
 *    files (the same leads, cleaned).
 *
 * Every failure is the user's: `E_QUERY_NOT_READ_ONLY` for a refused statement, `E_QUERY` with DuckDB's
 * message (its first lines, without the caret excerpt) for any other SQL error.
 */
import type { DuckDBPreparedStatement } from '@duckdb/node-api';
import { StatementType } from '@duckdb/node-api';
import { TerminalError, errorMessage } from '../../errors.ts';
import type { DuckDbConnection, DuckDbParams, DuckDbRow } from './duckdb-connection.ts';

const NOT_READ_ONLY = 'only SELECT statements (one, or an EXPLAIN of one) are allowed here';

/** Leading blanks and SQL comments. */
const LEADING_COMMENTS = /^(?:\s+|--[^\n]*(?:\n|$)|\/\*[\s\S]*?\*\/)*/;

/**
 * Labels a statement that failed to bind (DELETE FROM the leads_raw view) as a write, for its message only:
 * it failed anyway, so this is not what keeps queries read-only.
 */
const WRITE_WORD =
  /^(delete|insert|update|merge|create|drop|alter|truncate|copy|attach|detach|set|reset|begin|commit|rollback|checkpoint|vacuum|install|load|call|export|import|pragma|use)\b/i;

/** DuckDB's message in one line: the lines before the `LINE 1: ...` excerpt, joined. */
function oneLine(err: unknown): string {
  const lines: string[] = [];
  // The driver prefixes parser errors with its own words.
  const message = errorMessage(err).replace(/^Failed to extract statements: /, '');
  for (const line of message.split('\n')) {
    if (/^\s*LINE \d+:/.test(line)) break;
    if (line.trim()) lines.push(line.trim());
  }
  return lines.join(' ') || 'the query failed';
}

/** The user's SQL error as a TerminalError: a refusal DuckDB made itself keeps the read-only code. */
function queryError(err: unknown): TerminalError {
  if (err instanceof TerminalError) return err;
  const message = oneLine(err);
  const refused =
    /read-only mode|file system operations are disabled|configuration has been locked|external access/i.test(
      message,
    );
  return new TerminalError(refused ? 'E_QUERY_NOT_READ_ONLY' : 'E_QUERY', message, { cause: err });
}

/** Refuses all but SELECT and a plain EXPLAIN of a query (EXPLAIN ANALYZE runs its statement). */
function assertReadStatement(prepared: DuckDBPreparedStatement, sql: string): void {
  const type = prepared.statementType;
  if (type === StatementType.SELECT) return;
  if (type === StatementType.EXPLAIN) {
    const text = sql.replace(LEADING_COMMENTS, '');
    if (/^explain\s+(select|with|from)\b/i.test(text)) return;
    throw new TerminalError(
      'E_QUERY_NOT_READ_ONLY',
      `${NOT_READ_ONLY}: no EXPLAIN ANALYZE or EXPLAIN options`,
    );
  }
  throw new TerminalError('E_QUERY_NOT_READ_ONLY', NOT_READ_ONLY);
}

/**
 * Runs one read-only statement with DuckDB's own `$name` binding (call it inside the connection's serial
 * turn). More than one statement fails with `E_QUERY`, anything but SELECT / plain EXPLAIN with
 * `E_QUERY_NOT_READ_ONLY`, any SQL error with `E_QUERY` and DuckDB's message.
 *
 * @example
 * await db.serial(() => runReadOnlyQuery(db, 'SELECT count(*) AS n FROM leads_final WHERE grade = $g', { g: 'A' }));
 */
export async function runReadOnlyQuery(
  db: DuckDbConnection,
  sql: string,
  params?: Record<string, unknown>,
): Promise<DuckDbRow[]> {
  const conn = db.reader;
  let statements;
  try {
    statements = await conn.extractStatements(sql);
  } catch (err) {
    throw queryError(err);
  }
  if (statements.count !== 1) throw new TerminalError('E_QUERY', 'give exactly one SQL statement');
  await conn.run('BEGIN TRANSACTION READ ONLY');
  try {
    let prepared: DuckDBPreparedStatement;
    try {
      prepared = await statements.prepare(0);
    } catch (err) {
      if (WRITE_WORD.test(sql.replace(LEADING_COMMENTS, '')))
        throw new TerminalError('E_QUERY_NOT_READ_ONLY', NOT_READ_ONLY, { cause: err });
      throw queryError(err);
    }
    // Prepared statements hold native memory until destroyed: a server running thousands of queries
    // would otherwise run DuckDB out of its memory limit.
    try {
      assertReadStatement(prepared, sql);
      if (params) prepared.bind(params as DuckDbParams);
      const reader = await prepared.runAndReadAll();
      return reader.getRowObjectsJson() as DuckDbRow[];
    } catch (err) {
      throw queryError(err);
    } finally {
      prepared.destroySync();
    }
  } finally {
    // Nothing to keep: the transaction only ever read.
    await conn.run('ROLLBACK').catch(() => undefined);
  }
}
