/**
 * leadpipe configuration: one declarative schema (`variables.ts`), merged as defaults < config file <
 * environment (including `.env`) < CLI flags. Nothing else in leadpipe reads `process.env`.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { TerminalError } from '../errors.ts';
import { readConfigFileOrThrow } from './config-file.ts';
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
  /**
   * Environment (default `process.env` over the env files: `--env-file` when given, else `.env` over
   * `env/.env` in `cwd`, each when present).
   */
  env?: Record<string, string | undefined>;
  /** An env file read instead of `.env` and `env/.env` (`--env-file`); it must exist. */
  envFile?: string;
  /** Directory that holds `.env` and `leadpipe.config.json` (default `process.cwd()`). */
  cwd?: string;
  /** Explicit config file (default `leadpipe.config.json` in `cwd`, if it exists). */
  configFile?: string;
  /**
   * The CLI flag that set each value of `flags`, by dotted path (`{ 'api.port': '--port' }`), to name it in
   * errors (default: the path, as `flag api.port`).
   */
  flagNames?: Record<string, string>;
}

/**
 * The env files' variables: `envFile` alone when given (it must exist), else `env/.env` (the original
 * design's place, and the containers') under `.env`.
 */
function dotEnvOf(cwd: string, envFile: string | undefined): Record<string, string> {
  if (envFile) {
    const file = path.resolve(cwd, envFile);
    if (!existsSync(file))
      throw new TerminalError('E_BAD_CONFIG', `env file not found: ${file} — check the --env-file path`);
    return readDotEnv(file);
  }
  return { ...readDotEnv(path.join(cwd, 'env', '.env')), ...readDotEnv(path.join(cwd, '.env')) };
}

/**
 * Settings that name an engine choose it when nothing chose one: Snowflake credentials (`SNOWFLAKE_ACCOUNT`)
 * without `LEADPIPE_WAREHOUSE` select Snowflake, and a bucket (`S3_BUCKET`) then stages in S3, as the
 * original design's env file expects; otherwise they would be read and silently ignored. An explicit
 * `LEADPIPE_WAREHOUSE` / `LEADPIPE_STAGE` (env, file or flag) always wins.
 */
function inferEngineAndStage(merged: ConfigInput): void {
  const snowflake = merged.snowflake as ConfigInput | undefined;
  if (merged.warehouse === undefined && snowflake?.account !== undefined) merged.warehouse = 'snowflake';
  const s3 = merged.s3 as ConfigInput | undefined;
  if (merged.stage === undefined && merged.warehouse === 'snowflake' && s3?.bucket !== undefined)
    merged.stage = 's3';
}

/** The paths each loaded configuration got from a file, the environment or a flag (not a default). */
const explicitPaths = new WeakMap<Config, ReadonlySet<string>>();

/**
 * Whether `config`'s value at the top-level `name` was set explicitly (flag, environment, `.env` or config
 * file) rather than left at its default. Home settings (`leadpipe init`) sit between the two: explicit
 * values win over them, defaults lose. For a configuration not made by {@link loadConfigOrThrow} (a copy),
 * a value that differs from the default counts as explicit.
 */
export function isExplicit(config: Config, name: 'key' | 'keyFrom' | 'nullTokens' | 'schemaFile'): boolean {
  const known = explicitPaths.get(config);
  if (known) return known.has(name);
  const fallback = CONFIG_SCHEMA.shape[name].safeParse(undefined);
  return JSON.stringify(config[name]) !== JSON.stringify(fallback.success ? fallback.data : undefined);
}

/** Whether `input` holds a value at the dotted `path`. */
function hasPath(input: ConfigInput, dotted: string): boolean {
  let node: unknown = input;
  for (const part of dotted.split('.')) {
    if (!node || typeof node !== 'object' || !(part in node)) return false;
    node = (node as ConfigInput)[part];
  }
  return node !== undefined;
}

/**
 * Resolves the configuration. Throws a {@link TerminalError} (`E_BAD_CONFIG`) for a config file key the
 * declarations do not know, and for a value that does not fit, named where it came from: the file's key
 * path (`leadpipe.config.json: api.port`), the environment variable (`LEADPIPE_PORT`) or the flag
 * (`--port`) — so a typo fails at start-up, not mid-load.
 *
 * @example
 * const config = loadConfigOrThrow({ flags: { home: '/tmp/lp' } });
 */
export function loadConfigOrThrow(sources: ConfigSources = {}): Config {
  const cwd = sources.cwd ?? process.cwd();
  const dotEnv = sources.env ? {} : dotEnvOf(cwd, sources.envFile);
  const env = sources.env ?? { ...dotEnv, ...process.env };
  const file = sources.configFile ?? path.join(cwd, 'leadpipe.config.json');
  const label = sources.configFile ?? 'leadpipe.config.json';
  let fromFile: ConfigInput = {};
  if (existsSync(file)) fromFile = readConfigFileOrThrow(file, label, CONFIG_VARIABLES);
  else if (sources.configFile) {
    throw new TerminalError('E_BAD_CONFIG', `config file not found: ${file} — check the --config path`);
  }
  const fromEnv: ConfigInput = {};
  for (const v of CONFIG_VARIABLES) {
    const value = env[v.env];
    if (value !== undefined && value !== '') setPath(fromEnv, v.path, value);
  }
  const flags = sources.flags ?? {};
  const merged = deepMerge(deepMerge(fromFile, fromEnv), flags);
  inferEngineAndStage(merged);
  const parsed = CONFIG_SCHEMA.safeParse(merged);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const at = (issue?.path ?? []).map(String);
    // The declared variable the issue is about (the longest path prefix that names one).
    const variable = CONFIG_VARIABLES.filter((v) => at.join('.').startsWith(v.path))
      .sort((a, b) => b.path.length - a.path.length)
      .at(0);
    const where = variable?.path ?? at.join('.');
    // Named where the value came from: the highest layer that set it.
    const source = hasPath(flags, where)
      ? (sources.flagNames?.[where] ?? `flag ${where}`)
      : variable && env[variable.env] !== undefined && env[variable.env] !== ''
        ? dotEnv[variable.env] !== undefined && process.env[variable.env] === undefined
          ? `.env: ${variable.env}`
          : variable.env
        : hasPath(fromFile, where)
          ? `${label}: ${where}`
          : where;
    const more = parsed.error.issues.length > 1 ? ` (and ${parsed.error.issues.length - 1} more)` : '';
    throw new TerminalError('E_BAD_CONFIG', `${source}: ${issue?.message ?? 'invalid'}${more}`);
  }
  const config = { ...parsed.data, home: path.resolve(cwd, parsed.data.home) };
  explicitPaths.set(config, new Set(Object.keys(merged).filter((k) => hasPath(merged, k))));
  return config;
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
