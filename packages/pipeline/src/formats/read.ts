/**
 * Reads one lead file of any supported format (CSV, JSON array, NDJSON; gzipped or not, detected from the
 * bytes, never from the name), cleans every record and hands canonical NDJSON lines and rejections to
 * the caller in batches. Streams: memory is bounded by the largest record, not the file.
 */
import type { Readable } from 'node:stream';
import { TerminalError } from '../errors.ts';
import type { CleanOptions, RejectedRow } from './clean.ts';
import { RowCleaner, derivedKeyValue } from './clean.ts';
import type { CsvEvent } from './csv.ts';
import { CsvReader, hasEdgeSpace, sniffDelimiter } from './csv.ts';
import type { JsonEvent } from './json.ts';
import { JsonArrayReader, NdjsonReader } from './json.ts';
import type { ColumnType } from './lead-schema.ts';
import { decodeBytes } from './decode-bytes.ts';
import { normaliseHeaderOrThrow, toSnakeCase } from './names.ts';
import type { StageLayout } from './stage-layout.ts';
import { csvField, stagedCsvRecord } from './stage-layout.ts';

export type { StageLayout } from './stage-layout.ts';

/** Formats leadpipe reads. */
export type FileFormat = 'csv' | 'json' | 'ndjson';

/** What reading a file found. */
export interface ReadSummary {
  format: FileFormat;
  /** How the accepted rows were staged. */
  layout: StageLayout;
  /** Upper bound of the UTF-8 bytes of the longest staged line (`csv` layout), for the engine's reader. */
  longestLine?: number;
  /**
   * `csv` layout: whether any staged value may begin or end with whitespace. When none does, the engine
   * skips the trimming of every value at load.
   */
  edgeSpace?: boolean;
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
  /**
   * Source columns renamed because leadpipe owns their name (`score` -> `src_score`, see `columnName`),
   * source name -> column; absent when none was.
   */
  renamed?: Record<string, string>;
  firstError?: RejectedRow;
}

/** Receives cleaned output in batches; awaited, so a slow sink slows the reader (backpressure). */
export interface ReadSink {
  /**
   * Staged lines, each ending in `\n`: `{"l":<line>,"n":<ordinal>,"d":<canonical document>}` in the `documents`
   * layout, `<source line><delimiter><record>` after one header line in the `csv` layout. The line travels
   * with the row so leads_raw can point back into the source file.
   */
  rows(text: string, count: number): void | Promise<void>;
  rejects(rows: RejectedRow[]): void | Promise<void>;
}

/** Options of {@link readLeadFile}. */
export interface ReadOptions extends CleanOptions {
  maxRecordLength: number;
  /** Staging layout wanted for CSV sources (default `documents`). */
  layout?: StageLayout;
  /**
   * Called after every input chunk with the compressed bytes read so far and the records parsed before
   * that chunk (for progress).
   */
  onProgress?: (bytesRead: number, rowsParsed: number) => void;
}

const BATCH_ROWS = 4096;
/** Most columns a file may have (the lead schema has 37): each new one is an ALTER TABLE on leads_final. */
export const MAX_COLUMNS = 1000;
/**
 * Throws for a first line with a CR that does not end it: CR-only line ends (classic Mac OS) would make the
 * whole file one header line and silently load nothing.
 */
