/**
 * Typing of single values: the rules by which text (from CSV) or JSON values become typed values of a
 * declared or inferred column. Each converter returns the JSON text of the typed value, or `undefined` when
 * the value does not fit the type.
 */
import type { ColumnType } from './lead-schema.ts';

const INTEGER = /^[+-]?\d+(?:\.0+)?$/;
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const ISO_TIMESTAMP =
  /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const TRUE_WORDS = new Set(['true', 'yes', 'y', 't', '1']);
const FALSE_WORDS = new Set(['false', 'no', 'n', 'f', '0']);

/** Nesting depth beyond which a JSON value rejects its row (JSON.stringify and the warehouse recurse). */
export const MAX_DEPTH = 64;

/** A UTF-16 surrogate without its pair: valid in a JS string and a JSON escape, refused by the warehouse. */
const LONE_SURROGATE = /\p{Cs}/u;
const SURROGATE_REASON = 'text with an unpaired UTF-16 surrogate escape (such as \\ud800)';

/**
 * Why a parsed JSON value cannot be stored, or undefined: nested deeper than `limit` (JSON.stringify and the
 * warehouse recurse) or a string, value or key, with an unpaired surrogate (`"\ud800"`: DuckDB's reader
 * refuses the whole staged file). Iterative, so a hostile value cannot overflow the stack.
 */
export function unstorableValue(v: unknown, limit: number = MAX_DEPTH): string | undefined {
  if (typeof v === 'string') return LONE_SURROGATE.test(v) ? SURROGATE_REASON : undefined;
  if (v === null || typeof v !== 'object') return undefined;
  const stack: [unknown, number][] = [[v, 1]];
  while (stack.length > 0) {
    const [x, d] = stack.pop()!;
    if (d > limit) return `value nested deeper than ${limit} levels`;
    for (const [k, c] of Object.entries(x as object)) {
      if (LONE_SURROGATE.test(k)) return SURROGATE_REASON;
      if (typeof c === 'string') {
        if (LONE_SURROGATE.test(c)) return SURROGATE_REASON;
      } else if (c !== null && typeof c === 'object') stack.push([c, d + 1]);
    }
  }
  return undefined;
}
/** JSON text of an integer written as text, or undefined. Integers beyond 2^53 keep their exact digits. */
export function integerJson(s: string): string | undefined {
  if (!INTEGER.test(s)) return undefined;
  const digits = s.replace(/\.0+$/, '');
  const n = Number(digits);
  if (Number.isSafeInteger(n)) return String(n);
  const negative = digits.startsWith('-');
  const body = digits.replace(/^[+-]/, '').replace(/^0+(?=\d)/, '');
  // Integers are BIGINT / NUMBER(38) downstream: beyond 64 bits a value would fail the merge, not the row.
  const big = BigInt((negative ? '-' : '') + body);
  if (big > 9223372036854775807n || big < -9223372036854775808n) return undefined;
  return (negative ? '-' : '') + body;
}

/** JSON text of a decimal written as text, or undefined (NaN and infinities are not numbers here). */
export function doubleJson(s: string): string | undefined {
  if (!DECIMAL.test(s)) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? String(n) : undefined;
}

/** JSON text of a boolean written as text (`Yes/No`, `true/false`, `1/0`, `y/n`, `t/f`), or undefined. */
export function booleanJson(s: string): string | undefined {
  if (s.length > 5) return undefined;
  const l = s.toLowerCase();
  if (TRUE_WORDS.has(l)) return 'true';
  if (FALSE_WORDS.has(l)) return 'false';
  return undefined;
}

/** JSON text (an ISO-8601 string) of a timestamp written as ISO text, or undefined. */
export function timestampJson(s: string): string | undefined {
  if (!ISO_TIMESTAMP.test(s)) return undefined;
  const t = Date.parse(s.includes('T') || s.length === 10 ? s : s.replace(' ', 'T'));
  if (Number.isNaN(t)) return undefined;
  // Date.parse rolls 2024-02-30 over to March 1st; a date that does not exist is not a timestamp.
  const [y, m, d] = [Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10))];
  if (d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return undefined;
  return JSON.stringify(s);
}

/** Converts text to the JSON text of a value of `type`, or undefined when it does not fit. */
export function textToJson(type: ColumnType, s: string): string | undefined {
  switch (type) {
    case 'string':
      return JSON.stringify(s);
    case 'integer':
      return integerJson(s);
    case 'double':
      return doubleJson(s);
    case 'boolean':
      return booleanJson(s);
    case 'timestamp':
      return timestampJson(s);
    case 'json':
      try {
        const parsed: unknown = JSON.parse(s);
        // Text that parses to something the warehouse cannot store (`"\ud800"`) is kept as the text it is.
        return unstorableValue(parsed) === undefined ? JSON.stringify(parsed) : JSON.stringify(s);
      } catch {
        return JSON.stringify(s);
      }
  }
}

/** Converts a parsed JSON value to the JSON text of a value of `type`, or undefined when it does not fit. */
export function valueToJson(type: ColumnType, v: unknown): string | undefined {
  if (typeof v === 'string') return textToJson(type, v.trim());
  if (type === 'json' || type === 'string')
    return type === 'string' && typeof v === 'object' ? undefined : JSON.stringify(v);
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return undefined;
    // A whole double past BIGINT (1e308) is no integer here: staged, it would fail the load or the task.
    if (type === 'integer') return fitsBigint(v) ? String(v) : undefined;
    if (type === 'double') return String(v);
    if (type === 'boolean') return v === 1 ? 'true' : v === 0 ? 'false' : undefined;
    return undefined;
  }
  if (typeof v === 'boolean') return type === 'boolean' ? String(v) : undefined;
  return undefined;
}

/** Whether `v` is a whole number within BIGINT / NUMBER(38,0)'s 64-bit range (|v| < 2^63). */
function fitsBigint(v: number): boolean {
  return Number.isInteger(v) && Math.abs(v) < 9223372036854775808;
}

/**
 * The narrowest type that holds a text value, for columns that are not declared (as INFER_SCHEMA does).
 * Digits past 64 bits infer `double` and a literal past a double's range (1e400) `string`: the column then
 * widens to a type every value fits, instead of the task's cast turning the value into NULL.
 */
export function inferTextType(s: string): ColumnType {
  if (INTEGER.test(s) && !s.includes('.') && integerJson(s) !== undefined) return 'integer';
  if (DECIMAL.test(s) && Number.isFinite(Number(s))) return 'double';
  if (booleanJson(s) !== undefined) return 'boolean';
  if (timestampJson(s) !== undefined) return 'timestamp';
  return 'string';
}

/** The narrowest type that holds a parsed JSON value. */
export function inferValueType(v: unknown): ColumnType {
  if (typeof v === 'string') return inferTextType(v);
  // 1e308 is a whole number to JavaScript, not an integer any warehouse column holds.
  if (typeof v === 'number') return fitsBigint(v) ? 'integer' : 'double';
  if (typeof v === 'boolean') return 'boolean';
  return 'json';
}
