/**
 * The Snowflake merge procedure as text (no account here): compared with `__sql__/task-procedure.sql`, and
 * the rules it must keep checked on its statements' order (stream consumed into the backlog in its own
 * transaction, bounded slices that commit their progress, a failing slice merged file by file with the
 * failing file quarantined).
 */
import { describe, expect, it } from 'vitest';
import { sqlFileText } from '../../../test/sql-snapshot.ts';
import type { FinalColumn } from './snowflake-ddl.ts';
import { runTaskProcedureSql } from './snowflake-task-procedure-sql.ts';

const KEY = 'prospect_id';
const columns: FinalColumn[] = [
  { name: 'prospect_id', type: 'string', declared: true },
  { name: 'total_visits', type: 'integer', declared: true },
  { name: 'utm_campaign', type: 'string', declared: false },
  { name: 'is_partner', type: 'boolean', declared: false },
];

/** The body's lines, trimmed, and the index of the first line at or after `from` that contains `text`. */
function lines(sql: string): { all: string[]; at: (text: string, from?: number) => number } {
  const all = sql.split('\n').map((l) => l.trim());
  return {
    all,
    at: (text, from = 0) => {
      const i = all.findIndex((l, n) => n >= from && l.includes(text));
      if (i < 0) throw new Error(`no line with ${text} after line ${from}`);
      return i;
    },
  };
}

