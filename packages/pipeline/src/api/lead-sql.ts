/**
 * The SQL behind `GET /leads`, `GET /leads/{id}` and `GET /lead-count`, as pure functions
 * (tested as strings). Every identifier is checked against {@link LeadTable} and quoted; every value from a
 * request travels as a named parameter. The text is plain enough for DuckDB and Snowflake alike (`ILIKE`,
 * `NULLS LAST`, `QUALIFY`, `CASE` instead of `FILTER`).
 */
import type { ColumnType } from '../formats/lead-schema.ts';
import { quoteIdent } from '../warehouse/sql-ident.ts';
import type { LeadTable } from './lead-table.ts';
import { SCORE_COLUMNS } from './lead-table.ts';
import { HttpProblem } from './problems.ts';

/** One statement for `Warehouse.query`. */
export interface SqlStatement {
  sql: string;
  params: Record<string, unknown>;
}

/** Sort direction. */
export type SortOrder = 'asc' | 'desc';

/** One exact-value filter on a column of leads_final (`filter.<column>=value`). */
export interface ColumnFilter {
  column: string;
  value: string;
}

/** Filters of `GET /leads` (and of the count). */
export interface LeadFilters {
  grade?: readonly string[];
  minScore?: number;
  maxScore?: number;
  /** The label column (the outcome) is true or false; matches nothing when the data has no label. */
  converted?: boolean;
  /** The label column `converted` applies to (null: none). */
  label?: string | null;
  /** Exact values of columns, compared as text (`true`/`false` for booleans). */
  where?: readonly ColumnFilter[];
  /** Free text: matches the key or a text column of the lead, case-insensitive, anywhere in the value. */
  q?: string;
}

/** A page request of `GET /leads`. */
export interface LeadsRequest extends LeadFilters {
  limit: number;
  offset: number;
  cursor?: string;
  /** Column to sort by (default: score descending once leads are scored, else the key ascending). */
  sort?: string;
  order?: SortOrder;
  /** Columns to return (the key is always included); `all` for every column. Default `defaultColumns`. */
  columns?: readonly string[] | 'all';
  /** Columns of a page when `columns` is not given (default {@link DEFAULT_LIST_COLUMNS}). */
  defaultColumns?: readonly string[];
}

/** The planned page: the statements and what the route needs to shape the answer. */
export interface LeadsPlan {
  page: SqlStatement;
  count: SqlStatement;
  /** Columns the client asked for, in order (key first). */
  columns: string[];
  sort: string;
  order: SortOrder;
  /** Opaque cursor that continues after `row` (a raw warehouse row of `page`). */
  cursorAfter(row: Record<string, unknown>): string;
}

/** Score columns every list page shows after the lead's own columns (which the route picks from the model). */
export const DEFAULT_LIST_COLUMNS: readonly string[] = [
  'probability',
  'score',
  'grade',
  'model_version',
  'scored_at',
  'updated_at',
];

/** Text columns free-text search looks in besides the key (the first ones of the table). */
export const MAX_SEARCH_COLUMNS = 8;

const SCORE_NAMES = new Set(SCORE_COLUMNS.map((c) => c.name));

function unknownColumn(name: string, what: string): HttpProblem {
  return new HttpProblem(
    400,
    'E_UNKNOWN_COLUMN',
    `unknown ${what} column "${name}": use a column of leads_final`,
    {
      details: { column: name },
    },
  );
}

/** Escapes `%`, `_` and `\` for a LIKE pattern with `ESCAPE '\'`. */
export function likePattern(text: string): string {
  return '%' + text.replace(/[\\%_]/g, (c) => '\\' + c) + '%';
}

/**
 * SQL that is true when a lead's label column says it converted: the boolean itself, a non-zero number, or
 * yes/true/1/y text (case-insensitive); null when the label is missing.
 */
export function labelTruthSql(table: LeadTable, label: string): string {
  const q = quoteIdent(label);
  switch (table.columns.get(label)?.type) {
    case 'boolean':
      return q;
    case 'integer':
    case 'double':
      return `(${q} <> 0)`;
    default:
      return `(lower(CAST(${q} AS VARCHAR)) IN ('yes', 'true', '1', 'y'))`;
  }
}

