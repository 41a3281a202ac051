/**
 * `Warehouse.query` on Snowflake: the same read-only SQL that runs on DuckDB, with its `$name` parameters
 * turned into `?` binds, writes refused before they are sent, and result columns named as DuckDB names
 * them (Snowflake upper-cases unquoted aliases: `count(*) AS n` comes back as `N`).
 */
import { TerminalError } from '../../errors.ts';
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
  const first = /^[(\s]*([A-Za-z]+)/.exec(statements[0] as string)?.[1]?.toUpperCase();
  if (!first || !['SELECT', 'WITH', 'SHOW', 'DESCRIBE', 'DESC', 'EXPLAIN'].includes(first)) {
    throw new TerminalError(
      'E_QUERY_NOT_READ_ONLY',
      'only SELECT (and SHOW, DESCRIBE, EXPLAIN) statements are allowed here',
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
