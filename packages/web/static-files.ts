/**
 * How the dashboard's built files are served: content type and cache policy by file. One table for both
 * ways they reach browsers, the API server (`leadpipe serve` at `/`) and the S3 deploy. Node only; no
 * dependencies, so the server can import it without the front-end toolchain.
 */
import path from 'node:path';

/** Content types by extension (the build emits only these). */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** Cache-Control of content-hashed files (`assets/name-HASH.js`): they never change under one name. */
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
/** Cache-Control of `index.html` and other unhashed files: revalidate on every visit. */
export const CACHE_REVALIDATE = 'no-cache';

/** The content type of a file name (`application/octet-stream` when unknown). */
export function contentTypeOf(name: string): string {
  return CONTENT_TYPES[path.extname(name).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The Cache-Control of a built file by its path relative to the build folder (`/` separators): forever for
 * the content-hashed `assets/`, revalidated on every visit for the rest.
 */
export function cacheControlOf(relativePath: string): string {
  return relativePath.startsWith('assets/') ? CACHE_IMMUTABLE : CACHE_REVALIDATE;
}
