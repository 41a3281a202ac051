import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAutoIngest } from '../src/ingest/auto-ingest.ts';
import { ingestObject, openIngestContext } from '../src/ingest/ingest-object.ts';
import { normaliseEtag } from '../src/stage/s3-client.ts';
import { openTemp } from './helpers.ts';
import { count, leadCsv, recordingLogger } from './ingest-fixtures.ts';
import {
  MOTO_AVAILABLE,
  MOTO_MISSING_REASON,
  createBucketWithEvents,
  motoClients,
  motoS3Flags,
  putObject,
  queueDepth,
  startMoto,
  waitFor,
  type Moto,
} from './moto.ts';

if (!MOTO_AVAILABLE) console.warn(`S3 outage tests skipped: ${MOTO_MISSING_REASON}`);

/**
 * The S3 + SQS server goes away (the moto_server process is stopped) and comes back on the same port. moto
 * keeps its state in memory, so the test then provisions the bucket and queue again and puts the old files
 * back, as a durable bucket would still hold them.
 */
describe.skipIf(!MOTO_AVAILABLE)('auto-ingest while the S3 server is down', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => {
    await moto?.stop();
  });

  it('logs the errors, retries, keeps running, and resumes ingesting when the server is back', async () => {
    const b = await createBucketWithEvents(moto, 'outage-watch');
    const env = await openTemp(motoS3Flags(moto, { bucket: b.bucket, queueUrl: b.queueUrl }));
    const logger = recordingLogger();
    const watcher = await startAutoIngest(env.lp, {
      waitSeconds: 1,
      logger,
      loopBackoff: { baseDelayMs: 100, maxDelayMs: 400 },
      retry: { attempts: 3, baseDelayMs: 50, maxDelayMs: 200 },
    });
    try {
      for (let i = 0; i < 3; i++) await putObject(moto, b.bucket, `before-${i}.csv`, leadCsv(i));
      await waitFor('3 loads', () => watcher.stats().loaded === 3);

      await moto.stop();
      await waitFor('3 failed receives', () => watcher.stats().errors >= 3);
      const failures = logger.lines.filter(
        (l) => l.level === 'error' && l.message.startsWith(`receiving from ${b.queueUrl} failed; retrying`),
      );
      expect(failures.length).toBeGreaterThanOrEqual(3);
      expect(failures[0]?.facts).toMatchObject({
        err: expect.stringMatching(/ECONNREFUSED|connect/i),
        attempt: 1,
      });
      expect(watcher.stats()).toMatchObject({
        running: true,
        lastError: expect.stringContaining(b.queueUrl),
      });

      await moto.start();
      await createBucketWithEvents(moto, 'outage-watch');
      for (let i = 0; i < 3; i++) await putObject(moto, b.bucket, `before-${i}.csv`, leadCsv(i));
      for (let i = 3; i < 6; i++) await putObject(moto, b.bucket, `after-${i}.csv`, leadCsv(i));
      await waitFor(
        '3 more loads and an empty queue',
        async () => watcher.stats().loaded === 6 && (await queueDepth(moto, b.queueUrl)) === 0,
      );
      expect(watcher.stats()).toMatchObject({
        running: true,
        consecutiveErrors: 0,
        duplicates: 3,
        failed: 0,
      });
    } finally {
      await watcher.stop();
    }
    expect(await count(env.lp, `SELECT count(*) FROM load_history`)).toBe(6);
    expect(await count(env.lp, 'SELECT count(*) FROM leads_final')).toBe(30);
    await env.cleanup();
  });

  it('defers an object S3 cannot serve after bounded retries, records nothing, and loads it once S3 is back', async () => {
    const b = await createBucketWithEvents(moto, 'outage-object');
    await putObject(moto, b.bucket, 'leads.csv', leadCsv(7));
    const listed = await motoClients(moto).s3.send(new ListObjectsV2Command({ Bucket: b.bucket }));
    const ref = { bucket: b.bucket, key: 'leads.csv', etag: normaliseEtag(listed.Contents?.[0]?.ETag) };
    const env = await openTemp(motoS3Flags(moto, { bucket: b.bucket }));
    const logger = recordingLogger();
    const ctx = await openIngestContext(env.lp, {
      logger,
      retry: { attempts: 3, baseDelayMs: 50, maxDelayMs: 100 },
    });
    try {
      await moto.stop();
      expect(await ingestObject(ctx, ref)).toMatchObject({
        status: 'DEFERRED',
        error: expect.stringMatching(/ECONNREFUSED|connect/i),
      });
      expect(logger.lines.filter((l) => l.message === 'transient failure; retrying')).toHaveLength(2);
      expect(logger.lines.at(-1)).toMatchObject({
        level: 'error',
        message: 'still failing after retries; deferred',
      });
      expect(await count(env.lp, 'SELECT count(*) FROM load_history')).toBe(0);

      await moto.start();
      await createBucketWithEvents(moto, 'outage-object');
      await putObject(moto, b.bucket, 'leads.csv', leadCsv(7));
      expect(await ingestObject(ctx, ref)).toMatchObject({ status: 'LOADED', rowsLoaded: 5 });
      expect(await ingestObject(ctx, ref)).toMatchObject({ status: 'DUPLICATE' });
    } finally {
      await ctx.close();
      await env.cleanup();
    }
  });
});
