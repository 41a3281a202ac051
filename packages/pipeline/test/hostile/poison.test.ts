import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESERVED_COLUMN_NAMES } from '../../src/formats/names.ts';
import { runPipeline } from '../../src/pipeline/run.ts';
import { validateFile } from '../../src/pipeline/validate.ts';
import { FINAL_META_COLUMNS as DUCKDB_META } from '../../src/warehouse/duckdb/duckdb-ddl.ts';
import { FINAL_META_COLUMNS as SNOWFLAKE_META } from '../../src/warehouse/snowflake/snowflake-ddl.ts';
import { openTemp, runCli, tempDir } from '../helpers.ts';

/**
 * Poison files (issue 17): each was accepted, then failed the load or the task on every later run, for
 * every later clean file too, while `validate` called it VALID. Now each ends as loaded and rejected rows
 * (or, for a header that cannot be loaded, a failed file), `validate` reports exactly the rows the load
 * rejects, and a clean file loaded next merges.
 */
interface PoisonCase {
  id: string;
  /** Files loaded one after the other (name, content). */
  files: [string, string][];
  /** Of the last file: rows loaded and rejected, and the first rejection's reason. */
  loaded: number;
  rejected: number;
  reason?: RegExp;
  /** The whole last file is refused with this reason (a header that cannot be loaded). */
  failed?: RegExp;
  /** leads_final after the clean file: this SQL gives these rows. */
  check?: { sql: string; rows: Record<string, unknown>[] };
  renamed?: Record<string, string>;
}

const deep = (n: number): string => '['.repeat(n) + ']'.repeat(n);
const ndjson = (...rows: string[]): string => rows.join('\n') + '\n';
const good = (id: string): string => `{"Prospect ID":"${id}","City":"Pune"}`;

