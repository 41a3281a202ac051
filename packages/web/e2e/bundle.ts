/**
 * The production build's first-load JavaScript: the entry script of `index.html` and the modules it
 * preloads, with their gzipped sizes (what a browser downloads before the first screen).
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** One JavaScript file and its sizes in bytes. */
export interface BundleFile {
  file: string;
  bytes: number;
  gzipBytes: number;
}

/** First-load and total JavaScript of a build. */
export interface BundleReport {
  firstLoad: BundleFile[];
  firstLoadGzipBytes: number;
  all: BundleFile[];
  allGzipBytes: number;
}

async function sizes(dist: string, rel: string): Promise<BundleFile> {
  const body = await readFile(path.join(dist, rel));
  return {
    file: rel,
    bytes: (await stat(path.join(dist, rel))).size,
    gzipBytes: gzipSync(body, { level: 9 }).length,
  };
}

/** Measures `dist/`: scripts and module preloads named by `index.html`, and every JS file. */
export async function bundleReport(dist: string): Promise<BundleReport> {
  const html = await readFile(path.join(dist, 'index.html'), 'utf8');
  const refs = new Set<string>();
  for (const m of html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)) if (m[1]) refs.add(m[1]);
  for (const m of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g))
    if (m[1]) refs.add(m[1]);
  const firstLoad = await Promise.all([...refs].map((r) => sizes(dist, r.replace(/^\.?\//, ''))));
  const assets = (await readdir(path.join(dist, 'assets'))).filter((f) => f.endsWith('.js'));
  const all = await Promise.all(assets.map((f) => sizes(dist, `assets/${f}`)));
  const sum = (files: BundleFile[]): number => files.reduce((n, f) => n + f.gzipBytes, 0);
  return { firstLoad, firstLoadGzipBytes: sum(firstLoad), all, allGzipBytes: sum(all) };
}
