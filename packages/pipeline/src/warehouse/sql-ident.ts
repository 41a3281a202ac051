/**
 * Identifier quoting, the one place it is written. DuckDB and Snowflake read a double-quoted identifier the
 * same way: case kept, an embedded `"` doubled.
 */

/**
 * Quotes an identifier for DuckDB or Snowflake.
 *
 * @example
 * quoteIdent('lead "source"'); // '"lead ""source"""'
 */
export function quoteIdent(name: string): string {
  return '"' + name.replace(/"/g, '""') + '"';
}
