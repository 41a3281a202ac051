/**
 * `npm run deploy:web -- --bucket B [--endpoint URL] [--prefix P] [--api-base URL] [--distribution ID]
 * [--region R] [--delete] [--dir DIR]`: builds the dashboard as a static site (the API's URL baked in),
 * syncs it to an S3 bucket with the right content types and cache headers, and invalidates a CloudFront
 * distribution when one is given.
 *
 * - Hashed assets (`assets/*`) get a one-year immutable cache; `index.html` and other unhashed files
 *   `no-cache`, so a new deploy shows on the next visit. Assets are uploaded before `index.html`, so no
 *   visitor gets a page that points to files not there yet.
 * - Objects whose content is unchanged (same MD5 ETag, same headers) are skipped.
 * - Old assets stay unless `--delete` is given: a page loaded before the deploy may still fetch them.
 * - Credentials and region come from the AWS default chain (`AWS_REGION`, `AWS_ACCESS_KEY_ID`, ...);
 *   `--endpoint` (or `S3_ENDPOINT_URL`) points at an emulator such as moto or MinIO.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { S3Client } from '@aws-sdk/client-s3';
import { buildWeb } from './build-web.ts';
import { CACHE_IMMUTABLE, CACHE_REVALIDATE, cacheControlOf, contentTypeOf } from '../static-files.ts';

/** Options of {@link deployWeb}. */
export interface DeployOptions {
  bucket: string;
  /** Key prefix inside the bucket (default: the bucket's root). */
  prefix?: string;
  /** S3 endpoint for emulators (path-style addressing); default AWS. */
  endpoint?: string;
  region?: string;
  /** The API's base URL baked into the build; default: same origin as the site. */
  apiBase?: string;
  /** CloudFront distribution to invalidate after the upload; without it the invalidation is skipped. */
  distribution?: string;
  /** CloudFront endpoint for emulators (moto); default AWS. */
  cloudfrontEndpoint?: string;
  /** Remove objects under the prefix that the new build does not have. */
  deleteStale?: boolean;
  /** Deploy this already-built folder instead of building. */
  dir?: string;
  /** An S3 client to use (tests); default one from the options above. */
  s3?: S3Client;
  log?: (line: string) => void;
}

/** What {@link deployWeb} did. */
export interface DeployResult {
  bucket: string;
  prefix: string;
  uploaded: string[];
  unchanged: string[];
  deleted: string[];
  invalidation: { status: 'skipped'; reason: string } | { status: 'created'; id: string; paths: string[] };
}

interface SiteFile {
  key: string;
  file: string;
  body: Buffer;
  md5: string;
  contentType: string;
  cacheControl: string;
}

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(full)));
    else out.push(full);
  }
  return out;
}

function normalisePrefix(prefix: string | undefined): string {
  const p = (prefix ?? '').replace(/^\/+|\/+$/g, '');
  return p ? `${p}/` : '';
}

/** The site's files with their S3 keys and headers; precompressed copies (`.gz`, `.br`) are left out. */
export async function siteFiles(dir: string, prefix = ''): Promise<SiteFile[]> {
  const files: SiteFile[] = [];
  for (const file of await filesUnder(dir)) {
    if (/\.(gz|br)$/.test(file)) continue;
    const rel = path.relative(dir, file).split(path.sep).join('/');
    const body = await readFile(file);
    files.push({
      key: `${normalisePrefix(prefix)}${rel}`,
      file,
      body,
      md5: createHash('md5').update(body).digest('hex'),
      contentType: contentTypeOf(rel),
      cacheControl: cacheControlOf(rel),
    });
  }
  // Assets first, index.html last.
  const rank = (f: SiteFile): number =>
    f.key.endsWith('index.html') ? 2 : f.cacheControl === CACHE_IMMUTABLE ? 0 : 1;
  return files.sort((a, b) => rank(a) - rank(b) || a.key.localeCompare(b.key));
}

/**
 * Builds (unless `dir` is given) and syncs the dashboard to S3, then invalidates CloudFront if asked.
 *
 * @example
 * await deployWeb({ bucket: 'leadpipe-site', apiBase: 'https://api.example.com', distribution: 'E123' });
 */
