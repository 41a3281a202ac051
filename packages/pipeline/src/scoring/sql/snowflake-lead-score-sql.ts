/**
 * The per-lead scoring function on Snowflake: the body of the SQL UDF `LEADPIPE_SCORE("LEAD" VARIANT)
 * RETURNS OBJECT` (created beside the table function `LEADPIPE_SCORE()`, another overload, by
 * warehouse/snowflake/snowflake-store-sql.ts), returning
 * `{model_version, probability, score, grade, reasons: {positive, negative}}` as the TypeScript scorer does.
 * It types the values the model reads from the VARIANT (lead-json-columns.ts) and reuses the Snowflake
 * formulation of the model over that one-row table.
 *
 * A scalar UDF whose body is a query becomes a correlated subquery when it is called on a column, and
 * Snowflake evaluates those only when they provably return one row: the body is one aggregate
 * (`ANY_VALUE`) without GROUP BY, and the top 3 reasons each way are ranked by comparisons (each feature's
 * rank is 1 + the number of features ahead of it), not by FLATTEN and a window as apply_scoring does.
 */
import type { LeadModel } from '../model/model.ts';
import { splitFeatures } from '../model/tree.ts';
import type { RulesModel } from '../model/rules.ts';
import { ruleName } from '../model/rules.ts';
import type { ScoringModel } from '../model/scoring-model.ts';
import type { LeadFunctionOptions, LeadJsonColumn } from './lead-json-columns.ts';
import {
  DECIMAL_PATTERN,
  FALSE_WORDS,
  INTEGER_LIMIT,
  INTEGER_PATTERN,
  JS_WHITESPACE,
  OFFSET_PATTERN,
  TIMESTAMP_PATTERN,
  TRUE_WORDS,
  foldedNullTokens,
  leadJsonColumns,
} from './lead-json-columns.ts';
import { rulesToSql, ruleConditionsSql } from './rules-sql.ts';
import type { ScoringDialect } from './scoring-dialect.ts';
import { dbl, str } from './sql-text.ts';

const KEY = '__lead';
const WHITESPACE = JS_WHITESPACE.map((c) => `CHR(${c})`).join(' || ');
const NUMBER_TYPES = `('INTEGER', 'DECIMAL', 'DOUBLE')`;
// Excludes infinities and NaN (which Snowflake orders above every number).
const finite = (x: string): string => `CASE WHEN ABS(${x}) <= 1.7976931348623157e308 THEN ${x} END`;

/** A double as JavaScript's String() writes it, for whole numbers up to 15 digits and short decimals. */
function jsText(d: string): string {
  return `CASE WHEN ${d} = TRUNC(${d}) AND ABS(${d}) < 1e15 THEN TO_VARCHAR(CAST(${d} AS NUMBER(38, 0))) ELSE TO_VARCHAR(${d}) END`;
}

function typedSql(c: LeadJsonColumn, k: number): string {
  const r = `__r${k}`;
  const t = `__t${k}`;
  const type = `TYPEOF(${r})`;
  const num = `CAST(${r} AS DOUBLE)`;
  // An integer column's number must be whole (a double past 2^63 is none); its text, integer digits.
  const fits = (x: string) =>
    c.integer ? `CASE WHEN ${x} = TRUNC(${x}) AND ABS(${x}) < ${INTEGER_LIMIT} THEN ${x} END` : finite(x);
  const pattern = str(c.integer ? INTEGER_PATTERN : DECIMAL_PATTERN);
  const number = `CASE WHEN ${type} IN ${NUMBER_TYPES} THEN ${fits(num)} WHEN REGEXP_LIKE(${t}, ${pattern}) THEN ${fits(`TRY_TO_DOUBLE(${t})`)} END`;
  if (c.kind === 'text') {
    // An integer column's value is its number, written as JavaScript writes it ("05" and 5.0 are "5").
    if (c.integer) return jsText(number);
    return `CASE WHEN ${type} = 'VARCHAR' THEN ${t} WHEN ${type} = 'BOOLEAN' THEN IFF(CAST(${r} AS BOOLEAN), 'true', 'false') WHEN ${type} IN ${NUMBER_TYPES} THEN ${jsText(num)} END`;
  }
  if (c.kind === 'number') return number;
  // A backslash escapes in a Snowflake string literal: the back-reference \1 is written '\\1'.
  if (c.kind === 'timestamp')
    return `CASE WHEN REGEXP_LIKE(${t}, ${str(TIMESTAMP_PATTERN)}) THEN TRY_TO_TIMESTAMP_NTZ(REGEXP_REPLACE(${t}, ${str(OFFSET_PATTERN)}, '\\\\1')) END`;
  const words = [
    ...TRUE_WORDS.map((w) => ` WHEN ${str(w)} THEN TRUE`),
    ...FALSE_WORDS.map((w) => ` WHEN ${str(w)} THEN FALSE`),
  ].join('');
  return `CASE WHEN ${type} = 'BOOLEAN' THEN CAST(${r} AS BOOLEAN) WHEN ${type} = 'VARCHAR' THEN CASE LOWER(${t})${words} END WHEN ${type} IN ${NUMBER_TYPES} THEN CASE ${num} WHEN 1 THEN TRUE WHEN 0 THEN FALSE END END`;
}

