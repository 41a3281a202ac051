CREATE OR REPLACE PROCEDURE "LEADPIPE_RUN_TASK"("RUN_ID" VARCHAR, "TRIGGER_KIND" VARCHAR, "SUSPEND_AFTER" NUMBER(38,0), "WITH_SCORING" BOOLEAN)
RETURNS VARIANT
LANGUAGE SQL
EXECUTE AS CALLER
COMMENT = 'leadpipe: stream -> backlog -> deduplicated, hash-checked MERGE into LEADS_FINAL in slices, a failing file quarantined -> apply_scoring'
AS $$
DECLARE
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
  SELECT SYSTEM$STREAM_HAS_DATA('LEADS_RAW_STREAM') INTO :v_has_data;
  SELECT COUNT(*) INTO :v_backlog FROM "LEADPIPE_BACKLOG";
  IF (NOT v_has_data AND v_backlog = 0) THEN
    INSERT INTO "TASK_HISTORY" ("RUN_ID", "NAME", "STATE", "TRIGGER_KIND", "SCHEDULED_TIME", "QUERY_START_TIME", "COMPLETED_TIME", "ERROR_CODE", "ERROR_MESSAGE", "ROWS_CONSUMED", "ROWS_INSERTED", "ROWS_UPDATED", "ROWS_UNCHANGED", "LEADS_SCORED")
      VALUES (:v_id, 'LEADS_MERGE_TASK', 'SKIPPED', :trigger_kind, :v_started, :v_started, CURRENT_TIMESTAMP(), NULL, NULL, 0, 0, 0, 0, 0);
    RETURN OBJECT_CONSTRUCT('run_id', v_id, 'state', 'SKIPPED', 'reason', 'the stream has no new data');
  END IF;
  CREATE OR REPLACE TEMPORARY TABLE "LEADPIPE_BATCH" (
    "prospect_id" VARCHAR,
    "total_visits" NUMBER(38,0),
    "utm_campaign" VARCHAR,
    "is_partner" BOOLEAN,
    "row_hash" VARCHAR,
    "source_file" VARCHAR
  );
  CREATE OR REPLACE TEMPORARY TABLE "LEADPIPE_SCORED" (
    "LEAD_KEY" VARCHAR, "MODEL_VERSION" VARCHAR, "PROBABILITY" FLOAT, "SCORE" NUMBER(38,0), "GRADE" VARCHAR,
    "REASONS" VARIANT, "OVERRIDDEN" BOOLEAN, "OVERRIDE_REASON" VARCHAR
  );
  IF (with_scoring) THEN
    SELECT COUNT(*) INTO :v_models FROM "LEADPIPE_MODELS" WHERE "ACTIVE";
  END IF;
  -- The offset moves when this transaction commits, and the rows are then in the backlog.
  IF (v_has_data) THEN
    BEGIN TRANSACTION;
    SELECT COALESCE(MAX("ROW_ID"), 0) INTO :v_base FROM "LEADPIPE_BACKLOG";
    INSERT INTO "LEADPIPE_BACKLOG" ("ROW_ID", "FILE_NAME", "FILE_ROW_NUMBER", "DATA", "LOAD_ID", "LOADED_AT")
    SELECT :v_base + ROW_NUMBER() OVER (ORDER BY r."LOADED_AT", r."LOAD_ID", r."FILE_ROW_NUMBER"), r."FILE_NAME", r."FILE_ROW_NUMBER", r."DATA", r."LOAD_ID", r."LOADED_AT"
    FROM "LEADS_RAW_STREAM" AS r;
    COMMIT;
  END IF;
  SELECT COALESCE(MIN("ROW_ID") - 1, 0), COALESCE(MAX("ROW_ID"), 0) INTO :v_from, :v_end FROM "LEADPIPE_BACKLOG";
  WHILE (v_from < v_end) DO
    v_to := LEAST(v_from + 500000, v_end);
    v_slices := v_slices + 1;
    v_slice_id := IFF(v_slices = 1, v_id, v_id || ':' || v_slices);
    v_split := FALSE;
    BEGIN
      BEGIN TRANSACTION;
      DELETE FROM "LEADPIPE_BATCH";
      SELECT COUNT(*) INTO :v_rows FROM "LEADPIPE_BACKLOG" AS r WHERE r."ROW_ID" > :v_from AND r."ROW_ID" <= :v_to;
      INSERT INTO "LEADPIPE_BATCH" ("prospect_id", "total_visits", "utm_campaign", "is_partner", "row_hash", "source_file")
      SELECT t."prospect_id", t."total_visits", t."utm_campaign", t."is_partner",
        MD5(CONCAT(COALESCE('10:is_partner' || TO_VARCHAR(LENGTH(CASE WHEN t."is_partner" THEN 'true' WHEN NOT t."is_partner" THEN 'false' END)) || ':' || CASE WHEN t."is_partner" THEN 'true' WHEN NOT t."is_partner" THEN 'false' END, ''), COALESCE('11:prospect_id' || TO_VARCHAR(LENGTH(t."prospect_id")) || ':' || t."prospect_id", ''), COALESCE('12:total_visits' || TO_VARCHAR(LENGTH(TO_VARCHAR(t."total_visits"))) || ':' || TO_VARCHAR(t."total_visits"), ''), COALESCE('12:utm_campaign' || TO_VARCHAR(LENGTH(t."utm_campaign")) || ':' || t."utm_campaign", ''))),
        t."__source_file"
      FROM (
        SELECT
          r."DATA":"prospect_id"::VARCHAR AS "prospect_id",
          r."DATA":"total_visits"::NUMBER(38,0) AS "total_visits",
          r."DATA":"utm_campaign"::VARCHAR AS "utm_campaign",
          CASE LOWER(r."DATA":"is_partner"::VARCHAR) WHEN 'yes' THEN TRUE WHEN 'y' THEN TRUE WHEN 'no' THEN FALSE WHEN 'n' THEN FALSE ELSE TRY_CAST(r."DATA":"is_partner"::VARCHAR AS BOOLEAN) END AS "is_partner",
          r."FILE_NAME" AS "__source_file"
        FROM "LEADPIPE_BACKLOG" AS r
        WHERE r."ROW_ID" > :v_from AND r."ROW_ID" <= :v_to
        QUALIFY ROW_NUMBER() OVER (PARTITION BY r."DATA":"prospect_id"::VARCHAR ORDER BY r."ROW_ID" DESC) = 1
      ) AS t;
      SELECT COUNT_IF(f."prospect_id" IS NULL), COUNT_IF(f."prospect_id" IS NOT NULL AND f."row_hash" <> b."row_hash"), COUNT_IF(f."prospect_id" IS NOT NULL AND f."row_hash" = b."row_hash")
      INTO :s_inserted, :s_updated, :s_unchanged
      FROM "LEADPIPE_BATCH" AS b LEFT JOIN "LEADS_FINAL" AS f ON f."prospect_id" = b."prospect_id";
      DELETE FROM "LEADPIPE_BATCH" AS b USING "LEADS_FINAL" AS f WHERE f."prospect_id" = b."prospect_id" AND f."row_hash" = b."row_hash";
      MERGE INTO "LEADS_FINAL" AS f
      USING "LEADPIPE_BATCH" AS b
      ON f."prospect_id" = b."prospect_id"
      WHEN MATCHED THEN UPDATE SET
        "total_visits" = b."total_visits",
        "utm_campaign" = b."utm_campaign",
        "is_partner" = b."is_partner",
        "row_hash" = b."row_hash",
        "source_file" = b."source_file",
        "probability" = NULL,
        "score" = NULL,
        "grade" = NULL,
        "reasons" = NULL,
        "model_version" = NULL,
        "scored_at" = NULL,
        "updated_at" = CURRENT_TIMESTAMP()
      WHEN NOT MATCHED THEN INSERT ("prospect_id", "total_visits", "utm_campaign", "is_partner", "row_hash", "source_file", "first_seen_at", "updated_at")
      VALUES (b."prospect_id", b."total_visits", b."utm_campaign", b."is_partner", b."row_hash", b."source_file", CURRENT_TIMESTAMP(), CURRENT_TIMESTAMP());
      s_scored := 0;
      IF (with_scoring AND v_models > 0) THEN
        DELETE FROM "LEADPIPE_SCORED";
        INSERT INTO "LEADPIPE_SCORED"
        SELECT s."LEAD_KEY", s."MODEL_VERSION", s."PROBABILITY", COALESCE(o."SCORE", s."SCORE"),
          IFF(o."LEAD_KEY" IS NULL, s."GRADE", "LEADPIPE_GRADE"(o."SCORE")), s."REASONS", o."LEAD_KEY" IS NOT NULL, o."REASON"
        FROM TABLE("LEADPIPE_SCORE"()) AS s LEFT JOIN "LEAD_OVERRIDES" AS o ON o."LEAD_KEY" = s."LEAD_KEY";
        UPDATE "LEADS_FINAL" AS f SET "probability" = s."PROBABILITY", "score" = s."SCORE", "grade" = s."GRADE",
          "reasons" = s."REASONS", "model_version" = s."MODEL_VERSION", "scored_at" = CURRENT_TIMESTAMP()
        FROM "LEADPIPE_SCORED" AS s WHERE CAST(f."prospect_id" AS VARCHAR) = s."LEAD_KEY";
        INSERT INTO "LEAD_SCORE_HISTORY" ("LEAD_KEY", "MODEL_VERSION", "PROBABILITY", "SCORE", "GRADE", "SOURCE", "REASON", "SCORED_AT")
        SELECT "LEAD_KEY", "MODEL_VERSION", "PROBABILITY", "SCORE", "GRADE", IFF("OVERRIDDEN", 'override', 'model'), "OVERRIDE_REASON", CURRENT_TIMESTAMP()
        FROM "LEADPIPE_SCORED";
        SELECT COUNT(*) INTO :s_scored FROM "LEADPIPE_SCORED";
      END IF;
      DELETE FROM "LEADPIPE_BACKLOG" AS r WHERE r."ROW_ID" > :v_from AND r."ROW_ID" <= :v_to;
      INSERT INTO "TASK_HISTORY" ("RUN_ID", "NAME", "STATE", "TRIGGER_KIND", "SCHEDULED_TIME", "QUERY_START_TIME", "COMPLETED_TIME", "ERROR_CODE", "ERROR_MESSAGE", "ROWS_CONSUMED", "ROWS_INSERTED", "ROWS_UPDATED", "ROWS_UNCHANGED", "LEADS_SCORED")
        VALUES (:v_slice_id, 'LEADS_MERGE_TASK', 'SUCCEEDED', :trigger_kind, :v_started, :v_started, CURRENT_TIMESTAMP(), NULL, NULL, :v_rows, :s_inserted, :s_updated, :s_unchanged, :s_scored);
      UPDATE "LEADPIPE_TASKS" SET "CONSECUTIVE_FAILURES" = 0, "UPDATED_AT" = CURRENT_TIMESTAMP() WHERE "NAME" = 'LEADS_MERGE_TASK';
      COMMIT;
      v_consumed := v_consumed + v_rows;
      v_inserted := v_inserted + s_inserted;
      v_updated := v_updated + s_updated;
      v_unchanged := v_unchanged + s_unchanged;
      v_scored := v_scored + s_scored;
    EXCEPTION
      WHEN OTHER THEN
        ROLLBACK;
        IF (NOT (LEFT(SQLSTATE, 2) IN ('21', '22', '23'))) THEN
          RAISE;
        END IF;
        v_split := TRUE;
    END;
    -- One bad file never blocks the task: the slice again, file by file.
    IF (v_split) THEN
      BEGIN
        LET files RESULTSET := (SELECT r."LOAD_ID", ANY_VALUE(r."FILE_NAME") AS "FILE_NAME" FROM "LEADPIPE_BACKLOG" AS r WHERE r."ROW_ID" > :v_from AND r."ROW_ID" <= :v_to GROUP BY r."LOAD_ID" ORDER BY MIN(r."ROW_ID"));
        LET c_files CURSOR FOR files;
        FOR file_row IN c_files DO
          v_load := file_row.LOAD_ID;
          v_file := file_row.FILE_NAME;
          v_slices := v_slices + 1;
          v_slice_id := IFF(v_slices = 1, v_id, v_id || ':' || v_slices);
          BEGIN
            BEGIN TRANSACTION;
            DELETE FROM "LEADPIPE_BATCH";
            SELECT COUNT(*) INTO :v_rows FROM "LEADPIPE_BACKLOG" AS r WHERE r."ROW_ID" > :v_from AND r."ROW_ID" <= :v_to AND r."LOAD_ID" = :v_load;
            INSERT INTO "LEADPIPE_BATCH" ("prospect_id", "total_visits", "utm_campaign", "is_partner", "row_hash", "source_file")
            SELECT t."prospect_id", t."total_visits", t."utm_campaign", t."is_partner",
              MD5(CONCAT(COALESCE('10:is_partner' || TO_VARCHAR(LENGTH(CASE WHEN t."is_partner" THEN 'true' WHEN NOT t."is_partner" THEN 'false' END)) || ':' || CASE WHEN t."is_partner" THEN 'true' WHEN NOT t."is_partner" THEN 'false' END, ''), COALESCE('11:prospect_id' || TO_VARCHAR(LENGTH(t."prospect_id")) || ':' || t."prospect_id", ''), COALESCE('12:total_visits' || TO_VARCHAR(LENGTH(TO_VARCHAR(t."total_visits"))) || ':' || TO_VARCHAR(t."total_visits"), ''), COALESCE('12:utm_campaign' || TO_VARCHAR(LENGTH(t."utm_campaign")) || ':' || t."utm_campaign", ''))),
              t."__source_file"
            FROM (
              SELECT
                r."DATA":"prospect_id"::VARCHAR AS "prospect_id",
                r."DATA":"total_visits"::NUMBER(38,0) AS "total_visits",
                r."DATA":"utm_campaign"::VARCHAR AS "utm_campaign",
                CASE LOWER(r."DATA":"is_partner"::VARCHAR) WHEN 'yes' THEN TRUE WHEN 'y' THEN TRUE WHEN 'no' THEN FALSE WHEN 'n' THEN FALSE ELSE TRY_CAST(r."DATA":"is_partner"::VARCHAR AS BOOLEAN) END AS "is_partner",
                r."FILE_NAME" AS "__source_file"
              FROM "LEADPIPE_BACKLOG" AS r
              WHERE r."ROW_ID" > :v_from AND r."ROW_ID" <= :v_to AND r."LOAD_ID" = :v_load
              QUALIFY ROW_NUMBER() OVER (PARTITION BY r."DATA":"prospect_id"::VARCHAR ORDER BY r."ROW_ID" DESC) = 1
            ) AS t;
            SELECT COUNT_IF(f."prospect_id" IS NULL), COUNT_IF(f."prospect_id" IS NOT NULL AND f."row_hash" <> b."row_hash"), COUNT_IF(f."prospect_id" IS NOT NULL AND f."row_hash" = b."row_hash")
            INTO :s_inserted, :s_updated, :s_unchanged
            FROM "LEADPIPE_BATCH" AS b LEFT JOIN "LEADS_FINAL" AS f ON f."prospect_id" = b."prospect_id";
            DELETE FROM "LEADPIPE_BATCH" AS b USING "LEADS_FINAL" AS f WHERE f."prospect_id" = b."prospect_id" AND f."row_hash" = b."row_hash";
            MERGE INTO "LEADS_FINAL" AS f
            USING "LEADPIPE_BATCH" AS b
            ON f."prospect_id" = b."prospect_id"
            WHEN MATCHED THEN UPDATE SET
              "total_visits" = b."total_visits",
              "utm_campaign" = b."utm_campaign",
              "is_partner" = b."is_partner",
              "row_hash" = b."row_hash",
              "source_file" = b."source_file",
              "probability" = NULL,
              "score" = NULL,
              "grade" = NULL,
              "reasons" = NULL,
              "model_version" = NULL,
              "scored_at" = NULL,
              "updated_at" = CURRENT_TIMESTAMP()
            WHEN NOT MATCHED THEN INSERT ("prospect_id", "total_visits", "utm_campaign", "is_partner", "row_hash", "source_file", "first_seen_at", "updated_at")
            VALUES (b."prospect_id", b."total_visits", b."utm_campaign", b."is_partner", b."row_hash", b."source_file", CURRENT_TIMESTAMP(), CURRENT_TIMESTAMP());
            s_scored := 0;
            IF (with_scoring AND v_models > 0) THEN
              DELETE FROM "LEADPIPE_SCORED";
              INSERT INTO "LEADPIPE_SCORED"
              SELECT s."LEAD_KEY", s."MODEL_VERSION", s."PROBABILITY", COALESCE(o."SCORE", s."SCORE"),
                IFF(o."LEAD_KEY" IS NULL, s."GRADE", "LEADPIPE_GRADE"(o."SCORE")), s."REASONS", o."LEAD_KEY" IS NOT NULL, o."REASON"
              FROM TABLE("LEADPIPE_SCORE"()) AS s LEFT JOIN "LEAD_OVERRIDES" AS o ON o."LEAD_KEY" = s."LEAD_KEY";
              UPDATE "LEADS_FINAL" AS f SET "probability" = s."PROBABILITY", "score" = s."SCORE", "grade" = s."GRADE",
                "reasons" = s."REASONS", "model_version" = s."MODEL_VERSION", "scored_at" = CURRENT_TIMESTAMP()
              FROM "LEADPIPE_SCORED" AS s WHERE CAST(f."prospect_id" AS VARCHAR) = s."LEAD_KEY";
              INSERT INTO "LEAD_SCORE_HISTORY" ("LEAD_KEY", "MODEL_VERSION", "PROBABILITY", "SCORE", "GRADE", "SOURCE", "REASON", "SCORED_AT")
              SELECT "LEAD_KEY", "MODEL_VERSION", "PROBABILITY", "SCORE", "GRADE", IFF("OVERRIDDEN", 'override', 'model'), "OVERRIDE_REASON", CURRENT_TIMESTAMP()
              FROM "LEADPIPE_SCORED";
              SELECT COUNT(*) INTO :s_scored FROM "LEADPIPE_SCORED";
            END IF;
            DELETE FROM "LEADPIPE_BACKLOG" AS r WHERE r."ROW_ID" > :v_from AND r."ROW_ID" <= :v_to AND r."LOAD_ID" = :v_load;
            INSERT INTO "TASK_HISTORY" ("RUN_ID", "NAME", "STATE", "TRIGGER_KIND", "SCHEDULED_TIME", "QUERY_START_TIME", "COMPLETED_TIME", "ERROR_CODE", "ERROR_MESSAGE", "ROWS_CONSUMED", "ROWS_INSERTED", "ROWS_UPDATED", "ROWS_UNCHANGED", "LEADS_SCORED")
              VALUES (:v_slice_id, 'LEADS_MERGE_TASK', 'SUCCEEDED', :trigger_kind, :v_started, :v_started, CURRENT_TIMESTAMP(), NULL, NULL, :v_rows, :s_inserted, :s_updated, :s_unchanged, :s_scored);
            UPDATE "LEADPIPE_TASKS" SET "CONSECUTIVE_FAILURES" = 0, "UPDATED_AT" = CURRENT_TIMESTAMP() WHERE "NAME" = 'LEADS_MERGE_TASK';
            COMMIT;
            v_consumed := v_consumed + v_rows;
            v_inserted := v_inserted + s_inserted;
            v_updated := v_updated + s_updated;
            v_unchanged := v_unchanged + s_unchanged;
            v_scored := v_scored + s_scored;
          EXCEPTION
            WHEN OTHER THEN
              ROLLBACK;
              IF (NOT (LEFT(SQLSTATE, 2) IN ('21', '22', '23'))) THEN
                RAISE;
              END IF;
              v_message := 'the task could not merge its rows: ' || SQLERRM;
              BEGIN TRANSACTION;
              SELECT COUNT(*) INTO :v_rows FROM "LEADPIPE_BACKLOG" AS r WHERE r."LOAD_ID" = :v_load;
              MERGE INTO "LOAD_HISTORY" AS h
              USING (SELECT :v_load AS "LOAD_ID", :v_file AS "FILE_NAME", :v_message AS "REASON", :v_rows AS "ROWS") AS s
              ON h."LOAD_ID" = s."LOAD_ID"
              WHEN MATCHED THEN UPDATE SET "STATUS" = 'QUARANTINED', "REASON" = s."REASON", "LAST_LOAD_TIME" = CURRENT_TIMESTAMP()
              WHEN NOT MATCHED THEN INSERT ("LOAD_ID", "FILE_NAME", "STAGE_LOCATION", "CHECKSUM", "FILE_SIZE", "STATUS", "REASON", "ROW_COUNT", "ROW_PARSED", "ERROR_COUNT", "LAST_LOAD_TIME")
              VALUES (s."LOAD_ID", s."FILE_NAME", 'LEADS_RAW', '', 0, 'QUARANTINED', s."REASON", s."ROWS", s."ROWS", 0, CURRENT_TIMESTAMP());
              DELETE FROM "LEADPIPE_BACKLOG" AS r WHERE r."LOAD_ID" = :v_load;
              COMMIT;
              v_quarantined := ARRAY_APPEND(v_quarantined, OBJECT_CONSTRUCT('file', v_file, 'load_id', v_load, 'reason', v_message));
          END;
        END FOR;
      END;
    END IF;
    -- The next slice starts at the next row left (a quarantined file's later rows are gone).
    SELECT COALESCE(MIN("ROW_ID") - 1, :v_end) INTO :v_from FROM "LEADPIPE_BACKLOG" WHERE "ROW_ID" > :v_to;
  END WHILE;
  RETURN OBJECT_CONSTRUCT('run_id', v_id, 'state', 'SUCCEEDED', 'consumed', v_consumed, 'inserted', v_inserted,
    'updated', v_updated, 'unchanged', v_unchanged, 'scored', v_scored, 'slices', v_slices, 'quarantined', v_quarantined);
EXCEPTION
  WHEN OTHER THEN
    ROLLBACK;
    v_message := SQLERRM;
    UPDATE "LEADPIPE_TASKS" SET "CONSECUTIVE_FAILURES" = "CONSECUTIVE_FAILURES" + 1, "UPDATED_AT" = CURRENT_TIMESTAMP() WHERE "NAME" = 'LEADS_MERGE_TASK';
    SELECT "CONSECUTIVE_FAILURES" INTO :v_failures FROM "LEADPIPE_TASKS" WHERE "NAME" = 'LEADS_MERGE_TASK';
    v_state := IFF(v_failures >= suspend_after, 'FAILED_AND_AUTO_SUSPENDED', 'FAILED');
    IF (v_state = 'FAILED_AND_AUTO_SUSPENDED') THEN
      UPDATE "LEADPIPE_TASKS" SET "STATE" = 'suspended' WHERE "NAME" = 'LEADS_MERGE_TASK';
    END IF;
    INSERT INTO "TASK_HISTORY" ("RUN_ID", "NAME", "STATE", "TRIGGER_KIND", "SCHEDULED_TIME", "QUERY_START_TIME", "COMPLETED_TIME", "ERROR_CODE", "ERROR_MESSAGE", "ROWS_CONSUMED", "ROWS_INSERTED", "ROWS_UPDATED", "ROWS_UNCHANGED", "LEADS_SCORED")
      VALUES (:v_slice_id, 'LEADS_MERGE_TASK', :v_state, :trigger_kind, :v_started, :v_started, CURRENT_TIMESTAMP(), 'E_TASK_FAILED', :v_message, 0, 0, 0, 0, 0);
    RAISE;
END;
$$;
