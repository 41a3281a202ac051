import { gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSmoke } from '../../scripts/smoke.ts';
import type { Leadpipe } from '../pipeline/context.ts';
import { activeModel } from '../pipeline/score.ts';
import type { LeadModel } from '../scoring/model.ts';
import { scoreLead } from '../scoring/explain.ts';
import { buildApp } from './app.ts';
import { loadedHome, openApiProblems, TEST_API_KEY, TEST_MAX_UPLOAD } from '../../test/api-support.ts';

interface Answer {
  status: number;
  headers: Headers;
  body: Record<string, unknown> & { items?: Record<string, unknown>[] };
  text: string;
}

describe('the HTTP API over a real socket, on the real dataset', () => {
  let lp: Leadpipe;
  let cleanup: () => Promise<void>;
  let app: FastifyInstance;
  let base: string;

  beforeAll(async () => {
    ({ lp, cleanup } = await loadedHome());
    app = await buildApp({ lp, logger: false });
    await app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  });
  afterAll(async () => {
    await app?.close();
    await cleanup?.();
  });

  async function call(
    method: string,
    path: string,
    init: { json?: unknown; body?: BodyInit; headers?: Record<string, string> } = {},
  ): Promise<Answer> {
    const headers: Record<string, string> = { ...init.headers };
    let body = init.body;
    if (init.json !== undefined) {
      headers['content-type'] ??= 'application/json';
      body = JSON.stringify(init.json);
    }
    // A streamed body needs half-duplex in Node's fetch.
    const stream = body instanceof ReadableStream ? { duplex: 'half' } : {};
    const res = await fetch(base + path, {
      method,
      headers,
      ...(body !== undefined ? { body } : {}),
      ...stream,
    } as RequestInit);
    const text = await res.text();
    let parsed: Answer['body'] = {};
    try {
      parsed = JSON.parse(text) as Answer['body'];
    } catch {
      // not JSON (the Swagger UI page)
    }
    return { status: res.status, headers: res.headers, body: parsed, text };
  }
  const get = (path: string): Promise<Answer> => call('GET', path);
  const sql = async (text: string, params?: Record<string, unknown>): Promise<Record<string, unknown>[]> =>
    lp.warehouse.query(text, params);
  const one = async (text: string, params?: Record<string, unknown>): Promise<number> =>
    Number(Object.values((await sql(text, params))[0] ?? {})[0]);
  function upload(name: string, content: string | Uint8Array): FormData {
    const fd = new FormData();
    fd.append('file', new Blob([typeof content === 'string' ? content : new Uint8Array(content)]), name);
    return fd;
  }
  const withKey = { 'x-api-key': TEST_API_KEY };

  it('answers GET / with name, version and links', async () => {
    const r = await get('/');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      name: 'leadpipe',
      version: expect.any(String),
      links: { docs: '/docs', leads: '/leads' },
    });
    expect(r.headers.get('x-request-id')).toBeTruthy();
  });

  it('reports a healthy warehouse, stage and task on GET /healthcheck', async () => {
    const r = await get('/healthcheck');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      status: 'ok',
      checks: { warehouse: { ok: true, engine: 'duckdb' }, stage: { ok: true, stagedFiles: 1 } },
      task: { state: 'started' },
    });
  });

  describe('GET /leads', () => {
    it('pages all 9,240 leads, 50 at a time by default, with every score field present', async () => {
      const r = await get('/leads');
      expect(r.status).toBe(200);
      expect(r.body.total).toBe(9240);
      expect(r.body.items).toHaveLength(50);
      const lead = r.body.items?.[0] ?? {};
      expect(typeof lead.prospect_id).toBe('string');
      for (const c of ['probability', 'score', 'grade', 'model_version', 'scored_at'])
        expect(lead).toHaveProperty(c);
      expect(typeof lead.total_visits === 'number' || lead.total_visits === null).toBe(true);
      expect(r.body.nextCursor).toEqual(expect.any(String));
    });

    it('sorts by any column in both directions, missing values last', async () => {
      const max = await one('SELECT max(total_visits) FROM leads_final');
      const desc = await get('/leads?sort=-total_visits&limit=3&columns=total_visits');
      expect(desc.body.items?.[0]?.total_visits).toBe(max);
      expect(Object.keys(desc.body.items?.[0] ?? {})).toEqual(['prospect_id', 'total_visits']);
      const asc = await get('/leads?sort=total_visits&order=asc&limit=1&offset=9239&columns=total_visits');
      expect(asc.body.items?.[0]?.total_visits).toBeNull();
      const byTime = await get(
        '/leads?sort=total_time_spent_on_website&order=desc&limit=5&columns=total_time_spent_on_website',
      );
      const times = (byTime.body.items ?? []).map((i) => i.total_time_spent_on_website as number);
      expect(times).toEqual([...times].sort((a, b) => b - a));
    });

    it('walks every lead exactly once with the cursor, across ties and nulls', async () => {
      const seen = new Set<string>();
      let previous = Infinity;
      let cursor: unknown = undefined;
      let pages = 0;
      do {
        const r = await get(
          `/leads?sort=-total_visits&limit=1000&columns=total_visits${cursor ? `&cursor=${cursor}` : ''}`,
        );
        expect(r.status).toBe(200);
        for (const item of r.body.items ?? []) {
          seen.add(item.prospect_id as string);
          const v = item.total_visits === null ? -Infinity : (item.total_visits as number);
          expect(v).toBeLessThanOrEqual(previous);
          previous = v;
        }
        cursor = r.body.nextCursor;
        pages++;
      } while (cursor && pages < 20);
      expect(pages).toBe(10);
      expect(seen.size).toBe(9240);
    });

    it('filters by source, origin, conversion and free text, counting like SQL does', async () => {
      const r = await get('/leads?lead_source=Google&converted=true&limit=5');
      expect(r.body.total).toBe(
        await one(`SELECT count(*) FROM leads_final WHERE lead_source = 'Google' AND converted`),
      );
      expect((r.body.items ?? []).every((i) => i.lead_source === 'Google' && i.converted === true)).toBe(
        true,
      );
      const o = await get(`/leads?lead_origin=${encodeURIComponent('Lead Add Form')}&limit=1`);
      expect(o.body.total).toBe(
        await one(`SELECT count(*) FROM leads_final WHERE lead_origin = 'Lead Add Form'`),
      );
      const id = String(
        (await sql('SELECT prospect_id FROM leads_final ORDER BY prospect_id LIMIT 1'))[0]?.prospect_id,
      );
      const q = await get(`/leads?q=${id.slice(0, 13).toUpperCase()}`);
      expect(q.body.items?.some((i) => i.prospect_id === id)).toBe(true);
      const bySourceText = await get('/leads?q=olark&limit=1');
      expect(bySourceText.body.total).toBe(
        await one(
          `SELECT count(*) FROM leads_final WHERE lead_source ILIKE '%olark%' OR prospect_id ILIKE '%olark%'`,
        ),
      );
    });

    it('filters by grade and score range (nothing matches until leads are scored)', async () => {
      const r = await get('/leads?grade=A,B&min_score=50&max_score=100&limit=5');
      expect(r.status).toBe(200);
      const table = await sql(
        `SELECT count(*) AS n FROM information_schema.columns WHERE table_name = 'leads_final' AND column_name = 'grade'`,
      );
      if (Number(table[0]?.n) === 0) expect(r.body.total).toBe(0);
      else
        expect(r.body.total).toBe(
          await one(`SELECT count(*) FROM leads_final WHERE grade IN ('A','B') AND score BETWEEN 50 AND 100`),
        );
    });

    it('treats SQL in a filter value as a value and refuses it in sort and column names', async () => {
      const value = await get(`/leads?lead_source=${encodeURIComponent("x' OR '1'='1")}`);
      expect(value.status).toBe(200);
      expect(value.body.total).toBe(0);
      const q = await get(`/leads?q=${encodeURIComponent("%' OR 1=1; DROP TABLE leads_final; --")}`);
      expect(q.body.total).toBe(0);
      for (const path of [
        `/leads?sort=${encodeURIComponent('score; DROP TABLE leads_final')}`,
        `/leads?sort=${encodeURIComponent('(SELECT 1)')}`,
        '/leads?sort=no_such_column',
        `/leads?columns=${encodeURIComponent('prospect_id,"x"')}`,
        '/leads?columns=prospect_id,secret_column',
        '/leads?cursor=bm90IGEgY3Vyc29y',
      ]) {
        const r = await get(path);
        expect(r.status, path).toBe(400);
        expect(r.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      }
      expect(await one('SELECT count(*) FROM leads_final')).toBe(9240);
    });
  });

  it('returns one lead with every column and its score history on GET /leads/{id}', async () => {
    const id = String(
      (await sql('SELECT prospect_id FROM leads_final ORDER BY total_visits DESC NULLS LAST LIMIT 1'))[0]
        ?.prospect_id,
    );
    const r = await get(`/leads/${id}`);
    expect(r.status).toBe(200);
    const lead = r.body.lead as Record<string, unknown>;
    expect(lead.prospect_id).toBe(id);
    expect(lead).toHaveProperty('specialization');
    expect(lead).toHaveProperty('reasons');
    expect(lead.first_seen_at).toMatch(/^\d{4}-\d\d-\d\dT/);
    const history = r.body.scoreHistory as Record<string, unknown>[];
    if (lead.score === null) expect(history).toEqual([]);
    else {
      expect(lead).toMatchObject({
        score: expect.any(Number),
        grade: expect.stringMatching(/^[ABCD]$/),
        reasons: expect.any(Object),
      });
      expect(history[0]).toMatchObject({
        leadKey: id,
        source: 'model',
        score: lead.score,
        modelVersion: lead.model_version,
      });
      expect(history[0]?.scoredAt).toMatch(/^\d{4}-\d\d-\d\dT/);
      // The warehouse stores reasons compactly; the API serves them as POST /score-lead does, with label and text.
      const stored = JSON.parse(
        String((await sql(`SELECT reasons FROM leads_final WHERE prospect_id = '${id}'`))[0]?.reasons),
      ) as { positive: Record<string, unknown>[] };
      expect(stored.positive[0]).not.toHaveProperty('text');
      const reasons = lead.reasons as {
        positive: Record<string, unknown>[];
        negative: Record<string, unknown>[];
      };
      expect(reasons.positive.length + reasons.negative.length).toBeGreaterThan(0);
      for (const x of [...reasons.positive, ...reasons.negative]) {
        expect(x.label).toEqual(expect.any(String));
        expect(x.label).not.toBe(x.feature);
        expect(Object.keys(x).sort()).toEqual(['feature', 'label', 'logOdds', 'points', 'text', 'value']);
        expect(x.text).toBe(
          `${String(x.label)} = ${String(x.value)}: ${Number(x.points) >= 0 ? '+' : ''}${String(x.points)}`,
        );
      }
      const list = await get(`/leads?limit=5&sort=score&order=desc&columns=prospect_id,reasons`);
      const items = list.body.items as { reasons: { positive: { text?: string }[] } }[];
      expect(items[0]?.reasons.positive[0]?.text).toMatch(/ = .*: \+\d+$/);
    }
    const missing = await get('/leads/no-such-lead');
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('E_LEAD_NOT_FOUND');
  });

  it('counts final leads, and raw rows and files with source=raw', async () => {
    expect((await get('/lead-count')).body).toEqual({ source: 'final', count: 9240 });
    expect((await get('/lead-count?source=raw')).body).toEqual({ source: 'raw', count: 9240, files: 1 });
    expect((await get('/lead-count?source=s3')).status).toBe(400);
  });

  it('aggregates totals and conversion by source, origin and activity on GET /stats', async () => {
    const r = await get('/stats');
    expect(r.status).toBe(200);
    const totals = r.body.totals as Record<string, number>;
    expect(totals.leads).toBe(9240);
    expect(totals.converted).toBe(await one('SELECT count(*) FROM leads_final WHERE converted'));
    expect(totals.conversionRate).toBeCloseTo((totals.converted ?? 0) / 9240, 10);
    const bySource = r.body.bySource as { value: string | null; leads: number; converted: number }[];
    expect(bySource.reduce((s, x) => s + x.leads, 0)).toBe(9240);
    expect(bySource[0]).toMatchObject({
      value: 'Google',
      leads: await one(`SELECT count(*) FROM leads_final WHERE lead_source = 'Google'`),
    });
    expect((r.body.byOrigin as unknown[]).length).toBeGreaterThan(2);
    expect((r.body.byActivity as unknown[]).length).toBeGreaterThan(5);
  });

  describe('POST /score-lead', () => {
    let model: LeadModel;
    beforeAll(async () => {
      model = (await activeModel(lp)).model as LeadModel;
    });

    it('scores one lead given as JSON, with reasons and the model version, storing nothing', async () => {
      const r = await call('POST', '/score-lead', {
        json: {
          lead_origin: 'Lead Add Form',
          lead_source: 'Reference',
          total_visits: 2,
          total_time_spent_on_website: 900,
          do_not_email: 'No',
        },
      });
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({
        probability: expect.any(Number),
        score: expect.any(Number),
        grade: expect.stringMatching(/^[ABCD]$/),
        modelVersion: model.version,
      });
      const reasons = r.body.reasons as { positive: { text: string }[]; negative: unknown[] };
      expect(reasons.positive.length).toBeGreaterThan(0);
      expect(reasons.positive[0]?.text).toMatch(/: \+\d+$/);
      expect(await one('SELECT count(*) FROM leads_final')).toBe(9240);
    });

    it('scores a batch in order, exactly as the TypeScript scorer does, accepting source header names', async () => {
      const rows = await sql(
        'SELECT prospect_id, lead_origin, lead_source, do_not_email, total_visits, total_time_spent_on_website, page_views_per_visit, last_activity FROM leads_final ORDER BY prospect_id LIMIT 3',
      );
      const leads = rows.map((r) => ({
        ...r,
        total_visits: r.total_visits === null ? null : Number(r.total_visits),
        total_time_spent_on_website:
          r.total_time_spent_on_website === null ? null : Number(r.total_time_spent_on_website),
      })) as Record<string, string | number | boolean | null>[];
      const r = await call('POST', '/score-lead', {
        json: leads.map(({ lead_origin, ...rest }) => ({ 'Lead Origin': lead_origin, ...rest })),
      });
      expect(r.status).toBe(200);
      const scores = r.body as unknown as { id: string; probability: number; score: number }[];
      expect(scores.map((s) => s.id)).toEqual(leads.map((l) => l.prospect_id));
      leads.forEach((lead, i) => {
        const { prospect_id: _id, ...features } = lead;
        expect(scores[i]?.probability).toBe(scoreLead(model, features).probability);
      });
    });
  });

  it('shows the active model card on GET /model', async () => {
    const r = await get('/model');
    expect(r.status).toBe(200);
    const model = (await activeModel(lp)).model as LeadModel;
    expect(r.body).toMatchObject({ version: model.version, kind: model.kind, grades: model.grades });
    const inputs = r.body.inputs as { column: string; levels?: string[] }[];
    expect(inputs.find((i) => i.column === 'lead_origin')?.levels).toContain('Lead Add Form');
    expect(new Set(inputs.map((i) => i.column)).size).toBe(inputs.length);
    expect(r.body).not.toHaveProperty('gbt');
  });

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

  describe('bad input: a clear 4xx problem, nothing stored, the server still serving', () => {
    async function stored(): Promise<string> {
      const files = (await lp.stage.list()).map((f) => `${f.name}:${f.checksum}`).join(',');
      return `${files}|${await one('SELECT count(*) FROM load_history')}|${await one('SELECT count(*) FROM leads_raw')}`;
    }
    const cases: [string, () => Promise<Answer>, number, string][] = [
      [
        'malformed JSON',
        () =>
          call('POST', '/score-lead', {
            body: '{"lead_origin": "API",',
            headers: { 'content-type': 'application/json' },
          }),
        400,
        'E_MALFORMED_JSON',
      ],
      [
        'an empty JSON body',
        () => call('POST', '/score-lead', { body: '', headers: { 'content-type': 'application/json' } }),
        400,
        'E_EMPTY_BODY',
      ],
      [
        'a value of the wrong type',
        () => call('POST', '/score-lead', { json: { total_visits: 'lots' } }),
        400,
        'E_BAD_LEAD_VALUE',
      ],
      [
        'an object where a value belongs',
        () => call('POST', '/score-lead', { json: { total_visits: { $gt: 1 } } }),
        400,
        'E_VALIDATION',
      ],
      [
        'an array where a value belongs',
        () => call('POST', '/score-lead', { json: { total_visits: [5] } }),
        400,
        'E_VALIDATION',
      ],
      [
        'an unknown field',
        () => call('POST', '/score-lead', { json: { lead_origin: 'API', favourite_colour: 'blue' } }),
        400,
        'E_VALIDATION',
      ],
      ['an unknown query parameter', () => get('/leads?limit=5&drop=1'), 400, 'E_VALIDATION'],
      ['a limit out of range', () => get('/leads?limit=100000'), 400, 'E_VALIDATION'],
      [
        'a JSON body sent as text',
        () =>
          call('POST', '/score-lead', { body: 'lead_origin=API', headers: { 'content-type': 'text/plain' } }),
        400,
        'E_VALIDATION',
      ],
      [
        'a 0-byte upload',
        () => call('POST', '/upload-and-load', { body: upload('empty.csv', ''), headers: withKey }),
        400,
        'E_EMPTY_UPLOAD',
      ],
      [
        'a binary upload',
        () =>
          call('POST', '/upload-and-load', {
            body: upload(
              'photo.csv',
              new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
            ),
            headers: withKey,
          }),
        415,
        'E_BINARY_UPLOAD',
      ],
      [
        'a gzipped binary upload',
        () =>
          call('POST', '/upload', {
            body: upload('x.csv.gz', gzipSync(Buffer.alloc(5000, 0))),
            headers: withKey,
          }),
        415,
        'E_BINARY_UPLOAD',
      ],
      [
        'an oversize upload',
        () =>
          call('POST', '/upload-and-load', {
            body: upload(
              'huge.csv',
              'Prospect ID,Lead Origin\n' + 'big-1,API\n'.repeat(TEST_MAX_UPLOAD / 10 + 100),
            ),
            headers: withKey,
          }),
        413,
        'E_UPLOAD_TOO_LARGE',
      ],
      [
        'an oversize upload without content-length',
        () =>
          call('POST', '/upload', {
            body: oversizeStream(),
            headers: { ...withKey, 'content-type': 'multipart/form-data; boundary=XyZ' },
          }),
        413,
        'E_UPLOAD_TOO_LARGE',
      ],
      [
        '../../etc/passwd as file name',
        () =>
          call('POST', '/upload-and-load', {
            body: upload('../../etc/passwd', 'Prospect ID\nx\n'),
            headers: withKey,
          }),
        400,
        'E_BAD_FILE_NAME',
      ],
      [
        'a Windows path as file name',
        () =>
          call('POST', '/upload', { body: upload('..\\..\\boot.ini', 'Prospect ID\nx\n'), headers: withKey }),
        400,
        'E_BAD_FILE_NAME',
      ],
      [
        'an upload that is not multipart',
        () => call('POST', '/upload', { json: { file: 'Prospect ID\nx\n' }, headers: withKey }),
        415,
        'E_NOT_MULTIPART',
      ],
      [
        'a multipart body cut short',
        () =>
          call('POST', '/upload-and-load', {
            body: `--XyZ\r\nContent-Disposition: form-data; name="file"; filename="cut.csv"\r\n\r\nProspect ID\n${'cut-lead\n'.repeat(5000)}`,
            headers: { ...withKey, 'content-type': 'multipart/form-data; boundary=XyZ' },
          }),
        400,
        'E_MALFORMED_MULTIPART',
      ],
      [
        'a multipart body without a boundary',
        () =>
          call('POST', '/upload', {
            body: 'x',
            headers: { ...withKey, 'content-type': 'multipart/form-data' },
          }),
        400,
        'E_MALFORMED_MULTIPART',
      ],
      [
        'a missing API key',
        () => call('POST', '/upload-and-load', { body: upload('nokey.csv', 'Prospect ID\nx\n') }),
        401,
        'E_API_KEY_MISSING',
      ],
      [
        'a wrong API key',
        () =>
          call('POST', '/upload', {
            body: upload('wrongkey.csv', 'Prospect ID\nx\n'),
            headers: { 'x-api-key': 'guess' },
          }),
        401,
        'E_API_KEY_INVALID',
      ],
      [
        'a validation without an API key',
        () => call('POST', '/validate', { body: upload('nokey.csv', 'Prospect ID\nx\n') }),
        401,
        'E_API_KEY_MISSING',
      ],
      [
        'a validation with a wrong API key',
        () =>
          call('POST', '/validate', {
            body: upload('wrongkey.csv', 'Prospect ID\nx\n'),
            headers: { 'x-api-key': 'guess' },
          }),
        401,
        'E_API_KEY_INVALID',
      ],
      ['an unknown route', () => get('/admin'), 404, 'E_NOT_FOUND'],
    ];
    for (const [what, send, status, code] of cases) {
      it(`refuses ${what} with ${status} ${code}`, async () => {
        const before = await stored();
        const r = await send();
        expect(r.status, r.text).toBe(status);
        expect(r.headers.get('content-type')).toMatch(/^application\/problem\+json/);
        expect(r.body).toMatchObject({
          status,
          code,
          type: `urn:leadpipe:problem:${code}`,
          title: expect.any(String),
          detail: expect.any(String),
          requestId: r.headers.get('x-request-id'),
        });
        expect(await stored()).toBe(before);
        expect((await get('/healthcheck')).status).toBe(200);
      });
    }

    it('names the offending field of an invalid request', async () => {
      const r = await call('POST', '/score-lead', { json: { lead_origin: 'API', favourite_colour: 'blue' } });
      expect(r.body.errors).toEqual([
        { in: 'body', path: 'favourite_colour', message: 'unknown field "favourite_colour"' },
      ]);
      const t = await call('POST', '/score-lead', { json: [{ total_visits: 'lots' }] });
      expect(t.body.detail).toBe('lead 0: column "total_visits" takes values of type integer, not "lots"');
    });
  });

  it("uses the caller's x-request-id and answers CORS preflights from allowed origins only", async () => {
    const r = await call('GET', '/nope', { headers: { 'x-request-id': 'trace-abc-123' } });
    expect(r.headers.get('x-request-id')).toBe('trace-abc-123');
    expect(r.body.requestId).toBe('trace-abc-123');
    const allowed = await call('OPTIONS', '/upload', {
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'x-api-key',
      },
    });
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(allowed.headers.get('access-control-allow-headers')).toMatch(/x-api-key/);
    const other = await call('GET', '/', { headers: { origin: 'https://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('serves a valid OpenAPI document listing every route, and Swagger UI at /docs', async () => {
    const r = await get('/docs/json');
    expect(r.status).toBe(200);
    expect(openApiProblems(r.body)).toEqual([]);
    const operations = Object.entries(
      r.body.paths as Record<string, Record<string, { operationId?: string }>>,
    ).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    expect(operations.sort()).toEqual(
      [
        'GET /',
        'GET /healthcheck',
        'GET /leads',
        'GET /leads/{id}',
        'GET /lead-count',
        'GET /stats',
        'POST /score-lead',
        'GET /model',
        'POST /upload',
        'POST /upload-and-load',
        'POST /validate',
        'GET /pipeline/status',
        'GET /loads/{file}/errors',
      ].sort(),
    );
    const paths = r.body.paths as Record<string, Record<string, Record<string, unknown>>>;
    expect(paths['/upload']?.post?.requestBody).toMatchObject({
      content: { 'multipart/form-data': expect.any(Object) },
    });
    for (const route of ['/upload', '/upload-and-load', '/validate'])
      expect(paths[route]?.post?.security, route).toEqual([{ apiKey: [] }]);
    expect(paths['/leads']?.get?.security).toBeUndefined();
    expect(paths['/leads']?.get?.responses).toHaveProperty('4XX');
    const ui = await get('/docs');
    expect(ui.status).toBe(200);
    expect(ui.headers.get('content-type')).toMatch(/^text\/html/);
  });

  it('passes the smoke script against every endpoint', async () => {
    const { ok, results } = await runSmoke(base, { apiKey: TEST_API_KEY, log: null });
    expect(results.filter((r) => !r.ok)).toEqual([]);
    expect(ok).toBe(true);
    expect(results.length).toBeGreaterThanOrEqual(19);
  });
});

/** A multipart body streamed without content-length, larger than the limit (chunked transfer). */
function oversizeStream(): ReadableStream<Uint8Array> {
  const enc = new TextEncoder();
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent === 0)
        controller.enqueue(
          enc.encode(
            '--XyZ\r\nContent-Disposition: form-data; name="file"; filename="stream.csv"\r\n\r\nProspect ID\n',
          ),
        );
      if (sent > TEST_MAX_UPLOAD * 2) {
        controller.enqueue(enc.encode('\r\n--XyZ--\r\n'));
        controller.close();
        return;
      }
      controller.enqueue(enc.encode('stream-lead\n'.repeat(1000)));
      sent += 12_000;
    },
  });
}
