import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfigOrThrow } from '../../config/config.ts';
import { loadLeadSchemaOrThrow } from '../../formats/lead-schema.ts';
import { leadsFromFile } from '../../pipeline/score.ts';
import { compileModel, compileTreeWalker, logisticTerms } from '../model/compile-model.ts';
import { compileFlatEvaluator } from '../model/flat-evaluator.ts';
import { explainLead, scoreLead } from '../model/explain.ts';
import type { LeadModel } from '../model/model.ts';
import { DATED_COLUMNS, DATED_REFERENCE, datedLeads, writeLeadsCsv } from '../../../test/dated-leads.ts';
import { tempDir } from '../../../test/helpers.ts';
import { schemaPath } from '../../../test/scoring-data.ts';
import { labelOf } from './evaluate-model.ts';
import { parseFeatureFileOrThrow } from './feature-file.ts';
import { inferFeatureSpec } from './infer-features.ts';
import { trainModel } from './train.ts';

const DAY = 86_400_000;
const leads = datedLeads();
const y = leads.map((l) => (labelOf(l, 'converted') ? 1 : 0));
const options = {
  columns: DATED_COLUMNS,
  key: 'lead_id',
  label: 'converted',
  now: () => new Date(2027, 0, 1),
};
const model = trainModel(leads, options);
const logistic = trainModel(leads, { ...options, kinds: ['logistic'] });
const gbt = trainModel(leads, { ...options, kinds: ['gbt'] });
const undated = trainModel(leads, {
  ...options,
  featureFile: parseFeatureFileOrThrow({ exclude: ['signed_up_at'] }),
});
const tmp = await tempDir();
afterAll(() => tmp.cleanup());

describe('date columns in training', () => {
  it('become an age feature; a constant, a nearly constant and a leaking date are left out with their reason', () => {
    const spec = inferFeatureSpec(leads, y, { label: 'converted', key: 'lead_id', columns: DATED_COLUMNS });
    expect(spec.features.find((f) => f.column === 'signed_up_at')).toEqual({
      kind: 'age',
      name: 'signed_up_at',
      label: 'Signed up at',
      column: 'signed_up_at',
      unit: 'days',
      clipQuantile: 0.99,
      missingIndicator: true,
    });
    const excluded = Object.fromEntries(spec.excluded.map((e) => [e.column, `${e.reason}: ${e.detail}`]));
    expect(excluded.exported_on).toBe('constant: always "2026-06-01T00:00:00.000Z" or empty');
    expect(excluded.batch_day).toBe('constant: 2026-05-01T00:00:00.000Z on 99.7% of the filled rows');
    expect(excluded.decided_at).toMatch(
      /^leaks-outcome: alone it predicts the label with ROC AUC 0\.9[89]\d/,
    );
  });

  it('reads ISO-8601 text of a file through formats/ as a timestamp column, which becomes an age feature', async () => {
    const file = path.join(tmp.dir, 'dated.csv');
    writeLeadsCsv(file, leads);
    const config = loadConfigOrThrow({ env: {}, cwd: tmp.dir });
    const read = await leadsFromFile(config, loadLeadSchemaOrThrow(schemaPath), file);
    expect(read.columns.find((c) => c.name === 'signed_up_at')?.type).toBe('timestamp');
    const spec = inferFeatureSpec(read.leads, y, {
      label: 'converted',
      key: 'lead_id',
      columns: read.columns,
    });
    expect(spec.features.find((f) => f.column === 'signed_up_at')?.kind).toBe('age');
  });

  it('measures ages from the newest date of the training rows, and names the age feature in the card', () => {
    const newest = Math.max(
      ...leads.flatMap((l) => (l.signed_up_at === null ? [] : [Date.parse(`${String(l.signed_up_at)}Z`)])),
    );
    expect(model.features.ageReference).toBe(new Date(newest).toISOString());
    expect(newest).toBeLessThan(DATED_REFERENCE);
    expect(model.featuresUsed).toContain('signed_up_at');
    expect(model.trainedSchema?.columns.find((c) => c.name === 'signed_up_at')).toMatchObject({
      kind: 'age',
      type: 'timestamp',
    });
    // The reference is the data's, not the clock's: the same rows train the same model on another day.
    const later = trainModel(leads, { ...options, kinds: ['logistic'], now: () => new Date(2030, 0, 1) });
    expect(later.version).toBe(logistic.version);
  });

  it('gives a model whose age feature carries the most weight, and that beats the same training without it', () => {
    const weights = model.trainedSchema?.columns ?? [];
    const top = [...weights].sort((a, b) => b.importance - a.importance)[0];
    expect(top?.name).toBe('signed_up_at');
    const auc = (m: LeadModel) => m.metrics.outOfFold?.rocAuc ?? 0;
    const brier = (m: LeadModel) => m.metrics.outOfFold?.brier ?? 1;
    expect(auc(model)).toBeGreaterThan(auc(undated) + 0.1);
    expect(brier(model)).toBeLessThan(brier(undated));
    expect(auc(logistic)).toBeGreaterThan(auc(undated) + 0.1);
    expect(auc(gbt)).toBeGreaterThan(auc(undated) + 0.1);
  });
});

