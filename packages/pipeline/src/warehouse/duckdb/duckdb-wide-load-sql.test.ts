/**
 * The column-batched COPY of a wide staged CSV file against the JavaScript cleaner: the same wide file
 * staged both ways (`csv`: loaded in column batches; `documents`: typed by formats/clean.ts at PUT) must give
 * the same rows in leads_raw, the same rejected lines and the same inferred types.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Leadpipe } from '../../pipeline/context.ts';
import { loadFiles } from '../../pipeline/pipe.ts';
import { tempDir } from '../../../test/helpers.ts';
import { loadBothLayouts } from '../../../test/layout-parity.ts';
import { WIDE_CSV_BATCH_COLUMNS, WIDE_CSV_COLUMNS } from './duckdb-wide-load-sql.ts';

const SCHEMA = {
  name: 'wide',
  key: 'id',
  columns: [
    { name: 'id', type: 'string', nullable: false },
    { name: 'n', type: 'integer' },
    { name: 'req', type: 'string', nullable: false },
  ],
};

/** Values of the undeclared columns, by column modulo their count: every inferred type, quotes, nulls. */
const VALUES = ['1', '2.5', 'yes', '2024-01-02', 'a, "quoted" b', ' padded ', 'NA', '', 'text', '-7'];

/** A CSV wider than the one-statement limit, with rows that fail typing (n) and a required column. */
function wideCsv(): string {
  const extra = WIDE_CSV_COLUMNS + WIDE_CSV_BATCH_COLUMNS + 17;
  const header = ['Id', 'N', 'Req', ...Array.from({ length: extra }, (_, i) => `U ${i}`)];
  const lines = [header.join(',')];
  for (let r = 0; r < 40; r++) {
    const n = r % 7 === 3 ? 'many' : String(r);
    const req = r % 11 === 5 ? '' : 'r';
    const cells = [`lead-${r}`, n, req];
    for (let c = 0; c < extra; c++) {
      const v = r % 13 === 0 ? '' : VALUES[(c * 3 + r) % VALUES.length]!;
      cells.push(/[",\n\r]/.test(v) ? '"' + v.replaceAll('"', '""') + '"' : v);
    }
    lines.push(cells.join(','));
  }
  lines.push('lead-short,1,2');
  return lines.join('\n') + '\n';
}

describe('COPY of a wide staged CSV in column batches against the JavaScript cleaner', () => {
  let cleanup: () => Promise<void>;
  const homes: Record<'csv' | 'documents', Leadpipe> = {} as never;
  const loads: Record<string, Awaited<ReturnType<typeof loadFiles>>[number]> = {};

  beforeAll(async () => {
    let dir: string;
    ({ dir, cleanup } = await tempDir());
    const both = await loadBothLayouts(dir, SCHEMA, 'wide.csv', wideCsv());
    Object.assign(homes, both.homes);
    Object.assign(loads, both.loads);
    for (const layout of ['csv', 'documents'] as const) expect(both.staged[layout].layout).toBe(layout);
  }, 120_000);

  afterAll(async () => {
    for (const lp of Object.values(homes)) await lp.close();
    await cleanup();
  });

  const rows = (lp: Leadpipe, sql: string): Promise<Record<string, unknown>[]> => lp.warehouse.query(sql);

  it('accepts and rejects the same rows with the same counts', () => {
    expect(loads.csv).toMatchObject({
      status: loads.documents!.status,
      rowsParsed: loads.documents!.rowsParsed,
      rowsLoaded: loads.documents!.rowsLoaded,
      errorCount: loads.documents!.errorCount,
      firstError: loads.documents!.firstError,
    });
    expect(loads.csv!.rowsLoaded).toBeGreaterThan(25);
    expect(loads.csv!.errorCount).toBeGreaterThan(5);
  });

  it('gives every rejected line the same column and reason, and its whole record as raw text', async () => {
    const q = 'SELECT line, column_name, error FROM load_errors ORDER BY line';
    expect(await rows(homes.csv, q)).toEqual(await rows(homes.documents, q));
    const [typed] = await rows(
      homes.csv,
      `SELECT raw_text FROM load_errors WHERE column_name = 'n' ORDER BY line LIMIT 1`,
    );
    expect(String(typed?.raw_text)).toBe(wideCsv().split('\n')[4]);
  });

  it('stores the same documents in leads_raw', async () => {
    const q = 'SELECT file_row_number, CAST(data AS VARCHAR) AS data FROM leads_raw ORDER BY file_row_number';
    const csv = await rows(homes.csv, q);
    expect(csv.length).toBe(loads.csv!.rowsLoaded);
    expect(csv).toEqual(await rows(homes.documents, q));
  });

  it('infers the same types for the undeclared columns', async () => {
    const q = `SELECT CAST(inferred AS VARCHAR) AS inferred FROM load_history WHERE status <> 'SKIPPED'`;
    const [csv] = await rows(homes.csv, q);
    const [docs] = await rows(homes.documents, q);
    expect(JSON.parse(String(csv?.inferred))).toEqual(JSON.parse(String(docs?.inferred)));
    expect(Object.keys(JSON.parse(String(csv?.inferred))).length).toBeGreaterThan(WIDE_CSV_COLUMNS);
  });
});