/** The WHERE conditions of the filters; a filter on a score column leads_final does not have matches nothing. */
export function filterConditions(table: LeadTable, f: LeadFilters): SqlStatement & { conditions: string[] } {
  const conditions: string[] = [];
  const params: Record<string, unknown> = {};
  const has = (c: string): boolean => table.columns.has(c);
  if (f.grade && f.grade.length > 0) {
    if (!has('grade')) conditions.push('FALSE');
    else {
      const names = f.grade.map((g, i) => {
        params[`grade_${i}`] = g;
        return `$grade_${i}`;
      });
      conditions.push(`"grade" IN (${names.join(', ')})`);
    }
  }
  if (f.minScore !== undefined || f.maxScore !== undefined) {
    if (!has('score')) conditions.push('FALSE');
    if (has('score') && f.minScore !== undefined) {
      conditions.push('"score" >= $min_score');
      params.min_score = f.minScore;
    }
    if (has('score') && f.maxScore !== undefined) {
      conditions.push('"score" <= $max_score');
      params.max_score = f.maxScore;
    }
  }
  if (f.converted !== undefined) {
    if (!f.label || !has(f.label)) conditions.push('FALSE');
    else {
      conditions.push(`${labelTruthSql(table, f.label)} = $converted`);
      params.converted = f.converted;
    }
  }
  for (const [i, w] of (f.where ?? []).entries()) {
    const column = table.columns.get(w.column);
    if (!column) throw unknownColumn(w.column, 'filter');
    if (column.type === 'json')
      throw new HttpProblem(
        400,
        'E_UNFILTERABLE_COLUMN',
        `column "${w.column}" holds JSON and cannot be filtered`,
      );
    conditions.push(`CAST(${quoteIdent(w.column)} AS VARCHAR) = $filter_${i}`);
    params[`filter_${i}`] = w.value;
  }
  if (f.q !== undefined && f.q !== '') {
    const text = [...table.columns.values()]
      .filter((c) => c.origin === 'lead' && c.type === 'string' && c.name !== table.key)
      .slice(0, MAX_SEARCH_COLUMNS)
      .map((c) => c.name);
    const targets = [table.key, ...text].map((c) => `CAST(${quoteIdent(c)} AS VARCHAR) ILIKE $q ESCAPE '\\'`);
    conditions.push(`(${targets.join(' OR ')})`);
    params.q = likePattern(f.q);
  }
  return { conditions, params, sql: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '' };
}

interface Cursor {
  s: string;
  o: SortOrder;
  v: unknown;
  k: unknown;
}

const BAD_CURSOR = 'query parameter "cursor": not one this API returned (pass nextCursor back unchanged)';
const BIGINT_MAX = 2n ** 63n - 1n;
const TIMESTAMP_TEXT =
  /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?$/;

/** Whether text is a timestamp DuckDB can cast: the shape above, and a real date and time of day. */
function isTimestampText(text: string): boolean {
  const m = TIMESTAMP_TEXT.exec(text);
  if (!m) return false;
  const [y, mo, d, h, mi, se] = m.slice(1).map((p) => Number(p ?? 0)) as number[];
  const date = new Date(Date.UTC(y ?? 0, (mo ?? 1) - 1, d ?? 1));
  return (
    date.getUTCMonth() === (mo ?? 1) - 1 &&
    date.getUTCDate() === d &&
    (h ?? 0) < 24 &&
    (mi ?? 0) < 60 &&
    (se ?? 0) < 60
  );
}

/**
 * Whether a cursor value can be cast to its column's type. A cursor is client text: a value DuckDB cannot
 * cast would fail the query as a 500, so it is refused here as a bad cursor instead.
 */
function castable(value: unknown, type: ColumnType | undefined): boolean {
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return false;
  switch (type ?? 'string') {
    case 'string':
      return typeof value !== 'boolean';
    case 'integer': {
      const text = String(value);
      if (!/^-?\d{1,19}$/.test(text)) return false;
      const n = BigInt(text);
      return n <= BIGINT_MAX && n >= -BIGINT_MAX - 1n;
    }
    case 'double':
      return (
        (typeof value === 'number' && Number.isFinite(value)) ||
        (typeof value === 'string' && /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d{1,3})?$/.test(value))
      );
    case 'boolean':
      return typeof value === 'boolean' || value === 'true' || value === 'false';
    case 'timestamp':
      return typeof value === 'string' && isTimestampText(value);
    default:
      return false;
  }
}

function decodeCursorOrThrow(text: string): Cursor {
  try {
    const c = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Partial<Cursor>;
    if (
      typeof c.s === 'string' &&
      (c.o === 'asc' || c.o === 'desc') &&
      'v' in c &&
      c.k !== undefined &&
      c.k !== null
    ) {
      return c as Cursor;
    }
  } catch {
    // fall through to the problem below
  }
  throw new HttpProblem(400, 'E_BAD_CURSOR', BAD_CURSOR);
}

function resolveSortOrThrow(
  table: LeadTable,
  sort: string | undefined,
  order: SortOrder | undefined,
): { sort: string; order: SortOrder } {
  if (sort === undefined)
    return table.scored
      ? { sort: 'score', order: order ?? 'desc' }
      : { sort: table.key, order: order ?? 'asc' };
  const column = table.columns.get(sort);
  if (!column) {
    // Sorting by a score column before scoring is installed is not an error: every score is null.
    if (SCORE_NAMES.has(sort)) return { sort: table.key, order: 'asc' };
    throw unknownColumn(sort, 'sort');
  }
  if (column.type === 'json')
    throw new HttpProblem(400, 'E_UNSORTABLE_COLUMN', `column "${sort}" holds JSON and cannot be sorted`);
  return { sort, order: order ?? 'asc' };
}

