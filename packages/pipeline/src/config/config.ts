/**
 * leadpipe configuration: one declarative schema, merged as defaults < config file < environment
 * (including `.env`) < CLI flags. Nothing else in leadpipe reads `process.env`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';
import { TerminalError } from '../errors.ts';

/** How a load treats rejected rows (Snowflake's COPY `ON_ERROR`). */
export const ON_ERROR = ['CONTINUE', 'SKIP_FILE', 'ABORT_STATEMENT'] as const;
export type OnError = (typeof ON_ERROR)[number];

/** One configuration variable: where it lives, its env name, its group, and whether it is secret. */
export interface ConfigVariable {
  /** Dotted path in {@link Config}, e.g. `s3.bucket`. */
  path: string;
  /** Environment variable that sets it. */
  env: string;
  group: 'core' | 'load' | 'api' | 's3' | 'snowflake';
  description: string;
  /** Secret values are never logged or printed. */
  sensitive?: boolean;
}

const list = z.preprocess(
  (v) => (typeof v === 'string' ? v.split(',').map((s) => s.trim()) : v),
  z.array(z.string()),
);
const int = z.coerce.number().int();

/** proxy-addr's names for address ranges, accepted in {@link Config}'s `api.trustProxy` list. */
const PROXY_RANGES = ['loopback', 'linklocal', 'uniquelocal'];

