/**
 * Every configuration variable, declared once: its place in the configuration (the object key), env var,
 * zod type, default, group, description and secret flag. The loader (`config.ts`), redaction and the
 * README's Configuration table (`config-table.ts`) are all derived from {@link CONFIG_SCHEMA}.
 */
import { z } from 'zod';
import type { ConfigVariable } from './config-variable.ts';
import { configVariables, variable } from './config-variable.ts';
import { trustProxy } from './trust-proxy.ts';

/** How a load treats rejected rows (Snowflake's COPY `ON_ERROR`). */
export const ON_ERROR = ['CONTINUE', 'SKIP_FILE', 'ABORT_STATEMENT'] as const;
/** One of {@link ON_ERROR}. */
export type OnError = (typeof ON_ERROR)[number];

const list = z.preprocess(
  (v) => (typeof v === 'string' ? v.split(',').map((s) => s.trim()) : v),
  z.array(z.string()),
);
const int = z.coerce.number().int();
const MiB = 1024 * 1024;

/** The configuration's schema, built from the variable declarations (defaults < file < env < flags). */
export const CONFIG_SCHEMA = z.object({
  home: variable({
    env: 'LEADPIPE_HOME',
    group: 'core',
    type: z.string(),
    default: '.leadpipe',
    description: 'Data home: the DuckDB file and the local stage.',
  }),
  key: variable({
    env: 'LEADPIPE_KEY',
    group: 'core',
    type: z.string().regex(/^[a-z_][a-z0-9_]*$/, 'the key must be a snake_case column name'),
    default: 'prospect_id',
    description: "Key column of `leads_final`; unset: the home's (`leadpipe init`).",
  }),
  keyFrom: variable({
    env: 'LEADPIPE_KEY_FROM',
    group: 'core',
    type: z.enum(['column', 'row']),
    default: 'column',
    description: '{choices}; `row`: no id column, the key is `<file>:<record number>` (see `leadpipe init`).',
  }),
  warehouse: variable({
    env: 'LEADPIPE_WAREHOUSE',
    group: 'core',
    type: z.enum(['duckdb', 'snowflake']),
    default: 'duckdb',
    description: '{choices}.',
  }),
  stage: variable({
    env: 'LEADPIPE_STAGE',
    group: 'core',
    type: z.enum(['local', 's3']),
    default: 'local',
    description: '{choices}.',
  }),
  schemaFile: variable({
    env: 'LEADPIPE_SCHEMA',
    group: 'core',
    type: z.string(),
    // The bundled schema is chosen where the schema is read, not here: "unset" is the default.
    description: "Declared lead schema file (default: the home's, else the bundled X Education one).",
  }),
  onError: variable({
    env: 'LEADPIPE_ON_ERROR',
    group: 'load',
    type: z.enum(ON_ERROR),
    default: 'CONTINUE',
    description: '{choices}.',
  }),
  nullTokens: variable({
    env: 'LEADPIPE_NULL_TOKENS',
    group: 'load',
    type: list,
    default: ['', 'Select', 'NA', 'N/A', 'null'],
    description: 'Comma-separated null tokens.',
  }),
  maxRecordBytes: variable({
    env: 'LEADPIPE_MAX_RECORD_BYTES',
    group: 'load',
    type: int.positive(),
    default: 8 * MiB,
    unit: 'bytes',
    description: 'Longest accepted record.',
  }),
  taskSuspendAfterFailures: variable({
    env: 'LEADPIPE_TASK_SUSPEND_AFTER_FAILURES',
    group: 'load',
    type: int.positive(),
    default: 10,
    description: 'Consecutive task failures before it suspends.',
  }),
  duckdbMemoryLimit: variable({
    env: 'LEADPIPE_DUCKDB_MEMORY_LIMIT',
    group: 'load',
    type: z.string().regex(/^\d+(\.\d+)?\s*(KB|MB|GB|KiB|MiB|GiB)$/i, 'a size such as 512MB'),
    // DuckDB fills its buffer pool up to the limit, and a scoring task needs ~500 MB beside it (Node, the
    // scoring statement, freed memory not yet returned). Measured on a 5M-row task with in-task scoring, in
    // a fresh process: 512MB peaked at 0.95-1.02 GiB RSS (over 1 GiB in some runs), 448MB at 0.89 GiB, ~5%
    // slower. On 1M rows with scoring, 1GB peaked at 1.45 GiB and ran ~5% faster than 512MB.
    default: '448MB',
    description:
      'DuckDB memory limit; it spills to disk beyond it where it can (default {default}, which keeps a run under 1 GiB RSS).',
  }),
  logLevel: variable({
    env: 'LEADPIPE_LOG_LEVEL',
    group: 'core',
    type: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
    default: 'info',
    description: 'Log level.',
  }),
  api: z
    .object({
      host: variable({
        env: 'LEADPIPE_HOST',
        group: 'api',
        type: z.string(),
        default: '127.0.0.1',
        description: 'API bind address.',
      }),
      port: variable({
        env: 'LEADPIPE_PORT',
        group: 'api',
        type: int.min(0).max(65535),
        default: 8000,
        description: 'API port.',
      }),
      apiKey: variable({
        env: 'LEADPIPE_API_KEY',
        group: 'api',
        type: z.string(),
        sensitive: true,
        description: 'API key for `/upload`, `/upload-and-load` and `/validate` (header `x-api-key`).',
      }),
      corsOrigins: variable({
        env: 'LEADPIPE_CORS_ORIGINS',
        group: 'api',
        type: list,
        default: [],
        description: 'CORS allow-list, comma-separated.',
      }),
      maxUploadBytes: variable({
        env: 'LEADPIPE_MAX_UPLOAD_BYTES',
        group: 'api',
        type: int.positive(),
        default: 100 * MiB,
        unit: 'bytes',
        description: 'Upload size limit.',
      }),
      rateLimit: variable({
        env: 'LEADPIPE_RATE_LIMIT',
        group: 'api',
        type: int.min(0),
        default: 600,
        description: 'Requests per minute per client IP on read routes; 429 beyond; 0 = no limit.',
      }),
      writeRateLimit: variable({
        env: 'LEADPIPE_WRITE_RATE_LIMIT',
        group: 'api',
        type: int.min(0),
        default: 60,
        description:
          'The same on `/upload`, `/upload-and-load`, `/validate`, wrong keys included; 0 = no limit.',
      }),
      trustProxy: variable({
        env: 'LEADPIPE_TRUST_PROXY',
        group: 'api',
        type: trustProxy,
        default: false,
        description:
          'Proxies (IPs / CIDR ranges / `loopback`) whose `x-forwarded-for` names the client; `false`: none.',
      }),
      pipePollSeconds: variable({
        env: 'LEADPIPE_PIPE_POLL_SECONDS',
        group: 'api',
        type: z.coerce.number().min(0),
        default: 5,
        description:
          '`serve` looks for staged files not loaded yet (dropped in the stage, or left by a crash) this often, in seconds; 0 = only after uploads.',
      }),
      taskScheduleMinutes: variable({
        env: 'LEADPIPE_TASK_SCHEDULE_MINUTES',
        group: 'api',
        type: z.coerce.number().min(0),
        default: 60,
        description:
          '`serve` runs the task (merge, then scoring of new and stale leads) on this schedule, in minutes, recorded as SCHEDULED in the task history; 0 = off. Snowflake runs its native task on its own schedule instead.',
      }),
      watch: variable({
        env: 'LEADPIPE_SERVE_WATCH',
        group: 'api',
        type: z.preprocess(
          (v) => (typeof v === 'string' ? /^(1|true|yes|on)$/i.test(v.trim()) : v),
          z.boolean(),
        ),
        default: false,
        description:
          '`true`: `serve` also runs auto-ingest, as `watch` does (S3 events from the SQS queue, or polling the bucket).',
      }),
    })
    .prefault({}),
  s3: z
    .object({
      endpointUrl: variable({
        env: 'S3_ENDPOINT_URL',
        group: 's3',
        type: z.string(),
        description: 'S3 endpoint for emulators (MinIO, LocalStack, moto); unset for AWS.',
      }),
      bucket: variable({
        env: 'S3_BUCKET',
        group: 's3',
        type: z.string(),
        description: 'Bucket of lead files and the S3 stage.',
      }),
      prefix: variable({
        env: 'S3_PREFIX',
        group: 's3',
        type: z.string(),
        default: '',
        description: 'Key prefix of lead files and the S3 stage in the bucket.',
      }),
      region: variable({
        env: 'AWS_REGION',
        group: 's3',
        type: z.string(),
        default: 'us-east-1',
        description: 'AWS region.',
      }),
      accessKeyId: variable({
        env: 'AWS_ACCESS_KEY_ID',
        group: 's3',
        type: z.string(),
        sensitive: true,
        description: 'AWS access key id (or the default AWS credential chain).',
      }),
      secretAccessKey: variable({
        env: 'AWS_SECRET_ACCESS_KEY',
        group: 's3',
        type: z.string(),
        sensitive: true,
        description: 'AWS secret access key (or the default AWS credential chain).',
      }),
      queueUrl: variable({
        env: 'SQS_QUEUE_URL',
        group: 's3',
        type: z.string(),
        description:
          "SQS queue receiving the bucket's ObjectCreated events (auto-ingest); without it, `watch` polls the prefix.",
      }),
      pollSeconds: variable({
        env: 'LEADPIPE_WATCH_POLL_SECONDS',
        group: 's3',
        type: z.coerce.number().positive(),
        default: 30,
        description: 'Polling interval of `watch` without a queue, in seconds.',
      }),
    })
    .prefault({}),
  alerts: z
    .object({
      webhookUrl: variable({
        env: 'LEADPIPE_ALERT_WEBHOOK_URL',
        group: 'core',
        type: z.string().url(),
        description: 'Webhook (POST JSON) for files that fail to load and a task that fails or suspends.',
      }),
    })
    .prefault({}),
  snowflake: z
    .object({
      account: variable({
        env: 'SNOWFLAKE_ACCOUNT',
        group: 'snowflake',
        type: z.string(),
        description: 'Snowflake account identifier.',
      }),
      user: variable({
        env: 'SNOWFLAKE_USER',
        group: 'snowflake',
        type: z.string(),
        description: 'Snowflake user.',
      }),
      password: variable({
        env: 'SNOWFLAKE_PASSWORD',
        group: 'snowflake',
        type: z.string(),
        sensitive: true,
        description: 'Snowflake password.',
      }),
      warehouse: variable({
        env: 'SNOWFLAKE_WAREHOUSE',
        group: 'snowflake',
        type: z.string(),
        description: 'Snowflake virtual warehouse.',
      }),
      database: variable({
        env: 'SNOWFLAKE_DATABASE',
        group: 'snowflake',
        type: z.string(),
        description: 'Snowflake database.',
      }),
      schema: variable({
        env: 'SNOWFLAKE_SCHEMA',
        group: 'snowflake',
        type: z.string(),
        description: 'Snowflake schema.',
      }),
      role: variable({
        env: 'SNOWFLAKE_ROLE',
        group: 'snowflake',
        type: z.string(),
        description: 'Snowflake role.',
      }),
      privateKeyPath: variable({
        env: 'SNOWFLAKE_PRIVATE_KEY_PATH',
        group: 'snowflake',
        type: z.string(),
        description: 'PEM private key file for key-pair (JWT) auth, used instead of the password.',
      }),
      privateKeyPassphrase: variable({
        env: 'SNOWFLAKE_PRIVATE_KEY_PASSPHRASE',
        group: 'snowflake',
        type: z.string(),
        sensitive: true,
        description: 'Passphrase of an encrypted private key.',
      }),
      loginTimeoutSeconds: variable({
        env: 'SNOWFLAKE_LOGIN_TIMEOUT_SECONDS',
        group: 'snowflake',
        type: z.coerce.number().positive(),
        default: 20,
        // The SDK's own retries run for minutes.
        description: 'Seconds a login may take before it fails.',
      }),
      statementTimeoutSeconds: variable({
        env: 'SNOWFLAKE_STATEMENT_TIMEOUT_SECONDS',
        group: 'snowflake',
        type: z.coerce.number().int().positive(),
        default: 3600,
        description:
          "Seconds one statement (COPY, MERGE, scoring) may run: the session's `STATEMENT_TIMEOUT_IN_SECONDS`; the client waits a minute longer.",
      }),
      keepAlive: variable({
        env: 'SNOWFLAKE_CLIENT_SESSION_KEEP_ALIVE',
        group: 'snowflake',
        type: z.preprocess(
          (v) => (typeof v === 'string' ? /^(1|true|yes|on)$/i.test(v.trim()) : v),
          z.boolean(),
        ),
        default: true,
        // A long-running `serve` or `watch` would otherwise log in again every 4 hours of idleness.
        description: '`true`: the session is kept alive by heartbeats (`clientSessionKeepAlive`).',
      }),
      host: variable({
        env: 'SNOWFLAKE_HOST',
        group: 'snowflake',
        type: z.string().regex(/^[A-Za-z0-9.-]+$/, 'a host name, without scheme or port'),
        description:
          'Host of the account endpoint: a private-link host (`acme.privatelink.snowflakecomputing.com`) or an emulator; default `<account>.snowflakecomputing.com`.',
      }),
      port: variable({
        env: 'SNOWFLAKE_PORT',
        group: 'snowflake',
        type: z.coerce.number().int().min(1).max(65535),
        description: 'Port of the account endpoint (default: that of the protocol).',
      }),
      protocol: variable({
        env: 'SNOWFLAKE_PROTOCOL',
        group: 'snowflake',
        type: z.enum(['https', 'http']),
        default: 'https',
        description: 'Protocol of the account endpoint: {choices} (`http` only for a local emulator).',
      }),
      proxy: variable({
        env: 'SNOWFLAKE_PROXY',
        group: 'snowflake',
        type: z
          .string()
          .url()
          .refine(
            (u) => /^https?:\/\/[^/]+:\d+\/?$/.test(u),
            'a proxy URL http(s)://[user:password@]host:port',
          ),
        sensitive: true,
        description:
          'Proxy for every Snowflake request, as `http://[user:password@]host:port` (without it, the SDK reads `HTTPS_PROXY`).',
      }),
      noProxy: variable({
        env: 'SNOWFLAKE_NO_PROXY',
        group: 'snowflake',
        type: list,
        description: 'Hosts reached without the proxy, comma-separated (`*.amazonaws.com`).',
      }),
      storageAwsRoleArn: variable({
        env: 'SNOWFLAKE_STORAGE_AWS_ROLE_ARN',
        group: 'snowflake',
        type: z.string(),
        description:
          "IAM role Snowflake assumes to read the S3 stage (the storage integration's `STORAGE_AWS_ROLE_ARN`).",
      }),
      storageIntegration: variable({
        env: 'SNOWFLAKE_STORAGE_INTEGRATION',
        group: 'snowflake',
        type: z.string().regex(/^[A-Za-z_][A-Za-z0-9_$]*$/, 'an unquoted Snowflake identifier'),
        default: 'S3_LEADS_INTEGRATION',
        description: 'Name of the storage integration.',
      }),
      autoIngest: variable({
        env: 'SNOWFLAKE_AUTO_INGEST',
        group: 'snowflake',
        type: z.preprocess(
          (v) => (typeof v === 'string' ? /^(1|true|yes|on)$/i.test(v.trim()) : v),
          z.boolean(),
        ),
        default: false,
        description: '`true`: Snowpipe (`AUTO_INGEST`) loads the S3 stage and the native task merges.',
      }),
      taskSchedule: variable({
        env: 'SNOWFLAKE_TASK_SCHEDULE',
        group: 'snowflake',
        type: z.string(),
        default: '1 MINUTE',
        // Snowflake's SCHEDULE: `5 MINUTE`, `USING CRON ...`.
        description: 'Schedule of the native merge task.',
      }),
    })
    .prefault({}),
  // Secrets Manager (the AWS deployment): kept in its own block, apart from the engine settings.
  secrets: z
    .object({
      arn: variable({
        env: 'LEADPIPE_SECRET_ARN',
        group: 'core',
        type: z.string(),
        description:
          "Secrets Manager secret (ARN or name) read once at start: JSON keyed by secret variables' names, plus `SNOWFLAKE_PRIVATE_KEY` (PEM); overrides the environment.",
      }),
      endpointUrl: variable({
        env: 'LEADPIPE_SECRETS_ENDPOINT_URL',
        group: 'core',
        type: z.string(),
        description: 'Secrets Manager endpoint for emulators (moto, LocalStack); unset for AWS.',
      }),
    })
    .prefault({}),
});

/** Every variable leadpipe reads from the environment, in declaration order (derived from {@link CONFIG_SCHEMA}). */
export const CONFIG_VARIABLES: readonly ConfigVariable[] = configVariables(CONFIG_SCHEMA);
