/**
 * `init`: what a home knows of its data (key, label, null tokens, declared schema), set once and kept in
 * the warehouse, so later commands, the API and the dashboard need no flags.
 */
import { UsageError } from '../../errors.ts';
import { toSnakeCase } from '../../formats/names.ts';
import type { InitRequest } from '../../pipeline/home.ts';
import { describeSchema, initHome } from '../../pipeline/home.ts';
import type { HomeSettings } from '../../warehouse/warehouse.ts';
import type { GlobalOptions } from '../shared.ts';
import { configFrom, printJson } from '../shared.ts';

/** Options of `leadpipe init`. */
export interface InitOptions {
  keyFrom?: 'column' | 'row';
  label?: string;
  nullTokens?: string;
  /** A schema file, or false for `--no-schema`. */
  schema?: string | false;
  preset?: 'x-education';
  json?: boolean;
}

/** The settings as the lines `init` and `status` print. */
export function settingsLines(s: HomeSettings): string[] {
  return [
    `key: ${s.key}${s.keyFrom === 'row' ? ' (derived: <file name>:<record number>)' : ''}`,
    `label: ${s.label ?? '-'}`,
    `null tokens: ${s.nullTokens.map((t) => JSON.stringify(t)).join(', ')}`,
    `schema: ${describeSchema(s.schema)}`,
  ];
}

/** `leadpipe init [--key-from row] [--label COL] [--null-tokens a,b] [--schema FILE | --preset x-education | --no-schema]` */
export async function initCommand(opts: InitOptions, global: GlobalOptions): Promise<void> {
  const config = configFrom(global);
  const chosen = [opts.schema !== undefined, opts.preset !== undefined].filter(Boolean).length;
  if (chosen > 1) throw new UsageError('give one of --schema FILE, --preset x-education, --no-schema');
  const request: InitRequest = {
    key: global.key,
    keyFrom: opts.keyFrom,
    label: opts.label === undefined ? undefined : toSnakeCase(opts.label),
    nullTokens: opts.nullTokens?.split(',').map((t) => t.trim()),
    schema:
      opts.preset ?? (opts.schema === false ? 'inferred' : opts.schema ? { file: opts.schema } : undefined),
  };
  if (request.label === '') throw new UsageError('--label takes a column name');
  const { settings, created } = await initHome(config, request);
  if (opts.json) return printJson({ home: config.home, created, settings });
  process.stdout.write(
    `${created ? 'created' : 'updated'} home ${config.home}\n` +
      settingsLines(settings)
        .map((l) => `  ${l}\n`)
        .join(''),
  );
}
