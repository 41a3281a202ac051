/**
 * The lead files a command's path arguments name: a file as given, a folder as the lead files directly in
 * it. Checked before any work starts, so a typo in a path fails at once instead of as a failed load.
 */
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { TerminalError } from '../errors.ts';

/** The names a folder's lead files have: CSV, JSON or NDJSON (`.jsonl` too), gzipped or not. */
export const LEAD_FILE_NAME = /\.(csv|json|ndjson|jsonl)(\.gz)?$/i;

/**
 * The lead files directly in `dir`, sorted by name (code-unit order), as paths joined to `dir`. Hidden
 * files (`.name`), subfolders (no recursion) and files with other extensions are left out.
 */
export async function leadFilesIn(dir: string): Promise<string[]> {
  const entries: Dirent[] = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && !e.name.startsWith('.') && LEAD_FILE_NAME.test(e.name))
    .map((e) => e.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((name) => path.join(dir, name));
}

/**
 * Expands `args` (paths; `s3://` URIs pass through unchanged) into files: a folder becomes its lead files
 * ({@link leadFilesIn}). Throws a {@link TerminalError} naming the first path that does not exist
 * (`E_NO_SUCH_FILE`) or a folder without lead files (`E_NO_LEAD_FILES`).
 *
 * @example
 * await expandInputsOrThrow(['incoming/', 'extra.csv']); // ['incoming/a.csv', 'incoming/b.ndjson.gz', 'extra.csv']
 */
export async function expandInputsOrThrow(args: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const arg of args) {
    if (/^s3:\/\//i.test(arg)) {
      out.push(arg);
      continue;
    }
    const info = await stat(arg).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT' || err.code === 'ENOTDIR')
        throw new TerminalError('E_NO_SUCH_FILE', `no such file: ${arg} — check the path`);
      throw err;
    });
    if (!info.isDirectory()) {
      out.push(arg);
      continue;
    }
    const files = await leadFilesIn(arg);
    if (files.length === 0) {
      throw new TerminalError(
        'E_NO_LEAD_FILES',
        `no lead files in the folder ${arg} — it needs *.csv, *.json, *.ndjson or *.jsonl files (gzipped or not) directly in it`,
      );
    }
    out.push(...files);
  }
  return out;
}

/**
 * `file` when it is an existing file; else a {@link TerminalError} naming it (`E_NO_SUCH_FILE`, or
 * `E_NOT_A_FILE` for a folder), for options that take exactly one file (`train --data`).
 */
export async function existingFileOrThrow(file: string): Promise<string> {
  const info = await stat(file).catch(() => undefined);
  if (!info) throw new TerminalError('E_NO_SUCH_FILE', `no such file: ${file} — check the path`);
  if (info.isDirectory()) throw new TerminalError('E_NOT_A_FILE', `${file} is a folder — give one lead file`);
  return file;
}
