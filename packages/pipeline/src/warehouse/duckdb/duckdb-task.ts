/**
 * The DuckDB task, run by leadpipe itself (DuckDB has no native streams or tasks: nativeChangeCapture is
 * false): the raw rows past the stream offset are merged into leads_final in slices, each slice one
 * transaction that writes leads_final, the score history, the offset and the task history together, or
 * nothing (SEMANTICS.md §4-5). Also apply_scoring in chunks, which the task runs after its slices.
 */
import { randomUUID } from 'node:crypto';
import { TerminalError, errorMessage } from '../../errors.ts';
import { failpoint, failpointArmed } from '../../failpoints.ts';
import type { ColumnType } from '../../formats/lead-schema.ts';
import { COLUMN_TYPES, widenType } from '../../formats/lead-schema.ts';
import { toNumber, toText } from '../rows.ts';
import type { ScoringSql, TaskOptions, TaskRunResult, TaskState } from '../warehouse.ts';
import type { DuckDbConnection } from './duckdb-connection.ts';
import {
  DUCKDB_STREAM,
  DUCKDB_TASK,
  FINAL_REGISTRY_SQL,
  REGISTER_INFERRED_COLUMN_SQL,
  RETYPE_COLUMN_SQL,
  STREAM_OFFSET_SQL,
  TASK_STATE_SQL,
  addFinalColumnSql,
  retypeFinalColumnSql,
} from './duckdb-ddl.ts';
import type { DuckDbLayout } from './duckdb-load-sql.ts';
import { MAX_RAW_ID_SQL } from './duckdb-load-sql.ts';
import { FILES_IN_RANGE_SQL, isDataError, mergeFilesApart } from './duckdb-quarantine.ts';
import { planForWidth } from './duckdb-task-width.ts';
import { scoringSelect } from './duckdb-scoring-udf.ts';
import {
  DROP_SCORED_SQL,
  IS_ACTIVE_MODEL_SQL,
  SCORED_COUNT_SQL,
  SCORE_HISTORY_SQL,
  STALE_COUNT_SQL,
  scoredTableSql,
  rescoreRowsSql,
} from './duckdb-store-sql.ts';
import {
  ADD_SCORED_SQL,
  BATCH_MATCHED_SQL,
  DROP_SLICE_SQL,
  INFERRED_IN_RANGE_SQL,
  INSERT_TASK_HISTORY_SQL,
  MOVE_OFFSET_SQL,
  RESUME_TASK_SQL,
  SHARED_RAW_IDS_SQL,
  SLICE_ROWS_SQL,
  TASK_FAILED_SQL,
  TASK_SUCCEEDED_SQL,
  batchScoreHistorySql,
  compareValuesPays,
  deleteReplacedSql,
  dropUnchangedSql,
  insertBatchSql,
  insertScoredBatchSql,
  mergeCountsSql,
  rehashWidenedSql,
  streamBatchSql,
} from './duckdb-task-sql.ts';

/** Raw rows merged per committed transaction of a task run (see {@link TaskOptions.sliceRows}). */
export const DEFAULT_SLICE_ROWS = 500_000;
/**
 * The same when the task scores: a slice's batch and its scores sit in memory together, and slices of 500k
 * rows ran out of memory at a 512MB limit on a 5M-row run; 250k-row slices did not, and cost no time on
 * 1M rows (23.5 s against 22.8 s). 200k-row slices peak ~0.1 GiB lower but made a 5M-row task ~15% slower
 * (more plans of the scoring statement).
 */
export const DEFAULT_SCORED_SLICE_ROWS = 250_000;

/** Writes one task history row. */
type RecordRun = (
  id: string,
  state: TaskState,
  r: Partial<TaskRunResult>,
  range: { from: number; to: number },
  error?: string,
) => Promise<void>;

/**
 * One run of the task (call inside the serial turn): SKIPPED when suspended (unless `options.resume`) or
 * when the stream has no new rows; otherwise the slices, then the stale leads outside the batch scored in
 * chunks. A failed slice rolls back, counts a consecutive failure (suspending at
 * `options.suspendAfterFailures`) and is reported as the run's state, not thrown.
 */
