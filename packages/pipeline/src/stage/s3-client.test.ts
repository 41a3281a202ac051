import { describe, expect, it } from 'vitest';
import { classifyError } from '../errors.ts';
import { recogniseAwsError, toS3Error } from './s3-client.ts';

describe('AWS SDK errors', () => {
  it('are transient when throttled, timed out or answered with 429 / 5xx, and left to other rules otherwise', () => {
    expect(recogniseAwsError({ name: 'SlowDown' })).toBe('transient');
    expect(recogniseAwsError({ name: 'NoSuchKey', $metadata: { httpStatusCode: 503 } })).toBe('transient');
    expect(recogniseAwsError({ name: 'AccessDenied', $metadata: { httpStatusCode: 403 } })).toBeUndefined();
    const throttled = Object.assign(new Error('slow down'), { name: 'ThrottlingException' });
    expect(classifyError(throttled)).toBe('transient');
    expect(toS3Error(throttled, 'put')).toMatchObject({ name: 'TransientError', code: 'E_S3_UNAVAILABLE' });
  });
});