/** The one-row table of typed values (key column `__lead`) over the UDF argument `"LEAD"`. */
function leadTable(columns: readonly LeadJsonColumn[], nullTokens: readonly string[]): string {
  if (columns.length === 0) return `(SELECT 0 AS "${KEY}") AS __lead_values`;
  const tokens = foldedNullTokens(nullTokens);
  const raw = columns.map((c, k) => `GET("LEAD", ${str(c.column)}) AS __r${k}`);
  const trimmed = columns.map((_, k) => {
    const text = `TRIM(CAST(__r${k} AS VARCHAR), ${WHITESPACE})`;
    const kept = tokens.length
      ? `CASE WHEN LOWER(${text}) IN (${tokens.map(str).join(', ')}) THEN NULL ELSE ${text} END`
      : text;
    return `CASE WHEN TYPEOF(__r${k}) = 'VARCHAR' THEN ${kept} END AS __t${k}`;
  });
  const typed = columns.map((c, k) => `${typedSql(c, k)} AS ${c.alias}`);
  const pass = columns.map((_, k) => `__r${k}`);
  return (
    `(SELECT 0 AS "${KEY}",\n  ${typed.join(',\n  ')}\nFROM (SELECT ${[...pass, ...trimmed].join(',\n  ')}\n` +
    `FROM (SELECT ${raw.join(',\n  ')}) AS __lead_raw) AS __lead_text) AS __lead_values`
  );
}

/** The reasons object from `slots`: per sign, position k's item (NULL when fewer fired) compacted away. */
function reasonsObject(positive: readonly string[], negative: readonly string[]): string {
  const list = (xs: readonly string[]) =>
    xs.length ? `ARRAY_COMPACT(ARRAY_CONSTRUCT(${xs.join(', ')}))` : 'ARRAY_CONSTRUCT()';
  return `OBJECT_CONSTRUCT('positive', ${list(positive)}, 'negative', ${list(negative)})`;
}

function result(version: string, probability: string, reasons: string, from: string): string {
  return (
    `SELECT ANY_VALUE(OBJECT_CONSTRUCT_KEEP_NULL('model_version', ${str(version)}, 'probability', ${probability}, 'score', score, 'grade', grade,\n  'reasons', ${reasons}))\n` +
    `FROM ${from}`
  );
}

/**
 * The features that can be a reason: every feature of a logistic model; of a tree model, those some tree
 * splits on. Any other contributes exactly 0 to every lead, so it is never a reason nor ranked ahead of one.
 */
function reasonFeatures(model: LeadModel): number[] {
  const feats = model.features.spec.features;
  if (model.kind === 'logistic') return feats.map((_, i) => i);
  const split = splitFeatures(model.gbt.trees);
  return feats.flatMap((_, i) => (split.has(i) ? [i] : []));
}

/**
 * A trained model: the Snowflake SELECT (reasons: every feature's OBJECT in spec order), ranked by
 * comparisons among the features that can be a reason.
 */
