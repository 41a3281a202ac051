/**
 * How {@link HomeSettings} are kept in a warehouse, the same on every engine: one row per setting in a
 * small `leadpipe_settings` table (`name`, `value`), so `select * from leadpipe_settings` reads them.
 */
import { z } from 'zod';
import { TerminalError } from '../errors.ts';
import type { HomeSettings } from './warehouse.ts';

/** The rows that store `s`: name -> text value (lists and schema files as JSON). */
export function homeSettingsRows(s: HomeSettings): [name: string, value: string][] {
  const rows: [string, string][] = [
    ['key', s.key],
    ['key_from', s.keyFrom],
    ['null_tokens', JSON.stringify(s.nullTokens)],
    ['schema', typeof s.schema === 'string' ? s.schema : JSON.stringify(s.schema)],
  ];
  if (s.label !== null) rows.push(['label', s.label]);
  return rows;
}

const stored = z.object({
  key: z.string().min(1),
  key_from: z.enum(['column', 'row']).default('column'),
  label: z.string().optional(),
  null_tokens: z.string().default('[]'),
  schema: z.string().default('x-education'),
});

/**
 * Settings from their stored rows; undefined when there are none. Throws `E_BAD_SETTINGS` for rows that
 * do not read back (edited by hand).
 */
export function homeSettingsFromRows(
  rows: readonly { name: string; value: string }[],
): HomeSettings | undefined {
  if (rows.length === 0) return undefined;
  const parsed = stored.safeParse(Object.fromEntries(rows.map((r) => [r.name, r.value])));
  try {
    if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? 'invalid');
    const p = parsed.data;
    const tokens = z.array(z.string()).parse(JSON.parse(p.null_tokens));
    const schema =
      p.schema === 'x-education' || p.schema === 'inferred'
        ? p.schema
        : z.object({ file: z.string() }).parse(JSON.parse(p.schema));
    return { key: p.key, keyFrom: p.key_from, label: p.label ?? null, nullTokens: tokens, schema };
  } catch (err) {
    throw new TerminalError(
      'E_BAD_SETTINGS',
      `the home's settings (table leadpipe_settings) do not read back: ${(err as Error).message}; run leadpipe init again`,
    );
  }
}
