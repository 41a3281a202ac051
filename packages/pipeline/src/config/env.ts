/**
 * The plumbing of the configuration loader: reading `.env`, placing values at a path, merging layers.
 */
import { existsSync, readFileSync } from 'node:fs';

/** A partial configuration, as a config file or CLI flags give it (nested like `Config`). */
export type ConfigInput = { [k: string]: unknown };

/** Sets `value` at the dotted `path` of `target`, creating the objects on the way. */
export function setPath(target: ConfigInput, dotted: string, value: unknown): void {
  const parts = dotted.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) {
    node[part] = (node[part] as ConfigInput | undefined) ?? {};
    node = node[part] as ConfigInput;
  }
  node[parts[parts.length - 1] as string] = value;
}

/** `over` merged into `base`, objects recursively; `undefined` in `over` keeps the base value. */
export function deepMerge(base: ConfigInput, over: ConfigInput): ConfigInput {
  const out: ConfigInput = { ...base };
  for (const [k, v] of Object.entries(over)) {
    if (v === undefined) continue;
    const b = out[k];
    out[k] =
      v && typeof v === 'object' && !Array.isArray(v) && b && typeof b === 'object' && !Array.isArray(b)
        ? deepMerge(b as ConfigInput, v as ConfigInput)
        : v;
  }
  return out;
}

/** The variables a `.env` file sets (`{}` when it does not exist): `KEY=value`, quotes and comments dropped. */
export function readDotEnv(file: string): Record<string, string> {
  if (!existsSync(file)) return {};
  const out: Record<string, string> = {};
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)\s*$/.exec(line);
    if (!m) continue;
    let value = m[2] ?? '';
    if (/^(['"]).*\1$/.test(value)) value = value.slice(1, -1);
    else value = value.replace(/\s+#.*$/, '');
    out[m[1] as string] = value;
  }
  return out;
}
