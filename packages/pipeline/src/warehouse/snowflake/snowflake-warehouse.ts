/**
 * The Snowflake engine: the same contract as DuckDB, on native objects. A load is PUT into the internal
 * stage and COPY INTO LEADS_RAW in one transaction with its load history row (or, with AUTO_INGEST,
 * handed to Snowpipe); a native stream on LEADS_RAW feeds the merge procedure that the native task (on its
 * schedule) and `runTask` (on demand) call; scoring runs a SQL UDF compiled from the active model.
 *
 * Statements go through a {@link SnowflakeSession}, one at a time (a session has one transaction).
 */
import { randomUUID } from 'node:crypto';
import type { Config } from '../../config/config.ts';
import { TerminalError, errorMessage } from '../../errors.ts';
import type { ColumnType, LeadSchema } from '../../formats/lead-schema.ts';
import { COLUMN_TYPES, widenType } from '../../formats/lead-schema.ts';
import type { RetryOptions } from '../../retry.ts';
import { withRetry } from '../../retry.ts';
import type { LocalCopy, StagedFile } from '../../stage/stage.ts';
import type {
  CopyOptions,
  LoadErrorRow,
  LoadFileResult,
  LoadHistoryRow,
  LoadStatus,
  ScoreHistoryRow,
  ScoringSql,
  StreamStatus,
  TaskHistoryRow,
  TaskOptions,
  TaskRunResult,
  TaskState,
  TaskStatus,
  Warehouse,
  WarehouseCapabilities,
} from '../warehouse.ts';
import { toBoolean, toJsonText, toJsonTextOrNull, toNumber, toNumberOrNullIfEmpty } from '../rows.ts';
import type {
  SnowflakeBind,
  SnowflakeRow,
  SnowflakeSession,
  SnowflakeSettings,
} from './snowflake-connection.ts';
import { connectSnowflake } from './snowflake-connection.ts';
import type { PlanStep } from './snowflake-plan.ts';
import { coreHash, snowflakePlan } from './snowflake-plan.ts';
import { assertReadOnlyOrThrow, duckdbStyleRow, namedParamsToBinds } from './snowflake-query.ts';
import type { FinalColumn } from './snowflake-ddl.ts';
import {
  FINAL_COLUMNS_SQL,
  GET_META_SQL,
  REGISTER_COLUMN_SQL,
  RETYPE_COLUMN_SQL,
  SET_META_SQL,
  SF,
  addColumnSql,
  bookkeepingDdl,
  isColumnType,
  widenColumnSql,
} from './snowflake-ddl.ts';
import {
  INSERT_LOAD_HISTORY_SQL,
  LOAD_LOCK_SQL,
  copyDataSql,
  copyRejectsSql,
  describeIntegrationSql,
  isLoadedSql,
  putSql,
  reconcilePipeLoadsSql,
  removeLoadSql,
} from './snowflake-load-sql.ts';
import {
  SHOW_STREAM_SQL,
  STREAM_COUNTS_SQL,
  loadErrorsSql,
  loadHistorySql,
  scoreHistorySql,
  taskHistorySql,
} from './snowflake-status.ts';
import {
  ACTIVE_MODEL_SQL,
  ACTIVE_VERSION_SQL,
  CLEAR_OVERRIDE_SQL,
  DEACTIVATE_MODELS_SQL,
  SAVE_MODEL_SQL,
  SET_OVERRIDE_SQL,
  leadExistsSql,
  scoringFunctionsSql,
  staleLeadSql,
  toScoreViewSql,
} from './snowflake-store-sql.ts';
import {
  CALL_APPLY_SCORING_SQL,
  CALL_RUN_TASK_SQL,
  RESUME_TASK_STATE_SQL,
  TASK_RUN_SQL,
  TASK_STATE_SQL,
  resumeTasksSql,
  runTaskProcedureSql,
} from './snowflake-task-sql.ts';
import type { SnowflakeNativeStatus } from './snowflake-status.ts';
import {
  PIPE_STATUS_SQL,
  SHOW_PIPES_SQL,
  SHOW_TASKS_SQL,
  copyHistorySql,
  mapCopyHistoryRow,
  mapNativeTaskRow,
  mapPipeStatus,
  nativeTaskHistorySql,
} from './snowflake-status.ts';
import { decideLoad, failedFileResult } from '../load-decision.ts';

