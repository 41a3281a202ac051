/**
 * Where the dashboard's production build lives, for the API server to serve it (`leadpipe serve` at `/`).
 * Node only; no dependencies, so the server can import it without the front-end toolchain.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of `packages/web/dist/` (built by `npm run build:web`), whether or not it exists yet. */
export const WEB_DIST_PATH: string = fileURLToPath(new URL('./dist/', import.meta.url));

/**
 * The absolute path of the built dashboard (`packages/web/dist/`), or `null` when it has not been built
 * (no `index.html` there).
 *
 * @example
 * const root = webDistDir();
 * if (root) await app.register(webStatic, { root });
 */
export function webDistDir(): string | null {
  return existsSync(path.join(WEB_DIST_PATH, 'index.html')) ? WEB_DIST_PATH : null;
}
