/**
 * The merge task's stored procedure on Snowflake (`LEADPIPE_RUN_TASK`), as a pure function tested as a
 * string. It keeps the rules the DuckDB task keeps (SEMANTICS.md §4-5 and "Quarantine"):
 *
 * - **The stream is consumed into a backlog.** One transaction copies the stream's rows into
 *   LEADPIPE_BACKLOG (a permanent table), numbered in load order. Snowflake moves a stream's offset when a
 *   DML statement that reads the stream commits, and not before; inside that transaction every statement
 *   sees the same stream rows (`user-guide/streams-intro`, "Stream offset" and "Repeatable read"). So
 *   after the commit the rows are in the backlog and past the offset, exactly once; a failure before the
 *   commit leaves both as they were.
 * - **Bounded slices.** The backlog is merged in slices of at most `sliceRows` rows by `ROW_ID`, each in one
 *   transaction that writes LEADS_FINAL, the scores, the task-history row of the slice and the removal of its
 *   rows from the backlog, or nothing. Rows left by a failed or killed run are merged by the next run first.
 * - **One bad file never blocks the task.** When a slice fails with a data error (SQLSTATE classes 21, 22,
 *   23: a value, a cardinality or a constraint), it is merged again file by file (`LOAD_ID`); a file that
 *   fails alone is recorded QUARANTINED in LOAD_HISTORY with the error (`SQLERRM`) and its rows leave the
 *   backlog (they stay in LEADS_RAW until `quarantine retry|drop`), in one transaction; the others merge.
 *   Any other error fails the run as before (counted, suspending the task at N, raised again).
 */
import type { FinalColumn } from './snowflake-ddl.ts';
import { quoteIdent as q } from '../sql-ident.ts';
import { SF, routineBody, sqlString } from './snowflake-ddl.ts';
import { SCORED_TABLE_SQL, applyScoringStatements } from './snowflake-store-sql.ts';
import {
  batchSql,
  batchTableSql,
  dropUnchangedSql,
  indent,
  mergeCountsSql,
  mergeSql,
} from './snowflake-task-sql.ts';

/** Backlog rows merged per committed transaction of a Snowflake task run (as DuckDB's default slice). */
export const SNOWFLAKE_SLICE_ROWS = 500_000;

const TASK_COLUMNS = `"RUN_ID", "NAME", "STATE", "TRIGGER_KIND", "SCHEDULED_TIME", "QUERY_START_TIME", "COMPLETED_TIME", "ERROR_CODE", "ERROR_MESSAGE", "ROWS_CONSUMED", "ROWS_INSERTED", "ROWS_UPDATED", "ROWS_UNCHANGED", "LEADS_SCORED"`;

/** The backlog rows of the current slice (`r` is the backlog). */
const SLICE_SCOPE = `r."ROW_ID" > :v_from AND r."ROW_ID" <= :v_to`;
/** The backlog rows of one file of the current slice. */
const FILE_SCOPE = `${SLICE_SCOPE} AND r."LOAD_ID" = :v_load`;

/**
 * Takes the stream's rows into the backlog, numbered after the rows already there in load order (run in
 * the transaction whose commit moves the stream's offset).
 */
export const CONSUME_STREAM_SQL = [
  `SELECT COALESCE(MAX("ROW_ID"), 0) INTO :v_base FROM ${q(SF.backlog)}`,
  `INSERT INTO ${q(SF.backlog)} ("ROW_ID", "FILE_NAME", "FILE_ROW_NUMBER", "DATA", "LOAD_ID", "LOADED_AT")
SELECT :v_base + ROW_NUMBER() OVER (ORDER BY r."LOADED_AT", r."LOAD_ID", r."FILE_ROW_NUMBER"), r."FILE_NAME", r."FILE_ROW_NUMBER", r."DATA", r."LOAD_ID", r."LOADED_AT"
FROM ${q(SF.stream)} AS r`,
] as const;

/**
 * Records the file `:v_load` QUARANTINED with `:v_message`: its history row when it has one (a COPY by
 * leadpipe), a new row otherwise (a Snowpipe load, whose LOAD_ID is the staged path).
 */
