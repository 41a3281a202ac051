import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { RejectedRow } from './clean.ts';
import { loadLeadSchemaOrThrow } from './lead-schema.ts';
import { normaliseHeaderOrThrow, toSnakeCase } from './names.ts';
import type { ReadSummary } from './read.ts';
import { readLeadFile } from './read.ts';

const schema = loadLeadSchemaOrThrow();

async function read(
  input: string | Buffer,
  nullTokens = ['', 'Select', 'NA', 'N/A', 'null'],
): Promise<{ docs: unknown[]; rejects: RejectedRow[]; summary: ReadSummary }> {
  const docs: unknown[] = [];
  const rejects: RejectedRow[] = [];
  const bytes = typeof input === 'string' ? Buffer.from(input) : input;
  const summary = await readLeadFile(
    Readable.from([bytes]),
    {
      rows: (text) => {
        for (const line of text.split('\n')) if (line) docs.push(JSON.parse(line));
      },
      rejects: (rows) => void rejects.push(...rows),
    },
    { schema, key: 'prospect_id', nullTokens, maxRecordLength: 1 << 20 },
  );
  return { docs, rejects, summary };
}

describe('column names', () => {
  it.each([
    ['Prospect ID', 'prospect_id'],
    ['Total Time Spent on Website', 'total_time_spent_on_website'],
    ['TotalVisits', 'total_visits'],
    ['What is your current occupation', 'what_is_your_current_occupation'],
    ['  Lead-Source ', 'lead_source'],
    ['HTMLParser', 'html_parser'],
  ])('%j -> %j', (name, expected) => expect(toSnakeCase(name)).toBe(expected));

  it('refuses two names that normalise to the same column', () => {
    expect(() => normaliseHeaderOrThrow(['Prospect ID', 'prospect_id'])).toThrow(
      /both normalise to "prospect_id"/,
    );
  });
});

describe('readLeadFile', () => {
  it('types declared columns and writes canonical documents (sorted keys, nulls dropped)', async () => {
    const { docs, summary } = await read(
      'Prospect ID,TotalVisits,Do Not Email,Page Views Per Visit,City\r\np1,5,Yes,2.50,Select\r\n',
    );
    expect(summary).toMatchObject({ format: 'csv', delimiter: ',', rowsParsed: 1, rowsAccepted: 1 });
    expect(docs).toEqual([
      {
        l: 2,
        n: 1,
        d: { do_not_email: true, page_views_per_visit: 2.5, prospect_id: 'p1', total_visits: 5 },
      },
    ]);
    expect(Object.keys((docs[0] as { d: object }).d)).toEqual([
      'do_not_email',
      'page_views_per_visit',
      'prospect_id',
      'total_visits',
    ]);
  });

  it('reads null tokens case-insensitively, and takes a custom list', async () => {
    const { docs } = await read('Prospect ID,City,Country\np1,SELECT,n/a\n');
    expect((docs[0] as { d: object }).d).toEqual({ prospect_id: 'p1' });
    const custom = await read('Prospect ID,City\np1,Select\n', ['', 'unknown']);
    expect((custom.docs[0] as { d: object }).d).toEqual({ prospect_id: 'p1', city: 'Select' });
  });

  it('rejects a value that does not fit its declared type, naming the column', async () => {
    const { rejects, summary } = await read('Prospect ID,TotalVisits\np1,5+\np2,3\n');
    expect(summary).toMatchObject({ rowsAccepted: 1, rowsRejected: 1 });
    expect(rejects).toEqual([
      { line: 2, column: 'total_visits', reason: 'total_visits: "5+" is not a valid integer', raw: 'p1,5+' },
    ]);
  });

  it('rejects rows without the key', async () => {
    const { rejects } = await read('Prospect ID,City\n,Mumbai\n');
    expect(rejects[0]).toMatchObject({ line: 2, column: 'prospect_id', reason: 'missing key prospect_id' });
  });

  it('detects gzip by its bytes, strips a UTF-8 BOM and sniffs the delimiter', async () => {
    const csv = '\ufeffProspect ID;Lead Origin\r\np1;API\r\n';
    const { docs, summary } = await read(gzipSync(Buffer.from(csv)));
    expect(summary).toMatchObject({ compressed: true, delimiter: ';', format: 'csv' });
    expect((docs[0] as { d: object }).d).toEqual({ prospect_id: 'p1', lead_origin: 'API' });
  });

  it('reads a JSON array and NDJSON, rejecting elements that are not objects', async () => {
    const arr = await read(
      '[{"Prospect ID":"p1","TotalVisits":3},\n 7,\n {"Prospect ID":"p2","TotalVisits":"4"}]',
    );
    expect(arr.summary).toMatchObject({ format: 'json', rowsAccepted: 2, rowsRejected: 1 });
    expect(arr.rejects[0]).toMatchObject({ line: 2, reason: 'expected a JSON object, found number' });
    const nd = await read('{"Prospect ID":"p1"}\n{broken\n{"prospectId":"p3","TotalVisits":2.5}\n');
    expect(nd.summary).toMatchObject({ format: 'ndjson', rowsAccepted: 1, rowsRejected: 2 });
    expect(nd.rejects.map((r) => [r.line, r.reason.split(':')[0]])).toEqual([
      [2, 'invalid JSON'],
      [3, 'total_visits'],
    ]);
  });

  it('infers undeclared columns and widens them over the file', async () => {
    const { summary, docs } = await read(
      'Prospect ID,Score A,Flag,Seen At\np1,1,yes,2024-01-02T03:04:05Z\np2,2.5,no,2024-02-01\n',
    );
    expect(summary.inferred).toEqual({ score_a: 'double', flag: 'boolean', seen_at: 'timestamp' });
    // Undeclared values stay as text: the warehouse casts them to the evolving column type.
    expect((docs[0] as { d: Record<string, unknown> }).d.score_a).toBe('1');
  });

  it('fails the whole file on UTF-16 and on a broken gzip stream with a clear error', async () => {
    await expect(read(Buffer.from('\ufeffa,b', 'utf16le'))).rejects.toThrow(/UTF-16/);
    const gz = gzipSync(Buffer.from('Prospect ID\n' + 'p,'.repeat(10000)));
    await expect(read(gz.subarray(0, gz.length - 30))).rejects.toThrow(/decompress|unexpected end/i);
  });

  it('reports declared required columns missing from the file', async () => {
    const { summary } = await read('Lead Origin\nAPI\n');
    expect(summary.missingRequired).toEqual(['prospect_id']);
  });

  it('tells the engine whether a staged CSV has any value to trim, quoted values included', async () => {
    const staged = async (text: string): Promise<boolean | undefined> =>
      (
        await readLeadFile(
          Readable.from([Buffer.from(text)]),
          { rows: () => undefined, rejects: () => undefined },
          { schema, key: 'prospect_id', nullTokens: [''], maxRecordLength: 1 << 20, layout: 'csv' },
        )
      ).edgeSpace;
    expect(await staged('Prospect ID,City\np1,"Mumbai, MH"\np2,Pune\n')).toBe(false);
    expect(await staged('Prospect ID,City\np1,"Mumbai, MH "\np2,Pune\n')).toBe(true);
    expect(await staged('Prospect ID,City\np1,Mumbai\np2,Pune\t\n')).toBe(true);
    expect(await staged('Prospect ID,City\r\np1,Mumbai\r\n')).toBe(false);
  });
});
