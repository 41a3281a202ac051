import { createReadStream, existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Leadpipe } from '../../src/pipeline/context.ts';
import { runPipeline } from '../../src/pipeline/run.ts';
import { sanitiseFileNameOrThrow } from '../../src/stage/stage.ts';
import { CLI, openTemp, runNode, tempDir } from '../helpers.ts';
import type { HostileFile } from './make-corpus.ts';
import { makeCorpus } from './make-corpus.ts';

/**
 * The hostile corpus (`make-corpus.ts`) through the whole pipeline: every file ends with a clear entry in
 * the load history (a failed file with its reason, or its bad rows in load_errors), its good rows loaded
 * where the format allows, and the process alive; the two big ones also in a child process whose memory
 * is measured.
 */
describe('hostile input', () => {
  let work: Awaited<ReturnType<typeof tempDir>>;
  let corpus: HostileFile[];
  let lp: Leadpipe;
  let home: string;
  let closeHome: () => Promise<void>;
  beforeAll(async () => {
    work = await tempDir('leadpipe-hostile-');
    corpus = await makeCorpus(path.join(work.dir, 'corpus'));
    ({ lp, home, cleanup: closeHome } = await openTemp());
  }, 120_000);
  afterAll(async () => {
    await closeHome();
    await work.cleanup();
  });

  it('has at least 30 hostile files', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(30);
  });

  it('gives every file a clear load history entry and loads exactly its good rows', async () => {
    let expectedFinal = 0;
    const problems: string[] = [];
    for (const f of corpus) {
      const summary = await runPipeline(lp, [{ name: f.name, open: () => createReadStream(f.path) }]);
      const result = summary.files.at(-1)!;
      const [history] = await lp.warehouse.loadHistory({ file: result.file });
      const said = `${history?.reason ?? ''} ${history?.firstErrorMessage ?? ''}`;
      const check = (ok: boolean, what: string): void => {
        if (!ok) problems.push(`${f.id}: ${what} (status ${history?.status}, said "${said.slice(0, 160)}")`);
      };
      if (f.expect.outcome === 'failed') {
        check(history?.status === 'LOAD_FAILED', 'expected LOAD_FAILED');
        check(f.expect.error!.test(said), `expected an error matching ${f.expect.error}`);
        continue;
      }
      const name = sanitiseFileNameOrThrow(f.name);
      const [{ n }] = (await lp.warehouse.query(
        `SELECT count(*)::INTEGER AS n FROM leads_raw WHERE file_name = $name AND load_id = $id`,
        { name, id: result.loadId ?? '' },
      )) as [{ n: number }];
      const errors = await lp.warehouse.loadErrors({ loadId: result.loadId ?? '', limit: 1000 });
      check(n === f.expect.loaded, `expected ${f.expect.loaded} rows loaded, found ${n}`);
      check(
        errors.length === f.expect.rejected,
        `expected ${f.expect.rejected} rejected, found ${errors.length}`,
      );
      if (f.expect.error)
        check(f.expect.error.test(errors[0]?.error ?? ''), `first error ${errors[0]?.error}`);
      const status =
        f.expect.loaded === 0 && f.expect.rejected! > 0
          ? 'LOAD_FAILED'
          : f.expect.rejected! > 0
            ? 'PARTIALLY_LOADED'
            : 'LOADED';
      check(history?.status === status, `expected ${status}`);
      expectedFinal += f.expect.loaded!;
    }
    expect(problems).toEqual([]);
    const [{ n }] = (await lp.warehouse.query('SELECT count(*)::INTEGER AS n FROM leads_final')) as [
      { n: number },
    ];
    expect(n).toBe(expectedFinal);
  }, 240_000);

  it('keeps text byte for byte and SQL in names and values inert', async () => {
    const rows = await lp.warehouse.query(
      `SELECT prospect_id, city FROM leads_final WHERE prospect_id IN ('emo-1', 'emo-2', 'sql-1') ORDER BY 1`,
    );
    expect(rows).toEqual([
      { prospect_id: 'emo-1', city: 'Mumbai 🏙️' },
      { prospect_id: 'emo-2', city: '東京' },
      { prospect_id: 'sql-1', city: "Robert'); DROP TABLE leads_raw;--" },
    ]);
    const columns = (await lp.warehouse.finalColumns()).map((c) => c.name);
    expect(columns).toContain('x_drop_table_leads_final');
    expect(columns.every((c) => /^[a-z0-9_]+$/.test(c))).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('stages every file inside the stage, whatever its name', async () => {
    expect(existsSync('/tmp/leadpipe-escape.csv')).toBe(false);
    const staged = await readdir(path.join(home, 'stage', 'manifests'));
    expect(staged).toContain('leadpipe-escape.csv.json');
    expect(staged).toContain('evil.csv.json');
    expect(staged.every((n) => /^[A-Za-z0-9._ -]+$/.test(n))).toBe(true);
  });

  /** Runs the CLI on one file in a child process; returns its peak RSS (bytes) and JSON summary. */
  async function cliPeak(file: string, childHome: string): Promise<{ peak: number; out: unknown }> {
    const report = `process.on('exit', () => process.stderr.write('maxrss=' + process.resourceUsage().maxRSS + '\\n'))`;
    const r = await runNode(
      [
        '--import',
        `data:text/javascript,${encodeURIComponent(report)}`,
        CLI,
        '--home',
        childHome,
        'run',
        file,
        '--json',
      ],
      {
        timeoutMs: 120_000,
      },
    );
    expect(r.signal).toBeNull();
    expect(r.code, r.stderr).toBe(0);
    const kib = Number(/maxrss=(\d+)/.exec(r.stderr)?.[1]);
    return { peak: kib * 1024, out: JSON.parse(r.stdout) };
  }

  it('reads the gzip bomb and the 50 MB line in a child process with bounded memory', async () => {
    const small = corpus.find((f) => f.id === 'utf8-bom')!;
    const bomb = corpus.find((f) => f.id === 'gzip-bomb')!;
    const long = corpus.find((f) => f.id === 'long-line-50mb')!;
    const base = await cliPeak(small.path, path.join(work.dir, 'home-small'));
    const bombRun = await cliPeak(bomb.path, path.join(work.dir, 'home-bomb'));
    const longRun = await cliPeak(long.path, path.join(work.dir, 'home-long'));
    // The bomb inflates to 1 GiB and the line is 50 MB (100 MB as a JS string): neither may be held whole.
    const limit = 160 * 1024 * 1024;
    const mib = (b: number): string => `${Math.round(b / 2 ** 20)} MiB`;
    console.info(
      `peak RSS: baseline ${mib(base.peak)}, gzip bomb ${mib(bombRun.peak)}, 50 MB line ${mib(longRun.peak)}`,
    );
    expect(bombRun.peak - base.peak, `bomb peak ${bombRun.peak}, baseline ${base.peak}`).toBeLessThan(limit);
    expect(longRun.peak - base.peak, `long-line peak ${longRun.peak}, baseline ${base.peak}`).toBeLessThan(
      limit,
    );
    expect(JSON.stringify(bombRun.out)).toMatch(/ratio/);
    expect(JSON.stringify(longRun.out)).toMatch(/PARTIALLY_LOADED/);
  }, 180_000);
});
