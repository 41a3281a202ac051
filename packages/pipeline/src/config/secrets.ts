/**
 * Secrets from AWS Secrets Manager: on AWS the template passes no secret in plain environment variables,
 * only the secret's ARN (`LEADPIPE_SECRET_ARN`). {@link resolveSecretsOrThrow} reads that secret once per
 * process (a Lambda container's cold start) and puts its fields into the configuration, where every
 * secret variable is redacted from logs and `status` output like any other.
 *
 * The secret is a JSON object keyed by the secret variables' environment names, e.g.
 * `{"LEADPIPE_API_KEY": "...", "SNOWFLAKE_PASSWORD": "..."}`, plus `SNOWFLAKE_PRIVATE_KEY`, the PEM text
 * of a key-pair login (written to a private file under the system's temporary folder, whose path becomes
 * `snowflake.privateKeyPath`, since the engine reads the key from a file).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TerminalError, TransientError } from '../errors.ts';
import type { Config, ConfigVariable } from './config.ts';
import { CONFIG_VARIABLES } from './variables.ts';

/** The secret field holding a Snowflake private key's PEM text (not a variable: the engine reads a file). */
export const SNOWFLAKE_PRIVATE_KEY_FIELD = 'SNOWFLAKE_PRIVATE_KEY';

/** Reads a secret's string by ARN or name; the default uses `@aws-sdk/client-secrets-manager`. */
export type SecretReader = (secretId: string) => Promise<string>;

/** Options of {@link resolveSecretsOrThrow}. */
export interface SecretOptions {
  /** Default: a Secrets Manager client from the configuration (region, credentials, endpoint). */
  read?: SecretReader;
  /** Receives one line naming the fields read (never their values). Default: nothing. */
  log?: (line: string) => void;
  /** Default: cached per (endpoint, secret) for the life of the process; `false` reads again. */
  cache?: boolean;
}

/** The variables a secret may set: the ones declared secret (by their environment names). */
function secretVariables(): Map<string, ConfigVariable> {
  return new Map(CONFIG_VARIABLES.filter((v) => v.sensitive).map((v) => [v.env, v]));
}

const cache = new Map<string, Promise<Record<string, string>>>();

/** Forgets the secrets read so far (tests; the next resolution reads Secrets Manager again). */
export function clearSecretCache(): void {
  cache.clear();
}

/** AWS SDK error fields, read without importing the SDK's types. */
interface AwsErrorLike {
  name?: string;
  message?: string;
  $metadata?: { httpStatusCode?: number };
}

/** Maps a Secrets Manager failure to a leadpipe error: the secret's absence or a refusal is terminal. */
function secretError(id: string, err: unknown): Error {
  const e = (err ?? {}) as AwsErrorLike;
  const name = e.name ?? '';
  const status = e.$metadata?.httpStatusCode;
  if (name === 'ResourceNotFoundException')
    return new TerminalError('E_SECRET_NOT_FOUND', `secret ${id} does not exist (LEADPIPE_SECRET_ARN)`, {
      cause: err,
    });
  if (
    /AccessDenied|UnrecognizedClient|InvalidClientTokenId|ExpiredToken|InvalidSignature/i.test(name) ||
    status === 401 ||
    status === 403
  )
    return new TerminalError(
      'E_SECRET_FORBIDDEN',
      `not allowed to read secret ${id}: ${name || `HTTP ${status}`} — the function's role needs secretsmanager:GetSecretValue on it (and kms:Decrypt for a customer-managed key)`,
      { cause: err },
    );
  if (
    name === 'InvalidRequestException' ||
    name === 'DecryptionFailure' ||
    name === 'InvalidParameterException'
  )
    return new TerminalError('E_SECRET_UNREADABLE', `secret ${id} cannot be read: ${e.message ?? name}`, {
      cause: err,
    });
  return new TransientError(
    'E_SECRET_UNAVAILABLE',
    `could not reach Secrets Manager for ${id}: ${e.message ?? name}`,
    {
      cause: err,
    },
  );
}

