/**
 * `leadpipe serve` as a child process on a free port, over a home loaded with the real dataset, for the
 * end-to-end tests: the same command a user runs, so the tests cover the CLI, the API and the static
 * dashboard together.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { CLI, REAL_LEADS, runCli, tempDir } from '../../pipeline/test/helpers.ts';

/** A running `leadpipe serve`. */
export interface ServedHome {
  url: string;
  home: string;
  /** Everything the server printed (JSON logs), for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

const ENV = (home: string, extra: Record<string, string> = {}): Record<string, string> => ({
  PATH: process.env.PATH ?? '',
  HOME: process.env.HOME ?? '',
  LEADPIPE_HOME: home,
  LEADPIPE_LOG_LEVEL: 'warn',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  ...extra,
});

/**
 * Loads the real dataset into a fresh home (`leadpipe run`), then starts `leadpipe serve --port 0` on it and
 * waits for its URL.
 */
export function serveRealDataset(): Promise<ServedHome> {
  return serveAfterRuns([{ args: ['run', REAL_LEADS, '--json'] }]);
}

/**
 * Runs each of `runs` (leadpipe arguments, extra environment such as `LEADPIPE_FAILPOINTS`) on a fresh home,
 * then starts `leadpipe serve --port 0` on it (without the extra environment) and waits for its URL.
 */
export async function serveAfterRuns(
  runs: { args: string[]; env?: Record<string, string> }[],
): Promise<ServedHome> {
  const { dir: home, cleanup } = await tempDir('leadpipe-web-e2e-');
  for (const r of runs) {
    const run = await runCli(r.args, { env: { ...ENV(home), ...r.env }, timeoutMs: 120_000 });
    if (run.code !== 0) {
      await cleanup();
      throw new Error(`leadpipe ${r.args[0]} failed (${run.code}): ${run.stderr}`);
    }
  }
  return serveHome(home, cleanup);
}

/**
 * Starts `leadpipe serve --port 0` on a home that is ready (loaded, scored) and not open elsewhere, with
 * extra environment settings (its key, its schema file); `cleanup` runs after the server stops.
 */
export async function serveHome(
  home: string,
  cleanup: () => Promise<void>,
  env: Record<string, string> = {},
): Promise<ServedHome> {
  let output = '';
  // cwd = the home, so no .env of the repository changes the server's settings (an API key, say).
  const child: ChildProcess = spawn(process.execPath, [CLI, 'serve', '--port', '0'], {
    cwd: home,
    env: ENV(home, env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr?.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-20_000)));
  const started = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`leadpipe serve did not start within 60 s:\n${output}`)),
      60_000,
    );
    child.stdout?.on('data', (d: Buffer) => {
      output = (output + d.toString()).slice(-20_000);
      const m = /listening on (http:\/\/\S+)/.exec(output);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1].replace(/\/$/, ''));
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`leadpipe serve exited with ${code}:\n${output}`));
    });
  });
  let url: string;
  try {
    url = await started;
  } catch (err) {
    child.kill('SIGKILL');
    await cleanup();
    throw err;
  }
  return {
    url,
    home,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
          child.once('exit', () => {
            clearTimeout(timer);
            resolve();
          });
          child.kill('SIGTERM');
        });
      }
      await cleanup();
    },
  };
}