const CASES: PoisonCase[] = [
  {
    id: 'lone surrogate in a declared column',
    files: [['surrogate.ndjson', ndjson('{"Prospect ID":"s1","City":"\\ud800"}', good('s-ok'))]],
    loaded: 1,
    rejected: 1,
    reason: /^city: text with an unpaired UTF-16 surrogate/,
  },
  {
    id: 'lone surrogates in the key, undeclared values and nested keys',
    files: [
      [
        'surrogates.ndjson',
        ndjson(
          '{"Prospect ID":"\\udc00x"}',
          '{"Prospect ID":"s2","Notes":{"k\\ud800":1}}',
          '{"Prospect ID":"s3","Memo":["ok","\\ud83d"]}',
          '{"Prospect ID":"s4","Memo":["\\ud83d\\ude00"]}',
        ),
      ],
    ],
    loaded: 1,
    rejected: 3,
    reason: /^prospect_id: text with an unpaired UTF-16 surrogate/,
    check: {
      sql: `SELECT CAST(memo AS VARCHAR) AS m FROM leads_final`,
      rows: [{ m: '["😀"]' }, { m: null }],
    },
  },
  {
    id: 'a declared column nested 10,000 deep',
    files: [['deep.ndjson', ndjson(`{"Prospect ID":"d1","City":${deep(10_000)}}`, good('d-ok'))]],
    loaded: 1,
    rejected: 1,
    reason: /^city: value nested deeper than 64 levels/,
  },
  {
    id: 'Page Views Per Visit = 1e308 (CSV)',
    files: [['views.csv', 'Prospect ID,Page Views Per Visit,TotalVisits\r\np1,1e308,3\r\np2,-1.7e308,4\r\n']],
    loaded: 2,
    rejected: 0,
    check: {
      sql: `SELECT prospect_id, page_views_per_visit AS v, score IS NOT NULL AS scored FROM leads_final WHERE prospect_id LIKE 'p%' ORDER BY 1`,
      rows: [
        { prospect_id: 'p1', v: 1e308, scored: true },
        { prospect_id: 'p2', v: -1.7e308, scored: true },
      ],
    },
  },
  {
    id: 'Page Views Per Visit = 1e308 (NDJSON)',
    files: [['views.ndjson', ndjson('{"Prospect ID":"p3","Page Views Per Visit":1e308}')]],
    loaded: 1,
    rejected: 0,
  },
  {
    id: 'integers past 64 bits: declared rejected, inferred widened to double',
    files: [
      ['small.ndjson', ndjson('{"Prospect ID":"i0","Foo":5}')],
      [
        'huge.ndjson',
        ndjson(
          '{"Prospect ID":"i1","Lead Number":1e308}',
          '{"Prospect ID":"i2","Foo":1e308}',
          '{"Prospect ID":"i3","Lead Number":"9223372036854775808"}',
        ),
      ],
    ],
    loaded: 1,
    rejected: 2,
    reason: /^lead_number: 1e\+308 is not a valid integer$/,
    check: {
      sql: `SELECT prospect_id, foo FROM leads_final WHERE prospect_id LIKE 'i%' ORDER BY 1`,
      rows: [
        { prospect_id: 'i0', foo: 5 },
        { prospect_id: 'i2', foo: 1e308 },
      ],
    },
  },
  {
    id: 'CSV digits past 64 bits and past a double',
    files: [
      ['small.csv', 'Prospect ID,Big,Huge\r\nb0,5,6\r\n'],
      ['digits.csv', 'Prospect ID,Big,Huge,TotalVisits\r\nb1,99999999999999999999,-1e400,1e308\r\n'],
    ],
    loaded: 0,
    rejected: 1,
    reason: /^total_visits: "1e308" is not a valid integer$/,
  },
  {
    id: 'CSV digits past 64 bits and past a double, in undeclared columns',
    files: [
      ['small.csv', 'Prospect ID,Big,Huge\r\nb0,5,6\r\n'],
      ['digits.csv', 'Prospect ID,Big,Huge\r\nb1,99999999999999999999,-1e400\r\n'],
    ],
    loaded: 1,
    rejected: 0,
    check: {
      sql: `SELECT prospect_id, CAST(big AS VARCHAR) AS big, CAST(huge AS VARCHAR) AS huge FROM leads_final WHERE prospect_id LIKE 'b%' ORDER BY 1`,
      rows: [
        { prospect_id: 'b0', big: '5.0', huge: '6' },
        { prospect_id: 'b1', big: '1e+20', huge: '-1e400' },
      ],
    },
  },
  {
    id: 'every column name leadpipe adds, in a CSV header',
    files: [
      [
        'reserved.csv',
        `Prospect ID,${RESERVED_COLUMN_NAMES.map((n) => n.replace(/_/g, ' ').toUpperCase()).join(',')}\r\n` +
          `r1,${RESERVED_COLUMN_NAMES.map((_, i) => i).join(',')}\r\n`,
      ],
    ],
    loaded: 1,
    rejected: 0,
    renamed: Object.fromEntries(
      RESERVED_COLUMN_NAMES.map((n) => [n.replace(/_/g, ' ').toUpperCase(), `src_${n}`]),
    ),
    check: {
      sql: `SELECT src_score, src_grade, src_row_hash, score BETWEEN 0 AND 100 AS ours FROM leads_final WHERE prospect_id = 'r1'`,
      rows: [{ src_score: '5', src_grade: '6', src_row_hash: '0', ours: true }],
    },
  },
  {
    id: 'leadpipe names as JSON keys',
    files: [['reserved.ndjson', ndjson('{"Prospect ID":"r2","score":"high","modelVersion":7}')]],
    loaded: 1,
    rejected: 0,
    renamed: { score: 'src_score', modelVersion: 'src_model_version' },
    check: {
      sql: `SELECT src_score, src_model_version FROM leads_final WHERE prospect_id = 'r2'`,
      rows: [{ src_score: 'high', src_model_version: '7' }],
    },
  },
  {
    id: 'a renamed column colliding with a source column',
    files: [['collide.csv', 'Prospect ID,Score,src_score\r\nc1,1,2\r\n']],
    loaded: 0,
    rejected: 0,
    failed: /"Score" and "src_score" both normalise to "src_score"/,
  },
];

