/**
 * The bookkeeping DDL and the type mapping of the DuckDB engine, compared with the `.sql` files under
 * `__sql__/` (pipes, streams and tasks are emulated by these tables; see SEMANTICS.md).
 */
import { describe, expect, it } from 'vitest';
import { sqlFileText } from '../../../test/sql-snapshot.ts';
import type { ColumnType } from '../../formats/lead-schema.ts';
import { COLUMN_TYPES } from '../../formats/lead-schema.ts';
import { DUCKDB_BOOKKEEPING_DDL, createFinalTableSql, duckdbType, sqlString } from './duckdb-ddl.ts';

const KEY = 'prospect_id';
/** Two declared columns and two inferred ones. */
const columns: { name: string; type: ColumnType; declared: boolean }[] = [
  { name: 'prospect_id', type: 'string', declared: true },
  { name: 'total_visits', type: 'integer', declared: true },
  { name: 'utm_campaign', type: 'string', declared: false },
  { name: 'is_partner', type: 'boolean', declared: false },
];

const SNAPSHOTS: [string, () => string | readonly string[]][] = [
  ['bookkeeping', () => DUCKDB_BOOKKEEPING_DDL],
  ['leads-final', () => createFinalTableSql(columns, KEY)],
];

describe('the DuckDB bookkeeping DDL', () => {
  for (const [name, sql] of SNAPSHOTS) {
    it(`writes ${name} as in __sql__/${name}.sql`, async () => {
      await expect(sqlFileText(sql())).toMatchFileSnapshot(`./__sql__/${name}.sql`);
    });
  }

  it('types every logical column type', () => {
    expect(Object.fromEntries(COLUMN_TYPES.map((t: ColumnType) => [t, duckdbType(t)]))).toEqual({
      boolean: 'BOOLEAN',
      integer: 'BIGINT',
      double: 'DOUBLE',
      timestamp: 'TIMESTAMP',
      string: 'VARCHAR',
      json: 'JSON',
    });
  });

  it('quotes strings by doubling quotes and leaves backslashes alone', () => {
    expect(sqlString("O'Brien\\x")).toBe("'O''Brien\\x'");
  });
});
