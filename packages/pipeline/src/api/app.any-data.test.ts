/**
 * The API on lead data it was not written for: a home loaded with the online shoppers dataset (its own
 * columns, label `revenue`) and a model trained on it. Filters, the score form's features, the charts'
 * breakdowns and the labels all come from that data; no X Education column appears.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useApiServer } from '../../test/api-server.ts';
import { SHOPPERS_ROWS, shoppersHome } from '../../test/shoppers-home.ts';
import { scoreLead } from '../scoring/model/explain.ts';
import type { LeadModel } from '../scoring/model/model.ts';
import { activeModel } from '../pipeline/score.ts';

const X_EDUCATION = /lead_source|lead_origin|prospect_id|last_activity|total_visits/;

interface SchemaAnswer {
  key: string;
  label: string | null;
  columns: {
    name: string;
    type: string;
    categorical: boolean;
    levels?: { value: string; leads: number }[];
  }[];
  features: {
    column: string;
    label: { en: string; es: string };
    kind: string;
    levels?: string[];
    range?: [number, number];
    typical?: unknown;
    importance: number;
  }[];
}

describe('the HTTP API over a real socket, on the online shoppers dataset', () => {
  const api = useApiServer(async () => {
    const home = await shoppersHome();
    // A labels file names two columns; the others are named from their snake_case names.
    await writeFile(
      path.join(home.home, 'labels.json'),
      JSON.stringify({ visitor_type: { en: 'Visitor', es: 'Visitante' }, month: { es: 'Mes' } }),
    );
    return home;
  });
  const { call, get, one } = api;

  it('describes the shoppers columns, the label and the model features on GET /schema', async () => {
    const r = await get('/schema');
    expect(r.status).toBe(200);
    const s = r.body as unknown as SchemaAnswer;
    expect(s).toMatchObject({ key: 'visit_id', label: 'revenue' });
    expect(r.text).not.toMatch(X_EDUCATION);
    const col = new Map(s.columns.map((c) => [c.name, c]));
    expect(col.get('visitor_type')).toMatchObject({ type: 'string', categorical: true });
    expect(col.get('visitor_type')?.levels?.map((l) => l.value)).toEqual([
      'Returning_Visitor',
      'New_Visitor',
      'Other',
    ]);
    expect(col.get('month')?.levels).toHaveLength(10);
    // Integer codes with few values are categories; counts and ids are not.
    expect(col.get('region')?.categorical).toBe(true);
    expect(col.get('weekend')?.categorical).toBe(true);
    expect(col.get('product_related')?.categorical).toBe(false);
    expect(col.get('visit_id')?.categorical).toBe(false);
    const features = new Map(s.features.map((f) => [f.column, f]));
    expect(features.has('revenue')).toBe(false);
    expect(features.get('page_values')).toMatchObject({
      kind: 'numeric',
      label: { en: 'Page values', es: 'Page values' },
      range: [expect.any(Number), expect.any(Number)],
      typical: 0,
    });
    expect(features.get('visitor_type')).toMatchObject({ kind: 'categorical', typical: 'Returning_Visitor' });
    expect(features.get('weekend')).toMatchObject({ kind: 'boolean', typical: false });
    // PageValues is by far the strongest signal in this dataset.
    expect(s.features[0]?.column).toBe('page_values');
  });

  it('filters /leads by a shoppers column, refusing a column leads_final does not have', async () => {
    const r = await get('/leads?filter.visitor_type=New_Visitor&filter.weekend=true&limit=5');
    expect(r.status).toBe(200);
    expect(r.body.total).toBe(
      await one(`SELECT count(*) FROM leads_final WHERE visitor_type = 'New_Visitor' AND weekend`),
    );
    expect(r.body.total).toBeGreaterThan(0);
    const first = r.body.items?.[0] ?? {};
    expect(first).toMatchObject({
      visit_id: expect.any(Number),
      score: expect.any(Number),
      revenue: expect.any(Boolean),
    });
    // The default columns are the model's top inputs, not a fixed list.
    expect(Object.keys(first)).toContain('page_values');
    const bought = await get('/leads?converted=true&limit=1');
    expect(bought.body.total).toBe(await one('SELECT count(*) FROM leads_final WHERE revenue'));
    const unknown = await get('/leads?filter.lead_source=Google');
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({ code: 'E_UNKNOWN_COLUMN' });
    expect(unknown.body.detail).toContain('"lead_source"');
    const injected = await get(`/leads?filter.month=${encodeURIComponent("Nov' OR '1'='1")}`);
    expect(injected.body.total).toBe(0);
  });

  it('scores a shopper posted with its own features, as the TypeScript scorer does', async () => {
    const model = (await activeModel(api.lp)).model as LeadModel;
    const lead = {
      PageValues: 40,
      ProductRelated: 30,
      ProductRelated_Duration: 1200,
      BounceRates: 0.01,
      ExitRates: 0.02,
      Month: 'Nov',
      VisitorType: 'New_Visitor',
      Weekend: 'FALSE',
    };
    const r = await call('POST', '/score-lead', { json: lead });
    expect(r.status).toBe(200);
    const expected = scoreLead(model, {
      page_values: 40,
      product_related: 30,
      product_related_duration: 1200,
      bounce_rates: 0.01,
      exit_rates: 0.02,
      month: 'Nov',
      visitor_type: 'New_Visitor',
      weekend: false,
    });
    expect(r.body).toMatchObject({
      probability: expected.probability,
      score: expected.score,
      grade: expected.grade,
    });
    const low = await call('POST', '/score-lead', { json: { ...lead, PageValues: 0 } });
    expect(Number(low.body.probability)).toBeLessThan(Number(r.body.probability));
    expect((await call('POST', '/score-lead', { json: { page_values: 'lots' } })).status).toBe(400);
  });

  it("breaks conversion down by the model's categorical features on GET /stats, with labels from the home's labels file", async () => {
    const r = await get('/stats');
    expect(r.status).toBe(200);
    expect(r.body.label).toBe('revenue');
    const totals = r.body.totals as Record<string, number>;
    expect(totals.leads).toBe(SHOPPERS_ROWS);
    expect(totals.converted).toBe(await one('SELECT count(*) FROM leads_final WHERE revenue'));
    const breakdowns = r.body.breakdowns as {
      column: string;
      label: { en: string; es: string };
      buckets: { value: string | null; leads: number; converted: number; conversionRate: number }[];
    }[];
    // The model's most important categorical inputs (integer codes such as region count as categories).
    const inputs = ((await get('/schema')).body as unknown as SchemaAnswer).features;
    const categorical = inputs.filter((f) => f.kind === 'categorical').map((f) => f.column);
    expect(breakdowns.map((b) => b.column)).toEqual(categorical.slice(0, 4));
    expect(breakdowns.map((b) => b.column)).toEqual(expect.arrayContaining(['month', 'visitor_type']));
    const visitors = breakdowns.find((b) => b.column === 'visitor_type');
    expect(visitors?.label).toEqual({ en: 'Visitor', es: 'Visitante' });
    expect(visitors?.buckets.reduce((s, b) => s + b.leads, 0)).toBe(SHOPPERS_ROWS);
    const newVisitors = visitors?.buckets.find((b) => b.value === 'New_Visitor');
    expect(newVisitors?.converted).toBe(
      await one(`SELECT count(*) FROM leads_final WHERE visitor_type = 'New_Visitor' AND revenue`),
    );
    expect(r.text).not.toMatch(X_EDUCATION);
    const schema = (await get('/schema')).body as unknown as SchemaAnswer;
    expect(schema.columns.find((c) => c.name === 'month')).toMatchObject({ label: { en: 'Mes', es: 'Mes' } });
    expect(schema.features.find((f) => f.column === 'visitor_type')?.label).toEqual({
      en: 'Visitor',
      es: 'Visitante',
    });
  });
});
