/**
 * Both Lambda handlers invoked in-process with the event files in `events/` (the ones `sam local invoke -e`
 * takes), against moto_server for Secrets Manager and S3: the API handler takes its key from the secret,
 * the S3-event handler loads the announced object once, directly from S3 or through SQS.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CreateBucketCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { LambdaResult } from '../src/api/lambda.ts';
import { createLambdaHandler } from '../src/api/lambda.ts';
import { clearSecretCache } from '../src/config/secrets.ts';
import { SILENT_LOGGER } from '../src/ingest/ingest-logger.ts';
import { createS3EventHandler } from '../src/ingest/s3-event-lambda.ts';
import { REPO_ROOT, tempDir, testConfig } from './helpers.ts';
import {
  MOTO_AVAILABLE,
  MOTO_MISSING_REASON,
  createSecret,
  motoClients,
  motoS3Flags,
  motoSecretFlags,
  putObject,
  startMoto,
  type Moto,
} from './moto.ts';

const event = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(path.join(REPO_ROOT, 'events', name), 'utf8')) as Record<string, unknown>;
const json = (r: LambdaResult): Record<string, unknown> =>
  JSON.parse(r.isBase64Encoded ? Buffer.from(r.body, 'base64').toString('utf8') : r.body) as Record<
    string,
    unknown
  >;

describe.skipIf(!MOTO_AVAILABLE)('the Lambda handlers on the files of events/ (moto_server)', () => {
  if (!MOTO_AVAILABLE) console.warn(`skipped: ${MOTO_MISSING_REASON}`);
  let moto: Moto;
  const cleanups: (() => Promise<void>)[] = [];
  const home = async (): Promise<string> => {
    const t = await tempDir('leadpipe-events-');
    cleanups.push(t.cleanup);
    return t.dir;
  };

  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => {
    await moto?.stop();
    for (const c of cleanups) await c();
  });
  beforeEach(() => clearSecretCache());

  it('has event files that agree with each other (the S3 events announce events/sample-leads.csv)', () => {
    const csv = readFileSync(path.join(REPO_ROOT, 'events/sample-leads.csv'));
    const record = (
      event('s3-object-created.json').Records as { s3: Record<string, Record<string, unknown>> }[]
    )[0];
    expect(record?.s3.object).toMatchObject({
      eTag: createHash('md5').update(csv).digest('hex'),
      size: csv.length,
    });
    const sqs = (event('sqs-s3-object-created.json').Records as { body: string; eventSource: string }[])[0];
    expect(sqs?.eventSource).toBe('aws:sqs');
    expect(JSON.parse(sqs?.body ?? '')).toEqual(event('s3-object-created.json'));
    const upload = event('api-post-upload.json');
    expect(Buffer.from(String(upload.body), 'base64').includes(csv)).toBe(true);
  });

  it('answers GET /leads and stages POST /upload with the API key read from the secret', async () => {
    const upload = event('api-post-upload.json');
    const key = (upload.headers as Record<string, string>)['x-api-key'] as string;
    const arn = await createSecret(moto, 'leadpipe/events', { LEADPIPE_API_KEY: key });
    const handler = createLambdaHandler({
      config: testConfig(await home(), motoSecretFlags(moto, arn)),
      logger: false,
    });
    try {
      const leads = await handler(event('api-get-leads.json'), {});
      expect(leads.statusCode, leads.body).toBe(200);
      expect(json(leads)).toMatchObject({ items: [], total: 0 });
      const staged = await handler(upload, {});
      expect(staged.statusCode, staged.body).toBeLessThan(300);
      expect(JSON.stringify(json(staged))).toContain('sample-leads.csv');
    } finally {
      await handler.close();
    }
    // Without the secret the same request has no key to match: a function refuses writes then.
    const keyless = createLambdaHandler({ config: testConfig(await home()), logger: false });
    try {
      expect((await keyless(upload, {})).statusCode).toBe(403);
    } finally {
      await keyless.close();
    }
  });

  it('fails at cold start, on every invocation, with a terminal error when the secret does not exist', async () => {
    const handler = createLambdaHandler({
      config: testConfig(await home(), motoSecretFlags(moto, 'leadpipe/absent')),
      logger: false,
    });
    for (let i = 0; i < 2; i++)
      await expect(handler(event('api-get-leads.json'), {})).rejects.toMatchObject({
        code: 'E_SECRET_NOT_FOUND',
        message: expect.stringContaining('leadpipe/absent'),
      });
    await handler.close();
  });

  it('loads the object of an S3 ObjectCreated event once, then finds the SQS-wrapped event handled', async () => {
    const record = (
      event('s3-object-created.json').Records as { s3: Record<string, Record<string, unknown>> }[]
    )[0];
    const bucket = String(record?.s3.bucket?.name);
    const key = String(record?.s3.object?.key);
    await motoClients(moto).s3.send(new CreateBucketCommand({ Bucket: bucket }));
    await putObject(moto, bucket, key, readFileSync(path.join(REPO_ROOT, 'events/sample-leads.csv')));
    const arn = await createSecret(moto, 'leadpipe/ingest', { LEADPIPE_API_KEY: 'k'.repeat(32) });
    const config = testConfig(await home(), {
      ...motoS3Flags(moto, { bucket, prefix: 'leads/' }),
      secrets: { arn, endpointUrl: moto.endpoint },
    });
    const handler = createS3EventHandler({ config, logger: SILENT_LOGGER, retry: { attempts: 1 } });

    const direct = await handler(event('s3-object-created.json'));
    expect(direct.results).toEqual([
      expect.objectContaining({ bucket, key, status: 'LOADED', file: 'sample-leads.csv', rowsLoaded: 5 }),
    ]);
    expect(direct.task).toMatchObject({ state: 'SUCCEEDED', inserted: 5 });
    expect(direct.batchItemFailures).toEqual([]);

    const viaSqs = await handler(event('sqs-s3-object-created.json'));
    expect(viaSqs.results).toEqual([expect.objectContaining({ bucket, key, status: 'DUPLICATE' })]);
    expect(viaSqs.batchItemFailures).toEqual([]);
  });

  it('loads the object of the SQS-wrapped event on a fresh home (the queue path the template deploys)', async () => {
    const record = (
      event('s3-object-created.json').Records as { s3: Record<string, Record<string, unknown>> }[]
    )[0];
    const bucket = String(record?.s3.bucket?.name);
    const config = testConfig(await home(), motoS3Flags(moto, { bucket, prefix: 'leads/' }));
    const handler = createS3EventHandler({ config, logger: SILENT_LOGGER, retry: { attempts: 1 } });
    const r = await handler(event('sqs-s3-object-created.json'));
    expect(r.results).toEqual([expect.objectContaining({ status: 'LOADED', rowsLoaded: 5 })]);
    expect(r.batchItemFailures).toEqual([]);
  });
});
