import { describe, expect, it } from 'vitest';
import { decodeS3EventKey, parseS3Event, parseS3EventMessage, uniqueObjects } from './s3-events.ts';

// Message bodies exactly as moto_server 5.2 delivered them to SQS (S3 -> SQS notification).
const TEST_EVENT =
  '{"Service": "Amazon S3", "Event": "s3:TestEvent", "Time": "2026-11-28T04:28:29.946721", "Bucket": "bucket-one"}';
const record = (eventName: string, key: string, eTag: string, size: number): string =>
  JSON.stringify({
    Records: [
      {
        eventVersion: '2.1',
        eventSource: 'aws:s3',
        awsRegion: 'us-east-1',
        eventTime: '2026-11-28T04:28:30.143769',
        eventName,
        s3: {
          s3SchemaVersion: '1.0',
          configurationId: 'TAbjOeYlSXryDh1lh1U0YLUKSFAjyHqddQIdzbNaA15oGhMwVC',
          bucket: { name: 'bucket-one', arn: 'arn:aws:s3:::bucket-one' },
          object: { key, size, eTag },
        },
      },
    ],
  });
const ENCODED_PUT = record(
  'ObjectCreated:Put',
  'leads%2Fmy+file%2Bx.csv',
  'e5ebd4c02cefbe7955977c67ada242b7',
  8,
);
const MULTIPART_PUT = record(
  'ObjectCreated:Put',
  'leads%2Fbig.csv',
  '78572fc7bc540a4aee035305387f5b72-3',
  11534336,
);
const MULTIPART_COMPLETE = record(
  'ObjectCreated:CompleteMultipartUpload',
  'leads%2Fbig.csv',
  '78572fc7bc540a4aee035305387f5b72-3',
  11534336,
);

describe('S3 event parsing', () => {
  it('recognises the test event S3 sends first, which announces no object', () => {
    expect(parseS3EventMessage(TEST_EVENT)).toEqual({ kind: 'test', bucket: 'bucket-one' });
  });

  it('decodes URL-encoded keys, with + as a space and %2B as a plus', () => {
    const parsed = parseS3EventMessage(ENCODED_PUT);
    expect(parsed).toEqual({
      kind: 'objects',
      objects: [
        {
          bucket: 'bucket-one',
          key: 'leads/my file+x.csv',
          etag: 'e5ebd4c02cefbe7955977c67ada242b7',
          size: 8,
          eventName: 'ObjectCreated:Put',
          eventTime: '2026-11-28T04:28:30.143769',
        },
      ],
    });
    expect(decodeS3EventKey('a%2Fb%20c+d.csv')).toBe('a/b c d.csv');
    expect(decodeS3EventKey('bad%zz+key.csv')).toBe('bad%zz key.csv');
  });

  it('sees the two events of one multipart upload as the same object version', () => {
    const objects = [MULTIPART_PUT, MULTIPART_COMPLETE].flatMap((b) => {
      const p = parseS3EventMessage(b);
      return p.kind === 'objects' ? p.objects : [];
    });
    expect(objects.map((o) => o.eventName)).toEqual([
      'ObjectCreated:Put',
      'ObjectCreated:CompleteMultipartUpload',
    ]);
    const unique = uniqueObjects(objects);
    expect(unique).toHaveLength(1);
    expect(unique[0]).toMatchObject({ key: 'leads/big.csv', etag: '78572fc7bc540a4aee035305387f5b72-3' });
  });

  it('keeps two versions of one key apart', () => {
    const a = parseS3EventMessage(record('ObjectCreated:Put', 'x.csv', 'aaa', 1));
    const b = parseS3EventMessage(record('ObjectCreated:Put', 'x.csv', 'bbb', 1));
    const objects = [a, b].flatMap((p) => (p.kind === 'objects' ? p.objects : []));
    expect(uniqueObjects(objects).map((o) => o.etag)).toEqual(['aaa', 'bbb']);
  });

  it('drops removal records and reads an SNS envelope and an EventBridge event', () => {
    expect(parseS3EventMessage(record('ObjectRemoved:Delete', 'x.csv', '', 0))).toEqual({
      kind: 'objects',
      objects: [],
    });
    const sns = JSON.stringify({ Type: 'Notification', Message: ENCODED_PUT });
    expect(parseS3EventMessage(sns)).toMatchObject({
      kind: 'objects',
      objects: [{ key: 'leads/my file+x.csv' }],
    });
    const bridge = {
      source: 'aws.s3',
      'detail-type': 'Object Created',
      detail: { bucket: { name: 'b' }, object: { key: 'leads/a b.csv', etag: '"abc"', size: 3 } },
    };
    expect(parseS3Event(bridge)).toMatchObject({
      kind: 'objects',
      objects: [{ bucket: 'b', key: 'leads/a b.csv', etag: 'abc' }],
    });
  });

  it('reports a body that is not an S3 event as unknown instead of throwing', () => {
    expect(parseS3EventMessage('not json')).toMatchObject({ kind: 'unknown' });
    expect(parseS3EventMessage('{"hello":1}')).toMatchObject({ kind: 'unknown' });
    expect(parseS3EventMessage(undefined)).toMatchObject({ kind: 'unknown' });
  });
});
