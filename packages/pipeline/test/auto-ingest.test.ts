import path from 'node:path';
import { DeleteObjectCommand, HeadObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setFailpoint } from '../src/failpoints.ts';
import { startAutoIngest } from '../src/ingest/auto-ingest.ts';
import { ingestObject, openIngestContext } from '../src/ingest/ingest-object.ts';
import { refreshPipe } from '../src/ingest/pipe-refresh.ts';
import { createS3EventHandler } from '../src/ingest/s3-event-lambda.ts';
import { openLeadpipe } from '../src/pipeline/context.ts';
import { normaliseEtag } from '../src/stage/s3-client.ts';
import { openTemp, runCli, tempDir, testConfig } from './helpers.ts';
import {
  UNPARSEABLE_CSV,
  bigLeadCsv,
  count,
  leadCsv,
  recordingLogger,
  webhookReceiver,
} from './ingest-fixtures.ts';
import {
  MOTO_AVAILABLE,
  MOTO_MISSING_REASON,
  createBucketWithEvents,
  drainQueue,
  motoClients,
  motoEnv,
  motoS3Flags,
  putObject,
  queueDepth,
  sendMessages,
  startMoto,
  waitFor,
  type Moto,
} from './moto.ts';

if (!MOTO_AVAILABLE) console.warn(`auto-ingest tests skipped: ${MOTO_MISSING_REASON}`);

/**
 * Auto-ingest against a real S3 + SQS server (moto_server): bucket notifications to a queue, as Snowpipe
 * AUTO_INGEST is set up. Every test uses its own bucket, queue and data home.
 */
