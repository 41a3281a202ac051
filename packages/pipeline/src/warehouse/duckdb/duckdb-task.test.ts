import { copyFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { count, openTemp, tempDir } from '../../../test/helpers.ts';
import { setFailpoint } from '../../failpoints.ts';
import { loadFiles } from '../../pipeline/pipe.ts';
import { putFile } from '../../pipeline/put.ts';
import { runPipeline } from '../../pipeline/run.ts';
import type { ColumnType } from '../../formats/lead-schema.ts';
import { rowHash } from '../row-hash.ts';
import { compareValuesPays } from './duckdb-task-sql.ts';

describe('the DuckDB task', () => {
  afterEach(() => setFailpoint('task.file=b.csv', undefined));

  it('quarantines a file that runs over several slices whole: none of its rows merge, the next file does', async () => {
    const env = await openTemp();
    const work = await tempDir();
    try {
      const files = { a: ['p1', 'p2'], b: ['p3', 'p4', 'p5', 'p6', 'p7'], c: ['p8'] };
      for (const [name, ids] of Object.entries(files)) {
        const file = path.join(work.dir, `${name}.csv`);
        await writeFile(file, 'Prospect ID,Lead Origin\r\n' + ids.map((id) => `${id},API\r\n`).join(''));
        const put = await putFile(env.lp, file);
        if (!put.ok) throw new Error(put.error);
        await loadFiles(env.lp, [put.file]);
      }
      setFailpoint('task.file=b.csv', 'throw');
      // Slices of 2 raw ids: b's 5 rows span three slices; its first one fails.
      const run = await env.lp.warehouse.runTask({ suspendAfterFailures: 3, sliceRows: 2 });
      expect(run.state).toBe('SUCCEEDED');
      expect(run.quarantined?.map((q) => q.file)).toEqual(['b.csv']);
      const keys = await env.lp.warehouse.query('SELECT prospect_id FROM leads_final ORDER BY prospect_id');
      expect(keys.map((r) => r.prospect_id)).toEqual(['p1', 'p2', 'p8']);
      expect(run.inserted).toBe(3);
      // b's rows stay in leads_raw behind the offset; nothing is left to merge.
      expect(await count(env.lp, "SELECT count(*) FROM leads_raw WHERE file_name = 'b.csv'")).toBe(5);
      expect((await env.lp.warehouse.streamStatus()).pendingRows).toBe(0);
    } finally {
      await env.cleanup();
      await work.cleanup();
    }
  });

  describe('the same rows again in a new file', () => {
    let env: Awaited<ReturnType<typeof openTemp>>;
    let work: Awaited<ReturnType<typeof tempDir>>;
    beforeEach(async () => {
      env = await openTemp();
      work = await tempDir();
    });
    afterEach(async () => {
      await env.cleanup();
      await work.cleanup();
    });
    /** Writes a CSV of leads with an undeclared column, `campaign_code`. */
    const leads = async (name: string, rows: string[]): Promise<string> => {
      const file = path.join(work.dir, name);
      await writeFile(
        file,
        'Prospect ID,Lead Origin,TotalVisits,Campaign Code\r\n' + rows.join('\r\n') + '\r\n',
      );
      return file;
    };
    /** What a re-run must leave alone: the score history and each lead's row. */
    const untouched = async (): Promise<unknown> => ({
      history: await count(env.lp, 'SELECT count(*) FROM lead_score_history'),
      rows: await env.lp.warehouse.query(
        'SELECT prospect_id, source_file, updated_at, scored_at, row_hash FROM leads_final ORDER BY prospect_id',
      ),
    });

    it('are all unchanged: nothing inserted, updated, scored or written', async () => {
      const a = await leads('a.csv', ['p1,API,3,5', 'p2,API,,7', 'p3,Landing Page Submission,0,']);
      const first = await runPipeline(env.lp, [a]);
      expect(first.task).toMatchObject({ inserted: 3, scored: 3 });
      const before = await untouched();
      const b = path.join(work.dir, 'b.csv');
      await copyFile(a, b);
      const again = await runPipeline(env.lp, [b]);
      expect(again.files[0]).toMatchObject({ status: 'LOADED', rowsLoaded: 3 });
      expect(again.task).toMatchObject({
        state: 'SUCCEEDED',
        inserted: 0,
        updated: 0,
        unchanged: 3,
        scored: 0,
      });
      expect(again.scored).toBe(0);
      expect(await untouched()).toEqual(before);
    });

    it('are unchanged after an undeclared column of theirs widened (integer to double)', async () => {
      const a = await leads('a.csv', ['p1,API,3,5', 'p2,API,4,7']);
      await runPipeline(env.lp, [a]);
      // A later file widens campaign_code to double: the stored 5 and 7 become 5.0 and 7.0.
      await runPipeline(env.lp, [await leads('w.csv', ['p3,API,1,2.5'])]);
      // Their stored hashes follow the type (5.0 hashes as a double now), so hashing and comparing agree.
      const columns = (
        await env.lp.warehouse.query(
          `SELECT column_name, type FROM leadpipe_columns WHERE table_name = 'leads_final'`,
        )
      ).map((r) => ({ name: String(r.column_name), type: String(r.type) as ColumnType }));
      const finals = await env.lp.warehouse.query('SELECT * FROM leads_final ORDER BY prospect_id');
      expect(finals.map((r) => r.row_hash)).toEqual(finals.map((r) => rowHash(r, columns)));
      const before = await untouched();
      const again = await runPipeline(env.lp, [await leads('a-again.csv', ['p1,API,3,5', 'p2,API,4,7'])]);
      expect(again.task).toMatchObject({ inserted: 0, updated: 0, unchanged: 2, scored: 0 });
      expect(await untouched()).toEqual(before);
      // A real change still updates, and rescores, its lead.
      const changed = await runPipeline(env.lp, [await leads('a-changed.csv', ['p1,API,3,6', 'p2,API,4,7'])]);
      expect(changed.task).toMatchObject({ inserted: 0, updated: 1, unchanged: 1, scored: 1 });
    });

    it('are told from changed and new rows by their hash when they are few beside leads_final', async () => {
      const ids = Array.from({ length: 20 }, (_, i) => `p${i + 1}`);
      await runPipeline(env.lp, [
        await leads(
          'a.csv',
          ids.map((id) => `${id},API,3,5`),
        ),
      ]);
      // 2 of the 20 leads come again (an eighth is 2.5): hashed, not compared.
      expect(compareValuesPays(2, 20)).toBe(false);
      const again = await runPipeline(env.lp, [
        await leads('b.csv', ['p1,API,3,5', 'p2,API,4,5', 'p21,API,1,5']),
      ]);
      expect(again.task).toMatchObject({ inserted: 1, updated: 1, unchanged: 1 });
    });

    it('count a double turned from 0 to -0 as updated, as its hash does (SQL says 0 = -0)', async () => {
      const file = async (name: string, views: string): Promise<string> => {
        const f = path.join(work.dir, name);
        await writeFile(f, `Prospect ID,Page Views Per Visit\r\np1,${views}\r\np2,1.5\r\n`);
        return f;
      };
      await runPipeline(env.lp, [await file('a.csv', '0')]);
      const again = await runPipeline(env.lp, [await file('b.csv', '-0')]);
      expect(again.task).toMatchObject({ inserted: 0, updated: 1, unchanged: 1 });
      const rows = await env.lp.warehouse.query(
        "SELECT CAST(page_views_per_visit AS VARCHAR) AS v FROM leads_final WHERE prospect_id = 'p1'",
      );
      expect(rows).toEqual([{ v: '-0.0' }]);
    });
  });
});
