import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { count, openTemp, tempDir } from '../../../test/helpers.ts';
import { setFailpoint } from '../../failpoints.ts';
import { loadFiles } from '../../pipeline/pipe.ts';
import { putFile } from '../../pipeline/put.ts';

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
});
