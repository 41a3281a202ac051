/**
 * Training leads in the declared shape: every declared column present, nothing else. The shipped default
 * model records a checksum of exactly this shape (model card `training.checksum`).
 */
import type { LeadSchema } from '../../formats/lead-schema.ts';
import type { Lead } from '../model/lead.ts';

/**
 * Each lead with exactly the schema's declared columns, in declared order: a declared column the lead
 * lacks (formats/ leaves out null cells) becomes `null`, a column the schema does not declare is dropped.
 * Values are kept as they are. Training results do not depend on it; the training checksum does (it hashes
 * every key, including the null ones).
 *
 * @example
 * const leads = declaredLeads(schema, (await leadsFromFile(config, schema, file)).leads);
 */
export function declaredLeads(schema: LeadSchema, leads: readonly Lead[]): Lead[] {
  const names = schema.columns.map((c) => c.name);
  return leads.map((l) => {
    const out: Lead = {};
    for (const name of names) out[name] = l[name] ?? null;
    return out;
  });
}
