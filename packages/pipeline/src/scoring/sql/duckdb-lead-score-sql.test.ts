import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import type { DuckDBConnection } from '@duckdb/node-api';
import { typeLeadOrThrow } from '../../api/model-store.ts';
import type { LeadSchema } from '../../formats/lead-schema.ts';
import { leadFunctionDdl } from '../../warehouse/duckdb/duckdb-store-sql.ts';
import { scoreLead } from '../model/explain.ts';
import type { Lead } from '../model/lead.ts';
import { parseRulesOrThrow, readRulesFileOrThrow, scoreLeadWithRules } from '../model/rules.ts';
import type { ScoringModel } from '../model/scoring-model.ts';
import { compileScoringSql } from '../scoring-sql.ts';
import { trainModel } from '../train/train.ts';
import { defaultModel, defaultRulesPath, realLeads } from '../../../test/scoring-data.ts';
import { shoppersLeads } from '../../../test/shoppers-data.ts';

const NULL_TOKENS = ['', 'Select', 'NA', 'N/A', 'null'];

/** What `leadpipe_score(lead)` returns, as JSON. */
interface SqlScore {
  model_version: string;
  probability: number | null;
  score: number;
  grade: string;
  reasons: Record<'positive' | 'negative', Record<string, unknown>[]>;
}

/** The TypeScript scorer's answer in the function's shape (`log_odds` for `logOdds`; rules: `feature` for `rule`). */
function expected(model: ScoringModel, lead: Lead): SqlScore {
  if (model.kind === 'rules') {
    const s = scoreLeadWithRules(model, lead);
    const reasons = (xs: typeof s.reasons.positive) =>
      xs.map((r) => ({ feature: r.rule, points: r.points, text: r.text }));
    return {
      model_version: s.modelVersion,
      probability: null,
      score: s.score,
      grade: s.grade,
      reasons: { positive: reasons(s.reasons.positive), negative: reasons(s.reasons.negative) },
    };
  }
  const s = scoreLead(model, lead);
  const reasons = (xs: typeof s.reasons.positive) =>
    xs.map((r) => ({
      feature: r.feature,
      label: r.label,
      value: r.value,
      log_odds: r.logOdds,
      points: r.points,
      text: r.text,
    }));
  return {
    model_version: s.modelVersion,
    probability: s.probability,
    score: s.score,
    grade: s.grade,
    reasons: { positive: reasons(s.reasons.positive), negative: reasons(s.reasons.negative) },
  };
}

/**
 * Differences between the function and the TypeScript scorer: probability and log odds beyond 1e-9, or any
 * other field. Two reasons whose contributions agree to 1e-9 may swap places (the two sum a feature's
 * contribution in different orders); nothing else may differ.
 */
function differences(got: SqlScore, want: SqlScore): string[] {
  const out: string[] = [];
  const near = (a: unknown, b: unknown) => Math.abs(Number(a) - Number(b)) < 1e-9;
  if (want.probability === null ? got.probability !== null : !near(got.probability, want.probability))
    out.push(`probability ${got.probability} != ${want.probability}`);
  for (const k of ['model_version', 'score', 'grade'] as const)
    if (got[k] !== want[k]) out.push(`${k} ${got[k]} != ${want[k]}`);
  for (const sign of ['positive', 'negative'] as const) {
    const g = got.reasons[sign];
    const w = want.reasons[sign];
    if (g.length !== w.length) out.push(`${sign}: ${g.length} reasons, not ${w.length}`);
    g.forEach((r, k) => {
      const { log_odds: lo, ...rest } = r;
      const same = w.find((x) => x.feature === r.feature);
      const { log_odds: wlo, ...wrest } = same ?? {};
      if (!same || JSON.stringify(rest) !== JSON.stringify(wrest) || (lo !== undefined && !near(lo, wlo)))
        out.push(`${sign}[${k}] ${JSON.stringify(r)} vs ${JSON.stringify(same)}`);
      else if (w[k]?.feature !== r.feature && !near(w[k]?.log_odds, lo))
        out.push(`${sign}[${k}] ${String(r.feature)} in place of ${String(w[k]?.feature)}`);
    });
  }
  return out;
}

