/**
 * The API's hardening (issue 17) over a real socket, each on a home of its own: security headers, cross-site
 * writes, error bodies without SQL text or paths, hand-made cursors, and uploads that share a file name.
 */
import { request } from 'node:http';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { multipart, TEST_API_KEY } from '../../test/api-support.ts';
import { tempDir, testConfig } from '../../test/helpers.ts';
import type { Leadpipe } from '../pipeline/context.ts';
import { openLeadpipe } from '../pipeline/context.ts';
import type { Warehouse } from '../warehouse/warehouse.ts';
import { buildApp } from './app.ts';
import { redactInternals } from './problems.ts';
import { API_CSP, DOCS_CSP } from './security-headers.ts';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Record<string, unknown>;
  text: string;
}

interface Server {
  lp: Leadpipe;
  port: number;
  home: string;
  send(
    method: string,
    path: string,
    init?: { headers?: Record<string, string>; body?: Buffer },
  ): Promise<Answer>;
  /** A multipart upload of `content` as `name` to `path`, with the given headers. */
  upload(path: string, name: string, content: string, headers?: Record<string, string>): Promise<Answer>;
  close(): Promise<void>;
}

const DASHBOARD = 'http://localhost:5173';

/** An app on a fresh home, listening on a free loopback port; `wrap` may replace the warehouse. */
async function serve(
  api: Record<string, unknown>,
  wrap: (lp: Leadpipe) => Leadpipe = (lp) => lp,
): Promise<Server> {
  const { dir, cleanup } = await tempDir('leadpipe-sec-');
  const lp = await openLeadpipe(testConfig(dir, { api: { corsOrigins: [DASHBOARD], ...api } }));
  const app: FastifyInstance = await buildApp({ lp: wrap(lp), logger: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const port = (app.server.address() as { port: number }).port;
  const send: Server['send'] = (method, path, init = {}) =>
    new Promise((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, method, path, headers: init.headers ?? {} }, (res) => {
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
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, text });
        });
      });
      req.on('error', reject);
      req.end(init.body);
    });
  return {
    lp,
    port,
    home: dir,
    send,
    upload: async (path, name, content, headers = {}) => {
      const file = await multipart(name, content);
      return send('POST', path, {
        headers: { 'content-type': file.contentType, ...headers },
        body: file.body,
      });
    },
    close: async () => {
      await app.close();
      await lp.close();
      await cleanup();
    },
  };
}

const withKey = { 'x-api-key': TEST_API_KEY };
const csv = (ids: string[], origin = 'API'): string =>
  `Prospect ID,Lead Origin\n${ids.map((id) => `${id},${origin}`).join('\n')}\n`;

async function loadHistoryCount(lp: Leadpipe): Promise<number> {
  return Number((await lp.warehouse.query('SELECT count(*) AS n FROM load_history'))[0]?.n);
}

describe('security headers', () => {
  it('sends nosniff, no framing, no referrer and a CSP on every response, errors included', async () => {
    const s = await serve({ apiKey: TEST_API_KEY });
    try {
      const answers = {
        json: await s.send('GET', '/lead-count'),
        notFound: await s.send('GET', '/no-such-route'),
        refused: await s.upload('/upload', 'a.csv', csv(['h-1'])),
        docs: await s.send('GET', '/docs'),
        openapi: await s.send('GET', '/docs/json'),
      };
      expect(answers.json.status).toBe(200);
      expect(answers.notFound.status).toBe(404);
      expect(answers.refused.status).toBe(401);
      expect(answers.docs.status).toBe(200);
      for (const [what, r] of Object.entries(answers)) {
        expect(r.headers['x-content-type-options'], what).toBe('nosniff');
        expect(r.headers['x-frame-options'], what).toBe('DENY');
        expect(r.headers['referrer-policy'], what).toBe('no-referrer');
        expect(r.headers['content-security-policy'], what).toContain("frame-ancestors 'none'");
      }
      expect(answers.json.headers['content-security-policy']).toBe(API_CSP);
      // The Swagger UI loads its own scripts and styles, and the OpenAPI document, from this origin.
      expect(answers.docs.headers['content-security-policy']).toBe(DOCS_CSP);
      expect(answers.docs.text).toContain('swagger-initializer.js');
      expect(answers.docs.text).not.toMatch(/<script>(?!\s*<\/script>)/);
    } finally {
      await s.close();
    }
  });
});

