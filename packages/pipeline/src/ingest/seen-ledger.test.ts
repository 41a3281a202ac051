import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SeenLedger } from './seen-ledger.ts';

describe('SeenLedger', () => {
  let dir: string;
  let file: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'leadpipe-ledger-'));
    file = path.join(dir, 'ingest', 'seen.jsonl');
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const version = (key: string, etag: string) => ({ bucket: 'leads', key, etag });
  const lineCount = async () => (await readFile(file, 'utf8')).split('\n').filter(Boolean).length;

  it('answers for the latest handled version of each key, across a reopen', async () => {
    const ledger = await SeenLedger.open(file);
    await ledger.add({ ...version('a.csv', 'e1'), status: 'LOADED', file: 'a.csv' });
    await ledger.add({ ...version('a.csv', 'e2'), status: 'LOADED', file: 'a.csv' });
    await ledger.add({ ...version('b.csv', 'e1'), status: 'LOAD_FAILED', file: 'b.csv' });
    await ledger.close();

    const again = await SeenLedger.open(file);
    expect(again.has(version('a.csv', 'e2'))).toBe(true);
    expect(again.has(version('a.csv', 'e1'))).toBe(false);
    expect(again.get(version('b.csv', 'e1'))?.status).toBe('LOAD_FAILED');
    expect(again.has({ bucket: 'other', key: 'b.csv', etag: 'e1' })).toBe(false);
    expect(again.size).toBe(2);
    await again.close();
  });

  it('keeps the file bounded by the keys however often they are overwritten', async () => {
    const ledger = await SeenLedger.open(file);
    const keys = 20;
    let most = 0;
    for (let v = 0; v < 150; v++) {
      for (let k = 0; k < keys; k++) await ledger.add({ ...version(`k${k}.csv`, `v${v}`), status: 'LOADED' });
      most = Math.max(most, await lineCount());
    }
    // 3,000 versions appended; the file never held more than its slack over twice the live keys.
    expect(most).toBeLessThanOrEqual(2 * keys + 1000 + 1);
    expect(ledger.fileLines).toBe(await lineCount());
    await ledger.close();

    const again = await SeenLedger.open(file);
    expect(again.size).toBe(keys);
    for (let k = 0; k < keys; k++) {
      expect(again.has(version(`k${k}.csv`, 'v149'))).toBe(true);
      expect(again.has(version(`k${k}.csv`, 'v148'))).toBe(false);
    }
    await again.close();
  });

  it('applies appends made at the same time one by one, across rewrites', async () => {
    const ledger = await SeenLedger.open(file);
    await Promise.all(
      Array.from({ length: 1200 }, (_, v) =>
        ledger.add({ ...version(`k${v % 3}.csv`, `v${v}`), status: 'LOADED' }),
      ),
    );
    await ledger.close();
    const again = await SeenLedger.open(file);
    expect(again.size).toBe(3);
    for (let k = 0; k < 3; k++) expect(again.has(version(`k${k}.csv`, `v${1197 + k}`))).toBe(true);
    await again.close();
  });

  it('compacts a sparse file when it opens, and ignores a line torn by a crash', async () => {
    const lines = [];
    for (let v = 0; v < 1500; v++)
      lines.push(JSON.stringify({ ...version('a.csv', `v${v}`), status: 'LOADED', at: 'x' }));
    await SeenLedger.open(file).then((l) => l.close());
    await writeFile(file, lines.join('\n') + '\n{"bucket":"leads","key":"b.csv","et');
    const ledger = await SeenLedger.open(file);
    expect(await lineCount()).toBe(1);
    expect(ledger.has(version('a.csv', 'v1499'))).toBe(true);
    expect(ledger.has(version('b.csv', 'e1'))).toBe(false);
    await ledger.add({ ...version('b.csv', 'e1'), status: 'LOADED' });
    await ledger.close();
    const again = await SeenLedger.open(file);
    expect([again.size, again.has(version('b.csv', 'e1'))]).toEqual([2, true]);
    await again.close();
  });
});
