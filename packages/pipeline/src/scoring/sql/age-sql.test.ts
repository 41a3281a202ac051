import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import type { DuckDBConnection } from '@duckdb/node-api';
import { leadFunctionDdl } from '../../warehouse/duckdb/duckdb-store-sql.ts';
import { scoreLeads } from '../model/compile-model.ts';
import { scoreLead } from '../model/explain.ts';
import type { Lead } from '../model/lead.ts';
import { ageDays, ageText } from '../model/age.ts';
import type { LeadModel } from '../model/model.ts';
import { compileScoringSql } from '../scoring-sql.ts';
import { trainModel } from '../train/train.ts';
import { DATED_COLUMNS, DATED_REFERENCE, datedLeads } from '../../../test/dated-leads.ts';
import { ageSql, ageValueSql } from './age-sql.ts';
import { duckdbScoring } from './duckdb-scoring-sql.ts';
import { snowflakeScoring } from './snowflake-scoring-sql.ts';

const DAY = 86_400_000;
/** A fixed time of scoring, 40 days and a bit after the training data's newest date. */
const AT = new Date(DATED_REFERENCE + 40 * DAY + 3_723_000);
const train = datedLeads();
const options = { columns: DATED_COLUMNS, key: 'lead_id', label: 'converted' };
const models: Record<'gbt' | 'logistic', LeadModel> = {
  gbt: trainModel(train, { ...options, kinds: ['gbt'] }),
  logistic: trainModel(train, { ...options, kinds: ['logistic'] }),
};

/** Dates as files and posted leads spell them, and what is no date. */
const SPELLINGS = [
  '2026-05-20',
  '2026-05-20 10:00',
  '2026-05-20T10:00:00+02:00',
  '2026-05-20T10:00Z',
  '2026-05-20T10:00+0530',
  '2026-05-20 10:00:00.123456',
  '2026-07-20 10:00:00',
  '2024-02-29 24:00',
  '2025-02-29',
  '2026-05-20 23:60',
  'last week',
  null,
];

/** Scoring leads: 400 of the dataset with other dates, then every spelling above on one lead. */
function scoringLeads(): Lead[] {
  const base = datedLeads(400, 99);
  return [...base, ...SPELLINGS.map((s, i) => ({ ...base[i], lead_id: `S${i}`, signed_up_at: s }))];
}

describe('age features in DuckDB', { timeout: 240_000 }, () => {
  let conn: DuckDBConnection;
  const leads = scoringLeads();

  beforeAll(async () => {
    const db = await DuckDBInstance.create(':memory:', { autoinstall_known_extensions: 'false' });
    conn = await db.connect();
    await conn.run(`CREATE TABLE leads_text (lead_id VARCHAR, signed_up_at VARCHAR, channel VARCHAR,
      visits VARCHAR, doc JSON)`);
    const app = await conn.createAppender('leads_text');
    for (const l of leads) {
      for (const c of ['lead_id', 'signed_up_at', 'channel', 'visits'])
        if (l[c] === null) app.appendNull();
        else app.appendVarchar(String(l[c]));
      app.appendVarchar(JSON.stringify(l));
      app.endRow();
    }
    app.closeSync();
    // Typed as the loader types a timestamp column (warehouse/duckdb/duckdb-load-sql.ts).
    await conn.run(`CREATE TABLE leads_final AS SELECT lead_id, TRY_CAST(signed_up_at AS TIMESTAMP) AS signed_up_at,
      channel, CAST(visits AS BIGINT) AS visits FROM leads_text`);
  });
  afterAll(() => conn?.closeSync());

  /** leads_final as the TypeScript side reads it back (pipeline/score.ts leadsFromWarehouse: TIMESTAMP as its text). */
  async function stored(): Promise<Lead[]> {
    const rows = (
      await conn.runAndReadAll('SELECT * FROM leads_final ORDER BY lead_id')
    ).getRowObjectsJson() as Record<string, string | null>[];
    return rows.map((r) => ({ ...r, visits: r.visits === null ? null : Number(r.visits) }));
  }

  for (const kind of ['gbt', 'logistic'] as const) {
    it(`scores leads_final as the TypeScript scorer does at a fixed time of scoring (${kind}), reasons included`, async () => {
      const model = models[kind];
      const typed = await stored();
      // The loader's cast leaves some spellings without a date: those must be missing on both sides.
      expect(typed.filter((l) => l.signed_up_at === null).length).toBeGreaterThan(SPELLINGS.length / 2);
      const { select } = duckdbScoring.modelSql(model, { key: 'lead_id', reference: AT });
      const rows = (
        await conn.runAndReadAll(`${select} ORDER BY lead_id`)
      ).getRowObjectsJson() as unknown as {
        lead_id: string;
        probability: number;
        score: number;
        reasons: {
          positive: { feature: string; value: string }[];
          negative: { feature: string; value: string }[];
        };
      }[];
      const ts = scoreLeads(model, typed, AT.getTime());
      expect(rows).toHaveLength(typed.length);
      rows.forEach((r, i) => {
        const lead = typed[i] as Lead;
        expect(r.lead_id).toBe(lead.lead_id);
        expect(Math.abs(r.probability - (ts.probability[i] ?? NaN))).toBeLessThan(1e-9);
        expect(r.score).toBe(ts.score[i]);
        const want = scoreLead(model, lead, AT.getTime()).reasons;
        const values = (x: {
          positive: { feature: string; value: string }[];
          negative: { feature: string; value: string }[];
        }) => [...x.positive, ...x.negative].map((v) => `${v.feature}=${v.value}`).sort();
        expect(values(r.reasons)).toEqual(values(want));
      });
      // Scored at another time, the same leads score otherwise: the reference is an input.
      const later = duckdbScoring.modelSql(model, {
        key: 'lead_id',
        reference: new Date(AT.getTime() + 365 * DAY),
      });
      const moved = (
        await conn.runAndReadAll(`SELECT avg(probability) AS p FROM (${later.select})`)
      ).getRowObjectsJson();
      const now = (
        await conn.runAndReadAll(`SELECT avg(probability) AS p FROM (${select})`)
      ).getRowObjectsJson();
      expect(Number(moved[0]?.p)).toBeLessThan(Number(now[0]?.p));
    });

    it(`leadpipe_score(lead) gives the TypeScript scorer's answer for every spelling of a date (${kind})`, async () => {
      const model = models[kind];
      const { leadScore } = compileScoringSql(model, 'duckdb', 'lead_id', {
        integerColumns: ['visits'],
        reference: AT,
      });
      await conn.run(leadFunctionDdl(leadScore ?? ''));
      const rows = (
        await conn.runAndReadAll('SELECT doc, leadpipe_score(doc) AS s FROM leads_text ORDER BY lead_id')
      ).getRowObjectsJson() as unknown as {
        doc: string;
        s: {
          probability: number;
          score: number;
          grade: string;
          reasons: { positive: { text: string }[]; negative: { text: string }[] };
        };
      }[];
      for (const r of rows) {
        const lead = JSON.parse(r.doc) as Lead;
        const want = scoreLead(model, lead, AT.getTime());
        expect(Math.abs(r.s.probability - want.probability), String(lead.signed_up_at)).toBeLessThan(1e-9);
        expect([r.s.score, r.s.grade]).toEqual([want.score, want.grade]);
        const texts = (x: { positive: { text: string }[]; negative: { text: string }[] }) =>
          [...x.positive, ...x.negative].map((t) => t.text).sort();
        expect(texts(r.s.reasons)).toEqual(texts(want.reasons));
      }
    });
  }

  it('computes the same ages and readable values as the TypeScript scorer, the default reference being the statement time', async () => {
    const age = ageSql('duckdb', AT).days('t');
    const r = (
      await conn.runAndReadAll(
        `SELECT ${age} AS a, ${ageValueSql(age)} AS v, ${ageSql('duckdb').days('t')} AS d FROM (SELECT TIMESTAMP '2026-05-20 10:00:00' AS t)`,
      )
    ).getRowObjectsJson()[0];
    const want = ageDays('2026-05-20 10:00:00', AT.getTime());
    expect(Number(r?.a)).toBe(want);
    expect(r?.v).toBe(ageText(want));
    expect(r?.v).toBe('51 days ago');
    const days = Number(r?.d);
    const expected = (Date.now() - Date.UTC(2026, 4, 20, 10)) / DAY;
    expect(Math.abs(days - expected)).toBeLessThan(1 / 24);
  });
});

