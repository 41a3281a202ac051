/**
 * `run`: PUT every file, load it, then run the task once, and summarise. The whole job of the embedded
 * pipeline in one call.
 */
import type { StagedFile } from '../stage/stage.ts';
import type { LoadFileResult, TaskRunResult } from '../warehouse/warehouse.ts';
import type { Leadpipe } from './context.ts';
import type { LoadOptions } from './pipe.ts';
import { loadFiles, pendingFiles } from './pipe.ts';
import type { ProgressListener } from './progress.ts';
import type { ProgressFn, PutSource } from './put.ts';
import { fileSize, putFile, recordPutFailure } from './put.ts';
import type { ModelWarning } from './model-fit.ts';
import { fitForSources, fitOrThrow, warningOf } from './model-fit.ts';
import { activateModel, applyScoring, lastActiveModel, readModelOrThrow } from './score.ts';
import { runTask } from './task.ts';

/** Per-file line of a run summary. */
export interface RunFileResult extends LoadFileResult {
  rowsRejected: number;
  /** Source columns renamed because leadpipe owns their name (`score` -> `src_score`): source -> column. */
  renamed?: Record<string, string>;
}

/** What a run did. */
export interface RunSummary {
  files: RunFileResult[];
  task: TaskRunResult;
  /** Leads scored: in the task, or by apply_scoring after a model change when the task had nothing to merge. */
  scored: number;
  totals: {
    files: number;
    rowsParsed: number;
    rowsLoaded: number;
    rowsRejected: number;
    failedFiles: number;
    /** Files quarantined by this run: at COPY, or by the task (their rows did not merge). */
    quarantinedFiles: number;
  };
  /** The model lacks some of its columns in the files of this run: scored as missing (`run --json`). */
  modelWarning?: ModelWarning;
}

/** Options of {@link runPipeline}. */
export interface RunOptions extends LoadOptions {
  /** Activate this model first: a model file, `rules` or `default`. Default: keep the active model. */
  model?: string;
  /** Called as each file starts, with its name and a progress callback slot. */
  onFile?: (name: string, index: number, count: number) => ProgressFn | undefined;
  /** Hears every phase's progress (PUT, COPY, merge, scoring). Default none. */
  onProgress?: ProgressListener;
}

/** What a data home holds: tells an empty home (the only one for the bundled sample) from a real one. */
export interface HomeContents {
  /** Leads in `leads_final`. */
  leads: number;
  /** Whether the load history has any file (loaded, partly loaded or failed). */
  loadedFiles: boolean;
  /** Files in the stage (loaded or not). */
  stagedFiles: number;
}

/**
 * Reads what the home of `lp` holds: leads, load history, staged files. Reads only.
 *
 * @example
 * const held = await homeContents(lp);
 * if (!isEmptyHome(held)) throw new TerminalError('E_HOME_HAS_DATA', 'this home holds data');
 */
export async function homeContents(lp: Leadpipe): Promise<HomeContents> {
  // One after the other: a DuckDB connection runs one statement at a time anyway.
  const rows = await lp.warehouse.query('SELECT count(*) AS n FROM leads_final');
  const history = await lp.warehouse.loadHistory({ limit: 1 });
  const staged = await lp.stage.list();
  return { leads: Number(rows[0]?.n ?? 0), loadedFiles: history.length > 0, stagedFiles: staged.length };
}

/** True when a home holds nothing yet: no lead, no file in the load history, none staged. */
export function isEmptyHome(held: HomeContents): boolean {
  return held.leads === 0 && !held.loadedFiles && held.stagedFiles === 0;
}

/**
 * PUTs and loads `sources`, then runs the task. Files staged earlier but never loaded (after a crash) are
 * loaded first, so an interrupted run completes on the next one.
 */