export const QUARANTINE_IN_TASK_SQL = `MERGE INTO ${q(SF.loadHistory)} AS h
USING (SELECT :v_load AS "LOAD_ID", :v_file AS "FILE_NAME", :v_message AS "REASON", :v_rows AS "ROWS") AS s
ON h."LOAD_ID" = s."LOAD_ID"
WHEN MATCHED THEN UPDATE SET "STATUS" = 'QUARANTINED', "REASON" = s."REASON", "LAST_LOAD_TIME" = CURRENT_TIMESTAMP()
WHEN NOT MATCHED THEN INSERT ("LOAD_ID", "FILE_NAME", "STAGE_LOCATION", "CHECKSUM", "FILE_SIZE", "STATUS", "REASON", "ROW_COUNT", "ROW_PARSED", "ERROR_COUNT", "LAST_LOAD_TIME")
VALUES (s."LOAD_ID", s."FILE_NAME", ${sqlString(SF.raw)}, '', 0, 'QUARANTINED', s."REASON", s."ROWS", s."ROWS", 0, CURRENT_TIMESTAMP())`;

/** The SQLSTATE classes of errors that the data can cause (others fail the run, as in DuckDB). */
const DATA_ERROR_CONDITION = `LEFT(SQLSTATE, 2) IN ('21', '22', '23')`;

/**
 * One committed merge of the backlog rows in `scope`: the typed batch, the counts, the hash-checked MERGE,
 * scoring, the rows' removal from the backlog and the task-history row of `:v_slice_id`, then the run's
 * totals. Every statement is in the transaction, so a failure leaves nothing behind.
 */
function mergeScopeSql(columns: readonly FinalColumn[], key: string, scope: string, by: string): string {
  const task = sqlString(SF.mergeTask);
  return `${by}BEGIN TRANSACTION;
${indent(
  [
    `DELETE FROM ${q(SF.batch)}`,
    `SELECT COUNT(*) INTO :v_rows FROM ${q(SF.backlog)} AS r WHERE ${scope}`,
    batchSql(columns, key, scope),
    mergeCountsSql(key, 's_'),
    dropUnchangedSql(key),
    mergeSql(columns, key),
  ],
  by,
)}
${by}s_scored := 0;
${by}IF (with_scoring AND v_models > 0) THEN
${indent([...applyScoringStatements(key), `SELECT COUNT(*) INTO :s_scored FROM ${q(SF.scored)}`], `${by}  `)}
${by}END IF;
${indent(
  [
    `DELETE FROM ${q(SF.backlog)} AS r WHERE ${scope}`,
    `INSERT INTO ${q(SF.taskHistory)} (${TASK_COLUMNS})
  VALUES (:v_slice_id, ${task}, 'SUCCEEDED', :trigger_kind, :v_started, :v_started, CURRENT_TIMESTAMP(), NULL, NULL, :v_rows, :s_inserted, :s_updated, :s_unchanged, :s_scored)`,
    `UPDATE ${q(SF.tasks)} SET "CONSECUTIVE_FAILURES" = 0, "UPDATED_AT" = CURRENT_TIMESTAMP() WHERE "NAME" = ${task}`,
    'COMMIT',
  ],
  by,
)}
${by}v_consumed := v_consumed + v_rows;
${by}v_inserted := v_inserted + s_inserted;
${by}v_updated := v_updated + s_updated;
${by}v_unchanged := v_unchanged + s_unchanged;
${by}v_scored := v_scored + s_scored;`;
}

/**
 * The task body as a procedure: `CALL LEADPIPE_RUN_TASK(run id or NULL, trigger, suspend after N failures,
 * score?)`. SKIPPED when the stream and the backlog are empty; otherwise the stream is consumed into the
 * backlog and the backlog merged in slices of `sliceRows`, a failing slice file by file (see the file's
 * header). Returns the run's totals and the files it quarantined. Each committed slice is one TASK_HISTORY
 * row: the first under the run id, the next ones under `<run id>:<n>`. A failure that is not a file's rolls
 * back the open slice, counts a consecutive failure (suspending the task at N), records the failed slice
 * and is raised again, so a native run is FAILED in TASK_HISTORY too. Temporary tables are created before
 * any transaction because DDL commits.
 */
