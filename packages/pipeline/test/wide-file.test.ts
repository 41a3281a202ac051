import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLeadpipe } from '../src/pipeline/context.ts';
import { CLI, makeLeads, runNode, tempDir, testConfig } from './helpers.ts';

/** Prints the process's peak RSS (bytes) on stderr when it exits, however it exits. */
const PEAK_RSS = `data:text/javascript,process.on('exit', () => process.stderr.write('peak-rss ' + process.resourceUsage().maxRSS * 1024 + '\\n'))`;

/** Runs the CLI in a child process; its exit code, output and peak RSS. */
async function runMeasured(args: string[]): Promise<{ code: number | null; out: string; rss: number }> {
  const r = await runNode(['--import', PEAK_RSS, CLI, ...args], { timeoutMs: 180_000 });
  const rss = Number(/peak-rss (\d+)/.exec(r.stderr)?.[1] ?? NaN);
  return { code: r.code, out: r.stdout + r.stderr, rss };
}

/**
 * A CSV of `columns` columns (the key first), `rows` rows: integers, text with the delimiter and quotes,
 * and empty values; row 2 has a declared integer column that is not a number.
 */
function wideCsv(columns: number, rows: number): string {
  const head = ['Prospect ID', 'TotalVisits', ...Array.from({ length: columns - 2 }, (_, i) => `Extra ${i}`)];
  const lines = [head.join(',')];
  for (let r = 0; r < rows; r++) {
    const f = [`wide-${r}`, r === 1 ? 'many' : String(r)];
    for (let c = 2; c < columns; c++)
      f.push(c % 3 === 0 ? String(r * c) : c % 3 === 1 ? `"v, ""${c}"""` : '');
    lines.push(f.join(','));
  }
  return lines.join('\n') + '\n';
}

describe('a wide file (issue 17)', () => {
  let work: Awaited<ReturnType<typeof tempDir>>;
  let clean: string;
  beforeAll(async () => {
    work = await tempDir();
    ({ file: clean } = await makeLeads(path.join(work.dir, 'clean.csv'), ['--rows', '50', '--seed', '3']));
  });
  afterAll(() => work.cleanup());

  it('of 1,000 columns (the documented maximum) loads within 1 GiB, and a clean file loaded next merges', async () => {
    const home = path.join(work.dir, 'home-1000');
    const file = path.join(work.dir, 'wide-1000.csv');
    await writeFile(file, wideCsv(1000, 3));
    const run = await runMeasured(['--home', home, 'run', file, '--json']);
    expect(run.code, run.out).toBe(0);
    expect(run.rss).toBeLessThan(1024 ** 3);
    const again = await runMeasured(['--home', home, 'run', clean, '--json']);
    expect(again.code, again.out).toBe(0);

    const lp = await openLeadpipe(testConfig(home));
    try {
      const raw = await lp.warehouse.query(
        `SELECT count(*) AS n, count(*) FILTER (WHERE file_name = 'wide-1000.csv') AS wide FROM leads_raw`,
      );
      expect(Number(raw[0]?.wide)).toBe(2);
      expect(Number(raw[0]?.n)).toBe(2 + 50);
      const cols = await lp.warehouse.query(
        `SELECT count(*) AS n FROM information_schema.columns WHERE table_name = 'leads_final' AND column_name LIKE 'extra_%'`,
      );
      // The 333 columns without a value in any row have no type, so no column (as in a narrow file).
      expect(Number(cols[0]?.n)).toBe(998 - 333);
      const row = await lp.warehouse.query(
        `SELECT extra_1, extra_2 FROM leads_final WHERE prospect_id = 'wide-2'`,
      );
      // extra_1 is column 3 (an integer), extra_2 column 4 (quoted text with the delimiter and quotes).
      expect(row[0]).toEqual({ extra_1: '6', extra_2: 'v, "4"' });
      const type = await lp.warehouse.query(
        `SELECT data_type FROM information_schema.columns WHERE table_name = 'leads_final' AND column_name = 'extra_1'`,
      );
      expect(type[0]?.data_type).toBe('BIGINT');
      const final = await lp.warehouse.query(`SELECT count(*) AS n FROM leads_final`);
      expect(Number(final[0]?.n)).toBe(2 + 50);
      const errors = await lp.warehouse.query(
        `SELECT line, column_name, raw_text FROM load_errors WHERE file_name = 'wide-1000.csv'`,
      );
      expect(errors).toHaveLength(1);
      expect(Number(errors[0]?.line)).toBe(3);
      expect(errors[0]?.column_name).toBe('total_visits');
      expect(errors[0]?.raw_text).toBe(wideCsv(1000, 2).split('\n')[2]);
    } finally {
      await lp.close();
    }
  }, 300_000);

  it('of 1,000 columns and 3,000 rows is staged and loaded into leads_raw within 1 GiB', async () => {
    const home = path.join(work.dir, 'home-1000x3000');
    const file = path.join(work.dir, 'wide-1000x3000.csv');
    await writeFile(file, wideCsv(1000, 3000));
    const put = await runMeasured(['--home', home, 'put', file]);
    expect(put.code, put.out).toBe(0);
    const load = await runMeasured(['--home', home, 'load', '--json']);
    expect(load.code, load.out).toBe(0);
    expect(load.out).toContain('"status": "PARTIALLY_LOADED"');
    expect(load.rss).toBeLessThan(1024 ** 3);
    const lp = await openLeadpipe(testConfig(home));
    try {
      const raw = await lp.warehouse.query(
        `SELECT count(*) AS n, count(DISTINCT extra->>'extra_997') AS v FROM leads_raw_rows WHERE file_name = 'wide-1000x3000.csv'`,
      );
      expect(Number(raw[0]?.n)).toBe(2999);
      expect(Number(raw[0]?.v)).toBe(2999);
      const history = await lp.warehouse.query(
        `SELECT inferred FROM load_history WHERE status = 'PARTIALLY_LOADED'`,
      );
      const inferred = JSON.parse(String(history[0]?.inferred)) as Record<string, string>;
      expect(inferred.extra_1).toBe('integer');
      expect(inferred.extra_2).toBe('string');
      expect(Object.keys(inferred)).toHaveLength(998 - 333);
    } finally {
      await lp.close();
    }
  }, 300_000);

  it('of 1,001 columns is refused with a clear message, and later runs load', async () => {
    const home = path.join(work.dir, 'home-1001');
    const file = path.join(work.dir, 'wide-1001.csv');
    await writeFile(file, wideCsv(1001, 3));
    const run = await runMeasured(['--home', home, 'run', file]);
    expect(run.out).toContain('the header has 1001 columns; at most 1000 are accepted');
    expect(run.out).toContain('LOAD_FAILED');
    expect(run.code).not.toBe(70);
    const again = await runMeasured(['--home', home, 'run', clean, '--json']);
    expect(again.code, again.out).toBe(0);
    expect(again.out).toContain('"inserted": 50');
  }, 120_000);
});
