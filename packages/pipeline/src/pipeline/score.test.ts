import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settingsFromConfig } from './home.ts';
import { REAL_LEADS, openTemp } from '../../test/helpers.ts';
import { StandInSession, registry, schema, warehouse } from '../../test/snowflake-stand-in.ts';
import { loadConfigOrThrow } from '../config/config.ts';
import type { Stage } from '../stage/stage.ts';
import { completeReasons, reasonLabels } from '../scoring/model/explain.ts';
import { runPipeline } from './run.ts';
import {
  activeModel,
  leadsFromWarehouse,
  overrideScore,
  readModelOrThrow,
  scoreOne,
  activateModel,
  applyScoring,
  useModel,
} from './score.ts';
import { reasonsJsonSql } from '../warehouse/duckdb/duckdb-ddl.ts';

interface StoredScore {
  prospect_id: string;
  probability: number | null;
  score: number;
  grade: string;
  reasons: string;
  model_version: string;
}

describe('scoring in the warehouse', () => {
  let env: Awaited<ReturnType<typeof openTemp>>;
  beforeAll(async () => {
    env = await openTemp();
    await runPipeline(env.lp, [REAL_LEADS]);
  });
  afterAll(() => env.cleanup());

  async function stored(): Promise<Map<string, StoredScore>> {
    const rows = (await env.lp.warehouse.query(
      `SELECT prospect_id, probability, score, grade, ${reasonsJsonSql('reasons')} AS reasons, model_version FROM leads_final`,
    )) as unknown as StoredScore[];
    return new Map(rows.map((r) => [r.prospect_id, r]));
  }

  it('scores every lead of the real dataset right after the merge, as the TypeScript scorer does', async () => {
    const { model } = await activeModel(env.lp);
    const labelOf = reasonLabels(model);
    const byId = await stored();
    const leads = await leadsFromWarehouse(env.lp);
    expect(leads).toHaveLength(9240);
    let worst = 0;
    for (const lead of leads) {
      const sql = byId.get(String(lead.prospect_id))!;
      const ts = scoreOne(model, lead);
      worst = Math.max(worst, Math.abs((sql.probability ?? NaN) - (ts.probability ?? NaN)));
      expect([sql.score, sql.grade, sql.model_version]).toEqual([ts.score, ts.grade, ts.modelVersion]);
      // Stored compactly (no label, no text); readers complete them, as the API does.
      const compact = JSON.parse(sql.reasons) as { positive: object[]; negative: object[] };
      for (const r of [...compact.positive, ...compact.negative]) {
        expect(Object.keys(r).sort()).toEqual(['feature', 'log_odds', 'points', 'value']);
      }
      const reasons = completeReasons(compact, labelOf) as {
        positive: { text: string }[];
        negative: { text: string }[];
      };
      expect(reasons.positive.map((r) => r.text)).toEqual(ts.reasons.positive.map((r) => r.text));
      expect(reasons.negative.map((r) => r.text)).toEqual(ts.reasons.negative.map((r) => r.text));
    }
    expect(worst).toBeLessThan(1e-9);
  });

  it('rescores every lead with the rules model, agreeing with the TypeScript rules scorer', async () => {
    const rules = readModelOrThrow('rules', env.lp.schema);
    await activateModel(env.lp, rules);
    expect(await applyScoring(env.lp)).toBe(9240);
    const byId = await stored();
    for (const lead of (await leadsFromWarehouse(env.lp)).slice(0, 2000)) {
      const sql = byId.get(String(lead.prospect_id))!;
      const ts = scoreOne(rules, lead);
      expect(sql).toMatchObject({
        probability: null,
        score: ts.score,
        grade: ts.grade,
        model_version: rules.version,
      });
      const reasons = JSON.parse(sql.reasons) as {
        positive: { text: string }[];
        negative: { text: string }[];
      };
      expect(reasons.positive.map((r) => r.text)).toEqual(ts.reasons.positive.map((r) => r.text));
      expect(reasons.negative.map((r) => r.text)).toEqual(ts.reasons.negative.map((r) => r.text));
    }
    expect(await applyScoring(env.lp)).toBe(0);
  });

  it('keeps a manual override through rescoring and a model change until it is cleared, with history', async () => {
    const id = '7927b2df-8bba-4d29-b9a2-b6e0beafe620';
    await overrideScore(env.lp, id, 97, 'CEO referral');
    expect((await stored()).get(id)).toMatchObject({ score: 97, grade: 'A' });
    await activateModel(env.lp, readModelOrThrow('default', env.lp.schema));
    await applyScoring(env.lp);
    const after = (await stored()).get(id)!;
    expect(after).toMatchObject({
      score: 97,
      grade: 'A',
      model_version: readModelOrThrow('default', env.lp.schema).version,
    });
    await overrideScore(env.lp, id, null, 'cleared');
    const cleared = (await stored()).get(id)!;
    expect(cleared.score).not.toBe(97);
    const history = await env.lp.warehouse.scoreHistory(id);
    expect(history.map((h) => h.source)).toEqual(['model', 'override', 'override', 'model', 'model']);
    expect(history[1]).toMatchObject({ score: 97, reason: 'CEO referral' });
  });

  it('refuses an override for an unknown lead or an out-of-range score', async () => {
    await expect(overrideScore(env.lp, 'no-such-id', 50, 'x')).rejects.toThrow(/no lead with prospect_id/);
    await expect(overrideScore(env.lp, '7927b2df-8bba-4d29-b9a2-b6e0beafe620', 101, 'x')).rejects.toThrow(
      /0 to 100/,
    );
  });
});

describe('useModel (`leadpipe model use`) on Snowflake, through a stand-in connection', () => {
  it('stores the model as the only active one, compiles its scoring and calls apply_scoring once', async () => {
    const rules = readModelOrThrow('rules', schema);
    const session = new StandInSession()
      .on('FROM "LEADPIPE_COLUMNS"', registry)
      .on('WHERE "ACTIVE" LIMIT 1', [{ VERSION: 'gbt-old', KIND: 'gbt', BODY: '{}' }])
      // The engine checks the model it compiles is the active one before it creates the scoring UDF.
      .on('WHERE "ACTIVE" AND "VERSION" = ?', [{ VERSION: rules.version }])
      .on('CALL "LEADPIPE_APPLY_SCORING"', [{ LEADPIPE_APPLY_SCORING: 42 }]);
    const wh = warehouse(session);
    const config = loadConfigOrThrow({ env: {}, cwd: '/tmp' });
    const lp = {
      config,
      home: settingsFromConfig(config),
      homeStored: false,
      schema,
      stage: {} as Stage,
      warehouse: wh,
      close: () => wh.close(),
    };
    const used = await useModel(lp, 'rules');
    expect(used).toEqual({ version: rules.version, kind: 'rules', previous: 'gbt-old', rescored: 42 });
    const saved = session.find('MERGE INTO "LEADPIPE_MODELS"');
    expect(saved.map((s) => [s.binds[0], s.binds[3]])).toEqual([[rules.version, true]]);
    expect(session.find('SET "ACTIVE" = FALSE')).toHaveLength(1);
    expect(session.find('CALL "LEADPIPE_APPLY_SCORING"')).toHaveLength(1);
  });
});
