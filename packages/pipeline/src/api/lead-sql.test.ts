import { describe, expect, it } from 'vitest';
import type { Warehouse } from '../warehouse/warehouse.ts';
import {
  filterConditions,
  labelTruthSql,
  leadByIdSql,
  likePattern,
  planLeadsQueryOrThrow,
} from './lead-sql.ts';
import type { LeadTable, TableColumn } from './lead-table.ts';
import { apiLead, columnTypeOf, describeLeadTable, isoTimestamp } from './lead-table.ts';
import { statsSql } from './stats-sql.ts';

function table(scored: boolean): LeadTable {
  const cols: TableColumn[] = [
    { name: 'prospect_id', type: 'string', castType: 'VARCHAR', origin: 'lead' },
    { name: 'lead_source', type: 'string', castType: 'VARCHAR', origin: 'lead' },
    { name: 'lead_origin', type: 'string', castType: 'VARCHAR', origin: 'lead' },
    { name: 'converted', type: 'boolean', castType: 'BOOLEAN', origin: 'lead' },
    { name: 'total_visits', type: 'integer', castType: 'BIGINT', origin: 'lead' },
    { name: 'updated_at', type: 'timestamp', castType: 'TIMESTAMPTZ', origin: 'meta' },
  ];
  if (scored) {
    cols.push(
      { name: 'probability', type: 'double', castType: 'DOUBLE', origin: 'score' },
      { name: 'score', type: 'integer', castType: 'BIGINT', origin: 'score' },
      { name: 'grade', type: 'string', castType: 'VARCHAR', origin: 'score' },
      { name: 'reasons', type: 'json', castType: 'JSON', origin: 'score' },
    );
  }
  return { key: 'prospect_id', columns: new Map(cols.map((c) => [c.name, c])), scored };
}

const page = { limit: 50, offset: 0 };

