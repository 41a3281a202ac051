import { describe, expect, it } from 'vitest';
import { TerminalError } from '../../errors.ts';
import type { Lead } from '../model/lead.ts';
import { shoppersLeads } from '../../../test/scoring-data.ts';
import { labelOf } from './evaluate-model.ts';
import { parseFeatureFileOrThrow } from './feature-file.ts';
import type { TrainingColumn } from './infer-features.ts';
import { inferFeatureSpec } from './infer-features.ts';
import { trainModel } from './train.ts';

const read = await shoppersLeads();
// Every 4th row: the file is ordered by month, and the first months alone make page_values look like a leak.
const rows = read.leads.filter((_, i) => i % 4 === 0);
const y = rows.map((l) => (labelOf(l, 'revenue') ? 1 : 0));

/** The shoppers rows plus synthetic columns: a leak, a fill-leak, an id, free text, a constant. */
function withSynthetic(): { leads: Lead[]; columns: TrainingColumn[] } {
  const leads = rows.map((l, i) => ({
    ...l,
    // The label with 1% of the rows flipped: alone it predicts the label almost perfectly.
    deal_stage: (y[i] === 1) !== (i % 100 === 0) ? 'won' : 'open',
    // Filled in only after a purchase.
    invoice_total: y[i] === 1 && i % 10 !== 0 ? 100 + (i % 37) : null,
    visit_ref: `v-${(i * 7919) % 100003}`,
    comment: `visitor ${i} browsed the catalogue for a while and wrote a long comment about item ${i % 50}`,
    channel: 'web',
  }));
  const columns: TrainingColumn[] = [
    ...read.columns,
    { name: 'deal_stage', type: 'string' },
    { name: 'invoice_total', type: 'double' },
    { name: 'visit_ref', type: 'string' },
    { name: 'comment', type: 'string' },
    { name: 'channel', type: 'string' },
  ];
  return { leads, columns };
}

describe('inferFeatureSpec', () => {
  it('reads the kind of every column from the data and names each excluded column with its reason', () => {
    const { leads, columns } = withSynthetic();
    const spec = inferFeatureSpec(leads, y, { label: 'revenue', columns });
    const reasons = Object.fromEntries(spec.excluded.map((e) => [e.column, e.reason]));
    expect(reasons).toEqual({
      revenue: 'label',
      deal_stage: 'leaks-outcome',
      invoice_total: 'leaks-outcome',
      visit_ref: 'id-like',
      comment: 'free-text',
      channel: 'constant',
    });
    const detail = (c: string) => spec.excluded.find((e) => e.column === c)?.detail;
    expect(detail('deal_stage')).toMatch(/ROC AUC 0\.9\d\d \(over 0\.97\)/);
    expect(detail('invoice_total')).toMatch(/filled for 8\d(\.\d)?% of positive and 0% of negative rows/);
    const kinds = Object.fromEntries(spec.features.map((f) => [f.column, f.kind]));
    // Integer codes with few values are levels, counts and durations are numbers, TRUE/FALSE is yes/no.
    expect(kinds.operating_systems).toBe('categorical');
    expect(kinds.region).toBe('categorical');
    expect(kinds.product_related).toBe('numeric');
    expect(kinds.exit_rates).toBe('numeric');
    expect(kinds.month).toBe('categorical');
    expect(kinds.weekend).toBe('boolean');
    expect(spec.features).toHaveLength(read.columns.length - 1);
  });

  it('excludes the key, and lets a feature file force columns in, out, or to levels', () => {
    const { leads, columns } = withSynthetic();
    const spec = inferFeatureSpec(leads, y, {
      label: 'revenue',
      key: 'visit_ref',
      columns,
      featureFile: parseFeatureFileOrThrow({
        include: ['deal_stage'],
        exclude: ['month'],
        categorical: ['administrative'],
      }),
    });
    const reasons = Object.fromEntries(spec.excluded.map((e) => [e.column, e.reason]));
    expect(reasons.visit_ref).toBe('key');
    expect(reasons.month).toBe('excluded-by-feature-file');
    expect(reasons.deal_stage).toBeUndefined();
    const kinds = Object.fromEntries(spec.features.map((f) => [f.column, f.kind]));
    expect(kinds.deal_stage).toBe('categorical');
    expect(kinds.administrative).toBe('categorical');
  });
});

describe('parseFeatureFileOrThrow', () => {
  it('refuses unknown keys and a column both included and excluded', () => {
    const refuse = (doc: unknown, message: RegExp) => {
      try {
        parseFeatureFileOrThrow(doc);
        throw new Error('accepted');
      } catch (e) {
        expect(e).toBeInstanceOf(TerminalError);
        expect((e as TerminalError).code).toBe('E_BAD_FEATURE_FILE');
        expect((e as Error).message).toMatch(message);
      }
    };
    refuse({ exclud: ['a'] }, /Unrecognized key/i);
    refuse({ include: 'a' }, /at include/);
    refuse({ include: ['a'], exclude: ['a'] }, /both includes and excludes a/);
    expect(parseFeatureFileOrThrow({})).toEqual({ include: [], exclude: [], categorical: [] });
  });
});

describe('trainModel on rows with unusable labels', () => {
  it('skips and counts them, and says so when too few labelled rows are left', () => {
    const some = rows.slice(0, 1200).map((l, i) => (i % 4 === 0 ? { ...l, revenue: 'unknown' } : l));
    const m = trainModel(some, { columns: read.columns, label: 'revenue', kinds: ['logistic'], folds: 3 });
    expect(m.training).toMatchObject({ rows: 900, unlabelled: 300 });
    try {
      trainModel(some, { columns: read.columns, label: 'revenue', minRows: 1000 });
      throw new Error('trained');
    } catch (e) {
      expect((e as TerminalError).code).toBe('E_TOO_LITTLE_DATA');
      expect((e as Error).message).toMatch(
        /; 300 rows had no usable revenue \(true\/false, yes\/no or 1\/0\)/,
      );
    }
  });
});

describe('labelOf', () => {
  it('reads 1/0, true/false and yes/no in any case, and nothing else', () => {
    const of = (v: Lead[string]) => labelOf({ y: v }, 'y');
    expect([1, true, 'TRUE', ' yes ', 'Y', '1'].map(of)).toEqual(Array(6).fill(true));
    expect([0, false, 'False', 'no', 'N', '0'].map(of)).toEqual(Array(6).fill(false));
    expect([null, 2, 'maybe', ''].map(of)).toEqual([null, null, null, null]);
  });
});
