import path from 'node:path';
import { describeWarehouseContract } from '../../../test/warehouse-contract.ts';
import { tempDir } from '../../../test/helpers.ts';
import { DuckDbWarehouse } from './duckdb-warehouse.ts';

describeWarehouseContract('DuckDbWarehouse', async () => {
  const { dir, cleanup } = await tempDir('leadpipe-duckdb-contract-');
  const warehouse = await DuckDbWarehouse.open(path.join(dir, 'leadpipe.duckdb'), { memoryLimit: '256MB' });
  return { warehouse, cleanup };
});
