/**
 * The warehouse contract every engine implements (DuckDB embedded, Snowflake at scale). Engines differ in
 * their {@link WarehouseCapabilities}, which shared code reads; nothing outside an engine's folder asks
 * which engine it is talking to.
 */
import type { OnError } from '../config/config.ts';
import type { ColumnType, LeadSchema } from '../formats/lead-schema.ts';
import type { LocalCopy, StagedFile } from '../stage/stage.ts';

/** What an engine can do; read by shared code instead of checking the engine's name. */
export interface WarehouseCapabilities {
  /** Engine name, for display only. */
  readonly engine: 'duckdb' | 'snowflake';
  /**
   * Pipes, streams and tasks are native warehouse objects (Snowflake). When false (DuckDB) leadpipe keeps
   * them as tables and runs them itself. Default false.
   */
  readonly nativeChangeCapture: boolean;
  /** Only one process may open the warehouse (DuckDB files). Servers then own it; CLIs hand work over. */
  readonly singleProcess: boolean;
  /** SQL type of the raw document column: `JSON` (DuckDB) or `VARIANT` (Snowflake). */
  readonly documentType: string;
  /**
   * COPY types and validates staged CSV itself (the `csv` stage layout), with the same rules and rejection
   * reasons as the JavaScript cleaner. When false, PUT stages canonical JSON documents for every source.
   */
  readonly typesStagedCsv: boolean;
  /** SQL dialect the scoring compiler targets for apply_scoring. */
  readonly sqlDialect: 'duckdb' | 'snowflake';
}

/**
 * Load statuses, as Snowflake's COPY_HISTORY, plus leadpipe's quarantine (SEMANTICS.md, "one bad file never
 * blocks the pipe"): `QUARANTINED` is a file whose load or merge failed for a reason no row check caught,
 * set aside so the files after it load and merge; `RETRIED` and `DROPPED` are what became of a quarantined
 * load (`leadpipe quarantine retry|drop`).
 */
export type LoadStatus =
  | 'LOADED'
  | 'PARTIALLY_LOADED'
  | 'LOAD_FAILED'
  | 'SKIPPED'
  | 'LOAD_IN_PROGRESS'
  | 'QUARANTINED'
  | 'RETRIED'
  | 'DROPPED';
/** Task run states, as Snowflake's TASK_HISTORY. */
export type TaskState = 'SUCCEEDED' | 'FAILED' | 'SKIPPED' | 'FAILED_AND_AUTO_SUSPENDED';

/** Options of one COPY INTO leads_raw. */
export interface CopyOptions {
  /** Reload even when this (name, checksum) was loaded before. Default false. */
  force: boolean;
  onError: OnError;
  /** Stage location recorded in the load history. */
  stageLocation: string;
}

/** The outcome of loading one staged file. */
export interface LoadFileResult {
  file: string;
  checksum: string;
  status: LoadStatus;
  /** Why it was skipped or failed, in words. */
  reason?: string;
  rowsParsed: number;
  rowsLoaded: number;
  errorCount: number;
  firstError?: { line: number; column?: string; reason: string };
  loadId?: string;
  /** ABORT_STATEMENT hit: the caller must stop loading further files. */
  aborted?: boolean;
}

/** The outcome of one task run (stream -> MERGE into leads_final). */
export interface TaskRunResult {
  runId: string;
  name: string;
  state: TaskState;
  inserted: number;
  updated: number;
  unchanged: number;
  /** Leads scored after the merge. */
  scored: number;
  /** Raw rows consumed from the stream. */
  rowsConsumed: number;
  error?: string;
  reason?: string;
  /** Files whose rows failed to merge and were set aside, so the other files merged (default none). */
  quarantined?: { file: string; loadId: string; reason: string }[];
}

