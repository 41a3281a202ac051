import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { webhookReceiver, leadCsv } from '../../test/ingest-fixtures.ts';
import { CLI, runNode, tempDir, testConfig } from '../../test/helpers.ts';
import { putFile } from '../pipeline/put.ts';
import { startServer } from './server.ts';
import type { RunningServer } from './server.ts';

const KEY = 'driver-test-key-0123456789';

async function post(server: RunningServer, url: string, body?: FormData): Promise<Response> {
  return fetch(`${server.url}${url}`, {
    method: 'POST',
    headers: { 'x-api-key': KEY },
    ...(body ? { body } : {}),
  });
}

function csvForm(name: string, csv: string): FormData {
  const fd = new FormData();
  fd.append('file', new Blob([csv]), name);
  return fd;
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, ms = 15_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const got = await probe();
    if (got !== undefined) return got;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function json(server: RunningServer, url: string): Promise<Record<string, unknown>> {
  return (await (await fetch(`${server.url}${url}`)).json()) as Record<string, unknown>;
}

describe('serve runs the pipeline of one machine', () => {
  it('loads, merges and scores a file sent with POST /upload (stage only) without another call', async () => {
    const { dir, cleanup } = await tempDir();
    const server = await startServer(testConfig(dir, { api: { port: 0, apiKey: KEY } }), {
      logger: false,
      continuous: true,
    });
    try {
      const staged = await post(server, '/upload', csvForm('first.csv', leadCsv(1, 5)));
      expect(staged.status).toBe(201);
      const leads = await waitFor('the uploaded leads to be scored', async () => {
        const page = await json(server, '/leads?limit=10');
        const items = (page.items ?? []) as Record<string, unknown>[];
        return items.length === 5 && items.every((l) => typeof l.score === 'number') ? items : undefined;
      });
      expect(leads.map((l) => l.prospect_id).sort()).toEqual(['f1-1', 'f1-2', 'f1-3', 'f1-4', 'f1-5']);
      const status = await json(server, '/pipeline/status');
      expect(status.driver).toMatchObject({ running: true, lastRefresh: { trigger: 'UPLOAD', files: 1 } });
      expect((status.pipe as { pendingFileCount: number }).pendingFileCount).toBe(0);
    } finally {
      await server.close();
      await cleanup();
    }
  });

  it('polls the stage: a file staged behind the API (another writer of the stage) loads on the next tick', async () => {
    const { dir, cleanup } = await tempDir();
    const config = testConfig(dir, { api: { port: 0, apiKey: KEY, pipePollSeconds: 0.2 } });
    const server = await startServer(config, { logger: false, continuous: true });
    try {
      const file = path.join(dir, 'dropped.csv');
      await writeFile(file, leadCsv(3, 4));
      const put = await putFile(server.lp, file);
      expect(put.ok).toBe(true);
      await waitFor('the dropped file to be merged', async () =>
        (await json(server, '/lead-count')).count === 4 ? true : undefined,
      );
      expect((await json(server, '/pipeline/status')).driver).toMatchObject({
        lastRefresh: { trigger: 'POLL' },
      });
    } finally {
      await server.close();
      await cleanup();
    }
  });

  it('runs the task on its schedule and records the run as SCHEDULED in the task history', async () => {
    const { dir, cleanup } = await tempDir();
    // 0.005 minutes = 300 ms, so the test sees two or three scheduled runs.
    const config = testConfig(dir, {
      api: { port: 0, apiKey: KEY, taskScheduleMinutes: 0.005, pipePollSeconds: 0 },
    });
    const server = await startServer(config, { logger: false, continuous: true });
    try {
      const runs = await waitFor('a scheduled run in the task history', async () => {
        const h = await server.lp.warehouse.taskHistory({ limit: 10 });
        return h.some((r) => r.triggerKind === 'SCHEDULED') ? h : undefined;
      });
      const scheduled = runs.filter((r) => r.triggerKind === 'SCHEDULED');
      // Nothing was loaded: a scheduled run still leaves its trace, as Snowflake's TASK_HISTORY does.
      expect(scheduled[0]).toMatchObject({ state: 'SKIPPED' });
    } finally {
      await server.close();
      await cleanup();
    }
  });

  it('POST /pipeline/refresh loads what /upload staged on a server that does not run in the background', async () => {
    const { dir, cleanup } = await tempDir();
    const server = await startServer(testConfig(dir, { api: { port: 0, apiKey: KEY } }), { logger: false });
    try {
      expect((await post(server, '/upload', csvForm('later.csv', leadCsv(2, 3)))).status).toBe(201);
      await new Promise((r) => setTimeout(r, 400));
      expect((await json(server, '/pipeline/status')).pipe).toMatchObject({ pendingFileCount: 1 });
      expect((await fetch(`${server.url}/pipeline/refresh`, { method: 'POST' })).status).toBe(401);
      const refreshed = await post(server, '/pipeline/refresh');
      expect(refreshed.status).toBe(200);
      const body = (await refreshed.json()) as { files: { status: string }[]; task: { state: string } };
      expect(body.files.map((f) => f.status)).toEqual(['LOADED']);
      expect(body.task.state).toBe('SUCCEEDED');
      expect((await json(server, '/lead-count')).count).toBe(3);
      const again = (await (await post(server, '/pipeline/refresh')).json()) as {
        files: unknown[];
        task: unknown;
      };
      expect(again).toEqual({ files: [], task: null });
    } finally {
      await server.close();
      await cleanup();
    }
  });

  it('alerts the webhook when an uploaded file fails to load, from the server as from the CLI', async () => {
    const hook = await webhookReceiver();
    const { dir, cleanup } = await tempDir();
    const bad = 'Prospect ID,TotalVisits\nok-1,3\nbad-1,many\n';
    try {
      const server = await startServer(
        testConfig(dir, {
          api: { port: 0, apiKey: KEY },
          onError: 'SKIP_FILE',
          alerts: { webhookUrl: hook.url },
        }),
        { logger: false, continuous: true },
      );
      try {
        expect((await post(server, '/upload', csvForm('bad.csv', bad))).status).toBe(201);
        const alert = await waitFor('the alert', async () =>
          hook.received.find((a) => a.file?.startsWith('bad')),
        );
        expect(alert).toMatchObject({
          kind: 'INGEST_FAILED_FILE',
          table: 'leads_raw',
          pipe: 'leads_raw_pipe',
        });
      } finally {
        await server.close();
      }
      const file = path.join(dir, 'cli-bad.csv');
      await writeFile(file, bad);
      const cli = await runNode(
        [CLI, '--home', path.join(dir, 'cli-home'), 'run', '--on-error', 'SKIP_FILE', file],
        { env: { LEADPIPE_ALERT_WEBHOOK_URL: hook.url, LEADPIPE_LOG_LEVEL: 'silent' } },
      );
      expect(cli.stdout).toMatch(/LOAD_FAILED/);
      expect(hook.received.some((a) => a.file === 'cli-bad.csv' && a.kind === 'INGEST_FAILED_FILE')).toBe(
        true,
      );
    } finally {
      await hook.close();
      await cleanup();
    }
  });
});
