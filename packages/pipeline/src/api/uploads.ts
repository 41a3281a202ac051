/**
 * Receiving a lead file over HTTP: the multipart part is streamed, never buffered whole. Before anything
 * is staged, the first bytes are checked (empty, binary, path in the name), so a refused upload stores
 * nothing; the size limit is enforced while the rest streams into the stage.
 */
import { constants, gunzipSync } from 'node:zlib';
import type { FastifyRequest } from 'fastify';
import type { PutSource } from '../pipeline/put.ts';
import { sanitiseFileNameOrThrow } from '../stage/stage.ts';
import { asUploadError, HttpProblem, UploadLimitError } from './problems.ts';

/** Bytes read before staging starts, to recognise empty and binary files. */
const SNIFF_BYTES = 8192;
/** Room for multipart boundaries and headers when judging `content-length` against the file limit. */
const MULTIPART_OVERHEAD = 64 * 1024;

/** A received upload, ready to be staged or validated. */
export interface Upload {
  /** The sanitised file name. */
  name: string;
  /** A named stream source for `putFile`, `runPipeline` or `validateFile`; can be opened once. */
  source: Extract<PutSource, { name: string }>;
  /** Lets the rest of the request body flow (up to the limit) when the source was not read to the end. */
  drain(): void;
}

/**
 * Checks a client's file name: a plain name, no path, no control characters. `../../etc/passwd` is refused
 * rather than silently reduced to `passwd`, so a client that sends a path learns it did.
 */
export function checkUploadNameOrThrow(name: string | undefined): string {
  if (!name)
    throw new HttpProblem(
      400,
      'E_BAD_FILE_NAME',
      'the file part has no file name (filename="..." in Content-Disposition)',
    );
  // eslint-disable-next-line no-control-regex
  if (/[/\\]|[\u0000-\u001f\u007f]/.test(name) || name === '.' || name === '..') {
    throw new HttpProblem(
      400,
      'E_BAD_FILE_NAME',
      `file name ${JSON.stringify(name.slice(0, 100))} must be a plain name, without a path or control characters`,
    );
  }
  try {
    return sanitiseFileNameOrThrow(name);
  } catch (err) {
    throw new HttpProblem(400, 'E_BAD_FILE_NAME', (err as Error).message, { cause: err });
  }
}

const textDecoderOptions = { fatal: true } as const;

/**
 * Refuses bytes that are not a text lead file (UTF-8 CSV / JSON / NDJSON, gzipped or not): NUL bytes,
 * invalid UTF-8, UTF-16, many control characters. Judged on the first bytes (decompressed when gzipped).
 */
export function sniffUploadOrThrow(head: Buffer): void {
  let text = head;
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) {
    try {
      // A 1 KiB gzip prefix inflates to at most ~1 MiB: enough to judge, bounded in memory.
      text = gunzipSync(head.subarray(0, 1024), { finishFlush: constants.Z_SYNC_FLUSH }).subarray(
        0,
        SNIFF_BYTES,
      );
    } catch (err) {
      throw new HttpProblem(
        415,
        'E_BAD_GZIP',
        `the file starts like gzip but does not decompress: ${(err as Error).message}`,
      );
    }
    if (text.length === 0) {
      // Nothing came out: an empty file compressed, or bytes that only look like gzip. A strict gunzip of
      // a short file tells which; 1 KiB of gzip that yields nothing is no lead file either way.
      let empty: boolean;
      try {
        empty = head.length < 1024 && gunzipSync(head).length === 0;
      } catch {
        empty = false;
      }
      if (empty) throw new HttpProblem(400, 'E_EMPTY_UPLOAD', 'the gzipped file is empty');
      throw new HttpProblem(415, 'E_BAD_GZIP', 'the file starts like gzip but does not decompress');
    }
  }
  if (
    text.length >= 2 &&
    ((text[0] === 0xff && text[1] === 0xfe) || (text[0] === 0xfe && text[1] === 0xff))
  ) {
    throw new HttpProblem(
      415,
      'E_BINARY_UPLOAD',
      'the file is UTF-16 text; leadpipe reads UTF-8 (convert it first)',
    );
  }
  let control = 0;
  for (const b of text) {
    if (b === 0)
      throw new HttpProblem(
        415,
        'E_BINARY_UPLOAD',
        'the file is binary (it has NUL bytes); send CSV, JSON or NDJSON text, gzipped or not',
      );
    if (b < 0x09 || (b > 0x0d && b < 0x20) || b === 0x7f) control++;
  }
  try {
    new TextDecoder('utf-8', textDecoderOptions).decode(text, { stream: true });
  } catch {
    throw new HttpProblem(
      415,
      'E_BINARY_UPLOAD',
      'the file is not UTF-8 text; send CSV, JSON or NDJSON (UTF-8), gzipped or not',
    );
  }
  if (control > text.length / 100) {
    throw new HttpProblem(
      415,
      'E_BINARY_UPLOAD',
      'the file is binary (control characters); send CSV, JSON or NDJSON text',
    );
  }
}

