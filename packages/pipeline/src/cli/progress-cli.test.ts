/**
 * `leadpipe run` progress with stderr piped (not a terminal): status lines per phase every ~2 s and a last
 * line per phase, in the order of the phases; stdout stays clean for --json; --quiet silences them.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeLeads, runCli, tempDir } from '../../test/helpers.ts';

const STATUS = /^(PUT|COPY) leads\.csv: |^(merge|scoring): /;

describe('leadpipe run progress off a terminal', () => {
  let work: Awaited<ReturnType<typeof tempDir>>;
  let big: string;
  beforeAll(async () => {
    work = await tempDir('leadpipe-progress-');
    // Big enough for the run to take several seconds (each phase a second or more on this machine).
    big = (await makeLeads(path.join(work.dir, 'leads.csv'), ['--rows', '200000', '--seed', '7'])).file;
  }, 120_000);
  afterAll(() => work.cleanup());

  it('prints status lines and a last line per phase, in phase order, on stderr only', async () => {
    const r = await runCli(['--home', path.join(work.dir, 'home'), 'run', big, '--json'], {
      timeoutMs: 300_000,
    });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ totals: { rowsLoaded: expect.any(Number) } });
    expect(r.stderr).not.toContain('\r');
    expect(r.stderr).not.toContain('\u001b');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines.filter((l) => !STATUS.test(l))).toEqual([]);
    const done = lines.filter((l) => l.includes(': done, ')).map((l) => l.split(/[ :]/)[0]);
    expect(done).toEqual(['PUT', 'COPY', 'merge', 'scoring']);
    expect(lines.find((l) => l.startsWith('PUT') && l.includes('done'))).toMatch(
      /^PUT leads\.csv: done, \d+\.\d MB, 200,000 rows in \d+\.\d s, [\d,]+ rows\/s$/,
    );
    expect(lines.find((l) => l.startsWith('COPY') && l.includes('done'))).toMatch(
      /^COPY leads\.csv: done, [\d,]+ rows in \d+\.\d s, [\d,]+ rows\/s$/,
    );
    expect(lines.find((l) => l.startsWith('merge') && l.includes('done'))).toMatch(
      /^merge: done, [\d,]+ raw rows in/,
    );
    expect(lines.find((l) => l.startsWith('scoring') && l.includes('done'))).toMatch(
      /^scoring: done, [\d,]+ leads in/,
    );
    // The run lasts several seconds: at least one status line came before the last lines, each before its own.
    const status = lines.filter((l) => !l.includes(': done, '));
    expect(status.length).toBeGreaterThan(0);
    for (const s of status) {
      expect(s).toMatch(/ \/ | rows\/s | leads\/s |\(\d+ s\)$/);
      const phase = s.split(/[ :]/)[0]!;
      expect(lines.indexOf(s)).toBeLessThan(
        lines.findIndex((l) => l.startsWith(phase) && l.includes(': done, ')),
      );
    }
    const put = status.find((l) => l.startsWith('PUT'));
    if (put) expect(put).toMatch(/^PUT leads\.csv: \d+\.\d (kB|MB) \/ \d+\.\d MB, [\d,]+ rows/);
  }, 300_000);

  it('--quiet prints no progress', async () => {
    const small = (await makeLeads(path.join(work.dir, 'small.csv'), ['--rows', '100'])).file;
    const r = await runCli(['--home', path.join(work.dir, 'home-quiet'), 'run', small, '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
  }, 120_000);
});
