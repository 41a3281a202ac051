/**
 * The CLI's view of a run's progress (see pipeline/progress.ts): per phase, rows, rows/s and human sizes.
 * On a terminal one line redrawn in place, then each phase's last line kept; when stderr is not a terminal
 * (a log, a pipe, CI) one status line per running phase every ~2 s and a last line when it ends.
 */
import path from 'node:path';
import type { PhaseProgress, ProgressListener } from '../pipeline/progress.ts';

/** Options of {@link createPhaseReporter}. */
export interface PhaseReporterOptions {
  /** Where lines go. Default `process.stderr`. */
  stream?: NodeJS.WritableStream & { isTTY?: boolean };
  /** Redraw one line in place. Default: whether `stream` is a terminal. */
  tty?: boolean;
  /** How often a running phase prints a status line when not on a terminal. Default 2000 ms. */
  intervalMs?: number;
  /** The clock (tests). Default `Date.now`. */
  now?: () => number;
}

/** A reporter: its listener for `runPipeline`'s `onProgress`, and `stop` to end it. */
export interface PhaseReporter {
  listener: ProgressListener;
  /** Stops the timer and ends a line left open on a terminal. */
  stop(): void;
}

/**
 * Bytes in decimal units with one decimal: `73.4 MB`.
 *
 * @example
 * humanBytes(129_546_001); // '129.5 MB'
 */
export function humanBytes(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${units[unit]}`;
}

const count = (n: number): string => Math.round(n).toLocaleString('en-US');

const UNITS: Record<PhaseProgress['phase'], string> = {
  PUT: 'rows',
  COPY: 'rows',
  merge: 'raw rows',
  scoring: 'leads',
};

/**
 * One line for a phase: `PUT leads.csv: 73.4 MB / 129.5 MB, 512,000 rows, 240,113 rows/s`, and when it
 * ends `COPY leads.csv: done, 1,000,000 rows in 4.4 s, 227,273 rows/s`.
 */
export function phaseLine(e: PhaseProgress, elapsedMs: number): string {
  const head = `${e.phase}${e.file ? ` ${path.basename(e.file)}` : ''}:`;
  const unit = UNITS[e.phase];
  const seconds = elapsedMs / 1000;
  const rate = seconds >= 0.05 ? `, ${count(e.rows / seconds)} ${unit === 'leads' ? 'leads' : 'rows'}/s` : '';
  if (e.done) {
    const size = e.bytes !== undefined && e.bytes > 0 ? `${humanBytes(e.bytes)}, ` : '';
    return `${head} done, ${size}${count(e.rows)} ${unit} in ${seconds.toFixed(1)} s${rate}`;
  }
  const size =
    e.bytes !== undefined
      ? `${humanBytes(e.bytes)}${e.totalBytes !== undefined ? ` / ${humanBytes(e.totalBytes)}` : ''}, `
      : '';
  const rows = `${count(e.rows)}${e.totalRows !== undefined ? ` / ${count(e.totalRows)}` : ''} ${unit}`;
  return `${head} ${size}${rows}${rate} (${seconds.toFixed(0)} s)`;
}

/**
 * Creates a reporter writing to `options.stream`.
 *
 * @example
 * const progress = createPhaseReporter();
 * try { await runPipeline(lp, files, { onProgress: progress.listener }); } finally { progress.stop(); }
 */
export function createPhaseReporter(options: PhaseReporterOptions = {}): PhaseReporter {
  const stream = options.stream ?? process.stderr;
  const tty = options.tty ?? Boolean(stream.isTTY);
  const interval = options.intervalMs ?? 2000;
  const now = options.now ?? Date.now;
  // Running phases by phase and file: the latest event, when the phase began, when it last printed.
  const running = new Map<string, { event: PhaseProgress; started: number; printed: number }>();
  let openLine = false;
  let lastDraw = Number.NEGATIVE_INFINITY;

  const write = (line: string, final: boolean): void => {
    if (tty) {
      stream.write(`\r\x1b[2K${line}${final ? '\n' : ''}`);
      openLine = !final;
    } else stream.write(`${line}\n`);
  };

  const tick = (): void => {
    const t = now();
    for (const state of running.values()) {
      if (t - state.printed < interval) continue;
      state.printed = t;
      write(phaseLine(state.event, t - state.started), false);
    }
  };
  // Only off a terminal: a phase that sends no events for a while (one long COPY statement) still reports.
  const timer = tty ? undefined : setInterval(tick, Math.max(100, Math.floor(interval / 4)));
  timer?.unref();

  const listener: ProgressListener = (event) => {
    const key = `${event.phase}\0${event.file ?? ''}`;
    const t = now();
    let state = running.get(key);
    if (!state) {
      state = { event, started: t, printed: t };
      running.set(key, state);
    }
    state.event = event;
    if (event.done) {
      running.delete(key);
      write(phaseLine(event, t - state.started), true);
      return;
    }
    if (tty && t - lastDraw >= 100) {
      lastDraw = t;
      write(phaseLine(event, t - state.started), false);
    } else if (!tty && t - state.printed >= interval) {
      state.printed = t;
      write(phaseLine(event, t - state.started), false);
    }
  };

  return {
    listener,
    stop() {
      if (timer) clearInterval(timer);
      if (openLine) stream.write('\n');
      openLine = false;
    },
  };
}
