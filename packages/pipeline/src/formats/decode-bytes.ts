/**
 * The byte layer of reading a lead file: gunzip when the bytes say gzip (with a bomb guard), refuse UTF-16
 * and binary content, drop a BOM, and decode UTF-8 while flagging invalid sequences.
 */
import { isUtf8 } from 'node:buffer';
import { Readable, pipeline } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import { TerminalError } from '../errors.ts';

/**
 * gzip bomb guard: past {@link INFLATE_CHECK_BYTES} of output, output above this many times the compressed
 * input read so far fails the file. Lead CSVs inflate about 5-10x; a bomb inflates ~1000x.
 */
export const MAX_INFLATE_RATIO = 100;
const INFLATE_CHECK_BYTES = 64 * 1024 * 1024;
/** Bytes of the decoded start that are checked for binary content. */
const SNIFF_BYTES = 8192;

/**
 * True when the start of a file is binary: not valid UTF-8 and with control characters other than tab,
 * CR, LF and form feed (NUL bytes, zip, images, a second gzip layer). Latin-1 text is not binary: it is
 * read, and its rows with invalid UTF-8 are rejected one by one.
 */
function looksBinary(head: Buffer): boolean {
  const sample = head.subarray(0, SNIFF_BYTES);
  // A multibyte character cut at the end of the sample is not a reason to call it invalid.
  for (let cut = 0; cut < 4 && cut < sample.length; cut++) {
    if (isUtf8(sample.subarray(0, sample.length - cut))) return false;
  }
  for (const b of sample) if (b < 0x20 && b !== 9 && b !== 10 && b !== 12 && b !== 13) return true;
  return false;
}

/**
 * Decodes a file's bytes into text chunks, gunzipping when the first bytes are gzip's magic number. Each
 * chunk carries the (compressed) bytes read so far, whether the input is compressed, and whether the chunk
 * had invalid UTF-8 (turned into U+FFFD). Throws a {@link TerminalError} for UTF-16, binary content, a
 * broken gzip stream or a gzip bomb.
 */
export async function* decodeBytes(
  input: AsyncIterable<Buffer>,
): AsyncGenerator<{ text: string; bytes: number; compressed: boolean; invalidUtf8: boolean }> {
  const it = input[Symbol.asyncIterator]();
  let first = await it.next();
  while (!first.done && first.value.length < 4) {
    const more = await it.next();
    if (more.done) break;
    first = { done: false, value: Buffer.concat([first.value, more.value]) };
  }
  if (first.done) return;
  const head = first.value;
  const compressed = head[0] === 0x1f && head[1] === 0x8b;
  let bytes = 0;
  async function* raw(): AsyncGenerator<Buffer> {
    yield head;
    for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
  }
  let source: AsyncIterable<Buffer> = raw();
  if (compressed) {
    const gunzip = createGunzip();
    const counted = (async function* () {
      for await (const b of raw()) {
        bytes += b.length;
        yield b;
      }
    })();
    // pipeline() destroys the gunzip stream with the source's error, so the reader below sees it.
    pipeline(Readable.from(counted), gunzip, () => {});
    source = gunzip;
  }
  const decoder = new StringDecoder('utf8');
  let firstText = true;
  let inflated = 0;
  try {
    for await (const chunk of source) {
      if (!compressed) bytes += chunk.length;
      else {
        inflated += chunk.length;
        if (inflated > INFLATE_CHECK_BYTES && inflated > bytes * MAX_INFLATE_RATIO) {
          throw new TerminalError(
            'E_BAD_GZIP',
            `cannot decompress: the decompression ratio passed ${MAX_INFLATE_RATIO}:1 after ${inflated} bytes (a gzip bomb?)`,
          );
        }
      }
      if (firstText && chunk.length >= 2) {
        if ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff)) {
          throw new TerminalError(
            'E_ENCODING',
            'the file is UTF-16; leadpipe reads UTF-8 (convert it first)',
          );
        }
      }
      if (firstText && chunk.length > 0 && looksBinary(chunk)) {
        throw new TerminalError(
          'E_BINARY',
          'the file is binary (not UTF-8 text, control characters); leadpipe reads CSV, JSON or NDJSON text, gzipped or not',
        );
      }
      let text = decoder.write(chunk);
      if (firstText && text.length > 0) {
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
        firstText = false;
      }
      // StringDecoder turns invalid UTF-8 into U+FFFD silently; flag it so those rows are rejected.
      const invalidUtf8 = text.includes('\ufffd') && !isUtf8(chunk);
      yield { text, bytes, compressed, invalidUtf8 };
    }
  } catch (err) {
    if (err instanceof TerminalError) throw err;
    const code = (err as { code?: string }).code ?? '';
    if (compressed || code.startsWith('Z_')) {
      throw new TerminalError('E_BAD_GZIP', `cannot decompress: ${(err as Error).message}`, { cause: err });
    }
    throw err;
  }
  const rest = decoder.end();
  if (rest) yield { text: rest, bytes, compressed, invalidUtf8: rest.includes('\ufffd') };
}
