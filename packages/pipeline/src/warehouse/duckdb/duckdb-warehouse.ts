/**
 * The embedded engine: DuckDB in one file. Pipes, streams and tasks are emulated with bookkeeping tables
 * that follow SEMANTICS.md: one transaction per file load together with its history row, a stream offset
 * that moves only in the transaction that consumed it, and a task history.
 *
 * This class orchestrates; the work is in the role files beside it, the same set as `snowflake/`:
 * duckdb-connection.ts (file, serialised connection, transactions), duckdb-ddl.ts (types, bookkeeping
 * tables), duckdb-load-sql.ts and duckdb-copy.ts (COPY INTO leads_raw), duckdb-task-sql.ts and
 * duckdb-task.ts (the task and apply_scoring), duckdb-store-sql.ts (models, overrides, scores),
 * duckdb-status.ts (history and status reads) and duckdb-query.ts (the read-only entry). DuckDB has no
 * `-plan.ts`: there is no account to set up, `init` creates everything in the file.
 */
import { randomUUID } from 'node:crypto';
import { TerminalError } from '../../errors.ts';
import type { ColumnType, LeadSchema } from '../../formats/lead-schema.ts';
import { COLUMN_TYPES } from '../../formats/lead-schema.ts';
import type { LocalCopy, StagedFile } from '../../stage/stage.ts';
import { homeSettingsFromRows, homeSettingsRows } from '../home-settings.ts';
import { toNumber, toText } from '../rows.ts';
import type {
  CopyOptions,
  ExportOptions,
  ExportResult,
  LoadErrorRow,
  LoadFileResult,
  LoadHistoryRow,
  HomeSettings,
  QuarantinedFile,
  ScoreHistoryRow,
  ModelFitWarning,
  ScoringSql,
  StoredModel,
  StreamStatus,
  TaskHistoryRow,
  TaskOptions,
  TaskRunResult,
  TaskStatus,
  Warehouse,
  WarehouseCapabilities,
} from '../warehouse.ts';
import { DuckDbConnection } from './duckdb-connection.ts';
import { exportDuckDbLeads } from './duckdb-export.ts';
import { migrateDocumentsLayout, rehashIfStale, typeReasons } from './duckdb-migrate.ts';
import { copyStagedFile, isLoaded, recordFailedFile } from './duckdb-copy.ts';
import {
  DUCKDB_BOOKKEEPING_DDL,
  DUCKDB_STREAM,
  DUCKDB_TASK,
  FINAL_REGISTERED_SQL,
  CLEAR_SETTINGS_SQL,
  GET_KEY_SQL,
  GET_SETTINGS_SQL,
  OLD_LAYOUT_SQL,
  RAW_STORE_COLUMNS_SQL,
  RAW_STORE_EXISTS_SQL,
  REGISTER_COLUMN_SQL,
  SEED_STREAM_SQL,
  SEED_TASK_SQL,
  SET_KEY_SQL,
  SET_SETTING_SQL,
  SETTINGS_DDL,
  SETTINGS_EXIST_SQL,
  createFinalTableSql,
  duckdbType,
} from './duckdb-ddl.ts';
import type { DuckDbLayout, RawColumn } from './duckdb-load-sql.ts';
import { RAW_META_COLUMNS, rawRowsDdl, rawViewSql } from './duckdb-load-sql.ts';
import { readQuarantined, recordCopyQuarantine, releaseQuarantine } from './duckdb-quarantine.ts';
import { runReadOnlyQuery } from './duckdb-query.ts';
import {
  readFinalColumns,
  readLoadErrors,
  readLoadHistory,
  readScoreHistory,
  readStreamStatus,
  readTaskHistory,
  readTaskStatus,
} from './duckdb-status.ts';
import {
  ACTIVE_MODEL_SQL,
  CLEAR_OVERRIDE_SQL,
  DEACTIVATE_MODELS_SQL,
  SAVE_MODEL_SQL,
  SET_OVERRIDE_SQL,
  leadExistsSql,
  leadFunctionDdl,
  markStaleSql,
  scoringDdl,
} from './duckdb-store-sql.ts';
import { applyScoringInChunks, runDuckDbTask } from './duckdb-task.ts';

/** DuckDB's capabilities. */
export const DUCKDB_CAPABILITIES: WarehouseCapabilities = {
  engine: 'duckdb',
  nativeChangeCapture: false,
  singleProcess: true,
  typesStagedCsv: true,
  documentType: 'JSON',
  sqlDialect: 'duckdb',
};

/** DuckDB implementation of {@link Warehouse}. Open with {@link DuckDbWarehouse.open}. */
export class DuckDbWarehouse implements Warehouse {
  readonly capabilities = DUCKDB_CAPABILITIES;
  /** The key column and the declared columns of leads_raw_rows (the schema at creation, plus the key). */
  private layout: DuckDbLayout = { key: 'prospect_id', store: [] };
  private taskRunning = false;

