/**
 * The bookkeeping DDL and the type mapping of the DuckDB engine, compared with the `.sql` files under
 * `__sql__/` (pipes, streams and tasks are emulated by these tables; see SEMANTICS.md).
 */
import { describe, expect, it } from 'vitest';
import { sqlFileText } from '../../../test/sql-snapshot.ts';
import type { ColumnType } from '../../formats/lead-schema.ts';
import { COLUMN_TYPES } from '../../formats/lead-schema.ts';
import { DuckDBInstance } from '@duckdb/node-api';
import { apiValue } from '../../api/lead-table.ts';
import {
  DUCKDB_BOOKKEEPING_DDL,
  REASONS_JSON_STRUCTURE,
  REASONS_TYPE,
  createFinalTableSql,
  duckdbType,
  reasonsJsonSql,
  sqlString,
} from './duckdb-ddl.ts';

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

describe('reasons stored typed (REASONS_TYPE)', () => {
  /** Each shape of reasons leadpipe has written, as JSON: a trained model's, a rules model's, 0.1.0's. */
  const written = [
    {
      positive: [{ log_odds: 0.4029702135219797, feature: 'page_views_per_visit', value: '0', points: 6 }],
      negative: [{ log_odds: -1.25, feature: 'lead_origin', value: 'missing', points: -18 }],
    },
    {
      positive: [
        { feature: 'From Google', points: 1.5, text: 'From Google: +1.5' },
        { feature: 'rule 2', points: 2, text: 'rule 2: +2' },
      ],
      negative: [],
    },
    {
      positive: [
        {
          log_odds: 1.0462836990474413,
          feature: 'total_time_spent_on_website',
          label: 'Total Time Spent on Website',
          value: '772',
          points: 15,
          text: 'Total Time Spent on Website = 772: +15',
        },
      ],
      negative: [],
    },
  ];

  it('reads back every shape as it was written, through the API and through exports', async () => {
    const db = await DuckDBInstance.create(':memory:');
    const conn = await db.connect();
    try {
      await conn.run(`CREATE TABLE t (n INTEGER, reasons ${REASONS_TYPE})`);
      for (const [n, r] of written.entries()) {
        // As JSON text converted by the migration's from_json, the way an older warehouse's reasons arrive.
        await conn.run(
          `INSERT INTO t VALUES (${n}, from_json(${sqlString(JSON.stringify(r))}, ${sqlString(REASONS_JSON_STRUCTURE)}))`,
        );
      }
      await conn.run(`INSERT INTO t VALUES (9, NULL)`);
      const rows = (
        await conn.runAndReadAll(`SELECT reasons, ${reasonsJsonSql('reasons')} AS text FROM t ORDER BY n`)
      ).getRowObjectsJson();
      expect(rows.map((r) => apiValue(r.reasons, 'json'))).toEqual([...written, null]);
      // Exports write the JSON text: the same keys in the same order, whole points without ".0".
      expect(rows.map((r) => r.text)).toEqual([...written.map((r) => JSON.stringify(r)), null]);
    } finally {
      conn.closeSync();
      db.closeSync();
    }
  });
});
