/**
 * The derived key of a home made with `init --key-from row`: `<file>:<record number>`, the same whichever
 * way the file is staged (documents or typed CSV) and for JSON sources, and refused when the file already
 * has a column of that name.
 */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { RejectedRow } from './clean.ts';
import type { StageLayout } from './read.ts';
import { readLeadFile } from './read.ts';

const inferred = { name: 'inferred', key: 'lead_id', columns: [] };

async function read(
  text: string,
  layout: StageLayout,
): Promise<{ lines: string[]; rejects: RejectedRow[]; columns: string[]; missing: string[] }> {
  const lines: string[] = [];
  const rejects: RejectedRow[] = [];
  const summary = await readLeadFile(
    Readable.from([Buffer.from(text)]),
    {
      rows: (t) => void lines.push(...t.split('\n').filter(Boolean)),
      rejects: (rows) => void rejects.push(...rows),
    },
    {
      schema: inferred,
      key: 'lead_id',
      nullTokens: ['', 'unknown'],
      derivedKey: { file: 'shop;pers.csv' },
      maxRecordLength: 1 << 20,
      layout,
    },
  );
  return { lines, rejects, columns: summary.columns, missing: summary.missingRequired };
}

// Line 3 has a bad field count: rejected, but it still counts as record 2.
const CSV = 'Month;Revenue\nFeb;FALSE\nMar;TRUE;extra\nFeb;FALSE\n"Ma\ny";TRUE\n';

describe('derived key', () => {
  it('documents: every record gets <file>:<record number>, in sorted column order; identical rows differ', async () => {
    const r = await read(CSV, 'documents');
    expect(r.lines.map((l) => (JSON.parse(l) as { d: unknown }).d)).toEqual([
      { lead_id: 'shop;pers.csv:1', month: 'Feb', revenue: 'FALSE' },
      { lead_id: 'shop;pers.csv:3', month: 'Feb', revenue: 'FALSE' },
      { lead_id: 'shop;pers.csv:4', month: 'Ma\ny', revenue: 'TRUE' },
    ]);
    expect(r.lines[0]).toBe(
      '{"l":2,"n":1,"d":{"lead_id":"shop;pers.csv:1","month":"Feb","revenue":"FALSE"}}',
    );
    expect(r.rejects.map((x) => x.line)).toEqual([3]);
    expect(r.columns).toEqual(['month', 'revenue', 'lead_id']);
    expect(r.missing).toEqual([]);
  });

  it('csv layout: the key is one more field, quoted when the name holds the delimiter', async () => {
    const r = await read(CSV, 'csv');
    expect(r.lines.join('\n')).toBe(
      'l;month;revenue;lead_id\n2;Feb;FALSE;"shop;pers.csv:1"\n4;Feb;FALSE;"shop;pers.csv:3"\n5;"Ma\ny";TRUE;"shop;pers.csv:4"',
    );
    expect(r.columns).toEqual(['month', 'revenue', 'lead_id']);
  });

  it('JSON sources number their records too', async () => {
    const r = await read('[{"Month":"Feb"},{"Month":"Feb"}]', 'documents');
    expect(r.lines.map((l) => (JSON.parse(l) as { d: unknown }).d)).toEqual([
      { lead_id: 'shop;pers.csv:1', month: 'Feb' },
      { lead_id: 'shop;pers.csv:2', month: 'Feb' },
    ]);
    const clash = await read('{"lead_id":"x","Month":"Feb"}\n', 'documents');
    expect(clash.rejects[0]?.reason).toContain('derived key');
  });

  it('a CSV with a column of the derived key name is refused as a whole', async () => {
    await expect(read('lead_id;month\n1;Feb\n', 'csv')).rejects.toMatchObject({
      code: 'E_DERIVED_KEY_CLASH',
    });
  });
});
