/**
 * A running leadpipe: configuration, declared schema, stage and warehouse, opened together.
 */
import type { Config } from '../config/config.ts';
import type { LeadSchema } from '../formats/lead-schema.ts';
import { openStage } from '../stage/open-stage.ts';
import type { Stage } from '../stage/stage.ts';
import { openWarehouse } from '../warehouse/open-warehouse.ts';
import type { HomeSettings, Warehouse } from '../warehouse/warehouse.ts';
import { resolveHomeOrThrow, schemaOfOrThrow } from './home.ts';

/** Everything a pipeline step needs. */
export interface Leadpipe {
  /** The configuration with the home's settings resolved in (key, null tokens, schema file). */
  config: Config;
  /** The home's effective settings (stored by `leadpipe init`, or today's defaults when none were). */
  home: HomeSettings;
  /** Whether the home has stored settings. */
  homeStored: boolean;
  schema: LeadSchema;
  stage: Stage;
  warehouse: Warehouse;
  close(): Promise<void>;
}

/**
 * Opens the stage and the warehouse of `config`, resolves the home's settings (explicit configuration >
 * settings stored by `leadpipe init` > defaults; an explicit key that contradicts the stored one fails
 * with `E_KEY_CHANGED`) and creates the warehouse objects if missing.
 *
 * @example
 * const lp = await openLeadpipe(loadConfigOrThrow());
 * try { await runPipeline(lp, ['leads.csv']); } finally { await lp.close(); }
 */
export async function openLeadpipe(given: Config): Promise<Leadpipe> {
  const warehouse = await openWarehouse(given);
  try {
    const { config, settings, stored } = resolveHomeOrThrow(given, await warehouse.homeSettings());
    const schema = schemaOfOrThrow(settings);
    const stage = await openStage(config);
    await warehouse.init(schema, config.key);
    return {
      config,
      home: settings,
      homeStored: stored,
      schema,
      stage,
      warehouse,
      close: () => warehouse.close(),
    };
  } catch (err) {
    await warehouse.close();
    throw err;
  }
}
