/** Paths and loaders shared by the scoring tests (the real dataset is read in place, never copied). */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import type { Lead, LeadSchema } from './model/lead.ts';
import { readLeadSchema } from './model/lead.ts';
import { readLeadsCsv } from './load-leads-csv.ts';
import type { LeadModel } from './model/model.ts';

/** Root of the repository. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
/** The real lead data, outside the repo. */
export const leadsCsvPath = path.resolve(repoRoot, '../shared/data/leads.csv');
/** The declared lead schema. */
export const schemaPath = path.join(repoRoot, 'packages/pipeline/schema/leads.schema.json');
/** The shipped default model. */
export const defaultModelPath = path.join(repoRoot, 'packages/pipeline/models/default-model.json');
/** The shipped default rules. */
export const defaultRulesPath = path.join(repoRoot, 'packages/pipeline/models/rules.default.json');

let cache: { schema: LeadSchema; leads: Lead[] } | undefined;

/** The schema and all 9,240 typed leads (read once per test file). */
export function realLeads(): { schema: LeadSchema; leads: Lead[] } {
  if (!cache) {
    const schema = readLeadSchema(schemaPath);
    cache = { schema, leads: readLeadsCsv(leadsCsvPath, schema) };
  }
  return cache;
}

/** The shipped default model. */
export function defaultModel(): LeadModel {
  return JSON.parse(readFileSync(defaultModelPath, 'utf8')) as LeadModel;
}