function isProxyAddress(entry: string): boolean {
  if (PROXY_RANGES.includes(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d{1,3}$/.test(prefix) && bits <= (family === 4 ? 32 : 128);
}

const TRUST_PROXY_FORMAT =
  'false, or the comma-separated IP addresses / CIDR ranges of the proxies (or loopback, linklocal, uniquelocal)';

/**
 * Which proxies in front of the API may name the client (`x-forwarded-for`): `false` (default: the client is
 * the TCP peer, on Lambda the event's source IP), or their addresses / CIDR ranges / `loopback`,
 * `linklocal`, `uniquelocal` (comma-separated in the environment). `true` (trust any sender of the header)
 * is refused: a client could then pick its own address and escape the rate limits. A hop count is refused
 * too: Fastify 5.12 ignores hop counts (it trusts no proxy then), which would fail silently.
 */
const trustProxy = z.preprocess(
  (v) => {
    if (typeof v !== 'string') return v;
    const text = v.trim();
    if (/^false$/i.test(text)) return false;
    if (/^true$/i.test(text)) return true;
    return text
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '');
  },
  z.union(
    [
      z.literal(false),
      z
        .array(z.string())
        .min(1, TRUST_PROXY_FORMAT)
        .refine((list) => list.every(isProxyAddress), TRUST_PROXY_FORMAT),
    ],
    { error: TRUST_PROXY_FORMAT },
  ),
);

const schema = z.object({
  home: z.string().default('.leadpipe'),
  key: z
    .string()
    .regex(/^[a-z_][a-z0-9_]*$/, 'the key must be a snake_case column name')
    .default('prospect_id'),
  warehouse: z.enum(['duckdb', 'snowflake']).default('duckdb'),
  stage: z.enum(['local', 's3']).default('local'),
  schemaFile: z.string().optional(),
  onError: z.enum(ON_ERROR).default('CONTINUE'),
  nullTokens: list.default(['', 'Select', 'NA', 'N/A', 'null']),
  maxRecordBytes: int.positive().default(8 * 1024 * 1024),
  taskSuspendAfterFailures: int.positive().default(10),
  duckdbMemoryLimit: z
    .string()
    .regex(/^\d+(\.\d+)?\s*(KB|MB|GB|KiB|MiB|GiB)$/i, 'a size such as 512MB')
    // DuckDB fills its buffer pool up to the limit, and a scoring task needs ~500 MB beside it (Node, the
    // scoring statement, freed memory not yet returned). Measured on a 5M-row task with in-task scoring, in
    // a fresh process: 512MB peaked at 0.95-1.02 GiB RSS (over 1 GiB in some runs), 448MB at 0.89 GiB, ~5%
    // slower. On 1M rows with scoring, 1GB peaked at 1.45 GiB and ran ~5% faster than 512MB.
    .default('448MB'),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  api: z
    .object({
      host: z.string().default('127.0.0.1'),
      port: int.min(0).max(65535).default(8000),
      apiKey: z.string().optional(),
      corsOrigins: list.default([]),
      maxUploadBytes: int.positive().default(100 * 1024 * 1024),
      /** Requests per minute per client on read routes (everything but uploads); 0 = no limit. */
      rateLimit: int.min(0).default(600),
      /** Requests per minute per client on `/upload`, `/upload-and-load` and `/validate`; 0 = no limit. */
      writeRateLimit: int.min(0).default(60),
      trustProxy: trustProxy.default(false),
    })
    .prefault({}),
  s3: z
    .object({
      endpointUrl: z.string().optional(),
      bucket: z.string().optional(),
      prefix: z.string().default(''),
      region: z.string().default('us-east-1'),
      accessKeyId: z.string().optional(),
      secretAccessKey: z.string().optional(),
      /** SQS queue that receives the bucket's ObjectCreated notifications (auto-ingest). */
      queueUrl: z.string().optional(),
      /** Polling interval of `watch` when no queue is configured, in seconds. */
      pollSeconds: z.coerce.number().positive().default(30),
    })
    .prefault({}),
  alerts: z
    .object({
      /** Webhook that receives a JSON notification when a file fails to load or the task suspends. */
      webhookUrl: z.string().url().optional(),
    })
    .prefault({}),
  snowflake: z
    .object({
      account: z.string().optional(),
      user: z.string().optional(),
      password: z.string().optional(),
      warehouse: z.string().optional(),
      database: z.string().optional(),
      schema: z.string().optional(),
      role: z.string().optional(),
      /** PEM private key file for key-pair (JWT) auth; used instead of the password when set. */
      privateKeyPath: z.string().optional(),
      privateKeyPassphrase: z.string().optional(),
      /** Seconds a login may take before it fails (the SDK's own retries run for minutes). */
      loginTimeoutSeconds: z.coerce.number().positive().default(20),
      /** IAM role Snowflake assumes to read the S3 stage (the storage integration's STORAGE_AWS_ROLE_ARN). */
      storageAwsRoleArn: z.string().optional(),
      storageIntegration: z
        .string()
        .regex(/^[A-Za-z_][A-Za-z0-9_$]*$/, 'an unquoted Snowflake identifier')
        .default('S3_LEADS_INTEGRATION'),
      /** Snowpipe loads the S3 stage (AUTO_INGEST) instead of leadpipe's PUT + COPY. */
      autoIngest: z
        .preprocess((v) => (typeof v === 'string' ? /^(1|true|yes|on)$/i.test(v.trim()) : v), z.boolean())
        .default(false),
      /** Schedule of the merge task (Snowflake's SCHEDULE: `1 MINUTE`, `USING CRON ...`). */
      taskSchedule: z.string().default('1 MINUTE'),
    })
    .prefault({}),
});

/** The resolved configuration. */
export type Config = z.infer<typeof schema>;

/** Every variable leadpipe reads from the environment, documented (the README and `env/.env.example` list these). */
export const CONFIG_VARIABLES: readonly ConfigVariable[] = [
  {
    path: 'home',
    env: 'LEADPIPE_HOME',
    group: 'core',
    description: 'Data home: the DuckDB file and the local stage live here (default ./.leadpipe).',
  },
  {
    path: 'key',
    env: 'LEADPIPE_KEY',
    group: 'core',
    description: 'Key column of leads_final (default prospect_id).',
  },
  {
    path: 'warehouse',
    env: 'LEADPIPE_WAREHOUSE',
    group: 'core',
    description: 'Engine: duckdb (default) or snowflake.',
  },
  {
    path: 'stage',
    env: 'LEADPIPE_STAGE',
    group: 'core',
    description: 'Stage: local (default, a folder under the home) or s3.',
  },
  {
    path: 'schemaFile',
    env: 'LEADPIPE_SCHEMA',
    group: 'core',
    description: 'Declared lead schema file (default: the bundled leads.schema.json).',
  },
  {
    path: 'logLevel',
    env: 'LEADPIPE_LOG_LEVEL',
    group: 'core',
    description: 'pino log level (default info).',
  },
  {
    path: 'onError',
    env: 'LEADPIPE_ON_ERROR',
    group: 'load',
    description: 'CONTINUE (default) | SKIP_FILE | ABORT_STATEMENT.',
  },
  {
    path: 'nullTokens',
    env: 'LEADPIPE_NULL_TOKENS',
    group: 'load',
    description:
      'Comma-separated values read as null, case-insensitive (default: empty, Select, NA, N/A, null).',
  },
  {
    path: 'maxRecordBytes',
    env: 'LEADPIPE_MAX_RECORD_BYTES',
    group: 'load',
    description: 'Longest accepted record in bytes; longer ones are rejected (default 8 MiB).',
  },
  {
    path: 'taskSuspendAfterFailures',
    env: 'LEADPIPE_TASK_SUSPEND_AFTER_FAILURES',
    group: 'load',
    description: 'Consecutive task failures before the task suspends (default 10).',
  },
  {
    path: 'duckdbMemoryLimit',
    env: 'LEADPIPE_DUCKDB_MEMORY_LIMIT',
    group: 'load',
    description: 'DuckDB memory limit; it spills to disk beyond it (default 448MB).',
  },
  {
    path: 'api.host',
    env: 'LEADPIPE_HOST',
    group: 'api',
    description: 'API bind address (default 127.0.0.1).',
  },
  { path: 'api.port', env: 'LEADPIPE_PORT', group: 'api', description: 'API port (default 8000).' },
  {
    path: 'api.apiKey',
    env: 'LEADPIPE_API_KEY',
    group: 'api',
    description: 'API key required by write routes (header x-api-key).',
    sensitive: true,
  },
  {
    path: 'api.corsOrigins',
    env: 'LEADPIPE_CORS_ORIGINS',
    group: 'api',
    description: 'Comma-separated CORS allow-list.',
  },
  {
    path: 'api.maxUploadBytes',
    env: 'LEADPIPE_MAX_UPLOAD_BYTES',
    group: 'api',
    description: 'Upload size limit in bytes (default 100 MiB).',
  },
  {
    path: 'api.rateLimit',
    env: 'LEADPIPE_RATE_LIMIT',
    group: 'api',
    description:
      'Requests per minute per client IP on read routes (everything but the uploads); 429 beyond; 0 = no limit (default 600).',
  },
  {
    path: 'api.writeRateLimit',
    env: 'LEADPIPE_WRITE_RATE_LIMIT',
    group: 'api',
    description:
      'Requests per minute per client IP on the upload routes (/upload, /upload-and-load, /validate), wrong API keys included; 0 = no limit (default 60).',
  },
  {
    path: 'api.trustProxy',
    env: 'LEADPIPE_TRUST_PROXY',
    group: 'api',
    description:
      'Proxies trusted to name the client in x-forwarded-for: unset/false (default: the client is the TCP peer, on Lambda the source IP of the event), or their comma-separated IPs / CIDR ranges / loopback.',
  },
  {
    path: 's3.endpointUrl',
    env: 'S3_ENDPOINT_URL',
    group: 's3',
    description: 'S3 endpoint for emulators (MinIO, LocalStack, moto); unset for AWS.',
  },
  {
    path: 's3.bucket',
    env: 'S3_BUCKET',
    group: 's3',
    description: 'Bucket holding lead files and the S3 stage.',
  },
  { path: 's3.prefix', env: 'S3_PREFIX', group: 's3', description: 'Key prefix inside the bucket.' },
  { path: 's3.region', env: 'AWS_REGION', group: 's3', description: 'AWS region (default us-east-1).' },
  {
    path: 's3.accessKeyId',
    env: 'AWS_ACCESS_KEY_ID',
    group: 's3',
    description: 'AWS access key id (or use the default AWS credential chain).',
    sensitive: true,
  },
  {
    path: 's3.secretAccessKey',
    env: 'AWS_SECRET_ACCESS_KEY',
    group: 's3',
    description: 'AWS secret access key.',
    sensitive: true,
  },
  {
    path: 's3.queueUrl',
    env: 'SQS_QUEUE_URL',
    group: 's3',
    description:
      "SQS queue receiving the bucket's ObjectCreated events (auto-ingest); without it, watch polls the prefix.",
  },
  {
    path: 's3.pollSeconds',
    env: 'LEADPIPE_WATCH_POLL_SECONDS',
    group: 's3',
    description: 'Polling interval of watch without a queue (default 30).',
  },
  {
    path: 'alerts.webhookUrl',
    env: 'LEADPIPE_ALERT_WEBHOOK_URL',
    group: 'core',
    description: 'Webhook (POST JSON) for load failures and task suspension.',
  },
  {
    path: 'snowflake.account',
    env: 'SNOWFLAKE_ACCOUNT',
    group: 'snowflake',
    description: 'Snowflake account identifier.',
  },
  { path: 'snowflake.user', env: 'SNOWFLAKE_USER', group: 'snowflake', description: 'Snowflake user.' },
  {
    path: 'snowflake.password',
    env: 'SNOWFLAKE_PASSWORD',
    group: 'snowflake',
    description: 'Snowflake password.',
    sensitive: true,
  },
  {
    path: 'snowflake.warehouse',
    env: 'SNOWFLAKE_WAREHOUSE',
    group: 'snowflake',
    description: 'Snowflake virtual warehouse.',
  },
  {
    path: 'snowflake.database',
    env: 'SNOWFLAKE_DATABASE',
    group: 'snowflake',
    description: 'Snowflake database.',
  },
  { path: 'snowflake.schema', env: 'SNOWFLAKE_SCHEMA', group: 'snowflake', description: 'Snowflake schema.' },
  { path: 'snowflake.role', env: 'SNOWFLAKE_ROLE', group: 'snowflake', description: 'Snowflake role.' },
  {
    path: 'snowflake.privateKeyPath',
    env: 'SNOWFLAKE_PRIVATE_KEY_PATH',
    group: 'snowflake',
    description: 'PEM private key file for key-pair auth (used instead of SNOWFLAKE_PASSWORD).',
  },
  {
    path: 'snowflake.privateKeyPassphrase',
    env: 'SNOWFLAKE_PRIVATE_KEY_PASSPHRASE',
    group: 'snowflake',
    description: 'Passphrase of an encrypted private key.',
    sensitive: true,
  },
  {
    path: 'snowflake.loginTimeoutSeconds',
    env: 'SNOWFLAKE_LOGIN_TIMEOUT_SECONDS',
    group: 'snowflake',
    description: 'Seconds a Snowflake login may take before it fails (default 20).',
  },
  {
    path: 'snowflake.storageAwsRoleArn',
    env: 'SNOWFLAKE_STORAGE_AWS_ROLE_ARN',
    group: 'snowflake',
    description: 'IAM role the storage integration assumes to read the S3 stage.',
  },
  {
    path: 'snowflake.storageIntegration',
    env: 'SNOWFLAKE_STORAGE_INTEGRATION',
    group: 'snowflake',
    description: 'Name of the storage integration (default S3_LEADS_INTEGRATION).',
  },
  {
    path: 'snowflake.autoIngest',
    env: 'SNOWFLAKE_AUTO_INGEST',
    group: 'snowflake',
    description:
      'true: Snowpipe (AUTO_INGEST) loads the S3 stage and the native task merges (default false).',
  },
  {
    path: 'snowflake.taskSchedule',
    env: 'SNOWFLAKE_TASK_SCHEDULE',
    group: 'snowflake',
    description: 'Schedule of the native merge task (default 1 MINUTE).',
  },
];

/** A partial configuration, as a config file or CLI flags give it (nested like {@link Config}). */
export type ConfigInput = { [k: string]: unknown };

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

function setPath(target: ConfigInput, dotted: string, value: unknown): void {
  const parts = dotted.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) {
    node[part] = (node[part] as ConfigInput | undefined) ?? {};
    node = node[part] as ConfigInput;
  }
  node[parts[parts.length - 1] as string] = value;
}

function deepMerge(base: ConfigInput, over: ConfigInput): ConfigInput {
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

function readDotEnv(file: string): Record<string, string> {
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
  const parsed = schema.safeParse(merged);
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