export async function runDuckDbTask(
  db: DuckDbConnection,
  layout: DuckDbLayout,
  options: TaskOptions,
  runId: string,
  scheduled: string,
): Promise<TaskRunResult> {
  const empty = {
    runId,
    name: DUCKDB_TASK,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    scored: 0,
    rowsConsumed: 0,
  };
  const task = (await db.run(TASK_STATE_SQL, { name: DUCKDB_TASK }))[0];
  if (task?.state === 'suspended') {
    if (!options.resume)
      return {
        ...empty,
        state: 'SKIPPED' as TaskState,
        reason: 'the task is suspended after repeated failures (run `leadpipe task run` to resume)',
      };
    await db.run(RESUME_TASK_SQL, { name: DUCKDB_TASK });
  }
  const from = toNumber((await db.run(STREAM_OFFSET_SQL, { name: DUCKDB_STREAM }))[0]?.o);
  const to = toNumber((await db.run(MAX_RAW_ID_SQL))[0]?.m);
  // The model as compiled for the latest slice's columns (see TaskOptions.scoringFor).
  let scoring = options.scoring;
  const scoringFor = options.scoringFor;
  const tracked: TaskOptions =
    options.scoring && scoringFor
      ? { ...options, scoringFor: (cols) => (scoring = scoringFor(cols)) }
      : options;
  const record: RecordRun = async (id, state, r, range, error) => {
    await db.run(INSERT_TASK_HISTORY_SQL, {
      run_id: id,
      name: DUCKDB_TASK,
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
      trigger: options.trigger ?? 'MANUAL',
      warning: scoring?.fitWarning?.message ?? null,
    });
  };
  if (to <= from) {
    await record(runId, 'SKIPPED', {}, { from, to });
    return { ...empty, state: 'SKIPPED' as TaskState, reason: 'the stream has no new data' };
  }
  const total: TaskRunResult = { ...empty, state: 'SUCCEEDED' };
  // A wide leads_final needs smaller slices and a larger memory limit to take rows (duckdb-task-width.ts);
  // the limit is raised here, before any slice's temporary objects exist.
  const plan = await planForWidth(
    db,
    { from, to },
    Math.max(
      1,
      Math.floor(options.sliceRows ?? (options.scoring ? DEFAULT_SCORED_SLICE_ROWS : DEFAULT_SLICE_ROWS)),
    ),
    db.memoryLimitBytes,
  );
  await db.raiseMemoryLimit(plan.memoryBytes);
  const slice = plan.sliceRows;
  // Rows loaded by builds that gave a one-line JSON array's elements one raw_id (see streamBatchSql);
  // counting costs under 0.1 s per million rows.
  const sharedRawIds = toNumber((await db.run(SHARED_RAW_IDS_SQL, { from, to }))[0]?.n) > 0;
  let sliceFrom = from;
  let sliceId = runId;
  let lastId = runId;
  try {
    // raw_id ranges stand for row counts: ids are dense within a file (base + source line).
    while (sliceFrom < to) {
      // A remainder under a tenth of a slice joins the last one (ids start past the header line, so
      // an exact multiple of rows would otherwise leave a slice of one row).
      const sliceTo = to - sliceFrom <= slice + Math.floor(slice / 10) ? to : sliceFrom + slice;
      const merged: TaskRunResult[] = [];
      let nextFrom = sliceTo;
      try {
        const range = { from: sliceFrom, to: sliceTo };
        merged.push(await mergeSlice(db, layout, sliceId, range, tracked, record, sharedRawIds, !plan.wide));
        await dropSliceTables(db);
      } catch (err) {
        if (!isDataError(err)) throw err;
        // One bad file never blocks the pipe: merge the slice's files one by one, quarantining those
        // that fail, so the others merge (SEMANTICS.md, quarantine).
        await dropSliceTables(db).catch(() => undefined);
        const apart = await mergeFilesApart(db, { from: sliceFrom, to: sliceTo }, err, async (range) => {
          sliceId = randomUUID();
          try {
            return await mergeSlice(db, layout, sliceId, range, tracked, record, sharedRawIds, !plan.wide);
          } finally {
            await dropSliceTables(db).catch(() => undefined);
          }
        });
        merged.push(...apart.merged);
        (total.quarantined ??= []).push(...apart.quarantined);
        nextFrom = apart.offset;
      }
      for (const r of merged) {
        total.inserted += r.inserted;
        total.updated += r.updated;
        total.unchanged += r.unchanged;
        total.scored += r.scored;
        total.rowsConsumed += r.rowsConsumed;
      }
      options.onProgress?.({ consumed: total.rowsConsumed, scored: total.scored });
      sliceFrom = nextFrom;
      lastId = sliceId;
      sliceId = randomUUID();
    }
  } catch (err) {
    const failures = toNumber(task?.consecutive_failures) + 1;
    const suspend = failures >= options.suspendAfterFailures;
    const state: TaskState = suspend ? 'FAILED_AND_AUTO_SUSPENDED' : 'FAILED';
    const message = errorMessage(err);
    await dropSliceTables(db).catch(() => undefined);
    await record(sliceId, state, {}, { from: sliceFrom, to }, message);
    await db.run(TASK_FAILED_SQL, { failures, state: suspend ? 'suspended' : 'started', name: DUCKDB_TASK });
    return { ...total, state, error: message };
  }
  // Leads outside the batch that are stale (a new active model, a changed override) are scored after
  // the commit, in chunks, so a model change over millions of leads stays within the memory limit.
  if (scoring) {
    const more = await applyScoringInChunks(db, layout, scoring);
    if (more > 0) {
      total.scored += more;
      await db.run(ADD_SCORED_SQL, { n: more, run_id: lastId });
    }
  }
  return total;
}

