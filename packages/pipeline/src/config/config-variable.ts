/**
 * How one configuration variable is declared: {@link variable} wraps its zod type with its default and
 * records where it comes from (env var), its group, its description and whether it is secret, so that the
 * schema, the environment mapping, redaction and the README table all read the same declaration.
 */
import { z } from 'zod';

/** The groups the variables are listed under (`env/.env.example` sections). */
export type ConfigGroup = 'core' | 'load' | 'api' | 's3' | 'snowflake';

/** What a declaration says besides its zod type and default. */
export interface VariableMeta {
  /** Environment variable that sets it. */
  env: string;
  group: ConfigGroup;
  /**
   * Markdown sentence for the README table, without the default: that is rendered from the declared value,
   * at a `{default}` placeholder or else before the final period. A `{choices}` placeholder lists an enum's
   * values with the default marked (and no default is appended).
   */
  description: string;
  /** Secret values are never logged or printed (default false). */
  sensitive?: boolean;
  /** `bytes`: the README shows the default in MiB. */
  unit?: 'bytes';
}

/** A declaration's metadata as recorded: the declared default and, for an enum, its values. */
export interface RecordedMeta extends VariableMeta {
  /** The declared default (`undefined`: the variable is optional). */
  default?: unknown;
  /** An enum's values, in order. */
  choices?: readonly string[];
}

/** Where {@link variable} records its declarations; {@link configVariables} reads it. */
const declarations = z.registry<RecordedMeta>();

/** One configuration variable, flattened from the schema (derived: see {@link configVariables}). */
export interface ConfigVariable extends RecordedMeta {
  /** Dotted path in the configuration, e.g. `s3.bucket`. */
  path: string;
}

/**
 * Declares a configuration variable: its zod `type`, its `default` (without one the variable is optional)
 * and its {@link VariableMeta}. Returns the zod schema to place in the configuration object.
 *
 * @example
 * port: variable({ env: 'LEADPIPE_PORT', group: 'api', type: int, default: 8000, description: 'API port.' })
 */
export function variable<T extends z.ZodType>(
  declaration: VariableMeta & { type: T; default: Exclude<z.output<T>, undefined> },
): z.ZodDefault<T>;
export function variable<T extends z.ZodType>(
  declaration: VariableMeta & { type: T; default?: undefined },
): z.ZodOptional<T>;
export function variable<T extends z.ZodType>(
  declaration: VariableMeta & { type: T; default?: unknown },
): z.ZodType {
  const { type, default: value, ...meta } = declaration;
  const choices = type instanceof z.ZodEnum ? (type.options as string[]) : undefined;
  const schema = value === undefined ? type.optional() : type.default(value as never);
  return schema.register(declarations, { ...meta, default: value, ...(choices ? { choices } : {}) });
}

/**
 * Every variable declared in `schema` (nested objects included, e.g. `api: z.object({...}).prefault({})`),
 * in declaration order. Throws if a field was not declared with {@link variable}.
 */
export function configVariables(schema: z.ZodObject, prefix = ''): ConfigVariable[] {
  const out: ConfigVariable[] = [];
  for (const [key, field] of Object.entries(schema.shape)) {
    const meta = declarations.get(field);
    if (meta) {
      out.push({ path: prefix + key, ...meta });
      continue;
    }
    const inner = field instanceof z.ZodPrefault ? field.def.innerType : field;
    if (!(inner instanceof z.ZodObject))
      throw new Error(`configuration field ${prefix + key} is not declared with variable()`);
    out.push(...configVariables(inner, `${prefix}${key}.`));
  }
  return out;
}
