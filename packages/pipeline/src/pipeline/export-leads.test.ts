import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTemp, tempDir } from '../../test/helpers.ts';
import { duckdbFile } from '../warehouse/open-warehouse.ts';
import type { ExportFormat } from '../warehouse/warehouse.ts';
import { exportLeadsToFile } from './export-leads.ts';
import { runPipeline } from './run.ts';
import { reasonsJsonSql } from '../warehouse/duckdb/duckdb-ddl.ts';

const SAMPLE = path.resolve(import.meta.dirname, '../../sample/leads-sample.csv');

/** Reads a file back with DuckDB, typed as leads_final's columns, every value as text. */
function readBackSql(format: ExportFormat, file: string, types: string): string {
  const f = `'${file.replace(/'/g, "''")}'`;
  const source =
    format === 'csv'
      ? `read_csv(${f}, header = true, columns = ${types})`
      : format === 'parquet'
        ? `read_parquet(${f})`
        : `read_json(${f}, format = 'newline_delimited', columns = ${types})`;
  return `SELECT COLUMNS(*)::VARCHAR FROM ${source}`;
}

describe('export of the scored leads', () => {
  let env: Awaited<ReturnType<typeof openTemp>>;
  let out: Awaited<ReturnType<typeof tempDir>>;
  beforeAll(async () => {
    env = await openTemp();
    out = await tempDir('leadpipe-export-test-');
    await runPipeline(env.lp, [SAMPLE]);
  }, 120_000);
  afterAll(async () => {
    await env.cleanup();
    await out.cleanup();
  });

  it('filters by column=value as the column type, refuses unknown columns, bad values and injection', async () => {
    const wh = env.lp.warehouse;
    const countOf = async (sql: string) => Number((await wh.query(sql))[0]?.n);
    const gradeA = await countOf(`SELECT count(*) AS n FROM leads_final WHERE grade = 'A'`);
    expect(gradeA).toBeGreaterThan(0);
    const a = await exportLeadsToFile(
      wh,
      { format: 'csv', filters: [{ column: 'grade', value: 'A' }] },
      path.join(out.dir, 'a.csv'),
    );
    expect(a.rows).toBe(gradeA);
    const lines = (await readFile(a.file, 'utf8')).trim().split('\n');
    expect(lines).toHaveLength(gradeA + 1);
    // Typed comparison: an integer column compared as an integer, two filters ANDed.
    const score = Number(
      (await wh.query(`SELECT score FROM leads_final WHERE grade = 'A' LIMIT 1`))[0]?.score,
    );
    const both = await exportLeadsToFile(
      wh,
      {
        format: 'ndjson',
        filters: [
          { column: 'grade', value: 'A' },
          { column: 'score', value: String(score) },
        ],
      },
      path.join(out.dir, 'both.ndjson'),
    );
    expect(both.rows).toBe(
      await countOf(`SELECT count(*) AS n FROM leads_final WHERE grade = 'A' AND score = ${score}`),
    );
    // An empty value selects NULLs.
    const nulls = await exportLeadsToFile(
      wh,
      { format: 'csv', filters: [{ column: 'city', value: '' }] },
      path.join(out.dir, 'n.csv'),
    );
    expect(nulls.rows).toBe(await countOf('SELECT count(*) AS n FROM leads_final WHERE city IS NULL'));
    // A value is data, never SQL.
    const injected = await exportLeadsToFile(
      wh,
      { format: 'csv', filters: [{ column: 'grade', value: "A' OR 1=1 --" }] },
      path.join(out.dir, 'i.csv'),
    );
    expect(injected.rows).toBe(0);
    const refused = (filters: { column: string; value: string }[]) =>
      exportLeadsToFile(wh, { format: 'csv', filters }, path.join(out.dir, 'refused.csv'));
    await expect(
      refused([{ column: 'nope"; DROP TABLE leads_final; --', value: '1' }]),
    ).rejects.toMatchObject({ code: 'E_EXPORT_FILTER' });
    await expect(refused([{ column: 'row_hash', value: '1' }])).rejects.toMatchObject({
      code: 'E_EXPORT_FILTER',
    });
    await expect(refused([{ column: 'score', value: 'high' }])).rejects.toMatchObject({
      code: 'E_EXPORT_FILTER',
    });
    expect(await countOf('SELECT count(*) AS n FROM leads_final')).toBeGreaterThan(gradeA);
  }, 60_000);

  it('writes only where asked: the folder must exist, an existing file is replaced only with force', async () => {
    const wh = env.lp.warehouse;
    await expect(
      exportLeadsToFile(wh, { format: 'csv' }, path.join(out.dir, 'missing', 'x.csv')),
    ).rejects.toMatchObject({ code: 'E_EXPORT_OUT' });
    const file = path.join(out.dir, 'kept.csv');
    await writeFile(file, 'mine\n');
    await expect(exportLeadsToFile(wh, { format: 'csv' }, file)).rejects.toMatchObject({
      code: 'E_EXPORT_OUT',
    });
    expect(await readFile(file, 'utf8')).toBe('mine\n');
    await expect(exportLeadsToFile(wh, { format: 'csv' }, out.dir, true)).rejects.toMatchObject({
      code: 'E_EXPORT_OUT',
    });
    const replaced = await exportLeadsToFile(
      wh,
      { format: 'csv', filters: [{ column: 'grade', value: 'A' }] },
      file,
      true,
    );
    expect((await readFile(file, 'utf8')).split('\n')).toHaveLength(replaced.rows + 2);
  }, 60_000);

  it('round-trips every format: the file read back equals leads_final without its row hash', async () => {
    const total = Number((await env.lp.warehouse.query('SELECT count(*) AS n FROM leads_final'))[0]?.n);
    expect(total).toBeGreaterThan(1000);
    const files: Record<string, string> = {};
    for (const format of ['csv', 'parquet', 'ndjson'] as const) {
      const file = path.join(out.dir, `all.${format}`);
      const result = await exportLeadsToFile(env.lp.warehouse, { format }, file);
      expect(result).toEqual({ file, rows: total });
      files[format] = file;
    }
    expect((await readFile(files.csv!, 'utf8')).split('\n')[0]).toMatch(/^prospect_id,/);
    expect(JSON.parse((await readFile(files.ndjson!, 'utf8')).split('\n')[0]!)).toHaveProperty('score');
    await env.lp.close();
    const db = await (await DuckDBInstance.create(':memory:')).connect();
    try {
      await db.run(`ATTACH '${duckdbFile(env.lp.config)}' AS wh (READ_ONLY)`);
      const columns = (
        await db.runAndReadAll(
          `SELECT column_name, data_type FROM duckdb_columns() WHERE database_name = 'wh' AND table_name = 'leads_final' AND column_name <> 'row_hash' ORDER BY column_index`,
        )
      ).getRowObjectsJson() as { column_name: string; data_type: string }[];
      expect(columns.map((c) => c.column_name)).toContain('reasons');
      // The typed reasons are exported as the JSON text they stand for.
      const types = `{${columns.map((c) => `'${c.column_name}': '${c.column_name === 'reasons' ? 'JSON' : c.data_type}'`).join(', ')}}`;
      const table = `SELECT COLUMNS(*)::VARCHAR FROM (SELECT * EXCLUDE (row_hash) REPLACE (${reasonsJsonSql('reasons')} AS reasons) FROM wh.leads_final)`;
      for (const [format, file] of Object.entries(files)) {
        const back = readBackSql(format as ExportFormat, file, types);
        const diff = async (a: string, b: string) =>
          Number((await db.runAndReadAll(`SELECT count(*) FROM (${a} EXCEPT ALL ${b})`)).getColumns()[0]![0]);
        expect([format, await diff(back, table), await diff(table, back)]).toEqual([format, 0, 0]);
        const names = (await db.runAndReadAll(`DESCRIBE ${back.replace('COLUMNS(*)::VARCHAR', '*')}`))
          .getRowObjectsJson()
          .map((r) => r.column_name);
        expect(names).toEqual(columns.map((c) => c.column_name));
      }
    } finally {
      db.closeSync();
    }
  }, 120_000);
});