export function runTaskProcedureSql(
  columns: readonly FinalColumn[],
  key: string,
  sliceRows = SNOWFLAKE_SLICE_ROWS,
): string {
  const task = sqlString(SF.mergeTask);
  const slice = Math.max(1, Math.floor(sliceRows));
  const body = `DECLARE
  v_id VARCHAR;
  v_slice_id VARCHAR;
  v_started TIMESTAMP_LTZ;
  v_has_data BOOLEAN;
  v_backlog INTEGER DEFAULT 0;
  v_base INTEGER DEFAULT 0;
  v_from INTEGER DEFAULT 0;
  v_to INTEGER DEFAULT 0;
  v_end INTEGER DEFAULT 0;
  v_slices INTEGER DEFAULT 0;
  v_split BOOLEAN DEFAULT FALSE;
  v_load VARCHAR;
  v_file VARCHAR;
  v_rows INTEGER DEFAULT 0;
  v_models INTEGER DEFAULT 0;
  v_consumed INTEGER DEFAULT 0;
  v_inserted INTEGER DEFAULT 0;
  v_updated INTEGER DEFAULT 0;
  v_unchanged INTEGER DEFAULT 0;
  v_scored INTEGER DEFAULT 0;
  s_inserted INTEGER DEFAULT 0;
  s_updated INTEGER DEFAULT 0;
  s_unchanged INTEGER DEFAULT 0;
  s_scored INTEGER DEFAULT 0;
  v_quarantined ARRAY DEFAULT ARRAY_CONSTRUCT();
  v_failures INTEGER DEFAULT 0;
  v_state VARCHAR;
  v_message VARCHAR;
BEGIN
  v_id := COALESCE(run_id, UUID_STRING());
  v_slice_id := v_id;
  v_started := CURRENT_TIMESTAMP();
  SELECT SYSTEM$STREAM_HAS_DATA(${sqlString(SF.stream)}) INTO :v_has_data;
  SELECT COUNT(*) INTO :v_backlog FROM ${q(SF.backlog)};
  IF (NOT v_has_data AND v_backlog = 0) THEN
    INSERT INTO ${q(SF.taskHistory)} (${TASK_COLUMNS})
      VALUES (:v_id, ${task}, 'SKIPPED', :trigger_kind, :v_started, :v_started, CURRENT_TIMESTAMP(), NULL, NULL, 0, 0, 0, 0, 0);
    RETURN OBJECT_CONSTRUCT('run_id', v_id, 'state', 'SKIPPED', 'reason', 'the stream has no new data');
  END IF;
${indent([batchTableSql(columns), SCORED_TABLE_SQL], '  ')}
  IF (with_scoring) THEN
    SELECT COUNT(*) INTO :v_models FROM ${q(SF.models)} WHERE "ACTIVE";
  END IF;
  -- The offset moves when this transaction commits, and the rows are then in the backlog.
  IF (v_has_data) THEN
    BEGIN TRANSACTION;
${indent(CONSUME_STREAM_SQL, '    ')}
    COMMIT;
  END IF;
  SELECT COALESCE(MIN("ROW_ID") - 1, 0), COALESCE(MAX("ROW_ID"), 0) INTO :v_from, :v_end FROM ${q(SF.backlog)};
  WHILE (v_from < v_end) DO
    v_to := LEAST(v_from + ${slice}, v_end);
    v_slices := v_slices + 1;
    v_slice_id := IFF(v_slices = 1, v_id, v_id || ':' || v_slices);
    v_split := FALSE;
    BEGIN
${mergeScopeSql(columns, key, SLICE_SCOPE, '      ')}
    EXCEPTION
      WHEN OTHER THEN
        ROLLBACK;
        IF (NOT (${DATA_ERROR_CONDITION})) THEN
          RAISE;
        END IF;
        v_split := TRUE;
    END;
    -- One bad file never blocks the task: the slice again, file by file.
    IF (v_split) THEN
      BEGIN
        LET files RESULTSET := (SELECT r."LOAD_ID", ANY_VALUE(r."FILE_NAME") AS "FILE_NAME" FROM ${q(SF.backlog)} AS r WHERE ${SLICE_SCOPE} GROUP BY r."LOAD_ID" ORDER BY MIN(r."ROW_ID"));
        LET c_files CURSOR FOR files;
        FOR file_row IN c_files DO
          v_load := file_row.LOAD_ID;
          v_file := file_row.FILE_NAME;
          v_slices := v_slices + 1;
          v_slice_id := IFF(v_slices = 1, v_id, v_id || ':' || v_slices);
          BEGIN
${mergeScopeSql(columns, key, FILE_SCOPE, '            ')}
          EXCEPTION
            WHEN OTHER THEN
              ROLLBACK;
              IF (NOT (${DATA_ERROR_CONDITION})) THEN
                RAISE;
              END IF;
              v_message := 'the task could not merge its rows: ' || SQLERRM;
              BEGIN TRANSACTION;
              SELECT COUNT(*) INTO :v_rows FROM ${q(SF.backlog)} AS r WHERE r."LOAD_ID" = :v_load;
${indent([QUARANTINE_IN_TASK_SQL, `DELETE FROM ${q(SF.backlog)} AS r WHERE r."LOAD_ID" = :v_load`, 'COMMIT'], '              ')}
              v_quarantined := ARRAY_APPEND(v_quarantined, OBJECT_CONSTRUCT('file', v_file, 'load_id', v_load, 'reason', v_message));
          END;
        END FOR;
      END;
    END IF;
    -- The next slice starts at the next row left (a quarantined file's later rows are gone).
    SELECT COALESCE(MIN("ROW_ID") - 1, :v_end) INTO :v_from FROM ${q(SF.backlog)} WHERE "ROW_ID" > :v_to;
  END WHILE;
  RETURN OBJECT_CONSTRUCT('run_id', v_id, 'state', 'SUCCEEDED', 'consumed', v_consumed, 'inserted', v_inserted,
    'updated', v_updated, 'unchanged', v_unchanged, 'scored', v_scored, 'slices', v_slices, 'quarantined', v_quarantined);
EXCEPTION
  WHEN OTHER THEN
    ROLLBACK;
    v_message := SQLERRM;
    UPDATE ${q(SF.tasks)} SET "CONSECUTIVE_FAILURES" = "CONSECUTIVE_FAILURES" + 1, "UPDATED_AT" = CURRENT_TIMESTAMP() WHERE "NAME" = ${task};
    SELECT "CONSECUTIVE_FAILURES" INTO :v_failures FROM ${q(SF.tasks)} WHERE "NAME" = ${task};
    v_state := IFF(v_failures >= suspend_after, 'FAILED_AND_AUTO_SUSPENDED', 'FAILED');
    IF (v_state = 'FAILED_AND_AUTO_SUSPENDED') THEN
      UPDATE ${q(SF.tasks)} SET "STATE" = 'suspended' WHERE "NAME" = ${task};
    END IF;
    INSERT INTO ${q(SF.taskHistory)} (${TASK_COLUMNS})
      VALUES (:v_slice_id, ${task}, :v_state, :trigger_kind, :v_started, :v_started, CURRENT_TIMESTAMP(), 'E_TASK_FAILED', :v_message, 0, 0, 0, 0, 0);
    RAISE;
END;`;
  return `CREATE OR REPLACE PROCEDURE ${q(SF.runTaskProcedure)}("RUN_ID" VARCHAR, "TRIGGER_KIND" VARCHAR, "SUSPEND_AFTER" NUMBER(38,0), "WITH_SCORING" BOOLEAN)
RETURNS VARIANT
LANGUAGE SQL
EXECUTE AS CALLER
COMMENT = 'leadpipe: stream -> backlog -> deduplicated, hash-checked MERGE into LEADS_FINAL in slices, a failing file quarantined -> apply_scoring'
AS ${routineBody(body)}`;
}
