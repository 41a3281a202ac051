/**
 * Bad input to every route over a real socket: a clear 4xx problem, nothing stored, the server still serving.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { TEST_MAX_UPLOAD } from '../../test/api-support.ts';
import type { Answer } from '../../test/api-server.ts';
import { upload, useApiServer, withKey } from '../../test/api-server.ts';

describe('the HTTP API over a real socket, on the real dataset', () => {
  const api = useApiServer();
  const { call, get, one } = api;

  describe('bad input: a clear 4xx problem, nothing stored, the server still serving', () => {
    async function stored(): Promise<string> {
      const files = (await api.lp.stage.list()).map((f) => `${f.name}:${f.checksum}`).join(',');
      return `${files}|${await one('SELECT count(*) FROM load_history')}|${await one('SELECT count(*) FROM leads_raw')}`;
    }
    const cases: [string, () => Promise<Answer>, number, string][] = [
      [
        'malformed JSON',
        () =>
          call('POST', '/score-lead', {
            body: '{"lead_origin": "API",',
            headers: { 'content-type': 'application/json' },
          }),
        400,
        'E_MALFORMED_JSON',
      ],
      [
        'an empty JSON body',
        () => call('POST', '/score-lead', { body: '', headers: { 'content-type': 'application/json' } }),
        400,
        'E_EMPTY_BODY',
      ],
      [
        'a value of the wrong type',
        () => call('POST', '/score-lead', { json: { total_visits: 'lots' } }),
        400,
        'E_BAD_LEAD_VALUE',
      ],
      [
        'an object where a value belongs',
        () => call('POST', '/score-lead', { json: { total_visits: { $gt: 1 } } }),
        400,
        'E_VALIDATION',
      ],
      [
        'an array where a value belongs',
        () => call('POST', '/score-lead', { json: { total_visits: [5] } }),
        400,
        'E_VALIDATION',
      ],
      [
        'an unknown field',
        () => call('POST', '/score-lead', { json: { lead_origin: 'API', favourite_colour: 'blue' } }),
        400,
        'E_VALIDATION',
      ],
      ['an unknown query parameter', () => get('/leads?limit=5&drop=1'), 400, 'E_VALIDATION'],
      ['a limit out of range', () => get('/leads?limit=100000'), 400, 'E_VALIDATION'],
      [
        'a JSON body sent as text',
        () =>
          call('POST', '/score-lead', { body: 'lead_origin=API', headers: { 'content-type': 'text/plain' } }),
        400,
        'E_VALIDATION',
      ],
      [
        'a 0-byte upload',
        () => call('POST', '/upload-and-load', { body: upload('empty.csv', ''), headers: withKey }),
        400,
        'E_EMPTY_UPLOAD',
      ],
      [
        'a binary upload',
        () =>
          call('POST', '/upload-and-load', {
            body: upload(
              'photo.csv',
              new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
            ),
            headers: withKey,
          }),
        415,
        'E_BINARY_UPLOAD',
      ],
      [
        'a gzipped binary upload',
        () =>
          call('POST', '/upload', {
            body: upload('x.csv.gz', gzipSync(Buffer.alloc(5000, 0))),
            headers: withKey,
          }),
        415,
        'E_BINARY_UPLOAD',
      ],
      [
        'an oversize upload',
        () =>
          call('POST', '/upload-and-load', {
            body: upload(
              'huge.csv',
              'Prospect ID,Lead Origin\n' + 'big-1,API\n'.repeat(TEST_MAX_UPLOAD / 10 + 100),
            ),
            headers: withKey,
          }),
        413,
        'E_UPLOAD_TOO_LARGE',
      ],
      [
        'an oversize upload without content-length',
        () =>
          call('POST', '/upload', {
            body: oversizeStream(),
            headers: { ...withKey, 'content-type': 'multipart/form-data; boundary=XyZ' },
          }),
        413,
        'E_UPLOAD_TOO_LARGE',
      ],
      [
        '../../etc/passwd as file name',
        () =>
          call('POST', '/upload-and-load', {
            body: upload('../../etc/passwd', 'Prospect ID\nx\n'),
            headers: withKey,
          }),
        400,
        'E_BAD_FILE_NAME',
      ],
      [
        'a Windows path as file name',
        () =>
          call('POST', '/upload', { body: upload('..\\..\\boot.ini', 'Prospect ID\nx\n'), headers: withKey }),
        400,
        'E_BAD_FILE_NAME',
      ],
      [
        'an upload that is not multipart',
        () => call('POST', '/upload', { json: { file: 'Prospect ID\nx\n' }, headers: withKey }),
        415,
        'E_NOT_MULTIPART',
      ],
      [
        'a multipart body cut short',
        () =>
          call('POST', '/upload-and-load', {
            body: `--XyZ\r\nContent-Disposition: form-data; name="file"; filename="cut.csv"\r\n\r\nProspect ID\n${'cut-lead\n'.repeat(5000)}`,
            headers: { ...withKey, 'content-type': 'multipart/form-data; boundary=XyZ' },
          }),
        400,
        'E_MALFORMED_MULTIPART',
      ],
      [
        'a multipart body without a boundary',
        () =>
          call('POST', '/upload', {
            body: 'x',
            headers: { ...withKey, 'content-type': 'multipart/form-data' },
          }),
        400,
        'E_MALFORMED_MULTIPART',
      ],
      [
        'a missing API key',
        () => call('POST', '/upload-and-load', { body: upload('nokey.csv', 'Prospect ID\nx\n') }),
        401,
        'E_API_KEY_MISSING',
      ],
      [
        'a wrong API key',
        () =>
          call('POST', '/upload', {
            body: upload('wrongkey.csv', 'Prospect ID\nx\n'),
            headers: { 'x-api-key': 'guess' },
          }),
        401,
        'E_API_KEY_INVALID',
      ],
      [
        'a validation without an API key',
        () => call('POST', '/validate', { body: upload('nokey.csv', 'Prospect ID\nx\n') }),
        401,
        'E_API_KEY_MISSING',
      ],
      [
        'a validation with a wrong API key',
        () =>
          call('POST', '/validate', {
            body: upload('wrongkey.csv', 'Prospect ID\nx\n'),
            headers: { 'x-api-key': 'guess' },
          }),
        401,
        'E_API_KEY_INVALID',
      ],
      ['an unknown route', () => get('/admin'), 404, 'E_NOT_FOUND'],
    ];
    for (const [what, send, status, code] of cases) {
      it(`refuses ${what} with ${status} ${code}`, async () => {
        const before = await stored();
        const r = await send();
        expect(r.status, r.text).toBe(status);
        expect(r.headers.get('content-type')).toMatch(/^application\/problem\+json/);
        expect(r.body).toMatchObject({
          status,
          code,
          type: `urn:leadpipe:problem:${code}`,
          title: expect.any(String),
          detail: expect.any(String),
          requestId: r.headers.get('x-request-id'),
        });
        expect(await stored()).toBe(before);
        expect((await get('/healthcheck')).status).toBe(200);
      });
    }

    it('names the offending field of an invalid request', async () => {
      const r = await call('POST', '/score-lead', { json: { lead_origin: 'API', favourite_colour: 'blue' } });
      expect(r.body.errors).toEqual([
        { in: 'body', path: 'favourite_colour', message: 'unknown field "favourite_colour"' },
      ]);
      const t = await call('POST', '/score-lead', { json: [{ total_visits: 'lots' }] });
      expect(t.body.detail).toBe('lead 0: column "total_visits" takes values of type integer, not "lots"');
    });
  });
});

/** A multipart body streamed without content-length, larger than the limit (chunked transfer). */
function oversizeStream(): ReadableStream<Uint8Array> {
  const enc = new TextEncoder();
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent === 0)
        controller.enqueue(
          enc.encode(
            '--XyZ\r\nContent-Disposition: form-data; name="file"; filename="stream.csv"\r\n\r\nProspect ID\n',
          ),
        );
      if (sent > TEST_MAX_UPLOAD * 2) {
        controller.enqueue(enc.encode('\r\n--XyZ--\r\n'));
        controller.close();
        return;
      }
      controller.enqueue(enc.encode('stream-lead\n'.repeat(1000)));
      sent += 12_000;
    },
  });
}
