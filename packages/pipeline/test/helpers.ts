/**
 * Test helpers: temporary data homes, the real dataset's path, and running the CLI as a child process.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '../src/config/config.ts';
import { loadConfigOrThrow } from '../src/config/config.ts';
import type { Leadpipe } from '../src/pipeline/context.ts';
import { openLeadpipe } from '../src/pipeline/context.ts';

/** The repository root. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** `../shared` beside the repository (the real dataset and tools; CI has it too). */
export const SHARED = path.resolve(REPO_ROOT, '../shared');
/** The real lead dataset (9,240 rows). */
export const REAL_LEADS = path.join(SHARED, 'data/leads.csv');
/** The dirty/scaled lead generator. */
export const MAKE_LEADS = path.join(SHARED, 'tools/make-leads.mjs');
/** The CLI entry point. */
export const CLI = path.join(REPO_ROOT, 'packages/pipeline/bin/leadpipe.js');

if (!existsSync(REAL_LEADS)) throw new Error(`the shared dataset is missing at ${REAL_LEADS}`);

/** A fresh temporary directory, removed by the returned cleanup. */
export async function tempDir(
  prefix = 'leadpipe-test-',
): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** A configuration for a temporary home, isolated from the environment. */
export function testConfig(home: string, flags: Record<string, unknown> = {}): Config {
  return loadConfigOrThrow({ env: {}, cwd: home, flags: { home, ...flags } });
}

/** Opens a leadpipe on a fresh temporary home. */
export async function openTemp(
  flags: Record<string, unknown> = {},
): Promise<{ lp: Leadpipe; home: string; cleanup: () => Promise<void> }> {
  const { dir, cleanup } = await tempDir();
  const lp = await openLeadpipe(testConfig(dir, flags));
  return {
    lp,
    home: dir,
    cleanup: async () => {
      await lp.close().catch(() => undefined);
      await cleanup();
    },
  };
}

/** The first value of the first row `sql` returns, as a number (a `count(*)`, say). */
export async function count(lp: Leadpipe, sql: string): Promise<number> {
  const rows = await lp.warehouse.query(sql);
  return Number(Object.values(rows[0] ?? {})[0]);
}

/** Runs a node script and resolves with its exit code and output. */
export function runNode(
  args: string[],
  options: {
    env?: Record<string, string>;
    /** Called with all stderr so far on each chunk; `signal` sends the child a signal (once). */
    onStderr?: (text: string, kill: () => void, signal: (name: NodeJS.Signals) => void) => void;
    /** Called with all stdout so far on each chunk. */
    onStdout?: (text: string, signal: (name: NodeJS.Signals) => void) => void;
    timeoutMs?: number;
  } = {},
): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
    let signalled = false;
    const signal = (name: NodeJS.Signals): void => {
      if (!signalled) child.kill(name);
      signalled = true;
    };
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      options.onStdout?.(stdout, signal);
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      options.onStderr?.(stderr, () => child.kill('SIGKILL'), signal);
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** Runs the leadpipe CLI. */
export function runCli(
  args: string[],
  options: Parameters<typeof runNode>[1] = {},
): ReturnType<typeof runNode> {
  return runNode([CLI, ...args], options);
}

/** Generates a lead file with the shared generator; returns its path and expected sidecar. */
export async function makeLeads(
  out: string,
  args: string[],
): Promise<{ file: string; expected: MakeLeadsExpected }> {
  const r = await runNode([MAKE_LEADS, '--out', out, '--quiet', ...args]);
  if (r.code !== 0) throw new Error(`make-leads failed: ${r.stderr}`);
  const { readFile } = await import('node:fs/promises');
  return {
    file: out,
    expected: JSON.parse(await readFile(out + '.expected.json', 'utf8')) as MakeLeadsExpected,
  };
}

/** The parts of make-leads' `.expected.json` the tests use. */
export interface MakeLeadsExpected {
  expected: {
    rows_total: number;
    accept: number;
    reject: number;
    insert: number;
    update: number;
    final_rows: number;
    final_converted: number;
  };
  lines: Record<string, (number | [number, number])[]>;
}
