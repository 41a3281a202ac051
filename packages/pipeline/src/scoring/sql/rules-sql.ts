/**
 * A rules model as SQL over the typed lead columns: points, score, grade and the rules that fired. The
 * conditions are the same text in both dialects; only the reason items and their list come from the dialect.
 */
import { quoteIdent } from '../../warehouse/sql-ident.ts';
import type { RuleCondition, RulesModel } from '../model/rules.ts';
import { ruleName } from '../model/rules.ts';
import { dbl, passedColumns, str } from './sql-text.ts';

/** The two dialect-specific pieces of a rules model's SQL (implemented by each `ScoringDialect`). */
export interface RulesReasonsSql {
  /** One fired rule as a reason item, from its quoted name and its points as a DOUBLE literal. */
  ruleReason(name: string, points: string): string;
  /** The list of reason items with the NULL entries (rules that did not fire) dropped. */
  firedRules(items: readonly string[]): string;
}

function sqlValue(v: string | number | boolean, c: RuleCondition): string {
  if (typeof v === 'string') return str(c.ignoreCase ? v.toLowerCase() : v);
  if (typeof v === 'number') return dbl(v);
  return v ? 'TRUE' : 'FALSE';
}

function conditionSql(c: RuleCondition): string {
  const col = quoteIdent(c.column);
  const x = c.ignoreCase ? `LOWER(${col})` : col;
  const list = () => (c.values ?? []).map((v) => sqlValue(v, c)).join(', ');
  const v = () => sqlValue(c.value ?? '', c);
  switch (c.op) {
    case 'missing':
      return `${col} IS NULL`;
    case 'present':
      return `${col} IS NOT NULL`;
    case 'equals':
      return `${x} = ${v()}`;
    case 'not_equals':
      return `(${col} IS NULL OR ${x} <> ${v()})`;
    case 'in':
      return `${x} IN (${list()})`;
    case 'not_in':
      return `(${col} IS NULL OR ${x} NOT IN (${list()}))`;
    case 'between':
      return `${col} BETWEEN ${dbl(c.min ?? 0)} AND ${dbl(c.max ?? 0)}`;
    case 'gt':
      return `${col} > ${v()}`;
    case 'gte':
      return `${col} >= ${v()}`;
    case 'lt':
      return `${col} < ${v()}`;
    case 'lte':
      return `${col} <= ${v()}`;
  }
}

/** Each rule's condition (all of its `when` clauses) as SQL over the typed lead columns, in rule order. */
export function ruleConditionsSql(model: RulesModel): string[] {
  return model.rules.map((r) => r.when.map((c) => `(${conditionSql(c)})`).join(' AND '));
}

/** SQL for a rules model: points, score, grade and fired rules, plus a full SELECT. */
export interface RulesSql {
  points: string;
  score: string;
  grade: string;
  reasons: string;
  select: string;
}

/**
 * Compiles a rules model to SQL expressions over the typed lead columns.
 *
 * @example
 * const { select } = rulesToSql(rules, duckdbScoring);
 */
export function rulesToSql(
  model: RulesModel,
  dialect: RulesReasonsSql,
  options: { table?: string; key?: string; carry?: readonly string[] } = {},
): RulesSql {
  const conds = ruleConditionsSql(model);
  const points = conds.length
    ? conds
        .map((c, i) => `CASE WHEN ${c} THEN ${dbl(model.rules[i]?.points ?? 0)} ELSE 0e0 END`)
        .join('\n + ')
    : '0e0';
  const score = `CAST(ROUND(100 * (LEAST(GREATEST(points, ${dbl(model.min)}), ${dbl(model.max)}) - ${dbl(model.min)}) / ${dbl(model.max - model.min)}) AS INTEGER)`;
  const g = model.grades;
  const grade = `CASE WHEN score >= ${dbl(g.A)} THEN 'A' WHEN score >= ${dbl(g.B)} THEN 'B' WHEN score >= ${dbl(g.C)} THEN 'C' ELSE 'D' END`;
  const items = model.rules.map((r, i) => {
    const name = str(ruleName(r, i));
    return `CASE WHEN ${conds[i]} THEN ${dialect.ruleReason(name, dbl(r.points))} END`;
  });
  const reasons = dialect.firedRules(items);
  const key = passedColumns(options.key ?? 'prospect_id', options.carry);
  const table = options.table ?? 'leads_final';
  const select =
    `SELECT ${key}, ${str(model.version)} AS model_version, points, score, ${grade} AS grade, reasons FROM (\n` +
    `  SELECT ${key}, points, reasons, ${score} AS score FROM (\n` +
    `    SELECT ${key}, ${points} AS points, ${reasons} AS reasons FROM ${table}\n  ) AS __r1\n) AS __r2`;
  return { points, score, grade, reasons, select };
}