describe('the SQL of the lead routes', () => {
  it('quotes identifiers and passes every value as a parameter', () => {
    const plan = planLeadsQueryOrThrow(table(true), {
      ...page,
      sort: 'total_visits',
      order: 'desc',
      grade: ['A', 'B'],
      minScore: 40,
      where: [{ column: 'lead_source', value: "x' OR '1'='1" }],
      label: 'converted',
      converted: true,
      q: '50%_off',
      defaultColumns: [
        'converted',
        'lead_origin',
        'lead_source',
        'total_visits',
        'probability',
        'score',
        'grade',
        'updated_at',
      ],
    });
    expect(plan.page.sql).toBe(
      'SELECT "prospect_id", "converted", "lead_origin", "lead_source", "total_visits", "probability", "score", "grade", "updated_at" FROM leads_final ' +
        `WHERE "grade" IN ($grade_0, $grade_1) AND "score" >= $min_score AND "converted" = $converted AND CAST("lead_source" AS VARCHAR) = $filter_0 AND (CAST("prospect_id" AS VARCHAR) ILIKE $q ESCAPE '\\' OR CAST("lead_source" AS VARCHAR) ILIKE $q ESCAPE '\\' OR CAST("lead_origin" AS VARCHAR) ILIKE $q ESCAPE '\\') ` +
        'ORDER BY "total_visits" DESC NULLS LAST, "prospect_id" ASC LIMIT $limit OFFSET $offset',
    );
    expect(plan.page.params).toEqual({
      grade_0: 'A',
      grade_1: 'B',
      min_score: 40,
      filter_0: "x' OR '1'='1",
      converted: true,
      q: '%50\\%\\_off%',
      limit: 51,
      offset: 0,
    });
    expect(plan.count.sql).not.toMatch(/LIMIT/);
    expect(plan.page.sql).not.toContain("x'");
  });

  it('reads a label column of any type as converted or not, and breaks stats down by the columns asked for', () => {
    const t = table(true);
    expect(labelTruthSql(t, 'converted')).toBe('"converted"');
    expect(labelTruthSql(t, 'total_visits')).toBe('("total_visits" <> 0)');
    expect(labelTruthSql(t, 'lead_source')).toBe(
      `(lower(CAST("lead_source" AS VARCHAR)) IN ('yes', 'true', '1', 'y'))`,
    );
    const stats = statsSql(t, { label: 'total_visits', breakdowns: ['lead_origin', 'nope', 'reasons'] });
    expect(stats.dimensions?.columns).toEqual(['lead_origin', 'grade']);
    expect(stats.totals.sql).toContain('sum(CASE WHEN ("total_visits" <> 0) THEN 1 ELSE 0 END)');
    expect(statsSql(t, { label: null, breakdowns: [] }).totals.sql).toContain(
      'CAST(NULL AS BIGINT) AS converted',
    );
  });

  it('refuses columns that leads_final does not have, and JSON columns as sort keys', () => {
    expect(() => planLeadsQueryOrThrow(table(true), { ...page, sort: 'password' })).toThrow(
      /unknown sort column "password"/,
    );
    expect(() => planLeadsQueryOrThrow(table(true), { ...page, columns: ['prospect_id', 'secret'] })).toThrow(
      /unknown selected column "secret"/,
    );
    expect(() => planLeadsQueryOrThrow(table(true), { ...page, sort: 'reasons' })).toThrow(/holds JSON/);
    expect(() =>
      planLeadsQueryOrThrow(table(true), { ...page, where: [{ column: 'secret"--', value: 'x' }] }),
    ).toThrow(/unknown filter column "secret"--"/);
    expect(() =>
      planLeadsQueryOrThrow(table(true), { ...page, where: [{ column: 'reasons', value: 'x' }] }),
    ).toThrow(/holds JSON/);
  });

  it('works before scoring exists: score filters match nothing, score sorts fall back to the key, score fields are null', () => {
    const t = table(false);
    const f = filterConditions(t, { grade: ['A'], minScore: 10 });
    expect(f.conditions).toEqual(['FALSE', 'FALSE']);
    expect(f.params).toEqual({});
    const plan = planLeadsQueryOrThrow(t, { ...page, sort: 'score', order: 'desc' });
    expect(plan.sort).toBe('prospect_id');
    expect(plan.page.sql).toContain('ORDER BY "prospect_id" ASC');
    expect(plan.columns).toContain('score');
    expect(plan.page.sql).not.toContain('"score"');
    expect(
      apiLead(t, { prospect_id: 'a', total_visits: '12' }, ['prospect_id', 'total_visits', 'score', 'grade']),
    ).toEqual({
      prospect_id: 'a',
      total_visits: 12,
      score: null,
      grade: null,
    });
    expect(planLeadsQueryOrThrow(table(true), page)).toMatchObject({ sort: 'score', order: 'desc' });
    const stats = { label: 'converted', breakdowns: ['lead_source'] };
    expect(statsSql(t, stats)).not.toHaveProperty('histogram');
    expect(statsSql(table(true), stats).histogram?.sql).toMatch(/floor\("score" \/ 10\)/);
  });

  it('continues after the last row with a keyset cursor that respects nulls and ties', () => {
    const t = table(true);
    const first = planLeadsQueryOrThrow(t, { ...page, sort: 'total_visits', order: 'desc' });
    const cursor = first.cursorAfter({ prospect_id: 'k-9', total_visits: '7' });
    const next = planLeadsQueryOrThrow(t, { ...page, sort: 'total_visits', order: 'desc', cursor });
    expect(next.page.sql).toContain(
      '("total_visits" < CAST($cursor_value AS BIGINT) OR ("total_visits" = CAST($cursor_value AS BIGINT) AND "prospect_id" > CAST($cursor_key AS VARCHAR)) OR "total_visits" IS NULL)',
    );
    expect(next.page.params).toMatchObject({ cursor_value: '7', cursor_key: 'k-9' });
    const inNulls = planLeadsQueryOrThrow(t, {
      ...page,
      sort: 'total_visits',
      order: 'desc',
      cursor: first.cursorAfter({ prospect_id: 'k-1', total_visits: null }),
    });
    expect(inNulls.page.sql).toContain(
      '("total_visits" IS NULL AND "prospect_id" > CAST($cursor_key AS VARCHAR))',
    );
    expect(() => planLeadsQueryOrThrow(t, { ...page, sort: 'total_visits', order: 'asc', cursor })).toThrow(
      /belongs to sort=total_visits&order=desc/,
    );
    expect(() =>
      planLeadsQueryOrThrow(t, { ...page, offset: 50, sort: 'total_visits', order: 'desc', cursor }),
    ).toThrow(/either a cursor or an offset/);
    expect(() => planLeadsQueryOrThrow(t, { ...page, cursor: 'bm9wZQ' })).toThrow(
      /not one this API returned/,
    );
  });

  it('finds one lead by key with the key cast to its column type', () => {
    expect(leadByIdSql(table(true), "a'b")).toEqual({
      sql: 'SELECT * FROM leads_final WHERE "prospect_id" = CAST($id AS VARCHAR) LIMIT 1',
      params: { id: "a'b" },
    });
    expect(likePattern('a\\b')).toBe('%a\\\\b%');
  });
});

describe('the view of leads_final', () => {
  function fakeWarehouse(extra: { c: string; d: string }[]): Warehouse {
    return {
      finalColumns: async () => [
        { name: 'prospect_id', type: 'string', declared: true },
        { name: 'total_visits', type: 'integer', declared: true },
      ],
      query: async () => [
        { t: 'leads_final', c: 'prospect_id', d: 'VARCHAR' },
        { t: 'leads_final', c: 'total_visits', d: 'BIGINT' },
        { t: 'leads_final', c: 'updated_at', d: 'TIMESTAMP WITH TIME ZONE' },
        ...extra.map((e) => ({ t: 'leads_final', ...e })),
      ],
    } as unknown as Warehouse;
  }

  it('has no score columns until scoring adds them, then picks them up', async () => {
    const before = await describeLeadTable(fakeWarehouse([]), 'prospect_id');
    expect(before.scored).toBe(false);
    expect([...before.columns.keys()]).toEqual(['prospect_id', 'total_visits', 'updated_at']);
    expect(before.columns.get('updated_at')?.castType).toBe('TIMESTAMPTZ');
    const after = await describeLeadTable(
      fakeWarehouse([
        { c: 'probability', d: 'DOUBLE' },
        { c: 'score', d: 'INTEGER' },
        { c: 'grade', d: 'VARCHAR' },
        { c: 'reasons', d: 'JSON' },
      ]),
      'prospect_id',
    );
    expect(after.scored).toBe(true);
    expect(after.columns.get('score')).toMatchObject({ type: 'integer', origin: 'score' });
    expect(after.columns.get('reasons')?.type).toBe('json');
  });

  it('maps warehouse types and values to JSON', () => {
    expect(['BIGINT', 'INTEGER', 'HUGEINT', 'UBIGINT', 'SMALLINT'].map(columnTypeOf)).toEqual(
      Array(5).fill('integer'),
    );
    expect(['DOUBLE', 'DECIMAL(18,3)', 'NUMBER', 'FLOAT'].map(columnTypeOf)).toEqual(Array(4).fill('double'));
    expect(
      ['TIMESTAMP WITH TIME ZONE', 'JSON', 'VARIANT', 'VARCHAR[]', 'BOOLEAN', 'VARCHAR'].map(columnTypeOf),
    ).toEqual(['timestamp', 'json', 'json', 'json', 'boolean', 'string']);
    expect(isoTimestamp('2026-11-28 04:28:43.858+00')).toBe('2026-11-28T04:28:43.858+00:00');
    expect(isoTimestamp('2026-11-28 04:28:43.858123')).toBe('2026-11-28T04:28:43.858123');
  });
});
