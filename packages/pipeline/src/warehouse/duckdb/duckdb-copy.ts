/**
 * COPY INTO leads_raw on DuckDB: one staged file loaded in one transaction together with its load history
 * row (SEMANTICS.md), exactly once per (name, checksum). CSV files staged as typed text are typed and
 * validated by the engine in one pass; documents are inserted as the cleaner wrote them.
 */
import { randomUUID } from 'node:crypto';
import { failpoint } from '../../failpoints.ts';
import type { ColumnType } from '../../formats/lead-schema.ts';
import { widenType } from '../../formats/lead-schema.ts';
import type { LocalCopy, StagedFile } from '../../stage/stage.ts';
import { decideLoad, failedFileResult } from '../load-decision.ts';
import { toNumber, toText } from '../rows.ts';
import type { CopyOptions, LoadFileResult } from '../warehouse.ts';
import type { DuckDbConnection } from './duckdb-connection.ts';
import type { CsvLoadPlan, DuckDbLayout } from './duckdb-load-sql.ts';
import {
  CLEAR_WIDE_PARTS_SQL,
  DROP_WIDE_PARTS_SQL,
  WIDE_EXTRA_MERGE_SQL,
  WIDE_MERGE_LINES,
  WIDE_PARTS_DDL,
  WIDE_PARTS_LAST_LINE_SQL,
  batches,
  isWideCsv,
  undeclaredBatches,
  wideErrRawMergeSql,
  wideErrRawPartSql,
  wideExtraPartSql,
  wideInferSql,
} from './duckdb-wide-load-sql.ts';
import {
  CSV_LOAD_COUNTS_SQL,
  DELETE_LOADED_SQL,
  DELETE_TYPING_ERRORS_SQL,
  FAILED_FILE_SQL,
  FIRST_ERROR_SQL,
  INSERT_LOAD_HISTORY_SQL,
  IS_LOADED_SQL,
  LOADED_RANGE_SQL,
  LOAD_BASE_SQL,
  STAGED_REJECTS_SQL,
  TYPING_ERRORS_SQL,
  csvInferSql,
  csvInsertSql,
  documentsInsertSql,
} from './duckdb-load-sql.ts';

/** Whether a file with this name and checksum is already loaded (call inside the serial turn). */
export async function isLoaded(db: DuckDbConnection, name: string, checksum: string): Promise<boolean> {
  const rows = await db.run(IS_LOADED_SQL, { name, checksum });
  return rows.length > 0;
}

/**
 * Loads one staged file and writes its history row, in one transaction (call inside the serial turn).
 * A file already loaded with the same checksum is SKIPPED unless `options.force`; `options.onError`
 * decides what rejected rows do to the file (see load-decision.ts).
 */
export async function copyStagedFile(
  db: DuckDbConnection,
  layout: DuckDbLayout,
  file: StagedFile,
  copy: LocalCopy,
  options: CopyOptions,
): Promise<LoadFileResult> {
  return db.transaction(async () => {
    const loadId = randomUUID();
    const now = new Date().toISOString();
    const base: LoadFileResult = {
      file: file.name,
      checksum: file.checksum,
      status: 'LOADED',
      rowsParsed: file.rowsParsed,
      rowsLoaded: 0,
      errorCount: file.rowsRejected,
      loadId,
      ...(file.firstError ? { firstError: file.firstError } : {}),
    };
    const history = async (
      r: LoadFileResult,
      rawFrom: number | null,
      rawTo: number | null,
      inferred: Record<string, ColumnType> = {},
    ): Promise<void> => {
      await db.run(INSERT_LOAD_HISTORY_SQL, {
        load_id: loadId,
        file_name: file.name,
        stage: options.stageLocation,
        checksum: file.checksum,
        size: file.size,
        source_checksum: file.sourceChecksum,
        status: r.status,
        reason: r.reason ?? null,
        row_count: r.rowsLoaded,
        row_parsed: r.rowsParsed,
        error_count: r.errorCount,
        first_message: r.firstError?.reason ?? null,
        first_line: r.firstError?.line ?? null,
        first_column: r.firstError?.column ?? null,
        inferred: JSON.stringify(inferred),
        raw_from: rawFrom,
        raw_to: rawTo,
        now,
      });
    };

    if (!options.force && (await isLoaded(db, file.name, file.checksum))) {
      const skipped: LoadFileResult = {
        ...base,
        status: 'SKIPPED',
        reason: 'already loaded with the same checksum (use --force to reload)',
        rowsParsed: 0,
        errorCount: 0,
      };
      delete skipped.firstError;
      await history(skipped, null, null);
      return skipped;
    }

    const stagedAs = file.layout ?? 'documents';
    const start = toNumber((await db.run(LOAD_BASE_SQL))[0]?.m);
    // raw_id = base + source line (CSV) or staged ordinal (documents): unique and in file order without
    // sorting the file (CSV ids have gaps where lines were rejected, which the stream does not mind).
    const params = { base: start, file: file.name, load_id: loadId, now };
    let typingErrors = 0;
    let accepted = file.rowsAccepted;
    let inferred: Record<string, ColumnType> = file.inferred;
    let inserted = false;
    if (stagedAs === 'csv' && file.rowsAccepted > 0) {
      // The engine types and validates the staged CSV with the cleaner's rules, in one pass straight
      // into the store; the rows it rejects join PUT's structural rejections and leave the store below.
      const plan: CsvLoadPlan = {
        header: file.columns,
        delimiter: file.delimiter ?? ',',
        declared: new Map(layout.store.map((c) => [c.name, c])),
        key: layout.key,
        nullTokens: file.nullTokens ?? [],
        longestLine: file.longestLine ?? 0,
        trim: file.edgeSpace ?? true,
      };
      const wide = isWideCsv(plan.header);
      const at = { ...params, path: copy.dataPath };
      await db.run(csvInsertSql(plan, layout.store, wide), at);
      inserted = true;
      const c = (await db.run(CSV_LOAD_COUNTS_SQL, { base: start }))[0];
      typingErrors = toNumber(c?.bad);
      accepted = toNumber(c?.n) - typingErrors;
      if (wide) await loadWideColumns(db, plan, start, copy.dataPath, typingErrors > 0);
      inferred = await inferCsv(db, plan, start, copy.dataPath);
      if (typingErrors > 0) {
        await db.run(TYPING_ERRORS_SQL, { load_id: loadId, file: file.name, base: start });
        await db.run(DELETE_TYPING_ERRORS_SQL, { base: start });
      }
    }
    const rejected = file.rowsRejected + typingErrors;
    const { loadRows, status, reason, aborted } = decideLoad(
      { rowsAccepted: accepted, rowsRejected: rejected },
      options.onError,
    );

    let rawFrom: number | null = null;
    let rawTo: number | null = null;
    if (loadRows) {
      if (!inserted) await db.run(documentsInsertSql(layout.store), { ...params, path: copy.dataPath });
      const range = await db.run(LOADED_RANGE_SQL, { base: start });
      rawFrom = toNumber(range[0]?.lo);
      rawTo = toNumber(range[0]?.hi);
      await failpoint('load.after-insert');
      await failpoint('load.file', file.name);
    } else if (inserted) {
      await db.run(DELETE_LOADED_SQL, { base: start });
    }
    if (file.rowsRejected > 0) {
      await db.run(STAGED_REJECTS_SQL, { load_id: loadId, file: file.name, path: copy.rejectsPath });
    }
    let firstError = file.firstError;
    if (typingErrors > 0) {
      const first = (await db.run(FIRST_ERROR_SQL, { load_id: loadId }))[0];
      if (first) {
        firstError = {
          line: toNumber(first.line),
          reason: toText(first.error),
          ...(first.column_name ? { column: toText(first.column_name) } : {}),
        };
      }
    }
    const result: LoadFileResult = {
      ...base,
      status,
      errorCount: rejected,
      ...(firstError ? { firstError } : {}),
      rowsLoaded: loadRows ? accepted : 0,
      ...(reason ? { reason } : {}),
      ...(aborted ? { aborted } : {}),
    };
    await history(result, rawFrom, rawTo, inferred);
    await failpoint('load.before-commit');
    return result;
  });
}

