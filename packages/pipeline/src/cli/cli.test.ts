import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../../test/helpers.ts';

describe('the leadpipe CLI', () => {
  let work: Awaited<ReturnType<typeof tempDir>>;
  let home: string;
  beforeAll(async () => {
    work = await tempDir();
    home = path.join(work.dir, 'home');
  });
  afterAll(() => work.cleanup());

  it('runs the bundled sample with no files and prints a JSON summary', async () => {
    const r = await runCli(['--home', home, 'run', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary.files[0]).toMatchObject({ file: 'leads-sample.csv', status: 'LOADED', rowsRejected: 0 });
    expect(summary.task.state).toBe('SUCCEEDED');
    expect(summary.task.inserted).toBe(summary.files[0].rowsLoaded);
  });

  it('answers read-only queries as JSON and refuses writes', async () => {
    const q = await runCli(['--home', home, 'query', 'SELECT count(*) AS n FROM leads_final', '--json']);
    expect(q.code, q.stderr).toBe(0);
    expect(JSON.parse(q.stdout)).toEqual([{ n: '2000' }]);
    const w = await runCli(['--home', home, 'query', 'DELETE FROM leads_final']);
    expect(w.code).toBe(1);
    expect(w.stderr).toMatch(/only SELECT/);
  });

  it('reports status with pipe, stream and task', async () => {
    const r = await runCli(['--home', home, 'status', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s).toMatchObject({
      leads: 2000,
      pipe: { pendingFileCount: 0, lastIngestedFile: 'leads-sample.csv' },
      stream: { pendingRows: 0 },
    });
    expect(s.taskHistory[0].state).toBe('SUCCEEDED');
  });

  it('validates without loading and exits 1 with the first errors of an invalid file', async () => {
    const bad = path.join(work.dir, 'bad.csv');
    await writeFile(bad, 'Prospect ID,TotalVisits,Lead Source\n,1,Google\np2,many,Google\n');
    const r = await runCli(['--home', home, 'validate', bad, '--json']);
    expect(r.code).toBe(1);
    const [report] = JSON.parse(r.stdout);
    expect(report).toMatchObject({ valid: false, summary: { rowsParsed: 2, rowsRejected: 2 } });
    expect(report.errors.map((e: { line: number }) => e.line)).toEqual([2, 3]);
    const count = await runCli(['--home', home, 'query', 'SELECT count(*) AS n FROM load_history', '--json']);
    expect(JSON.parse(count.stdout)).toEqual([{ n: '1' }]);
  });

  it('prints usage for a wrong option value', async () => {
    const r = await runCli(['--home', home, 'run', '--on-error', 'IGNORE']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/Allowed choices are CONTINUE, SKIP_FILE, ABORT_STATEMENT/);
  });

  it('generates a deterministic synthetic file', async () => {
    const a = path.join(work.dir, 'a.csv');
    const b = path.join(work.dir, 'b.csv');
    await runCli(['generate', '--rows', '50', '--out', a, '--seed', '3']);
    await runCli(['generate', '--rows', '50', '--out', b, '--seed', '3']);
    const { readFile } = await import('node:fs/promises');
    const text = await readFile(a, 'utf8');
    expect(text).toBe(await readFile(b, 'utf8'));
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(51);
    expect(text.startsWith('Prospect ID,Lead Number,Lead Origin')).toBe(true);
  });
});