describe('age features in the TypeScript scorers', () => {
  const at = DATED_REFERENCE + 10 * DAY;
  const sample = leads.slice(0, 400);

  it('score the same with the flat evaluator, the tree walker, and the compiled and term-by-term logistic', () => {
    if (gbt.kind !== 'gbt' || logistic.kind !== 'logistic') throw new Error('kinds');
    const flat = compileFlatEvaluator(gbt);
    expect(flat).toBeDefined();
    const walker = compileTreeWalker(gbt);
    const compiled = compileModel(gbt);
    const batch = compiled.scoreBatch(sample, at);
    sample.forEach((l, i) => {
      expect(compiled.margin(l, at)).toBe(walker(l, at));
      const p = 1 / (1 + Math.exp(-(gbt.calibration.a * walker(l, at) + gbt.calibration.b)));
      expect(batch.probability[i]).toBe(p);
    });
    const terms = logisticTerms(logistic);
    const margin = compileModel(logistic);
    for (const l of sample) {
      const sum = terms.reduce((s, t) => s + t(l, at), logistic.logistic.intercept);
      expect(margin.margin(l, at)).toBeCloseTo(sum, 12);
    }
  });

  it('ages a lead with the time of scoring: the same lead scores lower a year later', () => {
    for (const m of [gbt, logistic]) {
      const lead = { ...leads[0], signed_up_at: '2026-05-30 12:00:00' };
      const soon = scoreLead(m, lead, Date.UTC(2026, 5, 1));
      const late = scoreLead(m, lead, Date.UTC(2027, 5, 1));
      expect(late.probability).toBeLessThan(soon.probability);
      const missing = scoreLead(m, { ...lead, signed_up_at: 'not a date' }, Date.UTC(2026, 5, 1));
      expect(missing.probability).toBe(
        scoreLead(m, { ...lead, signed_up_at: null }, Date.UTC(2026, 5, 1)).probability,
      );
    }
  });

  it('shows an age in reasons as days ago', () => {
    const lead = { ...leads[0], signed_up_at: '2026-05-20 08:00:00' };
    const i = gbt.features.spec.features.findIndex((f) => f.column === 'signed_up_at');
    const e = explainLead(gbt, lead, Date.UTC(2026, 5, 1, 9));
    expect(e.contributions[i]?.value).toBe('12 days ago');
    const reasons = scoreLead(gbt, lead, Date.UTC(2026, 5, 1, 9)).reasons;
    const age = [...reasons.positive, ...reasons.negative].find((r) => r.feature === 'signed_up_at');
    expect(age?.text).toMatch(/^Signed up at = 12 days ago: [+-]\d+$/);
  });
});
