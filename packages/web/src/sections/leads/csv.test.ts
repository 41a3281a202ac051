import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv.ts';

describe('CSV export', () => {
  it('quotes fields with commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('writes missing values as empty fields and objects as JSON', () => {
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(true)).toBe('true');
    expect(csvField(12.5)).toBe('12.5');
    expect(csvField({ a: 1 })).toBe('"{""a"":1}"');
  });

  it('neutralises text that a spreadsheet would run as a formula, but not signed numbers', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-12.5')).toBe('-12.5');
    expect(csvField('+34 600 000 000')).toBe("'+34 600 000 000");
  });

  it('writes a header and one CRLF line per row, in column order', () => {
    const text = toCsv(
      ['id', 'score'],
      [
        { id: 'a', score: 99, extra: 'x' },
        { id: 'b', score: null },
      ],
    );
    expect(text).toBe('id,score\r\na,99\r\nb,\r\n');
  });
});
