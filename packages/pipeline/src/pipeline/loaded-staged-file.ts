/**
 * A re-run of a file already loaded, found before the file is read: `leadpipe run FILE` twice reads the
 * second time only the file's bytes for their checksum, instead of parsing, cleaning and staging it again
 * for COPY to skip it (issue #18: re-running unchanged rows costs almost nothing).
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { ReadOptions } from '../formats/read.ts';
import type { StagedFile } from '../stage/stage.ts';
import type { Leadpipe } from './context.ts';

/**
 * Fingerprint of the settings a file is cleaned with (schema, key, null tokens, derived key, record limit,
 * layout): the same source bytes cleaned with the same fingerprint stage the same bytes. Stored in the
 * manifest (`StagedFile.cleaning`) so a re-run with other settings cleans the file again, as before.
 */
export function cleaningFingerprint(options: Omit<ReadOptions, 'onProgress'>): string {
  const { schema, key, keyOptional, nullTokens, derivedKey, maxRecordLength, layout } = options;
  const settings = { schema, key, keyOptional, nullTokens, derivedKey, maxRecordLength, layout };
  return createHash('sha256').update(JSON.stringify(settings)).digest('hex');
}

/** SHA-256 (hex) of a file's bytes, streamed. */
async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * The staged file of a local `file` (staged under `name`) whose content is already loaded: the stage holds
 * a copy of exactly these source bytes, cleaned with `cleaning` ({@link cleaningFingerprint}), and the load
 * history has that copy LOADED or PARTIALLY_LOADED under this name. Undefined otherwise (nothing of the
 * name staged, another content or other settings, never loaded, failed, quarantined): PUT reads the file
 * as always. Reads the file only when everything else matches, including its size; reads it once, to hash.
 */
export async function loadedStagedFile(
  lp: Leadpipe,
  file: string,
  name: string,
  cleaning: string,
): Promise<StagedFile | undefined> {
  const staged = await lp.stage.get(name);
  if (!staged || staged.key !== undefined || staged.cleaning !== cleaning) return undefined;
  const size = (await stat(file)).size;
  if (size !== staged.sourceSize) return undefined;
  if (!(await lp.warehouse.isLoaded(staged.name, staged.checksum))) return undefined;
  return (await sha256OfFile(file)) === staged.sourceChecksum ? staged : undefined;
}
