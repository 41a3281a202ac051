import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir, testConfig } from '../../test/helpers.ts';
import type { Leadpipe } from '../pipeline/context.ts';
import type { LambdaResult, LeadpipeLambdaHandler } from './lambda.ts';
import { createLambdaHandler } from './lambda.ts';
import {
  loadedHome,
  multipart,
  openApiProblems,
  TEST_API_KEY,
  v1Event,
  v2Event,
} from '../../test/api-support.ts';

function json(r: LambdaResult): Record<string, unknown> & { items?: Record<string, unknown>[] } {
  return JSON.parse(r.isBase64Encoded ? Buffer.from(r.body, 'base64').toString('utf8') : r.body) as Record<
    string,
    unknown
  >;
}

describe('the HTTP API through the AWS Lambda handler, on the real dataset', () => {
  let lp: Leadpipe;
  let cleanup: () => Promise<void>;
  let handler: LeadpipeLambdaHandler;

  beforeAll(async () => {
    // The handler opens the warehouse itself (one process, one owner): load the data, then hand the home over.
    const loaded = await loadedHome();
    lp = loaded.lp;
    await lp.close();
    cleanup = loaded.cleanup;
    handler = createLambdaHandler({ config: lp.config, logger: false });
  });
  afterAll(async () => {
    await handler?.close();
    await cleanup?.();
  });

  const v2 = (method: string, path: string, options?: Parameters<typeof v2Event>[2]): Promise<LambdaResult> =>
    handler(v2Event(method, path, options), {});

  it('answers GET / and GET /healthcheck', async () => {
    const index = await v2('GET', '/');
    expect(index.statusCode).toBe(200);
    expect(json(index)).toMatchObject({ name: 'leadpipe', links: { docs: '/docs' } });
    const health = await v2('GET', '/healthcheck');
    expect(health.statusCode).toBe(200);
    expect(json(health)).toMatchObject({
      status: 'ok',
      checks: { warehouse: { ok: true }, stage: { ok: true } },
    });
  });

  it('pages, sorts and filters leads on GET /leads/ (trailing slash, as in the API Gateway route key)', async () => {
    const r = await v2('GET', '/leads/', {
      query: { limit: '5', sort: '-total_visits', columns: 'total_visits,lead_source', grade: 'A,B,C,D' },
    });
    expect(r.statusCode, r.body).toBe(200);
    const body = json(r);
    expect(body.items).toHaveLength(5);
    expect(body.items?.[0]?.total_visits).toBe(251);
    expect(r.headers['content-type']).toMatch(/^application\/json/);
    expect(r.headers['x-request-id']).toMatch(/^req-/);
    const all = await v2('GET', '/leads', { query: { limit: '1' } });
    expect(json(all).total).toBe(9240);
  });

  it('returns a lead by id, counts, stats and the model card', async () => {
    const page = json(await v2('GET', '/leads', { query: { limit: '1', sort: 'prospect_id' } }));
    const id = String(page.items?.[0]?.prospect_id);
    const lead = await v2('GET', `/leads/${id}`);
    expect(lead.statusCode).toBe(200);
    expect(json(lead)).toMatchObject({ lead: { prospect_id: id } });
    expect(json(await v2('GET', '/lead-count'))).toEqual({ source: 'final', count: 9240 });
    expect(json(await v2('GET', '/lead-count', { query: { source: 'raw' } }))).toEqual({
      source: 'raw',
      count: 9240,
      files: 1,
    });
    const stats = json(await v2('GET', '/stats'));
    expect(stats.totals).toMatchObject({ leads: 9240 });
    const model = await v2('GET', '/model');
    expect(model.statusCode).toBe(200);
    expect(json(model)).toMatchObject({ version: expect.any(String), inputs: expect.any(Array) });
  });

  it('scores one lead and a batch on POST /score-lead', async () => {
    const one = await v2('POST', '/score-lead', {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ lead_origin: 'Lead Add Form', total_visits: 3 }),
    });
    expect(one.statusCode, one.body).toBe(200);
    expect(json(one)).toMatchObject({ score: expect.any(Number), grade: expect.stringMatching(/^[ABCD]$/) });
    const batch = await v2('POST', '/score-lead', {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ lead_origin: 'API' }, { lead_origin: 'Lead Import' }]),
    });
    expect((json(batch) as unknown as unknown[]).length).toBe(2);
  });

  it('validates, stages and loads base64 multipart uploads, with the API key', async () => {
    const check = await multipart('lambda-check.csv', 'Prospect ID,TotalVisits\nl-1,2\nl-2,many\n');
    const v = await v2('POST', '/validate', {
      headers: { 'content-type': check.contentType, 'x-api-key': TEST_API_KEY },
      body: check.body,
    });
    expect(v.statusCode, v.body).toBe(200);
    expect(json(v)).toMatchObject({ file: 'lambda-check.csv', valid: false });

    const staged = await multipart('lambda-staged.csv', 'Prospect ID,Lead Origin\nlambda-s-1,API\n');
    const s = await v2('POST', '/upload', {
      headers: { 'content-type': staged.contentType, 'x-api-key': TEST_API_KEY },
      body: staged.body,
    });
    expect(s.statusCode, s.body).toBe(201);

    const file = await multipart(
      'lambda-load.csv',
      'Prospect ID,Lead Origin,TotalVisits\nlambda-1,API,3\nlambda-2,API,lots\n',
    );
    const r = await v2('POST', '/upload-and-load', {
      headers: { 'content-type': file.contentType, 'x-api-key': TEST_API_KEY },
      body: file.body,
    });
    expect(r.statusCode, r.body).toBe(200);
    expect(json(r)).toMatchObject({
      file: { file: 'lambda-load.csv', rowsLoaded: 1, rowsRejected: 1 },
      pending: [{ file: 'lambda-staged.csv', status: 'LOADED' }],
      task: { state: 'SUCCEEDED', inserted: 2 },
    });
    const errors = await v2('GET', '/loads/lambda-load.csv/errors');
    expect(json(errors)).toMatchObject({ total: 1, errors: [{ line: 3 }] });
    const status = await v2('GET', '/pipeline/status');
    expect(json(status)).toMatchObject({
      pipe: { pendingFileCount: 0, lastIngestedFile: 'lambda-load.csv' },
    });
  });

  it('refuses bad input with problem+json: missing key, wrong key, malformed JSON, path in a file name, unknown route', async () => {
    const file = await multipart('nokey.csv', 'Prospect ID\nx\n');
    const cases: [Promise<LambdaResult>, number, string][] = [
      [
        v2('POST', '/upload-and-load', { headers: { 'content-type': file.contentType }, body: file.body }),
        401,
        'E_API_KEY_MISSING',
      ],
      [
        v2('POST', '/upload', {
          headers: { 'content-type': file.contentType, 'x-api-key': 'nope' },
          body: file.body,
        }),
        401,
        'E_API_KEY_INVALID',
      ],
      [
        v2('POST', '/validate', { headers: { 'content-type': file.contentType }, body: file.body }),
        401,
        'E_API_KEY_MISSING',
      ],
      [
        v2('POST', '/score-lead', {
          headers: { 'content-type': 'application/json' },
          body: '{"lead_origin":',
        }),
        400,
        'E_MALFORMED_JSON',
      ],
      [
        v2('POST', '/score-lead', {
          headers: { 'content-type': 'application/json' },
          body: '{"colour":"blue"}',
        }),
        400,
        'E_VALIDATION',
      ],
      [v2('GET', '/leads', { query: { sort: 'score desc; DROP TABLE leads_final' } }), 400, 'E_VALIDATION'],
      [v2('GET', '/admin'), 404, 'E_NOT_FOUND'],
    ];
    const passwd = await multipart('../../etc/passwd', 'Prospect ID\nx\n');
    cases.push([
      v2('POST', '/upload', {
        headers: { 'content-type': passwd.contentType, 'x-api-key': TEST_API_KEY },
        body: passwd.body,
      }),
      400,
      'E_BAD_FILE_NAME',
    ]);
    for (const [pending, status, code] of cases) {
      const r = await pending;
      expect(r.statusCode, r.body).toBe(status);
      expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(json(r)).toMatchObject({ status, code });
    }
    expect(json(await v2('GET', '/lead-count'))).toEqual({ source: 'final', count: 9242 });
  });

  it('serves the OpenAPI document and Swagger UI', async () => {
    const doc = await v2('GET', '/docs/json');
    expect(doc.statusCode).toBe(200);
    expect(openApiProblems(json(doc))).toEqual([]);
    expect(Object.keys(json(doc).paths as object)).toHaveLength(17);
    const ui = await v2('GET', '/docs');
    expect(ui.statusCode).toBe(200);
    expect(ui.headers['content-type']).toMatch(/^text\/html/);
  });

  it('answers a REST API (payload v1) event', async () => {
    const r = await handler(v1Event('GET', '/lead-count', { query: { source: 'raw' } }), {});
    expect(r.statusCode, r.body).toBe(200);
    expect(json(r)).toMatchObject({ source: 'raw', files: 3 });
    const post = await handler(
      v1Event('POST', '/score-lead', {
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ lead_origin: 'API' }),
      }),
      {},
    );
    expect(post.statusCode, post.body).toBe(200);
  });
});

describe('the Lambda handler without an API key', () => {
  it('refuses write and upload routes, since a function has no loopback to hide them behind', async () => {
    const { dir, cleanup } = await tempDir('leadpipe-lambda-');
    const handler = createLambdaHandler({ config: testConfig(dir), logger: false });
    try {
      const file = await multipart('x.csv', 'Prospect ID\nx\n');
      const r = await handler(
        v2Event('POST', '/upload', { headers: { 'content-type': file.contentType }, body: file.body }),
        {},
      );
      expect(r.statusCode).toBe(403);
      expect(JSON.parse(r.body)).toMatchObject({ code: 'E_WRITES_DISABLED' });
      const v = await handler(
        v2Event('POST', '/validate', { headers: { 'content-type': file.contentType }, body: file.body }),
        {},
      );
      expect(v.statusCode).toBe(403);
      expect(JSON.parse(v.body)).toMatchObject({ code: 'E_WRITES_DISABLED' });
      expect((await handler(v2Event('GET', '/lead-count'), {})).statusCode).toBe(200);
    } finally {
      await handler.close();
      await cleanup();
    }
  });
});
