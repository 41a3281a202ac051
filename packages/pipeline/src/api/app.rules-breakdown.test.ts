/**
 * The score breakdown of a rules model over a real socket, on the real dataset scored by the shipped rules:
 * `GET /leads`, `GET /leads/{id}` and `POST /score-lead` add up to the score.
 */
import { describe, expect, it } from 'vitest';
import { useApiServer } from '../../test/api-server.ts';
import { loadedHome } from '../../test/api-support.ts';
import { overrideScore, useModel } from '../pipeline/score.ts';

type Broken = {
  baseline: number;
  other: number;
  override: number;
  positive: { feature: string; points: number; scorePoints: number }[];
  negative: { feature: string; points: number; scorePoints: number }[];
};

const parts = (r: Broken): number =>
  r.baseline + [...r.positive, ...r.negative].reduce((s, x) => s + x.scorePoints, 0) + r.other + r.override;

describe('the HTTP API over a real socket, with the rules model active: the score breakdown', () => {
  const api = useApiServer(async () => {
    const home = await loadedHome();
    await useModel(home.lp, 'rules');
    return home;
  });

  it('adds up to the score of every stored lead, each rule worth its points times 100 / (max - min)', async () => {
    const page = await api.get('/leads?limit=300&sort=prospect_id&columns=all');
    const items = page.body.items as { score: number; model_version: string; reasons: Broken }[];
    expect(items).toHaveLength(300);
    for (const lead of items) {
      expect(lead.model_version).toBe('rules-default-1');
      // The shipped rules run from -4 to 10 points: 0 points is a score of 29.
      expect(lead.reasons.baseline).toBe(29);
      expect(parts(lead.reasons)).toBe(lead.score);
      for (const x of [...lead.reasons.positive, ...lead.reasons.negative])
        expect(x.scorePoints).toBe(Math.round((x.points * 100) / 14));
    }
    expect(items.filter((l) => l.reasons.positive.length > 0).length).toBeGreaterThan(100);
  });

  it('adds up on POST /score-lead, naming each rule', async () => {
    const r = await api.call('POST', '/score-lead', {
      json: { lead_origin: 'Lead Add Form', lead_source: 'Reference', total_time_spent_on_website: 900 },
    });
    expect(r.status).toBe(200);
    const reasons = r.body.reasons as Broken;
    expect(reasons.positive.map((x) => x.feature)).toContain('Lead Add Form origin');
    expect(parts(reasons)).toBe(r.body.score);
  });

  it("leaves an overridden lead's reasons without a breakdown: the rules' own score is not stored", async () => {
    const id = String(
      (await api.sql('SELECT prospect_id FROM leads_final ORDER BY prospect_id LIMIT 1 OFFSET 3'))[0]
        ?.prospect_id,
    );
    await overrideScore(api.lp, id, 77, 'called them');
    const lead = (await api.get(`/leads/${id}`)).body.lead as {
      score: number;
      reasons: Record<string, unknown>;
    };
    expect(lead.score).toBe(77);
    expect(lead.reasons).not.toHaveProperty('baseline');
    expect(lead.reasons).toHaveProperty('positive');
  });
});
