import { existsSync } from 'node:fs';
import { copyFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { describeWarehouseContract } from '../../../test/warehouse-contract.ts';
import { makeLeads, tempDir, testConfig } from '../../../test/helpers.ts';
import { openLeadpipe } from '../../pipeline/context.ts';
import { loadFiles } from '../../pipeline/pipe.ts';
import { putFile } from '../../pipeline/put.ts';
import { runPipeline } from '../../pipeline/run.ts';
import { activateModel, readModelOrThrow, scoreOne } from '../../pipeline/score.ts';
import { typeLeadOrThrow } from '../../api/model-store.ts';
import { DUCKDB_CAPABILITIES, DuckDbWarehouse } from './duckdb-warehouse.ts';

describeWarehouseContract('DuckDbWarehouse', async () => {
  const { dir, cleanup } = await tempDir('leadpipe-duckdb-contract-');
  // The contract's stage is a temporary folder of its own: DuckDB may read files only where it is told.
  const warehouse = await DuckDbWarehouse.open(path.join(dir, 'leadpipe.duckdb'), {
    memoryLimit: '256MB',
    fileDirectories: [os.tmpdir()],
  });
  return { warehouse, cleanup };
});

describe('DuckDB capabilities', () => {
  it('has no native change capture, JSON documents and the duckdb SQL dialect (shared code reads these, not the name)', () => {
    expect([
      DUCKDB_CAPABILITIES.nativeChangeCapture,
      DUCKDB_CAPABILITIES.documentType,
      DUCKDB_CAPABILITIES.sqlDialect,
    ]).toEqual([false, 'JSON', 'duckdb']);
  });
});

describe('DuckDbWarehouse.open', () => {
  it('creates a new file atomically: a half-written leftover of a killed creation does not block the next open', async () => {
    const { dir, cleanup } = await tempDir('leadpipe-duckdb-create-');
    try {
      const file = path.join(dir, 'leadpipe.duckdb');
      // What a SIGKILL during DuckDB's first write leaves behind: a temporary file with a torn header.
      await writeFile(`${file}.creating`, Buffer.alloc(4096, 7));
      const wh = await DuckDbWarehouse.open(file);
      expect(await wh.query('SELECT 42 AS n')).toEqual([{ n: 42 }]);
      await wh.close();
      expect(existsSync(`${file}.creating`)).toBe(false);
      const again = await DuckDbWarehouse.open(file);
      await again.close();
    } finally {
      await cleanup();
    }
  });
});

describe('row hashes', () => {
  it('made by an older build or DuckDB are recomputed when the warehouse opens: unchanged leads stay unchanged', async () => {
    const { dir, cleanup } = await tempDir('leadpipe-rehash-');
    try {
      const home = path.join(dir, 'home');
      const { file } = await makeLeads(path.join(dir, 'leads.csv'), ['--rows', '3000', '--seed', '5']);
      const first = await openLeadpipe(testConfig(home));
      expect((await runPipeline(first, [file])).task).toMatchObject({ inserted: 3000 });
      const hashes = await first.warehouse.query('SELECT prospect_id, row_hash FROM leads_final ORDER BY 1');
      await first.close();

      // What a warehouse written by an older leadpipe (md5 hashes) or another DuckDB version looks like.
      const db = await DuckDBInstance.create(path.join(home, 'leadpipe.duckdb'));
      const conn = await db.connect();
      await conn.run(`UPDATE leads_final SET row_hash = md5(prospect_id)`);
      await conn.run(`UPDATE leadpipe_meta SET value = 'md5' WHERE key = 'row_hash'`);
      conn.closeSync();
      db.closeSync();

      const again = await openLeadpipe(testConfig(home));
      try {
        expect(
          await again.warehouse.query('SELECT prospect_id, row_hash FROM leads_final ORDER BY 1'),
        ).toEqual(hashes);
        const meta = await again.warehouse.query(`SELECT value FROM leadpipe_meta WHERE key = 'row_hash'`);
        expect(String(meta[0]?.value)).toMatch(/^md5-canonical-v1 duckdb v\d/);
        // The same leads under another name: a new file, nothing to change.
        const copy = path.join(dir, 'again.csv');
        await copyFile(file, copy);
        const rerun = await runPipeline(again, [copy]);
        expect(rerun.files[0]).toMatchObject({ status: 'LOADED', rowsLoaded: 3000 });
        expect(rerun.task).toMatchObject({ inserted: 0, updated: 0, unchanged: 3000 });
      } finally {
        await again.close();
      }
    } finally {
      await cleanup();
    }
  });
});

describe('the task over rows loaded by an older build', () => {
  it('keeps one row per key when a one-line JSON array gave its elements one raw_id', async () => {
    const { dir, cleanup } = await tempDir('leadpipe-shared-raw-id-');
    try {
      const home = path.join(dir, 'home');
      const file = path.join(dir, 'one-line.json');
      const ids = ['a', 'b', 'a', 'c', 'a'];
      await writeFile(
        file,
        JSON.stringify(ids.map((id, i) => ({ 'Prospect ID': id, 'Lead Source': `s${i}` }))),
      );
      const first = await openLeadpipe(testConfig(home));
      const put = await putFile(first, file);
      if (!put.ok) throw new Error(put.error);
      await loadFiles(first, [put.file]);
      await first.close();

      // Loaded but not merged yet when leadpipe was upgraded: raw_id was base + source line, line 1 for all.
      const db = await DuckDBInstance.create(path.join(home, 'leadpipe.duckdb'));
      const conn = await db.connect();
      await conn.run(`UPDATE leads_raw_rows SET raw_id = (SELECT min(raw_id) FROM leads_raw_rows)`);
      conn.closeSync();
      db.closeSync();

      const again = await openLeadpipe(testConfig(home));
      try {
        const task = await again.warehouse.runTask({ suspendAfterFailures: 3 });
        expect(task).toMatchObject({ state: 'SUCCEEDED', inserted: 3, rowsConsumed: 5 });
        const rows = await again.warehouse.query('SELECT prospect_id FROM leads_final ORDER BY 1');
        expect(rows).toEqual([{ prospect_id: 'a' }, { prospect_id: 'b' }, { prospect_id: 'c' }]);
      } finally {
        await again.close();
      }
    } finally {
      await cleanup();
    }
  });
});

describe('the per-lead scoring function leadpipe_score(lead)', () => {
  it('is created when a model is activated, replaced by the next one, kept in the file, callable from read-only SQL', async () => {
    const { dir, cleanup } = await tempDir('leadpipe-lead-function-');
    try {
      const lead = { lead_origin: 'Lead Add Form', total_visits: '4', do_not_email: 'No', city: 'Select' };
      const sql = `SELECT leadpipe_score('${JSON.stringify(lead)}') AS s`;
      const first = await openLeadpipe(testConfig(dir));
      try {
        // Nothing active yet: no function.
        await expect(first.warehouse.query(sql)).rejects.toThrow(/leadpipe_score/);
        const model = readModelOrThrow('default', first.schema);
        await activateModel(first, model);
        const typed = typeLeadOrThrow(first.schema, first.config.nullTokens, lead);
        const [row] = await first.warehouse.query(sql);
        expect(row?.s).toMatchObject({
          model_version: model.version,
          probability: scoreOne(model, typed).probability,
          score: scoreOne(model, typed).score,
        });
        const rules = readModelOrThrow('rules', first.schema);
        await activateModel(first, rules);
        expect((await first.warehouse.query(sql))[0]?.s).toMatchObject({
          model_version: rules.version,
          probability: null,
          score: scoreOne(rules, typed).score,
        });
      } finally {
        await first.close();
      }
      const again = await openLeadpipe(testConfig(dir));
      try {
        expect((await again.warehouse.query(sql))[0]?.s).toMatchObject({
          model_version: expect.stringMatching(/rules/),
        });
      } finally {
        await again.close();
      }
    } finally {
      await cleanup();
    }
  });
});
