import { describe, expect, it } from 'vitest';
import { scoringFunctionsSql } from '../../warehouse/snowflake/snowflake-store-sql.ts';
import { readRulesFileOrThrow } from '../model/rules.ts';
import type { LeadModel } from '../model/model.ts';
import type { TreeNode } from '../model/tree.ts';
import { splitFeatures } from '../model/tree.ts';
import { compileScoringSql } from '../scoring-sql.ts';
import { defaultModel, defaultRulesPath, realLeads } from '../../../test/scoring-data.ts';
import { snowflakeScoring } from './snowflake-scoring-sql.ts';

// Snowflake cannot run here: these pin the text of the UDF body (the whole plan is pinned by
// test/sql-golden). The DuckDB body, built from the same column plan and set-based SQL, is checked
// against the TypeScript scorer on every lead (duckdb-lead-score-sql.test.ts).
/** A one-split tree on feature `f` of `fitted`, as its encoding allows (a level set or a threshold). */
function splitOn(fitted: LeadModel['features'], f: number): TreeNode {
  const leaf = (value: number): TreeNode => ({ type: 'leaf', value });
  return fitted.encodings[f]?.kind === 'categorical'
    ? { type: 'categorical', feature: f, leftLevels: [0], value: 0, left: leaf(0.5), right: leaf(-0.5) }
    : {
        type: 'numeric',
        feature: f,
        threshold: 1,
        missingLeft: false,
        value: 0,
        left: leaf(0.5),
        right: leaf(-0.5),
      };
}

