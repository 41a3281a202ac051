/**
 * Helpers shared by CLI commands: configuration from flags, opening the pipeline, output.
 */
import type { Config, ConfigInput } from '../config/config.ts';
import { loadConfigOrThrow } from '../config/config.ts';
import type { Leadpipe } from '../pipeline/context.ts';
import { openLeadpipe } from '../pipeline/context.ts';
import { alertRun, createAlerter } from '../pipeline/alerts.ts';
import { createIngestLogger } from '../ingest/ingest-logger.ts';
import type { LoadFileResult, TaskRunResult } from '../warehouse/warehouse.ts';

/** Global options of every command (`--home`, `--key`, `--config`), as config flags. */
export interface GlobalOptions {
  home?: string;
  key?: string;
  config?: string;
  envFile?: string;
}

/** The flag behind each configuration path a command can set, to name it in configuration errors. */
const FLAG_NAMES: Record<string, string> = {
  home: '--home',
  key: '--key',
  onError: '--on-error',
  stage: '--stage',
  'api.port': '--port',
  'api.host': '--host',
  's3.queueUrl': '--queue-url',
  's3.pollSeconds': '--poll-seconds',
};

/** Resolves the configuration with CLI flags on top. */
export function configFrom(global: GlobalOptions, extra: ConfigInput = {}): Config {
  const flags: ConfigInput = { ...extra };
  if (global.home) flags.home = global.home;
  if (global.key) flags.key = global.key;
  return loadConfigOrThrow({
    flags,
    flagNames: FLAG_NAMES,
    ...(global.config ? { configFile: global.config } : {}),
    ...(global.envFile ? { envFile: global.envFile } : {}),
  });
}

/** Opens the pipeline, runs `fn`, closes it. */
export async function withLeadpipe<T>(config: Config, fn: (lp: Leadpipe) => Promise<T>): Promise<T> {
  const lp = await openLeadpipe(config);
  try {
    return await fn(lp);
  } finally {
    await lp.close();
  }
}

/** Prints a JSON document. */
export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

/** Formats an integer with thousands separators. */
export function n(value: number): string {
  return value.toLocaleString('en-US');
}

/** Renders rows as an aligned text table. */
export function table(rows: readonly Record<string, unknown>[], columns?: readonly string[]): string {
  if (rows.length === 0) return '(no rows)';
  const cols = columns ?? Object.keys(rows[0] ?? {});
  const cell = (v: unknown): string =>
    v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
  const widths = cols.map((c) => Math.min(60, Math.max(c.length, ...rows.map((r) => cell(r[c]).length))));
  const fmt = (vals: string[]): string =>
    vals
      .map((v, i) => v.slice(0, widths[i]).padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [
    fmt([...cols]),
    fmt(widths.map((w) => '-'.repeat(w))),
    ...rows.map((r) => fmt(cols.map((c) => cell(r[c])))),
  ].join('\n');
}

/**
 * Sends the alerts a CLI run calls for (failed files, a failed or suspending task) when a webhook is
 * configured; without one the command's own output reports the failures.
 */
export async function alertIfConfigured(
  config: Config,
  run: { files?: readonly LoadFileResult[]; task?: TaskRunResult | null },
): Promise<void> {
  if (!config.alerts.webhookUrl) return;
  const alerter = createAlerter({
    webhookUrl: config.alerts.webhookUrl,
    logger: createIngestLogger(config.logLevel),
  });
  await alertRun(alerter, run);
}
