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
        return JSON.stringify(JSON.parse(s));
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
    if (type === 'integer') return Number.isInteger(v) ? String(v) : undefined;
    if (type === 'double') return String(v);
    if (type === 'boolean') return v === 1 ? 'true' : v === 0 ? 'false' : undefined;
    return undefined;
  }
  if (typeof v === 'boolean') return type === 'boolean' ? String(v) : undefined;
  return undefined;
}

/** The narrowest type that holds a text value, for columns that are not declared (as INFER_SCHEMA does). */
export function inferTextType(s: string): ColumnType {
  if (INTEGER.test(s) && !s.includes('.')) return 'integer';
  if (DECIMAL.test(s)) return 'double';
  if (booleanJson(s) !== undefined) return 'boolean';
  if (timestampJson(s) !== undefined) return 'timestamp';
  return 'string';
}

/** The narrowest type that holds a parsed JSON value. */
export function inferValueType(v: unknown): ColumnType {
  if (typeof v === 'string') return inferTextType(v);
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'double';
  if (typeof v === 'boolean') return 'boolean';
  return 'json';
}
