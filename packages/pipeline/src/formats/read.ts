/**
 * Reads one lead file of any supported format (CSV, JSON array, NDJSON; gzipped or not, detected from the
 * bytes, never from the name), cleans every record and hands canonical NDJSON lines and rejections to
 * the caller in batches. Streams: memory is bounded by the largest record, not the file.
 */
import { Readable, pipeline } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import { TerminalError } from '../errors.ts';
import type { CleanOptions, RejectedRow } from './clean.ts';
import { RowCleaner } from './clean.ts';
import type { CsvEvent } from './csv.ts';
import { CsvReader, sniffDelimiter } from './csv.ts';
import type { JsonEvent } from './json.ts';
import { JsonArrayReader, NdjsonReader } from './json.ts';
import type { ColumnType } from './lead-schema.ts';
import { normaliseHeaderOrThrow } from './names.ts';

/** Formats leadpipe reads. */
export type FileFormat = 'csv' | 'json' | 'ndjson';

/** What reading a file found. */
export interface ReadSummary {
  format: FileFormat;
  compressed: boolean;
  delimiter?: string;
  /** Records seen (accepted + rejected), header excluded. */
  rowsParsed: number;
  rowsAccepted: number;
  rowsRejected: number;
  /** Normalised column names, in the order first seen. */
  columns: string[];
  /** Inferred types of the columns that are not declared. */
  inferred: Record<string, ColumnType>;
  /** Declared non-nullable columns (and the key) absent from the file. */
  missingRequired: string[];
  firstError?: RejectedRow;
}

/** Receives cleaned output in batches; awaited, so a slow sink slows the reader (backpressure). */
export interface ReadSink {
  /**
   * Staged NDJSON lines, each ending in `\n`: `{"l":<source line>,"d":<canonical document>}`. The line
   * travels with the row so leads_raw can point back into the source file.
   */
  rows(text: string, count: number): void | Promise<void>;
  rejects(rows: RejectedRow[]): void | Promise<void>;
}

/** Options of {@link readLeadFile}. */
export interface ReadOptions extends CleanOptions {
  maxRecordLength: number;
  /** Called after every input chunk with the compressed bytes read so far (for progress bars). */
  onProgress?: (bytesRead: number) => void;
}

const BATCH_ROWS = 4096;

async function* decodeBytes(
  input: AsyncIterable<Buffer>,
): AsyncGenerator<{ text: string; bytes: number; compressed: boolean }> {
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
  try {
    for await (const chunk of source) {
      if (!compressed) bytes += chunk.length;
      if (firstText && chunk.length >= 2) {
        if ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff)) {
          throw new TerminalError(
            'E_ENCODING',
            'the file is UTF-16; leadpipe reads UTF-8 (convert it first)',
          );
        }
      }
      let text = decoder.write(chunk);
      if (firstText && text.length > 0) {
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
        firstText = false;
      }
      yield { text, bytes, compressed };
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
  if (rest) yield { text: rest, bytes, compressed };
}

/**
 * Reads, parses and cleans one file. Rejected records go to `sink.rejects` with their line and reason;
 * the rest to `sink.rows`. Throws only for whole-file problems (unreadable, bad header, bad encoding).
 */
export async function readLeadFile(
  input: Readable | AsyncIterable<Buffer>,
  sink: ReadSink,
  options: ReadOptions,
): Promise<ReadSummary> {
  const cleaner = new RowCleaner(options);
  const summary: ReadSummary = {
    format: 'csv',
    compressed: false,
    rowsParsed: 0,
    rowsAccepted: 0,
    rowsRejected: 0,
    columns: [],
    inferred: {},
    missingRequired: [],
  };
  let csv: CsvReader | undefined;
  let json: JsonArrayReader | NdjsonReader | undefined;
  let pending = '';
  let headerDone = false;
  let rowsText: string[] = [];
  let rowsCount = 0;
  let rejects: RejectedRow[] = [];
  const events: (CsvEvent | JsonEvent)[] = [];

  const reject = (r: RejectedRow): void => {
    summary.rowsParsed++;
    summary.rowsRejected++;
    summary.firstError ??= r;
    rejects.push(r);
  };
  const flush = async (force: boolean): Promise<void> => {
    if (rowsCount > 0 && (force || rowsCount >= BATCH_ROWS)) {
      await sink.rows(rowsText.join('\n') + '\n', rowsCount);
      rowsText = [];
      rowsCount = 0;
    }
    if (rejects.length > 0 && (force || rejects.length >= 1000)) {
      await sink.rejects(rejects);
      rejects = [];
    }
  };
  const handle = (): void => {
    for (const e of events) {
      if (e.kind === 'reject') {
        reject({ line: e.line, reason: e.reason, raw: e.raw });
        continue;
      }
      if (e.kind === 'header') {
        cleaner.bindHeader(normaliseHeaderOrThrow(e.fields.map((f) => f.trim())));
        headerDone = true;
        continue;
      }
      const result = csv
        ? cleaner.cleanFields((e as { fields: string[] }).fields, e.line, e.raw)
        : cleaner.cleanObject((e as { value: unknown }).value, e.line, e.raw);
      if (typeof result === 'string') {
        summary.rowsParsed++;
        summary.rowsAccepted++;
        rowsText.push(`{"l":${e.line},"d":${result}}`);
        rowsCount++;
      } else reject(result);
    }
    events.length = 0;
  };

  for await (const { text, bytes, compressed } of decodeBytes(input)) {
    summary.compressed = compressed;
    options.onProgress?.(bytes);
    if (!csv && !json) {
      pending += text;
      const start = pending.search(/\S/);
      if (start === -1) continue;
      const c = pending[start];
      if (c === '[') {
        summary.format = 'json';
        json = new JsonArrayReader(options.maxRecordLength);
      } else if (c === '{') {
        summary.format = 'ndjson';
        json = new NdjsonReader(options.maxRecordLength);
      } else {
        const nl = pending.indexOf('\n');
        if (nl === -1 && pending.length < 1 << 20) continue;
        summary.delimiter = sniffDelimiter(nl === -1 ? pending : pending.slice(0, nl));
        csv = new CsvReader({ delimiter: summary.delimiter, maxRecordLength: options.maxRecordLength });
      }
      (csv ?? json)!.push(pending, events as never);
      pending = '';
    } else {
      (csv ?? json)!.push(text, events as never);
    }
    handle();
    await flush(false);
  }
  if (!csv && !json && pending.trim() !== '') {
    summary.delimiter = sniffDelimiter(pending);
    csv = new CsvReader({ delimiter: summary.delimiter, maxRecordLength: options.maxRecordLength });
    csv.push(pending, events as never);
  }
  (csv ?? json)?.end(events as never);
  handle();
  await flush(true);

  summary.columns = [...cleaner.columns];
  summary.inferred = Object.fromEntries(cleaner.inferred);
  const present = new Set(summary.columns);
  const required = new Set([
    options.key,
    ...options.schema.columns.filter((c) => !c.nullable).map((c) => c.name),
  ]);
  summary.missingRequired = [...required].filter((c) => !present.has(c));
  if (csv && !headerDone) summary.missingRequired = [...required];
  return summary;
}