describe.skipIf(!MOTO_AVAILABLE)('auto-ingest from S3 events', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => {
    await moto?.stop();
  });

  it('loads 20 files put into the bucket while watch runs exactly once, and re-sent events change nothing', async () => {
    const b = await createBucketWithEvents(moto, 'watch-twenty', 'incoming/');
    const env = await openTemp(
      motoS3Flags(moto, { bucket: b.bucket, prefix: 'incoming/', queueUrl: b.queueUrl }),
    );
    const watcher = await startAutoIngest(env.lp, { waitSeconds: 1, logger: recordingLogger() });
    let taskRuns: number | undefined;
    try {
      // 19 small files (keys with a space arrive URL-encoded as '+') and one multipart upload (two events).
      await Promise.all([
        ...Array.from({ length: 19 }, (_, i) =>
          putObject(moto, b.bucket, `incoming/batch ${i}.csv`, leadCsv(i)),
        ),
        putObject(moto, b.bucket, 'incoming/big.csv', bigLeadCsv(99), true),
      ]);
      await waitFor(
        '20 loads, an empty queue and the task caught up',
        async () =>
          watcher.stats().loaded === 20 &&
          (await queueDepth(moto, b.queueUrl)) === 0 &&
          (await env.lp.warehouse.streamStatus()).pendingRows === 0,
        40_000,
      );
      const first = watcher.stats();
      expect(first).toMatchObject({
        loaded: 20,
        objects: 21,
        duplicates: 1,
        failed: 0,
        deferred: 0,
        testEvents: 1,
      });

      const expectedLeads = 19 * 5 + 2_800;
      expect(await count(env.lp, 'SELECT count(*) FROM leads_final')).toBe(expectedLeads);
      expect(await count(env.lp, 'SELECT count(DISTINCT prospect_id) FROM leads_final')).toBe(expectedLeads);
      expect(await count(env.lp, 'SELECT count(*) FROM leads_raw')).toBe(expectedLeads);
      expect(await count(env.lp, `SELECT count(*) FROM load_history`)).toBe(20);
      expect(
        await count(env.lp, `SELECT count(DISTINCT file_name) FROM load_history WHERE status = 'LOADED'`),
      ).toBe(20);
      taskRuns = await count(env.lp, 'SELECT count(*) FROM task_history');

      // Every event S3 sent (the test event, 20 puts, the multipart's second event), delivered again.
      const sent = await drainQueue(moto, b.tapQueueUrl);
      expect(sent).toHaveLength(22);
      await sendMessages(moto, b.queueUrl, sent);
      await waitFor(
        'the re-sent events handled',
        async () => watcher.stats().messages === 44 && (await queueDepth(moto, b.queueUrl)) === 0,
      );
      expect(watcher.stats()).toMatchObject({ loaded: 20, duplicates: 22, testEvents: 2, failed: 0 });
    } finally {
      await watcher.stop();
    }
    expect(await count(env.lp, 'SELECT count(*) FROM load_history')).toBe(20);
    expect(await count(env.lp, 'SELECT count(*) FROM leads_raw')).toBe(19 * 5 + 2_800);
    // Nothing new reached the stream, so the task did not even run (no SKIPPED runs either).
    expect(await count(env.lp, 'SELECT count(*) FROM task_history')).toBe(taskRuns);
    await env.cleanup();
  });

  it('loses nothing and loads nothing twice when the watcher is killed mid-stream and restarted', async () => {
    const b = await createBucketWithEvents(moto, 'watch-restart', 'incoming/');
    const work = await tempDir();
    const home = path.join(work.dir, 'home');
    const s3 = { bucket: b.bucket, prefix: 'incoming/', queueUrl: b.queueUrl };
    try {
      for (let i = 0; i < 10; i++) await putObject(moto, b.bucket, `incoming/early-${i}.csv`, leadCsv(i));
      // The watcher process stops dead after its first load committed, before it recorded the object as
      // handled or deleted any message: the worst moment. Then it is SIGKILLed.
      const killed = await runCli(
        ['--home', home, 'watch', '--wait-seconds', '1', '--visibility-timeout', '2'],
        {
          env: motoEnv(moto, {
            S3_BUCKET: b.bucket,
            S3_PREFIX: 'incoming/',
            SQS_QUEUE_URL: b.queueUrl,
            LEADPIPE_FAILPOINTS: 'ingest.after-load:pause',
            LEADPIPE_LOG_LEVEL: 'warn',
          }),
          onStderr: (text, kill) => {
            if (text.includes('failpoint ingest.after-load reached')) kill();
          },
          timeoutMs: 60_000,
        },
      );
      expect(killed.signal, killed.stderr).toBe('SIGKILL');
      // More files arrive while no watcher runs.
      for (let i = 10; i < 20; i++) await putObject(moto, b.bucket, `incoming/late-${i}.csv`, leadCsv(i));

      const lp = await openLeadpipe(testConfig(home, motoS3Flags(moto, s3)));
      try {
        expect(await count(lp, `SELECT count(*) FROM load_history WHERE status = 'LOADED'`)).toBe(1);
        const watcher = await startAutoIngest(lp, {
          waitSeconds: 1,
          visibilityTimeoutSeconds: 2,
          logger: recordingLogger(),
        });
        try {
          await waitFor(
            '20 files loaded and the queue empty',
            async () =>
              (await count(lp, `SELECT count(*) FROM load_history WHERE status = 'LOADED'`)) === 20 &&
              (await queueDepth(moto, b.queueUrl)) === 0,
            40_000,
          );
        } finally {
          await watcher.stop();
        }
        expect(
          await count(lp, `SELECT count(DISTINCT file_name) FROM load_history WHERE status = 'LOADED'`),
        ).toBe(20);
        // The file loaded just before the kill came back with its event: the pipe skipped it.
        expect(await count(lp, `SELECT count(*) FROM load_history WHERE status = 'SKIPPED'`)).toBe(1);
        expect(await count(lp, 'SELECT count(*) FROM leads_raw')).toBe(100);
        expect(await count(lp, 'SELECT count(*) FROM leads_final')).toBe(100);
        expect((await lp.warehouse.streamStatus()).pendingRows).toBe(0);
      } finally {
        await lp.close();
      }
    } finally {
      await work.cleanup();
    }
  });

  it('records a file that cannot be parsed as failed, alerts the webhook, keeps watching, and alerts when the task suspends', async () => {
    const hook = await webhookReceiver();
    const b = await createBucketWithEvents(moto, 'watch-alerts');
    const env = await openTemp({
      ...motoS3Flags(moto, { bucket: b.bucket, queueUrl: b.queueUrl }),
      alerts: { webhookUrl: hook.url },
      taskSuspendAfterFailures: 1,
    });
    const watcher = await startAutoIngest(env.lp, { waitSeconds: 1, logger: recordingLogger() });
    try {
      await putObject(moto, b.bucket, 'bad.csv', UNPARSEABLE_CSV);
      await putObject(moto, b.bucket, 'good-1.csv', leadCsv(1));
      await waitFor(
        'one failure, one load, and its task run',
        async () =>
          watcher.stats().failed === 1 &&
          watcher.stats().loaded === 1 &&
          (await env.lp.warehouse.streamStatus()).pendingRows === 0,
      );
      const [bad] = await env.lp.warehouse.loadHistory({ file: 'bad.csv' });
      expect(bad).toMatchObject({
        status: 'LOAD_FAILED',
        reason: expect.stringContaining('normalise to "prospect_id"'),
      });
      await waitFor('the file alert', () => hook.received.length === 1);
      expect(hook.received[0]).toMatchObject({
        kind: 'INGEST_FAILED_FILE',
        pipe: 'leads_raw_pipe',
        file: 'bad.csv',
        source: `s3://${b.bucket}/bad.csv`,
        error: expect.stringContaining('normalise'),
      });

      setFailpoint('task.after-merge', 'throw');
      try {
        await putObject(moto, b.bucket, 'good-2.csv', leadCsv(2));
        await waitFor('the task alert', () => hook.received.length === 2 && watcher.stats().loaded === 2);
      } finally {
        setFailpoint('task.after-merge', undefined);
      }
      expect(hook.received[1]).toMatchObject({
        kind: 'TASK_SUSPENDED',
        task: 'leads_merge_task',
        error: expect.stringContaining('failpoint'),
      });
      expect(watcher.stats()).toMatchObject({ running: true, loaded: 2, failed: 1 });
    } finally {
      await watcher.stop();
      await hook.close();
      await env.cleanup();
    }
  });

  it('polls the prefix without a queue, and pipe refresh loads only object versions not handled yet', async () => {
    const b = await createBucketWithEvents(moto, 'poll-bucket');
    for (let i = 0; i < 3; i++) await putObject(moto, b.bucket, `incoming/p-${i}.csv`, leadCsv(i));
    await putObject(moto, b.bucket, 'elsewhere/other.csv', leadCsv(50));
    const env = await openTemp(motoS3Flags(moto, { bucket: b.bucket, prefix: 'incoming' }));
    const watcher = await startAutoIngest(env.lp, { pollSeconds: 0.2, logger: recordingLogger() });
    try {
      expect(watcher.mode).toBe('poll');
      await waitFor('3 loads', () => watcher.stats().loaded === 3);
      // A new version of a file (same key, new content, new ETag) loads too.
      await putObject(moto, b.bucket, 'incoming/p-0.csv', leadCsv(0, 7));
      await waitFor('the new version loaded', () => watcher.stats().loaded === 4);
    } finally {
      await watcher.stop();
    }
    expect(
      await count(
        env.lp,
        `SELECT count(*) FROM load_history WHERE file_name = 'p-0.csv' AND status = 'LOADED'`,
      ),
    ).toBe(2);
    expect(await count(env.lp, 'SELECT count(*) FROM leads_final')).toBe(5 + 5 + 7);

    await putObject(moto, b.bucket, 'incoming/p-9.csv', leadCsv(9));
    const ctx = await openIngestContext(env.lp);
    try {
      const r = await refreshPipe(ctx);
      expect(r).toMatchObject({ location: `s3://${b.bucket}/incoming/`, listed: 4, alreadyHandled: 3 });
      expect(r.results).toMatchObject([{ key: 'incoming/p-9.csv', status: 'LOADED', rowsLoaded: 5 }]);
      expect(r.task).toMatchObject({ state: 'SUCCEEDED', inserted: 5 });
      expect((await refreshPipe(ctx)).results).toEqual([]);
    } finally {
      await ctx.close();
      await env.cleanup();
    }
  });

  it('loads the current version for an announcement of an overwritten object, and skips a deleted one', async () => {
    const b = await createBucketWithEvents(moto, 'stale-events');
    const { s3 } = motoClients(moto);
    await putObject(moto, b.bucket, 'v.csv', leadCsv(1));
    const first = normaliseEtag(
      (await s3.send(new HeadObjectCommand({ Bucket: b.bucket, Key: 'v.csv' }))).ETag,
    );
    await putObject(moto, b.bucket, 'v.csv', leadCsv(1, 8));
    const second = normaliseEtag(
      (await s3.send(new HeadObjectCommand({ Bucket: b.bucket, Key: 'v.csv' }))).ETag,
    );
    const env = await openTemp(motoS3Flags(moto, { bucket: b.bucket }));
    const ctx = await openIngestContext(env.lp, { retry: { baseDelayMs: 10 }, logger: recordingLogger() });
    try {
      // The first version's event arrives after the overwrite: If-Match fails, the current version loads.
      expect(await ingestObject(ctx, { bucket: b.bucket, key: 'v.csv', etag: first })).toMatchObject({
        status: 'LOADED',
        etag: second,
        rowsLoaded: 8,
      });
      expect(await ingestObject(ctx, { bucket: b.bucket, key: 'v.csv', etag: second })).toMatchObject({
        status: 'DUPLICATE',
      });
      expect(await ingestObject(ctx, { bucket: b.bucket, key: 'v.csv', etag: first })).toMatchObject({
        status: 'DUPLICATE',
      });
      await s3.send(new DeleteObjectCommand({ Bucket: b.bucket, Key: 'v.csv' }));
      expect(await ingestObject(ctx, { bucket: b.bucket, key: 'v.csv', etag: 'feed' })).toMatchObject({
        status: 'GONE',
      });
      expect(await ingestObject(ctx, { bucket: 'other-bucket', key: 'v.csv' })).toMatchObject({
        status: 'IGNORED',
      });
      expect(await count(env.lp, 'SELECT count(*) FROM load_history')).toBe(1);
    } finally {
      await ctx.close();
      await env.cleanup();
    }
  });

  it('loads the object of a real S3 event in the Lambda handler once, invoked directly or through SQS', async () => {
    const b = await createBucketWithEvents(moto, 'lambda-bucket');
    await putObject(moto, b.bucket, 'in/lambda leads.csv', leadCsv(1));
    const body = (await drainQueue(moto, b.tapQueueUrl)).find((m) => m.includes('"Records"'));
    expect(body).toContain('lambda+leads.csv');
    const event: unknown = JSON.parse(body as string);
    const work = await tempDir();
    try {
      const config = testConfig(work.dir, motoS3Flags(moto, { bucket: b.bucket }));
      const handler = createS3EventHandler({ config, logger: recordingLogger() });
      const first = await handler(event);
      expect(first.results).toMatchObject([
        { key: 'in/lambda leads.csv', status: 'LOADED', file: 'lambda leads.csv', rowsLoaded: 5 },
      ]);
      expect(first.task).toMatchObject({ state: 'SUCCEEDED', inserted: 5 });
      const again = await handler(event);
      expect(again.results).toMatchObject([{ status: 'DUPLICATE' }]);
      expect(again.task).toBeUndefined();
      const viaSqs = await handler({ Records: [{ eventSource: 'aws:sqs', messageId: 'm-1', body }] });
      expect(viaSqs).toMatchObject({ results: [{ status: 'DUPLICATE' }], batchItemFailures: [] });

      const lp = await openLeadpipe(config);
      try {
        expect(await count(lp, 'SELECT count(*) FROM load_history')).toBe(1);
        expect(await count(lp, 'SELECT count(*) FROM leads_final')).toBe(5);
      } finally {
        await lp.close();
      }
    } finally {
      await work.cleanup();
    }
  });
});
