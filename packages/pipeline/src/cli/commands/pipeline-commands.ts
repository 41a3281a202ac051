/**
 * `run`, `put`, `load`, `task run`.
 */
import { fileURLToPath } from 'node:url';
import type { ConfigInput, OnError } from '../../config/config.ts';
import { TerminalError } from '../../errors.ts';
import type { Leadpipe } from '../../pipeline/context.ts';
import { loadFiles, pendingFiles } from '../../pipeline/pipe.ts';
import { putFile } from '../../pipeline/put.ts';
import type { HomeContents, RunSummary } from '../../pipeline/run.ts';
import { homeContents, isEmptyHome, runPipeline } from '../../pipeline/run.ts';
import { runTask } from '../../pipeline/task.ts';
import type { LoadFileResult, TaskRunResult } from '../../warehouse/warehouse.ts';
import { expandInputsOrThrow } from '../input-files.ts';
import { createPhaseReporter } from '../phase-reporter.ts';
import type { GlobalOptions } from '../shared.ts';
import { alertIfConfigured, configFrom, n, printJson, table, withLeadpipe } from '../shared.ts';

/** The sample lead file bundled with leadpipe (synthetic, written by `leadpipe generate`). */
export const SAMPLE_FILE = fileURLToPath(new URL('../../../sample/leads-sample.csv', import.meta.url));

interface LoadFlags {
  force?: boolean;
  /** No progress lines on stderr (`run --quiet`). */
  quiet?: boolean;
  model?: string;
  onError?: OnError;
  json?: boolean;
}

function extra(opts: LoadFlags): ConfigInput {
  return opts.onError ? { onError: opts.onError } : {};
}

function fileRows(files: readonly (LoadFileResult & { rowsRejected?: number })[]): Record<string, unknown>[] {
  return files.map((f) => ({
    file: f.file,
    status: f.status,
    parsed: n(f.rowsParsed),
    loaded: n(f.rowsLoaded),
    rejected: n(f.rowsRejected ?? f.errorCount),
    note: f.reason ?? (f.firstError ? `line ${f.firstError.line}: ${f.firstError.reason}` : ''),
  }));
}

/** One line describing a task run. */
export function taskLine(t: TaskRunResult): string {
  if (t.state === 'SKIPPED') return `task ${t.name}: SKIPPED (${t.reason ?? 'nothing to do'})`;
  if (t.state !== 'SUCCEEDED') return `task ${t.name}: ${t.state}: ${t.error ?? ''}`;
  return `task ${t.name}: SUCCEEDED: ${n(t.inserted)} inserted, ${n(t.updated)} updated, ${n(t.unchanged)} unchanged (${n(t.rowsConsumed)} raw rows)`;
}

/** Prints a run summary as text; with `home`, a last line naming the data home it went into. */
export function printRun(summary: RunSummary, home?: string): void {
  process.stdout.write(table(fileRows(summary.files)) + '\n\n');
  process.stdout.write(taskLine(summary.task) + '\n');
  for (const q of summary.task.quarantined ?? [])
    process.stdout.write(`quarantined ${q.file}: ${q.reason}\n`);
  process.stdout.write(`scoring: ${n(summary.scored)} lead(s) scored\n`);
  if (summary.modelWarning) process.stdout.write(`warning: ${summary.modelWarning.message}\n`);
  const t = summary.totals;
  process.stdout.write(
    `total: ${n(t.files)} file(s), ${n(t.rowsParsed)} rows parsed, ${n(t.rowsLoaded)} loaded, ${n(t.rowsRejected)} rejected, ${n(t.failedFiles)} failed file(s)\n`,
  );
  if (t.quarantinedFiles > 0)
    process.stdout.write(
      `${n(t.quarantinedFiles)} file(s) quarantined, the others went on: see \`leadpipe quarantine list\`\n`,
    );
  if (home) process.stdout.write(`home: ${home}\n`);
}

/** What a home holds, in words: `2,000 lead(s), 1 staged file(s)`. */
function describeHome(held: HomeContents): string {
  const parts = [`${n(held.leads)} lead(s)`];
  if (held.stagedFiles > 0) parts.push(`${n(held.stagedFiles)} staged file(s)`);
  else if (held.loadedFiles) parts.push('a load history');
  return parts.join(', ');
}