/** A quarantined load, as `quarantine list`, the API and the dashboard show it. */
export interface QuarantinedFile {
  loadId: string;
  fileName: string;
  checksum: string;
  /** Where it failed: at COPY (nothing loaded) or in the task (its rows held in leads_raw, not merged). */
  phase: 'copy' | 'task';
  reason: string;
  /** Raw rows of it held in leads_raw (0 when it failed at COPY). */
  rows: number;
  quarantinedAt: string;
}

/** One row of the load history. */
export interface LoadHistoryRow {
  loadId: string;
  fileName: string;
  stageLocation: string;
  checksum: string;
  fileSize: number;
  status: LoadStatus;
  reason: string | null;
  rowCount: number;
  rowParsed: number;
  errorCount: number;
  firstErrorMessage: string | null;
  firstErrorLineNumber: number | null;
  firstErrorColumnName: string | null;
  lastLoadTime: string;
}

/** One rejected row. */
export interface LoadErrorRow {
  loadId: string;
  fileName: string;
  line: number;
  columnName: string | null;
  error: string;
  rawText: string;
}

/** What started a task run: a person or a program asking (`MANUAL`), or the schedule (`SCHEDULED`). */
export type TaskTrigger = 'MANUAL' | 'SCHEDULED';

/** One row of the task history. */
export interface TaskHistoryRow {
  runId: string;
  name: string;
  state: TaskState;
  scheduledTime: string;
  queryStartTime: string;
  completedTime: string | null;
  errorMessage: string | null;
  inserted: number;
  updated: number;
  unchanged: number;
  scored: number;
  rowsConsumed: number;
  /** What started the run (Snowflake's TRIGGER_KIND). */
  triggerKind: string;
  /** The model scored without some of its columns (they read as missing): which, in a sentence; else null. */
  modelWarning: string | null;
}

/** Stream state (SYSTEM$STREAM_HAS_DATA and friends). */
export interface StreamStatus {
  name: string;
  offset: number;
  /** Raw rows past the offset. */
  pendingRows: number;
  stale: boolean;
}

/** Task state. */
export interface TaskStatus {
  name: string;
  state: 'started' | 'suspended';
  consecutiveFailures: number;
  suspendAfterFailures: number;
}

/**
 * A model compiled to SQL by the scoring module, in the warehouse's dialect. The warehouse runs it; it
 * never compiles models itself.
 */
export interface ScoringSql {
  version: string;
  kind: string;
  /** The model file (its card), stored with the model. */
  body: string;
  /** SELECT over `leads_to_score` yielding key, model_version, probability, score, grade, reasons. */
  select: string;
  /** The same SELECT over `leadpipe_batch`, the task's deduplicated batch. */
  batchSelect: string;
  /**
   * `batchSelect` with the batch's {@link BATCH_ROW} after the key, on engines whose task writes leads_final
   * straight from its scoring SELECT (DuckDB); absent elsewhere (Snowflake).
   */
  batchRowSelect?: string;
  /** Grade expression over a column named `score` (used for overridden scores). */
  grade: string;
  /**
   * The body of the per-lead function `leadpipe_score(lead)` (one lead's JSON -> its score object), which the
   * warehouse creates, or replaces, when the model is activated; absent: no such function is created.
   */
  leadScore?: string;
  /**
   * The model's input columns leads_final lacked when this SQL was compiled: it reads them as NULL (the
   * model's "missing" branch). Absent or empty: compiled for every input. An engine that keeps compiled SQL
   * (Snowflake's UDFs) keys it on the version and these columns.
   */
  absent?: string[];
  /** Present when the model is scored without some of its columns: which, and their share of its weight. */
  fitWarning?: ModelFitWarning;
  /**
   * The same scores through a function the engine runs in this process (DuckDB: a scalar function backed by
   * generated JavaScript), when the scoring module could compile one; absent: the engine runs `select`.
   */
  scoringFunction?: ScoringFunction;
}

