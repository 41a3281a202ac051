/**
 * What the API knows about `leads_final`: its columns (the whitelist every identifier in generated SQL is
 * checked against), which score columns exist yet, and how a warehouse row becomes a JSON lead.
 */
import type { ColumnType } from '../formats/lead-schema.ts';
import type { Warehouse } from '../warehouse/warehouse.ts';

export { META_COLUMNS, SCORE_COLUMNS } from '../warehouse/final-columns.ts';
import { META_COLUMNS, SCORE_COLUMNS } from '../warehouse/final-columns.ts';

/** One column the API may name in SQL. */
export interface TableColumn {
  name: string;
  type: ColumnType;
  /** SQL type for `CAST($param AS <castType>)`; always one of a fixed set, never text from a request. */
  castType: string;
  origin: 'lead' | 'meta' | 'score';
}

/** leads_final as the API sees it. */
export interface LeadTable {
  key: string;
  /** Columns in table order: lead columns, meta columns, score columns present. */
  columns: ReadonlyMap<string, TableColumn>;
  /** Whether leads_final has the score columns (all of `score`, `grade`, `probability`). */
  scored: boolean;
}

const CAST_TYPES: Record<ColumnType, string> = {
  string: 'VARCHAR',
  integer: 'BIGINT',
  double: 'DOUBLE',
  boolean: 'BOOLEAN',
  timestamp: 'TIMESTAMP',
  json: 'JSON',
};

/** Logical type of a warehouse data type name (DuckDB or Snowflake spelling). */
export function columnTypeOf(dataType: string): ColumnType {
  const d = dataType.toUpperCase();
  if (/^(JSON|VARIANT|OBJECT|ARRAY|STRUCT|MAP|LIST)/.test(d) || d.endsWith('[]')) return 'json';
  if (/^(BIG|SMALL|TINY|HUGE|U)?INT(EGER)?\d*$|^U?(BIG|SMALL|TINY|HUGE)INT$/.test(d)) return 'integer';
  if (/^(DOUBLE|FLOAT|REAL|DECIMAL|NUMERIC|NUMBER)/.test(d)) return 'double';
  if (d === 'BOOLEAN' || d === 'BOOL') return 'boolean';
  if (d.startsWith('TIMESTAMP') || d === 'DATETIME' || d === 'DATE') return 'timestamp';
  return 'string';
}

function castTypeOf(type: ColumnType, dataType: string | undefined): string {
  if (type === 'timestamp' && dataType && /TIME ZONE|TZ/i.test(dataType)) return 'TIMESTAMPTZ';
  return CAST_TYPES[type];
}

/**
 * Reads the columns of leads_final: the lead columns from the warehouse's column registry
 * (`finalColumns()`), the meta and score columns from `information_schema` when they are there (so a
 * warehouse without scoring still works, with null scores).
 */
export async function describeLeadTable(warehouse: Warehouse, key: string): Promise<LeadTable> {
  const leadColumns = await warehouse.finalColumns();
  let info: { t: string; c: string; d: string }[] | undefined;
  try {
    info = (await warehouse.query(
      `SELECT lower(table_name) AS t, lower(column_name) AS c, upper(data_type) AS d
       FROM information_schema.columns
       WHERE lower(table_name) = 'leads_final'
       ORDER BY ordinal_position`,
    )) as { t: string; c: string; d: string }[];
  } catch {
    info = undefined;
  }
  const finalInfo = new Map((info ?? []).filter((r) => r.t === 'leads_final').map((r) => [r.c, r.d]));
  const columns = new Map<string, TableColumn>();
  for (const c of leadColumns) {
    columns.set(c.name, {
      name: c.name,
      type: c.type,
      castType: castTypeOf(c.type, finalInfo.get(c.name)),
      origin: 'lead',
    });
  }
  for (const c of META_COLUMNS) {
    if (info && !finalInfo.has(c.name)) continue;
    columns.set(c.name, {
      name: c.name,
      type: c.type,
      castType: castTypeOf(c.type, finalInfo.get(c.name) ?? 'TIMESTAMPTZ'),
      origin: 'meta',
    });
  }
  for (const c of SCORE_COLUMNS) {
    const dataType = finalInfo.get(c.name);
    if (dataType === undefined || columns.has(c.name)) continue;
    const type = c.type === 'json' ? 'json' : columnTypeOf(dataType);
    columns.set(c.name, { name: c.name, type, castType: castTypeOf(type, dataType), origin: 'score' });
  }
  const scored = ['score', 'grade', 'probability'].every((c) => columns.has(c));
  return { key, columns, scored };
}

/** An ISO-8601 form of a timestamp as the warehouse prints it (`2026-11-28 04:28:43.858+00`). */
export function isoTimestamp(text: string): string {
  return text.replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00');
}

/**
 * A typed warehouse value (a DuckDB STRUCT, e.g. the reasons) as the JSON it stands for: fields that are
 * NULL were absent (a STRUCT has every field of its type), so they are dropped, at any depth.
 */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== null) out[k] = withoutNulls(v);
  return out;
}

/**
 * The JSON value of one warehouse cell: BIGINT text to numbers, timestamps to ISO, JSON text parsed, typed
 * values without their NULL fields.
 */
export function apiValue(value: unknown, type: ColumnType): unknown {
  if (value === null || value === undefined) return null;
  switch (type) {
    case 'integer': {
      const n = Number(value);
      return Number.isSafeInteger(n) ? n : String(value);
    }
    case 'double':
      return typeof value === 'number' ? value : Number(value);
    case 'boolean':
      return typeof value === 'boolean' ? value : value === 'true';
    case 'timestamp':
      return isoTimestamp(String(value));
    case 'json':
      if (typeof value !== 'string') return withoutNulls(value);
      try {
        return JSON.parse(value) as unknown;
      } catch {
        return value;
      }
    default:
      return typeof value === 'string' ? value : String(value);
  }
}

/**
 * A warehouse row as a JSON lead with the given columns. Score columns that leads_final does not have yet
 * come back as `null`, so clients see one shape before and after scoring is installed.
 */
export function apiLead(
  table: LeadTable,
  row: Record<string, unknown>,
  columns: readonly string[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of columns) {
    const c = table.columns.get(name);
    out[name] = c ? apiValue(row[name], c.type) : null;
  }
  return out;
}
