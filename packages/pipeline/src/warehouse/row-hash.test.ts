/**
 * The row hash's one definition (row-hash.ts): DuckDB's SQL gives the TypeScript reference's bytes, for
 * every lead of both shared datasets loaded through the pipeline and for hand-made edge values; the text
 * of doubles matches DuckDB's cast over random doubles, and the Snowflake UDF's JavaScript body gives the
 * same text as the reference. (Snowflake's SQL is checked as text in snowflake-task-sql.test.ts.)
 */
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REAL_LEADS, tempDir, testConfig } from '../../test/helpers.ts';
import { shoppersFiles, SHOPPERS_ROWS } from '../../test/shoppers-home.ts';
import { openLeadpipe } from '../pipeline/context.ts';
import type { Leadpipe } from '../pipeline/context.ts';
import { runPipeline } from '../pipeline/run.ts';
import { seededRandom } from '../seeded-random.ts';
import type { ColumnType } from '../formats/lead-schema.ts';
import { rowHashSql } from './duckdb/duckdb-task-sql.ts';
import type { HashColumn } from './row-hash.ts';
import { DOUBLE_TEXT_JS, canonicalDoubleText, canonicalRowText, rowHash } from './row-hash.ts';
import { quoteIdent } from './sql-ident.ts';

/** Every lead of leads_final against the reference: the mismatches (none expected) and the count. */
async function compareFinal(lp: Leadpipe): Promise<{ checked: number; mismatches: string[] }> {
  const columns = (
    await lp.warehouse.query(
      `SELECT column_name, type FROM leadpipe_columns WHERE table_name = 'leads_final' ORDER BY column_name`,
    )
  ).map((r) => ({ name: String(r.column_name), type: String(r.type) as ColumnType }));
  const rows = await lp.warehouse.query('SELECT * FROM leads_final');
  const mismatches: string[] = [];
  for (const row of rows) {
    const expected = rowHash(row, columns);
    if (row.row_hash !== expected)
      mismatches.push(`${String(row.row_hash)} <> ${expected}: ${canonicalRowText(row, columns)}`);
  }
  return { checked: rows.length, mismatches };
}

describe('the row hash of both shared datasets', () => {
  let work: Awaited<ReturnType<typeof tempDir>>;
  beforeAll(async () => {
    work = await tempDir('leadpipe-row-hash-');
  });
  afterAll(() => work.cleanup());

  it('is, in DuckDB, the TypeScript reference for every lead of leads.csv', async () => {
    const lp = await openLeadpipe(testConfig(path.join(work.dir, 'leads')));
    try {
      expect((await runPipeline(lp, [REAL_LEADS])).task).toMatchObject({ state: 'SUCCEEDED' });
      const { checked, mismatches } = await compareFinal(lp);
      expect(checked).toBe(9240);
      expect(mismatches.slice(0, 3)).toEqual([]);
    } finally {
      await lp.close();
    }
  }, 180_000);

  it('is, in DuckDB, the TypeScript reference for every lead of shoppers.csv', async () => {
    const files = await shoppersFiles(work.dir);
    const home = path.join(work.dir, 'shoppers');
    const lp = await openLeadpipe(testConfig(home, { key: 'visit_id', schemaFile: files.schema }));
    try {
      expect((await runPipeline(lp, [files.csv])).task).toMatchObject({ state: 'SUCCEEDED' });
      const { checked, mismatches } = await compareFinal(lp);
      expect(checked).toBe(SHOPPERS_ROWS);
      expect(mismatches.slice(0, 3)).toEqual([]);
    } finally {
      await lp.close();
    }
  }, 180_000);
});

