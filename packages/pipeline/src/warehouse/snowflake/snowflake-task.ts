/**
 * The Snowflake task, run by Snowflake: the merge procedure (LEADPIPE_RUN_TASK) that the native task calls
 * on its schedule, called here on demand, and apply_scoring through the scoring UDFs compiled from the
 * active model (created once per model version).
 */
import { randomUUID } from 'node:crypto';
import { TerminalError, errorMessage } from '../../errors.ts';
import { toJsonText, toNumber } from '../rows.ts';
import type { ScoringSql, TaskOptions, TaskRunResult, TaskState } from '../warehouse.ts';
import type { SnowflakeRow, SnowflakeRunner } from './snowflake-connection.ts';
import { SET_META_SQL, SF } from './snowflake-ddl.ts';
import { readMeta } from './snowflake-status.ts';
import { ACTIVE_VERSION_SQL, scoringFunctionsSql } from './snowflake-store-sql.ts';
import {
  CALL_APPLY_SCORING_SQL,
  CALL_RUN_TASK_SQL,
  RESUME_TASK_STATE_SQL,
  TASK_RUN_SQL,
  TASK_RUN_WARNING_SQL,
  TASK_STATE_SQL,
  resumeTasksSql,
} from './snowflake-task-sql.ts';

/**
 * Maps the VARIANT that LEADPIPE_RUN_TASK returns (first column of the CALL's one row), with the files it
 * quarantined.
 */
export function runTaskOutcome(rows: readonly SnowflakeRow[], fallbackRunId: string): TaskRunResult {
  const first = rows[0] ? Object.values(rows[0])[0] : undefined;
  const v = (typeof first === 'string' ? JSON.parse(first) : (first ?? {})) as Record<string, unknown>;
  const state = toJsonText(v.state) as TaskState;
  const quarantined = quarantinedFiles(v.quarantined);
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
    ...(quarantined.length > 0 ? { quarantined } : {}),
  };
}

/** The files the procedure quarantined (its `quarantined` array of `{file, load_id, reason}`). */
function quarantinedFiles(value: unknown): NonNullable<TaskRunResult['quarantined']> {
  const list = (typeof value === 'string' ? JSON.parse(value) : value) as unknown;
  if (!Array.isArray(list)) return [];
  return list.map((q: Record<string, unknown>) => ({
    file: toJsonText(q.file),
    loadId: toJsonText(q.load_id),
    reason: toJsonText(q.reason),
  }));
}

/** The scoring UDFs' state that the engine keeps between calls, and what compiling them needs. */
export interface SnowflakeScoringContext {
  key: string;
  /** The model version (and absent inputs) the UDFs were last checked against in this process. */
  scoringVersion: string | undefined;
}

/** A task run that did nothing (the counters at zero). */
const EMPTY_RUN = { name: SF.mergeTask, inserted: 0, updated: 0, unchanged: 0, scored: 0, rowsConsumed: 0 };

/** The result of a run skipped because another run of this task is in progress. */
export function busyRun(): TaskRunResult {
  return {
    ...EMPTY_RUN,
    runId: randomUUID(),
    state: 'SKIPPED',
    reason: 'a run of this task is already in progress',
  };
}

/**
 * One run of the merge procedure (call inside the serial turn): SKIPPED when suspended (unless
 * `options.resume`, which also restarts the native tasks with AUTO_INGEST); the procedure's own SKIPPED
 * or counts otherwise. A failure the procedure recorded is returned as the run's result.
 */
export async function runSnowflakeTask(
  run: SnowflakeRunner,
  ctx: SnowflakeScoringContext,
  autoIngest: boolean,
  options: TaskOptions,
): Promise<TaskRunResult> {
  const task = (await run.retry(() => run.exec(TASK_STATE_SQL)))[0];
  if (toJsonText(task?.STATE) === 'suspended') {
    if (!options.resume) {
      return {
        ...EMPTY_RUN,
        runId: randomUUID(),
        state: 'SKIPPED' as TaskState,
        reason: 'the task is suspended after repeated failures (run `leadpipe task run` to resume)',
      };
    }
    await run.exec(RESUME_TASK_STATE_SQL);
    if (autoIngest) for (const sql of resumeTasksSql()) await run.exec(sql);
  }
  if (options.scoring) await ensureScoring(run, ctx, options.scoring);
  let runId = randomUUID();
  try {
    const rows = await run.retry(() => {
      runId = randomUUID();
      return run.exec(CALL_RUN_TASK_SQL, [runId, options.suspendAfterFailures, Boolean(options.scoring)]);
    });
    const outcome = runTaskOutcome(rows, runId);
    // The procedure does not know the model's fit; the run's row gets it here (scored with inputs absent).
    const warning = options.scoring?.fitWarning?.message;
    if (warning) await run.exec(TASK_RUN_WARNING_SQL, [warning, outcome.runId]);
    return outcome;
  } catch (err) {
    // The procedure records a failed run before raising again (under the run id, or `<run id>:<n>` when
    // slices committed before it): report it as the run's result.
    const recorded = (await run.exec(TASK_RUN_SQL, [runId, runId]).catch(() => []))[0];
    if (!recorded) throw err;
    return {
      ...EMPTY_RUN,
      runId,
      state: toJsonText(recorded.STATE) as TaskState,
      error: toJsonText(recorded.ERROR_MESSAGE) || errorMessage(err),
    };
  }
}

async function assertActive(run: SnowflakeRunner, scoring: ScoringSql): Promise<void> {
  if ((await run.exec(ACTIVE_VERSION_SQL, [scoring.version])).length === 0) {
    throw new TerminalError(
      'E_MODEL_NOT_ACTIVE',
      `model ${scoring.version} is not the active model; save and activate it first`,
    );
  }
}

/** Checks the model is active and that the scoring UDFs are compiled from it (creates them otherwise). */
export async function ensureScoring(
  run: SnowflakeRunner,
  ctx: SnowflakeScoringContext,
  scoring: ScoringSql,
): Promise<void> {
  await assertActive(run, scoring);
  // The same model compiled with some inputs absent from LEADS_FINAL (read as NULL) is other SQL.
  const compiled = scoring.absent?.length
    ? `${scoring.version} without ${scoring.absent.join(',')}`
    : scoring.version;
  if (ctx.scoringVersion === compiled) return;
  if ((await readMeta(run)).get('score_function') !== compiled) {
    for (const sql of scoringFunctionsSql(scoring, ctx.key)) await run.exec(sql);
    await run.exec(SET_META_SQL, ['score_function', compiled]);
  }
  ctx.scoringVersion = compiled;
}

/** apply_scoring: the UDFs made current, then the procedure; returns the leads scored (call under retry). */
export async function applySnowflakeScoring(
  run: SnowflakeRunner,
  ctx: SnowflakeScoringContext,
  scoring: ScoringSql,
): Promise<number> {
  await ensureScoring(run, ctx, scoring);
  const rows = await run.exec(CALL_APPLY_SCORING_SQL);
  return toNumber(rows[0] ? Object.values(rows[0])[0] : 0);
}