// Each test scores every lead of a dataset (~10k) in SQL and in TypeScript: seconds of CPU, but minutes of
// wall time on a shared, busy machine.
describe('leadpipe_score(lead) on DuckDB', { timeout: 240_000 }, () => {
  let conn: DuckDBConnection;
  let leads: { schema: LeadSchema; leads: Lead[] };
  let shoppers: { schema: LeadSchema; leads: Lead[] };

  beforeAll(async () => {
    leads = await realLeads();
    shoppers = shoppersLeads();
    const db = await DuckDBInstance.create(':memory:', { autoinstall_known_extensions: 'false' });
    conn = await db.connect();
    for (const [table, data] of [
      ['leads_docs', leads.leads],
      ['shoppers_docs', shoppers.leads],
    ] as const) {
      await conn.run(`CREATE TABLE ${table} (i INTEGER, doc JSON)`);
      const app = await conn.createAppender(table);
      data.forEach((l, i) => {
        app.appendInteger(i);
        app.appendVarchar(JSON.stringify(l));
        app.endRow();
      });
      app.closeSync();
    }
  }, 120_000);
  afterAll(() => conn?.closeSync());

  async function activate(model: ScoringModel, schema: LeadSchema): Promise<void> {
    const integerColumns = schema.columns.filter((c) => c.type === 'integer').map((c) => c.name);
    const { leadScore } = compileScoringSql(model, 'duckdb', 'prospect_id', {
      nullTokens: NULL_TOKENS,
      integerColumns,
    });
    await conn.run(leadFunctionDdl(leadScore ?? ''));
  }

  async function scoreDocs(table: string): Promise<SqlScore[]> {
    const rows = (
      await conn.runAndReadAll(`SELECT leadpipe_score(doc) AS s FROM ${table} ORDER BY i`)
    ).getRowObjectsJson() as unknown as { s: SqlScore }[];
    return rows.map((r) => r.s);
  }

  async function scoreJson(docs: readonly unknown[]): Promise<SqlScore[]> {
    const values = docs.map((d, i) => `(${i}, '${JSON.stringify(d).replace(/'/g, "''")}')`);
    const rows = (
      await conn.runAndReadAll(
        `SELECT leadpipe_score(doc) AS s FROM (VALUES ${values.join(', ')}) AS v(i, doc) ORDER BY i`,
      )
    ).getRowObjectsJson() as unknown as { s: SqlScore }[];
    return rows.map((r) => r.s);
  }

  /** Every lead scored in one SELECT (the function already created), compared with the TypeScript scorer. */
  async function checkAll(model: ScoringModel, table: string, data: readonly Lead[]): Promise<SqlScore[]> {
    const got = await scoreDocs(table);
    expect(got).toHaveLength(data.length);
    const wrong = data.flatMap((l, i) => {
      const d = differences(got[i] as SqlScore, expected(model, l));
      return d.length ? [`lead ${i}: ${d.join('; ')}`] : [];
    });
    expect(wrong.slice(0, 5)).toEqual([]);
    return got;
  }

  /** Posted leads: typed as `POST /score-lead` types them, they score as the TypeScript scorer scores them. */
  const posted: Record<string, unknown>[] = [
    {
      lead_origin: '  API ',
      lead_source: 'google',
      total_visits: '5',
      total_time_spent_on_website: ' 300 ',
      page_views_per_visit: '2.50',
      do_not_email: 'Yes',
      do_not_call: 'no',
      specialization: 'Select',
      city: 'na',
      country: 7,
      last_activity: 'Email Opened',
    },
    {
      total_visits: '+3',
      page_views_per_visit: '.5',
      do_not_email: 'TRUE',
      search: 0,
      newspaper: 1,
      city: '',
    },
    { total_visits: '7.0', page_views_per_visit: '1e2', do_not_email: 'f', lead_source: 'Olark Chat' },
    {
      lead_origin: 'Lead Add Form',
      total_visits: 2.0,
      do_not_email: false,
      occupation: 'Working Professional',
    },
    { lead_origin: true, lead_source: 12.5, total_time_spent_on_website: '0' },
  ];
  /** Values that do not fit their column: `POST /score-lead` answers 400; the function reads them as missing. */
  const unfit: [Record<string, unknown>, string][] = [
    [{ lead_origin: 'API', total_visits: 'lots' }, 'total_visits'],
    [{ lead_origin: 'API', total_visits: true }, 'total_visits'],
    [{ lead_origin: 'API', total_visits: '2.5' }, 'total_visits'],
    [{ lead_origin: 'API', total_visits: 2.5 }, 'total_visits'],
    [{ lead_origin: 'API', do_not_email: 'maybe' }, 'do_not_email'],
    [{ lead_origin: 'API', do_not_email: 2 }, 'do_not_email'],
    [{ lead_origin: 'API', page_views_per_visit: '1e400' }, 'page_views_per_visit'],
  ];

  async function checkPosted(model: ScoringModel): Promise<void> {
    const { schema } = leads;
    // One query: each call plans the model's SQL anew.
    const got = await scoreJson([...posted, ...unfit.map(([input]) => input)]);
    posted.forEach((input, i) => {
      const typed = typeLeadOrThrow(schema, NULL_TOKENS, input);
      expect(differences(got[i] as SqlScore, expected(model, typed)), JSON.stringify(input)).toEqual([]);
    });
    const fit = got.slice(posted.length);
    unfit.forEach(([input, column], i) => {
      expect(() => typeLeadOrThrow(schema, NULL_TOKENS, input)).toThrow(column);
      const rest = Object.fromEntries(Object.entries(input).filter(([k]) => k !== column));
      const typed = typeLeadOrThrow(schema, NULL_TOKENS, rest);
      expect(differences(fit[i] as SqlScore, expected(model, typed)), JSON.stringify(input)).toEqual([]);
    });
  }

  describe('X Education leads', () => {
    it('equals the TypeScript scorer on every lead of both datasets for the shipped tree model', async () => {
      const model = defaultModel();
      await activate(model, leads.schema);
      await checkAll(model, 'leads_docs', leads.leads);
      // Models of another schema see only missing values: the same answer for every row, still equal.
      await checkAll(model, 'shoppers_docs', shoppers.leads);
    });

    it('types posted values as POST /score-lead does, reads null tokens as missing, takes any JSON', async () => {
      const model = defaultModel();
      await activate(model, leads.schema);
      await checkPosted(model);
      // A null token is missing; the reasons name the value as posted.
      const [withToken, withNull, empty] = await scoreJson([
        { lead_origin: 'API', specialization: ' select ', total_visits: 'NA' },
        { lead_origin: 'API', specialization: null },
        {},
      ]);
      expect(withToken?.probability).toBe(withNull?.probability);
      expect(withToken?.probability).not.toBe(empty?.probability);
      const all = (s: SqlScore | undefined) => [
        ...(s?.reasons.positive ?? []),
        ...(s?.reasons.negative ?? []),
      ];
      expect(all(withToken).find((r) => r.feature === 'lead_origin')?.text).toMatch(
        /^Lead Origin = API: [+-]\d+$/,
      );
      // Any JSON: a row cast to JSON, and JSON text.
      const rows = (
        await conn.runAndReadAll(
          `SELECT leadpipe_score(to_json(l)) AS a, leadpipe_score(CAST(doc AS VARCHAR)) AS b FROM (SELECT doc FROM leads_docs WHERE i = 3) AS d, (SELECT 'API' AS lead_origin, 3 AS total_visits) AS l`,
        )
      ).getRowObjectsJson() as unknown as { a: SqlScore; b: SqlScore }[];
      expect(
        differences(rows[0]?.a as SqlScore, expected(model, { lead_origin: 'API', total_visits: 3 })),
      ).toEqual([]);
      expect(differences(rows[0]?.b as SqlScore, expected(model, leads.leads[3] as Lead))).toEqual([]);
    });

    it('equals the TypeScript scorer on every lead, and on posted values, for a logistic model', async () => {
      const logistic = trainModel(leads.leads, { schema: leads.schema, kinds: ['logistic'], seed: 7 });
      await activate(logistic, leads.schema);
      await checkAll(logistic, 'leads_docs', leads.leads);
      await checkPosted(logistic);
    });

    it('equals the TypeScript scorer on every lead, and on posted values, for the shipped rules', async () => {
      const rules = readRulesFileOrThrow(defaultRulesPath, leads.schema);
      await activate(rules, leads.schema);
      const got = await checkAll(rules, 'leads_docs', leads.leads);
      const fired = got.filter((s) => s.reasons.positive.length + s.reasons.negative.length > 0);
      expect(fired.length).toBeGreaterThan(leads.leads.length / 2);
      await checkPosted(rules);
      await checkAll(rules, 'shoppers_docs', shoppers.leads);
    });
  });

  describe('shoppers (another schema)', () => {
    it('equals the TypeScript scorer on every row for a logistic model trained on it, integer codes as categories', async () => {
      // Integer codes (region, traffic type) are categories: the trainer infers it from the data.
      const model = trainModel(shoppers.leads, {
        schema: shoppers.schema,
        key: null,
        featureFile: { include: [], exclude: [], categorical: ['region', 'traffic_type'] },
        label: 'revenue',
        kinds: ['logistic'],
        lambdas: [1],
        folds: 2,
        seed: 7,
      });
      expect(model.features.spec.features.map((f) => f.column)).toContain('region');
      await activate(model, shoppers.schema);
      await checkAll(model, 'shoppers_docs', shoppers.leads);
      // An integer code is its number, however it is written; a fraction is no code (missing).
      const [code, spelled, fraction, missing] = await scoreJson([
        { region: 3, month: 'Nov' },
        { region: ' 03 ', month: 'Nov' },
        { region: 3.5, month: 'Nov' },
        { month: 'Nov' },
      ]);
      expect(spelled).toEqual(code);
      expect(fraction).toEqual(missing);
      expect(code?.probability).not.toBe(missing?.probability);
      expect(differences(code as SqlScore, expected(model, { region: 3, month: 'Nov' }))).toEqual([]);
    });

    it('equals the TypeScript scorer on every row for rules on its columns', async () => {
      const rules = parseRulesOrThrow(
        {
          kind: 'rules',
          version: 'shoppers-rules',
          min: -2,
          max: 3,
          rules: [
            { name: 'Valued pages', when: { column: 'page_values', op: 'gt', value: 0 }, points: 2 },
            {
              name: 'Holiday month',
              when: { column: 'month', op: 'in', values: ['nov', 'dec'], ignoreCase: true },
              points: 1,
            },
            { when: { column: 'weekend', op: 'equals', value: true }, points: 0.5 },
            {
              name: 'Bounced',
              when: { column: 'bounce_rates', op: 'between', min: 0.1, max: 1 },
              points: -1.5,
            },
            {
              name: 'New and quick',
              when: [
                { column: 'visitor_type', op: 'equals', value: 'New_Visitor' },
                { column: 'product_related', op: 'lt', value: 3 },
              ],
              points: -1,
            },
          ],
        },
        shoppers.schema,
      );
      await activate(rules, shoppers.schema);
      const got = await checkAll(rules, 'shoppers_docs', shoppers.leads);
      expect(new Set(got.map((s) => s.score)).size).toBeGreaterThan(4);
    });
  });
});
