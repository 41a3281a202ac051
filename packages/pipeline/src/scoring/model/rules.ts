/**
 * A points-based rules model: conditions on lead columns add points; the sum is clamped to
 * [min, max] and mapped to a 0–100 score. Rules are JSON, validated against the lead schema.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { TerminalError } from '../../errors.ts';
import type { LeadSchema } from '../../formats/lead-schema.ts';
import type { Lead, LeadValue } from './lead.ts';
import type { Grade, GradeThresholds } from './model.ts';
import { gradeOf } from './model.ts';

/** Operators a condition may use. */
export const RULE_OPERATORS = [
  'equals',
  'not_equals',
  'in',
  'not_in',
  'between',
  'gt',
  'gte',
  'lt',
  'lte',
  'missing',
  'present',
] as const;

/** One operator. `not_equals` and `not_in` also hold for a missing value; the others do not. */
export type RuleOperator = (typeof RULE_OPERATORS)[number];

const scalar = z.union([z.string(), z.number(), z.boolean()]);

const conditionSchema = z.object({
  column: z.string().min(1),
  op: z.string().min(1),
  /** For equals/not_equals/gt/gte/lt/lte. */
  value: scalar.optional(),
  /** For in/not_in. */
  values: z.array(scalar).min(1).optional(),
  /** For between (inclusive). */
  min: z.number().optional(),
  max: z.number().optional(),
  /** Compare strings lower-cased. */
  ignoreCase: z.boolean().optional(),
});

const ruleSchema = z.object({
  name: z.string().optional(),
  /** One condition, or several that must all hold. */
  when: z.union([conditionSchema, z.array(conditionSchema).min(1)]),
  points: z.number().finite(),
});

const rulesSchema = z.object({
  kind: z.literal('rules'),
  version: z.string().min(1),
  description: z.string().optional(),
  min: z.number().finite(),
  max: z.number().finite(),
  grades: z.object({ A: z.number(), B: z.number(), C: z.number() }).optional(),
  rules: z.array(ruleSchema),
});

/** A condition on one column. */
export type RuleCondition = Omit<z.infer<typeof conditionSchema>, 'op'> & { op: RuleOperator };
/** A rule: when all conditions hold, add `points`. */
export type Rule = { name?: string | undefined; when: RuleCondition[]; points: number };
/** A validated rules model. */
export interface RulesModel {
  kind: 'rules';
  version: string;
  description?: string | undefined;
  min: number;
  max: number;
  grades: GradeThresholds;
  rules: Rule[];
}

const NUMERIC_OPS = new Set(['between', 'gt', 'gte', 'lt', 'lte']);

/**
 * Validates a rules JSON object against the lead schema and returns the normalised model.
 * Throws `TerminalError` (`E_BAD_RULES`) naming every unknown column, unknown operator and bad value.
 *
 * @example
 * parseRulesOrThrow({ kind: 'rules', version: '1', min: 0, max: 1,
 *   rules: [{ when: { column: 'lead_source', op: 'equals', value: 'Marketing' }, points: 1 }] }, schema);
 */
export function parseRulesOrThrow(input: unknown, schema: LeadSchema): RulesModel {
  const parsed = rulesSchema.safeParse(input);
  if (!parsed.success) {
    const msg = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new TerminalError('E_BAD_RULES', `invalid rules file: ${msg}`);
  }
  const raw = parsed.data;
  const types = new Map(schema.columns.map((c) => [c.name, c.type]));
  const problems: string[] = [];
  const rules: Rule[] = raw.rules.map((r, ri) => {
    const where = `rule ${ri + 1}${r.name ? ` ("${r.name}")` : ''}`;
    const when = (Array.isArray(r.when) ? r.when : [r.when]).map((c) => {
      const type = types.get(c.column);
      if (!type)
        problems.push(`${where}: unknown column "${c.column}" (not in schema ${schema.name ?? ''})`.trim());
      if (!(RULE_OPERATORS as readonly string[]).includes(c.op)) {
        problems.push(`${where}: unknown operator "${c.op}" (allowed: ${RULE_OPERATORS.join(', ')})`);
      } else if (type) {
        const isNum = type === 'integer' || type === 'double';
        const want = isNum ? 'number' : type === 'boolean' ? 'boolean' : 'string';
        if (NUMERIC_OPS.has(c.op) && !isNum)
          problems.push(`${where}: operator "${c.op}" needs a numeric column, "${c.column}" is ${type}`);
        if (c.op === 'between' && (c.min === undefined || c.max === undefined))
          problems.push(`${where}: "between" needs min and max`);
        if (['equals', 'not_equals', 'gt', 'gte', 'lt', 'lte'].includes(c.op) && typeof c.value !== want) {
          problems.push(`${where}: operator "${c.op}" on "${c.column}" needs a ${want} value`);
        }
        if ((c.op === 'in' || c.op === 'not_in') && !(c.values ?? []).length)
          problems.push(`${where}: "${c.op}" needs values`);
        if ((c.values ?? []).some((v) => typeof v !== want))
          problems.push(`${where}: values of "${c.column}" must be ${want}s`);
      }
      return c as RuleCondition;
    });
    return { name: r.name, when, points: r.points };
  });
  if (raw.max <= raw.min) problems.push(`max (${raw.max}) must be greater than min (${raw.min})`);
  if (problems.length)
    throw new TerminalError('E_BAD_RULES', `invalid rules file: ${problems.join('; ')}`, {
      details: { problems },
    });
  return {
    kind: 'rules',
    version: raw.version,
    description: raw.description,
    min: raw.min,
    max: raw.max,
    grades: raw.grades ?? { A: 75, B: 50, C: 25 },
    rules,
  };
}

