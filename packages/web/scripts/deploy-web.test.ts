/**
 * `deploy:web` against a real S3 server (moto_server, as the pipeline's S3 tests use): the command line
 * builds with the API base baked in and syncs; objects carry the right content types and cache headers.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CloudFrontClient,
  CreateDistributionCommand,
  ListInvalidationsCommand,
  GetInvalidationCommand,
} from '@aws-sdk/client-cloudfront';
import {
  CreateBucketCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
} from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Moto } from '../../pipeline/test/moto.ts';
import {
  MOTO_AVAILABLE,
  MOTO_MISSING_REASON,
  motoClients,
  motoEnv,
  startMoto,
} from '../../pipeline/test/moto.ts';
import { buildWeb } from './build-web.ts';
import { CACHE_IMMUTABLE, CACHE_REVALIDATE } from '../static-files.ts';

const SCRIPT = fileURLToPath(new URL('./deploy-web.ts', import.meta.url));
const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const API_BASE = 'https://api.leadpipe.example';

/** Runs `npm run deploy:web -- ARGS` the way the root script does (tsx), with moto's settings. */
function deployCli(
  moto: Moto,
  args: string[],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, ...args], {
      cwd: REPO,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...motoEnv(moto) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe.skipIf(!MOTO_AVAILABLE)(
  `deploy:web against moto_server${MOTO_AVAILABLE ? '' : ` (skipped: ${MOTO_MISSING_REASON})`}`,
  () => {
    let moto: Moto;
    let built: string;

    beforeAll(async () => {
      built = await mkdtemp(path.join(os.tmpdir(), 'leadpipe-site-test-'));
      [moto] = await Promise.all([startMoto(), buildWeb({ outDir: built, apiBase: API_BASE })]);
    }, 120_000);
    afterAll(async () => {
      await moto?.stop();
      await rm(built, { recursive: true, force: true });
    });

    async function objects(
      bucket: string,
      prefix = '',
    ): Promise<Map<string, { contentType?: string; cacheControl?: string }>> {
      const { s3 } = motoClients(moto);
      const list = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix }));
      const out = new Map<string, { contentType?: string; cacheControl?: string }>();
      for (const o of list.Contents ?? []) {
        const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: o.Key }));
        out.set(o.Key ?? '', { contentType: head.ContentType, cacheControl: head.CacheControl });
      }
      return out;
    }
    const text = async (bucket: string, key: string): Promise<string> =>
      (await (
        await motoClients(moto).s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }))
      ).Body?.transformToString()) ?? '';

    it('builds with the API base baked in and uploads every file with its content type and cache header', async () => {
      await motoClients(moto).s3.send(new CreateBucketCommand({ Bucket: 'site' }));
      const r = await deployCli(moto, [
        '--bucket',
        'site',
        '--endpoint',
        moto.endpoint,
        '--api-base',
        API_BASE,
      ]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/s3:\/\/site\/: \d+ uploaded, 0 unchanged, 0 deleted/);
      expect(r.stdout).toContain('CloudFront: skipped (no --distribution)');

      const objs = await objects('site');
      expect(objs.get('index.html')).toEqual({
        contentType: 'text/html; charset=utf-8',
        cacheControl: CACHE_REVALIDATE,
      });
      expect(objs.get('favicon.svg')).toEqual({
        contentType: 'image/svg+xml',
        cacheControl: CACHE_REVALIDATE,
      });
      const js = [...objs].filter(([k]) => k.startsWith('assets/') && k.endsWith('.js'));
      const css = [...objs].filter(([k]) => k.startsWith('assets/') && k.endsWith('.css'));
      expect(js.length).toBeGreaterThan(3);
      // The entry's stylesheet, and one per lazily loaded section (styles are split per folder).
      expect(css.map(([k]) => k).filter((k) => /^assets\/index-[^/]+\.css$/.test(k))).toHaveLength(1);
      expect(css.length).toBeGreaterThan(1);
      for (const [, o] of js)
        expect(o).toEqual({ contentType: 'text/javascript; charset=utf-8', cacheControl: CACHE_IMMUTABLE });
      for (const [, o] of css)
        expect(o).toEqual({ contentType: 'text/css; charset=utf-8', cacheControl: CACHE_IMMUTABLE });
      // The precompressed copies are for the API server, not for S3 (CloudFront compresses itself).
      expect([...objs.keys()].filter((k) => /\.(gz|br)$/.test(k))).toEqual([]);

      const html = await text('site', 'index.html');
      const entry = /src="\.\/(assets\/index-[^"]+\.js)"/.exec(html)?.[1];
      expect(entry).toBeTruthy();
      // The API client sits in whichever chunk the bundler shares between the entry and the sections.
      const baked = await Promise.all(js.map(async ([k]) => (await text('site', k)).includes(API_BASE)));
      expect(baked.some(Boolean)).toBe(true);
    }, 90_000);

    it('skips unchanged files on a second deploy, and deletes stale ones only with --delete', async () => {
      const { s3 } = motoClients(moto);
      await s3.send(new CreateBucketCommand({ Bucket: 'site2' }));
      const first = await deployCli(moto, [
        '--bucket',
        'site2',
        '--endpoint',
        moto.endpoint,
        '--dir',
        built,
        '--prefix',
        'dash/',
      ]);
      expect(first.code).toBe(0);
      const count = (await objects('site2', 'dash/')).size;
      expect(count).toBeGreaterThan(4);
      await s3.send(
        new PutObjectCommand({
          Bucket: 'site2',
          Key: 'dash/assets/old-0000.js',
          Body: 'old',
          ContentType: 'text/javascript',
        }),
      );

      const again = await deployCli(moto, [
        '--bucket',
        'site2',
        '--endpoint',
        moto.endpoint,
        '--dir',
        built,
        '--prefix',
        'dash',
      ]);
      expect(again.code).toBe(0);
      expect(again.stdout).toContain(`s3://site2/dash/: 0 uploaded, ${count} unchanged, 0 deleted`);
      expect((await objects('site2', 'dash/')).has('dash/assets/old-0000.js')).toBe(true);

      const cleaned = await deployCli(moto, [
        '--bucket',
        'site2',
        '--endpoint',
        moto.endpoint,
        '--dir',
        built,
        '--prefix',
        'dash',
        '--delete',
      ]);
      expect(cleaned.stdout).toContain(`0 uploaded, ${count} unchanged, 1 deleted`);
      expect((await objects('site2', 'dash/')).has('dash/assets/old-0000.js')).toBe(false);
    }, 90_000);

    it('says what is wrong with its arguments (exit 2)', async () => {
      const noBucket = await deployCli(moto, ['--endpoint', moto.endpoint]);
      expect(noBucket.code).toBe(2);
      expect(noBucket.stderr).toContain('--bucket is required');
      const badBase = await deployCli(moto, ['--bucket', 'x', '--api-base', 'ftp://nope']);
      expect(badBase.code).toBe(2);
      expect(badBase.stderr).toContain('--api-base must be an http(s) URL');
    });

    it('fails for a bucket that does not exist, with S3’s reason (exit 1)', async () => {
      const r = await deployCli(moto, [
        '--bucket',
        'no-such-bucket',
        '--endpoint',
        moto.endpoint,
        '--dir',
        built,
      ]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/deploy:web failed: .*(NoSuchBucket|does not exist)/i);
    });

    // The CloudFront invalidation itself cannot be exercised here: the CloudFront client is not installed
    // (and there is no distribution to invalidate). Without --distribution it is skipped (first test);
    // with it, the deploy refuses up front instead of uploading and then failing.
    it('invalidates the CloudFront distribution for the files that are not content-hashed', async () => {
      await motoClients(moto).s3.send(new CreateBucketCommand({ Bucket: 'site3' }));
      const cloudfront = new CloudFrontClient({
        region: 'us-east-1',
        endpoint: moto.endpoint,
        credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
      });
      const created = await cloudfront.send(
        new CreateDistributionCommand({
          DistributionConfig: {
            CallerReference: 'leadpipe-test',
            Comment: 'leadpipe dashboard',
            Enabled: true,
            Origins: {
              Quantity: 1,
              Items: [
                {
                  Id: 'site3',
                  DomainName: 'site3.s3.amazonaws.com',
                  S3OriginConfig: { OriginAccessIdentity: '' },
                },
              ],
            },
            DefaultCacheBehavior: {
              TargetOriginId: 'site3',
              ViewerProtocolPolicy: 'redirect-to-https',
              CachePolicyId: '658327ea-f89d-4fab-a63d-7e88639e58f6',
            },
          },
        }),
      );
      const id = created.Distribution?.Id ?? '';
      expect(id).not.toBe('');
      const r = await deployCli(moto, [
        '--bucket',
        'site3',
        '--endpoint',
        moto.endpoint,
        '--dir',
        built,
        '--distribution',
        id,
        '--cloudfront-endpoint',
        moto.endpoint,
      ]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(
        new RegExp(`CloudFront ${id}: invalidation \\S+ for / /favicon.svg /index.html`),
      );
      const list = await cloudfront.send(new ListInvalidationsCommand({ DistributionId: id }));
      expect(list.InvalidationList?.Quantity).toBe(1);
      const inv = await cloudfront.send(
        new GetInvalidationCommand({ DistributionId: id, Id: list.InvalidationList?.Items?.[0]?.Id ?? '' }),
      );
      expect(inv.Invalidation?.InvalidationBatch?.Paths?.Items).toEqual(['/', '/favicon.svg', '/index.html']);
    });
  },
);