/**
 * One committed slice of a task run: merge (and score) the raw rows in (from, to]. The slice is prepared
 * outside the transaction, in temporary objects that only this connection sees (the batch's keys and its
 * view):
 * DuckDB builds and reads them faster there, with less memory (measured on 500k rows when the write was
 * still a MERGE: 1.3 s -> 0.9 s, peak RSS 1.1 -> 0.8 GiB). The transaction then writes leads_final (each row
 * scored as it is written), the score history, the offset and the task history together, or nothing.
 */
async function mergeSlice(
  db: DuckDbConnection,
  layout: DuckDbLayout,
  id: string,
  { from, to }: { from: number; to: number },
  options: TaskOptions,
  record: RecordRun,
  sharedRawIds: boolean,
  carryRows: boolean,
): Promise<TaskRunResult> {
  // Columns evolve in their own transaction: a column added for a slice that then fails is harmless
  // (NULL everywhere, and the retry finds it there).
  const columns = await db.transaction(() => evolveColumns(db, from, to));
  if (failpointArmed('task.file')) {
    for (const f of await db.run(FILES_IN_RANGE_SQL, { from, to })) {
      await failpoint('task.file', toText(f.file_name));
    }
  }
  const scoring =
    options.scoring && options.scoringFor ? options.scoringFor(columns.map((c) => c.name)) : options.scoring;
  const stored = new Set(layout.store.map((c) => c.name));
  const batch = streamBatchSql(columns, layout.key, stored, { from, to }, sharedRawIds, carryRows);
  await db.run(batch.match);
  const match = (await db.run(BATCH_MATCHED_SQL))[0];
  await db.run(batch.keys(compareValuesPays(toNumber(match?.matched), toNumber(match?.final_rows))));
  await db.run(batch.view);
  const counts = (await db.run(mergeCountsSql()))[0] ?? {};
  const consumed = (await db.run(SLICE_ROWS_SQL, { from, to }))[0];
  await db.run(dropUnchangedSql());
  // A slice that changes nothing (a file sent again) has nothing to score or write: skip planning the
  // scoring and the insert, which would read the batch's view for no row.
  const written = toNumber(counts.inserted) + toNumber(counts.updated);
  const changed = written > 0;
  // The model that scores the rows this slice writes, if any.
  const scorer = changed ? scoring : undefined;
  // Registers the scoring function, if any, outside the transaction: a registration inside one is undone
  // by its rollback, while the connection would still count it as registered.
  const select = scorer ? scoringSelect(db.native, scorer, carryRows ? 'batchRowSelect' : 'batchSelect') : '';
  // Every row written is scored as it is written (insertScoredBatchSql), or a wide slice's before.
  let scored = scorer && carryRows ? written : 0;
  if (scorer && !carryRows) {
    await runScoring(db, scoredTableSql(select, scorer.grade, layout.key), scorer);
    scored = toNumber((await db.run(SCORED_COUNT_SQL))[0]?.n);
  }
  const r: TaskRunResult = {
    runId: id,
    name: DUCKDB_TASK,
    state: 'SUCCEEDED',
    inserted: toNumber(counts.inserted),
    updated: toNumber(counts.updated),
    unchanged: toNumber(counts.unchanged),
    scored,
    rowsConsumed: toNumber(consumed?.n),
  };
  await db.transaction(async () => {
    const now = new Date().toISOString();
    if (scorer && !carryRows) {
      await assertActive(db, scorer);
      await db.run(SCORE_HISTORY_SQL, { now });
      await failpoint('task.after-scoring');
    }
    if (r.updated > 0) await db.run(deleteReplacedSql(layout.key));
    if (scorer && carryRows) {
      await assertActive(db, scorer);
      const insert = insertScoredBatchSql(columns, layout.key, select, scorer.grade);
      await runScoring(db, insert, scorer, { now });
      await db.run(batchScoreHistorySql(layout.key), { now });
      await failpoint('task.after-scoring');
    } else if (changed) await db.run(insertBatchSql(columns, layout.key, Boolean(scorer)), { now });
    await failpoint('task.after-merge');
    await db.run(MOVE_OFFSET_SQL, { to, name: DUCKDB_STREAM });
    await record(id, 'SUCCEEDED', r, { from, to });
    await db.run(TASK_SUCCEEDED_SQL, { name: DUCKDB_TASK });
  });
  return r;
}

