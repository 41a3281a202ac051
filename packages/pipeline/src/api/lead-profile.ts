/**
 * What `GET /schema` says about leads_final's columns, and which of them are categorical: a string or
 * boolean column with few distinct values, or an integer code with very few (a region, a browser id). The
 * profile is one read-only query over the lead columns; identifiers come from {@link LeadTable} only.
 */
import { quoteIdent } from '../warehouse/sql-ident.ts';
import type { SqlStatement } from './lead-sql.ts';
import type { LeadTable, TableColumn } from './lead-table.ts';
import { toNumber } from '../warehouse/rows.ts';

/** A string or boolean column with at most this many distinct values is categorical. */
export const MAX_CATEGORICAL_LEVELS = 60;
/** An integer column with at most this many distinct values is a code, so categorical too. */
export const MAX_CODE_LEVELS = 20;
/** Levels listed per categorical column (most frequent first). */
export const PROFILE_TOP_LEVELS = 40;

/** One level of a categorical column and how many leads have it. */
export interface ColumnLevel {
  value: string;
  leads: number;
}

/** A column of leads_final as `GET /schema` describes it. */
export interface ProfiledColumn {
  name: string;
  type: TableColumn['type'];
  origin: TableColumn['origin'];
  categorical: boolean;
  /** Distinct non-null values (profiled columns only). */
  distinct?: number;
  /** Most frequent levels (categorical columns only). */
  levels?: ColumnLevel[];
}

/** The lead columns worth profiling: typed lead columns other than the key. */
export function profiledColumns(table: LeadTable): TableColumn[] {
  return [...table.columns.values()].filter(
    (c) =>
      c.origin === 'lead' &&
      c.name !== table.key &&
      (c.type === 'string' || c.type === 'boolean' || c.type === 'integer'),
  );
}

/**
 * One statement: per profiled column, its distinct count and its most frequent values. Columns travel by
 * position (`c`), never by name, so no text of a column name is put in a string literal.
 */
export function profileSql(table: LeadTable): SqlStatement | undefined {
  const columns = profiledColumns(table);
  if (columns.length === 0) return undefined;
  const parts = columns.map((c, i) => {
    const q = quoteIdent(c.name);
    return `SELECT ${i} AS c, CAST(${q} AS VARCHAR) AS value, count(*) AS leads FROM leads_final WHERE ${q} IS NOT NULL GROUP BY ${q}`;
  });
  return {
    sql: `SELECT c, value, leads, count(*) OVER (PARTITION BY c) AS distinct_values FROM (${parts.join(' UNION ALL ')}) AS p QUALIFY row_number() OVER (PARTITION BY c ORDER BY leads DESC, value) <= ${PROFILE_TOP_LEVELS} ORDER BY c, leads DESC, value`,
    params: {},
  };
}

/** Whether a column with this many distinct values is categorical. */
function isCategorical(column: TableColumn, distinct: number): boolean {
  if (distinct === 0) return false;
  if (column.type === 'integer') return distinct <= MAX_CODE_LEVELS;
  return distinct <= MAX_CATEGORICAL_LEVELS;
}

/** Every column of leads_final, with the profile's answer folded in (categorical flag, levels). */
export function profileColumns(table: LeadTable, rows: readonly Record<string, unknown>[]): ProfiledColumn[] {
  const profiled = profiledColumns(table);
  const found = new Map<string, { distinct: number; levels: ColumnLevel[] }>();
  for (const r of rows) {
    const column = profiled[toNumber(r.c)];
    if (!column) continue;
    const entry = found.get(column.name) ?? { distinct: toNumber(r.distinct_values), levels: [] };
    entry.levels.push({ value: String(r.value), leads: toNumber(r.leads) });
    found.set(column.name, entry);
  }
  const byName = new Map(profiled.map((c) => [c.name, c]));
  return [...table.columns.values()].map((c) => {
    const out: ProfiledColumn = { name: c.name, type: c.type, origin: c.origin, categorical: false };
    if (c.name === 'grade' && c.origin === 'score') return { ...out, categorical: true };
    if (!byName.has(c.name)) return out;
    const p = found.get(c.name) ?? { distinct: 0, levels: [] };
    out.distinct = p.distinct;
    out.categorical = isCategorical(c, p.distinct);
    if (out.categorical) out.levels = p.levels;
    return out;
  });
}