/**
 * The rest of a wide CSV load after its declared columns: `extra` and, when rows failed typing, their
 * `err_raw`, built in column batches (duckdb-wide-load-sql.ts) and merged into the store once each.
 */
async function loadWideColumns(
  db: DuckDbConnection,
  plan: CsvLoadPlan,
  base: number,
  path: string,
  typingErrors: boolean,
): Promise<void> {
  await db.run(WIDE_PARTS_DDL);
  for (const [b, batch] of undeclaredBatches(plan).entries()) {
    await db.run(wideExtraPartSql(plan, batch, b), { path });
  }
  const merge = async (sql: string): Promise<void> => {
    const last = toNumber((await db.run(WIDE_PARTS_LAST_LINE_SQL))[0]?.n);
    for (let from = 0; from < last; from += WIDE_MERGE_LINES) {
      await db.run(sql, { base, from, to: from + WIDE_MERGE_LINES });
    }
  };
  await merge(WIDE_EXTRA_MERGE_SQL);
  if (typingErrors) {
    await db.run(CLEAR_WIDE_PARTS_SQL);
    for (const [b, part] of batches(plan.header.map((_, i) => i)).entries()) {
      await db.run(wideErrRawPartSql(plan, part[0]!, part[part.length - 1]! + 1, b), { base, path });
    }
    await merge(wideErrRawMergeSql(plan));
  }
  await db.run(DROP_WIDE_PARTS_SQL);
}

/** Types of the undeclared columns of the rows a CSV load put past `base`, inferred as the cleaner would. */
async function inferCsv(
  db: DuckDbConnection,
  plan: CsvLoadPlan,
  base: number,
  path: string,
): Promise<Record<string, ColumnType>> {
  const row: Record<string, unknown> = {};
  if (isWideCsv(plan.header)) {
    for (const batch of undeclaredBatches(plan)) {
      const sql = wideInferSql(plan, batch);
      Object.assign(row, (await db.native.runAndReadAll(sql, { base, path })).getRowObjectsJS()[0]);
    }
  } else {
    const sql = csvInferSql(plan);
    if (!sql) return {};
    Object.assign(row, (await db.native.runAndReadAll(sql, { base })).getRowObjectsJS()[0]);
  }
  const inferred: Record<string, ColumnType> = {};
  for (const [name, types] of Object.entries(row)) {
    const list = (types as string[] | null) ?? [];
    if (list.length === 0) continue;
    inferred[name] = (list as ColumnType[]).reduce((a, b) => widenType(a, b));
  }
  return inferred;
}

/** Records a file that failed before it could be staged (LOAD_FAILED, one error: the reason; call inside the serial turn). */
export async function recordFailedFile(
  db: DuckDbConnection,
  file: { name: string; sourceChecksum: string; sourceSize: number; stageLocation: string; reason: string },
): Promise<LoadFileResult> {
  const loadId = randomUUID();
  await db.run(FAILED_FILE_SQL, {
    load_id: loadId,
    name: file.name,
    stage: file.stageLocation,
    checksum: file.sourceChecksum,
    size: file.sourceSize,
    reason: file.reason,
  });
  return failedFileResult(file, loadId);
}
