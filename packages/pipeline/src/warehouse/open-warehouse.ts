/**
 * The one place that chooses the warehouse engine from the configuration.
 */
import path from 'node:path';
import type { Config } from '../config/config.ts';
import { scratchDir } from '../stage/scratch-dir.ts';
import type { Warehouse } from './warehouse.ts';

/** Path of the DuckDB file inside the data home. */
export function duckdbFile(config: Config): string {
  return path.join(config.home, 'leadpipe.duckdb');
}

/** Opens the configured warehouse. The Snowflake adapter is loaded lazily (its SDK is large). */
export async function openWarehouse(config: Config): Promise<Warehouse> {
  switch (config.warehouse) {
    case 'duckdb': {
      const { DuckDbWarehouse } = await import('./duckdb/duckdb-warehouse.ts');
      // DuckDB reads files only where the loader finds them: the local stage and the scratch folder of
      // local copies (S3-staged files, `query --raw`). See duckdb-connection.ts and SECURITY.md.
      return DuckDbWarehouse.open(duckdbFile(config), {
        memoryLimit: config.duckdbMemoryLimit,
        fileDirectories: [path.join(config.home, 'stage'), scratchDir()],
      });
    }
    case 'snowflake':
      return (await import('./snowflake/snowflake-warehouse.ts')).SnowflakeWarehouse.open(config);
  }
}
