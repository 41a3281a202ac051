/**
 * `Warehouse.query` on Snowflake: the same read-only SQL that runs on DuckDB, with its `$name` parameters
 * turned into `?` binds, writes refused before they are sent, and result columns named as DuckDB names
 * them (Snowflake upper-cases unquoted aliases: `count(*) AS n` comes back as `N`).
 *
 * What mirrors DuckDB's read-only entry (duckdb-query.ts) and what cannot:
 * - The statement check is on the text (strings, quoted names and comments blanked first): one statement,
 *   starting with SELECT / WITH / SHOW / DESCRIBE, or EXPLAIN [USING TEXT|JSON|TABULAR] SELECT|WITH
 *   (Snowflake's EXPLAIN only plans: it has no ANALYZE; anything else after EXPLAIN is refused anyway), and
 *   no SYSTEM$ function outside a read-only list. The session runs with MULTI_STATEMENT_COUNT = 1, so
 *   Snowflake itself refuses a second statement.
 * - Snowflake has no read-only transaction and leadpipe has no parser of its own; so this is a filter,
 *   not a construction. What would hold by construction is a second session under a role granted only
 *   SELECT; leadpipe uses one session and one role for loads and queries, so that is not done yet. The
 *   stand-in connection of the tests proves what is sent and what is refused before sending; it cannot
 *   prove how Snowflake parses a statement, nor what the role may do.
 * - A SELECT can read the account's stages (`SELECT $1 FROM @stage`), as a DuckDB query can read the
 *   local stage; external stages and external functions are a matter of the role's grants.
 * - SQL compilation errors (SQLSTATE class 42: syntax, unknown object or column) are the user's:
 *   `E_QUERY`, exit 1 / 400, as on DuckDB ({@link toQueryError}).
 */
import { LeadpipeError, TerminalError } from '../../errors.ts';
import type { SnowflakeBind } from './snowflake-connection.ts';

/** Splits SQL into code and the parts where `$name` and `;` mean nothing: strings, quoted names, comments. */
function scan(
  sql: string,
  onCode: (chunk: string) => string,
  onOther: (chunk: string) => string = (chunk) => chunk,
): string {
  let out = '';
  let i = 0;
  let code = '';
  const flush = (): void => {
    out += onCode(code);
    code = '';
  };
  while (i < sql.length) {
    const c = sql[i] as string;
    const two = sql.slice(i, i + 2);
    let end = -1;
    if (c === "'") {
      end = i + 1;
      while (end < sql.length && sql[end] !== "'") end += sql[end] === '\\' ? 2 : 1;
      end = Math.min(sql.length, end + 1);
      // '' inside a string is an escaped quote: the loop above stops at the first, the next round continues.
    } else if (c === '"') {
      end = sql.indexOf('"', i + 1);
      end = end < 0 ? sql.length : end + 1;
    } else if (two === '$$') {
      end = sql.indexOf('$$', i + 2);
      end = end < 0 ? sql.length : end + 2;
    } else if (two === '--' || two === '//') {
      end = sql.indexOf('\n', i);
      end = end < 0 ? sql.length : end + 1;
    } else if (two === '/*') {
      end = sql.indexOf('*/', i + 2);
      end = end < 0 ? sql.length : end + 2;
    }
    if (end < 0) {
      code += c;
      i++;
    } else {
      flush();
      out += onOther(sql.slice(i, end));
      i = end;
    }
  }
  flush();
  return out;
}

/**
 * Replaces `$name` parameters (outside strings, quoted names and comments) with `?` and returns the binds
 * in order. `$1`-style stage columns are left alone. A parameter without a value is a usage error.
 *
 * @example
 * namedParamsToBinds('SELECT * FROM load_errors WHERE file_name = $file', { file: 'a.csv' });
 * // { sql: 'SELECT * FROM load_errors WHERE file_name = ?', binds: ['a.csv'] }
 */
export function namedParamsToBinds(
  sql: string,
  params: Record<string, unknown> = {},
): { sql: string; binds: SnowflakeBind[] } {
  const binds: SnowflakeBind[] = [];
  const text = scan(sql, (code) =>
    code.replace(/\$([A-Za-z_][A-Za-z0-9_]*)/g, (_m, name: string) => {
      if (!(name in params)) throw new TerminalError('E_QUERY', `no value for the parameter $${name}`);
      binds.push(toBind(params[name]));
      return '?';
    }),
  );
  return { sql: text, binds };
}

