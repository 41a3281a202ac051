/**
 * Vite build of the dashboard. `VITE_LEADPIPE_API_BASE` (build time) is the API's URL; empty (default) means
 * the same origin, as when `leadpipe serve` serves the build. Text assets are also written gzipped and
 * brotli-compressed beside the originals, so the API server can send them compressed without compressing
 * per request.
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vite';

const root = path.dirname(fileURLToPath(import.meta.url));
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|map)$/;
/** API routes the dev server forwards to `leadpipe serve` (LEADPIPE_DEV_API, default http://127.0.0.1:8000). */
const API_PREFIXES = [
  '/leads',
  '/lead-count',
  '/stats',
  '/score-lead',
  '/model',
  '/upload',
  '/validate',
  '/pipeline',
  '/loads',
  '/healthcheck',
  '/docs',
];

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(full)));
    else out.push(full);
  }
  return out;
}

/** Writes `x.gz` and `x.br` next to every text asset over 1 KiB. */
function precompress(): Plugin {
  return {
    name: 'leadpipe-precompress',
    apply: 'build',
    async writeBundle(options) {
      const dir = options.dir ?? path.join(root, 'dist');
      for (const file of await filesUnder(dir)) {
        if (!COMPRESSIBLE.test(file) || (await stat(file)).size < 1024) continue;
        const body = await readFile(file);
        await writeFile(`${file}.gz`, gzipSync(body, { level: 9 }));
        await writeFile(
          `${file}.br`,
          brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        );
      }
    },
  };
}

export default defineConfig({
  root,
  // Relative asset URLs: the same build works at a bucket's root, under a CloudFront path, or from the API.
  base: './',
  plugins: [react(), precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // recharts alone is ~500 kB before gzip; it is in lazy chunks (Charts, Model), never in the first load.
    chunkSizeWarningLimit: 600,
  },
  server: {
    proxy: Object.fromEntries(
      API_PREFIXES.map((p) => [
        p,
        { target: process.env.LEADPIPE_DEV_API ?? 'http://127.0.0.1:8000', changeOrigin: true },
      ]),
    ),
  },
});
