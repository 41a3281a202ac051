/**
 * The declared schema of the known lead columns (SEMANTICS.md §3): a value that does not fit its declared
 * type rejects the row; columns not declared are inferred and evolve.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { TerminalError } from '../errors.ts';

/** Logical column types shared by the cleaner, the inference and every warehouse. */
export const COLUMN_TYPES = ['boolean', 'integer', 'double', 'timestamp', 'string', 'json'] as const;
export type ColumnType = (typeof COLUMN_TYPES)[number];

const columnSchema = z.object({
  name: z.string().regex(/^[a-z_][a-z0-9_]*$/, 'column names must be snake_case'),
  source: z.string().optional(),
  type: z.enum(COLUMN_TYPES),
  nullable: z.boolean().default(true),
  description: z.string().optional(),
});

const leadSchemaSchema = z.object({
  name: z.string(),
  key: z.string(),
  /** The outcome column (converted / not converted) a model learns, when the data has one. */
  label: z.string().optional(),
  columns: z.array(columnSchema).min(1),
});

/** A declared table schema (the lead schema file). */
export type LeadSchema = z.infer<typeof leadSchemaSchema>;

/** Path of the bundled `leads.schema.json`. */
export const DEFAULT_SCHEMA_FILE = fileURLToPath(new URL('../../schema/leads.schema.json', import.meta.url));

/** Reads and validates a schema file (default: the bundled lead schema). */
export function loadLeadSchemaOrThrow(file: string = DEFAULT_SCHEMA_FILE): LeadSchema {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new TerminalError('E_BAD_SCHEMA', `cannot read schema file ${file}: ${(err as Error).message}`, {
      cause: err,
    });
  }
  const parsed = leadSchemaSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new TerminalError(
      'E_BAD_SCHEMA',
      `invalid schema file ${file} at ${issue?.path.join('.')}: ${issue?.message}`,
    );
  }
  const names = new Set<string>();
  for (const c of parsed.data.columns) {
    if (names.has(c.name))
      throw new TerminalError('E_BAD_SCHEMA', `schema ${file} declares "${c.name}" twice`);
    names.add(c.name);
  }
  return parsed.data;
}

/**
 * The type that holds values of both types: integer+double -> double, anything else that differs -> string.
 * Used when an inferred column meets a value that does not fit it.
 */
export function widenType(a: ColumnType, b: ColumnType): ColumnType {
  if (a === b) return a;
  if ((a === 'integer' && b === 'double') || (a === 'double' && b === 'integer')) return 'double';
  return 'string';
}