/** The active model as stored: its card (`body`) and, when it lacks some inputs, its fit warning. */
export interface StoredModel {
  version: string;
  kind: string;
  body: string;
  /** The warning saved with the model (ScoringSql.fitWarning) at its activation or latest task run. */
  fitWarning?: ModelFitWarning;
}

/** A model scored without some of its input columns (they read as missing), as people are told. */
export interface ModelFitWarning {
  modelVersion: string;
  /** The model's columns the data lacks, heaviest first. */
  missing: string[];
  /** Their share of the model's weight (0–1). */
  missingWeight: number;
  message: string;
}

/** The SQL type of an argument of a {@link ScoringFunction}. */
export type ScoringFunctionType = 'DOUBLE' | 'INTEGER';

/**
 * What a {@link ScoringFunction} writes for rows `0 .. n - 1` of a call. The reasons are ranked, not
 * written: per row, how many positive and negative reasons there are, and per slot (`row * 6 + s`; slots
 * 0-2 positive, 3-5 negative) the reason's log-odds and the rank by name of its feature (rank -1 and
 * log-odds 0 in the slots past a row's counts). The SELECT turns them into the reasons' structs, as the
 * model's SQL does, and slices off the slots past the counts.
 */
export interface ScoringFunctionOutput {
  probability: Float64Array;
  score: Int32Array;
  positive: Int32Array;
  negative: Int32Array;
  logOdds: Float64Array;
  rank: Int32Array;
}

/**
 * A model compiled to a function over columns, which the engine registers under `name` (returning
 * the STRUCT of {@link SCORING_FUNCTION_FIELDS}) and calls from `select` and `batchSelect` (the same
 * contract as {@link ScoringSql.select}: key, model_version, probability, score, grade, reasons).
 */
export interface ScoringFunction {
  /** The name to register: the same for the same compiled model, different for another. */
  name: string;
  /** The argument types, in order. */
  parameters: readonly ScoringFunctionType[];
  /** SELECT over `leads_to_score` through the function. */
  select: string;
  /** The same over `leadpipe_batch`. */
  batchSelect: string;
  /** `batchSelect` with the batch's {@link BATCH_ROW} after the key (see {@link ScoringSql.batchRowSelect}). */
  batchRowSelect: string;
  /** Scores rows `0 .. n - 1` of one call: `numbers[k]` holds argument k (never NULL: the SELECT passes NaN). */
  evaluate(numbers: readonly (Float64Array | Int32Array)[], n: number, out: ScoringFunctionOutput): void;
}

/**
 * The column of the DuckDB task's batch (`leadpipe_batch`) holding, as one STRUCT, the row it writes into
 * leads_final (lead columns, `row_hash`, `source_file`, `__first_seen`). Scoring SELECTs carry it through
 * untouched, so the task inserts the scored rows in one pass over the batch, without a join or a table of
 * scores in between (see `insertScoredBatchSql` in duckdb-task-sql.ts).
 */
export const BATCH_ROW = '__row';

/** The reason slots of a {@link ScoringFunction}'s result: the top 3 positive, then the top 3 negative. */
export const REASON_SLOTS = ['__p1', '__p2', '__p3', '__n1', '__n2', '__n3'] as const;

/**
 * The fields of a {@link ScoringFunction}'s result STRUCT, in order, with their SQL types: probability,
 * score, the counts of positive and negative reasons, then each reason slot's feature rank and log-odds
 * (slots `__p1`-`__p3` positive, `__n1`-`__n3` negative; rank -1 past the counts).
 */
export const SCORING_FUNCTION_FIELDS: readonly (readonly [string, ScoringFunctionType])[] = [
  ['probability', 'DOUBLE'],
  ['score', 'INTEGER'],
  ['__npos', 'INTEGER'],
  ['__nneg', 'INTEGER'],
  ...REASON_SLOTS.flatMap(
    (s) =>
      [
        [`${s}_r`, 'INTEGER'],
        [`${s}_log_odds`, 'DOUBLE'],
      ] as const,
  ),
];

