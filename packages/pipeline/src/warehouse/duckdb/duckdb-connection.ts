/**
 * The DuckDB connection: the database file opened (created atomically, with the settings loads rely on),
 * one connection whose work is serialised (DuckDB transactions are per connection), transactions, and the
 * optional SQL trace; beside it a second connection that only user queries use (see duckdb-query.ts).
 *
 * The instance is locked down at open, for every connection: DuckDB may read and write files only in the
 * directories given (the stage the loader reads, the scratch folder of local copies; DuckDB adds its own
 * temp/spill directory), `enable_external_access` is off (no other file, no URL, no ATTACH of a file, no
 * INSTALL), and `lock_configuration` is on, so no statement can turn any of it back.
 */
import { existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';
import { DuckDBInstance } from '@duckdb/node-api';
import { TerminalError, TransientError, errorMessage } from '../../errors.ts';

/** A result row as DuckDB's JSON row objects give it (BIGINT as text, TIMESTAMPTZ as text). */
export type DuckDbRow = Record<string, unknown>;
/** Named parameters of a statement (`$name`). */
export type DuckDbParams = Record<string, DuckDBValue>;

/** `LEADPIPE_TRACE_SQL=1` prints every statement that takes 50 ms or more, with the RSS after it (profiling). */
const TRACE_SQL = Boolean(process.env.LEADPIPE_TRACE_SQL);

/**
 * The block size of a new database file, 64 KiB (DuckDB's default is 256 KiB; a file keeps the size it was
 * created with). DuckDB writes a table through one block per column and validity mask and checkpoints
 * with a compressed copy of each, so a wide leads_final costs blocks x columns (see duckdb-task-width.ts):
 * with 1,035 columns (a 1,000-column file) a 50-row file merged after a 3,000-row wide one peaked at
 * 1.02 GiB RSS with 256 KiB blocks and 0.54 GiB with 64 KiB. Narrow data did not suffer: a 300k-row
 * `run` took 20-22 s and peaked at 0.76-0.90 GiB with 64 KiB blocks, 21-27 s and 0.79-0.86 GiB with
 * 256 KiB (two runs each, load average 4). 16 KiB blocks cost more RSS on narrow data.
 */
export const NEW_FILE_BLOCK_SIZE = 64 * 1024;

/**
 * Creates an empty DuckDB file under a temporary name and renames it into place, so a process killed while
 * DuckDB writes a new file's header leaves no half-written `file` that no later run can open (a seeded
 * SIGKILL trial found exactly that). A leftover temporary file is simply replaced.
 */
async function createAtomically(file: string): Promise<void> {
  if (existsSync(file)) return;
  const tmp = `${file}.creating`;
  await rm(tmp, { force: true });
  await rm(`${tmp}.wal`, { force: true });
  const instance = await DuckDBInstance.create(tmp, {
    autoinstall_known_extensions: 'false',
    default_block_size: String(NEW_FILE_BLOCK_SIZE),
  });
  instance.closeSync();
  await rm(`${tmp}.wal`, { force: true });
  await rename(tmp, file);
}

/** The SQL list literal of directory names (single quotes doubled). */
function sqlList(items: readonly string[]): string {
  return `[${items.map((d) => `'${d.replace(/'/g, "''")}'`).join(', ')}]`;
}

/**
 * Limits the instance's file access to `directories` and locks its configuration. The order matters:
 * `allowed_directories` cannot be changed once external access is off, and nothing can once the
 * configuration is locked. (As options of `DuckDBInstance.create` DuckDB refuses the list, hence SET.)
 */
async function lockDown(conn: DuckDBConnection, directories: readonly string[]): Promise<void> {
  const absolute = directories.map((d) => path.resolve(d));
  await conn.run(`SET allowed_directories = ${sqlList(absolute)}`);
  await conn.run('SET enable_external_access = false');
  await conn.run('SET lock_configuration = true');
}

/** The options of {@link DuckDbConnection.open}. */
export interface DuckDbOpenOptions {
  /** DuckDB's `memory_limit` (e.g. `448MB`); default none: DuckDB's own, 80% of RAM. */
  memoryLimit?: string;
  /** The only folders DuckDB may open files in besides its own database and temp files (default none). */
  fileDirectories?: readonly string[];
}

