/**
 * The DuckDB connection: the database file opened (created atomically, with the settings loads rely on),
 * one connection whose work is serialised (DuckDB transactions are per connection), transactions, and the
 * optional SQL trace.
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

/** One DuckDB database and its one connection. Open with {@link DuckDbConnection.open}. */
export class DuckDbConnection {
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly instance: DuckDBInstance,
    /** The driver's connection, for what the helpers here do not cover (extracting statements). */
    readonly native: DuckDBConnection,
  ) {}

  /**
   * Opens (or creates) the DuckDB file. A file held by another process fails with `E_WAREHOUSE_LOCKED`
   * (transient); any other failure with `E_WAREHOUSE_OPEN`.
   *
   * @example
   * const db = await DuckDbConnection.open('.leadpipe/leadpipe.duckdb', { memoryLimit: '1GB' });
   */
  static async open(file: string, options: { memoryLimit?: string } = {}): Promise<DuckDbConnection> {
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
          `the warehouse ${file} is open in another process (a running \`leadpipe serve\`?). Stop it, or send the work through its API.`,
          { cause: err },
        );
      }
      throw new TerminalError('E_WAREHOUSE_OPEN', `cannot open the warehouse ${file}: ${message}`, {
        cause: err,
      });
    }
    return new DuckDbConnection(instance, await instance.connect());
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
      this.native.closeSync();
      this.instance.closeSync();
    });
  }
}