/** Snowflake's capabilities. */
export const SNOWFLAKE_CAPABILITIES: WarehouseCapabilities = {
  engine: 'snowflake',
  nativeChangeCapture: true,
  singleProcess: false,
  typesStagedCsv: false,
  documentType: 'VARIANT',
  sqlDialect: 'snowflake',
};

/** What the engine needs besides a session. */
export interface SnowflakeWarehouseOptions {
  settings: SnowflakeSettings;
  /** The S3 stage (bucket and prefix), when configured: the external stage and pipes read it. */
  s3?: { bucket: string; prefix: string } | undefined;
  /** Consecutive failures that suspend the native task (LEADPIPE_TASK_SUSPEND_AFTER_FAILURES). */
  suspendAfterFailures: number;
  /** Retries of transient failures (default: 3 attempts from 500 ms). */
  retry?: RetryOptions;
}

/** What one COPY statement reports, summed over its files. */
export interface CopyOutcome {
  files: number;
  rowsParsed: number;
  rowsLoaded: number;
  errors: number;
  firstError: string | null;
  statuses: string[];
}

/**
 * Maps the rows a COPY returns (one per file: `file`, `status`, `rows_parsed`, `rows_loaded`,
 * `errors_seen`, `first_error`; or one `status` row saying no file was processed).
 */
export function copyOutcome(rows: readonly SnowflakeRow[]): CopyOutcome {
  const files = rows.filter((r) => r.file !== undefined || r.FILE !== undefined);
  const get = (r: SnowflakeRow, k: string): unknown => r[k] ?? r[k.toUpperCase()];
  return {
    files: files.length,
    rowsParsed: files.reduce((n, r) => n + toNumber(get(r, 'rows_parsed')), 0),
    rowsLoaded: files.reduce((n, r) => n + toNumber(get(r, 'rows_loaded')), 0),
    errors: files.reduce((n, r) => n + toNumber(get(r, 'errors_seen')), 0),
    firstError: files.map((r) => toJsonTextOrNull(get(r, 'first_error'))).find((e) => e) ?? null,
    statuses: files.map((r) => toJsonText(get(r, 'status'))),
  };
}

/** Maps the VARIANT that LEADPIPE_RUN_TASK returns (first column of the CALL's one row). */
export function runTaskOutcome(rows: readonly SnowflakeRow[], fallbackRunId: string): TaskRunResult {
  const first = rows[0] ? Object.values(rows[0])[0] : undefined;
  const v = (typeof first === 'string' ? JSON.parse(first) : (first ?? {})) as Record<string, unknown>;
  const state = toJsonText(v.state) as TaskState;
  if (!['SUCCEEDED', 'SKIPPED', 'FAILED', 'FAILED_AND_AUTO_SUSPENDED'].includes(state))
    throw new TerminalError('E_SNOWFLAKE_TASK', `the task procedure returned no state: ${toJsonText(first)}`);
  return {
    runId: toJsonText(v.run_id) || fallbackRunId,
    name: SF.mergeTask,
    state,
    inserted: toNumber(v.inserted),
    updated: toNumber(v.updated),
    unchanged: toNumber(v.unchanged),
    scored: toNumber(v.scored),
    rowsConsumed: toNumber(v.consumed),
    ...(v.reason ? { reason: toJsonText(v.reason) } : {}),
    ...(v.error ? { error: toJsonText(v.error) } : {}),
  };
}

/** Snowflake implementation of {@link Warehouse}. Open with {@link SnowflakeWarehouse.open}. */
export class SnowflakeWarehouse implements Warehouse {
  readonly capabilities = SNOWFLAKE_CAPABILITIES;
  private queue: Promise<unknown> = Promise.resolve();
  private key = 'prospect_id';
  private taskRunning = false;
  private scoringVersion: string | undefined;

  /** @param session a logged-in session (or, in tests, a stand-in). */
  constructor(
    private readonly session: SnowflakeSession,
    private readonly options: SnowflakeWarehouseOptions,
  ) {}

