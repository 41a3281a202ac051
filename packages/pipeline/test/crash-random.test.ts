import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLeadpipe } from '../src/pipeline/context.ts';
import { seededRandom } from '../src/seeded-random.ts';
import { makeLeads, runCli, tempDir, testConfig } from './helpers.ts';

/**
 * Crash consistency under random SIGKILLs: `leadpipe run` over 20 generated files is killed at a seeded
 * random point (a failpoint in PUT, load, merge or scoring reached on a random file, or a random delay),
 * run again, and then `leads_final` must hold exactly the expected leads, each once and scored, with a load
 * history that agrees.
 *
 * CI size: 20 files of 1,000 rows, 20 trials. The full size (10,000 rows per file) runs with
 * `LEADPIPE_CRASH_ROWS=10000 npx vitest run packages/pipeline/test/crash-random.test.ts`;
 * `LEADPIPE_CRASH_TRIALS` changes the number of trials.
 */
const FILES = 20;
const ROWS = Number(process.env.LEADPIPE_CRASH_ROWS ?? 1000);
const TRIALS = Number(process.env.LEADPIPE_CRASH_TRIALS ?? 20);
/** Failpoints per stage of the pipeline, each reached once per file (the task ones once per run). */
const POINTS: { name: string; perFile: boolean }[] = [
  { name: 'put.before-manifest', perFile: true },
  { name: 'load.after-insert', perFile: true },
  { name: 'load.before-commit', perFile: true },
  { name: 'task.after-scoring', perFile: false },
  { name: 'task.after-merge', perFile: false },
];

describe('random SIGKILLs during a 20-file run', () => {
  let work: Awaited<ReturnType<typeof tempDir>>;
  const files: string[] = [];
  const expectedIds = new Set<string>();
  let fullRunMs = 0;
  const timedKills: boolean[] = [];
  beforeAll(
    async () => {
      work = await tempDir('leadpipe-crash-');
      for (let i = 0; i < FILES; i++) {
        const { file } = await makeLeads(path.join(work.dir, `leads-${String(i).padStart(2, '0')}.csv`), [
          '--rows',
          String(ROWS),
          '--seed',
          `crash-${i}`,
          '--lead-number-start',
          String(1_000_000 + i * ROWS),
        ]);
        files.push(file);
        const lines = (await readFile(file, 'utf8')).split('\r\n').slice(1, -1);
        for (const l of lines) expectedIds.add(l.slice(0, l.indexOf(',')));
      }
      // A clean run times the whole job, so time-based kills land anywhere inside it.
      const t = Date.now();
      const r = await runCli(['--home', path.join(work.dir, 'home-reference'), 'run', ...files, '--json'], {
        timeoutMs: Math.max(120_000, ROWS * 50),
      });
      fullRunMs = Date.now() - t;
      expect(r.code, r.stderr).toBe(0);
    },
    Math.max(300_000, ROWS * 120),
  );
  afterAll(() => work.cleanup());

  it('generates 20 files of distinct leads', () => {
    expect(expectedIds.size).toBe(FILES * ROWS);
  });

  it.each(Array.from({ length: TRIALS }, (_, i) => i))(
    'trial %i: the run after the kill leaves every lead exactly once, scored, and a matching load history',
    async (trial) => {
      const rnd = seededRandom(1000 + trial);
      const home = path.join(work.dir, `home-${trial}`);
      // Even trials: a failpoint on a random file; odd trials: a random moment of the run.
      let env: Record<string, string> = {};
      let point = '';
      let delay = 0;
      if (trial % 2 === 0) {
        const p = POINTS[(trial / 2) % POINTS.length]!;
        const nth = p.perFile ? 1 + Math.floor(rnd() * FILES) : 1;
        point = p.name;
        env = { LEADPIPE_FAILPOINTS: `${p.name}:pause@${nth}` };
      } else {
        delay = 300 + Math.floor(rnd() * fullRunMs);
      }
      const killed = await runCli(['--home', home, 'run', ...files], {
        env,
        timeoutMs: point ? Math.max(120_000, ROWS * 50) : delay,
        onStderr: (text, kill) => {
          if (point && text.includes(`failpoint ${point} reached`)) kill();
        },
      });
      // A time-based kill may come after the run finished; a failpoint kill must have happened.
      if (point) expect(killed.signal, killed.stderr).toBe('SIGKILL');
      else timedKills.push(killed.signal === 'SIGKILL');

      const again = await runCli(['--home', home, 'run', ...files, '--json'], {
        timeoutMs: Math.max(120_000, ROWS * 50),
      });
      expect(again.code, again.stderr).toBe(0);

      const lp = await openLeadpipe(testConfig(home));
      try {
        const q = async (sql: string): Promise<number> =>
          Number(Object.values((await lp.warehouse.query(sql))[0] ?? {})[0]);
        const ids = (await lp.warehouse.query('SELECT prospect_id FROM leads_final')).map((r) =>
          String(r.prospect_id),
        );
        expect(ids.length).toBe(expectedIds.size);
        expect(new Set(ids)).toEqual(expectedIds);
        expect(await q('SELECT count(*) FROM leads_final WHERE score IS NULL OR grade IS NULL')).toBe(0);
        expect(await q('SELECT count(*) FROM leads_raw')).toBe(expectedIds.size);
        expect(await q('SELECT count(DISTINCT (file_name, file_row_number)) FROM leads_raw')).toBe(
          expectedIds.size,
        );
        const history = await lp.warehouse.loadHistory({ limit: 1000 });
        const loaded = history.filter((h) => h.status === 'LOADED');
        expect(loaded.map((h) => h.fileName).sort()).toEqual(files.map((f) => path.basename(f)).sort());
        expect(loaded.reduce((s, h) => s + h.rowCount, 0)).toBe(expectedIds.size);
        expect(history.filter((h) => h.status === 'LOAD_FAILED' || h.status === 'PARTIALLY_LOADED')).toEqual(
          [],
        );
        expect((await lp.warehouse.streamStatus()).pendingRows).toBe(0);
      } finally {
        await lp.close();
      }
    },
    Math.max(180_000, ROWS * 60),
  );

  it('killed most of the timed runs before they finished', () => {
    expect(timedKills.filter(Boolean).length).toBeGreaterThanOrEqual(Math.ceil(timedKills.length / 2));
  });
});
