/**
 * `leadpipe export [--format csv|parquet|ndjson] [--where column=value ...] --out FILE [--force]`: the
 * scored leads (every column of leads_final) to a file. Registered by `main.ts` through
 * {@link registerExportCommand}; the work is loaded only when the command runs, so `--help` stays fast.
 */
import path from 'node:path';
import type { Command } from 'commander';
import { Option } from 'commander';
import type { ExportFormat } from '../../warehouse/warehouse.ts';
import type { GlobalOptions } from '../shared.ts';

// Spelled out here rather than imported from warehouse.ts, which would load at every start.
const FORMATS: readonly ExportFormat[] = ['csv', 'parquet', 'ndjson'];

/** Options of `leadpipe export`. */
export interface ExportCommandOptions {
  format?: ExportFormat;
  where: string[];
  out: string;
  force?: boolean;
  json?: boolean;
}

/** The format for `out` when `--format` is not given: from its extension, csv otherwise. */
export function formatForFile(out: string): ExportFormat {
  const ext = path.extname(out).toLowerCase();
  if (ext === '.parquet') return 'parquet';
  if (ext === '.ndjson' || ext === '.jsonl' || ext === '.json') return 'ndjson';
  return 'csv';
}

/** `leadpipe export ...` */
export async function exportCommand(opts: ExportCommandOptions, global: GlobalOptions): Promise<void> {
  const [{ configFrom, n, printJson, withLeadpipe }, { exportLeadsToFile }, { parseExportFilter }] =
    await Promise.all([
      import('../shared.ts'),
      import('../../pipeline/export-leads.ts'),
      import('../../warehouse/lead-export.ts'),
    ]);
  const format = opts.format ?? formatForFile(opts.out);
  const filters = opts.where.map(parseExportFilter);
  const config = configFrom(global);
  const result = await withLeadpipe(config, (lp) =>
    exportLeadsToFile(lp.warehouse, { format, filters }, opts.out, opts.force ?? false),
  );
  if (opts.json) printJson({ file: result.file, format, rows: result.rows, filters });
  else process.stdout.write(`exported ${n(result.rows)} lead(s) as ${format} to ${result.file}\n`);
}

/** Adds `export` to the program (`global` reads the program's options when the command runs). */
export function registerExportCommand(program: Command, global: () => GlobalOptions): void {
  program
    .command('export')
    .description('write the scored leads (every column of leads_final) to a CSV, Parquet or NDJSON file')
    .requiredOption('--out <file>', 'the file to write (its folder must exist)')
    .addOption(
      new Option('--format <format>', 'file format (default: from the --out extension, else csv)').choices(
        FORMATS,
      ),
    )
    .option(
      '--where <column=value>',
      'only leads whose column equals value (repeatable, all must match; an empty value means NULL)',
      (value: string, previous: string[]) => [...previous, value],
      [] as string[],
    )
    .option('--force', 'replace --out when it exists')
    .option('--json', 'print one JSON document instead of text')
    .action(async (opts: ExportCommandOptions) => exportCommand(opts, global()));
}
