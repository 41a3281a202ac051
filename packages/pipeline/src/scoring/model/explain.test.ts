import { describe, expect, it } from 'vitest';
import { completeReasons, reasonLabels, reasonText, toReason } from './explain.ts';

describe('stored reasons', () => {
  const labelOf = (f: string): string => ({ lead_origin: 'Lead Origin' })[f] ?? f;

  it('completes compact reasons with the label and the text the TypeScript scorer writes', () => {
    const compact = {
      positive: [{ log_odds: 1.2, feature: 'lead_origin', value: 'Lead Add Form', points: 17 }],
      negative: [{ log_odds: -0.01, feature: 'tags', value: 'missing', points: 0 }],
    };
    const ts = toReason({
      feature: 'lead_origin',
      label: 'Lead Origin',
      value: 'Lead Add Form',
      logOdds: 1.2,
    });
    // The shape POST /score-lead gives (logOdds, label, text), from the stored one.
    expect(completeReasons(compact, labelOf)).toEqual({ positive: [ts], negative: [expect.any(Object)] });
    expect(completeReasons(compact, labelOf)).toMatchObject({
      negative: [{ feature: 'tags', label: 'tags', logOdds: -0.01, points: 0, text: 'tags = missing: +0' }],
    });
    expect(ts.text).toBe('Lead Origin = Lead Add Form: +17');
    expect(reasonText('Tags', 'Closed', -12)).toBe('Tags = Closed: -12');
  });

  it('leaves reasons that already have a text, and anything that is not reasons, as they are', () => {
    const rules = { positive: [{ feature: 'Has phone', points: 10, text: 'Has phone: +10' }], negative: [] };
    expect(completeReasons(rules, labelOf)).toEqual(rules);
    const full = { positive: [{ feature: 'a', label: 'A', log_odds: 0.5, points: 7, text: 'A = x: +7' }] };
    expect(completeReasons(full, labelOf)).toEqual({
      positive: [{ feature: 'a', label: 'A', logOdds: 0.5, points: 7, text: 'A = x: +7' }],
      negative: undefined,
    });
    expect(completeReasons(null, labelOf)).toBeNull();
    expect(completeReasons('text', labelOf)).toBe('text');
    expect(completeReasons({ positive: 'x' }, labelOf)).toEqual({ positive: 'x', negative: undefined });
  });

  it('takes labels from a trained model and falls back to the feature name', () => {
    const model = {
      kind: 'gbt',
      features: { spec: { features: [{ name: 'lead_origin', label: 'Lead Origin' }] } },
    };
    const of = reasonLabels(model);
    expect(of('lead_origin')).toBe('Lead Origin');
    expect(of('unknown_feature')).toBe('unknown_feature');
    expect(reasonLabels({ kind: 'rules' })('Has phone')).toBe('Has phone');
  });
});
