/**
 * The second real dataset, `../shared/data/shoppers.csv` (online shoppers' sessions: `;`-separated, no id
 * column, label `Revenue`), typed by a schema written here and formats/' value rules, for tests that need
 * leads of a schema other than X Education's. Each row's key `row` is its 1-based row number.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ColumnType, LeadSchema } from '../src/formats/lead-schema.ts';
import { textToJson } from '../src/formats/values.ts';
import type { Lead, LeadValue } from '../src/scoring/model/lead.ts';
import type { GbtModel } from '../src/scoring/model/model.ts';
import { trainModel } from '../src/scoring/train/train.ts';
import { repoRoot } from './scoring-data.ts';

/** The shoppers file, outside the repo. */
export const shoppersCsvPath = path.resolve(repoRoot, '../shared/data/shoppers.csv');

/** The shoppers columns' types (snake_case names, as the file's headers become). */
export const SHOPPERS_TYPES: Record<string, ColumnType> = {
  administrative: 'integer',
  administrative_duration: 'double',
  informational: 'integer',
  informational_duration: 'double',
  product_related: 'integer',
  product_related_duration: 'double',
  bounce_rates: 'double',
  exit_rates: 'double',
  page_values: 'double',
  special_day: 'double',
  month: 'string',
  operating_systems: 'integer',
  browser: 'integer',
  region: 'integer',
  traffic_type: 'integer',
  visitor_type: 'string',
  weekend: 'boolean',
  revenue: 'boolean',
};

/** `ProductRelated_Duration` -> `product_related_duration`. */
function snake(header: string): string {
  return header
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase();
}

/**
 * The shoppers' schema (key `row`) and all 12,330 rows as typed leads.
 *
 * @example
 * const { schema, leads } = shoppersLeads(); // leads[0]: { row: '1', administrative: 0, ..., revenue: false }
 */
export function shoppersLeads(): { schema: LeadSchema; leads: Lead[] } {
  const lines = readFileSync(shoppersCsvPath, 'utf8').split(/\r?\n/).filter(Boolean);
  const names = (lines[0] ?? '').split(';').map(snake);
  for (const n of names) if (!SHOPPERS_TYPES[n]) throw new Error(`shoppers.csv: unexpected column ${n}`);
  const schema: LeadSchema = {
    name: 'shoppers',
    key: 'row',
    columns: [
      { name: 'row', type: 'string', nullable: false },
      ...names.map((name) => ({ name, type: SHOPPERS_TYPES[name] as ColumnType, nullable: true })),
    ],
  };
  const leads = lines.slice(1).map((line, i) => {
    const lead: Lead = { row: String(i + 1) };
    line.split(';').forEach((text, k) => {
      const name = names[k] as string;
      const json = textToJson(SHOPPERS_TYPES[name] as ColumnType, text.trim());
      if (json === undefined) throw new Error(`shoppers.csv row ${i + 1}: ${name} = ${text}`);
      lead[name] = JSON.parse(json) as LeadValue;
    });
    return lead;
  });
  return { schema, leads };
}

/**
 * A tree model trained on `data` (from {@link shoppersLeads}) with the integer codes region, traffic type
 * and browser as categories, so its trees split on level sets as well as numbers; 2 folds, seed 7.
 */
export function shoppersTreeModel(
  data: { schema: LeadSchema; leads: readonly Lead[] },
  rounds: number,
): GbtModel {
  const model = trainModel(data.leads, {
    schema: data.schema,
    key: null,
    featureFile: { include: [], exclude: [], categorical: ['region', 'traffic_type', 'browser'] },
    label: 'revenue',
    kinds: ['gbt'],
    gbt: { rounds },
    folds: 2,
    seed: 7,
  });
  if (model.kind !== 'gbt') throw new Error('trained a tree model');
  return model;
}
