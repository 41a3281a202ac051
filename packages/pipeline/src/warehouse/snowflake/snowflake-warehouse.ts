/**
 * The Snowflake engine: the same contract as DuckDB, on native objects. A load is PUT into the internal
 * stage and COPY INTO LEADS_RAW in one transaction with its load history row (or, with AUTO_INGEST,
 * handed to Snowpipe); a native stream on LEADS_RAW feeds the merge procedure that the native task (on its
 * schedule) and `runTask` (on demand) call; scoring runs a SQL UDF compiled from the active model.
 *
 * Statements go through a {@link SnowflakeSession}, one at a time (a session has one transaction). This
 * class orchestrates; the work is in the role files beside it, the same set as `duckdb/`:
 * snowflake-connection.ts (SDK, login, errors, the serialised runner), snowflake-ddl.ts (names, types,
 * objects), snowflake-load-sql.ts and snowflake-copy.ts (loads), snowflake-task-sql.ts and
 * snowflake-task.ts (the merge procedure, native tasks, apply_scoring), snowflake-store-sql.ts (models,
 * overrides, scores), snowflake-status.ts (history and status reads), snowflake-query.ts (the read-only
 * entry) and snowflake-plan.ts (the objects `snowflake plan` prints and `init` creates).
 */
import { randomUUID } from 'node:crypto';
import type { Config } from '../../config/config.ts';
import { TerminalError } from '../../errors.ts';
import type { ColumnType, LeadSchema } from '../../formats/lead-schema.ts';
import type { RetryOptions } from '../../retry.ts';
import type { LocalCopy, StagedFile } from '../../stage/stage.ts';
import { homeSettingsFromRows, homeSettingsRows } from '../home-settings.ts';
import { toJsonText, toJsonTextOrNull } from '../rows.ts';
import type {
  CopyOptions,
  HomeSettings,
  ExportOptions,
  ExportResult,
  LoadErrorRow,
  LoadFileResult,
  LoadHistoryRow,
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
import type { SnowflakeRow, SnowflakeSession, SnowflakeSettings } from './snowflake-connection.ts';
import { SnowflakeRunner, connectSnowflake } from './snowflake-connection.ts';
import type { SnowflakeLoadContext, StagedFileCheck } from './snowflake-copy.ts';
import { copyStagedFile, isLoaded, recordFailedFile, validateStagedFile } from './snowflake-copy.ts';
import { readQuarantined, recordCopyQuarantine, releaseQuarantine } from './snowflake-quarantine.ts';
import type { FinalColumn } from './snowflake-ddl.ts';
import {
  CLEAR_SETTINGS_SQL,
  GET_SETTINGS_SQL,
  REGISTER_COLUMN_SQL,
  SETTINGS_DDL,
  SETTINGS_EXIST_SQL,
  SET_META_SQL,
  SET_SETTING_SQL,
  bookkeepingDdl,
} from './snowflake-ddl.ts';
import { describeIntegrationSql } from './snowflake-load-sql.ts';
import type { DriftItem } from './snowflake-drift.ts';
import { driftFixes, readDrift } from './snowflake-drift.ts';
import type { PlanOptions, PlanStep } from './snowflake-plan.ts';
import { coreHash, driftTarget, snowflakePlan } from './snowflake-plan.ts';
import {
  assertReadOnlyOrThrow,
  duckdbStyleRow,
  namedParamsToBinds,
  toQueryError,
} from './snowflake-query.ts';
import type { SnowflakeNativeStatus } from './snowflake-status.ts';
import {
  SHOW_PIPES_SQL,
  readLoadErrors,
  readLoadHistory,
  readMeta,
  readNativeStatus,
  readRegistry,
  readScoreHistory,
  readStreamStatus,
  readTaskHistory,
  readTaskStatus,
} from './snowflake-status.ts';
import {
  ACTIVE_MODEL_SQL,
  CLEAR_OVERRIDE_SQL,
  DEACTIVATE_MODELS_SQL,
  SAVE_MODEL_SQL,
  SET_OVERRIDE_SQL,
  leadExistsSql,
  staleLeadSql,
} from './snowflake-store-sql.ts';
import { exportSnowflakeLeads } from './snowflake-export.ts';
import type { SnowflakeScoringContext } from './snowflake-task.ts';
import { applySnowflakeScoring, busyRun, ensureScoring, runSnowflakeTask } from './snowflake-task.ts';

/** Snowflake's capabilities. */
export const SNOWFLAKE_CAPABILITIES: WarehouseCapabilities = {
  engine: 'snowflake',
  nativeChangeCapture: true,
  singleProcess: false,
  typesStagedCsv: false,
  documentType: 'VARIANT',
  sqlDialect: 'snowflake',
};

/** What `snowflake apply` did: statements run, drift removed, and Snowflake's values for the AWS steps. */
export interface AppliedPlan {
  statements: number;
  drift: DriftItem[];
  iamUserArn?: string;
  externalId?: string;
  queueArn?: string;
}

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

/** Snowflake implementation of {@link Warehouse}. Open with {@link SnowflakeWarehouse.open}. */
export class SnowflakeWarehouse implements Warehouse {
  readonly capabilities = SNOWFLAKE_CAPABILITIES;
  private readonly run: SnowflakeRunner;
  /** The key column, and the model version the scoring UDFs were last checked against. */
  private readonly scoring: SnowflakeScoringContext = { key: 'prospect_id', scoringVersion: undefined };
  private taskRunning = false;

  /** @param session a logged-in session (or, in tests, a stand-in). */
  constructor(
    session: SnowflakeSession,
    private readonly options: SnowflakeWarehouseOptions,
  ) {
    this.run = new SnowflakeRunner(session, options.retry);
  }

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

  /** Serialised and retried: how every public call reaches the session. */
  private call<T>(fn: () => Promise<T>): Promise<T> {
    return this.run.serial(() => this.run.retry(fn));
  }

  /** The plan for the current key and columns (what `snowflake plan` prints and `init` runs in part). */
  planFor(columns: readonly FinalColumn[], scoring?: ScoringSql): PlanStep[] {
    return snowflakePlan(this.planOptions(columns, scoring));
  }

  private planOptions(columns: readonly FinalColumn[], scoring?: ScoringSql): PlanOptions {
    const s = this.options.settings;
    return {
      key: this.scoring.key,
      columns,
      warehouse: s.warehouse,
      taskSchedule: s.taskSchedule,
      suspendAfterFailures: this.options.suspendAfterFailures,
      autoIngest: s.autoIngest,
      s3: this.options.s3
        ? { ...this.options.s3, integration: s.storageIntegration, roleArn: s.storageAwsRoleArn }
        : undefined,
      scoring,
    };
  }

  /**
   * How the existing integration, S3 stage, pipes and file formats differ from the configuration (DESC and
   * SHOW through the session), each with the statements `apply` runs to remove it. Nothing is changed.
   */
  async drift(): Promise<DriftItem[]> {
    const target = driftTarget(this.planOptions([]));
    return this.call(() => readDrift(target, (sql) => this.run.exec(sql)));
  }

  private initSteps(columns: readonly FinalColumn[]): PlanStep[] {
    return this.planFor(columns).filter((s) => s.part === 'core' || s.part === 'start');
  }

  private get loadContext(): SnowflakeLoadContext {
    return {
      key: this.scoring.key,
      autoIngest: this.autoIngest,
      coreHashFor: (columns) => coreHash(this.initSteps(columns)),
    };
  }

  async init(schema: LeadSchema, key: string): Promise<void> {
    const run = this.run;
    await this.call(async () => {
      await run.exec(bookkeepingDdl()[0] as string);
      const meta = await readMeta(run);
      const stored = meta.get('key');
      if (stored && stored !== key) {
        throw new TerminalError(
          'E_KEY_CHANGED',
          `this warehouse is keyed by "${stored}"; it cannot switch to "${key}" (use another SNOWFLAKE_SCHEMA)`,
        );
      }
      this.scoring.key = key;
      let columns = meta.has('ddl_hash') ? await readRegistry(run) : [];
      const fresh = columns.length === 0;
      if (fresh) {
        columns = schema.columns.map((c) => ({ name: c.name, type: c.type, declared: true }));
        if (!columns.some((c) => c.name === key))
          columns.unshift({ name: key, type: 'string', declared: false });
      }
      const steps = this.initSteps(columns);
      const hash = coreHash(steps);
      if (meta.get('ddl_hash') !== hash) for (const s of steps) await run.exec(s.sql);
      if (fresh && (await readRegistry(run)).length === 0) {
        await run.transaction(async () => {
          for (const [i, c] of columns.entries())
            await run.exec(REGISTER_COLUMN_SQL, [c.name, c.type, c.declared, i + 1]);
        });
      }
      if (!stored) await run.exec(SET_META_SQL, ['key', key]);
      if (meta.get('ddl_hash') !== hash) await run.exec(SET_META_SQL, ['ddl_hash', hash]);
    });
  }

  async homeSettings(): Promise<HomeSettings | undefined> {
    const run = this.run;
    const rows = await this.call(async () =>
      (await run.exec(SETTINGS_EXIST_SQL)).length === 0 ? [] : run.exec(GET_SETTINGS_SQL),
    );
    return homeSettingsFromRows(rows.map((r) => ({ name: toJsonText(r.NAME), value: toJsonText(r.VALUE) })));
  }

  async saveHomeSettings(s: HomeSettings): Promise<void> {
    const run = this.run;
    await this.call(async () => {
      await run.exec(SETTINGS_DDL);
      await run.transaction(async () => {
        await run.exec(CLEAR_SETTINGS_SQL);
        for (const [name, value] of homeSettingsRows(s)) await run.exec(SET_SETTING_SQL, [name, value]);
      });
    });
  }

  async isLoaded(name: string, checksum: string): Promise<boolean> {
    return this.call(() => isLoaded(this.run, this.autoIngest, name, checksum));
  }

  async copyInto(file: StagedFile, copy: LocalCopy, options: CopyOptions): Promise<LoadFileResult> {
    return this.call(() => copyStagedFile(this.run, this.loadContext, file, copy, options));
  }

  async recordFailedFile(file: {
    name: string;
    sourceChecksum: string;
    sourceSize: number;
    stageLocation: string;
    reason: string;
  }): Promise<LoadFileResult> {
    const loadId = randomUUID();
    return this.call(() => recordFailedFile(this.run, file, loadId));
  }

  async recordQuarantine(
    file: StagedFile,
    options: { stageLocation: string; reason: string },
  ): Promise<LoadFileResult> {
    const loadId = randomUUID();
    return this.call(() => recordCopyQuarantine(this.run, file, options, loadId));
  }

  async quarantinedFiles(): Promise<QuarantinedFile[]> {
    return this.call(() => readQuarantined(this.run));
  }

  async releaseQuarantine(loadId: string, outcome: 'RETRIED' | 'DROPPED'): Promise<{ rowsRemoved: number }> {
    return this.call(() => releaseQuarantine(this.run, loadId, outcome));
  }

  async runTask(options: TaskOptions): Promise<TaskRunResult> {
    if (this.taskRunning) return busyRun();
    this.taskRunning = true;
    try {
      return await this.run.serial(() => runSnowflakeTask(this.run, this.scoring, this.autoIngest, options));
    } finally {
      this.taskRunning = false;
    }
  }

  async saveModel(model: ScoringSql, activate: boolean): Promise<void> {
    const run = this.run;
    await this.call(async () => {
      await run.transaction(async () => {
        if (activate) await run.exec(DEACTIVATE_MODELS_SQL);
        await run.exec(SAVE_MODEL_SQL, [
          model.version,
          model.kind,
          model.body,
          activate,
          model.fitWarning ? JSON.stringify(model.fitWarning) : null,
        ]);
      });
      if (activate) await ensureScoring(run, this.scoring, model);
    });
  }

  async activeModel(): Promise<StoredModel | undefined> {
    const r = (await this.call(() => this.run.exec(ACTIVE_MODEL_SQL)))[0];
    if (!r) return undefined;
    const warning = r.FIT_WARNING === null || r.FIT_WARNING === undefined ? '' : toJsonText(r.FIT_WARNING);
    return {
      version: toJsonText(r.VERSION),
      kind: toJsonText(r.KIND),
      body: toJsonText(r.BODY),
      ...(warning ? { fitWarning: JSON.parse(warning) as ModelFitWarning } : {}),
    };
  }

  async applyScoring(scoring: ScoringSql): Promise<number> {
    return this.call(() => applySnowflakeScoring(this.run, this.scoring, scoring));
  }

  async setOverride(key: string, score: number | null, reason: string): Promise<void> {
    const run = this.run;
    const column = this.scoring.key;
    await this.call(() =>
      run.transaction(async () => {
        if ((await run.exec(leadExistsSql(column), [key])).length === 0)
          throw new TerminalError('E_NO_SUCH_LEAD', `no lead with ${column} = ${JSON.stringify(key)}`);
        if (score === null) await run.exec(CLEAR_OVERRIDE_SQL, [key]);
        else await run.exec(SET_OVERRIDE_SQL, [key, score, reason]);
        await run.exec(staleLeadSql(column), [key]);
      }),
    );
  }

  async scoreHistory(key: string, limit = 50): Promise<ScoreHistoryRow[]> {
    return this.call(() => readScoreHistory(this.run, key, limit));
  }

  async streamStatus(): Promise<StreamStatus> {
    return this.call(() => readStreamStatus(this.run));
  }

  async taskStatus(): Promise<TaskStatus> {
    return this.call(() => readTaskStatus(this.run, this.options.suspendAfterFailures));
  }

  async loadHistory(options: { limit?: number; file?: string } = {}): Promise<LoadHistoryRow[]> {
    return this.call(() => readLoadHistory(this.run, this.autoIngest, options));
  }

  async loadErrors(
    options: { file?: string; loadId?: string; limit?: number; offset?: number } = {},
  ): Promise<LoadErrorRow[]> {
    return this.call(() => readLoadErrors(this.run, options));
  }

  async taskHistory(options: { limit?: number } = {}): Promise<TaskHistoryRow[]> {
    return this.call(() => readTaskHistory(this.run, options.limit ?? 50));
  }

  async finalColumns(): Promise<{ name: string; type: ColumnType; declared: boolean }[]> {
    return this.call(() => readRegistry(this.run));
  }

  async exportLeads(dir: string, options: ExportOptions): Promise<ExportResult> {
    return this.call(() => exportSnowflakeLeads(this.run, this.scoring.key, dir, options));
  }

  async query(sql: string, params?: Record<string, unknown>): Promise<Record<string, unknown>[]> {
    assertReadOnlyOrThrow(sql);
    const { sql: text, binds } = namedParamsToBinds(sql, params);
    const rows = await this.call(() => this.run.exec(text, binds)).catch((err: unknown) => {
      throw toQueryError(err);
    });
    return rows.map(duckdbStyleRow);
  }

  /**
   * Snowflake's own view: SYSTEM$PIPE_STATUS (null without a pipe), the native tasks' states, COPY_HISTORY
   * of the last `hours` and the merge task's TASK_HISTORY, mapped to leadpipe's status model.
   */
  async nativeStatus(options: { hours?: number; limit?: number } = {}): Promise<SnowflakeNativeStatus> {
    return this.call(() => readNativeStatus(this.run, options));
  }

  /**
   * `leadpipe snowflake apply` after `init` (which ran the core): the scoring UDFs of `scoring`, the storage
   * integration, S3 stage and pipes when configured, the task start with AUTO_INGEST. Returns the number of
   * statements run (the plan's and the drift fixes'), the drift it removed (see {@link drift}: read before,
   * fixed after the plan's statements), and what the AWS steps need from Snowflake: the integration's IAM
   * user and external id (DESC STORAGE INTEGRATION) and the pipe's SQS queue (SHOW PIPES).
   */
  async applyPlan(scoring: ScoringSql): Promise<AppliedPlan> {
    const steps = this.planFor(await this.finalColumns(), scoring);
    // Read the drift first: the plan's IF NOT EXISTS statements leave existing objects as they are.
    const drift = await this.drift();
    await this.runStatements(steps.filter((s) => s.part !== 'core').map((s) => s.sql));
    const fixes = driftFixes(drift);
    await this.runStatements(fixes);
    const out: AppliedPlan = { statements: steps.length + fixes.length, drift };
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

  /**
   * `leadpipe validate --staged`: checks one staged file with LEADPIPE_VALIDATE_STAGED_FILE (PUT into a
   * folder of its own, CALL, REMOVE); loads nothing.
   */
  async validateStagedFile(file: StagedFile, copy: LocalCopy): Promise<StagedFileCheck> {
    return this.call(() => validateStagedFile(this.run, file, copy));
  }

  /** Runs statements in order (`leadpipe snowflake apply`); returns the rows of each. */
  async runStatements(sqls: readonly string[]): Promise<SnowflakeRow[][]> {
    return this.run.serial(async () => {
      const out: SnowflakeRow[][] = [];
      for (const sql of sqls) out.push(await this.run.retry(() => this.run.exec(sql)));
      return out;
    });
  }

  async close(): Promise<void> {
    await this.run.close();
  }
}
