import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runNode, tempDir } from '../../../test/helpers.ts';
import { DuckDbConnection, NEW_FILE_BLOCK_SIZE, isFileLockError, sizeBytes } from './duckdb-connection.ts';

describe('DuckDbConnection', () => {
  let work: Awaited<ReturnType<typeof tempDir>>;
  beforeAll(async () => {
    work = await tempDir();
  });
  afterAll(() => work.cleanup());

  it('reads sizes as DuckDB does: KB/MB/GB in powers of 1000, KiB/MiB/GiB in powers of 1024', () => {
    expect(sizeBytes('448MB')).toBe(448_000_000);
    expect(sizeBytes('1.5 GiB')).toBe(1.5 * 2 ** 30);
    expect(sizeBytes('512kib')).toBe(512 * 1024);
    expect(() => sizeBytes('lots')).toThrow('not a size');
  });

  it('calls a file held by another process locked, and an out-of-memory "block" error not', () => {
    expect(
      isFileLockError(
        'IO Error: Could not set lock on file "/x/leadpipe.duckdb": Conflicting lock is held in /usr/bin/node (PID 1)',
      ),
    ).toBe(true);
    expect(
      isFileLockError(
        'Failure while replaying WAL file "/x/leadpipe.duckdb.wal": Failed to commit: could not allocate block of size 256.0 KiB',
      ),
    ).toBe(false);
  });

  it('creates a new file with 64 KiB blocks', async () => {
    const db = await DuckDbConnection.open(path.join(work.dir, 'blocks.duckdb'));
    try {
      const rows = await db.serial(() =>
        db.run(`SELECT block_size FROM pragma_database_size() WHERE database_name = current_database()`),
      );
      expect(rows).toEqual([{ block_size: String(NEW_FILE_BLOCK_SIZE) }]);
      expect(NEW_FILE_BLOCK_SIZE).toBe(65536);
    } finally {
      await db.close();
    }
  });

  it('raises its memory limit by opening the file again, with the data and the lock-down kept', async () => {
    const db = await DuckDbConnection.open(path.join(work.dir, 'raise.duckdb'), { memoryLimit: '100MB' });
    try {
      await db.serial(async () => {
        await db.run('CREATE TABLE t AS SELECT 42 AS v');
        expect(db.memoryLimitBytes).toBe(100_000_000);
        expect(await db.raiseMemoryLimit(50_000_000)).toBe(false);
        expect(await db.raiseMemoryLimit(300 * 2 ** 20)).toBe(true);
        expect(db.memoryLimitBytes).toBe(300 * 2 ** 20);
        const rows = await db.run(`SELECT v, current_setting('memory_limit') AS m FROM t`);
        expect(rows[0]).toEqual({ v: 42, m: '300.0 MiB' });
        await expect(db.run(`SET memory_limit = '1GB'`)).rejects.toThrow(/configuration has been locked/);
        await expect(db.reader.run(`SET memory_limit = '1GB'`)).rejects.toThrow(
          /configuration has been locked/,
        );
      });
    } finally {
      await db.close();
    }
  });

  it('opens a file whose write-ahead log needs more memory than its limit to replay', async () => {
    // A process killed after appending a row to a stored 300-column table: replaying that append pins a
    // block per column and validity mask (300 x 2 x 256 KiB), over a 20MB limit.
    const file = path.join(work.dir, 'wal.duckdb');
    const killed = await runNode([
      '--input-type=module',
      '-e',
      `import { DuckDBInstance } from '@duckdb/node-api';
       const c = await (await DuckDBInstance.create(${JSON.stringify(file)})).connect();
       await c.run('CREATE TABLE w (k VARCHAR, ${Array.from({ length: 300 }, (_, i) => `c${i} BIGINT`).join(', ')})');
       await c.run("INSERT INTO w (k) VALUES ('stored')");
       await c.run('CHECKPOINT');
       await c.run("INSERT INTO w (k, c0, c299) VALUES ('a', 1, 299)");
       process.exit(0);`,
    ]);
    expect(killed.code, killed.stderr).toBe(0);
    expect(existsSync(`${file}.wal`)).toBe(true);
    const db = await DuckDbConnection.open(file, { memoryLimit: '20MB' });
    try {
      const rows = await db.serial(() =>
        db.run(`SELECT k, c0, c299, current_setting('memory_limit') AS m FROM w WHERE k = 'a'`),
      );
      expect(rows).toEqual([{ k: 'a', c0: '1', c299: '299', m: '19.0 MiB' }]);
    } finally {
      await db.close();
    }
  });

  it('leaves an in-memory database and one without a limit as they are', async () => {
    for (const [file, options] of [
      [':memory:', { memoryLimit: '100MB' }],
      [path.join(work.dir, 'nolimit.duckdb'), {}],
    ] as const) {
      const db = await DuckDbConnection.open(file, options);
      try {
        await db.serial(async () => {
          await db.run('CREATE TABLE t AS SELECT 1 AS v');
          expect(await db.raiseMemoryLimit(2 ** 30)).toBe(false);
          expect(await db.run('SELECT v FROM t')).toEqual([{ v: 1 }]);
        });
      } finally {
        await db.close();
      }
    }
  });
});