/**
 * Before `run` with no files: the bundled sample goes only into an empty home, so 2,000 synthetic leads
 * never mix with real ones. Says so on stderr (stdout may be `--json`), or throws, having loaded nothing.
 */
async function sampleOnlyIntoEmptyHome(lp: Leadpipe, model: string | undefined): Promise<void> {
  const held = await homeContents(lp);
  if (!isEmptyHome(held)) {
    const advice = model
      ? `to score the leads with another model: leadpipe model use ${model}`
      : 'the bundled sample goes only into an empty home (e.g. `leadpipe --home ./.leadpipe-demo run`)';
    throw new TerminalError(
      'E_HOME_HAS_DATA',
      `no files given, and ${lp.config.home} already holds data (${describeHome(held)}) — name the files to load; ${advice}`,
    );
  }
  process.stderr.write(
    `no files given: loading the bundled sample (synthetic leads) into the empty home ${lp.config.home}\n`,
  );
}

/** `leadpipe run [files...]` */
export async function runCommand(files: string[], opts: LoadFlags, global: GlobalOptions): Promise<void> {
  const config = configFrom(global, extra(opts));
  const sample = files.length === 0;
  const sources = sample ? [SAMPLE_FILE] : await expandInputsOrThrow(files);
  const summary = await withLeadpipe(config, async (lp) => {
    if (sample) await sampleOnlyIntoEmptyHome(lp, opts.model);
    const progress = opts.quiet ? undefined : createPhaseReporter();
    try {
      return await runPipeline(lp, sources, {
        ...(opts.force ? { force: true } : {}),
        ...(opts.model ? { model: opts.model } : {}),
        ...(progress ? { onProgress: progress.listener } : {}),
      });
    } finally {
      progress?.stop();
    }
  });
  await alertIfConfigured(config, summary);
  if (opts.json) printJson(summary);
  else printRun(summary, config.home);
  if (summary.task.state === 'FAILED' || summary.task.state === 'FAILED_AND_AUTO_SUSPENDED')
    process.exitCode = 1;
}

/** `leadpipe put files...` */
export async function putCommand(
  files: string[],
  opts: LoadFlags & { stage?: 'local' | 's3' },
  global: GlobalOptions,
): Promise<void> {
  const config = configFrom(global, opts.stage ? { stage: opts.stage } : {});
  const paths = await expandInputsOrThrow(files);
  const results = await withLeadpipe(config, async (lp) => {
    const out = [];
    for (const f of paths) out.push(await putFile(lp, f));
    return out;
  });
  if (opts.json) printJson(results);
  else {
    process.stdout.write(
      table(
        results.map((r) =>
          r.ok
            ? {
                file: r.file.name,
                status: 'STAGED',
                rows: n(r.file.rowsAccepted),
                rejected: n(r.file.rowsRejected),
                checksum: r.file.checksum.slice(0, 12),
              }
            : { file: r.name, status: 'FAILED', rows: '', rejected: '', checksum: r.error },
        ),
      ) + '\n',
    );
  }
  if (results.some((r) => !r.ok)) process.exitCode = 1;
}

/** `leadpipe load` */
export async function loadCommand(opts: LoadFlags, global: GlobalOptions): Promise<void> {
  const config = configFrom(global, extra(opts));
  const results = await withLeadpipe(config, async (lp) => {
    const files = opts.force ? await lp.stage.list() : await pendingFiles(lp);
    return loadFiles(lp, files, opts.force ? { force: true } : {});
  });
  await alertIfConfigured(config, { files: results });
  if (opts.json) printJson(results);
  else
    process.stdout.write(
      (results.length ? table(fileRows(results)) : 'nothing to load: every staged file is loaded') + '\n',
    );
}

/** `leadpipe task run` */
export async function taskRunCommand(opts: { json?: boolean }, global: GlobalOptions): Promise<void> {
  const config = configFrom(global);
  const result = await withLeadpipe(config, (lp) => runTask(lp, { resume: true }));
  await alertIfConfigured(config, { task: result });
  if (opts.json) printJson(result);
  else process.stdout.write(taskLine(result) + '\n');
  if (result.state === 'FAILED' || result.state === 'FAILED_AND_AUTO_SUSPENDED') process.exitCode = 1;
}
