import { describe, it, expect, beforeAll } from 'vitest';
import type { Lead } from './lead.ts';
import type { FeatureDef } from './feature-spec.ts';
import type { GbtModel, LeadModel } from './model.ts';
import { gradeOf, scoreOf } from './model.ts';
import { compileFlatEvaluator } from './flat-evaluator.ts';
import { compileModel, compileTreeWalker, scoreLeads, GRADES } from './compile-model.ts';
import { explainLead, scoreLead, topReasons } from './explain.ts';
import type { ScoredLead } from './explain.ts';
import { defaultModel, realLeads } from '../../../test/scoring-data.ts';
import { shoppersLeads, shoppersTreeModel } from '../../../test/shoppers-data.ts';

/** The scorer before the flat evaluator: the tree walker's margin, reasons from `explainLead`. */
function referenceScore(model: GbtModel, lead: Lead): ScoredLead {
  const m = compileTreeWalker(model)(lead);
  const { a, b } = model.calibration;
  const probability = 1 / (1 + Math.exp(-(a * m + b)));
  const score = scoreOf(probability);
  return {
    probability,
    score,
    grade: gradeOf(score, model.grades),
    reasons: topReasons(explainLead(model, lead).contributions),
    modelVersion: model.version,
  };
}

/** Leads whose flat scores (batch and per lead, with reasons) differ in any bit from the reference. */
function differences(model: GbtModel, leads: readonly Lead[]): string[] {
  const compiled = compileModel(model);
  expect(compiled.flat).toBeDefined();
  const walk = compileTreeWalker(model);
  const batch = scoreLeads(model, leads);
  const out: string[] = [];
  leads.forEach((lead, i) => {
    const ref = referenceScore(model, lead);
    const one = scoreLead(model, lead);
    if (!Object.is(compiled.margin(lead), walk(lead))) out.push(`${i}: margin`);
    if (!Object.is(batch.probability[i], ref.probability)) out.push(`${i}: batch probability`);
    if (batch.score[i] !== ref.score || GRADES[batch.grade[i] ?? 9] !== ref.grade)
      out.push(`${i}: batch grade`);
    if (JSON.stringify(one) !== JSON.stringify(ref)) out.push(`${i}: ${JSON.stringify(one)}`);
  });
  return out;
}

