/**
 * The embedded engine: DuckDB in one file. Pipes, streams and tasks are emulated with bookkeeping tables
 * that follow SEMANTICS.md: one transaction per file load together with its history row, a stream offset
 * that moves only in the transaction that consumed it, and a task history.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';
import { DuckDBInstance, StatementType } from '@duckdb/node-api';
import { TerminalError, TransientError, errorMessage } from '../../errors.ts';
import { failpoint } from '../../failpoints.ts';
import type { ColumnType, LeadSchema } from '../../formats/lead-schema.ts';
import { COLUMN_TYPES, widenType } from '../../formats/lead-schema.ts';
import type { LocalCopy, StagedFile } from '../../stage/stage.ts';
import type {
  CopyOptions,
  LoadErrorRow,
  ScoreHistoryRow,
  ScoringSql,
  LoadFileResult,
  LoadHistoryRow,
  LoadStatus,
  StreamStatus,
  TaskHistoryRow,
  TaskOptions,
  TaskRunResult,
  TaskState,
  TaskStatus,
  Warehouse,
  WarehouseCapabilities,
} from '../warehouse.ts';
import { DUCKDB_BOOKKEEPING_DDL, createFinalTableSql, duckdbType } from './duckdb-ddl.ts';
import { SCORE_HISTORY_SQL, scoredTableSql, scoringDdl, updateScoresSql } from './duckdb-store-sql.ts';
import {
  BATCH_KEYS,
  ROW_HASH_ALGORITHM,
  deleteReplacedSql,
  dropUnchangedSql,
  insertBatchSql,
  mergeCountsSql,
  rehashFinalSql,
  streamBatchSql,
} from './duckdb-task-sql.ts';
import { decideLoad, failedFileResult } from '../load-decision.ts';
import { quoteIdent } from '../sql-ident.ts';
import { toIsoTime, toIsoTimeOrNull, toNumber, toNumberOrNull, toText, toTextOrNull } from '../rows.ts';
import type { CsvLoadPlan, RawColumn } from './duckdb-load-sql.ts';
import {
  RAW_META_COLUMNS,
  csvInferSql,
  csvInsertSql,
  documentsInsertSql,
  rawRowsDdl,
  rawViewSql,
} from './duckdb-load-sql.ts';

/** Rows of leads_final whose hashes one transaction recomputes (see `rehashIfStale`). */
const REHASH_SLICE_ROWS = 1_000_000;

/** DuckDB's capabilities. */
export const DUCKDB_CAPABILITIES: WarehouseCapabilities = {
  engine: 'duckdb',
  nativeChangeCapture: false,
  singleProcess: true,
  typesStagedCsv: true,
  documentType: 'JSON',
  sqlDialect: 'duckdb',
};

const STREAM = 'leads_raw_stream';
/** Raw rows merged per committed transaction of a task run (see {@link TaskOptions.sliceRows}). */
export const DEFAULT_SLICE_ROWS = 500_000;
/**
 * The same when the task scores: a slice's batch and its scores sit in memory together, and slices of 500k
 * rows ran out of memory at a 512MB limit on a 5M-row run; 250k-row slices did not, and cost no time on
 * 1M rows (23.5 s against 22.8 s). 200k-row slices peak ~0.1 GiB lower but made a 5M-row task ~15% slower
 * (more plans of the scoring statement).
 */
export const DEFAULT_SCORED_SLICE_ROWS = 250_000;
const TASK = 'leads_merge_task';

type Row = Record<string, unknown>;
/** `LEADPIPE_TRACE_SQL=1` prints every statement that takes 50 ms or more, with the RSS after it (profiling). */
const TRACE_SQL = Boolean(process.env.LEADPIPE_TRACE_SQL);
const WRITE_STATEMENT =
  /^\s*(delete|insert|update|merge|create|drop|alter|truncate|copy|attach|detach|set|reset|begin|commit|rollback|checkpoint|vacuum|install|load|call|export|import|pragma)\b/i;
type Params = Record<string, DuckDBValue>;

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