function trainedBody(
  model: LeadModel,
  dialect: ScoringDialect,
  table: string,
  reference: Date | undefined,
): string {
  const { select } = dialect.modelSql(model, { table, key: KEY, ...(reference ? { reference } : {}) });
  const feats = model.features.spec.features;
  const live = reasonFeatures(model);
  const c = (i: number): string => `__c${i}`;
  const read = live.map((i) => `CAST(reasons[${i}]:log_odds AS DOUBLE) AS ${c(i)}`);
  const l1 = `SELECT ${['probability, score, grade, reasons', ...read].join(',\n  ')}\nFROM (${select}) AS __m`;
  // j is ahead of i among positive reasons when larger, or equal with a greater name (explain.ts
  // `topReasons`); among negative ones when smaller, or equal with a smaller name.
  const ahead = (i: number, sign: 1 | -1): string => {
    const name = feats[i]?.name ?? '';
    const terms = live.flatMap((j) => {
      if (j === i) return [];
      const other = feats[j]?.name ?? '';
      const tieAhead = sign > 0 ? other > name : other < name;
      const op = sign > 0 ? (tieAhead ? '>=' : '>') : tieAhead ? '<=' : '<';
      return [`IFF(${c(j)} ${op} ${c(i)}, 1, 0)`];
    });
    return ['1', ...terms].join(' + ');
  };
  const ranks = live.flatMap((i) => [
    `CASE WHEN ${c(i)} > 0 THEN ${ahead(i, 1)} END AS __p${i}`,
    `CASE WHEN ${c(i)} < 0 THEN ${ahead(i, -1)} END AS __n${i}`,
  ]);
  const l2 = `SELECT ${['probability, score, grade, reasons', ...ranks].join(',\n  ')}\nFROM (${l1}) AS __c`;
  const slot = (rank: string, k: number): string =>
    live.length
      ? `CASE${live.map((i) => ` WHEN ${rank}${i} = ${k} THEN reasons[${i}]`).join('')} END`
      : 'NULL';
  const positive = [1, 2, 3].map((k) => slot('__p', k));
  const negative = [1, 2, 3].map((k) => slot('__n', k));
  return result(model.version, 'probability', reasonsObject(positive, negative), `(${l2}) AS __ranked`);
}

/** A rules model: each rule fired or not, ranked in the order `scoreLeadWithRules` sorts (|points|, then rule order). */
function rulesBody(model: RulesModel, dialect: ScoringDialect, table: string): string {
  const sql = rulesToSql(model, dialect, { table, key: KEY });
  const conds = ruleConditionsSql(model);
  const fired = conds.map((cond, i) => `COALESCE(${cond}, FALSE) AS __w${i}`);
  const l1 = `SELECT ${[...fired, `${sql.points} AS points`].join(',\n  ')}\nFROM ${table}`;
  const w = model.rules.map((_, i) => `__w${i}`);
  const l2 = `SELECT ${[...w, `${sql.score} AS score`].join(', ')}\nFROM (${l1}) AS __r1`;
  const l3 = `SELECT ${[...w, 'score', `${sql.grade} AS grade`].join(', ')}\nFROM (${l2}) AS __r2`;
  const order = (sign: 1 | -1): number[] =>
    model.rules
      .map((r, i) => ({ i, p: r.points }))
      .filter((x) => x.p * sign > 0)
      .sort((a, b) => Math.abs(b.p) - Math.abs(a.p) || a.i - b.i)
      .map((x) => x.i);
  const slots = (sign: 1 | -1): string[] => {
    const sorted = order(sign);
    if (sorted.length === 0) return [];
    // A rule's place: 1 + the fired rules sorted ahead of it.
    const place = (n: number): string =>
      ['1', ...sorted.slice(0, n).map((j) => `IFF(__w${j}, 1, 0)`)].join(' + ');
    const item = (i: number): string => {
      const r = model.rules[i];
      const name = ruleName(r as RulesModel['rules'][number], i);
      const p = r?.points ?? 0;
      return `OBJECT_CONSTRUCT('feature', ${str(name)}, 'points', ${dbl(p)}, 'text', ${str(`${name}: ${p >= 0 ? '+' : ''}${p}`)})`;
    };
    return [1, 2, 3].map(
      (k) =>
        `CASE${sorted.map((i, n) => ` WHEN __w${i} AND ${place(n)} = ${k} THEN ${item(i)}`).join('')} END`,
    );
  };
  return result(model.version, 'NULL', reasonsObject(slots(1), slots(-1)), `(${l3}) AS __r3`);
}

/**
 * The body of `LEADPIPE_SCORE("LEAD" VARIANT)` for `model` (see the top of this file): one query over the
 * argument `"LEAD"` returning the score OBJECT.
 *
 * @example
 * const body = snowflakeLeadScoreSql(model, snowflakeScoring, { nullTokens: ['', 'NA'] });
 * // CREATE OR REPLACE FUNCTION "LEADPIPE_SCORE"("LEAD" VARIANT) RETURNS OBJECT LANGUAGE SQL AS $$<body>$$
 */
export function snowflakeLeadScoreSql(
  model: ScoringModel,
  dialect: ScoringDialect,
  options: LeadFunctionOptions = {},
): string {
  const { columns, model: typed } = leadJsonColumns(model, options.integerColumns);
  const table = leadTable(columns, options.nullTokens ?? []);
  return typed.kind === 'rules'
    ? rulesBody(typed as RulesModel, dialect, table)
    : trainedBody(typed as LeadModel, dialect, table, options.reference);
}