describe('cross-site writes', () => {
  it('refuses, without an API key, a form-like upload and any request from another site; loads nothing', async () => {
    const s = await serve({});
    try {
      const before = await loadHistoryCount(s.lp);
      // What a plain HTML form on another page sends: no custom header, Origin of that page.
      const form = await s.upload('/upload-and-load', 'csrf.csv', csv(['x-1']), {
        origin: 'https://evil.example',
        'sec-fetch-site': 'cross-site',
      });
      expect(form.status).toBe(403);
      expect(form.body.code).toBe('E_CROSS_SITE');
      // The same form sent without Origin (some browsers omit it): the missing header refuses it.
      const bare = await s.upload('/upload-and-load', 'csrf.csv', csv(['x-1']));
      expect(bare.status).toBe(403);
      expect(bare.body.code).toBe('E_WRITE_HEADER_MISSING');
      expect(bare.body.detail).toContain('x-leadpipe-request');
      const fetchSite = await s.upload('/upload', 'csrf.csv', csv(['x-1']), {
        'sec-fetch-site': 'cross-site',
        'x-leadpipe-request': '1',
      });
      expect(fetchSite.status).toBe(403);
      expect(fetchSite.body.code).toBe('E_CROSS_SITE');
      const nullOrigin = await s.upload('/validate', 'csrf.csv', csv(['x-1']), {
        origin: 'null',
        'x-leadpipe-request': '1',
      });
      expect(nullOrigin.body.code).toBe('E_CROSS_SITE');
      // DNS rebinding: the page is same-origin with the API under its own name, which Host carries.
      const rebound = await s.upload('/upload-and-load', 'csrf.csv', csv(['x-1']), {
        host: `evil.example:${s.port}`,
        origin: `http://evil.example:${s.port}`,
        'x-leadpipe-request': '1',
      });
      expect(rebound.status).toBe(403);
      expect(rebound.body.code).toBe('E_HOST_NOT_LOOPBACK');
      expect(await loadHistoryCount(s.lp)).toBe(before);
      expect(await s.lp.stage.list()).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('lets the dashboard, its own origin and scripts write without a key when they send the header', async () => {
    const s = await serve({});
    try {
      const script = await s.upload('/upload-and-load', 'script.csv', csv(['ok-1']), {
        'x-leadpipe-request': '1',
      });
      expect(script.status).toBe(200);
      const own = await s.upload('/upload', 'own.csv', csv(['ok-2']), {
        origin: `http://127.0.0.1:${s.port}`,
        'sec-fetch-site': 'same-origin',
        'x-leadpipe-request': '1',
      });
      expect(own.status).toBe(201);
      const dashboard = await s.upload('/validate', 'dev.csv', csv(['ok-3']), {
        origin: DASHBOARD,
        'sec-fetch-site': 'same-site',
        'x-leadpipe-request': '1',
      });
      expect(dashboard.status).toBe(200);
      expect(dashboard.headers['access-control-allow-origin']).toBe(DASHBOARD);
      // The dashboard in development, behind Vite's proxy: the browser calls it same-origin, the proxy
      // rewrites Host, and its Origin (another port) is in no allow-list.
      const proxied = await s.upload('/validate', 'dev.csv', csv(['ok-4']), {
        origin: 'http://localhost:5174',
        'sec-fetch-site': 'same-origin',
        'x-leadpipe-request': '1',
      });
      expect(proxied.status).toBe(200);
      // The allow-listed dashboard may send the header: its preflight says so.
      const preflight = await s.send('OPTIONS', '/upload-and-load', {
        headers: {
          origin: DASHBOARD,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'x-leadpipe-request',
        },
      });
      expect(preflight.status).toBe(204);
      expect(String(preflight.headers['access-control-allow-headers'])).toContain('x-leadpipe-request');
      // /score-lead writes nothing: open to the allow-listed origins as before, with no extra header.
      const scored = await s.send('POST', '/score-lead', {
        headers: { origin: DASHBOARD, 'content-type': 'application/json' },
        body: Buffer.from(JSON.stringify({ prospect_id: 's-1', total_visits: 3 })),
      });
      expect(scored.status).toBe(200);
    } finally {
      await s.close();
    }
  });

  it('refuses another site even with the API key, and takes the key from curl (no Origin) as before', async () => {
    const s = await serve({ apiKey: TEST_API_KEY });
    try {
      const foreign = await s.upload('/upload', 'k.csv', csv(['k-1']), {
        ...withKey,
        origin: 'https://evil.example',
      });
      expect(foreign.status).toBe(403);
      expect(foreign.body.code).toBe('E_CROSS_SITE');
      const curl = await s.upload('/upload', 'k.csv', csv(['k-1']), withKey);
      expect(curl.status).toBe(201);
    } finally {
      await s.close();
    }
  });
});

describe('error bodies', () => {
  it('never show SQL text or a path on the server: a failed merge answers 503 with its code only', async () => {
    const engineText =
      'Conversion Error: Could not convert string "x" to INT64 when reading /tmp/secret-home/.leadpipe/stage/data/a.ndjson\n\nLINE 1: INSERT INTO leads_final SELECT CAST(page_views AS BIGINT) FROM leads_raw\n                                        ^';
    const failingTask = (lp: Leadpipe): Leadpipe => {
      const warehouse = new Proxy(lp.warehouse, {
        get(target, prop, receiver) {
          const value = Reflect.get(target, prop, receiver) as unknown;
          if (prop === 'runTask') {
            return async (...args: unknown[]) => {
              const r = await (value as (...a: unknown[]) => Promise<Record<string, unknown>>).apply(
                target,
                args,
              );
              return { ...r, state: 'FAILED', error: engineText };
            };
          }
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
        },
      }) as Warehouse;
      return { ...lp, warehouse };
    };
    const s = await serve({ apiKey: TEST_API_KEY }, failingTask);
    try {
      const r = await s.upload('/upload-and-load', 'merge.csv', csv(['m-1']), withKey);
      expect(r.status).toBe(503);
      expect(r.body.code).toBe('E_TASK_FAILED');
      expect(r.text).not.toContain('INSERT INTO');
      expect(r.text).not.toContain('LINE 1');
      expect(r.text).not.toContain('/tmp/');
      expect(r.text).not.toContain(s.home);
      const health = await s.send('GET', '/healthcheck');
      expect(health.status).toBe(200);
      expect(health.body.checks).toMatchObject({ stage: { ok: true, kind: 'local' } });
      expect(health.text).not.toContain(s.home);
      expect(health.text).not.toContain('file://');
    } finally {
      await s.close();
    }
  });

  it('redactInternals cuts the SQL an engine echoes and every absolute path, not the routes a message names', () => {
    expect(
      redactInternals(
        'IO Error: No files found that match the pattern "/srv/x/.leadpipe/stage/data/a.ndjson"',
      ),
    ).toBe('IO Error: No files found that match the pattern "<path>"');
    expect(redactInternals('cannot open the warehouse /home/ann/.leadpipe/leadpipe.duckdb: locked')).toBe(
      'cannot open the warehouse <path>: locked',
    );
    expect(redactInternals('Binder Error: no column x\n\nLINE 1: SELECT x FROM t\n   ^')).toBe(
      'Binder Error: no column x',
    );
    expect(redactInternals('stage file:///opt/lp/stage is gone')).toBe('stage <path> is gone');
    expect(redactInternals('read C:\\lp\\home\\a.duckdb failed')).toBe('read <path> failed');
    expect(redactInternals('under /custom/root/leadpipe.duckdb', ['/custom/root'])).toBe('under <path>');
    expect(redactInternals('no route GET /leads/abc; see /docs or /database')).toBe(
      'no route GET /leads/abc; see /docs or /database',
    );
  });
});

describe('hand-made cursors on GET /leads', () => {
  it('answers 400 naming the cursor parameter, and a cursor the API returned still pages', async () => {
    const s = await serve({ apiKey: TEST_API_KEY });
    try {
      const loaded = await s.upload('/upload-and-load', 'c.csv', csv(['c-1', 'c-2', 'c-3']), withKey);
      expect(loaded.status).toBe(200);
      const first = await s.send('GET', '/leads?limit=1&sort=score&order=desc');
      expect(first.status).toBe(200);
      const next = first.body.nextCursor as string;
      expect(typeof next).toBe('string');
      expect((await s.send('GET', `/leads?limit=1&sort=score&order=desc&cursor=${next}`)).status).toBe(200);
      const forge = (c: unknown): string => Buffer.from(JSON.stringify(c), 'utf8').toString('base64url');
      const forged = [
        { s: 'score', o: 'desc', v: 'not a number', k: 'c-1' },
        { s: 'score', o: 'desc', v: 5, k: { nested: true } },
        { s: 'score', o: 'desc', v: [1, 2], k: 'c-1' },
        { s: 'scored_at', o: 'asc', v: '2026-13-45 99:00:00', k: 'c-1' },
      ];
      for (const c of forged) {
        const r = await s.send('GET', `/leads?limit=1&sort=${c.s}&order=${c.o}&cursor=${forge(c)}`);
        expect(r.status, JSON.stringify(c).slice(0, 80)).toBe(400);
        expect(r.body.code).toBe('E_BAD_CURSOR');
        expect(r.body.detail).toContain('"cursor"');
      }
    } finally {
      await s.close();
    }
  });
});

describe('uploads that share a file name', () => {
  it('keeps every upload staged under its own key, loads each once, and skips the same bytes sent again', async () => {
    const s = await serve({ apiKey: TEST_API_KEY });
    try {
      const first = await s.upload('/upload', 'same.csv', csv(['u-1', 'u-2']), withKey);
      const second = await s.upload('/upload', 'same.csv', csv(['u-3']), withKey);
      expect([first.status, second.status]).toEqual([201, 201]);
      const a = first.body.file as { name: string; key: string; checksum: string };
      const b = second.body.file as { name: string; key: string; checksum: string };
      expect([a.name, b.name]).toEqual(['same.csv', 'same.csv']);
      expect(a.key).not.toBe(b.key);
      // Both stay staged (the first used to be replaced by the second, its rows lost).
      expect((await s.lp.stage.list()).map((f) => f.key).sort()).toEqual([a.key, b.key].sort());
      const loaded = await s.upload('/upload-and-load', 'other.csv', csv(['u-4']), withKey);
      expect(loaded.status).toBe(200);
      const pending = loaded.body.pending as { file: string; checksum: string; status: string }[];
      expect(pending.map((p) => [p.file, p.checksum, p.status]).sort()).toEqual(
        [
          ['same.csv', a.checksum, 'LOADED'],
          ['same.csv', b.checksum, 'LOADED'],
        ].sort(),
      );
      const ids = await s.lp.warehouse.query('SELECT prospect_id FROM leads_final ORDER BY 1');
      expect(ids.map((r) => r.prospect_id)).toEqual(['u-1', 'u-2', 'u-3', 'u-4']);
      // The load history and leads_raw show the name the user gave, not the stage key.
      const raw = await s.lp.warehouse.query('SELECT DISTINCT file_name FROM leads_raw ORDER BY 1');
      expect(raw.map((r) => r.file_name)).toEqual(['other.csv', 'same.csv']);
      // Exactly once per (name, checksum): the first file's bytes again are skipped.
      const again = await s.upload('/upload-and-load', 'same.csv', csv(['u-1', 'u-2']), withKey);
      expect(again.status).toBe(200);
      expect(again.body.file).toMatchObject({ file: 'same.csv', checksum: a.checksum, status: 'SKIPPED' });
    } finally {
      await s.close();
    }
  });

  it('keeps names cut to 200 characters apart by their extension and their content', async () => {
    const s = await serve({ apiKey: TEST_API_KEY });
    try {
      const long = 'A'.repeat(300);
      const json = await s.upload('/upload', `${long}.json`, '[{"Prospect ID":"l-1"}]', withKey);
      const csvFile = await s.upload('/upload', `${long}.csv`, csv(['l-2']), withKey);
      expect([json.status, csvFile.status]).toEqual([201, 201]);
      const a = json.body.file as { name: string; key: string };
      const b = csvFile.body.file as { name: string; key: string };
      expect(a.name).toBe(`${'A'.repeat(195)}.json`);
      expect(b.name).toBe(`${'A'.repeat(196)}.csv`);
      expect(a.key.length).toBeLessThanOrEqual(200);
      expect(b.key.length).toBeLessThanOrEqual(200);
      expect(a.key).not.toBe(b.key);
      const loaded = await s.upload('/upload-and-load', 'x.csv', csv(['l-3']), withKey);
      expect(loaded.status).toBe(200);
      const ids = await s.lp.warehouse.query('SELECT prospect_id FROM leads_final ORDER BY 1');
      expect(ids.map((r) => r.prospect_id)).toEqual(['l-1', 'l-2', 'l-3']);
    } finally {
      await s.close();
    }
  });
});
