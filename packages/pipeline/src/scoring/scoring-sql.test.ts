import { describe, expect, it } from 'vitest';
import { readRulesFileOrThrow } from './model/rules.ts';
import { compileScoringSql } from './scoring-sql.ts';
import { defaultModel, defaultRulesPath, realLeads } from '../../test/scoring-data.ts';
import { duckdbScoring } from './sql/duckdb-scoring-sql.ts';
import { snowflakeScoring } from './sql/snowflake-scoring-sql.ts';
import { BATCH_ROW } from '../warehouse/warehouse.ts';

describe('compileScoringSql', () => {
  it('keeps the DuckDB SELECT of a trained model exactly as duckdbScoring.modelSql writes it', async () => {
    const model = defaultModel();
    const compiled = compileScoringSql(model, 'duckdb', 'prospect_id');
    expect(compiled.select).toBe(
      duckdbScoring.modelSql(model, { table: 'leads_to_score', key: 'prospect_id' }).select,
    );
    expect(compiled.batchSelect).toBe(
      duckdbScoring.modelSql(model, { table: 'leadpipe_batch', key: 'prospect_id' }).select,
    );
    // The task's SELECT that carries the batch row through, after the key; Snowflake has none.
    expect(compiled.batchRowSelect).toBe(
      duckdbScoring.modelSql(model, { table: 'leadpipe_batch', key: 'prospect_id', carry: [BATCH_ROW] })
        .select,
    );
    expect(compiled.batchRowSelect).toMatch(/^SELECT "prospect_id", "__row", /);
    expect(compiled.scoringFunction?.batchRowSelect).toMatch(/^SELECT "prospect_id", "__row", /);
    expect(compiled.scoringFunction?.batchSelect).toMatch(/^SELECT "prospect_id", 'gbt-/);
    expect(
      compileScoringSql(
        readRulesFileOrThrow(defaultRulesPath, (await realLeads()).schema),
        'duckdb',
        'prospect_id',
      ).batchRowSelect,
    ).toMatch(/^SELECT "prospect_id", "__row", /);
    expect(compileScoringSql(model, 'snowflake', 'prospect_id')).not.toHaveProperty('batchRowSelect');
  });

  it('reads an input leads_final lacks as NULL on both engines, names it, and warns with its weight', () => {
    const model = defaultModel();
    const inputs = model.features.spec.features.map((f) => f.column);
    const columns = ['prospect_id', ...inputs.filter((c) => c !== 'city')];
    for (const dialect of ['duckdb', 'snowflake'] as const) {
      const all = compileScoringSql(model, dialect, 'prospect_id', { columns: ['prospect_id', ...inputs] });
      expect(all.select).toContain('"city"');
      expect(all).not.toHaveProperty('absent');
      expect(all).not.toHaveProperty('fitWarning');
      const less = compileScoringSql(model, dialect, 'prospect_id', { columns });
      for (const sql of [less.select, less.batchSelect]) {
        expect(sql).not.toContain('"city"');
        expect(sql).toContain('CAST(NULL AS VARCHAR)');
      }
      expect(less.absent).toEqual(['city']);
      expect(less.fitWarning).toMatchObject({ modelVersion: model.version, missing: ['city'] });
      expect(less.fitWarning?.message).toMatch(/^scored without city \(\d+% of the weight of model /);
      // The per-lead function reads a JSON lead, where an absent key is already NULL: unchanged.
      expect(less.leadScore).toBe(all.leadScore);
    }
  });

  it("ranks a trained model's Snowflake reasons into the top 3 positive and negative, as DuckDB sorts its structs", () => {
    const model = defaultModel();
    const { select } = compileScoringSql(model, 'snowflake', 'prospect_id');
    const inner = snowflakeScoring.modelSql(model, {
      table: 'leads_to_score',
      key: 'prospect_id',
    }).select;
    expect(select).toContain(
      `FROM (${inner}) AS __s, LATERAL FLATTEN(INPUT => __s.reasons, OUTER => TRUE) AS __r`,
    );
    expect(
      select.startsWith(
        `SELECT "prospect_id", model_version, probability, score, grade,\n  OBJECT_CONSTRUCT('positive', ARRAY_AGG(CASE WHEN __sign = 1 AND __rank <= 3 THEN __item END) WITHIN GROUP (ORDER BY __rank), 'negative', `,
      ),
    ).toBe(true);
    expect(select).toContain(
      'ROW_NUMBER() OVER (PARTITION BY __s."prospect_id", SIGN(__r.value:log_odds::DOUBLE) ORDER BY ABS(__r.value:log_odds::DOUBLE) DESC, CASE WHEN SIGN(__r.value:log_odds::DOUBLE) > 0 THEN __r.value:feature::VARCHAR END DESC, CASE WHEN SIGN(__r.value:log_odds::DOUBLE) < 0 THEN __r.value:feature::VARCHAR END ASC) AS __rank',
    );
    expect(select).toMatch(/GROUP BY "prospect_id", model_version, probability, score, grade$/);
    expect(select).not.toMatch(/list_sort|list_slice/);
  });

  it("turns a rules model's fired rules into Snowflake reasons with the TypeScript scorer's text, in rule order on ties", async () => {
    const rules = readRulesFileOrThrow(defaultRulesPath, (await realLeads()).schema);
    const { select } = compileScoringSql(rules, 'snowflake', 'prospect_id');
    expect(select).toContain(
      `OBJECT_CONSTRUCT('feature', __r.value:rule::VARCHAR, 'points', __r.value:points::DOUBLE, 'text', __r.value:rule::VARCHAR || ': ' || CASE WHEN __r.value:points::DOUBLE > 0 THEN '+' ELSE '' END || `,
    );
    expect(select).toContain('CASE WHEN SIGN(__r.value:points::DOUBLE) > 0 THEN __r.index END ASC');
    expect(select).toContain('CAST(NULL AS DOUBLE) AS probability');
  });
});
