import { describe, expect, it } from 'vitest';
import { TerminalError } from '../errors.ts';
import type { Lead } from '../scoring/model/lead.ts';
import type { LeadModel } from '../scoring/model/model.ts';
import { checkModelFit } from '../scoring/model/trained-schema.ts';
import { trainModel } from '../scoring/train/train.ts';
import { defaultModel, realLeads, shoppersLeads } from '../../test/scoring-data.ts';
import { scoreOne } from './score.ts';

const shoppers = await shoppersLeads();
const rows = shoppers.leads.filter((_, i) => i % 6 === 0);
// A quick model on a schema leadpipe does not declare: no key, label TRUE/FALSE.
const model = trainModel(rows, {
  columns: shoppers.columns,
  label: 'revenue',
  folds: 3,
  gbt: { rounds: 40 },
}) as LeadModel;
const xEducationLead = (await realLeads()).leads[0] as Lead;

function refusal(fn: () => unknown): TerminalError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(TerminalError);
    return e as TerminalError;
  }
  throw new Error('not refused');
}

describe('the trained schema on the model card', () => {
  it('records every feature column with its type, levels or range and its share of the weight', () => {
    const s = model.trainedSchema;
    if (!s) throw new Error('no trained schema');
    expect(s.key).toBeNull();
    expect(s.label).toBe('revenue');
    expect(s.columns.map((c) => c.name)).toEqual(model.features.spec.features.map((f) => f.column));
    const col = (name: string) => s.columns.find((c) => c.name === name);
    expect(col('month')).toMatchObject({ kind: 'categorical', type: 'string' });
    expect(col('month')?.levels).toContain('May');
    expect(col('product_related')).toMatchObject({ kind: 'numeric', type: 'integer', min: 0 });
    expect(col('product_related')?.max).toBeGreaterThan(col('product_related')?.median ?? Infinity);
    expect(col('weekend')).toMatchObject({ kind: 'boolean', type: 'boolean' });
    expect(s.columns.reduce((sum, c) => sum + c.importance, 0)).toBeCloseTo(1, 9);
    // The heaviest column of this data is page_values (scikit-learn agrees); it leads by a margin.
    expect([...s.columns].sort((a, b) => b.importance - a.importance)[0]?.name).toBe('page_values');
    expect(model.metrics.heldOutSource).toMatch(
      /^out-of-fold: 3-fold cross-validation on the \d+ training rows$/,
    );
    expect(model.metrics.heldOut).toEqual(model.metrics.outOfFold);
  });
});

describe('scoring refuses nonsense', () => {
  it('refuses a lead of another schema, naming the missing columns', () => {
    const e = refusal(() => scoreOne(model, xEducationLead));
    expect(e.code).toBe('E_MODEL_SCHEMA');
    expect(e.message).toMatch(/trained on another schema: the data lacks page_values, .*exit_rates/);
    expect(e.message).toMatch(/\(100% of its weight\)/);
    // The other way round, the shipped X Education model has no trained schema (no measured weights): it
    // scores with a warning naming every missing column rather than refuse.
    const shopperLead = rows[0] as Lead;
    expect(scoreOne(defaultModel(), shopperLead).warnings).toEqual([
      expect.stringMatching(
        /^scored without .*lead_origin.* \(100% of the weight of model gbt-\w+, every column counted the same\)/,
      ),
    ]);
  });

  it('scores a lead missing one minor column, with a warning naming it', () => {
    const s = model.trainedSchema;
    if (!s) throw new Error('no trained schema');
    const minor = [...s.columns].sort((a, b) => a.importance - b.importance)[0]?.name ?? '';
    const lead: Lead = { ...(rows[1] as Lead) };
    const full = scoreOne(model, lead);
    expect(full.warnings).toBeUndefined();
    delete lead[minor];
    const scored = scoreOne(model, lead);
    expect(scored.probability).toBeGreaterThan(0);
    expect(scored.warnings).toEqual([expect.stringMatching(new RegExp(`^scored without ${minor} \\(\\d+%`))]);
    // A known-missing value (null) is not a missing column.
    expect(scoreOne(model, { ...rows[1], [minor]: null }).warnings).toBeUndefined();
  });

  it('says refuse only when most of the weight is missing', () => {
    const cols = model.trainedSchema?.columns ?? [];
    const all = cols.map((c) => c.name);
    expect(checkModelFit(model, all).verdict).toBe('ok');
    const heaviest = [...cols].sort((a, b) => b.importance - a.importance);
    let weight = 0;
    const dropped: string[] = [];
    for (const c of heaviest) {
      if (weight + c.importance > 0.5) break;
      weight += c.importance;
      dropped.push(c.name);
    }
    const fit = checkModelFit(
      model,
      all.filter((c) => !dropped.includes(c)),
    );
    expect(fit.verdict).toBe(dropped.length ? 'warn' : 'ok');
    expect(fit.missingWeight).toBeCloseTo(weight, 12);
    const next = heaviest[dropped.length]?.name ?? '';
    expect(
      checkModelFit(
        model,
        all.filter((c) => !dropped.includes(c) && c !== next),
      ).verdict,
    ).toBe('refuse');
  });
});
