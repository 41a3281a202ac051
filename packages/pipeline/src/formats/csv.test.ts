import { describe, expect, it } from 'vitest';
import type { CsvEvent } from './csv.ts';
import { CsvReader, hasEdgeSpace, isTrimSpace, sniffDelimiter } from './csv.ts';

function parse(text: string, chunk = text.length, delimiter = ','): CsvEvent[] {
  const r = new CsvReader({ delimiter, maxRecordLength: 1 << 20 });
  const out: CsvEvent[] = [];
  for (let i = 0; i < text.length; i += chunk) r.push(text.slice(i, i + chunk), out);
  r.end(out);
  return out;
}

const brief = (events: CsvEvent[]): unknown[] =>
  events.map((e) => (e.kind === 'reject' ? ['reject', e.line, e.reason] : [e.kind, e.line, e.fields]));

describe('CsvReader', () => {
  it('reads RFC 4180 quoting, escaped quotes and CRLF', () => {
    expect(brief(parse('a,b\r\n"x, y","say ""hi"""\r\n1,2\r\n'))).toEqual([
      ['header', 1, ['a', 'b']],
      ['record', 2, ['x, y', 'say "hi"']],
      ['record', 3, ['1', '2']],
    ]);
  });

  it('loads a quoted value that spans lines, and counts lines after it correctly', () => {
    expect(brief(parse('a,b\n"line one\nline two",x\nc,d\n'))).toEqual([
      ['header', 1, ['a', 'b']],
      ['record', 2, ['line one\nline two', 'x']],
      ['record', 4, ['c', 'd']],
    ]);
  });

  it('rejects only the line of a stray quote and resumes at the next line', () => {
    const text = 'a,b,c\n1,"oops,3\n4,5,6\n7,"Banking, Investment",9\n';
    expect(brief(parse(text))).toEqual([
      ['header', 1, ['a', 'b', 'c']],
      ['reject', 2, 'unexpected character after closing quote in field 2'],
      ['record', 3, ['4', '5', '6']],
      ['record', 4, ['7', 'Banking, Investment', '9']],
    ]);
  });

  it('rejects an unterminated quote at the end of the file without losing the lines before it', () => {
    expect(brief(parse('a,b\n1,2\n3,"never closed\n')).map((e) => (e as unknown[])[0])).toEqual([
      'header',
      'record',
      'reject',
    ]);
  });

  it('rejects records with the wrong number of fields, naming both counts', () => {
    expect(brief(parse('a,b\n1,2,3\n4\n'))).toEqual([
      ['header', 1, ['a', 'b']],
      ['reject', 2, 'expected 2 fields, found 3'],
      ['reject', 3, 'expected 2 fields, found 1'],
    ]);
  });

  it('gives the same events whatever the chunk boundaries', () => {
    const text = 'a,b\r\n"x\r\ny",2\r\n"q""",4\r\n5,"bad\r\n6,7\r\n';
    const whole = brief(parse(text));
    for (const size of [1, 2, 3, 5, 7]) expect(brief(parse(text, size))).toEqual(whole);
  });

  it('skips blank lines but keeps line numbers true', () => {
    expect(brief(parse('a\n\n1\n\n2\n'))).toEqual([
      ['header', 1, ['a']],
      ['record', 3, ['1']],
      ['record', 5, ['2']],
    ]);
  });

  it('reads other delimiters', () => {
    expect(brief(parse('a;b\n"1;x";2\n', 100, ';'))).toEqual([
      ['header', 1, ['a', 'b']],
      ['record', 2, ['1;x', '2']],
    ]);
  });
});

describe('sniffDelimiter', () => {
  it.each([
    ['a,b,c', ','],
    ['a;b;c', ';'],
    ['a\tb\tc', '\t'],
    ['a|b|c', '|'],
    ['"a;b",c', ','],
    ['single', ','],
  ])('%j -> %j', (line, expected) => {
    expect(sniffDelimiter(line)).toBe(expected);
  });
});

describe('edge whitespace of counted records', () => {
  const edge = (line: string, delimiter = ','): boolean | undefined => {
    const r = new CsvReader({ delimiter, maxRecordLength: 1 << 20, splitFields: false });
    const out: CsvEvent[] = [];
    r.push('a' + delimiter + 'b' + delimiter + 'c\n' + line + '\n', out);
    r.end(out);
    const record = out.find((e) => e.kind === 'record');
    return record?.kind === 'record' ? record.edgeSpace : undefined;
  };

  it('flags a value that begins or ends with any whitespace trim removes, wherever it sits', () => {
    expect(edge('x,y,z')).toBe(false);
    expect(edge('x y,y z,z')).toBe(false);
    expect(edge(' x,y,z')).toBe(true);
    expect(edge('x,y,z ')).toBe(true);
    expect(edge('x, y,z')).toBe(true);
    expect(edge('x,y\t,z')).toBe(true);
    expect(edge('x;\u00a0y;z', ';')).toBe(true);
    expect(edge('x|y|\u3000z', '|')).toBe(true);
    expect(edge('x,,z')).toBe(false);
  });

  it('agrees with String.prototype.trim on every UTF-16 unit', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      expect(isTrimSpace(c), `U+${c.toString(16)}`).toBe(ch.trim() === '');
    }
    expect(hasEdgeSpace('')).toBe(false);
    expect(hasEdgeSpace('a b')).toBe(false);
    expect(hasEdgeSpace('a\u2028')).toBe(true);
  });
});
