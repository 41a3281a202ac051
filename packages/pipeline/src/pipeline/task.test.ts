import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { count, openTemp, tempDir } from '../../test/helpers.ts';
import { setFailpoint } from '../failpoints.ts';
import { loadFiles } from './pipe.ts';
import { putFile } from './put.ts';
import { runPipeline } from './run.ts';
import { activeModel } from './score.ts';

describe('the task', () => {
  it('leaves the stream offset where it was when it fails mid-merge, and the next run merges everything', async () => {
    const env = await openTemp();
    const work = await tempDir();
    try {
      const a = path.join(work.dir, 'a.csv');
      await writeFile(a, 'Prospect ID,Lead Origin\r\np1,API\r\np2,API\r\n');
      setFailpoint('task.after-merge', 'throw');
      const failed = await runPipeline(env.lp, [a]);
      expect(failed.task.state).toBe('FAILED');
      expect(failed.task.error).toMatch(/failpoint/);
      expect((await env.lp.warehouse.streamStatus()).offset).toBe(0);
      expect(await count(env.lp, 'SELECT count(*) FROM leads_final')).toBe(0);
      setFailpoint('task.after-merge', undefined);
      const ok = await env.lp.warehouse.runTask({ suspendAfterFailures: 10 });
      expect(ok).toMatchObject({ state: 'SUCCEEDED', inserted: 2, rowsConsumed: 2 });
      const maxRawId = Number((await env.lp.warehouse.query('SELECT max(raw_id) AS m FROM leads_raw'))[0]?.m);
      expect(await env.lp.warehouse.streamStatus()).toMatchObject({ offset: maxRawId, pendingRows: 0 });
      const history = await env.lp.warehouse.taskHistory();
      expect(history.map((h) => h.state).sort()).toEqual(['FAILED', 'SUCCEEDED']);
    } finally {
      setFailpoint('task.after-merge', undefined);
      await env.cleanup();
      await work.cleanup();
    }
  });

  it('merges a backlog in committed slices; a failure in a later slice keeps the earlier ones', async () => {
    const env = await openTemp();
    const work = await tempDir();
    try {
      const a = path.join(work.dir, 'a.csv');
      const ids = Array.from({ length: 10 }, (_, i) => `p${i + 1}`);
      await writeFile(a, 'Prospect ID,Lead Origin\r\n' + ids.map((id) => `${id},API\r\n`).join(''));
      const put = await putFile(env.lp, a);
      if (!put.ok) throw new Error(put.error);
      await loadFiles(env.lp, [put.file]);
      // raw_id = source line: lines 2..11. Slices of 4 ids: (0,4], (4,8], (8,11].
      setFailpoint('task.after-merge', 'throw@2');
      const failed = await env.lp.warehouse.runTask({ suspendAfterFailures: 10, sliceRows: 4 });
      expect(failed).toMatchObject({ state: 'FAILED', inserted: 3, rowsConsumed: 3 });
      expect(await env.lp.warehouse.streamStatus()).toMatchObject({ offset: 4, pendingRows: 7 });
      expect(await count(env.lp, 'SELECT count(*) FROM leads_final')).toBe(3);
      setFailpoint('task.after-merge', undefined);
      const ok = await env.lp.warehouse.runTask({ suspendAfterFailures: 10, sliceRows: 4 });
      expect(ok).toMatchObject({ state: 'SUCCEEDED', inserted: 7, rowsConsumed: 7 });
      expect(await count(env.lp, 'SELECT count(DISTINCT prospect_id) FROM leads_final')).toBe(10);
      const history = await env.lp.warehouse.taskHistory();
      expect(history.map((h) => [h.state, h.inserted]).sort()).toEqual([
        ['FAILED', 0],
        ['SUCCEEDED', 3],
        ['SUCCEEDED', 3],
        ['SUCCEEDED', 4],
      ]);
    } finally {
      setFailpoint('task.after-merge', undefined);
      await env.cleanup();
      await work.cleanup();
    }
  });

  it('suspends itself after the configured number of consecutive failures', async () => {
    const env = await openTemp();
    const work = await tempDir();
    try {
      const a = path.join(work.dir, 'a.csv');
      await writeFile(a, 'Prospect ID\r\np1\r\n');
      await runPipeline(env.lp, [a]);
      await writeFile(a, 'Prospect ID\r\np2\r\n');
      setFailpoint('task.after-merge', 'throw');
      await runPipeline(env.lp, [a]);
      const states = [];
      for (let i = 0; i < 2; i++)
        states.push((await env.lp.warehouse.runTask({ suspendAfterFailures: 3 })).state);
      expect(states).toEqual(['FAILED', 'FAILED_AND_AUTO_SUSPENDED']);
      setFailpoint('task.after-merge', undefined);
      expect(await env.lp.warehouse.runTask({ suspendAfterFailures: 3 })).toMatchObject({ state: 'SKIPPED' });
      expect(await env.lp.warehouse.runTask({ suspendAfterFailures: 3, resume: true })).toMatchObject({
        state: 'SUCCEEDED',
        inserted: 1,
      });
    } finally {
      setFailpoint('task.after-merge', undefined);
      await env.cleanup();
      await work.cleanup();
    }
  });

  it('fails, naming the column, when the model SQL does not bind, and quarantines no file for it', async () => {
    const env = await openTemp();
    const work = await tempDir();
    try {
      const a = path.join(work.dir, 'a.csv');
      await writeFile(a, 'Prospect ID,Lead Origin,City\r\np1,API,Mumbai\r\np2,API,Thane & Outskirts\r\n');
      const put = await putFile(env.lp, a);
      if (!put.ok) throw new Error(put.error);
      await loadFiles(env.lp, [put.file]);
      // The active model's SQL reading a column leads_final lacks: DuckDB's binder error is the model's
      // fault, not the file's (it was taken for a data error and the file quarantined).
      const { sql } = await activeModel(env.lp);
      const misread = (select: string): string => select.split('"city"').join('"no_such_column"');
      const fn = sql.scoringFunction;
      // Both batch SELECTs: the one that carries the batch row (what the task writes from) and the one a
      // wide leads_final scores with first.
      const broken = {
        ...sql,
        batchSelect: misread(sql.batchSelect),
        ...(sql.batchRowSelect ? { batchRowSelect: misread(sql.batchRowSelect) } : {}),
        // DuckDB scores tree models through a scalar function whose SELECT reads the same columns.
        ...(fn
          ? {
              scoringFunction: {
                ...fn,
                batchSelect: misread(fn.batchSelect),
                batchRowSelect: misread(fn.batchRowSelect),
              },
            }
          : {}),
      };
      expect(broken.batchSelect).not.toBe(sql.batchSelect);
      expect(broken.batchRowSelect).not.toBe(sql.batchRowSelect);
      if (fn) expect(broken.scoringFunction?.batchRowSelect).not.toBe(fn.batchRowSelect);
      const run = await env.lp.warehouse.runTask({ suspendAfterFailures: 10, scoring: broken });
      expect(run.state).toBe('FAILED');
      expect(run.error).toMatch(/reads column no_such_column, which leads_final does not have/);
      expect(run.quarantined ?? []).toEqual([]);
      expect(await env.lp.warehouse.quarantinedFiles()).toEqual([]);
      expect((await env.lp.warehouse.streamStatus()).offset).toBe(0);
    } finally {
      await env.cleanup();
      await work.cleanup();
    }
  });

  it('records a SKIPPED run when the stream is empty', async () => {
    const env = await openTemp();
    try {
      expect(await env.lp.warehouse.runTask({ suspendAfterFailures: 10 })).toMatchObject({
        state: 'SKIPPED',
      });
      expect((await env.lp.warehouse.taskHistory())[0]?.state).toBe('SKIPPED');
    } finally {
      await env.cleanup();
    }
  });
});
