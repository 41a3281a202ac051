/**
 * The benchmark suite: the CLI's start time (`leadpipe --help`, checkout and built), ingest end to end at 100k, 1M and 5M rows (each against DuckDB's own read_csv of the
 * same file, with peak RSS), scoring (TypeScript batch and in-warehouse SQL), the ceiling of a JavaScript
 * scalar function in DuckDB (udf-floor.ts) and the API (autocannon on
 * loopback). Each benchmark runs in its own child process, so peak RSS is that run's own; the outputs,
 * wall times, machine, date and command go to `BENCHMARKS.md` at the repository root.
 *
 *   npm run bench                 (everything: takes a while, the 5M run alone several minutes)
 *   npm run bench -- --quick      (100k ingest, 100k scoring, API 5 s per run)
 *   npm run bench -- --skip 5m    (leave out steps by id: cli, 100k, 1m, 5m, score, floor, api)
 */
import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../../..');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const skipAt = args.indexOf('--skip');
const skip = new Set(skipAt >= 0 ? (args[skipAt + 1] ?? '').split(',') : []);

interface Step {
  id: string;
  title: string;
  script: string;
  args: string[];
}
const steps: Step[] = [
  { id: 'cli', title: 'CLI start (leadpipe --help)', script: 'cli-start.ts', args: [] },
  { id: '100k', title: 'Ingest, 100,000 rows', script: 'ingest.ts', args: ['--rows', '100000'] },
  { id: '1m', title: 'Ingest, 1,000,000 rows', script: 'ingest.ts', args: ['--rows', '1000000'] },
  { id: '5m', title: 'Ingest, 5,000,000 rows', script: 'ingest.ts', args: ['--rows', '5000000'] },
  {
    id: 'score',
    title: 'Scoring',
    script: 'score.ts',
    args: quick ? ['--rows', '100000'] : ['--rows', '1000000'],
  },
  {
    id: 'floor',
    title: 'Scoring function ceiling (JavaScript in DuckDB)',
    script: 'udf-floor.ts',
    args: quick ? ['--rows', '100000'] : ['--rows', '1000000'],
  },
  { id: 'api', title: 'API', script: 'api.ts', args: ['--duration', quick ? '5' : '10'] },
].filter((s) => !skip.has(s.id) && !(quick && (s.id === '1m' || s.id === '5m')));

/** Runs one benchmark, echoing its output; resolves with the output, wall time and exit code. */
function runStep(step: Step): Promise<{ output: string; ms: number; code: number | null }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, step.script), ...step.args], {
      cwd: repo,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const take = (d: Buffer): void => {
      process.stdout.write(d);
      output += d.toString();
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('error', reject);
    child.on('close', (code) => resolve({ output, ms: performance.now() - t0, code }));
  });
}

const started = new Date();
const results: { step: Step; output: string; ms: number; code: number | null }[] = [];
for (const step of steps) {
  console.log(`\n== ${step.title} (${step.script} ${step.args.join(' ')})`);
  results.push({ step, ...(await runStep(step)) });
}

const cpu = os.cpus();
const lines = [
  '# Benchmarks',
  '',
  `Written by \`npm run bench${args.length ? ' -- ' + args.join(' ') : ''}\` (\`packages/pipeline/bench/run-all.ts\`).`,
  'Every figure below is the output of that run, unedited; each benchmark ran in its own process.',
  '',
  `- Date: ${started.toISOString()}`,
  `- Machine: ${cpu.length} x ${cpu[0]?.model ?? '?'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.type()} ${os.release()}`,
  `- Node ${process.version}`,
  '',
  '| Benchmark | Command | Wall time | Exit |',
  '| --- | --- | --- | --- |',
  ...results.map(
    (r) =>
      `| ${r.step.title} | \`npx tsx packages/pipeline/bench/${r.step.script} ${r.step.args.join(' ')}\` | ${(r.ms / 1000).toFixed(1)} s | ${r.code} |`,
  ),
  '',
  ...results.flatMap((r) => [`## ${r.step.title}`, '', '```text', r.output.trim(), '```', '']),
];
const skipped = ['100k', '1m', '5m', 'score', 'api'].filter((id) => !results.some((r) => r.step.id === id));
if (skipped.length) lines.push(`Not run in this invocation: ${skipped.join(', ')}.`, '');
// The Models section is written by `npm run bench:models` (bench/models.ts): kept as it is.
const previous = await readFile(path.join(repo, 'BENCHMARKS.md'), 'utf8').catch(() => '');
const models = /<!-- models:start -->[\s\S]*<!-- models:end -->/.exec(previous)?.[0];
if (models) lines.push(models, '');
await writeFile(path.join(repo, 'BENCHMARKS.md'), lines.join('\n'));
console.log(`\nwrote ${path.join(repo, 'BENCHMARKS.md')}`);
if (results.some((r) => r.code !== 0)) process.exit(1);
