/**
 * The Snowflake task SQL (the typed batch of the stream, the merge counts, the drop of unchanged rows, the
 * hash-checked MERGE, the task and apply_scoring procedures and the native tasks), compared with `__sql__/*.sql`.
 */
import { describe, expect, it } from 'vitest';
import { sqlFileText } from '../../../test/sql-snapshot.ts';
import type { FinalColumn } from './snowflake-ddl.ts';
import {
  applyScoringProcedureSql,
  batchSql,
  batchTableSql,
  dropUnchangedSql,
  mergeCountsSql,
  mergeSql,
  rehashFinalSql,
  resumeTasksSql,
  rowHashSql,
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
  ['stream-batch', () => [batchTableSql(columns), batchSql(columns, KEY, 'r."ROW_ID" <= :v_to')]],
  ['merge-counts', () => mergeCountsSql(KEY)],
  ['drop-unchanged', () => dropUnchangedSql(KEY)],
  ['merge', () => mergeSql(columns, KEY)],
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

  it('hashes the typed values by column name, not the raw document, the same way in the batch and in LEADS_FINAL', () => {
    const batch = batchSql(columns, KEY, 'TRUE');
    expect(batch).not.toContain('TO_JSON(r."DATA")');
    // Names sorted, so the registry's column order does not matter.
    const hashOf = (valueOf: (c: FinalColumn) => string) => rowHashSql(columns, valueOf);
    expect(hashOf((c) => `t."${c.name}"`)).toBe(
      `MD5(TO_JSON(OBJECT_CONSTRUCT('is_partner', t."is_partner", 'prospect_id', t."prospect_id", 'total_visits', t."total_visits", 'utm_campaign', t."utm_campaign")))`,
    );
    expect(rowHashSql([...columns].reverse(), (c) => `t."${c.name}"`)).toBe(hashOf((c) => `t."${c.name}"`));
    // The batch hashes the typed values it stores; LEADS_FINAL's rehash the same columns as stored.
    expect(batch).toContain(hashOf((c) => `t."${c.name}"`));
    expect(rehashFinalSql(columns)).toContain(`SET "row_hash" = ${hashOf((c) => `"${c.name}"`)}`);
    expect(rehashFinalSql(columns)).toContain(`"VALUE" = 'md5-typed-object-v1'`);
  });
});