/** DuckDB implementation of {@link Warehouse}. Open with {@link DuckDbWarehouse.open}. */
export class DuckDbWarehouse implements Warehouse {
  readonly capabilities = DUCKDB_CAPABILITIES;
  private queue: Promise<unknown> = Promise.resolve();
  private key = 'prospect_id';
  /** Declared columns of leads_raw_rows (the schema at creation, plus the key). */
  private store: RawColumn[] = [];
  private taskRunning = false;

  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly conn: DuckDBConnection,
  ) {}

  /**
   * Opens (or creates) the DuckDB file. A file held by another process fails with `E_WAREHOUSE_LOCKED`.
   *
   * @example
   * const wh = await DuckDbWarehouse.open('.leadpipe/leadpipe.duckdb');
   */
  static async open(file: string, options: { memoryLimit?: string } = {}): Promise<DuckDbWarehouse> {
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
    return new DuckDbWarehouse(instance, await instance.connect());
  }

  /** Runs `fn` alone on the connection: DuckDB transactions are per connection, so work is serialised. */
  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.queue.then(fn, fn);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async run(sql: string, params?: Params): Promise<Row[]> {
    const started = TRACE_SQL ? performance.now() : 0;
    const reader = await this.conn.runAndReadAll(sql, params);
    const rows = reader.getRowObjectsJson() as Row[];
    if (TRACE_SQL) {
      const ms = performance.now() - started;
      if (ms >= 50)
        process.stderr.write(
          `[sql ${ms.toFixed(0)} ms, rss ${(process.memoryUsage().rss / 1048576).toFixed(0)} MiB] ${sql.replace(/\s+/g, ' ').slice(0, 100)}\n`,
        );
    }
    return rows;
  }

  private async transaction<T>(fn: () => Promise<T>): Promise<T> {
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

  async init(schema: LeadSchema, key: string): Promise<void> {
    await this.serial(async () => {
      for (const ddl of DUCKDB_BOOKKEEPING_DDL) await this.run(ddl);
      const stored = await this.run(`SELECT value FROM leadpipe_meta WHERE key = 'key'`);
      if (stored[0] && stored[0].value !== key) {
        throw new TerminalError(
          'E_KEY_CHANGED',
          `this warehouse is keyed by "${toText(stored[0].value)}"; it cannot switch to "${key}" (use a new --home)`,
        );
      }
      const old = await this.run(
        `SELECT 1 FROM duckdb_tables() WHERE table_name = 'leads_raw' AND schema_name = 'main' AND database_name = current_database()`,
      );
      if (old.length > 0) {
        throw new TerminalError(
          'E_OLD_LAYOUT',
          'this warehouse was created by an older leadpipe (leads_raw as a table of documents); load into a new --home',
        );
      }
      await this.transaction(async () => {
        await this.run(`INSERT INTO leadpipe_meta VALUES ('key', $key) ON CONFLICT DO NOTHING`, { key });
        const columns = schema.columns.map((c) => ({ name: c.name, type: c.type, declared: true }));
        if (!columns.some((c) => c.name === key))
          columns.unshift({ name: key, type: 'string', declared: false });
        const exists = await this.run(
          `SELECT count(*) AS n FROM leadpipe_columns WHERE table_name = 'leads_final'`,
        );
        if (toNumber(exists[0]?.n) === 0) {
          await this.run(createFinalTableSql(columns, key));
          for (const c of columns) {
            await this.run(`INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared)`, {
              name: c.name,
              type: c.type,
              declared: c.declared,
            });
          }
        }
        await this.run(
          `INSERT INTO leadpipe_streams VALUES ($name, 'leads_raw', 0, now()) ON CONFLICT DO NOTHING`,
          { name: STREAM },
        );
        await this.run(
          `INSERT INTO leadpipe_tasks VALUES ($name, 'started', 0, now()) ON CONFLICT DO NOTHING`,
          { name: TASK },
        );
        for (const ddl of scoringDdl()) await this.run(ddl);
        const storeExists = await this.run(
          `SELECT 1 FROM duckdb_tables() WHERE table_name = 'leads_raw_rows' AND database_name = current_database()`,
        );
        if (storeExists.length === 0) {
          const store: RawColumn[] = schema.columns.map((c) => ({
            name: c.name,
            type: c.type,
            nullable: c.nullable || c.name === key,
          }));
          if (!store.some((c) => c.name === key))
            store.unshift({ name: key, type: 'string', nullable: true });
          await this.run(rawRowsDdl(store));
          await this.run(rawViewSql(store));
        }
      });
      this.key = key;
      this.store = await this.readStore(schema);
      await this.rehashIfStale();
    });
  }

  /**
   * Makes the stored row hashes of leads_final the ones this build computes: after an upgrade of DuckDB
   * (whose `hash()` may change between versions) or of the hash itself (md5 before), a re-loaded unchanged
   * lead would otherwise count as updated. Recomputed from the rows' own values, in slices of rows each in
   * its own transaction (any slice can be redone: the result is the same), then recorded in leadpipe_meta.
   */
  private async rehashIfStale(): Promise<void> {
    const version = toText(
      (await this.run(`SELECT library_version FROM pragma_version()`))[0]?.library_version,
    );
    const wanted = `${ROW_HASH_ALGORITHM} duckdb ${version}`;
    const have = (await this.run(`SELECT value FROM leadpipe_meta WHERE key = 'row_hash'`))[0]?.value;
    if (have === wanted) return;
    const columns = await this.run(
      `SELECT column_name AS name FROM leadpipe_columns WHERE table_name = 'leads_final'`,
    );
    const end = toNumber((await this.run(`SELECT coalesce(max(rowid) + 1, 0) AS n FROM leads_final`))[0]?.n);
    const sql = rehashFinalSql(columns.map((c) => ({ name: toText(c.name) })));
    for (let from = 0; from < end; from += REHASH_SLICE_ROWS) {
      await this.transaction(() => this.run(sql, { from, to: from + REHASH_SLICE_ROWS }));
    }
    await this.run(
      `INSERT INTO leadpipe_meta VALUES ('row_hash', $wanted) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`,
      { wanted },
    );
  }

  /** The declared columns of leads_raw_rows as created, with today's nullability from the schema. */
  private async readStore(schema: LeadSchema): Promise<RawColumn[]> {
    const rows = await this.run(
      `SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = 'leads_raw_rows' AND database_name = current_database() ORDER BY column_index`,
    );
    const meta = new Set(RAW_META_COLUMNS);
    const declared = new Map(schema.columns.map((c) => [c.name, c]));
    const types = new Map(COLUMN_TYPES.map((t) => [duckdbType(t), t]));
    return rows
      .filter((r) => !meta.has(toText(r.column_name)))
      .map((r) => {
        const name = toText(r.column_name);
        const d = declared.get(name);
        return {
          name,
          type: types.get(toText(r.data_type)) ?? 'string',
          nullable: d ? d.nullable || name === this.key : true,
        };
      });
  }

  async isLoaded(name: string, checksum: string): Promise<boolean> {
    return this.serial(() => this.isLoadedUnlocked(name, checksum));
  }

  private async isLoadedUnlocked(name: string, checksum: string): Promise<boolean> {
    const rows = await this.run(
      `SELECT 1 FROM load_history WHERE file_name = $name AND checksum = $checksum AND status IN ('LOADED', 'PARTIALLY_LOADED') LIMIT 1`,
      { name, checksum },
    );
    return rows.length > 0;
  }

  async copyInto(file: StagedFile, copy: LocalCopy, options: CopyOptions): Promise<LoadFileResult> {
    return this.serial(() =>
      this.transaction(async () => {
        const loadId = randomUUID();
        const now = new Date().toISOString();
        const base: LoadFileResult = {
          file: file.name,
          checksum: file.checksum,
          status: 'LOADED',
          rowsParsed: file.rowsParsed,
          rowsLoaded: 0,
          errorCount: file.rowsRejected,
          loadId,
          ...(file.firstError ? { firstError: file.firstError } : {}),
        };
        const history = async (
          r: LoadFileResult,
          rawFrom: number | null,
          rawTo: number | null,
          inferred: Record<string, ColumnType> = {},
        ): Promise<void> => {
          await this.run(
            `INSERT INTO load_history VALUES ($load_id, $file_name, $stage, $checksum, $size, $source_checksum, $status, $reason,
              $row_count, $row_parsed, $error_count, $first_message, $first_line, $first_column, $inferred, $raw_from, $raw_to, $now)`,
            {
              load_id: loadId,
              file_name: file.name,
              stage: options.stageLocation,
              checksum: file.checksum,
              size: file.size,
              source_checksum: file.sourceChecksum,
              status: r.status,
              reason: r.reason ?? null,
              row_count: r.rowsLoaded,
              row_parsed: r.rowsParsed,
              error_count: r.errorCount,
              first_message: r.firstError?.reason ?? null,
              first_line: r.firstError?.line ?? null,
              first_column: r.firstError?.column ?? null,
              inferred: JSON.stringify(inferred),
              raw_from: rawFrom,
              raw_to: rawTo,
              now,
            },
          );
        };

        if (!options.force && (await this.isLoadedUnlocked(file.name, file.checksum))) {
          const skipped: LoadFileResult = {
            ...base,
            status: 'SKIPPED',
            reason: 'already loaded with the same checksum (use --force to reload)',
            rowsParsed: 0,
            errorCount: 0,
          };
          delete skipped.firstError;
          await history(skipped, null, null);
          return skipped;
        }

        const layout = file.layout ?? 'documents';
        const start = toNumber(
          (await this.run(`SELECT coalesce(max(raw_id), 0) AS m FROM leads_raw_rows`))[0]?.m,
        );
        // raw_id = base + source line (CSV) or staged ordinal (documents): unique and in file order without
        // sorting the file (CSV ids have gaps where lines were rejected, which the stream does not mind).
        const params = { base: start, file: file.name, load_id: loadId, now };
        let typingErrors = 0;
        let accepted = file.rowsAccepted;
        let inferred: Record<string, ColumnType> = file.inferred;
        let inserted = false;
        if (layout === 'csv' && file.rowsAccepted > 0) {
          // The engine types and validates the staged CSV with the cleaner's rules, in one pass straight
          // into the store; the rows it rejects join PUT's structural rejections and leave the store below.
          const plan: CsvLoadPlan = {
            header: file.columns,
            delimiter: file.delimiter ?? ',',
            declared: new Map(this.store.map((c) => [c.name, c])),
            key: this.key,
            nullTokens: file.nullTokens ?? [],
            longestLine: file.longestLine ?? 0,
            trim: file.edgeSpace ?? true,
          };
          await this.run(csvInsertSql(plan, this.store), { ...params, path: copy.dataPath });
          inserted = true;
          const c = (
            await this.run(
              `SELECT count(*) AS n, count(err_reason) AS bad FROM leads_raw_rows WHERE raw_id > $base`,
              { base: start },
            )
          )[0];
          typingErrors = toNumber(c?.bad);
          accepted = toNumber(c?.n) - typingErrors;
          inferred = await this.inferCsv(plan, start);
          if (typingErrors > 0) {
            await this.run(
              `INSERT INTO load_errors SELECT $load_id, $file, file_row_number, err_column, err_reason, err_raw
               FROM leads_raw_rows WHERE raw_id > $base AND err_reason IS NOT NULL`,
              { load_id: loadId, file: file.name, base: start },
            );
            await this.run(`DELETE FROM leads_raw_rows WHERE raw_id > $base AND err_reason IS NOT NULL`, {
              base: start,
            });
          }
        }
        const rejected = file.rowsRejected + typingErrors;
        const { loadRows, status, reason, aborted } = decideLoad(
          { rowsAccepted: accepted, rowsRejected: rejected },
          options.onError,
        );

        let rawFrom: number | null = null;
        let rawTo: number | null = null;
        if (loadRows) {
          if (!inserted) await this.run(documentsInsertSql(this.store), { ...params, path: copy.dataPath });
          const range = await this.run(
            `SELECT min(raw_id) AS lo, max(raw_id) AS hi FROM leads_raw_rows WHERE raw_id > $base`,
            { base: start },
          );
          rawFrom = toNumber(range[0]?.lo);
          rawTo = toNumber(range[0]?.hi);
          await failpoint('load.after-insert');
        } else if (inserted) {
          await this.run(`DELETE FROM leads_raw_rows WHERE raw_id > $base`, { base: start });
        }
        if (file.rowsRejected > 0) {
          await this.run(
            `INSERT INTO load_errors
             SELECT $load_id, $file, line, "column", reason, raw
             FROM read_ndjson($path, columns = {line: 'BIGINT', "column": 'VARCHAR', reason: 'VARCHAR', raw: 'VARCHAR'}, maximum_object_size = 33554432)`,
            { load_id: loadId, file: file.name, path: copy.rejectsPath },
          );
        }
        let firstError = file.firstError;
        if (typingErrors > 0) {
          const first = (
            await this.run(
              `SELECT line, column_name, error FROM load_errors WHERE load_id = $load_id ORDER BY line LIMIT 1`,
              { load_id: loadId },
            )
          )[0];
          if (first) {
            firstError = {
              line: toNumber(first.line),
              reason: toText(first.error),
              ...(first.column_name ? { column: toText(first.column_name) } : {}),
            };
          }
        }
        const result: LoadFileResult = {
          ...base,
          status,
          errorCount: rejected,
          ...(firstError ? { firstError } : {}),
          rowsLoaded: loadRows ? accepted : 0,
          ...(reason ? { reason } : {}),
          ...(aborted ? { aborted } : {}),
        };
        await history(result, rawFrom, rawTo, inferred);
        await failpoint('load.before-commit');
        return result;
      }),
    );
  }

  /** Types of the undeclared columns of the rows a CSV load put past `base`, inferred as the cleaner would. */
  private async inferCsv(plan: CsvLoadPlan, base: number): Promise<Record<string, ColumnType>> {
    const sql = csvInferSql(plan);
    if (!sql) return {};
    const row = (await this.conn.runAndReadAll(sql, { base })).getRowObjectsJS()[0] ?? {};
    const inferred: Record<string, ColumnType> = {};
    for (const [name, types] of Object.entries(row)) {
      const list = (types as string[] | null) ?? [];
      if (list.length === 0) continue;
      inferred[name] = (list as ColumnType[]).reduce((a, b) => widenType(a, b));
    }
    return inferred;
  }

  async recordFailedFile(file: {
    name: string;
    sourceChecksum: string;
    sourceSize: number;
    stageLocation: string;
    reason: string;
  }): Promise<LoadFileResult> {
    const loadId = randomUUID();
    await this.serial(() =>
      this.run(
        `INSERT INTO load_history (load_id, file_name, stage_location, checksum, file_size, source_checksum, status, reason,
           row_count, row_parsed, error_count, first_error_message, last_load_time)
         VALUES ($load_id, $name, $stage, $checksum, $size, $checksum, 'LOAD_FAILED', $reason, 0, 0, 1, $reason, now())`,
        {
          load_id: loadId,
          name: file.name,
          stage: file.stageLocation,
          checksum: file.sourceChecksum,
          size: file.sourceSize,
          reason: file.reason,
        },
      ),
    );
    return failedFileResult(file, loadId);
  }

  async runTask(options: TaskOptions): Promise<TaskRunResult> {
    const runId = randomUUID();
    const scheduled = new Date().toISOString();
    const empty = { runId, name: TASK, inserted: 0, updated: 0, unchanged: 0, scored: 0, rowsConsumed: 0 };
    if (this.taskRunning)
      return { ...empty, state: 'SKIPPED', reason: 'a run of this task is already in progress' };
    this.taskRunning = true;
    try {
      return await this.serial(async () => {
        const task = (
          await this.run(`SELECT state, consecutive_failures FROM leadpipe_tasks WHERE name = $name`, {
            name: TASK,
          })
        )[0];
        if (task?.state === 'suspended') {
          if (!options.resume)
            return {
              ...empty,
              state: 'SKIPPED' as TaskState,
              reason: 'the task is suspended after repeated failures (run `leadpipe task run` to resume)',
            };
          await this.run(
            `UPDATE leadpipe_tasks SET state = 'started', consecutive_failures = 0, updated_at = now() WHERE name = $name`,
            { name: TASK },
          );
        }
        const from = toNumber(
          (
            await this.run(`SELECT "offset" AS o FROM leadpipe_streams WHERE name = $name`, { name: STREAM })
          )[0]?.o,
        );
        const to = toNumber(
          (await this.run(`SELECT coalesce(max(raw_id), 0) AS m FROM leads_raw_rows`))[0]?.m,
        );
        const record = async (
          id: string,
          state: TaskState,
          r: Partial<TaskRunResult>,
          range: { from: number; to: number },
          error?: string,
        ): Promise<void> => {
          await this.run(
            `INSERT INTO task_history VALUES ($run_id, $name, $state, $scheduled, $start, now(), $code, $error,
              $consumed, $inserted, $updated, $unchanged, $scored, $from, $to)`,
            {
              run_id: id,
              name: TASK,
              state,
              scheduled,
              start: scheduled,
              code: error ? 'E_TASK_FAILED' : null,
              error: error ?? null,
              consumed: r.rowsConsumed ?? 0,
              inserted: r.inserted ?? 0,
              updated: r.updated ?? 0,
              unchanged: r.unchanged ?? 0,
              scored: r.scored ?? 0,
              from: range.from,
              to: state === 'SUCCEEDED' ? range.to : range.from,
            },
          );
        };
        if (to <= from) {
          await record(runId, 'SKIPPED', {}, { from, to });
          return { ...empty, state: 'SKIPPED' as TaskState, reason: 'the stream has no new data' };
        }
        const total: TaskRunResult = { ...empty, state: 'SUCCEEDED' };
        const slice = Math.max(
          1,
          Math.floor(options.sliceRows ?? (options.scoring ? DEFAULT_SCORED_SLICE_ROWS : DEFAULT_SLICE_ROWS)),
        );
        // Rows loaded by builds that gave a one-line JSON array's elements one raw_id (see streamBatchSql);
        // counting costs under 0.1 s per million rows.
        const sharedRawIds =
          toNumber(
            (
              await this.run(
                `SELECT count(*) - count(DISTINCT raw_id) AS n FROM leads_raw_rows WHERE raw_id > $from AND raw_id <= $to`,
                { from, to },
              )
            )[0]?.n,
          ) > 0;
        let sliceFrom = from;
        let sliceId = runId;
        let lastId = runId;
        try {
          // raw_id ranges stand for row counts: ids are dense within a file (base + source line).
          while (sliceFrom < to) {
            // A remainder under a tenth of a slice joins the last one (ids start past the header line, so
            // an exact multiple of rows would otherwise leave a slice of one row).
            const sliceTo = to - sliceFrom <= slice + Math.floor(slice / 10) ? to : sliceFrom + slice;
            const r = await this.mergeSlice(sliceId, sliceFrom, sliceTo, options, record, sharedRawIds);
            await this.dropSliceTables();
            total.inserted += r.inserted;
            total.updated += r.updated;
            total.unchanged += r.unchanged;
            total.scored += r.scored;
            total.rowsConsumed += r.rowsConsumed;
            sliceFrom = sliceTo;
            lastId = sliceId;
            sliceId = randomUUID();
          }
        } catch (err) {
          const failures = toNumber(task?.consecutive_failures) + 1;
          const suspend = failures >= options.suspendAfterFailures;
          const state: TaskState = suspend ? 'FAILED_AND_AUTO_SUSPENDED' : 'FAILED';
          const message = errorMessage(err);
          await this.dropSliceTables().catch(() => undefined);
          await record(sliceId, state, {}, { from: sliceFrom, to }, message);
          await this.run(
            `UPDATE leadpipe_tasks SET consecutive_failures = $failures, state = $state, updated_at = now() WHERE name = $name`,
            { failures, state: suspend ? 'suspended' : 'started', name: TASK },
          );
          return { ...total, state, error: message };
        }
        // Leads outside the batch that are stale (a new active model, a changed override) are scored after
        // the commit, in chunks, so a model change over millions of leads stays within the memory limit.
        if (options.scoring) {
          const more = await this.applyScoringInChunks(options.scoring);
          if (more > 0) {
            total.scored += more;
            await this.run(
              `UPDATE task_history SET leads_scored = leads_scored + $n WHERE run_id = $run_id`,
              {
                n: more,
                run_id: lastId,
              },
            );
          }
        }
        return total;
      });
    } finally {
      this.taskRunning = false;
    }
  }

  /**
   * One committed slice of a task run: merge (and score) the raw rows in (from, to]. The slice is prepared
   * outside the transaction, in temporary objects that only this connection sees (the batch's keys and its
   * view, the scores):
   * DuckDB builds and reads them faster there, with less memory (measured on 500k rows when the write was
   * still a MERGE: 1.3 s -> 0.9 s, peak RSS 1.1 -> 0.8 GiB). The transaction then writes leads_final, the score
   * history, the offset and the task history together, or nothing.
   */
  private async mergeSlice(
    id: string,
    from: number,
    to: number,
    options: TaskOptions,
    record: (
      id: string,
      state: TaskState,
      r: Partial<TaskRunResult>,
      range: { from: number; to: number },
    ) => Promise<void>,
    sharedRawIds: boolean,
  ): Promise<TaskRunResult> {
    // Columns evolve in their own transaction: a column added for a slice that then fails is harmless
    // (NULL everywhere, and the retry finds it there).
    const columns = await this.transaction(() => this.evolveColumns(from, to));
    const stored = new Set(this.store.map((c) => c.name));
    const batch = streamBatchSql(columns, this.key, stored, { from, to }, sharedRawIds);
    await this.run(batch.keys);
    await this.run(batch.view);
    const counts = (await this.run(mergeCountsSql()))[0] ?? {};
    const consumed = (
      await this.run(`SELECT count(*) AS n FROM leads_raw_rows WHERE raw_id > $from AND raw_id <= $to`, {
        from,
        to,
      })
    )[0];
    await this.run(dropUnchangedSql());
    let scored = 0;
    if (options.scoring) {
      await this.run(scoredTableSql(options.scoring.batchSelect, options.scoring.grade, this.key));
      scored = toNumber((await this.run(`SELECT count(*) AS n FROM leadpipe_scored`))[0]?.n);
    }
    const r: TaskRunResult = {
      runId: id,
      name: TASK,
      state: 'SUCCEEDED',
      inserted: toNumber(counts.inserted),
      updated: toNumber(counts.updated),
      unchanged: toNumber(counts.unchanged),
      scored,
      rowsConsumed: toNumber(consumed?.n),
    };
    await this.transaction(async () => {
      const now = new Date().toISOString();
      if (options.scoring) {
        await this.assertActive(options.scoring);
        await this.run(SCORE_HISTORY_SQL, { now });
        await failpoint('task.after-scoring');
      }
      if (r.updated > 0) await this.run(deleteReplacedSql(this.key));
      await this.run(insertBatchSql(columns, this.key, Boolean(options.scoring)), { now });
      await failpoint('task.after-merge');
      await this.run(`UPDATE leadpipe_streams SET "offset" = $to, updated_at = now() WHERE name = $name`, {
        to,
        name: STREAM,
      });
      await record(id, 'SUCCEEDED', r, { from, to });
      await this.run(
        `UPDATE leadpipe_tasks SET consecutive_failures = 0, updated_at = now() WHERE name = $name`,
        { name: TASK },
      );
    });
    return r;
  }

  /** Drops the temporary objects of a slice (they would otherwise hold memory until the next slice). */
  private async dropSliceTables(): Promise<void> {
    await this.run('DROP VIEW IF EXISTS leadpipe_batch');
    await this.run(`DROP TABLE IF EXISTS ${BATCH_KEYS}`);
    await this.run('DROP TABLE IF EXISTS leadpipe_scored');
  }

  /**
   * Adds columns that the files in the stream range brought (inferred at PUT) and widens inferred columns
   * whose new values do not fit. Declared columns never change. Runs in a transaction of its own, before the
   * slice's (see `mergeSlice`).
   */
  private async evolveColumns(
    from: number,
    to: number,
  ): Promise<{ name: string; type: ColumnType; declared: boolean }[]> {
    const current = new Map(
      (
        await this.run(
          `SELECT column_name, type, declared FROM leadpipe_columns WHERE table_name = 'leads_final'`,
        )
      ).map((r) => [
        toText(r.column_name),
        { name: toText(r.column_name), type: toText(r.type) as ColumnType, declared: Boolean(r.declared) },
      ]),
    );
    const loads = await this.run(
      `SELECT inferred FROM load_history WHERE raw_id_to >= $from + 1 AND raw_id_from <= $to AND inferred IS NOT NULL ORDER BY raw_id_from`,
      { from, to },
    );
    for (const l of loads) {
      const inferred = JSON.parse(toText(l.inferred) || '{}') as Record<string, ColumnType>;
      for (const [name, type] of Object.entries(inferred)) {
        if (!(COLUMN_TYPES as readonly string[]).includes(type)) continue;
        const col = current.get(name);
        if (!col) {
          await this.run(`ALTER TABLE leads_final ADD COLUMN ${quoteIdent(name)} ${duckdbType(type)}`);
          await this.run(`INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, false)`, {
            name,
            type,
          });
          current.set(name, { name, type, declared: false });
        } else if (!col.declared && col.type !== type) {
          const wider = widenType(col.type, type);
          if (wider !== col.type) {
            await this.run(
              `ALTER TABLE leads_final ALTER COLUMN ${quoteIdent(name)} TYPE ${duckdbType(wider)}`,
            );
            await this.run(
              `UPDATE leadpipe_columns SET type = $type WHERE table_name = 'leads_final' AND column_name = $name`,
              { name, type: wider },
            );
            col.type = wider;
          }
        }
      }
    }
    return [...current.values()];
  }

  async saveModel(model: ScoringSql, activate: boolean): Promise<void> {
    await this.serial(() =>
      this.transaction(async () => {
        if (activate) await this.run(`UPDATE leadpipe_models SET active = FALSE WHERE active`);
        await this.run(
          `INSERT INTO leadpipe_models VALUES ($version, $kind, $body, $active, now())
           ON CONFLICT (version) DO UPDATE SET active = EXCLUDED.active OR leadpipe_models.active`,
          { version: model.version, kind: model.kind, body: model.body, active: activate },
        );
      }),
    );
  }

  async activeModel(): Promise<{ version: string; kind: string; body: string } | undefined> {
    const rows = await this.serial(() =>
      this.run(`SELECT version, kind, body FROM leadpipe_models WHERE active LIMIT 1`),
    );
    const r = rows[0];
    return r ? { version: toText(r.version), kind: toText(r.kind), body: toText(r.body) } : undefined;
  }

  async applyScoring(scoring: ScoringSql): Promise<number> {
    return this.serial(() => this.applyScoringInChunks(scoring));
  }

  /**
   * apply_scoring as a series of transactions of at most `chunk` leads: each lead's score is independent,
   * and one transaction over every lead of a large table outgrows DuckDB's memory limit.
   */
  private async applyScoringInChunks(scoring: ScoringSql, chunk = 100_000): Promise<number> {
    // Planning a tree model's SQL costs ~0.2 s: skip it when no lead is stale.
    const stale = await this.run(`SELECT count(*) AS n FROM leads_to_score`);
    if (toNumber(stale[0]?.n) === 0) return 0;
    let total = 0;
    for (;;) {
      const n = await this.transaction(() => this.applyScoringUnlocked(scoring, chunk));
      total += n;
      if (n < chunk) return total;
    }
  }

  private async assertActive(scoring: ScoringSql): Promise<void> {
    const active = await this.run(`SELECT version FROM leadpipe_models WHERE active AND version = $v`, {
      v: scoring.version,
    });
    if (active.length === 0) {
      throw new TerminalError(
        'E_MODEL_NOT_ACTIVE',
        `model ${scoring.version} is not the active model; save and activate it first`,
      );
    }
  }

  /** apply_scoring of at most `limit` stale leads, inside the caller's transaction. */
  private async applyScoringUnlocked(scoring: ScoringSql, limit: number): Promise<number> {
    await this.assertActive(scoring);
    const now = new Date().toISOString();
    await this.run(
      scoredTableSql(`SELECT * FROM (${scoring.select}) LIMIT ${Math.floor(limit)}`, scoring.grade, this.key),
    );
    const n = toNumber((await this.run(`SELECT count(*) AS n FROM leadpipe_scored`))[0]?.n);
    if (n > 0) {
      await this.run(updateScoresSql(this.key), { now });
      await this.run(SCORE_HISTORY_SQL, { now });
    }
    await this.run('DROP TABLE IF EXISTS leadpipe_scored');
    return n;
  }

  async setOverride(key: string, score: number | null, reason: string): Promise<void> {
    await this.serial(() =>
      this.transaction(async () => {
        const k = quoteIdent(this.key);
        const found = await this.run(`SELECT 1 FROM leads_final WHERE CAST(${k} AS VARCHAR) = $key`, { key });
        if (found.length === 0)
          throw new TerminalError('E_NO_SUCH_LEAD', `no lead with ${this.key} = ${JSON.stringify(key)}`);
        if (score === null) await this.run(`DELETE FROM lead_overrides WHERE lead_key = $key`, { key });
        else {
          await this.run(
            `INSERT INTO lead_overrides VALUES ($key, $score, $reason, now())
             ON CONFLICT (lead_key) DO UPDATE SET score = EXCLUDED.score, reason = EXCLUDED.reason, created_at = EXCLUDED.created_at`,
            { key, score, reason },
          );
        }
        await this.run(`UPDATE leads_final SET model_version = NULL WHERE CAST(${k} AS VARCHAR) = $key`, {
          key,
        });
      }),
    );
  }

  async scoreHistory(key: string, limit = 50): Promise<ScoreHistoryRow[]> {
    const rows = await this.serial(() =>
      this.run(
        `SELECT * FROM lead_score_history WHERE lead_key = $key ORDER BY scored_at DESC LIMIT $limit`,
        { key, limit },
      ),
    );
    return rows.map((r) => ({
      leadKey: toText(r.lead_key),
      modelVersion: toTextOrNull(r.model_version),
      probability: toNumberOrNull(r.probability),
      score: toNumberOrNull(r.score),
      grade: toTextOrNull(r.grade),
      source: toText(r.source) === 'override' ? 'override' : 'model',
      reason: toTextOrNull(r.reason),
      scoredAt: toIsoTime(r.scored_at),
    }));
  }

  async streamStatus(): Promise<StreamStatus> {
    return this.serial(async () => {
      const s = (
        await this.run(`SELECT "offset" AS o FROM leadpipe_streams WHERE name = $name`, { name: STREAM })
      )[0];
      const offset = toNumber(s?.o);
      const pending = (
        await this.run(`SELECT count(*) AS n FROM leads_raw_rows WHERE raw_id > $offset`, { offset })
      )[0];
      return { name: STREAM, offset, pendingRows: toNumber(pending?.n), stale: false };
    });
  }

  async taskStatus(): Promise<TaskStatus> {
    return this.serial(async () => {
      const t = (
        await this.run(`SELECT state, consecutive_failures FROM leadpipe_tasks WHERE name = $name`, {
          name: TASK,
        })
      )[0];
      return {
        name: TASK,
        state: t?.state === 'suspended' ? 'suspended' : 'started',
        consecutiveFailures: toNumber(t?.consecutive_failures),
        suspendAfterFailures: 0,
      };
    });
  }

  async loadHistory(options: { limit?: number; file?: string } = {}): Promise<LoadHistoryRow[]> {
    const rows = await this.serial(() =>
      this.run(
        `SELECT * FROM load_history WHERE ($file IS NULL OR file_name = $file) ORDER BY last_load_time DESC, load_id LIMIT $limit`,
        { file: options.file ?? null, limit: options.limit ?? 100 },
      ),
    );
    return rows.map((r) => ({
      loadId: toText(r.load_id),
      fileName: toText(r.file_name),
      stageLocation: toText(r.stage_location),
      checksum: toText(r.checksum),
      fileSize: toNumber(r.file_size),
      status: toText(r.status) as LoadStatus,
      reason: toTextOrNull(r.reason),
      rowCount: toNumber(r.row_count),
      rowParsed: toNumber(r.row_parsed),
      errorCount: toNumber(r.error_count),
      firstErrorMessage: toTextOrNull(r.first_error_message),
      firstErrorLineNumber: toNumberOrNull(r.first_error_line_number),
      firstErrorColumnName: toTextOrNull(r.first_error_column_name),
      lastLoadTime: toIsoTime(r.last_load_time),
    }));
  }

  async loadErrors(
    options: { file?: string; loadId?: string; limit?: number; offset?: number } = {},
  ): Promise<LoadErrorRow[]> {
    const rows = await this.serial(() =>
      this.run(
        `SELECT * FROM load_errors WHERE ($file IS NULL OR file_name = $file) AND ($load_id IS NULL OR load_id = $load_id)
         ORDER BY file_name, line LIMIT $limit OFFSET $offset`,
        {
          file: options.file ?? null,
          load_id: options.loadId ?? null,
          limit: options.limit ?? 100,
          offset: options.offset ?? 0,
        },
      ),
    );
    return rows.map((r) => ({
      loadId: toText(r.load_id),
      fileName: toText(r.file_name),
      line: toNumber(r.line),
      columnName: toTextOrNull(r.column_name),
      error: toText(r.error),
      rawText: toText(r.raw_text),
    }));
  }

  async taskHistory(options: { limit?: number } = {}): Promise<TaskHistoryRow[]> {
    const rows = await this.serial(() =>
      this.run(`SELECT * FROM task_history ORDER BY query_start_time DESC LIMIT $limit`, {
        limit: options.limit ?? 50,
      }),
    );
    return rows.map((r) => ({
      runId: toText(r.run_id),
      name: toText(r.name),
      state: toText(r.state) as TaskState,
      scheduledTime: toIsoTime(r.scheduled_time),
      queryStartTime: toIsoTime(r.query_start_time),
      completedTime: toIsoTimeOrNull(r.completed_time),
      errorMessage: toTextOrNull(r.error_message),
      inserted: toNumber(r.rows_inserted),
      updated: toNumber(r.rows_updated),
      unchanged: toNumber(r.rows_unchanged),
      scored: toNumber(r.leads_scored),
      rowsConsumed: toNumber(r.rows_consumed),
    }));
  }

  async finalColumns(): Promise<{ name: string; type: ColumnType; declared: boolean }[]> {
    const rows = await this.serial(() =>
      this.run(
        `SELECT column_name, type, declared FROM leadpipe_columns WHERE table_name = 'leads_final' ORDER BY rowid`,
      ),
    );
    return rows.map((r) => ({
      name: toText(r.column_name),
      type: toText(r.type) as ColumnType,
      declared: Boolean(r.declared),
    }));
  }

  async query(sql: string, params?: Record<string, unknown>): Promise<Record<string, unknown>[]> {
    return this.serial(async () => {
      const statements = await this.conn.extractStatements(sql);
      if (statements.count !== 1) throw new TerminalError('E_QUERY', 'give exactly one SQL statement');
      let prepared;
      try {
        prepared = await statements.prepare(0);
      } catch (err) {
        // A write that fails to bind (DELETE FROM the leads_raw view) is still a write: say so, not why.
        if (WRITE_STATEMENT.test(sql)) {
          throw new TerminalError(
            'E_QUERY_NOT_READ_ONLY',
            'only SELECT (and EXPLAIN) statements are allowed here',
          );
        }
        throw err;
      }
      // Prepared statements hold native memory until destroyed: a server running thousands of queries
      // would otherwise run DuckDB out of its memory limit.
      try {
        if (
          prepared.statementType !== StatementType.SELECT &&
          prepared.statementType !== StatementType.EXPLAIN
        ) {
          throw new TerminalError(
            'E_QUERY_NOT_READ_ONLY',
            'only SELECT (and EXPLAIN) statements are allowed here',
          );
        }
        if (params) prepared.bind(params as Params);
        const reader = await prepared.runAndReadAll();
        return reader.getRowObjectsJson() as Row[];
      } finally {
        prepared.destroySync();
      }
    });
  }

  async close(): Promise<void> {
    await this.serial(async () => {
      this.conn.closeSync();
      this.instance.closeSync();
    });
  }
}
