import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import type { DuckDBConnection } from '@duckdb/node-api';
import { loadLeadTable } from '../../../test/lead-table.ts';
import type { LeadSchema } from '../../formats/lead-schema.ts';
import type { Lead } from '../model/lead.ts';
import type { LeadModel } from '../model/model.ts';
import { scoreLeads, GRADES } from '../model/compile-model.ts';
import { explainLead, topReasons } from '../model/explain.ts';
import { duckdbScoring } from './duckdb-scoring-sql.ts';
import { rulesToSql } from './rules-sql.ts';
import { snowflakeScoring } from './snowflake-scoring-sql.ts';
import { readRulesFileOrThrow, scoreLeadWithRules } from '../model/rules.ts';
import { trainModel, splitLeads } from '../train/train.ts';
import { defaultModel, defaultRulesPath, realLeads } from '../../../test/scoring-data.ts';

interface SqlRow {
  prospect_id: string;
  probability: number;
  score: number;
  grade: string;
  reasons: {
    positive: { feature: string; log_odds: number }[];
    negative: { feature: string; log_odds: number }[];
  };
}

describe('duckdbScoring.modelSql on DuckDB', () => {
  let conn: DuckDBConnection;
  let leads: Lead[];
  let schema: LeadSchema;
  let logistic: LeadModel;

  beforeAll(async () => {
    ({ leads, schema } = await realLeads());
    const db = await DuckDBInstance.create(':memory:', { autoinstall_known_extensions: 'false' });
    conn = await db.connect();
    await loadLeadTable(conn, 'leads_final', schema, leads);
    logistic = trainModel(splitLeads(leads).train, { schema, kinds: ['logistic'], seed: 7 });
  });
  afterAll(() => conn?.closeSync());

  async function checkAgreement(model: LeadModel, exactTies = false): Promise<void> {
    const sql = duckdbScoring.modelSql(model);
    await conn.run(sql.macro ?? '');
    const rows = (
      await conn.runAndReadAll('SELECT * FROM leadpipe_score()')
    ).getRowObjectsJson() as unknown as SqlRow[];
    expect(rows).toHaveLength(leads.length);
    const byId = new Map(rows.map((r) => [r.prospect_id, r]));
    const ts = scoreLeads(model, leads);
    let maxDiff = 0;
    let scoreMismatch = 0;
    leads.forEach((l, i) => {
      const r = byId.get(String(l.prospect_id));
      if (!r) throw new Error(`lead ${String(l.prospect_id)} missing from SQL output`);
      maxDiff = Math.max(maxDiff, Math.abs(Number(r.probability) - (ts.probability[i] ?? NaN)));
      if (r.score !== ts.score[i] || r.grade !== GRADES[ts.grade[i] ?? 0]) scoreMismatch++;
    });
    expect(maxDiff).toBeLessThan(1e-9);
    expect(scoreMismatch).toBe(0);
    // Reasons: every lead's SQL reasons are the TypeScript scorer's, in its order. The two sum a feature's
    // contribution in different orders, so contributions equal but for rounding may swap places; nothing else.
    const misordered: string[] = [];
    for (const l of leads) {
      const r = byId.get(String(l.prospect_id)) as SqlRow;
      const { contributions } = explainLead(model, l);
      const contribution = new Map(contributions.map((c) => [c.feature, c.logOdds]));
      const ts = topReasons(contributions);
      for (const [sqlList, tsList] of [
        [r.reasons.positive, ts.positive],
        [r.reasons.negative, ts.negative],
      ] as const) {
        const swapped = sqlList.some((reason, k) => {
          const mine = contribution.get(reason.feature) ?? NaN;
          const theirs = tsList[k]?.logOdds ?? NaN;
          const close = Math.abs(Number(reason.log_odds) - mine) < 1e-9;
          return (
            !close ||
            (reason.feature !== tsList[k]?.feature && (exactTies || !(Math.abs(mine - theirs) < 1e-9)))
          );
        });
        if (swapped || sqlList.length !== tsList.length) misordered.push(String(l.prospect_id));
      }
    }
    expect(misordered).toEqual([]);
  }

  it('agrees with the TypeScript scorer on every real lead for the shipped tree model', async () => {
    const model = defaultModel();
    expect(model.kind).toBe('gbt');
    await checkAgreement(model);
  });

  it('agrees with the TypeScript scorer on every real lead for a logistic model', async () => {
    await checkAgreement(logistic);
  });

  it('orders reasons of equal effect by name the same way in SQL and TypeScript', async () => {
    // Two yes/no features made to weigh exactly the same, measured from an offset that makes both positive
    // reasons at the top of nearly every lead: only the tie-break decides their order, and the two sides
    // compute them bit for bit alike.
    if (logistic.kind !== 'logistic') throw new Error('trained a logistic model');
    const spec = logistic.features.spec.features;
    const pair = spec.flatMap((f, i) => (f.kind === 'boolean' ? [i] : [])).slice(0, 2);
    expect(pair).toHaveLength(2);
    const { columns, weights, offsets } = logistic.logistic;
    const tied: LeadModel = {
      ...logistic,
      version: 'tied',
      logistic: {
        ...logistic.logistic,
        weights: weights.map((w, j) => (pair.includes(columns[j]?.feature ?? -1) ? 2.5 : w)),
        offsets: offsets.map((o, i) => (pair.includes(i) ? -2 : o)),
      },
    };
    const names = pair.map((i) => spec[i]?.name);
    const decided = leads.filter((l) => {
      const top = topReasons(explainLead(tied, l).contributions).positive.map((r) => r.feature);
      return names.every((n) => top.includes(n as string));
    });
    expect(decided.length).toBeGreaterThan(leads.length / 2);
    await checkAgreement(tied, true);
  });

  it('scores a tree model whose trees never split, with no reasons', async () => {
    const base = defaultModel();
    if (base.kind !== 'gbt') throw new Error('the shipped model is a tree model');
    const stumps: LeadModel = {
      ...base,
      gbt: { ...base.gbt, trees: base.gbt.trees.slice(0, 3).map((t) => ({ type: 'leaf', value: t.value })) },
    };
    const sql = duckdbScoring.modelSql(stumps, { macroName: 'stumps' });
    expect(sql.features).toEqual([]);
    await conn.run(sql.macro ?? '');
    const rows = (
      await conn.runAndReadAll('SELECT * FROM stumps() LIMIT 5')
    ).getRowObjectsJson() as unknown as SqlRow[];
    const p = scoreLeads(stumps, leads.slice(0, 1)).probability[0] ?? NaN;
    for (const r of rows) {
      expect(Number(r.probability)).toBeCloseTo(p, 12);
      expect(r.reasons).toEqual({ positive: [], negative: [] });
    }
  });

  it('scores rules the same in SQL and TypeScript', async () => {
    const rules = readRulesFileOrThrow(defaultRulesPath, schema);
    const { select } = rulesToSql(rules, duckdbScoring);
    const rows = (await conn.runAndReadAll(select)).getRowObjectsJson() as unknown as {
      prospect_id: string;
      points: number;
      score: number;
      grade: string;
    }[];
    const byId = new Map(rows.map((r) => [r.prospect_id, r]));
    let fired = 0;
    for (const l of leads) {
      const ts = scoreLeadWithRules(rules, l);
      const r = byId.get(String(l.prospect_id));
      expect([r?.points, r?.score, r?.grade]).toEqual([ts.points, ts.score, ts.grade]);
      if (ts.points !== 0) fired++;
    }
    expect(fired).toBeGreaterThan(leads.length / 2);
  });
});

