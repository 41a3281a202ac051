/**
 * The one place that chooses the warehouse engine from the configuration.
 */
import path from 'node:path';
import type { Config } from '../config/config.ts';
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
      return DuckDbWarehouse.open(duckdbFile(config), { memoryLimit: config.duckdbMemoryLimit });
    }
    case 'snowflake':
      return (await import('./snowflake/snowflake-warehouse.ts')).SnowflakeWarehouse.open(config);
  }
}
