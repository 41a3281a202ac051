/**
 * Streaming readers for JSON inputs: a top-level JSON array of objects, and NDJSON (one object per line).
 * Elements are split by a small depth scanner and parsed one by one with `JSON.parse`, so memory stays
 * bounded by the largest element, and a broken element is rejected without losing the rest.
 */

/** One event: a parsed element with its first line, or a rejection. */
export type JsonEvent =
  | { kind: 'record'; line: number; value: unknown; raw: string }
  | { kind: 'reject'; line: number; reason: string; raw: string };

function countLines(s: string, from: number, to: number): number {
  let c = 0;
  for (let k = s.indexOf('\n', from); k !== -1 && k < to; k = s.indexOf('\n', k + 1)) c++;
  return c;
}

/** Reads NDJSON: every non-blank line is one JSON value. */
export class NdjsonReader {
  private buf = '';
  private line = 1;
  constructor(private readonly maxLen: number) {}

  push(text: string, out: JsonEvent[]): void {
    this.buf += text;
    let pos = 0;
    const buf = this.buf;
    for (;;) {
      const nl = buf.indexOf('\n', pos);
      if (nl === -1) break;
      this.one(buf.slice(pos, nl), out);
      pos = nl + 1;
    }
    this.buf = buf.slice(pos);
    if (this.buf.length > this.maxLen) {
      out.push({
        kind: 'reject',
        line: this.line,
        reason: `record longer than ${this.maxLen} characters`,
        raw: this.buf.slice(0, 200),
      });
      this.buf = '';
      this.skipping = true;
    }
  }

  private skipping = false;

  end(out: JsonEvent[]): void {
    if (this.buf.length > 0 && !this.skipping) this.one(this.buf, out);
    this.buf = '';
  }

  private one(rawLine: string, out: JsonEvent[]): void {
    const line = this.line++;
    if (this.skipping) {
      this.skipping = false;
      return;
    }
    const raw = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    if (raw.trim() === '') return;
    try {
      out.push({ kind: 'record', line, value: JSON.parse(raw), raw });
    } catch (err) {
      out.push({ kind: 'reject', line, reason: `invalid JSON: ${(err as Error).message}`, raw });
    }
  }
}

/** Reads a top-level JSON array element by element. */
export class JsonArrayReader {
  private buf = '';
  private pos = 0;
  private line = 1;
  private state: 'start' | 'elements' | 'done' = 'start';
  constructor(private readonly maxLen: number) {}

  push(text: string, out: JsonEvent[]): void {
    this.buf = this.pos > 0 ? this.buf.slice(this.pos) + text : this.buf + text;
    this.pos = 0;
    this.drain(false, out);
  }

  end(out: JsonEvent[]): void {
    this.drain(true, out);
    if (this.state !== 'done') {
      out.push({
        kind: 'reject',
        line: this.line,
        reason:
          this.state === 'start' ? 'expected a JSON array' : 'JSON array is not closed (truncated file?)',
        raw: this.buf.slice(this.pos, this.pos + 200),
      });
      this.state = 'done';
    }
  }

  private skipWs(final: boolean): boolean {
    const b = this.buf;
    while (this.pos < b.length) {
      const c = b.charCodeAt(this.pos);
      if (c === 10) this.line++;
      else if (c !== 32 && c !== 9 && c !== 13 && c !== 0xfeff) return true;
      this.pos++;
    }
    return final;
  }

  private drain(final: boolean, out: JsonEvent[]): void {
    const b = this.buf;
    while (this.state !== 'done') {
      if (!this.skipWs(final) || this.pos >= b.length) return;
      const c = b[this.pos];
      if (this.state === 'start') {
        if (c !== '[') {
          out.push({
            kind: 'reject',
            line: this.line,
            reason: 'expected a JSON array of objects',
            raw: b.slice(this.pos, this.pos + 200),
          });
          this.state = 'done';
          return;
        }
        this.pos++;
        this.state = 'elements';
        continue;
      }
      if (c === ',') {
        this.pos++;
        continue;
      }
      if (c === ']') {
        this.pos++;
        this.state = 'done';
        return;
      }
      const end = this.scanElement(b, this.pos);
      if (end === -1) {
        if (b.length - this.pos > this.maxLen) {
          out.push({
            kind: 'reject',
            line: this.line,
            reason: `element longer than ${this.maxLen} characters`,
            raw: b.slice(this.pos, this.pos + 200),
          });
          this.state = 'done';
        }
        if (final && this.state !== 'done') {
          out.push({
            kind: 'reject',
            line: this.line,
            reason: 'truncated JSON element',
            raw: b.slice(this.pos, this.pos + 200),
          });
          this.state = 'done';
        }
        return;
      }
      const raw = b.slice(this.pos, end);
      const line = this.line;
      try {
        out.push({ kind: 'record', line, value: JSON.parse(raw), raw });
      } catch (err) {
        out.push({ kind: 'reject', line, reason: `invalid JSON: ${(err as Error).message}`, raw });
      }
      this.line += countLines(b, this.pos, end);
      this.pos = end;
    }
  }

  /** End index (exclusive) of the element starting at `start`, or -1 when the buffer ends first. */
  private scanElement(b: string, start: number): number {
    let depth = 0;
    let inString = false;
    for (let i = start; i < b.length; i++) {
      const c = b.charCodeAt(i);
      if (inString) {
        if (c === 92) i++;
        else if (c === 34) inString = false;
        continue;
      }
      if (c === 34) inString = true;
      else if (c === 123 || c === 91) depth++;
      else if (c === 125 || c === 93) {
        if (depth === 0) return i;
        depth--;
        if (depth === 0) return i + 1;
      } else if (c === 44 && depth === 0) return i;
    }
    return -1;
  }
}
