/**
 * The task (stream -> leads_final, then apply_scoring with the active model), as `run`, `task run` and the
 * watcher call it.
 */
import type { TaskOptions, TaskRunResult, TaskTrigger } from '../warehouse/warehouse.ts';
import type { Leadpipe } from './context.ts';
import { activeModel, compileFor } from './score.ts';

/**
 * Runs the task once with the active model. `resume` restarts a suspended task (a manual run does);
 * `trigger` is what the task history records (default `MANUAL`; `serve`'s schedule says `SCHEDULED`);
 * `onProgress` hears each committed slice (see {@link TaskOptions.onProgress}). A home of other data than
 * X Education (its schema is not the preset) with no model of its own merges without scoring: the shipped
 * default model reads X Education columns (train one, `leadpipe train`).
 *
 * The model is compiled for leads_final's columns, and again for each slice that adds columns: an input
 * leads_final lacks is scored as missing, and the run's task history row says so (`modelWarning`); the
 * warning stored with the model follows the columns.
 */
export async function runTask(
  lp: Leadpipe,
  options: { resume?: boolean; trigger?: TaskTrigger; onProgress?: TaskOptions['onProgress'] } = {},
): Promise<TaskRunResult> {
  const ownModel = lp.home.schema === 'x-education' || (await lp.warehouse.activeModel()) !== undefined;
  const active = ownModel ? await activeModel(lp) : undefined;
  const result = await lp.warehouse.runTask({
    suspendAfterFailures: lp.config.taskSuspendAfterFailures,
    ...(active
      ? {
          scoring: active.sql,
          scoringFor: (columns: readonly string[]) => compileFor(lp, active.model, columns),
        }
      : {}),
    ...(options.resume ? { resume: true } : {}),
    ...(options.trigger ? { trigger: options.trigger } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  // Columns only arrive: a model that lacked inputs may now have them, and its stored warning is re-checked.
  if (active?.sql.fitWarning) await activeModel(lp);
  return result;
}
