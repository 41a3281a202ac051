/**
 * The Snowflake task SQL (the typed batch of the stream, the merge counts, the drop of unchanged rows, the
 * hash-checked MERGE, the task and apply_scoring procedures and the native tasks), compared with `__sql__/*.sql`.
 */
import { describe, expect, it } from 'vitest';
import { sqlFileText } from '../../../test/sql-snapshot.ts';
import { DOUBLE_TEXT_JS, canonicalRowText } from '../row-hash.ts';
import type { FinalColumn } from './snowflake-ddl.ts';
import {
  applyScoringProcedureSql,
  batchSql,
  batchTableSql,
  doubleTextFunctionSql,
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
  ['double-text-function', () => doubleTextFunctionSql()],
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

  it('hashes the canonical text of the typed values (row-hash.ts), the same way in the batch and in LEADS_FINAL (text, stand-in for an account)', () => {
    const batch = batchSql(columns, KEY, 'TRUE');
    expect(batch).not.toContain('TO_JSON(r."DATA")');
    // Names sorted, so the registry's column order does not matter; each type written as the definition says.
    const all: FinalColumn[] = [
      ...columns,
      { name: 'page_views', type: 'double', declared: true },
      { name: 'last_seen', type: 'timestamp', declared: false },
      { name: 'extra', type: 'json', declared: false },
    ];
    const hashOf = (cols: readonly FinalColumn[]) => rowHashSql(cols, (c) => `t."${c.name}"`);
    const entry = (head: string, text: string) =>
      `COALESCE('${head}' || TO_VARCHAR(LENGTH(${text})) || ':' || ${text}, '')`;
    expect(hashOf(all)).toBe(
      `MD5(CONCAT(${[
        entry('5:extra', 'TO_JSON(t."extra")'),
        entry(
          '10:is_partner',
          `CASE WHEN t."is_partner" THEN 'true' WHEN NOT t."is_partner" THEN 'false' END`,
        ),
        entry('9:last_seen', `TO_CHAR(t."last_seen", 'YYYY-MM-DD HH24:MI:SS.FF6')`),
        entry('10:page_views', '"LEADPIPE_DOUBLE_TEXT"(t."page_views")'),
        entry('11:prospect_id', 't."prospect_id"'),
        entry('12:total_visits', 'TO_VARCHAR(t."total_visits")'),
        entry('12:utm_campaign', 't."utm_campaign"'),
      ].join(', ')}))`,
    );
    // The heads are the reference's (the same names in the same order).
    const reference = canonicalRowText(
      {
        extra: '{}',
        is_partner: true,
        last_seen: '2024-01-01 00:00:00',
        page_views: 1,
        prospect_id: 'a',
        total_visits: 1,
        utm_campaign: 'u',
      },
      all,
    );
    expect(reference).toBe(
      '5:extra2:{}10:is_partner4:true9:last_seen26:2024-01-01 00:00:00.000000' +
        '10:page_views3:1.011:prospect_id1:a12:total_visits1:112:utm_campaign1:u',
    );
    const heads = [...hashOf(all).matchAll(/'(\d+:[a-z_]+)'/g)].map((m) => m[1]!);
    let at = -1;
    for (const head of heads) {
      expect(reference.indexOf(head, at + 1)).toBeGreaterThan(at);
      at = reference.indexOf(head, at + 1);
    }
    expect(heads).toHaveLength(all.length);
    expect(rowHashSql([...all].reverse(), (c) => `t."${c.name}"`)).toBe(hashOf(all));
    // The batch hashes the typed values it stores; LEADS_FINAL's rehash the same columns as stored.
    expect(batch).toContain(hashOf(columns));
    expect(rehashFinalSql(columns)).toContain(
      `SET "row_hash" = ${rowHashSql(columns, (c) => `"${c.name}"`)}`,
    );
    expect(rehashFinalSql(columns)).toContain(`"VALUE" = 'md5-canonical-v1'`);
  });

  it('creates the double-text UDF from the JavaScript of the reference, verbatim', () => {
    const ddl = doubleTextFunctionSql();
    expect(ddl).toContain(`AS $$\n${DOUBLE_TEXT_JS}\n$$`);
    expect(ddl).toMatch(
      /^CREATE OR REPLACE FUNCTION "LEADPIPE_DOUBLE_TEXT"\("X" FLOAT\)\nRETURNS VARCHAR\nLANGUAGE JAVASCRIPT\nSTRICT\nIMMUTABLE/,
    );
  });
});
