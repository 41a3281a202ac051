-- leadpipe snowflake plan: 36 statements (database <SNOWFLAKE_DATABASE>, schema <SNOWFLAKE_SCHEMA>)
-- scoring UDFs: 21,872 bytes of SQL (LEADPIPE_GRADE(SCORE) 260, LEADPIPE_SCORE() 4,633, LEADPIPE_SCORE(LEAD) 16,979)

-- core: file formats
CREATE FILE FORMAT IF NOT EXISTS "LEADPIPE_NDJSON" TYPE = JSON COMPRESSION = NONE STRIP_OUTER_ARRAY = FALSE;

CREATE FILE FORMAT IF NOT EXISTS "LEADPIPE_NDJSON_GZIP" TYPE = JSON COMPRESSION = GZIP STRIP_OUTER_ARRAY = FALSE;

-- core: LEADPIPE_STAGE
CREATE STAGE IF NOT EXISTS "LEADPIPE_STAGE" FILE_FORMAT = (FORMAT_NAME = 'LEADPIPE_NDJSON_GZIP') COMMENT = 'leadpipe: PUT + COPY INTO LEADS_RAW';

-- core: bookkeeping tables
CREATE TABLE IF NOT EXISTS "LEADPIPE_META" ("KEY" VARCHAR NOT NULL PRIMARY KEY, "VALUE" VARCHAR NOT NULL);

CREATE TABLE IF NOT EXISTS "LEADPIPE_SETTINGS" ("NAME" VARCHAR NOT NULL PRIMARY KEY, "VALUE" VARCHAR NOT NULL);

CREATE TABLE IF NOT EXISTS "LEADS_RAW" (
  "FILE_NAME" VARCHAR NOT NULL,
  "FILE_ROW_NUMBER" NUMBER(38,0) NOT NULL,
  "DATA" VARIANT NOT NULL,
  "LOAD_ID" VARCHAR NOT NULL,
  "LOADED_AT" TIMESTAMP_LTZ NOT NULL
);

CREATE TABLE IF NOT EXISTS "LOAD_HISTORY" (
  "LOAD_ID" VARCHAR NOT NULL PRIMARY KEY,
  "FILE_NAME" VARCHAR NOT NULL,
  "STAGE_LOCATION" VARCHAR NOT NULL,
  "CHECKSUM" VARCHAR NOT NULL,
  "FILE_SIZE" NUMBER(38,0) NOT NULL,
  "SOURCE_CHECKSUM" VARCHAR,
  "STATUS" VARCHAR NOT NULL,
  "REASON" VARCHAR,
  "ROW_COUNT" NUMBER(38,0) NOT NULL,
  "ROW_PARSED" NUMBER(38,0) NOT NULL,
  "ERROR_COUNT" NUMBER(38,0) NOT NULL,
  "FIRST_ERROR_MESSAGE" VARCHAR,
  "FIRST_ERROR_LINE_NUMBER" NUMBER(38,0),
  "FIRST_ERROR_COLUMN_NAME" VARCHAR,
  "INFERRED" VARIANT,
  "LAST_LOAD_TIME" TIMESTAMP_LTZ NOT NULL
);

