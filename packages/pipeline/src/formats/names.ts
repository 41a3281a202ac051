/**
 * Column-name normalisation: every source name becomes snake_case so that `Customer ID`, `customerId`
 * and `customer_id` all land in one warehouse column.
 */
import { TerminalError } from '../errors.ts';

/**
 * Turns a source column name into snake_case.
 *
 * @example
 * toSnakeCase('Time Spent on Site'); // 'time_spent_on_site'
 * toSnakeCase('PageViews'); // 'page_views'
 */
export function toSnakeCase(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/**
 * Columns leadpipe itself adds to leads_final (bookkeeping and scores), in table order: the one list both
 * engines' DDL must match (`names.test.ts` holds `FINAL_META_COLUMNS` of each engine to it). A source
 * column may not take one of these names, or the task's ADD COLUMN fails on every later run.
 */
export const RESERVED_COLUMN_NAMES: readonly string[] = [
  'row_hash',
  'source_file',
  'first_seen_at',
  'updated_at',
  'probability',
  'score',
  'grade',
  'reasons',
  'model_version',
  'scored_at',
];
const RESERVED = new Set(RESERVED_COLUMN_NAMES);

/** Prefix given to a source column whose name is reserved (`score` -> `src_score`). */
export const RESERVED_RENAME_PREFIX = 'src_';

/**
 * The warehouse column of a source name: its snake_case form, or for a name leadpipe owns
 * ({@link RESERVED_COLUMN_NAMES}) that form with {@link RESERVED_RENAME_PREFIX}. A CRM export with its own
 * `score` is common, so it is renamed, not refused; when the source also has a `src_score` the two collide
 * and the usual duplicate rule applies (a CSV header is refused, a JSON row rejected), so no column is
 * ever silently merged into another. Empty when the name has no usable characters.
 */
export function columnName(source: string): string {
  const name = toSnakeCase(source);
  return RESERVED.has(name) ? RESERVED_RENAME_PREFIX + name : name;
}

/** Longest column name accepted (Snowflake's identifier limit). */
export const MAX_COLUMN_NAME_LENGTH = 255;

/**
 * Normalises a header ({@link columnName}: snake_case, reserved names renamed). Throws a {@link TerminalError} when two names collide after normalisation or a
 * name normalises to nothing, naming the source columns involved.
 */
export function normaliseHeaderOrThrow(header: readonly string[]): string[] {
  const seen = new Map<string, string>();
  return header.map((source, i) => {
    const name = columnName(source);
    if (!name) {
      throw new TerminalError(
        'E_BAD_HEADER',
        `column ${i + 1} has no usable name (${JSON.stringify(source)})`,
      );
    }
    if (name.length > MAX_COLUMN_NAME_LENGTH) {
      throw new TerminalError(
        'E_BAD_HEADER',
        `column ${i + 1} has a name of ${name.length} characters; at most ${MAX_COLUMN_NAME_LENGTH}`,
      );
    }
    const first = seen.get(name);
    if (first !== undefined) {
      throw new TerminalError(
        'E_DUPLICATE_COLUMN',
        `columns ${JSON.stringify(first)} and ${JSON.stringify(source)} both normalise to "${name}"`,
        { details: { column: name } },
      );
    }
    seen.set(name, source);
    return name;
  });
}
