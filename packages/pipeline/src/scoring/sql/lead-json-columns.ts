/**
 * What the per-lead scoring function (`leadpipe_score(lead)`, duckdb-lead-function-sql.ts and
 * snowflake-lead-function-sql.ts) reads from one lead's JSON: each column a model uses, typed as the feature
 * or rule needs it, and the model rewritten to read those typed values, so the set-based scoring SQL of each
 * dialect can be reused unchanged over a one-row table of them.
 *
 * Values are typed as `POST /score-lead` types a posted lead (api/model-store.ts `typeLeadOrThrow`, with the
 * rules of formats/values.ts): strings are trimmed, a null token is missing, numeric text is a number,
 * `Yes`/`No`/`true`/`1`... are booleans, a number is a category's text. A value that does not fit is missing
 * (a function cannot answer 400 for one lead of many).
 */
import type { FeatureDef } from '../model/feature-spec.ts';
import type { LeadModel } from '../model/model.ts';
import type { RuleCondition, RulesModel } from '../model/rules.ts';
import type { ScoringModel } from '../model/scoring-model.ts';

/** How a column is read from the JSON: text (categories), a number, a boolean, or a timestamp (ages). */
export type LeadValueKind = 'text' | 'number' | 'boolean' | 'timestamp';

/**
 * One typed value the function extracts: JSON key `column` as `kind`, named `alias` in its SQL. `integer`:
 * the column holds whole numbers, so a number (or numeric text) must be whole, as `POST /score-lead` requires.
 */
export interface LeadJsonColumn {
  column: string;
  kind: LeadValueKind;
  alias: string;
  integer: boolean;
}

/** Options of the per-lead scoring function. */
export interface LeadFunctionOptions {
  /** Strings read as missing, compared case-insensitively after trimming (the home's null tokens; default none). */
  nullTokens?: readonly string[];
  /** Columns of type integer (default none): their numbers must be whole, or they are missing. */
  integerColumns?: readonly string[];
  /** The time of scoring age features measure from (default: the time of the call). Fixed in tests. */
  reference?: Date;
}

/** Whitespace JavaScript's `String.prototype.trim` removes, as code points (SQL writes them with CHR). */
export const JS_WHITESPACE: readonly number[] = [
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006,
  0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
];

/** Text accepted as a number (formats/values.ts `doubleJson`), as a POSIX regular expression. */
export const DECIMAL_PATTERN = '^[+-]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][+-]?[0-9]+)?$';
/**
 * Text accepted as a timestamp by an age feature (model/age.ts `dateMs`: formats/values.ts's ISO-8601, hours
 * up to 24); the engine's cast then refuses days and times that do not exist.
 */
export const TIMESTAMP_PATTERN =
  '^[0-9]{4}-[0-9]{2}-[0-9]{2}([T ]([01][0-9]|2[0-4]):[0-9]{2}(:[0-9]{2}([.][0-9]{1,9})?)?(Z|[+-][0-9]{2}:?[0-9]{2})?)?$';
/**
 * A time's UTC offset, to drop before the cast (group 1: the time before it): a date is its wall-clock
 * time, as TIMESTAMP and TIMESTAMP_NTZ columns store it.
 */
export const OFFSET_PATTERN = '([0-9]{2}:[0-9]{2}(:[0-9]{2}([.][0-9]+)?)?)(Z|[+-][0-9]{2}:?[0-9]{2})$';

/** Text accepted as an integer (formats/values.ts `integerJson`). */
export const INTEGER_PATTERN = '^[+-]?[0-9]+([.]0+)?$';
/** Numbers an integer column holds: whole, below 2^63 in magnitude (formats/values.ts `fitsBigint`). */
export const INTEGER_LIMIT = '9.223372036854775808e18';
/** Text accepted as true / false (formats/values.ts `booleanJson`), lower-cased. */
export const TRUE_WORDS = ['true', 'yes', 'y', 't', '1'] as const;
export const FALSE_WORDS = ['false', 'no', 'n', 'f', '0'] as const;

/** The null tokens as the SQL compares them: trimmed, lower-cased, without duplicates. */
export function foldedNullTokens(tokens: readonly string[] = []): string[] {
  return [...new Set(tokens.map((t) => t.trim().toLowerCase()))];
}

function featureKind(f: FeatureDef): LeadValueKind {
  if (f.kind === 'age') return 'timestamp';
  return f.kind === 'categorical' ? 'text' : f.kind === 'numeric' ? 'number' : 'boolean';
}

/** The kind a rule condition compares with: its value's type; `missing`/`present` only test for a value. */
function conditionKind(c: RuleCondition): LeadValueKind | null {
  if (c.op === 'between') return 'number';
  const v = c.value ?? c.values?.[0];
  if (v === undefined) return null;
  return typeof v === 'number' ? 'number' : typeof v === 'boolean' ? 'boolean' : 'text';
}

/**
 * The typed values `model` reads from a lead's JSON, and the model rewritten to read them by alias (each
 * feature's or condition's `column` -> its alias). A column read as two kinds is extracted twice; `integerColumns` are the columns
 * of type integer.
 *
 * @example
 * const { columns, model: typed } = leadJsonColumns(model);
 * // columns: [{ column: 'channel', kind: 'text', alias: '__x0' }, ...]
 */
export function leadJsonColumns<M extends ScoringModel>(
  model: M,
  integerColumns: readonly string[] = [],
): { columns: LeadJsonColumn[]; model: M } {
  const columns: LeadJsonColumn[] = [];
  const integers = new Set(integerColumns);
  const alias = (column: string, kind: LeadValueKind): string => {
    let c = columns.find((x) => x.column === column && x.kind === kind);
    if (!c) {
      c = { column, kind, alias: `__x${columns.length}`, integer: integers.has(column) };
      columns.push(c);
    }
    return c.alias;
  };
  if (model.kind === 'rules') {
    const rules = model as RulesModel;
    // A column only tested for presence is read as the kind its other conditions use (text otherwise).
    const kindOf = new Map<string, LeadValueKind>();
    for (const r of rules.rules)
      for (const c of r.when) {
        const k = conditionKind(c);
        if (k && !kindOf.has(c.column)) kindOf.set(c.column, k);
      }
    const typed: RulesModel = {
      ...rules,
      rules: rules.rules.map((r) => ({
        ...r,
        when: r.when.map((c) => ({
          ...c,
          column: alias(c.column, conditionKind(c) ?? kindOf.get(c.column) ?? 'text'),
        })),
      })),
    };
    return { columns, model: typed as M };
  }
  const trained = model as LeadModel;
  const features = trained.features.spec.features.map((f): FeatureDef => {
    const column = alias(f.column, featureKind(f));
    if (f.kind === 'numeric' && f.divideBy) return { ...f, column, divideBy: alias(f.divideBy, 'number') };
    return { ...f, column };
  });
  const typed: LeadModel = {
    ...trained,
    features: { ...trained.features, spec: { ...trained.features.spec, features } },
  };
  return { columns, model: typed as M };
}
