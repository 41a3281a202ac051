/**
 * The reason a quarantined file carries, shared by every engine: the error's message without the SQL an
 * engine echoes after it, without the places given (the stage's location), on one line and bounded, so the
 * load history, `quarantine list`, the API and the dashboard can show it as it is.
 */
import { errorMessage } from '../errors.ts';
import type { StagedFile } from '../stage/stage.ts';
import type { LoadFileResult } from './warehouse.ts';

/** Longest reason kept, in characters (an engine message can quote a whole value). */
const MAX_REASON = 500;
// DuckDB repeats the statement after its message ("LINE 1: SELECT ..." and a caret line).
const SQL_ECHO = /\n+\s*LINE \d+:[\s\S]*$/;

/**
 * The quarantine reason of `err`: its message, the SQL echo cut, each of `hide` (default none; the stage's
 * location, a home) replaced by `<path>`, whitespace runs as one space, at most 500 characters.
 *
 * @example
 * quarantineReason(new Error('Conversion Error: ...\n\nLINE 1: INSERT ...')); // 'Conversion Error: ...'
 */
export function quarantineReason(err: unknown, hide: readonly string[] = []): string {
  let text = errorMessage(err).replace(SQL_ECHO, '');
  for (const h of hide) if (h.length > 1) text = text.split(h).join('<path>');
  text = text.replace(/\s+/g, ' ').trim() || 'unknown error';
  return text.length > MAX_REASON ? `${text.slice(0, MAX_REASON - 1)}…` : text;
}

/** The load result of a file quarantined at COPY (nothing loaded), as every engine returns it. */
export function quarantinedResult(file: StagedFile, reason: string, loadId: string): LoadFileResult {
  return {
    file: file.name,
    checksum: file.checksum,
    status: 'QUARANTINED',
    reason,
    rowsParsed: file.rowsParsed,
    rowsLoaded: 0,
    errorCount: 0,
    loadId,
  };
}
