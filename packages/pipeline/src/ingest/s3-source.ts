/**
 * Lead files in S3 as a source: list the objects under a prefix and stream one object's body into PUT
 * (never the whole object in memory).
 */
import path from 'node:path';
import type { Readable } from 'node:stream';
import { GetObjectCommand, ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import type { PutSource } from '../pipeline/put.ts';
import { isReservedKey, normaliseEtag, toS3Error } from '../stage/s3-client.ts';

/** One object found under a prefix. */
export interface S3ListedObject {
  bucket: string;
  key: string;
  etag: string;
  size: number;
  lastModified: string;
}

/**
 * Every lead-file object under `prefix` (paged), oldest first by last-modified time then key. leadpipe's own
 * objects (`_leadpipe/` folders, e.g. the S3 stage) and folder placeholders are left out.
 */
export async function listS3Objects(
  client: S3Client,
  bucket: string,
  prefix: string,
): Promise<S3ListedObject[]> {
  const out: S3ListedObject[] = [];
  let token: string | undefined;
  try {
    do {
      const page = await client.send(
        new ListObjectsV2Command({
          Bucket: bucket,
          Prefix: prefix,
          ...(token ? { ContinuationToken: token } : {}),
        }),
      );
      for (const o of page.Contents ?? []) {
        if (!o.Key || isReservedKey(o.Key)) continue;
        out.push({
          bucket,
          key: o.Key,
          etag: normaliseEtag(o.ETag),
          size: o.Size ?? 0,
          lastModified: o.LastModified?.toISOString() ?? '',
        });
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  } catch (err) {
    throw toS3Error(err, `cannot list s3://${bucket}/${prefix}`);
  }
  return out.sort((a, b) =>
    a.lastModified < b.lastModified ? -1 : a.lastModified > b.lastModified ? 1 : a.key < b.key ? -1 : 1,
  );
}

/** A PUT source reading one S3 object, which remembers the S3 error that ended its stream, if any. */
export type S3PutSource = Exclude<PutSource, string> & {
  /** The SDK error that broke the read (the parser may have wrapped it in a format error), or undefined. */
  failure(): unknown;
};

/**
 * A PUT source for `s3://bucket/key`, named after the key's last segment (as a local path is). With an
 * `etag`, the read asks for exactly that version (`If-Match`), so what is loaded is what was announced.
 *
 * @example
 * const result = await putFile(lp, s3ObjectSource(s3, { bucket, key: 'incoming/leads.csv' }));
 */
export function s3ObjectSource(
  client: S3Client,
  ref: { bucket: string; key: string; etag?: string; size?: number },
): S3PutSource {
  let failure: unknown;
  const where = `s3://${ref.bucket}/${ref.key}`;
  return {
    name: path.posix.basename(ref.key),
    ...(ref.size !== undefined ? { size: ref.size } : {}),
    failure: () => failure,
    open: () =>
      (async function* (): AsyncGenerator<Buffer> {
        let body: Readable;
        try {
          const r = await client.send(
            new GetObjectCommand({
              Bucket: ref.bucket,
              Key: ref.key,
              ...(ref.etag ? { IfMatch: `"${ref.etag}"` } : {}),
            }),
          );
          body = r.Body as Readable;
        } catch (err) {
          failure = err;
          throw toS3Error(err, `cannot read ${where}`);
        }
        try {
          for await (const chunk of body) yield chunk as Buffer;
        } catch (err) {
          failure = err;
          throw toS3Error(err, `reading ${where} broke off`);
        }
      })(),
  };
}