describe('the flat evaluator', { timeout: 240_000 }, () => {
  let leads: Lead[];
  let shoppers: Lead[];
  let shoppersModel: GbtModel;

  beforeAll(async () => {
    leads = (await realLeads()).leads;
    const data = shoppersLeads();
    shoppers = data.leads;
    shoppersModel = shoppersTreeModel(data, 60);
  }, 240_000);

  it('scores every lead of leads.csv exactly as the tree walker, reasons included, with the shipped model', () => {
    const model = defaultModel();
    if (model.kind !== 'gbt') throw new Error('the shipped model is a tree model');
    // Both ways of sending a missing value, so both generated forms of a numeric split are checked.
    const splits = JSON.stringify(model.gbt.trees);
    expect(['"missingLeft":true', '"missingLeft":false'].map((s) => splits.includes(s))).toEqual([
      true,
      true,
    ]);
    expect(differences(model, leads)).toEqual([]);
    // Models of another schema see only missing values: still equal.
    expect(differences(model, shoppers)).toEqual([]);
  });

  it('scores every row of shoppers.csv exactly as the tree walker with a model trained on it', () => {
    expect(JSON.stringify(shoppersModel.gbt.trees).includes('"categorical"')).toBe(true);
    expect(differences(shoppersModel, shoppers)).toEqual([]);
    expect(differences(shoppersModel, leads.slice(0, 500))).toEqual([]);
  });

  it('reads odd values as the tree walker does: text in number columns, infinities, 0/1, zero divisors', () => {
    const model = defaultModel() as GbtModel;
    const base = leads[0] as Lead;
    const odd: Lead[] = [
      { ...base, total_visits: 0, total_time_spent_on_website: 100 },
      { ...base, total_visits: Infinity, page_views_per_visit: -Infinity },
      { ...base, total_visits: '3', do_not_email: 1, do_not_call: 'Yes' },
      { ...base, total_visits: true, do_not_email: 0, search: null },
      { ...base, lead_origin: 7, lead_source: 'GOOGLE', country: '__missing__', city: '__other__' },
      { ...base, lead_origin: true, specialization: 'never seen before' },
      {},
    ];
    expect(differences(model, odd)).toEqual([]);
  });

  it('tests wide level sets (over 32 levels) through a bitmap and reads any column name as data', () => {
    // Column names are bound values, never source text: a name that is code must still just be a name.
    const column = '"]; throw new Error("injected"); //';
    const levels = Array.from({ length: 40 }, (_, i) => `l${i}`);
    const model = {
      ...defaultModel(),
      features: {
        spec: {
          features: [
            { kind: 'categorical', name: 'wide', label: 'Wide', column, foldCase: false, minCount: 1 },
            {
              kind: 'numeric',
              name: 'n',
              label: 'N',
              column: 'n`${x}',
              transform: 'none',
              clipQuantile: null,
              missingIndicator: false,
              zeroIndicator: false,
            },
          ],
          excluded: [],
        },
        encodings: [
          {
            kind: 'categorical',
            levels: [...levels, '__missing__', '__other__'],
            labels: [...levels, 'missing', 'other'],
            counts: levels.map(() => 1).concat([0, 0]),
          },
          { kind: 'numeric', fill: 0, low: 0, high: 1, mean: 0, sd: 1 },
        ],
      },
      gbt: {
        base: -0.5,
        params: (defaultModel() as GbtModel).gbt.params,
        trees: [
          {
            type: 'categorical',
            feature: 0,
            leftLevels: [0, 31, 32, 39, 41, 99],
            value: 0,
            left: { type: 'leaf', value: 1.25 },
            right: {
              type: 'numeric',
              feature: 1,
              threshold: 0.5,
              missingLeft: true,
              value: -0.1,
              left: { type: 'leaf', value: -0.75 },
              right: { type: 'leaf', value: 0.5 },
            },
          },
        ],
      },
    } as unknown as GbtModel;
    const wide: Lead[] = [...levels, null, 'unseen'].flatMap((v) =>
      [0, 1, null].map((n) => ({ [column]: v, 'n`${x}': n })),
    );
    expect(differences(model, wide)).toEqual([]);
    const p = scoreLeads(model, wide).probability;
    // Levels 0, 31, 32, 39 and 41 (__other__: unseen values) go left; level 40 (__missing__) and l1 go right.
    const left = [0, 31, 32, 39, 41].map((level) => p[level * 3]);
    expect(left).toEqual(left.map(() => p[0]));
    expect(p[3]).not.toBe(p[0]);
    expect(p[40 * 3]).toBe(p[3]);
  });

  it('leaves a model it cannot express to the tree walker, which still scores it', () => {
    const model = defaultModel() as GbtModel;
    const grown: LeadModel = {
      ...model,
      features: {
        ...model.features,
        spec: {
          ...model.features.spec,
          features: model.features.spec.features.map((f) =>
            f.kind === 'numeric' ? ({ ...f, bucketBy: 'week' } as FeatureDef) : f,
          ),
        },
      },
    };
    const infinite: GbtModel = {
      ...model,
      gbt: { ...model.gbt, trees: [{ type: 'leaf', value: Infinity }, ...model.gbt.trees] },
    };
    for (const m of [grown as GbtModel, infinite]) {
      expect(compileFlatEvaluator(m)).toBeUndefined();
      const compiled = compileModel(m);
      expect(compiled.flat).toBeUndefined();
      const walk = compileTreeWalker(m);
      for (const lead of leads.slice(0, 50)) expect(compiled.margin(lead)).toBe(walk(lead));
    }
    expect(compileModel(model).flat).toBeDefined();
  });
});
