/**
 * Progress of a run, phase by phase, as events the pipeline emits and a front end (the CLI's reporter)
 * shows: PUT (bytes and rows of each file), COPY (rows of each file into leads_raw), merge (raw rows into
 * leads_final) and scoring (leads scored).
 */

/** The phases of a run, in order. */
export const PHASES = ['PUT', 'COPY', 'merge', 'scoring'] as const;
/** One of {@link PHASES}. */
export type Phase = (typeof PHASES)[number];

/**
 * Where one phase stands. A phase starts with its first event (`rows` 0), may send more, and ends with
 * `done`; PUT and COPY run once per file (`file`), merge and scoring once per run.
 */
export interface PhaseProgress {
  phase: Phase;
  /** The file, for PUT and COPY. */
  file?: string;
  /** Rows so far: parsed (PUT), loaded (COPY), raw rows consumed (merge), leads scored (scoring). */
  rows: number;
  /** Rows the phase will reach, when known ahead (COPY: the staged rows; merge: the stream's backlog). */
  totalRows?: number;
  /** PUT: bytes of the source read so far, and its size when known. */
  bytes?: number;
  totalBytes?: number;
  /** The phase ended (its last event). */
  done?: boolean;
}

/** Hears a run's progress. */
export type ProgressListener = (event: PhaseProgress) => void;