// Snowflake cannot run here (no account): a stand-in check of the SQL text an age feature compiles to.
describe('age features in Snowflake SQL (stand-in: the expected text, not run)', () => {
  const model = models.gbt;
  const i = model.features.spec.features.findIndex((f) => f.kind === 'age');

  it('measures days between epoch milliseconds, from the statement time or a fixed time', () => {
    const fixed = snowflakeScoring.modelSql(model, { key: 'lead_id', reference: AT });
    expect(fixed.features[i]?.sql).toBe(
      `(CAST(${AT.getTime()} - DATE_PART(EPOCH_MILLISECOND, "signed_up_at") AS DOUBLE) / 86400000e0)`,
    );
    const live = snowflakeScoring.modelSql(model, { key: 'lead_id' });
    expect(live.features[i]?.sql).toBe(
      '(CAST(DATE_PART(EPOCH_MILLISECOND, CURRENT_TIMESTAMP()) - DATE_PART(EPOCH_MILLISECOND, "signed_up_at") AS DOUBLE) / 86400000e0)',
    );
    expect(live.values[i]?.sql).toBe(ageValueSql(`__f${i}`));
    expect(live.values[i]?.sql).toContain(
      `WHEN __f${i} >= 2 THEN CAST(CAST(trunc(__f${i}) AS BIGINT) AS VARCHAR) || ' days ago'`,
    );
  });

  it('types a date of the lead JSON as TIMESTAMP_NTZ of its wall-clock time in LEADPIPE_SCORE(lead)', () => {
    const body = snowflakeScoring.leadScoreSql(model, { reference: AT });
    expect(body).toContain(`GET("LEAD", 'signed_up_at')`);
    expect(body).toMatch(
      /THEN TRY_TO_TIMESTAMP_NTZ\(REGEXP_REPLACE\(__t\d+, '\(\[0-9\]\{2\}:\[0-9\]\{2\}\(:\[0-9\]\{2\}\(\[\.\]\[0-9\]\+\)\?\)\?\)\(Z\|\[\+-\]\[0-9\]\{2\}:\?\[0-9\]\{2\}\)\$', '\\\\1'\)\) END/,
    );
    expect(body).toContain(`(CAST(${AT.getTime()} - DATE_PART(EPOCH_MILLISECOND, "__x0")`);
  });
});

describe('models without dates', () => {
  it('compile to SQL without any age expression', () => {
    const undated = trainModel(train, {
      ...options,
      kinds: ['logistic'],
      featureFile: { include: [], exclude: ['signed_up_at'], categorical: [] },
    });
    for (const sql of [duckdbScoring.modelSql(undated).select, snowflakeScoring.modelSql(undated).select])
      expect(sql).not.toMatch(/epoch|EPOCH|86400000/);
  });
});
