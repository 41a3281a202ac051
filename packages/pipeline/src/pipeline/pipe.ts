/**
 * The pipe: COPY INTO leads_raw for staged files, exactly once per (name, checksum), honouring ON_ERROR
 * (SEMANTICS.md §1-2). Returns one result per file; never stops at the first bad file unless
 * ON_ERROR = ABORT_STATEMENT says so. A file whose COPY fails for a reason that is not a row's is
 * quarantined and the next file loads (SEMANTICS.md, quarantine).
 */
import type { OnError } from '../config/config.ts';
import { classifyError } from '../errors.ts';
import type { StagedFile } from '../stage/stage.ts';
import { stageKeyOf } from '../stage/stage.ts';
import { quarantineReason } from '../warehouse/quarantine-reason.ts';
import type { LoadFileResult } from '../warehouse/warehouse.ts';
import type { Leadpipe } from './context.ts';

/** Options of {@link loadFiles}. */
export interface LoadOptions {
  /** Reload files already loaded with the same checksum. Default false. */
  force?: boolean;
  /** Default: the configured ON_ERROR (CONTINUE unless set). */
  onError?: OnError;
}

/**
 * Loads one staged file through the warehouse. A failure that is not transient (an engine error no row
 * check caught, a bug) quarantines the file: QUARANTINED in the load history with the reason, its staged
 * copy kept for `quarantine retry`; transient failures (a lock, the network) are thrown as before.
 */
export async function loadStagedFile(
  lp: Leadpipe,
  file: StagedFile,
  options: LoadOptions = {},
): Promise<LoadFileResult> {
  try {
    const copy = await lp.stage.localCopy(stageKeyOf(file));
    try {
      return await lp.warehouse.copyInto(file, copy, {
        force: options.force ?? false,
        onError: options.onError ?? lp.config.onError,
        stageLocation: lp.stage.location,
      });
    } finally {
      await copy.release();
    }
  } catch (err) {
    if (classifyError(err) === 'transient') throw err;
    const reason = quarantineReason(err, [lp.stage.location, lp.config.home]);
    return lp.warehouse.recordQuarantine(file, { stageLocation: lp.stage.location, reason });
  }
}

/** Loads the given staged files in order; stops after a file that aborted (ON_ERROR = ABORT_STATEMENT). */
export async function loadFiles(
  lp: Leadpipe,
  files: readonly StagedFile[],
  options: LoadOptions = {},
): Promise<LoadFileResult[]> {
  const results: LoadFileResult[] = [];
  for (const file of files) {
    const r = await loadStagedFile(lp, file, options);
    results.push(r);
    if (r.aborted) break;
  }
  return results;
}

/** Statuses after which the same bytes are not loaded again by themselves. */
const SETTLED: ReadonlySet<string> = new Set(['LOAD_FAILED', 'QUARANTINED', 'DROPPED']);

/**
 * Staged files not loaded yet (by name and checksum), oldest first. A file whose load failed with this
 * content is not pending: loading the same bytes again would fail the same way and only repeat its
 * history and rejected rows (run it again explicitly, or with --force, to retry). Nor is a quarantined
 * or dropped one (`quarantine retry` loads it again). `staged`: these files instead of the stage's listing.
 */
export async function pendingFiles(lp: Leadpipe, staged?: readonly StagedFile[]): Promise<StagedFile[]> {
  staged ??= await lp.stage.list();
  const pending: StagedFile[] = [];
  for (const f of staged) {
    if (await lp.warehouse.isLoaded(f.name, f.checksum)) continue;
    const history = await lp.warehouse.loadHistory({ file: f.name, limit: 50 });
    if (history.some((h) => h.checksum === f.checksum && SETTLED.has(h.status))) continue;
    pending.push(f);
  }
  return pending;
}

/** Pipe status, as SYSTEM$PIPE_STATUS reports it. */
export interface PipeStatus {
  executionState: 'RUNNING' | 'PAUSED';
  pendingFileCount: number;
  oldestPendingFile: string | null;
  lastIngestedFile: string | null;
  lastIngestedTime: string | null;
  lastError: string | null;
  lastErrorTime: string | null;
  /** The file the last error belongs to (the dashboard ties its banner to it). */
  lastErrorFile: string | null;
}

/** Computes the pipe status from the stage and the load history. */
export async function pipeStatus(lp: Leadpipe): Promise<PipeStatus> {
  const pending = await pendingFiles(lp);
  const history = await lp.warehouse.loadHistory({ limit: 200 });
  const lastOk = history.find((h) => h.status === 'LOADED' || h.status === 'PARTIALLY_LOADED');
  const lastErr = history.find(
    (h) => h.status === 'LOAD_FAILED' || h.status === 'QUARANTINED' || h.errorCount > 0,
  );
  return {
    executionState: 'RUNNING',
    pendingFileCount: pending.length,
    oldestPendingFile: pending[0]?.name ?? null,
    lastIngestedFile: lastOk?.fileName ?? null,
    lastIngestedTime: lastOk?.lastLoadTime ?? null,
    lastError: lastErr
      ? `${lastErr.fileName}: ${lastErr.firstErrorMessage ?? lastErr.reason ?? lastErr.status}`
      : null,
    lastErrorTime: lastErr?.lastLoadTime ?? null,
    lastErrorFile: lastErr?.fileName ?? null,
  };
}