function rejectCrOnlyOrThrow(firstLine: string): void {
  const cr = firstLine.indexOf('\r');
  if (cr !== -1 && cr < firstLine.length - 1) {
    throw new TerminalError(
      'E_LINE_ENDINGS',
      'the file uses CR-only line ends (classic Mac OS); convert them to LF or CRLF',
    );
  }
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
  const derivedFile = options.derivedKey?.file;
  const derivedColumn = derivedFile === undefined ? [] : [options.key];
  const csvLayout = options.layout === 'csv';
  const summary: ReadSummary = {
    format: 'csv',
    layout: 'documents',
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
  let delimiter = ',';
  let longest = 0;
  let edgeSpace = false;
  const newCsvReader = (): CsvReader => {
    if (csvLayout) summary.layout = 'csv';
    return new CsvReader({
      delimiter,
      maxRecordLength: options.maxRecordLength,
      splitFields: !csvLayout,
    });
  };

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
  let sawInvalidUtf8 = false;
  const handle = (): void => {
    for (const e of events) {
      if (e.kind === 'reject') {
        // A CSV whose first line cannot be read has no header: every later line would be misread.
        if (csv && !headerDone) throw new TerminalError('E_BAD_HEADER', `header line: ${e.reason}`);
        reject({ line: e.line, reason: e.reason, raw: e.raw });
        continue;
      }
      if (e.kind === 'header') {
        if (e.fields.length > MAX_COLUMNS) {
          throw new TerminalError(
            'E_TOO_MANY_COLUMNS',
            `the header has ${e.fields.length} columns; at most ${MAX_COLUMNS} are accepted`,
          );
        }
        const sources = e.fields.map((f) => f.trim());
        const header = normaliseHeaderOrThrow(sources);
        sources.forEach((f, i) => {
          if (toSnakeCase(f) !== header[i]) cleaner.renamed.set(f, header[i]!);
        });
        cleaner.bindHeader(header);
        headerDone = true;
        // The engine reads the staged file by position (its own column names), so a source column may be
        // called `l` too; the header line documents the file.
        if (csvLayout) rowsText.push(['l', ...header, ...derivedColumn].join(delimiter));
        continue;
      }
      if (sawInvalidUtf8 && e.raw.includes('\ufffd')) {
        reject({
          line: e.line,
          reason: 'invalid UTF-8 in the record (Latin-1 or Windows-1252 text? convert the file to UTF-8)',
          raw: e.raw,
        });
        continue;
      }
      if (e.raw.includes('\u0000')) {
        reject({
          line: e.line,
          reason: 'NUL control character in the record',
          raw: e.raw.split('\u0000').join('\\0'),
        });
        continue;
      }
      if (csvLayout && csv) {
        const r = e as { fields: string[]; raw: string; quoted: boolean; edgeSpace?: boolean };
        if (!edgeSpace) edgeSpace = r.quoted ? r.fields.some(hasEdgeSpace) : r.edgeSpace !== false;
        summary.rowsParsed++;
        summary.rowsAccepted++;
        // A derived key travels as one more field, after the file's own (the staged header says so).
        const staged =
          e.line +
          delimiter +
          stagedCsvRecord(r, delimiter) +
          (derivedFile === undefined
            ? ''
            : delimiter + csvField(derivedKeyValue(derivedFile, summary.rowsParsed), delimiter));
        if (staged.length > longest) longest = staged.length;
        rowsText.push(staged);
        rowsCount++;
        continue;
      }
      const record = summary.rowsParsed + 1;
      const result = csv
        ? cleaner.cleanFields((e as { fields: string[] }).fields, e.line, e.raw, record)
        : cleaner.cleanObject((e as { value: unknown }).value, e.line, e.raw, record);
      if (typeof result === 'string') {
        summary.rowsParsed++;
        summary.rowsAccepted++;
        rowsText.push(`{"l":${e.line},"n":${summary.rowsAccepted},"d":${result}}`);
        rowsCount++;
      } else reject(result);
      if (!csv && cleaner.columns.size > MAX_COLUMNS) {
        throw new TerminalError(
          'E_TOO_MANY_COLUMNS',
          `the file has more than ${MAX_COLUMNS} distinct keys; at most ${MAX_COLUMNS} columns are accepted`,
        );
      }
    }
    events.length = 0;
  };

  for await (const { text, bytes, compressed, invalidUtf8 } of decodeBytes(input)) {
    summary.compressed = compressed;
    if (invalidUtf8) sawInvalidUtf8 = true;
    options.onProgress?.(bytes, summary.rowsParsed);
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
        const firstLine = nl === -1 ? pending : pending.slice(0, nl);
        rejectCrOnlyOrThrow(firstLine);
        summary.delimiter = delimiter = sniffDelimiter(firstLine);
        csv = newCsvReader();
      }
      (csv ?? json)!.push(pending, events as never);
      pending = '';
    } else {
      (csv ?? json)!.push(text, events as never);
    }
    handle();
    await flush(false);
  }
  if (!csv && !json && pending.trim() === '') {
    throw new TerminalError('E_EMPTY_FILE', 'the file is empty (no header, no rows)');
  }
  if (!csv && !json) {
    rejectCrOnlyOrThrow(pending);
    summary.delimiter = delimiter = sniffDelimiter(pending);
    csv = newCsvReader();
    csv.push(pending, events as never);
  }
  (csv ?? json)?.end(events as never);
  handle();
  await flush(true);

  summary.columns = [...cleaner.columns];
  // A UTF-16 unit takes at most 3 UTF-8 bytes.
  if (summary.layout === 'csv') {
    summary.longestLine = longest * 3;
    summary.edgeSpace = edgeSpace;
  }
  summary.inferred = Object.fromEntries(cleaner.inferred);
  if (cleaner.renamed.size > 0) summary.renamed = Object.fromEntries(cleaner.renamed);
  const present = new Set(summary.columns);
  const required = new Set([
    ...(derivedFile === undefined ? [options.key] : []),
    ...options.schema.columns.filter((c) => !c.nullable).map((c) => c.name),
  ]);
  summary.missingRequired = [...required].filter((c) => !present.has(c));
  if (csv && !headerDone) summary.missingRequired = [...required];
  return summary;
}
