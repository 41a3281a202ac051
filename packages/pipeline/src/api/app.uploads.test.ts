/**
 * The write routes over a real socket on the real dataset: `POST /validate`, `POST /upload`, `POST /upload-and-load`, `GET /loads/{file}/errors`, and `GET /pipeline/status` before and after.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { upload, useApiServer, withKey } from '../../test/api-server.ts';

describe('the HTTP API over a real socket, on the real dataset: validation, uploads and pipeline status', () => {
  const api = useApiServer();
  const { call, get, sql, one } = api;

  it('validates a file without loading it on POST /validate, with the API key', async () => {
    const r = await call('POST', '/validate', {
      body: upload('check.csv', 'Prospect ID,TotalVisits,Mystery\nv-1,3,a\nv-2,lots,b\n'),
      headers: withKey,
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ file: 'check.csv', valid: false, undeclaredColumns: ['mystery'] });
    expect((r.body.errors as { line: number; reason: string }[])[0]).toMatchObject({
      line: 3,
      reason: expect.stringMatching(/total_visits/),
    });
    expect(await one(`SELECT count(*) FROM load_history WHERE file_name = 'check.csv'`)).toBe(0);
  });

  it('reports pipe, stream, task and history on GET /pipeline/status', async () => {
    const r = await get('/pipeline/status?limit=5');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      warehouse: 'duckdb',
      pipe: { executionState: 'RUNNING', pendingFileCount: 0, lastIngestedFile: 'leads.csv' },
      stream: { pendingRows: 0 },
      task: { state: 'started' },
    });
    expect((r.body.loadHistory as { fileName: string }[])[0]?.fileName).toBe('leads.csv');
  });

  describe('uploads', () => {
    const existing = async (): Promise<Record<string, unknown>> =>
      (
        await sql(
          'SELECT prospect_id, lead_origin, total_visits FROM leads_final ORDER BY prospect_id LIMIT 1',
        )
      )[0] ?? {};

    it('stages a file on POST /upload, and upload-and-load loads it first', async () => {
      const staged = await call('POST', '/upload', {
        body: upload('staged-first.csv', 'Prospect ID,Lead Origin\nstaged-1,API\n'),
        headers: withKey,
      });
      expect(staged.status).toBe(201);
      expect(staged.body).toMatchObject({
        status: 'STAGED',
        file: { name: 'staged-first.csv', rowsAccepted: 1, sourceFormat: 'csv' },
      });
      expect((await get('/pipeline/status')).body).toMatchObject({
        pipe: { pendingFileCount: 1, oldestPendingFile: 'staged-first.csv' },
      });
      const gz = gzipSync(Buffer.from('{"prospect_id":"gz-1","lead_origin":"API"}\n'));
      const r = await call('POST', '/upload-and-load', {
        body: upload('more.ndjson.gz', gz),
        headers: withKey,
      });
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({
        file: { file: 'more.ndjson.gz', status: 'LOADED', rowsLoaded: 1 },
        pending: [{ file: 'staged-first.csv', status: 'LOADED' }],
        task: { state: 'SUCCEEDED', inserted: 2 },
      });
      expect((await get('/lead-count')).body).toEqual({ source: 'final', count: 9242 });
    });

    it('loads, merges and reports rejected rows on POST /upload-and-load, then skips the same file', async () => {
      const lead = await existing();
      const csv = `Prospect ID,Lead Origin,TotalVisits\nnew-lead-1,API,4\n${String(lead.prospect_id)},Lead Import,${Number(lead.total_visits ?? 0) + 1}\nbad-1,API,many\n`;
      const r = await call('POST', '/upload-and-load', {
        body: upload('changes.csv', csv),
        headers: withKey,
      });
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({
        file: {
          file: 'changes.csv',
          status: 'PARTIALLY_LOADED',
          rowsParsed: 3,
          rowsLoaded: 2,
          rowsRejected: 1,
        },
        task: { state: 'SUCCEEDED', inserted: 1, updated: 1 },
      });
      expect((r.body.errors as { line: number; error: string }[])[0]).toMatchObject({
        line: 4,
        error: expect.stringMatching(/total_visits/),
      });
      const changed = await get(`/leads/${String(lead.prospect_id)}`);
      expect((changed.body.lead as Record<string, unknown>).lead_origin).toBe('Lead Import');
      expect((await get('/leads/new-lead-1')).status).toBe(200);
      const again = await call('POST', '/upload-and-load', {
        body: upload('changes.csv', csv),
        headers: withKey,
      });
      expect(again.body).toMatchObject({ file: { status: 'SKIPPED' }, task: { state: 'SKIPPED' } });
      const errors = await get('/loads/changes.csv/errors');
      expect(errors.body).toMatchObject({
        file: 'changes.csv',
        total: 1,
        errors: [{ line: 4, columnName: 'total_visits', rawText: 'bad-1,API,many' }],
      });
      expect((await get('/loads/never-loaded.csv/errors')).status).toBe(404);
      expect((await get('/lead-count?source=raw')).body).toEqual({ source: 'raw', count: 9244, files: 4 });
    });

    it('answers a file that cannot be read at all with 422 and records it in the load history', async () => {
      const r = await call('POST', '/upload-and-load', {
        body: upload('bad-header.csv', 'Prospect ID,Prospect_ID\na,b\n'),
        headers: withKey,
      });
      expect(r.status).toBe(422);
      expect(r.body).toMatchObject({
        code: 'E_LOAD_FAILED',
        detail: expect.stringMatching(/bad-header\.csv/),
      });
      expect(
        await one(
          `SELECT count(*) FROM load_history WHERE file_name = 'bad-header.csv' AND status = 'LOAD_FAILED'`,
        ),
      ).toBe(1);
    });
  });
});