describe('the Snowflake merge procedure (text, checked without an account)', () => {
  it('writes task-procedure as in __sql__/task-procedure.sql', async () => {
    await expect(sqlFileText(runTaskProcedureSql(columns, KEY))).toMatchFileSnapshot(
      './__sql__/task-procedure.sql',
    );
  });

  it('reads the stream only to move its rows into the backlog, in one transaction of its own', () => {
    const sql = runTaskProcedureSql(columns, KEY);
    const { all, at } = lines(sql);
    const reads = all.flatMap((l, i) => (l.includes('FROM "LEADS_RAW_STREAM"') ? [i] : []));
    expect(reads).toHaveLength(1);
    const read = reads[0]!;
    const begin = at('BEGIN TRANSACTION;', at('IF (v_has_data) THEN'));
    expect(all[read - 2]).toMatch(/^INSERT INTO "LEADPIPE_BACKLOG" \("ROW_ID"/);
    expect(all[read - 1]).toContain(
      'ROW_NUMBER() OVER (ORDER BY r."LOADED_AT", r."LOAD_ID", r."FILE_ROW_NUMBER")',
    );
    expect(begin).toBeLessThan(read);
    expect(all[read + 1]).toBe('COMMIT;');
    // Nothing is merged before the stream's rows are safe in the backlog.
    expect(at('MERGE INTO "LEADS_FINAL"')).toBeGreaterThan(read);
    // A run with rows left in the backlog by a failed run is not skipped.
    expect(sql).toContain('IF (NOT v_has_data AND v_backlog = 0) THEN');
  });

  it('merges the backlog in bounded slices, each committing its rows removal with the merge and its history row', () => {
    const sql = runTaskProcedureSql(columns, KEY, 1000);
    const { all, at } = lines(sql);
    const loop = at('WHILE (v_from < v_end) DO');
    expect(all[loop + 1]).toBe('v_to := LEAST(v_from + 1000, v_end);');
    const begin = at('BEGIN TRANSACTION;', loop);
    const batch = at('INSERT INTO "LEADPIPE_BATCH"', begin);
    expect(at('FROM "LEADPIPE_BACKLOG" AS r', batch)).toBeGreaterThan(batch);
    expect(all[at('WHERE r."ROW_ID" > :v_from AND r."ROW_ID" <= :v_to', batch)]).toBe(
      'WHERE r."ROW_ID" > :v_from AND r."ROW_ID" <= :v_to',
    );
    // One row per key, the latest in load order.
    expect(all[at('QUALIFY', batch)]).toContain('ORDER BY r."ROW_ID" DESC) = 1');
    const merge = at('MERGE INTO "LEADS_FINAL"', begin);
    const removal = at(
      'DELETE FROM "LEADPIPE_BACKLOG" AS r WHERE r."ROW_ID" > :v_from AND r."ROW_ID" <= :v_to;',
      merge,
    );
    const history = at('INSERT INTO "TASK_HISTORY"', removal);
    expect(all[history + 1]).toContain("VALUES (:v_slice_id, 'LEADS_MERGE_TASK', 'SUCCEEDED'");
    const commit = at('COMMIT;', history);
    // No other transaction boundary inside the slice.
    for (let i = begin + 1; i < commit; i++)
      expect(all[i]).not.toMatch(/^(COMMIT|ROLLBACK|BEGIN TRANSACTION);/);
    expect(all[at('EXCEPTION', commit)]).toBe('EXCEPTION');
    expect(
      all.indexOf(
        'SELECT COALESCE(MIN("ROW_ID") - 1, :v_end) INTO :v_from FROM "LEADPIPE_BACKLOG" WHERE "ROW_ID" > :v_to;',
      ),
    ).toBeGreaterThan(commit);
    expect(sql).toContain("v_slice_id := IFF(v_slices = 1, v_id, v_id || ':' || v_slices);");
  });

  it('merges a slice that failed on its data again file by file, quarantining a file that fails alone', () => {
    const sql = runTaskProcedureSql(columns, KEY);
    const { all, at } = lines(sql);
    const handler = at('EXCEPTION', at('WHILE (v_from < v_end) DO'));
    expect(all.slice(handler, handler + 7)).toEqual([
      'EXCEPTION',
      'WHEN OTHER THEN',
      'ROLLBACK;',
      "IF (NOT (LEFT(SQLSTATE, 2) IN ('21', '22', '23'))) THEN",
      'RAISE;',
      'END IF;',
      'v_split := TRUE;',
    ]);
    const files = at('LET files RESULTSET', handler);
    expect(all[files]).toContain('GROUP BY r."LOAD_ID" ORDER BY MIN(r."ROW_ID")');
    const loop = at('FOR file_row IN c_files DO', files);
    const begin = at('BEGIN TRANSACTION;', loop);
    expect(
      at('WHERE r."ROW_ID" > :v_from AND r."ROW_ID" <= :v_to AND r."LOAD_ID" = :v_load', begin),
    ).toBeLessThan(at('MERGE INTO "LEADS_FINAL"', begin));
    const fileHandler = at('EXCEPTION', at('COMMIT;', begin));
    const reason = at("v_message := 'the task could not merge its rows: ' || SQLERRM;", fileHandler);
    const quarantine = at('MERGE INTO "LOAD_HISTORY" AS h', reason);
    expect(at('BEGIN TRANSACTION;', reason)).toBeLessThan(quarantine);
    expect(all[at('WHEN MATCHED', quarantine)]).toContain(`"STATUS" = 'QUARANTINED', "REASON" = s."REASON"`);
    const drop = at('DELETE FROM "LEADPIPE_BACKLOG" AS r WHERE r."LOAD_ID" = :v_load;', quarantine);
    expect(all[drop + 1]).toBe('COMMIT;');
    expect(all[drop + 2]).toContain(
      "ARRAY_APPEND(v_quarantined, OBJECT_CONSTRUCT('file', v_file, 'load_id', v_load, 'reason', v_message))",
    );
    // The files after it go on; the run returns what it quarantined.
    expect(all[at('END;', drop)]).toBe('END;');
    expect(all[at('END FOR;', drop)]).toBe('END FOR;');
    expect(sql).toContain("'quarantined', v_quarantined);");
  });

  it('fails the run on an error that is not the data, recording the failed slice', () => {
    const sql = runTaskProcedureSql(columns, KEY);
    const { all } = lines(sql);
    const last = all.lastIndexOf('EXCEPTION');
    expect(all.slice(last, last + 4)).toEqual([
      'EXCEPTION',
      'WHEN OTHER THEN',
      'ROLLBACK;',
      'v_message := SQLERRM;',
    ]);
    expect(all.slice(last).join('\n')).toContain("VALUES (:v_slice_id, 'LEADS_MERGE_TASK', :v_state");
    expect(all[all.length - 3]).toBe('RAISE;');
  });
});