  private constructor(private readonly db: DuckDbConnection) {}

  /**
   * Opens (or creates) the DuckDB file. A file held by another process fails with `E_WAREHOUSE_LOCKED`.
   * `fileDirectories` (default none) are the only folders DuckDB may read files from: the stage the
   * loader reads must be one of them (see duckdb-connection.ts).
   *
   * @example
   * const wh = await DuckDbWarehouse.open('.leadpipe/leadpipe.duckdb', { fileDirectories: ['.leadpipe/stage'] });
   */
  static async open(
    file: string,
    options: { memoryLimit?: string; fileDirectories?: readonly string[] } = {},
  ): Promise<DuckDbWarehouse> {
    return new DuckDbWarehouse(await DuckDbConnection.open(file, options));
  }

  async init(schema: LeadSchema, key: string): Promise<void> {
    const db = this.db;
    await db.serial(async () => {
      for (const ddl of DUCKDB_BOOKKEEPING_DDL) await db.run(ddl);
      const stored = await db.run(GET_KEY_SQL);
      if (stored[0] && stored[0].value !== key) {
        throw new TerminalError(
          'E_KEY_CHANGED',
          `this warehouse is keyed by "${toText(stored[0].value)}"; it cannot switch to "${key}" (use a new --home)`,
        );
      }
      // A warehouse of 0.1.0 (leads_raw a table of documents) is migrated forward, or refused with what to do.
      if ((await db.run(OLD_LAYOUT_SQL)).length > 0) await migrateDocumentsLayout(db);
      await db.transaction(async () => {
        await db.run(SET_KEY_SQL, { key });
        const columns = schema.columns.map((c) => ({ name: c.name, type: c.type, declared: true }));
        if (!columns.some((c) => c.name === key))
          columns.unshift({ name: key, type: 'string', declared: false });
        const exists = await db.run(FINAL_REGISTERED_SQL);
        if (toNumber(exists[0]?.n) === 0) {
          await db.run(createFinalTableSql(columns, key));
          for (const c of columns) {
            await db.run(REGISTER_COLUMN_SQL, { name: c.name, type: c.type, declared: c.declared });
          }
        }
        await db.run(SEED_STREAM_SQL, { name: DUCKDB_STREAM });
        await db.run(SEED_TASK_SQL, { name: DUCKDB_TASK });
        for (const ddl of scoringDdl()) await db.run(ddl);
        await typeReasons(db);
        const storeExists = await db.run(RAW_STORE_EXISTS_SQL);
        if (storeExists.length === 0) {
          const store: RawColumn[] = schema.columns.map((c) => ({
            name: c.name,
            type: c.type,
            nullable: c.nullable || c.name === key,
          }));
          if (!store.some((c) => c.name === key))
            store.unshift({ name: key, type: 'string', nullable: true });
          await db.run(rawRowsDdl(store));
          await db.run(rawViewSql(store));
        }
      });
      this.layout = { key, store: await this.readStore(schema, key) };
      await rehashIfStale(db);
    });
  }

  async homeSettings(): Promise<HomeSettings | undefined> {
    const db = this.db;
    const rows = await db.serial(async () =>
      (await db.run(SETTINGS_EXIST_SQL)).length === 0 ? [] : db.run(GET_SETTINGS_SQL),
    );
    return homeSettingsFromRows(rows.map((r) => ({ name: toText(r.name), value: toText(r.value) })));
  }

  async saveHomeSettings(s: HomeSettings): Promise<void> {
    const db = this.db;
    await db.serial(async () => {
      await db.run(SETTINGS_DDL);
      await db.transaction(async () => {
        await db.run(CLEAR_SETTINGS_SQL);
        for (const [name, value] of homeSettingsRows(s)) await db.run(SET_SETTING_SQL, { name, value });
      });
    });
  }

