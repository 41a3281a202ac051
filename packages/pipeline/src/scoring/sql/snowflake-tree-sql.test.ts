import { describe, expect, it } from 'vitest';
import { decodeByLeaf } from './snowflake-tree-sql.ts';

// The tree SQL as a whole is evaluated in DuckDB against the TypeScript scorer in snowflake-scoring-sql.test.ts.
describe('decodeByLeaf', () => {
  it('picks a per-leaf constant with the most frequent one as the default, in leaf order', () => {
    expect(decodeByLeaf([0.5, 0, 0, -0.25], '__t3')).toBe('DECODE(__t3, 1, 5e-1, 4, (-2.5e-1), 0e+0)');
    expect(decodeByLeaf([0.5, 0.25], '__t0')).toBe('DECODE(__t0, 2, 2.5e-1, 5e-1)');
    expect(decodeByLeaf([0.125, 0.125], '__t1')).toBe('1.25e-1');
  });
});