/** Bytes of a size such as `448MB` or `1GiB` (DuckDB reads KB/MB/GB as powers of 1000). */
export function sizeBytes(size: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(KB|MB|GB|KiB|MiB|GiB)$/i.exec(size.trim());
  if (!m) throw new Error(`not a size: ${size}`);
  const unit = (m[2] as string).toLowerCase();
  const base = unit.endsWith('ib') ? 1024 : 1000;
  const power = { k: 1, m: 2, g: 3 }[unit[0] as 'k' | 'm' | 'g'];
  return Math.round(Number(m[1]) * base ** power);
}

/**
 * Whether DuckDB refused to open a file because another process holds it ("Could not set lock on file
 * ...: Conflicting lock is held"). A plain /lock/ also matched "could not allocate block" (an out-of-memory
 * error while the WAL is replayed), and told the user to stop a server that was not running.
 */
export function isFileLockError(message: string): boolean {
  return /could not set lock|conflicting lock/i.test(message);
}

/** Creates the instance with the settings every connection relies on. */
async function createInstance(file: string, memoryLimit: string | undefined): Promise<DuckDBInstance> {
  try {
    // No extension downloads: there is no network to fetch them from, and loads read local files only.
    return await DuckDBInstance.create(file, {
      autoinstall_known_extensions: 'false',
      // Nothing here relies on the physical order of rows (raw_id carries the file order), and without it
      // DuckDB streams large inserts under a memory limit instead of buffering them (measured: COPY of 1M
      // rows at 400 MB went from 27 s to 12 s).
      preserve_insertion_order: 'false',
      // Return freed memory to the system promptly: with the defaults, process RSS stayed far above the
      // memory limit after large statements (measured on a 1M-row task: 988 -> 897 MiB without scoring,
      // 1963 -> 1506 MiB with it).
      allocator_flush_threshold: '32MB',
      allocator_background_threads: 'true',
      ...(memoryLimit ? { memory_limit: memoryLimit } : {}),
    });
  } catch (err) {
    const message = errorMessage(err);
    if (isFileLockError(message)) {
      throw new TransientError(
        'E_WAREHOUSE_LOCKED',
        `the warehouse ${file} is open in another process (a running \`leadpipe serve\`?). Stop it, or send the work through its API: POST /upload-and-load with a file, POST /pipeline/refresh to load what is staged.`,
        { cause: err },
      );
    }
    throw new TerminalError('E_WAREHOUSE_OPEN', `cannot open the warehouse ${file}: ${message}`, {
      cause: err,
    });
  }
}

/**
 * Creates the instance; when replaying the write-ahead log of a killed process runs out of memory (its
 * appends to a wide table need more than `memoryLimit`: see duckdb-task-width.ts), replays it once without
 * a limit, checkpoints, and opens again with the limit. Otherwise the home could never be opened again.
 */
async function openReplayingOrThrow(file: string, memoryLimit: string | undefined): Promise<DuckDBInstance> {
  try {
    return await createInstance(file, memoryLimit);
  } catch (err) {
    const replay = file !== ':memory:' && memoryLimit && /replaying WAL/i.test(errorMessage(err));
    if (!replay || !/out of memory|could not allocate|failed to (allocate|pin)/i.test(errorMessage(err)))
      throw err;
    const unbounded = await createInstance(file, undefined);
    const conn = await unbounded.connect();
    try {
      await conn.run('CHECKPOINT');
    } finally {
      conn.closeSync();
      unbounded.closeSync();
    }
    return createInstance(file, memoryLimit);
  }
}

