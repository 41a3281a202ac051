/**
 * The shape of a lead as the scoring code sees it, and of the declared schema it is typed by.
 */
import { readFileSync } from 'node:fs';

/** One typed cell: `null` for missing, booleans from Yes/No and 0/1, numbers for integer/double. */
export type LeadValue = string | number | boolean | null;

/** A cleaned lead: snake_case column name -> typed value, exactly as declared in `leads.schema.json`. */
export type Lead = Record<string, LeadValue>;

/** Declared column types of the lead schema. */
export type ColumnType = 'string' | 'integer' | 'double' | 'boolean';

/** One declared column of the lead schema. */
export interface LeadColumn {
  /** snake_case name used in leads and warehouse tables. */
  name: string;
  /** Header in the source file, e.g. `Lead Origin`; used for readable reasons. */
  source?: string;
  type: ColumnType;
  nullable?: boolean;
  description?: string;
}

/** The declared lead schema (`packages/pipeline/schema/leads.schema.json`). */
export interface LeadSchema {
  name?: string;
  key?: string;
  columns: LeadColumn[];
}

/** Reads a schema JSON file such as `packages/pipeline/schema/leads.schema.json`. */
export function readLeadSchema(path: string): LeadSchema {
  return JSON.parse(readFileSync(path, 'utf8')) as LeadSchema;
}
