import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { LeadpipeError, TerminalError, TransientError, UsageError } from '../errors.ts';
import { HttpProblem, toProblem, UploadLimitError } from './problems.ts';
import { checkUploadNameOrThrow, sniffUploadOrThrow } from './uploads.ts';

const sniff = (bytes: Buffer): string | undefined => {
  try {
    sniffUploadOrThrow(bytes);
    return undefined;
  } catch (err) {
    return (err as LeadpipeError).code;
  }
};

describe('upload checks', () => {
  it('accepts UTF-8 CSV, JSON and NDJSON, gzipped or not, with or without a BOM', () => {
    expect(sniff(Buffer.from('Prospect ID,Lead Origin\r\nä-1,API\r\n'))).toBeUndefined();
    expect(sniff(Buffer.from('\ufeff[{"prospect_id":"x"}]'))).toBeUndefined();
    expect(
      sniff(gzipSync(Buffer.from('{"prospect_id":"x"}\n'.repeat(1000))).subarray(0, 300)),
    ).toBeUndefined();
    // A multi-byte character cut by the 8 KiB window is not an encoding error.
    expect(sniff(Buffer.from('a,é', 'utf8').subarray(0, 3))).toBeUndefined();
  });

  it('refuses binary, UTF-16, non-UTF-8 and broken gzip', () => {
    expect(sniff(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]))).toBe('E_BINARY_UPLOAD');
    expect(sniff(Buffer.from('\ufeffProspect ID\n', 'utf16le'))).toBe('E_BINARY_UPLOAD');
    expect(sniff(Buffer.from('Prospect ID,City\nx,M\xfcnchen\n', 'latin1'))).toBe('E_BINARY_UPLOAD');
    expect(sniff(Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0xff, 0xff, 0xff]))).toBe('E_BAD_GZIP');
    expect(sniff(gzipSync(Buffer.alloc(100, 7)))).toBe('E_BINARY_UPLOAD');
    expect(sniff(gzipSync(Buffer.alloc(0)))).toBe('E_EMPTY_UPLOAD');
  });

  it('takes plain file names and refuses paths and control characters', () => {
    expect(checkUploadNameOrThrow('leads 2026 (march).csv')).toBe('leads 2026 _march_.csv');
    for (const bad of [
      '../../etc/passwd',
      '/etc/passwd',
      'C:\\leads.csv',
      'a\u0000b.csv',
      '..',
      '',
      undefined,
    ]) {
      expect(() => checkUploadNameOrThrow(bad), String(bad)).toThrow(HttpProblem);
    }
  });
});

describe('problem details', () => {
  it('map leadpipe errors by class and code', () => {
    expect(toProblem(new UsageError('bad flag'))).toMatchObject({ status: 400, code: 'E_USAGE' });
    expect(toProblem(new TerminalError('E_BAD_HEADER', 'no key column'))).toMatchObject({
      status: 422,
      code: 'E_BAD_HEADER',
      detail: 'no key column',
    });
    expect(toProblem(new TransientError('E_WAREHOUSE_LOCKED', 'busy'))).toMatchObject({
      status: 503,
      title: 'Service Unavailable',
    });
    expect(
      toProblem(new HttpProblem(404, 'E_LEAD_NOT_FOUND', 'no lead', { details: { id: 'x' } })),
    ).toMatchObject({ status: 404, id: 'x', type: 'urn:leadpipe:problem:E_LEAD_NOT_FOUND' });
    expect(toProblem(new UploadLimitError('too big'))).toMatchObject({
      status: 413,
      code: 'E_UPLOAD_TOO_LARGE',
    });
  });

  it('never show the message of an unexpected error', () => {
    const p = toProblem(new Error('connection string postgres://admin:hunter2@db'));
    expect(p).toMatchObject({ status: 500, code: 'E_INTERNAL', detail: 'internal error' });
    expect(JSON.stringify(p)).not.toContain('hunter2');
    expect(toProblem(new LeadpipeError('E_SOMETHING', 'secret detail')).detail).toBe('internal error');
  });
});
