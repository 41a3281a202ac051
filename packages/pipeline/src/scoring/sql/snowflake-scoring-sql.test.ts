import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Lead } from '../model/lead.ts';
import type { GbtModel, LeadModel } from '../model/model.ts';
import { scoreLeads, GRADES } from '../model/compile-model.ts';
import { explainLead } from '../model/explain.ts';
import { duckdbScoring } from './duckdb-scoring-sql.ts';
import { snowflakeScoring } from './snowflake-scoring-sql.ts';
import { defaultModel, realLeads } from '../../../test/scoring-data.ts';
import { shoppersLeads, shoppersTreeModel } from '../../../test/shoppers-data.ts';
import { loadLeadTable } from '../../../test/lead-table.ts';

/**
 * The Snowflake functions of a tree model's SQL as DuckDB writes them, with the same meaning:
 * `DECODE(x, k1, c1, k2, c2, ..., d)` as a CASE (https://docs.snowflake.com/en/sql-reference/functions/decode;
 * its arguments are a leaf column and number literals, negative ones in parentheses, so none holds a comma)
 * and `IFF` as `IF` (both give the second value for a NULL condition).
 */
function asDuckdb(sql: string): string {
  return sql
    .replace(/\bIFF\(/g, 'IF(')
    .replace(/DECODE\((__t\d+), ((?:[^()]|\([^()]*\))*)\)/g, (_, leaf: string, rest: string) => {
      const args = rest.split(', ');
      const otherwise = args.pop() as string;
      const whens: string[] = [];
      for (let k = 0; k < args.length; k += 2) whens.push(` WHEN ${args[k]} THEN ${args[k + 1]}`);
      return `CASE ${leaf}${whens.join('')} ELSE ${otherwise} END`;
    });
}

interface Row {
  key: string;
  probability: number;
  score: number;
  grade: string;
  c: number[];
  v: string[];
}

/**
 * Evaluating the Snowflake formulation of a tree model in DuckDB: its whole SELECT (features, leaf finders,
 * margin, contributions, probability, score, grade) with DECODE read as CASE, and the reasons ARRAY of
 * OBJECTs (Snowflake only) swapped for the contributions and values it is built from.
 */
describe(
  'the Snowflake model SQL, evaluated in DuckDB (as text; no Snowflake account)',
  { timeout: 240_000 },
  () => {
    let conn: DuckDBConnection;
    let leads: Lead[];
    let shoppers: Lead[];
    let shoppersModel: GbtModel;

    beforeAll(async () => {
      const real = await realLeads();
      leads = real.leads;
      const data = shoppersLeads();
      shoppers = data.leads;
      const db = await DuckDBInstance.create(':memory:', { autoinstall_known_extensions: 'false' });
      conn = await db.connect();
      await loadLeadTable(conn, 'leads_final', real.schema, leads);
      await loadLeadTable(conn, 'shoppers', data.schema, shoppers);
      columns['leads_final'] = real.schema.columns.map((c) => c.name);
      columns['shoppers'] = data.schema.columns.map((c) => c.name);
      shoppersModel = shoppersTreeModel(data, 40);
    }, 240_000);
    afterAll(() => conn?.closeSync());

    // The columns each table has: a model input a table lacks reads as NULL, as leads_final's would.
    const columns: Record<string, string[]> = {};

    async function snowflakeRows(model: LeadModel, table: string, key: string): Promise<Map<string, Row>> {
      const sql = snowflakeScoring.modelSql(model, { table, key, columns: columns[table] ?? [] });
      expect(sql.select).toContain(sql.reasons);
      const c = sql.contributions.map((x) => x.alias);
      const v = sql.values.map((x) => x.alias);
      const select = asDuckdb(
        sql.select.replace(sql.reasons, `{'c': [${c.join(', ')}]::DOUBLE[], 'v': [${v.join(', ')}]}`),
      );
      expect(select).not.toMatch(/DECODE\(|IFF\(/);
      const rows = (
        await conn.runAndReadAll(
          `SELECT CAST("${key}" AS VARCHAR) AS key, probability, score, grade, reasons.c AS c, reasons.v AS v FROM (${select})`,
        )
      ).getRowObjectsJson() as unknown as Row[];
      return new Map(rows.map((r) => [r.key, r]));
    }

    /** Differences from the TypeScript scorer: probability and each contribution past 1e-9, score, grade, value. */
    async function differences(
      model: LeadModel,
      table: string,
      key: string,
      data: Lead[],
    ): Promise<string[]> {
      const rows = await snowflakeRows(model, table, key);
      expect(rows.size).toBe(data.length);
      const ts = scoreLeads(model, data);
      const out: string[] = [];
      data.forEach((lead, i) => {
        const id = String(lead[key]);
        const r = rows.get(id);
        if (!r) return void out.push(`${id}: missing`);
        if (!(Math.abs(Number(r.probability) - (ts.probability[i] ?? NaN)) < 1e-9))
          out.push(`${id}: probability`);
        if (r.score !== ts.score[i] || r.grade !== GRADES[ts.grade[i] ?? 9])
          out.push(`${id}: score or grade`);
        explainLead(model, lead).contributions.forEach((x, f) => {
          if (!(Math.abs(Number(r.c[f]) - x.logOdds) < 1e-9)) out.push(`${id}: contribution of ${x.feature}`);
          if (r.v[f] !== x.value) out.push(`${id}: value of ${x.feature}`);
        });
      });
      return out.slice(0, 10);
    }

    /** The DuckDB formulation's probabilities (leaf lists, level indexes), by key. */
    async function duckdbProbabilities(
      model: LeadModel,
      table: string,
      key: string,
    ): Promise<Map<string, number>> {
      const { select } = duckdbScoring.modelSql(model, { table, key, columns: columns[table] ?? [] });
      const rows = (
        await conn.runAndReadAll(`SELECT CAST("${key}" AS VARCHAR) AS key, probability FROM (${select})`)
      ).getRowObjectsJson() as unknown as { key: string; probability: number }[];
      return new Map(rows.map((r) => [r.key, Number(r.probability)]));
    }

    it('equals the TypeScript scorer on every lead of both datasets with the shipped model', async () => {
      const model = defaultModel();
      expect(await differences(model, 'leads_final', 'prospect_id', leads)).toEqual([]);
      // A model of another schema sees only missing values there: the same answer for every row, still equal.
      expect(await differences(model, 'shoppers', 'row', shoppers)).toEqual([]);
    });

    it('equals the TypeScript scorer on every row of shoppers.csv with a model trained on it', async () => {
      expect(JSON.stringify(shoppersModel.gbt.trees)).toContain('"categorical"');
      expect(await differences(shoppersModel, 'shoppers', 'row', shoppers)).toEqual([]);
    });

    it("gives the DuckDB formulation's probabilities bit for bit: the same constants added in the same order", async () => {
      for (const [model, table, key] of [
        [defaultModel(), 'leads_final', 'prospect_id'],
        [shoppersModel, 'shoppers', 'row'],
      ] as const) {
        const sf = await snowflakeRows(model, table, key);
        const duck = await duckdbProbabilities(model, table, key);
        const unequal = [...sf].filter(([id, r]) => !Object.is(Number(r.probability), duck.get(id)));
        expect(unequal.map(([id]) => id).slice(0, 10)).toEqual([]);
      }
    });
  },
);

describe('the Snowflake model SQL text', () => {
  it("finds each tree's leaf once and picks the margin and contributions by it with DECODE", () => {
    const model = defaultModel();
    if (model.kind !== 'gbt') throw new Error('the shipped model is a tree model');
    const sql = snowflakeScoring.modelSql(model);
    expect(sql.leaves).toHaveLength(model.gbt.trees.length);
    expect(sql.leaves[0]?.sql).toMatch(/^IFF\(__f\d+ /);
    // Level sets are IN lists of level indexes, never level names.
    expect(sql.leaves.map((t) => t.sql).join('')).not.toMatch(/'|= \d+ OR/);
    expect(sql.leaves.map((t) => t.sql).join('')).toMatch(/__f\d+ IN \(\d+, \d+/);
    // No split condition is written again for the margin or a contribution.
    expect(sql.margin).not.toContain('CASE');
    expect(sql.margin).toContain('DECODE(__t0, ');
    for (const c of sql.contributions) expect(c.sql).not.toContain('CASE');
    // Every feature keeps its place (the reasons ARRAY is in spec order): unused ones contribute 0.
    expect(sql.contributions).toHaveLength(model.features.spec.features.length);
    // The shipped model's SELECT was 302,036 bytes with one CASE per tree and feature (113,104 measured).
    expect(sql.select.length).toBeLessThan(120_000);
  });
});
