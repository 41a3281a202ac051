/**
 * The one folder where leadpipe makes its temporary local copies (an S3-staged file downloaded for a load,
 * the raw files of `leadpipe query --raw`): DuckDB may read files only in the stage and in this folder, so
 * every file the warehouse reads by path must be made here.
 */
import { mkdir, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** The scratch folder of this OS user: `<tmpdir>/leadpipe-scratch-<uid>` (one per user, mode 0700). */
export function scratchDir(): string {
  const uid = typeof process.getuid === 'function' ? String(process.getuid()) : 'user';
  return path.join(os.tmpdir(), `leadpipe-scratch-${uid}`);
}

/**
 * Creates a fresh folder `<scratch>/<prefix>XXXXXX` (the scratch folder too when missing) and returns its
 * path; the caller removes it.
 *
 * @example
 * const dir = await makeScratchDir('leadpipe-raw-');
 */
export async function makeScratchDir(prefix: string): Promise<string> {
  const parent = scratchDir();
  await mkdir(parent, { recursive: true, mode: 0o700 });
  return mkdtemp(path.join(parent, prefix));
}
