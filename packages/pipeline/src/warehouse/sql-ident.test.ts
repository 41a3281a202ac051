import { describe, expect, it } from 'vitest';
import { quoteIdent } from './sql-ident.ts';

describe('quoteIdent', () => {
  it('double-quotes an identifier and doubles an embedded quote (DuckDB and Snowflake alike)', () => {
    expect(quoteIdent('a"b')).toBe('"a""b"');
  });
});
