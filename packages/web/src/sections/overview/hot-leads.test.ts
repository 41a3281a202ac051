import { describe, expect, it } from 'vitest';
import { mergeHotLeads } from './hot-leads.ts';

describe('hottest open leads', () => {
  it('keeps open leads (not converted, or no outcome yet), once each, highest score first', () => {
    const open = [
      { prospect_id: 'a', score: 90, converted: false },
      { prospect_id: 'b', score: 70, converted: false },
    ];
    const top = [
      { prospect_id: 'c', score: 99, converted: true },
      { prospect_id: 'd', score: 95, converted: null },
      { prospect_id: 'a', score: 90, converted: false },
    ];
    expect(mergeHotLeads(open, top, 'prospect_id', 3, 'converted').map((l) => l.prospect_id)).toEqual([
      'd',
      'a',
      'b',
    ]);
  });
});
