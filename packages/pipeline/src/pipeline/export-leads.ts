/**
 * Exporting the scored leads to a file: the warehouse writes into a scratch folder leadpipe makes (the only
 * place DuckDB may write), then the file is moved where the user asked, after checking that place.
 */
import { copyFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { TerminalError } from '../errors.ts';
import { makeScratchDir } from '../stage/scratch-dir.ts';
import type { ExportOptions, ExportResult, Warehouse } from '../warehouse/warehouse.ts';

/** An export waiting in the scratch folder; `cleanup` removes it (call it once the file is used). */
export interface ScratchExport extends ExportResult {
  cleanup(): Promise<void>;
}

/**
 * Exports into a fresh scratch folder and returns the file with its cleanup (used by the API, which streams
 * the file and then removes it).
 *
 * @example
 * const exp = await exportLeadsToScratch(lp.warehouse, { format: 'csv' });
 * try { stream(exp.file); } finally { await exp.cleanup(); }
 */
export async function exportLeadsToScratch(
  warehouse: Warehouse,
  options: ExportOptions,
): Promise<ScratchExport> {
  const dir = await makeScratchDir('leadpipe-export-');
  const cleanup = () => rm(dir, { recursive: true, force: true });
  try {
    return { ...(await warehouse.exportLeads(dir, options)), cleanup };
  } catch (err) {
    await cleanup();
    throw err;
  }
}

/**
 * Checks that `out` can be written: its folder exists, and it is not an existing file unless `force`
 * (never a folder). Throws `E_EXPORT_OUT` naming the path.
 */
export async function checkExportTarget(out: string, force: boolean): Promise<string> {
  const target = path.resolve(out);
  const parent = await stat(path.dirname(target)).catch(() => undefined);
  if (!parent?.isDirectory()) {
    throw new TerminalError(
      'E_EXPORT_OUT',
      `cannot write ${out}: folder ${path.dirname(target)} does not exist`,
    );
  }
  const existing = await stat(target).catch(() => undefined);
  if (existing?.isDirectory()) throw new TerminalError('E_EXPORT_OUT', `cannot write ${out}: it is a folder`);
  if (existing && !force) {
    throw new TerminalError('E_EXPORT_OUT', `${out} exists; leadpipe export replaces it only with --force`);
  }
  return target;
}

/**
 * Exports the leads to `out` (checked first with {@link checkExportTarget}). The file appears whole or not
 * at all: it is moved into place by a rename (across file systems: copied beside `out`, then renamed).
 *
 * @example
 * await exportLeadsToFile(lp.warehouse, { format: 'parquet', filters: [{ column: 'grade', value: 'A' }] }, 'a.parquet');
 */
export async function exportLeadsToFile(
  warehouse: Warehouse,
  options: ExportOptions,
  out: string,
  force = false,
): Promise<ExportResult> {
  const target = await checkExportTarget(out, force);
  const exported = await exportLeadsToScratch(warehouse, options);
  try {
    try {
      await rename(exported.file, target);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EXDEV') throw err;
      const partial = `${target}.partial-${process.pid}`;
      await copyFile(exported.file, partial);
      await rename(partial, target).catch(async (e: unknown) => {
        await rm(partial, { force: true });
        throw e;
      });
    }
    return { file: target, rows: exported.rows };
  } finally {
    await exported.cleanup();
  }
}