describe('the row hash, value by value', () => {
  let db: DuckDBInstance;
  beforeAll(async () => {
    db = await DuckDBInstance.create(':memory:');
  });
  afterAll(() => db.closeSync());

  /** DuckDB's hash of one row given as SQL literals by column, with the columns' types. */
  async function duckHash(row: Record<string, [string, ColumnType]>): Promise<string> {
    const conn = await db.connect();
    try {
      const names = Object.keys(row);
      const select = names.map((n) => `${row[n]![0]} AS ${quoteIdent(n)}`).join(', ');
      const columns = names.map((name) => ({ name, type: row[name]![1] }));
      const sql = `SELECT ${rowHashSql(columns)} AS h FROM (SELECT ${select})`;
      return String((await conn.runAndReadAll(sql)).getRowObjectsJson()[0]?.h);
    } finally {
      conn.closeSync();
    }
  }

  const lead: Record<string, [string, ColumnType]> = {
    prospect_id: ["'a-1'", 'string'],
    total_visits: ['3::BIGINT', 'integer'],
    converted: ['TRUE', 'boolean'],
    page_views_per_visit: ['2.5::DOUBLE', 'double'],
    last_seen: ["TIMESTAMP '2024-05-01 10:00:00.25'", 'timestamp'],
    tags: ["'Will revert: 3:x'", 'string'],
    city: ["'Zürich 🦆 e\u0301'", 'string'],
  };
  const values: Record<string, unknown> = {
    prospect_id: 'a-1',
    total_visits: 3,
    converted: true,
    page_views_per_visit: 2.5,
    last_seen: '2024-05-01 10:00:00.25',
    tags: 'Will revert: 3:x',
    city: 'Zürich 🦆 e\u0301',
  };
  const columns: HashColumn[] = Object.entries(lead).map(([name, [, type]]) => ({ name, type }));

  it('is md5 of the canonical text, the same in DuckDB and TypeScript', async () => {
    expect(canonicalRowText(values, columns)).toBe(
      '4:city11:Zürich 🦆 e\u0301' +
        '9:converted4:true' +
        '9:last_seen26:2024-05-01 10:00:00.250000' +
        '20:page_views_per_visit3:2.5' +
        '11:prospect_id3:a-1' +
        '4:tags16:Will revert: 3:x' +
        '12:total_visits1:3',
    );
    expect(await duckHash(lead)).toBe(rowHash(values, columns));
    expect(rowHash(values, columns)).toMatch(/^[0-9a-f]{32}$/);
  });

  it('sees every value and its column, ignores NULL columns and the order columns are listed in', async () => {
    const base = await duckHash(lead);
    expect(await duckHash(Object.fromEntries(Object.entries(lead).reverse()))).toBe(base);
    // A column added later is NULL for the rows that predate it: their hashes stay.
    expect(await duckHash({ ...lead, utm_campaign: ['NULL::VARCHAR', 'string'] })).toBe(base);
    expect(
      rowHash({ ...values, utm_campaign: null }, [...columns, { name: 'utm_campaign', type: 'string' }]),
    ).toBe(base);
    const changed: Record<string, [string, ColumnType]>[] = [
      { ...lead, prospect_id: ["'a-2'", 'string'] },
      { ...lead, total_visits: ['4::BIGINT', 'integer'] },
      { ...lead, converted: ['FALSE', 'boolean'] },
      { ...lead, converted: ['NULL::BOOLEAN', 'boolean'] },
      { ...lead, page_views_per_visit: ['2.25::DOUBLE', 'double'] },
      { ...lead, last_seen: ["TIMESTAMP '2024-05-01 10:00:00.250001'", 'timestamp'] },
      { ...lead, tags: ["'Will revert '", 'string'] },
      { ...lead, tags: ["''", 'string'] },
      { ...lead, tags: ['NULL::VARCHAR', 'string'] },
      { ...lead, utm_campaign: ["'spring'", 'string'] },
    ];
    const hashes = new Set([base]);
    for (const row of changed) hashes.add(await duckHash(row));
    expect(hashes.size).toBe(changed.length + 1);
    // The same values under each other's columns are another row; so is a value moved across a boundary.
    const ab = (a: string, b: string) => duckHash({ a: [`'${a}'`, 'string'], b: [`'${b}'`, 'string'] });
    expect(await ab('x', 'y')).not.toBe(await ab('y', 'x'));
    expect(await ab('1:b1:', 'z')).not.toBe(await ab('1', 'z'));
    // The widest file leadpipe accepts (1,000 columns) makes a valid expression.
    const wide = Object.fromEntries(
      Array.from({ length: 1000 }, (_, i): [string, [string, ColumnType]] => [
        `c${i}`,
        [`${i}::BIGINT`, 'integer'],
      ]),
    );
    const wideValues = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`c${i}`, i]));
    expect(await duckHash(wide)).toBe(
      rowHash(
        wideValues,
        Object.keys(wide).map((name) => ({ name, type: 'integer' as const })),
      ),
    );
  });

  it('writes a double as DuckDB casts it, for edge values and 20,000 random ones, and so does the Snowflake UDF body', async () => {
    const random = seededRandom(19);
    const view = new DataView(new ArrayBuffer(8));
    const doubles: number[] = [
      0,
      -0,
      0.1,
      2.5,
      100,
      -2.5,
      4.35,
      1e-4,
      1.2345e-4,
      9.9999e-5,
      1e-5,
      1e-7,
      1.5e-7,
      1e15,
      9999999999999998,
      1e16,
      1.5e16,
      12345678901234568,
      1e20,
      1e21,
      1e22,
      1e100,
      1.25e-100,
      5e-324,
      1e-310,
      2.2250738585072014e-308,
      1.7976931348623157e308,
      0.30000000000000004,
      123456.789,
      Number.MAX_SAFE_INTEGER,
      1e308,
    ];
    for (let i = 0; i < 10_000; i++) {
      view.setUint32(0, Math.floor(random() * 2 ** 32));
      view.setUint32(4, Math.floor(random() * 2 ** 32));
      const x = view.getFloat64(0);
      if (Number.isFinite(x)) doubles.push(x);
      // Values as leads carry them: a few decimals, over many magnitudes.
      doubles.push(
        Number((random() * 10 ** Math.floor(random() * 12 - 4)).toFixed(Math.floor(random() * 6))),
      );
    }
    const conn = await db.connect();
    const udf = new Function('X', DOUBLE_TEXT_JS) as (x: number) => string;
    try {
      const bad: string[] = [];
      for (let at = 0; at < doubles.length; at += 2000) {
        const chunk = doubles.slice(at, at + 2000);
        const list = chunk.map((x) => `'${Object.is(x, -0) ? '-0.0' : String(x)}'`).join(', ');
        const rows = (
          await conn.runAndReadAll(
            `SELECT CAST(CAST(v AS DOUBLE) AS VARCHAR) AS t FROM unnest([${list}]) AS u(v)`,
          )
        ).getRowObjectsJson();
        chunk.forEach((x, i) => {
          const mine = canonicalDoubleText(x);
          if (rows[i]?.t !== mine || udf(x) !== mine)
            bad.push(`${x}: duckdb ${String(rows[i]?.t)}, ts ${mine}, udf ${udf(x)}`);
        });
      }
      expect(bad.slice(0, 5)).toEqual([]);
      for (const x of [NaN, Infinity, -Infinity]) expect(udf(x)).toBe(canonicalDoubleText(x));
      const special = (
        await conn.runAndReadAll(
          `SELECT CAST('nan'::DOUBLE AS VARCHAR) AS n, CAST('inf'::DOUBLE AS VARCHAR) AS i, CAST('-inf'::DOUBLE AS VARCHAR) AS m`,
        )
      ).getRowObjectsJson()[0];
      expect([special?.n, special?.i, special?.m]).toEqual(
        [NaN, Infinity, -Infinity].map(canonicalDoubleText),
      );
    } finally {
      conn.closeSync();
    }
  });
});
