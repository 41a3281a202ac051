/**
 * The API's static plugin for the dashboard (packages/pipeline/src/api/web-static.ts), on a bare Fastify app
 * shaped like the API's: `/` is a JSON index, `/leads` a route, unknown paths a problem+json 404.
 */
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webStatic } from '../../pipeline/src/api/web-static.ts';
import { CACHE_IMMUTABLE as IMMUTABLE, CACHE_REVALIDATE as REVALIDATE } from '../static-files.ts';

const INDEX =
  '<!doctype html><html><body><div id="root"></div><script type="module" src="./assets/app-abc123.js"></script></body></html>';
const APP_JS = `console.log(${JSON.stringify('x'.repeat(3000))});`;

async function apiLike(root: string | null | undefined): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  app.setNotFoundHandler((req, reply) =>
    reply.code(404).type('application/problem+json').send({ status: 404, code: 'E_NOT_FOUND' }),
  );
  app.get('/', async () => ({ name: 'leadpipe' }));
  app.get('/leads', async () => ({ items: [] }));
  await app.register(webStatic, root === undefined ? {} : { root });
  await app.ready();
  return app;
}

describe('serving the dashboard from the API (web-static)', () => {
  let root: string;
  let app: FastifyInstance;

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'leadpipe-web-static-'));
    await mkdir(path.join(root, 'assets'));
    await writeFile(path.join(root, 'index.html'), INDEX);
    await writeFile(path.join(root, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    await writeFile(path.join(root, 'assets/app-abc123.js'), APP_JS);
    await writeFile(path.join(root, 'assets/app-abc123.js.gz'), gzipSync(APP_JS));
    await writeFile(path.join(root, 'assets/app-abc123.js.br'), brotliCompressSync(APP_JS));
    await writeFile(path.join(root, '.secret'), 'no');
    await writeFile(path.join(os.tmpdir(), 'outside-web-root.txt'), 'no');
    app = await apiLike(root);
  });
  afterAll(async () => {
    await app?.close();
    await rm(root, { recursive: true, force: true });
  });

  it('gives a browser the dashboard at / and API clients the JSON index', async () => {
    const page = await app.inject({
      url: '/',
      headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
    });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['cache-control']).toBe(REVALIDATE);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(String(page.headers.vary)).toContain('accept');
    expect(page.body).toBe(INDEX);
    const json = await app.inject({ url: '/', headers: { accept: '*/*' } });
    expect(json.json()).toEqual({ name: 'leadpipe' });
    expect(String(json.headers.vary)).toContain('accept');
    expect((await app.inject({ url: '/index.html' })).body).toBe(INDEX);
  });

  it('serves hashed assets with their type, a one-year immutable cache, and precompressed when accepted', async () => {
    const plain = await app.inject({ url: '/assets/app-abc123.js' });
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(plain.headers['cache-control']).toBe(IMMUTABLE);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(APP_JS);
    const br = await app.inject({
      url: '/assets/app-abc123.js',
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.rawPayload.length).toBeLessThan(APP_JS.length / 10);
    const gz = await app.inject({ url: '/assets/app-abc123.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(String(gz.headers.vary)).toContain('accept-encoding');
    const svg = await app.inject({ url: '/favicon.svg' });
    expect([svg.headers['content-type'], svg.headers['cache-control']]).toEqual([
      'image/svg+xml',
      REVALIDATE,
    ]);
  });

  it('answers a matching ETag with 304 and HEAD without a body', async () => {
    const first = await app.inject({ url: '/assets/app-abc123.js' });
    const again = await app.inject({
      url: '/assets/app-abc123.js',
      headers: { 'if-none-match': String(first.headers.etag) },
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    const head = await app.inject({ method: 'HEAD', url: '/assets/app-abc123.js' });
    expect(head.statusCode).toBe(200);
    expect(head.body).toBe('');
  });

  it('leaves API routes and API 404s alone, and sends browsers on stray paths to the dashboard', async () => {
    expect((await app.inject({ url: '/leads', headers: { accept: 'text/html' } })).json()).toEqual({
      items: [],
    });
    const stray = await app.inject({ url: '/some/old/link', headers: { accept: 'text/html' } });
    expect([stray.statusCode, stray.body]).toEqual([200, INDEX]);
    const api404 = await app.inject({ url: '/no-such-route', headers: { accept: 'application/json' } });
    expect(api404.statusCode).toBe(404);
    expect(api404.json()).toMatchObject({ code: 'E_NOT_FOUND' });
    const missingAsset = await app.inject({ url: '/assets/gone-123.js', headers: { accept: 'text/html' } });
    expect(missingAsset.statusCode).toBe(404);
  });

  it('serves nothing outside its folder, and no dot files', async () => {
    for (const url of [
      '/../outside-web-root.txt',
      '/%2e%2e/outside-web-root.txt',
      '/assets/..%2f..%2foutside-web-root.txt',
      '/.secret',
      '/%00',
    ]) {
      const r = await app.inject({ url, headers: { accept: 'application/json' } });
      expect(r.statusCode, url).toBe(404);
      expect(r.body, url).not.toBe('no');
    }
  });

  it('does nothing without a build: / stays the JSON index', async () => {
    const bare = await apiLike(null);
    try {
      expect((await bare.inject({ url: '/', headers: { accept: 'text/html' } })).json()).toEqual({
        name: 'leadpipe',
      });
      expect((await bare.inject({ url: '/favicon.svg' })).statusCode).toBe(404);
    } finally {
      await bare.close();
    }
  });

  it('finds the web package’s own build by default', async () => {
    const real = await apiLike(undefined);
    try {
      const page = await real.inject({ url: '/', headers: { accept: 'text/html' } });
      expect(page.body).toContain('<div id="root"></div>');
      const entry = /src="\.\/(assets\/index-[^"]+\.js)"/.exec(page.body)?.[1];
      expect((await real.inject({ url: `/${entry}` })).headers['content-type']).toBe(
        'text/javascript; charset=utf-8',
      );
    } finally {
      await real.close();
    }
  });
});
