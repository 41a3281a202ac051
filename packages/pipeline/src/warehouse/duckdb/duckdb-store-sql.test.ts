/**
 * The scoring store SQL of the DuckDB engine (models, overrides, score history, the view of leads to
 * score, and apply_scoring), compared with `__sql__/*.sql`.
 */
import { describe, expect, it } from 'vitest';
import { sqlFileText } from '../../../test/sql-snapshot.ts';
import { SCORE_HISTORY_SQL, rescoreRowsSql, scoredTableSql, scoringDdl } from './duckdb-store-sql.ts';

const KEY = 'prospect_id';

const SNAPSHOTS: [string, () => string | readonly string[]][] = [
  ['scoring-tables', () => scoringDdl()],
  [
    'apply-scoring',
    () => [
      scoredTableSql('<select>', '<grade>', KEY),
      ...Object.values(rescoreRowsSql(KEY)),
      SCORE_HISTORY_SQL,
    ],
  ],
];

describe('the DuckDB scoring store SQL', () => {
  for (const [name, sql] of SNAPSHOTS) {
    it(`writes ${name} as in __sql__/${name}.sql`, async () => {
      await expect(sqlFileText(sql())).toMatchFileSnapshot(`./__sql__/${name}.sql`);
    });
  }
});
