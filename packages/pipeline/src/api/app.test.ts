/**
 * The HTTP API over a real socket: the root, health, request ids and CORS, the OpenAPI document and the smoke script. The route groups have their own `app.<group>.test.ts` files.
 */
import { describe, expect, it } from 'vitest';
import { runSmoke } from '../../scripts/smoke.ts';
import { openApiProblems, TEST_API_KEY } from '../../test/api-support.ts';
import { useApiServer } from '../../test/api-server.ts';

describe('the HTTP API over a real socket, on the real dataset', () => {
  const api = useApiServer();
  const { call, get } = api;

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
        'GET /leads/export',
        'GET /lead-count',
        'GET /stats',
        'POST /pipeline/quarantine/{file}/{action}',
        'POST /score-lead',
        'GET /model',
        'POST /upload',
        'POST /upload-and-load',
        'POST /validate',
        'GET /pipeline/status',
        'POST /pipeline/refresh',
        'GET /schema',
        'GET /loads/{file}/errors',
      ].sort(),
    );
    const paths = r.body.paths as Record<string, Record<string, Record<string, unknown>>>;
    expect(paths['/upload']?.post?.requestBody).toMatchObject({
      content: { 'multipart/form-data': expect.any(Object) },
    });
    for (const route of ['/upload', '/upload-and-load', '/validate', '/pipeline/refresh'])
      expect(paths[route]?.post?.security, route).toEqual([{ apiKey: [] }]);
    expect(paths['/leads']?.get?.security).toBeUndefined();
    expect(paths['/leads']?.get?.responses).toHaveProperty('4XX');
    const ui = await get('/docs');
    expect(ui.status).toBe(200);
    expect(ui.headers.get('content-type')).toMatch(/^text\/html/);
  });

  it('passes the smoke script against every endpoint', async () => {
    const { ok, results } = await runSmoke(api.base, { apiKey: TEST_API_KEY, log: null });
    expect(results.filter((r) => !r.ok)).toEqual([]);
    expect(ok).toBe(true);
    expect(results.length).toBeGreaterThanOrEqual(19);
  });
});
