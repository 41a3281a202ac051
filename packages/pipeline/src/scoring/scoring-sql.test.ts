import { describe, expect, it } from 'vitest';
import { readRulesFileOrThrow } from './model/rules.ts';
import { compileScoringSql } from './scoring-sql.ts';
import { defaultModel, defaultRulesPath, realLeads } from '../../test/scoring-data.ts';
import { duckdbScoring } from './sql/duckdb-scoring-sql.ts';
import { snowflakeScoring } from './sql/snowflake-scoring-sql.ts';

describe('compileScoringSql', () => {
  it('keeps the DuckDB SELECT of a trained model exactly as duckdbScoring.modelSql writes it', () => {
    const model = defaultModel();
    const compiled = compileScoringSql(model, 'duckdb', 'prospect_id');
    expect(compiled.select).toBe(
      duckdbScoring.modelSql(model, { table: 'leads_to_score', key: 'prospect_id' }).select,
    );
    expect(compiled.batchSelect).toBe(
      duckdbScoring.modelSql(model, { table: 'leadpipe_batch', key: 'prospect_id' }).select,
    );
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
