/**
 * Builds the dashboard with Vite in a child process, and tells whether the current build is stale (older
 * than any source file), so `npm start` and the test setup build only when they need to.
 *
 * Run directly: `tsx packages/web/scripts/build-web.ts [--if-stale]`.
 */
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The web package's folder. */
export const WEB_ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Where `vite build` writes the build served by `leadpipe serve`. */
export const DIST = path.join(WEB_ROOT, 'dist');
const VITE_BIN = fileURLToPath(new URL('../../../node_modules/vite/bin/vite.js', import.meta.url));
const SOURCES = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json', 'scripts/build-web.ts'];

function newestMtime(file: string): number {
  let info;
  try {
    info = statSync(file);
  } catch {
    return 0;
  }
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const name of readdirSync(file)) newest = Math.max(newest, newestMtime(path.join(file, name)));
  return newest;
}

/** Whether `dist/` is missing or older than a source file (tests beside the code count too: cheap and safe). */
export function buildIsStale(outDir = DIST): boolean {
  const built = newestMtime(path.join(outDir, 'index.html'));
  if (built === 0) return true;
  return SOURCES.some((s) => newestMtime(path.join(WEB_ROOT, s)) > built);
}

/** Options of {@link buildWeb}. */
export interface BuildOptions {
  /** Output folder (default `packages/web/dist`). */
  outDir?: string;
  /** The API's base URL baked into the build (`VITE_LEADPIPE_API_BASE`); default: same origin. */
  apiBase?: string;
  /** Print Vite's output (default: only on failure). */
  verbose?: boolean;
}

/**
 * Runs `vite build` for the web package; rejects with Vite's output when it fails.
 *
 * @example
 * await buildWeb({ outDir: '/tmp/site', apiBase: 'https://api.example.com' });
 */
export function buildWeb(options: BuildOptions = {}): Promise<void> {
  const args = [VITE_BIN, 'build', '--config', path.join(WEB_ROOT, 'vite.config.ts'), '--logLevel', 'warn'];
  if (options.outDir) args.push('--outDir', path.resolve(options.outDir), '--emptyOutDir');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: WEB_ROOT,
      // NODE_ENV=production: under vitest it is "test", and Vite would then bundle React's development build.
      env: { ...process.env, NODE_ENV: 'production', VITE_LEADPIPE_API_BASE: options.apiBase ?? '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => {
      output += d.toString();
      if (options.verbose) process.stdout.write(d);
    });
    child.stderr.on('data', (d: Buffer) => {
      output += d.toString();
      if (options.verbose) process.stderr.write(d);
    });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`vite build failed (exit ${code}):\n${output}`)),
    );
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const ifStale = process.argv.includes('--if-stale');
  if (ifStale && !buildIsStale()) {
    process.stdout.write(`dashboard build is up to date (${DIST})\n`);
  } else {
    const started = performance.now();
    await buildWeb({ verbose: true });
    process.stdout.write(
      `dashboard built in ${((performance.now() - started) / 1000).toFixed(1)} s: ${DIST}\n`,
    );
  }
}
