/**
 * The columns every engine adds to leads_final after the lead columns, with their logical types: what the
 * API's column whitelist and the export's filters both know of them.
 */
import type { ColumnType } from '../formats/lead-schema.ts';

/** Score columns of leads_final (written by scoring); absent until scoring is installed, then picked up. */
export const SCORE_COLUMNS: readonly { name: string; type: ColumnType }[] = [
  { name: 'probability', type: 'double' },
  { name: 'score', type: 'integer' },
  { name: 'grade', type: 'string' },
  { name: 'reasons', type: 'json' },
  { name: 'model_version', type: 'string' },
  { name: 'scored_at', type: 'timestamp' },
];

/** Bookkeeping columns every engine adds to leads_final after the lead columns. */
export const META_COLUMNS: readonly { name: string; type: ColumnType }[] = [
  { name: 'row_hash', type: 'string' },
  { name: 'source_file', type: 'string' },
  { name: 'first_seen_at', type: 'timestamp' },
  { name: 'updated_at', type: 'timestamp' },
];
