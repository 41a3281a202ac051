import { describe, it, expect } from 'vitest';
import { createHash } from 'node:crypto';
import { splitById, splitLeads } from './split-by-id.ts';
import { realLeads } from '../../../test/scoring-data.ts';

describe('splitById', () => {
  it('puts the SPLIT.md examples in their parts', () => {
    expect(splitById('7927b2df-8bba-4d29-b9a2-b6e0beafe620')).toBe('train');
    expect(splitById('2a272436-5132-4136-86fa-dcc88c88f482')).toBe('train');
    expect(splitById('8cc8c611-a219-4f35-ad23-fdfd2656bd8a')).toBe('train');
    expect(splitById('0cc2df48-7cf4-4e39-9de9-19797f9b38cc')).toBe('test');
    expect(splitById('3256f628-e534-4826-9d63-4a8b88782852')).toBe('train');
  });

  it('reproduces the published counts and the check value of the sorted TEST ids', async () => {
    const { train, test } = splitLeads((await realLeads()).leads);
    expect([train.length, test.length]).toEqual([6495, 2745]);
    expect(train.filter((l) => l.converted === true)).toHaveLength(2484);
    expect(test.filter((l) => l.converted === true)).toHaveLength(1077);
    const ids = test
      .map((l) => String(l.prospect_id))
      .sort((a, b) => (Buffer.from(a) < Buffer.from(b) ? -1 : a === b ? 0 : 1));
    const sha = createHash('sha256').update(ids.join('\n'), 'utf8').digest('hex');
    expect(sha).toBe('946a2c16e23e9dd525468212b6ad219a135f189ab0cf16abf190915c500db82b');
  });
});