function toBind(v: unknown): SnowflakeBind {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'bigint') return v.toString();
  if (v instanceof Date) return v.toISOString();
  return JSON.stringify(v);
}

/** SYSTEM$ functions that only read. Any other SYSTEM$ call may change something (abort a query, ...). */
const READ_ONLY_SYSTEM_FUNCTIONS = new Set([
  'SYSTEM$PIPE_STATUS',
  'SYSTEM$STREAM_HAS_DATA',
  'SYSTEM$STREAM_GET_TABLE_TIMESTAMP',
  'SYSTEM$TYPEOF',
  'SYSTEM$CLUSTERING_INFORMATION',
]);

/**
 * Refuses anything but one SELECT / WITH / SHOW / DESCRIBE / EXPLAIN statement, and SYSTEM$ functions
 * outside a read-only list (they are callable from a SELECT and some change state). The session also runs
 * with MULTI_STATEMENT_COUNT = 1.
 */
export function assertReadOnlyOrThrow(sql: string): void {
  // Strings and dollar-quoted text become '', quoted names "", comments a space: only code is checked.
  const code = scan(
    sql,
    (c) => c,
    (other) => (other.startsWith('"') ? '""' : other.startsWith("'") || other.startsWith('$$') ? "''" : ' '),
  );
  const statements = code
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
  if (statements.length !== 1) throw new TerminalError('E_QUERY', 'give exactly one SQL statement');
  const statement = statements[0] as string;
  const first = /^[(\s]*([A-Za-z]+)/.exec(statement)?.[1]?.toUpperCase();
  const explainsQuery = /^EXPLAIN\s+(USING\s+(TEXT|JSON|TABULAR)\s+)?[(\s]*(SELECT|WITH)\b/i.test(statement);
  if (
    !first ||
    !['SELECT', 'WITH', 'SHOW', 'DESCRIBE', 'DESC', 'EXPLAIN'].includes(first) ||
    (first === 'EXPLAIN' && !explainsQuery)
  ) {
    throw new TerminalError(
      'E_QUERY_NOT_READ_ONLY',
      'only SELECT (and SHOW, DESCRIBE, EXPLAIN of a SELECT) statements are allowed here',
    );
  }
  for (const m of code.matchAll(/SYSTEM\$[A-Za-z_]+/gi)) {
    if (!READ_ONLY_SYSTEM_FUNCTIONS.has(m[0].toUpperCase()))
      throw new TerminalError('E_QUERY_NOT_READ_ONLY', `${m[0]} is not allowed in a read-only query`);
  }
}

/**
 * Result rows with DuckDB's column names: a name Snowflake upper-cased (all upper case, as every unquoted
 * alias is) becomes lower case; quoted mixed- or lower-case names stay as they are.
 */
export function duckdbStyleRow(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) out[/[a-z]/.test(k) ? k : k.toLowerCase()] = v;
  return out;
}

/**
 * A query's failure as the user's when it is theirs: a Snowflake error with SQLSTATE class 42 (syntax error,
 * unknown table or column: "SQL compilation error") becomes `E_QUERY` with Snowflake's message; any other
 * error (network, authentication, warehouse suspended) is returned as it is.
 *
 * @example
 * await run.exec(text, binds).catch((err) => { throw toQueryError(err); });
 */
export function toQueryError(err: unknown): unknown {
  // The session wraps the SDK's error in a LeadpipeError with the SQL state in its details; a bare SDK
  // error (the stand-in's) carries it itself.
  const sqlState =
    err instanceof LeadpipeError ? err.details?.sqlState : (err as { sqlState?: unknown } | null)?.sqlState;
  if (err instanceof LeadpipeError && err.code !== 'E_SNOWFLAKE') return err;
  if (typeof sqlState !== 'string' || !sqlState.startsWith('42')) return err;
  const message = (err instanceof Error ? err.message : String(err)).replace(/\s*\n\s*/g, ' ');
  return new TerminalError('E_QUERY', message, { cause: err });
}
