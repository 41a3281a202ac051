-- leadpipe snowflake plan: 36 statements (database <SNOWFLAKE_DATABASE>, schema <SNOWFLAKE_SCHEMA>)
-- scoring UDFs: 277,244 bytes of SQL (LEADPIPE_GRADE(SCORE) 252, LEADPIPE_SCORE() 114,454, LEADPIPE_SCORE(LEAD) 162,538)

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
COMMENT = 'leadpipe model gbt-c8cc1c52dbd8dd2f (gbt)'
AS $$
CASE WHEN score >= 74 THEN 'A' WHEN score >= 25 THEN 'B' WHEN score >= 6 THEN 'C' ELSE 'D' END
$$;

CREATE OR REPLACE FUNCTION "LEADPIPE_SCORE"()
RETURNS TABLE ("LEAD_KEY" VARCHAR, "MODEL_VERSION" VARCHAR, "PROBABILITY" FLOAT, "SCORE" NUMBER(38,0), "GRADE" VARCHAR, "REASONS" VARIANT)
LANGUAGE SQL
COMMENT = 'leadpipe model gbt-c8cc1c52dbd8dd2f (gbt)'
AS $$
SELECT CAST(__m."prospect_id" AS VARCHAR), __m.model_version, __m.probability, __m.score, __m.grade, TO_VARIANT(__m.reasons)
FROM (SELECT "prospect_id", model_version, probability, score, grade,
  OBJECT_CONSTRUCT('positive', ARRAY_AGG(CASE WHEN __sign = 1 AND __rank <= 3 THEN __item END) WITHIN GROUP (ORDER BY __rank), 'negative', ARRAY_AGG(CASE WHEN __sign = -1 AND __rank <= 3 THEN __item END) WITHIN GROUP (ORDER BY __rank)) AS reasons
FROM (
  SELECT __s."prospect_id", __s.model_version, __s.probability, __s.score, __s.grade, __r.value AS __item, SIGN(__r.value:log_odds::DOUBLE) AS __sign,
    ROW_NUMBER() OVER (PARTITION BY __s."prospect_id", SIGN(__r.value:log_odds::DOUBLE) ORDER BY ABS(__r.value:log_odds::DOUBLE) DESC, CASE WHEN SIGN(__r.value:log_odds::DOUBLE) > 0 THEN __r.value:feature::VARCHAR END DESC, CASE WHEN SIGN(__r.value:log_odds::DOUBLE) < 0 THEN __r.value:feature::VARCHAR END ASC) AS __rank
  FROM (SELECT "prospect_id", 'gbt-c8cc1c52dbd8dd2f' AS model_version, probability, score, CASE WHEN score >= 74 THEN 'A' WHEN score >= 25 THEN 'B' WHEN score >= 6 THEN 'C' ELSE 'D' END AS grade,
  ARRAY_CONSTRUCT(OBJECT_CONSTRUCT('log_odds', __c0, 'feature', 'lead_origin', 'label', 'Lead Origin', 'value', __v0, 'points', CAST(ROUND(__c0 * 1.4426950408889635e+1) AS INTEGER), 'text', 'Lead Origin = ' || __v0 || ': ' || CASE WHEN CAST(ROUND(__c0 * 1.4426950408889635e+1) AS INTEGER) >= 0 THEN '+' ELSE '' END || CAST(CAST(ROUND(__c0 * 1.4426950408889635e+1) AS INTEGER) AS VARCHAR)),
    OBJECT_CONSTRUCT('log_odds', __c1, 'feature', 'lead_source', 'label', 'Lead Source', 'value', __v1, 'points', CAST(ROUND(__c1 * 1.4426950408889635e+1) AS INTEGER), 'text', 'Lead Source = ' || __v1 || ': ' || CASE WHEN CAST(ROUND(__c1 * 1.4426950408889635e+1) AS INTEGER) >= 0 THEN '+' ELSE '' END || CAST(CAST(ROUND(__c1 * 1.4426950408889635e+1) AS INTEGER) AS VARCHAR)),
    OBJECT_CONSTRUCT('log_odds', __c2, 'feature', 'do_not_email', 'label', 'Do Not Email', 'value', __v2, 'points', CAST(ROUND(__c2 * 1.4426950408889635e+1) AS INTEGER), 'text', 'Do Not Email = ' || __v2 || ': ' || CASE WHEN CAST(ROUND(__c2 * 1.4426950408889635e+1) AS INTEGER) >= 0 THEN '+' ELSE '' END || CAST(CAST(ROUND(__c2 * 1.4426950408889635e+1) AS INTEGER) AS VARCHAR)),
    OBJECT_CONSTRUCT('log_odds', __c3, 'feature', 'do_not_call', 'label', 'Do Not Call', 'value', __v3, 'points', CAST(ROUND(__c3 * 1.4426950408889635e+1) AS INTEGER), 'text', 'Do Not Call = ' || __v3 || ': ' || CASE WHEN CAST(ROUND(__c3 * 1.4426950408889635e+1) AS INTEGER) >= 0 THEN '+' ELSE '' END || CAST(CAST(ROUND(__c3 * 1.4426950408889635e+1) AS INTEGER) AS VARCHAR)),
    OBJECT_CONSTRUCT('log_odds', __c4, 'feature', 'total_visits', 'label', 'TotalVisits', 'value', __v4, 'points', CAST(ROUND(__c4 * 1.4426950408889635e+1) AS INTEGER), 'text', 'TotalVisits = ' || __v4 || ': ' || CASE WHEN CAST(ROUND(__c4 * 1.4426950408889635e+1) AS INTEGER) >= 0 THEN '+' ELSE '' END || CAST(CAST(ROUND(__c4 * 1.4426950408889635e+1) AS INTEGER) AS VARCHAR)),
    OBJECT_CONSTRUCT('log_odds', __c5, 'feature', 'total_time_spent_on_website', 'label', 'Total Time Spent on Website', 'value', __v5, 'points', CAST(ROUND(__c5 * 1.4426950408889635e+1) AS INTEGER), 'text', 'Total Time Spent on Website = ' || __v5 || ': ' || CASE WHEN CAST(ROUND(__c5 * 1.4426950408889635e+1) AS INTEGER) >= 0 THEN '+' ELSE '' END || CAST(CAST(ROUND(__c5 * 1.4426950408889635e+1) AS INTEGER) AS VARCHAR)),
    OBJECT_CONSTRUCT('log_odds', __c6, 'feature', 'page_views_per_visit', 'label', 'Page Views Per Visit', 'value', __v6, 'points', CAST(ROUND(__c6 * 1.4426950408889635e+1) AS INTEGER), 'text', 'Page Views Per Visit = ' || __v6 || ': ' || CASE WHEN CAST(ROUND(__c6 * 1.4426950408889635e+1) AS INTEGER) >= 0 THEN '+' ELSE '' END || CAST(CAST(ROUND(__c6 * 1.4426950408889635e+1) AS INTEGER) AS VARCHAR)),
    OBJECT_CONSTRUCT('log_odds', __c7, 'feature', 'last_activity', 'label', 'Last Activity', 'value', __v7, 'points', CAST(ROUND(__c7 * 1.4426950408889635e+1) AS INTEGER), 'text', 'Last Activity = ' || __v7 || ': ' || CASE WHEN CAST(ROUND(__c7 * 1.4426950408889635e+1) AS INTEGER) >= 0 THEN '+' ELSE '' END || CAST(CAST(ROUND(__c7 * 1.4426950408889635e+1) AS INTEGER) AS VARCHAR)),
    OBJECT_CONSTRUCT('log_odds', __c8, 'feature', 'country', 'label', 'Country', 'value', __v8, 'points', CAST(ROUND(__c8 * 1.4426950408889635e+1) AS INTEGER), 'text', 'Country = ' || __v8 || ': ' || CASE WHEN CAST(ROUND(__c8 * 1.4426950408889635e+1) AS INTEGER) >= 0 THEN '+' ELSE '' END || CAST(CAST(ROUND(__c8 * 1.4426950408889635e+1) AS INTEGER) AS VARCHAR)),
    OBJECT_CONSTRUCT('log_odds', __c9, 'feature', 'specialization', 'label', 'Specialization', 'value', __v9, 'points', CAST(ROUND(__c9 * 1.4426950408889635e+1) AS INTEGER), 'text', 'Specialization = ' || __v9 || ': ' || CASE WHEN CAST(ROUND(__c9 * 1.4426950408889635e+1) AS INTEGER) >= 0 THEN '+' ELSE '' END || CAST(CAST(ROUND(__c9 * 1.4426950408889635e+1) AS INTEGER) AS VARCHAR)),
    OBJECT_CONSTRUCT('log_odds', __c10, 'feature', 'how_did_you_hear_about_x_education', 'label', 'How did you hear about X Education', 'value', __v10, 'points', CAST(ROUND(__c10 * 1.4426950408889635e+1) AS INTEGER), 'text', 'How did you hear about X Education = ' || __v10 || ': ' || CASE WHEN CAST(ROUND(__c10 * 1.4426950408889635e+1) AS INTEGER) >= 0 THEN '+' ELSE '' END || CAST(CAST(ROUND(__c10 * 1.4426950408889635e+1) AS INTEGER) AS VARCHAR)),
    OBJECT_CONSTRUCT('log_odds', __c11, 'feature', 'what_is_your_current_occupation', 'label', 'What is your current occupation', 'value', __v11, 'points', CAST(ROUND(__c11 * 1.4426950408889635e+1) AS INTEGER), 'text', 'What is your current occupation = ' || __v11 || ': ' || CASE WHEN CAST(ROUND(__c11 * 1.4426950408889635e+1) AS INTEGER) >= 0 THEN '+' ELSE '' END || CAST(CAST(ROUND(__c11 * 1.4426950408889635e+1) AS INTEGER) AS VARCHAR)),
    OBJECT_CONSTRUCT('log_odds', __c12, 'feature', 'what_matters_most_to_you_in_choosing_a_course', 'label', 'What matters most to you in choosing a course', 'value', __v12, 'points', CAST(ROUND(__c12 * 1.4426950408889635e+1) AS INTEGER), 'text', 'What matters most to you in choosing a course = ' || __v12 || ': ' || CASE WHEN CAST(ROUND(__c12 * 1.4426950408889635e+1) AS INTEGER) >= 0 THEN '+' ELSE '' END || CAST(CAST(ROUND(__c12 * 1.4426950408889635e+1) AS INTEGER) AS VARCHAR)),
    OBJECT_CONSTRUCT('log_odds', __c13, 'feature', 'search', 'label', 'Search', 'value', __v13, 'points', CAST(ROUND(__c13 * 1.4426950408889635e+1) AS INTEGER), 'text', 'Search = ' || __v13 || ': ' || CASE WHEN CAST(ROUND(__c13 * 1.4426950408889635e+1) AS INTEGER) >= 0 THEN '+' ELSE '' END || CAST(CAST(ROUND(__c13 * 1.4426950408889635e+1) AS INTEGER) AS VARCHAR)),
    OBJECT_CONSTRUCT('log_odds', __c14, 'feature', 'magazine', 'label', 'Magazine', 'value', __v14, 'points', CAST(ROUND(__c14 * 1.4426950408889635e+1) AS INTEGER), 'text', 'Magazine = ' || __v14 || ': ' || CASE WHEN CAST(ROUND(__c14 * 1.4426950408889635e+1) AS INTEGER) >= 0 THEN '+' ELSE '' END || CAST(CAST(ROUND(__c14 * 1.4426950408889635e+1) AS INTEGER) AS VARCHAR)),
    OBJECT_CONSTRUCT('log_odds', __c15, 'feature', 'newspaper_article', 'label', 'Newspaper Article', 'value', __v15, 'points', CAST(ROUND(__c15 * 1.4426950408889635e+1) AS INTEGER), 'text', 'Newspaper Article = ' || __v15 || ': ' || CASE WHEN CAST(ROUND(__c15 * 1.4426950408889635e+1) AS INTEGER) >= 0 THEN '+' ELSE '' END || CAST(CAST(ROUND(__c15 * 1.4426950408889635e+1) AS INTEGER) AS VARCHAR)),
    OBJECT_CONSTRUCT('log_odds', __c16, 'feature', 'x_education_forums', 'label', 'X Education Forums', 'value', __v16, 'points', CAST(ROUND(__c16 * 1.4426950408889635e+1) AS INTEGER), 'text', 'X Education Forums = ' || __v16 || ': ' || CASE WHEN CAST(ROUND(__c16 * 1.4426950408889635e+1) AS INTEGER) >= 0 THEN '+' ELSE '' END || CAST(CAST(ROUND(__c16 * 1.4426950408889635e+1) AS INTEGER) AS VARCHAR)),
    OBJECT_CONSTRUCT('log_odds', __c17, 'feature', 'newspaper', 'label', 'Newspaper', 'value', __v17, 'points', CAST(ROUND(__c17 * 1.4426950408889635e+1) AS INTEGER), 'text', 'Newspaper = ' || __v17 || ': ' || CASE WHEN CAST(ROUND(__c17 * 1.4426950408889635e+1) AS INTEGER) >= 0 THEN '+' ELSE '' END || CAST(CAST(ROUND(__c17 * 1.4426950408889635e+1) AS INTEGER) AS VARCHAR)),
    OBJECT_CONSTRUCT('log_odds', __c18, 'feature', 'digital_advertisement', 'label', 'Digital Advertisement', 'value', __v18, 'points', CAST(ROUND(__c18 * 1.4426950408889635e+1) AS INTEGER), 'text', 'Digital Advertisement = ' || __v18 || ': ' || CASE WHEN CAST(ROUND(__c18 * 1.4426950408889635e+1) AS INTEGER) >= 0 THEN '+' ELSE '' END || CAST(CAST(ROUND(__c18 * 1.4426950408889635e+1) AS INTEGER) AS VARCHAR)),
    OBJECT_CONSTRUCT('log_odds', __c19, 'feature', 'through_recommendations', 'label', 'Through Recommendations', 'value', __v19, 'points', CAST(ROUND(__c19 * 1.4426950408889635e+1) AS INTEGER), 'text', 'Through Recommendations = ' || __v19 || ': ' || CASE WHEN CAST(ROUND(__c19 * 1.4426950408889635e+1) AS INTEGER) >= 0 THEN '+' ELSE '' END || CAST(CAST(ROUND(__c19 * 1.4426950408889635e+1) AS INTEGER) AS VARCHAR)),
    OBJECT_CONSTRUCT('log_odds', __c20, 'feature', 'receive_more_updates_about_our_courses', 'label', 'Receive More Updates About Our Courses', 'value', __v20, 'points', CAST(ROUND(__c20 * 1.4426950408889635e+1) AS INTEGER), 'text', 'Receive More Updates About Our Courses = ' || __v20 || ': ' || CASE WHEN CAST(ROUND(__c20 * 1.4426950408889635e+1) AS INTEGER) >= 0 THEN '+' ELSE '' END || CAST(CAST(ROUND(__c20 * 1.4426950408889635e+1) AS INTEGER) AS VARCHAR)),
    OBJECT_CONSTRUCT('log_odds', __c21, 'feature', 'update_me_on_supply_chain_content', 'label', 'Update me on Supply Chain Content', 'value', __v21, 'points', CAST(ROUND(__c21 * 1.4426950408889635e+1) AS INTEGER), 'text', 'Update me on Supply Chain Content = ' || __v21 || ': ' || CASE WHEN CAST(ROUND(__c21 * 1.4426950408889635e+1) AS INTEGER) >= 0 THEN '+' ELSE '' END || CAST(CAST(ROUND(__c21 * 1.4426950408889635e+1) AS INTEGER) AS VARCHAR)),
    OBJECT_CONSTRUCT('log_odds', __c22, 'feature', 'get_updates_on_dm_content', 'label', 'Get updates on DM Content', 'value', __v22, 'points', CAST(ROUND(__c22 * 1.4426950408889635e+1) AS INTEGER), 'text', 'Get updates on DM Content = ' || __v22 || ': ' || CASE WHEN CAST(ROUND(__c22 * 1.4426950408889635e+1) AS INTEGER) >= 0 THEN '+' ELSE '' END || CAST(CAST(ROUND(__c22 * 1.4426950408889635e+1) AS INTEGER) AS VARCHAR)),
    OBJECT_CONSTRUCT('log_odds', __c23, 'feature', 'city', 'label', 'City', 'value', __v23, 'points', CAST(ROUND(__c23 * 1.4426950408889635e+1) AS INTEGER), 'text', 'City = ' || __v23 || ': ' || CASE WHEN CAST(ROUND(__c23 * 1.4426950408889635e+1) AS INTEGER) >= 0 THEN '+' ELSE '' END || CAST(CAST(ROUND(__c23 * 1.4426950408889635e+1) AS INTEGER) AS VARCHAR)),
    OBJECT_CONSTRUCT('log_odds', __c24, 'feature', 'i_agree_to_pay_the_amount_through_cheque', 'label', 'I agree to pay the amount through cheque', 'value', __v24, 'points', CAST(ROUND(__c24 * 1.4426950408889635e+1) AS INTEGER), 'text', 'I agree to pay the amount through cheque = ' || __v24 || ': ' || CASE WHEN CAST(ROUND(__c24 * 1.4426950408889635e+1) AS INTEGER) >= 0 THEN '+' ELSE '' END || CAST(CAST(ROUND(__c24 * 1.4426950408889635e+1) AS INTEGER) AS VARCHAR)),
    OBJECT_CONSTRUCT('log_odds', __c25, 'feature', 'a_free_copy_of_mastering_the_interview', 'label', 'A free copy of Mastering The Interview', 'value', __v25, 'points', CAST(ROUND(__c25 * 1.4426950408889635e+1) AS INTEGER), 'text', 'A free copy of Mastering The Interview = ' || __v25 || ': ' || CASE WHEN CAST(ROUND(__c25 * 1.4426950408889635e+1) AS INTEGER) >= 0 THEN '+' ELSE '' END || CAST(CAST(ROUND(__c25 * 1.4426950408889635e+1) AS INTEGER) AS VARCHAR)),
    OBJECT_CONSTRUCT('log_odds', __c26, 'feature', 'time_per_visit', 'label', 'Time per visit', 'value', __v26, 'points', CAST(ROUND(__c26 * 1.4426950408889635e+1) AS INTEGER), 'text', 'Time per visit = ' || __v26 || ': ' || CASE WHEN CAST(ROUND(__c26 * 1.4426950408889635e+1) AS INTEGER) >= 0 THEN '+' ELSE '' END || CAST(CAST(ROUND(__c26 * 1.4426950408889635e+1) AS INTEGER) AS VARCHAR))) AS reasons
FROM (SELECT "prospect_id", __v0, __v1, __v2, __v3, __v4, __v5, __v6, __v7, __v8, __v9, __v10, __v11, __v12, __v13, __v14, __v15, __v16, __v17, __v18, __v19, __v20, __v21, __v22, __v23, __v24, __v25, __v26, __c0, __c1, __c2, __c3, __c4, __c5, __c6, __c7, __c8, __c9, __c10, __c11, __c12, __c13, __c14, __c15, __c16, __c17, __c18, __c19, __c20, __c21, __c22, __c23, __c24, __c25, __c26, probability, CAST(ROUND(100 * probability) AS INTEGER) AS score
FROM (SELECT "prospect_id", __v0, __v1, __v2, __v3, __v4, __v5, __v6, __v7, __v8, __v9, __v10, __v11, __v12, __v13, __v14, __v15, __v16, __v17, __v18, __v19, __v20, __v21, __v22, __v23, __v24, __v25, __v26, __c0, __c1, __c2, __c3, __c4, __c5, __c6, __c7, __c8, __c9, __c10, __c11, __c12, __c13, __c14, __c15, __c16, __c17, __c18, __c19, __c20, __c21, __c22, __c23, __c24, __c25, __c26, 1e0 / (1e0 + EXP(-(1.012505350765563e+0 * __margin + 4.68895565673158e-3))) AS probability
FROM (SELECT "prospect_id", __v0, __v1, __v2, __v3, __v4, __v5, __v6, __v7, __v8, __v9, __v10, __v11, __v12, __v13, __v14, __v15, __v16, __v17, __v18, __v19, __v20, __v21, __v22, __v23, __v24, __v25, __v26,
  (-4.791704227166836e-1)
 + DECODE(__t0, 2, 8.544123328048606e-3, 3, (-1.1468181498273361e-1), 4, 1.5000445669047802e-1, 5, 2.434778199016019e-2, 2.1839352266450074e-1)
 + DECODE(__t1, 2, 4.923324850002443e-3, 3, (-1.074042385265036e-1), 4, 1.347616854139832e-1, 5, 1.8319845069770985e-2, 1.8971779107096032e-1)
 + DECODE(__t2, 2, 1.5648303336612257e-1, 3, (-9.429840556280662e-3), 4, (-1.053441046376985e-1), 5, 9.942564772898127e-2, 1.6902818892770666e-1)
 + DECODE(__t3, 2, 1.2744086715338562e-1, 3, (-3.986438739308312e-2), 4, (-9.489903033058866e-2), 5, 8.592101860208061e-2, 1.5296356884835505e-1)
 + DECODE(__t4, 2, 1.4419558226553583e-1, 3, (-3.800290304434251e-3), 4, (-9.311445534183001e-2), 5, 8.319922762681652e-2, 1.4048153842928654e-1)
 + DECODE(__t5, 2, (-4.999659873472527e-2), 3, 9.382869413754819e-2, 4, (-6.728009707204859e-2), 5, (-8.947610008687523e-2), 1.4501645024088491e-1)
 + DECODE(__t6, 2, (-4.594649961297981e-2), 3, 7.57812430751756e-2, 4, (-4.805786910652653e-2), 5, (-8.330796762389459e-2), 1.5271164840168344e-1)
 + DECODE(__t7, 2, 1.0375975656703032e-1, 3, (-3.2032511584515984e-2), 4, (-7.942818506195046e-2), 5, 6.317520459231911e-2, 1.1776230393064771e-1)
 + DECODE(__t8, 2, (-2.7679021419338375e-2), 3, 6.160909611000044e-2, 4, (-6.147891911002934e-2), 5, (-7.639030282852081e-2), 1.3743845758361203e-1)
 + DECODE(__t9, 2, 1.2142947288421387e-2, 3, (-4.429178887374529e-2), 4, (-1.0792236803734284e-1), 5, 5.976381869349928e-2, 1.0627032808630528e-1)
 + DECODE(__t10, 2, (-4.272849345528968e-2), 3, 8.514621883408441e-2, 4, 2.3269922150325518e-2, 5, (-6.711100523268562e-2), 1.0428756309468423e-1)
 + DECODE(__t11, 2, 4.8458100911299914e-2, 3, (-4.487755072718807e-2), 4, 5.244909988415211e-2, 5, (-6.801272294942286e-2), 1.2217693298758457e-1)
 + DECODE(__t12, 2, 7.511111949406583e-2, 3, 4.0009281774894455e-2, 4, (-4.861447519365209e-2), 5, (-6.1705612800653856e-2), (-2.708867837304223e-2))
 + DECODE(__t13, 2, 4.888577120084031e-2, 3, (-1.0051559000733722e-2), 4, (-4.750940125863868e-2), 5, (-6.170089309827144e-2), 1.1321011555838914e-1)
 + DECODE(__t14, 2, (-5.127627798464583e-3), 3, (-7.194695824186098e-2), 4, (-8.541801539306097e-2), 5, 4.380550240179048e-2, 8.854339054888023e-2)
 + DECODE(__t15, 2, 6.874775701039167e-2, 3, (-2.6415808562089912e-2), 4, (-5.843158271555409e-2), 5, 3.973333105699704e-2, 8.386008036919405e-2)
 + DECODE(__t16, 2, (-4.624615526271496e-2), 3, 4.501894847127142e-2, 4, 2.8048079754441752e-2, 5, (-6.076571351775178e-2), 1.0247199092190085e-1)
 + DECODE(__t17, 2, 8.492865503302513e-2, 3, (-9.888253171005923e-4), 4, 1.4670489259819095e-2, 5, (-7.867648807098798e-2), 9.84570035948911e-2)
 + DECODE(__t18, 2, 1.969016748625599e-2, 3, (-3.158191661873792e-2), 4, (-7.590647657540817e-2), 5, 3.771933869601131e-2, 1.1237220437308373e-1)
 + DECODE(__t19, 2, 6.44147728054127e-2, 3, 9.472447722952612e-2, 4, (-9.525302803779528e-3), 5, (-7.351618954685528e-2), 9.745863332618166e-3)
 + DECODE(__t20, 2, 3.466812378119726e-2, 3, (-3.58369180491372e-2), 4, (-7.410319832358268e-2), 5, 2.5126859218286002e-2, 8.942446515167787e-2)
 + DECODE(__t21, 2, 2.587021346367456e-2, 3, (-1.9982190694145648e-2), 4, 9.163565280403577e-3, 5, (-6.912786887631521e-2), 8.640726913198654e-2)
 + DECODE(__t22, 2, 2.8023083090023167e-2, 3, (-4.1743628232599445e-2), 4, 2.749328398499536e-2, 5, (-5.9703301753416385e-2), 8.386948641952481e-2)
 + DECODE(__t23, 2, (-6.278024401535512e-2), 3, 8.668496846122753e-2, 4, (-9.136827023069212e-3), 5, (-6.402304411894343e-2), 3.8184490486816686e-2)
 + DECODE(__t24, 2, (-4.8334926541196185e-2), 3, (-3.23325446357857e-2), 4, (-6.2445154611860454e-2), 5, 2.9166918004357487e-2, 3.1274774889167925e-2)
 + DECODE(__t25, 2, 2.59448742722522e-2, 3, (-2.828331524823401e-2), 4, 2.7979055469173106e-2, 5, (-4.7887461823809284e-2), 7.698577175411787e-2)
 + DECODE(__t26, 2, 5.824079604081532e-3, 3, 5.915141728011494e-2, 4, (-9.621265074390144e-3), 5, (-4.629251673282079e-2), 5.5888410512341495e-2)
 + DECODE(__t27, 2, (-2.3150192022574133e-3), 3, (-5.971988733569671e-2), 4, 2.1232956223804528e-2, 5, (-7.652333631735025e-2), 7.182678137215119e-2)
 + DECODE(__t28, 2, 8.042308680358908e-2, 3, 9.457765713119341e-3, 4, (-3.7561260661872826e-2), 5, (-5.484167361966598e-2), 2.4576158894633663e-2)
 + DECODE(__t29, 2, (-5.089040182185024e-2), 3, (-5.4644805481041975e-2), 4, 2.5740383465375483e-2, 5, (-6.818800554048036e-2), 1.1731733200034424e-2)
 + DECODE(__t30, 2, 2.1568937071493467e-2, 3, 5.333462754173455e-3, 4, (-4.406757653886788e-2), 5, (-6.707116958370309e-2), 6.668590399953955e-2)
 + DECODE(__t31, 2, 2.509554783449185e-2, 3, (-2.7759108086526527e-2), 4, (-5.703810355196601e-2), 5, 1.3475478394172409e-2, 6.298533526224015e-2)
 + DECODE(__t32, 2, 1.9059360899340703e-2, 3, 5.14685810427111e-3, 4, (-4.053075933266745e-2), 5, (-6.251870288356753e-2), 6.259909501925369e-2)
 + DECODE(__t33, 2, 3.677258956979782e-2, 3, (-2.2335061026466107e-2), 4, 1.7255233082472416e-2, 5, (-6.532969433708571e-2), 5.909484030099115e-2)
 + DECODE(__t34, 2, 5.410098883359396e-2, 3, (-5.2596616216429954e-3), 4, 5.121289178269144e-2, 5, (-3.648102575367036e-2), 5.8515295174805075e-2)
 + DECODE(__t35, 2, (-1.1189131320973214e-3), 3, (-5.233521160606121e-2), 4, 8.246205953002737e-3, 5, (-2.8270150632028274e-2), 3.736418068188396e-2)
 + DECODE(__t36, 2, 1.6559245780760252e-2, 3, 4.3610089077699985e-3, 4, (-3.556605918217235e-2), 5, (-5.356767499670789e-2), 5.402130862099093e-2)
 + DECODE(__t37, 2, 3.118899841969848e-3, 3, (-2.430824924196198e-2), 4, 2.821740971977625e-2, 5, (-2.3254625836115005e-2), 9.958631080095222e-2)
 + DECODE(__t38, 2, (-4.726623551611697e-2), 3, 6.980067874424817e-3, 4, (-5.012446073554915e-2), 5, 2.4178622687119713e-3, 1.7137390627344498e-2)
 + DECODE(__t39, 2, (-8.93520268669047e-4), 3, (-4.836814569828363e-2), 4, 1.2343549691774397e-2, 5, (-3.282508858806168e-2), 3.365644639966416e-2)
 + DECODE(__t40, 2, 8.24436988015191e-2, 3, (-9.324873450837674e-4), 4, (-1.663447339337892e-2), 5, 2.578507810664489e-2, 4.982952174928024e-2)
 + DECODE(__t41, 2, 6.438574239361446e-2, 3, 6.262741764728562e-2, 4, (-1.0377639883050025e-2), 5, (-3.342295868932993e-2), 1.5812894404966978e-2)
 + DECODE(__t42, 2, 7.398164140091175e-3, 3, (-6.491979429494254e-3), 4, (-5.292358995107617e-2), 5, (-4.643297608707919e-2), 1.8419008419614753e-2)
 + DECODE(__t43, 2, 1.2181006556383153e-2, 3, (-2.105572898092886e-2), 4, (-4.916711120959939e-2), 5, 4.2049467512657464e-4, 4.614211220849097e-2)
 + DECODE(__t44, 2, (-1.0747489017174394e-4), 3, (-2.6244944422433098e-2), 4, 2.6655109377087424e-2, 5, 1.4810307991706975e-2, 8.789852995967787e-2)
 + DECODE(__t45, 2, (-6.009282855522428e-2), 3, (-4.209606569077905e-2), 4, 1.4311872444276267e-2, 5, (-4.253663264441151e-2), 6.781854810555274e-3)
 + DECODE(__t46, 2, (-3.2668394477227275e-2), 3, 7.196134831739706e-2, 4, (-8.732053416556654e-3), 5, 2.0311366605409543e-2, 6.684646679317482e-2)
 + DECODE(__t47, 2, 6.0212895474457795e-2, 3, 3.0124010377155126e-3, 4, (-2.248938761470705e-2), 5, (-2.6591247771318445e-2), 2.8742482194621943e-2)
 + DECODE(__t48, 2, (-2.6101683270531935e-3), 3, (-8.69239646495637e-4), 4, (-4.379987704492442e-2), 5, 1.080699636408276e-2, 6.981394665006177e-2)
 + DECODE(__t49, 2, 7.793761643636316e-2, 3, (-1.150068674028931e-2), 4, 5.748024524767015e-2, 5, (-1.1134452735817998e-2), 3.639634977434878e-2)
 + DECODE(__t50, 2, 8.30838409048603e-2, 3, 4.2726505340937035e-3, 4, (-8.826948350736224e-3), 5, (-3.8899087588095606e-2), (-4.024870403437334e-3))
 + DECODE(__t51, 2, 9.55889412353371e-3, 3, (-1.4689136813166418e-2), 4, (-4.159265516287561e-2), 5, 9.936216634282511e-3, 9.103777243724787e-2)
 + DECODE(__t52, 2, (-2.4832811977188755e-3), 3, 6.253331992143647e-4, 4, 1.8169440507216264e-2, 5, (-4.985439684527235e-2), 3.324406310514825e-2)
 + DECODE(__t53, 2, 8.433376816221225e-2, 3, (-8.273799060665726e-3), 4, (-3.284231065393536e-2), 5, (-1.3828549641341807e-2), (-3.0317043955223645e-3))
 + DECODE(__t54, 2, 9.063239529792586e-3, 3, (-1.4977882866070602e-2), 4, 2.036548699504459e-2, 5, (-6.103541093967101e-2), 1.4390237812831528e-2)
 + DECODE(__t55, 2, (-4.106595642649646e-2), 3, (-4.773433462538558e-2), 4, 3.14337163686445e-2, 5, (-1.162288875253113e-3), 3.5958277772603305e-3)
 + DECODE(__t56, 2, (-4.0208430566198786e-2), 3, 6.173692751446677e-2, 4, (-1.2265099469007477e-3), 5, (-4.029921876415077e-2), 6.031570664063769e-2)
 + DECODE(__t57, 2, 3.2560922323867265e-2, 3, (-8.154399463126008e-3), 4, 4.8120877445404775e-2, 5, (-9.806689834815495e-3), 7.210284855225567e-2)
 + DECODE(__t58, 2, 9.473163958264258e-3, 3, (-4.094708562855881e-2), 4, (-2.9928160282985245e-2), 5, 1.07637567498709e-2, 2.763270738319151e-2)
 + DECODE(__t59, 2, 5.876456168844133e-2, 3, 8.562944943888212e-3, 4, (-6.662140420616557e-2), 5, (-3.294031194393467e-3), (-6.000269526259438e-3))
 + DECODE(__t60, 2, 1.1639777333258439e-2, 3, (-3.2527667207256104e-2), 4, (-1.5553138880877973e-3), 5, (-4.165218681139274e-2), 6.268611226644305e-2)
 + DECODE(__t61, 2, 5.066043058550129e-3, 3, (-4.3703001823898176e-4), 4, 4.111982449284055e-2, 5, (-4.135032616960024e-2), 6.733502426787237e-2)
 + DECODE(__t62, 2, 7.701765329085498e-2, 3, (-1.3273952318492039e-2), 4, (-3.2574018170672035e-2), 5, (-1.3375378187765841e-2), (-2.6379788931431103e-3))
 + DECODE(__t63, 2, (-6.0472727467644595e-3), 3, 3.1783509015623844e-2, 4, 1.2072030685443049e-2, 5, (-6.41750631526858e-2), 6.043420144628209e-2)
 + DECODE(__t64, 2, (-1.828658031818265e-2), 3, (-5.281228851979112e-3), 4, 1.9918145551380995e-2, 5, (-5.37135995091522e-2), 1.728105669268459e-2)
 + DECODE(__t65, 2, 1.0604747377454093e-2, 3, 5.6844954551676354e-2, 4, (-7.6653197566983015e-3), 5, (-6.147978723420623e-2), (-1.14389281158998e-2))
 + DECODE(__t66, 2, 2.439169744134108e-2, 3, 1.0075343633244608e-2, 4, (-2.5915329917226185e-2), 5, (-6.038046519022365e-3), 6.377875078119856e-2)
 + DECODE(__t67, 2, (-8.723896700617588e-3), 3, 3.0155866321172526e-2, 4, (-1.9109080517163354e-3), 5, (-2.1920702709553153e-2), 5.845182388891745e-2)
 + DECODE(__t68, 2, (-5.475626092859654e-3), 3, 2.9301479700883145e-2, 4, 1.0924390902824016e-2, 5, (-5.961737006352418e-2), 5.6379527919261124e-2)
 + DECODE(__t69, 2, (-6.7006122713616474e-3), 3, 1.7304603677993732e-2, 4, 8.109467549620143e-3, 5, (-7.075145812050301e-2), 8.385756945435188e-3)
 + DECODE(__t70, 2, (-4.180717903634335e-2), 3, 2.4058122197065865e-2, 4, (-2.2803500080849567e-2), 5, (-5.902336057087426e-3), 7.58889473931695e-2)
 + DECODE(__t71, 2, 2.4211519657128804e-2, 3, (-1.175943859818657e-2), 4, 1.5429689031365679e-2, 5, (-1.8725044067192363e-2), 5.0740341156938124e-2)
 + DECODE(__t72, 2, (-2.6989272316875198e-2), 3, (-2.490099512640877e-2), 4, 4.465611764210181e-2, 5, (-1.646608390314096e-3), 1.756654726764352e-2)
 + DECODE(__t73, 2, (-3.8524169022674626e-3), 3, 1.2162037053055815e-2, 4, (-5.161537304742221e-4), 5, (-6.720862596971744e-2), 4.800701764020082e-2)
 + DECODE(__t74, 2, 1.3440929867809037e-2, 3, (-3.6456485890543934e-2), 4, (-2.212758733897433e-2), 5, 2.0121442133632307e-3, 5.691048617190401e-2)
 + DECODE(__t75, 2, 2.1857013458833376e-2, 3, (-8.339433576693315e-3), 4, (-5.740101111368809e-2), 5, 5.802130813871178e-3, 4.50144093114459e-2)
 + DECODE(__t76, 2, (-4.034606259331072e-2), 3, 2.18539911087483e-2, 4, (-2.022289309552913e-2), 5, (-5.331415837281195e-3), 6.911979894582648e-2)
 + DECODE(__t77, 2, 1.964739642571948e-3, 3, (-2.280654517864002e-3), 4, (-1.1796154267847874e-3), 5, (-5.9436526414057445e-2), 5.926549910367294e-2)
 + DECODE(__t78, 2, (-9.687982931265481e-3), 3, 5.1623258915114545e-2, 4, 1.1156266069234722e-2, 5, (-1.9081854174379277e-2), 1.6881785256073086e-2)
 + DECODE(__t79, 2, (-2.9194228938217337e-3), 3, 4.440249292603304e-2, 4, (-2.3026128573645752e-2), 5, (-2.846256226371462e-2), 4.230600959199052e-2)
 + DECODE(__t80, 2, 1.765030127338162e-2, 3, (-4.748447101700651e-2), 4, 4.583120961355445e-2, 5, (-6.005124215850023e-2), (-2.8714216522560915e-3))
 + DECODE(__t81, 2, 4.982398452455647e-2, 3, (-4.636816278929112e-2), 4, 1.3023530965818276e-3, 5, (-3.229586104990497e-3), 8.947686806735727e-2)
 + DECODE(__t82, 2, 2.0847372447465838e-2, 3, 3.6530248142091063e-3, 4, (-3.304687577530737e-2), 5, (-4.801257080025941e-3), 6.024584013890238e-2)
 + DECODE(__t83, 2, 1.8814135787022485e-2, 3, (-1.1138092311354162e-2), 4, (-3.913318835793213e-2), 5, 5.231468642460653e-3, 4.5092043888296504e-2)
 + DECODE(__t84, 2, (-2.5758703421006002e-2), 3, 7.50132019114387e-3, 4, 1.8105718629050117e-3, 5, (-3.978666090781868e-2), 1.827369872128759e-2)
 + DECODE(__t85, 2, 2.195044401282041e-3, 3, (-2.0038887799307668e-3), 4, (-1.242476903432075e-3), 5, (-5.663620748465285e-2), 5.313306766244417e-2)
 + DECODE(__t86, 2, 7.737416411132151e-4, 3, 4.3086035968917897e-4, 4, 1.0137857247885303e-2, 5, (-7.491650396000342e-2), 4.4700199564032796e-2)
 + DECODE(__t87, 2, (-4.6789696546245346e-2), 3, 3.1512138789481525e-3, 4, (-5.495351599738788e-2), 5, 5.65940658324179e-3, 4.2119451656436185e-3)
 + DECODE(__t88, 2, (-5.614569678631697e-3), 3, 6.086286611723033e-2, 4, 2.547500831153711e-2, 5, (-9.86740205598994e-3), 4.25179254167178e-2)
 + DECODE(__t89, 2, (-1.3340155339746536e-3), 3, 4.4564115837086506e-2, 4, (-4.221349526099795e-3), 5, (-4.369383432257172e-2), 5.066612289596981e-2)
 + DECODE(__t90, 2, 1.1947088305893422e-3, 3, (-3.858810366283125e-2), 4, 3.9013749859635766e-2, 5, (-5.502789802049725e-2), 4.1846956288721156e-2)
 + DECODE(__t91, 2, 1.209153143617511e-3, 3, 4.5868508095151604e-2, 4, (-1.6326420434322208e-2), 5, (-1.632985120007594e-2), (-1.891828451272884e-2))
 + DECODE(__t92, 2, 2.0334560817262058e-2, 3, 4.8814498883646786e-2, 4, (-4.062615902523969e-2), 5, (-7.134514753620559e-2), 1.7767004906178115e-3)
 + DECODE(__t93, 2, (-2.19806301590017e-2), 3, 2.766902081441212e-3, 4, (-2.514714935946433e-3), 5, (-5.562095158837728e-2), 7.735139889091303e-2)
 + DECODE(__t94, 2, (-2.4775932054955e-2), 3, 4.863337746399171e-2, 4, 3.3572000062644956e-2, 5, (-5.5489295285722155e-2), 6.500944957329167e-4)
 + DECODE(__t95, 2, (-4.223947649143872e-3), 3, 4.418323246390816e-2, 4, 1.6821040215625038e-2, 5, (-2.6895427027775066e-2), 3.615960871506565e-2)
 + DECODE(__t96, 2, 4.383992338017158e-2, 3, (-3.740953442779996e-2), 4, (-1.1871478443193956e-3), 5, (-5.414078977460604e-2), 2.9492503173261697e-3)
 + DECODE(__t97, 2, 3.014419460962329e-3, 3, 1.8536669801038422e-2, 4, (-3.0853726512715885e-2), 5, 6.3199820063407e-3, 5.8697933470674785e-2)
 + DECODE(__t98, 2, 5.514001540848386e-2, 3, 2.237220491754484e-2, 4, (-8.140871540164267e-3), 5, (-4.682733121403956e-3), 3.871064261775018e-2)
 + DECODE(__t99, 2, (-9.812640218456049e-4), 3, 3.321199311748384e-2, 4, (-1.1132920655721287e-2), 5, (-3.7582691421473783e-3), 3.8835103445847396e-2)
 + DECODE(__t100, 2, (-2.5796219092197015e-3), 3, (-2.19516015339554e-3), 4, 1.358545055968189e-2, 5, (-7.122281059878877e-2), 2.5371142974141447e-2)
 + DECODE(__t101, 2, (-6.964776240681321e-3), 3, 6.351427495030318e-2, 4, (-2.249799302043798e-2), 5, (-4.8351081669283244e-2), 5.110633105358541e-3)
 + DECODE(__t102, 2, (-2.836030545847515e-2), 3, 7.024069324987306e-3, 4, (-4.329702687257847e-2), 5, 4.867316875425687e-3, 9.288968942218328e-3)
 + DECODE(__t103, 2, 1.8296231012804334e-2, 3, 4.57834095869116e-2, 4, (-3.7039842477279615e-2), 5, (-6.433565194043649e-2), 1.5973154729291604e-3)
 + DECODE(__t104, 2, 1.460920384467766e-3, 3, (-2.0368213846462487e-3), 4, (-1.0721658978743531e-3), 5, (-5.1514454865851905e-2), 4.939638735708507e-2)
 + DECODE(__t105, 2, 3.5117320262856556e-2, 3, (-9.393363900246551e-3), 4, 1.214674711506511e-2, 5, (-2.2801217062910113e-2), (-4.7770837544341685e-3))
 + DECODE(__t106, 2, 3.4546057727207855e-2, 3, (-5.879957332486672e-2), 4, 4.8006678411681436e-2, 5, (-5.067445844667082e-2), 1.5350661374964175e-3)
 + DECODE(__t107, 2, 1.221665462588218e-2, 3, (-5.1023620968918965e-2), 4, 1.629896937764483e-2, 5, (-6.003394092508091e-2), 2.242817817657545e-3)
 + DECODE(__t108, 2, 5.560102809217156e-2, 3, 2.6023189060937976e-2, 4, (-9.860316642081111e-3), 5, (-3.430673238152603e-2), (-3.125425093206218e-3))
 + DECODE(__t109, 2, (-1.1610237698217154e-3), 3, 3.3854942534946635e-2, 4, 4.983452735543107e-2, 5, (-3.4424991503054767e-2), 3.53743504536926e-2)
 + DECODE(__t110, 2, (-2.6219886722514508e-2), 3, 8.628674136702805e-3, 4, (-3.376002602277893e-2), 5, (-2.4551882913020147e-3), 5.881748000858694e-2)
 + DECODE(__t111, 2, 5.427685684672227e-3, 3, (-2.4206301918842384e-2), 4, (-3.0986189886388835e-2), 5, 5.625534521735726e-3, 1.6421178976949478e-2)
 + DECODE(__t112, 2, (-2.893588978938679e-3), 3, 5.96553849734958e-2, 4, (-2.1594823524882935e-2), 5, (-4.537630922241166e-2), 7.491310337558063e-3)
 + DECODE(__t113, 2, 2.2121256108323266e-2, 3, (-1.0900483261357613e-2), 4, 5.273069160668967e-2, 5, 1.0725365675026799e-3, 3.925394599938117e-2)
 + DECODE(__t114, 2, 4.5479409985420466e-2, 3, 2.945042024594308e-3, 4, (-2.5028737723252398e-2), 5, (-2.6695305416390026e-3), 4.568038063890643e-2)
 + DECODE(__t115, 2, (-2.556357879840143e-2), 3, 1.8405354656400167e-3, 4, 6.1224652998175194e-3, 5, (-8.971796301784008e-3), 5.4937446978828935e-2)
 + DECODE(__t116, 2, 1.3755190573679774e-2, 3, (-3.694702151807048e-2), 4, 1.437758469924374e-2, 5, (-6.709241510835921e-2), 1.8993737315368847e-3)
 + DECODE(__t117, 2, (-1.8795025109870873e-2), 3, 5.166936226533036e-2, 4, 3.1154061569250786e-2, 5, (-3.419926770422859e-2), 6.83036966221346e-4)
 + DECODE(__t118, 2, (-4.530757321890662e-2), 3, 4.034162815127059e-2, 4, 2.2780281279476823e-2, 5, (-4.89605558782236e-2), 1.3134193122748194e-3)
 + DECODE(__t119, 2, (-8.463345854480704e-3), 3, 3.1895043568543134e-2, 4, (-6.197835873088921e-2), 5, 4.379032193404609e-3, 1.8349012604118885e-2)
 + DECODE(__t120, 2, (-1.3041280932172997e-2), 3, (-2.9495391934193926e-2), 4, (-1.313699135464858e-3), 5, (-3.7061967086904945e-3), 8.246414188864935e-2)
 + DECODE(__t121, 2, 1.9096509464306376e-2, 3, 3.375598494717926e-2, 4, (-4.278314762944981e-3), 5, (-4.9014132260142534e-2), (-2.7016269620769927e-3))
 + DECODE(__t122, 2, (-6.083221699568675e-3), 3, 7.060613169060726e-3, 4, (-7.187585534445537e-3), 5, (-5.1119138737142834e-2), 2.045218583604075e-2)
 + DECODE(__t123, 2, (-1.8045745804243754e-3), 3, 4.347116199485721e-2, 4, (-4.542438543032242e-2), 5, 5.174045674272348e-3, 5.1621375153635865e-2)
 + DECODE(__t124, 2, 6.549998813147888e-2, 3, (-9.054588824047959e-3), 4, 4.056751399669858e-2, 5, (-3.2033686811844264e-2), (-5.119089321146368e-4))
 + DECODE(__t125, 2, (-1.1524195944227152e-2), 3, (-2.6945871471881946e-2), 4, (-9.495701679666043e-4), 5, (-3.4822822624357925e-3), 7.775681543342995e-2)
 + DECODE(__t126, 2, 4.300691194271994e-2, 3, (-3.663001140000948e-2), 4, (-2.560463462881677e-2), 5, 1.5770868791256496e-3, 3.253051855699357e-2)
 + DECODE(__t127, 2, 1.2539571454558167e-2, 3, (-4.7449766462008956e-2), 4, 1.435258749543204e-2, 5, (-6.373222383395076e-2), 2.0805694337414442e-3)
 + DECODE(__t128, 2, 4.087429231621179e-2, 3, (-1.7863235667020843e-2), 4, (-3.9252076265247265e-2), 5, 1.4122908494529907e-2, (-1.439541317445355e-3))
 + DECODE(__t129, 2, 2.025593411689693e-2, 3, (-1.0197832119908653e-2), 4, 5.0232070073942904e-2, 5, 1.0506282187451553e-3, 3.361495962566325e-2)
 + DECODE(__t130, 2, (-3.990632557797682e-2), 3, 7.573071768128213e-2, 4, (-5.084152047039988e-3), 5, (-3.44189982750571e-3), 4.95111251918242e-2)
 + DECODE(__t131, 2, 3.369771493151652e-2, 3, (-6.215939898686123e-2), 4, 4.214472898423618e-2, 5, (-5.0012321931106475e-2), 1.2899375305804768e-3)
 + DECODE(__t132, 2, 4.445975452354584e-2, 3, 2.252326902478636e-2, 4, (-7.027992401305497e-2), 5, 9.762352482330644e-3, 1.2646384943299134e-3)
 + DECODE(__t133, 2, 8.994401369816258e-3, 3, (-4.157079454276348e-2), 4, (-5.920941648415212e-2), 5, 4.119256432050263e-3, 4.287592380188483e-3)
 + DECODE(__t134, 2, (-1.470349276661816e-2), 3, 1.1462410012436634e-2, 4, 5.94854755778138e-3, 5, (-2.327845730282771e-2), 7.410481245148522e-3)
 + DECODE(__t135, 2, (-2.9123031494378112e-2), 3, (-2.1488966058184872e-2), 4, 3.658409068431214e-2, 5, (-4.734124218033009e-2), 9.95612258664514e-4)
 + DECODE(__t136, 2, 1.7719904029133858e-3, 3, (-5.010888412615236e-2), 4, 1.2941570194516425e-2, 5, (-6.145129713460066e-2), 1.5616624584227875e-3)
 + DECODE(__t137, 2, 1.5247296972398136e-2, 3, (-8.310518369757628e-3), 4, (-5.7903221955621725e-2), 5, 3.552091894814617e-3, 3.478301947064235e-2)
 + DECODE(__t138, 2, (-2.736582912061242e-4), 3, 3.883089324184921e-2, 4, (-4.11723517619798e-3), 5, (-4.832238490607145e-2), 3.491562929970246e-2)
 + DECODE(__t139, 2, 6.983507013260149e-3, 3, 3.960940449433434e-2, 4, (-7.777971946247803e-2), 5, (-2.327106652063688e-3), 5.180323756553467e-2)
 + DECODE(__t140, 2, 6.374959111049063e-4, 3, 4.157237058745247e-2, 4, 2.0697635424508073e-2, 5, (-4.259582479307265e-2), 2.9984620874668216e-2)
 + DECODE(__t141, 2, 2.8342243420698323e-2, 3, 6.281487031277466e-3, 4, (-4.9200325518465156e-2), 5, (-1.4163648034129677e-3), 5.0382589847729246e-2)
 + DECODE(__t142, 2, (-1.854281998806978e-2), 3, 5.321008310114658e-3, 4, (-1.7987085699272324e-2), 5, 3.8379103383629405e-3, 6.0226310647899683e-2)
 + DECODE(__t143, 2, 4.305629179417805e-3, 3, (-4.430065299964199e-2), 4, 1.6653643018115557e-2, 5, (-5.3271386411518365e-2), 1.5273921904075203e-3)
 + DECODE(__t144, 2, 5.753950090185215e-3, 3, 4.64360285861819e-2, 4, (-1.6075208293274718e-2), 5, (-4.7669684088925766e-2), (-2.551791981266596e-3)) AS __margin,
  1.012505350765563e+0 * (DECODE(__t0, 1, 2.766371104862856e-1, 4, 0e+0, 5, 0e+0, (-2.9095427805230265e-2))
 + DECODE(__t1, 1, 2.4412290622981284e-1, 4, 0e+0, 5, 0e+0, (-2.7565455242865224e-2))
 + DECODE(__t2, 1, 2.1829850368643855e-1, 5, 0e+0, (-2.5381358373263656e-2))
 + DECODE(__t3, 1, 2.002660312059659e-1, 5, 0e+0, (-2.448673008164759e-2))
 + DECODE(__t4, 1, 1.8114602750649844e-1, 5, 0e+0, (-2.1356948645637197e-2))
 + DECODE(__t7, 1, 1.5574616015271497e-1, 5, 0e+0, (-1.9420789922693367e-2))
 + DECODE(__t9, 1, 1.3814561733248282e-1, 5, 0e+0, (-1.6066548544017137e-2))
 + DECODE(__t14, 1, 1.1738006424388676e-1, 5, 0e+0, (-1.3840134904520317e-2))
 + DECODE(__t15, 1, 1.1063859598707457e-1, 5, 0e+0, (-1.281843882094236e-2))
 + DECODE(__t17, 2, 7.808333570222876e-2, 3, (-7.834144647896961e-3), 0e+0)
 + DECODE(__t19, 3, 9.642182722196353e-2, 4, (-7.827952811342125e-3), 0e+0)
 + DECODE(__t23, 3, 8.899742398743353e-2, 4, (-6.824371496863213e-3), 0e+0)
 + DECODE(__t26, 2, (-2.137644368402982e-2), 3, 5.5562255632327605e-2, 4, (-1.3210426722177485e-2), 5, 0e+0, 2.8687887224230144e-2)
 + DECODE(__t28, 2, 8.23382423817618e-2, 3, (-6.013331119055581e-3), 4, (-6.013331119055581e-3), 0e+0)
 + DECODE(__t34, 1, 0e+0, 2, 5.8386422125494095e-2, (-3.653256981589586e-3))
 + DECODE(__t41, 2, 7.423249840462869e-2, 3, 5.93005292994584e-2, 4, (-1.3704528230877238e-2), 5, (-3.6288788565240985e-3), 0e+0)
 + DECODE(__t49, 1, 2.3317643246837955e-2, 4, 6.557980985413946e-2, 5, (-3.0348881293486892e-3), (-1.607853378536341e-2))
 + DECODE(__t52, 1, 2.1164342634052848e-2, 2, (-1.4563001668814277e-2), 0e+0)
 + DECODE(__t54, 4, 5.606988871297165e-2, 5, (-2.533100922174395e-2), 0e+0)
 + DECODE(__t57, 2, 2.6414101582146493e-2, 3, (-1.4301220204846778e-2), 0e+0)
 + DECODE(__t64, 4, 4.9946297199411196e-2, 5, (-2.3685447861121995e-2), 0e+0)
 + DECODE(__t66, 2, 1.956483948862281e-2, 3, (-1.0720166593669079e-2), 4, (-1.0720166593669079e-2), 0e+0)
 + DECODE(__t69, 3, 4.519700040528323e-2, 4, (-2.199533598548121e-2), 5, (-2.199533598548121e-2), 0e+0)
 + DECODE(__t70, 5, (-5.9946519981405435e-3), 8.435103668709573e-3)
 + DECODE(__t76, 5, (-5.4213180851218675e-3), 7.758163051670625e-3)
 + DECODE(__t81, 1, 4.627866662854488e-2, 4, 0e+0, 5, 0e+0, (-3.1792667214534616e-2))
 + DECODE(__t82, 2, 1.7636238071112847e-2, 3, (-9.484645189624077e-3), 4, (-9.484645189624077e-3), 0e+0)
 + DECODE(__t89, 1, 6.65077212098545e-3, 2, 6.65077212098545e-3, (-4.577724788557345e-3))
 + DECODE(__t98, 3, 1.9840958569398614e-2, 4, (-1.0672117888310493e-2), 0e+0)
 + DECODE(__t116, 2, 3.282557597080864e-2, 3, (-1.7876636120941612e-2), 0e+0)
 + DECODE(__t120, 5, (-3.73116742833e-3), 5.460185131354812e-3)
 + DECODE(__t125, 5, (-3.5644046649349528e-3), 5.2177456891454015e-3)
 + DECODE(__t130, 5, (-3.5275352313745957e-3), 5.179881737330165e-3)
 + DECODE(__t138, 1, 5.027234132970133e-3, 2, 5.027234132970133e-3, (-3.4057214348421475e-3))) AS __c0,
  1.012505350765563e+0 * (DECODE(__t13, 2, 2.524137664197726e-2, 3, (-3.369595355959677e-2), 0e+0)
 + DECODE(__t21, 2, 2.0195596280529624e-2, 3, (-2.5656807877290584e-2), 0e+0)
 + DECODE(__t24, 3, (-3.021427813701607e-2), 4, 0e+0, 5, 0e+0, 2.033640117029154e-2)
 + DECODE(__t31, 1, 6.310411565912541e-2, (-4.718665842686545e-3))
 + DECODE(__t33, 1, 5.920792290019843e-2, (-4.31091127095962e-3))
 + DECODE(__t35, 3, (-2.615217898858066e-2), 4, (-2.615217898858066e-2), 5, 0e+0, 1.110571012899856e-2)
 + DECODE(__t38, 1, 1.0087519638912513e-2, 4, 0e+0, 5, 0e+0, (-2.371424436173378e-2))
 + DECODE(__t43, 1, 0e+0, 4, (-1.7801441808529286e-2), 5, (-1.7801441808529286e-2), 7.399386844623159e-3)
 + DECODE(__t46, 3, 7.471021983891002e-2, 4, (-1.4532623786341634e-3), 5, (-1.4532623786341634e-3), 0e+0)
 + DECODE(__t51, 3, (-1.3243380571683413e-2), 4, 0e+0, 5, 0e+0, 2.6017235194980216e-2)
 + DECODE(__t56, 3, 6.385956833995572e-2, 4, (-1.4381676703680473e-3), 5, (-1.4381676703680473e-3), 0e+0)
 + DECODE(__t57, 4, 5.492259573159422e-2, 5, (-3.0049715486260503e-3), 0e+0)
 + DECODE(__t58, 2, 1.1781776972432172e-2, 3, 1.1781776972432172e-2, 4, (-1.783099261059075e-2), 0e+0)
 + DECODE(__t60, 1, 6.258604485176356e-2, 4, 7.520956102226492e-3, 5, (-3.257591682107845e-2), (-1.066217566848519e-3))
 + DECODE(__t63, 1, 6.031863144417728e-2, (-1.0014843358547285e-3))
 + DECODE(__t65, 1, 5.044206559952554e-3, 2, 5.044206559952554e-3, (-1.140893458081989e-2))
 + DECODE(__t67, 1, 5.834851800369544e-2, (-9.50322128218779e-4))
 + DECODE(__t68, 1, 5.62500752134277e-2, (-8.934878841485678e-4))
 + DECODE(__t71, 1, 5.0635249195650746e-2, (-9.90250276500158e-4))
 + DECODE(__t73, 1, 4.788405214229992e-2, (-9.1375747811281e-4))
 + DECODE(__t75, 1, 4.491562064109552e-2, (-9.437798594453116e-4))
 + DECODE(__t79, 1, 4.219357921500346e-2, (-8.745149275642912e-4))
 + DECODE(__t83, 1, 4.4944537463136106e-2, (-7.532947870112006e-4))
 + DECODE(__t86, 3, 2.4768693298821087e-2, 4, (-3.0096776060929302e-2), 5, (-3.0096776060929302e-2), 0e+0)
 + DECODE(__t88, 1, 4.252033657971164e-2, (-6.980481809668065e-4))
 + DECODE(__t92, 1, 0e+0, 2, 3.678829943680289e-2, (-2.679101508550833e-2))
 + DECODE(__t95, 1, 3.612802491970897e-2, (-7.2286250344409e-4))
 + DECODE(__t97, 2, 8.766229995579423e-3, 3, (-1.2093643742138657e-2), 4, (-1.2093643742138657e-2), 0e+0)
 + DECODE(__t99, 1, 3.871470523322614e-2, (-6.202946304785436e-4))
 + DECODE(__t101, 1, 3.83808171364122e-3, 2, (-8.237327632398643e-3), 0e+0)
 + DECODE(__t102, 1, 7.543806201411795e-3, 2, (-3.010546819928168e-2), 0e+0)
 + DECODE(__t103, 1, 0e+0, 2, 3.316108227548548e-2, (-2.390358185963072e-2))
 + DECODE(__t111, 2, 8.291281675366613e-3, 3, (-2.1342705928148e-2), 0e+0)
 + DECODE(__t113, 1, 3.9246090087035446e-2, (-5.221244495880594e-4))
 + DECODE(__t114, 2, 3.384080895589782e-2, 3, (-8.693559004928339e-3), 0e+0)
 + DECODE(__t121, 4, 1.4164565373990967e-2, 5, (-3.0571252123206587e-2), 0e+0)
 + DECODE(__t122, 3, 1.134928709991372e-3, 4, 1.134928709991372e-3, 5, (-4.883417952310332e-2), 0e+0)
 + DECODE(__t129, 1, 3.3587621340215104e-2, (-5.150464584558657e-4))
 + DECODE(__t137, 1, 3.4868361828246194e-2, (-4.445436254746148e-4))
 + DECODE(__t139, 3, 8.014029795902336e-2, 4, (-3.7248825997789e-2), 0e+0)
 + DECODE(__t143, 2, 2.0344109620353646e-2, 3, (-2.826217255870615e-2), 0e+0)) AS __c1,
  1.012505350765563e+0 * (DECODE(__t23, 1, 6.8621175807687534e-3, 2, (-9.410261692140305e-2), 0e+0)
 + DECODE(__t27, 1, 0e+0, 5, (-7.089728478287007e-2), 5.678987156393675e-3)
 + DECODE(__t29, 5, (-6.81550370954474e-2), 5.115808698786717e-3)
 + DECODE(__t30, 1, 0e+0, 5, (-6.188325794240127e-2), 4.787266350952935e-3)
 + DECODE(__t32, 1, 0e+0, 5, (-5.778306865593471e-2), 4.3643891125448e-3)
 + DECODE(__t33, 1, 0e+0, 5, (-6.0905700466918816e-2), 4.301976887050705e-3)
 + DECODE(__t36, 1, 0e+0, 5, (-4.978730169902801e-2), 3.589397465269737e-3)
 + DECODE(__t42, 5, (-4.6498075484732886e-2), 3.170184821265968e-3)
 + DECODE(__t45, 5, (-4.2592163332911125e-2), 2.864233698874294e-3)
 + DECODE(__t50, 5, (-3.9056309002119344e-2), 2.5937202329136756e-3)
 + DECODE(__t54, 4, (-3.584915260758674e-2), 5, (-3.584915260758674e-2), 2.3436789133933905e-3)
 + DECODE(__t56, 4, 2.3342985489562544e-3, 5, (-3.673841026829377e-2), 0e+0)
 + DECODE(__t64, 4, (-3.0151646134070363e-2), 5, (-3.0151646134070363e-2), 1.9033163614374671e-3)
 + DECODE(__t69, 1, 1.747568674650105e-3, 2, 1.747568674650105e-3, (-2.8027131348974294e-2))
 + DECODE(__t73, 1, 0e+0, 4, (-2.824364645634333e-2), 5, (-2.824364645634333e-2), 1.6674667583850002e-3)
 + DECODE(__t77, 4, (-2.5257959315826514e-2), 5, (-2.5257959315826514e-2), 1.5357928329836326e-3)
 + DECODE(__t85, 4, (-2.393604173291622e-2), 5, (-2.393604173291622e-2), 1.4448861203094265e-3)
 + DECODE(__t86, 1, 0e+0, 2, 1.4200986694419275e-3, (-2.3691475910803197e-2))
 + DECODE(__t96, 4, (-2.0772548689092552e-2), 5, (-2.0772548689092552e-2), 1.2282210145122205e-3)
 + DECODE(__t104, 4, (-1.94668344218243e-2), 5, (-1.94668344218243e-2), 1.1435783660123774e-3)
 + DECODE(__t116, 1, 1.1381012479246596e-3, 4, 0e+0, 5, 0e+0, (-1.983165788074109e-2))
 + DECODE(__t135, 1, 9.815143428436152e-4, (-1.6924837121811045e-2))
 + DECODE(__t136, 1, 1.0036810328886135e-3, 4, 0e+0, 5, 0e+0, (-1.7712208426723882e-2))
 + DECODE(__t143, 1, 9.354895399699877e-4, 4, 0e+0, 5, 0e+0, (-1.6630383091373373e-2))) AS __c2,
  0e0 AS __c3,
  1.012505350765563e+0 * (DECODE(__t3, 2, 1.2479038832622809e-1, 3, (-4.251486622024066e-2), 0e+0)
 + DECODE(__t7, 2, 1.0065473423495278e-1, 3, (-3.513753391659353e-2), 0e+0)
 + DECODE(__t11, 2, 6.370273198888024e-2, 3, (-2.963291964960775e-2), 0e+0)
 + DECODE(__t16, 2, (-1.8132307973678926e-2), 3, 7.313279576030746e-2, 0e+0)
 + DECODE(__t34, 3, (-6.010158521069107e-3), 4, 5.046239488326533e-2, 0e+0)
 + DECODE(__t35, 3, (-3.4122388706409656e-2), 4, 2.6459028852654283e-2, 0e+0)
 + DECODE(__t37, 3, (-1.3375924169050998e-2), 4, 0e+0, 5, 0e+0, 2.934497092107674e-2)
 + DECODE(__t38, 2, (-3.0601862142815177e-2), 3, 2.3644441247726612e-2, 0e+0)
 + DECODE(__t40, 1, 0e+0, 5, 2.9223271501530874e-2, (-5.272674990457088e-3))
 + DECODE(__t43, 4, (-2.834936310729047e-2), 5, 2.1238242777435495e-2, 0e+0)
 + DECODE(__t44, 3, (-1.6776703203958146e-2), 4, 3.6123350595562376e-2, 5, 0e+0, 2.3222382794481158e-2)
 + DECODE(__t46, 4, (-4.529919516409532e-3), 5, 2.4513500505556667e-2, 0e+0)
 + DECODE(__t50, 1, (-6.775812050374745e-3), 5, 0e+0, 1.6497429194249905e-2)
 + DECODE(__t53, 1, (-3.1767214666347365e-3), 2.649702508496039e-2)
 + DECODE(__t59, 1, (-1.0481207566410567e-2), 4, 0e+0, 5, 0e+0, 1.3526573092135143e-2)
 + DECODE(__t62, 1, (-2.7570069465586164e-3), 2.3007727914535276e-2)
 + DECODE(__t63, 1, 0e+0, 2, (-5.161358413014533e-3), 1.2536682809954786e-2)
 + DECODE(__t68, 1, 0e+0, 2, (-4.7115909145445094e-3), 1.145912617988176e-2)
 + DECODE(__t72, 3, (-2.0321900562402156e-2), 4, 6.973611709073171e-3, 5, 6.973611709073171e-3, 0e+0)
 + DECODE(__t73, 2, (-4.729091680440558e-3), 3, 1.1285362274882721e-2, 0e+0)
 + DECODE(__t74, 4, (-1.8463081476051503e-2), 5, 5.676650076286054e-3, 0e+0)
 + DECODE(__t79, 1, 0e+0, 2, (-2.157338343244497e-3), 1.7505936338832892e-2)
 + DECODE(__t80, 1, (-4.942530531931471e-3), 2, 1.557919239370624e-2, 0e+0)
 + DECODE(__t88, 1, 0e+0, 2, (-4.914110334671049e-3), 6.573678589367379e-3)
 + DECODE(__t91, 1, (-1.868582795124711e-3), 2, (-1.868582795124711e-3), 1.5349630036003521e-2)
 + DECODE(__t94, 1, (-1.126431432157707e-3), 2, (-1.126431432157707e-3), 2.3444904218026117e-2)
 + DECODE(__t95, 1, 0e+0, 2, (-3.532668941056461e-3), 8.469419619975382e-3)
 + DECODE(__t99, 2, (-1.8722687906640327e-2), 3, 1.5470569232689114e-2, 0e+0)
 + DECODE(__t108, 1, (-3.0799022962300533e-3), 7.499907400966763e-3)
 + DECODE(__t113, 1, 0e+0, 4, 5.485415325403003e-3, 5, 5.485415325403003e-3, (-4.0762506428839605e-3))
 + DECODE(__t117, 1, (-9.775981816653584e-4), 2, (-9.775981816653584e-4), 2.0320521962039064e-2)
 + DECODE(__t121, 1, (-2.7503216443556565e-3), 6.666505868153653e-3)
 + DECODE(__t128, 1, (-1.4726381899334107e-3), 4, (-9.069812226594134e-3), 5, 4.4305172533183036e-2, 1.2062007321076028e-2)
 + DECODE(__t129, 1, 0e+0, 4, 5.194831340405689e-3, 5, 5.194831340405689e-3, (-3.884588800075258e-3))
 + DECODE(__t134, 1, 0e+0, 2, (-1.2337098834294631e-2), 4.150979699757047e-3)
 + DECODE(__t144, 1, (-3.437179535651988e-3), 2, 4.868562535799823e-3, 0e+0)) AS __c4,
  1.012505350765563e+0 * (DECODE(__t0, 4, 1.2756731395062215e-1, 5, 1.2756731395062215e-1, (-5.824358782178473e-2))
 + DECODE(__t1, 4, 1.1002594416981253e-1, 5, 1.1002594416981253e-1, (-5.4326007801849104e-2))
 + DECODE(__t2, 5, 9.954852852935782e-2, (-4.914743395835534e-2))
 + DECODE(__t3, 5, 8.604181478906656e-2, (-4.71816661706249e-2))
 + DECODE(__t4, 5, 8.331969535931358e-2, (-4.054402134471483e-2))
 + DECODE(__t7, 5, 6.331690314837558e-2, (-3.784215766601081e-2))
 + DECODE(__t9, 5, 5.988553497419026e-2, (-3.175357296548656e-2))
 + DECODE(__t11, 2, (-2.489892491021651e-2), 3, (-2.489892491021651e-2), 4, 4.279480605151592e-2, 0e+0)
 + DECODE(__t14, 5, 4.388848627005629e-2, (-2.875368982674072e-2))
 + DECODE(__t15, 5, 3.985787676706011e-2, (-2.665396990781745e-2))
 + DECODE(__t18, 5, 3.773848435849485e-2, (-2.2215371594231984e-2))
 + DECODE(__t19, 1, (-2.7527600612105286e-2), 2, 2.7141308860689252e-2, 0e+0)
 + DECODE(__t20, 1, 0e+0, 5, 3.339094576106303e-2, (-1.8758149305434867e-2))
 + DECODE(__t22, 2, (-1.9284271316576767e-2), 3, (-1.9284271316576767e-2), 4, 2.4564999704366763e-2, 0e+0)
 + DECODE(__t24, 5, 2.916659434951938e-2, (-1.723282486123509e-2))
 + DECODE(__t25, 2, (-1.3895441221433652e-2), 3, (-1.3895441221433652e-2), 4, 2.343678236496874e-2, 0e+0)
 + DECODE(__t27, 2, (-1.7094921258387533e-2), 3, (-1.7094921258387533e-2), 4, 2.1180020601891048e-2, 0e+0)
 + DECODE(__t29, 4, 2.0657543211621728e-2, 5, 0e+0, (-1.666420389524055e-2))
 + DECODE(__t31, 1, 0e+0, 5, 1.8312924633744218e-2, (-1.7277335969021014e-2))
 + DECODE(__t33, 2, (-1.4998436253578853e-2), 3, (-1.4998436253578853e-2), 4, 1.737725006558861e-2, 0e+0)
 + DECODE(__t37, 4, 1.7393606864542426e-2, 5, 1.7393606864542426e-2, (-1.0885557880814656e-2))
 + DECODE(__t38, 4, (-2.487155970131249e-2), 5, 2.7670763302948636e-2, 0e+0)
 + DECODE(__t39, 2, (-2.2771066742987907e-2), 3, (-2.2771066742987907e-2), 4, 1.5482693425252447e-2, 0e+0)
 + DECODE(__t44, 5, 1.480993565081803e-2, (-9.468613559363896e-3))
 + DECODE(__t45, 4, 1.1392108056902356e-2, 5, 0e+0, (-1.0795636367966342e-2))
 + DECODE(__t48, 3, (-2.4149112163783397e-2), 4, (-2.4149112163783397e-2), 5, 1.0738895502118618e-2, 1.0428823565007796e-2)
 + DECODE(__t51, 5, 9.777479568263343e-3, (-9.459514285986965e-3))
 + DECODE(__t55, 4, 9.062777291136607e-3, 5, 9.062777291136607e-3, (-8.847280526756457e-3))
 + DECODE(__t58, 5, 1.0604392090154787e-2, (-7.004095849945726e-3))
 + DECODE(__t67, 1, 0e+0, 2, (-7.876880457620816e-3), 7.777036468131729e-3)
 + DECODE(__t71, 1, 0e+0, 4, 8.82809441998196e-3, 5, 8.82809441998196e-3, (-5.923352035712367e-3))
 + DECODE(__t75, 2, (-6.833689504121392e-3), 3, (-1.9420300624500572e-3), 4, (-5.100360759944483e-2), 5, 6.64712200296611e-3, 0e+0)
 + DECODE(__t78, 1, (-5.019166970318411e-3), 2, (-5.019166970318411e-3), 7.4737944937464254e-3)
 + DECODE(__t80, 3, (-5.899798873409097e-2), 4, 3.431769189646998e-2, 0e+0)
 + DECODE(__t83, 1, 0e+0, 5, 5.8372570043114585e-3, (-6.040014535865023e-3))
 + DECODE(__t87, 3, 2.680331614694112e-2, 4, (-3.130141372939491e-2), 5, 5.594212464492047e-3, (-5.750210667545898e-3))
 + DECODE(__t90, 3, (-4.995143851356869e-2), 4, 2.7650415008898324e-2, 0e+0)
 + DECODE(__t96, 1, 1.6524221954458721e-3, 4, 0e+0, 5, 0e+0, (-2.1973333947584536e-2))
 + DECODE(__t97, 5, 6.285963078048311e-3, (-4.251570809602106e-3))
 + DECODE(__t102, 5, 4.778452810390074e-3, (-4.9496564364700235e-3))
 + DECODE(__t105, 1, (-4.790864135131044e-3), 4.616840946631122e-3)
 + DECODE(__t109, 1, 0e+0, 2, (-5.491755265444459e-4), 3, 3.44667907782239e-2, (-1.7336419731306993e-2))
 + DECODE(__t111, 5, 5.5897204518913415e-3, (-3.789784462893849e-3))
 + DECODE(__t119, 3, (-3.5072636822901654e-2), 4, (-3.5072636822901654e-2), 5, 4.334838277326287e-3, (-8.555059661772505e-4))
 + DECODE(__t123, 5, 5.1609425655731326e-3, (-3.50963539778721e-3))
 + DECODE(__t124, 1, (-5.55121627322119e-4), 4, (-1.5265122706232648e-2), 5, (-1.5265122706232648e-2), 3.187887598824437e-2)
 + DECODE(__t132, 1, 1.1703314863352652e-3, 4, (-4.222017125101474e-2), 5, 3.782210524437087e-2, (-1.4884757406944449e-2))
 + DECODE(__t133, 5, 4.027028088676739e-3, (-4.2039358742444145e-3))
 + DECODE(__t135, 3, (-4.291240867907849e-2), 4, 1.516064806341853e-2, 0e+0)
 + DECODE(__t137, 1, 0e+0, 5, 4.081977877893078e-3, (-4.176142957008439e-3))
 + DECODE(__t140, 1, 0e+0, 2, 1.1965934163729861e-3, (-1.5080409297319672e-2))
 + DECODE(__t142, 3, 8.155975637561643e-3, 4, (-1.5152118371825339e-2), 5, 3.822983289197396e-3, (-4.0058945676591e-3))) AS __c5,
  1.012505350765563e+0 * (DECODE(__t15, 2, 6.415372852229739e-2, 3, (-3.100983705018419e-2), 0e+0)
 + DECODE(__t18, 3, (-2.7439245198053575e-2), 4, 0e+0, 5, 0e+0, 4.8803206680043745e-2)
 + DECODE(__t20, 2, 4.59112110677322e-2, 3, (-2.4593830762602256e-2), 0e+0)
 + DECODE(__t22, 2, 4.437907012597134e-2, 3, (-2.5387641196651274e-2), 0e+0)
 + DECODE(__t25, 2, 3.5298042389481483e-2, 3, (-1.8930147131004722e-2), 0e+0)
 + DECODE(__t31, 2, 3.503260652999949e-2, 3, (-1.7822049391018883e-2), 0e+0)
 + DECODE(__t39, 1, 2.849882383043245e-2, 5, 0e+0, (-8.296766302709759e-3))
 + DECODE(__t42, 3, 2.0170024853839175e-2, 4, (-2.626158566774274e-2), 0e+0)
 + DECODE(__t47, 1, 2.4593681991079936e-2, 5, 0e+0, (-7.09203426849925e-3))
 + DECODE(__t50, 2, 2.462171588090418e-2, 3, 2.462171588090418e-2, 4, (-2.807531919192354e-2), 0e+0)
 + DECODE(__t53, 1, 0e+0, 5, (-4.0470591797414565e-2), 2.2270792786255e-2)
 + DECODE(__t54, 2, 1.399421307059403e-2, 3, (-1.0046909325269157e-2), 0e+0)
 + DECODE(__t55, 3, (-3.899524413936808e-2), 4, 0e+0, 5, 0e+0, 5.670722025702997e-3)
 + DECODE(__t59, 2, 4.0757050556155056e-2, 3, (-9.44456618839806e-3), 0e+0)
 + DECODE(__t62, 1, 0e+0, 5, (-3.6502134155716626e-2), 1.985667979050594e-2)
 + DECODE(__t63, 3, 2.0132740539418985e-2, 4, (-2.2639379889515213e-2), 5, (-2.2639379889515213e-2), 0e+0)
 + DECODE(__t68, 3, 1.860638869931653e-2, 4, (-2.105043785103662e-2), 5, (-2.105043785103662e-2), 0e+0)
 + DECODE(__t72, 1, 1.0514154906937976e-2, 2, 1.0514154906937976e-2, (-4.7097012317970175e-3))
 + DECODE(__t74, 4, (-3.7673530079958663e-3), 5, (-3.7673530079958663e-3), 1.1247765962938992e-2)
 + DECODE(__t77, 3, (-3.916376186740328e-3), 4, 0e+0, 5, 0e+0, 1.1798933027459216e-2)
 + DECODE(__t80, 1, 1.9501296622303143e-3, 2, 1.9501296622303143e-3, (-1.9130133500158953e-2))
 + DECODE(__t83, 2, 4.67531813049096e-3, 3, 4.67531813049096e-3, 4, (-3.2487385460216296e-2), 0e+0)
 + DECODE(__t85, 3, (-3.5496372242500747e-3), 4, 0e+0, 5, 0e+0, 1.0750740153133969e-2)
 + DECODE(__t90, 1, 0e+0, 2, 1.7915240680568625e-3, (-1.7754108106397458e-2))
 + DECODE(__t94, 1, 1.7425645203485258e-3, 2, (-2.368346203033939e-2), 0e+0)
 + DECODE(__t95, 3, 3.640509155202019e-2, 4, (-7.128546552382518e-3), 5, (-7.128546552382518e-3), 0e+0)
 + DECODE(__t99, 2, 1.0155964058426973e-2, 3, 1.0155964058426973e-2, 4, (-1.8718380482089035e-2), 0e+0)
 + DECODE(__t104, 3, (-3.1985472549667738e-3), 4, 0e+0, 5, 0e+0, 9.681967668733015e-3)
 + DECODE(__t107, 1, 1.5610022742159253e-3, 4, 0e+0, 5, 0e+0, (-1.5725971034045588e-2))
 + DECODE(__t108, 3, 1.6461746319027255e-2, 4, (-1.9421759383991835e-2), 0e+0)
 + DECODE(__t114, 5, (-2.7430239505782227e-3), 8.369897451438376e-3)
 + DECODE(__t117, 1, 1.6047093846334446e-3, 2, (-1.7873352691458774e-2), 0e+0)
 + DECODE(__t121, 3, 4.2103270321632746e-2, 4, (-1.0095594762482462e-2), 5, (-1.0095594762482462e-2), 0e+0)
 + DECODE(__t127, 1, 1.386452050977106e-3, 4, 0e+0, 5, 0e+0, (-1.3987984435798176e-2))
 + DECODE(__t133, 4, (-5.5097708953281234e-2), 5, 0e+0, 2.1468682007283915e-3)
 + DECODE(__t134, 1, 7.384379124821878e-3, (-2.3924960526501733e-3))
 + DECODE(__t135, 2, (-3.2290438394069726e-2), 3, 1.8256035721201998e-2, 4, 1.8256035721201998e-2, 0e+0)
 + DECODE(__t137, 2, 2.0552853168530187e-3, 3, 2.0552853168530187e-3, 4, (-5.319719301553483e-2), 0e+0)
 + DECODE(__t139, 5, (-2.2635790887367327e-3), 6.979874868246096e-3)) AS __c6,
  1.012505350765563e+0 * (DECODE(__t0, 2, 9.588313895506374e-2, 3, (-2.734279935571847e-2), 0e+0)
 + DECODE(__t1, 2, 8.68938952517202e-2, 3, (-2.5433668124785855e-2), 4, 2.4814848601174097e-2, 5, (-9.162699174303812e-2), 0e+0)
 + DECODE(__t2, 3, 7.42849626402417e-2, 4, (-2.162930144117614e-2), 0e+0)
 + DECODE(__t3, 2, 7.443967126641597e-2, 3, 7.443967126641597e-2, 4, (-2.3109837891330226e-2), 0e+0)
 + DECODE(__t4, 3, 6.751074819937274e-2, 4, (-2.1803416838023018e-2), 0e+0)
 + DECODE(__t5, 3, 2.317235397950608e-2, 4, (-1.379364372300907e-1), 0e+0)
 + DECODE(__t6, 3, 2.8611329580300236e-2, 4, (-9.522778260140188e-2), 0e+0)
 + DECODE(__t7, 2, 6.050966847683819e-2, 3, 6.050966847683819e-2, 4, (-2.2023538917189812e-2), 0e+0)
 + DECODE(__t8, 2, 2.1199668564055033e-2, 3, 2.1199668564055033e-2, 4, (-7.336578325029158e-2), 0e+0)
 + DECODE(__t9, 2, 6.008478507861606e-2, 3, (-2.267479158532447e-2), 4, (-2.267479158532447e-2), 0e+0)
 + DECODE(__t10, 3, 5.5640434572696365e-2, 4, (-6.2358621110625255e-3), 5, (-6.696001690252681e-2), 2.544170277485912e-2)
 + DECODE(__t12, 1, 2.299007591162197e-2, 2, 5.136227848012301e-2, 5, (-6.162259965244503e-2), (-6.091112629765156e-3))
 + DECODE(__t13, 2, 1.5447796169944593e-2, 3, 1.5447796169944593e-2, 4, (-5.570599964755714e-2), 0e+0)
 + DECODE(__t14, 2, 1.6938486310789175e-2, 3, (-4.9880844132607224e-2), 0e+0)
 + DECODE(__t15, 2, 4.419098292691715e-2, 3, 4.419098292691715e-2, 4, (-1.8834628276731213e-2), 0e+0)
 + DECODE(__t16, 1, 0e+0, 5, (-5.061986056951367e-2), 1.7892139201617453e-2)
 + DECODE(__t17, 4, 6.79569016662152e-2, 5, (-2.539007566459188e-2), 0e+0)
 + DECODE(__t18, 4, (-5.367195931869264e-2), 5, 0e+0, 1.8091845836031184e-2)
 + DECODE(__t19, 1, 3.728485014514984e-2, 2, 3.728485014514984e-2, (-2.1318037855996758e-2))
 + DECODE(__t20, 2, 1.5779148561676955e-2, 3, 1.5779148561676955e-2, 4, (-4.708096247537079e-2), 0e+0)
 + DECODE(__t21, 4, 5.505243871476652e-2, 5, (-2.3238995441952265e-2), 0e+0)
 + DECODE(__t22, 5, (-5.971818068099831e-2), 1.0077559465023337e-2)
 + DECODE(__t23, 1, 3.130337960610698e-2, 2, 3.130337960610698e-2, (-1.825471494054199e-2))
 + DECODE(__t24, 1, 1.3056640217646017e-2, 2, (-6.655306121271809e-2), 0e+0)
 + DECODE(__t25, 1, 0e+0, 5, (-4.160093868066744e-2), 1.0828796247346204e-2)
 + DECODE(__t26, 1, 2.7234619962034138e-2, 2, 2.7234619962034138e-2, (-1.6097581199658047e-2))
 + DECODE(__t28, 1, 2.4612135165096825e-2, (-1.462948771306763e-2))
 + DECODE(__t30, 2, 2.196958236184235e-2, 3, (-1.30527129848837e-2), 4, (-1.30527129848837e-2), 0e+0)
 + DECODE(__t31, 2, 1.2177723513085182e-2, 3, 1.2177723513085182e-2, 4, (-3.4923321343373184e-2), 0e+0)
 + DECODE(__t32, 2, 1.943060601442873e-2, 3, (-1.162297759861219e-2), 4, (-1.162297759861219e-2), 0e+0)
 + DECODE(__t34, 3, 8.689187172915832e-3, 4, 8.689187172915832e-3, 5, (-2.854233548018064e-2), 0e+0)
 + DECODE(__t36, 2, 1.6750221613170396e-2, 3, (-1.0124005265614454e-2), 4, (-1.0124005265614454e-2), 0e+0)
 + DECODE(__t39, 5, (-3.278044960824348e-2), 5.2022615490499085e-3)
 + DECODE(__t41, 1, 1.579700214714157e-2, (-9.862648268839634e-3))
 + DECODE(__t42, 1, 1.5183724200695088e-2, 5, 0e+0, (-9.3533971876241e-3))
 + DECODE(__t47, 5, (-2.6639499432506288e-2), 4.100548542354165e-3)
 + DECODE(__t49, 4, (-8.172772442840934e-3), 5, (-8.172772442840934e-3), 1.30054986911392e-2)
 + DECODE(__t51, 4, (-3.229187794290781e-2), 5, 0e+0, 7.855020978484792e-3)
 + DECODE(__t52, 1, 1.1912305436393171e-2, 2, 1.1912305436393171e-2, (-7.490425220475186e-3))
 + DECODE(__t57, 4, (-6.884960288099123e-3), 5, (-6.884960288099123e-3), 1.1383491089908358e-2)
 + DECODE(__t58, 2, 9.78855465822658e-3, 3, (-4.063169492859649e-2), 0e+0)
 + DECODE(__t60, 2, 4.016239218505936e-3, 3, (-4.015120532200861e-2), 0e+0)
 + DECODE(__t61, 1, 9.738839576312898e-3, 2, 9.738839576312898e-3, (-6.545175221340838e-3))
 + DECODE(__t62, 2, 1.8350597109545397e-2, 3, (-7.194100849980163e-2), 0e+0)
 + DECODE(__t66, 5, (-6.105598579735393e-3), 9.074416862823741e-3)
 + DECODE(__t67, 3, 1.7049325077231864e-2, 4, (-1.5017449295656998e-2), 0e+0)
 + DECODE(__t70, 3, 2.8290142964425252e-2, 4, (-1.857147931349018e-2), 0e+0)
 + DECODE(__t72, 1, 6.921785692915143e-3, 2, (-3.763403389160357e-2), 0e+0)
 + DECODE(__t74, 2, 1.2710638620282296e-2, 3, (-3.718677713807068e-2), 0e+0)
 + DECODE(__t76, 3, 2.531923440094548e-2, 4, (-1.675764980333195e-2), 0e+0)
 + DECODE(__t79, 3, 1.3065273935598212e-2, 4, (-5.436334756408058e-2), 0e+0)
 + DECODE(__t82, 5, (-4.929798517794883e-3), 7.023340707197862e-3)
 + DECODE(__t84, 1, 7.437011392412304e-3, 2, (-3.659539074988129e-2), 3, 1.0530650748167497e-2, (-7.692677517753873e-3))
 + DECODE(__t91, 3, 1.2564835249238807e-2, 4, (-4.9630093280235e-2), 0e+0)
 + DECODE(__t93, 4, (-4.310261244688121e-3), 5, (-4.310261244688121e-3), 6.150027739407419e-3)
 + DECODE(__t98, 1, 0e+0, 5, (-4.100706454161145e-3), 6.504889617590759e-3)
 + DECODE(__t101, 3, 4.244951467453863e-2, 4, (-4.356275329620253e-2), 0e+0)
 + DECODE(__t102, 3, 3.0614083822842416e-2, 4, (-1.970701237472336e-2), 0e+0)
 + DECODE(__t105, 1, 0e+0, 4, (-9.363878216868925e-3), 5, (-9.363878216868925e-3), 1.2485428706587592e-2)
 + DECODE(__t106, 4, 3.6573101105370966e-2, 5, (-6.210803575298129e-2), 0e+0)
 + DECODE(__t110, 3, 7.765928181014131e-3, 4, (-3.46227719784676e-2), 0e+0)
 + DECODE(__t111, 2, 5.349090877219489e-3, 3, 5.349090877219489e-3, 4, (-2.2773503018474958e-2), 0e+0)
 + DECODE(__t112, 3, 4.0134596816381075e-2, 4, (-4.1115611681997656e-2), 0e+0)
 + DECODE(__t114, 2, 9.111319949563417e-3, 3, 9.111319949563417e-3, 4, (-2.7556018803211627e-2), 0e+0)
 + DECODE(__t115, 4, 8.541174294899255e-3, 5, (-6.553087306702274e-3), 0e+0)
 + DECODE(__t118, 4, 4.3995145609341105e-2, 5, (-2.7745691548359323e-2), 0e+0)
 + DECODE(__t122, 2, (-1.4035645656475262e-2), 3, 8.210643673108864e-3, 4, (-6.037555030397398e-3), 5, 0e+0, 1.2499761879134165e-2)
 + DECODE(__t128, 2, 1.1565223333750475e-2, 3, (-4.717230464948216e-2), 0e+0)
 + DECODE(__t131, 4, 3.485035102540598e-2, 5, (-5.7306699889936676e-2), 0e+0)
 + DECODE(__t133, 2, 2.9298873979689007e-2, 3, (-2.1266321932890735e-2), 0e+0)
 + DECODE(__t134, 4, 1.4114065965925673e-2, 5, (-1.5112938894683417e-2), 0e+0)
 + DECODE(__t144, 3, 2.9876093602453656e-2, 4, (-3.263514327700296e-2), 0e+0)) AS __c7,
  1.012505350765563e+0 * (DECODE(__t40, 2, 2.4025971921172576e-2, 3, 2.4025971921172576e-2, 4, (-7.92360500803585e-3), 0e+0)
 + DECODE(__t81, 5, (-3.309706075205844e-3), 1.1136307185267208e-2)
 + DECODE(__t84, 1, 1.0695548755751459e-2, 2, 1.0695548755751459e-2, (-3.170469130147455e-3))
 + DECODE(__t97, 1, 6.29154853519845e-2, 5, 0e+0, (-1.5342586533073762e-3))
 + DECODE(__t100, 4, (-3.388831732055651e-2), 5, (-3.388831732055651e-2), 7.1537014540915e-4)
 + DECODE(__t107, 4, (-3.2120473860582754e-2), 5, (-3.2120473860582754e-2), 6.768074447622233e-4)
 + DECODE(__t110, 5, (-2.491372227995737e-3), 8.375413765228124e-3)
 + DECODE(__t115, 4, (-2.5259965742543975e-3), 5, (-2.5259965742543975e-3), 8.568439599773279e-3)
 + DECODE(__t116, 4, (-3.0664245704765104e-2), 5, (-3.0664245704765104e-2), 6.463636332701713e-4)
 + DECODE(__t122, 1, 7.911475975271883e-3, 2, 7.911475975271883e-3, (-2.3259071956742146e-3))
 + DECODE(__t123, 1, 5.511790744272386e-2, 5, 0e+0, (-1.4054637624911458e-3))
 + DECODE(__t127, 4, (-2.8543829664638046e-2), 5, (-2.8543829664638046e-2), 5.995297937881495e-4)
 + DECODE(__t136, 4, (-2.78011773271626e-2), 5, (-2.78011773271626e-2), 5.847144061407549e-4)
 + DECODE(__t143, 4, (-2.6799147122993753e-2), 5, (-2.6799147122993753e-2), 5.617036405845361e-4)) AS __c8,
  1.012505350765563e+0 * (DECODE(__t18, 1, 6.771166911372434e-2, 2, (-2.4970367773103415e-2), 0e+0)
 + DECODE(__t26, 3, 1.9720839521368175e-2, 4, 1.9720839521368175e-2, 5, (-3.0160838859239956e-2), 0e+0)
 + DECODE(__t33, 2, 5.189304280649287e-2, 3, (-7.214607789771059e-3), 0e+0)
 + DECODE(__t35, 1, 1.831911446395629e-2, 2, (-2.0163979350024994e-2), 0e+0)
 + DECODE(__t37, 1, 8.117366495278645e-2, 2, (-1.5293746006195914e-2), 0e+0)
 + DECODE(__t39, 2, 2.501669020779691e-2, 3, (-2.245793522181767e-2), 0e+0)
 + DECODE(__t42, 2, 1.351627710879561e-2, 3, (-2.0543891314628995e-2), 4, (-2.0543891314628995e-2), 0e+0)
 + DECODE(__t44, 1, 7.414438838367166e-2, 2, (-1.386161646617795e-2), 0e+0)
 + DECODE(__t46, 1, 2.4344773606345543e-2, 2, (-7.517008766405656e-2), 0e+0)
 + DECODE(__t47, 2, 1.1622610922936488e-2, 3, 1.1622610922936488e-2, 4, (-1.9546153549749805e-2), 0e+0)
 + DECODE(__t48, 2, (-1.3107092754025131e-2), 3, 2.3211771655323617e-2, 4, (-1.9718865743105166e-2), 5, 0e+0, 5.9317022223089835e-2)
 + DECODE(__t50, 2, 3.921375418276881e-2, 3, (-3.959743618799779e-2), 0e+0)
 + DECODE(__t52, 4, 5.004242132811285e-2, 5, (-1.798141602437576e-2), 0e+0)
 + DECODE(__t53, 2, 1.681214688783271e-2, 3, 1.681214688783271e-2, 4, (-8.175514559626312e-2), 0e+0)
 + DECODE(__t54, 1, 1.1901808009778459e-2, 4, 0e+0, 5, 0e+0, (-7.419403343854514e-3))
 + DECODE(__t56, 1, 2.43682137230323e-2, 2, (-7.615592348380418e-2), 0e+0)
 + DECODE(__t58, 1, 3.447743857342112e-2, 5, 0e+0, (-5.252436482164884e-3))
 + DECODE(__t60, 1, 0e+0, 4, (-9.176337404993785e-3), 5, (-9.176337404993785e-3), 8.589688266921526e-3)
 + DECODE(__t61, 4, 7.06491862155921e-2, 5, (-1.1820964446848686e-2), 0e+0)
 + DECODE(__t62, 2, 1.5683620422852866e-2, 3, 1.5683620422852866e-2, 4, (-7.555745392912876e-2), 0e+0)
 + DECODE(__t63, 4, 2.30606420987534e-2, 5, (-5.3186451739375445e-2), 0e+0)
 + DECODE(__t64, 3, (-7.308039699456736e-3), 4, 0e+0, 5, 0e+0, 9.018312563454723e-3)
 + DECODE(__t65, 3, 9.818432692955487e-3, 4, 9.818432692955487e-3, 5, (-5.0156159212473246e-2), 0e+0)
 + DECODE(__t66, 3, 1.5968652274195416e-2, 4, (-2.0022021276275375e-2), 0e+0)
 + DECODE(__t68, 4, 2.127973775229402e-2, 5, (-4.926202321405418e-2), 0e+0)
 + DECODE(__t69, 2, (-8.582915567696546e-3), 3, 0e+0, 4, 5.799720026239085e-2, 5, (-2.0863725407732306e-2), 6.503453649100289e-3)
 + DECODE(__t71, 2, 3.102003000805395e-2, 3, (-4.950928247261424e-3), 0e+0)
 + DECODE(__t73, 4, 2.851828470608101e-2, 5, (-3.817418753316221e-2), 0e+0)
 + DECODE(__t74, 1, 4.5559873063891976e-2, 4, 0e+0, 5, 0e+0, (-1.0620321860485293e-2))
 + DECODE(__t75, 2, 2.95356941520497e-2, 3, (-5.552412325148325e-3), 4, (-5.552412325148325e-3), 0e+0)
 + DECODE(__t77, 2, (-1.1469915053763595e-2), 3, 0e+0, 4, 2.3978415053149033e-2, 5, (-3.4278495934123625e-2), 4.5830844407337396e-2)
 + DECODE(__t78, 2, (-4.757437170278171e-3), 3, 0e+0, 4, 7.632208164623205e-3, 5, (-2.2605912078990792e-2), 2.1812331017060396e-2)
 + DECODE(__t79, 3, 1.4593367202179169e-2, 4, 1.4593367202179169e-2, 5, (-4.5206414051970276e-2), 0e+0)
 + DECODE(__t80, 3, 3.0522671999798353e-2, 4, 3.0522671999798353e-2, 5, (-4.1042087875786344e-2), 0e+0)
 + DECODE(__t81, 2, 3.841845030027869e-2, 3, (-5.77736970135689e-2), 0e+0)
 + DECODE(__t82, 3, 9.926535627480191e-3, 4, (-2.6773364962036285e-2), 0e+0)
 + DECODE(__t83, 2, 2.0784620554247353e-2, 3, (-9.167607544129293e-3), 0e+0)
 + DECODE(__t84, 4, 1.2532579937682512e-2, 5, (-2.906465283304118e-2), 0e+0)
 + DECODE(__t85, 2, (-1.0101444196171237e-2), 3, 0e+0, 4, 2.2592702505474262e-2, 5, (-3.280102807574651e-2), 4.083657906499089e-2)
 + DECODE(__t86, 4, 6.457246624794652e-2, 5, (-2.048189495994221e-2), 0e+0)
 + DECODE(__t88, 4, 2.4421521479708115e-2, 5, (-1.0920888887818933e-2), 0e+0)
 + DECODE(__t89, 3, 4.261750161500025e-3, 4, 4.261750161500025e-3, 5, (-3.9185594885529584e-2), 0e+0)
 + DECODE(__t90, 3, 2.9714258194602418e-2, 4, 2.9714258194602418e-2, 5, (-3.6676974676632265e-2), 0e+0)
 + DECODE(__t91, 3, 1.7877748196307074e-2, 4, 1.7877748196307074e-2, 5, (-3.1755775849681665e-2), 0e+0)
 + DECODE(__t92, 3, 4.543918661942881e-2, 4, (-4.400147128945766e-2), 0e+0)
 + DECODE(__t93, 1, 2.233856030900598e-2, 2, (-7.699346874090875e-2), 0e+0)
 + DECODE(__t94, 3, 2.5154511838423498e-2, 4, (-4.155997069650268e-2), 5, (-4.155997069650268e-2), 0e+0)
 + DECODE(__t95, 4, 1.617144585611958e-2, 5, (-2.7545021387280523e-2), 0e+0)
 + DECODE(__t96, 2, 6.451642920587582e-2, 3, (-1.6733028602095724e-2), 4, 1.951679373740508e-2, 5, (-3.343684819288156e-2), 0e+0)
 + DECODE(__t97, 3, 3.6382124077794176e-2, 4, (-1.3008272235960135e-2), 0e+0)
 + DECODE(__t99, 1, 0e+0, 5, (-3.258372724290088e-3), 8.08535624422504e-3)
 + DECODE(__t100, 3, (-3.053390928316898e-3), 4, 4.7330907250726195e-2, 5, (-3.747735390774446e-2), 8.71671356776398e-3)
 + DECODE(__t101, 3, 4.144509889760489e-2, 4, 4.144509889760489e-2, 5, (-2.7970743047442903e-2), 0e+0)
 + DECODE(__t103, 3, 4.216146418830437e-2, 4, (-4.066178787588685e-2), 0e+0)
 + DECODE(__t104, 2, (-9.382773154585774e-3), 3, 0e+0, 4, 1.83765210196418e-2, 5, (-3.206576794833575e-2), 3.855269381803153e-2)
 + DECODE(__t105, 2, 1.8001270228940967e-2, 3, (-2.650941393416214e-2), 4, 1.688000400460604e-2, 5, (-1.8067960173369185e-2), 0e+0)
 + DECODE(__t107, 2, 2.7260810116486147e-2, 3, (-3.5979465478315e-2), 0e+0)
 + DECODE(__t108, 3, 6.337634797229678e-3, 4, 6.337634797229678e-3, 5, (-3.7530540326207076e-2), 0e+0)
 + DECODE(__t109, 4, 6.778279533001533e-2, 5, (-1.6476723528470506e-2), 0e+0)
 + DECODE(__t110, 1, 1.4310049465032844e-2, 2, (-7.072731726606861e-2), 0e+0)
 + DECODE(__t111, 1, 2.017514936999894e-2, 5, 0e+0, (-4.4587164748644105e-3))
 + DECODE(__t112, 1, 6.382120985567019e-3, 2, (-4.002778330929723e-3), 5, (-2.6164528694596602e-2), 3.873256868492978e-2)
 + DECODE(__t113, 2, 2.6711775288449563e-2, 3, (-6.309964081231318e-3), 0e+0)
 + DECODE(__t114, 1, 3.723698977852883e-2, 5, 0e+0, (-5.916109780418366e-3))
 + DECODE(__t115, 1, 1.3789714357169011e-2, 2, (-6.671131142006136e-2), 0e+0)
 + DECODE(__t116, 4, 4.492692155366679e-2, 5, (-3.654307825393616e-2), 0e+0)
 + DECODE(__t117, 3, 3.129291454003803e-2, 4, (-3.15085859450842e-2), 5, (-3.15085859450842e-2), 0e+0)
 + DECODE(__t118, 3, 3.0867698007102685e-2, 4, (-3.0688794474032183e-2), 5, (-3.0688794474032183e-2), 0e+0)
 + DECODE(__t119, 2, (-7.6520338043817755e-3), 3, 6.692348647536647e-2, 4, (-2.6949915824065876e-2), 5, 0e+0, 1.916032465421781e-2)
 + DECODE(__t121, 1, 0e+0, 2, 1.2381308913874059e-2, (-1.5062485924885802e-2))
 + DECODE(__t123, 3, 7.595127368244907e-2, 4, (-1.2944273742730564e-2), 0e+0)
 + DECODE(__t124, 2, 3.3577899448027027e-2, 3, (-4.097667750749981e-2), 4, 5.578942400772374e-2, 5, (-1.68117768008191e-2), 0e+0)
 + DECODE(__t126, 2, 3.758393467370113e-2, 3, 3.758393467370113e-2, 4, (-1.570935334137763e-2), 0e+0)
 + DECODE(__t127, 2, 2.5833438507592003e-2, 3, (-3.415589940897512e-2), 4, 4.28018295710939e-2, 5, (-3.52829817582889e-2), 0e+0)
 + DECODE(__t128, 1, 0e+0, 4, (-3.0215360911141187e-2), 5, (-3.0215360911141187e-2), 1.7213964788897234e-2)
 + DECODE(__t129, 2, 2.462823108997991e-2, 3, (-5.825535146825672e-3), 0e+0)
 + DECODE(__t130, 3, 7.737740152766949e-2, 4, (-3.4374682006526247e-3), 0e+0)
 + DECODE(__t132, 1, 0e+0, 2, 5.925020492249564e-2, (-1.385315030060304e-2))
 + DECODE(__t134, 3, 9.677824245003117e-3, 4, (-9.95010417557781e-3), 5, (-9.95010417557781e-3), 0e+0)
 + DECODE(__t135, 1, 0e+0, 5, (-3.0430502974339944e-2), 2.007814610568176e-2)
 + DECODE(__t136, 2, 1.8926217404103093e-2, 3, (-3.295465712496265e-2), 4, 4.0769480502285606e-2, 5, (-3.362338682683148e-2), 0e+0)
 + DECODE(__t137, 2, 1.789804059563202e-2, 3, (-5.659774746523747e-3), 0e+0)
 + DECODE(__t138, 3, 2.6420478967207357e-3, 4, 2.6420478967207357e-3, 5, (-4.483032937879034e-2), 0e+0)
 + DECODE(__t139, 1, 4.488689026061553e-2, 5, 0e+0, (-3.917156924394347e-3))
 + DECODE(__t140, 3, 5.7211877390040224e-2, 4, (-1.3198793185141687e-2), 5, (-1.3198793185141687e-2), 0e+0)
 + DECODE(__t141, 1, 3.9611234655654255e-2, 5, 0e+0, (-1.985672745836463e-2))
 + DECODE(__t142, 1, 3.2813070890440874e-2, 2, (-4.595605974552859e-2), 0e+0)
 + DECODE(__t144, 3, 3.2405423135194164e-2, 4, 3.2405423135194164e-2, 5, (-3.1824195937459845e-2), 0e+0)) AS __c9,
  1.012505350765563e+0 * (DECODE(__t70, 1, 2.036844420424573e-2, 2, (-9.732768222526711e-2), 0e+0)
 + DECODE(__t76, 1, 1.9379163765476493e-2, 2, (-9.008669777366071e-2), 0e+0)
 + DECODE(__t86, 1, 4.461260188224217e-2, (-7.339547101193407e-4))
 + DECODE(__t90, 1, 4.175411632476652e-2, (-6.896552014221557e-4))
 + DECODE(__t93, 4, 1.7616384611155883e-3, 5, (-5.134459819131526e-2), 0e+0)
 + DECODE(__t98, 1, 3.865018406656813e-2, (-6.42485218424864e-4))
 + DECODE(__t101, 1, 1.1671473205784391e-3, 2, 1.1671473205784391e-3, (-2.0485742692979224e-2))
 + DECODE(__t109, 1, 3.539372489854271e-2, (-5.924737984271624e-4))
 + DECODE(__t112, 1, 1.0983250449583845e-3, 2, 1.0983250449583845e-3, (-1.922264483484772e-2))
 + DECODE(__t120, 3, (-7.253332616436245e-2), 4, 0e+0, 5, 0e+0, 1.8064832000816176e-2)
 + DECODE(__t125, 3, (-6.742745795803011e-2), 4, 0e+0, 5, 0e+0, 1.701643713139362e-2)
 + DECODE(__t126, 1, 3.243079895324723e-2, (-5.499525116008902e-4))
 + DECODE(__t130, 1, 1.750494233837411e-2, 2, (-7.191250843142691e-2), 0e+0)
 + DECODE(__t140, 1, 3.0030339316312292e-2, (-5.133790636240039e-4))
 + DECODE(__t141, 2, 3.7427615686987964e-2, 3, (-1.301287980062833e-2), 4, (-1.301287980062833e-2), 0e+0)
 + DECODE(__t142, 3, (-2.8498943766125297e-3), 4, (-2.8498943766125297e-3), 5, 0e+0, 3.140420727595236e-2)
 + DECODE(__t144, 1, 9.06875189142075e-4, 2, 9.06875189142075e-4, (-1.5824000516709243e-2))) AS __c10,
  1.012505350765563e+0 * (DECODE(__t2, 2, 2.3113470649811813e-1, 3, (-9.063130064526817e-3), 4, (-9.063130064526817e-3), 0e+0)
 + DECODE(__t4, 2, 2.0621701998838493e-1, 3, (-9.28960078095789e-3), 4, (-9.28960078095789e-3), 0e+0)
 + DECODE(__t5, 1, 1.800397616679213e-1, 2, (-1.4973287307688904e-2), 0e+0)
 + DECODE(__t6, 1, 1.2160007443368034e-1, 5, 0e+0, (-1.7644128688294645e-2))
 + DECODE(__t8, 1, 1.0965944996027588e-1, 5, 0e+0, (-1.5892143483073915e-2))
 + DECODE(__t9, 3, 2.6324840501773854e-2, 4, (-3.73057386618237e-2), 0e+0)
 + DECODE(__t10, 1, 1.3426246038315906e-1, 2, (-1.2753596166814846e-2), 0e+0)
 + DECODE(__t11, 1, 9.849596781520101e-2, 5, 0e+0, (-1.4026671339747372e-2))
 + DECODE(__t12, 3, 2.2351553390716785e-2, 4, (-6.627220357782976e-2), 0e+0)
 + DECODE(__t13, 1, 9.21849155753868e-2, 5, 0e+0, (-1.2828601594083885e-2))
 + DECODE(__t16, 1, 1.0256499439193557e-1, (-1.0052849478203386e-2))
 + DECODE(__t17, 1, 8.101853910178955e-2, 4, 0e+0, 5, 0e+0, (-1.0593145162305175e-2))
 + DECODE(__t20, 1, 8.940768001980721e-2, (-8.280871674647687e-3))
 + DECODE(__t21, 1, 7.196896464395222e-2, 4, 0e+0, 5, 0e+0, (-8.763687304889387e-3))
 + DECODE(__t22, 1, 7.377704802691955e-2, 5, 0e+0, (-7.1641541119766665e-3))
 + DECODE(__t25, 1, 7.704855118532535e-2, (-6.223743711934363e-3))
 + DECODE(__t27, 1, 7.183041930842911e-2, (-5.622413598202274e-3))
 + DECODE(__t30, 1, 6.680170300892578e-2, (-5.072112631915591e-3))
 + DECODE(__t32, 1, 6.271034010535421e-2, (-4.624389141532303e-3))
 + DECODE(__t34, 1, 5.8608727250225444e-2, (-4.192001216479768e-3))
 + DECODE(__t36, 1, 5.406131179255784e-2, (-3.7403701261129693e-3))
 + DECODE(__t40, 1, 4.990079181555512e-2, (-3.366923328611098e-3))
 + DECODE(__t43, 1, 4.613278637098248e-2, (-3.0256321312881166e-3))
 + DECODE(__t46, 1, 4.252912639822581e-2, 2, 4.252912639822581e-2, (-2.7214383101164317e-3))
 + DECODE(__t47, 2, 5.153351861647855e-2, 3, (-5.666975820263733e-3), 0e+0)
 + DECODE(__t49, 2, 8.093744369421574e-2, 3, (-8.500859482436727e-3), 0e+0)
 + DECODE(__t52, 3, 7.948343384987322e-3, 4, (-2.454997063512363e-2), 5, (-2.454997063512363e-2), 0e+0)
 + DECODE(__t53, 2, 1.8608786332051777e-2, 3, (-7.399878089082619e-2), 0e+0)
 + DECODE(__t56, 1, 3.5886775786639215e-2, 2, 3.5886775786639215e-2, (-2.1833579564551355e-3))
 + DECODE(__t57, 1, 6.063611546043763e-2, 4, 0e+0, 5, 0e+0, (-5.319912350097266e-3))
 + DECODE(__t61, 1, 5.750775110812435e-2, 2, (-4.761230101197892e-3), 0e+0)
 + DECODE(__t65, 3, 5.835014988045385e-2, 4, (-6.160124427920803e-3), 0e+0)
 + DECODE(__t66, 1, 5.463678185766179e-2, 5, 0e+0, (-4.3151109708185e-3))
 + DECODE(__t72, 4, 4.226160049703526e-2, 5, (-4.041125535380651e-3), 0e+0)
 + DECODE(__t78, 3, 4.4060843212037015e-2, 4, (-4.03835779846601e-3), 5, (-4.03835779846601e-3), 0e+0)
 + DECODE(__t82, 1, 5.309395799393557e-2, 5, 0e+0, (-3.940747768613813e-3))
 + DECODE(__t88, 3, 5.49896468718236e-2, 4, (-4.819732413577737e-3), 5, (-4.819732413577737e-3), 0e+0)
 + DECODE(__t89, 3, 4.481060511262861e-2, 4, (-3.974860250557686e-3), 0e+0)
 + DECODE(__t93, 3, (-3.4170335055923057e-3), 4, 0e+0, 5, 0e+0, 4.8828902994873524e-2)
 + DECODE(__t98, 2, 4.921715245813591e-2, 3, (-3.391616602201722e-3), 4, (-3.391616602201722e-3), 0e+0)
 + DECODE(__t102, 3, (-1.87292221264207e-2), 4, (-1.87292221264207e-2), 5, 0e+0, 6.605955112240943e-3)
 + DECODE(__t108, 1, 0e+0, 2, 4.814664348818096e-2, (-4.230576659309555e-3))
 + DECODE(__t113, 4, 4.7759544818528996e-2, 5, (-3.898610220657988e-3), 0e+0)
 + DECODE(__t126, 2, 1.531825855645795e-2, 3, (-6.431866478627146e-2), 0e+0)
 + DECODE(__t129, 4, 4.552494690654494e-2, 5, (-3.6564949486528114e-3), 0e+0)
 + DECODE(__t132, 3, 5.11668697243392e-2, 4, (-1.4300909469431838e-2), 5, (-1.4300909469431838e-2), 0e+0)
 + DECODE(__t133, 1, 6.2524317103309825e-3, 4, 0e+0, 5, 0e+0, (-1.8339633279730247e-2))
 + DECODE(__t138, 3, 3.968090087240959e-2, 4, (-3.2672275456376064e-3), 0e+0)
 + DECODE(__t139, 2, 3.984316632735355e-3, 3, (-4.353008384521382e-2), 4, (-4.353008384521382e-2), 0e+0)
 + DECODE(__t140, 4, 4.953593541223751e-2, 5, (-1.3757524805343209e-2), 0e+0)) AS __c11,
  1.012505350765563e+0 * (DECODE(__t0, 4, 2.2437142739856003e-2, 5, (-1.0321953196046182e-1), 0e+0)
 + DECODE(__t5, 5, (-8.938208037630156e-2), 3.439396311476028e-2)
 + DECODE(__t6, 5, (-8.31747237241413e-2), 3.1244817867756392e-2)
 + DECODE(__t8, 5, (-7.627250780711128e-2), 2.789680264474569e-2)
 + DECODE(__t11, 5, (-6.789295303336292e-2), 2.3800735088443496e-2)
 + DECODE(__t13, 5, (-6.1602628576192274e-2), 2.1123464505081513e-2)
 + DECODE(__t14, 2, 2.0610694490273092e-2, 3, 2.0610694490273092e-2, 4, (-4.2741206793534124e-2), 0e+0)
 + DECODE(__t17, 4, (-5.321542767484268e-2), 5, (-5.321542767484268e-2), 1.7509449224654968e-2)
 + DECODE(__t19, 3, 1.963207406398574e-2, 4, 1.963207406398574e-2, 5, (-5.2186765490432135e-2), 0e+0)
 + DECODE(__t21, 4, (-4.5901417454393384e-2), 5, (-4.5901417454393384e-2), 1.4425760468003888e-2)
 + DECODE(__t23, 3, 1.5923266114395037e-2, 4, 1.5923266114395037e-2, 5, (-4.5787322478342385e-2), 0e+0)
 + DECODE(__t24, 4, (-4.5212653405463474e-2), 5, 0e+0, 1.5114234707627353e-2)
 + DECODE(__t27, 2, 1.472696643421664e-2, 3, (-4.2677901699222656e-2), 0e+0)
 + DECODE(__t28, 1, 0e+0, 5, (-4.017620963613519e-2), 1.2750308405358072e-2)
 + DECODE(__t29, 3, (-4.3063441839555176e-2), 4, 0e+0, 5, 0e+0, 1.3025642690770986e-2)
 + DECODE(__t35, 5, (-2.8251657259292476e-2), 7.957849461664912e-3)
 + DECODE(__t38, 4, (-2.525811207990348e-2), 5, (-2.525811207990348e-2), 7.04465994276517e-3)
 + DECODE(__t43, 2, 7.79792600553963e-3, 3, (-2.5438809531772383e-2), 0e+0)
 + DECODE(__t45, 3, (-3.4220193710186614e-2), 4, 0e+0, 5, 0e+0, 9.128062857641471e-3)
 + DECODE(__t59, 4, (-1.616656575093327e-2), 5, (-1.616656575093327e-2), 4.357965006176149e-3)
 + DECODE(__t61, 3, 6.019711619666733e-3, 4, (-2.307262008484584e-2), 5, (-2.307262008484584e-2), 0e+0)
 + DECODE(__t64, 1, 6.235933281752244e-3, 2, (-2.9331703729114998e-2), 0e+0)
 + DECODE(__t87, 3, (-2.3717296386742713e-2), 4, (-2.3717296386742713e-2), 5, 0e+0, 5.908348572554165e-3)) AS __c12,
  0e0 AS __c13,
  0e0 AS __c14,
  0e0 AS __c15,
  0e0 AS __c16,
  0e0 AS __c17,
  0e0 AS __c18,
  0e0 AS __c19,
  0e0 AS __c20,
  0e0 AS __c21,
  0e0 AS __c22,
  1.012505350765563e+0 * (DECODE(__t28, 3, 1.7386252410347643e-2, 4, (-2.9632773964644525e-2), 0e+0)
 + DECODE(__t30, 3, 1.8786821029406035e-2, 4, (-3.06142182636353e-2), 0e+0)
 + DECODE(__t32, 3, 1.7141080817971326e-2, 4, (-2.8536536618967233e-2), 0e+0)
 + DECODE(__t36, 3, 1.4675990005794597e-2, 4, (-2.5251078084147754e-2), 0e+0)
 + DECODE(__t40, 2, 6.71285952656896e-2, 3, (-1.6247590880913272e-2), 0e+0)
 + DECODE(__t41, 3, 1.3173644358841441e-2, 4, 1.3173644358841441e-2, 5, (-1.9947323821791603e-2), 0e+0)
 + DECODE(__t51, 1, 6.646629348375066e-2, 2, (-1.50125848299635e-2), 0e+0)
 + DECODE(__t70, 3, (-1.2759440377122077e-2), 4, (-1.2759440377122077e-2), 5, 0e+0, 4.699308357916107e-2)
 + DECODE(__t76, 3, (-1.1313308591708478e-2), 4, (-1.1313308591708478e-2), 5, 0e+0, 4.189256988083869e-2)
 + DECODE(__t81, 4, (-9.914074058900726e-3), 5, 0e+0, 3.1981774283329836e-2)
 + DECODE(__t89, 1, 4.394586542346915e-2, 2, (-8.054273006475314e-3), 0e+0)
 + DECODE(__t92, 3, 4.6620065969267134e-2, 4, 4.6620065969267134e-2, 5, (-2.810039383115643e-2), 0e+0)
 + DECODE(__t94, 4, 5.165310513357942e-2, 5, (-3.740819021478769e-2), 0e+0)
 + DECODE(__t100, 1, 1.5796198631456107e-2, 2, (-1.215456625190504e-2), 0e+0)
 + DECODE(__t103, 3, 4.2390378520919106e-2, 4, 4.2390378520919106e-2, 5, (-2.5567218818124612e-2), 0e+0)
 + DECODE(__t106, 1, 0e+0, 2, 4.9060866328585584e-2, (-1.4380447461351574e-2))
 + DECODE(__t107, 4, 4.8414435139548184e-2, 5, (-2.7918475163177553e-2), 0e+0)
 + DECODE(__t110, 3, (-7.548851746233171e-3), 4, (-7.548851746233171e-3), 5, 0e+0, 3.609583284163225e-2)
 + DECODE(__t115, 3, (-6.835191713305924e-3), 4, 0e+0, 5, 0e+0, 3.247200544271398e-2)
 + DECODE(__t117, 4, 4.228619978904266e-2, 5, (-2.306712948443672e-2), 0e+0)
 + DECODE(__t120, 4, (-6.798854986459175e-3), 5, 0e+0, 3.755277837917421e-2)
 + DECODE(__t125, 4, (-6.249438259611166e-3), 5, 0e+0, 3.5181718394503604e-2)
 + DECODE(__t130, 3, (-6.912200987586414e-3), 4, (-6.912200987586414e-3), 5, 0e+0, 2.674066571225104e-2)
 + DECODE(__t131, 1, 0e+0, 2, 4.784815800825806e-2, (-1.213935807128628e-2))
 + DECODE(__t138, 1, 2.997472925917129e-2, 2, (-5.214558331737295e-3), 0e+0)
 + DECODE(__t141, 5, (-1.4085385228660935e-3), 1.0779181472621866e-2)
 + DECODE(__t143, 4, 4.3422591131256315e-2, 5, (-2.6502438298377607e-2), 0e+0)) AS __c23,
  0e0 AS __c24,
  1.012505350765563e+0 * (DECODE(__t120, 1, 2.1361375657664654e-2, 2, (-7.41440471631577e-2), 0e+0)
 + DECODE(__t125, 1, 2.0258791815888168e-2, 2, (-6.902221956176893e-2), 0e+0)) AS __c25,
  1.012505350765563e+0 * (DECODE(__t5, 3, 3.63563967538555e-2, 4, 3.63563967538555e-2, 5, 0e+0, (-6.932325483122298e-2))
 + DECODE(__t6, 2, (-5.941394489268825e-2), 3, 3.370246821516691e-2, 4, 3.370246821516691e-2, 0e+0)
 + DECODE(__t8, 2, (-6.0765554123655655e-2), 3, 2.852256340568316e-2, 0e+0)
 + DECODE(__t10, 3, 2.965677259154684e-2, 4, 2.965677259154684e-2, 5, 0e+0, (-5.526561173317515e-2))
 + DECODE(__t12, 1, (-4.999574113645537e-2), 5, 0e+0, 2.3831854162151653e-2)
 + DECODE(__t16, 2, (-3.586013354241538e-2), 3, (-3.586013354241538e-2), 4, 2.0301793501062405e-2, 0e+0)
 + DECODE(__t29, 1, 1.0287454150750237e-2, 2, (-5.233468087113443e-2), 0e+0)
 + DECODE(__t37, 4, 1.087057004733015e-2, 5, (-4.0601465508561106e-2), 0e+0)
 + DECODE(__t45, 1, 5.529663933506235e-3, 2, (-6.1345019432273315e-2), 0e+0)
 + DECODE(__t55, 2, (-3.799758796618195e-2), 3, 0e+0, 4, 2.2262749036768933e-2, 5, (-1.0333256207128678e-2), 6.664196237574834e-3)
 + DECODE(__t59, 4, (-5.057781148920727e-2), 5, 1.2749561522564828e-2, 0e+0)
 + DECODE(__t65, 1, (-1.656844123493926e-2), 2, 5.475234258414635e-3, 0e+0)
 + DECODE(__t67, 3, 6.176521018805706e-3, 4, 6.176521018805706e-3, 5, (-2.8850722934688107e-2), 0e+0)
 + DECODE(__t71, 4, 7.4867529265964985e-3, 5, (-2.6667980171961543e-2), 0e+0)
 + DECODE(__t87, 1, 3.988613141885609e-3, 2, (-4.7013028570003355e-2), 0e+0)
 + DECODE(__t91, 1, (-1.712599633120633e-2), 2, 3.0014413251400196e-3, 0e+0)
 + DECODE(__t92, 1, 1.7123328838463971e-3, (-1.6518106226312244e-2))
 + DECODE(__t103, 1, 1.5535480558920177e-3, (-1.4908618679718294e-2))
 + DECODE(__t106, 1, 1.5137133762390235e-3, 2, (-1.4536161362635122e-2), 3, (-4.444047862477254e-2), 2.579267200640465e-2)
 + DECODE(__t118, 1, 1.2442094688338856e-3, 2, (-4.5376783062347555e-2), 9.40472030072697e-3)
 + DECODE(__t123, 2, 3.0974214711547645e-3, 3, (-2.757811563601272e-2), 4, (-2.757811563601272e-2), 0e+0)
 + DECODE(__t126, 1, 0e+0, 5, 2.027319786980194e-3, (-9.445048379584594e-3))
 + DECODE(__t131, 1, 1.161504027026048e-3, 2, (-1.4278876580295969e-2), 3, (-5.0148474419129375e-2), 1.9305302526562054e-2)
 + DECODE(__t141, 3, 2.8379739098195435e-2, 4, (-2.7102073451547186e-2), 0e+0)) AS __c26
FROM (SELECT "prospect_id", __v0, __v1, __v2, __v3, __v4, __v5, __v6, __v7, __v8, __v9, __v10, __v11, __v12, __v13, __v14, __v15, __v16, __v17, __v18, __v19, __v20, __v21, __v22, __v23, __v24, __v25, __v26,
  IFF(__f5 <= 6.55e+2, IFF(__f0 = 2, 1, IFF(__f7 IN (1, 10), 2, 3)), IFF(__f12 = 0, 4, 5)) AS __t0,
  IFF(__f5 <= 6.015e+2, IFF(__f0 = 2, 1, IFF(__f7 IN (1, 10), 2, 3)), IFF(__f7 IN (0, 1, 10, 11, 12), 4, 5)) AS __t1,
  IFF(__f5 <= 6.55e+2, IFF(__f0 = 2, 1, IFF(__f11 IN (1, 4), 2, IFF(__f7 IN (1, 10, 12), 3, 4))), 5) AS __t2,
  IFF(__f5 <= 5.605e+2, IFF(__f0 = 2, 1, IFF(__f7 IN (1, 10), IFF(__f4 <= 5e-1, 2, 3), 4)), 5) AS __t3,
  IFF(__f5 <= 7.465e+2, IFF(__f0 = 2, 1, IFF(__f11 IN (1, 4), 2, IFF(__f7 IN (1, 10, 12), 3, 4))), 5) AS __t4,
  IFF(__f12 = 0, IFF(__f26 <= 1.261875e+2, IFF(__f11 IN (1, 4), 1, 2), IFF(__f7 IN (0, 1, 3, 6, 7, 8, 9, 10, 11, 12), 3, 4)), 5) AS __t5,
  IFF(__f12 = 0, IFF(__f11 IN (1, 4), 1, IFF(__f26 <= 1.261875e+2, 2, IFF(__f7 IN (0, 1, 7, 9, 10, 11, 12), 3, 4))), 5) AS __t6,
  IFF(__f5 <= 5.605e+2, IFF(__f0 = 2, 1, IFF(__f7 IN (1, 8, 10, 12), IFF(__f4 <= 5e-1, 2, 3), 4)), 5) AS __t7,
  IFF(__f12 = 0, IFF(__f11 IN (1, 4), 1, IFF(__f7 IN (0, 1, 6, 7, 10, 11, 12), IFF(__f26 <= 1.097840909090909e+2, 2, 3), 4)), 5) AS __t8,
  IFF(__f5 <= 7.465e+2, IFF(__f0 = 2, 1, IFF(__f7 IN (1, 10), 2, IFF(__f11 IN (0, 1, 4), 3, 4))), 5) AS __t9,
  IFF(__f7 IN (0, 1, 8, 10, 11, 12), IFF(__f26 <= 1.261875e+2, IFF(__f11 IN (1, 2, 4), 1, 2), IFF(__f7 IN (1, 11, 12), 3, 4)), 5) AS __t10,
  IFF(__f12 = 0, IFF(__f11 IN (1, 4), 1, IFF(__f5 <= 7.655e+2, IFF(__f4 <= 5e-1, 2, 3), 4)), 5) AS __t11,
  IFF(__f7 IN (0, 1, 8, 10, 11, 12), IFF(__f26 <= 1.1158333333333334e+2, 1, IFF(__f7 IN (1, 11, 12), 2, IFF(__f11 IN (0, 1, 4), 3, 4))), 5) AS __t12,
  IFF(__f12 = 0, IFF(__f11 IN (1, 4), 1, IFF(__f7 IN (0, 1, 6, 7, 10, 11, 12), IFF(__f1 IN (0, 2, 4, 6, 8, 9), 2, 3), 4)), 5) AS __t13,
  IFF(__f5 <= 5.605e+2, IFF(__f0 = 2, 1, IFF(__f12 IN (0, 2), IFF(__f7 IN (0, 1, 6, 8, 10, 11, 12), 2, 3), 4)), 5) AS __t14,
  IFF(__f5 <= 5.605e+2, IFF(__f0 = 2, 1, IFF(__f7 IN (1, 8, 10), IFF(__f6 <= 1.7650000000000001e+0, 2, 3), 4)), 5) AS __t15,
  IFF(__f11 IN (1, 4), 1, IFF(__f7 IN (0, 1, 7, 8, 10, 11, 12), IFF(__f26 <= 1.261875e+2, IFF(__f4 <= 7.5e+0, 2, 3), 4), 5)) AS __t16,
  IFF(__f12 = 0, IFF(__f11 IN (1, 4), 1, IFF(__f0 = 2, 2, 3)), IFF(__f7 = 1, 4, 5)) AS __t17,
  IFF(__f5 <= 7.465e+2, IFF(__f7 IN (0, 1, 6, 8, 10, 11, 12), IFF(__f6 <= 1.26e+0, IFF(__f9 IN (0, 1, 2, 3, 4, 5, 6, 7, 9, 15), 1, 2), 3), 4), 5) AS __t18,
  IFF(__f7 IN (1, 10, 11, 12), IFF(__f5 <= 4.175e+2, 1, 2), IFF(__f12 IN (0, 2), IFF(__f0 IN (2, 5), 3, 4), 5)) AS __t19,
  IFF(__f11 IN (1, 4), 1, IFF(__f5 <= 7.655e+2, IFF(__f7 IN (0, 1, 6, 8, 10, 11, 12), IFF(__f6 <= 1.26e+0, 2, 3), 4), 5)) AS __t20,
  IFF(__f12 = 0, IFF(__f11 IN (1, 4), 1, IFF(__f1 IN (0, 2, 4, 6, 8, 9), 2, 3)), IFF(__f7 = 1, 4, 5)) AS __t21,
  IFF(__f7 IN (0, 1, 3, 6, 7, 8, 9, 10, 11, 12), IFF(__f11 IN (1, 4), 1, IFF(__f5 <= 5.085e+2, IFF(__f6 <= 1.26e+0, 2, 3), 4)), 5) AS __t22,
  IFF(__f7 IN (1, 10, 11, 12), IFF(__f2 <= 5e-1, 1, 2), IFF(__f12 IN (0, 2), IFF(__f0 IN (2, 5), 3, 4), 5)) AS __t23,
  IFF(__f5 <= 7.845e+2, IFF(__f12 = 0, IFF(__f1 IN (0, 2, 4, 6, 8, 9), IFF(__f7 IN (0, 1, 3, 6, 8, 11), 1, 2), 3), 4), 5) AS __t24,
  IFF(__f11 = 1, 1, IFF(__f7 IN (0, 1, 6, 7, 8, 9, 10, 11, 12), IFF(__f5 <= 7.845e+2, IFF(__f6 <= 1.26e+0, 2, 3), 4), 5)) AS __t25,
  IFF(__f7 IN (1, 10, 11, 12), IFF(__f0 IN (1, 2), 1, 2), IFF(__f9 IN (0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 13, 14, 15, 16, 17), IFF(__f0 IN (1, 2, 3, 5), 3, 4), 5)) AS __t26,
  IFF(__f11 = 1, 1, IFF(__f2 <= 5e-1, IFF(__f5 <= 4.645e+2, IFF(__f12 IN (0, 2), 2, 3), 4), 5)) AS __t27,
  IFF(__f7 IN (1, 10, 11, 12), 1, IFF(__f12 IN (0, 2), IFF(__f0 IN (2, 5), 2, IFF(__f23 IN (0, 1, 2, 3), 3, 4)), 5)) AS __t28,
  IFF(__f2 <= 5e-1, IFF(__f5 <= 5.085e+2, IFF(__f12 = 0, IFF(__f26 <= 9.825e+1 OR __f26 IS NULL, 1, 2), 3), 4), 5) AS __t29,
  IFF(__f11 = 1, 1, IFF(__f2 <= 5e-1, IFF(__f7 IN (1, 5, 10, 11, 12), 2, IFF(__f23 IN (0, 1, 2, 3, 4), 3, 4)), 5)) AS __t30,
  IFF(__f1 IN (4, 6, 8, 9), 1, IFF(__f5 <= 4.245e+2, IFF(__f7 IN (0, 1, 8, 10, 11, 12), IFF(__f6 <= 1.26e+0, 2, 3), 4), 5)) AS __t31,
  IFF(__f11 = 1, 1, IFF(__f2 <= 5e-1, IFF(__f7 IN (1, 5, 10, 11, 12), 2, IFF(__f23 IN (0, 1, 2, 3, 4), 3, 4)), 5)) AS __t32,
  IFF(__f1 IN (4, 6, 8, 9), 1, IFF(__f2 <= 5e-1, IFF(__f5 <= 5.085e+2, IFF(__f9 IN (3, 7, 9, 13, 15), 2, 3), 4), 5)) AS __t33,
  IFF(__f11 = 1, 1, IFF(__f0 IN (2, 5), 2, IFF(__f7 IN (0, 1, 7, 9, 10, 12), IFF(__f4 <= 7.5e+0 OR __f4 IS NULL, 3, 4), 5))) AS __t34,
  IFF(__f12 = 0, IFF(__f1 IN (0, 2, 3, 4, 5, 6, 8, 9), IFF(__f9 IN (0, 1, 2, 3, 5, 6, 7, 9, 11, 12, 13, 14, 15, 16), 1, 2), IFF(__f4 <= 2.5e+0 OR __f4 IS NULL, 3, 4)), 5) AS __t35,
  IFF(__f11 = 1, 1, IFF(__f2 <= 5e-1, IFF(__f7 IN (1, 5, 10, 11, 12), 2, IFF(__f23 IN (0, 1, 2, 3, 4), 3, 4)), 5)) AS __t36,
  IFF(__f5 <= 7.845e+2, IFF(__f4 <= 5e-1, IFF(__f9 IN (0, 2, 3, 4, 5, 6, 7, 9, 15), 1, 2), 3), IFF(__f26 <= 5.579166666666667e+2 OR __f26 IS NULL, 4, 5)) AS __t37,
  IFF(__f12 = 0, IFF(__f1 IN (0, 2, 3, 4, 5, 6, 8, 9), 1, IFF(__f4 <= 2.5e+0 OR __f4 IS NULL, 2, 3)), IFF(__f5 <= 4.245e+2, 4, 5)) AS __t38,
  IFF(__f7 IN (0, 1, 3, 6, 8, 9, 10, 11, 12), IFF(__f6 <= 1.26e+0, 1, IFF(__f5 <= 4.175e+2, IFF(__f9 IN (0, 1, 3, 7, 9, 10, 11, 13, 15, 16, 17), 2, 3), 4)), 5) AS __t39,
  IFF(__f11 = 1, 1, IFF(__f4 <= 6.5e+0, IFF(__f8 IN (2, 7), IFF(__f23 IN (0, 1, 2, 4), 2, 3), 4), 5)) AS __t40,
  IFF(__f7 IN (1, 9, 10, 11, 12), 1, IFF(__f0 IN (2, 5), 2, IFF(__f23 IN (0, 1, 2, 3), IFF(__f0 = 1, 3, 4), 5))) AS __t41,
  IFF(__f2 <= 5e-1, IFF(__f7 IN (1, 5, 10, 11), 1, IFF(__f9 IN (0, 1, 2, 3, 4, 5, 6, 7, 9, 11, 13, 14, 15, 16, 17), 2, IFF(__f6 <= 1.8450000000000002e+0 OR __f6 IS NULL, 3, 4))), 5) AS __t42,
  IFF(__f11 = 1, 1, IFF(__f1 IN (0, 2, 3, 4, 5, 6, 8, 9), IFF(__f12 = 0, 2, 3), IFF(__f4 <= 2.5e+0 OR __f4 IS NULL, 4, 5))) AS __t43,
  IFF(__f5 <= 7.845e+2, IFF(__f4 <= 5e-1, IFF(__f9 IN (0, 2, 3, 4, 5, 6, 7, 9, 12, 14, 15, 17), 1, 2), IFF(__f4 <= 7.5e+0 OR __f4 IS NULL, 3, 4)), 5) AS __t44,
  IFF(__f2 <= 5e-1, IFF(__f5 <= 4.245e+2, IFF(__f12 = 0, IFF(__f26 <= 1.3358333333333331e+2 OR __f26 IS NULL, 1, 2), 3), 4), 5) AS __t45,
  IFF(__f11 = 1, IFF(__f9 IN (0, 1, 3, 4, 5, 6, 7, 8, 11, 12, 13, 15), 1, 2), IFF(__f1 = 6, 3, IFF(__f4 <= 6.5e+0, 4, 5))) AS __t46,
  IFF(__f7 IN (0, 1, 3, 6, 8, 9, 10, 11, 12), IFF(__f6 <= 1.26e+0, 1, IFF(__f9 IN (0, 1, 2, 3, 6, 7, 8, 10, 13, 15, 16), IFF(__f11 IN (1, 2, 4), 2, 3), 4)), 5) AS __t47,
  IFF(__f5 <= 4.245e+2, IFF(__f5 <= 1.75e+1, IFF(__f9 IN (0, 2, 3, 4, 5, 6, 7, 9, 13, 14, 15, 17), 1, 2), IFF(__f9 IN (0, 1, 3, 7, 9, 10, 11, 13, 15, 16, 17), 3, 4)), 5) AS __t48,
  IFF(__f7 IN (1, 9, 10, 11, 12), IFF(__f0 IN (1, 2), 1, IFF(__f11 IN (1, 2), 2, 3)), IFF(__f0 IN (2, 5), 4, 5)) AS __t49,
  IFF(__f2 <= 5e-1, IFF(__f4 <= 4.5e+0 OR __f4 IS NULL, 1, IFF(__f6 <= 4.875e+0, IFF(__f9 IN (1, 2, 3, 4, 5, 9, 10, 13, 14), 2, 3), 4)), 5) AS __t50,
  IFF(__f5 <= 4.245e+2, IFF(__f7 IN (0, 1, 6, 8, 10), IFF(__f1 IN (2, 5, 6, 8, 9), IFF(__f23 IN (0, 1, 2, 3, 4), 1, 2), 3), 4), 5) AS __t51,
  IFF(__f7 IN (1, 9, 10, 11, 12), IFF(__f0 IN (1, 2), 1, 2), IFF(__f11 IN (0, 1, 4), 3, IFF(__f9 IN (0, 1, 4, 8, 11, 13, 14, 15), 4, 5))) AS __t52,
  IFF(__f4 <= 7.5e+0 OR __f4 IS NULL, 1, IFF(__f6 <= 4.875e+0, IFF(__f9 IN (0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 13, 18), IFF(__f11 IN (0, 1, 2), 2, 3), 4), 5)) AS __t53,
  IFF(__f2 <= 5e-1, IFF(__f9 IN (1, 2, 3, 6, 7, 9, 13, 15, 17), 1, IFF(__f6 <= 1.9649999999999999e+0 OR __f6 IS NULL, 2, 3)), IFF(__f0 IN (1, 2, 5), 4, 5)) AS __t54,
  IFF(__f5 <= 4.245e+2, IFF(__f6 <= 4.625e+0, IFF(__f26 <= 9.825e+1 OR __f26 IS NULL, 1, 2), 3), IFF(__f26 <= 1.9708333333333331e+2 OR __f26 IS NULL, 4, 5)) AS __t55,
  IFF(__f11 = 1, IFF(__f9 IN (0, 1, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 15, 17), 1, 2), IFF(__f1 IN (6, 8), 3, IFF(__f2 <= 5e-1, 4, 5))) AS __t56,
  IFF(__f7 IN (1, 9, 10, 12), IFF(__f11 IN (1, 2), 1, IFF(__f0 = 1, 2, 3)), IFF(__f1 IN (4, 6), 4, 5)) AS __t57,
  IFF(__f5 <= 7.845e+2, IFF(__f9 IN (3, 7, 10, 13, 15), 1, IFF(__f1 IN (0, 2, 5, 6, 8, 9), IFF(__f7 IN (0, 1, 3, 5, 8, 10), 2, 3), 4)), 5) AS __t58,
  IFF(__f12 = 0, IFF(__f4 <= 3.5e+0, 1, IFF(__f6 <= 2.21e+0, 2, 3)), IFF(__f26 <= 6.155e+1, 4, 5)) AS __t59,
  IFF(__f1 = 6, 1, IFF(__f9 IN (0, 1, 2, 3, 6, 7, 8, 10, 13, 15), IFF(__f7 IN (0, 1, 2, 3, 6, 8, 9, 10), 2, 3), IFF(__f1 IN (0, 2, 3, 4, 8, 9), 4, 5))) AS __t60,
  IFF(__f7 IN (1, 6, 9, 10, 12), IFF(__f11 IN (1, 2), 1, 2), IFF(__f12 = 0, 3, IFF(__f9 IN (1, 4, 13, 14), 4, 5))) AS __t61,
  IFF(__f4 <= 7.5e+0 OR __f4 IS NULL, 1, IFF(__f6 <= 4.875e+0, IFF(__f9 IN (0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 13, 18), IFF(__f7 IN (0, 1, 2, 5, 6, 7, 9, 10), 2, 3), 4), 5)) AS __t62,
  IFF(__f1 = 6, 1, IFF(__f4 <= 4.5e+0 OR __f4 IS NULL, 2, IFF(__f6 <= 4.875e+0, 3, IFF(__f9 IN (0, 1, 2, 7, 8, 9, 11, 12, 13, 15, 17, 18), 4, 5)))) AS __t63,
  IFF(__f2 <= 5e-1, IFF(__f9 IN (1, 2, 3, 5, 6, 7, 9, 11, 13, 15, 16, 17), IFF(__f12 = 0, 1, 2), 3), IFF(__f0 IN (1, 2, 5), 4, 5)) AS __t64,
  IFF(__f1 IN (0, 2, 3, 4, 6, 8, 9), IFF(__f26 <= 8.829166666666666e+1, 1, 2), IFF(__f9 IN (0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 13, 15, 16, 17), IFF(__f11 IN (1, 2), 3, 4), 5)) AS __t65,
  IFF(__f7 IN (1, 6, 9, 10, 12), IFF(__f11 IN (1, 2), 1, IFF(__f0 = 1, 2, IFF(__f9 IN (1, 2, 3, 6, 7, 8, 10, 13, 15, 16), 3, 4))), 5) AS __t66,
  IFF(__f1 = 6, 1, IFF(__f5 <= 4.175e+2, 2, IFF(__f26 <= 5.579166666666667e+2 OR __f26 IS NULL, IFF(__f7 IN (1, 2, 5, 6, 9, 11, 12), 3, 4), 5))) AS __t67,
  IFF(__f1 = 6, 1, IFF(__f4 <= 4.5e+0 OR __f4 IS NULL, 2, IFF(__f6 <= 4.875e+0, 3, IFF(__f9 IN (0, 1, 2, 7, 8, 9, 11, 12, 13, 15, 17, 18), 4, 5)))) AS __t68,
  IFF(__f2 <= 5e-1, IFF(__f9 IN (0, 1, 2, 3, 5, 6, 7, 9, 11, 13, 14, 15, 16, 17), 1, 2), IFF(__f0 IN (1, 2, 5), 3, IFF(__f9 IN (2, 4, 7, 10, 14, 15), 4, 5))) AS __t69,
  IFF(__f0 IN (1, 2, 5), IFF(__f23 IN (0, 1, 2, 3, 4, 5), IFF(__f10 IN (2, 6, 9), 1, 2), IFF(__f7 IN (1, 5, 12), 3, 4)), 5) AS __t70,
  IFF(__f1 IN (6, 8), 1, IFF(__f5 <= 7.845e+2, IFF(__f9 IN (3, 7, 10, 13, 15), 2, 3), IFF(__f26 <= 5.579166666666667e+2 OR __f26 IS NULL, 4, 5))) AS __t71,
  IFF(__f6 <= 1.9649999999999999e+0, IFF(__f7 IN (0, 1, 3, 4, 6, 7, 8), 1, 2), IFF(__f4 <= 2.5e+0, 3, IFF(__f11 IN (1, 2, 4), 4, 5))) AS __t72,
  IFF(__f1 IN (6, 8), 1, IFF(__f2 <= 5e-1, IFF(__f4 <= 4.5e+0 OR __f4 IS NULL, 2, 3), IFF(__f9 IN (0, 2, 4, 7, 8, 10, 12, 14, 15, 18), 4, 5))) AS __t73,
  IFF(__f6 <= 1.26e+0, IFF(__f9 IN (0, 2, 3, 4, 5, 6, 7, 12, 15), 1, IFF(__f7 IN (0, 1, 3, 8, 12), 2, 3)), IFF(__f4 <= 2.5e+0, 4, 5)) AS __t74,
  IFF(__f1 IN (6, 8, 9), 1, IFF(__f5 <= 4.175e+2, IFF(__f9 IN (3, 7, 9, 10, 13, 15, 16), 2, IFF(__f5 <= 3.385e+2, 3, 4)), 5)) AS __t75,
  IFF(__f0 IN (1, 2, 5), IFF(__f23 IN (0, 1, 2, 3, 4, 5), IFF(__f10 IN (2, 6, 9), 1, 2), IFF(__f7 IN (1, 5, 12), 3, 4)), 5) AS __t76,
  IFF(__f2 <= 5e-1, IFF(__f6 <= 1.26e+0, IFF(__f9 IN (0, 2, 3, 4, 5, 6, 7, 9, 10, 12, 15), 1, 2), 3), IFF(__f9 IN (0, 2, 4, 7, 8, 10, 12, 14, 15, 18), 4, 5)) AS __t77,
  IFF(__f5 <= 7.845e+2, IFF(__f9 IN (3, 4, 7, 10, 13, 15, 16), 1, 2), IFF(__f11 IN (1, 2), 3, IFF(__f9 IN (0, 1, 2, 5, 6, 8, 10, 13, 14, 15, 18), 4, 5))) AS __t78,
  IFF(__f1 IN (6, 8, 9), 1, IFF(__f4 <= 7.5e+0 OR __f4 IS NULL, 2, IFF(__f9 IN (0, 1, 2, 3, 4, 5, 8, 9, 10, 13, 18), IFF(__f7 IN (0, 1, 2, 5, 7, 9, 10, 12), 3, 4), 5))) AS __t79,
  IFF(__f6 <= 5.585e+0, IFF(__f4 <= 4.5e+0, 1, 2), IFF(__f9 IN (0, 1, 5, 8, 9, 12, 13, 14, 15, 16, 17, 18), IFF(__f5 <= 3.655e+2, 3, 4), 5)) AS __t80,
  IFF(__f8 IN (1, 2, 4, 5, 7), IFF(__f23 IN (0, 1, 2, 4, 5), IFF(__f0 = 1, 1, IFF(__f9 IN (0, 1, 2, 3, 9, 10, 11, 12, 13, 16, 17), 2, 3)), 4), 5) AS __t81,
  IFF(__f7 IN (1, 6, 8, 9, 10, 12), IFF(__f11 IN (1, 2), 1, IFF(__f0 = 1, 2, IFF(__f9 IN (0, 1, 2, 3, 6, 7, 8, 10, 11, 13, 14, 15, 16), 3, 4))), 5) AS __t82,
  IFF(__f1 IN (6, 9), 1, IFF(__f5 <= 4.175e+2, IFF(__f6 <= 4.625e+0, IFF(__f9 IN (0, 3, 4, 5, 7, 9, 10, 13, 15, 16, 17), 2, 3), 4), 5)) AS __t83,
  IFF(__f8 IN (1, 2, 4, 5, 7), IFF(__f7 IN (0, 1, 3, 4, 5, 6, 7, 8, 12), 1, 2), IFF(__f7 IN (1, 2, 9, 10, 12), 3, IFF(__f9 IN (0, 1, 2, 4, 5, 6, 7, 8, 9, 11, 13, 14, 15, 16, 17), 4, 5))) AS __t84,
  IFF(__f2 <= 5e-1, IFF(__f6 <= 1.26e+0, IFF(__f9 IN (0, 2, 3, 4, 5, 6, 7, 9, 10, 12, 15), 1, 2), 3), IFF(__f9 IN (0, 2, 4, 7, 8, 10, 12, 14, 15, 18), 4, 5)) AS __t85,
  IFF(__f10 IN (6, 8), 1, IFF(__f2 <= 5e-1, 2, IFF(__f1 IN (0, 2, 3, 4, 6, 7, 8), 3, IFF(__f9 IN (2, 4, 7, 10, 14, 15), 4, 5)))) AS __t86,
  IFF(__f5 <= 4.175e+2, IFF(__f12 = 0, IFF(__f26 <= 1.3358333333333331e+2 OR __f26 IS NULL, 1, 2), IFF(__f5 <= 1.75e+1, 3, 4)), 5) AS __t87,
  IFF(__f1 IN (6, 9), 1, IFF(__f4 <= 3.5e+0 OR __f4 IS NULL, 2, IFF(__f11 IN (1, 2), 3, IFF(__f9 IN (1, 2, 9, 13, 14), 4, 5)))) AS __t88,
  IFF(__f0 IN (1, 2, 5), IFF(__f23 IN (0, 2, 4), 1, 2), IFF(__f9 IN (0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 13, 14, 15, 16), IFF(__f11 IN (1, 2, 4), 3, 4), 5)) AS __t89,
  IFF(__f10 IN (6, 8), 1, IFF(__f6 <= 5.585e+0, 2, IFF(__f9 IN (0, 1, 5, 8, 9, 12, 13, 15, 16, 18), IFF(__f5 <= 3.655e+2, 3, 4), 5))) AS __t90,
  IFF(__f4 <= 7.5e+0 OR __f4 IS NULL, IFF(__f26 <= 4.863333333333333e+1, 1, 2), IFF(__f9 IN (0, 1, 3, 4, 5, 8, 9, 10, 13, 18), IFF(__f7 IN (0, 1, 2, 5, 7, 9), 3, 4), 5)) AS __t91,
  IFF(__f26 <= 5.579166666666667e+2 OR __f26 IS NULL, 1, IFF(__f1 IN (0, 4, 6, 9), 2, IFF(__f23 IN (1, 2, 3, 4), IFF(__f9 IN (0, 1, 5, 6, 8, 12, 15, 16), 3, 4), 5))) AS __t92,
  IFF(__f7 IN (1, 6, 8, 9, 10, 12), IFF(__f11 IN (1, 2), IFF(__f9 IN (0, 1, 2, 3, 4, 5, 6, 7, 9, 10), 1, 2), 3), IFF(__f10 IN (0, 1, 2, 3, 5, 6, 8, 9), 4, 5)) AS __t93,
  IFF(__f4 <= 1.05e+1 OR __f4 IS NULL, IFF(__f6 <= 5.125e+0 OR __f6 IS NULL, 1, 2), IFF(__f9 IN (0, 2, 3, 4, 6, 7, 8, 11, 13, 14, 15), 3, IFF(__f23 IN (3, 4, 5, 6), 4, 5))) AS __t94,
  IFF(__f1 IN (6, 8, 9), 1, IFF(__f4 <= 4.5e+0 OR __f4 IS NULL, 2, IFF(__f6 <= 2.21e+0, 3, IFF(__f9 IN (0, 1, 2, 3, 5, 7, 9, 13, 14, 15), 4, 5)))) AS __t95,
  IFF(__f2 <= 5e-1, IFF(__f5 <= 1.5765e+3, 1, IFF(__f9 IN (4, 5, 8, 11, 14, 15), 2, 3)), IFF(__f9 IN (0, 2, 4, 6, 7, 8, 10, 12, 14, 15, 18), 4, 5)) AS __t96,
  IFF(__f5 <= 7.845e+2, IFF(__f8 IN (1, 2, 4, 5), 1, IFF(__f1 IN (0, 2, 5, 6, 8), 2, IFF(__f9 IN (2, 7, 10, 11, 13, 15, 17), 3, 4))), 5) AS __t97,
  IFF(__f10 IN (6, 8), 1, IFF(__f7 IN (1, 8, 9, 10, 12), IFF(__f11 IN (1, 2), 2, IFF(__f0 = 1, 3, 4)), 5)) AS __t98,
  IFF(__f1 IN (6, 9), 1, IFF(__f9 IN (1, 3, 6, 7, 10, 13, 15), IFF(__f6 <= 3.355e+0 OR __f6 IS NULL, IFF(__f4 <= 2.5e+0 OR __f4 IS NULL, 2, 3), 4), 5)) AS __t99,
  IFF(__f8 IN (0, 1, 2, 4, 5, 7), IFF(__f9 IN (1, 3, 6, 7, 13, 15), IFF(__f23 IN (1, 2, 4, 5, 6), 1, 2), 3), IFF(__f9 IN (0, 5, 6, 7, 8, 9, 10, 11, 12, 13, 18), 4, 5)) AS __t100,
  IFF(__f10 IN (0, 1, 2, 5, 6, 8, 9), IFF(__f1 IN (0, 2, 3, 4, 6, 8, 9), 1, 2), IFF(__f9 IN (0, 1, 6, 8, 9, 13, 14), IFF(__f7 IN (1, 3, 6, 7), 3, 4), 5)) AS __t101,
  IFF(__f5 <= 4.175e+2, IFF(__f11 IN (0, 4), IFF(__f1 IN (0, 1, 2, 5, 6, 8), 1, 2), IFF(__f7 IN (1, 3, 8), 3, 4)), 5) AS __t102,
  IFF(__f26 <= 5.579166666666667e+2 OR __f26 IS NULL, 1, IFF(__f1 IN (0, 4, 6, 9), 2, IFF(__f23 IN (1, 2, 3, 4), IFF(__f9 IN (0, 1, 5, 6, 8, 12, 15, 16), 3, 4), 5))) AS __t103,
  IFF(__f2 <= 5e-1, IFF(__f6 <= 1.26e+0, IFF(__f9 IN (0, 2, 3, 4, 5, 6, 7, 9, 10, 12, 15), 1, 2), 3), IFF(__f9 IN (0, 2, 4, 6, 7, 8, 10, 12, 14, 15, 18), 4, 5)) AS __t104,
  IFF(__f5 <= 4.175e+2, 1, IFF(__f7 IN (1, 2, 7, 9, 10, 11, 12), IFF(__f9 IN (2, 3, 6, 7, 8, 10, 11, 12, 15, 18), 2, 3), IFF(__f9 IN (0, 1, 2, 4, 5, 8, 13, 14), 4, 5))) AS __t105,
  IFF(__f26 <= 5.579166666666667e+2 OR __f26 IS NULL, 1, IFF(__f23 IN (1, 3, 4), 2, IFF(__f26 <= 7.2975e+2, 3, IFF(__f7 IN (0, 1, 3, 7, 8, 10), 4, 5)))) AS __t106,
  IFF(__f8 IN (0, 1, 2, 4, 5, 7), IFF(__f6 <= 5.585e+0, 1, IFF(__f9 IN (0, 1, 5, 8, 9, 12, 13, 14, 15, 16, 17, 18), 2, 3)), IFF(__f23 IN (1, 3, 4, 6), 4, 5)) AS __t107,
  IFF(__f4 <= 4.5e+0 OR __f4 IS NULL, 1, IFF(__f11 IN (1, 2), 2, IFF(__f9 IN (0, 1, 2, 3, 4, 5, 7, 9, 10, 13, 14, 15, 18), IFF(__f6 <= 4.625e+0, 3, 4), 5))) AS __t108,
  IFF(__f10 IN (6, 8), 1, IFF(__f5 <= 1.5765e+3, IFF(__f5 <= 1.4555e+3, 2, 3), IFF(__f9 IN (4, 5, 8, 11, 15), 4, 5))) AS __t109,
  IFF(__f8 IN (1, 2, 4, 5, 7), IFF(__f23 IN (0, 2, 5), IFF(__f9 IN (0, 1, 2, 3, 6, 7, 9, 10, 11, 12, 16, 17, 18), 1, 2), IFF(__f7 IN (0, 1, 3, 4, 5, 6, 7, 12), 3, 4)), 5) AS __t110,
  IFF(__f5 <= 7.845e+2, IFF(__f9 IN (3, 4, 7, 10, 13, 15, 16), 1, IFF(__f7 IN (0, 1, 5, 7, 8), IFF(__f1 IN (0, 2, 3, 5, 6, 8, 9), 2, 3), 4)), 5) AS __t111,
  IFF(__f10 IN (0, 1, 2, 5, 6, 8, 9), IFF(__f9 IN (1, 2, 5, 6, 7, 10, 11, 13, 15, 16, 17), 1, 2), IFF(__f9 IN (0, 1, 6, 8, 9, 13, 14), IFF(__f7 IN (1, 3, 6, 7), 3, 4), 5)) AS __t112,
  IFF(__f1 = 6, 1, IFF(__f4 <= 3.5e+0 OR __f4 IS NULL, IFF(__f9 IN (3, 5, 6, 7, 10, 15, 16, 17), 2, 3), IFF(__f11 IN (1, 2), 4, 5))) AS __t113,
  IFF(__f6 <= 1.26e+0, IFF(__f9 IN (0, 3, 4, 5, 6, 12, 15), 1, IFF(__f7 IN (0, 1, 3, 8, 12), IFF(__f1 IN (0, 1, 3, 5, 6), 2, 3), 4)), 5) AS __t114,
  IFF(__f8 IN (1, 2, 4, 5, 7), IFF(__f23 IN (0, 2, 5), IFF(__f9 IN (0, 1, 2, 3, 6, 7, 9, 10, 11, 12, 16, 17, 18), 1, 2), 3), IFF(__f7 IN (1, 2, 8, 9, 10, 12), 4, 5)) AS __t115,
  IFF(__f8 IN (0, 1, 2, 4, 5, 7), IFF(__f2 <= 5e-1, 1, IFF(__f0 IN (1, 2, 5), 2, 3)), IFF(__f9 IN (0, 5, 6, 7, 8, 9, 10, 11, 12, 13, 18), 4, 5)) AS __t116,
  IFF(__f4 <= 1.05e+1 OR __f4 IS NULL, IFF(__f6 <= 5.125e+0, 1, 2), IFF(__f9 IN (2, 3, 4, 6, 7, 8, 11, 13, 14), 3, IFF(__f23 IN (3, 4, 5, 6), 4, 5))) AS __t117,
  IFF(__f26 <= 6.1475e+2 OR __f26 IS NULL, 1, IFF(__f26 <= 7.2975e+2, 2, IFF(__f9 IN (0, 1, 2, 4, 5, 6, 8, 11, 13, 16), 3, IFF(__f7 IN (1, 3, 6, 8), 4, 5)))) AS __t118,
  IFF(__f5 <= 4.175e+2, IFF(__f5 <= 3.325e+2, IFF(__f9 IN (0, 3, 4, 5, 7, 11, 13, 15, 16, 17), 1, 2), IFF(__f9 IN (1, 6, 8, 9, 10, 13, 15), 3, 4)), 5) AS __t119,
  IFF(__f0 IN (1, 2, 5), IFF(__f23 IN (0, 2, 4), IFF(__f10 IN (2, 6, 9), IFF(__f25 <= 5e-1, 1, 2), 3), 4), 5) AS __t120,
  IFF(__f4 <= 4.5e+0 OR __f4 IS NULL, 1, IFF(__f9 IN (0, 1, 2, 5, 7, 9, 13, 14), 2, IFF(__f6 <= 2.29e+0, 3, IFF(__f1 IN (0, 2, 3, 4, 6, 7), 4, 5)))) AS __t121,
  IFF(__f8 IN (1, 2, 4, 5, 7), IFF(__f7 IN (0, 3, 4, 5, 6, 7, 8, 12), 1, 2), IFF(__f1 IN (0, 1, 3, 4, 5, 6, 7, 8, 9), IFF(__f7 IN (1, 2, 9, 10, 12), 3, 4), 5)) AS __t122,
  IFF(__f5 <= 7.845e+2, IFF(__f8 IN (1, 2, 4, 5), 1, IFF(__f26 <= 1.8383333333333331e+2 OR __f26 IS NULL, 2, IFF(__f9 IN (5, 10, 13, 14, 16), 3, 4))), 5) AS __t123,
  IFF(__f5 <= 1.5765e+3, IFF(__f5 <= 1.4555e+3, 1, IFF(__f9 IN (0, 1, 2, 4, 6, 7, 8, 12, 14, 16, 17), 2, 3)), IFF(__f9 IN (4, 5, 8, 10, 11, 14, 15), 4, 5)) AS __t124,
  IFF(__f0 IN (1, 2, 5), IFF(__f23 IN (0, 2, 4), IFF(__f10 IN (2, 6, 9), IFF(__f25 <= 5e-1, 1, 2), 3), 4), 5) AS __t125,
  IFF(__f10 IN (6, 8), 1, IFF(__f26 <= 4.863333333333333e+1, IFF(__f9 IN (2, 4, 7, 9, 11, 13, 17), IFF(__f11 IN (0, 1, 2, 4), 2, 3), 4), 5)) AS __t126,
  IFF(__f8 IN (0, 1, 2, 4, 5, 7), IFF(__f6 <= 5.585e+0, 1, IFF(__f9 IN (0, 1, 5, 8, 9, 12, 13, 14, 15, 16, 17, 18), 2, 3)), IFF(__f9 IN (0, 5, 6, 7, 8, 9, 10, 11, 12, 13, 18), 4, 5)) AS __t127,
  IFF(__f4 <= 7.5e+0 OR __f4 IS NULL, 1, IFF(__f9 IN (0, 1, 3, 4, 5, 8, 9, 10, 13, 18), IFF(__f7 IN (0, 1, 2, 5, 7, 9, 12), 2, 3), IFF(__f4 <= 1.05e+1, 4, 5))) AS __t128,
  IFF(__f1 IN (6, 9), 1, IFF(__f4 <= 3.5e+0 OR __f4 IS NULL, IFF(__f9 IN (3, 5, 6, 7, 10, 15, 16, 17), 2, 3), IFF(__f11 IN (1, 2), 4, 5))) AS __t129,
  IFF(__f0 IN (1, 2, 5), IFF(__f23 IN (0, 1, 2, 3, 4, 5), IFF(__f10 IN (2, 6, 9), 1, 2), IFF(__f9 IN (3, 5, 7, 9, 11, 12, 14, 15), 3, 4)), 5) AS __t130,
  IFF(__f26 <= 6.1475e+2 OR __f26 IS NULL, 1, IFF(__f23 IN (1, 3), 2, IFF(__f26 <= 7.2975e+2, 3, IFF(__f7 IN (0, 1, 3, 7, 8, 10), 4, 5)))) AS __t131,
  IFF(__f5 <= 1.5765e+3, 1, IFF(__f9 IN (4, 5, 8, 11, 15), 2, IFF(__f11 IN (1, 3, 4), 3, IFF(__f5 <= 1.7575e+3, 4, 5)))) AS __t132,
  IFF(__f5 <= 4.175e+2, IFF(__f6 <= 7.25e+0, IFF(__f11 IN (0, 4), 1, IFF(__f7 IN (1, 3, 5, 8), 2, 3)), 4), 5) AS __t133,
  IFF(__f6 <= 1.26e+0, 1, IFF(__f4 <= 2.5e+0 OR __f4 IS NULL, 2, IFF(__f9 IN (1, 2, 6, 7, 8, 9, 10, 11, 13, 14, 15), 3, IFF(__f7 IN (1, 2, 3, 5, 9, 10), 4, 5)))) AS __t134,
  IFF(__f2 <= 5e-1, 1, IFF(__f9 IN (0, 2, 4, 7, 8, 10, 12, 14, 18), IFF(__f6 <= 1.475e+0, 2, IFF(__f5 <= 2.525e+2, 3, 4)), 5)) AS __t135,
  IFF(__f8 IN (0, 1, 2, 4, 5, 7), IFF(__f2 <= 5e-1, 1, IFF(__f9 IN (0, 2, 4, 6, 7, 8, 10, 12, 14, 18), 2, 3)), IFF(__f9 IN (0, 5, 6, 7, 8, 9, 10, 11, 12, 13, 18), 4, 5)) AS __t136,
  IFF(__f1 = 6, 1, IFF(__f5 <= 4.325e+2, IFF(__f6 <= 7.25e+0, IFF(__f9 IN (0, 3, 7, 9, 13, 15, 16, 17), 2, 3), 4), 5)) AS __t137,
  IFF(__f0 IN (1, 2, 5), IFF(__f23 IN (0, 2, 4), 1, 2), IFF(__f9 IN (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14, 15, 16, 17), IFF(__f11 IN (1, 2, 4), 3, 4), 5)) AS __t138,
  IFF(__f6 <= 1.26e+0, IFF(__f9 IN (3, 4, 5, 12, 15), 1, IFF(__f11 IN (0, 3), 2, IFF(__f1 IN (1, 4, 6, 7, 8), 3, 4))), 5) AS __t139,
  IFF(__f10 IN (6, 8), 1, IFF(__f5 <= 1.5765e+3, 2, IFF(__f9 IN (4, 5, 8, 11, 15), 3, IFF(__f11 IN (1, 3, 4), 4, 5)))) AS __t140,
  IFF(__f23 IN (3, 4, 5), IFF(__f9 IN (0, 6, 10, 12, 13, 15), 1, IFF(__f10 IN (0, 1, 2, 7, 8), 2, IFF(__f26 <= 1.629e+2 OR __f26 IS NULL, 3, 4))), 5) AS __t141,
  IFF(__f5 <= 4.175e+2, IFF(__f10 IN (1, 2, 5, 8), IFF(__f9 IN (0, 1, 4, 6, 8, 9, 10, 12, 16), 1, 2), IFF(__f5 <= 4.95e+1, 3, 4)), 5) AS __t142,
  IFF(__f8 IN (0, 1, 2, 4, 5, 7), IFF(__f2 <= 5e-1, 1, IFF(__f1 IN (0, 2, 3, 4, 6, 7, 8), 2, 3)), IFF(__f23 IN (1, 3, 4, 6), 4, 5)) AS __t143,
  IFF(__f10 IN (0, 1, 2, 5, 6, 8, 9), IFF(__f4 <= 3.5e+0 OR __f4 IS NULL, 1, 2), IFF(__f9 IN (0, 1, 3, 6, 8, 9, 11, 13, 14), IFF(__f7 IN (1, 3, 6, 7, 8), 3, 4), 5)) AS __t144
FROM (SELECT "prospect_id", CASE WHEN CAST("lead_origin" AS VARCHAR) IS NULL THEN 4 ELSE CASE LOWER(CAST("lead_origin" AS VARCHAR)) WHEN 'landing page submission' THEN 0 WHEN 'api' THEN 1 WHEN 'lead add form' THEN 2 WHEN 'lead import' THEN 3 WHEN '__missing__' THEN 4 ELSE 5 END END AS __f0,
  CASE WHEN CAST("lead_source" AS VARCHAR) IS NULL THEN 8 ELSE CASE LOWER(CAST("lead_source" AS VARCHAR)) WHEN 'google' THEN 0 WHEN 'direct traffic' THEN 1 WHEN 'olark chat' THEN 2 WHEN 'organic search' THEN 3 WHEN 'reference' THEN 4 WHEN 'referral sites' THEN 5 WHEN 'welingak website' THEN 6 WHEN 'facebook' THEN 7 WHEN '__missing__' THEN 8 ELSE 9 END END AS __f1,
  CASE WHEN "do_not_email" THEN 1e0 WHEN NOT "do_not_email" THEN 0e0 END AS __f2,
  CASE WHEN "do_not_call" THEN 1e0 WHEN NOT "do_not_call" THEN 0e0 END AS __f3,
  CAST("total_visits" AS DOUBLE) AS __f4,
  CAST("total_time_spent_on_website" AS DOUBLE) AS __f5,
  CAST("page_views_per_visit" AS DOUBLE) AS __f6,
  CASE WHEN CAST("last_activity" AS VARCHAR) IS NULL THEN 11 ELSE CASE LOWER(CAST("last_activity" AS VARCHAR)) WHEN 'email opened' THEN 0 WHEN 'sms sent' THEN 1 WHEN 'olark chat conversation' THEN 2 WHEN 'page visited on website' THEN 3 WHEN 'converted to lead' THEN 4 WHEN 'email bounced' THEN 5 WHEN 'email link clicked' THEN 6 WHEN 'form submitted on website' THEN 7 WHEN 'unreachable' THEN 8 WHEN 'unsubscribed' THEN 9 WHEN 'had a phone conversation' THEN 10 WHEN '__missing__' THEN 11 ELSE 12 END END AS __f7,
  CASE WHEN CAST("country" AS VARCHAR) IS NULL THEN 7 ELSE CASE LOWER(CAST("country" AS VARCHAR)) WHEN 'india' THEN 0 WHEN 'united states' THEN 1 WHEN 'united arab emirates' THEN 2 WHEN 'saudi arabia' THEN 3 WHEN 'singapore' THEN 4 WHEN 'united kingdom' THEN 5 WHEN 'australia' THEN 6 WHEN '__missing__' THEN 7 ELSE 8 END END AS __f8,
  CASE WHEN CAST("specialization" AS VARCHAR) IS NULL THEN 18 ELSE CASE LOWER(CAST("specialization" AS VARCHAR)) WHEN 'finance management' THEN 0 WHEN 'marketing management' THEN 1 WHEN 'human resource management' THEN 2 WHEN 'operations management' THEN 3 WHEN 'business administration' THEN 4 WHEN 'it projects management' THEN 5 WHEN 'supply chain management' THEN 6 WHEN 'banking, investment and insurance' THEN 7 WHEN 'media and advertising' THEN 8 WHEN 'travel and tourism' THEN 9 WHEN 'international business' THEN 10 WHEN 'healthcare management' THEN 11 WHEN 'hospitality management' THEN 12 WHEN 'e-commerce' THEN 13 WHEN 'retail management' THEN 14 WHEN 'rural and agribusiness' THEN 15 WHEN 'e-business' THEN 16 WHEN 'services excellence' THEN 17 WHEN '__missing__' THEN 18 ELSE 19 END END AS __f9,
  CASE WHEN CAST("how_did_you_hear_about_x_education" AS VARCHAR) IS NULL THEN 9 ELSE CASE LOWER(CAST("how_did_you_hear_about_x_education" AS VARCHAR)) WHEN 'online search' THEN 0 WHEN 'word of mouth' THEN 1 WHEN 'student of someschool' THEN 2 WHEN 'other' THEN 3 WHEN 'multiple sources' THEN 4 WHEN 'advertisements' THEN 5 WHEN 'social media' THEN 6 WHEN 'sms' THEN 7 WHEN 'email' THEN 8 WHEN '__missing__' THEN 9 ELSE 10 END END AS __f10,
  CASE WHEN CAST("what_is_your_current_occupation" AS VARCHAR) IS NULL THEN 3 ELSE CASE LOWER(CAST("what_is_your_current_occupation" AS VARCHAR)) WHEN 'unemployed' THEN 0 WHEN 'working professional' THEN 1 WHEN 'student' THEN 2 WHEN '__missing__' THEN 3 ELSE 4 END END AS __f11,
  CASE WHEN CAST("what_matters_most_to_you_in_choosing_a_course" AS VARCHAR) IS NULL THEN 1 ELSE CASE LOWER(CAST("what_matters_most_to_you_in_choosing_a_course" AS VARCHAR)) WHEN 'better career prospects' THEN 0 WHEN '__missing__' THEN 1 ELSE 2 END END AS __f12,
  CASE WHEN "search" THEN 1e0 WHEN NOT "search" THEN 0e0 END AS __f13,
  CASE WHEN "magazine" THEN 1e0 WHEN NOT "magazine" THEN 0e0 END AS __f14,
  CASE WHEN "newspaper_article" THEN 1e0 WHEN NOT "newspaper_article" THEN 0e0 END AS __f15,
  CASE WHEN "x_education_forums" THEN 1e0 WHEN NOT "x_education_forums" THEN 0e0 END AS __f16,
  CASE WHEN "newspaper" THEN 1e0 WHEN NOT "newspaper" THEN 0e0 END AS __f17,
  CASE WHEN "digital_advertisement" THEN 1e0 WHEN NOT "digital_advertisement" THEN 0e0 END AS __f18,
  CASE WHEN "through_recommendations" THEN 1e0 WHEN NOT "through_recommendations" THEN 0e0 END AS __f19,
  CASE WHEN "receive_more_updates_about_our_courses" THEN 1e0 WHEN NOT "receive_more_updates_about_our_courses" THEN 0e0 END AS __f20,
  CASE WHEN "update_me_on_supply_chain_content" THEN 1e0 WHEN NOT "update_me_on_supply_chain_content" THEN 0e0 END AS __f21,
  CASE WHEN "get_updates_on_dm_content" THEN 1e0 WHEN NOT "get_updates_on_dm_content" THEN 0e0 END AS __f22,
  CASE WHEN CAST("city" AS VARCHAR) IS NULL THEN 6 ELSE CASE LOWER(CAST("city" AS VARCHAR)) WHEN 'mumbai' THEN 0 WHEN 'thane & outskirts' THEN 1 WHEN 'other cities' THEN 2 WHEN 'other cities of maharashtra' THEN 3 WHEN 'other metro cities' THEN 4 WHEN 'tier ii cities' THEN 5 WHEN '__missing__' THEN 6 ELSE 7 END END AS __f23,
  CASE WHEN "i_agree_to_pay_the_amount_through_cheque" THEN 1e0 WHEN NOT "i_agree_to_pay_the_amount_through_cheque" THEN 0e0 END AS __f24,
  CASE WHEN "a_free_copy_of_mastering_the_interview" THEN 1e0 WHEN NOT "a_free_copy_of_mastering_the_interview" THEN 0e0 END AS __f25,
  (CAST("total_time_spent_on_website" AS DOUBLE) / NULLIF(CAST("total_visits" AS DOUBLE), 0)) AS __f26,
  CASE __f0 WHEN 0 THEN 'Landing Page Submission' WHEN 1 THEN 'API' WHEN 2 THEN 'Lead Add Form' WHEN 3 THEN 'Lead Import' WHEN 4 THEN 'missing' ELSE CAST("lead_origin" AS VARCHAR) END AS __v0,
  CASE __f1 WHEN 0 THEN 'Google' WHEN 1 THEN 'Direct Traffic' WHEN 2 THEN 'Olark Chat' WHEN 3 THEN 'Organic Search' WHEN 4 THEN 'Reference' WHEN 5 THEN 'Referral Sites' WHEN 6 THEN 'Welingak Website' WHEN 7 THEN 'Facebook' WHEN 8 THEN 'missing' ELSE CAST("lead_source" AS VARCHAR) END AS __v1,
  CASE WHEN __f2 = 1 THEN 'Yes' WHEN __f2 = 0 THEN 'No' ELSE 'missing' END AS __v2,
  CASE WHEN __f3 = 1 THEN 'Yes' WHEN __f3 = 0 THEN 'No' ELSE 'missing' END AS __v3,
  CASE WHEN __f4 IS NULL THEN 'missing' WHEN ROUND(__f4, 2) = ROUND(ROUND(__f4, 2)) AND abs(ROUND(__f4, 2)) < 9e18 THEN CAST(CAST(ROUND(__f4, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f4, 2) AS VARCHAR) END AS __v4,
  CASE WHEN __f5 IS NULL THEN 'missing' WHEN ROUND(__f5, 2) = ROUND(ROUND(__f5, 2)) AND abs(ROUND(__f5, 2)) < 9e18 THEN CAST(CAST(ROUND(__f5, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f5, 2) AS VARCHAR) END AS __v5,
  CASE WHEN __f6 IS NULL THEN 'missing' WHEN ROUND(__f6, 2) = ROUND(ROUND(__f6, 2)) AND abs(ROUND(__f6, 2)) < 9e18 THEN CAST(CAST(ROUND(__f6, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f6, 2) AS VARCHAR) END AS __v6,
  CASE __f7 WHEN 0 THEN 'Email Opened' WHEN 1 THEN 'SMS Sent' WHEN 2 THEN 'Olark Chat Conversation' WHEN 3 THEN 'Page Visited on Website' WHEN 4 THEN 'Converted to Lead' WHEN 5 THEN 'Email Bounced' WHEN 6 THEN 'Email Link Clicked' WHEN 7 THEN 'Form Submitted on Website' WHEN 8 THEN 'Unreachable' WHEN 9 THEN 'Unsubscribed' WHEN 10 THEN 'Had a Phone Conversation' WHEN 11 THEN 'missing' ELSE CAST("last_activity" AS VARCHAR) END AS __v7,
  CASE __f8 WHEN 0 THEN 'India' WHEN 1 THEN 'United States' WHEN 2 THEN 'United Arab Emirates' WHEN 3 THEN 'Saudi Arabia' WHEN 4 THEN 'Singapore' WHEN 5 THEN 'United Kingdom' WHEN 6 THEN 'Australia' WHEN 7 THEN 'missing' ELSE CAST("country" AS VARCHAR) END AS __v8,
  CASE __f9 WHEN 0 THEN 'Finance Management' WHEN 1 THEN 'Marketing Management' WHEN 2 THEN 'Human Resource Management' WHEN 3 THEN 'Operations Management' WHEN 4 THEN 'Business Administration' WHEN 5 THEN 'IT Projects Management' WHEN 6 THEN 'Supply Chain Management' WHEN 7 THEN 'Banking, Investment And Insurance' WHEN 8 THEN 'Media and Advertising' WHEN 9 THEN 'Travel and Tourism' WHEN 10 THEN 'International Business' WHEN 11 THEN 'Healthcare Management' WHEN 12 THEN 'Hospitality Management' WHEN 13 THEN 'E-COMMERCE' WHEN 14 THEN 'Retail Management' WHEN 15 THEN 'Rural and Agribusiness' WHEN 16 THEN 'E-Business' WHEN 17 THEN 'Services Excellence' WHEN 18 THEN 'missing' ELSE CAST("specialization" AS VARCHAR) END AS __v9,
  CASE __f10 WHEN 0 THEN 'Online Search' WHEN 1 THEN 'Word Of Mouth' WHEN 2 THEN 'Student of SomeSchool' WHEN 3 THEN 'Other' WHEN 4 THEN 'Multiple Sources' WHEN 5 THEN 'Advertisements' WHEN 6 THEN 'Social Media' WHEN 7 THEN 'SMS' WHEN 8 THEN 'Email' WHEN 9 THEN 'missing' ELSE CAST("how_did_you_hear_about_x_education" AS VARCHAR) END AS __v10,
  CASE __f11 WHEN 0 THEN 'Unemployed' WHEN 1 THEN 'Working Professional' WHEN 2 THEN 'Student' WHEN 3 THEN 'missing' ELSE CAST("what_is_your_current_occupation" AS VARCHAR) END AS __v11,
  CASE __f12 WHEN 0 THEN 'Better Career Prospects' WHEN 1 THEN 'missing' ELSE CAST("what_matters_most_to_you_in_choosing_a_course" AS VARCHAR) END AS __v12,
  CASE WHEN __f13 = 1 THEN 'Yes' WHEN __f13 = 0 THEN 'No' ELSE 'missing' END AS __v13,
  CASE WHEN __f14 = 1 THEN 'Yes' WHEN __f14 = 0 THEN 'No' ELSE 'missing' END AS __v14,
  CASE WHEN __f15 = 1 THEN 'Yes' WHEN __f15 = 0 THEN 'No' ELSE 'missing' END AS __v15,
  CASE WHEN __f16 = 1 THEN 'Yes' WHEN __f16 = 0 THEN 'No' ELSE 'missing' END AS __v16,
  CASE WHEN __f17 = 1 THEN 'Yes' WHEN __f17 = 0 THEN 'No' ELSE 'missing' END AS __v17,
  CASE WHEN __f18 = 1 THEN 'Yes' WHEN __f18 = 0 THEN 'No' ELSE 'missing' END AS __v18,
  CASE WHEN __f19 = 1 THEN 'Yes' WHEN __f19 = 0 THEN 'No' ELSE 'missing' END AS __v19,
  CASE WHEN __f20 = 1 THEN 'Yes' WHEN __f20 = 0 THEN 'No' ELSE 'missing' END AS __v20,
  CASE WHEN __f21 = 1 THEN 'Yes' WHEN __f21 = 0 THEN 'No' ELSE 'missing' END AS __v21,
  CASE WHEN __f22 = 1 THEN 'Yes' WHEN __f22 = 0 THEN 'No' ELSE 'missing' END AS __v22,
  CASE __f23 WHEN 0 THEN 'Mumbai' WHEN 1 THEN 'Thane & Outskirts' WHEN 2 THEN 'Other Cities' WHEN 3 THEN 'Other Cities of Maharashtra' WHEN 4 THEN 'Other Metro Cities' WHEN 5 THEN 'Tier II Cities' WHEN 6 THEN 'missing' ELSE CAST("city" AS VARCHAR) END AS __v23,
  CASE WHEN __f24 = 1 THEN 'Yes' WHEN __f24 = 0 THEN 'No' ELSE 'missing' END AS __v24,
  CASE WHEN __f25 = 1 THEN 'Yes' WHEN __f25 = 0 THEN 'No' ELSE 'missing' END AS __v25,
  CASE WHEN __f26 IS NULL THEN 'missing' WHEN ROUND(__f26, 2) = ROUND(ROUND(__f26, 2)) AND abs(ROUND(__f26, 2)) < 9e18 THEN CAST(CAST(ROUND(__f26, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f26, 2) AS VARCHAR) END AS __v26
FROM leads_to_score) AS __l1) AS __lt) AS __l2) AS __l3) AS __l4) AS __s, LATERAL FLATTEN(INPUT => __s.reasons, OUTER => TRUE) AS __r
) AS __ranked
GROUP BY "prospect_id", model_version, probability, score, grade) AS __m
$$;

CREATE OR REPLACE FUNCTION "LEADPIPE_SCORE"("LEAD" VARIANT)
RETURNS OBJECT
LANGUAGE SQL
COMMENT = 'leadpipe model gbt-c8cc1c52dbd8dd2f (gbt)'
AS $$
SELECT ANY_VALUE(OBJECT_CONSTRUCT_KEEP_NULL('model_version', 'gbt-c8cc1c52dbd8dd2f', 'probability', probability, 'score', score, 'grade', grade,
  'reasons', OBJECT_CONSTRUCT('positive', ARRAY_COMPACT(ARRAY_CONSTRUCT(CASE WHEN __p0 = 1 THEN reasons[0] WHEN __p1 = 1 THEN reasons[1] WHEN __p2 = 1 THEN reasons[2] WHEN __p4 = 1 THEN reasons[4] WHEN __p5 = 1 THEN reasons[5] WHEN __p6 = 1 THEN reasons[6] WHEN __p7 = 1 THEN reasons[7] WHEN __p8 = 1 THEN reasons[8] WHEN __p9 = 1 THEN reasons[9] WHEN __p10 = 1 THEN reasons[10] WHEN __p11 = 1 THEN reasons[11] WHEN __p12 = 1 THEN reasons[12] WHEN __p23 = 1 THEN reasons[23] WHEN __p25 = 1 THEN reasons[25] WHEN __p26 = 1 THEN reasons[26] END, CASE WHEN __p0 = 2 THEN reasons[0] WHEN __p1 = 2 THEN reasons[1] WHEN __p2 = 2 THEN reasons[2] WHEN __p4 = 2 THEN reasons[4] WHEN __p5 = 2 THEN reasons[5] WHEN __p6 = 2 THEN reasons[6] WHEN __p7 = 2 THEN reasons[7] WHEN __p8 = 2 THEN reasons[8] WHEN __p9 = 2 THEN reasons[9] WHEN __p10 = 2 THEN reasons[10] WHEN __p11 = 2 THEN reasons[11] WHEN __p12 = 2 THEN reasons[12] WHEN __p23 = 2 THEN reasons[23] WHEN __p25 = 2 THEN reasons[25] WHEN __p26 = 2 THEN reasons[26] END, CASE WHEN __p0 = 3 THEN reasons[0] WHEN __p1 = 3 THEN reasons[1] WHEN __p2 = 3 THEN reasons[2] WHEN __p4 = 3 THEN reasons[4] WHEN __p5 = 3 THEN reasons[5] WHEN __p6 = 3 THEN reasons[6] WHEN __p7 = 3 THEN reasons[7] WHEN __p8 = 3 THEN reasons[8] WHEN __p9 = 3 THEN reasons[9] WHEN __p10 = 3 THEN reasons[10] WHEN __p11 = 3 THEN reasons[11] WHEN __p12 = 3 THEN reasons[12] WHEN __p23 = 3 THEN reasons[23] WHEN __p25 = 3 THEN reasons[25] WHEN __p26 = 3 THEN reasons[26] END)), 'negative', ARRAY_COMPACT(ARRAY_CONSTRUCT(CASE WHEN __n0 = 1 THEN reasons[0] WHEN __n1 = 1 THEN reasons[1] WHEN __n2 = 1 THEN reasons[2] WHEN __n4 = 1 THEN reasons[4] WHEN __n5 = 1 THEN reasons[5] WHEN __n6 = 1 THEN reasons[6] WHEN __n7 = 1 THEN reasons[7] WHEN __n8 = 1 THEN reasons[8] WHEN __n9 = 1 THEN reasons[9] WHEN __n10 = 1 THEN reasons[10] WHEN __n11 = 1 THEN reasons[11] WHEN __n12 = 1 THEN reasons[12] WHEN __n23 = 1 THEN reasons[23] WHEN __n25 = 1 THEN reasons[25] WHEN __n26 = 1 THEN reasons[26] END, CASE WHEN __n0 = 2 THEN reasons[0] WHEN __n1 = 2 THEN reasons[1] WHEN __n2 = 2 THEN reasons[2] WHEN __n4 = 2 THEN reasons[4] WHEN __n5 = 2 THEN reasons[5] WHEN __n6 = 2 THEN reasons[6] WHEN __n7 = 2 THEN reasons[7] WHEN __n8 = 2 THEN reasons[8] WHEN __n9 = 2 THEN reasons[9] WHEN __n10 = 2 THEN reasons[10] WHEN __n11 = 2 THEN reasons[11] WHEN __n12 = 2 THEN reasons[12] WHEN __n23 = 2 THEN reasons[23] WHEN __n25 = 2 THEN reasons[25] WHEN __n26 = 2 THEN reasons[26] END, CASE WHEN __n0 = 3 THEN reasons[0] WHEN __n1 = 3 THEN reasons[1] WHEN __n2 = 3 THEN reasons[2] WHEN __n4 = 3 THEN reasons[4] WHEN __n5 = 3 THEN reasons[5] WHEN __n6 = 3 THEN reasons[6] WHEN __n7 = 3 THEN reasons[7] WHEN __n8 = 3 THEN reasons[8] WHEN __n9 = 3 THEN reasons[9] WHEN __n10 = 3 THEN reasons[10] WHEN __n11 = 3 THEN reasons[11] WHEN __n12 = 3 THEN reasons[12] WHEN __n23 = 3 THEN reasons[23] WHEN __n25 = 3 THEN reasons[25] WHEN __n26 = 3 THEN reasons[26] END)))))
FROM (SELECT probability, score, grade, reasons,
  CASE WHEN __c0 > 0 THEN 1 + IFF(__c1 >= __c0, 1, 0) + IFF(__c2 > __c0, 1, 0) + IFF(__c4 >= __c0, 1, 0) + IFF(__c5 >= __c0, 1, 0) + IFF(__c6 >= __c0, 1, 0) + IFF(__c7 > __c0, 1, 0) + IFF(__c8 > __c0, 1, 0) + IFF(__c9 >= __c0, 1, 0) + IFF(__c10 > __c0, 1, 0) + IFF(__c11 >= __c0, 1, 0) + IFF(__c12 >= __c0, 1, 0) + IFF(__c23 > __c0, 1, 0) + IFF(__c25 > __c0, 1, 0) + IFF(__c26 >= __c0, 1, 0) END AS __p0,
  CASE WHEN __c0 < 0 THEN 1 + IFF(__c1 < __c0, 1, 0) + IFF(__c2 <= __c0, 1, 0) + IFF(__c4 < __c0, 1, 0) + IFF(__c5 < __c0, 1, 0) + IFF(__c6 < __c0, 1, 0) + IFF(__c7 <= __c0, 1, 0) + IFF(__c8 <= __c0, 1, 0) + IFF(__c9 < __c0, 1, 0) + IFF(__c10 <= __c0, 1, 0) + IFF(__c11 < __c0, 1, 0) + IFF(__c12 < __c0, 1, 0) + IFF(__c23 <= __c0, 1, 0) + IFF(__c25 <= __c0, 1, 0) + IFF(__c26 < __c0, 1, 0) END AS __n0,
  CASE WHEN __c1 > 0 THEN 1 + IFF(__c0 > __c1, 1, 0) + IFF(__c2 > __c1, 1, 0) + IFF(__c4 >= __c1, 1, 0) + IFF(__c5 >= __c1, 1, 0) + IFF(__c6 >= __c1, 1, 0) + IFF(__c7 > __c1, 1, 0) + IFF(__c8 > __c1, 1, 0) + IFF(__c9 >= __c1, 1, 0) + IFF(__c10 > __c1, 1, 0) + IFF(__c11 >= __c1, 1, 0) + IFF(__c12 >= __c1, 1, 0) + IFF(__c23 > __c1, 1, 0) + IFF(__c25 > __c1, 1, 0) + IFF(__c26 >= __c1, 1, 0) END AS __p1,
  CASE WHEN __c1 < 0 THEN 1 + IFF(__c0 <= __c1, 1, 0) + IFF(__c2 <= __c1, 1, 0) + IFF(__c4 < __c1, 1, 0) + IFF(__c5 < __c1, 1, 0) + IFF(__c6 < __c1, 1, 0) + IFF(__c7 <= __c1, 1, 0) + IFF(__c8 <= __c1, 1, 0) + IFF(__c9 < __c1, 1, 0) + IFF(__c10 <= __c1, 1, 0) + IFF(__c11 < __c1, 1, 0) + IFF(__c12 < __c1, 1, 0) + IFF(__c23 <= __c1, 1, 0) + IFF(__c25 <= __c1, 1, 0) + IFF(__c26 < __c1, 1, 0) END AS __n1,
  CASE WHEN __c2 > 0 THEN 1 + IFF(__c0 >= __c2, 1, 0) + IFF(__c1 >= __c2, 1, 0) + IFF(__c4 >= __c2, 1, 0) + IFF(__c5 >= __c2, 1, 0) + IFF(__c6 >= __c2, 1, 0) + IFF(__c7 >= __c2, 1, 0) + IFF(__c8 > __c2, 1, 0) + IFF(__c9 >= __c2, 1, 0) + IFF(__c10 >= __c2, 1, 0) + IFF(__c11 >= __c2, 1, 0) + IFF(__c12 >= __c2, 1, 0) + IFF(__c23 > __c2, 1, 0) + IFF(__c25 > __c2, 1, 0) + IFF(__c26 >= __c2, 1, 0) END AS __p2,
  CASE WHEN __c2 < 0 THEN 1 + IFF(__c0 < __c2, 1, 0) + IFF(__c1 < __c2, 1, 0) + IFF(__c4 < __c2, 1, 0) + IFF(__c5 < __c2, 1, 0) + IFF(__c6 < __c2, 1, 0) + IFF(__c7 < __c2, 1, 0) + IFF(__c8 <= __c2, 1, 0) + IFF(__c9 < __c2, 1, 0) + IFF(__c10 < __c2, 1, 0) + IFF(__c11 < __c2, 1, 0) + IFF(__c12 < __c2, 1, 0) + IFF(__c23 <= __c2, 1, 0) + IFF(__c25 <= __c2, 1, 0) + IFF(__c26 < __c2, 1, 0) END AS __n2,
  CASE WHEN __c4 > 0 THEN 1 + IFF(__c0 > __c4, 1, 0) + IFF(__c1 > __c4, 1, 0) + IFF(__c2 > __c4, 1, 0) + IFF(__c5 > __c4, 1, 0) + IFF(__c6 > __c4, 1, 0) + IFF(__c7 > __c4, 1, 0) + IFF(__c8 > __c4, 1, 0) + IFF(__c9 > __c4, 1, 0) + IFF(__c10 > __c4, 1, 0) + IFF(__c11 >= __c4, 1, 0) + IFF(__c12 >= __c4, 1, 0) + IFF(__c23 > __c4, 1, 0) + IFF(__c25 > __c4, 1, 0) + IFF(__c26 > __c4, 1, 0) END AS __p4,
  CASE WHEN __c4 < 0 THEN 1 + IFF(__c0 <= __c4, 1, 0) + IFF(__c1 <= __c4, 1, 0) + IFF(__c2 <= __c4, 1, 0) + IFF(__c5 <= __c4, 1, 0) + IFF(__c6 <= __c4, 1, 0) + IFF(__c7 <= __c4, 1, 0) + IFF(__c8 <= __c4, 1, 0) + IFF(__c9 <= __c4, 1, 0) + IFF(__c10 <= __c4, 1, 0) + IFF(__c11 < __c4, 1, 0) + IFF(__c12 < __c4, 1, 0) + IFF(__c23 <= __c4, 1, 0) + IFF(__c25 <= __c4, 1, 0) + IFF(__c26 <= __c4, 1, 0) END AS __n4,
  CASE WHEN __c5 > 0 THEN 1 + IFF(__c0 > __c5, 1, 0) + IFF(__c1 > __c5, 1, 0) + IFF(__c2 > __c5, 1, 0) + IFF(__c4 >= __c5, 1, 0) + IFF(__c6 > __c5, 1, 0) + IFF(__c7 > __c5, 1, 0) + IFF(__c8 > __c5, 1, 0) + IFF(__c9 > __c5, 1, 0) + IFF(__c10 > __c5, 1, 0) + IFF(__c11 >= __c5, 1, 0) + IFF(__c12 >= __c5, 1, 0) + IFF(__c23 > __c5, 1, 0) + IFF(__c25 > __c5, 1, 0) + IFF(__c26 > __c5, 1, 0) END AS __p5,
  CASE WHEN __c5 < 0 THEN 1 + IFF(__c0 <= __c5, 1, 0) + IFF(__c1 <= __c5, 1, 0) + IFF(__c2 <= __c5, 1, 0) + IFF(__c4 < __c5, 1, 0) + IFF(__c6 <= __c5, 1, 0) + IFF(__c7 <= __c5, 1, 0) + IFF(__c8 <= __c5, 1, 0) + IFF(__c9 <= __c5, 1, 0) + IFF(__c10 <= __c5, 1, 0) + IFF(__c11 < __c5, 1, 0) + IFF(__c12 < __c5, 1, 0) + IFF(__c23 <= __c5, 1, 0) + IFF(__c25 <= __c5, 1, 0) + IFF(__c26 <= __c5, 1, 0) END AS __n5,
  CASE WHEN __c6 > 0 THEN 1 + IFF(__c0 > __c6, 1, 0) + IFF(__c1 > __c6, 1, 0) + IFF(__c2 > __c6, 1, 0) + IFF(__c4 >= __c6, 1, 0) + IFF(__c5 >= __c6, 1, 0) + IFF(__c7 > __c6, 1, 0) + IFF(__c8 > __c6, 1, 0) + IFF(__c9 >= __c6, 1, 0) + IFF(__c10 > __c6, 1, 0) + IFF(__c11 >= __c6, 1, 0) + IFF(__c12 >= __c6, 1, 0) + IFF(__c23 > __c6, 1, 0) + IFF(__c25 > __c6, 1, 0) + IFF(__c26 >= __c6, 1, 0) END AS __p6,
  CASE WHEN __c6 < 0 THEN 1 + IFF(__c0 <= __c6, 1, 0) + IFF(__c1 <= __c6, 1, 0) + IFF(__c2 <= __c6, 1, 0) + IFF(__c4 < __c6, 1, 0) + IFF(__c5 < __c6, 1, 0) + IFF(__c7 <= __c6, 1, 0) + IFF(__c8 <= __c6, 1, 0) + IFF(__c9 < __c6, 1, 0) + IFF(__c10 <= __c6, 1, 0) + IFF(__c11 < __c6, 1, 0) + IFF(__c12 < __c6, 1, 0) + IFF(__c23 <= __c6, 1, 0) + IFF(__c25 <= __c6, 1, 0) + IFF(__c26 < __c6, 1, 0) END AS __n6,
  CASE WHEN __c7 > 0 THEN 1 + IFF(__c0 >= __c7, 1, 0) + IFF(__c1 >= __c7, 1, 0) + IFF(__c2 > __c7, 1, 0) + IFF(__c4 >= __c7, 1, 0) + IFF(__c5 >= __c7, 1, 0) + IFF(__c6 >= __c7, 1, 0) + IFF(__c8 > __c7, 1, 0) + IFF(__c9 >= __c7, 1, 0) + IFF(__c10 > __c7, 1, 0) + IFF(__c11 >= __c7, 1, 0) + IFF(__c12 >= __c7, 1, 0) + IFF(__c23 > __c7, 1, 0) + IFF(__c25 > __c7, 1, 0) + IFF(__c26 >= __c7, 1, 0) END AS __p7,
  CASE WHEN __c7 < 0 THEN 1 + IFF(__c0 < __c7, 1, 0) + IFF(__c1 < __c7, 1, 0) + IFF(__c2 <= __c7, 1, 0) + IFF(__c4 < __c7, 1, 0) + IFF(__c5 < __c7, 1, 0) + IFF(__c6 < __c7, 1, 0) + IFF(__c8 <= __c7, 1, 0) + IFF(__c9 < __c7, 1, 0) + IFF(__c10 <= __c7, 1, 0) + IFF(__c11 < __c7, 1, 0) + IFF(__c12 < __c7, 1, 0) + IFF(__c23 <= __c7, 1, 0) + IFF(__c25 <= __c7, 1, 0) + IFF(__c26 < __c7, 1, 0) END AS __n7,
  CASE WHEN __c8 > 0 THEN 1 + IFF(__c0 >= __c8, 1, 0) + IFF(__c1 >= __c8, 1, 0) + IFF(__c2 >= __c8, 1, 0) + IFF(__c4 >= __c8, 1, 0) + IFF(__c5 >= __c8, 1, 0) + IFF(__c6 >= __c8, 1, 0) + IFF(__c7 >= __c8, 1, 0) + IFF(__c9 >= __c8, 1, 0) + IFF(__c10 >= __c8, 1, 0) + IFF(__c11 >= __c8, 1, 0) + IFF(__c12 >= __c8, 1, 0) + IFF(__c23 > __c8, 1, 0) + IFF(__c25 > __c8, 1, 0) + IFF(__c26 >= __c8, 1, 0) END AS __p8,
  CASE WHEN __c8 < 0 THEN 1 + IFF(__c0 < __c8, 1, 0) + IFF(__c1 < __c8, 1, 0) + IFF(__c2 < __c8, 1, 0) + IFF(__c4 < __c8, 1, 0) + IFF(__c5 < __c8, 1, 0) + IFF(__c6 < __c8, 1, 0) + IFF(__c7 < __c8, 1, 0) + IFF(__c9 < __c8, 1, 0) + IFF(__c10 < __c8, 1, 0) + IFF(__c11 < __c8, 1, 0) + IFF(__c12 < __c8, 1, 0) + IFF(__c23 <= __c8, 1, 0) + IFF(__c25 <= __c8, 1, 0) + IFF(__c26 < __c8, 1, 0) END AS __n8,
  CASE WHEN __c9 > 0 THEN 1 + IFF(__c0 > __c9, 1, 0) + IFF(__c1 > __c9, 1, 0) + IFF(__c2 > __c9, 1, 0) + IFF(__c4 >= __c9, 1, 0) + IFF(__c5 >= __c9, 1, 0) + IFF(__c6 > __c9, 1, 0) + IFF(__c7 > __c9, 1, 0) + IFF(__c8 > __c9, 1, 0) + IFF(__c10 > __c9, 1, 0) + IFF(__c11 >= __c9, 1, 0) + IFF(__c12 >= __c9, 1, 0) + IFF(__c23 > __c9, 1, 0) + IFF(__c25 > __c9, 1, 0) + IFF(__c26 >= __c9, 1, 0) END AS __p9,
  CASE WHEN __c9 < 0 THEN 1 + IFF(__c0 <= __c9, 1, 0) + IFF(__c1 <= __c9, 1, 0) + IFF(__c2 <= __c9, 1, 0) + IFF(__c4 < __c9, 1, 0) + IFF(__c5 < __c9, 1, 0) + IFF(__c6 <= __c9, 1, 0) + IFF(__c7 <= __c9, 1, 0) + IFF(__c8 <= __c9, 1, 0) + IFF(__c10 <= __c9, 1, 0) + IFF(__c11 < __c9, 1, 0) + IFF(__c12 < __c9, 1, 0) + IFF(__c23 <= __c9, 1, 0) + IFF(__c25 <= __c9, 1, 0) + IFF(__c26 < __c9, 1, 0) END AS __n9,
  CASE WHEN __c10 > 0 THEN 1 + IFF(__c0 >= __c10, 1, 0) + IFF(__c1 >= __c10, 1, 0) + IFF(__c2 > __c10, 1, 0) + IFF(__c4 >= __c10, 1, 0) + IFF(__c5 >= __c10, 1, 0) + IFF(__c6 >= __c10, 1, 0) + IFF(__c7 >= __c10, 1, 0) + IFF(__c8 > __c10, 1, 0) + IFF(__c9 >= __c10, 1, 0) + IFF(__c11 >= __c10, 1, 0) + IFF(__c12 >= __c10, 1, 0) + IFF(__c23 > __c10, 1, 0) + IFF(__c25 > __c10, 1, 0) + IFF(__c26 >= __c10, 1, 0) END AS __p10,
  CASE WHEN __c10 < 0 THEN 1 + IFF(__c0 < __c10, 1, 0) + IFF(__c1 < __c10, 1, 0) + IFF(__c2 <= __c10, 1, 0) + IFF(__c4 < __c10, 1, 0) + IFF(__c5 < __c10, 1, 0) + IFF(__c6 < __c10, 1, 0) + IFF(__c7 < __c10, 1, 0) + IFF(__c8 <= __c10, 1, 0) + IFF(__c9 < __c10, 1, 0) + IFF(__c11 < __c10, 1, 0) + IFF(__c12 < __c10, 1, 0) + IFF(__c23 <= __c10, 1, 0) + IFF(__c25 <= __c10, 1, 0) + IFF(__c26 < __c10, 1, 0) END AS __n10,
  CASE WHEN __c11 > 0 THEN 1 + IFF(__c0 > __c11, 1, 0) + IFF(__c1 > __c11, 1, 0) + IFF(__c2 > __c11, 1, 0) + IFF(__c4 > __c11, 1, 0) + IFF(__c5 > __c11, 1, 0) + IFF(__c6 > __c11, 1, 0) + IFF(__c7 > __c11, 1, 0) + IFF(__c8 > __c11, 1, 0) + IFF(__c9 > __c11, 1, 0) + IFF(__c10 > __c11, 1, 0) + IFF(__c12 >= __c11, 1, 0) + IFF(__c23 > __c11, 1, 0) + IFF(__c25 > __c11, 1, 0) + IFF(__c26 > __c11, 1, 0) END AS __p11,
  CASE WHEN __c11 < 0 THEN 1 + IFF(__c0 <= __c11, 1, 0) + IFF(__c1 <= __c11, 1, 0) + IFF(__c2 <= __c11, 1, 0) + IFF(__c4 <= __c11, 1, 0) + IFF(__c5 <= __c11, 1, 0) + IFF(__c6 <= __c11, 1, 0) + IFF(__c7 <= __c11, 1, 0) + IFF(__c8 <= __c11, 1, 0) + IFF(__c9 <= __c11, 1, 0) + IFF(__c10 <= __c11, 1, 0) + IFF(__c12 < __c11, 1, 0) + IFF(__c23 <= __c11, 1, 0) + IFF(__c25 <= __c11, 1, 0) + IFF(__c26 <= __c11, 1, 0) END AS __n11,
  CASE WHEN __c12 > 0 THEN 1 + IFF(__c0 > __c12, 1, 0) + IFF(__c1 > __c12, 1, 0) + IFF(__c2 > __c12, 1, 0) + IFF(__c4 > __c12, 1, 0) + IFF(__c5 > __c12, 1, 0) + IFF(__c6 > __c12, 1, 0) + IFF(__c7 > __c12, 1, 0) + IFF(__c8 > __c12, 1, 0) + IFF(__c9 > __c12, 1, 0) + IFF(__c10 > __c12, 1, 0) + IFF(__c11 > __c12, 1, 0) + IFF(__c23 > __c12, 1, 0) + IFF(__c25 > __c12, 1, 0) + IFF(__c26 > __c12, 1, 0) END AS __p12,
  CASE WHEN __c12 < 0 THEN 1 + IFF(__c0 <= __c12, 1, 0) + IFF(__c1 <= __c12, 1, 0) + IFF(__c2 <= __c12, 1, 0) + IFF(__c4 <= __c12, 1, 0) + IFF(__c5 <= __c12, 1, 0) + IFF(__c6 <= __c12, 1, 0) + IFF(__c7 <= __c12, 1, 0) + IFF(__c8 <= __c12, 1, 0) + IFF(__c9 <= __c12, 1, 0) + IFF(__c10 <= __c12, 1, 0) + IFF(__c11 <= __c12, 1, 0) + IFF(__c23 <= __c12, 1, 0) + IFF(__c25 <= __c12, 1, 0) + IFF(__c26 <= __c12, 1, 0) END AS __n12,
  CASE WHEN __c23 > 0 THEN 1 + IFF(__c0 >= __c23, 1, 0) + IFF(__c1 >= __c23, 1, 0) + IFF(__c2 >= __c23, 1, 0) + IFF(__c4 >= __c23, 1, 0) + IFF(__c5 >= __c23, 1, 0) + IFF(__c6 >= __c23, 1, 0) + IFF(__c7 >= __c23, 1, 0) + IFF(__c8 >= __c23, 1, 0) + IFF(__c9 >= __c23, 1, 0) + IFF(__c10 >= __c23, 1, 0) + IFF(__c11 >= __c23, 1, 0) + IFF(__c12 >= __c23, 1, 0) + IFF(__c25 > __c23, 1, 0) + IFF(__c26 >= __c23, 1, 0) END AS __p23,
  CASE WHEN __c23 < 0 THEN 1 + IFF(__c0 < __c23, 1, 0) + IFF(__c1 < __c23, 1, 0) + IFF(__c2 < __c23, 1, 0) + IFF(__c4 < __c23, 1, 0) + IFF(__c5 < __c23, 1, 0) + IFF(__c6 < __c23, 1, 0) + IFF(__c7 < __c23, 1, 0) + IFF(__c8 < __c23, 1, 0) + IFF(__c9 < __c23, 1, 0) + IFF(__c10 < __c23, 1, 0) + IFF(__c11 < __c23, 1, 0) + IFF(__c12 < __c23, 1, 0) + IFF(__c25 <= __c23, 1, 0) + IFF(__c26 < __c23, 1, 0) END AS __n23,
  CASE WHEN __c25 > 0 THEN 1 + IFF(__c0 >= __c25, 1, 0) + IFF(__c1 >= __c25, 1, 0) + IFF(__c2 >= __c25, 1, 0) + IFF(__c4 >= __c25, 1, 0) + IFF(__c5 >= __c25, 1, 0) + IFF(__c6 >= __c25, 1, 0) + IFF(__c7 >= __c25, 1, 0) + IFF(__c8 >= __c25, 1, 0) + IFF(__c9 >= __c25, 1, 0) + IFF(__c10 >= __c25, 1, 0) + IFF(__c11 >= __c25, 1, 0) + IFF(__c12 >= __c25, 1, 0) + IFF(__c23 >= __c25, 1, 0) + IFF(__c26 >= __c25, 1, 0) END AS __p25,
  CASE WHEN __c25 < 0 THEN 1 + IFF(__c0 < __c25, 1, 0) + IFF(__c1 < __c25, 1, 0) + IFF(__c2 < __c25, 1, 0) + IFF(__c4 < __c25, 1, 0) + IFF(__c5 < __c25, 1, 0) + IFF(__c6 < __c25, 1, 0) + IFF(__c7 < __c25, 1, 0) + IFF(__c8 < __c25, 1, 0) + IFF(__c9 < __c25, 1, 0) + IFF(__c10 < __c25, 1, 0) + IFF(__c11 < __c25, 1, 0) + IFF(__c12 < __c25, 1, 0) + IFF(__c23 < __c25, 1, 0) + IFF(__c26 < __c25, 1, 0) END AS __n25,
  CASE WHEN __c26 > 0 THEN 1 + IFF(__c0 > __c26, 1, 0) + IFF(__c1 > __c26, 1, 0) + IFF(__c2 > __c26, 1, 0) + IFF(__c4 >= __c26, 1, 0) + IFF(__c5 >= __c26, 1, 0) + IFF(__c6 > __c26, 1, 0) + IFF(__c7 > __c26, 1, 0) + IFF(__c8 > __c26, 1, 0) + IFF(__c9 > __c26, 1, 0) + IFF(__c10 > __c26, 1, 0) + IFF(__c11 >= __c26, 1, 0) + IFF(__c12 >= __c26, 1, 0) + IFF(__c23 > __c26, 1, 0) + IFF(__c25 > __c26, 1, 0) END AS __p26,
  CASE WHEN __c26 < 0 THEN 1 + IFF(__c0 <= __c26, 1, 0) + IFF(__c1 <= __c26, 1, 0) + IFF(__c2 <= __c26, 1, 0) + IFF(__c4 < __c26, 1, 0) + IFF(__c5 < __c26, 1, 0) + IFF(__c6 <= __c26, 1, 0) + IFF(__c7 <= __c26, 1, 0) + IFF(__c8 <= __c26, 1, 0) + IFF(__c9 <= __c26, 1, 0) + IFF(__c10 <= __c26, 1, 0) + IFF(__c11 < __c26, 1, 0) + IFF(__c12 < __c26, 1, 0) + IFF(__c23 <= __c26, 1, 0) + IFF(__c25 <= __c26, 1, 0) END AS __n26
FROM (SELECT probability, score, grade, reasons,
  CAST(reasons[0]:log_odds AS DOUBLE) AS __c0,
  CAST(reasons[1]:log_odds AS DOUBLE) AS __c1,
  CAST(reasons[2]:log_odds AS DOUBLE) AS __c2,
  CAST(reasons[4]:log_odds AS DOUBLE) AS __c4,
  CAST(reasons[5]:log_odds AS DOUBLE) AS __c5,
  CAST(reasons[6]:log_odds AS DOUBLE) AS __c6,
  CAST(reasons[7]:log_odds AS DOUBLE) AS __c7,
  CAST(reasons[8]:log_odds AS DOUBLE) AS __c8,
  CAST(reasons[9]:log_odds AS DOUBLE) AS __c9,
  CAST(reasons[10]:log_odds AS DOUBLE) AS __c10,
  CAST(reasons[11]:log_odds AS DOUBLE) AS __c11,
  CAST(reasons[12]:log_odds AS DOUBLE) AS __c12,
  CAST(reasons[23]:log_odds AS DOUBLE) AS __c23,
  CAST(reasons[25]:log_odds AS DOUBLE) AS __c25,
  CAST(reasons[26]:log_odds AS DOUBLE) AS __c26
FROM (SELECT "__lead", 'gbt-c8cc1c52dbd8dd2f' AS model_version, probability, score, CASE WHEN score >= 74 THEN 'A' WHEN score >= 25 THEN 'B' WHEN score >= 6 THEN 'C' ELSE 'D' END AS grade,
  ARRAY_CONSTRUCT(OBJECT_CONSTRUCT('log_odds', __c0, 'feature', 'lead_origin', 'label', 'Lead Origin', 'value', __v0, 'points', CAST(ROUND(__c0 * 1.4426950408889635e+1) AS INTEGER), 'text', 'Lead Origin = ' || __v0 || ': ' || CASE WHEN CAST(ROUND(__c0 * 1.4426950408889635e+1) AS INTEGER) >= 0 THEN '+' ELSE '' END || CAST(CAST(ROUND(__c0 * 1.4426950408889635e+1) AS INTEGER) AS VARCHAR)),
    OBJECT_CONSTRUCT('log_odds', __c1, 'feature', 'lead_source', 'label', 'Lead Source', 'value', __v1, 'points', CAST(ROUND(__c1 * 1.4426950408889635e+1) AS INTEGER), 'text', 'Lead Source = ' || __v1 || ': ' || CASE WHEN CAST(ROUND(__c1 * 1.4426950408889635e+1) AS INTEGER) >= 0 THEN '+' ELSE '' END || CAST(CAST(ROUND(__c1 * 1.4426950408889635e+1) AS INTEGER) AS VARCHAR)),
    OBJECT_CONSTRUCT('log_odds', __c2, 'feature', 'do_not_email', 'label', 'Do Not Email', 'value', __v2, 'points', CAST(ROUND(__c2 * 1.4426950408889635e+1) AS INTEGER), 'text', 'Do Not Email = ' || __v2 || ': ' || CASE WHEN CAST(ROUND(__c2 * 1.4426950408889635e+1) AS INTEGER) >= 0 THEN '+' ELSE '' END || CAST(CAST(ROUND(__c2 * 1.4426950408889635e+1) AS INTEGER) AS VARCHAR)),
    OBJECT_CONSTRUCT('log_odds', __c3, 'feature', 'do_not_call', 'label', 'Do Not Call', 'value', __v3, 'points', CAST(ROUND(__c3 * 1.4426950408889635e+1) AS INTEGER), 'text', 'Do Not Call = ' || __v3 || ': ' || CASE WHEN CAST(ROUND(__c3 * 1.4426950408889635e+1) AS INTEGER) >= 0 THEN '+' ELSE '' END || CAST(CAST(ROUND(__c3 * 1.4426950408889635e+1) AS INTEGER) AS VARCHAR)),
    OBJECT_CONSTRUCT('log_odds', __c4, 'feature', 'total_visits', 'label', 'TotalVisits', 'value', __v4, 'points', CAST(ROUND(__c4 * 1.4426950408889635e+1) AS INTEGER), 'text', 'TotalVisits = ' || __v4 || ': ' || CASE WHEN CAST(ROUND(__c4 * 1.4426950408889635e+1) AS INTEGER) >= 0 THEN '+' ELSE '' END || CAST(CAST(ROUND(__c4 * 1.4426950408889635e+1) AS INTEGER) AS VARCHAR)),
    OBJECT_CONSTRUCT('log_odds', __c5, 'feature', 'total_time_spent_on_website', 'label', 'Total Time Spent on Website', 'value', __v5, 'points', CAST(ROUND(__c5 * 1.4426950408889635e+1) AS INTEGER), 'text', 'Total Time Spent on Website = ' || __v5 || ': ' || CASE WHEN CAST(ROUND(__c5 * 1.4426950408889635e+1) AS INTEGER) >= 0 THEN '+' ELSE '' END || CAST(CAST(ROUND(__c5 * 1.4426950408889635e+1) AS INTEGER) AS VARCHAR)),
    OBJECT_CONSTRUCT('log_odds', __c6, 'feature', 'page_views_per_visit', 'label', 'Page Views Per Visit', 'value', __v6, 'points', CAST(ROUND(__c6 * 1.4426950408889635e+1) AS INTEGER), 'text', 'Page Views Per Visit = ' || __v6 || ': ' || CASE WHEN CAST(ROUND(__c6 * 1.4426950408889635e+1) AS INTEGER) >= 0 THEN '+' ELSE '' END || CAST(CAST(ROUND(__c6 * 1.4426950408889635e+1) AS INTEGER) AS VARCHAR)),
    OBJECT_CONSTRUCT('log_odds', __c7, 'feature', 'last_activity', 'label', 'Last Activity', 'value', __v7, 'points', CAST(ROUND(__c7 * 1.4426950408889635e+1) AS INTEGER), 'text', 'Last Activity = ' || __v7 || ': ' || CASE WHEN CAST(ROUND(__c7 * 1.4426950408889635e+1) AS INTEGER) >= 0 THEN '+' ELSE '' END || CAST(CAST(ROUND(__c7 * 1.4426950408889635e+1) AS INTEGER) AS VARCHAR)),
    OBJECT_CONSTRUCT('log_odds', __c8, 'feature', 'country', 'label', 'Country', 'value', __v8, 'points', CAST(ROUND(__c8 * 1.4426950408889635e+1) AS INTEGER), 'text', 'Country = ' || __v8 || ': ' || CASE WHEN CAST(ROUND(__c8 * 1.4426950408889635e+1) AS INTEGER) >= 0 THEN '+' ELSE '' END || CAST(CAST(ROUND(__c8 * 1.4426950408889635e+1) AS INTEGER) AS VARCHAR)),
    OBJECT_CONSTRUCT('log_odds', __c9, 'feature', 'specialization', 'label', 'Specialization', 'value', __v9, 'points', CAST(ROUND(__c9 * 1.4426950408889635e+1) AS INTEGER), 'text', 'Specialization = ' || __v9 || ': ' || CASE WHEN CAST(ROUND(__c9 * 1.4426950408889635e+1) AS INTEGER) >= 0 THEN '+' ELSE '' END || CAST(CAST(ROUND(__c9 * 1.4426950408889635e+1) AS INTEGER) AS VARCHAR)),
    OBJECT_CONSTRUCT('log_odds', __c10, 'feature', 'how_did_you_hear_about_x_education', 'label', 'How did you hear about X Education', 'value', __v10, 'points', CAST(ROUND(__c10 * 1.4426950408889635e+1) AS INTEGER), 'text', 'How did you hear about X Education = ' || __v10 || ': ' || CASE WHEN CAST(ROUND(__c10 * 1.4426950408889635e+1) AS INTEGER) >= 0 THEN '+' ELSE '' END || CAST(CAST(ROUND(__c10 * 1.4426950408889635e+1) AS INTEGER) AS VARCHAR)),
    OBJECT_CONSTRUCT('log_odds', __c11, 'feature', 'what_is_your_current_occupation', 'label', 'What is your current occupation', 'value', __v11, 'points', CAST(ROUND(__c11 * 1.4426950408889635e+1) AS INTEGER), 'text', 'What is your current occupation = ' || __v11 || ': ' || CASE WHEN CAST(ROUND(__c11 * 1.4426950408889635e+1) AS INTEGER) >= 0 THEN '+' ELSE '' END || CAST(CAST(ROUND(__c11 * 1.4426950408889635e+1) AS INTEGER) AS VARCHAR)),
    OBJECT_CONSTRUCT('log_odds', __c12, 'feature', 'what_matters_most_to_you_in_choosing_a_course', 'label', 'What matters most to you in choosing a course', 'value', __v12, 'points', CAST(ROUND(__c12 * 1.4426950408889635e+1) AS INTEGER), 'text', 'What matters most to you in choosing a course = ' || __v12 || ': ' || CASE WHEN CAST(ROUND(__c12 * 1.4426950408889635e+1) AS INTEGER) >= 0 THEN '+' ELSE '' END || CAST(CAST(ROUND(__c12 * 1.4426950408889635e+1) AS INTEGER) AS VARCHAR)),
    OBJECT_CONSTRUCT('log_odds', __c13, 'feature', 'search', 'label', 'Search', 'value', __v13, 'points', CAST(ROUND(__c13 * 1.4426950408889635e+1) AS INTEGER), 'text', 'Search = ' || __v13 || ': ' || CASE WHEN CAST(ROUND(__c13 * 1.4426950408889635e+1) AS INTEGER) >= 0 THEN '+' ELSE '' END || CAST(CAST(ROUND(__c13 * 1.4426950408889635e+1) AS INTEGER) AS VARCHAR)),
    OBJECT_CONSTRUCT('log_odds', __c14, 'feature', 'magazine', 'label', 'Magazine', 'value', __v14, 'points', CAST(ROUND(__c14 * 1.4426950408889635e+1) AS INTEGER), 'text', 'Magazine = ' || __v14 || ': ' || CASE WHEN CAST(ROUND(__c14 * 1.4426950408889635e+1) AS INTEGER) >= 0 THEN '+' ELSE '' END || CAST(CAST(ROUND(__c14 * 1.4426950408889635e+1) AS INTEGER) AS VARCHAR)),
    OBJECT_CONSTRUCT('log_odds', __c15, 'feature', 'newspaper_article', 'label', 'Newspaper Article', 'value', __v15, 'points', CAST(ROUND(__c15 * 1.4426950408889635e+1) AS INTEGER), 'text', 'Newspaper Article = ' || __v15 || ': ' || CASE WHEN CAST(ROUND(__c15 * 1.4426950408889635e+1) AS INTEGER) >= 0 THEN '+' ELSE '' END || CAST(CAST(ROUND(__c15 * 1.4426950408889635e+1) AS INTEGER) AS VARCHAR)),
    OBJECT_CONSTRUCT('log_odds', __c16, 'feature', 'x_education_forums', 'label', 'X Education Forums', 'value', __v16, 'points', CAST(ROUND(__c16 * 1.4426950408889635e+1) AS INTEGER), 'text', 'X Education Forums = ' || __v16 || ': ' || CASE WHEN CAST(ROUND(__c16 * 1.4426950408889635e+1) AS INTEGER) >= 0 THEN '+' ELSE '' END || CAST(CAST(ROUND(__c16 * 1.4426950408889635e+1) AS INTEGER) AS VARCHAR)),
    OBJECT_CONSTRUCT('log_odds', __c17, 'feature', 'newspaper', 'label', 'Newspaper', 'value', __v17, 'points', CAST(ROUND(__c17 * 1.4426950408889635e+1) AS INTEGER), 'text', 'Newspaper = ' || __v17 || ': ' || CASE WHEN CAST(ROUND(__c17 * 1.4426950408889635e+1) AS INTEGER) >= 0 THEN '+' ELSE '' END || CAST(CAST(ROUND(__c17 * 1.4426950408889635e+1) AS INTEGER) AS VARCHAR)),
    OBJECT_CONSTRUCT('log_odds', __c18, 'feature', 'digital_advertisement', 'label', 'Digital Advertisement', 'value', __v18, 'points', CAST(ROUND(__c18 * 1.4426950408889635e+1) AS INTEGER), 'text', 'Digital Advertisement = ' || __v18 || ': ' || CASE WHEN CAST(ROUND(__c18 * 1.4426950408889635e+1) AS INTEGER) >= 0 THEN '+' ELSE '' END || CAST(CAST(ROUND(__c18 * 1.4426950408889635e+1) AS INTEGER) AS VARCHAR)),
    OBJECT_CONSTRUCT('log_odds', __c19, 'feature', 'through_recommendations', 'label', 'Through Recommendations', 'value', __v19, 'points', CAST(ROUND(__c19 * 1.4426950408889635e+1) AS INTEGER), 'text', 'Through Recommendations = ' || __v19 || ': ' || CASE WHEN CAST(ROUND(__c19 * 1.4426950408889635e+1) AS INTEGER) >= 0 THEN '+' ELSE '' END || CAST(CAST(ROUND(__c19 * 1.4426950408889635e+1) AS INTEGER) AS VARCHAR)),
    OBJECT_CONSTRUCT('log_odds', __c20, 'feature', 'receive_more_updates_about_our_courses', 'label', 'Receive More Updates About Our Courses', 'value', __v20, 'points', CAST(ROUND(__c20 * 1.4426950408889635e+1) AS INTEGER), 'text', 'Receive More Updates About Our Courses = ' || __v20 || ': ' || CASE WHEN CAST(ROUND(__c20 * 1.4426950408889635e+1) AS INTEGER) >= 0 THEN '+' ELSE '' END || CAST(CAST(ROUND(__c20 * 1.4426950408889635e+1) AS INTEGER) AS VARCHAR)),
    OBJECT_CONSTRUCT('log_odds', __c21, 'feature', 'update_me_on_supply_chain_content', 'label', 'Update me on Supply Chain Content', 'value', __v21, 'points', CAST(ROUND(__c21 * 1.4426950408889635e+1) AS INTEGER), 'text', 'Update me on Supply Chain Content = ' || __v21 || ': ' || CASE WHEN CAST(ROUND(__c21 * 1.4426950408889635e+1) AS INTEGER) >= 0 THEN '+' ELSE '' END || CAST(CAST(ROUND(__c21 * 1.4426950408889635e+1) AS INTEGER) AS VARCHAR)),
    OBJECT_CONSTRUCT('log_odds', __c22, 'feature', 'get_updates_on_dm_content', 'label', 'Get updates on DM Content', 'value', __v22, 'points', CAST(ROUND(__c22 * 1.4426950408889635e+1) AS INTEGER), 'text', 'Get updates on DM Content = ' || __v22 || ': ' || CASE WHEN CAST(ROUND(__c22 * 1.4426950408889635e+1) AS INTEGER) >= 0 THEN '+' ELSE '' END || CAST(CAST(ROUND(__c22 * 1.4426950408889635e+1) AS INTEGER) AS VARCHAR)),
    OBJECT_CONSTRUCT('log_odds', __c23, 'feature', 'city', 'label', 'City', 'value', __v23, 'points', CAST(ROUND(__c23 * 1.4426950408889635e+1) AS INTEGER), 'text', 'City = ' || __v23 || ': ' || CASE WHEN CAST(ROUND(__c23 * 1.4426950408889635e+1) AS INTEGER) >= 0 THEN '+' ELSE '' END || CAST(CAST(ROUND(__c23 * 1.4426950408889635e+1) AS INTEGER) AS VARCHAR)),
    OBJECT_CONSTRUCT('log_odds', __c24, 'feature', 'i_agree_to_pay_the_amount_through_cheque', 'label', 'I agree to pay the amount through cheque', 'value', __v24, 'points', CAST(ROUND(__c24 * 1.4426950408889635e+1) AS INTEGER), 'text', 'I agree to pay the amount through cheque = ' || __v24 || ': ' || CASE WHEN CAST(ROUND(__c24 * 1.4426950408889635e+1) AS INTEGER) >= 0 THEN '+' ELSE '' END || CAST(CAST(ROUND(__c24 * 1.4426950408889635e+1) AS INTEGER) AS VARCHAR)),
    OBJECT_CONSTRUCT('log_odds', __c25, 'feature', 'a_free_copy_of_mastering_the_interview', 'label', 'A free copy of Mastering The Interview', 'value', __v25, 'points', CAST(ROUND(__c25 * 1.4426950408889635e+1) AS INTEGER), 'text', 'A free copy of Mastering The Interview = ' || __v25 || ': ' || CASE WHEN CAST(ROUND(__c25 * 1.4426950408889635e+1) AS INTEGER) >= 0 THEN '+' ELSE '' END || CAST(CAST(ROUND(__c25 * 1.4426950408889635e+1) AS INTEGER) AS VARCHAR)),
    OBJECT_CONSTRUCT('log_odds', __c26, 'feature', 'time_per_visit', 'label', 'Time per visit', 'value', __v26, 'points', CAST(ROUND(__c26 * 1.4426950408889635e+1) AS INTEGER), 'text', 'Time per visit = ' || __v26 || ': ' || CASE WHEN CAST(ROUND(__c26 * 1.4426950408889635e+1) AS INTEGER) >= 0 THEN '+' ELSE '' END || CAST(CAST(ROUND(__c26 * 1.4426950408889635e+1) AS INTEGER) AS VARCHAR))) AS reasons
FROM (SELECT "__lead", __v0, __v1, __v2, __v3, __v4, __v5, __v6, __v7, __v8, __v9, __v10, __v11, __v12, __v13, __v14, __v15, __v16, __v17, __v18, __v19, __v20, __v21, __v22, __v23, __v24, __v25, __v26, __c0, __c1, __c2, __c3, __c4, __c5, __c6, __c7, __c8, __c9, __c10, __c11, __c12, __c13, __c14, __c15, __c16, __c17, __c18, __c19, __c20, __c21, __c22, __c23, __c24, __c25, __c26, probability, CAST(ROUND(100 * probability) AS INTEGER) AS score
FROM (SELECT "__lead", __v0, __v1, __v2, __v3, __v4, __v5, __v6, __v7, __v8, __v9, __v10, __v11, __v12, __v13, __v14, __v15, __v16, __v17, __v18, __v19, __v20, __v21, __v22, __v23, __v24, __v25, __v26, __c0, __c1, __c2, __c3, __c4, __c5, __c6, __c7, __c8, __c9, __c10, __c11, __c12, __c13, __c14, __c15, __c16, __c17, __c18, __c19, __c20, __c21, __c22, __c23, __c24, __c25, __c26, 1e0 / (1e0 + EXP(-(1.012505350765563e+0 * __margin + 4.68895565673158e-3))) AS probability
FROM (SELECT "__lead", __v0, __v1, __v2, __v3, __v4, __v5, __v6, __v7, __v8, __v9, __v10, __v11, __v12, __v13, __v14, __v15, __v16, __v17, __v18, __v19, __v20, __v21, __v22, __v23, __v24, __v25, __v26,
  (-4.791704227166836e-1)
 + DECODE(__t0, 2, 8.544123328048606e-3, 3, (-1.1468181498273361e-1), 4, 1.5000445669047802e-1, 5, 2.434778199016019e-2, 2.1839352266450074e-1)
 + DECODE(__t1, 2, 4.923324850002443e-3, 3, (-1.074042385265036e-1), 4, 1.347616854139832e-1, 5, 1.8319845069770985e-2, 1.8971779107096032e-1)
 + DECODE(__t2, 2, 1.5648303336612257e-1, 3, (-9.429840556280662e-3), 4, (-1.053441046376985e-1), 5, 9.942564772898127e-2, 1.6902818892770666e-1)
 + DECODE(__t3, 2, 1.2744086715338562e-1, 3, (-3.986438739308312e-2), 4, (-9.489903033058866e-2), 5, 8.592101860208061e-2, 1.5296356884835505e-1)
 + DECODE(__t4, 2, 1.4419558226553583e-1, 3, (-3.800290304434251e-3), 4, (-9.311445534183001e-2), 5, 8.319922762681652e-2, 1.4048153842928654e-1)
 + DECODE(__t5, 2, (-4.999659873472527e-2), 3, 9.382869413754819e-2, 4, (-6.728009707204859e-2), 5, (-8.947610008687523e-2), 1.4501645024088491e-1)
 + DECODE(__t6, 2, (-4.594649961297981e-2), 3, 7.57812430751756e-2, 4, (-4.805786910652653e-2), 5, (-8.330796762389459e-2), 1.5271164840168344e-1)
 + DECODE(__t7, 2, 1.0375975656703032e-1, 3, (-3.2032511584515984e-2), 4, (-7.942818506195046e-2), 5, 6.317520459231911e-2, 1.1776230393064771e-1)
 + DECODE(__t8, 2, (-2.7679021419338375e-2), 3, 6.160909611000044e-2, 4, (-6.147891911002934e-2), 5, (-7.639030282852081e-2), 1.3743845758361203e-1)
 + DECODE(__t9, 2, 1.2142947288421387e-2, 3, (-4.429178887374529e-2), 4, (-1.0792236803734284e-1), 5, 5.976381869349928e-2, 1.0627032808630528e-1)
 + DECODE(__t10, 2, (-4.272849345528968e-2), 3, 8.514621883408441e-2, 4, 2.3269922150325518e-2, 5, (-6.711100523268562e-2), 1.0428756309468423e-1)
 + DECODE(__t11, 2, 4.8458100911299914e-2, 3, (-4.487755072718807e-2), 4, 5.244909988415211e-2, 5, (-6.801272294942286e-2), 1.2217693298758457e-1)
 + DECODE(__t12, 2, 7.511111949406583e-2, 3, 4.0009281774894455e-2, 4, (-4.861447519365209e-2), 5, (-6.1705612800653856e-2), (-2.708867837304223e-2))
 + DECODE(__t13, 2, 4.888577120084031e-2, 3, (-1.0051559000733722e-2), 4, (-4.750940125863868e-2), 5, (-6.170089309827144e-2), 1.1321011555838914e-1)
 + DECODE(__t14, 2, (-5.127627798464583e-3), 3, (-7.194695824186098e-2), 4, (-8.541801539306097e-2), 5, 4.380550240179048e-2, 8.854339054888023e-2)
 + DECODE(__t15, 2, 6.874775701039167e-2, 3, (-2.6415808562089912e-2), 4, (-5.843158271555409e-2), 5, 3.973333105699704e-2, 8.386008036919405e-2)
 + DECODE(__t16, 2, (-4.624615526271496e-2), 3, 4.501894847127142e-2, 4, 2.8048079754441752e-2, 5, (-6.076571351775178e-2), 1.0247199092190085e-1)
 + DECODE(__t17, 2, 8.492865503302513e-2, 3, (-9.888253171005923e-4), 4, 1.4670489259819095e-2, 5, (-7.867648807098798e-2), 9.84570035948911e-2)
 + DECODE(__t18, 2, 1.969016748625599e-2, 3, (-3.158191661873792e-2), 4, (-7.590647657540817e-2), 5, 3.771933869601131e-2, 1.1237220437308373e-1)
 + DECODE(__t19, 2, 6.44147728054127e-2, 3, 9.472447722952612e-2, 4, (-9.525302803779528e-3), 5, (-7.351618954685528e-2), 9.745863332618166e-3)
 + DECODE(__t20, 2, 3.466812378119726e-2, 3, (-3.58369180491372e-2), 4, (-7.410319832358268e-2), 5, 2.5126859218286002e-2, 8.942446515167787e-2)
 + DECODE(__t21, 2, 2.587021346367456e-2, 3, (-1.9982190694145648e-2), 4, 9.163565280403577e-3, 5, (-6.912786887631521e-2), 8.640726913198654e-2)
 + DECODE(__t22, 2, 2.8023083090023167e-2, 3, (-4.1743628232599445e-2), 4, 2.749328398499536e-2, 5, (-5.9703301753416385e-2), 8.386948641952481e-2)
 + DECODE(__t23, 2, (-6.278024401535512e-2), 3, 8.668496846122753e-2, 4, (-9.136827023069212e-3), 5, (-6.402304411894343e-2), 3.8184490486816686e-2)
 + DECODE(__t24, 2, (-4.8334926541196185e-2), 3, (-3.23325446357857e-2), 4, (-6.2445154611860454e-2), 5, 2.9166918004357487e-2, 3.1274774889167925e-2)
 + DECODE(__t25, 2, 2.59448742722522e-2, 3, (-2.828331524823401e-2), 4, 2.7979055469173106e-2, 5, (-4.7887461823809284e-2), 7.698577175411787e-2)
 + DECODE(__t26, 2, 5.824079604081532e-3, 3, 5.915141728011494e-2, 4, (-9.621265074390144e-3), 5, (-4.629251673282079e-2), 5.5888410512341495e-2)
 + DECODE(__t27, 2, (-2.3150192022574133e-3), 3, (-5.971988733569671e-2), 4, 2.1232956223804528e-2, 5, (-7.652333631735025e-2), 7.182678137215119e-2)
 + DECODE(__t28, 2, 8.042308680358908e-2, 3, 9.457765713119341e-3, 4, (-3.7561260661872826e-2), 5, (-5.484167361966598e-2), 2.4576158894633663e-2)
 + DECODE(__t29, 2, (-5.089040182185024e-2), 3, (-5.4644805481041975e-2), 4, 2.5740383465375483e-2, 5, (-6.818800554048036e-2), 1.1731733200034424e-2)
 + DECODE(__t30, 2, 2.1568937071493467e-2, 3, 5.333462754173455e-3, 4, (-4.406757653886788e-2), 5, (-6.707116958370309e-2), 6.668590399953955e-2)
 + DECODE(__t31, 2, 2.509554783449185e-2, 3, (-2.7759108086526527e-2), 4, (-5.703810355196601e-2), 5, 1.3475478394172409e-2, 6.298533526224015e-2)
 + DECODE(__t32, 2, 1.9059360899340703e-2, 3, 5.14685810427111e-3, 4, (-4.053075933266745e-2), 5, (-6.251870288356753e-2), 6.259909501925369e-2)
 + DECODE(__t33, 2, 3.677258956979782e-2, 3, (-2.2335061026466107e-2), 4, 1.7255233082472416e-2, 5, (-6.532969433708571e-2), 5.909484030099115e-2)
 + DECODE(__t34, 2, 5.410098883359396e-2, 3, (-5.2596616216429954e-3), 4, 5.121289178269144e-2, 5, (-3.648102575367036e-2), 5.8515295174805075e-2)
 + DECODE(__t35, 2, (-1.1189131320973214e-3), 3, (-5.233521160606121e-2), 4, 8.246205953002737e-3, 5, (-2.8270150632028274e-2), 3.736418068188396e-2)
 + DECODE(__t36, 2, 1.6559245780760252e-2, 3, 4.3610089077699985e-3, 4, (-3.556605918217235e-2), 5, (-5.356767499670789e-2), 5.402130862099093e-2)
 + DECODE(__t37, 2, 3.118899841969848e-3, 3, (-2.430824924196198e-2), 4, 2.821740971977625e-2, 5, (-2.3254625836115005e-2), 9.958631080095222e-2)
 + DECODE(__t38, 2, (-4.726623551611697e-2), 3, 6.980067874424817e-3, 4, (-5.012446073554915e-2), 5, 2.4178622687119713e-3, 1.7137390627344498e-2)
 + DECODE(__t39, 2, (-8.93520268669047e-4), 3, (-4.836814569828363e-2), 4, 1.2343549691774397e-2, 5, (-3.282508858806168e-2), 3.365644639966416e-2)
 + DECODE(__t40, 2, 8.24436988015191e-2, 3, (-9.324873450837674e-4), 4, (-1.663447339337892e-2), 5, 2.578507810664489e-2, 4.982952174928024e-2)
 + DECODE(__t41, 2, 6.438574239361446e-2, 3, 6.262741764728562e-2, 4, (-1.0377639883050025e-2), 5, (-3.342295868932993e-2), 1.5812894404966978e-2)
 + DECODE(__t42, 2, 7.398164140091175e-3, 3, (-6.491979429494254e-3), 4, (-5.292358995107617e-2), 5, (-4.643297608707919e-2), 1.8419008419614753e-2)
 + DECODE(__t43, 2, 1.2181006556383153e-2, 3, (-2.105572898092886e-2), 4, (-4.916711120959939e-2), 5, 4.2049467512657464e-4, 4.614211220849097e-2)
 + DECODE(__t44, 2, (-1.0747489017174394e-4), 3, (-2.6244944422433098e-2), 4, 2.6655109377087424e-2, 5, 1.4810307991706975e-2, 8.789852995967787e-2)
 + DECODE(__t45, 2, (-6.009282855522428e-2), 3, (-4.209606569077905e-2), 4, 1.4311872444276267e-2, 5, (-4.253663264441151e-2), 6.781854810555274e-3)
 + DECODE(__t46, 2, (-3.2668394477227275e-2), 3, 7.196134831739706e-2, 4, (-8.732053416556654e-3), 5, 2.0311366605409543e-2, 6.684646679317482e-2)
 + DECODE(__t47, 2, 6.0212895474457795e-2, 3, 3.0124010377155126e-3, 4, (-2.248938761470705e-2), 5, (-2.6591247771318445e-2), 2.8742482194621943e-2)
 + DECODE(__t48, 2, (-2.6101683270531935e-3), 3, (-8.69239646495637e-4), 4, (-4.379987704492442e-2), 5, 1.080699636408276e-2, 6.981394665006177e-2)
 + DECODE(__t49, 2, 7.793761643636316e-2, 3, (-1.150068674028931e-2), 4, 5.748024524767015e-2, 5, (-1.1134452735817998e-2), 3.639634977434878e-2)
 + DECODE(__t50, 2, 8.30838409048603e-2, 3, 4.2726505340937035e-3, 4, (-8.826948350736224e-3), 5, (-3.8899087588095606e-2), (-4.024870403437334e-3))
 + DECODE(__t51, 2, 9.55889412353371e-3, 3, (-1.4689136813166418e-2), 4, (-4.159265516287561e-2), 5, 9.936216634282511e-3, 9.103777243724787e-2)
 + DECODE(__t52, 2, (-2.4832811977188755e-3), 3, 6.253331992143647e-4, 4, 1.8169440507216264e-2, 5, (-4.985439684527235e-2), 3.324406310514825e-2)
 + DECODE(__t53, 2, 8.433376816221225e-2, 3, (-8.273799060665726e-3), 4, (-3.284231065393536e-2), 5, (-1.3828549641341807e-2), (-3.0317043955223645e-3))
 + DECODE(__t54, 2, 9.063239529792586e-3, 3, (-1.4977882866070602e-2), 4, 2.036548699504459e-2, 5, (-6.103541093967101e-2), 1.4390237812831528e-2)
 + DECODE(__t55, 2, (-4.106595642649646e-2), 3, (-4.773433462538558e-2), 4, 3.14337163686445e-2, 5, (-1.162288875253113e-3), 3.5958277772603305e-3)
 + DECODE(__t56, 2, (-4.0208430566198786e-2), 3, 6.173692751446677e-2, 4, (-1.2265099469007477e-3), 5, (-4.029921876415077e-2), 6.031570664063769e-2)
 + DECODE(__t57, 2, 3.2560922323867265e-2, 3, (-8.154399463126008e-3), 4, 4.8120877445404775e-2, 5, (-9.806689834815495e-3), 7.210284855225567e-2)
 + DECODE(__t58, 2, 9.473163958264258e-3, 3, (-4.094708562855881e-2), 4, (-2.9928160282985245e-2), 5, 1.07637567498709e-2, 2.763270738319151e-2)
 + DECODE(__t59, 2, 5.876456168844133e-2, 3, 8.562944943888212e-3, 4, (-6.662140420616557e-2), 5, (-3.294031194393467e-3), (-6.000269526259438e-3))
 + DECODE(__t60, 2, 1.1639777333258439e-2, 3, (-3.2527667207256104e-2), 4, (-1.5553138880877973e-3), 5, (-4.165218681139274e-2), 6.268611226644305e-2)
 + DECODE(__t61, 2, 5.066043058550129e-3, 3, (-4.3703001823898176e-4), 4, 4.111982449284055e-2, 5, (-4.135032616960024e-2), 6.733502426787237e-2)
 + DECODE(__t62, 2, 7.701765329085498e-2, 3, (-1.3273952318492039e-2), 4, (-3.2574018170672035e-2), 5, (-1.3375378187765841e-2), (-2.6379788931431103e-3))
 + DECODE(__t63, 2, (-6.0472727467644595e-3), 3, 3.1783509015623844e-2, 4, 1.2072030685443049e-2, 5, (-6.41750631526858e-2), 6.043420144628209e-2)
 + DECODE(__t64, 2, (-1.828658031818265e-2), 3, (-5.281228851979112e-3), 4, 1.9918145551380995e-2, 5, (-5.37135995091522e-2), 1.728105669268459e-2)
 + DECODE(__t65, 2, 1.0604747377454093e-2, 3, 5.6844954551676354e-2, 4, (-7.6653197566983015e-3), 5, (-6.147978723420623e-2), (-1.14389281158998e-2))
 + DECODE(__t66, 2, 2.439169744134108e-2, 3, 1.0075343633244608e-2, 4, (-2.5915329917226185e-2), 5, (-6.038046519022365e-3), 6.377875078119856e-2)
 + DECODE(__t67, 2, (-8.723896700617588e-3), 3, 3.0155866321172526e-2, 4, (-1.9109080517163354e-3), 5, (-2.1920702709553153e-2), 5.845182388891745e-2)
 + DECODE(__t68, 2, (-5.475626092859654e-3), 3, 2.9301479700883145e-2, 4, 1.0924390902824016e-2, 5, (-5.961737006352418e-2), 5.6379527919261124e-2)
 + DECODE(__t69, 2, (-6.7006122713616474e-3), 3, 1.7304603677993732e-2, 4, 8.109467549620143e-3, 5, (-7.075145812050301e-2), 8.385756945435188e-3)
 + DECODE(__t70, 2, (-4.180717903634335e-2), 3, 2.4058122197065865e-2, 4, (-2.2803500080849567e-2), 5, (-5.902336057087426e-3), 7.58889473931695e-2)
 + DECODE(__t71, 2, 2.4211519657128804e-2, 3, (-1.175943859818657e-2), 4, 1.5429689031365679e-2, 5, (-1.8725044067192363e-2), 5.0740341156938124e-2)
 + DECODE(__t72, 2, (-2.6989272316875198e-2), 3, (-2.490099512640877e-2), 4, 4.465611764210181e-2, 5, (-1.646608390314096e-3), 1.756654726764352e-2)
 + DECODE(__t73, 2, (-3.8524169022674626e-3), 3, 1.2162037053055815e-2, 4, (-5.161537304742221e-4), 5, (-6.720862596971744e-2), 4.800701764020082e-2)
 + DECODE(__t74, 2, 1.3440929867809037e-2, 3, (-3.6456485890543934e-2), 4, (-2.212758733897433e-2), 5, 2.0121442133632307e-3, 5.691048617190401e-2)
 + DECODE(__t75, 2, 2.1857013458833376e-2, 3, (-8.339433576693315e-3), 4, (-5.740101111368809e-2), 5, 5.802130813871178e-3, 4.50144093114459e-2)
 + DECODE(__t76, 2, (-4.034606259331072e-2), 3, 2.18539911087483e-2, 4, (-2.022289309552913e-2), 5, (-5.331415837281195e-3), 6.911979894582648e-2)
 + DECODE(__t77, 2, 1.964739642571948e-3, 3, (-2.280654517864002e-3), 4, (-1.1796154267847874e-3), 5, (-5.9436526414057445e-2), 5.926549910367294e-2)
 + DECODE(__t78, 2, (-9.687982931265481e-3), 3, 5.1623258915114545e-2, 4, 1.1156266069234722e-2, 5, (-1.9081854174379277e-2), 1.6881785256073086e-2)
 + DECODE(__t79, 2, (-2.9194228938217337e-3), 3, 4.440249292603304e-2, 4, (-2.3026128573645752e-2), 5, (-2.846256226371462e-2), 4.230600959199052e-2)
 + DECODE(__t80, 2, 1.765030127338162e-2, 3, (-4.748447101700651e-2), 4, 4.583120961355445e-2, 5, (-6.005124215850023e-2), (-2.8714216522560915e-3))
 + DECODE(__t81, 2, 4.982398452455647e-2, 3, (-4.636816278929112e-2), 4, 1.3023530965818276e-3, 5, (-3.229586104990497e-3), 8.947686806735727e-2)
 + DECODE(__t82, 2, 2.0847372447465838e-2, 3, 3.6530248142091063e-3, 4, (-3.304687577530737e-2), 5, (-4.801257080025941e-3), 6.024584013890238e-2)
 + DECODE(__t83, 2, 1.8814135787022485e-2, 3, (-1.1138092311354162e-2), 4, (-3.913318835793213e-2), 5, 5.231468642460653e-3, 4.5092043888296504e-2)
 + DECODE(__t84, 2, (-2.5758703421006002e-2), 3, 7.50132019114387e-3, 4, 1.8105718629050117e-3, 5, (-3.978666090781868e-2), 1.827369872128759e-2)
 + DECODE(__t85, 2, 2.195044401282041e-3, 3, (-2.0038887799307668e-3), 4, (-1.242476903432075e-3), 5, (-5.663620748465285e-2), 5.313306766244417e-2)
 + DECODE(__t86, 2, 7.737416411132151e-4, 3, 4.3086035968917897e-4, 4, 1.0137857247885303e-2, 5, (-7.491650396000342e-2), 4.4700199564032796e-2)
 + DECODE(__t87, 2, (-4.6789696546245346e-2), 3, 3.1512138789481525e-3, 4, (-5.495351599738788e-2), 5, 5.65940658324179e-3, 4.2119451656436185e-3)
 + DECODE(__t88, 2, (-5.614569678631697e-3), 3, 6.086286611723033e-2, 4, 2.547500831153711e-2, 5, (-9.86740205598994e-3), 4.25179254167178e-2)
 + DECODE(__t89, 2, (-1.3340155339746536e-3), 3, 4.4564115837086506e-2, 4, (-4.221349526099795e-3), 5, (-4.369383432257172e-2), 5.066612289596981e-2)
 + DECODE(__t90, 2, 1.1947088305893422e-3, 3, (-3.858810366283125e-2), 4, 3.9013749859635766e-2, 5, (-5.502789802049725e-2), 4.1846956288721156e-2)
 + DECODE(__t91, 2, 1.209153143617511e-3, 3, 4.5868508095151604e-2, 4, (-1.6326420434322208e-2), 5, (-1.632985120007594e-2), (-1.891828451272884e-2))
 + DECODE(__t92, 2, 2.0334560817262058e-2, 3, 4.8814498883646786e-2, 4, (-4.062615902523969e-2), 5, (-7.134514753620559e-2), 1.7767004906178115e-3)
 + DECODE(__t93, 2, (-2.19806301590017e-2), 3, 2.766902081441212e-3, 4, (-2.514714935946433e-3), 5, (-5.562095158837728e-2), 7.735139889091303e-2)
 + DECODE(__t94, 2, (-2.4775932054955e-2), 3, 4.863337746399171e-2, 4, 3.3572000062644956e-2, 5, (-5.5489295285722155e-2), 6.500944957329167e-4)
 + DECODE(__t95, 2, (-4.223947649143872e-3), 3, 4.418323246390816e-2, 4, 1.6821040215625038e-2, 5, (-2.6895427027775066e-2), 3.615960871506565e-2)
 + DECODE(__t96, 2, 4.383992338017158e-2, 3, (-3.740953442779996e-2), 4, (-1.1871478443193956e-3), 5, (-5.414078977460604e-2), 2.9492503173261697e-3)
 + DECODE(__t97, 2, 3.014419460962329e-3, 3, 1.8536669801038422e-2, 4, (-3.0853726512715885e-2), 5, 6.3199820063407e-3, 5.8697933470674785e-2)
 + DECODE(__t98, 2, 5.514001540848386e-2, 3, 2.237220491754484e-2, 4, (-8.140871540164267e-3), 5, (-4.682733121403956e-3), 3.871064261775018e-2)
 + DECODE(__t99, 2, (-9.812640218456049e-4), 3, 3.321199311748384e-2, 4, (-1.1132920655721287e-2), 5, (-3.7582691421473783e-3), 3.8835103445847396e-2)
 + DECODE(__t100, 2, (-2.5796219092197015e-3), 3, (-2.19516015339554e-3), 4, 1.358545055968189e-2, 5, (-7.122281059878877e-2), 2.5371142974141447e-2)
 + DECODE(__t101, 2, (-6.964776240681321e-3), 3, 6.351427495030318e-2, 4, (-2.249799302043798e-2), 5, (-4.8351081669283244e-2), 5.110633105358541e-3)
 + DECODE(__t102, 2, (-2.836030545847515e-2), 3, 7.024069324987306e-3, 4, (-4.329702687257847e-2), 5, 4.867316875425687e-3, 9.288968942218328e-3)
 + DECODE(__t103, 2, 1.8296231012804334e-2, 3, 4.57834095869116e-2, 4, (-3.7039842477279615e-2), 5, (-6.433565194043649e-2), 1.5973154729291604e-3)
 + DECODE(__t104, 2, 1.460920384467766e-3, 3, (-2.0368213846462487e-3), 4, (-1.0721658978743531e-3), 5, (-5.1514454865851905e-2), 4.939638735708507e-2)
 + DECODE(__t105, 2, 3.5117320262856556e-2, 3, (-9.393363900246551e-3), 4, 1.214674711506511e-2, 5, (-2.2801217062910113e-2), (-4.7770837544341685e-3))
 + DECODE(__t106, 2, 3.4546057727207855e-2, 3, (-5.879957332486672e-2), 4, 4.8006678411681436e-2, 5, (-5.067445844667082e-2), 1.5350661374964175e-3)
 + DECODE(__t107, 2, 1.221665462588218e-2, 3, (-5.1023620968918965e-2), 4, 1.629896937764483e-2, 5, (-6.003394092508091e-2), 2.242817817657545e-3)
 + DECODE(__t108, 2, 5.560102809217156e-2, 3, 2.6023189060937976e-2, 4, (-9.860316642081111e-3), 5, (-3.430673238152603e-2), (-3.125425093206218e-3))
 + DECODE(__t109, 2, (-1.1610237698217154e-3), 3, 3.3854942534946635e-2, 4, 4.983452735543107e-2, 5, (-3.4424991503054767e-2), 3.53743504536926e-2)
 + DECODE(__t110, 2, (-2.6219886722514508e-2), 3, 8.628674136702805e-3, 4, (-3.376002602277893e-2), 5, (-2.4551882913020147e-3), 5.881748000858694e-2)
 + DECODE(__t111, 2, 5.427685684672227e-3, 3, (-2.4206301918842384e-2), 4, (-3.0986189886388835e-2), 5, 5.625534521735726e-3, 1.6421178976949478e-2)
 + DECODE(__t112, 2, (-2.893588978938679e-3), 3, 5.96553849734958e-2, 4, (-2.1594823524882935e-2), 5, (-4.537630922241166e-2), 7.491310337558063e-3)
 + DECODE(__t113, 2, 2.2121256108323266e-2, 3, (-1.0900483261357613e-2), 4, 5.273069160668967e-2, 5, 1.0725365675026799e-3, 3.925394599938117e-2)
 + DECODE(__t114, 2, 4.5479409985420466e-2, 3, 2.945042024594308e-3, 4, (-2.5028737723252398e-2), 5, (-2.6695305416390026e-3), 4.568038063890643e-2)
 + DECODE(__t115, 2, (-2.556357879840143e-2), 3, 1.8405354656400167e-3, 4, 6.1224652998175194e-3, 5, (-8.971796301784008e-3), 5.4937446978828935e-2)
 + DECODE(__t116, 2, 1.3755190573679774e-2, 3, (-3.694702151807048e-2), 4, 1.437758469924374e-2, 5, (-6.709241510835921e-2), 1.8993737315368847e-3)
 + DECODE(__t117, 2, (-1.8795025109870873e-2), 3, 5.166936226533036e-2, 4, 3.1154061569250786e-2, 5, (-3.419926770422859e-2), 6.83036966221346e-4)
 + DECODE(__t118, 2, (-4.530757321890662e-2), 3, 4.034162815127059e-2, 4, 2.2780281279476823e-2, 5, (-4.89605558782236e-2), 1.3134193122748194e-3)
 + DECODE(__t119, 2, (-8.463345854480704e-3), 3, 3.1895043568543134e-2, 4, (-6.197835873088921e-2), 5, 4.379032193404609e-3, 1.8349012604118885e-2)
 + DECODE(__t120, 2, (-1.3041280932172997e-2), 3, (-2.9495391934193926e-2), 4, (-1.313699135464858e-3), 5, (-3.7061967086904945e-3), 8.246414188864935e-2)
 + DECODE(__t121, 2, 1.9096509464306376e-2, 3, 3.375598494717926e-2, 4, (-4.278314762944981e-3), 5, (-4.9014132260142534e-2), (-2.7016269620769927e-3))
 + DECODE(__t122, 2, (-6.083221699568675e-3), 3, 7.060613169060726e-3, 4, (-7.187585534445537e-3), 5, (-5.1119138737142834e-2), 2.045218583604075e-2)
 + DECODE(__t123, 2, (-1.8045745804243754e-3), 3, 4.347116199485721e-2, 4, (-4.542438543032242e-2), 5, 5.174045674272348e-3, 5.1621375153635865e-2)
 + DECODE(__t124, 2, 6.549998813147888e-2, 3, (-9.054588824047959e-3), 4, 4.056751399669858e-2, 5, (-3.2033686811844264e-2), (-5.119089321146368e-4))
 + DECODE(__t125, 2, (-1.1524195944227152e-2), 3, (-2.6945871471881946e-2), 4, (-9.495701679666043e-4), 5, (-3.4822822624357925e-3), 7.775681543342995e-2)
 + DECODE(__t126, 2, 4.300691194271994e-2, 3, (-3.663001140000948e-2), 4, (-2.560463462881677e-2), 5, 1.5770868791256496e-3, 3.253051855699357e-2)
 + DECODE(__t127, 2, 1.2539571454558167e-2, 3, (-4.7449766462008956e-2), 4, 1.435258749543204e-2, 5, (-6.373222383395076e-2), 2.0805694337414442e-3)
 + DECODE(__t128, 2, 4.087429231621179e-2, 3, (-1.7863235667020843e-2), 4, (-3.9252076265247265e-2), 5, 1.4122908494529907e-2, (-1.439541317445355e-3))
 + DECODE(__t129, 2, 2.025593411689693e-2, 3, (-1.0197832119908653e-2), 4, 5.0232070073942904e-2, 5, 1.0506282187451553e-3, 3.361495962566325e-2)
 + DECODE(__t130, 2, (-3.990632557797682e-2), 3, 7.573071768128213e-2, 4, (-5.084152047039988e-3), 5, (-3.44189982750571e-3), 4.95111251918242e-2)
 + DECODE(__t131, 2, 3.369771493151652e-2, 3, (-6.215939898686123e-2), 4, 4.214472898423618e-2, 5, (-5.0012321931106475e-2), 1.2899375305804768e-3)
 + DECODE(__t132, 2, 4.445975452354584e-2, 3, 2.252326902478636e-2, 4, (-7.027992401305497e-2), 5, 9.762352482330644e-3, 1.2646384943299134e-3)
 + DECODE(__t133, 2, 8.994401369816258e-3, 3, (-4.157079454276348e-2), 4, (-5.920941648415212e-2), 5, 4.119256432050263e-3, 4.287592380188483e-3)
 + DECODE(__t134, 2, (-1.470349276661816e-2), 3, 1.1462410012436634e-2, 4, 5.94854755778138e-3, 5, (-2.327845730282771e-2), 7.410481245148522e-3)
 + DECODE(__t135, 2, (-2.9123031494378112e-2), 3, (-2.1488966058184872e-2), 4, 3.658409068431214e-2, 5, (-4.734124218033009e-2), 9.95612258664514e-4)
 + DECODE(__t136, 2, 1.7719904029133858e-3, 3, (-5.010888412615236e-2), 4, 1.2941570194516425e-2, 5, (-6.145129713460066e-2), 1.5616624584227875e-3)
 + DECODE(__t137, 2, 1.5247296972398136e-2, 3, (-8.310518369757628e-3), 4, (-5.7903221955621725e-2), 5, 3.552091894814617e-3, 3.478301947064235e-2)
 + DECODE(__t138, 2, (-2.736582912061242e-4), 3, 3.883089324184921e-2, 4, (-4.11723517619798e-3), 5, (-4.832238490607145e-2), 3.491562929970246e-2)
 + DECODE(__t139, 2, 6.983507013260149e-3, 3, 3.960940449433434e-2, 4, (-7.777971946247803e-2), 5, (-2.327106652063688e-3), 5.180323756553467e-2)
 + DECODE(__t140, 2, 6.374959111049063e-4, 3, 4.157237058745247e-2, 4, 2.0697635424508073e-2, 5, (-4.259582479307265e-2), 2.9984620874668216e-2)
 + DECODE(__t141, 2, 2.8342243420698323e-2, 3, 6.281487031277466e-3, 4, (-4.9200325518465156e-2), 5, (-1.4163648034129677e-3), 5.0382589847729246e-2)
 + DECODE(__t142, 2, (-1.854281998806978e-2), 3, 5.321008310114658e-3, 4, (-1.7987085699272324e-2), 5, 3.8379103383629405e-3, 6.0226310647899683e-2)
 + DECODE(__t143, 2, 4.305629179417805e-3, 3, (-4.430065299964199e-2), 4, 1.6653643018115557e-2, 5, (-5.3271386411518365e-2), 1.5273921904075203e-3)
 + DECODE(__t144, 2, 5.753950090185215e-3, 3, 4.64360285861819e-2, 4, (-1.6075208293274718e-2), 5, (-4.7669684088925766e-2), (-2.551791981266596e-3)) AS __margin,
  1.012505350765563e+0 * (DECODE(__t0, 1, 2.766371104862856e-1, 4, 0e+0, 5, 0e+0, (-2.9095427805230265e-2))
 + DECODE(__t1, 1, 2.4412290622981284e-1, 4, 0e+0, 5, 0e+0, (-2.7565455242865224e-2))
 + DECODE(__t2, 1, 2.1829850368643855e-1, 5, 0e+0, (-2.5381358373263656e-2))
 + DECODE(__t3, 1, 2.002660312059659e-1, 5, 0e+0, (-2.448673008164759e-2))
 + DECODE(__t4, 1, 1.8114602750649844e-1, 5, 0e+0, (-2.1356948645637197e-2))
 + DECODE(__t7, 1, 1.5574616015271497e-1, 5, 0e+0, (-1.9420789922693367e-2))
 + DECODE(__t9, 1, 1.3814561733248282e-1, 5, 0e+0, (-1.6066548544017137e-2))
 + DECODE(__t14, 1, 1.1738006424388676e-1, 5, 0e+0, (-1.3840134904520317e-2))
 + DECODE(__t15, 1, 1.1063859598707457e-1, 5, 0e+0, (-1.281843882094236e-2))
 + DECODE(__t17, 2, 7.808333570222876e-2, 3, (-7.834144647896961e-3), 0e+0)
 + DECODE(__t19, 3, 9.642182722196353e-2, 4, (-7.827952811342125e-3), 0e+0)
 + DECODE(__t23, 3, 8.899742398743353e-2, 4, (-6.824371496863213e-3), 0e+0)
 + DECODE(__t26, 2, (-2.137644368402982e-2), 3, 5.5562255632327605e-2, 4, (-1.3210426722177485e-2), 5, 0e+0, 2.8687887224230144e-2)
 + DECODE(__t28, 2, 8.23382423817618e-2, 3, (-6.013331119055581e-3), 4, (-6.013331119055581e-3), 0e+0)
 + DECODE(__t34, 1, 0e+0, 2, 5.8386422125494095e-2, (-3.653256981589586e-3))
 + DECODE(__t41, 2, 7.423249840462869e-2, 3, 5.93005292994584e-2, 4, (-1.3704528230877238e-2), 5, (-3.6288788565240985e-3), 0e+0)
 + DECODE(__t49, 1, 2.3317643246837955e-2, 4, 6.557980985413946e-2, 5, (-3.0348881293486892e-3), (-1.607853378536341e-2))
 + DECODE(__t52, 1, 2.1164342634052848e-2, 2, (-1.4563001668814277e-2), 0e+0)
 + DECODE(__t54, 4, 5.606988871297165e-2, 5, (-2.533100922174395e-2), 0e+0)
 + DECODE(__t57, 2, 2.6414101582146493e-2, 3, (-1.4301220204846778e-2), 0e+0)
 + DECODE(__t64, 4, 4.9946297199411196e-2, 5, (-2.3685447861121995e-2), 0e+0)
 + DECODE(__t66, 2, 1.956483948862281e-2, 3, (-1.0720166593669079e-2), 4, (-1.0720166593669079e-2), 0e+0)
 + DECODE(__t69, 3, 4.519700040528323e-2, 4, (-2.199533598548121e-2), 5, (-2.199533598548121e-2), 0e+0)
 + DECODE(__t70, 5, (-5.9946519981405435e-3), 8.435103668709573e-3)
 + DECODE(__t76, 5, (-5.4213180851218675e-3), 7.758163051670625e-3)
 + DECODE(__t81, 1, 4.627866662854488e-2, 4, 0e+0, 5, 0e+0, (-3.1792667214534616e-2))
 + DECODE(__t82, 2, 1.7636238071112847e-2, 3, (-9.484645189624077e-3), 4, (-9.484645189624077e-3), 0e+0)
 + DECODE(__t89, 1, 6.65077212098545e-3, 2, 6.65077212098545e-3, (-4.577724788557345e-3))
 + DECODE(__t98, 3, 1.9840958569398614e-2, 4, (-1.0672117888310493e-2), 0e+0)
 + DECODE(__t116, 2, 3.282557597080864e-2, 3, (-1.7876636120941612e-2), 0e+0)
 + DECODE(__t120, 5, (-3.73116742833e-3), 5.460185131354812e-3)
 + DECODE(__t125, 5, (-3.5644046649349528e-3), 5.2177456891454015e-3)
 + DECODE(__t130, 5, (-3.5275352313745957e-3), 5.179881737330165e-3)
 + DECODE(__t138, 1, 5.027234132970133e-3, 2, 5.027234132970133e-3, (-3.4057214348421475e-3))) AS __c0,
  1.012505350765563e+0 * (DECODE(__t13, 2, 2.524137664197726e-2, 3, (-3.369595355959677e-2), 0e+0)
 + DECODE(__t21, 2, 2.0195596280529624e-2, 3, (-2.5656807877290584e-2), 0e+0)
 + DECODE(__t24, 3, (-3.021427813701607e-2), 4, 0e+0, 5, 0e+0, 2.033640117029154e-2)
 + DECODE(__t31, 1, 6.310411565912541e-2, (-4.718665842686545e-3))
 + DECODE(__t33, 1, 5.920792290019843e-2, (-4.31091127095962e-3))
 + DECODE(__t35, 3, (-2.615217898858066e-2), 4, (-2.615217898858066e-2), 5, 0e+0, 1.110571012899856e-2)
 + DECODE(__t38, 1, 1.0087519638912513e-2, 4, 0e+0, 5, 0e+0, (-2.371424436173378e-2))
 + DECODE(__t43, 1, 0e+0, 4, (-1.7801441808529286e-2), 5, (-1.7801441808529286e-2), 7.399386844623159e-3)
 + DECODE(__t46, 3, 7.471021983891002e-2, 4, (-1.4532623786341634e-3), 5, (-1.4532623786341634e-3), 0e+0)
 + DECODE(__t51, 3, (-1.3243380571683413e-2), 4, 0e+0, 5, 0e+0, 2.6017235194980216e-2)
 + DECODE(__t56, 3, 6.385956833995572e-2, 4, (-1.4381676703680473e-3), 5, (-1.4381676703680473e-3), 0e+0)
 + DECODE(__t57, 4, 5.492259573159422e-2, 5, (-3.0049715486260503e-3), 0e+0)
 + DECODE(__t58, 2, 1.1781776972432172e-2, 3, 1.1781776972432172e-2, 4, (-1.783099261059075e-2), 0e+0)
 + DECODE(__t60, 1, 6.258604485176356e-2, 4, 7.520956102226492e-3, 5, (-3.257591682107845e-2), (-1.066217566848519e-3))
 + DECODE(__t63, 1, 6.031863144417728e-2, (-1.0014843358547285e-3))
 + DECODE(__t65, 1, 5.044206559952554e-3, 2, 5.044206559952554e-3, (-1.140893458081989e-2))
 + DECODE(__t67, 1, 5.834851800369544e-2, (-9.50322128218779e-4))
 + DECODE(__t68, 1, 5.62500752134277e-2, (-8.934878841485678e-4))
 + DECODE(__t71, 1, 5.0635249195650746e-2, (-9.90250276500158e-4))
 + DECODE(__t73, 1, 4.788405214229992e-2, (-9.1375747811281e-4))
 + DECODE(__t75, 1, 4.491562064109552e-2, (-9.437798594453116e-4))
 + DECODE(__t79, 1, 4.219357921500346e-2, (-8.745149275642912e-4))
 + DECODE(__t83, 1, 4.4944537463136106e-2, (-7.532947870112006e-4))
 + DECODE(__t86, 3, 2.4768693298821087e-2, 4, (-3.0096776060929302e-2), 5, (-3.0096776060929302e-2), 0e+0)
 + DECODE(__t88, 1, 4.252033657971164e-2, (-6.980481809668065e-4))
 + DECODE(__t92, 1, 0e+0, 2, 3.678829943680289e-2, (-2.679101508550833e-2))
 + DECODE(__t95, 1, 3.612802491970897e-2, (-7.2286250344409e-4))
 + DECODE(__t97, 2, 8.766229995579423e-3, 3, (-1.2093643742138657e-2), 4, (-1.2093643742138657e-2), 0e+0)
 + DECODE(__t99, 1, 3.871470523322614e-2, (-6.202946304785436e-4))
 + DECODE(__t101, 1, 3.83808171364122e-3, 2, (-8.237327632398643e-3), 0e+0)
 + DECODE(__t102, 1, 7.543806201411795e-3, 2, (-3.010546819928168e-2), 0e+0)
 + DECODE(__t103, 1, 0e+0, 2, 3.316108227548548e-2, (-2.390358185963072e-2))
 + DECODE(__t111, 2, 8.291281675366613e-3, 3, (-2.1342705928148e-2), 0e+0)
 + DECODE(__t113, 1, 3.9246090087035446e-2, (-5.221244495880594e-4))
 + DECODE(__t114, 2, 3.384080895589782e-2, 3, (-8.693559004928339e-3), 0e+0)
 + DECODE(__t121, 4, 1.4164565373990967e-2, 5, (-3.0571252123206587e-2), 0e+0)
 + DECODE(__t122, 3, 1.134928709991372e-3, 4, 1.134928709991372e-3, 5, (-4.883417952310332e-2), 0e+0)
 + DECODE(__t129, 1, 3.3587621340215104e-2, (-5.150464584558657e-4))
 + DECODE(__t137, 1, 3.4868361828246194e-2, (-4.445436254746148e-4))
 + DECODE(__t139, 3, 8.014029795902336e-2, 4, (-3.7248825997789e-2), 0e+0)
 + DECODE(__t143, 2, 2.0344109620353646e-2, 3, (-2.826217255870615e-2), 0e+0)) AS __c1,
  1.012505350765563e+0 * (DECODE(__t23, 1, 6.8621175807687534e-3, 2, (-9.410261692140305e-2), 0e+0)
 + DECODE(__t27, 1, 0e+0, 5, (-7.089728478287007e-2), 5.678987156393675e-3)
 + DECODE(__t29, 5, (-6.81550370954474e-2), 5.115808698786717e-3)
 + DECODE(__t30, 1, 0e+0, 5, (-6.188325794240127e-2), 4.787266350952935e-3)
 + DECODE(__t32, 1, 0e+0, 5, (-5.778306865593471e-2), 4.3643891125448e-3)
 + DECODE(__t33, 1, 0e+0, 5, (-6.0905700466918816e-2), 4.301976887050705e-3)
 + DECODE(__t36, 1, 0e+0, 5, (-4.978730169902801e-2), 3.589397465269737e-3)
 + DECODE(__t42, 5, (-4.6498075484732886e-2), 3.170184821265968e-3)
 + DECODE(__t45, 5, (-4.2592163332911125e-2), 2.864233698874294e-3)
 + DECODE(__t50, 5, (-3.9056309002119344e-2), 2.5937202329136756e-3)
 + DECODE(__t54, 4, (-3.584915260758674e-2), 5, (-3.584915260758674e-2), 2.3436789133933905e-3)
 + DECODE(__t56, 4, 2.3342985489562544e-3, 5, (-3.673841026829377e-2), 0e+0)
 + DECODE(__t64, 4, (-3.0151646134070363e-2), 5, (-3.0151646134070363e-2), 1.9033163614374671e-3)
 + DECODE(__t69, 1, 1.747568674650105e-3, 2, 1.747568674650105e-3, (-2.8027131348974294e-2))
 + DECODE(__t73, 1, 0e+0, 4, (-2.824364645634333e-2), 5, (-2.824364645634333e-2), 1.6674667583850002e-3)
 + DECODE(__t77, 4, (-2.5257959315826514e-2), 5, (-2.5257959315826514e-2), 1.5357928329836326e-3)
 + DECODE(__t85, 4, (-2.393604173291622e-2), 5, (-2.393604173291622e-2), 1.4448861203094265e-3)
 + DECODE(__t86, 1, 0e+0, 2, 1.4200986694419275e-3, (-2.3691475910803197e-2))
 + DECODE(__t96, 4, (-2.0772548689092552e-2), 5, (-2.0772548689092552e-2), 1.2282210145122205e-3)
 + DECODE(__t104, 4, (-1.94668344218243e-2), 5, (-1.94668344218243e-2), 1.1435783660123774e-3)
 + DECODE(__t116, 1, 1.1381012479246596e-3, 4, 0e+0, 5, 0e+0, (-1.983165788074109e-2))
 + DECODE(__t135, 1, 9.815143428436152e-4, (-1.6924837121811045e-2))
 + DECODE(__t136, 1, 1.0036810328886135e-3, 4, 0e+0, 5, 0e+0, (-1.7712208426723882e-2))
 + DECODE(__t143, 1, 9.354895399699877e-4, 4, 0e+0, 5, 0e+0, (-1.6630383091373373e-2))) AS __c2,
  0e0 AS __c3,
  1.012505350765563e+0 * (DECODE(__t3, 2, 1.2479038832622809e-1, 3, (-4.251486622024066e-2), 0e+0)
 + DECODE(__t7, 2, 1.0065473423495278e-1, 3, (-3.513753391659353e-2), 0e+0)
 + DECODE(__t11, 2, 6.370273198888024e-2, 3, (-2.963291964960775e-2), 0e+0)
 + DECODE(__t16, 2, (-1.8132307973678926e-2), 3, 7.313279576030746e-2, 0e+0)
 + DECODE(__t34, 3, (-6.010158521069107e-3), 4, 5.046239488326533e-2, 0e+0)
 + DECODE(__t35, 3, (-3.4122388706409656e-2), 4, 2.6459028852654283e-2, 0e+0)
 + DECODE(__t37, 3, (-1.3375924169050998e-2), 4, 0e+0, 5, 0e+0, 2.934497092107674e-2)
 + DECODE(__t38, 2, (-3.0601862142815177e-2), 3, 2.3644441247726612e-2, 0e+0)
 + DECODE(__t40, 1, 0e+0, 5, 2.9223271501530874e-2, (-5.272674990457088e-3))
 + DECODE(__t43, 4, (-2.834936310729047e-2), 5, 2.1238242777435495e-2, 0e+0)
 + DECODE(__t44, 3, (-1.6776703203958146e-2), 4, 3.6123350595562376e-2, 5, 0e+0, 2.3222382794481158e-2)
 + DECODE(__t46, 4, (-4.529919516409532e-3), 5, 2.4513500505556667e-2, 0e+0)
 + DECODE(__t50, 1, (-6.775812050374745e-3), 5, 0e+0, 1.6497429194249905e-2)
 + DECODE(__t53, 1, (-3.1767214666347365e-3), 2.649702508496039e-2)
 + DECODE(__t59, 1, (-1.0481207566410567e-2), 4, 0e+0, 5, 0e+0, 1.3526573092135143e-2)
 + DECODE(__t62, 1, (-2.7570069465586164e-3), 2.3007727914535276e-2)
 + DECODE(__t63, 1, 0e+0, 2, (-5.161358413014533e-3), 1.2536682809954786e-2)
 + DECODE(__t68, 1, 0e+0, 2, (-4.7115909145445094e-3), 1.145912617988176e-2)
 + DECODE(__t72, 3, (-2.0321900562402156e-2), 4, 6.973611709073171e-3, 5, 6.973611709073171e-3, 0e+0)
 + DECODE(__t73, 2, (-4.729091680440558e-3), 3, 1.1285362274882721e-2, 0e+0)
 + DECODE(__t74, 4, (-1.8463081476051503e-2), 5, 5.676650076286054e-3, 0e+0)
 + DECODE(__t79, 1, 0e+0, 2, (-2.157338343244497e-3), 1.7505936338832892e-2)
 + DECODE(__t80, 1, (-4.942530531931471e-3), 2, 1.557919239370624e-2, 0e+0)
 + DECODE(__t88, 1, 0e+0, 2, (-4.914110334671049e-3), 6.573678589367379e-3)
 + DECODE(__t91, 1, (-1.868582795124711e-3), 2, (-1.868582795124711e-3), 1.5349630036003521e-2)
 + DECODE(__t94, 1, (-1.126431432157707e-3), 2, (-1.126431432157707e-3), 2.3444904218026117e-2)
 + DECODE(__t95, 1, 0e+0, 2, (-3.532668941056461e-3), 8.469419619975382e-3)
 + DECODE(__t99, 2, (-1.8722687906640327e-2), 3, 1.5470569232689114e-2, 0e+0)
 + DECODE(__t108, 1, (-3.0799022962300533e-3), 7.499907400966763e-3)
 + DECODE(__t113, 1, 0e+0, 4, 5.485415325403003e-3, 5, 5.485415325403003e-3, (-4.0762506428839605e-3))
 + DECODE(__t117, 1, (-9.775981816653584e-4), 2, (-9.775981816653584e-4), 2.0320521962039064e-2)
 + DECODE(__t121, 1, (-2.7503216443556565e-3), 6.666505868153653e-3)
 + DECODE(__t128, 1, (-1.4726381899334107e-3), 4, (-9.069812226594134e-3), 5, 4.4305172533183036e-2, 1.2062007321076028e-2)
 + DECODE(__t129, 1, 0e+0, 4, 5.194831340405689e-3, 5, 5.194831340405689e-3, (-3.884588800075258e-3))
 + DECODE(__t134, 1, 0e+0, 2, (-1.2337098834294631e-2), 4.150979699757047e-3)
 + DECODE(__t144, 1, (-3.437179535651988e-3), 2, 4.868562535799823e-3, 0e+0)) AS __c4,
  1.012505350765563e+0 * (DECODE(__t0, 4, 1.2756731395062215e-1, 5, 1.2756731395062215e-1, (-5.824358782178473e-2))
 + DECODE(__t1, 4, 1.1002594416981253e-1, 5, 1.1002594416981253e-1, (-5.4326007801849104e-2))
 + DECODE(__t2, 5, 9.954852852935782e-2, (-4.914743395835534e-2))
 + DECODE(__t3, 5, 8.604181478906656e-2, (-4.71816661706249e-2))
 + DECODE(__t4, 5, 8.331969535931358e-2, (-4.054402134471483e-2))
 + DECODE(__t7, 5, 6.331690314837558e-2, (-3.784215766601081e-2))
 + DECODE(__t9, 5, 5.988553497419026e-2, (-3.175357296548656e-2))
 + DECODE(__t11, 2, (-2.489892491021651e-2), 3, (-2.489892491021651e-2), 4, 4.279480605151592e-2, 0e+0)
 + DECODE(__t14, 5, 4.388848627005629e-2, (-2.875368982674072e-2))
 + DECODE(__t15, 5, 3.985787676706011e-2, (-2.665396990781745e-2))
 + DECODE(__t18, 5, 3.773848435849485e-2, (-2.2215371594231984e-2))
 + DECODE(__t19, 1, (-2.7527600612105286e-2), 2, 2.7141308860689252e-2, 0e+0)
 + DECODE(__t20, 1, 0e+0, 5, 3.339094576106303e-2, (-1.8758149305434867e-2))
 + DECODE(__t22, 2, (-1.9284271316576767e-2), 3, (-1.9284271316576767e-2), 4, 2.4564999704366763e-2, 0e+0)
 + DECODE(__t24, 5, 2.916659434951938e-2, (-1.723282486123509e-2))
 + DECODE(__t25, 2, (-1.3895441221433652e-2), 3, (-1.3895441221433652e-2), 4, 2.343678236496874e-2, 0e+0)
 + DECODE(__t27, 2, (-1.7094921258387533e-2), 3, (-1.7094921258387533e-2), 4, 2.1180020601891048e-2, 0e+0)
 + DECODE(__t29, 4, 2.0657543211621728e-2, 5, 0e+0, (-1.666420389524055e-2))
 + DECODE(__t31, 1, 0e+0, 5, 1.8312924633744218e-2, (-1.7277335969021014e-2))
 + DECODE(__t33, 2, (-1.4998436253578853e-2), 3, (-1.4998436253578853e-2), 4, 1.737725006558861e-2, 0e+0)
 + DECODE(__t37, 4, 1.7393606864542426e-2, 5, 1.7393606864542426e-2, (-1.0885557880814656e-2))
 + DECODE(__t38, 4, (-2.487155970131249e-2), 5, 2.7670763302948636e-2, 0e+0)
 + DECODE(__t39, 2, (-2.2771066742987907e-2), 3, (-2.2771066742987907e-2), 4, 1.5482693425252447e-2, 0e+0)
 + DECODE(__t44, 5, 1.480993565081803e-2, (-9.468613559363896e-3))
 + DECODE(__t45, 4, 1.1392108056902356e-2, 5, 0e+0, (-1.0795636367966342e-2))
 + DECODE(__t48, 3, (-2.4149112163783397e-2), 4, (-2.4149112163783397e-2), 5, 1.0738895502118618e-2, 1.0428823565007796e-2)
 + DECODE(__t51, 5, 9.777479568263343e-3, (-9.459514285986965e-3))
 + DECODE(__t55, 4, 9.062777291136607e-3, 5, 9.062777291136607e-3, (-8.847280526756457e-3))
 + DECODE(__t58, 5, 1.0604392090154787e-2, (-7.004095849945726e-3))
 + DECODE(__t67, 1, 0e+0, 2, (-7.876880457620816e-3), 7.777036468131729e-3)
 + DECODE(__t71, 1, 0e+0, 4, 8.82809441998196e-3, 5, 8.82809441998196e-3, (-5.923352035712367e-3))
 + DECODE(__t75, 2, (-6.833689504121392e-3), 3, (-1.9420300624500572e-3), 4, (-5.100360759944483e-2), 5, 6.64712200296611e-3, 0e+0)
 + DECODE(__t78, 1, (-5.019166970318411e-3), 2, (-5.019166970318411e-3), 7.4737944937464254e-3)
 + DECODE(__t80, 3, (-5.899798873409097e-2), 4, 3.431769189646998e-2, 0e+0)
 + DECODE(__t83, 1, 0e+0, 5, 5.8372570043114585e-3, (-6.040014535865023e-3))
 + DECODE(__t87, 3, 2.680331614694112e-2, 4, (-3.130141372939491e-2), 5, 5.594212464492047e-3, (-5.750210667545898e-3))
 + DECODE(__t90, 3, (-4.995143851356869e-2), 4, 2.7650415008898324e-2, 0e+0)
 + DECODE(__t96, 1, 1.6524221954458721e-3, 4, 0e+0, 5, 0e+0, (-2.1973333947584536e-2))
 + DECODE(__t97, 5, 6.285963078048311e-3, (-4.251570809602106e-3))
 + DECODE(__t102, 5, 4.778452810390074e-3, (-4.9496564364700235e-3))
 + DECODE(__t105, 1, (-4.790864135131044e-3), 4.616840946631122e-3)
 + DECODE(__t109, 1, 0e+0, 2, (-5.491755265444459e-4), 3, 3.44667907782239e-2, (-1.7336419731306993e-2))
 + DECODE(__t111, 5, 5.5897204518913415e-3, (-3.789784462893849e-3))
 + DECODE(__t119, 3, (-3.5072636822901654e-2), 4, (-3.5072636822901654e-2), 5, 4.334838277326287e-3, (-8.555059661772505e-4))
 + DECODE(__t123, 5, 5.1609425655731326e-3, (-3.50963539778721e-3))
 + DECODE(__t124, 1, (-5.55121627322119e-4), 4, (-1.5265122706232648e-2), 5, (-1.5265122706232648e-2), 3.187887598824437e-2)
 + DECODE(__t132, 1, 1.1703314863352652e-3, 4, (-4.222017125101474e-2), 5, 3.782210524437087e-2, (-1.4884757406944449e-2))
 + DECODE(__t133, 5, 4.027028088676739e-3, (-4.2039358742444145e-3))
 + DECODE(__t135, 3, (-4.291240867907849e-2), 4, 1.516064806341853e-2, 0e+0)
 + DECODE(__t137, 1, 0e+0, 5, 4.081977877893078e-3, (-4.176142957008439e-3))
 + DECODE(__t140, 1, 0e+0, 2, 1.1965934163729861e-3, (-1.5080409297319672e-2))
 + DECODE(__t142, 3, 8.155975637561643e-3, 4, (-1.5152118371825339e-2), 5, 3.822983289197396e-3, (-4.0058945676591e-3))) AS __c5,
  1.012505350765563e+0 * (DECODE(__t15, 2, 6.415372852229739e-2, 3, (-3.100983705018419e-2), 0e+0)
 + DECODE(__t18, 3, (-2.7439245198053575e-2), 4, 0e+0, 5, 0e+0, 4.8803206680043745e-2)
 + DECODE(__t20, 2, 4.59112110677322e-2, 3, (-2.4593830762602256e-2), 0e+0)
 + DECODE(__t22, 2, 4.437907012597134e-2, 3, (-2.5387641196651274e-2), 0e+0)
 + DECODE(__t25, 2, 3.5298042389481483e-2, 3, (-1.8930147131004722e-2), 0e+0)
 + DECODE(__t31, 2, 3.503260652999949e-2, 3, (-1.7822049391018883e-2), 0e+0)
 + DECODE(__t39, 1, 2.849882383043245e-2, 5, 0e+0, (-8.296766302709759e-3))
 + DECODE(__t42, 3, 2.0170024853839175e-2, 4, (-2.626158566774274e-2), 0e+0)
 + DECODE(__t47, 1, 2.4593681991079936e-2, 5, 0e+0, (-7.09203426849925e-3))
 + DECODE(__t50, 2, 2.462171588090418e-2, 3, 2.462171588090418e-2, 4, (-2.807531919192354e-2), 0e+0)
 + DECODE(__t53, 1, 0e+0, 5, (-4.0470591797414565e-2), 2.2270792786255e-2)
 + DECODE(__t54, 2, 1.399421307059403e-2, 3, (-1.0046909325269157e-2), 0e+0)
 + DECODE(__t55, 3, (-3.899524413936808e-2), 4, 0e+0, 5, 0e+0, 5.670722025702997e-3)
 + DECODE(__t59, 2, 4.0757050556155056e-2, 3, (-9.44456618839806e-3), 0e+0)
 + DECODE(__t62, 1, 0e+0, 5, (-3.6502134155716626e-2), 1.985667979050594e-2)
 + DECODE(__t63, 3, 2.0132740539418985e-2, 4, (-2.2639379889515213e-2), 5, (-2.2639379889515213e-2), 0e+0)
 + DECODE(__t68, 3, 1.860638869931653e-2, 4, (-2.105043785103662e-2), 5, (-2.105043785103662e-2), 0e+0)
 + DECODE(__t72, 1, 1.0514154906937976e-2, 2, 1.0514154906937976e-2, (-4.7097012317970175e-3))
 + DECODE(__t74, 4, (-3.7673530079958663e-3), 5, (-3.7673530079958663e-3), 1.1247765962938992e-2)
 + DECODE(__t77, 3, (-3.916376186740328e-3), 4, 0e+0, 5, 0e+0, 1.1798933027459216e-2)
 + DECODE(__t80, 1, 1.9501296622303143e-3, 2, 1.9501296622303143e-3, (-1.9130133500158953e-2))
 + DECODE(__t83, 2, 4.67531813049096e-3, 3, 4.67531813049096e-3, 4, (-3.2487385460216296e-2), 0e+0)
 + DECODE(__t85, 3, (-3.5496372242500747e-3), 4, 0e+0, 5, 0e+0, 1.0750740153133969e-2)
 + DECODE(__t90, 1, 0e+0, 2, 1.7915240680568625e-3, (-1.7754108106397458e-2))
 + DECODE(__t94, 1, 1.7425645203485258e-3, 2, (-2.368346203033939e-2), 0e+0)
 + DECODE(__t95, 3, 3.640509155202019e-2, 4, (-7.128546552382518e-3), 5, (-7.128546552382518e-3), 0e+0)
 + DECODE(__t99, 2, 1.0155964058426973e-2, 3, 1.0155964058426973e-2, 4, (-1.8718380482089035e-2), 0e+0)
 + DECODE(__t104, 3, (-3.1985472549667738e-3), 4, 0e+0, 5, 0e+0, 9.681967668733015e-3)
 + DECODE(__t107, 1, 1.5610022742159253e-3, 4, 0e+0, 5, 0e+0, (-1.5725971034045588e-2))
 + DECODE(__t108, 3, 1.6461746319027255e-2, 4, (-1.9421759383991835e-2), 0e+0)
 + DECODE(__t114, 5, (-2.7430239505782227e-3), 8.369897451438376e-3)
 + DECODE(__t117, 1, 1.6047093846334446e-3, 2, (-1.7873352691458774e-2), 0e+0)
 + DECODE(__t121, 3, 4.2103270321632746e-2, 4, (-1.0095594762482462e-2), 5, (-1.0095594762482462e-2), 0e+0)
 + DECODE(__t127, 1, 1.386452050977106e-3, 4, 0e+0, 5, 0e+0, (-1.3987984435798176e-2))
 + DECODE(__t133, 4, (-5.5097708953281234e-2), 5, 0e+0, 2.1468682007283915e-3)
 + DECODE(__t134, 1, 7.384379124821878e-3, (-2.3924960526501733e-3))
 + DECODE(__t135, 2, (-3.2290438394069726e-2), 3, 1.8256035721201998e-2, 4, 1.8256035721201998e-2, 0e+0)
 + DECODE(__t137, 2, 2.0552853168530187e-3, 3, 2.0552853168530187e-3, 4, (-5.319719301553483e-2), 0e+0)
 + DECODE(__t139, 5, (-2.2635790887367327e-3), 6.979874868246096e-3)) AS __c6,
  1.012505350765563e+0 * (DECODE(__t0, 2, 9.588313895506374e-2, 3, (-2.734279935571847e-2), 0e+0)
 + DECODE(__t1, 2, 8.68938952517202e-2, 3, (-2.5433668124785855e-2), 4, 2.4814848601174097e-2, 5, (-9.162699174303812e-2), 0e+0)
 + DECODE(__t2, 3, 7.42849626402417e-2, 4, (-2.162930144117614e-2), 0e+0)
 + DECODE(__t3, 2, 7.443967126641597e-2, 3, 7.443967126641597e-2, 4, (-2.3109837891330226e-2), 0e+0)
 + DECODE(__t4, 3, 6.751074819937274e-2, 4, (-2.1803416838023018e-2), 0e+0)
 + DECODE(__t5, 3, 2.317235397950608e-2, 4, (-1.379364372300907e-1), 0e+0)
 + DECODE(__t6, 3, 2.8611329580300236e-2, 4, (-9.522778260140188e-2), 0e+0)
 + DECODE(__t7, 2, 6.050966847683819e-2, 3, 6.050966847683819e-2, 4, (-2.2023538917189812e-2), 0e+0)
 + DECODE(__t8, 2, 2.1199668564055033e-2, 3, 2.1199668564055033e-2, 4, (-7.336578325029158e-2), 0e+0)
 + DECODE(__t9, 2, 6.008478507861606e-2, 3, (-2.267479158532447e-2), 4, (-2.267479158532447e-2), 0e+0)
 + DECODE(__t10, 3, 5.5640434572696365e-2, 4, (-6.2358621110625255e-3), 5, (-6.696001690252681e-2), 2.544170277485912e-2)
 + DECODE(__t12, 1, 2.299007591162197e-2, 2, 5.136227848012301e-2, 5, (-6.162259965244503e-2), (-6.091112629765156e-3))
 + DECODE(__t13, 2, 1.5447796169944593e-2, 3, 1.5447796169944593e-2, 4, (-5.570599964755714e-2), 0e+0)
 + DECODE(__t14, 2, 1.6938486310789175e-2, 3, (-4.9880844132607224e-2), 0e+0)
 + DECODE(__t15, 2, 4.419098292691715e-2, 3, 4.419098292691715e-2, 4, (-1.8834628276731213e-2), 0e+0)
 + DECODE(__t16, 1, 0e+0, 5, (-5.061986056951367e-2), 1.7892139201617453e-2)
 + DECODE(__t17, 4, 6.79569016662152e-2, 5, (-2.539007566459188e-2), 0e+0)
 + DECODE(__t18, 4, (-5.367195931869264e-2), 5, 0e+0, 1.8091845836031184e-2)
 + DECODE(__t19, 1, 3.728485014514984e-2, 2, 3.728485014514984e-2, (-2.1318037855996758e-2))
 + DECODE(__t20, 2, 1.5779148561676955e-2, 3, 1.5779148561676955e-2, 4, (-4.708096247537079e-2), 0e+0)
 + DECODE(__t21, 4, 5.505243871476652e-2, 5, (-2.3238995441952265e-2), 0e+0)
 + DECODE(__t22, 5, (-5.971818068099831e-2), 1.0077559465023337e-2)
 + DECODE(__t23, 1, 3.130337960610698e-2, 2, 3.130337960610698e-2, (-1.825471494054199e-2))
 + DECODE(__t24, 1, 1.3056640217646017e-2, 2, (-6.655306121271809e-2), 0e+0)
 + DECODE(__t25, 1, 0e+0, 5, (-4.160093868066744e-2), 1.0828796247346204e-2)
 + DECODE(__t26, 1, 2.7234619962034138e-2, 2, 2.7234619962034138e-2, (-1.6097581199658047e-2))
 + DECODE(__t28, 1, 2.4612135165096825e-2, (-1.462948771306763e-2))
 + DECODE(__t30, 2, 2.196958236184235e-2, 3, (-1.30527129848837e-2), 4, (-1.30527129848837e-2), 0e+0)
 + DECODE(__t31, 2, 1.2177723513085182e-2, 3, 1.2177723513085182e-2, 4, (-3.4923321343373184e-2), 0e+0)
 + DECODE(__t32, 2, 1.943060601442873e-2, 3, (-1.162297759861219e-2), 4, (-1.162297759861219e-2), 0e+0)
 + DECODE(__t34, 3, 8.689187172915832e-3, 4, 8.689187172915832e-3, 5, (-2.854233548018064e-2), 0e+0)
 + DECODE(__t36, 2, 1.6750221613170396e-2, 3, (-1.0124005265614454e-2), 4, (-1.0124005265614454e-2), 0e+0)
 + DECODE(__t39, 5, (-3.278044960824348e-2), 5.2022615490499085e-3)
 + DECODE(__t41, 1, 1.579700214714157e-2, (-9.862648268839634e-3))
 + DECODE(__t42, 1, 1.5183724200695088e-2, 5, 0e+0, (-9.3533971876241e-3))
 + DECODE(__t47, 5, (-2.6639499432506288e-2), 4.100548542354165e-3)
 + DECODE(__t49, 4, (-8.172772442840934e-3), 5, (-8.172772442840934e-3), 1.30054986911392e-2)
 + DECODE(__t51, 4, (-3.229187794290781e-2), 5, 0e+0, 7.855020978484792e-3)
 + DECODE(__t52, 1, 1.1912305436393171e-2, 2, 1.1912305436393171e-2, (-7.490425220475186e-3))
 + DECODE(__t57, 4, (-6.884960288099123e-3), 5, (-6.884960288099123e-3), 1.1383491089908358e-2)
 + DECODE(__t58, 2, 9.78855465822658e-3, 3, (-4.063169492859649e-2), 0e+0)
 + DECODE(__t60, 2, 4.016239218505936e-3, 3, (-4.015120532200861e-2), 0e+0)
 + DECODE(__t61, 1, 9.738839576312898e-3, 2, 9.738839576312898e-3, (-6.545175221340838e-3))
 + DECODE(__t62, 2, 1.8350597109545397e-2, 3, (-7.194100849980163e-2), 0e+0)
 + DECODE(__t66, 5, (-6.105598579735393e-3), 9.074416862823741e-3)
 + DECODE(__t67, 3, 1.7049325077231864e-2, 4, (-1.5017449295656998e-2), 0e+0)
 + DECODE(__t70, 3, 2.8290142964425252e-2, 4, (-1.857147931349018e-2), 0e+0)
 + DECODE(__t72, 1, 6.921785692915143e-3, 2, (-3.763403389160357e-2), 0e+0)
 + DECODE(__t74, 2, 1.2710638620282296e-2, 3, (-3.718677713807068e-2), 0e+0)
 + DECODE(__t76, 3, 2.531923440094548e-2, 4, (-1.675764980333195e-2), 0e+0)
 + DECODE(__t79, 3, 1.3065273935598212e-2, 4, (-5.436334756408058e-2), 0e+0)
 + DECODE(__t82, 5, (-4.929798517794883e-3), 7.023340707197862e-3)
 + DECODE(__t84, 1, 7.437011392412304e-3, 2, (-3.659539074988129e-2), 3, 1.0530650748167497e-2, (-7.692677517753873e-3))
 + DECODE(__t91, 3, 1.2564835249238807e-2, 4, (-4.9630093280235e-2), 0e+0)
 + DECODE(__t93, 4, (-4.310261244688121e-3), 5, (-4.310261244688121e-3), 6.150027739407419e-3)
 + DECODE(__t98, 1, 0e+0, 5, (-4.100706454161145e-3), 6.504889617590759e-3)
 + DECODE(__t101, 3, 4.244951467453863e-2, 4, (-4.356275329620253e-2), 0e+0)
 + DECODE(__t102, 3, 3.0614083822842416e-2, 4, (-1.970701237472336e-2), 0e+0)
 + DECODE(__t105, 1, 0e+0, 4, (-9.363878216868925e-3), 5, (-9.363878216868925e-3), 1.2485428706587592e-2)
 + DECODE(__t106, 4, 3.6573101105370966e-2, 5, (-6.210803575298129e-2), 0e+0)
 + DECODE(__t110, 3, 7.765928181014131e-3, 4, (-3.46227719784676e-2), 0e+0)
 + DECODE(__t111, 2, 5.349090877219489e-3, 3, 5.349090877219489e-3, 4, (-2.2773503018474958e-2), 0e+0)
 + DECODE(__t112, 3, 4.0134596816381075e-2, 4, (-4.1115611681997656e-2), 0e+0)
 + DECODE(__t114, 2, 9.111319949563417e-3, 3, 9.111319949563417e-3, 4, (-2.7556018803211627e-2), 0e+0)
 + DECODE(__t115, 4, 8.541174294899255e-3, 5, (-6.553087306702274e-3), 0e+0)
 + DECODE(__t118, 4, 4.3995145609341105e-2, 5, (-2.7745691548359323e-2), 0e+0)
 + DECODE(__t122, 2, (-1.4035645656475262e-2), 3, 8.210643673108864e-3, 4, (-6.037555030397398e-3), 5, 0e+0, 1.2499761879134165e-2)
 + DECODE(__t128, 2, 1.1565223333750475e-2, 3, (-4.717230464948216e-2), 0e+0)
 + DECODE(__t131, 4, 3.485035102540598e-2, 5, (-5.7306699889936676e-2), 0e+0)
 + DECODE(__t133, 2, 2.9298873979689007e-2, 3, (-2.1266321932890735e-2), 0e+0)
 + DECODE(__t134, 4, 1.4114065965925673e-2, 5, (-1.5112938894683417e-2), 0e+0)
 + DECODE(__t144, 3, 2.9876093602453656e-2, 4, (-3.263514327700296e-2), 0e+0)) AS __c7,
  1.012505350765563e+0 * (DECODE(__t40, 2, 2.4025971921172576e-2, 3, 2.4025971921172576e-2, 4, (-7.92360500803585e-3), 0e+0)
 + DECODE(__t81, 5, (-3.309706075205844e-3), 1.1136307185267208e-2)
 + DECODE(__t84, 1, 1.0695548755751459e-2, 2, 1.0695548755751459e-2, (-3.170469130147455e-3))
 + DECODE(__t97, 1, 6.29154853519845e-2, 5, 0e+0, (-1.5342586533073762e-3))
 + DECODE(__t100, 4, (-3.388831732055651e-2), 5, (-3.388831732055651e-2), 7.1537014540915e-4)
 + DECODE(__t107, 4, (-3.2120473860582754e-2), 5, (-3.2120473860582754e-2), 6.768074447622233e-4)
 + DECODE(__t110, 5, (-2.491372227995737e-3), 8.375413765228124e-3)
 + DECODE(__t115, 4, (-2.5259965742543975e-3), 5, (-2.5259965742543975e-3), 8.568439599773279e-3)
 + DECODE(__t116, 4, (-3.0664245704765104e-2), 5, (-3.0664245704765104e-2), 6.463636332701713e-4)
 + DECODE(__t122, 1, 7.911475975271883e-3, 2, 7.911475975271883e-3, (-2.3259071956742146e-3))
 + DECODE(__t123, 1, 5.511790744272386e-2, 5, 0e+0, (-1.4054637624911458e-3))
 + DECODE(__t127, 4, (-2.8543829664638046e-2), 5, (-2.8543829664638046e-2), 5.995297937881495e-4)
 + DECODE(__t136, 4, (-2.78011773271626e-2), 5, (-2.78011773271626e-2), 5.847144061407549e-4)
 + DECODE(__t143, 4, (-2.6799147122993753e-2), 5, (-2.6799147122993753e-2), 5.617036405845361e-4)) AS __c8,
  1.012505350765563e+0 * (DECODE(__t18, 1, 6.771166911372434e-2, 2, (-2.4970367773103415e-2), 0e+0)
 + DECODE(__t26, 3, 1.9720839521368175e-2, 4, 1.9720839521368175e-2, 5, (-3.0160838859239956e-2), 0e+0)
 + DECODE(__t33, 2, 5.189304280649287e-2, 3, (-7.214607789771059e-3), 0e+0)
 + DECODE(__t35, 1, 1.831911446395629e-2, 2, (-2.0163979350024994e-2), 0e+0)
 + DECODE(__t37, 1, 8.117366495278645e-2, 2, (-1.5293746006195914e-2), 0e+0)
 + DECODE(__t39, 2, 2.501669020779691e-2, 3, (-2.245793522181767e-2), 0e+0)
 + DECODE(__t42, 2, 1.351627710879561e-2, 3, (-2.0543891314628995e-2), 4, (-2.0543891314628995e-2), 0e+0)
 + DECODE(__t44, 1, 7.414438838367166e-2, 2, (-1.386161646617795e-2), 0e+0)
 + DECODE(__t46, 1, 2.4344773606345543e-2, 2, (-7.517008766405656e-2), 0e+0)
 + DECODE(__t47, 2, 1.1622610922936488e-2, 3, 1.1622610922936488e-2, 4, (-1.9546153549749805e-2), 0e+0)
 + DECODE(__t48, 2, (-1.3107092754025131e-2), 3, 2.3211771655323617e-2, 4, (-1.9718865743105166e-2), 5, 0e+0, 5.9317022223089835e-2)
 + DECODE(__t50, 2, 3.921375418276881e-2, 3, (-3.959743618799779e-2), 0e+0)
 + DECODE(__t52, 4, 5.004242132811285e-2, 5, (-1.798141602437576e-2), 0e+0)
 + DECODE(__t53, 2, 1.681214688783271e-2, 3, 1.681214688783271e-2, 4, (-8.175514559626312e-2), 0e+0)
 + DECODE(__t54, 1, 1.1901808009778459e-2, 4, 0e+0, 5, 0e+0, (-7.419403343854514e-3))
 + DECODE(__t56, 1, 2.43682137230323e-2, 2, (-7.615592348380418e-2), 0e+0)
 + DECODE(__t58, 1, 3.447743857342112e-2, 5, 0e+0, (-5.252436482164884e-3))
 + DECODE(__t60, 1, 0e+0, 4, (-9.176337404993785e-3), 5, (-9.176337404993785e-3), 8.589688266921526e-3)
 + DECODE(__t61, 4, 7.06491862155921e-2, 5, (-1.1820964446848686e-2), 0e+0)
 + DECODE(__t62, 2, 1.5683620422852866e-2, 3, 1.5683620422852866e-2, 4, (-7.555745392912876e-2), 0e+0)
 + DECODE(__t63, 4, 2.30606420987534e-2, 5, (-5.3186451739375445e-2), 0e+0)
 + DECODE(__t64, 3, (-7.308039699456736e-3), 4, 0e+0, 5, 0e+0, 9.018312563454723e-3)
 + DECODE(__t65, 3, 9.818432692955487e-3, 4, 9.818432692955487e-3, 5, (-5.0156159212473246e-2), 0e+0)
 + DECODE(__t66, 3, 1.5968652274195416e-2, 4, (-2.0022021276275375e-2), 0e+0)
 + DECODE(__t68, 4, 2.127973775229402e-2, 5, (-4.926202321405418e-2), 0e+0)
 + DECODE(__t69, 2, (-8.582915567696546e-3), 3, 0e+0, 4, 5.799720026239085e-2, 5, (-2.0863725407732306e-2), 6.503453649100289e-3)
 + DECODE(__t71, 2, 3.102003000805395e-2, 3, (-4.950928247261424e-3), 0e+0)
 + DECODE(__t73, 4, 2.851828470608101e-2, 5, (-3.817418753316221e-2), 0e+0)
 + DECODE(__t74, 1, 4.5559873063891976e-2, 4, 0e+0, 5, 0e+0, (-1.0620321860485293e-2))
 + DECODE(__t75, 2, 2.95356941520497e-2, 3, (-5.552412325148325e-3), 4, (-5.552412325148325e-3), 0e+0)
 + DECODE(__t77, 2, (-1.1469915053763595e-2), 3, 0e+0, 4, 2.3978415053149033e-2, 5, (-3.4278495934123625e-2), 4.5830844407337396e-2)
 + DECODE(__t78, 2, (-4.757437170278171e-3), 3, 0e+0, 4, 7.632208164623205e-3, 5, (-2.2605912078990792e-2), 2.1812331017060396e-2)
 + DECODE(__t79, 3, 1.4593367202179169e-2, 4, 1.4593367202179169e-2, 5, (-4.5206414051970276e-2), 0e+0)
 + DECODE(__t80, 3, 3.0522671999798353e-2, 4, 3.0522671999798353e-2, 5, (-4.1042087875786344e-2), 0e+0)
 + DECODE(__t81, 2, 3.841845030027869e-2, 3, (-5.77736970135689e-2), 0e+0)
 + DECODE(__t82, 3, 9.926535627480191e-3, 4, (-2.6773364962036285e-2), 0e+0)
 + DECODE(__t83, 2, 2.0784620554247353e-2, 3, (-9.167607544129293e-3), 0e+0)
 + DECODE(__t84, 4, 1.2532579937682512e-2, 5, (-2.906465283304118e-2), 0e+0)
 + DECODE(__t85, 2, (-1.0101444196171237e-2), 3, 0e+0, 4, 2.2592702505474262e-2, 5, (-3.280102807574651e-2), 4.083657906499089e-2)
 + DECODE(__t86, 4, 6.457246624794652e-2, 5, (-2.048189495994221e-2), 0e+0)
 + DECODE(__t88, 4, 2.4421521479708115e-2, 5, (-1.0920888887818933e-2), 0e+0)
 + DECODE(__t89, 3, 4.261750161500025e-3, 4, 4.261750161500025e-3, 5, (-3.9185594885529584e-2), 0e+0)
 + DECODE(__t90, 3, 2.9714258194602418e-2, 4, 2.9714258194602418e-2, 5, (-3.6676974676632265e-2), 0e+0)
 + DECODE(__t91, 3, 1.7877748196307074e-2, 4, 1.7877748196307074e-2, 5, (-3.1755775849681665e-2), 0e+0)
 + DECODE(__t92, 3, 4.543918661942881e-2, 4, (-4.400147128945766e-2), 0e+0)
 + DECODE(__t93, 1, 2.233856030900598e-2, 2, (-7.699346874090875e-2), 0e+0)
 + DECODE(__t94, 3, 2.5154511838423498e-2, 4, (-4.155997069650268e-2), 5, (-4.155997069650268e-2), 0e+0)
 + DECODE(__t95, 4, 1.617144585611958e-2, 5, (-2.7545021387280523e-2), 0e+0)
 + DECODE(__t96, 2, 6.451642920587582e-2, 3, (-1.6733028602095724e-2), 4, 1.951679373740508e-2, 5, (-3.343684819288156e-2), 0e+0)
 + DECODE(__t97, 3, 3.6382124077794176e-2, 4, (-1.3008272235960135e-2), 0e+0)
 + DECODE(__t99, 1, 0e+0, 5, (-3.258372724290088e-3), 8.08535624422504e-3)
 + DECODE(__t100, 3, (-3.053390928316898e-3), 4, 4.7330907250726195e-2, 5, (-3.747735390774446e-2), 8.71671356776398e-3)
 + DECODE(__t101, 3, 4.144509889760489e-2, 4, 4.144509889760489e-2, 5, (-2.7970743047442903e-2), 0e+0)
 + DECODE(__t103, 3, 4.216146418830437e-2, 4, (-4.066178787588685e-2), 0e+0)
 + DECODE(__t104, 2, (-9.382773154585774e-3), 3, 0e+0, 4, 1.83765210196418e-2, 5, (-3.206576794833575e-2), 3.855269381803153e-2)
 + DECODE(__t105, 2, 1.8001270228940967e-2, 3, (-2.650941393416214e-2), 4, 1.688000400460604e-2, 5, (-1.8067960173369185e-2), 0e+0)
 + DECODE(__t107, 2, 2.7260810116486147e-2, 3, (-3.5979465478315e-2), 0e+0)
 + DECODE(__t108, 3, 6.337634797229678e-3, 4, 6.337634797229678e-3, 5, (-3.7530540326207076e-2), 0e+0)
 + DECODE(__t109, 4, 6.778279533001533e-2, 5, (-1.6476723528470506e-2), 0e+0)
 + DECODE(__t110, 1, 1.4310049465032844e-2, 2, (-7.072731726606861e-2), 0e+0)
 + DECODE(__t111, 1, 2.017514936999894e-2, 5, 0e+0, (-4.4587164748644105e-3))
 + DECODE(__t112, 1, 6.382120985567019e-3, 2, (-4.002778330929723e-3), 5, (-2.6164528694596602e-2), 3.873256868492978e-2)
 + DECODE(__t113, 2, 2.6711775288449563e-2, 3, (-6.309964081231318e-3), 0e+0)
 + DECODE(__t114, 1, 3.723698977852883e-2, 5, 0e+0, (-5.916109780418366e-3))
 + DECODE(__t115, 1, 1.3789714357169011e-2, 2, (-6.671131142006136e-2), 0e+0)
 + DECODE(__t116, 4, 4.492692155366679e-2, 5, (-3.654307825393616e-2), 0e+0)
 + DECODE(__t117, 3, 3.129291454003803e-2, 4, (-3.15085859450842e-2), 5, (-3.15085859450842e-2), 0e+0)
 + DECODE(__t118, 3, 3.0867698007102685e-2, 4, (-3.0688794474032183e-2), 5, (-3.0688794474032183e-2), 0e+0)
 + DECODE(__t119, 2, (-7.6520338043817755e-3), 3, 6.692348647536647e-2, 4, (-2.6949915824065876e-2), 5, 0e+0, 1.916032465421781e-2)
 + DECODE(__t121, 1, 0e+0, 2, 1.2381308913874059e-2, (-1.5062485924885802e-2))
 + DECODE(__t123, 3, 7.595127368244907e-2, 4, (-1.2944273742730564e-2), 0e+0)
 + DECODE(__t124, 2, 3.3577899448027027e-2, 3, (-4.097667750749981e-2), 4, 5.578942400772374e-2, 5, (-1.68117768008191e-2), 0e+0)
 + DECODE(__t126, 2, 3.758393467370113e-2, 3, 3.758393467370113e-2, 4, (-1.570935334137763e-2), 0e+0)
 + DECODE(__t127, 2, 2.5833438507592003e-2, 3, (-3.415589940897512e-2), 4, 4.28018295710939e-2, 5, (-3.52829817582889e-2), 0e+0)
 + DECODE(__t128, 1, 0e+0, 4, (-3.0215360911141187e-2), 5, (-3.0215360911141187e-2), 1.7213964788897234e-2)
 + DECODE(__t129, 2, 2.462823108997991e-2, 3, (-5.825535146825672e-3), 0e+0)
 + DECODE(__t130, 3, 7.737740152766949e-2, 4, (-3.4374682006526247e-3), 0e+0)
 + DECODE(__t132, 1, 0e+0, 2, 5.925020492249564e-2, (-1.385315030060304e-2))
 + DECODE(__t134, 3, 9.677824245003117e-3, 4, (-9.95010417557781e-3), 5, (-9.95010417557781e-3), 0e+0)
 + DECODE(__t135, 1, 0e+0, 5, (-3.0430502974339944e-2), 2.007814610568176e-2)
 + DECODE(__t136, 2, 1.8926217404103093e-2, 3, (-3.295465712496265e-2), 4, 4.0769480502285606e-2, 5, (-3.362338682683148e-2), 0e+0)
 + DECODE(__t137, 2, 1.789804059563202e-2, 3, (-5.659774746523747e-3), 0e+0)
 + DECODE(__t138, 3, 2.6420478967207357e-3, 4, 2.6420478967207357e-3, 5, (-4.483032937879034e-2), 0e+0)
 + DECODE(__t139, 1, 4.488689026061553e-2, 5, 0e+0, (-3.917156924394347e-3))
 + DECODE(__t140, 3, 5.7211877390040224e-2, 4, (-1.3198793185141687e-2), 5, (-1.3198793185141687e-2), 0e+0)
 + DECODE(__t141, 1, 3.9611234655654255e-2, 5, 0e+0, (-1.985672745836463e-2))
 + DECODE(__t142, 1, 3.2813070890440874e-2, 2, (-4.595605974552859e-2), 0e+0)
 + DECODE(__t144, 3, 3.2405423135194164e-2, 4, 3.2405423135194164e-2, 5, (-3.1824195937459845e-2), 0e+0)) AS __c9,
  1.012505350765563e+0 * (DECODE(__t70, 1, 2.036844420424573e-2, 2, (-9.732768222526711e-2), 0e+0)
 + DECODE(__t76, 1, 1.9379163765476493e-2, 2, (-9.008669777366071e-2), 0e+0)
 + DECODE(__t86, 1, 4.461260188224217e-2, (-7.339547101193407e-4))
 + DECODE(__t90, 1, 4.175411632476652e-2, (-6.896552014221557e-4))
 + DECODE(__t93, 4, 1.7616384611155883e-3, 5, (-5.134459819131526e-2), 0e+0)
 + DECODE(__t98, 1, 3.865018406656813e-2, (-6.42485218424864e-4))
 + DECODE(__t101, 1, 1.1671473205784391e-3, 2, 1.1671473205784391e-3, (-2.0485742692979224e-2))
 + DECODE(__t109, 1, 3.539372489854271e-2, (-5.924737984271624e-4))
 + DECODE(__t112, 1, 1.0983250449583845e-3, 2, 1.0983250449583845e-3, (-1.922264483484772e-2))
 + DECODE(__t120, 3, (-7.253332616436245e-2), 4, 0e+0, 5, 0e+0, 1.8064832000816176e-2)
 + DECODE(__t125, 3, (-6.742745795803011e-2), 4, 0e+0, 5, 0e+0, 1.701643713139362e-2)
 + DECODE(__t126, 1, 3.243079895324723e-2, (-5.499525116008902e-4))
 + DECODE(__t130, 1, 1.750494233837411e-2, 2, (-7.191250843142691e-2), 0e+0)
 + DECODE(__t140, 1, 3.0030339316312292e-2, (-5.133790636240039e-4))
 + DECODE(__t141, 2, 3.7427615686987964e-2, 3, (-1.301287980062833e-2), 4, (-1.301287980062833e-2), 0e+0)
 + DECODE(__t142, 3, (-2.8498943766125297e-3), 4, (-2.8498943766125297e-3), 5, 0e+0, 3.140420727595236e-2)
 + DECODE(__t144, 1, 9.06875189142075e-4, 2, 9.06875189142075e-4, (-1.5824000516709243e-2))) AS __c10,
  1.012505350765563e+0 * (DECODE(__t2, 2, 2.3113470649811813e-1, 3, (-9.063130064526817e-3), 4, (-9.063130064526817e-3), 0e+0)
 + DECODE(__t4, 2, 2.0621701998838493e-1, 3, (-9.28960078095789e-3), 4, (-9.28960078095789e-3), 0e+0)
 + DECODE(__t5, 1, 1.800397616679213e-1, 2, (-1.4973287307688904e-2), 0e+0)
 + DECODE(__t6, 1, 1.2160007443368034e-1, 5, 0e+0, (-1.7644128688294645e-2))
 + DECODE(__t8, 1, 1.0965944996027588e-1, 5, 0e+0, (-1.5892143483073915e-2))
 + DECODE(__t9, 3, 2.6324840501773854e-2, 4, (-3.73057386618237e-2), 0e+0)
 + DECODE(__t10, 1, 1.3426246038315906e-1, 2, (-1.2753596166814846e-2), 0e+0)
 + DECODE(__t11, 1, 9.849596781520101e-2, 5, 0e+0, (-1.4026671339747372e-2))
 + DECODE(__t12, 3, 2.2351553390716785e-2, 4, (-6.627220357782976e-2), 0e+0)
 + DECODE(__t13, 1, 9.21849155753868e-2, 5, 0e+0, (-1.2828601594083885e-2))
 + DECODE(__t16, 1, 1.0256499439193557e-1, (-1.0052849478203386e-2))
 + DECODE(__t17, 1, 8.101853910178955e-2, 4, 0e+0, 5, 0e+0, (-1.0593145162305175e-2))
 + DECODE(__t20, 1, 8.940768001980721e-2, (-8.280871674647687e-3))
 + DECODE(__t21, 1, 7.196896464395222e-2, 4, 0e+0, 5, 0e+0, (-8.763687304889387e-3))
 + DECODE(__t22, 1, 7.377704802691955e-2, 5, 0e+0, (-7.1641541119766665e-3))
 + DECODE(__t25, 1, 7.704855118532535e-2, (-6.223743711934363e-3))
 + DECODE(__t27, 1, 7.183041930842911e-2, (-5.622413598202274e-3))
 + DECODE(__t30, 1, 6.680170300892578e-2, (-5.072112631915591e-3))
 + DECODE(__t32, 1, 6.271034010535421e-2, (-4.624389141532303e-3))
 + DECODE(__t34, 1, 5.8608727250225444e-2, (-4.192001216479768e-3))
 + DECODE(__t36, 1, 5.406131179255784e-2, (-3.7403701261129693e-3))
 + DECODE(__t40, 1, 4.990079181555512e-2, (-3.366923328611098e-3))
 + DECODE(__t43, 1, 4.613278637098248e-2, (-3.0256321312881166e-3))
 + DECODE(__t46, 1, 4.252912639822581e-2, 2, 4.252912639822581e-2, (-2.7214383101164317e-3))
 + DECODE(__t47, 2, 5.153351861647855e-2, 3, (-5.666975820263733e-3), 0e+0)
 + DECODE(__t49, 2, 8.093744369421574e-2, 3, (-8.500859482436727e-3), 0e+0)
 + DECODE(__t52, 3, 7.948343384987322e-3, 4, (-2.454997063512363e-2), 5, (-2.454997063512363e-2), 0e+0)
 + DECODE(__t53, 2, 1.8608786332051777e-2, 3, (-7.399878089082619e-2), 0e+0)
 + DECODE(__t56, 1, 3.5886775786639215e-2, 2, 3.5886775786639215e-2, (-2.1833579564551355e-3))
 + DECODE(__t57, 1, 6.063611546043763e-2, 4, 0e+0, 5, 0e+0, (-5.319912350097266e-3))
 + DECODE(__t61, 1, 5.750775110812435e-2, 2, (-4.761230101197892e-3), 0e+0)
 + DECODE(__t65, 3, 5.835014988045385e-2, 4, (-6.160124427920803e-3), 0e+0)
 + DECODE(__t66, 1, 5.463678185766179e-2, 5, 0e+0, (-4.3151109708185e-3))
 + DECODE(__t72, 4, 4.226160049703526e-2, 5, (-4.041125535380651e-3), 0e+0)
 + DECODE(__t78, 3, 4.4060843212037015e-2, 4, (-4.03835779846601e-3), 5, (-4.03835779846601e-3), 0e+0)
 + DECODE(__t82, 1, 5.309395799393557e-2, 5, 0e+0, (-3.940747768613813e-3))
 + DECODE(__t88, 3, 5.49896468718236e-2, 4, (-4.819732413577737e-3), 5, (-4.819732413577737e-3), 0e+0)
 + DECODE(__t89, 3, 4.481060511262861e-2, 4, (-3.974860250557686e-3), 0e+0)
 + DECODE(__t93, 3, (-3.4170335055923057e-3), 4, 0e+0, 5, 0e+0, 4.8828902994873524e-2)
 + DECODE(__t98, 2, 4.921715245813591e-2, 3, (-3.391616602201722e-3), 4, (-3.391616602201722e-3), 0e+0)
 + DECODE(__t102, 3, (-1.87292221264207e-2), 4, (-1.87292221264207e-2), 5, 0e+0, 6.605955112240943e-3)
 + DECODE(__t108, 1, 0e+0, 2, 4.814664348818096e-2, (-4.230576659309555e-3))
 + DECODE(__t113, 4, 4.7759544818528996e-2, 5, (-3.898610220657988e-3), 0e+0)
 + DECODE(__t126, 2, 1.531825855645795e-2, 3, (-6.431866478627146e-2), 0e+0)
 + DECODE(__t129, 4, 4.552494690654494e-2, 5, (-3.6564949486528114e-3), 0e+0)
 + DECODE(__t132, 3, 5.11668697243392e-2, 4, (-1.4300909469431838e-2), 5, (-1.4300909469431838e-2), 0e+0)
 + DECODE(__t133, 1, 6.2524317103309825e-3, 4, 0e+0, 5, 0e+0, (-1.8339633279730247e-2))
 + DECODE(__t138, 3, 3.968090087240959e-2, 4, (-3.2672275456376064e-3), 0e+0)
 + DECODE(__t139, 2, 3.984316632735355e-3, 3, (-4.353008384521382e-2), 4, (-4.353008384521382e-2), 0e+0)
 + DECODE(__t140, 4, 4.953593541223751e-2, 5, (-1.3757524805343209e-2), 0e+0)) AS __c11,
  1.012505350765563e+0 * (DECODE(__t0, 4, 2.2437142739856003e-2, 5, (-1.0321953196046182e-1), 0e+0)
 + DECODE(__t5, 5, (-8.938208037630156e-2), 3.439396311476028e-2)
 + DECODE(__t6, 5, (-8.31747237241413e-2), 3.1244817867756392e-2)
 + DECODE(__t8, 5, (-7.627250780711128e-2), 2.789680264474569e-2)
 + DECODE(__t11, 5, (-6.789295303336292e-2), 2.3800735088443496e-2)
 + DECODE(__t13, 5, (-6.1602628576192274e-2), 2.1123464505081513e-2)
 + DECODE(__t14, 2, 2.0610694490273092e-2, 3, 2.0610694490273092e-2, 4, (-4.2741206793534124e-2), 0e+0)
 + DECODE(__t17, 4, (-5.321542767484268e-2), 5, (-5.321542767484268e-2), 1.7509449224654968e-2)
 + DECODE(__t19, 3, 1.963207406398574e-2, 4, 1.963207406398574e-2, 5, (-5.2186765490432135e-2), 0e+0)
 + DECODE(__t21, 4, (-4.5901417454393384e-2), 5, (-4.5901417454393384e-2), 1.4425760468003888e-2)
 + DECODE(__t23, 3, 1.5923266114395037e-2, 4, 1.5923266114395037e-2, 5, (-4.5787322478342385e-2), 0e+0)
 + DECODE(__t24, 4, (-4.5212653405463474e-2), 5, 0e+0, 1.5114234707627353e-2)
 + DECODE(__t27, 2, 1.472696643421664e-2, 3, (-4.2677901699222656e-2), 0e+0)
 + DECODE(__t28, 1, 0e+0, 5, (-4.017620963613519e-2), 1.2750308405358072e-2)
 + DECODE(__t29, 3, (-4.3063441839555176e-2), 4, 0e+0, 5, 0e+0, 1.3025642690770986e-2)
 + DECODE(__t35, 5, (-2.8251657259292476e-2), 7.957849461664912e-3)
 + DECODE(__t38, 4, (-2.525811207990348e-2), 5, (-2.525811207990348e-2), 7.04465994276517e-3)
 + DECODE(__t43, 2, 7.79792600553963e-3, 3, (-2.5438809531772383e-2), 0e+0)
 + DECODE(__t45, 3, (-3.4220193710186614e-2), 4, 0e+0, 5, 0e+0, 9.128062857641471e-3)
 + DECODE(__t59, 4, (-1.616656575093327e-2), 5, (-1.616656575093327e-2), 4.357965006176149e-3)
 + DECODE(__t61, 3, 6.019711619666733e-3, 4, (-2.307262008484584e-2), 5, (-2.307262008484584e-2), 0e+0)
 + DECODE(__t64, 1, 6.235933281752244e-3, 2, (-2.9331703729114998e-2), 0e+0)
 + DECODE(__t87, 3, (-2.3717296386742713e-2), 4, (-2.3717296386742713e-2), 5, 0e+0, 5.908348572554165e-3)) AS __c12,
  0e0 AS __c13,
  0e0 AS __c14,
  0e0 AS __c15,
  0e0 AS __c16,
  0e0 AS __c17,
  0e0 AS __c18,
  0e0 AS __c19,
  0e0 AS __c20,
  0e0 AS __c21,
  0e0 AS __c22,
  1.012505350765563e+0 * (DECODE(__t28, 3, 1.7386252410347643e-2, 4, (-2.9632773964644525e-2), 0e+0)
 + DECODE(__t30, 3, 1.8786821029406035e-2, 4, (-3.06142182636353e-2), 0e+0)
 + DECODE(__t32, 3, 1.7141080817971326e-2, 4, (-2.8536536618967233e-2), 0e+0)
 + DECODE(__t36, 3, 1.4675990005794597e-2, 4, (-2.5251078084147754e-2), 0e+0)
 + DECODE(__t40, 2, 6.71285952656896e-2, 3, (-1.6247590880913272e-2), 0e+0)
 + DECODE(__t41, 3, 1.3173644358841441e-2, 4, 1.3173644358841441e-2, 5, (-1.9947323821791603e-2), 0e+0)
 + DECODE(__t51, 1, 6.646629348375066e-2, 2, (-1.50125848299635e-2), 0e+0)
 + DECODE(__t70, 3, (-1.2759440377122077e-2), 4, (-1.2759440377122077e-2), 5, 0e+0, 4.699308357916107e-2)
 + DECODE(__t76, 3, (-1.1313308591708478e-2), 4, (-1.1313308591708478e-2), 5, 0e+0, 4.189256988083869e-2)
 + DECODE(__t81, 4, (-9.914074058900726e-3), 5, 0e+0, 3.1981774283329836e-2)
 + DECODE(__t89, 1, 4.394586542346915e-2, 2, (-8.054273006475314e-3), 0e+0)
 + DECODE(__t92, 3, 4.6620065969267134e-2, 4, 4.6620065969267134e-2, 5, (-2.810039383115643e-2), 0e+0)
 + DECODE(__t94, 4, 5.165310513357942e-2, 5, (-3.740819021478769e-2), 0e+0)
 + DECODE(__t100, 1, 1.5796198631456107e-2, 2, (-1.215456625190504e-2), 0e+0)
 + DECODE(__t103, 3, 4.2390378520919106e-2, 4, 4.2390378520919106e-2, 5, (-2.5567218818124612e-2), 0e+0)
 + DECODE(__t106, 1, 0e+0, 2, 4.9060866328585584e-2, (-1.4380447461351574e-2))
 + DECODE(__t107, 4, 4.8414435139548184e-2, 5, (-2.7918475163177553e-2), 0e+0)
 + DECODE(__t110, 3, (-7.548851746233171e-3), 4, (-7.548851746233171e-3), 5, 0e+0, 3.609583284163225e-2)
 + DECODE(__t115, 3, (-6.835191713305924e-3), 4, 0e+0, 5, 0e+0, 3.247200544271398e-2)
 + DECODE(__t117, 4, 4.228619978904266e-2, 5, (-2.306712948443672e-2), 0e+0)
 + DECODE(__t120, 4, (-6.798854986459175e-3), 5, 0e+0, 3.755277837917421e-2)
 + DECODE(__t125, 4, (-6.249438259611166e-3), 5, 0e+0, 3.5181718394503604e-2)
 + DECODE(__t130, 3, (-6.912200987586414e-3), 4, (-6.912200987586414e-3), 5, 0e+0, 2.674066571225104e-2)
 + DECODE(__t131, 1, 0e+0, 2, 4.784815800825806e-2, (-1.213935807128628e-2))
 + DECODE(__t138, 1, 2.997472925917129e-2, 2, (-5.214558331737295e-3), 0e+0)
 + DECODE(__t141, 5, (-1.4085385228660935e-3), 1.0779181472621866e-2)
 + DECODE(__t143, 4, 4.3422591131256315e-2, 5, (-2.6502438298377607e-2), 0e+0)) AS __c23,
  0e0 AS __c24,
  1.012505350765563e+0 * (DECODE(__t120, 1, 2.1361375657664654e-2, 2, (-7.41440471631577e-2), 0e+0)
 + DECODE(__t125, 1, 2.0258791815888168e-2, 2, (-6.902221956176893e-2), 0e+0)) AS __c25,
  1.012505350765563e+0 * (DECODE(__t5, 3, 3.63563967538555e-2, 4, 3.63563967538555e-2, 5, 0e+0, (-6.932325483122298e-2))
 + DECODE(__t6, 2, (-5.941394489268825e-2), 3, 3.370246821516691e-2, 4, 3.370246821516691e-2, 0e+0)
 + DECODE(__t8, 2, (-6.0765554123655655e-2), 3, 2.852256340568316e-2, 0e+0)
 + DECODE(__t10, 3, 2.965677259154684e-2, 4, 2.965677259154684e-2, 5, 0e+0, (-5.526561173317515e-2))
 + DECODE(__t12, 1, (-4.999574113645537e-2), 5, 0e+0, 2.3831854162151653e-2)
 + DECODE(__t16, 2, (-3.586013354241538e-2), 3, (-3.586013354241538e-2), 4, 2.0301793501062405e-2, 0e+0)
 + DECODE(__t29, 1, 1.0287454150750237e-2, 2, (-5.233468087113443e-2), 0e+0)
 + DECODE(__t37, 4, 1.087057004733015e-2, 5, (-4.0601465508561106e-2), 0e+0)
 + DECODE(__t45, 1, 5.529663933506235e-3, 2, (-6.1345019432273315e-2), 0e+0)
 + DECODE(__t55, 2, (-3.799758796618195e-2), 3, 0e+0, 4, 2.2262749036768933e-2, 5, (-1.0333256207128678e-2), 6.664196237574834e-3)
 + DECODE(__t59, 4, (-5.057781148920727e-2), 5, 1.2749561522564828e-2, 0e+0)
 + DECODE(__t65, 1, (-1.656844123493926e-2), 2, 5.475234258414635e-3, 0e+0)
 + DECODE(__t67, 3, 6.176521018805706e-3, 4, 6.176521018805706e-3, 5, (-2.8850722934688107e-2), 0e+0)
 + DECODE(__t71, 4, 7.4867529265964985e-3, 5, (-2.6667980171961543e-2), 0e+0)
 + DECODE(__t87, 1, 3.988613141885609e-3, 2, (-4.7013028570003355e-2), 0e+0)
 + DECODE(__t91, 1, (-1.712599633120633e-2), 2, 3.0014413251400196e-3, 0e+0)
 + DECODE(__t92, 1, 1.7123328838463971e-3, (-1.6518106226312244e-2))
 + DECODE(__t103, 1, 1.5535480558920177e-3, (-1.4908618679718294e-2))
 + DECODE(__t106, 1, 1.5137133762390235e-3, 2, (-1.4536161362635122e-2), 3, (-4.444047862477254e-2), 2.579267200640465e-2)
 + DECODE(__t118, 1, 1.2442094688338856e-3, 2, (-4.5376783062347555e-2), 9.40472030072697e-3)
 + DECODE(__t123, 2, 3.0974214711547645e-3, 3, (-2.757811563601272e-2), 4, (-2.757811563601272e-2), 0e+0)
 + DECODE(__t126, 1, 0e+0, 5, 2.027319786980194e-3, (-9.445048379584594e-3))
 + DECODE(__t131, 1, 1.161504027026048e-3, 2, (-1.4278876580295969e-2), 3, (-5.0148474419129375e-2), 1.9305302526562054e-2)
 + DECODE(__t141, 3, 2.8379739098195435e-2, 4, (-2.7102073451547186e-2), 0e+0)) AS __c26
FROM (SELECT "__lead", __v0, __v1, __v2, __v3, __v4, __v5, __v6, __v7, __v8, __v9, __v10, __v11, __v12, __v13, __v14, __v15, __v16, __v17, __v18, __v19, __v20, __v21, __v22, __v23, __v24, __v25, __v26,
  IFF(__f5 <= 6.55e+2, IFF(__f0 = 2, 1, IFF(__f7 IN (1, 10), 2, 3)), IFF(__f12 = 0, 4, 5)) AS __t0,
  IFF(__f5 <= 6.015e+2, IFF(__f0 = 2, 1, IFF(__f7 IN (1, 10), 2, 3)), IFF(__f7 IN (0, 1, 10, 11, 12), 4, 5)) AS __t1,
  IFF(__f5 <= 6.55e+2, IFF(__f0 = 2, 1, IFF(__f11 IN (1, 4), 2, IFF(__f7 IN (1, 10, 12), 3, 4))), 5) AS __t2,
  IFF(__f5 <= 5.605e+2, IFF(__f0 = 2, 1, IFF(__f7 IN (1, 10), IFF(__f4 <= 5e-1, 2, 3), 4)), 5) AS __t3,
  IFF(__f5 <= 7.465e+2, IFF(__f0 = 2, 1, IFF(__f11 IN (1, 4), 2, IFF(__f7 IN (1, 10, 12), 3, 4))), 5) AS __t4,
  IFF(__f12 = 0, IFF(__f26 <= 1.261875e+2, IFF(__f11 IN (1, 4), 1, 2), IFF(__f7 IN (0, 1, 3, 6, 7, 8, 9, 10, 11, 12), 3, 4)), 5) AS __t5,
  IFF(__f12 = 0, IFF(__f11 IN (1, 4), 1, IFF(__f26 <= 1.261875e+2, 2, IFF(__f7 IN (0, 1, 7, 9, 10, 11, 12), 3, 4))), 5) AS __t6,
  IFF(__f5 <= 5.605e+2, IFF(__f0 = 2, 1, IFF(__f7 IN (1, 8, 10, 12), IFF(__f4 <= 5e-1, 2, 3), 4)), 5) AS __t7,
  IFF(__f12 = 0, IFF(__f11 IN (1, 4), 1, IFF(__f7 IN (0, 1, 6, 7, 10, 11, 12), IFF(__f26 <= 1.097840909090909e+2, 2, 3), 4)), 5) AS __t8,
  IFF(__f5 <= 7.465e+2, IFF(__f0 = 2, 1, IFF(__f7 IN (1, 10), 2, IFF(__f11 IN (0, 1, 4), 3, 4))), 5) AS __t9,
  IFF(__f7 IN (0, 1, 8, 10, 11, 12), IFF(__f26 <= 1.261875e+2, IFF(__f11 IN (1, 2, 4), 1, 2), IFF(__f7 IN (1, 11, 12), 3, 4)), 5) AS __t10,
  IFF(__f12 = 0, IFF(__f11 IN (1, 4), 1, IFF(__f5 <= 7.655e+2, IFF(__f4 <= 5e-1, 2, 3), 4)), 5) AS __t11,
  IFF(__f7 IN (0, 1, 8, 10, 11, 12), IFF(__f26 <= 1.1158333333333334e+2, 1, IFF(__f7 IN (1, 11, 12), 2, IFF(__f11 IN (0, 1, 4), 3, 4))), 5) AS __t12,
  IFF(__f12 = 0, IFF(__f11 IN (1, 4), 1, IFF(__f7 IN (0, 1, 6, 7, 10, 11, 12), IFF(__f1 IN (0, 2, 4, 6, 8, 9), 2, 3), 4)), 5) AS __t13,
  IFF(__f5 <= 5.605e+2, IFF(__f0 = 2, 1, IFF(__f12 IN (0, 2), IFF(__f7 IN (0, 1, 6, 8, 10, 11, 12), 2, 3), 4)), 5) AS __t14,
  IFF(__f5 <= 5.605e+2, IFF(__f0 = 2, 1, IFF(__f7 IN (1, 8, 10), IFF(__f6 <= 1.7650000000000001e+0, 2, 3), 4)), 5) AS __t15,
  IFF(__f11 IN (1, 4), 1, IFF(__f7 IN (0, 1, 7, 8, 10, 11, 12), IFF(__f26 <= 1.261875e+2, IFF(__f4 <= 7.5e+0, 2, 3), 4), 5)) AS __t16,
  IFF(__f12 = 0, IFF(__f11 IN (1, 4), 1, IFF(__f0 = 2, 2, 3)), IFF(__f7 = 1, 4, 5)) AS __t17,
  IFF(__f5 <= 7.465e+2, IFF(__f7 IN (0, 1, 6, 8, 10, 11, 12), IFF(__f6 <= 1.26e+0, IFF(__f9 IN (0, 1, 2, 3, 4, 5, 6, 7, 9, 15), 1, 2), 3), 4), 5) AS __t18,
  IFF(__f7 IN (1, 10, 11, 12), IFF(__f5 <= 4.175e+2, 1, 2), IFF(__f12 IN (0, 2), IFF(__f0 IN (2, 5), 3, 4), 5)) AS __t19,
  IFF(__f11 IN (1, 4), 1, IFF(__f5 <= 7.655e+2, IFF(__f7 IN (0, 1, 6, 8, 10, 11, 12), IFF(__f6 <= 1.26e+0, 2, 3), 4), 5)) AS __t20,
  IFF(__f12 = 0, IFF(__f11 IN (1, 4), 1, IFF(__f1 IN (0, 2, 4, 6, 8, 9), 2, 3)), IFF(__f7 = 1, 4, 5)) AS __t21,
  IFF(__f7 IN (0, 1, 3, 6, 7, 8, 9, 10, 11, 12), IFF(__f11 IN (1, 4), 1, IFF(__f5 <= 5.085e+2, IFF(__f6 <= 1.26e+0, 2, 3), 4)), 5) AS __t22,
  IFF(__f7 IN (1, 10, 11, 12), IFF(__f2 <= 5e-1, 1, 2), IFF(__f12 IN (0, 2), IFF(__f0 IN (2, 5), 3, 4), 5)) AS __t23,
  IFF(__f5 <= 7.845e+2, IFF(__f12 = 0, IFF(__f1 IN (0, 2, 4, 6, 8, 9), IFF(__f7 IN (0, 1, 3, 6, 8, 11), 1, 2), 3), 4), 5) AS __t24,
  IFF(__f11 = 1, 1, IFF(__f7 IN (0, 1, 6, 7, 8, 9, 10, 11, 12), IFF(__f5 <= 7.845e+2, IFF(__f6 <= 1.26e+0, 2, 3), 4), 5)) AS __t25,
  IFF(__f7 IN (1, 10, 11, 12), IFF(__f0 IN (1, 2), 1, 2), IFF(__f9 IN (0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 13, 14, 15, 16, 17), IFF(__f0 IN (1, 2, 3, 5), 3, 4), 5)) AS __t26,
  IFF(__f11 = 1, 1, IFF(__f2 <= 5e-1, IFF(__f5 <= 4.645e+2, IFF(__f12 IN (0, 2), 2, 3), 4), 5)) AS __t27,
  IFF(__f7 IN (1, 10, 11, 12), 1, IFF(__f12 IN (0, 2), IFF(__f0 IN (2, 5), 2, IFF(__f23 IN (0, 1, 2, 3), 3, 4)), 5)) AS __t28,
  IFF(__f2 <= 5e-1, IFF(__f5 <= 5.085e+2, IFF(__f12 = 0, IFF(__f26 <= 9.825e+1 OR __f26 IS NULL, 1, 2), 3), 4), 5) AS __t29,
  IFF(__f11 = 1, 1, IFF(__f2 <= 5e-1, IFF(__f7 IN (1, 5, 10, 11, 12), 2, IFF(__f23 IN (0, 1, 2, 3, 4), 3, 4)), 5)) AS __t30,
  IFF(__f1 IN (4, 6, 8, 9), 1, IFF(__f5 <= 4.245e+2, IFF(__f7 IN (0, 1, 8, 10, 11, 12), IFF(__f6 <= 1.26e+0, 2, 3), 4), 5)) AS __t31,
  IFF(__f11 = 1, 1, IFF(__f2 <= 5e-1, IFF(__f7 IN (1, 5, 10, 11, 12), 2, IFF(__f23 IN (0, 1, 2, 3, 4), 3, 4)), 5)) AS __t32,
  IFF(__f1 IN (4, 6, 8, 9), 1, IFF(__f2 <= 5e-1, IFF(__f5 <= 5.085e+2, IFF(__f9 IN (3, 7, 9, 13, 15), 2, 3), 4), 5)) AS __t33,
  IFF(__f11 = 1, 1, IFF(__f0 IN (2, 5), 2, IFF(__f7 IN (0, 1, 7, 9, 10, 12), IFF(__f4 <= 7.5e+0 OR __f4 IS NULL, 3, 4), 5))) AS __t34,
  IFF(__f12 = 0, IFF(__f1 IN (0, 2, 3, 4, 5, 6, 8, 9), IFF(__f9 IN (0, 1, 2, 3, 5, 6, 7, 9, 11, 12, 13, 14, 15, 16), 1, 2), IFF(__f4 <= 2.5e+0 OR __f4 IS NULL, 3, 4)), 5) AS __t35,
  IFF(__f11 = 1, 1, IFF(__f2 <= 5e-1, IFF(__f7 IN (1, 5, 10, 11, 12), 2, IFF(__f23 IN (0, 1, 2, 3, 4), 3, 4)), 5)) AS __t36,
  IFF(__f5 <= 7.845e+2, IFF(__f4 <= 5e-1, IFF(__f9 IN (0, 2, 3, 4, 5, 6, 7, 9, 15), 1, 2), 3), IFF(__f26 <= 5.579166666666667e+2 OR __f26 IS NULL, 4, 5)) AS __t37,
  IFF(__f12 = 0, IFF(__f1 IN (0, 2, 3, 4, 5, 6, 8, 9), 1, IFF(__f4 <= 2.5e+0 OR __f4 IS NULL, 2, 3)), IFF(__f5 <= 4.245e+2, 4, 5)) AS __t38,
  IFF(__f7 IN (0, 1, 3, 6, 8, 9, 10, 11, 12), IFF(__f6 <= 1.26e+0, 1, IFF(__f5 <= 4.175e+2, IFF(__f9 IN (0, 1, 3, 7, 9, 10, 11, 13, 15, 16, 17), 2, 3), 4)), 5) AS __t39,
  IFF(__f11 = 1, 1, IFF(__f4 <= 6.5e+0, IFF(__f8 IN (2, 7), IFF(__f23 IN (0, 1, 2, 4), 2, 3), 4), 5)) AS __t40,
  IFF(__f7 IN (1, 9, 10, 11, 12), 1, IFF(__f0 IN (2, 5), 2, IFF(__f23 IN (0, 1, 2, 3), IFF(__f0 = 1, 3, 4), 5))) AS __t41,
  IFF(__f2 <= 5e-1, IFF(__f7 IN (1, 5, 10, 11), 1, IFF(__f9 IN (0, 1, 2, 3, 4, 5, 6, 7, 9, 11, 13, 14, 15, 16, 17), 2, IFF(__f6 <= 1.8450000000000002e+0 OR __f6 IS NULL, 3, 4))), 5) AS __t42,
  IFF(__f11 = 1, 1, IFF(__f1 IN (0, 2, 3, 4, 5, 6, 8, 9), IFF(__f12 = 0, 2, 3), IFF(__f4 <= 2.5e+0 OR __f4 IS NULL, 4, 5))) AS __t43,
  IFF(__f5 <= 7.845e+2, IFF(__f4 <= 5e-1, IFF(__f9 IN (0, 2, 3, 4, 5, 6, 7, 9, 12, 14, 15, 17), 1, 2), IFF(__f4 <= 7.5e+0 OR __f4 IS NULL, 3, 4)), 5) AS __t44,
  IFF(__f2 <= 5e-1, IFF(__f5 <= 4.245e+2, IFF(__f12 = 0, IFF(__f26 <= 1.3358333333333331e+2 OR __f26 IS NULL, 1, 2), 3), 4), 5) AS __t45,
  IFF(__f11 = 1, IFF(__f9 IN (0, 1, 3, 4, 5, 6, 7, 8, 11, 12, 13, 15), 1, 2), IFF(__f1 = 6, 3, IFF(__f4 <= 6.5e+0, 4, 5))) AS __t46,
  IFF(__f7 IN (0, 1, 3, 6, 8, 9, 10, 11, 12), IFF(__f6 <= 1.26e+0, 1, IFF(__f9 IN (0, 1, 2, 3, 6, 7, 8, 10, 13, 15, 16), IFF(__f11 IN (1, 2, 4), 2, 3), 4)), 5) AS __t47,
  IFF(__f5 <= 4.245e+2, IFF(__f5 <= 1.75e+1, IFF(__f9 IN (0, 2, 3, 4, 5, 6, 7, 9, 13, 14, 15, 17), 1, 2), IFF(__f9 IN (0, 1, 3, 7, 9, 10, 11, 13, 15, 16, 17), 3, 4)), 5) AS __t48,
  IFF(__f7 IN (1, 9, 10, 11, 12), IFF(__f0 IN (1, 2), 1, IFF(__f11 IN (1, 2), 2, 3)), IFF(__f0 IN (2, 5), 4, 5)) AS __t49,
  IFF(__f2 <= 5e-1, IFF(__f4 <= 4.5e+0 OR __f4 IS NULL, 1, IFF(__f6 <= 4.875e+0, IFF(__f9 IN (1, 2, 3, 4, 5, 9, 10, 13, 14), 2, 3), 4)), 5) AS __t50,
  IFF(__f5 <= 4.245e+2, IFF(__f7 IN (0, 1, 6, 8, 10), IFF(__f1 IN (2, 5, 6, 8, 9), IFF(__f23 IN (0, 1, 2, 3, 4), 1, 2), 3), 4), 5) AS __t51,
  IFF(__f7 IN (1, 9, 10, 11, 12), IFF(__f0 IN (1, 2), 1, 2), IFF(__f11 IN (0, 1, 4), 3, IFF(__f9 IN (0, 1, 4, 8, 11, 13, 14, 15), 4, 5))) AS __t52,
  IFF(__f4 <= 7.5e+0 OR __f4 IS NULL, 1, IFF(__f6 <= 4.875e+0, IFF(__f9 IN (0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 13, 18), IFF(__f11 IN (0, 1, 2), 2, 3), 4), 5)) AS __t53,
  IFF(__f2 <= 5e-1, IFF(__f9 IN (1, 2, 3, 6, 7, 9, 13, 15, 17), 1, IFF(__f6 <= 1.9649999999999999e+0 OR __f6 IS NULL, 2, 3)), IFF(__f0 IN (1, 2, 5), 4, 5)) AS __t54,
  IFF(__f5 <= 4.245e+2, IFF(__f6 <= 4.625e+0, IFF(__f26 <= 9.825e+1 OR __f26 IS NULL, 1, 2), 3), IFF(__f26 <= 1.9708333333333331e+2 OR __f26 IS NULL, 4, 5)) AS __t55,
  IFF(__f11 = 1, IFF(__f9 IN (0, 1, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 15, 17), 1, 2), IFF(__f1 IN (6, 8), 3, IFF(__f2 <= 5e-1, 4, 5))) AS __t56,
  IFF(__f7 IN (1, 9, 10, 12), IFF(__f11 IN (1, 2), 1, IFF(__f0 = 1, 2, 3)), IFF(__f1 IN (4, 6), 4, 5)) AS __t57,
  IFF(__f5 <= 7.845e+2, IFF(__f9 IN (3, 7, 10, 13, 15), 1, IFF(__f1 IN (0, 2, 5, 6, 8, 9), IFF(__f7 IN (0, 1, 3, 5, 8, 10), 2, 3), 4)), 5) AS __t58,
  IFF(__f12 = 0, IFF(__f4 <= 3.5e+0, 1, IFF(__f6 <= 2.21e+0, 2, 3)), IFF(__f26 <= 6.155e+1, 4, 5)) AS __t59,
  IFF(__f1 = 6, 1, IFF(__f9 IN (0, 1, 2, 3, 6, 7, 8, 10, 13, 15), IFF(__f7 IN (0, 1, 2, 3, 6, 8, 9, 10), 2, 3), IFF(__f1 IN (0, 2, 3, 4, 8, 9), 4, 5))) AS __t60,
  IFF(__f7 IN (1, 6, 9, 10, 12), IFF(__f11 IN (1, 2), 1, 2), IFF(__f12 = 0, 3, IFF(__f9 IN (1, 4, 13, 14), 4, 5))) AS __t61,
  IFF(__f4 <= 7.5e+0 OR __f4 IS NULL, 1, IFF(__f6 <= 4.875e+0, IFF(__f9 IN (0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 13, 18), IFF(__f7 IN (0, 1, 2, 5, 6, 7, 9, 10), 2, 3), 4), 5)) AS __t62,
  IFF(__f1 = 6, 1, IFF(__f4 <= 4.5e+0 OR __f4 IS NULL, 2, IFF(__f6 <= 4.875e+0, 3, IFF(__f9 IN (0, 1, 2, 7, 8, 9, 11, 12, 13, 15, 17, 18), 4, 5)))) AS __t63,
  IFF(__f2 <= 5e-1, IFF(__f9 IN (1, 2, 3, 5, 6, 7, 9, 11, 13, 15, 16, 17), IFF(__f12 = 0, 1, 2), 3), IFF(__f0 IN (1, 2, 5), 4, 5)) AS __t64,
  IFF(__f1 IN (0, 2, 3, 4, 6, 8, 9), IFF(__f26 <= 8.829166666666666e+1, 1, 2), IFF(__f9 IN (0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 13, 15, 16, 17), IFF(__f11 IN (1, 2), 3, 4), 5)) AS __t65,
  IFF(__f7 IN (1, 6, 9, 10, 12), IFF(__f11 IN (1, 2), 1, IFF(__f0 = 1, 2, IFF(__f9 IN (1, 2, 3, 6, 7, 8, 10, 13, 15, 16), 3, 4))), 5) AS __t66,
  IFF(__f1 = 6, 1, IFF(__f5 <= 4.175e+2, 2, IFF(__f26 <= 5.579166666666667e+2 OR __f26 IS NULL, IFF(__f7 IN (1, 2, 5, 6, 9, 11, 12), 3, 4), 5))) AS __t67,
  IFF(__f1 = 6, 1, IFF(__f4 <= 4.5e+0 OR __f4 IS NULL, 2, IFF(__f6 <= 4.875e+0, 3, IFF(__f9 IN (0, 1, 2, 7, 8, 9, 11, 12, 13, 15, 17, 18), 4, 5)))) AS __t68,
  IFF(__f2 <= 5e-1, IFF(__f9 IN (0, 1, 2, 3, 5, 6, 7, 9, 11, 13, 14, 15, 16, 17), 1, 2), IFF(__f0 IN (1, 2, 5), 3, IFF(__f9 IN (2, 4, 7, 10, 14, 15), 4, 5))) AS __t69,
  IFF(__f0 IN (1, 2, 5), IFF(__f23 IN (0, 1, 2, 3, 4, 5), IFF(__f10 IN (2, 6, 9), 1, 2), IFF(__f7 IN (1, 5, 12), 3, 4)), 5) AS __t70,
  IFF(__f1 IN (6, 8), 1, IFF(__f5 <= 7.845e+2, IFF(__f9 IN (3, 7, 10, 13, 15), 2, 3), IFF(__f26 <= 5.579166666666667e+2 OR __f26 IS NULL, 4, 5))) AS __t71,
  IFF(__f6 <= 1.9649999999999999e+0, IFF(__f7 IN (0, 1, 3, 4, 6, 7, 8), 1, 2), IFF(__f4 <= 2.5e+0, 3, IFF(__f11 IN (1, 2, 4), 4, 5))) AS __t72,
  IFF(__f1 IN (6, 8), 1, IFF(__f2 <= 5e-1, IFF(__f4 <= 4.5e+0 OR __f4 IS NULL, 2, 3), IFF(__f9 IN (0, 2, 4, 7, 8, 10, 12, 14, 15, 18), 4, 5))) AS __t73,
  IFF(__f6 <= 1.26e+0, IFF(__f9 IN (0, 2, 3, 4, 5, 6, 7, 12, 15), 1, IFF(__f7 IN (0, 1, 3, 8, 12), 2, 3)), IFF(__f4 <= 2.5e+0, 4, 5)) AS __t74,
  IFF(__f1 IN (6, 8, 9), 1, IFF(__f5 <= 4.175e+2, IFF(__f9 IN (3, 7, 9, 10, 13, 15, 16), 2, IFF(__f5 <= 3.385e+2, 3, 4)), 5)) AS __t75,
  IFF(__f0 IN (1, 2, 5), IFF(__f23 IN (0, 1, 2, 3, 4, 5), IFF(__f10 IN (2, 6, 9), 1, 2), IFF(__f7 IN (1, 5, 12), 3, 4)), 5) AS __t76,
  IFF(__f2 <= 5e-1, IFF(__f6 <= 1.26e+0, IFF(__f9 IN (0, 2, 3, 4, 5, 6, 7, 9, 10, 12, 15), 1, 2), 3), IFF(__f9 IN (0, 2, 4, 7, 8, 10, 12, 14, 15, 18), 4, 5)) AS __t77,
  IFF(__f5 <= 7.845e+2, IFF(__f9 IN (3, 4, 7, 10, 13, 15, 16), 1, 2), IFF(__f11 IN (1, 2), 3, IFF(__f9 IN (0, 1, 2, 5, 6, 8, 10, 13, 14, 15, 18), 4, 5))) AS __t78,
  IFF(__f1 IN (6, 8, 9), 1, IFF(__f4 <= 7.5e+0 OR __f4 IS NULL, 2, IFF(__f9 IN (0, 1, 2, 3, 4, 5, 8, 9, 10, 13, 18), IFF(__f7 IN (0, 1, 2, 5, 7, 9, 10, 12), 3, 4), 5))) AS __t79,
  IFF(__f6 <= 5.585e+0, IFF(__f4 <= 4.5e+0, 1, 2), IFF(__f9 IN (0, 1, 5, 8, 9, 12, 13, 14, 15, 16, 17, 18), IFF(__f5 <= 3.655e+2, 3, 4), 5)) AS __t80,
  IFF(__f8 IN (1, 2, 4, 5, 7), IFF(__f23 IN (0, 1, 2, 4, 5), IFF(__f0 = 1, 1, IFF(__f9 IN (0, 1, 2, 3, 9, 10, 11, 12, 13, 16, 17), 2, 3)), 4), 5) AS __t81,
  IFF(__f7 IN (1, 6, 8, 9, 10, 12), IFF(__f11 IN (1, 2), 1, IFF(__f0 = 1, 2, IFF(__f9 IN (0, 1, 2, 3, 6, 7, 8, 10, 11, 13, 14, 15, 16), 3, 4))), 5) AS __t82,
  IFF(__f1 IN (6, 9), 1, IFF(__f5 <= 4.175e+2, IFF(__f6 <= 4.625e+0, IFF(__f9 IN (0, 3, 4, 5, 7, 9, 10, 13, 15, 16, 17), 2, 3), 4), 5)) AS __t83,
  IFF(__f8 IN (1, 2, 4, 5, 7), IFF(__f7 IN (0, 1, 3, 4, 5, 6, 7, 8, 12), 1, 2), IFF(__f7 IN (1, 2, 9, 10, 12), 3, IFF(__f9 IN (0, 1, 2, 4, 5, 6, 7, 8, 9, 11, 13, 14, 15, 16, 17), 4, 5))) AS __t84,
  IFF(__f2 <= 5e-1, IFF(__f6 <= 1.26e+0, IFF(__f9 IN (0, 2, 3, 4, 5, 6, 7, 9, 10, 12, 15), 1, 2), 3), IFF(__f9 IN (0, 2, 4, 7, 8, 10, 12, 14, 15, 18), 4, 5)) AS __t85,
  IFF(__f10 IN (6, 8), 1, IFF(__f2 <= 5e-1, 2, IFF(__f1 IN (0, 2, 3, 4, 6, 7, 8), 3, IFF(__f9 IN (2, 4, 7, 10, 14, 15), 4, 5)))) AS __t86,
  IFF(__f5 <= 4.175e+2, IFF(__f12 = 0, IFF(__f26 <= 1.3358333333333331e+2 OR __f26 IS NULL, 1, 2), IFF(__f5 <= 1.75e+1, 3, 4)), 5) AS __t87,
  IFF(__f1 IN (6, 9), 1, IFF(__f4 <= 3.5e+0 OR __f4 IS NULL, 2, IFF(__f11 IN (1, 2), 3, IFF(__f9 IN (1, 2, 9, 13, 14), 4, 5)))) AS __t88,
  IFF(__f0 IN (1, 2, 5), IFF(__f23 IN (0, 2, 4), 1, 2), IFF(__f9 IN (0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 13, 14, 15, 16), IFF(__f11 IN (1, 2, 4), 3, 4), 5)) AS __t89,
  IFF(__f10 IN (6, 8), 1, IFF(__f6 <= 5.585e+0, 2, IFF(__f9 IN (0, 1, 5, 8, 9, 12, 13, 15, 16, 18), IFF(__f5 <= 3.655e+2, 3, 4), 5))) AS __t90,
  IFF(__f4 <= 7.5e+0 OR __f4 IS NULL, IFF(__f26 <= 4.863333333333333e+1, 1, 2), IFF(__f9 IN (0, 1, 3, 4, 5, 8, 9, 10, 13, 18), IFF(__f7 IN (0, 1, 2, 5, 7, 9), 3, 4), 5)) AS __t91,
  IFF(__f26 <= 5.579166666666667e+2 OR __f26 IS NULL, 1, IFF(__f1 IN (0, 4, 6, 9), 2, IFF(__f23 IN (1, 2, 3, 4), IFF(__f9 IN (0, 1, 5, 6, 8, 12, 15, 16), 3, 4), 5))) AS __t92,
  IFF(__f7 IN (1, 6, 8, 9, 10, 12), IFF(__f11 IN (1, 2), IFF(__f9 IN (0, 1, 2, 3, 4, 5, 6, 7, 9, 10), 1, 2), 3), IFF(__f10 IN (0, 1, 2, 3, 5, 6, 8, 9), 4, 5)) AS __t93,
  IFF(__f4 <= 1.05e+1 OR __f4 IS NULL, IFF(__f6 <= 5.125e+0 OR __f6 IS NULL, 1, 2), IFF(__f9 IN (0, 2, 3, 4, 6, 7, 8, 11, 13, 14, 15), 3, IFF(__f23 IN (3, 4, 5, 6), 4, 5))) AS __t94,
  IFF(__f1 IN (6, 8, 9), 1, IFF(__f4 <= 4.5e+0 OR __f4 IS NULL, 2, IFF(__f6 <= 2.21e+0, 3, IFF(__f9 IN (0, 1, 2, 3, 5, 7, 9, 13, 14, 15), 4, 5)))) AS __t95,
  IFF(__f2 <= 5e-1, IFF(__f5 <= 1.5765e+3, 1, IFF(__f9 IN (4, 5, 8, 11, 14, 15), 2, 3)), IFF(__f9 IN (0, 2, 4, 6, 7, 8, 10, 12, 14, 15, 18), 4, 5)) AS __t96,
  IFF(__f5 <= 7.845e+2, IFF(__f8 IN (1, 2, 4, 5), 1, IFF(__f1 IN (0, 2, 5, 6, 8), 2, IFF(__f9 IN (2, 7, 10, 11, 13, 15, 17), 3, 4))), 5) AS __t97,
  IFF(__f10 IN (6, 8), 1, IFF(__f7 IN (1, 8, 9, 10, 12), IFF(__f11 IN (1, 2), 2, IFF(__f0 = 1, 3, 4)), 5)) AS __t98,
  IFF(__f1 IN (6, 9), 1, IFF(__f9 IN (1, 3, 6, 7, 10, 13, 15), IFF(__f6 <= 3.355e+0 OR __f6 IS NULL, IFF(__f4 <= 2.5e+0 OR __f4 IS NULL, 2, 3), 4), 5)) AS __t99,
  IFF(__f8 IN (0, 1, 2, 4, 5, 7), IFF(__f9 IN (1, 3, 6, 7, 13, 15), IFF(__f23 IN (1, 2, 4, 5, 6), 1, 2), 3), IFF(__f9 IN (0, 5, 6, 7, 8, 9, 10, 11, 12, 13, 18), 4, 5)) AS __t100,
  IFF(__f10 IN (0, 1, 2, 5, 6, 8, 9), IFF(__f1 IN (0, 2, 3, 4, 6, 8, 9), 1, 2), IFF(__f9 IN (0, 1, 6, 8, 9, 13, 14), IFF(__f7 IN (1, 3, 6, 7), 3, 4), 5)) AS __t101,
  IFF(__f5 <= 4.175e+2, IFF(__f11 IN (0, 4), IFF(__f1 IN (0, 1, 2, 5, 6, 8), 1, 2), IFF(__f7 IN (1, 3, 8), 3, 4)), 5) AS __t102,
  IFF(__f26 <= 5.579166666666667e+2 OR __f26 IS NULL, 1, IFF(__f1 IN (0, 4, 6, 9), 2, IFF(__f23 IN (1, 2, 3, 4), IFF(__f9 IN (0, 1, 5, 6, 8, 12, 15, 16), 3, 4), 5))) AS __t103,
  IFF(__f2 <= 5e-1, IFF(__f6 <= 1.26e+0, IFF(__f9 IN (0, 2, 3, 4, 5, 6, 7, 9, 10, 12, 15), 1, 2), 3), IFF(__f9 IN (0, 2, 4, 6, 7, 8, 10, 12, 14, 15, 18), 4, 5)) AS __t104,
  IFF(__f5 <= 4.175e+2, 1, IFF(__f7 IN (1, 2, 7, 9, 10, 11, 12), IFF(__f9 IN (2, 3, 6, 7, 8, 10, 11, 12, 15, 18), 2, 3), IFF(__f9 IN (0, 1, 2, 4, 5, 8, 13, 14), 4, 5))) AS __t105,
  IFF(__f26 <= 5.579166666666667e+2 OR __f26 IS NULL, 1, IFF(__f23 IN (1, 3, 4), 2, IFF(__f26 <= 7.2975e+2, 3, IFF(__f7 IN (0, 1, 3, 7, 8, 10), 4, 5)))) AS __t106,
  IFF(__f8 IN (0, 1, 2, 4, 5, 7), IFF(__f6 <= 5.585e+0, 1, IFF(__f9 IN (0, 1, 5, 8, 9, 12, 13, 14, 15, 16, 17, 18), 2, 3)), IFF(__f23 IN (1, 3, 4, 6), 4, 5)) AS __t107,
  IFF(__f4 <= 4.5e+0 OR __f4 IS NULL, 1, IFF(__f11 IN (1, 2), 2, IFF(__f9 IN (0, 1, 2, 3, 4, 5, 7, 9, 10, 13, 14, 15, 18), IFF(__f6 <= 4.625e+0, 3, 4), 5))) AS __t108,
  IFF(__f10 IN (6, 8), 1, IFF(__f5 <= 1.5765e+3, IFF(__f5 <= 1.4555e+3, 2, 3), IFF(__f9 IN (4, 5, 8, 11, 15), 4, 5))) AS __t109,
  IFF(__f8 IN (1, 2, 4, 5, 7), IFF(__f23 IN (0, 2, 5), IFF(__f9 IN (0, 1, 2, 3, 6, 7, 9, 10, 11, 12, 16, 17, 18), 1, 2), IFF(__f7 IN (0, 1, 3, 4, 5, 6, 7, 12), 3, 4)), 5) AS __t110,
  IFF(__f5 <= 7.845e+2, IFF(__f9 IN (3, 4, 7, 10, 13, 15, 16), 1, IFF(__f7 IN (0, 1, 5, 7, 8), IFF(__f1 IN (0, 2, 3, 5, 6, 8, 9), 2, 3), 4)), 5) AS __t111,
  IFF(__f10 IN (0, 1, 2, 5, 6, 8, 9), IFF(__f9 IN (1, 2, 5, 6, 7, 10, 11, 13, 15, 16, 17), 1, 2), IFF(__f9 IN (0, 1, 6, 8, 9, 13, 14), IFF(__f7 IN (1, 3, 6, 7), 3, 4), 5)) AS __t112,
  IFF(__f1 = 6, 1, IFF(__f4 <= 3.5e+0 OR __f4 IS NULL, IFF(__f9 IN (3, 5, 6, 7, 10, 15, 16, 17), 2, 3), IFF(__f11 IN (1, 2), 4, 5))) AS __t113,
  IFF(__f6 <= 1.26e+0, IFF(__f9 IN (0, 3, 4, 5, 6, 12, 15), 1, IFF(__f7 IN (0, 1, 3, 8, 12), IFF(__f1 IN (0, 1, 3, 5, 6), 2, 3), 4)), 5) AS __t114,
  IFF(__f8 IN (1, 2, 4, 5, 7), IFF(__f23 IN (0, 2, 5), IFF(__f9 IN (0, 1, 2, 3, 6, 7, 9, 10, 11, 12, 16, 17, 18), 1, 2), 3), IFF(__f7 IN (1, 2, 8, 9, 10, 12), 4, 5)) AS __t115,
  IFF(__f8 IN (0, 1, 2, 4, 5, 7), IFF(__f2 <= 5e-1, 1, IFF(__f0 IN (1, 2, 5), 2, 3)), IFF(__f9 IN (0, 5, 6, 7, 8, 9, 10, 11, 12, 13, 18), 4, 5)) AS __t116,
  IFF(__f4 <= 1.05e+1 OR __f4 IS NULL, IFF(__f6 <= 5.125e+0, 1, 2), IFF(__f9 IN (2, 3, 4, 6, 7, 8, 11, 13, 14), 3, IFF(__f23 IN (3, 4, 5, 6), 4, 5))) AS __t117,
  IFF(__f26 <= 6.1475e+2 OR __f26 IS NULL, 1, IFF(__f26 <= 7.2975e+2, 2, IFF(__f9 IN (0, 1, 2, 4, 5, 6, 8, 11, 13, 16), 3, IFF(__f7 IN (1, 3, 6, 8), 4, 5)))) AS __t118,
  IFF(__f5 <= 4.175e+2, IFF(__f5 <= 3.325e+2, IFF(__f9 IN (0, 3, 4, 5, 7, 11, 13, 15, 16, 17), 1, 2), IFF(__f9 IN (1, 6, 8, 9, 10, 13, 15), 3, 4)), 5) AS __t119,
  IFF(__f0 IN (1, 2, 5), IFF(__f23 IN (0, 2, 4), IFF(__f10 IN (2, 6, 9), IFF(__f25 <= 5e-1, 1, 2), 3), 4), 5) AS __t120,
  IFF(__f4 <= 4.5e+0 OR __f4 IS NULL, 1, IFF(__f9 IN (0, 1, 2, 5, 7, 9, 13, 14), 2, IFF(__f6 <= 2.29e+0, 3, IFF(__f1 IN (0, 2, 3, 4, 6, 7), 4, 5)))) AS __t121,
  IFF(__f8 IN (1, 2, 4, 5, 7), IFF(__f7 IN (0, 3, 4, 5, 6, 7, 8, 12), 1, 2), IFF(__f1 IN (0, 1, 3, 4, 5, 6, 7, 8, 9), IFF(__f7 IN (1, 2, 9, 10, 12), 3, 4), 5)) AS __t122,
  IFF(__f5 <= 7.845e+2, IFF(__f8 IN (1, 2, 4, 5), 1, IFF(__f26 <= 1.8383333333333331e+2 OR __f26 IS NULL, 2, IFF(__f9 IN (5, 10, 13, 14, 16), 3, 4))), 5) AS __t123,
  IFF(__f5 <= 1.5765e+3, IFF(__f5 <= 1.4555e+3, 1, IFF(__f9 IN (0, 1, 2, 4, 6, 7, 8, 12, 14, 16, 17), 2, 3)), IFF(__f9 IN (4, 5, 8, 10, 11, 14, 15), 4, 5)) AS __t124,
  IFF(__f0 IN (1, 2, 5), IFF(__f23 IN (0, 2, 4), IFF(__f10 IN (2, 6, 9), IFF(__f25 <= 5e-1, 1, 2), 3), 4), 5) AS __t125,
  IFF(__f10 IN (6, 8), 1, IFF(__f26 <= 4.863333333333333e+1, IFF(__f9 IN (2, 4, 7, 9, 11, 13, 17), IFF(__f11 IN (0, 1, 2, 4), 2, 3), 4), 5)) AS __t126,
  IFF(__f8 IN (0, 1, 2, 4, 5, 7), IFF(__f6 <= 5.585e+0, 1, IFF(__f9 IN (0, 1, 5, 8, 9, 12, 13, 14, 15, 16, 17, 18), 2, 3)), IFF(__f9 IN (0, 5, 6, 7, 8, 9, 10, 11, 12, 13, 18), 4, 5)) AS __t127,
  IFF(__f4 <= 7.5e+0 OR __f4 IS NULL, 1, IFF(__f9 IN (0, 1, 3, 4, 5, 8, 9, 10, 13, 18), IFF(__f7 IN (0, 1, 2, 5, 7, 9, 12), 2, 3), IFF(__f4 <= 1.05e+1, 4, 5))) AS __t128,
  IFF(__f1 IN (6, 9), 1, IFF(__f4 <= 3.5e+0 OR __f4 IS NULL, IFF(__f9 IN (3, 5, 6, 7, 10, 15, 16, 17), 2, 3), IFF(__f11 IN (1, 2), 4, 5))) AS __t129,
  IFF(__f0 IN (1, 2, 5), IFF(__f23 IN (0, 1, 2, 3, 4, 5), IFF(__f10 IN (2, 6, 9), 1, 2), IFF(__f9 IN (3, 5, 7, 9, 11, 12, 14, 15), 3, 4)), 5) AS __t130,
  IFF(__f26 <= 6.1475e+2 OR __f26 IS NULL, 1, IFF(__f23 IN (1, 3), 2, IFF(__f26 <= 7.2975e+2, 3, IFF(__f7 IN (0, 1, 3, 7, 8, 10), 4, 5)))) AS __t131,
  IFF(__f5 <= 1.5765e+3, 1, IFF(__f9 IN (4, 5, 8, 11, 15), 2, IFF(__f11 IN (1, 3, 4), 3, IFF(__f5 <= 1.7575e+3, 4, 5)))) AS __t132,
  IFF(__f5 <= 4.175e+2, IFF(__f6 <= 7.25e+0, IFF(__f11 IN (0, 4), 1, IFF(__f7 IN (1, 3, 5, 8), 2, 3)), 4), 5) AS __t133,
  IFF(__f6 <= 1.26e+0, 1, IFF(__f4 <= 2.5e+0 OR __f4 IS NULL, 2, IFF(__f9 IN (1, 2, 6, 7, 8, 9, 10, 11, 13, 14, 15), 3, IFF(__f7 IN (1, 2, 3, 5, 9, 10), 4, 5)))) AS __t134,
  IFF(__f2 <= 5e-1, 1, IFF(__f9 IN (0, 2, 4, 7, 8, 10, 12, 14, 18), IFF(__f6 <= 1.475e+0, 2, IFF(__f5 <= 2.525e+2, 3, 4)), 5)) AS __t135,
  IFF(__f8 IN (0, 1, 2, 4, 5, 7), IFF(__f2 <= 5e-1, 1, IFF(__f9 IN (0, 2, 4, 6, 7, 8, 10, 12, 14, 18), 2, 3)), IFF(__f9 IN (0, 5, 6, 7, 8, 9, 10, 11, 12, 13, 18), 4, 5)) AS __t136,
  IFF(__f1 = 6, 1, IFF(__f5 <= 4.325e+2, IFF(__f6 <= 7.25e+0, IFF(__f9 IN (0, 3, 7, 9, 13, 15, 16, 17), 2, 3), 4), 5)) AS __t137,
  IFF(__f0 IN (1, 2, 5), IFF(__f23 IN (0, 2, 4), 1, 2), IFF(__f9 IN (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14, 15, 16, 17), IFF(__f11 IN (1, 2, 4), 3, 4), 5)) AS __t138,
  IFF(__f6 <= 1.26e+0, IFF(__f9 IN (3, 4, 5, 12, 15), 1, IFF(__f11 IN (0, 3), 2, IFF(__f1 IN (1, 4, 6, 7, 8), 3, 4))), 5) AS __t139,
  IFF(__f10 IN (6, 8), 1, IFF(__f5 <= 1.5765e+3, 2, IFF(__f9 IN (4, 5, 8, 11, 15), 3, IFF(__f11 IN (1, 3, 4), 4, 5)))) AS __t140,
  IFF(__f23 IN (3, 4, 5), IFF(__f9 IN (0, 6, 10, 12, 13, 15), 1, IFF(__f10 IN (0, 1, 2, 7, 8), 2, IFF(__f26 <= 1.629e+2 OR __f26 IS NULL, 3, 4))), 5) AS __t141,
  IFF(__f5 <= 4.175e+2, IFF(__f10 IN (1, 2, 5, 8), IFF(__f9 IN (0, 1, 4, 6, 8, 9, 10, 12, 16), 1, 2), IFF(__f5 <= 4.95e+1, 3, 4)), 5) AS __t142,
  IFF(__f8 IN (0, 1, 2, 4, 5, 7), IFF(__f2 <= 5e-1, 1, IFF(__f1 IN (0, 2, 3, 4, 6, 7, 8), 2, 3)), IFF(__f23 IN (1, 3, 4, 6), 4, 5)) AS __t143,
  IFF(__f10 IN (0, 1, 2, 5, 6, 8, 9), IFF(__f4 <= 3.5e+0 OR __f4 IS NULL, 1, 2), IFF(__f9 IN (0, 1, 3, 6, 8, 9, 11, 13, 14), IFF(__f7 IN (1, 3, 6, 7, 8), 3, 4), 5)) AS __t144
FROM (SELECT "__lead", CASE WHEN CAST("__x0" AS VARCHAR) IS NULL THEN 4 ELSE CASE LOWER(CAST("__x0" AS VARCHAR)) WHEN 'landing page submission' THEN 0 WHEN 'api' THEN 1 WHEN 'lead add form' THEN 2 WHEN 'lead import' THEN 3 WHEN '__missing__' THEN 4 ELSE 5 END END AS __f0,
  CASE WHEN CAST("__x1" AS VARCHAR) IS NULL THEN 8 ELSE CASE LOWER(CAST("__x1" AS VARCHAR)) WHEN 'google' THEN 0 WHEN 'direct traffic' THEN 1 WHEN 'olark chat' THEN 2 WHEN 'organic search' THEN 3 WHEN 'reference' THEN 4 WHEN 'referral sites' THEN 5 WHEN 'welingak website' THEN 6 WHEN 'facebook' THEN 7 WHEN '__missing__' THEN 8 ELSE 9 END END AS __f1,
  CASE WHEN "__x2" THEN 1e0 WHEN NOT "__x2" THEN 0e0 END AS __f2,
  CASE WHEN "__x3" THEN 1e0 WHEN NOT "__x3" THEN 0e0 END AS __f3,
  CAST("__x4" AS DOUBLE) AS __f4,
  CAST("__x5" AS DOUBLE) AS __f5,
  CAST("__x6" AS DOUBLE) AS __f6,
  CASE WHEN CAST("__x7" AS VARCHAR) IS NULL THEN 11 ELSE CASE LOWER(CAST("__x7" AS VARCHAR)) WHEN 'email opened' THEN 0 WHEN 'sms sent' THEN 1 WHEN 'olark chat conversation' THEN 2 WHEN 'page visited on website' THEN 3 WHEN 'converted to lead' THEN 4 WHEN 'email bounced' THEN 5 WHEN 'email link clicked' THEN 6 WHEN 'form submitted on website' THEN 7 WHEN 'unreachable' THEN 8 WHEN 'unsubscribed' THEN 9 WHEN 'had a phone conversation' THEN 10 WHEN '__missing__' THEN 11 ELSE 12 END END AS __f7,
  CASE WHEN CAST("__x8" AS VARCHAR) IS NULL THEN 7 ELSE CASE LOWER(CAST("__x8" AS VARCHAR)) WHEN 'india' THEN 0 WHEN 'united states' THEN 1 WHEN 'united arab emirates' THEN 2 WHEN 'saudi arabia' THEN 3 WHEN 'singapore' THEN 4 WHEN 'united kingdom' THEN 5 WHEN 'australia' THEN 6 WHEN '__missing__' THEN 7 ELSE 8 END END AS __f8,
  CASE WHEN CAST("__x9" AS VARCHAR) IS NULL THEN 18 ELSE CASE LOWER(CAST("__x9" AS VARCHAR)) WHEN 'finance management' THEN 0 WHEN 'marketing management' THEN 1 WHEN 'human resource management' THEN 2 WHEN 'operations management' THEN 3 WHEN 'business administration' THEN 4 WHEN 'it projects management' THEN 5 WHEN 'supply chain management' THEN 6 WHEN 'banking, investment and insurance' THEN 7 WHEN 'media and advertising' THEN 8 WHEN 'travel and tourism' THEN 9 WHEN 'international business' THEN 10 WHEN 'healthcare management' THEN 11 WHEN 'hospitality management' THEN 12 WHEN 'e-commerce' THEN 13 WHEN 'retail management' THEN 14 WHEN 'rural and agribusiness' THEN 15 WHEN 'e-business' THEN 16 WHEN 'services excellence' THEN 17 WHEN '__missing__' THEN 18 ELSE 19 END END AS __f9,
  CASE WHEN CAST("__x10" AS VARCHAR) IS NULL THEN 9 ELSE CASE LOWER(CAST("__x10" AS VARCHAR)) WHEN 'online search' THEN 0 WHEN 'word of mouth' THEN 1 WHEN 'student of someschool' THEN 2 WHEN 'other' THEN 3 WHEN 'multiple sources' THEN 4 WHEN 'advertisements' THEN 5 WHEN 'social media' THEN 6 WHEN 'sms' THEN 7 WHEN 'email' THEN 8 WHEN '__missing__' THEN 9 ELSE 10 END END AS __f10,
  CASE WHEN CAST("__x11" AS VARCHAR) IS NULL THEN 3 ELSE CASE LOWER(CAST("__x11" AS VARCHAR)) WHEN 'unemployed' THEN 0 WHEN 'working professional' THEN 1 WHEN 'student' THEN 2 WHEN '__missing__' THEN 3 ELSE 4 END END AS __f11,
  CASE WHEN CAST("__x12" AS VARCHAR) IS NULL THEN 1 ELSE CASE LOWER(CAST("__x12" AS VARCHAR)) WHEN 'better career prospects' THEN 0 WHEN '__missing__' THEN 1 ELSE 2 END END AS __f12,
  CASE WHEN "__x13" THEN 1e0 WHEN NOT "__x13" THEN 0e0 END AS __f13,
  CASE WHEN "__x14" THEN 1e0 WHEN NOT "__x14" THEN 0e0 END AS __f14,
  CASE WHEN "__x15" THEN 1e0 WHEN NOT "__x15" THEN 0e0 END AS __f15,
  CASE WHEN "__x16" THEN 1e0 WHEN NOT "__x16" THEN 0e0 END AS __f16,
  CASE WHEN "__x17" THEN 1e0 WHEN NOT "__x17" THEN 0e0 END AS __f17,
  CASE WHEN "__x18" THEN 1e0 WHEN NOT "__x18" THEN 0e0 END AS __f18,
  CASE WHEN "__x19" THEN 1e0 WHEN NOT "__x19" THEN 0e0 END AS __f19,
  CASE WHEN "__x20" THEN 1e0 WHEN NOT "__x20" THEN 0e0 END AS __f20,
  CASE WHEN "__x21" THEN 1e0 WHEN NOT "__x21" THEN 0e0 END AS __f21,
  CASE WHEN "__x22" THEN 1e0 WHEN NOT "__x22" THEN 0e0 END AS __f22,
  CASE WHEN CAST("__x23" AS VARCHAR) IS NULL THEN 6 ELSE CASE LOWER(CAST("__x23" AS VARCHAR)) WHEN 'mumbai' THEN 0 WHEN 'thane & outskirts' THEN 1 WHEN 'other cities' THEN 2 WHEN 'other cities of maharashtra' THEN 3 WHEN 'other metro cities' THEN 4 WHEN 'tier ii cities' THEN 5 WHEN '__missing__' THEN 6 ELSE 7 END END AS __f23,
  CASE WHEN "__x24" THEN 1e0 WHEN NOT "__x24" THEN 0e0 END AS __f24,
  CASE WHEN "__x25" THEN 1e0 WHEN NOT "__x25" THEN 0e0 END AS __f25,
  (CAST("__x5" AS DOUBLE) / NULLIF(CAST("__x4" AS DOUBLE), 0)) AS __f26,
  CASE __f0 WHEN 0 THEN 'Landing Page Submission' WHEN 1 THEN 'API' WHEN 2 THEN 'Lead Add Form' WHEN 3 THEN 'Lead Import' WHEN 4 THEN 'missing' ELSE CAST("__x0" AS VARCHAR) END AS __v0,
  CASE __f1 WHEN 0 THEN 'Google' WHEN 1 THEN 'Direct Traffic' WHEN 2 THEN 'Olark Chat' WHEN 3 THEN 'Organic Search' WHEN 4 THEN 'Reference' WHEN 5 THEN 'Referral Sites' WHEN 6 THEN 'Welingak Website' WHEN 7 THEN 'Facebook' WHEN 8 THEN 'missing' ELSE CAST("__x1" AS VARCHAR) END AS __v1,
  CASE WHEN __f2 = 1 THEN 'Yes' WHEN __f2 = 0 THEN 'No' ELSE 'missing' END AS __v2,
  CASE WHEN __f3 = 1 THEN 'Yes' WHEN __f3 = 0 THEN 'No' ELSE 'missing' END AS __v3,
  CASE WHEN __f4 IS NULL THEN 'missing' WHEN ROUND(__f4, 2) = ROUND(ROUND(__f4, 2)) AND abs(ROUND(__f4, 2)) < 9e18 THEN CAST(CAST(ROUND(__f4, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f4, 2) AS VARCHAR) END AS __v4,
  CASE WHEN __f5 IS NULL THEN 'missing' WHEN ROUND(__f5, 2) = ROUND(ROUND(__f5, 2)) AND abs(ROUND(__f5, 2)) < 9e18 THEN CAST(CAST(ROUND(__f5, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f5, 2) AS VARCHAR) END AS __v5,
  CASE WHEN __f6 IS NULL THEN 'missing' WHEN ROUND(__f6, 2) = ROUND(ROUND(__f6, 2)) AND abs(ROUND(__f6, 2)) < 9e18 THEN CAST(CAST(ROUND(__f6, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f6, 2) AS VARCHAR) END AS __v6,
  CASE __f7 WHEN 0 THEN 'Email Opened' WHEN 1 THEN 'SMS Sent' WHEN 2 THEN 'Olark Chat Conversation' WHEN 3 THEN 'Page Visited on Website' WHEN 4 THEN 'Converted to Lead' WHEN 5 THEN 'Email Bounced' WHEN 6 THEN 'Email Link Clicked' WHEN 7 THEN 'Form Submitted on Website' WHEN 8 THEN 'Unreachable' WHEN 9 THEN 'Unsubscribed' WHEN 10 THEN 'Had a Phone Conversation' WHEN 11 THEN 'missing' ELSE CAST("__x7" AS VARCHAR) END AS __v7,
  CASE __f8 WHEN 0 THEN 'India' WHEN 1 THEN 'United States' WHEN 2 THEN 'United Arab Emirates' WHEN 3 THEN 'Saudi Arabia' WHEN 4 THEN 'Singapore' WHEN 5 THEN 'United Kingdom' WHEN 6 THEN 'Australia' WHEN 7 THEN 'missing' ELSE CAST("__x8" AS VARCHAR) END AS __v8,
  CASE __f9 WHEN 0 THEN 'Finance Management' WHEN 1 THEN 'Marketing Management' WHEN 2 THEN 'Human Resource Management' WHEN 3 THEN 'Operations Management' WHEN 4 THEN 'Business Administration' WHEN 5 THEN 'IT Projects Management' WHEN 6 THEN 'Supply Chain Management' WHEN 7 THEN 'Banking, Investment And Insurance' WHEN 8 THEN 'Media and Advertising' WHEN 9 THEN 'Travel and Tourism' WHEN 10 THEN 'International Business' WHEN 11 THEN 'Healthcare Management' WHEN 12 THEN 'Hospitality Management' WHEN 13 THEN 'E-COMMERCE' WHEN 14 THEN 'Retail Management' WHEN 15 THEN 'Rural and Agribusiness' WHEN 16 THEN 'E-Business' WHEN 17 THEN 'Services Excellence' WHEN 18 THEN 'missing' ELSE CAST("__x9" AS VARCHAR) END AS __v9,
  CASE __f10 WHEN 0 THEN 'Online Search' WHEN 1 THEN 'Word Of Mouth' WHEN 2 THEN 'Student of SomeSchool' WHEN 3 THEN 'Other' WHEN 4 THEN 'Multiple Sources' WHEN 5 THEN 'Advertisements' WHEN 6 THEN 'Social Media' WHEN 7 THEN 'SMS' WHEN 8 THEN 'Email' WHEN 9 THEN 'missing' ELSE CAST("__x10" AS VARCHAR) END AS __v10,
  CASE __f11 WHEN 0 THEN 'Unemployed' WHEN 1 THEN 'Working Professional' WHEN 2 THEN 'Student' WHEN 3 THEN 'missing' ELSE CAST("__x11" AS VARCHAR) END AS __v11,
  CASE __f12 WHEN 0 THEN 'Better Career Prospects' WHEN 1 THEN 'missing' ELSE CAST("__x12" AS VARCHAR) END AS __v12,
  CASE WHEN __f13 = 1 THEN 'Yes' WHEN __f13 = 0 THEN 'No' ELSE 'missing' END AS __v13,
  CASE WHEN __f14 = 1 THEN 'Yes' WHEN __f14 = 0 THEN 'No' ELSE 'missing' END AS __v14,
  CASE WHEN __f15 = 1 THEN 'Yes' WHEN __f15 = 0 THEN 'No' ELSE 'missing' END AS __v15,
  CASE WHEN __f16 = 1 THEN 'Yes' WHEN __f16 = 0 THEN 'No' ELSE 'missing' END AS __v16,
  CASE WHEN __f17 = 1 THEN 'Yes' WHEN __f17 = 0 THEN 'No' ELSE 'missing' END AS __v17,
  CASE WHEN __f18 = 1 THEN 'Yes' WHEN __f18 = 0 THEN 'No' ELSE 'missing' END AS __v18,
  CASE WHEN __f19 = 1 THEN 'Yes' WHEN __f19 = 0 THEN 'No' ELSE 'missing' END AS __v19,
  CASE WHEN __f20 = 1 THEN 'Yes' WHEN __f20 = 0 THEN 'No' ELSE 'missing' END AS __v20,
  CASE WHEN __f21 = 1 THEN 'Yes' WHEN __f21 = 0 THEN 'No' ELSE 'missing' END AS __v21,
  CASE WHEN __f22 = 1 THEN 'Yes' WHEN __f22 = 0 THEN 'No' ELSE 'missing' END AS __v22,
  CASE __f23 WHEN 0 THEN 'Mumbai' WHEN 1 THEN 'Thane & Outskirts' WHEN 2 THEN 'Other Cities' WHEN 3 THEN 'Other Cities of Maharashtra' WHEN 4 THEN 'Other Metro Cities' WHEN 5 THEN 'Tier II Cities' WHEN 6 THEN 'missing' ELSE CAST("__x23" AS VARCHAR) END AS __v23,
  CASE WHEN __f24 = 1 THEN 'Yes' WHEN __f24 = 0 THEN 'No' ELSE 'missing' END AS __v24,
  CASE WHEN __f25 = 1 THEN 'Yes' WHEN __f25 = 0 THEN 'No' ELSE 'missing' END AS __v25,
  CASE WHEN __f26 IS NULL THEN 'missing' WHEN ROUND(__f26, 2) = ROUND(ROUND(__f26, 2)) AND abs(ROUND(__f26, 2)) < 9e18 THEN CAST(CAST(ROUND(__f26, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f26, 2) AS VARCHAR) END AS __v26
FROM (SELECT 0 AS "__lead",
  CASE WHEN TYPEOF(__r0) = 'VARCHAR' THEN __t0 WHEN TYPEOF(__r0) = 'BOOLEAN' THEN IFF(CAST(__r0 AS BOOLEAN), 'true', 'false') WHEN TYPEOF(__r0) IN ('INTEGER', 'DECIMAL', 'DOUBLE') THEN CASE WHEN CAST(__r0 AS DOUBLE) = TRUNC(CAST(__r0 AS DOUBLE)) AND ABS(CAST(__r0 AS DOUBLE)) < 1e15 THEN TO_VARCHAR(CAST(CAST(__r0 AS DOUBLE) AS NUMBER(38, 0))) ELSE TO_VARCHAR(CAST(__r0 AS DOUBLE)) END END AS __x0,
  CASE WHEN TYPEOF(__r1) = 'VARCHAR' THEN __t1 WHEN TYPEOF(__r1) = 'BOOLEAN' THEN IFF(CAST(__r1 AS BOOLEAN), 'true', 'false') WHEN TYPEOF(__r1) IN ('INTEGER', 'DECIMAL', 'DOUBLE') THEN CASE WHEN CAST(__r1 AS DOUBLE) = TRUNC(CAST(__r1 AS DOUBLE)) AND ABS(CAST(__r1 AS DOUBLE)) < 1e15 THEN TO_VARCHAR(CAST(CAST(__r1 AS DOUBLE) AS NUMBER(38, 0))) ELSE TO_VARCHAR(CAST(__r1 AS DOUBLE)) END END AS __x1,
  CASE WHEN TYPEOF(__r2) = 'BOOLEAN' THEN CAST(__r2 AS BOOLEAN) WHEN TYPEOF(__r2) = 'VARCHAR' THEN CASE LOWER(__t2) WHEN 'true' THEN TRUE WHEN 'yes' THEN TRUE WHEN 'y' THEN TRUE WHEN 't' THEN TRUE WHEN '1' THEN TRUE WHEN 'false' THEN FALSE WHEN 'no' THEN FALSE WHEN 'n' THEN FALSE WHEN 'f' THEN FALSE WHEN '0' THEN FALSE END WHEN TYPEOF(__r2) IN ('INTEGER', 'DECIMAL', 'DOUBLE') THEN CASE CAST(__r2 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END END AS __x2,
  CASE WHEN TYPEOF(__r3) = 'BOOLEAN' THEN CAST(__r3 AS BOOLEAN) WHEN TYPEOF(__r3) = 'VARCHAR' THEN CASE LOWER(__t3) WHEN 'true' THEN TRUE WHEN 'yes' THEN TRUE WHEN 'y' THEN TRUE WHEN 't' THEN TRUE WHEN '1' THEN TRUE WHEN 'false' THEN FALSE WHEN 'no' THEN FALSE WHEN 'n' THEN FALSE WHEN 'f' THEN FALSE WHEN '0' THEN FALSE END WHEN TYPEOF(__r3) IN ('INTEGER', 'DECIMAL', 'DOUBLE') THEN CASE CAST(__r3 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END END AS __x3,
  CASE WHEN TYPEOF(__r4) IN ('INTEGER', 'DECIMAL', 'DOUBLE') THEN CASE WHEN CAST(__r4 AS DOUBLE) = TRUNC(CAST(__r4 AS DOUBLE)) AND ABS(CAST(__r4 AS DOUBLE)) < 9.223372036854775808e18 THEN CAST(__r4 AS DOUBLE) END WHEN REGEXP_LIKE(__t4, '^[+-]?[0-9]+([.]0+)?$') THEN CASE WHEN TRY_TO_DOUBLE(__t4) = TRUNC(TRY_TO_DOUBLE(__t4)) AND ABS(TRY_TO_DOUBLE(__t4)) < 9.223372036854775808e18 THEN TRY_TO_DOUBLE(__t4) END END AS __x4,
  CASE WHEN TYPEOF(__r5) IN ('INTEGER', 'DECIMAL', 'DOUBLE') THEN CASE WHEN CAST(__r5 AS DOUBLE) = TRUNC(CAST(__r5 AS DOUBLE)) AND ABS(CAST(__r5 AS DOUBLE)) < 9.223372036854775808e18 THEN CAST(__r5 AS DOUBLE) END WHEN REGEXP_LIKE(__t5, '^[+-]?[0-9]+([.]0+)?$') THEN CASE WHEN TRY_TO_DOUBLE(__t5) = TRUNC(TRY_TO_DOUBLE(__t5)) AND ABS(TRY_TO_DOUBLE(__t5)) < 9.223372036854775808e18 THEN TRY_TO_DOUBLE(__t5) END END AS __x5,
  CASE WHEN TYPEOF(__r6) IN ('INTEGER', 'DECIMAL', 'DOUBLE') THEN CASE WHEN ABS(CAST(__r6 AS DOUBLE)) <= 1.7976931348623157e308 THEN CAST(__r6 AS DOUBLE) END WHEN REGEXP_LIKE(__t6, '^[+-]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][+-]?[0-9]+)?$') THEN CASE WHEN ABS(TRY_TO_DOUBLE(__t6)) <= 1.7976931348623157e308 THEN TRY_TO_DOUBLE(__t6) END END AS __x6,
  CASE WHEN TYPEOF(__r7) = 'VARCHAR' THEN __t7 WHEN TYPEOF(__r7) = 'BOOLEAN' THEN IFF(CAST(__r7 AS BOOLEAN), 'true', 'false') WHEN TYPEOF(__r7) IN ('INTEGER', 'DECIMAL', 'DOUBLE') THEN CASE WHEN CAST(__r7 AS DOUBLE) = TRUNC(CAST(__r7 AS DOUBLE)) AND ABS(CAST(__r7 AS DOUBLE)) < 1e15 THEN TO_VARCHAR(CAST(CAST(__r7 AS DOUBLE) AS NUMBER(38, 0))) ELSE TO_VARCHAR(CAST(__r7 AS DOUBLE)) END END AS __x7,
  CASE WHEN TYPEOF(__r8) = 'VARCHAR' THEN __t8 WHEN TYPEOF(__r8) = 'BOOLEAN' THEN IFF(CAST(__r8 AS BOOLEAN), 'true', 'false') WHEN TYPEOF(__r8) IN ('INTEGER', 'DECIMAL', 'DOUBLE') THEN CASE WHEN CAST(__r8 AS DOUBLE) = TRUNC(CAST(__r8 AS DOUBLE)) AND ABS(CAST(__r8 AS DOUBLE)) < 1e15 THEN TO_VARCHAR(CAST(CAST(__r8 AS DOUBLE) AS NUMBER(38, 0))) ELSE TO_VARCHAR(CAST(__r8 AS DOUBLE)) END END AS __x8,
  CASE WHEN TYPEOF(__r9) = 'VARCHAR' THEN __t9 WHEN TYPEOF(__r9) = 'BOOLEAN' THEN IFF(CAST(__r9 AS BOOLEAN), 'true', 'false') WHEN TYPEOF(__r9) IN ('INTEGER', 'DECIMAL', 'DOUBLE') THEN CASE WHEN CAST(__r9 AS DOUBLE) = TRUNC(CAST(__r9 AS DOUBLE)) AND ABS(CAST(__r9 AS DOUBLE)) < 1e15 THEN TO_VARCHAR(CAST(CAST(__r9 AS DOUBLE) AS NUMBER(38, 0))) ELSE TO_VARCHAR(CAST(__r9 AS DOUBLE)) END END AS __x9,
  CASE WHEN TYPEOF(__r10) = 'VARCHAR' THEN __t10 WHEN TYPEOF(__r10) = 'BOOLEAN' THEN IFF(CAST(__r10 AS BOOLEAN), 'true', 'false') WHEN TYPEOF(__r10) IN ('INTEGER', 'DECIMAL', 'DOUBLE') THEN CASE WHEN CAST(__r10 AS DOUBLE) = TRUNC(CAST(__r10 AS DOUBLE)) AND ABS(CAST(__r10 AS DOUBLE)) < 1e15 THEN TO_VARCHAR(CAST(CAST(__r10 AS DOUBLE) AS NUMBER(38, 0))) ELSE TO_VARCHAR(CAST(__r10 AS DOUBLE)) END END AS __x10,
  CASE WHEN TYPEOF(__r11) = 'VARCHAR' THEN __t11 WHEN TYPEOF(__r11) = 'BOOLEAN' THEN IFF(CAST(__r11 AS BOOLEAN), 'true', 'false') WHEN TYPEOF(__r11) IN ('INTEGER', 'DECIMAL', 'DOUBLE') THEN CASE WHEN CAST(__r11 AS DOUBLE) = TRUNC(CAST(__r11 AS DOUBLE)) AND ABS(CAST(__r11 AS DOUBLE)) < 1e15 THEN TO_VARCHAR(CAST(CAST(__r11 AS DOUBLE) AS NUMBER(38, 0))) ELSE TO_VARCHAR(CAST(__r11 AS DOUBLE)) END END AS __x11,
  CASE WHEN TYPEOF(__r12) = 'VARCHAR' THEN __t12 WHEN TYPEOF(__r12) = 'BOOLEAN' THEN IFF(CAST(__r12 AS BOOLEAN), 'true', 'false') WHEN TYPEOF(__r12) IN ('INTEGER', 'DECIMAL', 'DOUBLE') THEN CASE WHEN CAST(__r12 AS DOUBLE) = TRUNC(CAST(__r12 AS DOUBLE)) AND ABS(CAST(__r12 AS DOUBLE)) < 1e15 THEN TO_VARCHAR(CAST(CAST(__r12 AS DOUBLE) AS NUMBER(38, 0))) ELSE TO_VARCHAR(CAST(__r12 AS DOUBLE)) END END AS __x12,
  CASE WHEN TYPEOF(__r13) = 'BOOLEAN' THEN CAST(__r13 AS BOOLEAN) WHEN TYPEOF(__r13) = 'VARCHAR' THEN CASE LOWER(__t13) WHEN 'true' THEN TRUE WHEN 'yes' THEN TRUE WHEN 'y' THEN TRUE WHEN 't' THEN TRUE WHEN '1' THEN TRUE WHEN 'false' THEN FALSE WHEN 'no' THEN FALSE WHEN 'n' THEN FALSE WHEN 'f' THEN FALSE WHEN '0' THEN FALSE END WHEN TYPEOF(__r13) IN ('INTEGER', 'DECIMAL', 'DOUBLE') THEN CASE CAST(__r13 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END END AS __x13,
  CASE WHEN TYPEOF(__r14) = 'BOOLEAN' THEN CAST(__r14 AS BOOLEAN) WHEN TYPEOF(__r14) = 'VARCHAR' THEN CASE LOWER(__t14) WHEN 'true' THEN TRUE WHEN 'yes' THEN TRUE WHEN 'y' THEN TRUE WHEN 't' THEN TRUE WHEN '1' THEN TRUE WHEN 'false' THEN FALSE WHEN 'no' THEN FALSE WHEN 'n' THEN FALSE WHEN 'f' THEN FALSE WHEN '0' THEN FALSE END WHEN TYPEOF(__r14) IN ('INTEGER', 'DECIMAL', 'DOUBLE') THEN CASE CAST(__r14 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END END AS __x14,
  CASE WHEN TYPEOF(__r15) = 'BOOLEAN' THEN CAST(__r15 AS BOOLEAN) WHEN TYPEOF(__r15) = 'VARCHAR' THEN CASE LOWER(__t15) WHEN 'true' THEN TRUE WHEN 'yes' THEN TRUE WHEN 'y' THEN TRUE WHEN 't' THEN TRUE WHEN '1' THEN TRUE WHEN 'false' THEN FALSE WHEN 'no' THEN FALSE WHEN 'n' THEN FALSE WHEN 'f' THEN FALSE WHEN '0' THEN FALSE END WHEN TYPEOF(__r15) IN ('INTEGER', 'DECIMAL', 'DOUBLE') THEN CASE CAST(__r15 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END END AS __x15,
  CASE WHEN TYPEOF(__r16) = 'BOOLEAN' THEN CAST(__r16 AS BOOLEAN) WHEN TYPEOF(__r16) = 'VARCHAR' THEN CASE LOWER(__t16) WHEN 'true' THEN TRUE WHEN 'yes' THEN TRUE WHEN 'y' THEN TRUE WHEN 't' THEN TRUE WHEN '1' THEN TRUE WHEN 'false' THEN FALSE WHEN 'no' THEN FALSE WHEN 'n' THEN FALSE WHEN 'f' THEN FALSE WHEN '0' THEN FALSE END WHEN TYPEOF(__r16) IN ('INTEGER', 'DECIMAL', 'DOUBLE') THEN CASE CAST(__r16 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END END AS __x16,
  CASE WHEN TYPEOF(__r17) = 'BOOLEAN' THEN CAST(__r17 AS BOOLEAN) WHEN TYPEOF(__r17) = 'VARCHAR' THEN CASE LOWER(__t17) WHEN 'true' THEN TRUE WHEN 'yes' THEN TRUE WHEN 'y' THEN TRUE WHEN 't' THEN TRUE WHEN '1' THEN TRUE WHEN 'false' THEN FALSE WHEN 'no' THEN FALSE WHEN 'n' THEN FALSE WHEN 'f' THEN FALSE WHEN '0' THEN FALSE END WHEN TYPEOF(__r17) IN ('INTEGER', 'DECIMAL', 'DOUBLE') THEN CASE CAST(__r17 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END END AS __x17,
  CASE WHEN TYPEOF(__r18) = 'BOOLEAN' THEN CAST(__r18 AS BOOLEAN) WHEN TYPEOF(__r18) = 'VARCHAR' THEN CASE LOWER(__t18) WHEN 'true' THEN TRUE WHEN 'yes' THEN TRUE WHEN 'y' THEN TRUE WHEN 't' THEN TRUE WHEN '1' THEN TRUE WHEN 'false' THEN FALSE WHEN 'no' THEN FALSE WHEN 'n' THEN FALSE WHEN 'f' THEN FALSE WHEN '0' THEN FALSE END WHEN TYPEOF(__r18) IN ('INTEGER', 'DECIMAL', 'DOUBLE') THEN CASE CAST(__r18 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END END AS __x18,
  CASE WHEN TYPEOF(__r19) = 'BOOLEAN' THEN CAST(__r19 AS BOOLEAN) WHEN TYPEOF(__r19) = 'VARCHAR' THEN CASE LOWER(__t19) WHEN 'true' THEN TRUE WHEN 'yes' THEN TRUE WHEN 'y' THEN TRUE WHEN 't' THEN TRUE WHEN '1' THEN TRUE WHEN 'false' THEN FALSE WHEN 'no' THEN FALSE WHEN 'n' THEN FALSE WHEN 'f' THEN FALSE WHEN '0' THEN FALSE END WHEN TYPEOF(__r19) IN ('INTEGER', 'DECIMAL', 'DOUBLE') THEN CASE CAST(__r19 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END END AS __x19,
  CASE WHEN TYPEOF(__r20) = 'BOOLEAN' THEN CAST(__r20 AS BOOLEAN) WHEN TYPEOF(__r20) = 'VARCHAR' THEN CASE LOWER(__t20) WHEN 'true' THEN TRUE WHEN 'yes' THEN TRUE WHEN 'y' THEN TRUE WHEN 't' THEN TRUE WHEN '1' THEN TRUE WHEN 'false' THEN FALSE WHEN 'no' THEN FALSE WHEN 'n' THEN FALSE WHEN 'f' THEN FALSE WHEN '0' THEN FALSE END WHEN TYPEOF(__r20) IN ('INTEGER', 'DECIMAL', 'DOUBLE') THEN CASE CAST(__r20 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END END AS __x20,
  CASE WHEN TYPEOF(__r21) = 'BOOLEAN' THEN CAST(__r21 AS BOOLEAN) WHEN TYPEOF(__r21) = 'VARCHAR' THEN CASE LOWER(__t21) WHEN 'true' THEN TRUE WHEN 'yes' THEN TRUE WHEN 'y' THEN TRUE WHEN 't' THEN TRUE WHEN '1' THEN TRUE WHEN 'false' THEN FALSE WHEN 'no' THEN FALSE WHEN 'n' THEN FALSE WHEN 'f' THEN FALSE WHEN '0' THEN FALSE END WHEN TYPEOF(__r21) IN ('INTEGER', 'DECIMAL', 'DOUBLE') THEN CASE CAST(__r21 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END END AS __x21,
  CASE WHEN TYPEOF(__r22) = 'BOOLEAN' THEN CAST(__r22 AS BOOLEAN) WHEN TYPEOF(__r22) = 'VARCHAR' THEN CASE LOWER(__t22) WHEN 'true' THEN TRUE WHEN 'yes' THEN TRUE WHEN 'y' THEN TRUE WHEN 't' THEN TRUE WHEN '1' THEN TRUE WHEN 'false' THEN FALSE WHEN 'no' THEN FALSE WHEN 'n' THEN FALSE WHEN 'f' THEN FALSE WHEN '0' THEN FALSE END WHEN TYPEOF(__r22) IN ('INTEGER', 'DECIMAL', 'DOUBLE') THEN CASE CAST(__r22 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END END AS __x22,
  CASE WHEN TYPEOF(__r23) = 'VARCHAR' THEN __t23 WHEN TYPEOF(__r23) = 'BOOLEAN' THEN IFF(CAST(__r23 AS BOOLEAN), 'true', 'false') WHEN TYPEOF(__r23) IN ('INTEGER', 'DECIMAL', 'DOUBLE') THEN CASE WHEN CAST(__r23 AS DOUBLE) = TRUNC(CAST(__r23 AS DOUBLE)) AND ABS(CAST(__r23 AS DOUBLE)) < 1e15 THEN TO_VARCHAR(CAST(CAST(__r23 AS DOUBLE) AS NUMBER(38, 0))) ELSE TO_VARCHAR(CAST(__r23 AS DOUBLE)) END END AS __x23,
  CASE WHEN TYPEOF(__r24) = 'BOOLEAN' THEN CAST(__r24 AS BOOLEAN) WHEN TYPEOF(__r24) = 'VARCHAR' THEN CASE LOWER(__t24) WHEN 'true' THEN TRUE WHEN 'yes' THEN TRUE WHEN 'y' THEN TRUE WHEN 't' THEN TRUE WHEN '1' THEN TRUE WHEN 'false' THEN FALSE WHEN 'no' THEN FALSE WHEN 'n' THEN FALSE WHEN 'f' THEN FALSE WHEN '0' THEN FALSE END WHEN TYPEOF(__r24) IN ('INTEGER', 'DECIMAL', 'DOUBLE') THEN CASE CAST(__r24 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END END AS __x24,
  CASE WHEN TYPEOF(__r25) = 'BOOLEAN' THEN CAST(__r25 AS BOOLEAN) WHEN TYPEOF(__r25) = 'VARCHAR' THEN CASE LOWER(__t25) WHEN 'true' THEN TRUE WHEN 'yes' THEN TRUE WHEN 'y' THEN TRUE WHEN 't' THEN TRUE WHEN '1' THEN TRUE WHEN 'false' THEN FALSE WHEN 'no' THEN FALSE WHEN 'n' THEN FALSE WHEN 'f' THEN FALSE WHEN '0' THEN FALSE END WHEN TYPEOF(__r25) IN ('INTEGER', 'DECIMAL', 'DOUBLE') THEN CASE CAST(__r25 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END END AS __x25
FROM (SELECT __r0,
  __r1,
  __r2,
  __r3,
  __r4,
  __r5,
  __r6,
  __r7,
  __r8,
  __r9,
  __r10,
  __r11,
  __r12,
  __r13,
  __r14,
  __r15,
  __r16,
  __r17,
  __r18,
  __r19,
  __r20,
  __r21,
  __r22,
  __r23,
  __r24,
  __r25,
  CASE WHEN TYPEOF(__r0) = 'VARCHAR' THEN CASE WHEN LOWER(TRIM(CAST(__r0 AS VARCHAR), CHR(9) || CHR(10) || CHR(11) || CHR(12) || CHR(13) || CHR(32) || CHR(160) || CHR(5760) || CHR(8192) || CHR(8193) || CHR(8194) || CHR(8195) || CHR(8196) || CHR(8197) || CHR(8198) || CHR(8199) || CHR(8200) || CHR(8201) || CHR(8202) || CHR(8232) || CHR(8233) || CHR(8239) || CHR(8287) || CHR(12288) || CHR(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE TRIM(CAST(__r0 AS VARCHAR), CHR(9) || CHR(10) || CHR(11) || CHR(12) || CHR(13) || CHR(32) || CHR(160) || CHR(5760) || CHR(8192) || CHR(8193) || CHR(8194) || CHR(8195) || CHR(8196) || CHR(8197) || CHR(8198) || CHR(8199) || CHR(8200) || CHR(8201) || CHR(8202) || CHR(8232) || CHR(8233) || CHR(8239) || CHR(8287) || CHR(12288) || CHR(65279)) END END AS __t0,
  CASE WHEN TYPEOF(__r1) = 'VARCHAR' THEN CASE WHEN LOWER(TRIM(CAST(__r1 AS VARCHAR), CHR(9) || CHR(10) || CHR(11) || CHR(12) || CHR(13) || CHR(32) || CHR(160) || CHR(5760) || CHR(8192) || CHR(8193) || CHR(8194) || CHR(8195) || CHR(8196) || CHR(8197) || CHR(8198) || CHR(8199) || CHR(8200) || CHR(8201) || CHR(8202) || CHR(8232) || CHR(8233) || CHR(8239) || CHR(8287) || CHR(12288) || CHR(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE TRIM(CAST(__r1 AS VARCHAR), CHR(9) || CHR(10) || CHR(11) || CHR(12) || CHR(13) || CHR(32) || CHR(160) || CHR(5760) || CHR(8192) || CHR(8193) || CHR(8194) || CHR(8195) || CHR(8196) || CHR(8197) || CHR(8198) || CHR(8199) || CHR(8200) || CHR(8201) || CHR(8202) || CHR(8232) || CHR(8233) || CHR(8239) || CHR(8287) || CHR(12288) || CHR(65279)) END END AS __t1,
  CASE WHEN TYPEOF(__r2) = 'VARCHAR' THEN CASE WHEN LOWER(TRIM(CAST(__r2 AS VARCHAR), CHR(9) || CHR(10) || CHR(11) || CHR(12) || CHR(13) || CHR(32) || CHR(160) || CHR(5760) || CHR(8192) || CHR(8193) || CHR(8194) || CHR(8195) || CHR(8196) || CHR(8197) || CHR(8198) || CHR(8199) || CHR(8200) || CHR(8201) || CHR(8202) || CHR(8232) || CHR(8233) || CHR(8239) || CHR(8287) || CHR(12288) || CHR(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE TRIM(CAST(__r2 AS VARCHAR), CHR(9) || CHR(10) || CHR(11) || CHR(12) || CHR(13) || CHR(32) || CHR(160) || CHR(5760) || CHR(8192) || CHR(8193) || CHR(8194) || CHR(8195) || CHR(8196) || CHR(8197) || CHR(8198) || CHR(8199) || CHR(8200) || CHR(8201) || CHR(8202) || CHR(8232) || CHR(8233) || CHR(8239) || CHR(8287) || CHR(12288) || CHR(65279)) END END AS __t2,
  CASE WHEN TYPEOF(__r3) = 'VARCHAR' THEN CASE WHEN LOWER(TRIM(CAST(__r3 AS VARCHAR), CHR(9) || CHR(10) || CHR(11) || CHR(12) || CHR(13) || CHR(32) || CHR(160) || CHR(5760) || CHR(8192) || CHR(8193) || CHR(8194) || CHR(8195) || CHR(8196) || CHR(8197) || CHR(8198) || CHR(8199) || CHR(8200) || CHR(8201) || CHR(8202) || CHR(8232) || CHR(8233) || CHR(8239) || CHR(8287) || CHR(12288) || CHR(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE TRIM(CAST(__r3 AS VARCHAR), CHR(9) || CHR(10) || CHR(11) || CHR(12) || CHR(13) || CHR(32) || CHR(160) || CHR(5760) || CHR(8192) || CHR(8193) || CHR(8194) || CHR(8195) || CHR(8196) || CHR(8197) || CHR(8198) || CHR(8199) || CHR(8200) || CHR(8201) || CHR(8202) || CHR(8232) || CHR(8233) || CHR(8239) || CHR(8287) || CHR(12288) || CHR(65279)) END END AS __t3,
  CASE WHEN TYPEOF(__r4) = 'VARCHAR' THEN CASE WHEN LOWER(TRIM(CAST(__r4 AS VARCHAR), CHR(9) || CHR(10) || CHR(11) || CHR(12) || CHR(13) || CHR(32) || CHR(160) || CHR(5760) || CHR(8192) || CHR(8193) || CHR(8194) || CHR(8195) || CHR(8196) || CHR(8197) || CHR(8198) || CHR(8199) || CHR(8200) || CHR(8201) || CHR(8202) || CHR(8232) || CHR(8233) || CHR(8239) || CHR(8287) || CHR(12288) || CHR(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE TRIM(CAST(__r4 AS VARCHAR), CHR(9) || CHR(10) || CHR(11) || CHR(12) || CHR(13) || CHR(32) || CHR(160) || CHR(5760) || CHR(8192) || CHR(8193) || CHR(8194) || CHR(8195) || CHR(8196) || CHR(8197) || CHR(8198) || CHR(8199) || CHR(8200) || CHR(8201) || CHR(8202) || CHR(8232) || CHR(8233) || CHR(8239) || CHR(8287) || CHR(12288) || CHR(65279)) END END AS __t4,
  CASE WHEN TYPEOF(__r5) = 'VARCHAR' THEN CASE WHEN LOWER(TRIM(CAST(__r5 AS VARCHAR), CHR(9) || CHR(10) || CHR(11) || CHR(12) || CHR(13) || CHR(32) || CHR(160) || CHR(5760) || CHR(8192) || CHR(8193) || CHR(8194) || CHR(8195) || CHR(8196) || CHR(8197) || CHR(8198) || CHR(8199) || CHR(8200) || CHR(8201) || CHR(8202) || CHR(8232) || CHR(8233) || CHR(8239) || CHR(8287) || CHR(12288) || CHR(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE TRIM(CAST(__r5 AS VARCHAR), CHR(9) || CHR(10) || CHR(11) || CHR(12) || CHR(13) || CHR(32) || CHR(160) || CHR(5760) || CHR(8192) || CHR(8193) || CHR(8194) || CHR(8195) || CHR(8196) || CHR(8197) || CHR(8198) || CHR(8199) || CHR(8200) || CHR(8201) || CHR(8202) || CHR(8232) || CHR(8233) || CHR(8239) || CHR(8287) || CHR(12288) || CHR(65279)) END END AS __t5,
  CASE WHEN TYPEOF(__r6) = 'VARCHAR' THEN CASE WHEN LOWER(TRIM(CAST(__r6 AS VARCHAR), CHR(9) || CHR(10) || CHR(11) || CHR(12) || CHR(13) || CHR(32) || CHR(160) || CHR(5760) || CHR(8192) || CHR(8193) || CHR(8194) || CHR(8195) || CHR(8196) || CHR(8197) || CHR(8198) || CHR(8199) || CHR(8200) || CHR(8201) || CHR(8202) || CHR(8232) || CHR(8233) || CHR(8239) || CHR(8287) || CHR(12288) || CHR(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE TRIM(CAST(__r6 AS VARCHAR), CHR(9) || CHR(10) || CHR(11) || CHR(12) || CHR(13) || CHR(32) || CHR(160) || CHR(5760) || CHR(8192) || CHR(8193) || CHR(8194) || CHR(8195) || CHR(8196) || CHR(8197) || CHR(8198) || CHR(8199) || CHR(8200) || CHR(8201) || CHR(8202) || CHR(8232) || CHR(8233) || CHR(8239) || CHR(8287) || CHR(12288) || CHR(65279)) END END AS __t6,
  CASE WHEN TYPEOF(__r7) = 'VARCHAR' THEN CASE WHEN LOWER(TRIM(CAST(__r7 AS VARCHAR), CHR(9) || CHR(10) || CHR(11) || CHR(12) || CHR(13) || CHR(32) || CHR(160) || CHR(5760) || CHR(8192) || CHR(8193) || CHR(8194) || CHR(8195) || CHR(8196) || CHR(8197) || CHR(8198) || CHR(8199) || CHR(8200) || CHR(8201) || CHR(8202) || CHR(8232) || CHR(8233) || CHR(8239) || CHR(8287) || CHR(12288) || CHR(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE TRIM(CAST(__r7 AS VARCHAR), CHR(9) || CHR(10) || CHR(11) || CHR(12) || CHR(13) || CHR(32) || CHR(160) || CHR(5760) || CHR(8192) || CHR(8193) || CHR(8194) || CHR(8195) || CHR(8196) || CHR(8197) || CHR(8198) || CHR(8199) || CHR(8200) || CHR(8201) || CHR(8202) || CHR(8232) || CHR(8233) || CHR(8239) || CHR(8287) || CHR(12288) || CHR(65279)) END END AS __t7,
  CASE WHEN TYPEOF(__r8) = 'VARCHAR' THEN CASE WHEN LOWER(TRIM(CAST(__r8 AS VARCHAR), CHR(9) || CHR(10) || CHR(11) || CHR(12) || CHR(13) || CHR(32) || CHR(160) || CHR(5760) || CHR(8192) || CHR(8193) || CHR(8194) || CHR(8195) || CHR(8196) || CHR(8197) || CHR(8198) || CHR(8199) || CHR(8200) || CHR(8201) || CHR(8202) || CHR(8232) || CHR(8233) || CHR(8239) || CHR(8287) || CHR(12288) || CHR(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE TRIM(CAST(__r8 AS VARCHAR), CHR(9) || CHR(10) || CHR(11) || CHR(12) || CHR(13) || CHR(32) || CHR(160) || CHR(5760) || CHR(8192) || CHR(8193) || CHR(8194) || CHR(8195) || CHR(8196) || CHR(8197) || CHR(8198) || CHR(8199) || CHR(8200) || CHR(8201) || CHR(8202) || CHR(8232) || CHR(8233) || CHR(8239) || CHR(8287) || CHR(12288) || CHR(65279)) END END AS __t8,
  CASE WHEN TYPEOF(__r9) = 'VARCHAR' THEN CASE WHEN LOWER(TRIM(CAST(__r9 AS VARCHAR), CHR(9) || CHR(10) || CHR(11) || CHR(12) || CHR(13) || CHR(32) || CHR(160) || CHR(5760) || CHR(8192) || CHR(8193) || CHR(8194) || CHR(8195) || CHR(8196) || CHR(8197) || CHR(8198) || CHR(8199) || CHR(8200) || CHR(8201) || CHR(8202) || CHR(8232) || CHR(8233) || CHR(8239) || CHR(8287) || CHR(12288) || CHR(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE TRIM(CAST(__r9 AS VARCHAR), CHR(9) || CHR(10) || CHR(11) || CHR(12) || CHR(13) || CHR(32) || CHR(160) || CHR(5760) || CHR(8192) || CHR(8193) || CHR(8194) || CHR(8195) || CHR(8196) || CHR(8197) || CHR(8198) || CHR(8199) || CHR(8200) || CHR(8201) || CHR(8202) || CHR(8232) || CHR(8233) || CHR(8239) || CHR(8287) || CHR(12288) || CHR(65279)) END END AS __t9,
  CASE WHEN TYPEOF(__r10) = 'VARCHAR' THEN CASE WHEN LOWER(TRIM(CAST(__r10 AS VARCHAR), CHR(9) || CHR(10) || CHR(11) || CHR(12) || CHR(13) || CHR(32) || CHR(160) || CHR(5760) || CHR(8192) || CHR(8193) || CHR(8194) || CHR(8195) || CHR(8196) || CHR(8197) || CHR(8198) || CHR(8199) || CHR(8200) || CHR(8201) || CHR(8202) || CHR(8232) || CHR(8233) || CHR(8239) || CHR(8287) || CHR(12288) || CHR(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE TRIM(CAST(__r10 AS VARCHAR), CHR(9) || CHR(10) || CHR(11) || CHR(12) || CHR(13) || CHR(32) || CHR(160) || CHR(5760) || CHR(8192) || CHR(8193) || CHR(8194) || CHR(8195) || CHR(8196) || CHR(8197) || CHR(8198) || CHR(8199) || CHR(8200) || CHR(8201) || CHR(8202) || CHR(8232) || CHR(8233) || CHR(8239) || CHR(8287) || CHR(12288) || CHR(65279)) END END AS __t10,
  CASE WHEN TYPEOF(__r11) = 'VARCHAR' THEN CASE WHEN LOWER(TRIM(CAST(__r11 AS VARCHAR), CHR(9) || CHR(10) || CHR(11) || CHR(12) || CHR(13) || CHR(32) || CHR(160) || CHR(5760) || CHR(8192) || CHR(8193) || CHR(8194) || CHR(8195) || CHR(8196) || CHR(8197) || CHR(8198) || CHR(8199) || CHR(8200) || CHR(8201) || CHR(8202) || CHR(8232) || CHR(8233) || CHR(8239) || CHR(8287) || CHR(12288) || CHR(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE TRIM(CAST(__r11 AS VARCHAR), CHR(9) || CHR(10) || CHR(11) || CHR(12) || CHR(13) || CHR(32) || CHR(160) || CHR(5760) || CHR(8192) || CHR(8193) || CHR(8194) || CHR(8195) || CHR(8196) || CHR(8197) || CHR(8198) || CHR(8199) || CHR(8200) || CHR(8201) || CHR(8202) || CHR(8232) || CHR(8233) || CHR(8239) || CHR(8287) || CHR(12288) || CHR(65279)) END END AS __t11,
  CASE WHEN TYPEOF(__r12) = 'VARCHAR' THEN CASE WHEN LOWER(TRIM(CAST(__r12 AS VARCHAR), CHR(9) || CHR(10) || CHR(11) || CHR(12) || CHR(13) || CHR(32) || CHR(160) || CHR(5760) || CHR(8192) || CHR(8193) || CHR(8194) || CHR(8195) || CHR(8196) || CHR(8197) || CHR(8198) || CHR(8199) || CHR(8200) || CHR(8201) || CHR(8202) || CHR(8232) || CHR(8233) || CHR(8239) || CHR(8287) || CHR(12288) || CHR(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE TRIM(CAST(__r12 AS VARCHAR), CHR(9) || CHR(10) || CHR(11) || CHR(12) || CHR(13) || CHR(32) || CHR(160) || CHR(5760) || CHR(8192) || CHR(8193) || CHR(8194) || CHR(8195) || CHR(8196) || CHR(8197) || CHR(8198) || CHR(8199) || CHR(8200) || CHR(8201) || CHR(8202) || CHR(8232) || CHR(8233) || CHR(8239) || CHR(8287) || CHR(12288) || CHR(65279)) END END AS __t12,
  CASE WHEN TYPEOF(__r13) = 'VARCHAR' THEN CASE WHEN LOWER(TRIM(CAST(__r13 AS VARCHAR), CHR(9) || CHR(10) || CHR(11) || CHR(12) || CHR(13) || CHR(32) || CHR(160) || CHR(5760) || CHR(8192) || CHR(8193) || CHR(8194) || CHR(8195) || CHR(8196) || CHR(8197) || CHR(8198) || CHR(8199) || CHR(8200) || CHR(8201) || CHR(8202) || CHR(8232) || CHR(8233) || CHR(8239) || CHR(8287) || CHR(12288) || CHR(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE TRIM(CAST(__r13 AS VARCHAR), CHR(9) || CHR(10) || CHR(11) || CHR(12) || CHR(13) || CHR(32) || CHR(160) || CHR(5760) || CHR(8192) || CHR(8193) || CHR(8194) || CHR(8195) || CHR(8196) || CHR(8197) || CHR(8198) || CHR(8199) || CHR(8200) || CHR(8201) || CHR(8202) || CHR(8232) || CHR(8233) || CHR(8239) || CHR(8287) || CHR(12288) || CHR(65279)) END END AS __t13,
  CASE WHEN TYPEOF(__r14) = 'VARCHAR' THEN CASE WHEN LOWER(TRIM(CAST(__r14 AS VARCHAR), CHR(9) || CHR(10) || CHR(11) || CHR(12) || CHR(13) || CHR(32) || CHR(160) || CHR(5760) || CHR(8192) || CHR(8193) || CHR(8194) || CHR(8195) || CHR(8196) || CHR(8197) || CHR(8198) || CHR(8199) || CHR(8200) || CHR(8201) || CHR(8202) || CHR(8232) || CHR(8233) || CHR(8239) || CHR(8287) || CHR(12288) || CHR(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE TRIM(CAST(__r14 AS VARCHAR), CHR(9) || CHR(10) || CHR(11) || CHR(12) || CHR(13) || CHR(32) || CHR(160) || CHR(5760) || CHR(8192) || CHR(8193) || CHR(8194) || CHR(8195) || CHR(8196) || CHR(8197) || CHR(8198) || CHR(8199) || CHR(8200) || CHR(8201) || CHR(8202) || CHR(8232) || CHR(8233) || CHR(8239) || CHR(8287) || CHR(12288) || CHR(65279)) END END AS __t14,
  CASE WHEN TYPEOF(__r15) = 'VARCHAR' THEN CASE WHEN LOWER(TRIM(CAST(__r15 AS VARCHAR), CHR(9) || CHR(10) || CHR(11) || CHR(12) || CHR(13) || CHR(32) || CHR(160) || CHR(5760) || CHR(8192) || CHR(8193) || CHR(8194) || CHR(8195) || CHR(8196) || CHR(8197) || CHR(8198) || CHR(8199) || CHR(8200) || CHR(8201) || CHR(8202) || CHR(8232) || CHR(8233) || CHR(8239) || CHR(8287) || CHR(12288) || CHR(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE TRIM(CAST(__r15 AS VARCHAR), CHR(9) || CHR(10) || CHR(11) || CHR(12) || CHR(13) || CHR(32) || CHR(160) || CHR(5760) || CHR(8192) || CHR(8193) || CHR(8194) || CHR(8195) || CHR(8196) || CHR(8197) || CHR(8198) || CHR(8199) || CHR(8200) || CHR(8201) || CHR(8202) || CHR(8232) || CHR(8233) || CHR(8239) || CHR(8287) || CHR(12288) || CHR(65279)) END END AS __t15,
  CASE WHEN TYPEOF(__r16) = 'VARCHAR' THEN CASE WHEN LOWER(TRIM(CAST(__r16 AS VARCHAR), CHR(9) || CHR(10) || CHR(11) || CHR(12) || CHR(13) || CHR(32) || CHR(160) || CHR(5760) || CHR(8192) || CHR(8193) || CHR(8194) || CHR(8195) || CHR(8196) || CHR(8197) || CHR(8198) || CHR(8199) || CHR(8200) || CHR(8201) || CHR(8202) || CHR(8232) || CHR(8233) || CHR(8239) || CHR(8287) || CHR(12288) || CHR(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE TRIM(CAST(__r16 AS VARCHAR), CHR(9) || CHR(10) || CHR(11) || CHR(12) || CHR(13) || CHR(32) || CHR(160) || CHR(5760) || CHR(8192) || CHR(8193) || CHR(8194) || CHR(8195) || CHR(8196) || CHR(8197) || CHR(8198) || CHR(8199) || CHR(8200) || CHR(8201) || CHR(8202) || CHR(8232) || CHR(8233) || CHR(8239) || CHR(8287) || CHR(12288) || CHR(65279)) END END AS __t16,
  CASE WHEN TYPEOF(__r17) = 'VARCHAR' THEN CASE WHEN LOWER(TRIM(CAST(__r17 AS VARCHAR), CHR(9) || CHR(10) || CHR(11) || CHR(12) || CHR(13) || CHR(32) || CHR(160) || CHR(5760) || CHR(8192) || CHR(8193) || CHR(8194) || CHR(8195) || CHR(8196) || CHR(8197) || CHR(8198) || CHR(8199) || CHR(8200) || CHR(8201) || CHR(8202) || CHR(8232) || CHR(8233) || CHR(8239) || CHR(8287) || CHR(12288) || CHR(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE TRIM(CAST(__r17 AS VARCHAR), CHR(9) || CHR(10) || CHR(11) || CHR(12) || CHR(13) || CHR(32) || CHR(160) || CHR(5760) || CHR(8192) || CHR(8193) || CHR(8194) || CHR(8195) || CHR(8196) || CHR(8197) || CHR(8198) || CHR(8199) || CHR(8200) || CHR(8201) || CHR(8202) || CHR(8232) || CHR(8233) || CHR(8239) || CHR(8287) || CHR(12288) || CHR(65279)) END END AS __t17,
  CASE WHEN TYPEOF(__r18) = 'VARCHAR' THEN CASE WHEN LOWER(TRIM(CAST(__r18 AS VARCHAR), CHR(9) || CHR(10) || CHR(11) || CHR(12) || CHR(13) || CHR(32) || CHR(160) || CHR(5760) || CHR(8192) || CHR(8193) || CHR(8194) || CHR(8195) || CHR(8196) || CHR(8197) || CHR(8198) || CHR(8199) || CHR(8200) || CHR(8201) || CHR(8202) || CHR(8232) || CHR(8233) || CHR(8239) || CHR(8287) || CHR(12288) || CHR(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE TRIM(CAST(__r18 AS VARCHAR), CHR(9) || CHR(10) || CHR(11) || CHR(12) || CHR(13) || CHR(32) || CHR(160) || CHR(5760) || CHR(8192) || CHR(8193) || CHR(8194) || CHR(8195) || CHR(8196) || CHR(8197) || CHR(8198) || CHR(8199) || CHR(8200) || CHR(8201) || CHR(8202) || CHR(8232) || CHR(8233) || CHR(8239) || CHR(8287) || CHR(12288) || CHR(65279)) END END AS __t18,
  CASE WHEN TYPEOF(__r19) = 'VARCHAR' THEN CASE WHEN LOWER(TRIM(CAST(__r19 AS VARCHAR), CHR(9) || CHR(10) || CHR(11) || CHR(12) || CHR(13) || CHR(32) || CHR(160) || CHR(5760) || CHR(8192) || CHR(8193) || CHR(8194) || CHR(8195) || CHR(8196) || CHR(8197) || CHR(8198) || CHR(8199) || CHR(8200) || CHR(8201) || CHR(8202) || CHR(8232) || CHR(8233) || CHR(8239) || CHR(8287) || CHR(12288) || CHR(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE TRIM(CAST(__r19 AS VARCHAR), CHR(9) || CHR(10) || CHR(11) || CHR(12) || CHR(13) || CHR(32) || CHR(160) || CHR(5760) || CHR(8192) || CHR(8193) || CHR(8194) || CHR(8195) || CHR(8196) || CHR(8197) || CHR(8198) || CHR(8199) || CHR(8200) || CHR(8201) || CHR(8202) || CHR(8232) || CHR(8233) || CHR(8239) || CHR(8287) || CHR(12288) || CHR(65279)) END END AS __t19,
  CASE WHEN TYPEOF(__r20) = 'VARCHAR' THEN CASE WHEN LOWER(TRIM(CAST(__r20 AS VARCHAR), CHR(9) || CHR(10) || CHR(11) || CHR(12) || CHR(13) || CHR(32) || CHR(160) || CHR(5760) || CHR(8192) || CHR(8193) || CHR(8194) || CHR(8195) || CHR(8196) || CHR(8197) || CHR(8198) || CHR(8199) || CHR(8200) || CHR(8201) || CHR(8202) || CHR(8232) || CHR(8233) || CHR(8239) || CHR(8287) || CHR(12288) || CHR(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE TRIM(CAST(__r20 AS VARCHAR), CHR(9) || CHR(10) || CHR(11) || CHR(12) || CHR(13) || CHR(32) || CHR(160) || CHR(5760) || CHR(8192) || CHR(8193) || CHR(8194) || CHR(8195) || CHR(8196) || CHR(8197) || CHR(8198) || CHR(8199) || CHR(8200) || CHR(8201) || CHR(8202) || CHR(8232) || CHR(8233) || CHR(8239) || CHR(8287) || CHR(12288) || CHR(65279)) END END AS __t20,
  CASE WHEN TYPEOF(__r21) = 'VARCHAR' THEN CASE WHEN LOWER(TRIM(CAST(__r21 AS VARCHAR), CHR(9) || CHR(10) || CHR(11) || CHR(12) || CHR(13) || CHR(32) || CHR(160) || CHR(5760) || CHR(8192) || CHR(8193) || CHR(8194) || CHR(8195) || CHR(8196) || CHR(8197) || CHR(8198) || CHR(8199) || CHR(8200) || CHR(8201) || CHR(8202) || CHR(8232) || CHR(8233) || CHR(8239) || CHR(8287) || CHR(12288) || CHR(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE TRIM(CAST(__r21 AS VARCHAR), CHR(9) || CHR(10) || CHR(11) || CHR(12) || CHR(13) || CHR(32) || CHR(160) || CHR(5760) || CHR(8192) || CHR(8193) || CHR(8194) || CHR(8195) || CHR(8196) || CHR(8197) || CHR(8198) || CHR(8199) || CHR(8200) || CHR(8201) || CHR(8202) || CHR(8232) || CHR(8233) || CHR(8239) || CHR(8287) || CHR(12288) || CHR(65279)) END END AS __t21,
  CASE WHEN TYPEOF(__r22) = 'VARCHAR' THEN CASE WHEN LOWER(TRIM(CAST(__r22 AS VARCHAR), CHR(9) || CHR(10) || CHR(11) || CHR(12) || CHR(13) || CHR(32) || CHR(160) || CHR(5760) || CHR(8192) || CHR(8193) || CHR(8194) || CHR(8195) || CHR(8196) || CHR(8197) || CHR(8198) || CHR(8199) || CHR(8200) || CHR(8201) || CHR(8202) || CHR(8232) || CHR(8233) || CHR(8239) || CHR(8287) || CHR(12288) || CHR(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE TRIM(CAST(__r22 AS VARCHAR), CHR(9) || CHR(10) || CHR(11) || CHR(12) || CHR(13) || CHR(32) || CHR(160) || CHR(5760) || CHR(8192) || CHR(8193) || CHR(8194) || CHR(8195) || CHR(8196) || CHR(8197) || CHR(8198) || CHR(8199) || CHR(8200) || CHR(8201) || CHR(8202) || CHR(8232) || CHR(8233) || CHR(8239) || CHR(8287) || CHR(12288) || CHR(65279)) END END AS __t22,
  CASE WHEN TYPEOF(__r23) = 'VARCHAR' THEN CASE WHEN LOWER(TRIM(CAST(__r23 AS VARCHAR), CHR(9) || CHR(10) || CHR(11) || CHR(12) || CHR(13) || CHR(32) || CHR(160) || CHR(5760) || CHR(8192) || CHR(8193) || CHR(8194) || CHR(8195) || CHR(8196) || CHR(8197) || CHR(8198) || CHR(8199) || CHR(8200) || CHR(8201) || CHR(8202) || CHR(8232) || CHR(8233) || CHR(8239) || CHR(8287) || CHR(12288) || CHR(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE TRIM(CAST(__r23 AS VARCHAR), CHR(9) || CHR(10) || CHR(11) || CHR(12) || CHR(13) || CHR(32) || CHR(160) || CHR(5760) || CHR(8192) || CHR(8193) || CHR(8194) || CHR(8195) || CHR(8196) || CHR(8197) || CHR(8198) || CHR(8199) || CHR(8200) || CHR(8201) || CHR(8202) || CHR(8232) || CHR(8233) || CHR(8239) || CHR(8287) || CHR(12288) || CHR(65279)) END END AS __t23,
  CASE WHEN TYPEOF(__r24) = 'VARCHAR' THEN CASE WHEN LOWER(TRIM(CAST(__r24 AS VARCHAR), CHR(9) || CHR(10) || CHR(11) || CHR(12) || CHR(13) || CHR(32) || CHR(160) || CHR(5760) || CHR(8192) || CHR(8193) || CHR(8194) || CHR(8195) || CHR(8196) || CHR(8197) || CHR(8198) || CHR(8199) || CHR(8200) || CHR(8201) || CHR(8202) || CHR(8232) || CHR(8233) || CHR(8239) || CHR(8287) || CHR(12288) || CHR(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE TRIM(CAST(__r24 AS VARCHAR), CHR(9) || CHR(10) || CHR(11) || CHR(12) || CHR(13) || CHR(32) || CHR(160) || CHR(5760) || CHR(8192) || CHR(8193) || CHR(8194) || CHR(8195) || CHR(8196) || CHR(8197) || CHR(8198) || CHR(8199) || CHR(8200) || CHR(8201) || CHR(8202) || CHR(8232) || CHR(8233) || CHR(8239) || CHR(8287) || CHR(12288) || CHR(65279)) END END AS __t24,
  CASE WHEN TYPEOF(__r25) = 'VARCHAR' THEN CASE WHEN LOWER(TRIM(CAST(__r25 AS VARCHAR), CHR(9) || CHR(10) || CHR(11) || CHR(12) || CHR(13) || CHR(32) || CHR(160) || CHR(5760) || CHR(8192) || CHR(8193) || CHR(8194) || CHR(8195) || CHR(8196) || CHR(8197) || CHR(8198) || CHR(8199) || CHR(8200) || CHR(8201) || CHR(8202) || CHR(8232) || CHR(8233) || CHR(8239) || CHR(8287) || CHR(12288) || CHR(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE TRIM(CAST(__r25 AS VARCHAR), CHR(9) || CHR(10) || CHR(11) || CHR(12) || CHR(13) || CHR(32) || CHR(160) || CHR(5760) || CHR(8192) || CHR(8193) || CHR(8194) || CHR(8195) || CHR(8196) || CHR(8197) || CHR(8198) || CHR(8199) || CHR(8200) || CHR(8201) || CHR(8202) || CHR(8232) || CHR(8233) || CHR(8239) || CHR(8287) || CHR(12288) || CHR(65279)) END END AS __t25
FROM (SELECT GET("LEAD", 'lead_origin') AS __r0,
  GET("LEAD", 'lead_source') AS __r1,
  GET("LEAD", 'do_not_email') AS __r2,
  GET("LEAD", 'do_not_call') AS __r3,
  GET("LEAD", 'total_visits') AS __r4,
  GET("LEAD", 'total_time_spent_on_website') AS __r5,
  GET("LEAD", 'page_views_per_visit') AS __r6,
  GET("LEAD", 'last_activity') AS __r7,
  GET("LEAD", 'country') AS __r8,
  GET("LEAD", 'specialization') AS __r9,
  GET("LEAD", 'how_did_you_hear_about_x_education') AS __r10,
  GET("LEAD", 'what_is_your_current_occupation') AS __r11,
  GET("LEAD", 'what_matters_most_to_you_in_choosing_a_course') AS __r12,
  GET("LEAD", 'search') AS __r13,
  GET("LEAD", 'magazine') AS __r14,
  GET("LEAD", 'newspaper_article') AS __r15,
  GET("LEAD", 'x_education_forums') AS __r16,
  GET("LEAD", 'newspaper') AS __r17,
  GET("LEAD", 'digital_advertisement') AS __r18,
  GET("LEAD", 'through_recommendations') AS __r19,
  GET("LEAD", 'receive_more_updates_about_our_courses') AS __r20,
  GET("LEAD", 'update_me_on_supply_chain_content') AS __r21,
  GET("LEAD", 'get_updates_on_dm_content') AS __r22,
  GET("LEAD", 'city') AS __r23,
  GET("LEAD", 'i_agree_to_pay_the_amount_through_cheque') AS __r24,
  GET("LEAD", 'a_free_copy_of_mastering_the_interview') AS __r25) AS __lead_raw) AS __lead_text) AS __lead_values) AS __l1) AS __lt) AS __l2) AS __l3) AS __l4) AS __m) AS __c) AS __ranked
$$;

-- drift: not checked (no credentials: set SNOWFLAKE_ACCOUNT, SNOWFLAKE_USER and SNOWFLAKE_PASSWORD or SNOWFLAKE_PRIVATE_KEY_PATH); apply compares the existing objects first

-- Not planned: the storage integration, the S3 stage and the pipes. Set S3_BUCKET (and S3_PREFIX) for the external stage on the S3 stage; SNOWFLAKE_STORAGE_AWS_ROLE_ARN for the storage integration.