/** One row of a lead's score history. */
export interface ScoreHistoryRow {
  leadKey: string;
  modelVersion: string | null;
  probability: number | null;
  score: number | null;
  grade: string | null;
  source: 'model' | 'override';
  reason: string | null;
  scoredAt: string;
}

/** Options of {@link Warehouse.runTask}. */
export interface TaskOptions {
  /** The active model: leads are scored in the task's transaction right after the merge. */
  scoring?: ScoringSql;
  /**
   * The active model compiled for leads_final's lead columns as they are: an engine whose task adds columns
   * (DuckDB, per slice) calls it after adding them, so an input that arrives is read, not taken as NULL.
   * Default: `scoring` as given. Runs record the compiled SQL's `fitWarning` in the task history.
   */
  scoringFor?: (columns: readonly string[]) => ScoringSql;
  /** Consecutive failures that suspend the task. */
  suspendAfterFailures: number;
  /** Run even if suspended (a manual `task run` resumes the task). Default false. */
  resume?: boolean;
  /** Recorded in the task history. Default `MANUAL`. */
  trigger?: TaskTrigger;
  /**
   * Most raw rows one transaction consumes. A larger backlog is merged in several committed slices, each
   * advancing the stream offset and recorded in the task history, so memory stays bounded. Engines that
   * run tasks natively (Snowflake) ignore it.
   */
  sliceRows?: number;
  /**
   * Progress: called after each committed slice with the raw rows consumed and the leads scored so far in
   * this run. Default none. Engines that run tasks natively (Snowflake) do not call it.
   */
  onProgress?: (progress: { consumed: number; scored: number }) => void;
}

/** The file formats `exportLeads` writes: CSV with a header, Parquet, or NDJSON (one JSON object a line). */
export const EXPORT_FORMATS = ['csv', 'parquet', 'ndjson'] as const;
/** One of {@link EXPORT_FORMATS}. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * One filter of an export: the rows whose `column` equals `value` (compared as the column's type, so
 * `score=80` and `do_not_email=false` work). An empty value selects the rows where the column is NULL.
 */
export interface ExportFilter {
  column: string;
  value: string;
}

/** Options of `exportLeads`. */
export interface ExportOptions {
  format: ExportFormat;
  /** Filters, all of which a row must pass (AND). Default: none, every lead. */
  filters?: readonly ExportFilter[];
}

/** What `exportLeads` wrote. */
export interface ExportResult {
  /** The written file, inside the folder the caller gave. */
  file: string;
  /** Leads written. */
  rows: number;
}

/**
 * What a home knows of its data, set once (`leadpipe init`) and kept in the warehouse so later commands,
 * the API and the dashboard need no flags. Explicit configuration (flag, environment, config file) still
 * wins over it; a key that contradicts it is refused.
 */
export interface HomeSettings {
  /** Key column of leads_final. */
  key: string;
  /**
   * `column`: the key is a column of every file. `row`: the file has no id; the key column is derived at
   * PUT from the file's name and the record's number in it (`shoppers.csv:17`).
   */
  keyFrom: 'column' | 'row';
  /** Label column (converted / not converted) training reads by default; null when not set. */
  label: string | null;
  /** Values read as null, compared case-insensitively after trimming. */
  nullTokens: string[];
  /**
   * The declared schema: the bundled X Education preset, none (`inferred`: every column's type is inferred
   * and evolves), or a schema file.
   */
  schema: 'x-education' | 'inferred' | { file: string };
}

