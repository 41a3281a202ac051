/**
 * The ON_ERROR rule of SEMANTICS.md §2, shared by every engine: what a load does with a staged file given
 * its rejected rows.
 */
import type { OnError } from '../config/config.ts';
import type { StagedFile } from '../stage/stage.ts';
import type { LoadFileResult, LoadStatus } from './warehouse.ts';

/** What to do with one staged file. */
export interface LoadDecision {
  /** Insert the file's accepted rows. */
  loadRows: boolean;
  status: LoadStatus;
  reason?: string;
  /** ABORT_STATEMENT hit: stop loading further files. */
  aborted: boolean;
}

/**
 * CONTINUE loads the good rows (PARTIALLY_LOADED when some were rejected); SKIP_FILE and ABORT_STATEMENT
 * load nothing from a file with any rejected row (LOAD_FAILED), and ABORT_STATEMENT also stops the load.
 */
export function decideLoad(
  file: Pick<StagedFile, 'rowsAccepted' | 'rowsRejected'>,
  onError: OnError,
): LoadDecision {
  const hasErrors = file.rowsRejected > 0;
  if (hasErrors && onError !== 'CONTINUE') {
    return {
      loadRows: false,
      status: 'LOAD_FAILED',
      reason: `ON_ERROR = ${onError}: ${file.rowsRejected} rejected row(s)`,
      aborted: onError === 'ABORT_STATEMENT',
    };
  }
  if (file.rowsAccepted === 0) {
    return hasErrors
      ? { loadRows: false, status: 'LOAD_FAILED', reason: 'every row was rejected', aborted: false }
      : { loadRows: false, status: 'LOADED', aborted: false };
  }
  return { loadRows: true, status: hasErrors ? 'PARTIALLY_LOADED' : 'LOADED', aborted: false };
}

/** The load result of a file that could not even be staged (recorded LOAD_FAILED with its reason). */
export function failedFileResult(
  file: { name: string; sourceChecksum: string; reason: string },
  loadId: string,
): LoadFileResult {
  return {
    file: file.name,
    checksum: file.sourceChecksum,
    status: 'LOAD_FAILED',
    reason: file.reason,
    rowsParsed: 0,
    rowsLoaded: 0,
    errorCount: 1,
    loadId,
  };
}
