/**
 * Serves the dashboard's production build (`packages/web/dist`, see `npm run build:web`) from the API at
 * `/`. A browser asking for `/` (Accept: text/html) gets the dashboard; API clients asking for `/` keep
 * getting the JSON index. Hashed assets (`/assets/*`) are cached for a year; `index.html` is revalidated
 * on every visit (ETag). Brotli or gzip copies written by the build are sent when the client accepts them.
 * Other unknown GET paths that want HTML fall back to `index.html` (the dashboard routes by URL hash, so
 * this only catches stray links). API routes always win: the plugin only answers requests no route matched.
 * The dashboard is the web package's build in a checkout, or the copy in the published package's `web/`.
 * Without either (e.g. in the Lambda image) it does nothing.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** Options of {@link webStatic}. */
export interface WebStaticOptions {
  /**
   * The built dashboard folder (with `index.html`). Default: `@leadpipe/web`'s `dist/` when it is built;
   * `null` turns the plugin off.
   */
  root?: string | null;
}

/**
 * The dashboard page's Content-Security-Policy: scripts and styles from this origin only (recharts sets
 * inline style attributes, hence `'unsafe-inline'` for styles), API calls to this origin (and to the build's
 * API base, when it names another one, through `connect-src`).
 */
export const DASHBOARD_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self' https: http:; font-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

interface FileEntry {
  body: Buffer;
  etag: string;
  gzip?: Buffer;
  br?: Buffer;
  mtimeMs: number;
}

type StaticFiles = typeof import('@leadpipe/web/static-files');

/**
 * The dashboard copied into the published package (`web/` beside `dist/`, see scripts/build.ts), from
 * `src/api/` or `dist/api/` alike.
 */
export const PACKED_WEB_DIR: string = fileURLToPath(new URL('../../web/', import.meta.url));

/**
 * The built dashboard's folder and serving rules, or null without either. In a checkout: the web package's
 * build and rules. In the published package (no `@leadpipe/web`): the copy in `web/` and the rules
 * compiled beside the code (`dist/web-static-files.js`). The Lambda image has neither.
 */
async function webPackage(): Promise<{ distDir: string | null; files: StaticFiles } | null> {
  try {
    const [{ webDistDir }, files] = await Promise.all([
      import('@leadpipe/web/dist-dir'),
      import('@leadpipe/web/static-files'),
    ]);
    return { distDir: webDistDir(), files };
  } catch {
    if (!existsSync(path.join(PACKED_WEB_DIR, 'index.html'))) return null;
    try {
      // A computed URL: the compiled rules exist only in dist/, which the type checker does not see.
      const rules = new URL('../web-static-files.js', import.meta.url).href;
      return { distDir: PACKED_WEB_DIR, files: (await import(rules)) as StaticFiles };
    } catch {
      return null;
    }
  }
}

async function optional(file: string): Promise<Buffer | undefined> {
  try {
    return await readFile(file);
  } catch {
    return undefined;
  }
}

/** Whether the request's Accept header asks for an HTML page (a browser navigating). */
export function wantsHtml(req: FastifyRequest): boolean {
  const accept = req.headers.accept;
  return typeof accept === 'string' && accept.includes('text/html');
}

function acceptedEncoding(req: FastifyRequest, entry: FileEntry): 'br' | 'gzip' | null {
  const header = req.headers['accept-encoding'];
  const accepts = typeof header === 'string' ? header : '';
  if (entry.br && /\bbr\b/.test(accepts)) return 'br';
  if (entry.gzip && /\bgzip\b/.test(accepts)) return 'gzip';
  return null;
}

/**
 * A Fastify plugin serving the built dashboard (registered on the root instance, not encapsulated, so its
 * hook sees every request).
 *
 * @example
 * await app.register(webStatic); // in buildApp, before the routes or after: API routes always win
 */
export async function webStatic(app: FastifyInstance, options: WebStaticOptions = {}): Promise<void> {
  const web = options.root === null ? null : await webPackage();
  const root = options.root === undefined ? web?.distDir : options.root;
  if (!root || !web) {
    app.log.debug('dashboard not built (npm run build:web): / serves the API index only');
    return;
  }
  const base = path.resolve(root);
  const cache = new Map<string, FileEntry>();

  // The file under `base` for a URL path, or null (no traversal, no dot files, no directories).
  const load = async (urlPath: string): Promise<{ entry: FileEntry; file: string } | null> => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(urlPath);
    } catch {
      return null;
    }
    if (decoded.includes('\0') || decoded.split('/').some((part) => part.startsWith('.'))) return null;
    const file = path.resolve(base, '.' + path.posix.normalize(decoded));
    if (!file.startsWith(base + path.sep)) return null;
    let info;
    try {
      info = await stat(file);
    } catch {
      return null;
    }
    if (!info.isFile()) return null;
    const cached = cache.get(file);
    if (cached && cached.mtimeMs === info.mtimeMs) return { entry: cached, file };
    const body = await readFile(file);
    const entry: FileEntry = {
      body,
      etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
      mtimeMs: info.mtimeMs,
    };
    const [gzip, br] = await Promise.all([optional(`${file}.gz`), optional(`${file}.br`)]);
    if (gzip) entry.gzip = gzip;
    if (br) entry.br = br;
    cache.set(file, entry);
    return { entry, file };
  };

  const send = (req: FastifyRequest, reply: FastifyReply, file: string, entry: FileEntry): FastifyReply => {
    const ext = path.extname(file).toLowerCase();
    const relative = path.relative(base, file).split(path.sep).join('/');
    reply.header('content-type', web.files.contentTypeOf(relative));
    reply.header('cache-control', web.files.cacheControlOf(relative));
    reply.header('etag', entry.etag);
    reply.header('vary', [reply.getHeader('vary'), 'accept-encoding'].filter(Boolean).join(', '));
    reply.header('x-content-type-options', 'nosniff');
    if (ext === '.html') {
      reply.header('content-security-policy', DASHBOARD_CSP);
      reply.header('referrer-policy', 'same-origin');
    }
    if (req.headers['if-none-match'] === entry.etag) return reply.code(304).send();
    const encoding = acceptedEncoding(req, entry);
    const body = encoding === 'br' ? entry.br : encoding === 'gzip' ? entry.gzip : entry.body;
    if (encoding) reply.header('content-encoding', encoding);
    return reply.code(200).send(body);
  };

  app.addHook('onRequest', async (req, reply) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return;
    const urlPath = req.url.split('?')[0] ?? '/';
    const routed = req.routeOptions.url !== undefined;
    if (urlPath === '/' || urlPath === '/index.html') {
      // `/` is also the API's JSON index: browsers (Accept: text/html) get the dashboard, API clients the index.
      if (urlPath === '/') reply.header('vary', 'accept');
      if (urlPath === '/' && !wantsHtml(req)) return;
      const index = await load('/index.html');
      if (index) return send(req, reply, index.file, index.entry);
      return;
    }
    if (routed) return;
    const found = await load(urlPath);
    if (found) return send(req, reply, found.file, found.entry);
    // A stray deep link (no such file): the dashboard itself, when a browser navigates there.
    if (wantsHtml(req) && path.extname(urlPath) === '') {
      const index = await load('/index.html');
      if (index) return send(req, reply, index.file, index.entry);
    }
  });
}

// Registered on the root instance rather than encapsulated (what fastify-plugin does), so the hook above
// applies to every request, including those no route matched.
(webStatic as unknown as Record<symbol, boolean>)[Symbol.for('skip-override')] = true;
