import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { CreateBucketCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAutoIngest } from '../src/ingest/auto-ingest.ts';
import { countRawRecords } from '../src/ingest/raw-files.ts';
import type { Leadpipe } from '../src/pipeline/context.ts';
import { runPipeline } from '../src/pipeline/run.ts';
import { REAL_LEADS, openTemp, runCli, tempDir, testConfig } from './helpers.ts';
import { leadCsv, recordingLogger } from './ingest-fixtures.ts';
import {
  MOTO_AVAILABLE,
  MOTO_MISSING_REASON,
  createBucketWithEvents,
  motoClients,
  motoEnv,
  motoS3Flags,
  putObject,
  queueDepth,
  startMoto,
  waitFor,
  type Moto,
} from './moto.ts';

if (!MOTO_AVAILABLE) console.warn(`S3 source tests skipped: ${MOTO_MISSING_REASON}`);

/** leads_final without the columns that hold the time of the load or of the scoring, in key order. */
async function finalRows(lp: Leadpipe): Promise<Record<string, unknown>[]> {
  return lp.warehouse.query(
    `SELECT COLUMNS(c -> c NOT IN ('first_seen_at', 'updated_at', 'scored_at')) FROM leads_final ORDER BY prospect_id`,
  );
}

describe.skipIf(!MOTO_AVAILABLE)('lead files in S3', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => {
    await moto?.stop();
  });

  it('gives the same leads_final for the real dataset uploaded to the bucket (S3 stage, auto-ingest) as a local run', async () => {
    const b = await createBucketWithEvents(moto, 'real-leads', 'incoming/');
    const local = await openTemp();
    const s3 = await openTemp({
      ...motoS3Flags(moto, { bucket: b.bucket, prefix: 'incoming/', queueUrl: b.queueUrl }),
      stage: 's3',
    });
    try {
      await runPipeline(local.lp, [REAL_LEADS]);
      const expected = await finalRows(local.lp);
      expect(expected).toHaveLength(9240);

      const watcher = await startAutoIngest(s3.lp, { waitSeconds: 1, logger: recordingLogger() });
      try {
        await putObject(moto, b.bucket, 'incoming/leads.csv', await readFile(REAL_LEADS));
        await waitFor(
          'the dataset loaded and merged',
          async () =>
            watcher.stats().loaded === 1 &&
            watcher.stats().taskRuns >= 1 &&
            (await queueDepth(moto, b.queueUrl)) === 0,
          40_000,
        );
      } finally {
        await watcher.stop();
      }
      // The S3 stage writes under incoming/_leadpipe/, which the bucket also announces: never ingested.
      expect(watcher.stats().ignored).toBeGreaterThan(0);
      expect(s3.lp.stage.location).toBe(`s3://${b.bucket}/incoming/_leadpipe/stage/`);
      expect((await s3.lp.warehouse.loadHistory())[0]).toMatchObject({
        fileName: 'leads.csv',
        status: 'LOADED',
        rowCount: 9240,
        stageLocation: s3.lp.stage.location,
      });
      expect(await finalRows(s3.lp)).toEqual(expected);
    } finally {
      await local.cleanup();
      await s3.cleanup();
    }
  });

  it('counts the records of each raw file under a prefix straight from the bucket, gzipped or not', async () => {
    const bucket = 'raw-counts';
    await motoClients(moto).s3.send(new CreateBucketCommand({ Bucket: bucket }));
    await putObject(moto, bucket, 'raw/a.csv', leadCsv(1, 4));
    await putObject(moto, bucket, 'raw/b.csv.gz', gzipSync(leadCsv(2, 6)));
    await putObject(moto, bucket, 'raw/c.csv', 'Prospect ID,TotalVisits\nx,1\n,2\ny,many\n');
    await putObject(moto, bucket, 'raw/_leadpipe/stage/manifests/a.csv.json', '{}');
    const work = await tempDir();
    try {
      const counts = await countRawRecords(testConfig(work.dir, motoS3Flags(moto)), {
        bucket,
        prefix: 'raw/',
      });
      expect(
        counts.map(({ key, records, accepted, rejected, format }) => ({
          key,
          records,
          accepted,
          rejected,
          format,
        })),
      ).toEqual([
        { key: 'raw/a.csv', records: 4, accepted: 4, rejected: 0, format: 'csv' },
        { key: 'raw/b.csv.gz', records: 6, accepted: 6, rejected: 0, format: 'csv' },
        { key: 'raw/c.csv', records: 3, accepted: 1, rejected: 2, format: 'csv' },
      ]);
    } finally {
      await work.cleanup();
    }
  });

  it('runs every object under an s3:// prefix from the CLI, puts into the S3 stage, refreshes the pipe, and queries raw files in place', async () => {
    const bucket = 'cli-bucket';
    await motoClients(moto).s3.send(new CreateBucketCommand({ Bucket: bucket }));
    for (let i = 0; i < 3; i++) await putObject(moto, bucket, `drop/d-${i}.csv`, leadCsv(i));
    const work = await tempDir();
    const home = path.join(work.dir, 'home');
    const env = motoEnv(moto, { S3_BUCKET: bucket, S3_PREFIX: 'drop/' });
    try {
      const run = await runCli(['--home', home, 'run', `s3://${bucket}/drop/`, '--json'], { env });
      expect(run.code, run.stderr).toBe(0);
      const summary = JSON.parse(run.stdout);
      expect(summary.files.map((f: { file: string; status: string }) => `${f.file} ${f.status}`)).toEqual([
        'd-0.csv LOADED',
        'd-1.csv LOADED',
        'd-2.csv LOADED',
      ]);
      expect(summary.task).toMatchObject({ state: 'SUCCEEDED', inserted: 15 });

      // The same objects through the pipe refresh: read again (not in the auto-ingest ledger) but not loaded twice.
      const refresh = await runCli(['--home', home, 'pipe', 'refresh', '--json'], { env });
      expect(refresh.code, refresh.stderr).toBe(0);
      expect(JSON.parse(refresh.stdout)).toMatchObject({
        listed: 3,
        results: [{ status: 'SKIPPED' }, { status: 'SKIPPED' }, { status: 'SKIPPED' }],
      });

      const big = path.join(work.dir, 'upload leads.csv');
      await writeFile(big, leadCsv(42, 3));
      const put = await runCli(['--home', home, 'put', '--stage', 's3', big, '--json'], { env });
      expect(put.code, put.stderr).toBe(0);
      expect(JSON.parse(put.stdout)).toMatchObject([
        { ok: true, file: { name: 'upload leads.csv', rowsAccepted: 3 } },
      ]);
      const keys = (
        await motoClients(moto).s3.send(
          new ListObjectsV2Command({ Bucket: bucket, Prefix: 'drop/_leadpipe/stage/manifests/' }),
        )
      ).Contents?.map((o) => o.Key);
      expect(keys).toEqual(['drop/_leadpipe/stage/manifests/upload leads.csv.json']);

      const query = await runCli(
        [
          '--home',
          home,
          'query',
          '--raw',
          `s3://${bucket}/drop/`,
          "SELECT replace(filename, $raw || '/', '') AS file, count(*) AS n FROM read_csv($raw || '/*.csv', filename = true) GROUP BY ALL ORDER BY 1",
          '--json',
        ],
        { env },
      );
      expect(query.code, query.stderr).toBe(0);
      expect(JSON.parse(query.stdout)).toEqual([
        { file: 'd-0.csv', n: '5' },
        { file: 'd-1.csv', n: '5' },
        { file: 'd-2.csv', n: '5' },
      ]);
    } finally {
      await work.cleanup();
    }
  });
});
