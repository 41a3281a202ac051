/**
 * Quarantine through the API over a real socket (issue 17): `/pipeline/status` lists quarantined files
 * without paths or SQL, `/healthcheck` says degraded while files are quarantined or the last task run
 * failed, and the retry/drop route sits behind the API key.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_API_KEY } from '../../test/api-support.ts';
import { tempDir, testConfig } from '../../test/helpers.ts';
import { setFailpoint } from '../failpoints.ts';
import type { Leadpipe } from '../pipeline/context.ts';
import { openLeadpipe } from '../pipeline/context.ts';
import { runPipeline } from '../pipeline/run.ts';
import { buildApp } from './app.ts';

describe('quarantine over the API', () => {
  let work: Awaited<ReturnType<typeof tempDir>>;
  let lp: Leadpipe;
  let app: FastifyInstance;
  let base = '';
  const files: Record<string, string> = {};

  beforeAll(async () => {
    work = await tempDir('leadpipe-quar-api-');
    lp = await openLeadpipe(testConfig(work.dir, { api: { apiKey: TEST_API_KEY } }));
    for (const [name, ids] of Object.entries({ a: ['p1'], b: ['p2', 'p3'], c: ['p4'], d: ['p5'] })) {
      files[name] = path.join(work.dir, `${name}.csv`);
      await writeFile(files[name], 'Prospect ID,Lead Origin\n' + ids.map((id) => `${id},API\n`).join(''));
    }
    app = await buildApp({ lp, logger: false });
    await app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  });
  afterAll(async () => {
    setFailpoint('task.file=b.csv', undefined);
    setFailpoint('task.after-merge', undefined);
    await app?.close();
    await lp?.close().catch(() => undefined);
    await work?.cleanup();
  });

  const call = async (
    method: string,
    url: string,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; body: Record<string, unknown>; text: string }> => {
    const res = await fetch(base + url, { method, headers });
    const text = await res.text();
    return { status: res.status, body: JSON.parse(text) as Record<string, unknown>, text };
  };

  it('lists a quarantined file in /pipeline/status without paths or SQL, and /healthcheck says degraded (200)', async () => {
    expect((await call('GET', '/healthcheck')).body.status).toBe('ok');
    // b's rows fail the task; c's COPY fails with an engine message that echoes SQL and a path.
    setFailpoint('task.file=b.csv', 'throw');
    const wh = lp.warehouse;
    const copyInto = wh.copyInto.bind(wh);
    wh.copyInto = async (file, copy, options) => {
      if (file.name !== 'c.csv') return copyInto(file, copy, options);
      throw new Error(
        `Invalid Input Error: cannot read "${path.join(work.dir, 'stage', 'data', 'c.csv')}" at /var/lib/x\n\nLINE 1: INSERT INTO leads_raw_rows SELECT 1`,
      );
    };
    try {
      const summary = await runPipeline(lp, [files.a!, files.b!, files.c!]);
      expect(summary.totals.quarantinedFiles).toBe(2);
    } finally {
      setFailpoint('task.file=b.csv', undefined);
      wh.copyInto = copyInto;
    }

    const status = await call('GET', '/pipeline/status');
    expect(status.status).toBe(200);
    const quarantine = status.body.quarantine as Record<string, unknown>[];
    expect(quarantine.map((q) => [q.file, q.phase, q.rows]).sort()).toEqual([
      ['b.csv', 'task', 2],
      ['c.csv', 'copy', 0],
    ]);
    const c = quarantine.find((q) => q.file === 'c.csv')!;
    expect(c.reason).toMatch(/^Invalid Input Error: cannot read "<path>" at <path>$/);
    expect(status.body.stage).toBe('local');
    expect(status.text).not.toContain(work.dir);
    expect(status.text).not.toContain('stageLocation');
    expect(status.text).not.toMatch(/INSERT INTO|LINE 1/);

    const health = await call('GET', '/healthcheck');
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({ status: 'degraded', pipe: { quarantinedFiles: 2 } });
  });

  it('retries and drops behind the API key; healthy again once nothing is quarantined', async () => {
    expect((await call('POST', '/pipeline/quarantine/b.csv/retry')).status).toBe(401);
    expect(
      (await call('POST', '/pipeline/quarantine/b.csv/explode', { 'x-api-key': TEST_API_KEY })).status,
    ).toBe(400);
    const retry = await call('POST', '/pipeline/quarantine/b.csv/retry', { 'x-api-key': TEST_API_KEY });
    expect(retry.status, retry.text).toBe(200);
    expect(retry.body).toMatchObject({
      file: 'b.csv',
      action: 'retry',
      quarantined: false,
      status: 'LOADED',
    });
    const drop = await call('POST', '/pipeline/quarantine/c.csv/drop', { 'x-api-key': TEST_API_KEY });
    expect(drop.body).toMatchObject({ file: 'c.csv', action: 'drop', status: 'DROPPED', rowsRemoved: 0 });
    const gone = await call('POST', '/pipeline/quarantine/c.csv/drop', { 'x-api-key': TEST_API_KEY });
    expect(gone.status).toBe(404);
    expect(gone.body).toMatchObject({ code: 'E_NOT_QUARANTINED' });
    expect((await call('GET', '/pipeline/status')).body.quarantine).toEqual([]);
    expect((await call('GET', '/healthcheck')).body.status).toBe('ok');
    const leads = await lp.warehouse.query('SELECT count(*) AS n FROM leads_final');
    expect(Number(leads[0]?.n)).toBe(3);
  });

  it('says degraded while the last task run failed, ok again once a run succeeds', async () => {
    setFailpoint('task.after-merge', 'throw');
    try {
      const failed = await runPipeline(lp, [files.d!]);
      expect(failed.task.state).toBe('FAILED');
    } finally {
      setFailpoint('task.after-merge', undefined);
    }
    const health = await call('GET', '/healthcheck');
    expect(health.body).toMatchObject({ status: 'degraded', task: { lastRunFailed: true } });
    expect((await lp.warehouse.runTask({ suspendAfterFailures: 10 })).state).toBe('SUCCEEDED');
    expect((await call('GET', '/healthcheck')).body.status).toBe('ok');
  });
});
