/**
 * `quarantine list`, `quarantine retry FILE`, `quarantine drop FILE`: the way out for a file that was set
 * aside so the pipe could go on (SEMANTICS.md, quarantine). A retry that fails again, or a name that is not
 * quarantined, exits 1 (failed work, a user's mistake); see cli-errors.ts.
 */
import { dropQuarantined, listQuarantine, retryQuarantined } from '../../pipeline/quarantine.ts';
import type { GlobalOptions } from '../shared.ts';
import { configFrom, n, printJson, table, withLeadpipe } from '../shared.ts';
import { taskLine } from './pipeline-commands.ts';

/** `leadpipe quarantine list [--json]` */
export async function quarantineListCommand(opts: { json?: boolean }, global: GlobalOptions): Promise<void> {
  const config = configFrom(global);
  const files = await withLeadpipe(config, (lp) => listQuarantine(lp));
  if (opts.json) return printJson(files);
  if (files.length === 0) {
    process.stdout.write('no quarantined files\n');
    return;
  }
  process.stdout.write(
    table(
      files.map((f) => ({
        time: f.quarantinedAt,
        file: f.fileName,
        phase: f.phase,
        rows: n(f.rows),
        reason: f.reason,
      })),
    ) + '\n\nretry one: leadpipe quarantine retry FILE; forget one: leadpipe quarantine drop FILE\n',
  );
}

/** `leadpipe quarantine retry FILE [--json]` */
export async function quarantineRetryCommand(
  file: string,
  opts: { json?: boolean },
  global: GlobalOptions,
): Promise<void> {
  const config = configFrom(global);
  const r = await withLeadpipe(config, (lp) => retryQuarantined(lp, file));
  if (opts.json) printJson(r);
  else {
    const reason =
      r.load.status === 'QUARANTINED'
        ? r.load.reason
        : r.task.quarantined?.find((q) => q.loadId === r.load.loadId)?.reason;
    process.stdout.write(
      `${r.file}: ${r.quarantined ? `still quarantined: ${reason ?? ''}` : `${r.load.status}, ${n(r.load.rowsLoaded)} row(s) loaded`}\n` +
        `${taskLine(r.task)}\n`,
    );
  }
  if (r.quarantined) process.exitCode = 1;
}

/** `leadpipe quarantine drop FILE [--json]` */
export async function quarantineDropCommand(
  file: string,
  opts: { json?: boolean },
  global: GlobalOptions,
): Promise<void> {
  const config = configFrom(global);
  const r = await withLeadpipe(config, (lp) => dropQuarantined(lp, file));
  if (opts.json) printJson(r);
  else process.stdout.write(`${r.file}: DROPPED, ${n(r.rowsRemoved)} held row(s) removed from leads_raw\n`);
}