/** Reads and validates a rules JSON file (see {@link parseRulesOrThrow}). */
export function readRulesFileOrThrow(path: string, schema: LeadSchema): RulesModel {
  return parseRulesOrThrow(JSON.parse(readFileSync(path, 'utf8')), schema);
}

function fold(v: LeadValue | undefined, c: RuleCondition): LeadValue | undefined {
  return c.ignoreCase && typeof v === 'string' ? v.toLowerCase() : v;
}

/** Whether a condition holds for a lead (same semantics as the SQL). */
export function conditionHolds(c: RuleCondition, lead: Lead): boolean {
  const v = lead[c.column];
  const missing = v === null || v === undefined;
  const x = fold(v, c);
  const val = fold(c.value, c);
  const vals = (c.values ?? []).map((u) => fold(u, c));
  switch (c.op) {
    case 'missing':
      return missing;
    case 'present':
      return !missing;
    case 'equals':
      return !missing && x === val;
    case 'not_equals':
      return missing || x !== val;
    case 'in':
      return !missing && vals.includes(x as string | number | boolean);
    case 'not_in':
      return missing || !vals.includes(x as string | number | boolean);
  }
  if (typeof x !== 'number') return false;
  switch (c.op) {
    case 'between':
      return x >= (c.min ?? -Infinity) && x <= (c.max ?? Infinity);
    case 'gt':
      return x > Number(c.value);
    case 'gte':
      return x >= Number(c.value);
    case 'lt':
      return x < Number(c.value);
    case 'lte':
      return x <= Number(c.value);
  }
  return false;
}

/** A rule that fired for a lead. */
export interface RuleReason {
  rule: string;
  points: number;
  text: string;
}

/** What scoring one lead with rules returns. */
export interface RulesScore {
  points: number;
  score: number;
  grade: Grade;
  reasons: { positive: RuleReason[]; negative: RuleReason[] };
  modelVersion: string;
}

/** A rule's name in reasons: its `name`, or `rule <n>` (1-based) when it has none. */
export function ruleName(r: Rule, i: number): string {
  return r.name ?? `rule ${i + 1}`;
}

/** Scores one lead: sum of points of the rules that hold, clamped, mapped to 0–100. */
export function scoreLeadWithRules(model: RulesModel, lead: Lead): RulesScore {
  let points = 0;
  const fired: RuleReason[] = [];
  model.rules.forEach((r, i) => {
    if (r.when.every((c) => conditionHolds(c, lead))) {
      points += r.points;
      fired.push({
        rule: ruleName(r, i),
        points: r.points,
        text: `${ruleName(r, i)}: ${r.points >= 0 ? '+' : ''}${r.points}`,
      });
    }
  });
  const clamped = Math.min(Math.max(points, model.min), model.max);
  const score = Math.round((100 * (clamped - model.min)) / (model.max - model.min));
  const by = (a: RuleReason, b: RuleReason) => Math.abs(b.points) - Math.abs(a.points);
  return {
    points,
    score,
    grade: gradeOf(score, model.grades),
    reasons: {
      positive: fired
        .filter((f) => f.points > 0)
        .sort(by)
        .slice(0, 3),
      negative: fired
        .filter((f) => f.points < 0)
        .sort(by)
        .slice(0, 3),
    },
    modelVersion: model.version,
  };
}
