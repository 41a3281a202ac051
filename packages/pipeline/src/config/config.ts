/**
 * leadpipe configuration: one declarative schema (`variables.ts`), merged as defaults < config file <
 * environment (including `.env`) < CLI flags. Nothing else in leadpipe reads `process.env`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { TerminalError } from '../errors.ts';
import type { ConfigInput } from './env.ts';
import { deepMerge, readDotEnv, setPath } from './env.ts';
import { CONFIG_SCHEMA, CONFIG_VARIABLES } from './variables.ts';

export type { ConfigVariable } from './config-variable.ts';
export type { ConfigInput } from './env.ts';
export { CONFIG_VARIABLES, ON_ERROR } from './variables.ts';
export type { OnError } from './variables.ts';

/** The resolved configuration. */
export type Config = z.infer<typeof CONFIG_SCHEMA>;

/** Where configuration comes from; every field is optional and defaults to the real process. */
export interface ConfigSources {
  /** Values from CLI flags (highest precedence), nested like {@link Config}. */
  flags?: ConfigInput;
  /** Environment (default `process.env` plus `.env` in `cwd` when present). */
  env?: Record<string, string | undefined>;
  /** Directory that holds `.env` and `leadpipe.config.json` (default `process.cwd()`). */
  cwd?: string;
  /** Explicit config file (default `leadpipe.config.json` in `cwd`, if it exists). */
  configFile?: string;
}

/**
 * Resolves the configuration. Throws a {@link TerminalError} naming the offending variable when a value
 * does not fit (so a typo in `LEADPIPE_ON_ERROR` fails at start-up, not mid-load).
 *
 * @example
 * const config = loadConfigOrThrow({ flags: { home: '/tmp/lp' } });
 */
export function loadConfigOrThrow(sources: ConfigSources = {}): Config {
  const cwd = sources.cwd ?? process.cwd();
  const env = sources.env ?? { ...readDotEnv(path.join(cwd, '.env')), ...process.env };
  let merged: ConfigInput = {};
  const file = sources.configFile ?? path.join(cwd, 'leadpipe.config.json');
  if (existsSync(file)) {
    try {
      merged = JSON.parse(readFileSync(file, 'utf8')) as ConfigInput;
    } catch (err) {
      throw new TerminalError('E_BAD_CONFIG', `cannot read config file ${file}: ${(err as Error).message}`, {
        cause: err,
      });
    }
  } else if (sources.configFile) {
    throw new TerminalError('E_BAD_CONFIG', `config file not found: ${file}`);
  }
  const fromEnv: ConfigInput = {};
  for (const v of CONFIG_VARIABLES) {
    const value = env[v.env];
    if (value !== undefined && value !== '') setPath(fromEnv, v.path, value);
  }
  merged = deepMerge(deepMerge(merged, fromEnv), sources.flags ?? {});
  const parsed = CONFIG_SCHEMA.safeParse(merged);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') ?? '';
    const variable = CONFIG_VARIABLES.find((v) => v.path === where);
    throw new TerminalError(
      'E_BAD_CONFIG',
      `invalid configuration ${where}${variable ? ` (${variable.env})` : ''}: ${issue?.message ?? 'invalid'}`,
    );
  }
  return { ...parsed.data, home: path.resolve(cwd, parsed.data.home) };
}

/** The configuration with secrets replaced by `***`, for logs and `status` output. */
export function redactConfig(config: Config): ConfigInput {
  const copy = JSON.parse(JSON.stringify(config)) as ConfigInput;
  for (const v of CONFIG_VARIABLES) {
    if (!v.sensitive) continue;
    const parts = v.path.split('.');
    const parent = parts
      .slice(0, -1)
      .reduce<ConfigInput | undefined>((n, p) => n?.[p] as ConfigInput | undefined, copy);
    const last = parts[parts.length - 1] as string;
    if (parent && parent[last] !== undefined) parent[last] = '***';
  }
  return copy;
}
