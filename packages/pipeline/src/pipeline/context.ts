/**
 * A running leadpipe: configuration, declared schema, stage and warehouse, opened together.
 */
import type { Config } from '../config/config.ts';
import type { LeadSchema } from '../formats/lead-schema.ts';
import { loadLeadSchemaOrThrow } from '../formats/lead-schema.ts';
import { openStage } from '../stage/open-stage.ts';
import type { Stage } from '../stage/stage.ts';
import { openWarehouse } from '../warehouse/open-warehouse.ts';
import type { Warehouse } from '../warehouse/warehouse.ts';

/** Everything a pipeline step needs. */
export interface Leadpipe {
  config: Config;
  schema: LeadSchema;
  stage: Stage;
  warehouse: Warehouse;
  close(): Promise<void>;
}

/**
 * Opens the stage and the warehouse of `config` and creates the warehouse objects if missing.
 *
 * @example
 * const lp = await openLeadpipe(loadConfigOrThrow());
 * try { await runPipeline(lp, ['leads.csv']); } finally { await lp.close(); }
 */
export async function openLeadpipe(config: Config): Promise<Leadpipe> {
  const schema = loadLeadSchemaOrThrow(config.schemaFile);
  const stage = await openStage(config);
  const warehouse = await openWarehouse(config);
  try {
    await warehouse.init(schema, config.key);
  } catch (err) {
    await warehouse.close();
    throw err;
  }
  return { config, schema, stage, warehouse, close: () => warehouse.close() };
}