CREATE TABLE IF NOT EXISTS "LOAD_ERRORS" (
  "LOAD_ID" VARCHAR NOT NULL,
  "FILE_NAME" VARCHAR NOT NULL,
  "LINE" NUMBER(38,0) NOT NULL,
  "COLUMN_NAME" VARCHAR,
  "ERROR" VARCHAR NOT NULL,
  "RAW_TEXT" VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS "LEADPIPE_TASKS" (
  "NAME" VARCHAR NOT NULL PRIMARY KEY,
  "STATE" VARCHAR NOT NULL,
  "CONSECUTIVE_FAILURES" NUMBER(38,0) NOT NULL,
  "UPDATED_AT" TIMESTAMP_LTZ NOT NULL
);

CREATE TABLE IF NOT EXISTS "TASK_HISTORY" (
  "RUN_ID" VARCHAR NOT NULL PRIMARY KEY,
  "NAME" VARCHAR NOT NULL,
  "STATE" VARCHAR NOT NULL,
  "TRIGGER_KIND" VARCHAR NOT NULL,
  "SCHEDULED_TIME" TIMESTAMP_LTZ NOT NULL,
  "QUERY_START_TIME" TIMESTAMP_LTZ NOT NULL,
  "COMPLETED_TIME" TIMESTAMP_LTZ,
  "ERROR_CODE" VARCHAR,
  "ERROR_MESSAGE" VARCHAR,
  "ROWS_CONSUMED" NUMBER(38,0) NOT NULL DEFAULT 0,
  "ROWS_INSERTED" NUMBER(38,0) NOT NULL DEFAULT 0,
  "ROWS_UPDATED" NUMBER(38,0) NOT NULL DEFAULT 0,
  "ROWS_UNCHANGED" NUMBER(38,0) NOT NULL DEFAULT 0,
  "LEADS_SCORED" NUMBER(38,0) NOT NULL DEFAULT 0
);

ALTER TABLE "TASK_HISTORY" ADD COLUMN IF NOT EXISTS "MODEL_WARNING" VARCHAR;

CREATE TABLE IF NOT EXISTS "LEADPIPE_COLUMNS" (
  "TABLE_NAME" VARCHAR NOT NULL,
  "COLUMN_NAME" VARCHAR NOT NULL,
  "TYPE" VARCHAR NOT NULL,
  "DECLARED" BOOLEAN NOT NULL,
  "POSITION" NUMBER(38,0) NOT NULL,
  PRIMARY KEY ("TABLE_NAME", "COLUMN_NAME")
);

CREATE TABLE IF NOT EXISTS "LEADPIPE_BACKLOG" (
  "ROW_ID" NUMBER(38,0) NOT NULL,
  "FILE_NAME" VARCHAR NOT NULL,
  "FILE_ROW_NUMBER" NUMBER(38,0) NOT NULL,
  "DATA" VARIANT NOT NULL,
  "LOAD_ID" VARCHAR NOT NULL,
  "LOADED_AT" TIMESTAMP_LTZ NOT NULL
);

-- core: LEADS_FINAL
CREATE TABLE IF NOT EXISTS "LEADS_FINAL" (
  "prospect_id" VARCHAR NOT NULL,
  "lead_number" NUMBER(38,0),
  "lead_origin" VARCHAR,
  "lead_source" VARCHAR,
  "do_not_email" BOOLEAN,
  "do_not_call" BOOLEAN,
  "converted" BOOLEAN,
  "total_visits" NUMBER(38,0),
  "total_time_spent_on_website" NUMBER(38,0),
  "page_views_per_visit" FLOAT,
  "last_activity" VARCHAR,
  "country" VARCHAR,
  "specialization" VARCHAR,
  "how_did_you_hear_about_x_education" VARCHAR,
  "what_is_your_current_occupation" VARCHAR,
  "what_matters_most_to_you_in_choosing_a_course" VARCHAR,
  "search" BOOLEAN,
  "magazine" BOOLEAN,
  "newspaper_article" BOOLEAN,
  "x_education_forums" BOOLEAN,
  "newspaper" BOOLEAN,
  "digital_advertisement" BOOLEAN,
  "through_recommendations" BOOLEAN,
  "receive_more_updates_about_our_courses" BOOLEAN,
  "tags" VARCHAR,
  "lead_quality" VARCHAR,
  "update_me_on_supply_chain_content" BOOLEAN,
  "get_updates_on_dm_content" BOOLEAN,
  "lead_profile" VARCHAR,
  "city" VARCHAR,
  "asymmetrique_activity_index" VARCHAR,
  "asymmetrique_profile_index" VARCHAR,
  "asymmetrique_activity_score" NUMBER(38,0),
  "asymmetrique_profile_score" NUMBER(38,0),
  "i_agree_to_pay_the_amount_through_cheque" BOOLEAN,
  "a_free_copy_of_mastering_the_interview" BOOLEAN,
  "last_notable_activity" VARCHAR,
  "row_hash" VARCHAR NOT NULL,
  "source_file" VARCHAR NOT NULL,
  "first_seen_at" TIMESTAMP_LTZ NOT NULL,
  "updated_at" TIMESTAMP_LTZ NOT NULL,
  "probability" FLOAT,
  "score" NUMBER(38,0),
  "grade" VARCHAR,
  "reasons" VARIANT,
  "model_version" VARCHAR,
  "scored_at" TIMESTAMP_LTZ
);

-- core: scoring tables
CREATE TABLE IF NOT EXISTS "LEADPIPE_MODELS" (
  "VERSION" VARCHAR NOT NULL PRIMARY KEY,
  "KIND" VARCHAR NOT NULL,
  "BODY" VARCHAR NOT NULL,
  "ACTIVE" BOOLEAN NOT NULL,
  "CREATED_AT" TIMESTAMP_LTZ NOT NULL
);

ALTER TABLE "LEADPIPE_MODELS" ADD COLUMN IF NOT EXISTS "FIT_WARNING" VARCHAR;

CREATE TABLE IF NOT EXISTS "LEAD_OVERRIDES" (
  "LEAD_KEY" VARCHAR NOT NULL PRIMARY KEY,
  "SCORE" NUMBER(38,0) NOT NULL,
  "REASON" VARCHAR NOT NULL,
  "CREATED_AT" TIMESTAMP_LTZ NOT NULL
);

CREATE TABLE IF NOT EXISTS "LEAD_SCORE_HISTORY" (
  "LEAD_KEY" VARCHAR NOT NULL,
  "MODEL_VERSION" VARCHAR,
  "PROBABILITY" FLOAT,
  "SCORE" NUMBER(38,0),
  "GRADE" VARCHAR,
  "SOURCE" VARCHAR NOT NULL,
  "REASON" VARCHAR,
  "SCORED_AT" TIMESTAMP_LTZ NOT NULL
);

CREATE OR REPLACE VIEW "LEADS_TO_SCORE" AS
SELECT * FROM "LEADS_FINAL"
WHERE "model_version" IS DISTINCT FROM (SELECT "VERSION" FROM "LEADPIPE_MODELS" WHERE "ACTIVE" LIMIT 1)
  AND EXISTS (SELECT 1 FROM "LEADPIPE_MODELS" WHERE "ACTIVE");

-- core: LEADS_RAW_STREAM
CREATE STREAM IF NOT EXISTS "LEADS_RAW_STREAM" ON TABLE "LEADS_RAW" APPEND_ONLY = TRUE COMMENT = 'leadpipe: rows of LEADS_RAW not merged yet';

-- core: seed rows
MERGE INTO "LEADPIPE_TASKS" AS t USING (SELECT 'LEADS_MERGE_TASK' AS "NAME") AS s ON t."NAME" = s."NAME"
WHEN NOT MATCHED THEN INSERT ("NAME", "STATE", "CONSECUTIVE_FAILURES", "UPDATED_AT") VALUES (s."NAME", 'started', 0, CURRENT_TIMESTAMP());

MERGE INTO "LEADPIPE_META" AS t USING (SELECT 'load_lock' AS "KEY") AS s ON t."KEY" = s."KEY"
WHEN NOT MATCHED THEN INSERT ("KEY", "VALUE") VALUES (s."KEY", 'free');

-- core: LEADPIPE_DOUBLE_TEXT
CREATE OR REPLACE FUNCTION "LEADPIPE_DOUBLE_TEXT"("X" FLOAT)
RETURNS VARCHAR
LANGUAGE JAVASCRIPT
STRICT
IMMUTABLE
COMMENT = 'leadpipe: the canonical text of a double in row hashes'
AS $$
var x = X;
if (x !== x) return 'nan';
if (x === Infinity) return 'inf';
if (x === -Infinity) return '-inf';
if (x === 0) return 1 / x < 0 ? '-0.0' : '0.0';
var sign = x < 0 ? '-' : '';
var parts = Math.abs(x).toExponential().split('e');
var digits = parts[0].replace('.', '');
var e = Number(parts[1]);
var k = digits.length;
if (e >= -4 && e < 16) {
  if (e >= k - 1) return sign + digits + '0'.repeat(e - k + 1) + '.0';
  if (e >= 0) return sign + digits.slice(0, e + 1) + '.' + digits.slice(e + 1);
  return sign + '0.' + '0'.repeat(-e - 1) + digits;
}
var abs = Math.abs(e);
return sign + digits[0] + (k > 1 ? '.' + digits.slice(1) : '') + 'e' + (e < 0 ? '-' : '+') + (abs < 10 ? '0' : '') + abs;
$$;

-- core: LEADS_FINAL row hashes
UPDATE "LEADS_FINAL" SET "row_hash" = MD5(CONCAT(COALESCE('38:a_free_copy_of_mastering_the_interview' || TO_VARCHAR(LENGTH(CASE WHEN "a_free_copy_of_mastering_the_interview" THEN 'true' WHEN NOT "a_free_copy_of_mastering_the_interview" THEN 'false' END)) || ':' || CASE WHEN "a_free_copy_of_mastering_the_interview" THEN 'true' WHEN NOT "a_free_copy_of_mastering_the_interview" THEN 'false' END, ''), COALESCE('27:asymmetrique_activity_index' || TO_VARCHAR(LENGTH("asymmetrique_activity_index")) || ':' || "asymmetrique_activity_index", ''), COALESCE('27:asymmetrique_activity_score' || TO_VARCHAR(LENGTH(TO_VARCHAR("asymmetrique_activity_score"))) || ':' || TO_VARCHAR("asymmetrique_activity_score"), ''), COALESCE('26:asymmetrique_profile_index' || TO_VARCHAR(LENGTH("asymmetrique_profile_index")) || ':' || "asymmetrique_profile_index", ''), COALESCE('26:asymmetrique_profile_score' || TO_VARCHAR(LENGTH(TO_VARCHAR("asymmetrique_profile_score"))) || ':' || TO_VARCHAR("asymmetrique_profile_score"), ''), COALESCE('4:city' || TO_VARCHAR(LENGTH("city")) || ':' || "city", ''), COALESCE('9:converted' || TO_VARCHAR(LENGTH(CASE WHEN "converted" THEN 'true' WHEN NOT "converted" THEN 'false' END)) || ':' || CASE WHEN "converted" THEN 'true' WHEN NOT "converted" THEN 'false' END, ''), COALESCE('7:country' || TO_VARCHAR(LENGTH("country")) || ':' || "country", ''), COALESCE('21:digital_advertisement' || TO_VARCHAR(LENGTH(CASE WHEN "digital_advertisement" THEN 'true' WHEN NOT "digital_advertisement" THEN 'false' END)) || ':' || CASE WHEN "digital_advertisement" THEN 'true' WHEN NOT "digital_advertisement" THEN 'false' END, ''), COALESCE('11:do_not_call' || TO_VARCHAR(LENGTH(CASE WHEN "do_not_call" THEN 'true' WHEN NOT "do_not_call" THEN 'false' END)) || ':' || CASE WHEN "do_not_call" THEN 'true' WHEN NOT "do_not_call" THEN 'false' END, ''), COALESCE('12:do_not_email' || TO_VARCHAR(LENGTH(CASE WHEN "do_not_email" THEN 'true' WHEN NOT "do_not_email" THEN 'false' END)) || ':' || CASE WHEN "do_not_email" THEN 'true' WHEN NOT "do_not_email" THEN 'false' END, ''), COALESCE('25:get_updates_on_dm_content' || TO_VARCHAR(LENGTH(CASE WHEN "get_updates_on_dm_content" THEN 'true' WHEN NOT "get_updates_on_dm_content" THEN 'false' END)) || ':' || CASE WHEN "get_updates_on_dm_content" THEN 'true' WHEN NOT "get_updates_on_dm_content" THEN 'false' END, ''), COALESCE('34:how_did_you_hear_about_x_education' || TO_VARCHAR(LENGTH("how_did_you_hear_about_x_education")) || ':' || "how_did_you_hear_about_x_education", ''), COALESCE('40:i_agree_to_pay_the_amount_through_cheque' || TO_VARCHAR(LENGTH(CASE WHEN "i_agree_to_pay_the_amount_through_cheque" THEN 'true' WHEN NOT "i_agree_to_pay_the_amount_through_cheque" THEN 'false' END)) || ':' || CASE WHEN "i_agree_to_pay_the_amount_through_cheque" THEN 'true' WHEN NOT "i_agree_to_pay_the_amount_through_cheque" THEN 'false' END, ''), COALESCE('13:last_activity' || TO_VARCHAR(LENGTH("last_activity")) || ':' || "last_activity", ''), COALESCE('21:last_notable_activity' || TO_VARCHAR(LENGTH("last_notable_activity")) || ':' || "last_notable_activity", ''), COALESCE('11:lead_number' || TO_VARCHAR(LENGTH(TO_VARCHAR("lead_number"))) || ':' || TO_VARCHAR("lead_number"), ''), COALESCE('11:lead_origin' || TO_VARCHAR(LENGTH("lead_origin")) || ':' || "lead_origin", ''), COALESCE('12:lead_profile' || TO_VARCHAR(LENGTH("lead_profile")) || ':' || "lead_profile", ''), COALESCE('12:lead_quality' || TO_VARCHAR(LENGTH("lead_quality")) || ':' || "lead_quality", ''), COALESCE('11:lead_source' || TO_VARCHAR(LENGTH("lead_source")) || ':' || "lead_source", ''), COALESCE('8:magazine' || TO_VARCHAR(LENGTH(CASE WHEN "magazine" THEN 'true' WHEN NOT "magazine" THEN 'false' END)) || ':' || CASE WHEN "magazine" THEN 'true' WHEN NOT "magazine" THEN 'false' END, ''), COALESCE('9:newspaper' || TO_VARCHAR(LENGTH(CASE WHEN "newspaper" THEN 'true' WHEN NOT "newspaper" THEN 'false' END)) || ':' || CASE WHEN "newspaper" THEN 'true' WHEN NOT "newspaper" THEN 'false' END, ''), COALESCE('17:newspaper_article' || TO_VARCHAR(LENGTH(CASE WHEN "newspaper_article" THEN 'true' WHEN NOT "newspaper_article" THEN 'false' END)) || ':' || CASE WHEN "newspaper_article" THEN 'true' WHEN NOT "newspaper_article" THEN 'false' END, ''), COALESCE('20:page_views_per_visit' || TO_VARCHAR(LENGTH("LEADPIPE_DOUBLE_TEXT"("page_views_per_visit"))) || ':' || "LEADPIPE_DOUBLE_TEXT"("page_views_per_visit"), ''), COALESCE('11:prospect_id' || TO_VARCHAR(LENGTH("prospect_id")) || ':' || "prospect_id", ''), COALESCE('38:receive_more_updates_about_our_courses' || TO_VARCHAR(LENGTH(CASE WHEN "receive_more_updates_about_our_courses" THEN 'true' WHEN NOT "receive_more_updates_about_our_courses" THEN 'false' END)) || ':' || CASE WHEN "receive_more_updates_about_our_courses" THEN 'true' WHEN NOT "receive_more_updates_about_our_courses" THEN 'false' END, ''), COALESCE('6:search' || TO_VARCHAR(LENGTH(CASE WHEN "search" THEN 'true' WHEN NOT "search" THEN 'false' END)) || ':' || CASE WHEN "search" THEN 'true' WHEN NOT "search" THEN 'false' END, ''), COALESCE('14:specialization' || TO_VARCHAR(LENGTH("specialization")) || ':' || "specialization", ''), COALESCE('4:tags' || TO_VARCHAR(LENGTH("tags")) || ':' || "tags", ''), COALESCE('23:through_recommendations' || TO_VARCHAR(LENGTH(CASE WHEN "through_recommendations" THEN 'true' WHEN NOT "through_recommendations" THEN 'false' END)) || ':' || CASE WHEN "through_recommendations" THEN 'true' WHEN NOT "through_recommendations" THEN 'false' END, ''), COALESCE('27:total_time_spent_on_website' || TO_VARCHAR(LENGTH(TO_VARCHAR("total_time_spent_on_website"))) || ':' || TO_VARCHAR("total_time_spent_on_website"), ''), COALESCE('12:total_visits' || TO_VARCHAR(LENGTH(TO_VARCHAR("total_visits"))) || ':' || TO_VARCHAR("total_visits"), ''), COALESCE('33:update_me_on_supply_chain_content' || TO_VARCHAR(LENGTH(CASE WHEN "update_me_on_supply_chain_content" THEN 'true' WHEN NOT "update_me_on_supply_chain_content" THEN 'false' END)) || ':' || CASE WHEN "update_me_on_supply_chain_content" THEN 'true' WHEN NOT "update_me_on_supply_chain_content" THEN 'false' END, ''), COALESCE('31:what_is_your_current_occupation' || TO_VARCHAR(LENGTH("what_is_your_current_occupation")) || ':' || "what_is_your_current_occupation", ''), COALESCE('45:what_matters_most_to_you_in_choosing_a_course' || TO_VARCHAR(LENGTH("what_matters_most_to_you_in_choosing_a_course")) || ':' || "what_matters_most_to_you_in_choosing_a_course", ''), COALESCE('18:x_education_forums' || TO_VARCHAR(LENGTH(CASE WHEN "x_education_forums" THEN 'true' WHEN NOT "x_education_forums" THEN 'false' END)) || ':' || CASE WHEN "x_education_forums" THEN 'true' WHEN NOT "x_education_forums" THEN 'false' END, '')))
WHERE NOT EXISTS (SELECT 1 FROM "LEADPIPE_META" WHERE "KEY" = 'row_hash' AND "VALUE" = 'md5-canonical-v1');

MERGE INTO "LEADPIPE_META" AS t USING (SELECT 'row_hash' AS "KEY", 'md5-canonical-v1' AS "VALUE") AS s ON t."KEY" = s."KEY"
WHEN MATCHED THEN UPDATE SET "VALUE" = s."VALUE"
WHEN NOT MATCHED THEN INSERT ("KEY", "VALUE") VALUES (s."KEY", s."VALUE");

-- core: LEADPIPE_RUN_TASK
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
    "lead_number" NUMBER(38,0),
    "lead_origin" VARCHAR,
    "lead_source" VARCHAR,
    "do_not_email" BOOLEAN,
    "do_not_call" BOOLEAN,
    "converted" BOOLEAN,
    "total_visits" NUMBER(38,0),
    "total_time_spent_on_website" NUMBER(38,0),
    "page_views_per_visit" FLOAT,
    "last_activity" VARCHAR,
    "country" VARCHAR,
    "specialization" VARCHAR,
    "how_did_you_hear_about_x_education" VARCHAR,
    "what_is_your_current_occupation" VARCHAR,
    "what_matters_most_to_you_in_choosing_a_course" VARCHAR,
    "search" BOOLEAN,
    "magazine" BOOLEAN,
    "newspaper_article" BOOLEAN,
    "x_education_forums" BOOLEAN,
    "newspaper" BOOLEAN,
    "digital_advertisement" BOOLEAN,
    "through_recommendations" BOOLEAN,
    "receive_more_updates_about_our_courses" BOOLEAN,
    "tags" VARCHAR,
    "lead_quality" VARCHAR,
    "update_me_on_supply_chain_content" BOOLEAN,
    "get_updates_on_dm_content" BOOLEAN,
    "lead_profile" VARCHAR,
    "city" VARCHAR,
    "asymmetrique_activity_index" VARCHAR,
    "asymmetrique_profile_index" VARCHAR,
    "asymmetrique_activity_score" NUMBER(38,0),
    "asymmetrique_profile_score" NUMBER(38,0),
    "i_agree_to_pay_the_amount_through_cheque" BOOLEAN,
    "a_free_copy_of_mastering_the_interview" BOOLEAN,
    "last_notable_activity" VARCHAR,
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
      INSERT INTO "LEADPIPE_BATCH" ("prospect_id", "lead_number", "lead_origin", "lead_source", "do_not_email", "do_not_call", "converted", "total_visits", "total_time_spent_on_website", "page_views_per_visit", "last_activity", "country", "specialization", "how_did_you_hear_about_x_education", "what_is_your_current_occupation", "what_matters_most_to_you_in_choosing_a_course", "search", "magazine", "newspaper_article", "x_education_forums", "newspaper", "digital_advertisement", "through_recommendations", "receive_more_updates_about_our_courses", "tags", "lead_quality", "update_me_on_supply_chain_content", "get_updates_on_dm_content", "lead_profile", "city", "asymmetrique_activity_index", "asymmetrique_profile_index", "asymmetrique_activity_score", "asymmetrique_profile_score", "i_agree_to_pay_the_amount_through_cheque", "a_free_copy_of_mastering_the_interview", "last_notable_activity", "row_hash", "source_file")
      SELECT t."prospect_id", t."lead_number", t."lead_origin", t."lead_source", t."do_not_email", t."do_not_call", t."converted", t."total_visits", t."total_time_spent_on_website", t."page_views_per_visit", t."last_activity", t."country", t."specialization", t."how_did_you_hear_about_x_education", t."what_is_your_current_occupation", t."what_matters_most_to_you_in_choosing_a_course", t."search", t."magazine", t."newspaper_article", t."x_education_forums", t."newspaper", t."digital_advertisement", t."through_recommendations", t."receive_more_updates_about_our_courses", t."tags", t."lead_quality", t."update_me_on_supply_chain_content", t."get_updates_on_dm_content", t."lead_profile", t."city", t."asymmetrique_activity_index", t."asymmetrique_profile_index", t."asymmetrique_activity_score", t."asymmetrique_profile_score", t."i_agree_to_pay_the_amount_through_cheque", t."a_free_copy_of_mastering_the_interview", t."last_notable_activity",
        MD5(CONCAT(COALESCE('38:a_free_copy_of_mastering_the_interview' || TO_VARCHAR(LENGTH(CASE WHEN t."a_free_copy_of_mastering_the_interview" THEN 'true' WHEN NOT t."a_free_copy_of_mastering_the_interview" THEN 'false' END)) || ':' || CASE WHEN t."a_free_copy_of_mastering_the_interview" THEN 'true' WHEN NOT t."a_free_copy_of_mastering_the_interview" THEN 'false' END, ''), COALESCE('27:asymmetrique_activity_index' || TO_VARCHAR(LENGTH(t."asymmetrique_activity_index")) || ':' || t."asymmetrique_activity_index", ''), COALESCE('27:asymmetrique_activity_score' || TO_VARCHAR(LENGTH(TO_VARCHAR(t."asymmetrique_activity_score"))) || ':' || TO_VARCHAR(t."asymmetrique_activity_score"), ''), COALESCE('26:asymmetrique_profile_index' || TO_VARCHAR(LENGTH(t."asymmetrique_profile_index")) || ':' || t."asymmetrique_profile_index", ''), COALESCE('26:asymmetrique_profile_score' || TO_VARCHAR(LENGTH(TO_VARCHAR(t."asymmetrique_profile_score"))) || ':' || TO_VARCHAR(t."asymmetrique_profile_score"), ''), COALESCE('4:city' || TO_VARCHAR(LENGTH(t."city")) || ':' || t."city", ''), COALESCE('9:converted' || TO_VARCHAR(LENGTH(CASE WHEN t."converted" THEN 'true' WHEN NOT t."converted" THEN 'false' END)) || ':' || CASE WHEN t."converted" THEN 'true' WHEN NOT t."converted" THEN 'false' END, ''), COALESCE('7:country' || TO_VARCHAR(LENGTH(t."country")) || ':' || t."country", ''), COALESCE('21:digital_advertisement' || TO_VARCHAR(LENGTH(CASE WHEN t."digital_advertisement" THEN 'true' WHEN NOT t."digital_advertisement" THEN 'false' END)) || ':' || CASE WHEN t."digital_advertisement" THEN 'true' WHEN NOT t."digital_advertisement" THEN 'false' END, ''), COALESCE('11:do_not_call' || TO_VARCHAR(LENGTH(CASE WHEN t."do_not_call" THEN 'true' WHEN NOT t."do_not_call" THEN 'false' END)) || ':' || CASE WHEN t."do_not_call" THEN 'true' WHEN NOT t."do_not_call" THEN 'false' END, ''), COALESCE('12:do_not_email' || TO_VARCHAR(LENGTH(CASE WHEN t."do_not_email" THEN 'true' WHEN NOT t."do_not_email" THEN 'false' END)) || ':' || CASE WHEN t."do_not_email" THEN 'true' WHEN NOT t."do_not_email" THEN 'false' END, ''), COALESCE('25:get_updates_on_dm_content' || TO_VARCHAR(LENGTH(CASE WHEN t."get_updates_on_dm_content" THEN 'true' WHEN NOT t."get_updates_on_dm_content" THEN 'false' END)) || ':' || CASE WHEN t."get_updates_on_dm_content" THEN 'true' WHEN NOT t."get_updates_on_dm_content" THEN 'false' END, ''), COALESCE('34:how_did_you_hear_about_x_education' || TO_VARCHAR(LENGTH(t."how_did_you_hear_about_x_education")) || ':' || t."how_did_you_hear_about_x_education", ''), COALESCE('40:i_agree_to_pay_the_amount_through_cheque' || TO_VARCHAR(LENGTH(CASE WHEN t."i_agree_to_pay_the_amount_through_cheque" THEN 'true' WHEN NOT t."i_agree_to_pay_the_amount_through_cheque" THEN 'false' END)) || ':' || CASE WHEN t."i_agree_to_pay_the_amount_through_cheque" THEN 'true' WHEN NOT t."i_agree_to_pay_the_amount_through_cheque" THEN 'false' END, ''), COALESCE('13:last_activity' || TO_VARCHAR(LENGTH(t."last_activity")) || ':' || t."last_activity", ''), COALESCE('21:last_notable_activity' || TO_VARCHAR(LENGTH(t."last_notable_activity")) || ':' || t."last_notable_activity", ''), COALESCE('11:lead_number' || TO_VARCHAR(LENGTH(TO_VARCHAR(t."lead_number"))) || ':' || TO_VARCHAR(t."lead_number"), ''), COALESCE('11:lead_origin' || TO_VARCHAR(LENGTH(t."lead_origin")) || ':' || t."lead_origin", ''), COALESCE('12:lead_profile' || TO_VARCHAR(LENGTH(t."lead_profile")) || ':' || t."lead_profile", ''), COALESCE('12:lead_quality' || TO_VARCHAR(LENGTH(t."lead_quality")) || ':' || t."lead_quality", ''), COALESCE('11:lead_source' || TO_VARCHAR(LENGTH(t."lead_source")) || ':' || t."lead_source", ''), COALESCE('8:magazine' || TO_VARCHAR(LENGTH(CASE WHEN t."magazine" THEN 'true' WHEN NOT t."magazine" THEN 'false' END)) || ':' || CASE WHEN t."magazine" THEN 'true' WHEN NOT t."magazine" THEN 'false' END, ''), COALESCE('9:newspaper' || TO_VARCHAR(LENGTH(CASE WHEN t."newspaper" THEN 'true' WHEN NOT t."newspaper" THEN 'false' END)) || ':' || CASE WHEN t."newspaper" THEN 'true' WHEN NOT t."newspaper" THEN 'false' END, ''), COALESCE('17:newspaper_article' || TO_VARCHAR(LENGTH(CASE WHEN t."newspaper_article" THEN 'true' WHEN NOT t."newspaper_article" THEN 'false' END)) || ':' || CASE WHEN t."newspaper_article" THEN 'true' WHEN NOT t."newspaper_article" THEN 'false' END, ''), COALESCE('20:page_views_per_visit' || TO_VARCHAR(LENGTH("LEADPIPE_DOUBLE_TEXT"(t."page_views_per_visit"))) || ':' || "LEADPIPE_DOUBLE_TEXT"(t."page_views_per_visit"), ''), COALESCE('11:prospect_id' || TO_VARCHAR(LENGTH(t."prospect_id")) || ':' || t."prospect_id", ''), COALESCE('38:receive_more_updates_about_our_courses' || TO_VARCHAR(LENGTH(CASE WHEN t."receive_more_updates_about_our_courses" THEN 'true' WHEN NOT t."receive_more_updates_about_our_courses" THEN 'false' END)) || ':' || CASE WHEN t."receive_more_updates_about_our_courses" THEN 'true' WHEN NOT t."receive_more_updates_about_our_courses" THEN 'false' END, ''), COALESCE('6:search' || TO_VARCHAR(LENGTH(CASE WHEN t."search" THEN 'true' WHEN NOT t."search" THEN 'false' END)) || ':' || CASE WHEN t."search" THEN 'true' WHEN NOT t."search" THEN 'false' END, ''), COALESCE('14:specialization' || TO_VARCHAR(LENGTH(t."specialization")) || ':' || t."specialization", ''), COALESCE('4:tags' || TO_VARCHAR(LENGTH(t."tags")) || ':' || t."tags", ''), COALESCE('23:through_recommendations' || TO_VARCHAR(LENGTH(CASE WHEN t."through_recommendations" THEN 'true' WHEN NOT t."through_recommendations" THEN 'false' END)) || ':' || CASE WHEN t."through_recommendations" THEN 'true' WHEN NOT t."through_recommendations" THEN 'false' END, ''), COALESCE('27:total_time_spent_on_website' || TO_VARCHAR(LENGTH(TO_VARCHAR(t."total_time_spent_on_website"))) || ':' || TO_VARCHAR(t."total_time_spent_on_website"), ''), COALESCE('12:total_visits' || TO_VARCHAR(LENGTH(TO_VARCHAR(t."total_visits"))) || ':' || TO_VARCHAR(t."total_visits"), ''), COALESCE('33:update_me_on_supply_chain_content' || TO_VARCHAR(LENGTH(CASE WHEN t."update_me_on_supply_chain_content" THEN 'true' WHEN NOT t."update_me_on_supply_chain_content" THEN 'false' END)) || ':' || CASE WHEN t."update_me_on_supply_chain_content" THEN 'true' WHEN NOT t."update_me_on_supply_chain_content" THEN 'false' END, ''), COALESCE('31:what_is_your_current_occupation' || TO_VARCHAR(LENGTH(t."what_is_your_current_occupation")) || ':' || t."what_is_your_current_occupation", ''), COALESCE('45:what_matters_most_to_you_in_choosing_a_course' || TO_VARCHAR(LENGTH(t."what_matters_most_to_you_in_choosing_a_course")) || ':' || t."what_matters_most_to_you_in_choosing_a_course", ''), COALESCE('18:x_education_forums' || TO_VARCHAR(LENGTH(CASE WHEN t."x_education_forums" THEN 'true' WHEN NOT t."x_education_forums" THEN 'false' END)) || ':' || CASE WHEN t."x_education_forums" THEN 'true' WHEN NOT t."x_education_forums" THEN 'false' END, ''))),
        t."__source_file"
      FROM (
        SELECT
          r."DATA":"prospect_id"::VARCHAR AS "prospect_id",
          r."DATA":"lead_number"::NUMBER(38,0) AS "lead_number",
          r."DATA":"lead_origin"::VARCHAR AS "lead_origin",
          r."DATA":"lead_source"::VARCHAR AS "lead_source",
          r."DATA":"do_not_email"::BOOLEAN AS "do_not_email",
          r."DATA":"do_not_call"::BOOLEAN AS "do_not_call",
          r."DATA":"converted"::BOOLEAN AS "converted",
          r."DATA":"total_visits"::NUMBER(38,0) AS "total_visits",
          r."DATA":"total_time_spent_on_website"::NUMBER(38,0) AS "total_time_spent_on_website",
          r."DATA":"page_views_per_visit"::FLOAT AS "page_views_per_visit",
          r."DATA":"last_activity"::VARCHAR AS "last_activity",
          r."DATA":"country"::VARCHAR AS "country",
          r."DATA":"specialization"::VARCHAR AS "specialization",
          r."DATA":"how_did_you_hear_about_x_education"::VARCHAR AS "how_did_you_hear_about_x_education",
          r."DATA":"what_is_your_current_occupation"::VARCHAR AS "what_is_your_current_occupation",
          r."DATA":"what_matters_most_to_you_in_choosing_a_course"::VARCHAR AS "what_matters_most_to_you_in_choosing_a_course",
          r."DATA":"search"::BOOLEAN AS "search",
          r."DATA":"magazine"::BOOLEAN AS "magazine",
          r."DATA":"newspaper_article"::BOOLEAN AS "newspaper_article",
          r."DATA":"x_education_forums"::BOOLEAN AS "x_education_forums",
          r."DATA":"newspaper"::BOOLEAN AS "newspaper",
          r."DATA":"digital_advertisement"::BOOLEAN AS "digital_advertisement",
          r."DATA":"through_recommendations"::BOOLEAN AS "through_recommendations",
          r."DATA":"receive_more_updates_about_our_courses"::BOOLEAN AS "receive_more_updates_about_our_courses",
          r."DATA":"tags"::VARCHAR AS "tags",
          r."DATA":"lead_quality"::VARCHAR AS "lead_quality",
          r."DATA":"update_me_on_supply_chain_content"::BOOLEAN AS "update_me_on_supply_chain_content",
          r."DATA":"get_updates_on_dm_content"::BOOLEAN AS "get_updates_on_dm_content",
          r."DATA":"lead_profile"::VARCHAR AS "lead_profile",
          r."DATA":"city"::VARCHAR AS "city",
          r."DATA":"asymmetrique_activity_index"::VARCHAR AS "asymmetrique_activity_index",
          r."DATA":"asymmetrique_profile_index"::VARCHAR AS "asymmetrique_profile_index",
          r."DATA":"asymmetrique_activity_score"::NUMBER(38,0) AS "asymmetrique_activity_score",
          r."DATA":"asymmetrique_profile_score"::NUMBER(38,0) AS "asymmetrique_profile_score",
          r."DATA":"i_agree_to_pay_the_amount_through_cheque"::BOOLEAN AS "i_agree_to_pay_the_amount_through_cheque",
          r."DATA":"a_free_copy_of_mastering_the_interview"::BOOLEAN AS "a_free_copy_of_mastering_the_interview",
          r."DATA":"last_notable_activity"::VARCHAR AS "last_notable_activity",
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
        "lead_number" = b."lead_number",
        "lead_origin" = b."lead_origin",
        "lead_source" = b."lead_source",
        "do_not_email" = b."do_not_email",
        "do_not_call" = b."do_not_call",
        "converted" = b."converted",
        "total_visits" = b."total_visits",
        "total_time_spent_on_website" = b."total_time_spent_on_website",
        "page_views_per_visit" = b."page_views_per_visit",
        "last_activity" = b."last_activity",
        "country" = b."country",
        "specialization" = b."specialization",
        "how_did_you_hear_about_x_education" = b."how_did_you_hear_about_x_education",
        "what_is_your_current_occupation" = b."what_is_your_current_occupation",
        "what_matters_most_to_you_in_choosing_a_course" = b."what_matters_most_to_you_in_choosing_a_course",
        "search" = b."search",
        "magazine" = b."magazine",
        "newspaper_article" = b."newspaper_article",
        "x_education_forums" = b."x_education_forums",
        "newspaper" = b."newspaper",
        "digital_advertisement" = b."digital_advertisement",
        "through_recommendations" = b."through_recommendations",
        "receive_more_updates_about_our_courses" = b."receive_more_updates_about_our_courses",
        "tags" = b."tags",
        "lead_quality" = b."lead_quality",
        "update_me_on_supply_chain_content" = b."update_me_on_supply_chain_content",
        "get_updates_on_dm_content" = b."get_updates_on_dm_content",
        "lead_profile" = b."lead_profile",
        "city" = b."city",
        "asymmetrique_activity_index" = b."asymmetrique_activity_index",
        "asymmetrique_profile_index" = b."asymmetrique_profile_index",
        "asymmetrique_activity_score" = b."asymmetrique_activity_score",
        "asymmetrique_profile_score" = b."asymmetrique_profile_score",
        "i_agree_to_pay_the_amount_through_cheque" = b."i_agree_to_pay_the_amount_through_cheque",
        "a_free_copy_of_mastering_the_interview" = b."a_free_copy_of_mastering_the_interview",
        "last_notable_activity" = b."last_notable_activity",
        "row_hash" = b."row_hash",
        "source_file" = b."source_file",
        "probability" = NULL,
        "score" = NULL,
        "grade" = NULL,
        "reasons" = NULL,
        "model_version" = NULL,
        "scored_at" = NULL,
        "updated_at" = CURRENT_TIMESTAMP()
      WHEN NOT MATCHED THEN INSERT ("prospect_id", "lead_number", "lead_origin", "lead_source", "do_not_email", "do_not_call", "converted", "total_visits", "total_time_spent_on_website", "page_views_per_visit", "last_activity", "country", "specialization", "how_did_you_hear_about_x_education", "what_is_your_current_occupation", "what_matters_most_to_you_in_choosing_a_course", "search", "magazine", "newspaper_article", "x_education_forums", "newspaper", "digital_advertisement", "through_recommendations", "receive_more_updates_about_our_courses", "tags", "lead_quality", "update_me_on_supply_chain_content", "get_updates_on_dm_content", "lead_profile", "city", "asymmetrique_activity_index", "asymmetrique_profile_index", "asymmetrique_activity_score", "asymmetrique_profile_score", "i_agree_to_pay_the_amount_through_cheque", "a_free_copy_of_mastering_the_interview", "last_notable_activity", "row_hash", "source_file", "first_seen_at", "updated_at")
      VALUES (b."prospect_id", b."lead_number", b."lead_origin", b."lead_source", b."do_not_email", b."do_not_call", b."converted", b."total_visits", b."total_time_spent_on_website", b."page_views_per_visit", b."last_activity", b."country", b."specialization", b."how_did_you_hear_about_x_education", b."what_is_your_current_occupation", b."what_matters_most_to_you_in_choosing_a_course", b."search", b."magazine", b."newspaper_article", b."x_education_forums", b."newspaper", b."digital_advertisement", b."through_recommendations", b."receive_more_updates_about_our_courses", b."tags", b."lead_quality", b."update_me_on_supply_chain_content", b."get_updates_on_dm_content", b."lead_profile", b."city", b."asymmetrique_activity_index", b."asymmetrique_profile_index", b."asymmetrique_activity_score", b."asymmetrique_profile_score", b."i_agree_to_pay_the_amount_through_cheque", b."a_free_copy_of_mastering_the_interview", b."last_notable_activity", b."row_hash", b."source_file", CURRENT_TIMESTAMP(), CURRENT_TIMESTAMP());
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
            INSERT INTO "LEADPIPE_BATCH" ("prospect_id", "lead_number", "lead_origin", "lead_source", "do_not_email", "do_not_call", "converted", "total_visits", "total_time_spent_on_website", "page_views_per_visit", "last_activity", "country", "specialization", "how_did_you_hear_about_x_education", "what_is_your_current_occupation", "what_matters_most_to_you_in_choosing_a_course", "search", "magazine", "newspaper_article", "x_education_forums", "newspaper", "digital_advertisement", "through_recommendations", "receive_more_updates_about_our_courses", "tags", "lead_quality", "update_me_on_supply_chain_content", "get_updates_on_dm_content", "lead_profile", "city", "asymmetrique_activity_index", "asymmetrique_profile_index", "asymmetrique_activity_score", "asymmetrique_profile_score", "i_agree_to_pay_the_amount_through_cheque", "a_free_copy_of_mastering_the_interview", "last_notable_activity", "row_hash", "source_file")
            SELECT t."prospect_id", t."lead_number", t."lead_origin", t."lead_source", t."do_not_email", t."do_not_call", t."converted", t."total_visits", t."total_time_spent_on_website", t."page_views_per_visit", t."last_activity", t."country", t."specialization", t."how_did_you_hear_about_x_education", t."what_is_your_current_occupation", t."what_matters_most_to_you_in_choosing_a_course", t."search", t."magazine", t."newspaper_article", t."x_education_forums", t."newspaper", t."digital_advertisement", t."through_recommendations", t."receive_more_updates_about_our_courses", t."tags", t."lead_quality", t."update_me_on_supply_chain_content", t."get_updates_on_dm_content", t."lead_profile", t."city", t."asymmetrique_activity_index", t."asymmetrique_profile_index", t."asymmetrique_activity_score", t."asymmetrique_profile_score", t."i_agree_to_pay_the_amount_through_cheque", t."a_free_copy_of_mastering_the_interview", t."last_notable_activity",
              MD5(CONCAT(COALESCE('38:a_free_copy_of_mastering_the_interview' || TO_VARCHAR(LENGTH(CASE WHEN t."a_free_copy_of_mastering_the_interview" THEN 'true' WHEN NOT t."a_free_copy_of_mastering_the_interview" THEN 'false' END)) || ':' || CASE WHEN t."a_free_copy_of_mastering_the_interview" THEN 'true' WHEN NOT t."a_free_copy_of_mastering_the_interview" THEN 'false' END, ''), COALESCE('27:asymmetrique_activity_index' || TO_VARCHAR(LENGTH(t."asymmetrique_activity_index")) || ':' || t."asymmetrique_activity_index", ''), COALESCE('27:asymmetrique_activity_score' || TO_VARCHAR(LENGTH(TO_VARCHAR(t."asymmetrique_activity_score"))) || ':' || TO_VARCHAR(t."asymmetrique_activity_score"), ''), COALESCE('26:asymmetrique_profile_index' || TO_VARCHAR(LENGTH(t."asymmetrique_profile_index")) || ':' || t."asymmetrique_profile_index", ''), COALESCE('26:asymmetrique_profile_score' || TO_VARCHAR(LENGTH(TO_VARCHAR(t."asymmetrique_profile_score"))) || ':' || TO_VARCHAR(t."asymmetrique_profile_score"), ''), COALESCE('4:city' || TO_VARCHAR(LENGTH(t."city")) || ':' || t."city", ''), COALESCE('9:converted' || TO_VARCHAR(LENGTH(CASE WHEN t."converted" THEN 'true' WHEN NOT t."converted" THEN 'false' END)) || ':' || CASE WHEN t."converted" THEN 'true' WHEN NOT t."converted" THEN 'false' END, ''), COALESCE('7:country' || TO_VARCHAR(LENGTH(t."country")) || ':' || t."country", ''), COALESCE('21:digital_advertisement' || TO_VARCHAR(LENGTH(CASE WHEN t."digital_advertisement" THEN 'true' WHEN NOT t."digital_advertisement" THEN 'false' END)) || ':' || CASE WHEN t."digital_advertisement" THEN 'true' WHEN NOT t."digital_advertisement" THEN 'false' END, ''), COALESCE('11:do_not_call' || TO_VARCHAR(LENGTH(CASE WHEN t."do_not_call" THEN 'true' WHEN NOT t."do_not_call" THEN 'false' END)) || ':' || CASE WHEN t."do_not_call" THEN 'true' WHEN NOT t."do_not_call" THEN 'false' END, ''), COALESCE('12:do_not_email' || TO_VARCHAR(LENGTH(CASE WHEN t."do_not_email" THEN 'true' WHEN NOT t."do_not_email" THEN 'false' END)) || ':' || CASE WHEN t."do_not_email" THEN 'true' WHEN NOT t."do_not_email" THEN 'false' END, ''), COALESCE('25:get_updates_on_dm_content' || TO_VARCHAR(LENGTH(CASE WHEN t."get_updates_on_dm_content" THEN 'true' WHEN NOT t."get_updates_on_dm_content" THEN 'false' END)) || ':' || CASE WHEN t."get_updates_on_dm_content" THEN 'true' WHEN NOT t."get_updates_on_dm_content" THEN 'false' END, ''), COALESCE('34:how_did_you_hear_about_x_education' || TO_VARCHAR(LENGTH(t."how_did_you_hear_about_x_education")) || ':' || t."how_did_you_hear_about_x_education", ''), COALESCE('40:i_agree_to_pay_the_amount_through_cheque' || TO_VARCHAR(LENGTH(CASE WHEN t."i_agree_to_pay_the_amount_through_cheque" THEN 'true' WHEN NOT t."i_agree_to_pay_the_amount_through_cheque" THEN 'false' END)) || ':' || CASE WHEN t."i_agree_to_pay_the_amount_through_cheque" THEN 'true' WHEN NOT t."i_agree_to_pay_the_amount_through_cheque" THEN 'false' END, ''), COALESCE('13:last_activity' || TO_VARCHAR(LENGTH(t."last_activity")) || ':' || t."last_activity", ''), COALESCE('21:last_notable_activity' || TO_VARCHAR(LENGTH(t."last_notable_activity")) || ':' || t."last_notable_activity", ''), COALESCE('11:lead_number' || TO_VARCHAR(LENGTH(TO_VARCHAR(t."lead_number"))) || ':' || TO_VARCHAR(t."lead_number"), ''), COALESCE('11:lead_origin' || TO_VARCHAR(LENGTH(t."lead_origin")) || ':' || t."lead_origin", ''), COALESCE('12:lead_profile' || TO_VARCHAR(LENGTH(t."lead_profile")) || ':' || t."lead_profile", ''), COALESCE('12:lead_quality' || TO_VARCHAR(LENGTH(t."lead_quality")) || ':' || t."lead_quality", ''), COALESCE('11:lead_source' || TO_VARCHAR(LENGTH(t."lead_source")) || ':' || t."lead_source", ''), COALESCE('8:magazine' || TO_VARCHAR(LENGTH(CASE WHEN t."magazine" THEN 'true' WHEN NOT t."magazine" THEN 'false' END)) || ':' || CASE WHEN t."magazine" THEN 'true' WHEN NOT t."magazine" THEN 'false' END, ''), COALESCE('9:newspaper' || TO_VARCHAR(LENGTH(CASE WHEN t."newspaper" THEN 'true' WHEN NOT t."newspaper" THEN 'false' END)) || ':' || CASE WHEN t."newspaper" THEN 'true' WHEN NOT t."newspaper" THEN 'false' END, ''), COALESCE('17:newspaper_article' || TO_VARCHAR(LENGTH(CASE WHEN t."newspaper_article" THEN 'true' WHEN NOT t."newspaper_article" THEN 'false' END)) || ':' || CASE WHEN t."newspaper_article" THEN 'true' WHEN NOT t."newspaper_article" THEN 'false' END, ''), COALESCE('20:page_views_per_visit' || TO_VARCHAR(LENGTH("LEADPIPE_DOUBLE_TEXT"(t."page_views_per_visit"))) || ':' || "LEADPIPE_DOUBLE_TEXT"(t."page_views_per_visit"), ''), COALESCE('11:prospect_id' || TO_VARCHAR(LENGTH(t."prospect_id")) || ':' || t."prospect_id", ''), COALESCE('38:receive_more_updates_about_our_courses' || TO_VARCHAR(LENGTH(CASE WHEN t."receive_more_updates_about_our_courses" THEN 'true' WHEN NOT t."receive_more_updates_about_our_courses" THEN 'false' END)) || ':' || CASE WHEN t."receive_more_updates_about_our_courses" THEN 'true' WHEN NOT t."receive_more_updates_about_our_courses" THEN 'false' END, ''), COALESCE('6:search' || TO_VARCHAR(LENGTH(CASE WHEN t."search" THEN 'true' WHEN NOT t."search" THEN 'false' END)) || ':' || CASE WHEN t."search" THEN 'true' WHEN NOT t."search" THEN 'false' END, ''), COALESCE('14:specialization' || TO_VARCHAR(LENGTH(t."specialization")) || ':' || t."specialization", ''), COALESCE('4:tags' || TO_VARCHAR(LENGTH(t."tags")) || ':' || t."tags", ''), COALESCE('23:through_recommendations' || TO_VARCHAR(LENGTH(CASE WHEN t."through_recommendations" THEN 'true' WHEN NOT t."through_recommendations" THEN 'false' END)) || ':' || CASE WHEN t."through_recommendations" THEN 'true' WHEN NOT t."through_recommendations" THEN 'false' END, ''), COALESCE('27:total_time_spent_on_website' || TO_VARCHAR(LENGTH(TO_VARCHAR(t."total_time_spent_on_website"))) || ':' || TO_VARCHAR(t."total_time_spent_on_website"), ''), COALESCE('12:total_visits' || TO_VARCHAR(LENGTH(TO_VARCHAR(t."total_visits"))) || ':' || TO_VARCHAR(t."total_visits"), ''), COALESCE('33:update_me_on_supply_chain_content' || TO_VARCHAR(LENGTH(CASE WHEN t."update_me_on_supply_chain_content" THEN 'true' WHEN NOT t."update_me_on_supply_chain_content" THEN 'false' END)) || ':' || CASE WHEN t."update_me_on_supply_chain_content" THEN 'true' WHEN NOT t."update_me_on_supply_chain_content" THEN 'false' END, ''), COALESCE('31:what_is_your_current_occupation' || TO_VARCHAR(LENGTH(t."what_is_your_current_occupation")) || ':' || t."what_is_your_current_occupation", ''), COALESCE('45:what_matters_most_to_you_in_choosing_a_course' || TO_VARCHAR(LENGTH(t."what_matters_most_to_you_in_choosing_a_course")) || ':' || t."what_matters_most_to_you_in_choosing_a_course", ''), COALESCE('18:x_education_forums' || TO_VARCHAR(LENGTH(CASE WHEN t."x_education_forums" THEN 'true' WHEN NOT t."x_education_forums" THEN 'false' END)) || ':' || CASE WHEN t."x_education_forums" THEN 'true' WHEN NOT t."x_education_forums" THEN 'false' END, ''))),
              t."__source_file"
            FROM (
              SELECT
                r."DATA":"prospect_id"::VARCHAR AS "prospect_id",
                r."DATA":"lead_number"::NUMBER(38,0) AS "lead_number",
                r."DATA":"lead_origin"::VARCHAR AS "lead_origin",
                r."DATA":"lead_source"::VARCHAR AS "lead_source",
                r."DATA":"do_not_email"::BOOLEAN AS "do_not_email",
                r."DATA":"do_not_call"::BOOLEAN AS "do_not_call",
                r."DATA":"converted"::BOOLEAN AS "converted",
                r."DATA":"total_visits"::NUMBER(38,0) AS "total_visits",
                r."DATA":"total_time_spent_on_website"::NUMBER(38,0) AS "total_time_spent_on_website",
                r."DATA":"page_views_per_visit"::FLOAT AS "page_views_per_visit",
                r."DATA":"last_activity"::VARCHAR AS "last_activity",
                r."DATA":"country"::VARCHAR AS "country",
                r."DATA":"specialization"::VARCHAR AS "specialization",
                r."DATA":"how_did_you_hear_about_x_education"::VARCHAR AS "how_did_you_hear_about_x_education",
                r."DATA":"what_is_your_current_occupation"::VARCHAR AS "what_is_your_current_occupation",
                r."DATA":"what_matters_most_to_you_in_choosing_a_course"::VARCHAR AS "what_matters_most_to_you_in_choosing_a_course",
                r."DATA":"search"::BOOLEAN AS "search",
                r."DATA":"magazine"::BOOLEAN AS "magazine",
                r."DATA":"newspaper_article"::BOOLEAN AS "newspaper_article",
                r."DATA":"x_education_forums"::BOOLEAN AS "x_education_forums",
                r."DATA":"newspaper"::BOOLEAN AS "newspaper",
                r."DATA":"digital_advertisement"::BOOLEAN AS "digital_advertisement",
                r."DATA":"through_recommendations"::BOOLEAN AS "through_recommendations",
                r."DATA":"receive_more_updates_about_our_courses"::BOOLEAN AS "receive_more_updates_about_our_courses",
                r."DATA":"tags"::VARCHAR AS "tags",
                r."DATA":"lead_quality"::VARCHAR AS "lead_quality",
                r."DATA":"update_me_on_supply_chain_content"::BOOLEAN AS "update_me_on_supply_chain_content",
                r."DATA":"get_updates_on_dm_content"::BOOLEAN AS "get_updates_on_dm_content",
                r."DATA":"lead_profile"::VARCHAR AS "lead_profile",
                r."DATA":"city"::VARCHAR AS "city",
                r."DATA":"asymmetrique_activity_index"::VARCHAR AS "asymmetrique_activity_index",
                r."DATA":"asymmetrique_profile_index"::VARCHAR AS "asymmetrique_profile_index",
                r."DATA":"asymmetrique_activity_score"::NUMBER(38,0) AS "asymmetrique_activity_score",
                r."DATA":"asymmetrique_profile_score"::NUMBER(38,0) AS "asymmetrique_profile_score",
                r."DATA":"i_agree_to_pay_the_amount_through_cheque"::BOOLEAN AS "i_agree_to_pay_the_amount_through_cheque",
                r."DATA":"a_free_copy_of_mastering_the_interview"::BOOLEAN AS "a_free_copy_of_mastering_the_interview",
                r."DATA":"last_notable_activity"::VARCHAR AS "last_notable_activity",
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
              "lead_number" = b."lead_number",
              "lead_origin" = b."lead_origin",
              "lead_source" = b."lead_source",
              "do_not_email" = b."do_not_email",
              "do_not_call" = b."do_not_call",
              "converted" = b."converted",
              "total_visits" = b."total_visits",
              "total_time_spent_on_website" = b."total_time_spent_on_website",
              "page_views_per_visit" = b."page_views_per_visit",
              "last_activity" = b."last_activity",
              "country" = b."country",
              "specialization" = b."specialization",
              "how_did_you_hear_about_x_education" = b."how_did_you_hear_about_x_education",
              "what_is_your_current_occupation" = b."what_is_your_current_occupation",
              "what_matters_most_to_you_in_choosing_a_course" = b."what_matters_most_to_you_in_choosing_a_course",
              "search" = b."search",
              "magazine" = b."magazine",
              "newspaper_article" = b."newspaper_article",
              "x_education_forums" = b."x_education_forums",
              "newspaper" = b."newspaper",
              "digital_advertisement" = b."digital_advertisement",
              "through_recommendations" = b."through_recommendations",
              "receive_more_updates_about_our_courses" = b."receive_more_updates_about_our_courses",
              "tags" = b."tags",
              "lead_quality" = b."lead_quality",
              "update_me_on_supply_chain_content" = b."update_me_on_supply_chain_content",
              "get_updates_on_dm_content" = b."get_updates_on_dm_content",
              "lead_profile" = b."lead_profile",
              "city" = b."city",
              "asymmetrique_activity_index" = b."asymmetrique_activity_index",
              "asymmetrique_profile_index" = b."asymmetrique_profile_index",
              "asymmetrique_activity_score" = b."asymmetrique_activity_score",
              "asymmetrique_profile_score" = b."asymmetrique_profile_score",
              "i_agree_to_pay_the_amount_through_cheque" = b."i_agree_to_pay_the_amount_through_cheque",
              "a_free_copy_of_mastering_the_interview" = b."a_free_copy_of_mastering_the_interview",
              "last_notable_activity" = b."last_notable_activity",
              "row_hash" = b."row_hash",
              "source_file" = b."source_file",
              "probability" = NULL,
              "score" = NULL,
              "grade" = NULL,
              "reasons" = NULL,
              "model_version" = NULL,
              "scored_at" = NULL,
              "updated_at" = CURRENT_TIMESTAMP()
            WHEN NOT MATCHED THEN INSERT ("prospect_id", "lead_number", "lead_origin", "lead_source", "do_not_email", "do_not_call", "converted", "total_visits", "total_time_spent_on_website", "page_views_per_visit", "last_activity", "country", "specialization", "how_did_you_hear_about_x_education", "what_is_your_current_occupation", "what_matters_most_to_you_in_choosing_a_course", "search", "magazine", "newspaper_article", "x_education_forums", "newspaper", "digital_advertisement", "through_recommendations", "receive_more_updates_about_our_courses", "tags", "lead_quality", "update_me_on_supply_chain_content", "get_updates_on_dm_content", "lead_profile", "city", "asymmetrique_activity_index", "asymmetrique_profile_index", "asymmetrique_activity_score", "asymmetrique_profile_score", "i_agree_to_pay_the_amount_through_cheque", "a_free_copy_of_mastering_the_interview", "last_notable_activity", "row_hash", "source_file", "first_seen_at", "updated_at")
            VALUES (b."prospect_id", b."lead_number", b."lead_origin", b."lead_source", b."do_not_email", b."do_not_call", b."converted", b."total_visits", b."total_time_spent_on_website", b."page_views_per_visit", b."last_activity", b."country", b."specialization", b."how_did_you_hear_about_x_education", b."what_is_your_current_occupation", b."what_matters_most_to_you_in_choosing_a_course", b."search", b."magazine", b."newspaper_article", b."x_education_forums", b."newspaper", b."digital_advertisement", b."through_recommendations", b."receive_more_updates_about_our_courses", b."tags", b."lead_quality", b."update_me_on_supply_chain_content", b."get_updates_on_dm_content", b."lead_profile", b."city", b."asymmetrique_activity_index", b."asymmetrique_profile_index", b."asymmetrique_activity_score", b."asymmetrique_profile_score", b."i_agree_to_pay_the_amount_through_cheque", b."a_free_copy_of_mastering_the_interview", b."last_notable_activity", b."row_hash", b."source_file", CURRENT_TIMESTAMP(), CURRENT_TIMESTAMP());
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

-- core: LEADPIPE_APPLY_SCORING
CREATE OR REPLACE PROCEDURE "LEADPIPE_APPLY_SCORING"()
RETURNS NUMBER(38,0)
LANGUAGE SQL
EXECUTE AS CALLER
COMMENT = 'leadpipe: apply_scoring (leads whose score is missing or from another model)'
AS $$
DECLARE
  v_models INTEGER DEFAULT 0;
  v_scored INTEGER DEFAULT 0;
BEGIN
  SELECT COUNT(*) INTO :v_models FROM "LEADPIPE_MODELS" WHERE "ACTIVE";
  IF (v_models = 0) THEN
    RETURN 0;
  END IF;
  CREATE OR REPLACE TEMPORARY TABLE "LEADPIPE_SCORED" (
    "LEAD_KEY" VARCHAR, "MODEL_VERSION" VARCHAR, "PROBABILITY" FLOAT, "SCORE" NUMBER(38,0), "GRADE" VARCHAR,
    "REASONS" VARIANT, "OVERRIDDEN" BOOLEAN, "OVERRIDE_REASON" VARCHAR
  );
  BEGIN TRANSACTION;
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
  SELECT COUNT(*) INTO :v_scored FROM "LEADPIPE_SCORED";
  COMMIT;
  RETURN v_scored;
EXCEPTION
  WHEN OTHER THEN
    ROLLBACK;
    RAISE;
END;
$$;

-- core: LEADPIPE_VALIDATE_STAGED_FILE
DROP PROCEDURE IF EXISTS "LEADPIPE_VALIDATE_STAGED_FILES"(VARCHAR);

CREATE OR REPLACE PROCEDURE "LEADPIPE_VALIDATE_STAGED_FILE"("FILE_NAME" VARCHAR, "LOAD" BOOLEAN)
RETURNS VARIANT
LANGUAGE SQL
EXECUTE AS CALLER
COMMENT = 'leadpipe: validate one staged file (rows, columns, key, types); load it when valid and asked to'
AS $$
DECLARE
  v_rows INTEGER DEFAULT 0;
  v_not_documents INTEGER DEFAULT 0;
  v_without_key INTEGER DEFAULT 0;
  v_type_error_rows INTEGER DEFAULT 0;
  v_type_errors OBJECT;
  v_columns ARRAY;
  v_content_key VARCHAR;
  v_missing ARRAY;
  v_undeclared ARRAY;
  v_valid BOOLEAN DEFAULT FALSE;
  v_loaded INTEGER DEFAULT 0;
  v_already INTEGER DEFAULT 0;
  v_reason VARCHAR;
BEGIN
  SELECT COUNT(*),
      COUNT_IF(s."DOC":"l" IS NULL OR TYPEOF(s."DOC":"d") <> 'OBJECT'),
      COUNT_IF(s."DOC":"d":"prospect_id" IS NULL OR IS_NULL_VALUE(s."DOC":"d":"prospect_id") OR TRIM(s."DOC":"d":"prospect_id"::VARCHAR) = ''),
      COUNT_IF((s."DOC":"d":"lead_number" IS NOT NULL AND NOT IS_NULL_VALUE(s."DOC":"d":"lead_number") AND TRY_CAST(s."DOC":"d":"lead_number"::VARCHAR AS NUMBER(38,0)) IS NULL) OR (s."DOC":"d":"do_not_email" IS NOT NULL AND NOT IS_NULL_VALUE(s."DOC":"d":"do_not_email") AND TRY_CAST(s."DOC":"d":"do_not_email"::VARCHAR AS BOOLEAN) IS NULL) OR (s."DOC":"d":"do_not_call" IS NOT NULL AND NOT IS_NULL_VALUE(s."DOC":"d":"do_not_call") AND TRY_CAST(s."DOC":"d":"do_not_call"::VARCHAR AS BOOLEAN) IS NULL) OR (s."DOC":"d":"converted" IS NOT NULL AND NOT IS_NULL_VALUE(s."DOC":"d":"converted") AND TRY_CAST(s."DOC":"d":"converted"::VARCHAR AS BOOLEAN) IS NULL) OR (s."DOC":"d":"total_visits" IS NOT NULL AND NOT IS_NULL_VALUE(s."DOC":"d":"total_visits") AND TRY_CAST(s."DOC":"d":"total_visits"::VARCHAR AS NUMBER(38,0)) IS NULL) OR (s."DOC":"d":"total_time_spent_on_website" IS NOT NULL AND NOT IS_NULL_VALUE(s."DOC":"d":"total_time_spent_on_website") AND TRY_CAST(s."DOC":"d":"total_time_spent_on_website"::VARCHAR AS NUMBER(38,0)) IS NULL) OR (s."DOC":"d":"page_views_per_visit" IS NOT NULL AND NOT IS_NULL_VALUE(s."DOC":"d":"page_views_per_visit") AND TRY_CAST(s."DOC":"d":"page_views_per_visit"::VARCHAR AS FLOAT) IS NULL) OR (s."DOC":"d":"search" IS NOT NULL AND NOT IS_NULL_VALUE(s."DOC":"d":"search") AND TRY_CAST(s."DOC":"d":"search"::VARCHAR AS BOOLEAN) IS NULL) OR (s."DOC":"d":"magazine" IS NOT NULL AND NOT IS_NULL_VALUE(s."DOC":"d":"magazine") AND TRY_CAST(s."DOC":"d":"magazine"::VARCHAR AS BOOLEAN) IS NULL) OR (s."DOC":"d":"newspaper_article" IS NOT NULL AND NOT IS_NULL_VALUE(s."DOC":"d":"newspaper_article") AND TRY_CAST(s."DOC":"d":"newspaper_article"::VARCHAR AS BOOLEAN) IS NULL) OR (s."DOC":"d":"x_education_forums" IS NOT NULL AND NOT IS_NULL_VALUE(s."DOC":"d":"x_education_forums") AND TRY_CAST(s."DOC":"d":"x_education_forums"::VARCHAR AS BOOLEAN) IS NULL) OR (s."DOC":"d":"newspaper" IS NOT NULL AND NOT IS_NULL_VALUE(s."DOC":"d":"newspaper") AND TRY_CAST(s."DOC":"d":"newspaper"::VARCHAR AS BOOLEAN) IS NULL) OR (s."DOC":"d":"digital_advertisement" IS NOT NULL AND NOT IS_NULL_VALUE(s."DOC":"d":"digital_advertisement") AND TRY_CAST(s."DOC":"d":"digital_advertisement"::VARCHAR AS BOOLEAN) IS NULL) OR (s."DOC":"d":"through_recommendations" IS NOT NULL AND NOT IS_NULL_VALUE(s."DOC":"d":"through_recommendations") AND TRY_CAST(s."DOC":"d":"through_recommendations"::VARCHAR AS BOOLEAN) IS NULL) OR (s."DOC":"d":"receive_more_updates_about_our_courses" IS NOT NULL AND NOT IS_NULL_VALUE(s."DOC":"d":"receive_more_updates_about_our_courses") AND TRY_CAST(s."DOC":"d":"receive_more_updates_about_our_courses"::VARCHAR AS BOOLEAN) IS NULL) OR (s."DOC":"d":"update_me_on_supply_chain_content" IS NOT NULL AND NOT IS_NULL_VALUE(s."DOC":"d":"update_me_on_supply_chain_content") AND TRY_CAST(s."DOC":"d":"update_me_on_supply_chain_content"::VARCHAR AS BOOLEAN) IS NULL) OR (s."DOC":"d":"get_updates_on_dm_content" IS NOT NULL AND NOT IS_NULL_VALUE(s."DOC":"d":"get_updates_on_dm_content") AND TRY_CAST(s."DOC":"d":"get_updates_on_dm_content"::VARCHAR AS BOOLEAN) IS NULL) OR (s."DOC":"d":"asymmetrique_activity_score" IS NOT NULL AND NOT IS_NULL_VALUE(s."DOC":"d":"asymmetrique_activity_score") AND TRY_CAST(s."DOC":"d":"asymmetrique_activity_score"::VARCHAR AS NUMBER(38,0)) IS NULL) OR (s."DOC":"d":"asymmetrique_profile_score" IS NOT NULL AND NOT IS_NULL_VALUE(s."DOC":"d":"asymmetrique_profile_score") AND TRY_CAST(s."DOC":"d":"asymmetrique_profile_score"::VARCHAR AS NUMBER(38,0)) IS NULL) OR (s."DOC":"d":"i_agree_to_pay_the_amount_through_cheque" IS NOT NULL AND NOT IS_NULL_VALUE(s."DOC":"d":"i_agree_to_pay_the_amount_through_cheque") AND TRY_CAST(s."DOC":"d":"i_agree_to_pay_the_amount_through_cheque"::VARCHAR AS BOOLEAN) IS NULL) OR (s."DOC":"d":"a_free_copy_of_mastering_the_interview" IS NOT NULL AND NOT IS_NULL_VALUE(s."DOC":"d":"a_free_copy_of_mastering_the_interview") AND TRY_CAST(s."DOC":"d":"a_free_copy_of_mastering_the_interview"::VARCHAR AS BOOLEAN) IS NULL)),
      OBJECT_CONSTRUCT('lead_number', NULLIF(COUNT_IF((s."DOC":"d":"lead_number" IS NOT NULL AND NOT IS_NULL_VALUE(s."DOC":"d":"lead_number") AND TRY_CAST(s."DOC":"d":"lead_number"::VARCHAR AS NUMBER(38,0)) IS NULL)), 0), 'do_not_email', NULLIF(COUNT_IF((s."DOC":"d":"do_not_email" IS NOT NULL AND NOT IS_NULL_VALUE(s."DOC":"d":"do_not_email") AND TRY_CAST(s."DOC":"d":"do_not_email"::VARCHAR AS BOOLEAN) IS NULL)), 0), 'do_not_call', NULLIF(COUNT_IF((s."DOC":"d":"do_not_call" IS NOT NULL AND NOT IS_NULL_VALUE(s."DOC":"d":"do_not_call") AND TRY_CAST(s."DOC":"d":"do_not_call"::VARCHAR AS BOOLEAN) IS NULL)), 0), 'converted', NULLIF(COUNT_IF((s."DOC":"d":"converted" IS NOT NULL AND NOT IS_NULL_VALUE(s."DOC":"d":"converted") AND TRY_CAST(s."DOC":"d":"converted"::VARCHAR AS BOOLEAN) IS NULL)), 0), 'total_visits', NULLIF(COUNT_IF((s."DOC":"d":"total_visits" IS NOT NULL AND NOT IS_NULL_VALUE(s."DOC":"d":"total_visits") AND TRY_CAST(s."DOC":"d":"total_visits"::VARCHAR AS NUMBER(38,0)) IS NULL)), 0), 'total_time_spent_on_website', NULLIF(COUNT_IF((s."DOC":"d":"total_time_spent_on_website" IS NOT NULL AND NOT IS_NULL_VALUE(s."DOC":"d":"total_time_spent_on_website") AND TRY_CAST(s."DOC":"d":"total_time_spent_on_website"::VARCHAR AS NUMBER(38,0)) IS NULL)), 0), 'page_views_per_visit', NULLIF(COUNT_IF((s."DOC":"d":"page_views_per_visit" IS NOT NULL AND NOT IS_NULL_VALUE(s."DOC":"d":"page_views_per_visit") AND TRY_CAST(s."DOC":"d":"page_views_per_visit"::VARCHAR AS FLOAT) IS NULL)), 0), 'search', NULLIF(COUNT_IF((s."DOC":"d":"search" IS NOT NULL AND NOT IS_NULL_VALUE(s."DOC":"d":"search") AND TRY_CAST(s."DOC":"d":"search"::VARCHAR AS BOOLEAN) IS NULL)), 0), 'magazine', NULLIF(COUNT_IF((s."DOC":"d":"magazine" IS NOT NULL AND NOT IS_NULL_VALUE(s."DOC":"d":"magazine") AND TRY_CAST(s."DOC":"d":"magazine"::VARCHAR AS BOOLEAN) IS NULL)), 0), 'newspaper_article', NULLIF(COUNT_IF((s."DOC":"d":"newspaper_article" IS NOT NULL AND NOT IS_NULL_VALUE(s."DOC":"d":"newspaper_article") AND TRY_CAST(s."DOC":"d":"newspaper_article"::VARCHAR AS BOOLEAN) IS NULL)), 0), 'x_education_forums', NULLIF(COUNT_IF((s."DOC":"d":"x_education_forums" IS NOT NULL AND NOT IS_NULL_VALUE(s."DOC":"d":"x_education_forums") AND TRY_CAST(s."DOC":"d":"x_education_forums"::VARCHAR AS BOOLEAN) IS NULL)), 0), 'newspaper', NULLIF(COUNT_IF((s."DOC":"d":"newspaper" IS NOT NULL AND NOT IS_NULL_VALUE(s."DOC":"d":"newspaper") AND TRY_CAST(s."DOC":"d":"newspaper"::VARCHAR AS BOOLEAN) IS NULL)), 0), 'digital_advertisement', NULLIF(COUNT_IF((s."DOC":"d":"digital_advertisement" IS NOT NULL AND NOT IS_NULL_VALUE(s."DOC":"d":"digital_advertisement") AND TRY_CAST(s."DOC":"d":"digital_advertisement"::VARCHAR AS BOOLEAN) IS NULL)), 0), 'through_recommendations', NULLIF(COUNT_IF((s."DOC":"d":"through_recommendations" IS NOT NULL AND NOT IS_NULL_VALUE(s."DOC":"d":"through_recommendations") AND TRY_CAST(s."DOC":"d":"through_recommendations"::VARCHAR AS BOOLEAN) IS NULL)), 0), 'receive_more_updates_about_our_courses', NULLIF(COUNT_IF((s."DOC":"d":"receive_more_updates_about_our_courses" IS NOT NULL AND NOT IS_NULL_VALUE(s."DOC":"d":"receive_more_updates_about_our_courses") AND TRY_CAST(s."DOC":"d":"receive_more_updates_about_our_courses"::VARCHAR AS BOOLEAN) IS NULL)), 0), 'update_me_on_supply_chain_content', NULLIF(COUNT_IF((s."DOC":"d":"update_me_on_supply_chain_content" IS NOT NULL AND NOT IS_NULL_VALUE(s."DOC":"d":"update_me_on_supply_chain_content") AND TRY_CAST(s."DOC":"d":"update_me_on_supply_chain_content"::VARCHAR AS BOOLEAN) IS NULL)), 0), 'get_updates_on_dm_content', NULLIF(COUNT_IF((s."DOC":"d":"get_updates_on_dm_content" IS NOT NULL AND NOT IS_NULL_VALUE(s."DOC":"d":"get_updates_on_dm_content") AND TRY_CAST(s."DOC":"d":"get_updates_on_dm_content"::VARCHAR AS BOOLEAN) IS NULL)), 0), 'asymmetrique_activity_score', NULLIF(COUNT_IF((s."DOC":"d":"asymmetrique_activity_score" IS NOT NULL AND NOT IS_NULL_VALUE(s."DOC":"d":"asymmetrique_activity_score") AND TRY_CAST(s."DOC":"d":"asymmetrique_activity_score"::VARCHAR AS NUMBER(38,0)) IS NULL)), 0), 'asymmetrique_profile_score', NULLIF(COUNT_IF((s."DOC":"d":"asymmetrique_profile_score" IS NOT NULL AND NOT IS_NULL_VALUE(s."DOC":"d":"asymmetrique_profile_score") AND TRY_CAST(s."DOC":"d":"asymmetrique_profile_score"::VARCHAR AS NUMBER(38,0)) IS NULL)), 0), 'i_agree_to_pay_the_amount_through_cheque', NULLIF(COUNT_IF((s."DOC":"d":"i_agree_to_pay_the_amount_through_cheque" IS NOT NULL AND NOT IS_NULL_VALUE(s."DOC":"d":"i_agree_to_pay_the_amount_through_cheque") AND TRY_CAST(s."DOC":"d":"i_agree_to_pay_the_amount_through_cheque"::VARCHAR AS BOOLEAN) IS NULL)), 0), 'a_free_copy_of_mastering_the_interview', NULLIF(COUNT_IF((s."DOC":"d":"a_free_copy_of_mastering_the_interview" IS NOT NULL AND NOT IS_NULL_VALUE(s."DOC":"d":"a_free_copy_of_mastering_the_interview") AND TRY_CAST(s."DOC":"d":"a_free_copy_of_mastering_the_interview"::VARCHAR AS BOOLEAN) IS NULL)), 0)),
      COALESCE(ARRAY_UNION_AGG(OBJECT_KEYS(s."DOC":"d")), ARRAY_CONSTRUCT()),
      MAX(s."CONTENT_KEY")
    INTO :v_rows, :v_not_documents, :v_without_key, :v_type_error_rows, :v_type_errors, :v_columns, :v_content_key
    FROM (
      SELECT METADATA$FILENAME AS "F", $1 AS "DOC", METADATA$FILE_CONTENT_KEY AS "CONTENT_KEY" FROM @"LEADPIPE_STAGE" (FILE_FORMAT => 'LEADPIPE_NDJSON_GZIP')
    ) AS s
    WHERE s."F" = :FILE_NAME;
  v_missing := ARRAY_EXCEPT(ARRAY_CONSTRUCT('prospect_id', 'lead_number', 'lead_origin', 'lead_source', 'do_not_email', 'do_not_call', 'converted', 'total_visits', 'total_time_spent_on_website', 'page_views_per_visit', 'last_activity', 'country', 'specialization', 'how_did_you_hear_about_x_education', 'what_is_your_current_occupation', 'what_matters_most_to_you_in_choosing_a_course', 'search', 'magazine', 'newspaper_article', 'x_education_forums', 'newspaper', 'digital_advertisement', 'through_recommendations', 'receive_more_updates_about_our_courses', 'tags', 'lead_quality', 'update_me_on_supply_chain_content', 'get_updates_on_dm_content', 'lead_profile', 'city', 'asymmetrique_activity_index', 'asymmetrique_profile_index', 'asymmetrique_activity_score', 'asymmetrique_profile_score', 'i_agree_to_pay_the_amount_through_cheque', 'a_free_copy_of_mastering_the_interview', 'last_notable_activity'), v_columns);
  v_undeclared := ARRAY_EXCEPT(v_columns, ARRAY_CONSTRUCT('prospect_id', 'lead_number', 'lead_origin', 'lead_source', 'do_not_email', 'do_not_call', 'converted', 'total_visits', 'total_time_spent_on_website', 'page_views_per_visit', 'last_activity', 'country', 'specialization', 'how_did_you_hear_about_x_education', 'what_is_your_current_occupation', 'what_matters_most_to_you_in_choosing_a_course', 'search', 'magazine', 'newspaper_article', 'x_education_forums', 'newspaper', 'digital_advertisement', 'through_recommendations', 'receive_more_updates_about_our_courses', 'tags', 'lead_quality', 'update_me_on_supply_chain_content', 'get_updates_on_dm_content', 'lead_profile', 'city', 'asymmetrique_activity_index', 'asymmetrique_profile_index', 'asymmetrique_activity_score', 'asymmetrique_profile_score', 'i_agree_to_pay_the_amount_through_cheque', 'a_free_copy_of_mastering_the_interview', 'last_notable_activity'));
  v_valid := (v_rows > 0 AND v_not_documents = 0 AND v_without_key = 0 AND v_type_error_rows = 0);
  v_reason := CASE
    WHEN v_rows = 0 THEN 'no staged file at this path (or it is empty)'
    WHEN v_not_documents > 0 THEN 'lines that are not leadpipe documents'
    WHEN v_without_key > 0 THEN 'rows without a key'
    WHEN v_type_error_rows > 0 THEN 'values that do not fit their declared type'
    ELSE NULL END;
  IF (v_valid AND LOAD) THEN
    SELECT COUNT(*) INTO :v_already FROM "LEADS_RAW" WHERE "LOAD_ID" = :FILE_NAME;
    IF (v_already > 0) THEN
      v_reason := 'already loaded';
    ELSE
      BEGIN TRANSACTION;
      INSERT INTO "LEADS_RAW" ("FILE_NAME", "FILE_ROW_NUMBER", "DATA", "LOAD_ID", "LOADED_AT")
        SELECT CASE WHEN STARTSWITH(s."F", 'loads/') THEN REGEXP_REPLACE(SPLIT_PART(s."F", '/', -1), '[.]ndjson([.]gz)?$', '') ELSE SPLIT_PART(s."F", '/', -2) END, s."DOC":"l"::NUMBER(38,0), s."DOC":"d", s."F", CURRENT_TIMESTAMP()
        FROM (
          SELECT METADATA$FILENAME AS "F", $1 AS "DOC", METADATA$FILE_CONTENT_KEY AS "CONTENT_KEY" FROM @"LEADPIPE_STAGE" (FILE_FORMAT => 'LEADPIPE_NDJSON_GZIP')
        ) AS s
        WHERE s."F" = :FILE_NAME;
      v_loaded := SQLROWCOUNT;
      INSERT INTO "LOAD_HISTORY" ("LOAD_ID", "FILE_NAME", "STAGE_LOCATION", "CHECKSUM", "FILE_SIZE", "STATUS", "REASON", "ROW_COUNT", "ROW_PARSED", "ERROR_COUNT", "LAST_LOAD_TIME")
        SELECT :FILE_NAME, CASE WHEN STARTSWITH(:FILE_NAME, 'loads/') THEN REGEXP_REPLACE(SPLIT_PART(:FILE_NAME, '/', -1), '[.]ndjson([.]gz)?$', '') ELSE SPLIT_PART(:FILE_NAME, '/', -2) END, CASE WHEN STARTSWITH(:FILE_NAME, 'loads/') THEN '@"LEADPIPE_STAGE"' ELSE '@"LEADS_S3_STAGE"' END || '/' || :FILE_NAME, COALESCE(:v_content_key, ''), 0, 'LOADED', 'loaded by LEADPIPE_VALIDATE_STAGED_FILE', :v_loaded, :v_rows, 0, CURRENT_TIMESTAMP();
      COMMIT;
    END IF;
  END IF;
  RETURN OBJECT_CONSTRUCT_KEEP_NULL('file', FILE_NAME, 'valid', v_valid, 'reason', v_reason, 'rows', v_rows,
    'not_documents', v_not_documents, 'rows_without_key', v_without_key, 'rows_with_type_errors', v_type_error_rows,
    'type_errors', v_type_errors, 'columns', v_columns, 'missing_declared_columns', v_missing,
    'undeclared_columns', v_undeclared, 'loaded', v_loaded);
EXCEPTION
  WHEN OTHER THEN
    ROLLBACK;
    RAISE;
END;
$$;

-- core: tasks
ALTER TASK IF EXISTS "LEADS_MERGE_TASK" SUSPEND;

CREATE OR ALTER TASK "LEADS_MERGE_TASK"
  USER_TASK_MANAGED_INITIAL_WAREHOUSE_SIZE = 'XSMALL'
  SCHEDULE = '1 MINUTE'
  SUSPEND_TASK_AFTER_NUM_FAILURES = 10
  ALLOW_OVERLAPPING_EXECUTION = FALSE
  COMMENT = 'leadpipe: LEADS_RAW_STREAM -> LEADS_FINAL'
  WHEN SYSTEM$STREAM_HAS_DATA('LEADS_RAW_STREAM')
AS
  CALL "LEADPIPE_RUN_TASK"(NULL, 'SCHEDULED', 10, TRUE);

ALTER TASK IF EXISTS "LEADPIPE_SCORING_TASK" SUSPEND;

CREATE OR ALTER TASK "LEADPIPE_SCORING_TASK"
  USER_TASK_MANAGED_INITIAL_WAREHOUSE_SIZE = 'XSMALL'
  SCHEDULE = '60 MINUTE'
  ALLOW_OVERLAPPING_EXECUTION = FALSE
  COMMENT = 'leadpipe: apply_scoring of stale leads'
AS
  CALL "LEADPIPE_APPLY_SCORING"();

-- scoring: LEADPIPE_SCORE
CREATE OR REPLACE FUNCTION "LEADPIPE_GRADE"("SCORE" NUMBER(38,0))
RETURNS VARCHAR
LANGUAGE SQL
COMMENT = 'leadpipe model rules-default-1 (rules)'
AS $$
CASE WHEN score >= 7.5e+1 THEN 'A' WHEN score >= 5e+1 THEN 'B' WHEN score >= 2.5e+1 THEN 'C' ELSE 'D' END
$$;

CREATE OR REPLACE FUNCTION "LEADPIPE_SCORE"()
RETURNS TABLE ("LEAD_KEY" VARCHAR, "MODEL_VERSION" VARCHAR, "PROBABILITY" FLOAT, "SCORE" NUMBER(38,0), "GRADE" VARCHAR, "REASONS" VARIANT)
LANGUAGE SQL
COMMENT = 'leadpipe model rules-default-1 (rules)'
AS $$
SELECT CAST(__m."prospect_id" AS VARCHAR), __m.model_version, __m.probability, __m.score, __m.grade, TO_VARIANT(__m.reasons)
FROM (SELECT "prospect_id", model_version, probability, score, grade,
  OBJECT_CONSTRUCT('positive', ARRAY_AGG(CASE WHEN __sign = 1 AND __rank <= 3 THEN __item END) WITHIN GROUP (ORDER BY __rank), 'negative', ARRAY_AGG(CASE WHEN __sign = -1 AND __rank <= 3 THEN __item END) WITHIN GROUP (ORDER BY __rank)) AS reasons
FROM (
  SELECT __s."prospect_id", __s.model_version, __s.probability, __s.score, __s.grade, OBJECT_CONSTRUCT('feature', __r.value:rule::VARCHAR, 'points', __r.value:points::DOUBLE, 'text', __r.value:rule::VARCHAR || ': ' || CASE WHEN __r.value:points::DOUBLE > 0 THEN '+' ELSE '' END || CASE WHEN __r.value:points::DOUBLE = ROUND(__r.value:points::DOUBLE) THEN CAST(CAST(__r.value:points::DOUBLE AS BIGINT) AS VARCHAR) ELSE CAST(__r.value:points::DOUBLE AS VARCHAR) END) AS __item, SIGN(__r.value:points::DOUBLE) AS __sign,
    ROW_NUMBER() OVER (PARTITION BY __s."prospect_id", SIGN(__r.value:points::DOUBLE) ORDER BY ABS(__r.value:points::DOUBLE) DESC, CASE WHEN SIGN(__r.value:points::DOUBLE) > 0 THEN __r.index END ASC, CASE WHEN SIGN(__r.value:points::DOUBLE) < 0 THEN __r.index END ASC) AS __rank
  FROM (SELECT "prospect_id", model_version, CAST(NULL AS DOUBLE) AS probability, score, grade, reasons FROM (SELECT "prospect_id", 'rules-default-1' AS model_version, points, score, CASE WHEN score >= 7.5e+1 THEN 'A' WHEN score >= 5e+1 THEN 'B' WHEN score >= 2.5e+1 THEN 'C' ELSE 'D' END AS grade, reasons FROM (
  SELECT "prospect_id", points, reasons, CAST(ROUND(100 * (LEAST(GREATEST(points, (-4e+0)), 1e+1) - (-4e+0)) / 1.4e+1) AS INTEGER) AS score FROM (
    SELECT "prospect_id", CASE WHEN ("lead_origin" = 'Lead Add Form') THEN 3e+0 ELSE 0e0 END
 + CASE WHEN (LOWER("lead_source") IN ('reference', 'welingak website')) THEN 2e+0 ELSE 0e0 END
 + CASE WHEN ("lead_source" = 'Marketing') THEN 1e+0 ELSE 0e0 END
 + CASE WHEN ("what_is_your_current_occupation" = 'Working Professional') THEN 3e+0 ELSE 0e0 END
 + CASE WHEN ("total_time_spent_on_website" >= 8e+2) THEN 2e+0 ELSE 0e0 END
 + CASE WHEN ("total_time_spent_on_website" BETWEEN 3e+2 AND 7.99e+2) THEN 1e+0 ELSE 0e0 END
 + CASE WHEN ("last_activity" = 'SMS Sent') THEN 2e+0 ELSE 0e0 END
 + CASE WHEN ("last_activity" IN ('Olark Chat Conversation', 'Email Bounced', 'Converted to Lead')) THEN (-2e+0) ELSE 0e0 END
 + CASE WHEN ("do_not_email" = TRUE) THEN (-2e+0) ELSE 0e0 END
 + CASE WHEN ("lead_origin" = 'API') AND ("total_visits" = 0e+0) THEN (-1e+0) ELSE 0e0 END
 + CASE WHEN ("what_is_your_current_occupation" = 'Student') THEN (-1e+0) ELSE 0e0 END AS points, ARRAY_COMPACT(ARRAY_CONSTRUCT(CASE WHEN ("lead_origin" = 'Lead Add Form') THEN OBJECT_CONSTRUCT('rule', 'Lead Add Form origin', 'points', 3e+0) END, CASE WHEN (LOWER("lead_source") IN ('reference', 'welingak website')) THEN OBJECT_CONSTRUCT('rule', 'Referred or Welingak', 'points', 2e+0) END, CASE WHEN ("lead_source" = 'Marketing') THEN OBJECT_CONSTRUCT('rule', 'Marketing source', 'points', 1e+0) END, CASE WHEN ("what_is_your_current_occupation" = 'Working Professional') THEN OBJECT_CONSTRUCT('rule', 'Working professional', 'points', 3e+0) END, CASE WHEN ("total_time_spent_on_website" >= 8e+2) THEN OBJECT_CONSTRUCT('rule', 'Long time on site', 'points', 2e+0) END, CASE WHEN ("total_time_spent_on_website" BETWEEN 3e+2 AND 7.99e+2) THEN OBJECT_CONSTRUCT('rule', 'Some time on site', 'points', 1e+0) END, CASE WHEN ("last_activity" = 'SMS Sent') THEN OBJECT_CONSTRUCT('rule', 'Replied by SMS', 'points', 2e+0) END, CASE WHEN ("last_activity" IN ('Olark Chat Conversation', 'Email Bounced', 'Converted to Lead')) THEN OBJECT_CONSTRUCT('rule', 'Chat only or bounced', 'points', (-2e+0)) END, CASE WHEN ("do_not_email" = TRUE) THEN OBJECT_CONSTRUCT('rule', 'Asked not to be emailed', 'points', (-2e+0)) END, CASE WHEN ("lead_origin" = 'API') AND ("total_visits" = 0e+0) THEN OBJECT_CONSTRUCT('rule', 'No visits from an API lead', 'points', (-1e+0)) END, CASE WHEN ("what_is_your_current_occupation" = 'Student') THEN OBJECT_CONSTRUCT('rule', 'Student', 'points', (-1e+0)) END)) AS reasons FROM leads_to_score
  ) AS __r1
) AS __r2) AS __rules) AS __s, LATERAL FLATTEN(INPUT => __s.reasons, OUTER => TRUE) AS __r
) AS __ranked
GROUP BY "prospect_id", model_version, probability, score, grade) AS __m
$$;

CREATE OR REPLACE FUNCTION "LEADPIPE_SCORE"("LEAD" VARIANT)
RETURNS OBJECT
LANGUAGE SQL
COMMENT = 'leadpipe model rules-default-1 (rules)'
AS $$
SELECT ANY_VALUE(OBJECT_CONSTRUCT_KEEP_NULL('model_version', 'rules-default-1', 'probability', NULL, 'score', score, 'grade', grade,
  'reasons', OBJECT_CONSTRUCT('positive', ARRAY_COMPACT(ARRAY_CONSTRUCT(CASE WHEN __w0 AND 1 = 1 THEN OBJECT_CONSTRUCT('feature', 'Lead Add Form origin', 'points', 3e+0, 'text', 'Lead Add Form origin: +3') WHEN __w3 AND 1 + IFF(__w0, 1, 0) = 1 THEN OBJECT_CONSTRUCT('feature', 'Working professional', 'points', 3e+0, 'text', 'Working professional: +3') WHEN __w1 AND 1 + IFF(__w0, 1, 0) + IFF(__w3, 1, 0) = 1 THEN OBJECT_CONSTRUCT('feature', 'Referred or Welingak', 'points', 2e+0, 'text', 'Referred or Welingak: +2') WHEN __w4 AND 1 + IFF(__w0, 1, 0) + IFF(__w3, 1, 0) + IFF(__w1, 1, 0) = 1 THEN OBJECT_CONSTRUCT('feature', 'Long time on site', 'points', 2e+0, 'text', 'Long time on site: +2') WHEN __w6 AND 1 + IFF(__w0, 1, 0) + IFF(__w3, 1, 0) + IFF(__w1, 1, 0) + IFF(__w4, 1, 0) = 1 THEN OBJECT_CONSTRUCT('feature', 'Replied by SMS', 'points', 2e+0, 'text', 'Replied by SMS: +2') WHEN __w2 AND 1 + IFF(__w0, 1, 0) + IFF(__w3, 1, 0) + IFF(__w1, 1, 0) + IFF(__w4, 1, 0) + IFF(__w6, 1, 0) = 1 THEN OBJECT_CONSTRUCT('feature', 'Marketing source', 'points', 1e+0, 'text', 'Marketing source: +1') WHEN __w5 AND 1 + IFF(__w0, 1, 0) + IFF(__w3, 1, 0) + IFF(__w1, 1, 0) + IFF(__w4, 1, 0) + IFF(__w6, 1, 0) + IFF(__w2, 1, 0) = 1 THEN OBJECT_CONSTRUCT('feature', 'Some time on site', 'points', 1e+0, 'text', 'Some time on site: +1') END, CASE WHEN __w0 AND 1 = 2 THEN OBJECT_CONSTRUCT('feature', 'Lead Add Form origin', 'points', 3e+0, 'text', 'Lead Add Form origin: +3') WHEN __w3 AND 1 + IFF(__w0, 1, 0) = 2 THEN OBJECT_CONSTRUCT('feature', 'Working professional', 'points', 3e+0, 'text', 'Working professional: +3') WHEN __w1 AND 1 + IFF(__w0, 1, 0) + IFF(__w3, 1, 0) = 2 THEN OBJECT_CONSTRUCT('feature', 'Referred or Welingak', 'points', 2e+0, 'text', 'Referred or Welingak: +2') WHEN __w4 AND 1 + IFF(__w0, 1, 0) + IFF(__w3, 1, 0) + IFF(__w1, 1, 0) = 2 THEN OBJECT_CONSTRUCT('feature', 'Long time on site', 'points', 2e+0, 'text', 'Long time on site: +2') WHEN __w6 AND 1 + IFF(__w0, 1, 0) + IFF(__w3, 1, 0) + IFF(__w1, 1, 0) + IFF(__w4, 1, 0) = 2 THEN OBJECT_CONSTRUCT('feature', 'Replied by SMS', 'points', 2e+0, 'text', 'Replied by SMS: +2') WHEN __w2 AND 1 + IFF(__w0, 1, 0) + IFF(__w3, 1, 0) + IFF(__w1, 1, 0) + IFF(__w4, 1, 0) + IFF(__w6, 1, 0) = 2 THEN OBJECT_CONSTRUCT('feature', 'Marketing source', 'points', 1e+0, 'text', 'Marketing source: +1') WHEN __w5 AND 1 + IFF(__w0, 1, 0) + IFF(__w3, 1, 0) + IFF(__w1, 1, 0) + IFF(__w4, 1, 0) + IFF(__w6, 1, 0) + IFF(__w2, 1, 0) = 2 THEN OBJECT_CONSTRUCT('feature', 'Some time on site', 'points', 1e+0, 'text', 'Some time on site: +1') END, CASE WHEN __w0 AND 1 = 3 THEN OBJECT_CONSTRUCT('feature', 'Lead Add Form origin', 'points', 3e+0, 'text', 'Lead Add Form origin: +3') WHEN __w3 AND 1 + IFF(__w0, 1, 0) = 3 THEN OBJECT_CONSTRUCT('feature', 'Working professional', 'points', 3e+0, 'text', 'Working professional: +3') WHEN __w1 AND 1 + IFF(__w0, 1, 0) + IFF(__w3, 1, 0) = 3 THEN OBJECT_CONSTRUCT('feature', 'Referred or Welingak', 'points', 2e+0, 'text', 'Referred or Welingak: +2') WHEN __w4 AND 1 + IFF(__w0, 1, 0) + IFF(__w3, 1, 0) + IFF(__w1, 1, 0) = 3 THEN OBJECT_CONSTRUCT('feature', 'Long time on site', 'points', 2e+0, 'text', 'Long time on site: +2') WHEN __w6 AND 1 + IFF(__w0, 1, 0) + IFF(__w3, 1, 0) + IFF(__w1, 1, 0) + IFF(__w4, 1, 0) = 3 THEN OBJECT_CONSTRUCT('feature', 'Replied by SMS', 'points', 2e+0, 'text', 'Replied by SMS: +2') WHEN __w2 AND 1 + IFF(__w0, 1, 0) + IFF(__w3, 1, 0) + IFF(__w1, 1, 0) + IFF(__w4, 1, 0) + IFF(__w6, 1, 0) = 3 THEN OBJECT_CONSTRUCT('feature', 'Marketing source', 'points', 1e+0, 'text', 'Marketing source: +1') WHEN __w5 AND 1 + IFF(__w0, 1, 0) + IFF(__w3, 1, 0) + IFF(__w1, 1, 0) + IFF(__w4, 1, 0) + IFF(__w6, 1, 0) + IFF(__w2, 1, 0) = 3 THEN OBJECT_CONSTRUCT('feature', 'Some time on site', 'points', 1e+0, 'text', 'Some time on site: +1') END)), 'negative', ARRAY_COMPACT(ARRAY_CONSTRUCT(CASE WHEN __w7 AND 1 = 1 THEN OBJECT_CONSTRUCT('feature', 'Chat only or bounced', 'points', (-2e+0), 'text', 'Chat only or bounced: -2') WHEN __w8 AND 1 + IFF(__w7, 1, 0) = 1 THEN OBJECT_CONSTRUCT('feature', 'Asked not to be emailed', 'points', (-2e+0), 'text', 'Asked not to be emailed: -2') WHEN __w9 AND 1 + IFF(__w7, 1, 0) + IFF(__w8, 1, 0) = 1 THEN OBJECT_CONSTRUCT('feature', 'No visits from an API lead', 'points', (-1e+0), 'text', 'No visits from an API lead: -1') WHEN __w10 AND 1 + IFF(__w7, 1, 0) + IFF(__w8, 1, 0) + IFF(__w9, 1, 0) = 1 THEN OBJECT_CONSTRUCT('feature', 'Student', 'points', (-1e+0), 'text', 'Student: -1') END, CASE WHEN __w7 AND 1 = 2 THEN OBJECT_CONSTRUCT('feature', 'Chat only or bounced', 'points', (-2e+0), 'text', 'Chat only or bounced: -2') WHEN __w8 AND 1 + IFF(__w7, 1, 0) = 2 THEN OBJECT_CONSTRUCT('feature', 'Asked not to be emailed', 'points', (-2e+0), 'text', 'Asked not to be emailed: -2') WHEN __w9 AND 1 + IFF(__w7, 1, 0) + IFF(__w8, 1, 0) = 2 THEN OBJECT_CONSTRUCT('feature', 'No visits from an API lead', 'points', (-1e+0), 'text', 'No visits from an API lead: -1') WHEN __w10 AND 1 + IFF(__w7, 1, 0) + IFF(__w8, 1, 0) + IFF(__w9, 1, 0) = 2 THEN OBJECT_CONSTRUCT('feature', 'Student', 'points', (-1e+0), 'text', 'Student: -1') END, CASE WHEN __w7 AND 1 = 3 THEN OBJECT_CONSTRUCT('feature', 'Chat only or bounced', 'points', (-2e+0), 'text', 'Chat only or bounced: -2') WHEN __w8 AND 1 + IFF(__w7, 1, 0) = 3 THEN OBJECT_CONSTRUCT('feature', 'Asked not to be emailed', 'points', (-2e+0), 'text', 'Asked not to be emailed: -2') WHEN __w9 AND 1 + IFF(__w7, 1, 0) + IFF(__w8, 1, 0) = 3 THEN OBJECT_CONSTRUCT('feature', 'No visits from an API lead', 'points', (-1e+0), 'text', 'No visits from an API lead: -1') WHEN __w10 AND 1 + IFF(__w7, 1, 0) + IFF(__w8, 1, 0) + IFF(__w9, 1, 0) = 3 THEN OBJECT_CONSTRUCT('feature', 'Student', 'points', (-1e+0), 'text', 'Student: -1') END)))))
FROM (SELECT __w0, __w1, __w2, __w3, __w4, __w5, __w6, __w7, __w8, __w9, __w10, score, CASE WHEN score >= 7.5e+1 THEN 'A' WHEN score >= 5e+1 THEN 'B' WHEN score >= 2.5e+1 THEN 'C' ELSE 'D' END AS grade
FROM (SELECT __w0, __w1, __w2, __w3, __w4, __w5, __w6, __w7, __w8, __w9, __w10, CAST(ROUND(100 * (LEAST(GREATEST(points, (-4e+0)), 1e+1) - (-4e+0)) / 1.4e+1) AS INTEGER) AS score
FROM (SELECT COALESCE(("__x0" = 'Lead Add Form'), FALSE) AS __w0,
  COALESCE((LOWER("__x1") IN ('reference', 'welingak website')), FALSE) AS __w1,
  COALESCE(("__x1" = 'Marketing'), FALSE) AS __w2,
  COALESCE(("__x2" = 'Working Professional'), FALSE) AS __w3,
  COALESCE(("__x3" >= 8e+2), FALSE) AS __w4,
  COALESCE(("__x3" BETWEEN 3e+2 AND 7.99e+2), FALSE) AS __w5,
  COALESCE(("__x4" = 'SMS Sent'), FALSE) AS __w6,
  COALESCE(("__x4" IN ('Olark Chat Conversation', 'Email Bounced', 'Converted to Lead')), FALSE) AS __w7,
  COALESCE(("__x5" = TRUE), FALSE) AS __w8,
  COALESCE(("__x0" = 'API') AND ("__x6" = 0e+0), FALSE) AS __w9,
  COALESCE(("__x2" = 'Student'), FALSE) AS __w10,
  CASE WHEN ("__x0" = 'Lead Add Form') THEN 3e+0 ELSE 0e0 END
 + CASE WHEN (LOWER("__x1") IN ('reference', 'welingak website')) THEN 2e+0 ELSE 0e0 END
 + CASE WHEN ("__x1" = 'Marketing') THEN 1e+0 ELSE 0e0 END
 + CASE WHEN ("__x2" = 'Working Professional') THEN 3e+0 ELSE 0e0 END
 + CASE WHEN ("__x3" >= 8e+2) THEN 2e+0 ELSE 0e0 END
 + CASE WHEN ("__x3" BETWEEN 3e+2 AND 7.99e+2) THEN 1e+0 ELSE 0e0 END
 + CASE WHEN ("__x4" = 'SMS Sent') THEN 2e+0 ELSE 0e0 END
 + CASE WHEN ("__x4" IN ('Olark Chat Conversation', 'Email Bounced', 'Converted to Lead')) THEN (-2e+0) ELSE 0e0 END
 + CASE WHEN ("__x5" = TRUE) THEN (-2e+0) ELSE 0e0 END
 + CASE WHEN ("__x0" = 'API') AND ("__x6" = 0e+0) THEN (-1e+0) ELSE 0e0 END
 + CASE WHEN ("__x2" = 'Student') THEN (-1e+0) ELSE 0e0 END AS points
FROM (SELECT 0 AS "__lead",
  CASE WHEN TYPEOF(__r0) = 'VARCHAR' THEN __t0 WHEN TYPEOF(__r0) = 'BOOLEAN' THEN IFF(CAST(__r0 AS BOOLEAN), 'true', 'false') WHEN TYPEOF(__r0) IN ('INTEGER', 'DECIMAL', 'DOUBLE') THEN CASE WHEN CAST(__r0 AS DOUBLE) = TRUNC(CAST(__r0 AS DOUBLE)) AND ABS(CAST(__r0 AS DOUBLE)) < 1e15 THEN TO_VARCHAR(CAST(CAST(__r0 AS DOUBLE) AS NUMBER(38, 0))) ELSE TO_VARCHAR(CAST(__r0 AS DOUBLE)) END END AS __x0,
  CASE WHEN TYPEOF(__r1) = 'VARCHAR' THEN __t1 WHEN TYPEOF(__r1) = 'BOOLEAN' THEN IFF(CAST(__r1 AS BOOLEAN), 'true', 'false') WHEN TYPEOF(__r1) IN ('INTEGER', 'DECIMAL', 'DOUBLE') THEN CASE WHEN CAST(__r1 AS DOUBLE) = TRUNC(CAST(__r1 AS DOUBLE)) AND ABS(CAST(__r1 AS DOUBLE)) < 1e15 THEN TO_VARCHAR(CAST(CAST(__r1 AS DOUBLE) AS NUMBER(38, 0))) ELSE TO_VARCHAR(CAST(__r1 AS DOUBLE)) END END AS __x1,
  CASE WHEN TYPEOF(__r2) = 'VARCHAR' THEN __t2 WHEN TYPEOF(__r2) = 'BOOLEAN' THEN IFF(CAST(__r2 AS BOOLEAN), 'true', 'false') WHEN TYPEOF(__r2) IN ('INTEGER', 'DECIMAL', 'DOUBLE') THEN CASE WHEN CAST(__r2 AS DOUBLE) = TRUNC(CAST(__r2 AS DOUBLE)) AND ABS(CAST(__r2 AS DOUBLE)) < 1e15 THEN TO_VARCHAR(CAST(CAST(__r2 AS DOUBLE) AS NUMBER(38, 0))) ELSE TO_VARCHAR(CAST(__r2 AS DOUBLE)) END END AS __x2,
  CASE WHEN TYPEOF(__r3) IN ('INTEGER', 'DECIMAL', 'DOUBLE') THEN CASE WHEN CAST(__r3 AS DOUBLE) = TRUNC(CAST(__r3 AS DOUBLE)) AND ABS(CAST(__r3 AS DOUBLE)) < 9.223372036854775808e18 THEN CAST(__r3 AS DOUBLE) END WHEN REGEXP_LIKE(__t3, '^[+-]?[0-9]+([.]0+)?$') THEN CASE WHEN TRY_TO_DOUBLE(__t3) = TRUNC(TRY_TO_DOUBLE(__t3)) AND ABS(TRY_TO_DOUBLE(__t3)) < 9.223372036854775808e18 THEN TRY_TO_DOUBLE(__t3) END END AS __x3,
  CASE WHEN TYPEOF(__r4) = 'VARCHAR' THEN __t4 WHEN TYPEOF(__r4) = 'BOOLEAN' THEN IFF(CAST(__r4 AS BOOLEAN), 'true', 'false') WHEN TYPEOF(__r4) IN ('INTEGER', 'DECIMAL', 'DOUBLE') THEN CASE WHEN CAST(__r4 AS DOUBLE) = TRUNC(CAST(__r4 AS DOUBLE)) AND ABS(CAST(__r4 AS DOUBLE)) < 1e15 THEN TO_VARCHAR(CAST(CAST(__r4 AS DOUBLE) AS NUMBER(38, 0))) ELSE TO_VARCHAR(CAST(__r4 AS DOUBLE)) END END AS __x4,
  CASE WHEN TYPEOF(__r5) = 'BOOLEAN' THEN CAST(__r5 AS BOOLEAN) WHEN TYPEOF(__r5) = 'VARCHAR' THEN CASE LOWER(__t5) WHEN 'true' THEN TRUE WHEN 'yes' THEN TRUE WHEN 'y' THEN TRUE WHEN 't' THEN TRUE WHEN '1' THEN TRUE WHEN 'false' THEN FALSE WHEN 'no' THEN FALSE WHEN 'n' THEN FALSE WHEN 'f' THEN FALSE WHEN '0' THEN FALSE END WHEN TYPEOF(__r5) IN ('INTEGER', 'DECIMAL', 'DOUBLE') THEN CASE CAST(__r5 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END END AS __x5,
  CASE WHEN TYPEOF(__r6) IN ('INTEGER', 'DECIMAL', 'DOUBLE') THEN CASE WHEN CAST(__r6 AS DOUBLE) = TRUNC(CAST(__r6 AS DOUBLE)) AND ABS(CAST(__r6 AS DOUBLE)) < 9.223372036854775808e18 THEN CAST(__r6 AS DOUBLE) END WHEN REGEXP_LIKE(__t6, '^[+-]?[0-9]+([.]0+)?$') THEN CASE WHEN TRY_TO_DOUBLE(__t6) = TRUNC(TRY_TO_DOUBLE(__t6)) AND ABS(TRY_TO_DOUBLE(__t6)) < 9.223372036854775808e18 THEN TRY_TO_DOUBLE(__t6) END END AS __x6
FROM (SELECT __r0,
  __r1,
  __r2,
  __r3,
  __r4,
  __r5,
  __r6,
  CASE WHEN TYPEOF(__r0) = 'VARCHAR' THEN CASE WHEN LOWER(TRIM(CAST(__r0 AS VARCHAR), CHR(9) || CHR(10) || CHR(11) || CHR(12) || CHR(13) || CHR(32) || CHR(160) || CHR(5760) || CHR(8192) || CHR(8193) || CHR(8194) || CHR(8195) || CHR(8196) || CHR(8197) || CHR(8198) || CHR(8199) || CHR(8200) || CHR(8201) || CHR(8202) || CHR(8232) || CHR(8233) || CHR(8239) || CHR(8287) || CHR(12288) || CHR(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE TRIM(CAST(__r0 AS VARCHAR), CHR(9) || CHR(10) || CHR(11) || CHR(12) || CHR(13) || CHR(32) || CHR(160) || CHR(5760) || CHR(8192) || CHR(8193) || CHR(8194) || CHR(8195) || CHR(8196) || CHR(8197) || CHR(8198) || CHR(8199) || CHR(8200) || CHR(8201) || CHR(8202) || CHR(8232) || CHR(8233) || CHR(8239) || CHR(8287) || CHR(12288) || CHR(65279)) END END AS __t0,
  CASE WHEN TYPEOF(__r1) = 'VARCHAR' THEN CASE WHEN LOWER(TRIM(CAST(__r1 AS VARCHAR), CHR(9) || CHR(10) || CHR(11) || CHR(12) || CHR(13) || CHR(32) || CHR(160) || CHR(5760) || CHR(8192) || CHR(8193) || CHR(8194) || CHR(8195) || CHR(8196) || CHR(8197) || CHR(8198) || CHR(8199) || CHR(8200) || CHR(8201) || CHR(8202) || CHR(8232) || CHR(8233) || CHR(8239) || CHR(8287) || CHR(12288) || CHR(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE TRIM(CAST(__r1 AS VARCHAR), CHR(9) || CHR(10) || CHR(11) || CHR(12) || CHR(13) || CHR(32) || CHR(160) || CHR(5760) || CHR(8192) || CHR(8193) || CHR(8194) || CHR(8195) || CHR(8196) || CHR(8197) || CHR(8198) || CHR(8199) || CHR(8200) || CHR(8201) || CHR(8202) || CHR(8232) || CHR(8233) || CHR(8239) || CHR(8287) || CHR(12288) || CHR(65279)) END END AS __t1,
  CASE WHEN TYPEOF(__r2) = 'VARCHAR' THEN CASE WHEN LOWER(TRIM(CAST(__r2 AS VARCHAR), CHR(9) || CHR(10) || CHR(11) || CHR(12) || CHR(13) || CHR(32) || CHR(160) || CHR(5760) || CHR(8192) || CHR(8193) || CHR(8194) || CHR(8195) || CHR(8196) || CHR(8197) || CHR(8198) || CHR(8199) || CHR(8200) || CHR(8201) || CHR(8202) || CHR(8232) || CHR(8233) || CHR(8239) || CHR(8287) || CHR(12288) || CHR(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE TRIM(CAST(__r2 AS VARCHAR), CHR(9) || CHR(10) || CHR(11) || CHR(12) || CHR(13) || CHR(32) || CHR(160) || CHR(5760) || CHR(8192) || CHR(8193) || CHR(8194) || CHR(8195) || CHR(8196) || CHR(8197) || CHR(8198) || CHR(8199) || CHR(8200) || CHR(8201) || CHR(8202) || CHR(8232) || CHR(8233) || CHR(8239) || CHR(8287) || CHR(12288) || CHR(65279)) END END AS __t2,
  CASE WHEN TYPEOF(__r3) = 'VARCHAR' THEN CASE WHEN LOWER(TRIM(CAST(__r3 AS VARCHAR), CHR(9) || CHR(10) || CHR(11) || CHR(12) || CHR(13) || CHR(32) || CHR(160) || CHR(5760) || CHR(8192) || CHR(8193) || CHR(8194) || CHR(8195) || CHR(8196) || CHR(8197) || CHR(8198) || CHR(8199) || CHR(8200) || CHR(8201) || CHR(8202) || CHR(8232) || CHR(8233) || CHR(8239) || CHR(8287) || CHR(12288) || CHR(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE TRIM(CAST(__r3 AS VARCHAR), CHR(9) || CHR(10) || CHR(11) || CHR(12) || CHR(13) || CHR(32) || CHR(160) || CHR(5760) || CHR(8192) || CHR(8193) || CHR(8194) || CHR(8195) || CHR(8196) || CHR(8197) || CHR(8198) || CHR(8199) || CHR(8200) || CHR(8201) || CHR(8202) || CHR(8232) || CHR(8233) || CHR(8239) || CHR(8287) || CHR(12288) || CHR(65279)) END END AS __t3,
  CASE WHEN TYPEOF(__r4) = 'VARCHAR' THEN CASE WHEN LOWER(TRIM(CAST(__r4 AS VARCHAR), CHR(9) || CHR(10) || CHR(11) || CHR(12) || CHR(13) || CHR(32) || CHR(160) || CHR(5760) || CHR(8192) || CHR(8193) || CHR(8194) || CHR(8195) || CHR(8196) || CHR(8197) || CHR(8198) || CHR(8199) || CHR(8200) || CHR(8201) || CHR(8202) || CHR(8232) || CHR(8233) || CHR(8239) || CHR(8287) || CHR(12288) || CHR(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE TRIM(CAST(__r4 AS VARCHAR), CHR(9) || CHR(10) || CHR(11) || CHR(12) || CHR(13) || CHR(32) || CHR(160) || CHR(5760) || CHR(8192) || CHR(8193) || CHR(8194) || CHR(8195) || CHR(8196) || CHR(8197) || CHR(8198) || CHR(8199) || CHR(8200) || CHR(8201) || CHR(8202) || CHR(8232) || CHR(8233) || CHR(8239) || CHR(8287) || CHR(12288) || CHR(65279)) END END AS __t4,
  CASE WHEN TYPEOF(__r5) = 'VARCHAR' THEN CASE WHEN LOWER(TRIM(CAST(__r5 AS VARCHAR), CHR(9) || CHR(10) || CHR(11) || CHR(12) || CHR(13) || CHR(32) || CHR(160) || CHR(5760) || CHR(8192) || CHR(8193) || CHR(8194) || CHR(8195) || CHR(8196) || CHR(8197) || CHR(8198) || CHR(8199) || CHR(8200) || CHR(8201) || CHR(8202) || CHR(8232) || CHR(8233) || CHR(8239) || CHR(8287) || CHR(12288) || CHR(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE TRIM(CAST(__r5 AS VARCHAR), CHR(9) || CHR(10) || CHR(11) || CHR(12) || CHR(13) || CHR(32) || CHR(160) || CHR(5760) || CHR(8192) || CHR(8193) || CHR(8194) || CHR(8195) || CHR(8196) || CHR(8197) || CHR(8198) || CHR(8199) || CHR(8200) || CHR(8201) || CHR(8202) || CHR(8232) || CHR(8233) || CHR(8239) || CHR(8287) || CHR(12288) || CHR(65279)) END END AS __t5,
  CASE WHEN TYPEOF(__r6) = 'VARCHAR' THEN CASE WHEN LOWER(TRIM(CAST(__r6 AS VARCHAR), CHR(9) || CHR(10) || CHR(11) || CHR(12) || CHR(13) || CHR(32) || CHR(160) || CHR(5760) || CHR(8192) || CHR(8193) || CHR(8194) || CHR(8195) || CHR(8196) || CHR(8197) || CHR(8198) || CHR(8199) || CHR(8200) || CHR(8201) || CHR(8202) || CHR(8232) || CHR(8233) || CHR(8239) || CHR(8287) || CHR(12288) || CHR(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE TRIM(CAST(__r6 AS VARCHAR), CHR(9) || CHR(10) || CHR(11) || CHR(12) || CHR(13) || CHR(32) || CHR(160) || CHR(5760) || CHR(8192) || CHR(8193) || CHR(8194) || CHR(8195) || CHR(8196) || CHR(8197) || CHR(8198) || CHR(8199) || CHR(8200) || CHR(8201) || CHR(8202) || CHR(8232) || CHR(8233) || CHR(8239) || CHR(8287) || CHR(12288) || CHR(65279)) END END AS __t6
FROM (SELECT GET("LEAD", 'lead_origin') AS __r0,
  GET("LEAD", 'lead_source') AS __r1,
  GET("LEAD", 'what_is_your_current_occupation') AS __r2,
  GET("LEAD", 'total_time_spent_on_website') AS __r3,
  GET("LEAD", 'last_activity') AS __r4,
  GET("LEAD", 'do_not_email') AS __r5,
  GET("LEAD", 'total_visits') AS __r6) AS __lead_raw) AS __lead_text) AS __lead_values) AS __r1) AS __r2) AS __r3
$$;

-- drift: not checked (no credentials: set SNOWFLAKE_ACCOUNT, SNOWFLAKE_USER and SNOWFLAKE_PASSWORD or SNOWFLAKE_PRIVATE_KEY_PATH); apply compares the existing objects first

-- Not planned: the storage integration, the S3 stage and the pipes. Set S3_BUCKET (and S3_PREFIX) for the external stage on the S3 stage; SNOWFLAKE_STORAGE_AWS_ROLE_ARN for the storage integration.
