/**
 * A warehouse written by leadpipe 0.1.0 (leads_raw a table of JSON documents), rebuilt from the SQL and data
 * that release wrote (test/fixtures/warehouse-0.1.0), opened by this one.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REPO_ROOT, count, tempDir, testConfig } from '../../../test/helpers.ts';
import { openLeadpipe } from '../../pipeline/context.ts';
import { runPipeline } from '../../pipeline/run.ts';
import { duckdbFile } from '../open-warehouse.ts';
import type { ColumnType } from '../../formats/lead-schema.ts';
import { ROW_HASH_ALGORITHM, rowHash } from '../row-hash.ts';
import { OLD_RAW_TABLE, REASONS_COLUMN_TYPE_SQL } from './duckdb-migrate.ts';
import { reasonsJsonSql } from './duckdb-ddl.ts';
import { apiValue } from '../../api/lead-table.ts';

const FIXTURE = path.join(REPO_ROOT, 'packages/pipeline/test/fixtures/warehouse-0.1.0');
const SAMPLE = path.join(REPO_ROOT, 'packages/pipeline/sample/leads-sample.csv');

/** Writes the 0.1.0 warehouse into `home` from its exported schema and data; `sql` runs after the load. */
async function oldWarehouse(home: string, sql: string[] = []): Promise<void> {
  const file = duckdbFile(testConfig(home));
  const db = await DuckDBInstance.create(file);
  const conn = await db.connect();
  const statements = async (name: string): Promise<string[]> =>
    (await readFile(path.join(FIXTURE, name), 'utf8'))
      .split(/;\s*\n/)
      .map((s) => s.replace(/;+\s*$/, '').trim())
      .filter(Boolean);
  for (const s of await statements('schema.sql')) await conn.run(s);
  for (const s of await statements('load.sql'))
    await conn.run(s.replace("FROM 'packages/pipeline/test/fixtures/warehouse-0.1.0/", `FROM '${FIXTURE}/`));
  for (const s of sql) await conn.run(s);
  conn.closeSync();
  db.closeSync();
}

/** The header and the given leads (1-based) of the bundled sample, as a CSV text. */
async function sampleLines(from: number, to: number, edit = (l: string) => l): Promise<string> {
  const lines = (await readFile(SAMPLE, 'utf8')).split(/(?<=\n)/);
  return (
    lines[0]! +
    lines
      .slice(from, to + 1)
      .map(edit)
      .join('')
  );
}