describe('poison files (issue 17)', () => {
  let work: Awaited<ReturnType<typeof tempDir>>;
  beforeAll(async () => {
    work = await tempDir('leadpipe-poison-');
  });
  afterAll(async () => {
    await work.cleanup();
  });

  it.each(CASES)(
    '$id: rows settled at PUT/COPY, validate agrees, the next file merges',
    async (c) => {
      const { lp, cleanup } = await openTemp();
      try {
        let last;
        let lastPath = '';
        for (const [name, text] of c.files) {
          lastPath = path.join(work.dir, `${c.files.length}-${name}`);
          await writeFile(lastPath, text);
          const run = await runPipeline(lp, [
            {
              name,
              open: () =>
                (async function* () {
                  yield Buffer.from(text);
                })(),
            },
          ]);
          expect(run.task.state, run.task.error).toMatch(/SUCCEEDED|SKIPPED/);
          last = run.files.at(-1)!;
        }
        const report = await validateFile(lp.config, lp.schema, lastPath);
        if (c.failed) {
          expect(last!.status).toBe('LOAD_FAILED');
          expect(last!.reason).toMatch(c.failed);
          expect(report.valid).toBe(false);
          expect(report.error).toMatch(c.failed);
        } else {
          expect(last!.rowsLoaded).toBe(c.loaded);
          expect(last!.rowsRejected).toBe(c.rejected);
          const errors = await lp.warehouse.loadErrors({ loadId: last!.loadId ?? '', limit: 100 });
          expect(errors.length).toBe(c.rejected);
          if (c.reason) expect(errors[0]?.error).toMatch(c.reason);
          // validate reports exactly the rows the load rejected, with the same reasons.
          expect(report.valid).toBe(c.rejected === 0);
          expect(report.summary?.rowsRejected).toBe(c.rejected);
          expect(report.errors.map((e) => [e.line, e.reason])).toEqual(
            [...errors].sort((a, b) => a.line - b.line).map((e) => [e.line, e.error]),
          );
          if (c.renamed) {
            expect(last!.renamed).toEqual(c.renamed);
            expect(report.summary?.renamed).toEqual(c.renamed);
          }
        }
        const clean = await runPipeline(lp, [
          {
            name: 'clean.csv',
            open: () =>
              (async function* () {
                yield Buffer.from('Prospect ID,City\r\nclean-1,Pune\r\n');
              })(),
          },
        ]);
        expect(clean.files[0]?.status).toBe('LOADED');
        expect(clean.task.state, clean.task.error).toBe('SUCCEEDED');
        const [row] = await lp.warehouse.query(
          `SELECT city, score IS NOT NULL AS scored FROM leads_final WHERE prospect_id = 'clean-1'`,
        );
        expect(row).toEqual({ city: 'Pune', scored: true });
        if (c.check) expect(await lp.warehouse.query(c.check.sql)).toEqual(c.check.rows);
      } finally {
        await cleanup();
      }
    },
    60_000,
  );

  it('reserves exactly the columns both engines add to leads_final', () => {
    expect(DUCKDB_META.map(([n]) => n)).toEqual(RESERVED_COLUMN_NAMES);
    expect(SNOWFLAKE_META.map(([n]) => n)).toEqual(RESERVED_COLUMN_NAMES);
  });

  it('`leadpipe run` exits 0 on a lone surrogate, and the next run loads and merges', async () => {
    const home = path.join(work.dir, 'cli-home');
    const bad = path.join(work.dir, 'surrogate-cli.ndjson');
    const clean = path.join(work.dir, 'clean-cli.csv');
    await writeFile(bad, ndjson('{"Prospect ID":"s1","City":"\\ud800"}'));
    await writeFile(clean, 'Prospect ID,City\r\nclean-2,Pune\r\n');
    const first = await runCli(['--home', home, 'run', bad, '--json']);
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout).files[0].status).toBe('LOAD_FAILED');
    const second = await runCli(['--home', home, 'run', clean, '--json']);
    expect(second.code, second.stderr).toBe(0);
    expect(JSON.parse(second.stdout).task).toMatchObject({ state: 'SUCCEEDED', inserted: 1 });
  }, 60_000);
});
