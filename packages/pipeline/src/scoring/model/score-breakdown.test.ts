import { beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../seeded-random.ts';
import { trainModel } from '../train/train.ts';
import { explainLead, modelBias, scoreLead } from './explain.ts';
import type { Lead } from './lead.ts';
import type { LeadModel } from './model.ts';
import { parseRulesOrThrow, readRulesFileOrThrow, scoreLeadWithRules } from './rules.ts';
import {
  breakDownScore,
  scorePointsPerLogOdds,
  scoreScaleOf,
  withScoreBreakdown,
  type ScoreBreakdown,
} from './score-breakdown.ts';
import { defaultModel, defaultRulesPath, realLeads } from '../../../test/scoring-data.ts';

const { schema, leads } = await realLeads();

/**
 * `n` leads, each column's value taken from a random real lead (so combinations the data never had), plus
 * `n` real leads picked at random.
 */
function randomLeads(n: number, seed: number): Lead[] {
  const random = seededRandom(seed);
  const pick = (): Lead => leads[Math.floor(random() * leads.length)] as Lead;
  const columns = Object.keys(leads[0] as Lead);
  const mixed = Array.from({ length: n }, (): Lead =>
    Object.fromEntries(columns.map((c) => [c, pick()[c] ?? null])),
  );
  return [...mixed, ...Array.from({ length: n }, pick)];
}

function total(b: ScoreBreakdown): number {
  return b.baseline + [...b.positive, ...b.negative].reduce((s, x) => s + x, 0) + b.other + b.override;
}

/**
 * For every lead: the parts add up to the score exactly, each reason keeps its sign, and `other` is what the
 * features not shown are worth (the same slope applied to them) up to the rounding of at most seven parts.
 */
function checkTrainedModel(model: LeadModel, sample: readonly Lead[]): void {
  const scale = scoreScaleOf(model);
  expect(scale).toEqual({ kind: 'probability', version: model.version, bias: modelBias(model) });
  const bias = modelBias(model);
  let withOther = 0;
  for (const lead of sample) {
    const s = scoreLead(model, lead);
    const b = breakDownScore(scale, s, s.reasons);
    if (!b) throw new Error('a trained model lead always has a breakdown');
    expect(total(b)).toBe(s.score);
    expect(b.override).toBe(0);
    expect(b.baseline).toBe(Math.round(100 / (1 + Math.exp(-bias))));
    s.reasons.positive.forEach((_, i) => expect(b.positive[i]).toBeGreaterThanOrEqual(0));
    s.reasons.negative.forEach((_, i) => expect(b.negative[i]).toBeLessThanOrEqual(0));
    const slope = scorePointsPerLogOdds(s.probability, bias);
    const shown = new Set([...s.reasons.positive, ...s.reasons.negative].map((r) => r.feature));
    const e = explainLead(model, lead);
    // The whole allocation: every feature's amount, unrounded, adds up to 100 * (p - p0).
    const all = e.contributions.reduce((sum, c) => sum + c.logOdds * slope, 0);
    expect(all).toBeCloseTo(100 * (s.probability - 1 / (1 + Math.exp(-bias))), 6);
    const hidden = e.contributions
      .filter((c) => !shown.has(c.feature))
      .reduce((sum, c) => sum + c.logOdds * slope, 0);
    expect(Math.abs(b.other - hidden)).toBeLessThanOrEqual(3.5);
    if (b.other !== 0) withOther++;
  }
  // Not a vacuous check: most leads have more than six contributing features.
  expect(withOther).toBeGreaterThan(sample.length / 4);
}

describe('score breakdown', () => {
  it('adds up to the score of the default GBT model exactly, for many random leads, keeping signs', () => {
    const model = defaultModel();
    expect(model.kind).toBe('gbt');
    checkTrainedModel(model, randomLeads(400, 11));
  });

  describe('a logistic model', () => {
    let logistic: LeadModel;
    beforeAll(() => {
      logistic = trainModel(leads.slice(0, 1500), { schema, kinds: ['logistic'], folds: 2, seed: 3 });
    }, 120_000);

    it('adds up to the score exactly, for many random leads, keeping signs', () => {
      expect(logistic.kind).toBe('logistic');
      checkTrainedModel(logistic, randomLeads(300, 12));
    });
  });

  it('adds up to the score of the default rules model, each rule worth its points in score points', () => {
    const rules = readRulesFileOrThrow(defaultRulesPath, schema);
    const scale = scoreScaleOf(rules);
    expect(scale).toEqual({ kind: 'points', version: rules.version, min: -4, max: 10 });
    for (const lead of randomLeads(300, 13)) {
      const r = scoreLeadWithRules(rules, lead);
      const b = breakDownScore(scale, r, r.reasons);
      if (!b) throw new Error('a rules lead always has a breakdown');
      expect(total(b)).toBe(r.score);
      // 0 points (of -4..10) is a score of 29.
      expect(b.baseline).toBe(29);
      r.reasons.positive.forEach((x, i) => expect(b.positive[i]).toBe(Math.round((x.points * 100) / 14)));
      r.reasons.negative.forEach((x, i) => expect(b.negative[i]).toBe(Math.round((x.points * 100) / 14)));
    }
  });

  it('gives what clamping takes away from a rules score to "other"', () => {
    const rules = parseRulesOrThrow(
      {
        kind: 'rules',
        version: 'clamp',
        min: 0,
        max: 4,
        rules: [
          { name: 'a', when: { column: 'lead_source', op: 'present' }, points: 3 },
          { name: 'b', when: { column: 'lead_origin', op: 'present' }, points: 3 },
        ],
      },
      schema,
    );
    const r = scoreLeadWithRules(rules, { lead_source: 'Google', lead_origin: 'API' });
    expect(r.score).toBe(100);
    expect(breakDownScore(scoreScaleOf(rules), r, r.reasons)).toEqual({
      baseline: 0,
      positive: [75, 75],
      negative: [],
      other: -50,
      override: 0,
    });
  });

  it('uses the tangent when the lead is at the bias (p == p0), and gives nothing to reasons at p = 1', () => {
    const bias = -0.5;
    const p0 = 1 / (1 + Math.exp(-bias));
    expect(scorePointsPerLogOdds(p0, bias)).toBeCloseTo(100 * p0 * (1 - p0), 12);
    // Near the bias the secant tends to the tangent: no jump from cancellation.
    expect(scorePointsPerLogOdds(1 / (1 + Math.exp(-(bias + 1e-7))), bias)).toBeCloseTo(
      100 * p0 * (1 - p0),
      5,
    );
    const scale = { kind: 'probability', version: 'v', bias } as const;
    // Two reasons that cancel: the lead sits at the baseline, each reason worth its tangent amount.
    const b = breakDownScore(
      scale,
      { probability: p0, score: Math.round(100 * p0) },
      {
        positive: [{ logOdds: 1 }],
        negative: [{ logOdds: -1 }],
      },
    );
    expect(b).toEqual({
      baseline: 38,
      positive: [Math.round(100 * p0 * (1 - p0))],
      negative: [-Math.round(100 * p0 * (1 - p0))],
      other: 0,
      override: 0,
    });
    expect(scorePointsPerLogOdds(1, bias)).toBe(0);
    expect(
      breakDownScore(scale, { probability: 1, score: 100 }, { positive: [{ logOdds: 40 }], negative: [] }),
    ).toEqual({ baseline: 38, positive: [0], negative: [], other: 62, override: 0 });
  });

  it('keeps the sign of a contribution that the slope shrinks, and bounds every amount by 25 per log-odds', () => {
    const random = seededRandom(5);
    for (let i = 0; i < 2000; i++) {
      const bias = (random() - 0.5) * 8;
      const logit = (random() - 0.5) * 16;
      const slope = scorePointsPerLogOdds(1 / (1 + Math.exp(-logit)), bias);
      expect(slope).toBeGreaterThan(0);
      expect(slope).toBeLessThanOrEqual(25 + 1e-9);
    }
  });

  describe('on reasons as the API serves them', () => {
    const scale = { kind: 'probability', version: 'gbt-1', bias: 0 } as const;
    const reasons = {
      positive: [{ feature: 'a', logOdds: 0.8, points: 12 }],
      negative: [{ feature: 'b', logOdds: -0.2, points: -3 }],
    };

    it('adds baseline, scorePoints per reason, other and override', () => {
      const p = 1 / (1 + Math.exp(-0.5));
      const out = withScoreBreakdown(reasons, scale, { probability: p, score: 62, modelVersion: 'gbt-1' });
      expect(out).toEqual({
        baseline: 50,
        positive: [{ feature: 'a', logOdds: 0.8, points: 12, scorePoints: 20 }],
        negative: [{ feature: 'b', logOdds: -0.2, points: -3, scorePoints: -5 }],
        other: -3,
        override: 0,
      });
    });

    it("puts a manual override's change apart, so the model's parts still add up to its own score", () => {
      const p = 1 / (1 + Math.exp(-0.5));
      const out = withScoreBreakdown(reasons, scale, { probability: p, score: 90 }) as { override: number };
      expect(out.override).toBe(90 - 62);
    });

    it('leaves reasons of another model version, or that it cannot read, as they are', () => {
      const lead = { probability: 0.6, score: 60 };
      expect(withScoreBreakdown(reasons, scale, { ...lead, modelVersion: 'gbt-2' })).toBe(reasons);
      const noLogOdds = { positive: [{ feature: 'a', points: 12 }], negative: [] };
      expect(withScoreBreakdown(noLogOdds, scale, lead)).toBe(noLogOdds);
      expect(withScoreBreakdown(reasons, scale, { probability: null, score: 60 })).toBe(reasons);
      expect(withScoreBreakdown(null, scale, lead)).toBeNull();
    });
  });
});
