/** Paths and loaders shared by the scoring tests (the real dataset is read in place, never copied). */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { loadConfigOrThrow } from '../src/config/config.ts';
import type { LeadSchema } from '../src/formats/lead-schema.ts';
import { loadLeadSchemaOrThrow } from '../src/formats/lead-schema.ts';
import { leadsFromFile } from '../src/pipeline/score.ts';
import type { Lead } from '../src/scoring/model/lead.ts';
import type { LeadModel } from '../src/scoring/model/model.ts';
import { declaredLeads } from '../src/scoring/train/declared-leads.ts';

/** Root of the repository. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** The real lead data, outside the repo. */
export const leadsCsvPath = path.resolve(repoRoot, '../shared/data/leads.csv');
/** The declared lead schema. */
export const schemaPath = path.join(repoRoot, 'packages/pipeline/schema/leads.schema.json');
/** The shipped default model. */
export const defaultModelPath = path.join(repoRoot, 'packages/pipeline/models/default-model.json');
/** The shipped default rules. */
export const defaultRulesPath = path.join(repoRoot, 'packages/pipeline/models/rules.default.json');

let cache: Promise<{ schema: LeadSchema; leads: Lead[] }> | undefined;

async function load(): Promise<{ schema: LeadSchema; leads: Lead[] }> {
  const schema = loadLeadSchemaOrThrow(schemaPath);
  // The default configuration (no environment; the schema folder holds no leadpipe.config.json): the null
  // tokens the shipped model was trained with.
  const config = loadConfigOrThrow({ env: {}, cwd: path.join(repoRoot, 'packages/pipeline/schema') });
  const { leads } = await leadsFromFile(config, schema, leadsCsvPath);
  return { schema, leads: declaredLeads(schema, leads) };
}

/** The schema and all 9,240 typed leads, read through formats/ (once per test file). */
export function realLeads(): Promise<{ schema: LeadSchema; leads: Lead[] }> {
  cache ??= load();
  return cache;
}

/** The shipped default model. */
export function defaultModel(): LeadModel {
  return JSON.parse(readFileSync(defaultModelPath, 'utf8')) as LeadModel;
}

/** The second real dataset (online shoppers, `;`-separated, no id column, label `Revenue`). */
export const shoppersCsvPath = path.resolve(repoRoot, '../shared/data/shoppers.csv');

/**
 * The shoppers leads and columns as `leadpipe train --data` reads them (through formats/, typed by
 * inference; the bundled schema declares none of its columns).
 */
export async function shoppersLeads(): Promise<Awaited<ReturnType<typeof leadsFromFile>>> {
  const config = loadConfigOrThrow({ env: {}, cwd: path.join(repoRoot, 'packages/pipeline/schema') });
  return leadsFromFile(config, loadLeadSchemaOrThrow(schemaPath), shoppersCsvPath);
}
