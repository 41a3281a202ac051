/**
 * Helpers for the per-engine SQL snapshot tests: generated SQL is compared with `.sql` files under each
 * engine's `__sql__/` folder (vitest `toMatchFileSnapshot`), so a reader can open and diff the text.
 */

/**
 * The text of one snapshot file: statements joined by `;` and a blank line, ending in `;` and a newline.
 *
 * @example
 * sqlFileText(['CREATE TABLE a (x INT)', 'DROP TABLE a']); // 'CREATE TABLE a (x INT);\n\nDROP TABLE a;\n'
 */
export function sqlFileText(sql: string | readonly string[]): string {
  const statements = typeof sql === 'string' ? [sql] : sql;
  return statements.join(';\n\n') + ';\n';
}
