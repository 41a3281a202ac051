/**
 * Raw lead files straight from the bucket (what the original design used Athena for): count the records of
 * each file under a prefix, or copy the files to a local folder for `leadpipe query --raw` to read in
 * place with the engine's own readers (DuckDB cannot fetch `s3://` here: no httpfs downloads).
 * Both stream: no object is held in memory whole.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { Config } from '../config/config.ts';
import type { FileFormat } from '../formats/read.ts';
import { loadLeadSchemaOrThrow } from '../formats/lead-schema.ts';
import { validateFile } from '../pipeline/validate.ts';
import { withRetry, type RetryOptions } from '../retry.ts';
import { createS3Client, toS3Error } from '../stage/s3-client.ts';
import { makeScratchDir } from '../stage/scratch-dir.ts';
import { listS3Objects, s3ObjectSource } from './s3-source.ts';

/** Records of one raw file, counted as the pipe would parse them. */
export interface RawFileCount {
  key: string;
  etag: string;
  size: number;
  format?: FileFormat;
  /** Records in the file (header excluded). */
  records: number;
  /** Records the pipe would load / reject. */
  accepted: number;
  rejected: number;
  /** A whole-file problem (bad header, encoding, gzip), if any. */
  error?: string;
}

/** Options of the functions here. */
export interface RawFileOptions {
  /** Default: a client built from the configuration. */
  s3?: S3Client;
  /** Retries of transient S3 failures per file. */
  retry?: RetryOptions;
}

/**
 * Counts the records of every lead file under `s3://bucket/prefix` by streaming each through the parser
 * (any supported format, gzipped or not). Needs no warehouse, so it works while a server holds the DuckDB
 * file (`GET /lead-count?source=raw`).
 *
 * @example
 * const counts = await countRawRecords(config, { bucket: 'leads', prefix: 'incoming/' });
 * const total = counts.reduce((n, c) => n + c.records, 0);
 */
export async function countRawRecords(
  config: Config,
  location: { bucket: string; prefix: string },
  options: RawFileOptions = {},
): Promise<RawFileCount[]> {
  const s3 = options.s3 ?? createS3Client(config.s3);
  const schema = loadLeadSchemaOrThrow(config.schemaFile);
  const objects = await withRetry(() => listS3Objects(s3, location.bucket, location.prefix), options.retry);
  const counts: RawFileCount[] = [];
  for (const o of objects) {
    const report = await withRetry(async () => {
      const source = s3ObjectSource(s3, o);
      const r = await validateFile(config, schema, source, 0);
      // A broken read is not a property of the file: let withRetry try again.
      const failure = source.failure();
      if (failure !== undefined) throw toS3Error(failure, `cannot read s3://${o.bucket}/${o.key}`);
      return r;
    }, options.retry);
    const s = report.summary;
    counts.push({
      key: o.key,
      etag: o.etag,
      size: o.size,
      ...(s ? { format: s.format } : {}),
      records: s?.rowsParsed ?? 0,
      accepted: s?.rowsAccepted ?? 0,
      rejected: s?.rowsRejected ?? 0,
      ...(report.error ? { error: report.error } : {}),
    });
  }
  return counts;
}

/** A local copy of the files under a prefix; `release()` removes it. */
export interface RawFolder {
  /** The folder; each object is at its key relative to the prefix. */
  dir: string;
  files: { key: string; path: string; size: number }[];
  release(): Promise<void>;
}

/**
 * Streams every lead file under `s3://bucket/prefix` into a fresh temporary folder, keeping the keys'
 * relative paths (and so their extensions, which DuckDB's readers go by). Keys that would leave the folder
 * (`..` segments) are skipped.
 */
export async function downloadRawFiles(
  config: Config,
  location: { bucket: string; prefix: string },
  options: RawFileOptions = {},
): Promise<RawFolder> {
  const s3 = options.s3 ?? createS3Client(config.s3);
  const dir = await makeScratchDir('leadpipe-raw-');
  const release = (): Promise<void> => rm(dir, { recursive: true, force: true });
  try {
    const objects = await withRetry(() => listS3Objects(s3, location.bucket, location.prefix), options.retry);
    const files: RawFolder['files'] = [];
    for (const o of objects) {
      const relative = o.key.slice(location.prefix.length).replace(/^\/+/, '');
      const target = path.resolve(dir, relative);
      if (!relative || !target.startsWith(dir + path.sep)) continue;
      await mkdir(path.dirname(target), { recursive: true });
      await withRetry(async () => {
        try {
          const r = await s3.send(new GetObjectCommand({ Bucket: o.bucket, Key: o.key }));
          await pipeline(r.Body as Readable, createWriteStream(target));
        } catch (err) {
          throw toS3Error(err, `cannot download s3://${o.bucket}/${o.key}`);
        }
      }, options.retry);
      files.push({ key: o.key, path: target, size: o.size });
    }
    return { dir, files, release };
  } catch (err) {
    await release();
    throw err;
  }
}