describe('model SQL text', () => {
  it("finds each tree's leaf once for DuckDB and picks leaf values and contributions by it", () => {
    const model = defaultModel();
    if (model.kind !== 'gbt') throw new Error('the shipped model is a tree model');
    const sql = duckdbScoring.modelSql(model);
    expect(sql.leaves).toHaveLength(model.gbt.trees.length);
    expect(sql.leaves[0]?.sql).toMatch(/^CASE WHEN .* THEN [1-9]/);
    expect(sql.margin).toContain('][__t0]');
    // Only features some tree splits on are computed, valued and ranked.
    const split = new Set<number>();
    const visit = (n: (typeof model.gbt.trees)[number]): void => {
      if (n.type === 'leaf') return;
      split.add(n.feature);
      visit(n.left);
      visit(n.right);
    };
    model.gbt.trees.forEach(visit);
    expect(sql.contributions.map((c) => c.alias)).toEqual(
      [...split].sort((x, y) => x - y).map((i) => `__c${i}`),
    );
    // Level indexes and list picks keep the text, so the planning, small (136,549 bytes when measured).
    expect(sql.select.length).toBeLessThan(150_000);
  });

  it('writes Snowflake SQL with quoted identifiers, DOUBLE literals and an ARRAY of reasons', () => {
    const sql = snowflakeScoring.modelSql(defaultModel());
    expect(sql.macro).toBeNull();
    expect(sql.select).toContain('"lead_source"');
    expect(sql.select).toContain('ARRAY_CONSTRUCT(OBJECT_CONSTRUCT(');
    expect(sql.select).not.toContain('list_sort');
    expect(sql.probability).toMatch(/^1e0 \/ \(1e0 \+ EXP\(/);
    expect(sql.select).toMatch(/^SELECT "prospect_id", 'gbt-[0-9a-f]{16}' AS model_version/);
  });
});
