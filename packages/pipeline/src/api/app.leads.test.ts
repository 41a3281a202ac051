/**
 * The read routes over a real socket on the real dataset: `GET /leads`, `GET /leads/{id}`, `GET /lead-count` and `GET /stats`.
 */
import { describe, expect, it } from 'vitest';
import { useApiServer } from '../../test/api-server.ts';
import { activeModel, overrideScore } from '../pipeline/score.ts';
import { modelBias } from '../scoring/model/explain.ts';
import type { LeadModel } from '../scoring/model/model.ts';
import { reasonsJsonSql } from '../warehouse/duckdb/duckdb-ddl.ts';

describe('the HTTP API over a real socket, on the real dataset: leads and stats', () => {
  const api = useApiServer();
  const { get, sql, one } = api;

  describe('GET /leads', () => {
    it('pages all 9,240 leads, 50 at a time by default, with every score field present', async () => {
      const r = await get('/leads');
      expect(r.status).toBe(200);
      expect(r.body.total).toBe(9240);
      expect(r.body.items).toHaveLength(50);
      const lead = r.body.items?.[0] ?? {};
      expect(typeof lead.prospect_id).toBe('string');
      for (const c of ['probability', 'score', 'grade', 'model_version', 'scored_at'])
        expect(lead).toHaveProperty(c);
      expect(typeof lead.total_visits === 'number' || lead.total_visits === null).toBe(true);
      expect(r.body.nextCursor).toEqual(expect.any(String));
    });

    it('sorts by any column in both directions, missing values last', async () => {
      const max = await one('SELECT max(total_visits) FROM leads_final');
      const desc = await get('/leads?sort=-total_visits&limit=3&columns=total_visits');
      expect(desc.body.items?.[0]?.total_visits).toBe(max);
      expect(Object.keys(desc.body.items?.[0] ?? {})).toEqual(['prospect_id', 'total_visits']);
      const asc = await get('/leads?sort=total_visits&order=asc&limit=1&offset=9239&columns=total_visits');
      expect(asc.body.items?.[0]?.total_visits).toBeNull();
      const byTime = await get(
        '/leads?sort=total_time_spent_on_website&order=desc&limit=5&columns=total_time_spent_on_website',
      );
      const times = (byTime.body.items ?? []).map((i) => i.total_time_spent_on_website as number);
      expect(times).toEqual([...times].sort((a, b) => b - a));
    });

    it('walks every lead exactly once with the cursor, across ties and nulls', async () => {
      const seen = new Set<string>();
      let previous = Infinity;
      let cursor: unknown = undefined;
      let pages = 0;
      do {
        const r = await get(
          `/leads?sort=-total_visits&limit=1000&columns=total_visits${cursor ? `&cursor=${cursor}` : ''}`,
        );
        expect(r.status).toBe(200);
        for (const item of r.body.items ?? []) {
          seen.add(item.prospect_id as string);
          const v = item.total_visits === null ? -Infinity : (item.total_visits as number);
          expect(v).toBeLessThanOrEqual(previous);
          previous = v;
        }
        cursor = r.body.nextCursor;
        pages++;
      } while (cursor && pages < 20);
      expect(pages).toBe(10);
      expect(seen.size).toBe(9240);
    });

    it('filters by any column, conversion and free text, counting like SQL does', async () => {
      const r = await get(
        '/leads?filter.lead_source=Google&converted=true&limit=5&columns=lead_source,converted',
      );
      expect(r.body.total).toBe(
        await one(`SELECT count(*) FROM leads_final WHERE lead_source = 'Google' AND converted`),
      );
      expect((r.body.items ?? []).every((i) => i.lead_source === 'Google' && i.converted === true)).toBe(
        true,
      );
      const o = await get(
        `/leads?filter.lead_origin=${encodeURIComponent('Lead Add Form')}&filter.do_not_email=false&limit=1`,
      );
      expect(o.body.total).toBe(
        await one(
          `SELECT count(*) FROM leads_final WHERE lead_origin = 'Lead Add Form' AND NOT do_not_email`,
        ),
      );
      const unknown = await get('/leads?filter.no_such_column=1');
      expect(unknown.status).toBe(400);
      expect(unknown.body).toMatchObject({
        code: 'E_UNKNOWN_COLUMN',
        detail: expect.stringContaining('"no_such_column"'),
      });
      expect((await get(`/leads?${encodeURIComponent('filter.x;drop')}=1`)).status).toBe(400);
      const id = String(
        (await sql('SELECT prospect_id FROM leads_final ORDER BY prospect_id LIMIT 1'))[0]?.prospect_id,
      );
      const q = await get(`/leads?q=${id.slice(0, 13).toUpperCase()}`);
      expect(q.body.items?.some((i) => i.prospect_id === id)).toBe(true);
      const bySourceText = await get('/leads?q=olark&limit=1');
      expect(bySourceText.body.total).toBe(
        await one(
          `SELECT count(*) FROM leads_final WHERE prospect_id ILIKE '%olark%' OR lead_origin ILIKE '%olark%' OR lead_source ILIKE '%olark%' OR last_activity ILIKE '%olark%' OR country ILIKE '%olark%' OR specialization ILIKE '%olark%' OR how_did_you_hear_about_x_education ILIKE '%olark%' OR what_is_your_current_occupation ILIKE '%olark%' OR what_matters_most_to_you_in_choosing_a_course ILIKE '%olark%'`,
        ),
      );
    });

    it('filters by grade and score range (nothing matches until leads are scored)', async () => {
      const r = await get('/leads?grade=A,B&min_score=50&max_score=100&limit=5');
      expect(r.status).toBe(200);
      const table = await sql(
        `SELECT count(*) AS n FROM information_schema.columns WHERE table_name = 'leads_final' AND column_name = 'grade'`,
      );
      if (Number(table[0]?.n) === 0) expect(r.body.total).toBe(0);
      else
        expect(r.body.total).toBe(
          await one(`SELECT count(*) FROM leads_final WHERE grade IN ('A','B') AND score BETWEEN 50 AND 100`),
        );
    });

    it('treats SQL in a filter value as a value and refuses it in sort and column names', async () => {
      const value = await get(`/leads?filter.lead_source=${encodeURIComponent("x' OR '1'='1")}`);
      expect(value.status).toBe(200);
      expect(value.body.total).toBe(0);
      const q = await get(`/leads?q=${encodeURIComponent("%' OR 1=1; DROP TABLE leads_final; --")}`);
      expect(q.body.total).toBe(0);
      for (const path of [
        `/leads?sort=${encodeURIComponent('score; DROP TABLE leads_final')}`,
        `/leads?sort=${encodeURIComponent('(SELECT 1)')}`,
        '/leads?sort=no_such_column',
        `/leads?columns=${encodeURIComponent('prospect_id,"x"')}`,
        '/leads?columns=prospect_id,secret_column',
        '/leads?cursor=bm90IGEgY3Vyc29y',
      ]) {
        const r = await get(path);
        expect(r.status, path).toBe(400);
        expect(r.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      }
      expect(await one('SELECT count(*) FROM leads_final')).toBe(9240);
    });
  });

  it('returns one lead with every column and its score history on GET /leads/{id}', async () => {
    const id = String(
      (await sql('SELECT prospect_id FROM leads_final ORDER BY total_visits DESC NULLS LAST LIMIT 1'))[0]
        ?.prospect_id,
    );
    const r = await get(`/leads/${id}`);
    expect(r.status).toBe(200);
    const lead = r.body.lead as Record<string, unknown>;
    expect(lead.prospect_id).toBe(id);
    expect(lead).toHaveProperty('specialization');
    expect(lead).toHaveProperty('reasons');
    expect(lead.first_seen_at).toMatch(/^\d{4}-\d\d-\d\dT/);
    const history = r.body.scoreHistory as Record<string, unknown>[];
    if (lead.score === null) expect(history).toEqual([]);
    else {
      expect(lead).toMatchObject({
        score: expect.any(Number),
        grade: expect.stringMatching(/^[ABCD]$/),
        reasons: expect.any(Object),
      });
      expect(history[0]).toMatchObject({
        leadKey: id,
        source: 'model',
        score: lead.score,
        modelVersion: lead.model_version,
      });
      expect(history[0]?.scoredAt).toMatch(/^\d{4}-\d\d-\d\dT/);
      // The warehouse stores reasons compactly; the API serves them as POST /score-lead does, with label and text.
      const stored = JSON.parse(
        String(
          (
            await sql(
              `SELECT ${reasonsJsonSql('reasons')} AS reasons FROM leads_final WHERE prospect_id = '${id}'`,
            )
          )[0]?.reasons,
        ),
      ) as { positive: Record<string, unknown>[] };
      expect(stored.positive[0]).not.toHaveProperty('text');
      const reasons = lead.reasons as {
        positive: Record<string, unknown>[];
        negative: Record<string, unknown>[];
      };
      expect(reasons.positive.length + reasons.negative.length).toBeGreaterThan(0);
      for (const x of [...reasons.positive, ...reasons.negative]) {
        expect(x.label).toEqual(expect.any(String));
        expect(x.label).not.toBe(x.feature);
        expect(Object.keys(x).sort()).toEqual([
          'feature',
          'label',
          'logOdds',
          'points',
          'scorePoints',
          'text',
          'value',
        ]);
        expect(x.text).toBe(
          `${String(x.label)} = ${String(x.value)}: ${Number(x.points) >= 0 ? '+' : ''}${String(x.points)}`,
        );
      }
      const list = await get(`/leads?limit=5&sort=score&order=desc&columns=prospect_id,reasons`);
      const items = list.body.items as { reasons: { positive: { text?: string }[] } }[];
      expect(items[0]?.reasons.positive[0]?.text).toMatch(/ = .*: \+\d+$/);
    }
    const missing = await get('/leads/no-such-lead');
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('E_LEAD_NOT_FOUND');
  });

  describe('the score breakdown', () => {
    type Broken = {
      baseline: number;
      other: number;
      override: number;
      positive: { scorePoints: number; logOdds: number }[];
      negative: { scorePoints: number; logOdds: number }[];
    };
    const parts = (r: Broken): number =>
      r.baseline +
      [...r.positive, ...r.negative].reduce((s, x) => s + x.scorePoints, 0) +
      r.other +
      r.override;

    it('adds up to the score of every lead on a page and on GET /leads/{id}: baseline + reasons + other', async () => {
      const page = await get('/leads?limit=300&sort=prospect_id&columns=all');
      const items = page.body.items as { prospect_id: string; score: number; reasons: Broken }[];
      expect(items).toHaveLength(300);
      const model = (await activeModel(api.lp)).model as LeadModel;
      const baseline = Math.round(100 / (1 + Math.exp(-modelBias(model))));
      for (const lead of items) {
        expect(lead.reasons.baseline).toBe(baseline);
        expect(lead.reasons.override).toBe(0);
        expect(parts(lead.reasons)).toBe(lead.score);
        for (const x of lead.reasons.positive) expect(x.scorePoints).toBeGreaterThanOrEqual(0);
        for (const x of lead.reasons.negative) expect(x.scorePoints).toBeLessThanOrEqual(0);
      }
      // Not only baseline and other: the reasons carry real amounts.
      expect(items.filter((l) => l.reasons.positive.some((x) => x.scorePoints > 0)).length).toBeGreaterThan(
        100,
      );
      for (const lead of items.slice(0, 5)) {
        const one = await get(`/leads/${lead.prospect_id}`);
        expect((one.body.lead as { reasons: Broken }).reasons).toEqual(lead.reasons);
      }
      // A page without the columns the breakdown needs serves the reasons as stored, completed.
      const bare = await get('/leads?limit=1&sort=prospect_id&columns=prospect_id,reasons');
      const reasons = (bare.body.items?.[0] as { reasons: Record<string, unknown> }).reasons;
      expect(reasons).not.toHaveProperty('baseline');
    });

    it("keeps a manual override apart: the model's parts add up to its own score, the override to the rest", async () => {
      const row = (
        await sql('SELECT prospect_id, score FROM leads_final ORDER BY prospect_id DESC LIMIT 1 OFFSET 7')
      )[0];
      const id = String(row?.prospect_id);
      const modelScore = Number(row?.score);
      const manual = modelScore > 50 ? 5 : 95;
      await overrideScore(api.lp, id, manual, 'called them');
      try {
        const lead = (await get(`/leads/${id}`)).body.lead as { score: number; reasons: Broken };
        expect(lead.score).toBe(manual);
        expect(lead.reasons.override).toBe(manual - modelScore);
        expect(parts(lead.reasons)).toBe(manual);
      } finally {
        await overrideScore(api.lp, id, null, '');
      }
    });
  });

  it('counts final leads, and raw rows and files with source=raw', async () => {
    expect((await get('/lead-count')).body).toEqual({ source: 'final', count: 9240 });
    expect((await get('/lead-count?source=raw')).body).toEqual({ source: 'raw', count: 9240, files: 1 });
    expect((await get('/lead-count?source=s3')).status).toBe(400);
  });

  it("aggregates totals, and conversion by the default model's most important categorical features, on GET /stats", async () => {
    const r = await get('/stats');
    expect(r.status).toBe(200);
    expect(r.body.label).toBe('converted');
    const totals = r.body.totals as Record<string, number>;
    expect(totals.leads).toBe(9240);
    expect(totals.converted).toBe(await one('SELECT count(*) FROM leads_final WHERE converted'));
    expect(totals.conversionRate).toBeCloseTo((totals.converted ?? 0) / 9240, 10);
    const breakdowns = r.body.breakdowns as {
      column: string;
      label: { en: string; es: string };
      buckets: { value: string | null; leads: number; converted: number }[];
    }[];
    // The categorical columns the default model leans on most (mean |contribution| on these leads).
    expect(breakdowns.map((b) => b.column)).toEqual([
      'last_activity',
      'what_matters_most_to_you_in_choosing_a_course',
      'what_is_your_current_occupation',
      'lead_origin',
    ]);
    const origin = breakdowns.find((b) => b.column === 'lead_origin');
    expect(origin?.label).toEqual({ en: 'Lead origin', es: 'Origen del lead' });
    expect(origin?.buckets.reduce((s, x) => s + x.leads, 0)).toBe(9240);
    expect(origin?.buckets[0]).toMatchObject({
      value: 'Landing Page Submission',
      leads: await one(`SELECT count(*) FROM leads_final WHERE lead_origin = 'Landing Page Submission'`),
    });
  });

  it('describes the columns, the label and the model features on GET /schema', async () => {
    const r = await get('/schema');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ key: 'prospect_id', label: 'converted' });
    const columns = r.body.columns as { name: string; categorical: boolean; levels?: { value: string }[] }[];
    const byName = new Map(columns.map((c) => [c.name, c]));
    expect(byName.get('lead_origin')?.categorical).toBe(true);
    expect(byName.get('lead_origin')?.levels?.[0]?.value).toBe('Landing Page Submission');
    expect(byName.get('do_not_email')?.categorical).toBe(true);
    expect(byName.get('prospect_id')?.categorical).toBe(false);
    expect(byName.get('total_time_spent_on_website')?.categorical).toBe(false);
    const features = r.body.features as {
      column: string;
      kind: string;
      importance: number;
      typical?: unknown;
    }[];
    expect(features.slice(0, 2).map((f) => f.column)).toEqual([
      'total_time_spent_on_website',
      'last_activity',
    ]);
    expect(features.reduce((s, f) => s + f.importance, 0)).toBeCloseTo(1, 9);
    expect(features.find((f) => f.column === 'total_time_spent_on_website')).toMatchObject({
      kind: 'numeric',
      range: [expect.any(Number), expect.any(Number)],
      typical: expect.any(Number),
    });
  });
});