/** One DuckDB database and its one connection. Open with {@link DuckDbConnection.open}. */
export class DuckDbConnection {
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly file: string,
    private readonly options: DuckDbOpenOptions,
    private instance: DuckDBInstance,
    private nativeConnection: DuckDBConnection,
    private readerConnection: DuckDBConnection,
    private limitBytes: number | undefined,
  ) {}

  /** The driver's connection, for what the helpers here do not cover (valid within one serial turn). */
  get native(): DuckDBConnection {
    return this.nativeConnection;
  }

  /**
   * A second connection of the same instance, used only by `runReadOnlyQuery`: a user query runs here in
   * a READ ONLY transaction, so it can never share (or commit) a transaction of the pipeline's own work.
   */
  get reader(): DuckDBConnection {
    return this.readerConnection;
  }

  /** The memory limit in bytes the instance runs with; undefined when DuckDB's default applies. */
  get memoryLimitBytes(): number | undefined {
    return this.limitBytes;
  }

  /**
   * Opens (or creates) the DuckDB file. A file held by another process fails with `E_WAREHOUSE_LOCKED`
   * (transient); any other failure with `E_WAREHOUSE_OPEN`. `fileDirectories` (default: none) are the only
   * folders whose files DuckDB may open besides its own database and temp files: the loader's staged
   * files must be in one of them.
   *
   * @example
   * const db = await DuckDbConnection.open('.leadpipe/leadpipe.duckdb', { memoryLimit: '1GB', fileDirectories: ['.leadpipe/stage'] });
   */
  static async open(file: string, options: DuckDbOpenOptions = {}): Promise<DuckDbConnection> {
    if (file !== ':memory:') {
      await mkdir(path.dirname(file), { recursive: true });
      await createAtomically(file);
    }
    const instance = await openReplayingOrThrow(file, options.memoryLimit);
    const native = await instance.connect();
    await lockDown(native, options.fileDirectories ?? []);
    const limit = options.memoryLimit ? sizeBytes(options.memoryLimit) : undefined;
    return new DuckDbConnection(file, options, instance, native, await instance.connect(), limit);
  }

  /**
   * Makes the memory limit at least `bytes` (call inside a serial turn, outside a transaction: temporary
   * objects do not survive it). The configuration is locked at open, so the instance is closed and opened
   * again with the larger limit. Nothing happens when the limit is already that large, when none is set
   * (DuckDB's default, 80% of RAM), or for an in-memory database (closing it would lose it). Returns
   * whether the limit was raised.
   */
  async raiseMemoryLimit(bytes: number): Promise<boolean> {
    if (this.limitBytes === undefined || bytes <= this.limitBytes || this.file === ':memory:') return false;
    const mib = Math.ceil(bytes / 2 ** 20);
    this.readerConnection.closeSync();
    this.nativeConnection.closeSync();
    this.instance.closeSync();
    this.instance = await createInstance(this.file, `${mib}MiB`);
    this.nativeConnection = await this.instance.connect();
    await lockDown(this.nativeConnection, this.options.fileDirectories ?? []);
    this.readerConnection = await this.instance.connect();
    this.limitBytes = mib * 2 ** 20;
    return true;
  }

  /** Runs `fn` alone on the connection: DuckDB transactions are per connection, so work is serialised. */
  serial<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.queue.then(fn, fn);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Runs one statement (inside the caller's {@link serial} turn) and returns its rows as JSON objects. */
  async run(sql: string, params?: DuckDbParams): Promise<DuckDbRow[]> {
    const started = TRACE_SQL ? performance.now() : 0;
    const reader = await this.native.runAndReadAll(sql, params);
    const rows = reader.getRowObjectsJson() as DuckDbRow[];
    if (TRACE_SQL) {
      const ms = performance.now() - started;
      if (ms >= 50)
        process.stderr.write(
          `[sql ${ms.toFixed(0)} ms, rss ${(process.memoryUsage().rss / 1048576).toFixed(0)} MiB] ${sql.replace(/\s+/g, ' ').slice(0, 100)}\n`,
        );
    }
    return rows;
  }

  /** Runs `fn` in a transaction: committed when it returns, rolled back when it throws. */
  async transaction<T>(fn: () => Promise<T>): Promise<T> {
    await this.run('BEGIN TRANSACTION');
    try {
      const result = await fn();
      await this.run('COMMIT');
      return result;
    } catch (err) {
      await this.run('ROLLBACK').catch(() => undefined);
      throw err;
    }
  }

  /** Closes the connection and the database, after the work already queued. */
  async close(): Promise<void> {
    await this.serial(async () => {
      this.readerConnection.closeSync();
      this.nativeConnection.closeSync();
      this.instance.closeSync();
    });
  }
}
