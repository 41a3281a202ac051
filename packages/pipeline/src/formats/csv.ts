/**
 * A streaming RFC 4180 record reader with line-level resynchronisation.
 *
 * Why not a CSV library: leadpipe must reject a record that spans lines *and* ends malformed at its first
 * line and resume at the very next physical line, so that one stray quote never swallows the good rows
 * after it. Stream parsers (csv-parse included) cannot back up like that, and they are 3-7x slower than
 * this reader on the lead files, which matters for the ingest target (within 3x of DuckDB's read_csv).
 */

/** One event of the reader: a record with its fields, or a line it had to reject. */
export type CsvEvent =
  | { kind: 'header'; line: number; fields: string[]; raw: string }
  /**
   * A record. With `splitFields: false`, `fields` is empty for records without quotes (their `raw` text is
   * already a canonical CSV record) and filled only for quoted ones (`quoted: true`).
   */
  | {
      kind: 'record';
      line: number;
      fields: string[];
      raw: string;
      quoted: boolean;
      /** Counted records only: whether a field may begin or end with whitespace (see {@link isTrimSpace}). */
      edgeSpace?: boolean;
    }
  | { kind: 'reject'; line: number; reason: string; raw: string };

/** Options of {@link CsvReader}. */
export interface CsvReaderOptions {
  /** Field delimiter; one character. */
  delimiter: string;
  /**
   * Number of fields every record must have. When not given, the first record is the header: it is
   * emitted as a `header` event and its field count becomes the expected one.
   */
  expectedFields?: number;
  /** A record longer than this (in UTF-16 units) is rejected at its first line. */
  maxRecordLength: number;
  /**
   * When false, records without quotes are only counted (delimiters), not split into fields: the caller
   * stages their raw text as it is and lets the warehouse split and type them. Default true.
   */
  splitFields?: boolean;
}

const NO_FIELDS: string[] = [];

/** The non-ASCII UTF-16 units that `String.prototype.trim` removes (ECMAScript WhiteSpace, LineTerminator). */
const WIDE_SPACES = new Set([
  0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a,
  0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
]);

/** Whether `String.prototype.trim` removes this UTF-16 unit (NaN, past a string's end, is not). */
export function isTrimSpace(c: number): boolean {
  return c <= 32 ? c === 32 || (c >= 9 && c <= 13) : c >= 160 && WIDE_SPACES.has(c);
}