describe('a warehouse written by leadpipe 0.1.0', () => {
  let work: Awaited<ReturnType<typeof tempDir>>;
  beforeEach(async () => {
    work = await tempDir('leadpipe-migrate-');
  });
  afterEach(() => work.cleanup());

  it('opens migrated: its leads and history kept, the old documents kept aside, new loads merge', async () => {
    await oldWarehouse(work.dir);
    const before = await (async () => {
      const db = await DuckDBInstance.create(duckdbFile(testConfig(work.dir)));
      const conn = await db.connect();
      const rows = (
        await conn.runAndReadAll(
          `SELECT prospect_id, CAST(reasons AS VARCHAR) AS r FROM leads_final ORDER BY 1`,
        )
      ).getRowObjectsJson();
      conn.closeSync();
      db.closeSync();
      return rows.map((x) => [x.prospect_id, JSON.parse(String(x.r)) as unknown]);
    })();
    const lp = await openLeadpipe(testConfig(work.dir));
    try {
      expect(await count(lp, 'SELECT count(*) FROM leads_final')).toBe(3);
      // Reasons stored as JSON text (label and text included, as 0.1.0 wrote them) are typed now, unchanged.
      const [type] = await lp.warehouse.query(REASONS_COLUMN_TYPE_SQL);
      expect(String(type?.data_type)).toMatch(/^STRUCT\(positive STRUCT\(log_odds DOUBLE/);
      const after = await lp.warehouse.query(
        `SELECT prospect_id, ${reasonsJsonSql('reasons')} AS r FROM leads_final ORDER BY 1`,
      );
      expect(before.length).toBe(3);
      expect(after.map((x) => [x.prospect_id, JSON.parse(String(x.r)) as unknown])).toEqual(before);
      expect(JSON.stringify(before)).toContain('"label":');
      const stored = await lp.warehouse.query(`SELECT reasons FROM leads_final ORDER BY prospect_id`);
      expect(stored.map((x) => apiValue(x.reasons, 'json'))).toEqual(before.map(([, r]) => r));
      expect(await count(lp, `SELECT count(*) FROM ${OLD_RAW_TABLE}`)).toBe(3);
      expect(await count(lp, 'SELECT count(*) FROM leads_raw')).toBe(0);
      expect(await lp.warehouse.streamStatus()).toMatchObject({ offset: 0, pendingRows: 0 });
      const history = await lp.warehouse.loadHistory();
      expect(history.map((h) => [h.fileName, h.status])).toEqual([['old3.csv', 'LOADED']]);
      expect(
        await lp.warehouse.query(`SELECT value FROM leadpipe_meta WHERE key = 'migrated_from_layout'`),
      ).toEqual([{ value: 'leads_raw documents (0.1.0)' }]);
      // The row hashes 0.1.0 stored (md5 of its own text) are recomputed with today's definition.
      const [meta] = await lp.warehouse.query(`SELECT value FROM leadpipe_meta WHERE key = 'row_hash'`);
      expect(String(meta?.value)).toMatch(new RegExp(`^${ROW_HASH_ALGORITHM} duckdb v`));
      const columns = (
        await lp.warehouse.query(
          `SELECT column_name, type FROM leadpipe_columns WHERE table_name = 'leads_final'`,
        )
      ).map((r) => ({ name: String(r.column_name), type: String(r.type) as ColumnType }));
      const finals = await lp.warehouse.query('SELECT * FROM leads_final ORDER BY prospect_id');
      expect(finals.map((r) => r.row_hash)).toEqual(finals.map((r) => rowHash(r, columns)));

      // The next file: two new leads and the first old one with a changed value.
      const next = path.join(work.dir, 'next.csv');
      const text = await sampleLines(1, 5);
      const lines = text.split(/(?<=\n)/);
      const header = lines[0]!.trimEnd().split(',');
      const visits = header.indexOf('TotalVisits');
      expect(visits).toBeGreaterThan(0);
      const changed = lines[1]!.trimEnd().split(',');
      changed[visits] = '977';
      // Leads 2 and 3 again, as they were: the hashes 0.1.0 stored were recomputed, so they are unchanged.
      await writeFile(next, [lines[0], changed.join(',') + '\n', ...lines.slice(2)].join(''));
      const summary = await runPipeline(lp, [next]);
      expect(summary.files[0]).toMatchObject({ status: 'LOADED', rowsLoaded: 5 });
      expect(summary.task).toMatchObject({ state: 'SUCCEEDED', inserted: 2, updated: 1, unchanged: 2 });
      expect(await count(lp, 'SELECT count(*) FROM leads_final')).toBe(5);
      expect(await count(lp, 'SELECT max(total_visits) FROM leads_final')).toBe(977);
      expect(await count(lp, 'SELECT count(*) FROM leads_final WHERE score IS NULL')).toBe(0);
    } finally {
      await lp.close();
    }
    // Opening it again changes nothing more.
    const again = await openLeadpipe(testConfig(work.dir));
    try {
      expect(await count(again, 'SELECT count(*) FROM leads_final')).toBe(5);
      expect(await count(again, `SELECT count(*) FROM ${OLD_RAW_TABLE}`)).toBe(3);
    } finally {
      await again.close();
    }
  }, 120_000);

  it('is refused, unchanged, while old raw rows are not merged yet', async () => {
    await oldWarehouse(work.dir, [`UPDATE leadpipe_streams SET "offset" = 2`]);
    await expect(openLeadpipe(testConfig(work.dir))).rejects.toMatchObject({
      code: 'E_OLD_LAYOUT',
      message: expect.stringMatching(
        /2 of its raw rows are not merged yet: run `leadpipe task run` with that version first/,
      ),
    });
    const db = await DuckDBInstance.create(duckdbFile(testConfig(work.dir)));
    const conn = await db.connect();
    const tables = (
      await conn.runAndReadAll(`SELECT table_name FROM duckdb_tables() WHERE table_name LIKE 'leads_raw%'`)
    )
      .getRowObjectsJson()
      .map((r) => r.table_name);
    conn.closeSync();
    db.closeSync();
    expect(tables).toEqual(['leads_raw']);
  }, 60_000);
});
