import { describe, expect, it } from 'vitest';
import {
  toBoolean,
  toIsoTime,
  toIsoTimeOrNull,
  toJsonText,
  toJsonTextOrNull,
  toNumber,
  toNumberOrNull,
  toNumberOrNullIfEmpty,
  toText,
  toTextOrNull,
  toTextOrNullIfEmpty,
} from './rows.ts';

describe('row coercers', () => {
  it('read numbers with NULL as 0 or null, and empty text as 0 or null by name', () => {
    expect([toNumber('42'), toNumber(null), toNumber(undefined), toNumber('')]).toEqual([42, 0, 0, 0]);
    expect([toNumberOrNull('1.5'), toNumberOrNull(null), toNumberOrNull('')]).toEqual([1.5, null, 0]);
    expect([toNumberOrNullIfEmpty('7'), toNumberOrNullIfEmpty(null), toNumberOrNullIfEmpty('')]).toEqual([
      7,
      null,
      null,
    ]);
  });

  it('read text with NULL as empty or null, and objects as String or JSON by name', () => {
    expect([toText(5), toText(null), toText({ a: 1 })]).toEqual(['5', '', '[object Object]']);
    expect([toTextOrNull(''), toTextOrNull(undefined)]).toEqual(['', null]);
    expect([toTextOrNullIfEmpty(''), toTextOrNullIfEmpty('x')]).toEqual([null, 'x']);
    expect([toJsonText({ a: 1 }), toJsonText(null), toJsonText(2)]).toEqual(['{"a":1}', '', '2']);
    expect([toJsonTextOrNull(null), toJsonTextOrNull([1])]).toEqual([null, '[1]']);
  });

  it('read booleans as drivers report them', () => {
    expect([true, 'true', 'TRUE', 1, 'yes', 0, null].map(toBoolean)).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
  });

  it("read DuckDB's text form of a TIMESTAMPTZ as ISO 8601", () => {
    expect(toIsoTime('2026-11-28 04:56:17.67+00')).toBe('2026-11-28T04:56:17.670Z');
    expect([toIsoTime(null), toIsoTime('not a time'), toIsoTimeOrNull(null)]).toEqual([
      '',
      'not a time',
      null,
    ]);
  });
});
