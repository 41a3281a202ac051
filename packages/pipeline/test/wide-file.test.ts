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
 * and a third kind of column. By default that third kind is always empty (so it has no type and never
 * becomes a column) and row 2 has a declared integer column that is not a number; `typed` fills the
 * third kind with decimals in every other row (every column then has a type) and keeps every row good.
 */
function wideCsv(columns: number, rows: number, { typed = false } = {}): string {
  const head = ['Prospect ID', 'TotalVisits', ...Array.from({ length: columns - 2 }, (_, i) => `Extra ${i}`)];
  const lines = [head.join(',')];
  for (let r = 0; r < rows; r++) {
    const f = [`wide-${r}`, r === 1 && !typed ? 'many' : String(r)];
    for (let c = 2; c < columns; c++)
      f.push(
        c % 3 === 0 ? String(r * c) : c % 3 === 1 ? `"v, ""${c}"""` : typed && r % 2 === 0 ? `${r}.5` : '',
      );
    lines.push(f.join(','));
  }
  return lines.join('\n') + '\n';
}

/** Rows of the wide file that must merge whole. */
const ROWS = 2100;

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

  // 2,100 rows: more than one slice of a wide table (1,861 rows, see duckdb-task-width.ts). This test took
  // 27 s at a load average of 4 on 2 cores (65 s at 9-13). With 3,000 rows, `leadpipe run` took 17 s and
  // peaked at 0.91-0.95 GiB, in COPY (the wide load's UPDATE of leads_raw_rows), the task under 0.84 GiB;
  // the clean file after it 0.53 GiB.
  it('of 1,000 typed columns and 2,100 rows merges whole within 1 GiB, and a clean file merges after it', async () => {
    const home = path.join(work.dir, 'home-1000x2100');
    const file = path.join(work.dir, 'wide-1000x2100.csv');
    await writeFile(file, wideCsv(1000, ROWS, { typed: true }));
    const run = await runMeasured(['--home', home, 'run', file, '--json']);
    expect(run.code, run.out).toBe(0);
    const summary = JSON.parse(run.out.slice(0, run.out.lastIndexOf('}') + 1)) as {
      files: { status: string }[];
      task: { state: string; inserted: number; quarantined?: unknown[] };
    };
    expect(summary.files.map((f) => f.status)).toEqual(['LOADED']);
    expect(summary.task.state).toBe('SUCCEEDED');
    expect(summary.task.quarantined ?? []).toEqual([]);
    expect(summary.task.inserted).toBe(ROWS);
    expect(run.rss).toBeLessThan(1024 ** 3);
    const again = await runMeasured(['--home', home, 'run', clean, '--json']);
    expect(again.code, again.out).toBe(0);
    expect(again.out).toContain('"inserted": 50');
    expect(again.rss).toBeLessThan(1024 ** 3);
    console.log(
      `wide ${ROWS} rows: peak RSS ${(run.rss / 2 ** 30).toFixed(2)} GiB, the clean file after it ${(again.rss / 2 ** 30).toFixed(2)} GiB`,
    );
    const lp = await openLeadpipe(testConfig(home));
    try {
      const cols = await lp.warehouse.query(
        `SELECT count(*) AS n FROM information_schema.columns WHERE table_name = 'leads_final' AND column_name LIKE 'extra_%'`,
      );
      expect(Number(cols[0]?.n)).toBe(998);
      const final = await lp.warehouse.query(
        `SELECT count(*) AS n, count(DISTINCT extra_995) AS text, count(extra_0) AS decimals, sum(extra_1) AS ints
         FROM leads_final WHERE prospect_id LIKE 'wide-%'`,
      );
      // Extra i is column i + 3 (index c = i + 2): extra_0 a decimal in every other row, extra_1 the
      // integer r * 3 in row r, extra_995 the same text in every row.
      expect(final[0]).toEqual({
        n: String(ROWS),
        text: '1',
        decimals: String(ROWS / 2),
        ints: String((3 * (ROWS - 1) * ROWS) / 2),
      });
      const row = await lp.warehouse.query(
        `SELECT extra_0, extra_2, extra_997, score IS NOT NULL AS scored FROM leads_final WHERE prospect_id = 'wide-2098'`,
      );
      expect(row[0]).toEqual({
        extra_0: 2098.5,
        extra_2: 'v, "4"',
        extra_997: String(2098 * 999),
        scored: true,
      });
      const total = await lp.warehouse.query(`SELECT count(*) AS n FROM leads_final`);
      expect(Number(total[0]?.n)).toBe(ROWS + 50);
    } finally {
      await lp.close();
    }
    // Another model rescores every lead of the wide table (apply_scoring writes whole rows: the typed
    // reasons), in a new process at the default memory limit.
    const use = await runMeasured(['--home', home, 'model', 'use', 'rules']);
    expect(use.code, use.out).toBe(0);
    expect(use.rss).toBeLessThan(1024 ** 3);
    const after = await openLeadpipe(testConfig(home));
    try {
      const rescored = await after.warehouse.query(
        `SELECT count(*) FILTER (WHERE model_version LIKE 'rules%') AS rules, count(*) AS n FROM leads_final`,
      );
      expect(rescored[0]).toMatchObject({ rules: String(ROWS + 50), n: String(ROWS + 50) });
    } finally {
      await after.close();
    }
    console.log(`wide ${ROWS} rows: model use rules peak RSS ${(use.rss / 2 ** 30).toFixed(2)} GiB`);
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
