/**
 * What auto-ingest has already handled, by S3 object version (bucket, key, ETag): the watcher's memory
 * across restarts, like the load metadata a Snowpipe keeps per pipe. It lives in the data home beside the
 * warehouse whose load history it summarises, so removing the home forgets both together.
 *
 * Format: `<home>/ingest/seen.jsonl`, one JSON entry per line, appended and synced after the object's load
 * committed. A crash between the commit and the append only means the object is handled again, and the
 * pipe then skips it by (name, checksum): nothing loads twice. A torn last line is ignored on open.
 */
import { mkdir, open, readFile, type FileHandle } from 'node:fs/promises';
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

function id(bucket: string, key: string, etag: string): string {
  return `${bucket}\n${key}\n${etag}`;
}

/** The ledger of handled object versions. Open with {@link SeenLedger.open}; close when done. */
export class SeenLedger {
  private constructor(
    private readonly entries: Map<string, SeenEntry>,
    private readonly handle: FileHandle,
  ) {}

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
    for (const line of text.split('\n')) {
      if (!line) continue;
      try {
        const e = JSON.parse(line) as SeenEntry;
        if (typeof e.bucket === 'string' && typeof e.key === 'string' && typeof e.etag === 'string')
          entries.set(id(e.bucket, e.key, e.etag), e);
      } catch {
        // A line torn by a crash mid-append: that object is simply handled again.
      }
    }
    const handle = await open(file, 'a');
    // A torn last line has no newline: start the next entry on a line of its own.
    if (text && !text.endsWith('\n')) await handle.appendFile('\n');
    return new SeenLedger(entries, handle);
  }

  /** Whether this object version was handled. */
  has(ref: { bucket: string; key: string; etag: string }): boolean {
    return this.entries.has(id(ref.bucket, ref.key, ref.etag));
  }

  /** The entry of this object version, if handled. */
  get(ref: { bucket: string; key: string; etag: string }): SeenEntry | undefined {
    return this.entries.get(id(ref.bucket, ref.key, ref.etag));
  }

  /** Object versions handled so far. */
  get size(): number {
    return this.entries.size;
  }

  /** Records a handled object version durably (appended and synced before it resolves). */
  async add(entry: Omit<SeenEntry, 'at'>): Promise<void> {
    const full: SeenEntry = { ...entry, at: new Date().toISOString() };
    await this.handle.appendFile(JSON.stringify(full) + '\n');
    await this.handle.datasync();
    this.entries.set(id(entry.bucket, entry.key, entry.etag), full);
  }

  /** Closes the file; entries added before stay durable. */
  async close(): Promise<void> {
    await this.handle.close();
  }
}