export async function runPipeline(
  lp: Leadpipe,
  sources: readonly PutSource[],
  options: RunOptions = {},
): Promise<RunSummary> {
  const files: RunFileResult[] = [];
  const emit = options.onProgress ?? (() => undefined);
  // COPY of staged files, one at a time, each announced with its staged rows and ended with those loaded.
  const copy = async (staged: readonly StagedFile[]): Promise<LoadFileResult[]> => {
    const results: LoadFileResult[] = [];
    for (const file of staged) {
      emit({ phase: 'COPY', file: file.name, rows: 0, totalRows: file.rowsAccepted });
      const loaded = await loadFiles(lp, [file], options);
      emit({ phase: 'COPY', file: file.name, rows: loaded[0]?.rowsLoaded ?? 0, done: true });
      results.push(...loaded);
      if (loaded[0]?.aborted) break;
    }
    return results;
  };
  // Before loading anything: a model given with --model that does not fit the files is refused. The
  // active model only warns (after the task, so no statement moves), so that a home's first files can
  // be loaded and a model trained on them.
  const model = options.model ? readModelOrThrow(options.model, lp.schema) : undefined;
  const fit = model ? await fitForSources(lp, model, sources) : null;
  if (options.model && fit) fitOrThrow(fit, { model: options.model });
  if (model) await activateModel(lp, model);
  // Finish what a crashed run left staged but not loaded (dlt's "complete pending work first").
  const leftover = await pendingFiles(lp);
  for (const r of await copy(leftover)) files.push({ ...r, rowsRejected: r.errorCount });
  let aborted = files.some((f) => f.aborted);
  for (const [i, source] of sources.entries()) {
    if (aborted) break;
    const name = typeof source === 'string' ? source : source.name;
    const fileProgress = options.onFile?.(name, i, sources.length);
    const totalBytes = typeof source === 'string' ? await fileSize(source) : undefined;
    const sized = totalBytes === undefined ? {} : { totalBytes };
    emit({ phase: 'PUT', file: name, rows: 0, bytes: 0, ...sized });
    const put = await putFile(lp, source, (bytes, rows) => {
      fileProgress?.(bytes, rows);
      emit({ phase: 'PUT', file: name, rows, bytes, ...sized });
    });
    const putRows = put.ok ? put.file.rowsAccepted + put.file.rowsRejected : 0;
    emit({
      phase: 'PUT',
      file: name,
      rows: putRows,
      bytes: put.ok ? put.file.sourceSize : 0,
      ...sized,
      done: true,
    });
    if (!put.ok) {
      const failed = await recordPutFailure(lp, put);
      files.push({ ...failed, rowsRejected: 0 });
      if ((options.onError ?? lp.config.onError) === 'ABORT_STATEMENT') aborted = true;
      continue;
    }
    const [result] = await copy([put.file]);
    if (result) {
      const renamed = put.file.renamed;
      files.push({ ...result, rowsRejected: result.errorCount, ...(renamed ? { renamed } : {}) });
      aborted = Boolean(result.aborted);
    }
  }
  // The backlog is read only for a listener: a run without one sends the warehouse no extra statement.
  const backlog = options.onProgress ? (await lp.warehouse.streamStatus()).pendingRows : 0;
  emit({ phase: 'merge', rows: 0, totalRows: backlog });
  emit({ phase: 'scoring', rows: 0 });
  const task = await runTask(lp, {
    onProgress: ({ consumed, scored }) => {
      emit({ phase: 'merge', rows: consumed, totalRows: backlog });
      emit({ phase: 'scoring', rows: scored });
    },
  });
  emit({ phase: 'merge', rows: task.rowsConsumed, totalRows: backlog, done: true });
  const scored = task.state === 'SKIPPED' && options.model ? await applyScoring(lp) : task.scored;
  emit({ phase: 'scoring', rows: scored, done: true });
  const totals = {
    files: files.length,
    rowsParsed: files.reduce((s, f) => s + f.rowsParsed, 0),
    rowsLoaded: files.reduce((s, f) => s + f.rowsLoaded, 0),
    rowsRejected: files.reduce((s, f) => s + f.rowsRejected, 0),
    failedFiles: files.filter((f) => f.status === 'LOAD_FAILED').length,
    quarantinedFiles:
      files.filter((f) => f.status === 'QUARANTINED').length + (task.quarantined?.length ?? 0),
  };
  const used = model ?? lastActiveModel(lp);
  const modelWarning = used && warningOf(used, model ? fit : await fitForSources(lp, used, sources));
  return { files, task, scored, totals, ...(modelWarning ? { modelWarning } : {}) };
}
