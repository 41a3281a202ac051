/**
 * Reading `leadpipe.config.json` strictly: a key the declarations do not know is an error naming the file
 * and the key (with the nearest known key when there is one), so a typo does not silently leave a default.
 */
import { readFileSync } from 'node:fs';
import { TerminalError } from '../errors.ts';
import type { ConfigVariable } from './config-variable.ts';
import type { ConfigInput } from './env.ts';

/** Levenshtein distance of two short strings. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    prev = row;
  }
  return prev[b.length] as number;
}

/** The known key `unknown` most likely meant: a near spelling, the same name in another group, or the key of an env var. */
function nearest(unknown: string, variables: readonly ConfigVariable[]): string | undefined {
  const byEnv = variables.find((v) => v.env === unknown.split('.').pop());
  if (byEnv) return byEnv.path;
  const norm = (s: string): string => s.toLowerCase().replace(/[_-]/g, '');
  let best: { path: string; d: number } | undefined;
  for (const v of variables) {
    const last = v.path.split('.').pop() as string;
    const d = Math.min(
      distance(norm(unknown), norm(v.path)),
      norm(unknown.split('.').pop() as string) === norm(last) ? 0 : Infinity,
    );
    if (d <= Math.max(1, Math.floor(v.path.length / 4)) && (!best || d < best.d)) best = { path: v.path, d };
  }
  return best?.path;
}

/** `value` without `null` members (in a config file, `null` means "not set here"), objects recursively. */
function withoutNulls(value: ConfigInput): ConfigInput {
  const out: ConfigInput = {};
  for (const [k, v] of Object.entries(value)) {
    if (v === null) continue;
    out[k] = v && typeof v === 'object' && !Array.isArray(v) ? withoutNulls(v as ConfigInput) : v;
  }
  return out;
}

/** Checks every key of `input` (at `prefix`) against the declared paths; throws on the first unknown one. */
function checkKeysOrThrow(
  input: ConfigInput,
  variables: readonly ConfigVariable[],
  label: string,
  prefix = '',
): void {
  for (const [key, value] of Object.entries(input)) {
    const full = prefix + key;
    if (variables.some((v) => v.path === full)) continue;
    if (variables.some((v) => v.path.startsWith(`${full}.`))) {
      if (!value || typeof value !== 'object' || Array.isArray(value))
        throw new TerminalError(
          'E_BAD_CONFIG',
          `${label}: ${full}: expected an object of ${full} settings — see leadpipe.config.example.json`,
        );
      checkKeysOrThrow(value as ConfigInput, variables, label, `${full}.`);
      continue;
    }
    const guess = nearest(full, variables);
    throw new TerminalError(
      'E_BAD_CONFIG',
      `${label}: unknown key ${full}${guess ? ` — did you mean ${guess}?` : ' — see leadpipe.config.example.json for every key'}`,
    );
  }
}

/**
 * Reads a config file: JSON, with whole-line `//` comments allowed (as in `leadpipe.config.example.json`),
 * an object whose keys are all declared; `null` values are dropped (not set). `label` names the file in
 * errors (`leadpipe.config.json`). Throws a {@link TerminalError} (`E_BAD_CONFIG`) otherwise.
 */
export function readConfigFileOrThrow(
  file: string,
  label: string,
  variables: readonly ConfigVariable[],
): ConfigInput {
  let parsed: unknown;
  try {
    const text = readFileSync(file, 'utf8')
      .split('\n')
      .map((line) => (/^\s*\/\//.test(line) ? '' : line))
      .join('\n');
    parsed = JSON.parse(text);
  } catch (err) {
    throw new TerminalError('E_BAD_CONFIG', `cannot read config file ${label}: ${(err as Error).message}`, {
      cause: err,
    });
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new TerminalError('E_BAD_CONFIG', `${label}: expected a JSON object of settings`);
  checkKeysOrThrow(parsed as ConfigInput, variables, label);
  return withoutNulls(parsed as ConfigInput);
}