/** A warehouse engine behind one contract. */
export interface Warehouse {
  readonly capabilities: WarehouseCapabilities;
  /** Creates every object if missing (idempotent); binds the key column. */
  init(schema: LeadSchema, key: string): Promise<void>;
  /** COPY INTO leads_raw for one staged file, exactly once per (name, checksum), in one transaction. */
  copyInto(file: StagedFile, copy: LocalCopy, options: CopyOptions): Promise<LoadFileResult>;
  /**
   * Records a file that could not even be staged (unreadable, bad header, bad encoding) as LOAD_FAILED, so
   * the load history shows every file that arrived.
   */
  recordFailedFile(file: {
    name: string;
    sourceChecksum: string;
    sourceSize: number;
    stageLocation: string;
    reason: string;
  }): Promise<LoadFileResult>;
  /**
   * Records a staged file whose COPY failed for a reason that is not a row's (an engine error, a bug) as
   * QUARANTINED with `reason`, so the pipe goes on with the next file; the staged copy stays for a retry.
   */
  recordQuarantine(
    file: StagedFile,
    options: { stageLocation: string; reason: string },
  ): Promise<LoadFileResult>;
  /** Quarantined loads, newest first. */
  quarantinedFiles(): Promise<QuarantinedFile[]>;
  /**
   * Ends the quarantine of one load, in one transaction: its raw rows leave leads_raw and its history row
   * becomes `outcome` (RETRIED: the caller loads the staged file again; DROPPED: forgotten). Returns the raw
   * rows removed; fails with `E_NOT_QUARANTINED` when that load is not quarantined.
   */
  releaseQuarantine(loadId: string, outcome: 'RETRIED' | 'DROPPED'): Promise<{ rowsRemoved: number }>;
  /** Whether (name, checksum) was loaded (LOADED or PARTIALLY_LOADED). */
  isLoaded(name: string, checksum: string): Promise<boolean>;
  /** Runs the task once: consumes the stream and merges into leads_final (SEMANTICS.md §5). */
  runTask(options: TaskOptions): Promise<TaskRunResult>;
  streamStatus(): Promise<StreamStatus>;
  taskStatus(): Promise<TaskStatus>;
  loadHistory(options?: { limit?: number; file?: string }): Promise<LoadHistoryRow[]>;
  loadErrors(options?: {
    file?: string;
    loadId?: string;
    limit?: number;
    offset?: number;
  }): Promise<LoadErrorRow[]>;
  taskHistory(options?: { limit?: number }): Promise<TaskHistoryRow[]>;
  /** Stores a model; `activate` makes it the one apply_scoring uses (all leads become stale). */
  saveModel(model: ScoringSql, activate: boolean): Promise<void>;
  /** The active model's stored body, or undefined when none is active. */
  activeModel(): Promise<StoredModel | undefined>;
  /** apply_scoring: scores leads whose score is missing or from another model. Returns leads scored. */
  applyScoring(scoring: ScoringSql): Promise<number>;
  /** Sets (score) or clears (null) a manual override; the lead is rescored by the next apply_scoring. */
  setOverride(key: string, score: number | null, reason: string): Promise<void>;
  /** A lead's score history, newest first. */
  scoreHistory(key: string, limit?: number): Promise<ScoreHistoryRow[]>;
  /**
   * The home's stored settings, or undefined when none were saved (a home made before `init`, or a new
   * one). Works before {@link Warehouse.init}: it creates nothing.
   */
  homeSettings(): Promise<HomeSettings | undefined>;
  /** Stores the home's settings (replacing them), creating their table if missing. */
  saveHomeSettings(s: HomeSettings): Promise<void>;
  /** Current columns of leads_final and their types. */
  finalColumns(): Promise<{ name: string; type: ColumnType; declared: boolean }[]>;
  /**
   * Writes the scored leads (every column of leads_final but the internal row hash, ordered by key) that
   * pass `options.filters` to one file `leads.<format>` in `dir`, which must be a folder made by
   * `makeScratchDir` (DuckDB writes files only there). A filter on a column leads_final does not have, or
   * with a value its column cannot hold, fails with `E_EXPORT_FILTER` before anything is written.
   */
  exportLeads(dir: string, options: ExportOptions): Promise<ExportResult>;
  /** Read-only SQL for inspection. Rejects statements that write. */
  query(sql: string, params?: Record<string, unknown>): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}
