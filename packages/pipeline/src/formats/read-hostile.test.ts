import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { RejectedRow } from './clean.ts';
import { loadLeadSchemaOrThrow } from './lead-schema.ts';
import { readLeadFile } from './read.ts';

const schema = loadLeadSchemaOrThrow();

/** Reads chunks (as a stream delivers them) with a small record limit. */
async function read(
  chunks: Buffer[],
  maxRecordLength = 1 << 16,
): Promise<{ ids: string[]; rejects: RejectedRow[] }> {
  const ids: string[] = [];
  const rejects: RejectedRow[] = [];
  await readLeadFile(
    Readable.from(chunks),
    {
      rows: (text) => {
        for (const line of text.split('\n'))
          if (line) ids.push((JSON.parse(line) as { d: { prospect_id: string } }).d.prospect_id);
      },
      rejects: (rows) => void rejects.push(...rows),
    },
    { schema, key: 'prospect_id', nullTokens: [''], maxRecordLength },
  );
  return { ids, rejects };
}
const b = (s: string, encoding: BufferEncoding = 'utf8'): Buffer => Buffer.from(s, encoding);

describe('hostile bytes in the readers', () => {
  it('rejects a line far longer than the limit once, across many chunks, and keeps the lines around it', async () => {
    const chunks = [
      b('Prospect ID,City\na,x\nb,'),
      ...Array.from({ length: 40 }, () => b('y'.repeat(1 << 16))),
      b('\nc,z\n'),
    ];
    const { ids, rejects } = await read(chunks);
    expect(ids).toEqual(['a', 'c']);
    expect(rejects).toHaveLength(1);
    expect(rejects[0]).toMatchObject({ line: 3, reason: expect.stringMatching(/longer than/) });
  });

  it('rejects rows with invalid UTF-8 (Latin-1) and loads the valid ones', async () => {
    const { ids, rejects } = await read([
      b('Prospect ID,City\na,S\xe3o Paulo\nb,Z\xfcrich\nc,São Paulo\n', 'latin1').subarray(0, 0),
      Buffer.concat([b('Prospect ID,City\na,S'), b('\xe3', 'latin1'), b('o\nc,São Paulo\n')]),
    ]);
    expect(ids).toEqual(['c']);
    expect(rejects.map((r) => r.reason)).toEqual([expect.stringMatching(/invalid UTF-8/)]);
  });

  it('keeps a legitimate U+FFFD in a valid UTF-8 file', async () => {
    const { ids, rejects } = await read([b('Prospect ID,City\na,\ufffd\n')]);
    expect(ids).toEqual(['a']);
    expect(rejects).toEqual([]);
  });

  it.each([
    ['binary bytes', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0xfe, 0x00, 0x01]), /binary/],
    ['an empty file', b(''), /empty/],
    ['only blank lines', b('\n \r\n\t\n'), /empty/],
    ['CR-only line ends', b('Prospect ID,City\ra,x\rb,y\r'), /CR-only/],
    [
      'a header of 1,001 columns',
      b(Array.from({ length: 1001 }, (_, i) => `c${i}`).join(',') + '\n'),
      /1001 columns/,
    ],
    ['a column name of 300 characters', b(`Prospect ID,${'n'.repeat(300)}\n`), /at most 255/],
  ])('fails the whole file for %s', async (_, bytes, error) => {
    await expect(read([bytes])).rejects.toThrow(error);
  });

  it('fails a gzip stream that inflates more than 100:1', async () => {
    const bomb = gzipSync(Buffer.alloc(80 * 1024 * 1024, 'Prospect ID,City\na,x\n'));
    await expect(read([bomb])).rejects.toThrow(/ratio/);
  });

  it('rejects JSON values nested too deep and integers beyond 64 bits, row by row', async () => {
    const deep = '['.repeat(1000) + ']'.repeat(1000);
    const { ids, rejects } = await read([
      b(
        `{"Prospect ID":"a","x":${deep}}\n{"Prospect ID":"b","Lead Number":"99999999999999999999"}\n{"Prospect ID":"c","Lead Number":9007199254740993}\n`,
      ),
    ]);
    expect(ids).toEqual(['c']);
    expect(rejects.map((r) => r.reason)).toEqual([
      expect.stringMatching(/nested deeper/),
      expect.stringMatching(/not a valid integer/),
    ]);
  });
});
