/**
 * A real S3 + SQS server for tests: `moto_server` (the emulator LocalStack's S3 is built on) as a child
 * process on 127.0.0.1 and a free port. No fake clients: tests talk to it over HTTP with the AWS SDK.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import {
  CreateBucketCommand,
  PutBucketNotificationConfigurationCommand,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import {
  CreateQueueCommand,
  DeleteMessageBatchCommand,
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  SendMessageCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { Upload } from '@aws-sdk/lib-storage';
import type { Config } from '../src/config/config.ts';

/** Credentials moto accepts (any non-empty pair). */
export const MOTO_CREDENTIALS = { accessKeyId: 'testing', secretAccessKey: 'testing' } as const;

/** Whether `moto_server` is on the PATH; when it is not, S3 suites are skipped with this reason. */
export const MOTO_AVAILABLE =
  spawnSync('sh', ['-c', 'command -v moto_server'], { stdio: 'ignore' }).status === 0;
/** Why S3 suites are skipped when moto_server is missing. */
export const MOTO_MISSING_REASON =
  'moto_server is not on the PATH (pip install "moto[server]"); .ci/run requires it';

/** A running moto_server. */
export interface Moto {
  endpoint: string;
  port: number;
  /** Clears every bucket, queue and notification (`POST /moto-api/reset`). */
  reset(): Promise<void>;
  /** Stops the server (all its state is lost). */
  stop(): Promise<void>;
  /** Starts it again on the same port, empty. */
  start(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function waitReady(endpoint: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`moto_server exited with ${child.exitCode}: ${output()}`);
    try {
      const r = await fetch(`${endpoint}/moto-api/`);
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`moto_server did not answer on ${endpoint} within 20 s: ${output()}`);
}

/**
 * Starts `moto_server -H 127.0.0.1 -p <free port>` and waits until `GET /moto-api/` answers. `env` adds
 * moto settings, e.g. `{ INITIAL_NO_AUTH_ACTION_COUNT: '0' }` to check every request's credentials.
 *
 * @example
 * const moto = await startMoto();
 * try { ... } finally { await moto.stop(); }
 */
export async function startMoto(options: { env?: Record<string, string> } = {}): Promise<Moto> {
  const port = await freePort();
  const endpoint = `http://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  let output = '';
  const start = async (): Promise<void> => {
    output = '';
    const c = spawn('moto_server', ['-H', '127.0.0.1', '-p', String(port)], {
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(options.env ? { env: { ...process.env, ...options.env } } : {}),
    });
    child = c;
    // Keep the tail only: moto logs every request.
    const keep = (d: Buffer): void => {
      output = (output + d.toString()).slice(-4000);
    };
    c.stdout?.on('data', keep);
    c.stderr?.on('data', keep);
    await waitReady(endpoint, c, () => output);
  };
  const stop = async (): Promise<void> => {
    const c = child;
    child = undefined;
    if (!c || c.exitCode !== null || c.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => c.kill('SIGKILL'), 5_000);
      c.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      c.kill('SIGTERM');
    });
  };
  await start();
  return {
    endpoint,
    port,
    start,
    stop,
    reset: async () => {
      const r = await fetch(`${endpoint}/moto-api/reset`, { method: 'POST' });
      if (!r.ok) throw new Error(`moto reset failed: ${r.status}`);
    },
  };
}

/** Config flags pointing leadpipe at moto (for `testConfig(home, flags)`). */
export function motoS3Flags(moto: Moto, s3: Partial<Config['s3']> = {}): Record<string, unknown> {
  return { s3: { endpointUrl: moto.endpoint, region: 'us-east-1', ...MOTO_CREDENTIALS, ...s3 } };
}

/** The same settings as environment variables (for CLI child processes). */
export function motoEnv(moto: Moto, vars: Record<string, string> = {}): Record<string, string> {
  return {
    S3_ENDPOINT_URL: moto.endpoint,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: MOTO_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: MOTO_CREDENTIALS.secretAccessKey,
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    ...vars,
  };
}

const clients = new Map<string, { s3: S3Client; sqs: SQSClient }>();

/** SDK clients for a test to drive moto directly. */
export function motoClients(moto: Moto): { s3: S3Client; sqs: SQSClient } {
  let c = clients.get(moto.endpoint);
  if (!c) {
    const common = { endpoint: moto.endpoint, region: 'us-east-1', credentials: MOTO_CREDENTIALS };
    c = {
      s3: new S3Client({ ...common, forcePathStyle: true, requestChecksumCalculation: 'WHEN_REQUIRED' }),
      sqs: new SQSClient(common),
    };
    clients.set(moto.endpoint, c);
  }
  return c;
}

/** What {@link createBucketWithEvents} made. */
export interface BucketWithEvents {
  bucket: string;
  /** The queue leadpipe consumes. */
  queueUrl: string;
  /** A second queue subscribed to the same events, for a test to read (and re-send) the real payloads. */
  tapQueueUrl: string;
}

/**
 * Creates a bucket whose `s3:ObjectCreated:*` events go to two SQS queues (as Snowpipe AUTO_INGEST is set
 * up: bucket notification -> queue), and drains the `s3:TestEvent` from the tap queue.
 */
export async function createBucketWithEvents(
  moto: Moto,
  bucket: string,
  prefix = '',
): Promise<BucketWithEvents> {
  const { s3, sqs } = motoClients(moto);
  await s3.send(new CreateBucketCommand({ Bucket: bucket }));
  const queueUrl = (await sqs.send(new CreateQueueCommand({ QueueName: `${bucket}-events` })))
    .QueueUrl as string;
  const tapQueueUrl = (await sqs.send(new CreateQueueCommand({ QueueName: `${bucket}-tap` })))
    .QueueUrl as string;
  const arn = async (url: string): Promise<string> =>
    (await sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['QueueArn'] })))
      .Attributes?.QueueArn as string;
  const filter = prefix
    ? { Filter: { Key: { FilterRules: [{ Name: 'prefix' as const, Value: prefix }] } } }
    : {};
  await s3.send(
    new PutBucketNotificationConfigurationCommand({
      Bucket: bucket,
      NotificationConfiguration: {
        QueueConfigurations: [
          { QueueArn: await arn(queueUrl), Events: ['s3:ObjectCreated:*'], ...filter },
          { QueueArn: await arn(tapQueueUrl), Events: ['s3:ObjectCreated:*'], ...filter },
        ],
      },
    }),
  );
  return { bucket, queueUrl, tapQueueUrl };
}

/** Uploads a body; `multipart` forces lib-storage with 5 MiB parts (the body must exceed 5 MiB). */
export async function putObject(
  moto: Moto,
  bucket: string,
  key: string,
  body: string | Buffer,
  multipart = false,
): Promise<void> {
  const { s3 } = motoClients(moto);
  if (multipart)
    await new Upload({
      client: s3,
      params: { Bucket: bucket, Key: key, Body: body },
      partSize: 5 * 1024 * 1024,
    }).done();
  else await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body }));
}

/** Receives (and deletes) every message of a queue until it stays empty for `quietMs`; returns the bodies. */
export async function drainQueue(moto: Moto, queueUrl: string, quietMs = 500): Promise<string[]> {
  const { sqs } = motoClients(moto);
  const bodies: string[] = [];
  let quietSince = Date.now();
  while (Date.now() - quietSince < quietMs) {
    const r = await sqs.send(
      new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 0 }),
    );
    const messages = r.Messages ?? [];
    if (messages.length === 0) {
      await new Promise((res) => setTimeout(res, 50));
      continue;
    }
    quietSince = Date.now();
    for (const m of messages) bodies.push(m.Body ?? '');
    await sqs.send(
      new DeleteMessageBatchCommand({
        QueueUrl: queueUrl,
        Entries: messages.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle as string })),
      }),
    );
  }
  return bodies;
}

/** Sends message bodies to a queue as they are. */
export async function sendMessages(moto: Moto, queueUrl: string, bodies: readonly string[]): Promise<void> {
  const { sqs } = motoClients(moto);
  for (const body of bodies)
    await sqs.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: body }));
}

/** Messages in a queue, visible and in flight. */
export async function queueDepth(moto: Moto, queueUrl: string): Promise<number> {
  const { sqs } = motoClients(moto);
  const a = (
    await sqs.send(
      new GetQueueAttributesCommand({
        QueueUrl: queueUrl,
        AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'],
      }),
    )
  ).Attributes;
  return Number(a?.ApproximateNumberOfMessages ?? 0) + Number(a?.ApproximateNumberOfMessagesNotVisible ?? 0);
}

/** Polls `check` every 100 ms until it returns true; fails with `what` after `timeoutMs`. */
export async function waitFor(
  what: string,
  check: () => Promise<boolean> | boolean,
  timeoutMs = 20_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

/** Creates a Secrets Manager secret holding `fields` as JSON (as the README's `create-secret` does); returns its ARN. */
export async function createSecret(
  moto: Moto,
  name: string,
  fields: Record<string, unknown>,
): Promise<string> {
  const { SecretsManagerClient, CreateSecretCommand } = await import('@aws-sdk/client-secrets-manager');
  const client = new SecretsManagerClient({
    endpoint: moto.endpoint,
    region: 'us-east-1',
    credentials: MOTO_CREDENTIALS,
  });
  try {
    const out = await client.send(
      new CreateSecretCommand({ Name: name, SecretString: JSON.stringify(fields) }),
    );
    return out.ARN as string;
  } finally {
    client.destroy();
  }
}

/** Config flags naming a secret in moto (with {@link motoS3Flags}' credentials and region). */
export function motoSecretFlags(moto: Moto, arn: string): Record<string, unknown> {
  return {
    ...motoS3Flags(moto),
    secrets: { arn, endpointUrl: moto.endpoint },
  };
}
