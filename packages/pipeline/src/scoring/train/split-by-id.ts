/** The deterministic TRAIN/TEST split of `shared/data/SPLIT.md`. */
import { createHash } from 'node:crypto';
import type { Lead } from '../model/lead.ts';

/**
 * Which part a prospect id belongs to: TEST when the first 8 hex digits of md5(id) mod 10 are below 3
 * (about 30%), TRAIN otherwise. The id is hashed exactly as given (no trim, no case change).
 *
 * @example
 * splitById('0cc2df48-7cf4-4e39-9de9-19797f9b38cc'); // 'test'
 */
export function splitById(prospectId: string): 'train' | 'test' {
  const h = createHash('md5').update(prospectId, 'utf8').digest('hex');
  return parseInt(h.slice(0, 8), 16) % 10 < 3 ? 'test' : 'train';
}

/** Splits leads by {@link splitById} on a key column (default `prospect_id`). */
export function splitLeads(leads: readonly Lead[], key = 'prospect_id'): { train: Lead[]; test: Lead[] } {
  const train: Lead[] = [];
  const test: Lead[] = [];
  for (const lead of leads) (splitById(String(lead[key])) === 'test' ? test : train).push(lead);
  return { train, test };
}
