/**
 * Recovery from quarantine, for people (SEMANTICS.md, quarantine): list the quarantined files, retry one
 * (its staged copy loaded again and the task run; it may be quarantined again), or drop one (its rows leave
 * leads_raw and the history says DROPPED; nothing else is touched). `quarantine` in the CLI, the API's
 * `/pipeline/quarantine` routes and the dashboard's Pipeline section all call these.
 */
import { TerminalError } from '../errors.ts';
import type { LoadFileResult, QuarantinedFile, TaskRunResult } from '../warehouse/warehouse.ts';
import type { Leadpipe } from './context.ts';
import { loadStagedFile } from './pipe.ts';
import { runTask } from './task.ts';

/** The quarantined files, newest first. */
export async function listQuarantine(lp: Leadpipe): Promise<QuarantinedFile[]> {
  return lp.warehouse.quarantinedFiles();
}

/** What a retry did: the load, the task run after it, and whether the file is quarantined again. */
export interface RetryResult {
  file: string;
  load: LoadFileResult;
  task: TaskRunResult;
  /** True when the file failed again and is back in quarantine. */
  quarantined: boolean;
}

/** What a drop did. */
export interface DropResult {
  file: string;
  /** Raw rows removed from leads_raw (0 for a file quarantined at COPY). */
  rowsRemoved: number;
}

/** The quarantined load of `file` (by name; the newest when a name was quarantined twice), or a one-line error. */
async function quarantinedOrThrow(lp: Leadpipe, file: string): Promise<QuarantinedFile> {
  const q = (await lp.warehouse.quarantinedFiles()).find((f) => f.fileName === file);
  if (!q) {
    throw new TerminalError(
      'E_NOT_QUARANTINED',
      `${file} is not quarantined — see the quarantined files with \`leadpipe quarantine list\``,
    );
  }
  return q;
}

/**
 * Retries a quarantined file: its staged copy (by name and checksum) is loaded again and the task runs.
 * The quarantine ends first (its held rows leave leads_raw, the history row says RETRIED), so a crash in
 * between leaves the file pending, and the next run loads it. Fails with `E_NOT_STAGED` when the staged
 * copy is gone (drop it then).
 */
export async function retryQuarantined(lp: Leadpipe, file: string): Promise<RetryResult> {
  const q = await quarantinedOrThrow(lp, file);
  const staged = (await lp.stage.list()).find((f) => f.name === q.fileName && f.checksum === q.checksum);
  if (!staged) {
    throw new TerminalError(
      'E_NOT_STAGED',
      `the staged copy of ${file} is gone, so it cannot be retried — drop it (\`leadpipe quarantine drop ${file}\`) and send the file again`,
    );
  }
  await lp.warehouse.releaseQuarantine(q.loadId, 'RETRIED');
  const load = await loadStagedFile(lp, staged);
  const task = await runTask(lp);
  const quarantined =
    load.status === 'QUARANTINED' || (task.quarantined ?? []).some((t) => t.loadId === load.loadId);
  return { file, load, task, quarantined };
}

/** Drops a quarantined file: its held rows leave leads_raw, its history row says DROPPED. */
export async function dropQuarantined(lp: Leadpipe, file: string): Promise<DropResult> {
  const q = await quarantinedOrThrow(lp, file);
  const { rowsRemoved } = await lp.warehouse.releaseQuarantine(q.loadId, 'DROPPED');
  return { file, rowsRemoved };
}