/** Drops the temporary objects of a slice (they would otherwise hold memory until the next slice). */
async function dropSliceTables(db: DuckDbConnection): Promise<void> {
  for (const sql of DROP_SLICE_SQL) await db.run(sql);
}

/**
 * Adds columns that the files in the stream range brought (inferred at PUT) and widens inferred columns
 * whose new values do not fit, recomputing the stored hashes of the rows that hold a widened value.
 * Declared columns never change. Runs in a transaction of its own, before the slice's (see `mergeSlice`).
 */
async function evolveColumns(
  db: DuckDbConnection,
  from: number,
  to: number,
): Promise<{ name: string; type: ColumnType; declared: boolean }[]> {
  const current = new Map(
    (await db.run(FINAL_REGISTRY_SQL)).map((r) => [
      toText(r.column_name),
      { name: toText(r.column_name), type: toText(r.type) as ColumnType, declared: Boolean(r.declared) },
    ]),
  );
  const loads = await db.run(INFERRED_IN_RANGE_SQL, { from, to });
  const widened: string[] = [];
  for (const l of loads) {
    const inferred = JSON.parse(toText(l.inferred) || '{}') as Record<string, ColumnType>;
    for (const [name, type] of Object.entries(inferred)) {
      if (!(COLUMN_TYPES as readonly string[]).includes(type)) continue;
      const col = current.get(name);
      if (!col) {
        await db.run(addFinalColumnSql(name, type));
        await db.run(REGISTER_INFERRED_COLUMN_SQL, { name, type });
        current.set(name, { name, type, declared: false });
      } else if (!col.declared && col.type !== type) {
        const wider = widenType(col.type, type);
        if (wider !== col.type) {
          await db.run(retypeFinalColumnSql(name, wider));
          await db.run(RETYPE_COLUMN_SQL, { name, type: wider });
          col.type = wider;
          widened.push(name);
        }
      }
    }
  }
  if (widened.length > 0) await db.run(rehashWidenedSql([...current.values()], [...new Set(widened)]));
  return [...current.values()];
}

