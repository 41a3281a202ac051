/**
 * `GET /leads/export` over a real socket on the real dataset: the file of the filtered leads, every column.
 */
import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { useApiServer } from '../../test/api-server.ts';
import { scratchDir } from '../stage/scratch-dir.ts';

const exportsLeft = async (): Promise<string[]> =>
  (await readdir(scratchDir()).catch(() => [] as string[])).filter((d) => d.startsWith('leadpipe-export-'));

describe('GET /leads/export', () => {
  const api = useApiServer();
  const { get, one } = api;

  it('streams the filtered leads as CSV with every column, and removes its scratch copy', async () => {
    const before = await exportsLeft();
    const r = await get('/leads/export?format=csv&grade=A&lead_origin=Landing%20Page%20Submission');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(r.headers.get('content-disposition')).toBe('attachment; filename="leads.csv"');
    const expected = await one(
      `SELECT count(*) FROM leads_final WHERE grade = 'A' AND lead_origin = 'Landing Page Submission'`,
    );
    expect(expected).toBeGreaterThan(0);
    expect(r.headers.get('x-leadpipe-rows')).toBe(String(expected));
    const lines = r.text.trimEnd().split('\n');
    expect(lines).toHaveLength(expected + 1);
    const header = lines[0]!.split(',');
    expect(header[0]).toBe('prospect_id');
    expect(header).toEqual(
      expect.arrayContaining(['lead_number', 'tags', 'score', 'grade', 'reasons', 'scored_at']),
    );
    expect(header).not.toContain('row_hash');
    await expect.poll(exportsLeft).toEqual(before);
  });

  it('Parquet and NDJSON too; without filters every lead', async () => {
    const parquet = await fetch(`${api.base}/leads/export?format=parquet`);
    expect(parquet.status).toBe(200);
    expect(parquet.headers.get('content-type')).toBe('application/vnd.apache.parquet');
    const bytes = new Uint8Array(await parquet.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 4))).toBe('PAR1');
    expect(parquet.headers.get('x-leadpipe-rows')).toBe('9240');
    const ndjson = await get('/leads/export?format=ndjson&grade=');
    expect(ndjson.status).toBe(200);
    const nulls = await one('SELECT count(*) FROM leads_final WHERE grade IS NULL');
    expect(ndjson.text === '' ? 0 : ndjson.text.trimEnd().split('\n').length).toBe(nulls);
  });

  it('refuses an unknown column or a bad value as a problem, and a bad format as a 400', async () => {
    const unknown = await get(`/leads/export?format=csv&${encodeURIComponent('1=1 OR x')}=1`);
    expect(unknown.status).toBe(422);
    expect(unknown.body).toMatchObject({ code: 'E_EXPORT_FILTER' });
    const value = await get('/leads/export?score=high');
    expect(value.status).toBe(422);
    expect(value.body).toMatchObject({ code: 'E_EXPORT_FILTER' });
    const format = await get('/leads/export?format=xlsx');
    expect(format.status).toBe(400);
  });
});
