/**
 * The task (stream -> leads_final, then apply_scoring with the active model), as `run`, `task run` and the
 * watcher call it.
 */
import type { TaskOptions, TaskRunResult, TaskTrigger } from '../warehouse/warehouse.ts';
import type { Leadpipe } from './context.ts';
import { activeModel } from './score.ts';

/**
 * Runs the task once with the active model. `resume` restarts a suspended task (a manual run does);
 * `trigger` is what the task history records (default `MANUAL`; `serve`'s schedule says `SCHEDULED`);
 * `onProgress` hears each committed slice (see {@link TaskOptions.onProgress}). A home of other data than
 * X Education (its schema is not the preset) with no model of its own merges without scoring: the shipped
 * default model reads X Education columns (train one, `leadpipe train`).
 */
export async function runTask(
  lp: Leadpipe,
  options: { resume?: boolean; trigger?: TaskTrigger; onProgress?: TaskOptions['onProgress'] } = {},
): Promise<TaskRunResult> {
  const ownModel = lp.home.schema === 'x-education' || (await lp.warehouse.activeModel()) !== undefined;
  const sql = ownModel ? (await activeModel(lp)).sql : undefined;
  return lp.warehouse.runTask({
    suspendAfterFailures: lp.config.taskSuspendAfterFailures,
    ...(sql ? { scoring: sql } : {}),
    ...(options.resume ? { resume: true } : {}),
    ...(options.trigger ? { trigger: options.trigger } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
}