function resolveColumnsOrThrow(
  table: LeadTable,
  columns: LeadsRequest['columns'],
  defaults: readonly string[] = DEFAULT_LIST_COLUMNS,
): string[] {
  const out = [table.key];
  if (columns === 'all') {
    for (const c of table.columns.keys()) if (c !== table.key) out.push(c);
    for (const c of SCORE_COLUMNS) if (!table.columns.has(c.name)) out.push(c.name);
    return out;
  }
  if (columns === undefined) {
    for (const c of defaults)
      if (c !== table.key && (table.columns.has(c) || SCORE_NAMES.has(c))) out.push(c);
    return out;
  }
  for (const c of columns) {
    if (!table.columns.has(c) && !SCORE_NAMES.has(c)) throw unknownColumn(c, 'selected');
    if (!out.includes(c)) out.push(c);
  }
  return out;
}

/**
 * Plans a page of leads: the page query (with one extra row, so the route knows whether there is a next
 * page) and the count of leads matching the filters. Throws a 400 problem for unknown columns and bad cursors.
 */
export function planLeadsQueryOrThrow(table: LeadTable, req: LeadsRequest): LeadsPlan {
  const { sort, order } = resolveSortOrThrow(table, req.sort, req.order);
  const columns = resolveColumnsOrThrow(table, req.columns, req.defaultColumns);
  const key = quoteIdent(table.key);
  const keyCast = table.columns.get(table.key)?.castType ?? 'VARCHAR';
  const filters = filterConditions(table, req);
  const conditions = [...filters.conditions];
  const params: Record<string, unknown> = { ...filters.params };
  const s = quoteIdent(sort);
  const sortColumn = table.columns.get(sort);
  if (req.cursor !== undefined) {
    if (req.offset !== 0)
      throw new HttpProblem(400, 'E_BAD_CURSOR', 'give either a cursor or an offset, not both');
    const c = decodeCursorOrThrow(req.cursor);
    if (c.s !== sort || c.o !== order) {
      throw new HttpProblem(
        400,
        'E_BAD_CURSOR',
        `the cursor belongs to sort=${c.s}&order=${c.o}, not sort=${sort}&order=${order}`,
      );
    }
    const keyType = table.columns.get(table.key)?.type;
    if (!castable(c.k, keyType) || (c.v !== null && !castable(c.v, sortColumn?.type)))
      throw new HttpProblem(400, 'E_BAD_CURSOR', BAD_CURSOR);
    params.cursor_key = c.k;
    const after = `CAST($cursor_key AS ${keyCast})`;
    if (sort === table.key) conditions.push(`${key} ${order === 'asc' ? '>' : '<'} ${after}`);
    else if (c.v === null) conditions.push(`(${s} IS NULL AND ${key} > ${after})`);
    else {
      params.cursor_value = c.v;
      const v = `CAST($cursor_value AS ${sortColumn?.castType ?? 'VARCHAR'})`;
      conditions.push(
        `(${s} ${order === 'asc' ? '>' : '<'} ${v} OR (${s} = ${v} AND ${key} > ${after}) OR ${s} IS NULL)`,
      );
    }
  }
  const orderBy =
    sort === table.key
      ? `${key} ${order.toUpperCase()}`
      : `${s} ${order.toUpperCase()} NULLS LAST, ${key} ASC`;
  const selected = columns.filter((c) => table.columns.has(c));
  if (!selected.includes(sort)) selected.push(sort);
  params.limit = req.limit + 1;
  params.offset = req.offset;
  const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
  return {
    page: {
      sql: `SELECT ${selected.map(quoteIdent).join(', ')} FROM leads_final ${where} ORDER BY ${orderBy} LIMIT $limit OFFSET $offset`,
      params,
    },
    count: { sql: `SELECT count(*) AS n FROM leads_final ${filters.sql}`, params: filters.params },
    columns,
    sort,
    order,
    cursorAfter(row) {
      const cursor: Cursor = {
        s: sort,
        o: order,
        v: sort === table.key ? null : (row[sort] ?? null),
        k: row[table.key],
      };
      return Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url');
    },
  };
}

/** One lead by key, every column. */
export function leadByIdSql(table: LeadTable, id: string): SqlStatement {
  const cast = table.columns.get(table.key)?.castType ?? 'VARCHAR';
  return {
    sql: `SELECT * FROM leads_final WHERE ${quoteIdent(table.key)} = CAST($id AS ${cast}) LIMIT 1`,
    params: { id },
  };
}

/** Counts of `GET /lead-count`: leads in leads_final, or raw rows and files in leads_raw. */
export function leadCountSql(source: 'final' | 'raw'): SqlStatement {
  return source === 'raw'
    ? { sql: 'SELECT count(*) AS rows, count(DISTINCT file_name) AS files FROM leads_raw', params: {} }
    : { sql: 'SELECT count(*) AS leads FROM leads_final', params: {} };
}