  /** The declared columns of leads_raw_rows as created, with today's nullability from the schema. */
  private async readStore(schema: LeadSchema, key: string): Promise<RawColumn[]> {
    const rows = await this.db.run(RAW_STORE_COLUMNS_SQL);
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
          nullable: d ? d.nullable || name === key : true,
        };
      });
  }

  async isLoaded(name: string, checksum: string): Promise<boolean> {
    return this.db.serial(() => isLoaded(this.db, name, checksum));
  }

  async copyInto(file: StagedFile, copy: LocalCopy, options: CopyOptions): Promise<LoadFileResult> {
    return this.db.serial(() => copyStagedFile(this.db, this.layout, file, copy, options));
  }

  async recordFailedFile(file: {
    name: string;
    sourceChecksum: string;
    sourceSize: number;
    stageLocation: string;
    reason: string;
  }): Promise<LoadFileResult> {
    return this.db.serial(() => recordFailedFile(this.db, file));
  }

  async recordQuarantine(
    file: StagedFile,
    options: { stageLocation: string; reason: string },
  ): Promise<LoadFileResult> {
    return this.db.serial(() => recordCopyQuarantine(this.db, file, options));
  }

  async quarantinedFiles(): Promise<QuarantinedFile[]> {
    return this.db.serial(() => readQuarantined(this.db));
  }

  async releaseQuarantine(loadId: string, outcome: 'RETRIED' | 'DROPPED'): Promise<{ rowsRemoved: number }> {
    return this.db.serial(() => releaseQuarantine(this.db, loadId, outcome));
  }

  async runTask(options: TaskOptions): Promise<TaskRunResult> {
    const runId = randomUUID();
    const scheduled = new Date().toISOString();
    if (this.taskRunning) {
      return {
        runId,
        name: DUCKDB_TASK,
        inserted: 0,
        updated: 0,
        unchanged: 0,
        scored: 0,
        rowsConsumed: 0,
        state: 'SKIPPED',
        reason: 'a run of this task is already in progress',
      };
    }
    this.taskRunning = true;
    try {
      return await this.db.serial(() => runDuckDbTask(this.db, this.layout, options, runId, scheduled));
    } finally {
      this.taskRunning = false;
    }
  }

  async saveModel(model: ScoringSql, activate: boolean): Promise<void> {
    const db = this.db;
    await db.serial(() =>
      db.transaction(async () => {
        if (activate) await db.run(DEACTIVATE_MODELS_SQL);
        await db.run(SAVE_MODEL_SQL, {
          version: model.version,
          kind: model.kind,
          body: model.body,
          active: activate,
          fit_warning: model.fitWarning ? JSON.stringify(model.fitWarning) : null,
        });
        if (activate && model.leadScore) await db.run(leadFunctionDdl(model.leadScore));
      }),
    );
  }

  async activeModel(): Promise<StoredModel | undefined> {
    const rows = await this.db.serial(() => this.db.run(ACTIVE_MODEL_SQL));
    const r = rows[0];
    if (!r) return undefined;
    const warning = r.fit_warning === null || r.fit_warning === undefined ? '' : toText(r.fit_warning);
    return {
      version: toText(r.version),
      kind: toText(r.kind),
      body: toText(r.body),
      ...(warning ? { fitWarning: JSON.parse(warning) as ModelFitWarning } : {}),
    };
  }

  async applyScoring(scoring: ScoringSql): Promise<number> {
    return this.db.serial(() => applyScoringInChunks(this.db, this.layout, scoring));
  }

  async setOverride(key: string, score: number | null, reason: string): Promise<void> {
    const db = this.db;
    const column = this.layout.key;
    await db.serial(() =>
      db.transaction(async () => {
        const found = await db.run(leadExistsSql(column), { key });
        if (found.length === 0)
          throw new TerminalError('E_NO_SUCH_LEAD', `no lead with ${column} = ${JSON.stringify(key)}`);
        if (score === null) await db.run(CLEAR_OVERRIDE_SQL, { key });
        else await db.run(SET_OVERRIDE_SQL, { key, score, reason });
        await db.run(markStaleSql(column), { key });
      }),
    );
  }

  async scoreHistory(key: string, limit = 50): Promise<ScoreHistoryRow[]> {
    return this.db.serial(() => readScoreHistory(this.db, key, limit));
  }

  async streamStatus(): Promise<StreamStatus> {
    return this.db.serial(() => readStreamStatus(this.db));
  }

  async taskStatus(): Promise<TaskStatus> {
    return this.db.serial(() => readTaskStatus(this.db));
  }

  async loadHistory(options: { limit?: number; file?: string } = {}): Promise<LoadHistoryRow[]> {
    return this.db.serial(() => readLoadHistory(this.db, options));
  }

  async loadErrors(
    options: { file?: string; loadId?: string; limit?: number; offset?: number } = {},
  ): Promise<LoadErrorRow[]> {
    return this.db.serial(() => readLoadErrors(this.db, options));
  }

  async taskHistory(options: { limit?: number } = {}): Promise<TaskHistoryRow[]> {
    return this.db.serial(() => readTaskHistory(this.db, options));
  }

  async finalColumns(): Promise<{ name: string; type: ColumnType; declared: boolean }[]> {
    return this.db.serial(() => readFinalColumns(this.db));
  }

  async exportLeads(dir: string, options: ExportOptions): Promise<ExportResult> {
    return this.db.serial(() => exportDuckDbLeads(this.db, this.layout.key, dir, options));
  }

  async query(sql: string, params?: Record<string, unknown>): Promise<Record<string, unknown>[]> {
    return this.db.serial(() => runReadOnlyQuery(this.db, sql, params));
  }

  async close(): Promise<void> {
    await this.db.close();
  }
}