function tooLarge(maxBytes: number): UploadLimitError {
  return new UploadLimitError(`the file is larger than the upload limit of ${maxBytes} bytes`);
}

/**
 * Opens the first file part of a multipart request and checks its name and first bytes. The part must be
 * read through `source.open()`; the size limit fails that stream with a 413 (an {@link UploadLimitError}).
 */
export async function receiveUploadOrThrow(req: FastifyRequest, maxBytes: number): Promise<Upload> {
  const length = Number(req.headers['content-length']);
  if (Number.isFinite(length) && length > maxBytes + MULTIPART_OVERHEAD) throw tooLarge(maxBytes);
  if (!req.isMultipart()) {
    throw new HttpProblem(
      415,
      'E_NOT_MULTIPART',
      'uploads must be sent as multipart/form-data with the file in a part named "file"',
    );
  }
  let part: Awaited<ReturnType<FastifyRequest['file']>>;
  try {
    part = await req.file({
      limits: { fileSize: maxBytes, files: 1, fields: 10, fieldSize: 64 * 1024, parts: 12 },
      // Keep the client's name as sent, so a path in it is refused instead of cut off silently.
      preservePath: true,
    });
  } catch (err) {
    throw asUploadError(err);
  }
  if (!part)
    throw new HttpProblem(
      400,
      'E_NO_FILE',
      'the request has no file part; send the file in a part named "file"',
    );
  const file = part.file;
  const drain = (): void => {
    file.resume();
  };
  try {
    const name = checkUploadNameOrThrow(part.filename);
    const it = file[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    while (size < SNIFF_BYTES) {
      const r = await it.next().catch((err: unknown) => Promise.reject(asUploadError(err)));
      if (r.done) {
        done = true;
        break;
      }
      chunks.push(r.value);
      size += r.value.length;
    }
    if (file.truncated) throw tooLarge(maxBytes);
    const head = Buffer.concat(chunks);
    if (head.length === 0)
      throw new HttpProblem(400, 'E_EMPTY_UPLOAD', `the file ${JSON.stringify(name)} is empty (0 bytes)`);
    sniffUploadOrThrow(head);
    let opened = false;
    const open = async function* (): AsyncGenerator<Buffer> {
      if (opened) throw new Error('an upload can be read once');
      opened = true;
      yield head;
      try {
        if (!done) for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
      } catch (err) {
        // A body cut short must not be staged as a shorter file, nor recorded as a failed one.
        throw asUploadError(err);
      }
      if (file.truncated) throw tooLarge(maxBytes);
    };
    // unique: each upload keeps its own staged file, even when another one has the same name.
    return { name, source: { name, open, unique: true }, drain };
  } catch (err) {
    drain();
    throw err;
  }
}