  /**
   * Logs in with the configuration's `SNOWFLAKE_*` settings (the SDK is imported now, not before).
   *
   * @example
   * const wh = await SnowflakeWarehouse.open(loadConfigOrThrow());
   */
  static async open(config: Config): Promise<SnowflakeWarehouse> {
    if (config.snowflake.autoIngest && (config.stage !== 's3' || !config.s3.bucket)) {
      throw new TerminalError(
        'E_BAD_CONFIG',
        'SNOWFLAKE_AUTO_INGEST=true needs LEADPIPE_STAGE=s3 and S3_BUCKET: Snowpipe loads the cleaned files of the S3 stage',
      );
    }
    const session = await connectSnowflake(config.snowflake);
    return new SnowflakeWarehouse(session, {
      settings: config.snowflake,
      s3: config.s3.bucket ? { bucket: config.s3.bucket, prefix: config.s3.prefix } : undefined,
      suspendAfterFailures: config.taskSuspendAfterFailures,
    });
  }

  private get autoIngest(): boolean {
    return this.options.settings.autoIngest;
  }

  /** Runs `fn` alone on the session: a session has one transaction, so work is serialised. */
  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.queue.then(fn, fn);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private retry<T>(fn: () => Promise<T>): Promise<T> {
    return withRetry(fn, { attempts: 3, baseDelayMs: 500, ...this.options.retry });
  }

  private exec(sql: string, binds?: readonly SnowflakeBind[]): Promise<SnowflakeRow[]> {
    return this.session.execute(sql, binds);
  }

  private async transaction<T>(fn: () => Promise<T>): Promise<T> {
    await this.exec('BEGIN TRANSACTION');
    try {
      const result = await fn();
      await this.exec('COMMIT');
      return result;
    } catch (err) {
      await this.exec('ROLLBACK').catch(() => undefined);
      throw err;
    }
  }

  /** The plan for the current key and columns (what `snowflake plan` prints and `init` runs in part). */
  planFor(columns: readonly FinalColumn[], scoring?: ScoringSql): PlanStep[] {
    const s = this.options.settings;
    return snowflakePlan({
      key: this.key,
      columns,
      warehouse: s.warehouse,
      taskSchedule: s.taskSchedule,
      suspendAfterFailures: this.options.suspendAfterFailures,
      autoIngest: s.autoIngest,
      s3: this.options.s3
        ? { ...this.options.s3, integration: s.storageIntegration, roleArn: s.storageAwsRoleArn }
        : undefined,
      scoring,
    });
  }

  private initSteps(columns: readonly FinalColumn[]): PlanStep[] {
    return this.planFor(columns).filter((s) => s.part === 'core' || s.part === 'start');
  }

  private async meta(): Promise<Map<string, string>> {
    const rows = await this.exec(GET_META_SQL);
    return new Map(rows.map((r) => [toJsonText(r.KEY), toJsonText(r.VALUE)]));
  }

  private async registry(): Promise<FinalColumn[]> {
    const rows = await this.exec(FINAL_COLUMNS_SQL);
    return rows.map((r) => ({
      name: toJsonText(r.COLUMN_NAME),
      type: (isColumnType(toJsonText(r.TYPE)) ? toJsonText(r.TYPE) : 'string') as ColumnType,
      declared: toBoolean(r.DECLARED),
    }));
  }