export async function deployWeb(options: DeployOptions): Promise<DeployResult> {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const prefix = normalisePrefix(options.prefix);
  // Only a deploy that invalidates needs the CloudFront SDK.
  const cloudfront = options.distribution ? await import('@aws-sdk/client-cloudfront') : null;
  const { S3Client, ListObjectsV2Command, PutObjectCommand, DeleteObjectsCommand, HeadObjectCommand } =
    await import('@aws-sdk/client-s3');
  const region = options.region ?? process.env.AWS_REGION ?? 'us-east-1';
  const s3 =
    options.s3 ??
    new S3Client({
      region,
      ...(options.endpoint ? { endpoint: options.endpoint, forcePathStyle: true } : {}),
      requestChecksumCalculation: 'WHEN_REQUIRED',
    });

  let dir = options.dir;
  let temp: string | undefined;
  if (!dir) {
    // A build of its own: the API base may differ from the one `leadpipe serve` serves (same origin).
    temp = await mkdtemp(path.join(os.tmpdir(), 'leadpipe-site-'));
    dir = temp;
    log(
      `building the dashboard${options.apiBase ? ` for the API at ${options.apiBase}` : ' (API on the same origin)'}…`,
    );
    await buildWeb({ outDir: dir, ...(options.apiBase ? { apiBase: options.apiBase } : {}) });
  }
  try {
    const files = await siteFiles(dir, prefix);
    const existing = new Map<string, string>();
    let token: string | undefined;
    do {
      const page = await s3.send(
        new ListObjectsV2Command({
          Bucket: options.bucket,
          Prefix: prefix || undefined,
          ContinuationToken: token,
        }),
      );
      for (const o of page.Contents ?? []) if (o.Key) existing.set(o.Key, (o.ETag ?? '').replace(/"/g, ''));
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);

    const result: DeployResult = {
      bucket: options.bucket,
      prefix,
      uploaded: [],
      unchanged: [],
      deleted: [],
      invalidation: { status: 'skipped', reason: 'no --distribution given' },
    };
    for (const f of files) {
      if (existing.get(f.key) === f.md5) {
        // Same bytes; the headers may still differ (an older deploy script): compare them too.
        const head = await s3.send(new HeadObjectCommand({ Bucket: options.bucket, Key: f.key }));
        if (head.ContentType === f.contentType && head.CacheControl === f.cacheControl) {
          result.unchanged.push(f.key);
          continue;
        }
      }
      await s3.send(
        new PutObjectCommand({
          Bucket: options.bucket,
          Key: f.key,
          Body: f.body,
          ContentType: f.contentType,
          CacheControl: f.cacheControl,
        }),
      );
      result.uploaded.push(f.key);
    }
    if (options.deleteStale) {
      const keep = new Set(files.map((f) => f.key));
      const stale = [...existing.keys()].filter((k) => !keep.has(k));
      for (let i = 0; i < stale.length; i += 1000) {
        const batch = stale.slice(i, i + 1000);
        await s3.send(
          new DeleteObjectsCommand({
            Bucket: options.bucket,
            Delete: { Objects: batch.map((Key) => ({ Key })), Quiet: true },
          }),
        );
      }
      result.deleted = stale;
    }
    log(
      `s3://${options.bucket}/${prefix}: ${result.uploaded.length} uploaded, ${result.unchanged.length} unchanged, ${result.deleted.length} deleted`,
    );

    if (cloudfront && options.distribution) {
      // Hashed assets never change under one name: only the unhashed files (and the bare path) need it.
      const paths = [
        `/${prefix}`,
        ...files.filter((f) => f.cacheControl === CACHE_REVALIDATE).map((f) => `/${f.key}`),
      ];
      const client = new cloudfront.CloudFrontClient({
        region,
        ...(options.cloudfrontEndpoint ? { endpoint: options.cloudfrontEndpoint } : {}),
      });
      const answer = await client.send(
        new cloudfront.CreateInvalidationCommand({
          DistributionId: options.distribution,
          InvalidationBatch: {
            CallerReference: `leadpipe-${Date.now()}`,
            Paths: { Quantity: paths.length, Items: paths },
          },
        }),
      );
      result.invalidation = { status: 'created', id: answer.Invalidation?.Id ?? '', paths };
      log(
        `CloudFront ${options.distribution}: invalidation ${result.invalidation.id} for ${paths.join(' ')}`,
      );
    } else {
      log('CloudFront: skipped (no --distribution)');
    }
    return result;
  } finally {
    if (temp) await rm(temp, { recursive: true, force: true });
  }
}

const USAGE = `usage: npm run deploy:web -- --bucket B [--endpoint URL] [--prefix P] [--api-base URL]
                           [--distribution ID] [--cloudfront-endpoint URL] [--region R] [--delete] [--dir DIR]`;

/** The command line: parses flags, deploys, prints a summary; exit 2 on wrong usage, 1 on failure. */
export async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        bucket: { type: 'string' },
        endpoint: { type: 'string' },
        prefix: { type: 'string' },
        'api-base': { type: 'string' },
        distribution: { type: 'string' },
        'cloudfront-endpoint': { type: 'string' },
        region: { type: 'string' },
        delete: { type: 'boolean' },
        dir: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const bucket = values.bucket ?? process.env.WEB_BUCKET;
  if (!bucket) {
    process.stderr.write(`--bucket is required\n${USAGE}\n`);
    return 2;
  }
  const apiBase = values['api-base'];
  if (apiBase !== undefined && apiBase !== '' && !/^https?:\/\/[^\s]+$/.test(apiBase)) {
    process.stderr.write(`--api-base must be an http(s) URL, not ${JSON.stringify(apiBase)}\n`);
    return 2;
  }
  try {
    const endpoint = values.endpoint ?? process.env.S3_ENDPOINT_URL;
    await deployWeb({
      bucket,
      ...(endpoint ? { endpoint } : {}),
      ...(values.prefix ? { prefix: values.prefix } : {}),
      ...(apiBase ? { apiBase } : {}),
      ...(values.distribution ? { distribution: values.distribution } : {}),
      ...(values['cloudfront-endpoint'] ? { cloudfrontEndpoint: values['cloudfront-endpoint'] } : {}),
      ...(values.region ? { region: values.region } : {}),
      ...(values.dir ? { dir: values.dir } : {}),
      deleteStale: values.delete === true,
    });
    return 0;
  } catch (err) {
    process.stderr.write(`deploy:web failed: ${(err as Error).message}\n`);
    return 1;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  process.exitCode = await main(process.argv.slice(2));
}
