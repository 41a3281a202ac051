/**
 * The Snowflake task SQL (the typed batch of the stream, the merge counts, the drop of unchanged rows, the
 * hash-checked MERGE, the task and apply_scoring procedures and the native tasks), compared with `__sql__/*.sql`.
 */
import { describe, expect, it } from 'vitest';
import { sqlFileText } from '../../../test/sql-snapshot.ts';
import type { FinalColumn } from './snowflake-ddl.ts';
import {
  applyScoringProcedureSql,
  batchTableSql,
  dropUnchangedSql,
  mergeCountsSql,
  mergeSql,
  resumeTasksSql,
  runTaskProcedureSql,
  streamBatchSql,
  tasksDdl,
} from './snowflake-task-sql.ts';

const KEY = 'prospect_id';
/** Two declared columns and two inferred ones (inferred columns are read with TRY_CAST). */
const columns: FinalColumn[] = [
  { name: 'prospect_id', type: 'string', declared: true },
  { name: 'total_visits', type: 'integer', declared: true },
  { name: 'utm_campaign', type: 'string', declared: false },
  { name: 'is_partner', type: 'boolean', declared: false },
];

const SNAPSHOTS: [string, () => string | readonly string[]][] = [
  ['stream-batch', () => [batchTableSql(columns), streamBatchSql(columns, KEY)]],
  ['merge-counts', () => mergeCountsSql(KEY)],
  ['drop-unchanged', () => dropUnchangedSql(KEY)],
  ['merge', () => mergeSql(columns, KEY)],
  ['task-procedure', () => runTaskProcedureSql(columns, KEY)],
  ['apply-scoring-procedure', () => applyScoringProcedureSql(KEY)],
  [
    'native-tasks',
    () => [
      ...tasksDdl({ warehouse: 'compute_wh', schedule: '1 MINUTE', suspendAfterFailures: 10 }),
      ...resumeTasksSql(),
    ],
  ],
];

describe('the Snowflake task SQL', () => {
  for (const [name, sql] of SNAPSHOTS) {
    it(`writes ${name} as in __sql__/${name}.sql`, async () => {
      await expect(sqlFileText(sql())).toMatchFileSnapshot(`./__sql__/${name}.sql`);
    });
  }
});
