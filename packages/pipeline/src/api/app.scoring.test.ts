/**
 * The scoring routes over a real socket on the real dataset: `POST /score-lead` and `GET /model`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { useApiServer } from '../../test/api-server.ts';
import { activeModel } from '../pipeline/score.ts';
import { modelBias, scoreLead } from '../scoring/model/explain.ts';
import type { LeadModel } from '../scoring/model/model.ts';

describe('the HTTP API over a real socket, on the real dataset: scoring', () => {
  const api = useApiServer();
  const { call, get, sql, one } = api;

  describe('POST /score-lead', () => {
    let model: LeadModel;
    beforeAll(async () => {
      model = (await activeModel(api.lp)).model as LeadModel;
    });

    it('scores one lead given as JSON, with reasons and the model version, storing nothing', async () => {
      const r = await call('POST', '/score-lead', {
        json: {
          lead_origin: 'Lead Add Form',
          lead_source: 'Reference',
          total_visits: 2,
          total_time_spent_on_website: 900,
          do_not_email: 'No',
        },
      });
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({
        probability: expect.any(Number),
        score: expect.any(Number),
        grade: expect.stringMatching(/^[ABCD]$/),
        modelVersion: model.version,
      });
      const reasons = r.body.reasons as { positive: { text: string }[]; negative: unknown[] };
      expect(reasons.positive.length).toBeGreaterThan(0);
      expect(reasons.positive[0]?.text).toMatch(/: \+\d+$/);
      expect(await one('SELECT count(*) FROM leads_final')).toBe(9240);
    });

    it('breaks each score down so that baseline + reasons + other adds up to it', async () => {
      const rows = await sql('SELECT * FROM leads_final ORDER BY prospect_id LIMIT 200');
      const declared = api.lp.schema.columns.map((c) => c.name);
      const leads = rows.map((r) =>
        Object.fromEntries(
          declared.flatMap((c) => {
            const v = r[c];
            if (typeof v === 'bigint') return [[c, Number(v)]];
            return v === undefined || (v !== null && typeof v === 'object') ? [] : [[c, v]];
          }),
        ),
      );
      const r = await call('POST', '/score-lead', { json: leads });
      expect(r.status).toBe(200);
      type Broken = {
        baseline: number;
        other: number;
        override: number;
        positive: { scorePoints: number; logOdds: number }[];
        negative: { scorePoints: number; logOdds: number }[];
      };
      const scores = r.body as unknown as { score: number; reasons: Broken }[];
      const baseline = Math.round(100 / (1 + Math.exp(-modelBias(model))));
      for (const s of scores) {
        const { reasons } = s;
        expect(reasons.baseline).toBe(baseline);
        expect(reasons.override).toBe(0);
        const shown = [...reasons.positive, ...reasons.negative].reduce((t, x) => t + x.scorePoints, 0);
        expect(reasons.baseline + shown + reasons.other).toBe(s.score);
        for (const x of [...reasons.positive, ...reasons.negative])
          expect(Math.sign(x.scorePoints) * Math.sign(x.logOdds)).not.toBe(-1);
      }
      expect(scores.filter((s) => s.reasons.other !== 0).length).toBeGreaterThan(20);
    });

    it('scores a batch in order, exactly as the TypeScript scorer does, accepting source header names', async () => {
      const rows = await sql(
        'SELECT prospect_id, lead_origin, lead_source, do_not_email, total_visits, total_time_spent_on_website, page_views_per_visit, last_activity FROM leads_final ORDER BY prospect_id LIMIT 3',
      );
      const leads = rows.map((r) => ({
        ...r,
        total_visits: r.total_visits === null ? null : Number(r.total_visits),
        total_time_spent_on_website:
          r.total_time_spent_on_website === null ? null : Number(r.total_time_spent_on_website),
      })) as Record<string, string | number | boolean | null>[];
      const r = await call('POST', '/score-lead', {
        json: leads.map(({ lead_origin, ...rest }) => ({ 'Lead Origin': lead_origin, ...rest })),
      });
      expect(r.status).toBe(200);
      const scores = r.body as unknown as { id: string; probability: number; score: number }[];
      expect(scores.map((s) => s.id)).toEqual(leads.map((l) => l.prospect_id));
      leads.forEach((lead, i) => {
        const { prospect_id: _id, ...features } = lead;
        expect(scores[i]?.probability).toBe(scoreLead(model, features).probability);
      });
    });
  });

  it('shows the active model card on GET /model', async () => {
    const r = await get('/model');
    expect(r.status).toBe(200);
    const model = (await activeModel(api.lp)).model as LeadModel;
    expect(r.body).toMatchObject({ version: model.version, kind: model.kind, grades: model.grades });
    const inputs = r.body.inputs as { column: string; levels?: string[] }[];
    expect(inputs.find((i) => i.column === 'lead_origin')?.levels).toContain('Lead Add Form');
    expect(new Set(inputs.map((i) => i.column)).size).toBe(inputs.length);
    expect(r.body).not.toHaveProperty('gbt');
  });
});
