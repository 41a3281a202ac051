import { createReadStream, existsSync } from 'node:fs';
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REAL_LEADS, openTemp, tempDir } from '../../../test/helpers.ts';
import type { Leadpipe } from '../../pipeline/context.ts';
import { runPipeline } from '../../pipeline/run.ts';

/**
 * `leadpipe query` and the API's reads go through `Warehouse.query`: a corpus of hostile statements is
 * refused with a clear error and leaves the warehouse exactly as it was, while legitimate reads (with
 * parameters, CTEs, EXPLAIN, aggregates over every table) keep working.
 */
describe('the DuckDB read-only query', () => {
  let lp: Leadpipe;
  let home: string;
  let closeHome: () => Promise<void>;
  let outside: Awaited<ReturnType<typeof tempDir>>;
  beforeAll(async () => {
    ({ lp, home, cleanup: closeHome } = await openTemp());
    outside = await tempDir('leadpipe-query-outside-');
    await writeFile(path.join(outside.dir, 'secret.csv'), 'secret\nhunter2\n');
    const rows = 'Prospect ID,Lead Source,Converted\np-1,Google,1\np-2,Direct,0\np-2,Direct,x\n';
    await writeFile(path.join(outside.dir, 'small.csv'), rows);
    await runPipeline(lp, [
      { name: 'leads.csv', open: () => createReadStream(REAL_LEADS) },
      { name: 'small.csv', open: () => createReadStream(path.join(outside.dir, 'small.csv')) },
    ]);
  }, 120_000);
  afterAll(async () => {
    await closeHome();
    await outside.cleanup();
  });

  /** Everything a write could touch: row counts, a checksum of scores, the history, the catalog. */
  async function snapshot(): Promise<unknown> {
    const q = (sql: string): Promise<Record<string, unknown>[]> => lp.warehouse.query(sql);
    return {
      counts: await q(`SELECT
          (SELECT count(*) FROM leads_final) AS final,
          (SELECT sum(score) FROM leads_final) AS scores,
          (SELECT count(*) FROM leads_raw) AS raw,
          (SELECT count(*) FROM load_errors) AS errors,
          (SELECT count(*) FROM task_history) AS tasks,
          (SELECT count(*) FROM leadpipe_meta) AS meta`),
      history: await lp.warehouse.loadHistory({ limit: 100 }),
      catalog: await q(
        `SELECT database_name, schema_name, table_name, column_count FROM duckdb_tables() ORDER BY ALL`,
      ),
      views: await q(`SELECT view_name, sql FROM duckdb_views() WHERE NOT internal ORDER BY ALL`),
      macros: await q(`SELECT count(*) AS n FROM duckdb_functions() WHERE NOT internal`),
      databases: await q(`SELECT database_name FROM duckdb_databases() ORDER BY ALL`),
      home: (await readdir(home)).sort(),
    };
  }

  const stolen = (): string => path.join(outside.dir, 'secret.csv');
  const target = (): string => path.join(outside.dir, 'x.csv');
  const HOSTILE: [string, () => string][] = [
    // writes
    ['delete', () => 'DELETE FROM load_history'],
    ['update', () => 'UPDATE leads_final SET score = 100'],
    ['insert', () => 'INSERT INTO load_history SELECT * FROM load_history'],
    ['drop', () => 'DROP TABLE leads_final'],
    ['create table', () => 'CREATE TABLE x AS SELECT 1 AS a'],
    ['create temp table', () => 'CREATE TEMP TABLE x AS SELECT 1 AS a'],
    ['create view', () => 'CREATE OR REPLACE VIEW leads_raw AS SELECT 1 AS a'],
    ['create macro', () => 'CREATE MACRO evil(x) AS x'],
    ['alter', () => 'ALTER TABLE leads_final ADD COLUMN evil INTEGER'],
    ['truncate', () => 'TRUNCATE load_errors'],
    ['delete from the view', () => 'DELETE FROM leads_raw'],
    ['merge', () => 'MERGE INTO load_history t USING load_history s ON true WHEN MATCHED THEN DELETE'],
    // EXPLAIN ANALYZE runs its statement
    ['explain analyze delete', () => 'EXPLAIN ANALYZE DELETE FROM load_history'],
    ['explain analyze update', () => 'EXPLAIN ANALYZE UPDATE leads_final SET score = 100'],
    ['explain analyze insert', () => 'EXPLAIN ANALYZE INSERT INTO load_history SELECT * FROM load_history'],
    ['explain analyze drop', () => 'EXPLAIN ANALYZE DROP TABLE leads_final'],
    ['explain analyze create', () => 'EXPLAIN ANALYZE CREATE TABLE x AS SELECT 1 AS a'],
    ['explain analyze copy', () => `EXPLAIN ANALYZE COPY (SELECT * FROM leads_final) TO '${target()}'`],
    ['explain (analyze) delete', () => 'EXPLAIN (ANALYZE, FORMAT JSON) DELETE FROM load_history'],
    ['explain analyze select', () => 'EXPLAIN ANALYZE SELECT count(*) FROM leads_final'],
    ['explain delete', () => 'EXPLAIN DELETE FROM load_history'],
    // files out and in
    ['copy to', () => `COPY (SELECT * FROM leads_final) TO '${target()}'`],
    ['copy table to', () => `COPY leads_final TO '${target()}'`],
    ['copy from', () => `COPY load_errors FROM '${stolen()}'`],
    ['read_csv', () => `SELECT * FROM read_csv('/etc/passwd')`],
    ['read_csv of a file the user owns', () => `SELECT * FROM read_csv('${stolen()}')`],
    ['read_csv_auto', () => `SELECT * FROM read_csv_auto('/etc/passwd')`],
    ['read_text', () => `SELECT * FROM read_text('/etc/passwd')`],
    ['read_blob', () => `SELECT * FROM read_blob('/etc/hostname')`],
    ['read_text of the config', () => `SELECT * FROM read_text('${path.join(home, '*')}')`],
    ['glob root', () => `SELECT * FROM glob('/root/*')`],
    ['glob home', () => `SELECT * FROM glob('${path.join(home, '*')}')`],
    ['read_parquet', () => `SELECT * FROM read_parquet('/tmp/*.parquet')`],
    ['read_json', () => `SELECT * FROM read_json('/etc/passwd')`],
    ['read_json_auto', () => `SELECT * FROM read_json_auto('${stolen()}')`],
    ['replacement scan', () => `SELECT * FROM '${stolen()}'`],
    ['replacement scan /etc', () => `SELECT * FROM '/etc/passwd'`],
    ['url', () => `SELECT * FROM read_csv('https://example.com/leads.csv')`],
    ['in a subquery', () => `SELECT (SELECT count(*) FROM read_text('/etc/passwd')) AS n`],
    // other databases, extensions, settings
    ['attach file', () => `ATTACH '${path.join(outside.dir, 'evil.duckdb')}' AS evil`],
    ['attach memory', () => `ATTACH ':memory:' AS evil`],
    ['detach', () => 'DETACH leadpipe'],
    ['use', () => 'USE memory'],
    ['install', () => 'INSTALL httpfs'],
    ['load', () => 'LOAD httpfs'],
    ['set external access', () => 'SET enable_external_access = true'],
    ['set memory', () => `SET memory_limit = '100TB'`],
    ['reset lock', () => 'RESET lock_configuration'],
    ['pragma', () => 'PRAGMA enable_profiling'],
    ['pragma set', () => `PRAGMA memory_limit = '100TB'`],
    ['call', () => 'CALL checkpoint()'],
    ['checkpoint', () => 'CHECKPOINT'],
    ['force checkpoint', () => 'FORCE CHECKPOINT'],
    ['vacuum', () => 'VACUUM'],
    ['export', () => `EXPORT DATABASE '${path.join(outside.dir, 'export')}'`],
    ['import', () => `IMPORT DATABASE '${outside.dir}'`],
    ['create secret', () => `CREATE SECRET evil (TYPE s3, KEY_ID 'a', SECRET 'b')`],
    ['begin', () => 'BEGIN TRANSACTION'],
    ['commit', () => 'COMMIT'],
    // more than one statement, hidden writes
    ['two statements', () => 'SELECT 1; DELETE FROM load_history'],
    ['two selects', () => 'SELECT 1; SELECT 2'],
    ['after a block comment', () => '/* a report */ DELETE FROM load_history'],
    ['after a line comment', () => '-- a report\nDELETE FROM load_history'],
    ['in a CTE', () => 'WITH d AS (DELETE FROM load_history RETURNING *) SELECT count(*) FROM d'],
    ['a write in a subquery', () => 'SELECT * FROM (DELETE FROM load_history RETURNING *)'],
    ['getenv', () => `SELECT getenv('HOME') AS home`],
    ['secrets', () => 'SELECT * FROM duckdb_secrets()'],
    ['sniff_csv', () => `FROM sniff_csv('/etc/passwd')`],
    ['a write through query()', () => `SELECT * FROM query('DELETE FROM load_history')`],
  ];

  it('has at least 40 hostile statements', () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(40);
  });

  it('refuses every hostile statement with a clear error and leaves the warehouse unchanged', async () => {
    const before = await snapshot();
    const accepted: string[] = [];
    const unclear: string[] = [];
    for (const [name, sql] of HOSTILE) {
      const outcome = await lp.warehouse.query(sql()).then(
        () => undefined,
        (err: unknown) => err as { code?: string; message?: string },
      );
      if (!outcome) accepted.push(name);
      else if (!/^E_QUERY/.test(outcome.code ?? '') || !outcome.message || /\n/.test(outcome.message))
        unclear.push(`${name}: ${outcome.code} ${outcome.message}`);
    }
    expect(accepted).toEqual([]);
    expect(unclear).toEqual([]);
    expect(await snapshot()).toEqual(before);
    expect(existsSync(target())).toBe(false);
    expect(existsSync(path.join(outside.dir, 'export'))).toBe(false);
  });

  it('says why: writes and file access are refused as not read-only', async () => {
    for (const sql of [
      'EXPLAIN ANALYZE DELETE FROM load_history',
      'CALL checkpoint()',
      `SELECT * FROM read_text('/etc/passwd')`,
      'DELETE FROM leads_raw',
    ]) {
      await expect(lp.warehouse.query(sql), sql).rejects.toMatchObject({ code: 'E_QUERY_NOT_READ_ONLY' });
    }
  });

  it("gives SQL errors as E_QUERY with DuckDB's message on one line", async () => {
    await expect(lp.warehouse.query('SELEC 1')).rejects.toMatchObject({
      code: 'E_QUERY',
      message: expect.stringMatching(/^Parser Error: syntax error at or near "SELEC"$/),
    });
    await expect(lp.warehouse.query('SELECT * FROM nope')).rejects.toMatchObject({
      code: 'E_QUERY',
      message: expect.stringMatching(/^Catalog Error: Table with name nope does not exist!/),
    });
    await expect(lp.warehouse.query('SELECT nope FROM leads_final')).rejects.toMatchObject({
      code: 'E_QUERY',
    });
    await expect(lp.warehouse.query('SELECT $x AS x')).rejects.toMatchObject({ code: 'E_QUERY' });
  });

  it('keeps legitimate reads working: parameters, CTEs, EXPLAIN, aggregates over every table', async () => {
    const [final] = await lp.warehouse.query(
      'SELECT count(*)::INTEGER AS n FROM leads_final WHERE lead_source = $source',
      { source: 'Google' },
    );
    expect(final?.n).toBeGreaterThan(0);
    const grades = await lp.warehouse.query(
      `WITH g AS (SELECT grade, count(*) AS n FROM leads_final GROUP BY grade)
       SELECT count(*)::INTEGER AS grades FROM g`,
    );
    expect(grades[0]?.grades).toBeGreaterThan(0);
    const plan = await lp.warehouse.query('EXPLAIN SELECT count(*) FROM leads_raw');
    expect(plan.length).toBeGreaterThan(0);
    const [raw] = await lp.warehouse.query(
      'SELECT count(DISTINCT file_name)::INTEGER AS files FROM leads_raw WHERE file_name = $f',
      { f: 'small.csv' },
    );
    expect(raw?.files).toBe(1);
    const history = await lp.warehouse.query(
      `SELECT status, count(*)::INTEGER AS n FROM load_history GROUP BY ALL ORDER BY ALL`,
    );
    expect(history.reduce((sum, r) => sum + Number(r.n), 0)).toBe(2);
    const [errors] = await lp.warehouse.query(
      'SELECT count(*)::INTEGER AS n FROM load_errors WHERE file_name = $f',
      { f: 'small.csv' },
    );
    expect(errors?.n).toBeGreaterThanOrEqual(0);
    expect(await lp.warehouse.query('FROM leads_final SELECT count(*)::INTEGER AS n WHERE false')).toEqual([
      { n: 0 },
    ]);
  });

  it('still reads the staged files the loader reads (the only files a query can open)', async () => {
    const staged = path.join(home, 'stage');
    const rows = await lp.warehouse.query(`SELECT count(*)::INTEGER AS n FROM glob($dir || '/*')`, {
      dir: staged,
    });
    expect(rows).toHaveLength(1);
  });
});
