/**
 * API benchmark: autocannon on loopback against the API serving the real dataset (9,240 leads), for
 * `GET /leads?limit=50`, `GET /stats` and `POST /score-lead`. Each route runs twice: flat out (req/s,
 * p50, p99) and at the issue's target rate (2,000 req/s for scoring, 1,000 req/s for the rest) with the
 * target p99 checked. The server runs in a child process (the same `startServer` as `leadpipe serve`,
 * JSON logs at info to a file), so autocannon does not share its event loop. Rate limiting is off in that
 * server (LEADPIPE_RATE_LIMIT = LEADPIPE_WRITE_RATE_LIMIT = 0): autocannon is one client sending thousands of
 * requests a second, which a default server would answer with 429 after 600 in a minute.
 *
 *   npm run bench:api                       (10 s per run)
 *   npm run bench:api -- --duration 5 --uncached   (also GET /leads with the read cache off)
 */
import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { loadConfigOrThrow } from '../src/config/config.ts';
import { openLeadpipe } from '../src/pipeline/context.ts';
import { runPipeline } from '../src/pipeline/run.ts';

const HERE = fileURLToPath(import.meta.url);
const DATASET = fileURLToPath(new URL('../../../../shared/data/leads.csv', import.meta.url));
const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

/** The bench server's API settings: any free port, and no rate limits (one client, flat out). */
const BENCH_API = { port: 0, rateLimit: 0, writeRateLimit: 0 };

/** Child mode: serve `home` and print the URL on stderr (stdout carries the JSON logs). */
async function serve(home: string, cacheTtlMs: number): Promise<void> {
  const { startServer } = await import('../src/api/server.ts');
  const config = loadConfigOrThrow({ env: {}, cwd: home, flags: { home, api: BENCH_API } });
  const server = await startServer(config, { cacheTtlMs });
  process.stderr.write(`URL ${server.url}\n`);
  process.once('SIGTERM', () => void server.close().then(() => process.exit(0)));
}

interface Scenario {
  name: string;
  method: 'GET' | 'POST';
  path: string;
  body?: string;
  /** Target rate and p99 (ms) from the issue; undefined where the issue sets none. */
  rate: number;
  p99Target?: number;
}

interface Measured {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

function run(url: string, s: Scenario, duration: number, rate?: number): Promise<Measured> {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: url + s.path,
        method: s.method,
        ...(s.body ? { body: s.body, headers: { 'content-type': 'application/json' } } : {}),
        // Fixed-rate runs use few connections: autocannon paces each connection, and 20 paced connections
        // add several ms of client-side burst to the p99 even against a hello-world Fastify here.
        connections: rate ? 5 : 10,
        duration,
        ...(rate ? { overallRate: rate } : {}),
      },
      (err, r) => {
        if (err) return reject(err);
        resolve({
          rps: r.requests.average,
          p50: r.latency.p50,
          p99: r.latency.p99,
          errors: r.errors + r.timeouts,
          non2xx: r.non2xx,
        });
      },
    );
  });
}

async function startChild(
  home: string,
  cacheTtlMs: number,
  logFile: string,
): Promise<{ url: string; stop: () => Promise<void> }> {
  const log = openSync(logFile, 'a');
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', HERE, '--serve', home, '--cache-ttl', String(cacheTtlMs)],
    {
      stdio: ['ignore', log, 'pipe'],
    },
  );
  closeSync(log);
  let err = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr?.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /URL (\S+)/.exec(err);
      if (m) resolve(m[1] as string);
    });
    child.once('exit', (code) => reject(new Error(`server exited ${code}: ${err}`)));
  });
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

async function main(): Promise<void> {
  const duration = Number(flag('--duration') ?? 10);
  const home = await mkdtemp(path.join(os.tmpdir(), 'leadpipe-bench-api-'));
  try {
    const lp = await openLeadpipe(loadConfigOrThrow({ env: {}, cwd: home, flags: { home } }));
    const t0 = performance.now();
    const summary = await runPipeline(lp, [DATASET]);
    await lp.close();
    console.log(
      `loaded ${summary.totals.rowsLoaded} leads in ${((performance.now() - t0) / 1000).toFixed(1)} s (task ${summary.task.state}, ${summary.task.scored} scored)`,
    );
    console.log(
      `machine: ${os.cpus().length} x ${os.cpus()[0]?.model ?? '?'}, node ${process.version}, load average ${os
        .loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')}`,
    );
    console.log(
      `rate limiting: off in the bench server (rateLimit ${BENCH_API.rateLimit}, writeRateLimit ${BENCH_API.writeRateLimit}; a default server allows 600 reads and 60 uploads per minute per client)`,
    );
    const lead = {
      prospect_id: 'bench-lead',
      lead_origin: 'Landing Page Submission',
      lead_source: 'Google',
      do_not_email: 'No',
      total_visits: 5,
      total_time_spent_on_website: 674,
      page_views_per_visit: 2.5,
      last_activity: 'Email Opened',
      country: 'India',
      specialization: 'Finance Management',
      what_is_your_current_occupation: 'Unemployed',
    };
    const scenarios: Scenario[] = [
      { name: 'GET /leads?limit=50', method: 'GET', path: '/leads?limit=50', rate: 1000, p99Target: 20 },
      { name: 'GET /stats', method: 'GET', path: '/stats', rate: 1000 },
      {
        name: 'POST /score-lead',
        method: 'POST',
        path: '/score-lead',
        body: JSON.stringify(lead),
        rate: 2000,
        p99Target: 5,
      },
    ];
    const rows: string[] = [];
    const line = (s: string, mode: string, m: Measured, target?: string): void => {
      const text = `${s.padEnd(28)} ${mode.padEnd(16)} ${m.rps.toFixed(0).padStart(7)} req/s  p50 ${String(m.p50).padStart(4)} ms  p99 ${String(m.p99).padStart(5)} ms  errors ${m.errors} non-2xx ${m.non2xx}${target ? `  ${target}` : ''}`;
      rows.push(text);
      console.log(text);
    };
    const logFile = path.join(home, 'server.log');
    const cached = await startChild(home, 10_000, logFile);
    try {
      for (const s of scenarios) {
        await run(cached.url, s, 2); // warm-up: JIT, caches, connections
        line(s.name, 'max', await run(cached.url, s, duration));
        const m = await run(cached.url, s, duration, s.rate);
        const verdict =
          s.p99Target === undefined
            ? undefined
            : m.p99 < s.p99Target
              ? `target p99 < ${s.p99Target} ms: met`
              : `target p99 < ${s.p99Target} ms: MISSED`;
        line(s.name, `at ${s.rate} req/s`, m, verdict);
      }
    } finally {
      await cached.stop();
    }
    if (args.includes('--uncached')) {
      const uncached = await startChild(home, 0, logFile);
      try {
        const s = scenarios[0] as Scenario;
        await run(uncached.url, s, 2);
        line(`${s.name} (no read cache)`, 'max', await run(uncached.url, s, duration));
      } finally {
        await uncached.stop();
      }
    }
    console.log(`\nserver log: JSON lines at info, one per request (${logFile} while the bench runs)`);
  } finally {
    await rm(home, { recursive: true, force: true });
  }
}

if (args[0] === '--serve') await serve(args[1] as string, Number(flag('--cache-ttl') ?? 10_000));
else await main();