describe('LEADPIPE_SCORE("LEAD" VARIANT) on Snowflake', () => {
  const options = { nullTokens: ['', 'Select', ' NA '], integerColumns: ['total_visits'] };

  it('is one aggregate over the argument: no FLATTEN, window or GROUP BY a correlated call could not run', () => {
    const model = defaultModel();
    const body = snowflakeScoring.leadScoreSql(model, options);
    expect(body).toMatch(
      new RegExp(
        `^SELECT ANY_VALUE\\(OBJECT_CONSTRUCT_KEEP_NULL\\('model_version', '${model.version}', 'probability', probability,`,
      ),
    );
    expect(body).not.toMatch(/FLATTEN|ROW_NUMBER|GROUP BY|list_|json_extract|\bFROM leads/i);
    // Every column the model reads, from the argument, once per kind it is read as.
    const columns = new Set(
      model.features.spec.features.flatMap((f) => [
        f.column,
        ...(f.kind === 'numeric' && f.divideBy ? [f.divideBy] : []),
      ]),
    );
    for (const c of columns) expect(body).toContain(`GET("LEAD", '${c}')`);
    // Null tokens folded as the cleaner folds them; integer text must be integer digits.
    expect(body).toContain(`IN ('', 'select', 'na') THEN NULL`);
    expect(body).toContain(`REGEXP_LIKE(__t`);
    expect(body).toContain(`'^[+-]?[0-9]+([.]0+)?$'`);
  });

  it('ranks the top 3 reasons each way by comparisons, ties by feature name as the TypeScript scorer orders them', () => {
    const base = defaultModel();
    if (base.kind !== 'gbt') throw new Error('the shipped model is a tree model');
    // Three features, named so that a tie orders them c, b, a among positive reasons and a, b, c among negative.
    const feats = base.features.spec.features
      .slice(0, 3)
      .map((f, i) => ({ ...f, name: ['b', 'a', 'c'][i] as string }));
    const model: LeadModel = {
      ...base,
      features: {
        ...base.features,
        spec: { ...base.features.spec, features: feats },
        encodings: base.features.encodings.slice(0, 3),
      },
      // One tree per feature, splitting on it: each of the three can be a reason.
      gbt: { ...base.gbt, trees: [0, 1, 2].map((f) => splitOn(base.features, f)) },
    };
    const body = snowflakeScoring.leadScoreSql(model);
    // Feature 0 ("b") is ahead of 1 ("a") on a positive tie, behind 2 ("c").
    expect(body).toContain(
      'CASE WHEN __c0 > 0 THEN 1 + IFF(__c1 > __c0, 1, 0) + IFF(__c2 >= __c0, 1, 0) END AS __p0',
    );
    expect(body).toContain(
      'CASE WHEN __c0 < 0 THEN 1 + IFF(__c1 <= __c0, 1, 0) + IFF(__c2 < __c0, 1, 0) END AS __n0',
    );
    expect(body).toContain(
      `OBJECT_CONSTRUCT('positive', ARRAY_COMPACT(ARRAY_CONSTRUCT(CASE WHEN __p0 = 1 THEN reasons[0] WHEN __p1 = 1 THEN reasons[1] WHEN __p2 = 1 THEN reasons[2] END, `,
    );
  });

  it('ranks only the features some tree splits on: any other contributes 0 to every lead, never a reason', () => {
    const model = defaultModel();
    if (model.kind !== 'gbt') throw new Error('the shipped model is a tree model');
    const split = splitFeatures(model.gbt.trees);
    const feats = model.features.spec.features;
    expect(split.size).toBeGreaterThan(0);
    expect(split.size).toBeLessThan(feats.length);
    const body = snowflakeScoring.leadScoreSql(model);
    feats.forEach((_, i) => {
      const ranked = split.has(i);
      expect(body.includes(`END AS __p${i},`), `feature ${i}`).toBe(ranked);
      expect(body.includes(`IFF(__c${i} `), `feature ${i}`).toBe(ranked);
      expect(body.includes(`THEN reasons[${i}]`), `feature ${i}`).toBe(ranked);
      // Every feature keeps its place in the reasons ARRAY.
      expect(body).toContain(`'feature', '${feats[i]?.name}'`);
    });
    // A model whose trees never split has no reason to rank: an empty list each way, still one aggregate.
    const stumps: LeadModel = { ...model, gbt: { ...model.gbt, trees: [{ type: 'leaf', value: 0.1 }] } };
    expect(snowflakeScoring.leadScoreSql(stumps)).toContain(
      `OBJECT_CONSTRUCT('positive', ARRAY_COMPACT(ARRAY_CONSTRUCT(NULL, NULL, NULL)), 'negative', ARRAY_COMPACT(ARRAY_CONSTRUCT(NULL, NULL, NULL)))`,
    );
  });

  it('gives a rules model no probability and its fired rules in |points| order, then rule order, with their text', async () => {
    const rules = readRulesFileOrThrow(defaultRulesPath, (await realLeads()).schema);
    const body = snowflakeScoring.leadScoreSql(rules);
    expect(body).toMatch(
      /^SELECT ANY_VALUE\(OBJECT_CONSTRUCT_KEEP_NULL\('model_version', 'rules-default-1', 'probability', NULL,/,
    );
    const positive = rules.rules
      .map((r, i) => ({ i, p: r.points, name: r.name ?? `rule ${i + 1}` }))
      .filter((r) => r.p > 0)
      .sort((a, b) => Math.abs(b.p) - Math.abs(a.p) || a.i - b.i);
    const first = positive[0];
    if (!first) throw new Error('the shipped rules have positive rules');
    expect(body).toContain(
      `CASE WHEN __w${first.i} AND 1 = 1 THEN OBJECT_CONSTRUCT('feature', '${first.name}', `,
    );
    expect(body).toContain(`'text', '${first.name}: +${first.p}')`);
  });

  it('is created beside the table function as an overload, from the compiled model', () => {
    const scoring = compileScoringSql(defaultModel(), 'snowflake', 'prospect_id', options);
    const ddl = scoringFunctionsSql(scoring, 'prospect_id');
    expect(ddl).toHaveLength(3);
    expect(ddl[1]).toMatch(/^CREATE OR REPLACE FUNCTION "LEADPIPE_SCORE"\(\)\nRETURNS TABLE/);
    expect(ddl[2]).toBe(
      `CREATE OR REPLACE FUNCTION "LEADPIPE_SCORE"("LEAD" VARIANT)\nRETURNS OBJECT\nLANGUAGE SQL\nCOMMENT = 'leadpipe model ${scoring.version} (gbt)'\nAS $$\n${scoring.leadScore}\n$$`,
    );
  });
});