  async init(schema: LeadSchema, key: string): Promise<void> {
    await this.serial(() =>
      this.retry(async () => {
        await this.exec(bookkeepingDdl()[0] as string);
        const meta = await this.meta();
        const stored = meta.get('key');
        if (stored && stored !== key) {
          throw new TerminalError(
            'E_KEY_CHANGED',
            `this warehouse is keyed by "${stored}"; it cannot switch to "${key}" (use another SNOWFLAKE_SCHEMA)`,
          );
        }
        this.key = key;
        let columns = meta.has('ddl_hash') ? await this.registry() : [];
        const fresh = columns.length === 0;
        if (fresh) {
          columns = schema.columns.map((c) => ({ name: c.name, type: c.type, declared: true }));
          if (!columns.some((c) => c.name === key))
            columns.unshift({ name: key, type: 'string', declared: false });
        }
        const steps = this.initSteps(columns);
        const hash = coreHash(steps);
        if (meta.get('ddl_hash') !== hash) for (const s of steps) await this.exec(s.sql);
        if (fresh && (await this.registry()).length === 0) {
          await this.transaction(async () => {
            for (const [i, c] of columns.entries())
              await this.exec(REGISTER_COLUMN_SQL, [c.name, c.type, c.declared, i + 1]);
          });
        }
        if (!stored) await this.exec(SET_META_SQL, ['key', key]);
        if (meta.get('ddl_hash') !== hash) await this.exec(SET_META_SQL, ['ddl_hash', hash]);
      }),
    );
  }

  /**
   * Adds the columns a file brought (inferred at PUT) and widens inferred columns whose new type does not
   * fit. DDL commits at once in Snowflake, so this runs before the load's transaction; the merge procedure
   * and the view are created again for the new columns.
   */
  private async evolveColumns(inferred: Record<string, ColumnType>): Promise<void> {
    const columns = await this.registry();
    const byName = new Map(columns.map((c) => [c.name, c]));
    let changed = false;
    for (const [name, type] of Object.entries(inferred)) {
      if (!(COLUMN_TYPES as readonly string[]).includes(type)) continue;
      const col = byName.get(name);
      if (!col) {
        await this.exec(addColumnSql(name, type));
        await this.exec(REGISTER_COLUMN_SQL, [name, type, false, columns.length + 1]);
        const added = { name, type, declared: false };
        columns.push(added);
        byName.set(name, added);
        changed = true;
      } else if (!col.declared && col.type !== type) {
        const wider = widenType(col.type, type);
        if (wider === col.type) continue;
        for (const sql of widenColumnSql(name, wider)) await this.exec(sql);
        await this.exec(RETYPE_COLUMN_SQL, [wider, name]);
        col.type = wider;
        changed = true;
      }
    }
    if (!changed) return;
    await this.exec(toScoreViewSql());
    await this.exec(runTaskProcedureSql(columns, this.key));
    await this.exec(SET_META_SQL, ['ddl_hash', coreHash(this.initSteps(columns))]);
  }

  async isLoaded(name: string, checksum: string): Promise<boolean> {
    return this.serial(() => this.retry(() => this.isLoadedUnlocked(name, checksum)));
  }

  private async isLoadedUnlocked(name: string, checksum: string): Promise<boolean> {
    return (await this.exec(isLoadedSql(this.autoIngest), [name, checksum])).length > 0;
  }

  private historyBinds(file: StagedFile, options: CopyOptions, r: LoadFileResult): SnowflakeBind[] {
    return [
      r.loadId ?? '',
      file.name,
      options.stageLocation,
      file.checksum,
      file.size,
      file.sourceChecksum,
      r.status,
      r.reason ?? null,
      r.rowsLoaded,
      r.rowsParsed,
      r.errorCount,
      r.firstError?.reason ?? null,
      r.firstError?.line ?? null,
      r.firstError?.column ?? null,
      JSON.stringify(file.inferred),
    ];
  }

