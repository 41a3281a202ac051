import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/api/app.ts';
import { startAutoIngest } from '../src/ingest/auto-ingest.ts';
import { openTemp } from './helpers.ts';
import { count, leadCsv, recordingLogger } from './ingest-fixtures.ts';
import {
  MOTO_AVAILABLE,
  MOTO_MISSING_REASON,
  createBucketWithEvents,
  motoS3Flags,
  putObject,
  queueDepth,
  startMoto,
  waitFor,
  type Moto,
} from './moto.ts';

if (!MOTO_AVAILABLE) console.warn(`concurrency test skipped: ${MOTO_MISSING_REASON}`);

/**
 * Concurrency: 20 simultaneous HTTP uploads to the API on a real socket while the S3 watch loop ingests 20
 * objects from the bucket into the same warehouse. Every file must load exactly once.
 */
describe.skipIf(!MOTO_AVAILABLE)('uploads and auto-ingest at the same time', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => {
    await moto?.stop();
  });

  it('loads each of 20 uploads and 20 S3 objects exactly once', async () => {
    const b = await createBucketWithEvents(moto, 'concurrent', 'incoming/');
    const key = 'concurrency-test-key-0123456789abcdef';
    const env = await openTemp({
      ...motoS3Flags(moto, { bucket: b.bucket, prefix: 'incoming/', queueUrl: b.queueUrl }),
      api: { apiKey: key },
    });
    const app = await buildApp({ lp: env.lp, logger: false });
    const watcher = await startAutoIngest(env.lp, { waitSeconds: 1, logger: recordingLogger() });
    try {
      const base = await app.listen({ host: '127.0.0.1', port: 0 });
      const upload = async (i: number): Promise<Response> => {
        const form = new FormData();
        form.append('file', new Blob([leadCsv(100 + i, 50)], { type: 'text/csv' }), `upload-${i}.csv`);
        return fetch(`${base}/upload-and-load`, {
          method: 'POST',
          body: form,
          headers: { 'x-api-key': key },
        });
      };
      const [responses] = await Promise.all([
        Promise.all(Array.from({ length: 20 }, (_, i) => upload(i))),
        Promise.all(
          Array.from({ length: 20 }, (_, i) =>
            putObject(moto, b.bucket, `incoming/s3-${i}.csv`, leadCsv(i, 50)),
          ),
        ),
      ]);
      const bodies = await Promise.all(
        responses.map(async (r) => ({ status: r.status, body: await r.text() })),
      );
      expect(bodies.filter((r) => r.status !== 200)).toEqual([]);
      await waitFor(
        '20 S3 loads, an empty queue and the task caught up',
        async () =>
          watcher.stats().loaded === 20 &&
          (await queueDepth(moto, b.queueUrl)) === 0 &&
          (await env.lp.warehouse.streamStatus()).pendingRows === 0,
        60_000,
      );
      expect(watcher.stats()).toMatchObject({ loaded: 20, failed: 0 });

      const history = await env.lp.warehouse.loadHistory({ limit: 1000 });
      const loaded = history.filter((h) => h.status === 'LOADED').map((h) => h.fileName);
      expect(loaded).toHaveLength(40);
      expect(new Set(loaded).size).toBe(40);
      expect(history.filter((h) => h.status !== 'LOADED')).toEqual([]);
      expect(await count(env.lp, 'SELECT count(*) AS n FROM leads_raw')).toBe(40 * 50);
      expect(await count(env.lp, 'SELECT count(*) AS n FROM leads_final')).toBe(40 * 50);
      expect(await count(env.lp, 'SELECT count(*) AS n FROM leads_final WHERE score IS NULL')).toBe(0);
    } finally {
      await watcher.stop();
      await app.close();
      await env.cleanup();
    }
  }, 120_000);
});
