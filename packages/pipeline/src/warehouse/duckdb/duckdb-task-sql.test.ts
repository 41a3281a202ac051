/**
 * The task SQL of the DuckDB engine (the deduplicated, typed batch of the stream, the merge counts, the drop
 * of unchanged rows, the hash-checked upsert as delete + insert, unscored and scored with its score
 * history), compared with `__sql__/*.sql`.
 */
import { describe, expect, it } from 'vitest';
import { sqlFileText } from '../../../test/sql-snapshot.ts';
import type { ColumnType } from '../../formats/lead-schema.ts';
import {
  batchScoreHistorySql,
  deleteReplacedSql,
  dropUnchangedSql,
  insertBatchSql,
  insertScoredBatchSql,
  mergeCountsSql,
  streamBatchSql,
} from './duckdb-task-sql.ts';

const KEY = 'prospect_id';
/** Two declared columns and two inferred ones (inferred columns are read from `extra` with TRY_CAST). */
const columns: { name: string; type: ColumnType; declared: boolean }[] = [
  { name: 'prospect_id', type: 'string', declared: true },
  { name: 'total_visits', type: 'integer', declared: true },
  { name: 'utm_campaign', type: 'string', declared: false },
  { name: 'is_partner', type: 'boolean', declared: false },
];
/** The declared columns of leads_raw_rows (utm_campaign and is_partner come from extra). */
const stored = new Set(['prospect_id', 'total_visits']);

const SNAPSHOTS: [string, () => string | readonly string[]][] = [
  [
    'stream-batch',
    () => {
      const batch = streamBatchSql(columns, KEY, stored, { from: 1000, to: 2001 });
      return [batch.match, batch.keys(false), batch.keys(true), batch.view];
    },
  ],
  ['merge-counts', () => mergeCountsSql()],
  ['drop-unchanged', () => dropUnchangedSql()],
  ['upsert', () => [deleteReplacedSql(KEY), insertBatchSql(columns, KEY, true)]],
  [
    'upsert-scored',
    () => [
      insertScoredBatchSql(
        columns,
        KEY,
        `SELECT "prospect_id", __row, 'v1' AS model_version, 0.5e0 AS probability, 50 AS score, 'B' AS grade, NULL AS reasons FROM leadpipe_batch`,
        `CASE WHEN score >= 50 THEN 'A' ELSE 'B' END`,
      ),
      batchScoreHistorySql(KEY),
    ],
  ],
];

describe('the DuckDB task SQL', () => {
  for (const [name, sql] of SNAPSHOTS) {
    it(`writes ${name} as in __sql__/${name}.sql`, async () => {
      await expect(sqlFileText(sql())).toMatchFileSnapshot(`./__sql__/${name}.sql`);
    });
  }
});
