import { describe, it, expect } from 'vitest';
import { TerminalError } from '../../errors.ts';
import { parseRulesOrThrow, readRulesFileOrThrow, scoreLeadWithRules } from './rules.ts';
import { duckdbScoring } from '../sql/duckdb-scoring-sql.ts';
import { rulesToSql } from '../sql/rules-sql.ts';
import { defaultRulesPath, realLeads } from '../../../test/scoring-data.ts';

const { schema } = await realLeads();
const base = { kind: 'rules', version: 't1', min: 0, max: 1 };

describe('rules', () => {
  it("expresses the original design's rule lead_source = 'Marketing' -> +1", () => {
    const rules = parseRulesOrThrow(
      { ...base, rules: [{ when: { column: 'lead_source', op: 'equals', value: 'Marketing' }, points: 1 }] },
      schema,
    );
    expect(scoreLeadWithRules(rules, { lead_source: 'Marketing' })).toMatchObject({
      points: 1,
      score: 100,
      grade: 'A',
    });
    expect(scoreLeadWithRules(rules, { lead_source: 'Google' })).toMatchObject({
      points: 0,
      score: 0,
      grade: 'D',
    });
    expect(rulesToSql(rules, duckdbScoring).points).toContain(`"lead_source" = 'Marketing'`);
  });

  it('rejects an unknown column with a message naming it', () => {
    const bad = { ...base, rules: [{ when: { column: 'lead_sauce', op: 'equals', value: 'x' }, points: 1 }] };
    expect(() => parseRulesOrThrow(bad, schema)).toThrow(/unknown column "lead_sauce"/);
    try {
      parseRulesOrThrow(bad, schema);
    } catch (e) {
      expect(e).toBeInstanceOf(TerminalError);
      expect((e as TerminalError).code).toBe('E_BAD_RULES');
    }
  });

  it('rejects an unknown operator with a message naming it', () => {
    const bad = {
      ...base,
      rules: [{ when: { column: 'lead_source', op: 'contains', value: 'x' }, points: 1 }],
    };
    expect(() => parseRulesOrThrow(bad, schema)).toThrow(/unknown operator "contains"/);
  });

  it('rejects a range operator on a string column and a value of the wrong type', () => {
    const bad = {
      ...base,
      rules: [
        { when: { column: 'lead_source', op: 'gt', value: 3 }, points: 1 },
        { when: { column: 'total_visits', op: 'equals', value: 'three' }, points: 1 },
      ],
    };
    expect(() => parseRulesOrThrow(bad, schema)).toThrow(/needs a numeric column.*needs a number value/);
  });

  it('supports every operator, clamps the sum and maps it to 0-100', () => {
    const rules = parseRulesOrThrow(
      {
        ...base,
        min: -2,
        max: 2,
        rules: [
          { when: { column: 'lead_origin', op: 'in', values: ['api', 'x'], ignoreCase: true }, points: 1 },
          { when: { column: 'lead_origin', op: 'not_in', values: ['Landing Page Submission'] }, points: 1 },
          { when: { column: 'total_visits', op: 'between', min: 1, max: 5 }, points: 1 },
          {
            when: [
              { column: 'country', op: 'missing' },
              { column: 'city', op: 'present' },
            ],
            points: -1,
          },
          { when: { column: 'total_time_spent_on_website', op: 'lt', value: 10 }, points: -1 },
          { when: { column: 'do_not_email', op: 'not_equals', value: true }, points: 1 },
        ],
      },
      schema,
    );
    const r = scoreLeadWithRules(rules, {
      lead_origin: 'API',
      total_visits: 3,
      country: null,
      city: 'Mumbai',
      total_time_spent_on_website: 50,
      do_not_email: null,
    });
    expect(r.points).toBe(3);
    expect(r.score).toBe(100);
    expect(r.reasons.negative.map((x) => x.rule)).toEqual(['rule 4']);
  });

  it('ships a default rules file that validates', () => {
    expect(readRulesFileOrThrow(defaultRulesPath, schema).rules.length).toBeGreaterThan(5);
  });
});
