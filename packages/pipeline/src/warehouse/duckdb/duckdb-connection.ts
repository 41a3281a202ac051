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
 * Creates an empty DuckDB file under a temporary name and renames it into place, so a process killed while
 * DuckDB writes a new file's header leaves no half-written `file` that no later run can open (a seeded
 * SIGKILL trial found exactly that). A leftover temporary file is simply replaced.
 */
async function createAtomically(file: string): Promise<void> {
  if (existsSync(file)) return;
  const tmp = `${file}.creating`;
  await rm(tmp, { force: true });
  await rm(`${tmp}.wal`, { force: true });
  const instance = await DuckDBInstance.create(tmp, { autoinstall_known_extensions: 'false' });
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

/** One DuckDB database and its one connection. Open with {@link DuckDbConnection.open}. */
export class DuckDbConnection {
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly instance: DuckDBInstance,
    /** The driver's connection, for what the helpers here do not cover. */
    readonly native: DuckDBConnection,
    /**
     * A second connection of the same instance, used only by `runReadOnlyQuery`: a user query runs here in
     * a READ ONLY transaction, so it can never share (or commit) a transaction of the pipeline's own work.
     */
    readonly reader: DuckDBConnection,
  ) {}

  /**
   * Opens (or creates) the DuckDB file. A file held by another process fails with `E_WAREHOUSE_LOCKED`
   * (transient); any other failure with `E_WAREHOUSE_OPEN`. `fileDirectories` (default: none) are the only
   * folders whose files DuckDB may open besides its own database and temp files: the loader's staged
   * files must be in one of them.
   *
   * @example
   * const db = await DuckDbConnection.open('.leadpipe/leadpipe.duckdb', { memoryLimit: '1GB', fileDirectories: ['.leadpipe/stage'] });
   */
  static async open(
    file: string,
    options: { memoryLimit?: string; fileDirectories?: readonly string[] } = {},
  ): Promise<DuckDbConnection> {
    if (file !== ':memory:') {
      await mkdir(path.dirname(file), { recursive: true });
      await createAtomically(file);
    }
    let instance: DuckDBInstance;
    try {
      // No extension downloads: there is no network to fetch them from, and loads read local files only.
      instance = await DuckDBInstance.create(file, {
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
        ...(options.memoryLimit ? { memory_limit: options.memoryLimit } : {}),
      });
    } catch (err) {
      const message = errorMessage(err);
      if (/lock/i.test(message)) {
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
    const native = await instance.connect();
    await lockDown(native, options.fileDirectories ?? []);
    return new DuckDbConnection(instance, native, await instance.connect());
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
      this.reader.closeSync();
      this.native.closeSync();
      this.instance.closeSync();
    });
  }
}
