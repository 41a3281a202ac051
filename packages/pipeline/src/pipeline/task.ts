/**
 * The task (stream -> leads_final, then apply_scoring with the active model), as `run`, `task run` and the
 * watcher call it.
 */
import type { TaskOptions, TaskRunResult } from '../warehouse/warehouse.ts';
import type { Leadpipe } from './context.ts';
import { activeModel } from './score.ts';

/**
 * Runs the task once with the active model. `resume` restarts a suspended task (a manual run does);
 * `onProgress` hears each committed slice (see {@link TaskOptions.onProgress}).
 */
export async function runTask(
  lp: Leadpipe,
  options: { resume?: boolean; onProgress?: TaskOptions['onProgress'] } = {},
): Promise<TaskRunResult> {
  const { sql } = await activeModel(lp);
  return lp.warehouse.runTask({
    suspendAfterFailures: lp.config.taskSuspendAfterFailures,
    scoring: sql,
    ...(options.resume ? { resume: true } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
}