  async copyInto(file: StagedFile, copy: LocalCopy, options: CopyOptions): Promise<LoadFileResult> {
    return this.serial(() =>
      this.retry(async () => {
        await this.evolveColumns(file.inferred);
        const loadId = randomUUID();
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
        const skipped: LoadFileResult = {
          ...base,
          status: 'SKIPPED',
          reason: 'already loaded with the same checksum (use --force to reload)',
          rowsParsed: 0,
          errorCount: 0,
        };
        delete skipped.firstError;
        const recordSkipped = async (): Promise<LoadFileResult> => {
          await this.exec(INSERT_LOAD_HISTORY_SQL, this.historyBinds(file, options, skipped));
          return skipped;
        };
        if (!options.force && (await this.isLoadedUnlocked(file.name, file.checksum))) return recordSkipped();

        if (this.autoIngest) {
          // Snowpipe loads the S3 stage's copy of this file; the history row says so until COPY_HISTORY
          // resolves it (see loadHistory).
          const handed: LoadFileResult = {
            ...base,
            status: 'LOAD_IN_PROGRESS',
            reason: `handed to Snowpipe ${SF.pipe} (AUTO_INGEST)`,
            rowsLoaded: 0,
          };
          return this.transaction(async () => {
            await this.exec(LOAD_LOCK_SQL);
            if (!options.force && (await this.isLoadedUnlocked(file.name, file.checksum)))
              return recordSkipped();
            await this.exec(INSERT_LOAD_HISTORY_SQL, this.historyBinds(file, options, handed));
            return handed;
          });
        }

        const hasErrors = file.rowsRejected > 0;
        const { loadRows, status, reason, aborted } = decideLoad(file, options.onError);
        try {
          // PUT is a client-side upload, not part of any transaction: it comes first, into this load's folder.
          if (loadRows) await this.exec(putSql(copy.dataPath, loadId, 'data'));
          if (hasErrors) await this.exec(putSql(copy.rejectsPath, loadId, 'rejects'));
          return await this.transaction(async () => {
            await this.exec(LOAD_LOCK_SQL);
            if (!options.force && (await this.isLoadedUnlocked(file.name, file.checksum)))
              return recordSkipped();
            if (loadRows) {
              const outcome = copyOutcome(await this.exec(copyDataSql(file.name, loadId)));
              if (outcome.files !== 1 || outcome.rowsLoaded !== file.rowsAccepted) {
                throw new TerminalError(
                  'E_SNOWFLAKE_COPY',
                  `${file.name}: COPY loaded ${outcome.rowsLoaded} of ${file.rowsAccepted} row(s) from ${outcome.files} file(s)${outcome.firstError ? `: ${outcome.firstError}` : ''}`,
                );
              }
            }
            if (hasErrors) await this.exec(copyRejectsSql(file.name, loadId));
            const result: LoadFileResult = {
              ...base,
              status,
              rowsLoaded: loadRows ? file.rowsAccepted : 0,
              ...(reason ? { reason } : {}),
              ...(aborted ? { aborted } : {}),
            };
            await this.exec(INSERT_LOAD_HISTORY_SQL, this.historyBinds(file, options, result));
            return result;
          });
        } finally {
          if (loadRows || hasErrors) await this.exec(removeLoadSql(loadId)).catch(() => undefined);
        }
      }),
    );
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
      this.retry(() =>
        this.exec(INSERT_LOAD_HISTORY_SQL, [
          loadId,
          file.name,
          file.stageLocation,
          file.sourceChecksum,
          file.sourceSize,
          file.sourceChecksum,
          'LOAD_FAILED',
          file.reason,
          0,
          0,
          1,
          file.reason,
          null,
          null,
          'null',
        ]),
      ),
    );
    return failedFileResult(file, loadId);
  }

  async runTask(options: TaskOptions): Promise<TaskRunResult> {
    const empty = { name: SF.mergeTask, inserted: 0, updated: 0, unchanged: 0, scored: 0, rowsConsumed: 0 };
    if (this.taskRunning) {
      return {
        ...empty,
        runId: randomUUID(),
        state: 'SKIPPED',
        reason: 'a run of this task is already in progress',
      };
    }
    this.taskRunning = true;
    try {
      return await this.serial(async () => {
        const task = (await this.retry(() => this.exec(TASK_STATE_SQL)))[0];
        if (toJsonText(task?.STATE) === 'suspended') {
          if (!options.resume) {
            return {
              ...empty,
              runId: randomUUID(),
              state: 'SKIPPED' as TaskState,
              reason: 'the task is suspended after repeated failures (run `leadpipe task run` to resume)',
            };
          }
          await this.exec(RESUME_TASK_STATE_SQL);
          if (this.autoIngest) for (const sql of resumeTasksSql()) await this.exec(sql);
        }
        if (options.scoring) await this.ensureScoring(options.scoring);
        let runId = randomUUID();
        try {
          const rows = await this.retry(() => {
            runId = randomUUID();
            return this.exec(CALL_RUN_TASK_SQL, [
              runId,
              options.suspendAfterFailures,
              Boolean(options.scoring),
            ]);
          });
          return runTaskOutcome(rows, runId);
        } catch (err) {
          // The procedure records a failed run before raising again: report it as the run's result.
          const recorded = (await this.exec(TASK_RUN_SQL, [runId]).catch(() => []))[0];
          if (!recorded) throw err;
          return {
            ...empty,
            runId,
            state: toJsonText(recorded.STATE) as TaskState,
            error: toJsonText(recorded.ERROR_MESSAGE) || errorMessage(err),
          };
        }
      });
    } finally {
      this.taskRunning = false;
    }
  }

  private async assertActive(scoring: ScoringSql): Promise<void> {
    if ((await this.exec(ACTIVE_VERSION_SQL, [scoring.version])).length === 0) {
      throw new TerminalError(
        'E_MODEL_NOT_ACTIVE',
        `model ${scoring.version} is not the active model; save and activate it first`,
      );
    }
  }

  /** Checks the model is active and that the scoring UDFs are compiled from it (creates them otherwise). */
  private async ensureScoring(scoring: ScoringSql): Promise<void> {
    await this.assertActive(scoring);
    if (this.scoringVersion === scoring.version) return;
    if ((await this.meta()).get('score_function') !== scoring.version) {
      for (const sql of scoringFunctionsSql(scoring, this.key)) await this.exec(sql);
      await this.exec(SET_META_SQL, ['score_function', scoring.version]);
    }
    this.scoringVersion = scoring.version;
  }

  async saveModel(model: ScoringSql, activate: boolean): Promise<void> {
    await this.serial(() =>
      this.retry(async () => {
        await this.transaction(async () => {
          if (activate) await this.exec(DEACTIVATE_MODELS_SQL);
          await this.exec(SAVE_MODEL_SQL, [model.version, model.kind, model.body, activate]);
        });
        if (activate) await this.ensureScoring(model);
      }),
    );
  }

  async activeModel(): Promise<{ version: string; kind: string; body: string } | undefined> {
    const r = (await this.serial(() => this.retry(() => this.exec(ACTIVE_MODEL_SQL))))[0];
    return r
      ? { version: toJsonText(r.VERSION), kind: toJsonText(r.KIND), body: toJsonText(r.BODY) }
      : undefined;
  }

  async applyScoring(scoring: ScoringSql): Promise<number> {
    return this.serial(() =>
      this.retry(async () => {
        await this.ensureScoring(scoring);
        const rows = await this.exec(CALL_APPLY_SCORING_SQL);
        return toNumber(rows[0] ? Object.values(rows[0])[0] : 0);
      }),
    );
  }

  async setOverride(key: string, score: number | null, reason: string): Promise<void> {
    await this.serial(() =>
      this.retry(() =>
        this.transaction(async () => {
          if ((await this.exec(leadExistsSql(this.key), [key])).length === 0)
            throw new TerminalError('E_NO_SUCH_LEAD', `no lead with ${this.key} = ${JSON.stringify(key)}`);
          if (score === null) await this.exec(CLEAR_OVERRIDE_SQL, [key]);
          else await this.exec(SET_OVERRIDE_SQL, [key, score, reason]);
          await this.exec(staleLeadSql(this.key), [key]);
        }),
      ),
    );
  }

  async scoreHistory(key: string, limit = 50): Promise<ScoreHistoryRow[]> {
    const rows = await this.serial(() => this.retry(() => this.exec(scoreHistorySql(limit), [key])));
    return rows.map((r) => ({
      leadKey: toJsonText(r.LEAD_KEY),
      modelVersion: toJsonTextOrNull(r.MODEL_VERSION),
      probability: toNumberOrNullIfEmpty(r.PROBABILITY),
      score: toNumberOrNullIfEmpty(r.SCORE),
      grade: toJsonTextOrNull(r.GRADE),
      source: toJsonText(r.SOURCE) === 'override' ? 'override' : 'model',
      reason: toJsonTextOrNull(r.REASON),
      scoredAt: toJsonText(r.SCORED_AT),
    }));
  }

  async streamStatus(): Promise<StreamStatus> {
    return this.serial(() =>
      this.retry(async () => {
        const counts = (await this.exec(STREAM_COUNTS_SQL))[0];
        const shown = (await this.exec(SHOW_STREAM_SQL))[0];
        const pending = toNumber(counts?.PENDING);
        return {
          name: SF.stream,
          offset: toNumber(counts?.TOTAL) - pending,
          pendingRows: pending,
          stale: toBoolean(shown?.stale),
        };
      }),
    );
  }

  async taskStatus(): Promise<TaskStatus> {
    const t = (await this.serial(() => this.retry(() => this.exec(TASK_STATE_SQL))))[0];
    return {
      name: SF.mergeTask,
      state: toJsonText(t?.STATE) === 'suspended' ? 'suspended' : 'started',
      consecutiveFailures: toNumber(t?.CONSECUTIVE_FAILURES),
      suspendAfterFailures: this.options.suspendAfterFailures,
    };
  }

  async loadHistory(options: { limit?: number; file?: string } = {}): Promise<LoadHistoryRow[]> {
    const file = options.file ?? null;
    const rows = await this.serial(() =>
      this.retry(async () => {
        if (this.autoIngest) await this.exec(reconcilePipeLoadsSql());
        return this.exec(loadHistorySql(options.limit ?? 100), [file, file]);
      }),
    );
    return rows.map((r) => ({
      loadId: toJsonText(r.LOAD_ID),
      fileName: toJsonText(r.FILE_NAME),
      stageLocation: toJsonText(r.STAGE_LOCATION),
      checksum: toJsonText(r.CHECKSUM),
      fileSize: toNumber(r.FILE_SIZE),
      status: toJsonText(r.STATUS) as LoadStatus,
      reason: toJsonTextOrNull(r.REASON),
      rowCount: toNumber(r.ROW_COUNT),
      rowParsed: toNumber(r.ROW_PARSED),
      errorCount: toNumber(r.ERROR_COUNT),
      firstErrorMessage: toJsonTextOrNull(r.FIRST_ERROR_MESSAGE),
      firstErrorLineNumber: toNumberOrNullIfEmpty(r.FIRST_ERROR_LINE_NUMBER),
      firstErrorColumnName: toJsonTextOrNull(r.FIRST_ERROR_COLUMN_NAME),
      lastLoadTime: toJsonText(r.LAST_LOAD_TIME),
    }));
  }

  async loadErrors(
    options: { file?: string; loadId?: string; limit?: number; offset?: number } = {},
  ): Promise<LoadErrorRow[]> {
    const file = options.file ?? null;
    const loadId = options.loadId ?? null;
    const rows = await this.serial(() =>
      this.retry(() =>
        this.exec(loadErrorsSql(options.limit ?? 100, options.offset ?? 0), [file, file, loadId, loadId]),
      ),
    );
    return rows.map((r) => ({
      loadId: toJsonText(r.LOAD_ID),
      fileName: toJsonText(r.FILE_NAME),
      line: toNumber(r.LINE),
      columnName: toJsonTextOrNull(r.COLUMN_NAME),
      error: toJsonText(r.ERROR),
      rawText: toJsonText(r.RAW_TEXT),
    }));
  }

  async taskHistory(options: { limit?: number } = {}): Promise<TaskHistoryRow[]> {
    const rows = await this.serial(() => this.retry(() => this.exec(taskHistorySql(options.limit ?? 50))));
    return rows.map((r) => ({
      runId: toJsonText(r.RUN_ID),
      name: toJsonText(r.NAME),
      state: toJsonText(r.STATE) as TaskState,
      scheduledTime: toJsonText(r.SCHEDULED_TIME),
      queryStartTime: toJsonText(r.QUERY_START_TIME),
      completedTime: toJsonTextOrNull(r.COMPLETED_TIME),
      errorMessage: toJsonTextOrNull(r.ERROR_MESSAGE),
      inserted: toNumber(r.ROWS_INSERTED),
      updated: toNumber(r.ROWS_UPDATED),
      unchanged: toNumber(r.ROWS_UNCHANGED),
      scored: toNumber(r.LEADS_SCORED),
      rowsConsumed: toNumber(r.ROWS_CONSUMED),
    }));
  }

  async finalColumns(): Promise<{ name: string; type: ColumnType; declared: boolean }[]> {
    return this.serial(() => this.retry(() => this.registry()));
  }

  async query(sql: string, params?: Record<string, unknown>): Promise<Record<string, unknown>[]> {
    assertReadOnlyOrThrow(sql);
    const { sql: text, binds } = namedParamsToBinds(sql, params);
    const rows = await this.serial(() => this.retry(() => this.exec(text, binds)));
    return rows.map(duckdbStyleRow);
  }

  /**
   * Snowflake's own view: SYSTEM$PIPE_STATUS (null without a pipe), the native tasks' states, COPY_HISTORY
   * of the last `hours` and the merge task's TASK_HISTORY, mapped to leadpipe's status model.
   */
  async nativeStatus(options: { hours?: number; limit?: number } = {}): Promise<SnowflakeNativeStatus> {
    return this.serial(() =>
      this.retry(async () => {
        const pipeRow = (await this.exec(PIPE_STATUS_SQL).catch(() => []))[0];
        const tasks = (await this.exec(SHOW_TASKS_SQL)).map((r) => ({
          name: toJsonText(r.name),
          state: toJsonText(r.state),
          schedule: toJsonTextOrNull(r.schedule),
        }));
        const copyHistory = (await this.exec(copyHistorySql(options.hours ?? 24, options.limit ?? 50))).map(
          mapCopyHistoryRow,
        );
        const taskRuns = (await this.exec(nativeTaskHistorySql(options.limit ?? 20)))
          .map(mapNativeTaskRow)
          .filter((r): r is TaskHistoryRow => r !== null);
        return { pipe: pipeRow ? mapPipeStatus(pipeRow.STATUS) : null, tasks, copyHistory, taskRuns };
      }),
    );
  }

  /**
   * `leadpipe snowflake apply` after `init` (which ran the core): the scoring UDFs of `scoring`, the storage
   * integration, S3 stage and pipes when configured, the task start with AUTO_INGEST. Returns the number of
   * statements of the whole plan and what the AWS steps need from Snowflake: the integration's IAM user and
   * external id (DESC STORAGE INTEGRATION) and the pipe's SQS queue (SHOW PIPES).
   */
  async applyPlan(
    scoring: ScoringSql,
  ): Promise<{ statements: number; iamUserArn?: string; externalId?: string; queueArn?: string }> {
    const steps = this.planFor(await this.finalColumns(), scoring);
    await this.runStatements(steps.filter((s) => s.part !== 'core').map((s) => s.sql));
    const out: { statements: number; iamUserArn?: string; externalId?: string; queueArn?: string } = {
      statements: steps.length,
    };
    if (steps.some((s) => s.part === 's3')) {
      const [desc] = await this.runStatements([
        describeIntegrationSql(this.options.settings.storageIntegration),
      ]);
      const prop = (name: string): string | undefined => {
        const row = desc?.find((r) => toJsonText(r.property) === name);
        return row ? toJsonText(row.property_value) : undefined;
      };
      const iamUserArn = prop('STORAGE_AWS_IAM_USER_ARN');
      const externalId = prop('STORAGE_AWS_EXTERNAL_ID');
      if (iamUserArn) out.iamUserArn = iamUserArn;
      if (externalId) out.externalId = externalId;
    }
    if (steps.some((s) => s.part === 'pipe')) {
      const [pipes] = await this.runStatements([SHOW_PIPES_SQL]);
      const channel = toJsonTextOrNull(pipes?.[0]?.notification_channel);
      if (channel) out.queueArn = channel;
    }
    return out;
  }

  /** Runs statements in order (`leadpipe snowflake apply`); returns the rows of each. */
  async runStatements(sqls: readonly string[]): Promise<SnowflakeRow[][]> {
    return this.serial(async () => {
      const out: SnowflakeRow[][] = [];
      for (const sql of sqls) out.push(await this.retry(() => this.exec(sql)));
      return out;
    });
  }

  async close(): Promise<void> {
    await this.serial(() => this.session.close());
  }
}
