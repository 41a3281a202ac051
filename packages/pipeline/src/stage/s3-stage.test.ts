import { randomUUID } from 'node:crypto';
import { HeadObjectCommand, ListObjectsV2Command, CreateBucketCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MOTO_AVAILABLE, MOTO_MISSING_REASON, motoClients, startMoto, type Moto } from '../../test/moto.ts';
import { describeStageContract } from '../../test/stage-contract.ts';
import { createS3Client, isReservedKey, parseS3UriOrThrow, stageRootPrefix } from './s3-client.ts';
import { S3Stage } from './s3-stage.ts';

if (!MOTO_AVAILABLE) console.warn(`S3 stage tests skipped: ${MOTO_MISSING_REASON}`);

describe('S3 keys and URIs', () => {
  it('splits an s3 URI into bucket and prefix', () => {
    expect(parseS3UriOrThrow('s3://leads/incoming/2024/')).toEqual({
      bucket: 'leads',
      prefix: 'incoming/2024/',
    });
    expect(parseS3UriOrThrow('s3://leads')).toEqual({ bucket: 'leads', prefix: '' });
    expect(() => parseS3UriOrThrow('https://leads/x')).toThrow(/not an s3:\/\/bucket\/prefix URI/);
  });

  it('keeps the stage in a reserved folder under the prefix that is never taken for lead files', () => {
    expect(stageRootPrefix('')).toBe('_leadpipe/stage/');
    expect(stageRootPrefix('leads')).toBe('leads/_leadpipe/stage/');
    expect(isReservedKey('leads/_leadpipe/stage/manifests/a.csv.json')).toBe(true);
    expect(isReservedKey('leads/2024/')).toBe(true);
    expect(isReservedKey('leads/a.csv')).toBe(false);
  });
});

describe.skipIf(!MOTO_AVAILABLE)('S3Stage against moto_server', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => {
    await moto?.stop();
  });

  const client = () =>
    createS3Client({
      endpointUrl: moto.endpoint,
      region: 'us-east-1',
      accessKeyId: 'testing',
      secretAccessKey: 'testing',
      prefix: '',
      pollSeconds: 30,
    });

  async function freshStage(partSizeBytes?: number): Promise<{ stage: S3Stage; bucket: string }> {
    const bucket = `stage-${randomUUID().slice(0, 8)}`;
    await motoClients(moto).s3.send(new CreateBucketCommand({ Bucket: bucket }));
    return {
      stage: new S3Stage({
        client: client(),
        bucket,
        root: stageRootPrefix('leads'),
        ...(partSizeBytes ? { partSizeBytes } : {}),
      }),
      bucket,
    };
  }

  describeStageContract('S3Stage', async () => {
    const { stage } = await freshStage();
    return { stage, cleanup: async () => {} };
  });

  it('says where it is', async () => {
    const { stage, bucket } = await freshStage();
    expect(stage.location).toBe(`s3://${bucket}/leads/_leadpipe/stage/`);
  });

  it('uploads a file larger than the part size in parts, and reads it back whole', async () => {
    const { stage, bucket } = await freshStage();
    const line = `{"l":2,"d":{"prospect_id":"${'x'.repeat(1000)}"}}\n`;
    const lines = Math.ceil((6 * 1024 * 1024) / line.length);
    const staged = await stage.put('big.csv', async (w) => {
      for (let i = 0; i < lines; i++) await w.writeData(line);
      return {
        sourceChecksum: '',
        sourceSize: 0,
        sourceFormat: 'csv',
        compressed: false,
        rowsParsed: lines,
        rowsAccepted: lines,
        rowsRejected: 0,
        columns: [],
        inferred: {},
        missingRequired: [],
      };
    });
    expect(staged.size).toBe(lines * line.length);
    const { s3 } = motoClients(moto);
    const listed = await s3.send(
      new ListObjectsV2Command({ Bucket: bucket, Prefix: 'leads/_leadpipe/stage/data/big.csv/' }),
    );
    expect(listed.Contents).toHaveLength(1);
    const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: listed.Contents?.[0]?.Key }));
    expect(head.ETag).toMatch(/-2"$/);
    const copy = await stage.localCopy('big.csv');
    await copy.release();
  });

  it('leaves no objects behind from a put that failed, and deletes the old version after a new one', async () => {
    const { stage, bucket } = await freshStage();
    const fields = {
      sourceChecksum: '',
      sourceSize: 0,
      sourceFormat: 'csv' as const,
      compressed: false,
      rowsParsed: 1,
      rowsAccepted: 1,
      rowsRejected: 0,
      columns: [],
      inferred: {},
      missingRequired: [],
    };
    await stage.put(
      'a.csv',
      async (w) => (await w.writeData('{"l":2,"d":{}}\n'), await w.writeRejects('{"line":3}\n'), fields),
    );
    await expect(
      stage.put(
        'a.csv',
        async (w) => (await w.writeData('{"l":2,"d":{"v":2}}\n'), Promise.reject(new Error('died'))),
      ),
    ).rejects.toThrow('died');
    await stage.put('a.csv', async (w) => (await w.writeData('{"l":2,"d":{"v":3}}\n'), fields));
    const keys =
      (await motoClients(moto).s3.send(new ListObjectsV2Command({ Bucket: bucket }))).Contents?.map(
        (o) => o.Key,
      ) ?? [];
    expect(keys.filter((k) => k?.includes('/data/'))).toHaveLength(1);
    expect(keys.filter((k) => k?.includes('/rejects/'))).toHaveLength(0);
    expect(keys.filter((k) => k?.includes('/manifests/'))).toEqual([
      'leads/_leadpipe/stage/manifests/a.csv.json',
    ]);
  });

  it('fails a put with a transient error while S3 cannot be reached', async () => {
    const stage = new S3Stage({
      client: createS3Client({
        endpointUrl: 'http://127.0.0.1:9',
        region: 'us-east-1',
        accessKeyId: 'x',
        secretAccessKey: 'x',
        prefix: '',
        pollSeconds: 30,
      }),
      bucket: 'nowhere',
      root: stageRootPrefix(''),
    });
    await expect(stage.list()).rejects.toMatchObject({ name: 'TransientError', code: 'E_S3_UNAVAILABLE' });
  });
});
