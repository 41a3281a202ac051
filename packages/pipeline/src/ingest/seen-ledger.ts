/**
 * What auto-ingest has already handled, by S3 object version (bucket, key, ETag): the watcher's memory
 * across restarts, like the load metadata a Snowpipe keeps per pipe. It lives in the data home beside the
 * warehouse whose load history it summarises, so removing the home forgets both together.
 *
 * Format: `<home>/ingest/seen.jsonl`, one JSON entry per line, appended and synced after the object's load
 * committed. A crash between the commit and the append only means the object is handled again, and the
 * pipe then skips it by (name, checksum): nothing loads twice. A torn last line is ignored on open.
 *
 * Only the latest handled version of each key is kept, so memory and the file are bounded by the keys of
 * the bucket, not by how often they are overwritten: when superseded lines outnumber the live ones, the file
 * is rewritten (to a temporary file, synced, renamed over). An older version announced late (events arrive
 * out of order) is not in the ledger; its read then fails its ETag precondition and the current version is
 * found handled, and content that returns to an old version is read again and skipped by the pipe.
 */
import { mkdir, open, readFile, rename, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config/config.ts';

/** One handled object version. */
export interface SeenEntry {
  bucket: string;
  key: string;
  etag: string;
  /** How it ended: a load status (`LOADED`, `PARTIALLY_LOADED`, `SKIPPED`, `LOAD_FAILED`). */
  status: string;
  /** The staged file name it was loaded as. */
  file?: string;
  at: string;
}

/** Where the ledger of `config` lives. */
export function seenLedgerPath(config: Pick<Config, 'home'>): string {
  return path.join(config.home, 'ingest', 'seen.jsonl');
}

/** Lines the file may hold beyond twice its live entries before it is rewritten. */
const COMPACT_SLACK = 1000;

function id(ref: { bucket: string; key: string }): string {
  return `${ref.bucket}\n${ref.key}`;
}

/** The ledger of handled object versions. Open with {@link SeenLedger.open}; close when done. */
export class SeenLedger {
  private constructor(
    private readonly file: string,
    /** The latest handled version of each (bucket, key). */
    private readonly entries: Map<string, SeenEntry>,
    private handle: FileHandle,
    /** Lines in the file, superseded ones included. */
    private lines: number,
  ) {}

  /** The appends (and rewrites) in flight, in order. */
  private writes: Promise<void> = Promise.resolve();

  /** Opens (creating if needed) the ledger file and reads what it holds. */
  static async open(file: string): Promise<SeenLedger> {
    await mkdir(path.dirname(file), { recursive: true });
    const entries = new Map<string, SeenEntry>();
    let text = '';
    try {
      text = await readFile(file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    let lines = 0;
    for (const line of text.split('\n')) {
      if (!line) continue;
      lines++;
      try {
        const e = JSON.parse(line) as SeenEntry;
        if (typeof e.bucket === 'string' && typeof e.key === 'string' && typeof e.etag === 'string')
          entries.set(id(e), e);
      } catch {
        // A line torn by a crash mid-append: that object is simply handled again.
      }
    }
    const handle = await open(file, 'a');
    // A torn last line has no newline: start the next entry on a line of its own.
    if (text && !text.endsWith('\n')) await handle.appendFile('\n');
    const ledger = new SeenLedger(file, entries, handle, lines);
    await ledger.compactIfSparse();
    return ledger;
  }

  /** Whether this object version was handled (it is the latest handled version of its key). */
  has(ref: { bucket: string; key: string; etag: string }): boolean {
    return this.get(ref) !== undefined;
  }

  /** The entry of this object version, if it is the latest handled version of its key. */
  get(ref: { bucket: string; key: string; etag: string }): SeenEntry | undefined {
    const e = this.entries.get(id(ref));
    return e?.etag === ref.etag ? e : undefined;
  }

  /** Keys with a handled version. */
  get size(): number {
    return this.entries.size;
  }

  /** Lines in the ledger file (live and superseded entries), for tests and status. */
  get fileLines(): number {
    return this.lines;
  }

  /**
   * Records a handled object version durably (appended and synced before it resolves). Calls are applied
   * one at a time, so a rewrite never closes the file under another append.
   */
  add(entry: Omit<SeenEntry, 'at'>): Promise<void> {
    const next = this.writes.then(async () => {
      const full: SeenEntry = { ...entry, at: new Date().toISOString() };
      await this.handle.appendFile(JSON.stringify(full) + '\n');
      await this.handle.datasync();
      this.lines++;
      this.entries.set(id(entry), full);
      await this.compactIfSparse();
    });
    this.writes = next.catch(() => undefined);
    return next;
  }

  /** Closes the file once pending appends are done; entries added before stay durable. */
  async close(): Promise<void> {
    await this.writes;
    await this.handle.close();
  }

  /**
   * Rewrites the file with the live entries only, once superseded lines outnumber them: amortised, each
   * append pays for at most one line rewritten. A crash leaves either file whole (rename is atomic).
   */
  private async compactIfSparse(): Promise<void> {
    if (this.lines <= 2 * this.entries.size + COMPACT_SLACK) return;
    const tmp = `${this.file}.tmp`;
    const text = [...this.entries.values()].map((e) => JSON.stringify(e) + '\n').join('');
    const out = await open(tmp, 'w');
    try {
      await out.writeFile(text);
      await out.datasync();
    } finally {
      await out.close();
    }
    await this.handle.close();
    await rename(tmp, this.file);
    this.handle = await open(this.file, 'a');
    this.lines = this.entries.size;
  }
}
