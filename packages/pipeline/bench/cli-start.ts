/**
 * How fast `leadpipe --help` starts: the median wall time of 10 runs (after one warm-up) of the checkout's
 * command (`bin/leadpipe.js`, TypeScript through tsx) and of the built one (`dist/cli/main.js`, what the
 * published package runs; built first with `npm run build` when missing). Target: under 300 ms.
 *
 *   tsx packages/pipeline/bench/cli-start.ts [--runs 10]
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const pkg = fileURLToPath(new URL('..', import.meta.url));
const runsAt = process.argv.indexOf('--runs');
const runs = runsAt >= 0 ? Number(process.argv[runsAt + 1]) : 10;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median ms of `node <entry> --help`, checking it printed the usage (`node -e 0` for the floor). */
function time(entry: string | null): number {
  const once = (): number => {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, entry ? [entry, '--help'] : ['-e', '0'], { encoding: 'utf8' });
    const ms = performance.now() - t0;
    if (r.status !== 0 || (entry && !r.stdout.includes('Usage: leadpipe')))
      throw new Error(`${entry} --help failed: ${r.stderr}`);
    return ms;
  };
  once();
  return median(Array.from({ length: runs }, once));
}

const dist = path.join(pkg, 'dist/cli/main.js');
if (!existsSync(dist)) {
  const built = spawnSync('npm', ['run', 'build'], { cwd: pkg, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('npm run build failed');
}
const tsxMs = time(path.join(pkg, 'bin/leadpipe.js'));
const distMs = time(dist);
// Node's own start on this machine at this moment: the floor no CLI can go under, for reading the others.
const nodeMs = time(null);
const line = (label: string, ms: number): string =>
  `${label.padEnd(44)} ${ms.toFixed(0).padStart(5)} ms ${ms < 300 ? '(under 300 ms)' : '(over the 300 ms target)'}`;
process.stdout.write(
  `leadpipe --help start time, median of ${runs} runs:\n` +
    `${line('checkout (bin/leadpipe.js: src through tsx)', tsxMs)}\n` +
    `${line('built (dist/cli/main.js, the published package)', distMs)}\n` +
    `${'node -e 0 (the floor, same runs)'.padEnd(44)} ${nodeMs.toFixed(0).padStart(5)} ms\n`,
);
