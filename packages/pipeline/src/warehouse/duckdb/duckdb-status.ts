/**
 * The DuckDB engine's status and history reads: the stream offset and its pending rows, the task state,
 * the load, rejected-row, task and score histories, and the columns of leads_final. The engine keeps these
 * in its own bookkeeping tables (see duckdb-ddl.ts); here they are read and mapped to the shared row types.
 * Call each function inside the connection's serial turn.
 */
import type { ColumnType } from '../../formats/lead-schema.ts';
import { toIsoTime, toIsoTimeOrNull, toNumber, toNumberOrNull, toText, toTextOrNull } from '../rows.ts';
import type {
  LoadErrorRow,
  LoadHistoryRow,
  LoadStatus,
  ScoreHistoryRow,
  StreamStatus,
  TaskHistoryRow,
  TaskState,
  TaskStatus,
} from '../warehouse.ts';
import type { DuckDbConnection } from './duckdb-connection.ts';
import { DUCKDB_STREAM, DUCKDB_TASK, STREAM_OFFSET_SQL, TASK_STATE_SQL } from './duckdb-ddl.ts';

const PENDING_ROWS_SQL = `SELECT count(*) AS n FROM leads_raw_rows WHERE raw_id > $offset`;
const SCORE_HISTORY_READ_SQL = `SELECT * FROM lead_score_history WHERE lead_key = $key ORDER BY scored_at DESC LIMIT $limit`;
const LOAD_HISTORY_READ_SQL = `SELECT * FROM load_history WHERE ($file IS NULL OR file_name = $file) ORDER BY last_load_time DESC, load_id LIMIT $limit`;
const LOAD_ERRORS_READ_SQL = `SELECT * FROM load_errors WHERE ($file IS NULL OR file_name = $file) AND ($load_id IS NULL OR load_id = $load_id)
         ORDER BY file_name, line LIMIT $limit OFFSET $offset`;
const TASK_HISTORY_READ_SQL = `SELECT * FROM task_history ORDER BY query_start_time DESC LIMIT $limit`;
const FINAL_COLUMNS_READ_SQL = `SELECT column_name, type, declared FROM leadpipe_columns WHERE table_name = 'leads_final' ORDER BY rowid`;

/** The stream's offset and the raw rows past it (DuckDB's stream is never stale). */
export async function readStreamStatus(db: DuckDbConnection): Promise<StreamStatus> {
  const s = (await db.run(STREAM_OFFSET_SQL, { name: DUCKDB_STREAM }))[0];
  const offset = toNumber(s?.o);
  const pending = (await db.run(PENDING_ROWS_SQL, { offset }))[0];
  return { name: DUCKDB_STREAM, offset, pendingRows: toNumber(pending?.n), stale: false };
}

/** The task's state and its consecutive failures. */
export async function readTaskStatus(db: DuckDbConnection): Promise<TaskStatus> {
  const t = (await db.run(TASK_STATE_SQL, { name: DUCKDB_TASK }))[0];
  return {
    name: DUCKDB_TASK,
    state: t?.state === 'suspended' ? 'suspended' : 'started',
    consecutiveFailures: toNumber(t?.consecutive_failures),
    suspendAfterFailures: 0,
  };
}

/** A lead's score history, newest first (default: 50 rows). */
export async function readScoreHistory(
  db: DuckDbConnection,
  key: string,
  limit = 50,
): Promise<ScoreHistoryRow[]> {
  const rows = await db.run(SCORE_HISTORY_READ_SQL, { key, limit });
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

/** The load history, newest first, of one file or all (default: 100 rows). */
export async function readLoadHistory(
  db: DuckDbConnection,
  options: { limit?: number; file?: string } = {},
): Promise<LoadHistoryRow[]> {
  const rows = await db.run(LOAD_HISTORY_READ_SQL, {
    file: options.file ?? null,
    limit: options.limit ?? 100,
  });
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

/** Rejected rows, by file and line, of one file or load or all (default: 100 rows from offset 0). */
export async function readLoadErrors(
  db: DuckDbConnection,
  options: { file?: string; loadId?: string; limit?: number; offset?: number } = {},
): Promise<LoadErrorRow[]> {
  const rows = await db.run(LOAD_ERRORS_READ_SQL, {
    file: options.file ?? null,
    load_id: options.loadId ?? null,
    limit: options.limit ?? 100,
    offset: options.offset ?? 0,
  });
  return rows.map((r) => ({
    loadId: toText(r.load_id),
    fileName: toText(r.file_name),
    line: toNumber(r.line),
    columnName: toTextOrNull(r.column_name),
    error: toText(r.error),
    rawText: toText(r.raw_text),
  }));
}

/** The task history, newest first (default: 50 runs). */
export async function readTaskHistory(
  db: DuckDbConnection,
  options: { limit?: number } = {},
): Promise<TaskHistoryRow[]> {
  const rows = await db.run(TASK_HISTORY_READ_SQL, { limit: options.limit ?? 50 });
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
    triggerKind: toTextOrNull(r.trigger_kind) ?? 'MANUAL',
    modelWarning: toTextOrNull(r.model_warning),
  }));
}

/** The columns of leads_final in the order they were registered. */
export async function readFinalColumns(
  db: DuckDbConnection,
): Promise<{ name: string; type: ColumnType; declared: boolean }[]> {
  const rows = await db.run(FINAL_COLUMNS_READ_SQL);
  return rows.map((r) => ({
    name: toText(r.column_name),
    type: toText(r.type) as ColumnType,
    declared: Boolean(r.declared),
  }));
}
