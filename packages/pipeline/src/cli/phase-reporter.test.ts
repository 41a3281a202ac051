import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createPhaseReporter, humanBytes, phaseLine } from './phase-reporter.ts';

/** A stream that keeps what was written, and a clock the test moves. */
function sink(): { stream: Writable; text: () => string } {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      text += chunk.toString();
      done();
    },
  });
  return { stream, text: () => text };
}

describe('phase reporter', () => {
  it('formats sizes in decimal units and lines with rows, totals and rows/s', () => {
    expect(humanBytes(73_400_320)).toBe('73.4 MB');
    expect(humanBytes(129_546_001)).toBe('129.5 MB');
    expect(humanBytes(999)).toBe('999 B');
    expect(humanBytes(1_500)).toBe('1.5 kB');
    expect(
      phaseLine(
        { phase: 'PUT', file: '/data/leads.csv', rows: 512_000, bytes: 73_400_320, totalBytes: 129_546_001 },
        2000,
      ),
    ).toBe('PUT leads.csv: 73.4 MB / 129.5 MB, 512,000 rows, 256,000 rows/s (2 s)');
    expect(phaseLine({ phase: 'merge', rows: 500_000, totalRows: 1_000_000 }, 4000)).toBe(
      'merge: 500,000 / 1,000,000 raw rows, 125,000 rows/s (4 s)',
    );
    expect(phaseLine({ phase: 'COPY', file: 'leads.csv', rows: 1_000_000, done: true }, 4400)).toBe(
      'COPY leads.csv: done, 1,000,000 rows in 4.4 s, 227,273 rows/s',
    );
    expect(phaseLine({ phase: 'scoring', rows: 10, done: true }, 10)).toBe(
      'scoring: done, 10 leads in 0.0 s',
    );
  });

  it('off a terminal: one status line per running phase every interval, a last line per phase, in order', async () => {
    const out = sink();
    let t = 0;
    const reporter = createPhaseReporter({ stream: out.stream, tty: false, intervalMs: 2000, now: () => t });
    const { listener } = reporter;
    listener({ phase: 'PUT', file: 'a.csv', rows: 0, bytes: 0, totalBytes: 2_000_000 });
    for (t = 500; t <= 4500; t += 500)
      listener({ phase: 'PUT', file: 'a.csv', rows: t * 10, bytes: t * 400, totalBytes: 2_000_000 });
    t = 4500;
    listener({ phase: 'PUT', file: 'a.csv', rows: 50_000, bytes: 2_000_000, done: true });
    listener({ phase: 'COPY', file: 'a.csv', rows: 0, totalRows: 50_000 });
    // A COPY is one statement: no events while it runs, the timer reports it.
    t = 7000;
    await new Promise((resolve) => setTimeout(resolve, 700));
    listener({ phase: 'COPY', file: 'a.csv', rows: 50_000, done: true });
    reporter.stop();
    const lines = out.text().trimEnd().split('\n');
    expect(out.text()).not.toContain('\r');
    expect(out.text()).not.toContain('\u001b');
    expect(lines).toEqual([
      'PUT a.csv: 800.0 kB / 2.0 MB, 20,000 rows, 10,000 rows/s (2 s)',
      'PUT a.csv: 1.6 MB / 2.0 MB, 40,000 rows, 10,000 rows/s (4 s)',
      'PUT a.csv: done, 2.0 MB, 50,000 rows in 4.5 s, 11,111 rows/s',
      'COPY a.csv: 0 / 50,000 rows, 0 rows/s (3 s)',
      'COPY a.csv: done, 50,000 rows in 2.5 s, 20,000 rows/s',
    ]);
  });

  it('on a terminal: one line redrawn in place, each last line kept', () => {
    const out = sink();
    let t = 0;
    const reporter = createPhaseReporter({ stream: out.stream, tty: true, now: () => t });
    reporter.listener({ phase: 'merge', rows: 0, totalRows: 10 });
    t = 1000;
    reporter.listener({ phase: 'merge', rows: 5, totalRows: 10 });
    reporter.listener({ phase: 'merge', rows: 10, totalRows: 10, done: true });
    reporter.stop();
    expect(out.text()).toBe(
      '\r\x1b[2Kmerge: 0 / 10 raw rows (0 s)\r\x1b[2Kmerge: 5 / 10 raw rows, 5 rows/s (1 s)\r\x1b[2Kmerge: done, 10 raw rows in 1.0 s, 10 rows/s\n',
    );
  });
});
