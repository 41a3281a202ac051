import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../../test/helpers.ts';
import { SAMPLE_FILE } from './commands/pipeline-commands.ts';

describe('leadpipe export', () => {
  let work: Awaited<ReturnType<typeof tempDir>>;
  let home: string;
  beforeAll(async () => {
    work = await tempDir('leadpipe-export-cli-');
    home = path.join(work.dir, 'home');
    const leads = path.join(work.dir, 'leads.csv');
    const sample = await readFile(SAMPLE_FILE, 'utf8');
    await writeFile(
      leads,
      sample
        .split(/(?<=\n)/)
        .slice(0, 401)
        .join(''),
    );
    const run = await runCli(['--home', home, 'run', leads]);
    expect(run.code, run.stderr).toBe(0);
  }, 120_000);
  afterAll(() => work.cleanup());

  it('exports the filtered leads in the format of --out, and prints what it wrote', async () => {
    const out = path.join(work.dir, 'a.ndjson');
    const r = await runCli(['--home', home, 'export', '--where', 'grade=A', '--out', out, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const printed = JSON.parse(r.stdout) as { file: string; format: string; rows: number };
    expect(printed).toMatchObject({
      file: out,
      format: 'ndjson',
      filters: [{ column: 'grade', value: 'A' }],
    });
    const lines = (await readFile(out, 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { grade: string });
    expect(lines.length).toBe(printed.rows);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((l) => l.grade === 'A')).toBe(true);

    const csv = path.join(work.dir, 'all.txt');
    const text = await runCli(['--home', home, 'export', '--format', 'csv', '--out', csv]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toBe(`exported 400 lead(s) as csv to ${csv}\n`);
    expect((await readFile(csv, 'utf8')).trim().split('\n')).toHaveLength(401);
  }, 60_000);

  it('a mistake is one line and exit 1 (file exists, bad filter); a bad flag exit 2', async () => {
    const out = path.join(work.dir, 'exists.csv');
    await writeFile(out, 'mine\n');
    const exists = await runCli(['--home', home, 'export', '--out', out]);
    expect(exists).toMatchObject({
      code: 1,
      stderr: `leadpipe: ${out} exists; leadpipe export replaces it only with --force\n`,
    });
    expect(await readFile(out, 'utf8')).toBe('mine\n');
    const forced = await runCli(['--home', home, 'export', '--out', out, '--force', '--where', 'grade=B']);
    expect(forced.code, forced.stderr).toBe(0);
    const filter = await runCli([
      '--home',
      home,
      'export',
      '--out',
      path.join(work.dir, 'f.csv'),
      '--where',
      '1=1 OR grade',
    ]);
    expect(filter.code).toBe(1);
    expect(filter.stderr).toMatch(/^leadpipe: cannot filter on "1": not a column of leads_final/);
    const noEq = await runCli([
      '--home',
      home,
      'export',
      '--out',
      path.join(work.dir, 'f.csv'),
      '--where',
      'grade',
    ]);
    expect(noEq.code).toBe(1);
    expect(noEq.stderr).toMatch(/^leadpipe: filter "grade" is not column=value/);
    const format = await runCli(['--home', home, 'export', '--out', 'x', '--format', 'xlsx']);
    expect(format.code).toBe(2);
    expect(format.stderr).toMatch(/Allowed choices are csv, parquet, ndjson.*leadpipe export --help/);
    const missing = await runCli(['--home', home, 'export']);
    expect(missing.code).toBe(2);
  }, 60_000);
});