/** The default reader: GetSecretValue with the configuration's region, credentials and endpoint. */
function awsReader(config: Config): SecretReader {
  return async (secretId) => {
    const { SecretsManagerClient, GetSecretValueCommand } = await import('@aws-sdk/client-secrets-manager');
    const client = new SecretsManagerClient({
      region: config.s3.region,
      ...(config.secrets.endpointUrl ? { endpoint: config.secrets.endpointUrl } : {}),
      ...(config.s3.accessKeyId && config.s3.secretAccessKey
        ? { credentials: { accessKeyId: config.s3.accessKeyId, secretAccessKey: config.s3.secretAccessKey } }
        : {}),
      maxAttempts: 3,
    });
    try {
      const out = await client.send(new GetSecretValueCommand({ SecretId: secretId }));
      if (out.SecretString !== undefined) return out.SecretString;
      if (out.SecretBinary) return Buffer.from(out.SecretBinary).toString('utf8');
      return '';
    } finally {
      client.destroy();
    }
  };
}

/** Parses and checks a secret's JSON; messages name fields, never values. */
function parseSecretOrThrow(id: string, text: string): Record<string, string> {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new TerminalError('E_SECRET_UNREADABLE', `secret ${id} is not a JSON object of named fields`);
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc))
    throw new TerminalError('E_SECRET_UNREADABLE', `secret ${id} is not a JSON object of named fields`);
  const allowed = secretVariables();
  const out: Record<string, string> = {};
  for (const [field, value] of Object.entries(doc)) {
    if (field !== SNOWFLAKE_PRIVATE_KEY_FIELD && !allowed.has(field))
      throw new TerminalError(
        'E_SECRET_UNREADABLE',
        `secret ${id}: unknown field ${field}; expected some of ${[...allowed.keys(), SNOWFLAKE_PRIVATE_KEY_FIELD].join(', ')}`,
      );
    if (typeof value !== 'string')
      throw new TerminalError('E_SECRET_UNREADABLE', `secret ${id}: field ${field} must be a string`);
    if (value !== '') out[field] = value;
  }
  return out;
}

/** Writes a private key where only this user may read it; the same key always gets the same file. */
function privateKeyFile(pem: string): string {
  const dir = path.join(os.tmpdir(), 'leadpipe-secrets');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = path.join(dir, `${createHash('sha256').update(pem).digest('hex').slice(0, 16)}.p8`);
  writeFileSync(file, pem, { mode: 0o600 });
  return file;
}

/**
 * Returns `config` with the fields of its Secrets Manager secret (`secrets.arn`) applied, or `config`
 * itself when no secret is configured. The secret is read once per process and cached (pass
 * `cache: false` to read again). Secret values override the environment's.
 *
 * Throws a {@link TerminalError} when the secret does not exist (`E_SECRET_NOT_FOUND`), may not be read
 * (`E_SECRET_FORBIDDEN`) or is not a JSON object of known fields (`E_SECRET_UNREADABLE`), and a
 * {@link TransientError} (`E_SECRET_UNAVAILABLE`) when Secrets Manager cannot be reached.
 *
 * @example
 * const config = await resolveSecretsOrThrow(loadConfigOrThrow(), { log: (l) => logger.info(l) });
 */
export async function resolveSecretsOrThrow(config: Config, options: SecretOptions = {}): Promise<Config> {
  const id = config.secrets.arn;
  if (!id) return config;
  const key = `${config.secrets.endpointUrl ?? ''}\n${id}`;
  let fields = options.cache === false ? undefined : cache.get(key);
  if (!fields) {
    const read = options.read ?? awsReader(config);
    fields = read(id).then(
      (text) => parseSecretOrThrow(id, text),
      (err: unknown) => {
        throw err instanceof TerminalError || err instanceof TransientError ? err : secretError(id, err);
      },
    );
    if (options.cache !== false) {
      cache.set(key, fields);
      // A failed read is not cached: the next cold start (or invocation) tries again.
      fields.catch(() => cache.delete(key));
    }
  }
  const values = await fields;
  const resolved = structuredClone(config);
  const variables = secretVariables();
  for (const [field, value] of Object.entries(values)) {
    if (field === SNOWFLAKE_PRIVATE_KEY_FIELD) {
      resolved.snowflake.privateKeyPath = privateKeyFile(value);
      continue;
    }
    const v = variables.get(field) as ConfigVariable;
    const parts = v.path.split('.');
    let node = resolved as unknown as Record<string, unknown>;
    for (const p of parts.slice(0, -1)) node = node[p] as Record<string, unknown>;
    node[parts[parts.length - 1] as string] = value;
  }
  options.log?.(`read ${Object.keys(values).sort().join(', ') || 'no fields'} from secret ${id}`);
  return resolved;
}
