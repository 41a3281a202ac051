import { request } from 'node:http';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { tempDir, testConfig } from '../../test/helpers.ts';
import { openLeadpipe } from '../pipeline/context.ts';
import { buildApp } from './app.ts';
import { createLambdaHandler } from './lambda.ts';
import { multipart, TEST_API_KEY, v1Event, v2Event } from '../../test/api-support.ts';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Record<string, unknown>;
}

/**
 * One request over a real socket from a chosen loopback address (every 127.x.y.z is this machine on
 * Linux), so that each test client has an address of its own, as distinct machines would.
 */
function send(
  port: number,
  from: string,
  method: string,
  path: string,
  init: { headers?: Record<string, string>; body?: Buffer } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, localAddress: from, method, path, headers: init.headers ?? {} },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let body: Record<string, unknown> = {};
          try {
            body = JSON.parse(text) as Record<string, unknown>;
          } catch {
            // not JSON
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
        });
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}

/** An app with its own home and the given API settings, listening on a free loopback port. */
async function serve(
  api: Record<string, unknown>,
): Promise<{ app: FastifyInstance; port: number; close: () => Promise<void> }> {
  const { dir, cleanup } = await tempDir('leadpipe-rate-');
  const lp = await openLeadpipe(testConfig(dir, { api: { apiKey: TEST_API_KEY, ...api } }));
  const app = await buildApp({ lp, logger: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    app,
    port: (app.server.address() as { port: number }).port,
    close: async () => {
      await app.close();
      await lp.close();
      await cleanup();
    },
  };
}

/** A `POST /validate` of a two-line file, with the given API key (or none). */
async function validate(
  port: number,
  from: string,
  key: string | null,
  extra: Record<string, string> = {},
): Promise<Answer> {
  const file = await multipart('check.csv', 'Prospect ID,TotalVisits\nr-1,3\n');
  return send(port, from, 'POST', '/validate', {
    headers: {
      'content-type': file.contentType,
      ...(key === null ? {} : { 'x-api-key': key }),
      ...extra,
    },
    body: file.body,
  });
}

function expectRateLimited(r: Answer, limit: number): void {
  expect(r.status).toBe(429);
  expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(r.body).toMatchObject({
    type: 'urn:leadpipe:problem:E_RATE_LIMITED',
    title: 'Too Many Requests',
    status: 429,
    code: 'E_RATE_LIMITED',
    detail: expect.stringContaining(`at most ${limit} `),
    limit,
    requestId: r.headers['x-request-id'],
  });
  const retryAfter = Number(r.headers['retry-after']);
  expect(Number.isInteger(retryAfter)).toBe(true);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
  expect(r.headers['x-ratelimit-limit']).toBe(String(limit));
  expect(r.headers['x-ratelimit-remaining']).toBe('0');
}

describe('per-client rate limits over a real socket', () => {
  it('answers 429 problem+json with Retry-After past the read limit, for that client only', async () => {
    const s = await serve({ rateLimit: 3, writeRateLimit: 2 });
    try {
      const remaining: unknown[] = [];
      for (let i = 0; i < 3; i++) {
        const r = await send(s.port, '127.0.0.2', 'GET', '/lead-count');
        expect(r.status).toBe(200);
        remaining.push(r.headers['x-ratelimit-remaining']);
      }
      expect(remaining).toEqual(['2', '1', '0']);
      expectRateLimited(await send(s.port, '127.0.0.2', 'GET', '/lead-count'), 3);
      // The budget is the client's, not the route's.
      expectRateLimited(await send(s.port, '127.0.0.2', 'GET', '/stats'), 3);
      // Another client is not affected.
      const other = await send(s.port, '127.0.0.3', 'GET', '/lead-count');
      expect(other.status).toBe(200);
      expect(other.headers['x-ratelimit-remaining']).toBe('2');
    } finally {
      await s.close();
    }
  });

  it('gives the upload routes a separate, stricter budget that wrong API keys use up too', async () => {
    const s = await serve({ rateLimit: 5, writeRateLimit: 2 });
    try {
      const guesser = '127.0.0.4';
      expect((await validate(s.port, guesser, 'guess-1')).body.code).toBe('E_API_KEY_INVALID');
      expect((await validate(s.port, guesser, null)).body.code).toBe('E_API_KEY_MISSING');
      // Two failed attempts used the upload budget: even the right key waits now.
      expectRateLimited(await validate(s.port, guesser, TEST_API_KEY), 2);
      // Reads have their own, larger budget.
      for (let i = 0; i < 5; i++)
        expect((await send(s.port, guesser, 'GET', '/lead-count')).status, `read ${i + 1}`).toBe(200);
      expectRateLimited(await send(s.port, guesser, 'GET', '/lead-count'), 5);

      const uploader = '127.0.0.5';
      expect((await validate(s.port, uploader, TEST_API_KEY)).status).toBe(200);
      const file = await multipart('staged.csv', 'Prospect ID\nr-2\n');
      const staged = await send(s.port, uploader, 'POST', '/upload', {
        headers: { 'content-type': file.contentType, 'x-api-key': TEST_API_KEY },
        body: file.body,
      });
      expect(staged.status).toBe(201);
      // The third upload request of the minute, whatever the route, is refused before it is read.
      const third = await multipart('third.csv', 'Prospect ID\nr-3\n');
      expectRateLimited(
        await send(s.port, uploader, 'POST', '/upload-and-load', {
          headers: { 'content-type': third.contentType, 'x-api-key': TEST_API_KEY },
          body: third.body,
        }),
        2,
      );
      expect((await send(s.port, uploader, 'GET', '/lead-count')).body).toEqual({
        source: 'final',
        count: 0,
      });
    } finally {
      await s.close();
    }
  });

  it('limits nothing when a limit is 0, and only the other budget when one is', async () => {
    const off = await serve({ rateLimit: 0, writeRateLimit: 0 });
    try {
      for (let i = 0; i < 30; i++) {
        const r = await send(off.port, '127.0.0.6', 'GET', '/lead-count');
        expect(r.status, `read ${i + 1}`).toBe(200);
        expect(r.headers['x-ratelimit-limit']).toBeUndefined();
      }
      for (let i = 0; i < 5; i++)
        expect((await validate(off.port, '127.0.0.6', TEST_API_KEY)).status, `upload ${i + 1}`).toBe(200);
    } finally {
      await off.close();
    }
    const readsOff = await serve({ rateLimit: 0, writeRateLimit: 1 });
    try {
      for (let i = 0; i < 30; i++)
        expect((await send(readsOff.port, '127.0.0.7', 'GET', '/lead-count')).status, `read ${i + 1}`).toBe(
          200,
        );
      expect((await validate(readsOff.port, '127.0.0.7', TEST_API_KEY)).status).toBe(200);
      expectRateLimited(await validate(readsOff.port, '127.0.0.7', TEST_API_KEY), 1);
    } finally {
      await readsOff.close();
    }
  });

  it('ignores x-forwarded-for unless the proxy sending it is trusted', async () => {
    const direct = await serve({ rateLimit: 2 });
    try {
      // A client cannot get a fresh budget by naming another address.
      for (const forwarded of ['198.51.100.1', '198.51.100.2'])
        expect(
          (
            await send(direct.port, '127.0.0.8', 'GET', '/lead-count', {
              headers: { 'x-forwarded-for': forwarded },
            })
          ).status,
        ).toBe(200);
      expectRateLimited(
        await send(direct.port, '127.0.0.8', 'GET', '/lead-count', {
          headers: { 'x-forwarded-for': '198.51.100.3' },
        }),
        2,
      );
    } finally {
      await direct.close();
    }
    const proxied = await serve({ rateLimit: 2, trustProxy: ['127.0.0.9'] });
    try {
      const via = (client: string): Promise<Answer> =>
        send(proxied.port, '127.0.0.9', 'GET', '/lead-count', { headers: { 'x-forwarded-for': client } });
      expect((await via('198.51.100.1')).status).toBe(200);
      expect((await via('198.51.100.1')).status).toBe(200);
      expectRateLimited(await via('198.51.100.1'), 2);
      // Behind the trusted proxy each forwarded client has its own budget...
      expect((await via('198.51.100.2')).status).toBe(200);
      // ...and an untrusted peer's header still counts for nothing.
      for (const forwarded of ['198.51.100.3', '198.51.100.4'])
        expect(
          (
            await send(proxied.port, '127.0.0.10', 'GET', '/lead-count', {
              headers: { 'x-forwarded-for': forwarded },
            })
          ).status,
        ).toBe(200);
      expectRateLimited(
        await send(proxied.port, '127.0.0.10', 'GET', '/lead-count', {
          headers: { 'x-forwarded-for': '198.51.100.5' },
        }),
        2,
      );
    } finally {
      await proxied.close();
    }
  });

  it('lets a browser on an allowed origin read the 429 and its Retry-After (CORS headers come first)', async () => {
    const dashboard = 'https://dashboard.example';
    const s = await serve({ rateLimit: 1, corsOrigins: [dashboard] });
    try {
      const headers = { origin: dashboard };
      expect((await send(s.port, '127.0.0.11', 'GET', '/lead-count', { headers })).status).toBe(200);
      const limited = await send(s.port, '127.0.0.11', 'GET', '/lead-count', { headers });
      expectRateLimited(limited, 1);
      expect(limited.headers['access-control-allow-origin']).toBe(dashboard);
      expect(String(limited.headers['access-control-expose-headers'])).toMatch(/retry-after/);
      // A preflight is answered by CORS before any budget is spent (it carries no body and no key).
      const preflight = await send(s.port, '127.0.0.11', 'OPTIONS', '/validate', {
        headers: { ...headers, 'access-control-request-method': 'POST' },
      });
      expect(preflight.status).toBe(204);
    } finally {
      await s.close();
    }
  });

  it('documents 429 with Retry-After in OpenAPI where a limit applies, and not where it is 0', async () => {
    const s = await serve({ rateLimit: 7, writeRateLimit: 0 });
    try {
      const doc = s.app.swagger() as unknown as {
        paths: Record<string, Record<string, { responses: Record<string, Record<string, unknown>> }>>;
      };
      const leads429 = doc.paths['/leads']?.get?.responses['429'];
      expect(leads429?.description).toMatch(/more than 7 per minute/);
      expect(leads429?.headers).toHaveProperty('retry-after');
      expect(leads429?.content).toHaveProperty(['application/problem+json']);
      expect(doc.paths['/validate']?.post?.responses).not.toHaveProperty('429');
      expect(doc.paths['/upload']?.post?.responses).not.toHaveProperty('429');
    } finally {
      await s.close();
    }
  });
});

describe('per-client rate limits on AWS Lambda', () => {
  it('counts per source IP of the event (IPv6 per /64), whatever x-forwarded-for says', async () => {
    const { dir, cleanup } = await tempDir('leadpipe-rate-lambda-');
    const handler = createLambdaHandler({
      config: testConfig(dir, { api: { apiKey: TEST_API_KEY, rateLimit: 2 } }),
      logger: false,
    });
    const from = (sourceIp: string, forwarded?: string): Record<string, unknown> => {
      const event = v2Event(
        'GET',
        '/lead-count',
        forwarded ? { headers: { 'x-forwarded-for': forwarded } } : {},
      );
      const context = event.requestContext as { http: Record<string, unknown> };
      context.http.sourceIp = sourceIp;
      return event;
    };
    try {
      expect((await handler(from('203.0.113.20', '198.51.100.1'), {})).statusCode).toBe(200);
      expect((await handler(from('203.0.113.20', '198.51.100.2'), {})).statusCode).toBe(200);
      const limited = await handler(from('203.0.113.20', '198.51.100.3'), {});
      expect(limited.statusCode).toBe(429);
      expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(JSON.parse(limited.body)).toMatchObject({ status: 429, code: 'E_RATE_LIMITED' });
      expect((await handler(from('203.0.113.21'), {})).statusCode).toBe(200);

      // One IPv6 host can use a whole /64: addresses in it share a budget; the next /64 has its own.
      expect((await handler(from('2001:db8:1:2::1'), {})).statusCode).toBe(200);
      expect((await handler(from('2001:db8:1:2::ffff'), {})).statusCode).toBe(200);
      expect((await handler(from('2001:db8:1:2:abcd::7'), {})).statusCode).toBe(429);
      expect((await handler(from('2001:db8:1:3::1'), {})).statusCode).toBe(200);

      // REST API (payload v1) events carry the source IP in requestContext.identity.
      const v1 = v1Event('GET', '/lead-count');
      (v1.requestContext as { identity: { sourceIp: string } }).identity.sourceIp = '203.0.113.20';
      expect((await handler(v1, {})).statusCode).toBe(429);
    } finally {
      await handler.close();
      await cleanup();
    }
  });
});
