/**
 * The demo apart from real data (issue 20): `leadpipe run` with no files loads the bundled sample only into
 * an empty home, and `npm start` runs on a demo home of its own.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REAL_LEADS, REPO_ROOT, runCli, tempDir } from '../../test/helpers.ts';
import { loadConfigOrThrow } from '../config/config.ts';

type Result = Awaited<ReturnType<typeof runCli>>;

/** stderr is exactly one `leadpipe: ...` line, without a stack. */
function expectOneLine(r: Result): void {
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^leadpipe: \S/);
  expect(r.stderr).not.toMatch(/\n\s+at |unexpected error/);
}

/** The first value of a `leadpipe query --json` in `home`. */
async function scalar(home: string, sql: string): Promise<unknown> {
  const r = await runCli(['--home', home, 'query', sql, '--json']);
  expect(r.code, r.stderr).toBe(0);
  return Object.values((JSON.parse(r.stdout) as Record<string, unknown>[])[0] ?? {})[0];
}

describe('`leadpipe run` with no files', () => {
  let work: Awaited<ReturnType<typeof tempDir>>;
  let real: string;
  beforeAll(async () => {
    work = await tempDir('leadpipe-sample-');
    // 100 leads of the real dataset: "real data" for these homes, small enough to load quickly.
    real = path.join(work.dir, 'real.csv');
    const text = await readFile(REAL_LEADS, 'utf8');
    await writeFile(
      real,
      text
        .split(/(?<=\n)/)
        .slice(0, 101)
        .join(''),
    );
  });
  afterAll(() => work.cleanup());

  it('loads the bundled sample into an empty home, and says so', async () => {
    const home = path.join(work.dir, 'empty');
    const r = await runCli(['--home', home, 'run', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      `no files given: loading the bundled sample (synthetic leads) into the empty home ${home}`,
    );
    expect(JSON.parse(r.stdout)).toMatchObject({ files: [{ file: 'leads-sample.csv', status: 'LOADED' }] });
    expect(await scalar(home, 'SELECT count(*) FROM leads_final')).toBe('2000');
  });

  it('refuses the sample in a home with data: exit 1, one line, nothing loaded', async () => {
    const home = path.join(work.dir, 'real');
    const loaded = await runCli(['--home', home, 'run', real]);
    expect(loaded.code, loaded.stderr).toBe(0);
    const before = await scalar(home, 'SELECT count(*) FROM leads_final');
    expect(before).toBe('100');

    const r = await runCli(['--home', home, 'run']);
    expect(r.code, r.stderr).toBe(1);
    expectOneLine(r);
    expect(r.stderr).toMatch(
      /^leadpipe: no files given, and .*real already holds data \(100 lead\(s\), 1 staged file\(s\)\) — name the files to load; the bundled sample goes only into an empty home/,
    );
    expect(r.stdout).toBe('');
    expect(await scalar(home, 'SELECT count(*) FROM leads_final')).toBe(before);
    expect(await scalar(home, 'SELECT count(*) FROM load_history')).toBe('1');
  });

  it('with --model on a home with data: refuses, points to `model use`, and keeps the active model', async () => {
    const home = path.join(work.dir, 'real');
    const model = async (): Promise<string> => {
      const m = await runCli(['--home', home, 'model', '--json']);
      expect(m.code, m.stderr).toBe(0);
      return (JSON.parse(m.stdout) as { version: string }).version;
    };
    const active = await model();
    const r = await runCli(['--home', home, 'run', '--model', 'rules']);
    expect(r.code, r.stderr).toBe(1);
    expectOneLine(r);
    expect(r.stderr).toMatch(/to score the leads with another model: leadpipe model use rules$/m);
    expect(await model()).toBe(active);
    expect(await scalar(home, 'SELECT count(*) FROM leads_final')).toBe('100');
  });

  it('a home with staged files only is not empty: the sample stays out and the files stay pending', async () => {
    const home = path.join(work.dir, 'staged');
    const put = await runCli(['--home', home, 'put', real]);
    expect(put.code, put.stderr).toBe(0);
    const r = await runCli(['--home', home, 'run']);
    expect(r.code, r.stderr).toBe(1);
    expectOneLine(r);
    expect(r.stderr).toMatch(/already holds data \(0 lead\(s\), 1 staged file\(s\)\)/);
    expect(await scalar(home, 'SELECT count(*) FROM leads_final')).toBe('0');
    expect(await scalar(home, 'SELECT count(*) FROM load_history')).toBe('0');
  });
});

describe('`npm start`', () => {
  let work: Awaited<ReturnType<typeof tempDir>>;
  beforeAll(async () => {
    work = await tempDir('leadpipe-start-');
  });
  afterAll(() => work.cleanup());

  /** Each `leadpipe ...` command of the root start script, as its arguments. */
  async function startCommands(): Promise<string[][]> {
    const pkg = JSON.parse(await readFile(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
      scripts: { start: string };
    };
    return pkg.scripts.start
      .split('&&')
      .map((c) => c.trim().split(/\s+/))
      .filter((words) => words[0] === 'leadpipe')
      .map((words) => words.slice(1));
  }

  it('runs and serves on a demo home of its own, never the default home', async () => {
    const commands = await startCommands();
    expect(commands.map((c) => c.find((w) => !w.startsWith('-') && !w.startsWith('.')))).toEqual([
      'run',
      'serve',
    ]);
    const homes = commands.map((c) => c[c.indexOf('--home') + 1]);
    expect(commands.every((c) => c.includes('--home'))).toBe(true);
    expect(new Set(homes).size).toBe(1);
    const defaultHome = loadConfigOrThrow({ env: {}, cwd: REPO_ROOT, flags: {} }).home;
    expect(path.resolve(REPO_ROOT, homes[0] ?? '')).not.toBe(defaultHome);
  });

  it('its run loads the sample into that home, and a second start skips it instead of failing', async () => {
    const [run] = await startCommands();
    // Without its own --home this would fill the default home of whoever runs the tests.
    expect(run).toContain('--home');
    const args = (run ?? []).map((w, i, all) =>
      all[i - 1] === '--home'
        ? path.join(work.dir, w)
        : w !== 'run' && !w.startsWith('-')
          ? path.resolve(REPO_ROOT, w)
          : w,
    );
    const first = await runCli([...args, '--json']);
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({
      files: [{ file: 'leads-sample.csv', status: 'LOADED', rowsLoaded: 2000 }],
    });
    const second = await runCli([...args, '--json']);
    expect(second.code, second.stderr).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({ files: [{ status: 'SKIPPED' }] });
  });
});
