/**
 * The per-lead scoring function on DuckDB: `leadpipe_score(lead)`, a scalar macro over one lead's JSON (a
 * JSON value, JSON text, or a row cast to JSON), returning
 * `{model_version, probability, score, grade, reasons: {positive, negative}}` as the TypeScript scorer does
 * (`scoreLead` in model/explain.ts; rules: `scoreLeadWithRules`). It types the values the model reads
 * (lead-json-columns.ts), then runs the same set-based SELECT as apply_scoring over that one-row table, so the
 * two paths cannot drift. DuckDB tells a table macro from a scalar one, so the table macro `leadpipe_score()`
 * that `modelSql` writes (no argument, over `leads_final`) can live beside it.
 */
import type { LeadModel } from '../model/model.ts';
import type { RulesModel } from '../model/rules.ts';
import type { ScoringModel } from '../model/scoring-model.ts';
import type { ScoringDialect } from './scoring-dialect.ts';
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
import { str } from './sql-text.ts';

const KEY = '__lead';
const WHITESPACE = JS_WHITESPACE.map((c) => `chr(${c})`).join(' || ');
const NUMBER_TYPES = `('BIGINT', 'UBIGINT', 'DOUBLE')`;

function jsonPath(column: string): string {
  // Column names are snake_case (formats/names.ts); a quote or backslash could not be written in a path.
  if (/["\\]/.test(column)) throw new Error(`cannot read column ${JSON.stringify(column)} from JSON`);
  return str(`$."${column}"`);
}

/** A double as JavaScript's String() writes it, for whole numbers up to 15 digits and short decimals. */
function jsText(d: string): string {
  return `CASE WHEN ${d} = trunc(${d}) AND abs(${d}) < 1e15 THEN CAST(CAST(${d} AS BIGINT) AS VARCHAR) ELSE CAST(${d} AS VARCHAR) END`;
}

const finite = (x: string): string => `CASE WHEN isfinite(${x}) THEN ${x} END`;

/** The typed value of `c` over `__r<k>` (its JSON value) and `__t<k>` (its trimmed text, NULL for a null token). */
function typedSql(c: LeadJsonColumn, k: number): string {
  const r = `__r${k}`;
  const t = `__t${k}`;
  const type = `json_type(${r})`;
  const num = `CAST(${r} AS DOUBLE)`;
  const parsed = `TRY_CAST(${t} AS DOUBLE)`;
  // An integer column's number must be whole (a double past 2^63 is none); its text, integer digits.
  const fits = (x: string) =>
    c.integer ? `CASE WHEN ${x} = trunc(${x}) AND abs(${x}) < ${INTEGER_LIMIT} THEN ${x} END` : finite(x);
  const pattern = str(c.integer ? INTEGER_PATTERN : DECIMAL_PATTERN);
  const number = `CASE WHEN ${type} IN ${NUMBER_TYPES} THEN ${fits(num)} WHEN regexp_full_match(${t}, ${pattern}) THEN ${fits(parsed)} END`;
  if (c.kind === 'text') {
    // An integer column's value is its number, written as JavaScript writes it ("05" and 5.0 are "5").
    if (c.integer) return jsText(number);
    return `CASE ${type} WHEN 'VARCHAR' THEN ${t} WHEN 'BOOLEAN' THEN CAST(${r} AS VARCHAR) WHEN 'BIGINT' THEN ${jsText(num)} WHEN 'UBIGINT' THEN ${jsText(num)} WHEN 'DOUBLE' THEN ${jsText(num)} END`;
  }
  if (c.kind === 'number') return number;
  if (c.kind === 'timestamp')
    return `CASE WHEN regexp_full_match(${t}, ${str(TIMESTAMP_PATTERN)}) THEN TRY_CAST(regexp_replace(${t}, ${str(OFFSET_PATTERN)}, '\\1') AS TIMESTAMP) END`;
  const words = [
    ...TRUE_WORDS.map((w) => ` WHEN ${str(w)} THEN TRUE`),
    ...FALSE_WORDS.map((w) => ` WHEN ${str(w)} THEN FALSE`),
  ].join('');
  return `CASE ${type} WHEN 'BOOLEAN' THEN CAST(${r} AS BOOLEAN) WHEN 'VARCHAR' THEN CASE lower(${t})${words} END WHEN 'BIGINT' THEN CASE ${num} WHEN 1 THEN TRUE WHEN 0 THEN FALSE END WHEN 'UBIGINT' THEN CASE ${num} WHEN 1 THEN TRUE WHEN 0 THEN FALSE END WHEN 'DOUBLE' THEN CASE ${num} WHEN 1 THEN TRUE WHEN 0 THEN FALSE END END`;
}

/** The one-row table of typed values (key column `__lead`) over the macro parameter `lead`. */
function leadTable(columns: readonly LeadJsonColumn[], nullTokens: readonly string[]): string {
  if (columns.length === 0) return `(SELECT 0 AS ${KEY}) AS __lead_values`;
  const tokens = foldedNullTokens(nullTokens);
  const raw = columns.map((c, k) => `json_extract(__j, ${jsonPath(c.column)}) AS __r${k}`);
  const trimmed = columns.map((_, k) => {
    const text = `trim(__r${k} ->> '$', ${WHITESPACE})`;
    const kept = tokens.length
      ? `CASE WHEN lower(${text}) IN (${tokens.map(str).join(', ')}) THEN NULL ELSE ${text} END`
      : text;
    return `CASE WHEN json_type(__r${k}) = 'VARCHAR' THEN ${kept} END AS __t${k}`;
  });
  const typed = columns.map((c, k) => `${typedSql(c, k)} AS ${c.alias}`);
  const pass = columns.map((_, k) => `__r${k}`);
  return (
    `(SELECT 0 AS ${KEY},\n  ${typed.join(',\n  ')}\nFROM (SELECT ${[...pass, ...trimmed].join(',\n  ')}\n` +
    `FROM (SELECT ${raw.join(',\n  ')}\nFROM (SELECT CAST(lead AS JSON) AS __j) AS __lead_json) AS __lead_raw) AS __lead_text) AS __lead_values`
  );
}

/** Over the trained model's compact reasons: label and text added, as `toReason` writes them. */
function fullReasons(model: LeadModel): string {
  const labels = model.features.spec.features
    .map((f) => ` WHEN ${str(f.name)} THEN ${str(f.label)}`)
    .join('');
  const label = labels ? `CASE r.feature${labels} END` : 'CAST(NULL AS VARCHAR)';
  const item = `r -> {'feature': r.feature, 'label': ${label}, 'value': r."value", 'log_odds': r.log_odds, 'points': r.points, 'text': ${label} || ' = ' || r."value" || ': ' || CASE WHEN r.points >= 0 THEN '+' ELSE '' END || CAST(r.points AS VARCHAR)}`;
  return `{'positive': list_transform(reasons.positive, ${item}), 'negative': list_transform(reasons.negative, ${item})}`;
}

/**
 * The body of `leadpipe_score(lead)` for `model`: a scalar subquery over the macro parameter `lead`, typing
 * values with `options`' null tokens (see the top of this file and lead-json-columns.ts). The warehouse wraps
 * it in `CREATE OR REPLACE MACRO leadpipe_score(lead) AS (<body>)` (warehouse/duckdb/duckdb-store-sql.ts).
 *
 * @example
 * const body = duckdbLeadScoreSql(model, duckdbScoring, { nullTokens: ['', 'NA'] });
 * await conn.run(`CREATE OR REPLACE MACRO leadpipe_score(lead) AS (${body})`);
 * await conn.runAndReadAll(`SELECT leadpipe_score('{"lead_origin": "API", "total_visits": "5"}')`);
 */
export function duckdbLeadScoreSql(
  model: ScoringModel,
  dialect: ScoringDialect,
  options: LeadFunctionOptions = {},
): string {
  const { columns, model: typed } = leadJsonColumns(model, options.integerColumns);
  const table = leadTable(columns, options.nullTokens ?? []);
  const select =
    typed.kind === 'rules'
      ? dialect.rulesScoringSql(typed as RulesModel, KEY, table).select
      : dialect.modelScoringSql(typed as LeadModel, KEY, table, undefined, options.reference).select;
  const reasons = model.kind === 'rules' ? 'reasons' : fullReasons(model);
  return (
    `SELECT {'model_version': model_version, 'probability': probability, 'score': score, 'grade': grade,\n  'reasons': ${reasons}}\n` +
    `FROM (${select}) AS __scored`
  );
}
