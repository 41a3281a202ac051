/**
 * The Snowflake objects `leadpipe init` creates (bookkeeping tables, the stream, leads_final, the file
 * formats and the internal stage, schema evolution) and the type mapping, compared with `__sql__/*.sql`.
 */
import { describe, expect, it } from 'vitest';
import { sqlFileText } from '../../../test/sql-snapshot.ts';
import type { ColumnType } from '../../formats/lead-schema.ts';
import { COLUMN_TYPES } from '../../formats/lead-schema.ts';
import type { FinalColumn } from './snowflake-ddl.ts';
import {
  addColumnSql,
  bookkeepingDdl,
  createFinalTableSql,
  fileFormatDdl,
  internalStageDdl,
  snowflakeType,
  sqlString,
  streamDdl,
  widenColumnSql,
} from './snowflake-ddl.ts';

const KEY = 'prospect_id';
/** Two declared columns and two inferred ones. */
const columns: FinalColumn[] = [
  { name: 'prospect_id', type: 'string', declared: true },
  { name: 'total_visits', type: 'integer', declared: true },
  { name: 'utm_campaign', type: 'string', declared: false },
  { name: 'is_partner', type: 'boolean', declared: false },
];

const SNAPSHOTS: [string, () => string | readonly string[]][] = [
  ['bookkeeping', () => bookkeepingDdl()],
  ['stream', () => streamDdl()],
  ['leads-final', () => createFinalTableSql(columns, KEY)],
  ['file-formats', () => fileFormatDdl()],
  ['internal-stage', () => internalStageDdl()],
  [
    'schema-evolution',
    () => [addColumnSql('utm_source', 'string'), ...widenColumnSql('utm_campaign', 'double')],
  ],
];

describe('the Snowflake objects', () => {
  for (const [name, sql] of SNAPSHOTS) {
    it(`writes ${name} as in __sql__/${name}.sql`, async () => {
      await expect(sqlFileText(sql())).toMatchFileSnapshot(`./__sql__/${name}.sql`);
    });
  }

  it('types every logical column type', () => {
    expect(Object.fromEntries(COLUMN_TYPES.map((t: ColumnType) => [t, snowflakeType(t)]))).toEqual({
      boolean: 'BOOLEAN',
      integer: 'NUMBER(38,0)',
      double: 'FLOAT',
      timestamp: 'TIMESTAMP_NTZ',
      string: 'VARCHAR',
      json: 'VARIANT',
    });
  });

  it('quotes strings by doubling quotes and also escapes backslashes', () => {
    expect(sqlString("O'Brien\\x")).toBe("'O''Brien\\\\x'");
  });
});
