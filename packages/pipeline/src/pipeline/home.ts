/**
 * A home knows its data: the key, the label, the null tokens and the declared schema, set once by
 * `leadpipe init` and kept in the warehouse ({@link HomeSettings}). Every command resolves them here, with
 * the precedence explicit configuration (flag, environment, config file) > home settings > built-in default.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config/config.ts';
import { isExplicit } from '../config/config.ts';
import { TerminalError } from '../errors.ts';
import type { LeadSchema } from '../formats/lead-schema.ts';
import { loadLeadSchemaOrThrow } from '../formats/lead-schema.ts';
import { duckdbFile, openWarehouse } from '../warehouse/open-warehouse.ts';
import type { HomeSettings, Warehouse } from '../warehouse/warehouse.ts';

/** Name of the derived key column of a home made with `init --key-from row` (unless `--key` names it). */
export const DERIVED_KEY_COLUMN = 'lead_id';

/**
 * The settings of a home that has none stored (made before `init`, or by `run` alone): the configuration's
 * key and null tokens, and its schema file or else the bundled X Education preset — exactly today's path.
 */
export function settingsFromConfig(config: Config): HomeSettings {
  const derived = config.keyFrom === 'row';
  return {
    key: derived && !isExplicit(config, 'key') ? DERIVED_KEY_COLUMN : config.key,
    keyFrom: config.keyFrom,
    label: null,
    nullTokens: [...config.nullTokens],
    schema: config.schemaFile ? { file: path.resolve(config.schemaFile) } : 'x-education',
  };
}

/** The declared schema a setting names (`inferred`: none, every column inferred). */
export function schemaOfOrThrow(settings: HomeSettings): LeadSchema {
  if (settings.schema === 'x-education') return loadLeadSchemaOrThrow();
  if (settings.schema === 'inferred') return { name: 'inferred', key: settings.key, columns: [] };
  return loadLeadSchemaOrThrow(settings.schema.file);
}

/** The schema setting as words, for `status` and `init`. */
export function describeSchema(schema: HomeSettings['schema']): string {
  if (schema === 'x-education') return 'x-education (the bundled preset)';
  if (schema === 'inferred') return 'inferred (no declared schema: every type is inferred and evolves)';
  return `declared in ${schema.file}`;
}

/**
 * The effective configuration and settings of a home: stored settings fill what the configuration left
 * at its default. Throws `E_KEY_CHANGED` when an explicit key contradicts the stored one.
 */
export function resolveHomeOrThrow(
  config: Config,
  stored: HomeSettings | undefined,
): { config: Config; settings: HomeSettings; stored: boolean } {
  if (!stored) {
    const settings = settingsFromConfig(config);
    return { config: { ...config, key: settings.key }, settings, stored: false };
  }
  const keyClash = isExplicit(config, 'key') && config.key !== stored.key;
  if (keyClash || (isExplicit(config, 'keyFrom') && config.keyFrom !== stored.keyFrom)) {
    throw new TerminalError(
      'E_KEY_CHANGED',
      `this home is keyed by "${stored.key}"${stored.keyFrom === 'row' ? ' (derived from file and row)' : ''}, not ${keyClash ? `"${config.key}"` : `${config.keyFrom === 'row' ? 'derived' : 'a column'} (LEADPIPE_KEY_FROM)`}: drop --key / LEADPIPE_KEY / "key" in the config file, or use another --home`,
    );
  }
  const nullTokens = isExplicit(config, 'nullTokens') ? [...config.nullTokens] : stored.nullTokens;
  const schema: HomeSettings['schema'] =
    isExplicit(config, 'schemaFile') && config.schemaFile
      ? { file: path.resolve(config.schemaFile) }
      : stored.schema;
  const settings: HomeSettings = { ...stored, nullTokens, schema };
  const resolved: Config = { ...config, key: stored.key, keyFrom: stored.keyFrom, nullTokens };
  if (typeof schema === 'object') resolved.schemaFile = schema.file;
  return { config: resolved, settings, stored: true };
}

