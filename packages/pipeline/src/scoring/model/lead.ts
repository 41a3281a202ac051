/**
 * The shape of a lead as the scoring code sees it. Leads are typed by the declared schema
 * (`LeadSchema` in formats/lead-schema.ts).
 */

/** One typed cell: `null` for missing, booleans from Yes/No and 0/1, numbers for integer/double. */
export type LeadValue = string | number | boolean | null;

/** A cleaned lead: snake_case column name -> typed value, exactly as declared in `leads.schema.json`. */
export type Lead = Record<string, LeadValue>;
