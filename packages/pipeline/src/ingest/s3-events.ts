/**
 * S3 event notifications, as they reach leadpipe: an SQS message body (S3 -> SQS, or S3 -> SNS -> SQS), an
 * AWS Lambda S3 event, or an EventBridge "Object Created" event. Parsing is pure; what to do with the
 * objects is the ingester's job.
 *
 * Facts the parser handles (S3 docs "Event message structure"; seen on moto_server too): the first message
 * of a new notification configuration is an `s3:TestEvent` with no records; object keys are URL-encoded
 * with `+` for a space; a multipart upload may be announced twice (`ObjectCreated:Put` and
 * `ObjectCreated:CompleteMultipartUpload`) with the same key and ETag; the ETag has no quotes.
 */
import { normaliseEtag } from '../stage/s3-client.ts';

/** One object an event announces. */
export interface S3ObjectRef {
  bucket: string;
  /** The key, decoded (`leads%2Fmy+file.csv` -> `leads/my file.csv`). */
  key: string;
  /** ETag without quotes, when the event carries one. */
  etag?: string;
  size?: number;
  /** e.g. `ObjectCreated:Put`. */
  eventName?: string;
  eventTime?: string;
}

/** What one notification message holds. */
export type S3EventMessage =
  | { kind: 'test'; bucket?: string }
  | { kind: 'objects'; objects: S3ObjectRef[] }
  | { kind: 'unknown'; reason: string };

/**
 * Decodes a key as S3 event notifications encode it: `+` is a space, the rest is percent-encoded. A key
 * that is not valid percent-encoding is kept as given.
 *
 * @example
 * decodeS3EventKey('leads%2Fq1+2024%2B.csv'); // 'leads/q1 2024+.csv'
 */
export function decodeS3EventKey(key: string): string {
  const spaced = key.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}

interface RawS3Record {
  eventSource?: string;
  eventName?: string;
  eventTime?: string;
  s3?: { bucket?: { name?: string }; object?: { key?: string; eTag?: string; size?: number } };
}

function fromRecords(records: unknown[]): S3ObjectRef[] {
  const objects: S3ObjectRef[] = [];
  for (const r of records as RawS3Record[]) {
    if (!r || r.eventSource !== 'aws:s3' || !r.eventName?.startsWith('ObjectCreated:')) continue;
    const bucket = r.s3?.bucket?.name;
    const key = r.s3?.object?.key;
    if (!bucket || typeof key !== 'string') continue;
    const etag = normaliseEtag(r.s3?.object?.eTag);
    objects.push({
      bucket,
      key: decodeS3EventKey(key),
      ...(etag ? { etag } : {}),
      ...(typeof r.s3?.object?.size === 'number' ? { size: r.s3.object.size } : {}),
      eventName: r.eventName,
      ...(r.eventTime ? { eventTime: r.eventTime } : {}),
    });
  }
  return objects;
}

/**
 * Parses a notification from its JSON value: S3 records (SQS body or Lambda event), the S3 test event, an
 * SNS envelope around either, or an EventBridge `Object Created` event. Only `ObjectCreated:*` records
 * become objects; other records (removals) are dropped.
 */
export function parseS3Event(value: unknown): S3EventMessage {
  if (!value || typeof value !== 'object') return { kind: 'unknown', reason: 'not a JSON object' };
  const v = value as Record<string, unknown>;
  if (v.Event === 's3:TestEvent')
    return { kind: 'test', ...(typeof v.Bucket === 'string' ? { bucket: v.Bucket } : {}) };
  if (v.Type === 'Notification' && typeof v.Message === 'string') return parseS3EventMessage(v.Message);
  if (Array.isArray(v.Records)) return { kind: 'objects', objects: fromRecords(v.Records) };
  if (v.source === 'aws.s3' && v['detail-type'] === 'Object Created') {
    // EventBridge keys are not URL-encoded.
    const d = v.detail as
      { bucket?: { name?: string }; object?: { key?: string; etag?: string; size?: number } } | undefined;
    if (!d?.bucket?.name || typeof d.object?.key !== 'string')
      return { kind: 'unknown', reason: 'EventBridge event without bucket or key' };
    const etag = normaliseEtag(d.object.etag);
    return {
      kind: 'objects',
      objects: [
        {
          bucket: d.bucket.name,
          key: d.object.key,
          ...(etag ? { etag } : {}),
          ...(typeof d.object.size === 'number' ? { size: d.object.size } : {}),
          eventName: 'ObjectCreated:EventBridge',
        },
      ],
    };
  }
  return { kind: 'unknown', reason: 'neither S3 records nor an S3 test event' };
}

/** Parses an SQS message body (see {@link parseS3Event}); a body that is not JSON is `unknown`. */
export function parseS3EventMessage(body: string | undefined): S3EventMessage {
  let value: unknown;
  try {
    value = JSON.parse(body ?? '');
  } catch {
    return { kind: 'unknown', reason: 'the message body is not JSON' };
  }
  return parseS3Event(value);
}

/**
 * Drops repeated announcements of the same object version (bucket, key, ETag), keeping the first: the two
 * events of a multipart upload, or the same event delivered twice in one batch.
 */
export function uniqueObjects(objects: readonly S3ObjectRef[]): S3ObjectRef[] {
  const seen = new Set<string>();
  const out: S3ObjectRef[] = [];
  for (const o of objects) {
    const id = `${o.bucket}\n${o.key}\n${o.etag ?? ''}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(o);
  }
  return out;
}
