import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeWarehouseContract } from '../../../test/warehouse-contract.ts';
import { tempDir } from '../../../test/helpers.ts';
import { DuckDbWarehouse } from './duckdb-warehouse.ts';

describeWarehouseContract('DuckDbWarehouse', async () => {
  const { dir, cleanup } = await tempDir('leadpipe-duckdb-contract-');
  const warehouse = await DuckDbWarehouse.open(path.join(dir, 'leadpipe.duckdb'), { memoryLimit: '256MB' });
  return { warehouse, cleanup };
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