/** Whether a value begins or ends with whitespace that the cleaner trims. */
export function hasEdgeSpace(value: string): boolean {
  return (
    value.length > 0 && (isTrimSpace(value.charCodeAt(0)) || isTrimSpace(value.charCodeAt(value.length - 1)))
  );
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

type Parsed =
  { ok: true; fields: string[]; end: number; lines: number } | { ok: false; reason: string } | 'more';

/**
 * Incremental reader: feed decoded text with {@link CsvReader.push}, then call {@link CsvReader.end}.
 * Line numbers are physical lines, 1-based (the header is line 1).
 */
export class CsvReader {
  private buf = '';
  private line = 1;
  private readonly delim: number;
  private readonly delimiter: string;
  private expectedFields: number | undefined;
  private readonly maxLen: number;
  private readonly split: boolean;

  constructor(options: CsvReaderOptions) {
    if (options.delimiter.length !== 1) throw new Error('delimiter must be one character');
    this.delimiter = options.delimiter;
    this.delim = options.delimiter.charCodeAt(0);
    this.expectedFields = options.expectedFields;
    this.maxLen = options.maxRecordLength;
    this.split = options.splitFields ?? true;
  }

  /** Parses every complete record in the buffered text plus `text`, appending events to `out`. */
  push(text: string, out: CsvEvent[]): void {
    this.buf = this.buf.length === 0 ? text : this.buf + text;
    this.drain(false, out);
  }

  /** Parses what is left at the end of input. */
  end(out: CsvEvent[]): void {
    this.drain(true, out);
    this.buf = '';
  }

  private drain(final: boolean, out: CsvEvent[]): void {
    const buf = this.buf;
    let pos = 0;
    const n = buf.length;
    // Position of the next quote at or after pos, cached: searching afresh on every line is quadratic when
    // quotes are rare.
    let nextQuote = -2;
    while (pos < n) {
      const nl = buf.indexOf('\n', pos);
      if (nl === -1 && this.skipUntilNewline) {
        // Still inside a line already rejected as too long: drop it as it arrives, never hold it.
        pos = n;
        break;
      }
      if (nl === -1 && !final) {
        if (n - pos > this.maxLen) {
          // A single line longer than the limit: reject it without holding it, skip to its end.
          out.push({
            kind: 'reject',
            line: this.line,
            reason: `record longer than ${this.maxLen} characters`,
            raw: buf.slice(pos, pos + 200),
          });
          this.skipUntilNewline = true;
          pos = n;
        }
        break;
      }
      const lineEnd = nl === -1 ? n : nl;
      if (this.skipUntilNewline) {
        this.skipUntilNewline = false;
        pos = lineEnd + 1;
        this.line++;
        continue;
      }
      let contentEnd = lineEnd;
      if (contentEnd > pos && buf.charCodeAt(contentEnd - 1) === CR) contentEnd--;
      if (contentEnd === pos) {
        // Blank line: not a record.
        pos = lineEnd + 1;
        this.line++;
        continue;
      }
      if (nextQuote !== -1 && nextQuote < pos) nextQuote = buf.indexOf('"', pos);
      if (nextQuote === -1 || nextQuote >= contentEnd) {
        // Fast path: no quote on this line.
        const raw = buf.slice(pos, contentEnd);
        if (this.split || this.expectedFields === undefined)
          this.emit(raw.split(this.delimiter), raw, this.line, out);
        else this.emitCounted(raw, this.line, out);
        pos = lineEnd + 1;
        this.line++;
        continue;
      }
      const parsed = this.parseQuoted(buf, pos, final);
      if (parsed === 'more') {
        if (n - pos > this.maxLen) {
          this.rejectFirstLine(
            buf,
            pos,
            lineEnd,
            contentEnd,
            `record longer than ${this.maxLen} characters (unterminated quote?)`,
            out,
          );
          pos = lineEnd + 1;
          continue;
        }
        break;
      }
      if (!parsed.ok) {
        this.rejectFirstLine(buf, pos, lineEnd, contentEnd, parsed.reason, out);
        pos = lineEnd + 1;
        continue;
      }
      if (
        parsed.lines > 0 &&
        this.expectedFields !== undefined &&
        parsed.fields.length !== this.expectedFields
      ) {
        // A record that spans lines and ends with the wrong field count is almost always a stray quote that
        // swallowed the lines after it: reject its first line only and resume at the next one.
        this.rejectFirstLine(
          buf,
          pos,
          lineEnd,
          contentEnd,
          `unbalanced quote: record spanning lines ${this.line}-${this.line + parsed.lines} has ${parsed.fields.length} fields, expected ${this.expectedFields}`,
          out,
        );
        pos = lineEnd + 1;
        continue;
      }
      let rawEnd = parsed.end;
      if (rawEnd > pos && buf.charCodeAt(rawEnd - 1) === CR) rawEnd--;
      this.emit(parsed.fields, buf.slice(pos, rawEnd), this.line, out, true);
      this.line += parsed.lines + 1;
      pos = parsed.end + 1;
    }
    this.buf = pos >= n ? '' : buf.slice(pos);
  }

  private skipUntilNewline = false;

  private rejectFirstLine(
    buf: string,
    pos: number,
    lineEnd: number,
    contentEnd: number,
    reason: string,
    out: CsvEvent[],
  ): void {
    out.push({ kind: 'reject', line: this.line, reason, raw: buf.slice(pos, Math.min(contentEnd, lineEnd)) });
    this.line++;
  }

  /** A quote-free record whose fields are counted, not split. */
  private emitCounted(raw: string, line: number, out: CsvEvent[]): void {
    let count = 1;
    // Checking the characters beside each delimiter costs little here, and lets the engine skip trimming
    // every value of a file that has nothing to trim.
    let edgeSpace = isTrimSpace(raw.charCodeAt(0)) || isTrimSpace(raw.charCodeAt(raw.length - 1));
    for (let k = raw.indexOf(this.delimiter); k !== -1; k = raw.indexOf(this.delimiter, k + 1)) {
      count++;
      if (!edgeSpace) edgeSpace = isTrimSpace(raw.charCodeAt(k - 1)) || isTrimSpace(raw.charCodeAt(k + 1));
    }
    if (count !== this.expectedFields) {
      out.push({
        kind: 'reject',
        line,
        reason: `expected ${this.expectedFields} fields, found ${count}`,
        raw,
      });
      return;
    }
    out.push({ kind: 'record', line, fields: NO_FIELDS, raw, quoted: false, edgeSpace });
  }

  private emit(fields: string[], raw: string, line: number, out: CsvEvent[], quoted = false): void {
    if (this.expectedFields === undefined) {
      this.expectedFields = fields.length;
      out.push({ kind: 'header', line, fields, raw });
      return;
    }
    if (this.expectedFields !== undefined && fields.length !== this.expectedFields) {
      out.push({
        kind: 'reject',
        line,
        reason: `expected ${this.expectedFields} fields, found ${fields.length}`,
        raw,
      });
      return;
    }
    out.push({ kind: 'record', line, fields, raw, quoted });
  }

  /**
   * Full RFC 4180 state machine for a record that has a quote somewhere. Returns the fields, the index of
   * the record's terminating LF (or the buffer end) and how many line breaks it consumed inside quotes.
   */
  private parseQuoted(buf: string, start: number, final: boolean): Parsed {
    const n = buf.length;
    const fields: string[] = [];
    let i = start;
    let lines = 0;
    for (;;) {
      if (i < n && buf.charCodeAt(i) === QUOTE) {
        let value = '';
        let j = i + 1;
        for (;;) {
          const q = buf.indexOf('"', j);
          if (q === -1) {
            if (!final) return 'more';
            return { ok: false, reason: 'unterminated quoted field' };
          }
          value += buf.slice(j, q);
          if (q + 1 >= n && !final) return 'more';
          if (buf.charCodeAt(q + 1) === QUOTE) {
            value += '"';
            j = q + 2;
            continue;
          }
          i = q + 1;
          break;
        }
        for (let k = value.indexOf('\n'); k !== -1; k = value.indexOf('\n', k + 1)) lines++;
        fields.push(value);
        if (i >= n) {
          if (!final) return 'more';
          return { ok: true, fields, end: n, lines };
        }
        const c = buf.charCodeAt(i);
        if (c === this.delim) {
          i++;
          continue;
        }
        if (c === LF) return { ok: true, fields, end: i, lines };
        if (c === CR) {
          if (i + 1 >= n) {
            if (!final) return 'more';
            return { ok: true, fields, end: n, lines };
          }
          if (buf.charCodeAt(i + 1) === LF) return { ok: true, fields, end: i + 1, lines };
        }
        return { ok: false, reason: `unexpected character after closing quote in field ${fields.length}` };
      }
      // Unquoted field: up to the next delimiter or line end. A quote inside it is taken literally.
      let j = i;
      while (j < n) {
        const c = buf.charCodeAt(j);
        if (c === this.delim || c === LF) break;
        j++;
      }
      if (j >= n && !final) return 'more';
      let end = j;
      if (end > i && buf.charCodeAt(end - 1) === CR && (j >= n || buf.charCodeAt(j) === LF)) end--;
      fields.push(buf.slice(i, end));
      if (j >= n) return { ok: true, fields, end: n, lines };
      if (buf.charCodeAt(j) === LF) return { ok: true, fields, end: j, lines };
      i = j + 1;
    }
  }
}

/**
 * Picks the delimiter among `, ; \t |` that occurs most often outside quotes on the header line
 * (ties go to the comma).
 */
export function sniffDelimiter(firstLine: string): string {
  const candidates = [',', ';', '\t', '|'];
  const counts = new Map(candidates.map((c) => [c, 0]));
  let inQuotes = false;
  for (const ch of firstLine) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ',';
  for (const c of candidates) if ((counts.get(c) ?? 0) > (counts.get(best) ?? 0)) best = c;
  return best;
}
