/**
 * A home loaded with `../shared/data/shoppers.csv` (online shoppers: `;`-separated, no id column, label
 * `Revenue`), a dataset leadpipe was not written for, with a model trained on it: the "any lead data"
 * scenario of the API tests and the dashboard's end-to-end tests.
 *
 * Until homes derive a key themselves, a temporary copy gets a row-number `visit_id` column (the dataset is
 * never committed or changed), and a declared schema names the columns' types.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { LeadSchema } from '../src/formats/lead-schema.ts';
import { openLeadpipe } from '../src/pipeline/context.ts';
import type { Leadpipe } from '../src/pipeline/context.ts';
import { runPipeline } from '../src/pipeline/run.ts';
import { activateModel, leadsFromFile } from '../src/pipeline/score.ts';
import type { LeadModel } from '../src/scoring/model/model.ts';
import { trainModel } from '../src/scoring/train/train.ts';
import { SHARED, tempDir, testConfig } from './helpers.ts';
import { SHOPPERS_TYPES } from './shoppers-data.ts';

/** The shared shoppers dataset (12,330 rows). */
export const SHOPPERS = path.join(SHARED, 'data/shoppers.csv');

/** Rows of the shoppers dataset. */
export const SHOPPERS_ROWS = 12_330;

const TYPES: Record<string, LeadSchema['columns'][number]['type']> = {
  visit_id: 'integer',
  ...SHOPPERS_TYPES,
};

/** The declared schema of the shoppers copy (key `visit_id`). */
export const SHOPPERS_SCHEMA: LeadSchema = {
  name: 'shoppers',
  key: 'visit_id',
  columns: Object.entries(TYPES).map(([name, type]) => ({ name, type, nullable: name !== 'visit_id' })),
};

/** Writes the shoppers copy with a `visit_id` row number and its schema into `dir`. */
export async function shoppersFiles(dir: string): Promise<{ csv: string; schema: string }> {
  const lines = (await readFile(SHOPPERS, 'utf8')).split(/\r?\n/).filter((l) => l !== '');
  const csv = path.join(dir, 'shoppers.csv');
  await writeFile(csv, lines.map((l, i) => `${i === 0 ? 'visit_id' : String(i)};${l}`).join('\n') + '\n');
  const schema = path.join(dir, 'shoppers.schema.json');
  await writeFile(schema, JSON.stringify(SHOPPERS_SCHEMA));
  return { csv, schema };
}

/** Trains a model on the shoppers leads (label `revenue`), quickly: the tests need a model, not the best. */
export async function trainShoppersModel(lp: Leadpipe, csv: string): Promise<LeadModel> {
  const { leads } = await leadsFromFile(lp.config, lp.schema, csv);
  // The trainer chooses the features from the data (the key and the label are never features).
  return trainModel(leads, {
    schema: SHOPPERS_SCHEMA,
    key: 'visit_id',
    label: 'revenue',
    folds: 3,
    kinds: ['gbt'],
    gbt: { rounds: 60 },
    source: 'shoppers.csv',
    description: 'test model on the online shoppers dataset',
  });
}

/**
 * A temporary home keyed by `visit_id`, with a shoppers model trained and active and the shoppers rows
 * loaded and scored. `flags` are added to the configuration (the API's settings, say).
 */
export async function shoppersHome(
  flags: Record<string, unknown> = {},
): Promise<{ lp: Leadpipe; home: string; model: LeadModel; cleanup: () => Promise<void> }> {
  const { dir, cleanup } = await tempDir('leadpipe-shoppers-');
  const files = await shoppersFiles(dir);
  const lp = await openLeadpipe(testConfig(dir, { key: 'visit_id', schemaFile: files.schema, ...flags }));
  try {
    const model = await trainShoppersModel(lp, files.csv);
    await activateModel(lp, model);
    const summary = await runPipeline(lp, [files.csv]);
    if (summary.task.state !== 'SUCCEEDED' || summary.totals.rowsLoaded !== SHOPPERS_ROWS)
      throw new Error(
        `loading shoppers.csv failed: ${JSON.stringify(summary.task)} ${JSON.stringify(summary.totals)}`,
      );
    return {
      lp,
      home: dir,
      model,
      cleanup: async () => {
        await lp.close().catch(() => undefined);
        await cleanup();
      },
    };
  } catch (err) {
    await lp.close().catch(() => undefined);
    await cleanup();
    throw err;
  }
}
