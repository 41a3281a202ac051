import { describe, it, expect } from 'vitest';
import { defaultFeatureSpec, LEAKING_COLUMNS, OTHER_LEVEL, MISSING_LEVEL } from './feature-spec.ts';
import type { CategoricalFeature } from './feature-spec.ts';
import { fitFeatures, levelIndex } from './features.ts';
import type { CategoricalEncoding } from './features.ts';
import { realLeads } from '../../../test/scoring-data.ts';

const { schema, leads } = await realLeads();

describe('defaultFeatureSpec', () => {
  it('leaves out the columns that leak the outcome, the ids and the label', () => {
    const spec = defaultFeatureSpec(schema);
    const used = spec.features.map((f) => f.column);
    for (const c of [...LEAKING_COLUMNS, 'prospect_id', 'lead_number', 'converted'])
      expect(used).not.toContain(c);
    expect(
      spec.excluded
        .filter((e) => e.reason === 'leaks-outcome')
        .map((e) => e.column)
        .sort(),
    ).toEqual([...LEAKING_COLUMNS].sort());
    expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
  });

  it('includes the leaking columns only when asked', () => {
    const used = defaultFeatureSpec(schema, { includeLeaking: true }).features.map((f) => f.column);
    for (const c of LEAKING_COLUMNS) expect(used).toContain(c);
    expect(used).not.toContain('prospect_id');
  });

  it('folds case and buckets rare levels into __other__', () => {
    const spec = defaultFeatureSpec(schema);
    const fitted = fitFeatures(spec, leads);
    const i = spec.features.findIndex((f) => f.name === 'lead_source');
    const f = spec.features[i] as CategoricalFeature;
    const enc = fitted.encodings[i] as CategoricalEncoding;
    expect(levelIndex(f, enc, 'Google')).toBe(levelIndex(f, enc, 'google'));
    expect(enc.labels[levelIndex(f, enc, 'google')]).toBe('Google');
    expect(enc.levels[levelIndex(f, enc, 'testone')]).toBe(OTHER_LEVEL);
    expect(enc.levels[levelIndex(f, enc, 'never seen')]).toBe(OTHER_LEVEL);
    expect(enc.levels[levelIndex(f, enc, null)]).toBe(MISSING_LEVEL);
    expect(enc.counts.reduce((a, b) => a + b, 0)).toBe(leads.length);
  });
});
