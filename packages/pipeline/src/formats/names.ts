/**
 * Column-name normalisation: every source name becomes snake_case so that `Prospect ID`, `prospectId`
 * and `prospect_id` all land in one warehouse column.
 */
import { TerminalError } from '../errors.ts';

/**
 * Turns a source column name into snake_case.
 *
 * @example
 * toSnakeCase('Total Time Spent on Website'); // 'total_time_spent_on_website'
 * toSnakeCase('TotalVisits'); // 'total_visits'
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

/** Longest column name accepted (Snowflake's identifier limit). */
export const MAX_COLUMN_NAME_LENGTH = 255;

/**
 * Normalises a header. Throws a {@link TerminalError} when two names collide after normalisation or a
 * name normalises to nothing, naming the source columns involved.
 */
export function normaliseHeaderOrThrow(header: readonly string[]): string[] {
  const seen = new Map<string, string>();
  return header.map((source, i) => {
    const name = toSnakeCase(source);
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