/**
 * The home's stored settings without creating anything: undefined for a DuckDB home whose file does not
 * exist yet (`validate` on a new folder makes no warehouse).
 */
export async function readHomeSettings(config: Config): Promise<HomeSettings | undefined> {
  if (config.warehouse === 'duckdb' && !existsSync(duckdbFile(config))) return undefined;
  const wh = await openWarehouse(config);
  try {
    return await wh.homeSettings();
  } finally {
    await wh.close();
  }
}

/**
 * The home's resolved configuration, settings and schema without creating anything (for `validate`, which
 * loads nothing).
 */
export async function readResolvedHome(
  config: Config,
): Promise<{ config: Config; settings: HomeSettings; schema: LeadSchema; stored: boolean }> {
  const resolved = resolveHomeOrThrow(config, await readHomeSettings(config));
  return { ...resolved, schema: schemaOfOrThrow(resolved.settings) };
}

/** What `leadpipe init` asks for; an absent field keeps the stored (or default) value. */
export interface InitRequest {
  key?: string | undefined;
  keyFrom?: 'column' | 'row' | undefined;
  label?: string | null | undefined;
  nullTokens?: string[] | undefined;
  schema?: HomeSettings['schema'] | undefined;
}

/** What `init` did. */
export interface InitResult {
  settings: HomeSettings;
  /** The home had no stored settings before. */
  created: boolean;
}

/**
 * Creates the home's warehouse objects with the requested settings and stores them, or updates the
 * settings of an existing home. The label and the null tokens may change at any time; the key (E_KEY_CHANGED),
 * how it is made and the declared schema (E_SCHEMA_CHANGED) are fixed once leads_final exists.
 */
export async function initHome(config: Config, request: InitRequest): Promise<InitResult> {
  // A schema file that cannot be read fails before any warehouse file is made.
  if (typeof request.schema === 'object') loadLeadSchemaOrThrow(request.schema.file);
  const wh = await openWarehouse(config);
  try {
    const stored = await wh.homeSettings();
    const existed = await hasFinalTable(wh);
    // A home with leads but no settings was made before `init`: it has today's settings.
    const base: HomeSettings =
      stored ??
      (existed
        ? settingsFromConfig(config)
        : {
            ...settingsFromConfig(config),
            schema: config.schemaFile ? settingsFromConfig(config).schema : 'inferred',
          });
    const keyFrom = request.keyFrom ?? base.keyFrom;
    const key =
      request.key ??
      (keyFrom === 'row' && base.keyFrom !== 'row'
        ? DERIVED_KEY_COLUMN
        : keyFrom === 'column' && base.keyFrom === 'row'
          ? config.key
          : base.key);
    const settings: HomeSettings = {
      key,
      keyFrom,
      label: request.label === undefined ? base.label : request.label,
      nullTokens: request.nullTokens ?? base.nullTokens,
      schema:
        request.schema === undefined
          ? base.schema
          : typeof request.schema === 'object'
            ? { file: path.resolve(request.schema.file) }
            : request.schema,
    };
    if (
      existed &&
      (keyFrom !== base.keyFrom || JSON.stringify(settings.schema) !== JSON.stringify(base.schema))
    ) {
      const what =
        keyFrom !== base.keyFrom
          ? `its key is ${base.keyFrom === 'row' ? 'derived from file and row' : 'a column'}`
          : `its schema is ${describeSchema(base.schema)}`;
      throw new TerminalError(
        'E_SCHEMA_CHANGED',
        `this home already has leads_final and ${what}; make a new home for other settings (--home DIR)`,
      );
    }
    await wh.init(schemaOfOrThrow(settings), settings.key);
    await wh.saveHomeSettings(settings);
    return { settings, created: stored === undefined };
  } finally {
    await wh.close();
  }
}

async function hasFinalTable(wh: Warehouse): Promise<boolean> {
  try {
    return (await wh.finalColumns()).length > 0;
  } catch {
    // Not created yet: the bookkeeping tables come with init.
    return false;
  }
}
