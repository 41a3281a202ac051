import { describe, it, expect } from 'vitest';
import { OTHER_LEVEL, MISSING_LEVEL } from './feature-spec.ts';
import type { CategoricalFeature } from './feature-spec.ts';
import { fitFeatures, levelIndex } from './features.ts';
import type { CategoricalEncoding } from './features.ts';
import { defaultModel, realLeads } from '../../../test/scoring-data.ts';

const { leads } = await realLeads();

describe('fitFeatures', () => {
  it('folds case and buckets rare levels into __other__', () => {
    const spec = defaultModel().features.spec;
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
