/**
 * What a wide leads_final costs the DuckDB task, and how the task stays within it. DuckDB appends to a
 * stored table through one uncompressed block per column for the values and one for the validity mask
 * (256 KiB each in a file of the default block size), all pinned together while a row is appended,
 * whatever the number of rows; the checkpoint that follows writes a compressed copy of each beside them.
 * Measured with a leads_final of 1,035 columns (a 1,000-column file) and 3,000 rows: appending one row
 * needed 522 MiB of blocks (it failed at the default limit of 448MB, so every slice of a wide file was
 * quarantined), and the checkpoint after it failed at a limit of 1,000 MiB and passed at 1,195 MiB, with a
 * peak RSS of 0.8 GB (most of the reserved blocks are never written). A transaction's own rows start each
 * column with a small block (2,048 values), so a slice of at most 2,048 rows keeps each appending thread's
 * copy small; beyond that every thread holds full blocks of every column.
 */
import { COLUMN_TYPES } from '../../formats/lead-schema.ts';
import { toNumber, toText } from '../rows.ts';
import type { DuckDbConnection } from './duckdb-connection.ts';
import { FINAL_META_COLUMNS, FINAL_REGISTRY_SQL } from './duckdb-ddl.ts';
import { INFERRED_IN_RANGE_SQL } from './duckdb-task-sql.ts';

/**
 * Blocks per column a write to a stored table needs: the append's block of values and of validity, and the
 * checkpoint's compressed copy of each.
 */
export const WRITE_BLOCKS_PER_COLUMN = 4;
/** Rows of the small first block a transaction's own rows start each column with (DuckDB's vector size). */
export const SMALL_BLOCK_ROWS = 2048;
/** Rows per slice of a wide table: with the remainder a slice may take (a tenth), at most {@link SMALL_BLOCK_ROWS}. */
export const SMALL_SLICE_ROWS = Math.floor(SMALL_BLOCK_ROWS / 1.1);
/**
 * Memory the rest of a wide slice needs beside the write's blocks (the JSON of the undeclared columns
 * read, the batch's keys, the scores). With 1,035 columns in 64 KiB blocks, 160 MiB beside the blocks ran
 * a 1,861-row slice out of memory; 256 MiB merged it.
 */
export const WIDE_WORKING_BYTES = 256 * 2 ** 20;

/** How the task merges a stream range: rows per slice, and the memory limit the write needs. */
export interface WidthPlan {
  /** Columns leads_final will have once the range's files are merged (lead columns and metadata). */
  columns: number;
  /** Raw rows per slice: `sliceRows`, or {@link SMALL_SLICE_ROWS} when full blocks per thread would not fit. */
  sliceRows: number;
  /**
   * The memory limit the write needs: its blocks ({@link WRITE_BLOCKS_PER_COLUMN}), each thread's copy of a
   * small slice, and {@link WIDE_WORKING_BYTES}.
   */
  memoryBytes: number;
  /**
   * Whether the write needs more than the configured limit (`memoryBytes` over it, so the task raises it):
   * then the task scores each slice into a table before writing it, rather than carrying whole rows
   * through the scoring SELECT (see `insertScoredBatchSql`). At the 448MB default and 256 KiB blocks
   * that is from about 160 columns on.
   */
  wide: boolean;
}

/**
 * Plans the merge of the raw rows in (from, to] for the width leads_final will have (its registered
 * columns and those the range's loads inferred; without a range, the registered ones: a rewrite of rows
 * already in leads_final). With `limitBytes` (the instance's memory limit; undefined:
 * none set) and DuckDB's thread count: slices keep `sliceRows` unless every thread's full blocks and the
 * commit's would pass the limit, then they hold {@link SMALL_SLICE_ROWS} rows.
 */
export async function planForWidth(
  db: DuckDbConnection,
  range: { from: number; to: number } | undefined,
  sliceRows: number,
  limitBytes: number | undefined,
): Promise<WidthPlan> {
  const names = new Set((await db.run(FINAL_REGISTRY_SQL)).map((r) => toText(r.column_name)));
  for (const l of range ? await db.run(INFERRED_IN_RANGE_SQL, range) : []) {
    const inferred = JSON.parse(toText(l.inferred) || '{}') as Record<string, string>;
    for (const [name, type] of Object.entries(inferred))
      if ((COLUMN_TYPES as readonly string[]).includes(type)) names.add(name);
  }
  const columns = names.size + FINAL_META_COLUMNS.length;
  const engine = (await db.run(ENGINE_SQL))[0];
  const blockSize = toNumber(engine?.block_size);
  const blocks = columns * WRITE_BLOCKS_PER_COLUMN * blockSize;
  const threads = Math.max(1, toNumber(engine?.threads));
  // Each thread's copy of a small slice: a first block of 2,048 values (at most 16 bytes each) a column.
  const smallCopies = threads * columns * SMALL_BLOCK_ROWS * 16;
  const memoryBytes = blocks + smallCopies + WIDE_WORKING_BYTES;
  // Beyond 2,048 rows each thread appends its copy of the slice to full blocks (values and validity).
  const perThread = columns * 2 * blockSize;
  const small = limitBytes !== undefined && threads * perThread + blocks > Math.max(limitBytes, memoryBytes);
  // The task lets a remainder of up to a tenth of a slice join the last one: that slice must still fit.
  return {
    columns,
    sliceRows: small ? Math.min(sliceRows, SMALL_SLICE_ROWS) : sliceRows,
    memoryBytes,
    wide: limitBytes !== undefined && memoryBytes > limitBytes,
  };
}

/**
 * The database file's block size (fixed when the file was created) and DuckDB's worker threads (each may
 * append its own copy of a slice's rows).
 */
export const ENGINE_SQL = `SELECT block_size, current_setting('threads')::BIGINT AS threads
FROM pragma_database_size() WHERE database_name = current_database()`;
