import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { count, openTemp, tempDir } from '../../test/helpers.ts';
import { setFailpoint } from '../failpoints.ts';
import { pendingFiles } from './pipe.ts';
import { dropQuarantined, listQuarantine, retryQuarantined } from './quarantine.ts';
import { runPipeline } from './run.ts';

/** Three small lead files a.csv (p1, p2), b.csv (p3, p4), c.csv (p5) and a fourth, d.csv (p6). */
async function leadFiles(dir: string): Promise<Record<'a' | 'b' | 'c' | 'd', string>> {
  const rows = { a: ['p1', 'p2'], b: ['p3', 'p4'], c: ['p5'], d: ['p6'] };
  const out = {} as Record<'a' | 'b' | 'c' | 'd', string>;
  for (const [name, ids] of Object.entries(rows) as ['a' | 'b' | 'c' | 'd', string[]][]) {
    out[name] = path.join(dir, `${name}.csv`);
    await writeFile(out[name], 'Prospect ID,Lead Origin\r\n' + ids.map((id) => `${id},API\r\n`).join(''));
  }
  return out;
}

const keys = async (env: Awaited<ReturnType<typeof openTemp>>): Promise<string[]> =>
  (await env.lp.warehouse.query('SELECT prospect_id FROM leads_final ORDER BY prospect_id')).map((r) =>
    String(r.prospect_id),
  );

describe('quarantine: one bad file never blocks the pipe', () => {
  afterEach(() => {
    setFailpoint('load.file=b.csv', undefined);
    setFailpoint('task.file=b.csv', undefined);
  });

  it('a COPY that fails for one of three files quarantines it; the other two load and merge; retry loads it', async () => {
    const env = await openTemp();
    const work = await tempDir();
    try {
      const f = await leadFiles(work.dir);
      setFailpoint('load.file=b.csv', 'throw');
      const summary = await runPipeline(env.lp, [f.a, f.b, f.c]);
      expect(summary.files.map((r) => [r.file, r.status])).toEqual([
        ['a.csv', 'LOADED'],
        ['b.csv', 'QUARANTINED'],
        ['c.csv', 'LOADED'],
      ]);
      expect(summary.files[1]?.reason).toMatch(/failpoint load\.file=b\.csv/);
      expect(summary.totals.quarantinedFiles).toBe(1);
      expect(summary.task).toMatchObject({ state: 'SUCCEEDED', inserted: 3 });
      expect(await keys(env)).toEqual(['p1', 'p2', 'p5']);
      // Nothing of b is in leads_raw (its COPY rolled back), and it is not pending: the next run skips it.
      expect(await count(env.lp, "SELECT count(*) FROM leads_raw WHERE file_name = 'b.csv'")).toBe(0);
      expect((await pendingFiles(env.lp)).map((p) => p.name)).toEqual([]);
      const [q] = await listQuarantine(env.lp);
      expect(q).toMatchObject({ fileName: 'b.csv', phase: 'copy', rows: 0 });

      setFailpoint('load.file=b.csv', undefined);
      const retried = await retryQuarantined(env.lp, 'b.csv');
      expect(retried).toMatchObject({ quarantined: false, load: { status: 'LOADED', rowsLoaded: 2 } });
      expect(retried.task).toMatchObject({ state: 'SUCCEEDED', inserted: 2 });
      expect(await keys(env)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5']);
      expect(await listQuarantine(env.lp)).toEqual([]);
      const history = await env.lp.warehouse.loadHistory({ file: 'b.csv' });
      expect(history.map((h) => h.status).sort()).toEqual(['LOADED', 'RETRIED']);
    } finally {
      await env.cleanup();
      await work.cleanup();
    }
  });

  it("a task that fails on one file's rows quarantines that file, merges the others, and the next clean file merges", async () => {
    const env = await openTemp();
    const work = await tempDir();
    try {
      const f = await leadFiles(work.dir);
      setFailpoint('task.file=b.csv', 'throw');
      const summary = await runPipeline(env.lp, [f.a, f.b, f.c]);
      expect(summary.files.map((r) => r.status)).toEqual(['LOADED', 'LOADED', 'LOADED']);
      expect(summary.task.state).toBe('SUCCEEDED');
      expect(summary.task.quarantined?.map((q) => q.file)).toEqual(['b.csv']);
      expect(summary.task.quarantined?.[0]?.reason).toMatch(/failpoint task\.file=b\.csv/);
      expect(await keys(env)).toEqual(['p1', 'p2', 'p5']);
      // The offset moved past b's rows (held in leads_raw, not merged): nothing is pending.
      expect(await env.lp.warehouse.streamStatus()).toMatchObject({ pendingRows: 0 });
      const [q] = await listQuarantine(env.lp);
      expect(q).toMatchObject({ fileName: 'b.csv', phase: 'task', rows: 2 });
      expect((await env.lp.warehouse.taskStatus()).consecutiveFailures).toBe(0);

      // The failpoint still stands: the next clean file merges all the same.
      const next = await runPipeline(env.lp, [f.d]);
      expect(next.task).toMatchObject({ state: 'SUCCEEDED', inserted: 1 });
      expect(next.task.quarantined).toBeUndefined();
      expect(await keys(env)).toEqual(['p1', 'p2', 'p5', 'p6']);

      // A retry that fails again leaves it quarantined, its rows held once.
      const again = await retryQuarantined(env.lp, 'b.csv');
      expect(again.quarantined).toBe(true);
      expect(await count(env.lp, "SELECT count(*) FROM leads_raw WHERE file_name = 'b.csv'")).toBe(2);

      setFailpoint('task.file=b.csv', undefined);
      const retried = await retryQuarantined(env.lp, 'b.csv');
      expect(retried).toMatchObject({ quarantined: false, task: { state: 'SUCCEEDED', inserted: 2 } });
      expect(await keys(env)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6']);
      expect(await count(env.lp, "SELECT count(*) FROM leads_raw WHERE file_name = 'b.csv'")).toBe(2);
    } finally {
      await env.cleanup();
      await work.cleanup();
    }
  });

  it('drop forgets a quarantined file: its rows leave leads_raw, the history says DROPPED, leads_final is untouched', async () => {
    const env = await openTemp();
    const work = await tempDir();
    try {
      const f = await leadFiles(work.dir);
      setFailpoint('task.file=b.csv', 'throw');
      await runPipeline(env.lp, [f.a, f.b]);
      setFailpoint('task.file=b.csv', undefined);
      const before = await keys(env);
      expect(await dropQuarantined(env.lp, 'b.csv')).toEqual({ file: 'b.csv', rowsRemoved: 2 });
      expect(await count(env.lp, "SELECT count(*) FROM leads_raw WHERE file_name = 'b.csv'")).toBe(0);
      expect(await keys(env)).toEqual(before);
      expect((await env.lp.warehouse.loadHistory({ file: 'b.csv' })).map((h) => h.status)).toEqual([
        'DROPPED',
      ]);
      expect(await listQuarantine(env.lp)).toEqual([]);
      expect((await pendingFiles(env.lp)).map((p) => p.name)).toEqual([]);
      await expect(dropQuarantined(env.lp, 'b.csv')).rejects.toMatchObject({ code: 'E_NOT_QUARANTINED' });
      // b's rows were the last in leads_raw: the next file's ids still start past the stream offset.
      const next = await runPipeline(env.lp, [f.d]);
      expect(next.task).toMatchObject({ state: 'SUCCEEDED', inserted: 1 });
      expect(await keys(env)).toEqual([...before, 'p6']);
    } finally {
      await env.cleanup();
      await work.cleanup();
    }
  });
});