/**
 * apply_scoring as a series of transactions of at most `chunk` leads (call inside the serial turn): each
 * lead's score is independent, and one transaction over every lead of a large table outgrows DuckDB's
 * memory limit. Returns the leads scored.
 */
export async function applyScoringInChunks(
  db: DuckDbConnection,
  layout: DuckDbLayout,
  scoring: ScoringSql,
  chunk = 491_520,
): Promise<number> {
  // Planning a tree model's SQL costs ~0.2 s (its scoring function, nothing): skip it when no lead is stale.
  const stale = await db.run(STALE_COUNT_SQL);
  if (toNumber(stale[0]?.n) === 0) return 0;
  // Rescored rows are written whole (see rescoreRowsSql): a wide leads_final takes them as the task's
  // slices do, in small chunks under a raised limit (duckdb-task-width.ts).
  const plan = await planForWidth(db, undefined, chunk, db.memoryLimitBytes);
  await db.raiseMemoryLimit(plan.memoryBytes);
  const rows = plan.sliceRows;
  let total = 0;
  for (;;) {
    const n = await db.transaction(() => applyScoringChunk(db, layout, scoring, rows));
    total += n;
    if (n < rows) return total;
  }
}

/** Fails with `E_MODEL_NOT_ACTIVE` unless `scoring` is the active model's. */
async function assertActive(db: DuckDbConnection, scoring: ScoringSql): Promise<void> {
  const active = await db.run(IS_ACTIVE_MODEL_SQL, { v: scoring.version });
  if (active.length === 0) {
    throw new TerminalError(
      'E_MODEL_NOT_ACTIVE',
      `model ${scoring.version} is not the active model; save and activate it first`,
    );
  }
}

/**
 * Runs a statement of the model's scoring SQL. DuckDB failing to bind it (a column or function it names
 * does not exist) is the model's fault, never a lead file's: it fails as `E_MODEL_SQL` naming the column,
 * which the task's quarantine does not take for a data error (it would blame, and quarantine, every file).
 */
async function runScoring(
  db: DuckDbConnection,
  sql: string,
  scoring: ScoringSql,
  params?: Record<string, string>,
): Promise<void> {
  try {
    await db.run(sql, params);
  } catch (err) {
    const message = errorMessage(err);
    if (!/^(Binder|Catalog) Error\b/.test(message)) throw err;
    const column = /column "([^"]+)" not found/i.exec(message)?.[1];
    throw new TerminalError(
      'E_MODEL_SQL',
      column
        ? `model ${scoring.version} reads column ${column}, which leads_final does not have`
        : `model ${scoring.version} cannot be compiled for leads_final: ${message.split('\n')[0] ?? ''}`,
      { cause: err },
    );
  }
}

/** apply_scoring of at most `limit` stale leads, inside the caller's transaction. */
async function applyScoringChunk(
  db: DuckDbConnection,
  layout: DuckDbLayout,
  scoring: ScoringSql,
  limit: number,
): Promise<number> {
  await assertActive(db, scoring);
  const now = new Date().toISOString();
  const select = scoringSelect(db.native, scoring, 'select');
  await runScoring(
    db,
    scoredTableSql(`SELECT * FROM (${select}) LIMIT ${Math.floor(limit)}`, scoring.grade, layout.key),
    scoring,
  );
  const n = toNumber((await db.run(SCORED_COUNT_SQL))[0]?.n);
  if (n > 0) {
    const rescore = rescoreRowsSql(layout.key);
    await db.run(rescore.insert, { now });
    await db.run(rescore.deleteOld);
    await db.run(SCORE_HISTORY_SQL, { now });
  }
  await db.run(DROP_SCORED_SQL);
  return n;
}
