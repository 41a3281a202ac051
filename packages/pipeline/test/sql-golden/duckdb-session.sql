SELECT 1 FROM duckdb_tables() WHERE table_name = 'leadpipe_settings' AND schema_name = 'main' AND database_name = current_database();
-- next
CREATE TABLE IF NOT EXISTS leadpipe_meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL);
-- next
CREATE TABLE IF NOT EXISTS leadpipe_settings (name VARCHAR PRIMARY KEY, value VARCHAR NOT NULL);
-- next
CREATE TABLE IF NOT EXISTS load_history (
  load_id VARCHAR PRIMARY KEY,
  file_name VARCHAR NOT NULL,
  stage_location VARCHAR NOT NULL,
  checksum VARCHAR NOT NULL,
  file_size BIGINT NOT NULL,
  source_checksum VARCHAR,
  status VARCHAR NOT NULL,
  reason VARCHAR,
  row_count BIGINT NOT NULL,
  row_parsed BIGINT NOT NULL,
  error_count BIGINT NOT NULL,
  first_error_message VARCHAR,
  first_error_line_number BIGINT,
  first_error_column_name VARCHAR,
  inferred JSON,
  raw_id_from BIGINT,
  raw_id_to BIGINT,
  last_load_time TIMESTAMPTZ NOT NULL
);
-- next
CREATE TABLE IF NOT EXISTS load_errors (
  load_id VARCHAR NOT NULL,
  file_name VARCHAR NOT NULL,
  line BIGINT NOT NULL,
  column_name VARCHAR,
  error VARCHAR NOT NULL,
  raw_text VARCHAR NOT NULL
);
-- next
CREATE TABLE IF NOT EXISTS leadpipe_streams (
  name VARCHAR PRIMARY KEY,
  source_table VARCHAR NOT NULL,
  "offset" BIGINT NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL
);
-- next
CREATE TABLE IF NOT EXISTS leadpipe_tasks (
  name VARCHAR PRIMARY KEY,
  state VARCHAR NOT NULL,
  consecutive_failures INTEGER NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL
);
-- next
CREATE TABLE IF NOT EXISTS task_history (
  run_id VARCHAR PRIMARY KEY,
  name VARCHAR NOT NULL,
  state VARCHAR NOT NULL,
  scheduled_time TIMESTAMPTZ NOT NULL,
  query_start_time TIMESTAMPTZ NOT NULL,
  completed_time TIMESTAMPTZ,
  error_code VARCHAR,
  error_message VARCHAR,
  rows_consumed BIGINT NOT NULL DEFAULT 0,
  rows_inserted BIGINT NOT NULL DEFAULT 0,
  rows_updated BIGINT NOT NULL DEFAULT 0,
  rows_unchanged BIGINT NOT NULL DEFAULT 0,
  leads_scored BIGINT NOT NULL DEFAULT 0,
  offset_from BIGINT,
  offset_to BIGINT
);
-- next
ALTER TABLE task_history ADD COLUMN IF NOT EXISTS trigger_kind VARCHAR DEFAULT 'MANUAL';
-- next
ALTER TABLE task_history ADD COLUMN IF NOT EXISTS model_warning VARCHAR;
-- next
CREATE TABLE IF NOT EXISTS leadpipe_columns (
  table_name VARCHAR NOT NULL,
  column_name VARCHAR NOT NULL,
  type VARCHAR NOT NULL,
  declared BOOLEAN NOT NULL,
  PRIMARY KEY (table_name, column_name)
);
-- next
SELECT value FROM leadpipe_meta WHERE key = 'key';
-- next
SELECT 1 FROM duckdb_tables() WHERE table_name = 'leads_raw' AND schema_name = 'main' AND database_name = current_database();
-- next
BEGIN TRANSACTION;
-- next
INSERT INTO leadpipe_meta VALUES ('key', $key) ON CONFLICT DO NOTHING;
-- next
INSERT INTO leadpipe_meta VALUES ('key', $key) ON CONFLICT DO NOTHING;
-- next
SELECT count(*) AS n FROM leadpipe_columns WHERE table_name = 'leads_final';
-- next
CREATE TABLE IF NOT EXISTS leads_final (
  "prospect_id" VARCHAR NOT NULL,
  "lead_number" BIGINT,
  "lead_origin" VARCHAR,
  "lead_source" VARCHAR,
  "do_not_email" BOOLEAN,
  "do_not_call" BOOLEAN,
  "converted" BOOLEAN,
  "total_visits" BIGINT,
  "total_time_spent_on_website" BIGINT,
  "page_views_per_visit" DOUBLE,
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
  "asymmetrique_activity_score" BIGINT,
  "asymmetrique_profile_score" BIGINT,
  "i_agree_to_pay_the_amount_through_cheque" BOOLEAN,
  "a_free_copy_of_mastering_the_interview" BOOLEAN,
  "last_notable_activity" VARCHAR,
  "row_hash" VARCHAR NOT NULL,
  "source_file" VARCHAR NOT NULL,
  "first_seen_at" TIMESTAMPTZ NOT NULL,
  "updated_at" TIMESTAMPTZ NOT NULL,
  "probability" DOUBLE,
  "score" INTEGER,
  "grade" VARCHAR,
  "reasons" STRUCT(positive STRUCT("log_odds" DOUBLE, "feature" VARCHAR, "label" VARCHAR, "value" VARCHAR, "points" DOUBLE, "text" VARCHAR)[], negative STRUCT("log_odds" DOUBLE, "feature" VARCHAR, "label" VARCHAR, "value" VARCHAR, "points" DOUBLE, "text" VARCHAR)[]),
  "model_version" VARCHAR,
  "scored_at" TIMESTAMPTZ
);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, $declared);
-- next
INSERT INTO leadpipe_streams VALUES ($name, 'leads_raw', 0, now()) ON CONFLICT DO NOTHING;
-- next
INSERT INTO leadpipe_streams VALUES ($name, 'leads_raw', 0, now()) ON CONFLICT DO NOTHING;
-- next
INSERT INTO leadpipe_tasks VALUES ($name, 'started', 0, now()) ON CONFLICT DO NOTHING;
-- next
INSERT INTO leadpipe_tasks VALUES ($name, 'started', 0, now()) ON CONFLICT DO NOTHING;
-- next
CREATE TABLE IF NOT EXISTS leadpipe_models (
  version VARCHAR PRIMARY KEY,
  kind VARCHAR NOT NULL,
  body JSON NOT NULL,
  active BOOLEAN NOT NULL,
  created_at TIMESTAMPTZ NOT NULL
);
-- next
ALTER TABLE leadpipe_models ADD COLUMN IF NOT EXISTS fit_warning JSON;
-- next
CREATE TABLE IF NOT EXISTS lead_overrides (
  lead_key VARCHAR PRIMARY KEY,
  score INTEGER NOT NULL,
  reason VARCHAR NOT NULL,
  created_at TIMESTAMPTZ NOT NULL
);
-- next
CREATE TABLE IF NOT EXISTS lead_score_history (
  lead_key VARCHAR NOT NULL,
  model_version VARCHAR,
  probability DOUBLE,
  score INTEGER,
  grade VARCHAR,
  source VARCHAR NOT NULL,
  reason VARCHAR,
  scored_at TIMESTAMPTZ NOT NULL
);
-- next
CREATE OR REPLACE VIEW leads_to_score AS
SELECT * FROM leads_final
WHERE model_version IS DISTINCT FROM (SELECT version FROM leadpipe_models WHERE active LIMIT 1)
  AND EXISTS (SELECT 1 FROM leadpipe_models WHERE active);
-- next
ALTER TABLE leads_final ADD COLUMN IF NOT EXISTS "probability" DOUBLE;
-- next
ALTER TABLE leads_final ADD COLUMN IF NOT EXISTS "score" INTEGER;
-- next
ALTER TABLE leads_final ADD COLUMN IF NOT EXISTS "grade" VARCHAR;
-- next
ALTER TABLE leads_final ADD COLUMN IF NOT EXISTS "reasons" STRUCT(positive STRUCT("log_odds" DOUBLE, "feature" VARCHAR, "label" VARCHAR, "value" VARCHAR, "points" DOUBLE, "text" VARCHAR)[], negative STRUCT("log_odds" DOUBLE, "feature" VARCHAR, "label" VARCHAR, "value" VARCHAR, "points" DOUBLE, "text" VARCHAR)[]);
-- next
ALTER TABLE leads_final ADD COLUMN IF NOT EXISTS "model_version" VARCHAR;
-- next
ALTER TABLE leads_final ADD COLUMN IF NOT EXISTS "scored_at" TIMESTAMPTZ;
-- next
SELECT data_type FROM information_schema.columns
WHERE table_schema = 'main' AND table_name = 'leads_final' AND column_name = 'reasons';
-- next
SELECT 1 FROM duckdb_tables() WHERE table_name = 'leads_raw_rows' AND database_name = current_database();
-- next
CREATE TABLE IF NOT EXISTS leads_raw_rows (
  raw_id BIGINT NOT NULL,
  file_name VARCHAR NOT NULL,
  file_row_number BIGINT NOT NULL,
  load_id VARCHAR NOT NULL,
  loaded_at TIMESTAMPTZ NOT NULL,
  "prospect_id" VARCHAR,
  "lead_number" BIGINT,
  "lead_origin" VARCHAR,
  "lead_source" VARCHAR,
  "do_not_email" BOOLEAN,
  "do_not_call" BOOLEAN,
  "converted" BOOLEAN,
  "total_visits" BIGINT,
  "total_time_spent_on_website" BIGINT,
  "page_views_per_visit" DOUBLE,
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
  "asymmetrique_activity_score" BIGINT,
  "asymmetrique_profile_score" BIGINT,
  "i_agree_to_pay_the_amount_through_cheque" BOOLEAN,
  "a_free_copy_of_mastering_the_interview" BOOLEAN,
  "last_notable_activity" VARCHAR,
  extra JSON,
  err_column VARCHAR,
  err_reason VARCHAR,
  err_raw VARCHAR
);
-- next
CREATE OR REPLACE VIEW leads_raw AS
SELECT raw_id, file_name, file_row_number,
  json_merge_patch(json_merge_patch('{}', json_object('a_free_copy_of_mastering_the_interview', "a_free_copy_of_mastering_the_interview", 'asymmetrique_activity_index', "asymmetrique_activity_index", 'asymmetrique_activity_score', "asymmetrique_activity_score", 'asymmetrique_profile_index', "asymmetrique_profile_index", 'asymmetrique_profile_score', "asymmetrique_profile_score", 'city', "city", 'converted', "converted", 'country', "country", 'digital_advertisement', "digital_advertisement", 'do_not_call', "do_not_call", 'do_not_email', "do_not_email", 'get_updates_on_dm_content', "get_updates_on_dm_content", 'how_did_you_hear_about_x_education', "how_did_you_hear_about_x_education", 'i_agree_to_pay_the_amount_through_cheque', "i_agree_to_pay_the_amount_through_cheque", 'last_activity', "last_activity", 'last_notable_activity', "last_notable_activity", 'lead_number', "lead_number", 'lead_origin', "lead_origin", 'lead_profile', "lead_profile", 'lead_quality', "lead_quality", 'lead_source', "lead_source", 'magazine', "magazine", 'newspaper', "newspaper", 'newspaper_article', "newspaper_article", 'page_views_per_visit', "page_views_per_visit", 'prospect_id', "prospect_id", 'receive_more_updates_about_our_courses', "receive_more_updates_about_our_courses", 'search', "search", 'specialization', "specialization", 'tags', "tags", 'through_recommendations', "through_recommendations", 'total_time_spent_on_website', "total_time_spent_on_website", 'total_visits', "total_visits", 'update_me_on_supply_chain_content', "update_me_on_supply_chain_content", 'what_is_your_current_occupation', "what_is_your_current_occupation", 'what_matters_most_to_you_in_choosing_a_course', "what_matters_most_to_you_in_choosing_a_course", 'x_education_forums', "x_education_forums")), coalesce(extra, '{}')) AS data,
  load_id, loaded_at
FROM leads_raw_rows;
-- next
COMMIT;
-- next
SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = 'leads_raw_rows' AND database_name = current_database() ORDER BY column_index;
-- next
SELECT library_version FROM pragma_version();
-- next
SELECT value FROM leadpipe_meta WHERE key = 'row_hash';
-- next
SELECT column_name, type, declared FROM leadpipe_columns WHERE table_name = 'leads_final';
-- next
SELECT coalesce(max(rowid) + 1, 0) AS n FROM leads_final;
-- next
INSERT INTO leadpipe_meta VALUES ('row_hash', $wanted) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value;
-- next
INSERT INTO leadpipe_meta VALUES ('row_hash', $wanted) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value;
-- next
BEGIN TRANSACTION;
-- next
SELECT 1 FROM load_history WHERE file_name = $name AND checksum = $checksum AND status IN ('LOADED', 'PARTIALLY_LOADED') LIMIT 1;
-- next
SELECT 1 FROM load_history WHERE file_name = $name AND checksum = $checksum AND status IN ('LOADED', 'PARTIALLY_LOADED') LIMIT 1;
-- next
SELECT greatest(coalesce(max(raw_id), 0), coalesce((SELECT max("offset") FROM leadpipe_streams), 0)) AS m FROM leads_raw_rows;
-- next
INSERT INTO leads_raw_rows (raw_id, file_name, file_row_number, load_id, loaded_at, "prospect_id", "lead_number", "lead_origin", "lead_source", "do_not_email", "do_not_call", "converted", "total_visits", "total_time_spent_on_website", "page_views_per_visit", "last_activity", "country", "specialization", "how_did_you_hear_about_x_education", "what_is_your_current_occupation", "what_matters_most_to_you_in_choosing_a_course", "search", "magazine", "newspaper_article", "x_education_forums", "newspaper", "digital_advertisement", "through_recommendations", "receive_more_updates_about_our_courses", "tags", "lead_quality", "update_me_on_supply_chain_content", "get_updates_on_dm_content", "lead_profile", "city", "asymmetrique_activity_index", "asymmetrique_profile_index", "asymmetrique_activity_score", "asymmetrique_profile_score", "i_agree_to_pay_the_amount_through_cheque", "a_free_copy_of_mastering_the_interview", "last_notable_activity", extra, err_column, err_reason, err_raw)
SELECT $base + l, $file, l, $load_id, $now, d0, NULL, d1, d2, NULL, NULL, d4, d3, NULL, NULL, d5, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, err[1], err[2],
  CASE WHEN err IS NOT NULL THEN concat_ws(',', CASE WHEN f0 IS NULL THEN '' WHEN contains(f0, ',') OR contains(f0, '"') OR contains(f0, chr(10)) OR contains(f0, chr(13)) THEN '"' || replace(f0, '"', '""') || '"' ELSE f0 END, CASE WHEN f1 IS NULL THEN '' WHEN contains(f1, ',') OR contains(f1, '"') OR contains(f1, chr(10)) OR contains(f1, chr(13)) THEN '"' || replace(f1, '"', '""') || '"' ELSE f1 END, CASE WHEN f2 IS NULL THEN '' WHEN contains(f2, ',') OR contains(f2, '"') OR contains(f2, chr(10)) OR contains(f2, chr(13)) THEN '"' || replace(f2, '"', '""') || '"' ELSE f2 END, CASE WHEN f3 IS NULL THEN '' WHEN contains(f3, ',') OR contains(f3, '"') OR contains(f3, chr(10)) OR contains(f3, chr(13)) THEN '"' || replace(f3, '"', '""') || '"' ELSE f3 END, CASE WHEN f4 IS NULL THEN '' WHEN contains(f4, ',') OR contains(f4, '"') OR contains(f4, chr(10)) OR contains(f4, chr(13)) THEN '"' || replace(f4, '"', '""') || '"' ELSE f4 END, CASE WHEN f5 IS NULL THEN '' WHEN contains(f5, ',') OR contains(f5, '"') OR contains(f5, chr(10)) OR contains(f5, chr(13)) THEN '"' || replace(f5, '"', '""') || '"' ELSE f5 END) END
FROM (
  SELECT *, CASE WHEN c0 IS NULL THEN ['prospect_id', 'missing key prospect_id']
    WHEN c4 IS NOT NULL AND d4 IS NULL THEN ['converted', 'converted: ' || to_json(left(c4, 60)) || ' is not a valid boolean']
    WHEN c3 IS NOT NULL AND d3 IS NULL THEN ['total_visits', 'total_visits: ' || to_json(left(c3, 60)) || ' is not a valid integer'] END AS err
  FROM (
    SELECT *, c0 AS d0, c1 AS d1, c2 AS d2, CASE WHEN regexp_full_match(c3, '[+-]?[0-9]+') THEN TRY_CAST(c3 AS BIGINT) WHEN regexp_full_match(c3, '[+-]?[0-9]+(\.0+)?') THEN TRY_CAST(regexp_replace(c3, '\.0+$', '') AS BIGINT) END AS d3, CASE c4 WHEN 'No' THEN FALSE WHEN 'Yes' THEN TRUE WHEN '0' THEN FALSE WHEN '1' THEN TRUE ELSE CASE WHEN length(c4) <= 5 THEN CASE lower(c4) WHEN 'true' THEN TRUE WHEN 'yes' THEN TRUE WHEN 'y' THEN TRUE WHEN 't' THEN TRUE WHEN '1' THEN TRUE WHEN 'false' THEN FALSE WHEN 'no' THEN FALSE WHEN 'n' THEN FALSE WHEN 'f' THEN FALSE WHEN '0' THEN FALSE END END END AS d4, c5 AS d5
    FROM (SELECT l, f0, f1, f2, f3, f4, f5, (CASE WHEN f0 IS NULL OR f0 = '' OR (strlen(f0) <= 18 AND list_contains(['select', 'na', 'n/a', 'null'], lower(f0))) THEN NULL ELSE f0 END) AS c0, (CASE WHEN f1 IS NULL OR f1 = '' OR (strlen(f1) <= 18 AND list_contains(['select', 'na', 'n/a', 'null'], lower(f1))) THEN NULL ELSE f1 END) AS c1, (CASE WHEN f2 IS NULL OR f2 = '' OR (strlen(f2) <= 18 AND list_contains(['select', 'na', 'n/a', 'null'], lower(f2))) THEN NULL ELSE f2 END) AS c2, (CASE WHEN f3 IS NULL OR f3 = '' OR (strlen(f3) <= 18 AND list_contains(['select', 'na', 'n/a', 'null'], lower(f3))) THEN NULL ELSE f3 END) AS c3, (CASE WHEN f4 IS NULL OR f4 = '' OR (strlen(f4) <= 18 AND list_contains(['select', 'na', 'n/a', 'null'], lower(f4))) THEN NULL ELSE f4 END) AS c4, (CASE WHEN f5 IS NULL OR f5 = '' OR (strlen(f5) <= 18 AND list_contains(['select', 'na', 'n/a', 'null'], lower(f5))) THEN NULL ELSE f5 END) AS c5 FROM read_csv($path, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', new_line = '\n', columns = {l: 'BIGINT', 'f0': 'VARCHAR', 'f1': 'VARCHAR', 'f2': 'VARCHAR', 'f3': 'VARCHAR', 'f4': 'VARCHAR', 'f5': 'VARCHAR'}))
  )
);
-- next
INSERT INTO leads_raw_rows (raw_id, file_name, file_row_number, load_id, loaded_at, "prospect_id", "lead_number", "lead_origin", "lead_source", "do_not_email", "do_not_call", "converted", "total_visits", "total_time_spent_on_website", "page_views_per_visit", "last_activity", "country", "specialization", "how_did_you_hear_about_x_education", "what_is_your_current_occupation", "what_matters_most_to_you_in_choosing_a_course", "search", "magazine", "newspaper_article", "x_education_forums", "newspaper", "digital_advertisement", "through_recommendations", "receive_more_updates_about_our_courses", "tags", "lead_quality", "update_me_on_supply_chain_content", "get_updates_on_dm_content", "lead_profile", "city", "asymmetrique_activity_index", "asymmetrique_profile_index", "asymmetrique_activity_score", "asymmetrique_profile_score", "i_agree_to_pay_the_amount_through_cheque", "a_free_copy_of_mastering_the_interview", "last_notable_activity", extra, err_column, err_reason, err_raw)
SELECT $base + l, $file, l, $load_id, $now, d0, NULL, d1, d2, NULL, NULL, d4, d3, NULL, NULL, d5, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, err[1], err[2],
  CASE WHEN err IS NOT NULL THEN concat_ws(',', CASE WHEN f0 IS NULL THEN '' WHEN contains(f0, ',') OR contains(f0, '"') OR contains(f0, chr(10)) OR contains(f0, chr(13)) THEN '"' || replace(f0, '"', '""') || '"' ELSE f0 END, CASE WHEN f1 IS NULL THEN '' WHEN contains(f1, ',') OR contains(f1, '"') OR contains(f1, chr(10)) OR contains(f1, chr(13)) THEN '"' || replace(f1, '"', '""') || '"' ELSE f1 END, CASE WHEN f2 IS NULL THEN '' WHEN contains(f2, ',') OR contains(f2, '"') OR contains(f2, chr(10)) OR contains(f2, chr(13)) THEN '"' || replace(f2, '"', '""') || '"' ELSE f2 END, CASE WHEN f3 IS NULL THEN '' WHEN contains(f3, ',') OR contains(f3, '"') OR contains(f3, chr(10)) OR contains(f3, chr(13)) THEN '"' || replace(f3, '"', '""') || '"' ELSE f3 END, CASE WHEN f4 IS NULL THEN '' WHEN contains(f4, ',') OR contains(f4, '"') OR contains(f4, chr(10)) OR contains(f4, chr(13)) THEN '"' || replace(f4, '"', '""') || '"' ELSE f4 END, CASE WHEN f5 IS NULL THEN '' WHEN contains(f5, ',') OR contains(f5, '"') OR contains(f5, chr(10)) OR contains(f5, chr(13)) THEN '"' || replace(f5, '"', '""') || '"' ELSE f5 END) END
FROM (
  SELECT *, CASE WHEN c0 IS NULL THEN ['prospect_id', 'missing key prospect_id']
    WHEN c4 IS NOT NULL AND d4 IS NULL THEN ['converted', 'converted: ' || to_json(left(c4, 60)) || ' is not a valid boolean']
    WHEN c3 IS NOT NULL AND d3 IS NULL THEN ['total_visits', 'total_visits: ' || to_json(left(c3, 60)) || ' is not a valid integer'] END AS err
  FROM (
    SELECT *, c0 AS d0, c1 AS d1, c2 AS d2, CASE WHEN regexp_full_match(c3, '[+-]?[0-9]+') THEN TRY_CAST(c3 AS BIGINT) WHEN regexp_full_match(c3, '[+-]?[0-9]+(\.0+)?') THEN TRY_CAST(regexp_replace(c3, '\.0+$', '') AS BIGINT) END AS d3, CASE c4 WHEN 'No' THEN FALSE WHEN 'Yes' THEN TRUE WHEN '0' THEN FALSE WHEN '1' THEN TRUE ELSE CASE WHEN length(c4) <= 5 THEN CASE lower(c4) WHEN 'true' THEN TRUE WHEN 'yes' THEN TRUE WHEN 'y' THEN TRUE WHEN 't' THEN TRUE WHEN '1' THEN TRUE WHEN 'false' THEN FALSE WHEN 'no' THEN FALSE WHEN 'n' THEN FALSE WHEN 'f' THEN FALSE WHEN '0' THEN FALSE END END END AS d4, c5 AS d5
    FROM (SELECT l, f0, f1, f2, f3, f4, f5, (CASE WHEN f0 IS NULL OR f0 = '' OR (strlen(f0) <= 18 AND list_contains(['select', 'na', 'n/a', 'null'], lower(f0))) THEN NULL ELSE f0 END) AS c0, (CASE WHEN f1 IS NULL OR f1 = '' OR (strlen(f1) <= 18 AND list_contains(['select', 'na', 'n/a', 'null'], lower(f1))) THEN NULL ELSE f1 END) AS c1, (CASE WHEN f2 IS NULL OR f2 = '' OR (strlen(f2) <= 18 AND list_contains(['select', 'na', 'n/a', 'null'], lower(f2))) THEN NULL ELSE f2 END) AS c2, (CASE WHEN f3 IS NULL OR f3 = '' OR (strlen(f3) <= 18 AND list_contains(['select', 'na', 'n/a', 'null'], lower(f3))) THEN NULL ELSE f3 END) AS c3, (CASE WHEN f4 IS NULL OR f4 = '' OR (strlen(f4) <= 18 AND list_contains(['select', 'na', 'n/a', 'null'], lower(f4))) THEN NULL ELSE f4 END) AS c4, (CASE WHEN f5 IS NULL OR f5 = '' OR (strlen(f5) <= 18 AND list_contains(['select', 'na', 'n/a', 'null'], lower(f5))) THEN NULL ELSE f5 END) AS c5 FROM read_csv($path, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', new_line = '\n', columns = {l: 'BIGINT', 'f0': 'VARCHAR', 'f1': 'VARCHAR', 'f2': 'VARCHAR', 'f3': 'VARCHAR', 'f4': 'VARCHAR', 'f5': 'VARCHAR'}))
  )
);
-- next
SELECT count(*) AS n, count(err_reason) AS bad FROM leads_raw_rows WHERE raw_id > $base;
-- next
SELECT count(*) AS n, count(err_reason) AS bad FROM leads_raw_rows WHERE raw_id > $base;
-- next
INSERT INTO load_errors SELECT $load_id, $file, file_row_number, err_column, err_reason, err_raw
               FROM leads_raw_rows WHERE raw_id > $base AND err_reason IS NOT NULL;
-- next
INSERT INTO load_errors SELECT $load_id, $file, file_row_number, err_column, err_reason, err_raw
               FROM leads_raw_rows WHERE raw_id > $base AND err_reason IS NOT NULL;
-- next
DELETE FROM leads_raw_rows WHERE raw_id > $base AND err_reason IS NOT NULL;
-- next
DELETE FROM leads_raw_rows WHERE raw_id > $base AND err_reason IS NOT NULL;
-- next
SELECT min(raw_id) AS lo, max(raw_id) AS hi FROM leads_raw_rows WHERE raw_id > $base;
-- next
SELECT min(raw_id) AS lo, max(raw_id) AS hi FROM leads_raw_rows WHERE raw_id > $base;
-- next
SELECT line, column_name, error FROM load_errors WHERE load_id = $load_id ORDER BY line LIMIT 1;
-- next
SELECT line, column_name, error FROM load_errors WHERE load_id = $load_id ORDER BY line LIMIT 1;
-- next
INSERT INTO load_history VALUES ($load_id, $file_name, $stage, $checksum, $size, $source_checksum, $status, $reason,
              $row_count, $row_parsed, $error_count, $first_message, $first_line, $first_column, $inferred, $raw_from, $raw_to, $now);
-- next
INSERT INTO load_history VALUES ($load_id, $file_name, $stage, $checksum, $size, $source_checksum, $status, $reason,
              $row_count, $row_parsed, $error_count, $first_message, $first_line, $first_column, $inferred, $raw_from, $raw_to, $now);
-- next
COMMIT;
-- next
SELECT version, kind, body, fit_warning FROM leadpipe_models WHERE active LIMIT 1;
-- next
SELECT column_name, type, declared FROM leadpipe_columns WHERE table_name = 'leads_final' ORDER BY rowid;
-- next
BEGIN TRANSACTION;
-- next
UPDATE leadpipe_models SET active = FALSE WHERE active;
-- next
INSERT INTO leadpipe_models (version, kind, body, active, created_at, fit_warning)
           VALUES ($version, $kind, $body, $active, now(), $fit_warning)
           ON CONFLICT (version) DO UPDATE SET active = EXCLUDED.active OR leadpipe_models.active,
           fit_warning = EXCLUDED.fit_warning;
-- next
INSERT INTO leadpipe_models (version, kind, body, active, created_at, fit_warning)
           VALUES ($version, $kind, $body, $active, now(), $fit_warning)
           ON CONFLICT (version) DO UPDATE SET active = EXCLUDED.active OR leadpipe_models.active,
           fit_warning = EXCLUDED.fit_warning;
-- next
CREATE OR REPLACE MACRO "leadpipe_score"(lead) AS (
SELECT {'model_version': model_version, 'probability': probability, 'score': score, 'grade': grade,
  'reasons': {'positive': list_transform(reasons.positive, r -> {'feature': r.feature, 'label': CASE r.feature WHEN 'lead_origin' THEN 'Lead Origin' WHEN 'lead_source' THEN 'Lead Source' WHEN 'do_not_email' THEN 'Do Not Email' WHEN 'do_not_call' THEN 'Do Not Call' WHEN 'total_visits' THEN 'TotalVisits' WHEN 'total_time_spent_on_website' THEN 'Total Time Spent on Website' WHEN 'page_views_per_visit' THEN 'Page Views Per Visit' WHEN 'last_activity' THEN 'Last Activity' WHEN 'country' THEN 'Country' WHEN 'specialization' THEN 'Specialization' WHEN 'how_did_you_hear_about_x_education' THEN 'How did you hear about X Education' WHEN 'what_is_your_current_occupation' THEN 'What is your current occupation' WHEN 'what_matters_most_to_you_in_choosing_a_course' THEN 'What matters most to you in choosing a course' WHEN 'search' THEN 'Search' WHEN 'magazine' THEN 'Magazine' WHEN 'newspaper_article' THEN 'Newspaper Article' WHEN 'x_education_forums' THEN 'X Education Forums' WHEN 'newspaper' THEN 'Newspaper' WHEN 'digital_advertisement' THEN 'Digital Advertisement' WHEN 'through_recommendations' THEN 'Through Recommendations' WHEN 'receive_more_updates_about_our_courses' THEN 'Receive More Updates About Our Courses' WHEN 'update_me_on_supply_chain_content' THEN 'Update me on Supply Chain Content' WHEN 'get_updates_on_dm_content' THEN 'Get updates on DM Content' WHEN 'city' THEN 'City' WHEN 'i_agree_to_pay_the_amount_through_cheque' THEN 'I agree to pay the amount through cheque' WHEN 'a_free_copy_of_mastering_the_interview' THEN 'A free copy of Mastering The Interview' WHEN 'time_per_visit' THEN 'Time per visit' END, 'value': r."value", 'log_odds': r.log_odds, 'points': r.points, 'text': CASE r.feature WHEN 'lead_origin' THEN 'Lead Origin' WHEN 'lead_source' THEN 'Lead Source' WHEN 'do_not_email' THEN 'Do Not Email' WHEN 'do_not_call' THEN 'Do Not Call' WHEN 'total_visits' THEN 'TotalVisits' WHEN 'total_time_spent_on_website' THEN 'Total Time Spent on Website' WHEN 'page_views_per_visit' THEN 'Page Views Per Visit' WHEN 'last_activity' THEN 'Last Activity' WHEN 'country' THEN 'Country' WHEN 'specialization' THEN 'Specialization' WHEN 'how_did_you_hear_about_x_education' THEN 'How did you hear about X Education' WHEN 'what_is_your_current_occupation' THEN 'What is your current occupation' WHEN 'what_matters_most_to_you_in_choosing_a_course' THEN 'What matters most to you in choosing a course' WHEN 'search' THEN 'Search' WHEN 'magazine' THEN 'Magazine' WHEN 'newspaper_article' THEN 'Newspaper Article' WHEN 'x_education_forums' THEN 'X Education Forums' WHEN 'newspaper' THEN 'Newspaper' WHEN 'digital_advertisement' THEN 'Digital Advertisement' WHEN 'through_recommendations' THEN 'Through Recommendations' WHEN 'receive_more_updates_about_our_courses' THEN 'Receive More Updates About Our Courses' WHEN 'update_me_on_supply_chain_content' THEN 'Update me on Supply Chain Content' WHEN 'get_updates_on_dm_content' THEN 'Get updates on DM Content' WHEN 'city' THEN 'City' WHEN 'i_agree_to_pay_the_amount_through_cheque' THEN 'I agree to pay the amount through cheque' WHEN 'a_free_copy_of_mastering_the_interview' THEN 'A free copy of Mastering The Interview' WHEN 'time_per_visit' THEN 'Time per visit' END || ' = ' || r."value" || ': ' || CASE WHEN r.points >= 0 THEN '+' ELSE '' END || CAST(r.points AS VARCHAR)}), 'negative': list_transform(reasons.negative, r -> {'feature': r.feature, 'label': CASE r.feature WHEN 'lead_origin' THEN 'Lead Origin' WHEN 'lead_source' THEN 'Lead Source' WHEN 'do_not_email' THEN 'Do Not Email' WHEN 'do_not_call' THEN 'Do Not Call' WHEN 'total_visits' THEN 'TotalVisits' WHEN 'total_time_spent_on_website' THEN 'Total Time Spent on Website' WHEN 'page_views_per_visit' THEN 'Page Views Per Visit' WHEN 'last_activity' THEN 'Last Activity' WHEN 'country' THEN 'Country' WHEN 'specialization' THEN 'Specialization' WHEN 'how_did_you_hear_about_x_education' THEN 'How did you hear about X Education' WHEN 'what_is_your_current_occupation' THEN 'What is your current occupation' WHEN 'what_matters_most_to_you_in_choosing_a_course' THEN 'What matters most to you in choosing a course' WHEN 'search' THEN 'Search' WHEN 'magazine' THEN 'Magazine' WHEN 'newspaper_article' THEN 'Newspaper Article' WHEN 'x_education_forums' THEN 'X Education Forums' WHEN 'newspaper' THEN 'Newspaper' WHEN 'digital_advertisement' THEN 'Digital Advertisement' WHEN 'through_recommendations' THEN 'Through Recommendations' WHEN 'receive_more_updates_about_our_courses' THEN 'Receive More Updates About Our Courses' WHEN 'update_me_on_supply_chain_content' THEN 'Update me on Supply Chain Content' WHEN 'get_updates_on_dm_content' THEN 'Get updates on DM Content' WHEN 'city' THEN 'City' WHEN 'i_agree_to_pay_the_amount_through_cheque' THEN 'I agree to pay the amount through cheque' WHEN 'a_free_copy_of_mastering_the_interview' THEN 'A free copy of Mastering The Interview' WHEN 'time_per_visit' THEN 'Time per visit' END, 'value': r."value", 'log_odds': r.log_odds, 'points': r.points, 'text': CASE r.feature WHEN 'lead_origin' THEN 'Lead Origin' WHEN 'lead_source' THEN 'Lead Source' WHEN 'do_not_email' THEN 'Do Not Email' WHEN 'do_not_call' THEN 'Do Not Call' WHEN 'total_visits' THEN 'TotalVisits' WHEN 'total_time_spent_on_website' THEN 'Total Time Spent on Website' WHEN 'page_views_per_visit' THEN 'Page Views Per Visit' WHEN 'last_activity' THEN 'Last Activity' WHEN 'country' THEN 'Country' WHEN 'specialization' THEN 'Specialization' WHEN 'how_did_you_hear_about_x_education' THEN 'How did you hear about X Education' WHEN 'what_is_your_current_occupation' THEN 'What is your current occupation' WHEN 'what_matters_most_to_you_in_choosing_a_course' THEN 'What matters most to you in choosing a course' WHEN 'search' THEN 'Search' WHEN 'magazine' THEN 'Magazine' WHEN 'newspaper_article' THEN 'Newspaper Article' WHEN 'x_education_forums' THEN 'X Education Forums' WHEN 'newspaper' THEN 'Newspaper' WHEN 'digital_advertisement' THEN 'Digital Advertisement' WHEN 'through_recommendations' THEN 'Through Recommendations' WHEN 'receive_more_updates_about_our_courses' THEN 'Receive More Updates About Our Courses' WHEN 'update_me_on_supply_chain_content' THEN 'Update me on Supply Chain Content' WHEN 'get_updates_on_dm_content' THEN 'Get updates on DM Content' WHEN 'city' THEN 'City' WHEN 'i_agree_to_pay_the_amount_through_cheque' THEN 'I agree to pay the amount through cheque' WHEN 'a_free_copy_of_mastering_the_interview' THEN 'A free copy of Mastering The Interview' WHEN 'time_per_visit' THEN 'Time per visit' END || ' = ' || r."value" || ': ' || CASE WHEN r.points >= 0 THEN '+' ELSE '' END || CAST(r.points AS VARCHAR)})}}
FROM (SELECT "__lead", 'gbt-c8cc1c52dbd8dd2f' AS model_version, probability, score, CASE WHEN score >= 74 THEN 'A' WHEN score >= 25 THEN 'B' WHEN score >= 6 THEN 'C' ELSE 'D' END AS grade,
  {'positive': list_slice([{'log_odds': __p1.log_odds, 'feature': ['a_free_copy_of_mastering_the_interview', 'city', 'country', 'do_not_email', 'how_did_you_hear_about_x_education', 'last_activity', 'lead_origin', 'lead_source', 'page_views_per_visit', 'specialization', 'time_per_visit', 'total_time_spent_on_website', 'total_visits', 'what_is_your_current_occupation', 'what_matters_most_to_you_in_choosing_a_course'][__p1.r + 1], 'value': __p1_value, 'points': __p1_points},
    {'log_odds': __p2.log_odds, 'feature': ['a_free_copy_of_mastering_the_interview', 'city', 'country', 'do_not_email', 'how_did_you_hear_about_x_education', 'last_activity', 'lead_origin', 'lead_source', 'page_views_per_visit', 'specialization', 'time_per_visit', 'total_time_spent_on_website', 'total_visits', 'what_is_your_current_occupation', 'what_matters_most_to_you_in_choosing_a_course'][__p2.r + 1], 'value': __p2_value, 'points': __p2_points},
    {'log_odds': __p3.log_odds, 'feature': ['a_free_copy_of_mastering_the_interview', 'city', 'country', 'do_not_email', 'how_did_you_hear_about_x_education', 'last_activity', 'lead_origin', 'lead_source', 'page_views_per_visit', 'specialization', 'time_per_visit', 'total_time_spent_on_website', 'total_visits', 'what_is_your_current_occupation', 'what_matters_most_to_you_in_choosing_a_course'][__p3.r + 1], 'value': __p3_value, 'points': __p3_points}], 1, __npos),
   'negative': list_slice([{'log_odds': __n1.log_odds, 'feature': ['a_free_copy_of_mastering_the_interview', 'city', 'country', 'do_not_email', 'how_did_you_hear_about_x_education', 'last_activity', 'lead_origin', 'lead_source', 'page_views_per_visit', 'specialization', 'time_per_visit', 'total_time_spent_on_website', 'total_visits', 'what_is_your_current_occupation', 'what_matters_most_to_you_in_choosing_a_course'][__n1.r + 1], 'value': __n1_value, 'points': __n1_points},
    {'log_odds': __n2.log_odds, 'feature': ['a_free_copy_of_mastering_the_interview', 'city', 'country', 'do_not_email', 'how_did_you_hear_about_x_education', 'last_activity', 'lead_origin', 'lead_source', 'page_views_per_visit', 'specialization', 'time_per_visit', 'total_time_spent_on_website', 'total_visits', 'what_is_your_current_occupation', 'what_matters_most_to_you_in_choosing_a_course'][__n2.r + 1], 'value': __n2_value, 'points': __n2_points},
    {'log_odds': __n3.log_odds, 'feature': ['a_free_copy_of_mastering_the_interview', 'city', 'country', 'do_not_email', 'how_did_you_hear_about_x_education', 'last_activity', 'lead_origin', 'lead_source', 'page_views_per_visit', 'specialization', 'time_per_visit', 'total_time_spent_on_website', 'total_visits', 'what_is_your_current_occupation', 'what_matters_most_to_you_in_choosing_a_course'][__n3.r + 1], 'value': __n3_value, 'points': __n3_points}], 1, __nneg)} AS reasons
FROM (SELECT "__lead",
  probability,
  score,
  __npos,
  __nneg,
  __p1,
  CASE __p1.r WHEN 0 THEN __v25 WHEN 1 THEN __v23 WHEN 2 THEN __v8 WHEN 3 THEN __v2 WHEN 4 THEN __v10 WHEN 5 THEN __v7 WHEN 6 THEN __v0 WHEN 7 THEN __v1 WHEN 8 THEN __v6 WHEN 9 THEN __v9 WHEN 10 THEN __v26 WHEN 11 THEN __v5 WHEN 12 THEN __v4 WHEN 13 THEN __v11 WHEN 14 THEN __v12 END AS __p1_value,
  CAST(ROUND(__p1.log_odds * 1.4426950408889635e+1) AS INTEGER) AS __p1_points,
  __p2,
  CASE __p2.r WHEN 0 THEN __v25 WHEN 1 THEN __v23 WHEN 2 THEN __v8 WHEN 3 THEN __v2 WHEN 4 THEN __v10 WHEN 5 THEN __v7 WHEN 6 THEN __v0 WHEN 7 THEN __v1 WHEN 8 THEN __v6 WHEN 9 THEN __v9 WHEN 10 THEN __v26 WHEN 11 THEN __v5 WHEN 12 THEN __v4 WHEN 13 THEN __v11 WHEN 14 THEN __v12 END AS __p2_value,
  CAST(ROUND(__p2.log_odds * 1.4426950408889635e+1) AS INTEGER) AS __p2_points,
  __p3,
  CASE __p3.r WHEN 0 THEN __v25 WHEN 1 THEN __v23 WHEN 2 THEN __v8 WHEN 3 THEN __v2 WHEN 4 THEN __v10 WHEN 5 THEN __v7 WHEN 6 THEN __v0 WHEN 7 THEN __v1 WHEN 8 THEN __v6 WHEN 9 THEN __v9 WHEN 10 THEN __v26 WHEN 11 THEN __v5 WHEN 12 THEN __v4 WHEN 13 THEN __v11 WHEN 14 THEN __v12 END AS __p3_value,
  CAST(ROUND(__p3.log_odds * 1.4426950408889635e+1) AS INTEGER) AS __p3_points,
  __n1,
  CASE __n1.r WHEN 0 THEN __v25 WHEN 1 THEN __v23 WHEN 2 THEN __v8 WHEN 3 THEN __v2 WHEN 4 THEN __v10 WHEN 5 THEN __v7 WHEN 6 THEN __v0 WHEN 7 THEN __v1 WHEN 8 THEN __v6 WHEN 9 THEN __v9 WHEN 10 THEN __v26 WHEN 11 THEN __v5 WHEN 12 THEN __v4 WHEN 13 THEN __v11 WHEN 14 THEN __v12 END AS __n1_value,
  CAST(ROUND(__n1.log_odds * 1.4426950408889635e+1) AS INTEGER) AS __n1_points,
  __n2,
  CASE __n2.r WHEN 0 THEN __v25 WHEN 1 THEN __v23 WHEN 2 THEN __v8 WHEN 3 THEN __v2 WHEN 4 THEN __v10 WHEN 5 THEN __v7 WHEN 6 THEN __v0 WHEN 7 THEN __v1 WHEN 8 THEN __v6 WHEN 9 THEN __v9 WHEN 10 THEN __v26 WHEN 11 THEN __v5 WHEN 12 THEN __v4 WHEN 13 THEN __v11 WHEN 14 THEN __v12 END AS __n2_value,
  CAST(ROUND(__n2.log_odds * 1.4426950408889635e+1) AS INTEGER) AS __n2_points,
  __n3,
  CASE __n3.r WHEN 0 THEN __v25 WHEN 1 THEN __v23 WHEN 2 THEN __v8 WHEN 3 THEN __v2 WHEN 4 THEN __v10 WHEN 5 THEN __v7 WHEN 6 THEN __v0 WHEN 7 THEN __v1 WHEN 8 THEN __v6 WHEN 9 THEN __v9 WHEN 10 THEN __v26 WHEN 11 THEN __v5 WHEN 12 THEN __v4 WHEN 13 THEN __v11 WHEN 14 THEN __v12 END AS __n3_value,
  CAST(ROUND(__n3.log_odds * 1.4426950408889635e+1) AS INTEGER) AS __n3_points
FROM (SELECT "__lead",
  __v0,
  __v1,
  __v2,
  __v4,
  __v5,
  __v6,
  __v7,
  __v8,
  __v9,
  __v10,
  __v11,
  __v12,
  __v23,
  __v25,
  __v26,
  probability,
  score,
  len(__pos) AS __npos,
  len(__neg) AS __nneg,
  __pos[1] AS __p1,
  __pos[2] AS __p2,
  __pos[3] AS __p3,
  __neg[1] AS __n1,
  __neg[2] AS __n2,
  __neg[3] AS __n3
FROM (SELECT "__lead",
  __v0,
  __v1,
  __v2,
  __v4,
  __v5,
  __v6,
  __v7,
  __v8,
  __v9,
  __v10,
  __v11,
  __v12,
  __v23,
  __v25,
  __v26,
  probability,
  score,
  list_slice(list_reverse_sort(list_filter(__all, r -> r.log_odds > 0)), 1, 3) AS __pos,
  list_slice(list_sort(list_filter(__all, r -> r.log_odds < 0)), 1, 3) AS __neg
FROM (SELECT "__lead",
  __v0,
  __v1,
  __v2,
  __v4,
  __v5,
  __v6,
  __v7,
  __v8,
  __v9,
  __v10,
  __v11,
  __v12,
  __v23,
  __v25,
  __v26,
  probability,
  score,
  [{'log_odds': __c0, 'r': 6}, {'log_odds': __c1, 'r': 7}, {'log_odds': __c2, 'r': 3}, {'log_odds': __c4, 'r': 12}, {'log_odds': __c5, 'r': 11}, {'log_odds': __c6, 'r': 8}, {'log_odds': __c7, 'r': 5}, {'log_odds': __c8, 'r': 2}, {'log_odds': __c9, 'r': 9}, {'log_odds': __c10, 'r': 4}, {'log_odds': __c11, 'r': 13}, {'log_odds': __c12, 'r': 14}, {'log_odds': __c23, 'r': 1}, {'log_odds': __c25, 'r': 0}, {'log_odds': __c26, 'r': 10}] AS __all
FROM (SELECT "__lead",
  __v0,
  __v1,
  __v2,
  __v4,
  __v5,
  __v6,
  __v7,
  __v8,
  __v9,
  __v10,
  __v11,
  __v12,
  __v23,
  __v25,
  __v26,
  __c0,
  __c1,
  __c2,
  __c4,
  __c5,
  __c6,
  __c7,
  __c8,
  __c9,
  __c10,
  __c11,
  __c12,
  __c23,
  __c25,
  __c26,
  probability,
  CAST(ROUND(100 * probability) AS INTEGER) AS score
FROM (SELECT "__lead",
  __v0,
  __v1,
  __v2,
  __v4,
  __v5,
  __v6,
  __v7,
  __v8,
  __v9,
  __v10,
  __v11,
  __v12,
  __v23,
  __v25,
  __v26,
  __c0,
  __c1,
  __c2,
  __c4,
  __c5,
  __c6,
  __c7,
  __c8,
  __c9,
  __c10,
  __c11,
  __c12,
  __c23,
  __c25,
  __c26,
  1e0 / (1e0 + EXP(-(1.012505350765563e+0 * __margin + 4.68895565673158e-3))) AS probability
FROM (SELECT "__lead",
  __v0,
  __v1,
  __v2,
  __v4,
  __v5,
  __v6,
  __v7,
  __v8,
  __v9,
  __v10,
  __v11,
  __v12,
  __v23,
  __v25,
  __v26,
  (-4.791704227166836e-1)
 + [2.1839352266450074e-1, 8.544123328048606e-3, (-1.1468181498273361e-1), 1.5000445669047802e-1, 2.434778199016019e-2][__t0]
 + [1.8971779107096032e-1, 4.923324850002443e-3, (-1.074042385265036e-1), 1.347616854139832e-1, 1.8319845069770985e-2][__t1]
 + [1.6902818892770666e-1, 1.5648303336612257e-1, (-9.429840556280662e-3), (-1.053441046376985e-1), 9.942564772898127e-2][__t2]
 + [1.5296356884835505e-1, 1.2744086715338562e-1, (-3.986438739308312e-2), (-9.489903033058866e-2), 8.592101860208061e-2][__t3]
 + [1.4048153842928654e-1, 1.4419558226553583e-1, (-3.800290304434251e-3), (-9.311445534183001e-2), 8.319922762681652e-2][__t4]
 + [1.4501645024088491e-1, (-4.999659873472527e-2), 9.382869413754819e-2, (-6.728009707204859e-2), (-8.947610008687523e-2)][__t5]
 + [1.5271164840168344e-1, (-4.594649961297981e-2), 7.57812430751756e-2, (-4.805786910652653e-2), (-8.330796762389459e-2)][__t6]
 + [1.1776230393064771e-1, 1.0375975656703032e-1, (-3.2032511584515984e-2), (-7.942818506195046e-2), 6.317520459231911e-2][__t7]
 + [1.3743845758361203e-1, (-2.7679021419338375e-2), 6.160909611000044e-2, (-6.147891911002934e-2), (-7.639030282852081e-2)][__t8]
 + [1.0627032808630528e-1, 1.2142947288421387e-2, (-4.429178887374529e-2), (-1.0792236803734284e-1), 5.976381869349928e-2][__t9]
 + [1.0428756309468423e-1, (-4.272849345528968e-2), 8.514621883408441e-2, 2.3269922150325518e-2, (-6.711100523268562e-2)][__t10]
 + [1.2217693298758457e-1, 4.8458100911299914e-2, (-4.487755072718807e-2), 5.244909988415211e-2, (-6.801272294942286e-2)][__t11]
 + [(-2.708867837304223e-2), 7.511111949406583e-2, 4.0009281774894455e-2, (-4.861447519365209e-2), (-6.1705612800653856e-2)][__t12]
 + [1.1321011555838914e-1, 4.888577120084031e-2, (-1.0051559000733722e-2), (-4.750940125863868e-2), (-6.170089309827144e-2)][__t13]
 + [8.854339054888023e-2, (-5.127627798464583e-3), (-7.194695824186098e-2), (-8.541801539306097e-2), 4.380550240179048e-2][__t14]
 + [8.386008036919405e-2, 6.874775701039167e-2, (-2.6415808562089912e-2), (-5.843158271555409e-2), 3.973333105699704e-2][__t15]
 + [1.0247199092190085e-1, (-4.624615526271496e-2), 4.501894847127142e-2, 2.8048079754441752e-2, (-6.076571351775178e-2)][__t16]
 + [9.84570035948911e-2, 8.492865503302513e-2, (-9.888253171005923e-4), 1.4670489259819095e-2, (-7.867648807098798e-2)][__t17]
 + [1.1237220437308373e-1, 1.969016748625599e-2, (-3.158191661873792e-2), (-7.590647657540817e-2), 3.771933869601131e-2][__t18]
 + [9.745863332618166e-3, 6.44147728054127e-2, 9.472447722952612e-2, (-9.525302803779528e-3), (-7.351618954685528e-2)][__t19]
 + [8.942446515167787e-2, 3.466812378119726e-2, (-3.58369180491372e-2), (-7.410319832358268e-2), 2.5126859218286002e-2][__t20]
 + [8.640726913198654e-2, 2.587021346367456e-2, (-1.9982190694145648e-2), 9.163565280403577e-3, (-6.912786887631521e-2)][__t21]
 + [8.386948641952481e-2, 2.8023083090023167e-2, (-4.1743628232599445e-2), 2.749328398499536e-2, (-5.9703301753416385e-2)][__t22]
 + [3.8184490486816686e-2, (-6.278024401535512e-2), 8.668496846122753e-2, (-9.136827023069212e-3), (-6.402304411894343e-2)][__t23]
 + [3.1274774889167925e-2, (-4.8334926541196185e-2), (-3.23325446357857e-2), (-6.2445154611860454e-2), 2.9166918004357487e-2][__t24]
 + [7.698577175411787e-2, 2.59448742722522e-2, (-2.828331524823401e-2), 2.7979055469173106e-2, (-4.7887461823809284e-2)][__t25]
 + [5.5888410512341495e-2, 5.824079604081532e-3, 5.915141728011494e-2, (-9.621265074390144e-3), (-4.629251673282079e-2)][__t26]
 + [7.182678137215119e-2, (-2.3150192022574133e-3), (-5.971988733569671e-2), 2.1232956223804528e-2, (-7.652333631735025e-2)][__t27]
 + [2.4576158894633663e-2, 8.042308680358908e-2, 9.457765713119341e-3, (-3.7561260661872826e-2), (-5.484167361966598e-2)][__t28]
 + [1.1731733200034424e-2, (-5.089040182185024e-2), (-5.4644805481041975e-2), 2.5740383465375483e-2, (-6.818800554048036e-2)][__t29]
 + [6.668590399953955e-2, 2.1568937071493467e-2, 5.333462754173455e-3, (-4.406757653886788e-2), (-6.707116958370309e-2)][__t30]
 + [6.298533526224015e-2, 2.509554783449185e-2, (-2.7759108086526527e-2), (-5.703810355196601e-2), 1.3475478394172409e-2][__t31]
 + [6.259909501925369e-2, 1.9059360899340703e-2, 5.14685810427111e-3, (-4.053075933266745e-2), (-6.251870288356753e-2)][__t32]
 + [5.909484030099115e-2, 3.677258956979782e-2, (-2.2335061026466107e-2), 1.7255233082472416e-2, (-6.532969433708571e-2)][__t33]
 + [5.8515295174805075e-2, 5.410098883359396e-2, (-5.2596616216429954e-3), 5.121289178269144e-2, (-3.648102575367036e-2)][__t34]
 + [3.736418068188396e-2, (-1.1189131320973214e-3), (-5.233521160606121e-2), 8.246205953002737e-3, (-2.8270150632028274e-2)][__t35]
 + [5.402130862099093e-2, 1.6559245780760252e-2, 4.3610089077699985e-3, (-3.556605918217235e-2), (-5.356767499670789e-2)][__t36]
 + [9.958631080095222e-2, 3.118899841969848e-3, (-2.430824924196198e-2), 2.821740971977625e-2, (-2.3254625836115005e-2)][__t37]
 + [1.7137390627344498e-2, (-4.726623551611697e-2), 6.980067874424817e-3, (-5.012446073554915e-2), 2.4178622687119713e-3][__t38]
 + [3.365644639966416e-2, (-8.93520268669047e-4), (-4.836814569828363e-2), 1.2343549691774397e-2, (-3.282508858806168e-2)][__t39]
 + [4.982952174928024e-2, 8.24436988015191e-2, (-9.324873450837674e-4), (-1.663447339337892e-2), 2.578507810664489e-2][__t40]
 + [1.5812894404966978e-2, 6.438574239361446e-2, 6.262741764728562e-2, (-1.0377639883050025e-2), (-3.342295868932993e-2)][__t41]
 + [1.8419008419614753e-2, 7.398164140091175e-3, (-6.491979429494254e-3), (-5.292358995107617e-2), (-4.643297608707919e-2)][__t42]
 + [4.614211220849097e-2, 1.2181006556383153e-2, (-2.105572898092886e-2), (-4.916711120959939e-2), 4.2049467512657464e-4][__t43]
 + [8.789852995967787e-2, (-1.0747489017174394e-4), (-2.6244944422433098e-2), 2.6655109377087424e-2, 1.4810307991706975e-2][__t44]
 + [6.781854810555274e-3, (-6.009282855522428e-2), (-4.209606569077905e-2), 1.4311872444276267e-2, (-4.253663264441151e-2)][__t45]
 + [6.684646679317482e-2, (-3.2668394477227275e-2), 7.196134831739706e-2, (-8.732053416556654e-3), 2.0311366605409543e-2][__t46]
 + [2.8742482194621943e-2, 6.0212895474457795e-2, 3.0124010377155126e-3, (-2.248938761470705e-2), (-2.6591247771318445e-2)][__t47]
 + [6.981394665006177e-2, (-2.6101683270531935e-3), (-8.69239646495637e-4), (-4.379987704492442e-2), 1.080699636408276e-2][__t48]
 + [3.639634977434878e-2, 7.793761643636316e-2, (-1.150068674028931e-2), 5.748024524767015e-2, (-1.1134452735817998e-2)][__t49]
 + [(-4.024870403437334e-3), 8.30838409048603e-2, 4.2726505340937035e-3, (-8.826948350736224e-3), (-3.8899087588095606e-2)][__t50]
 + [9.103777243724787e-2, 9.55889412353371e-3, (-1.4689136813166418e-2), (-4.159265516287561e-2), 9.936216634282511e-3][__t51]
 + [3.324406310514825e-2, (-2.4832811977188755e-3), 6.253331992143647e-4, 1.8169440507216264e-2, (-4.985439684527235e-2)][__t52]
 + [(-3.0317043955223645e-3), 8.433376816221225e-2, (-8.273799060665726e-3), (-3.284231065393536e-2), (-1.3828549641341807e-2)][__t53]
 + [1.4390237812831528e-2, 9.063239529792586e-3, (-1.4977882866070602e-2), 2.036548699504459e-2, (-6.103541093967101e-2)][__t54]
 + [3.5958277772603305e-3, (-4.106595642649646e-2), (-4.773433462538558e-2), 3.14337163686445e-2, (-1.162288875253113e-3)][__t55]
 + [6.031570664063769e-2, (-4.0208430566198786e-2), 6.173692751446677e-2, (-1.2265099469007477e-3), (-4.029921876415077e-2)][__t56]
 + [7.210284855225567e-2, 3.2560922323867265e-2, (-8.154399463126008e-3), 4.8120877445404775e-2, (-9.806689834815495e-3)][__t57]
 + [2.763270738319151e-2, 9.473163958264258e-3, (-4.094708562855881e-2), (-2.9928160282985245e-2), 1.07637567498709e-2][__t58]
 + [(-6.000269526259438e-3), 5.876456168844133e-2, 8.562944943888212e-3, (-6.662140420616557e-2), (-3.294031194393467e-3)][__t59]
 + [6.268611226644305e-2, 1.1639777333258439e-2, (-3.2527667207256104e-2), (-1.5553138880877973e-3), (-4.165218681139274e-2)][__t60]
 + [6.733502426787237e-2, 5.066043058550129e-3, (-4.3703001823898176e-4), 4.111982449284055e-2, (-4.135032616960024e-2)][__t61]
 + [(-2.6379788931431103e-3), 7.701765329085498e-2, (-1.3273952318492039e-2), (-3.2574018170672035e-2), (-1.3375378187765841e-2)][__t62]
 + [6.043420144628209e-2, (-6.0472727467644595e-3), 3.1783509015623844e-2, 1.2072030685443049e-2, (-6.41750631526858e-2)][__t63]
 + [1.728105669268459e-2, (-1.828658031818265e-2), (-5.281228851979112e-3), 1.9918145551380995e-2, (-5.37135995091522e-2)][__t64]
 + [(-1.14389281158998e-2), 1.0604747377454093e-2, 5.6844954551676354e-2, (-7.6653197566983015e-3), (-6.147978723420623e-2)][__t65]
 + [6.377875078119856e-2, 2.439169744134108e-2, 1.0075343633244608e-2, (-2.5915329917226185e-2), (-6.038046519022365e-3)][__t66]
 + [5.845182388891745e-2, (-8.723896700617588e-3), 3.0155866321172526e-2, (-1.9109080517163354e-3), (-2.1920702709553153e-2)][__t67]
 + [5.6379527919261124e-2, (-5.475626092859654e-3), 2.9301479700883145e-2, 1.0924390902824016e-2, (-5.961737006352418e-2)][__t68]
 + [8.385756945435188e-3, (-6.7006122713616474e-3), 1.7304603677993732e-2, 8.109467549620143e-3, (-7.075145812050301e-2)][__t69]
 + [7.58889473931695e-2, (-4.180717903634335e-2), 2.4058122197065865e-2, (-2.2803500080849567e-2), (-5.902336057087426e-3)][__t70]
 + [5.0740341156938124e-2, 2.4211519657128804e-2, (-1.175943859818657e-2), 1.5429689031365679e-2, (-1.8725044067192363e-2)][__t71]
 + [1.756654726764352e-2, (-2.6989272316875198e-2), (-2.490099512640877e-2), 4.465611764210181e-2, (-1.646608390314096e-3)][__t72]
 + [4.800701764020082e-2, (-3.8524169022674626e-3), 1.2162037053055815e-2, (-5.161537304742221e-4), (-6.720862596971744e-2)][__t73]
 + [5.691048617190401e-2, 1.3440929867809037e-2, (-3.6456485890543934e-2), (-2.212758733897433e-2), 2.0121442133632307e-3][__t74]
 + [4.50144093114459e-2, 2.1857013458833376e-2, (-8.339433576693315e-3), (-5.740101111368809e-2), 5.802130813871178e-3][__t75]
 + [6.911979894582648e-2, (-4.034606259331072e-2), 2.18539911087483e-2, (-2.022289309552913e-2), (-5.331415837281195e-3)][__t76]
 + [5.926549910367294e-2, 1.964739642571948e-3, (-2.280654517864002e-3), (-1.1796154267847874e-3), (-5.9436526414057445e-2)][__t77]
 + [1.6881785256073086e-2, (-9.687982931265481e-3), 5.1623258915114545e-2, 1.1156266069234722e-2, (-1.9081854174379277e-2)][__t78]
 + [4.230600959199052e-2, (-2.9194228938217337e-3), 4.440249292603304e-2, (-2.3026128573645752e-2), (-2.846256226371462e-2)][__t79]
 + [(-2.8714216522560915e-3), 1.765030127338162e-2, (-4.748447101700651e-2), 4.583120961355445e-2, (-6.005124215850023e-2)][__t80]
 + [8.947686806735727e-2, 4.982398452455647e-2, (-4.636816278929112e-2), 1.3023530965818276e-3, (-3.229586104990497e-3)][__t81]
 + [6.024584013890238e-2, 2.0847372447465838e-2, 3.6530248142091063e-3, (-3.304687577530737e-2), (-4.801257080025941e-3)][__t82]
 + [4.5092043888296504e-2, 1.8814135787022485e-2, (-1.1138092311354162e-2), (-3.913318835793213e-2), 5.231468642460653e-3][__t83]
 + [1.827369872128759e-2, (-2.5758703421006002e-2), 7.50132019114387e-3, 1.8105718629050117e-3, (-3.978666090781868e-2)][__t84]
 + [5.313306766244417e-2, 2.195044401282041e-3, (-2.0038887799307668e-3), (-1.242476903432075e-3), (-5.663620748465285e-2)][__t85]
 + [4.4700199564032796e-2, 7.737416411132151e-4, 4.3086035968917897e-4, 1.0137857247885303e-2, (-7.491650396000342e-2)][__t86]
 + [4.2119451656436185e-3, (-4.6789696546245346e-2), 3.1512138789481525e-3, (-5.495351599738788e-2), 5.65940658324179e-3][__t87]
 + [4.25179254167178e-2, (-5.614569678631697e-3), 6.086286611723033e-2, 2.547500831153711e-2, (-9.86740205598994e-3)][__t88]
 + [5.066612289596981e-2, (-1.3340155339746536e-3), 4.4564115837086506e-2, (-4.221349526099795e-3), (-4.369383432257172e-2)][__t89]
 + [4.1846956288721156e-2, 1.1947088305893422e-3, (-3.858810366283125e-2), 3.9013749859635766e-2, (-5.502789802049725e-2)][__t90]
 + [(-1.891828451272884e-2), 1.209153143617511e-3, 4.5868508095151604e-2, (-1.6326420434322208e-2), (-1.632985120007594e-2)][__t91]
 + [1.7767004906178115e-3, 2.0334560817262058e-2, 4.8814498883646786e-2, (-4.062615902523969e-2), (-7.134514753620559e-2)][__t92]
 + [7.735139889091303e-2, (-2.19806301590017e-2), 2.766902081441212e-3, (-2.514714935946433e-3), (-5.562095158837728e-2)][__t93]
 + [6.500944957329167e-4, (-2.4775932054955e-2), 4.863337746399171e-2, 3.3572000062644956e-2, (-5.5489295285722155e-2)][__t94]
 + [3.615960871506565e-2, (-4.223947649143872e-3), 4.418323246390816e-2, 1.6821040215625038e-2, (-2.6895427027775066e-2)][__t95]
 + [2.9492503173261697e-3, 4.383992338017158e-2, (-3.740953442779996e-2), (-1.1871478443193956e-3), (-5.414078977460604e-2)][__t96]
 + [5.8697933470674785e-2, 3.014419460962329e-3, 1.8536669801038422e-2, (-3.0853726512715885e-2), 6.3199820063407e-3][__t97]
 + [3.871064261775018e-2, 5.514001540848386e-2, 2.237220491754484e-2, (-8.140871540164267e-3), (-4.682733121403956e-3)][__t98]
 + [3.8835103445847396e-2, (-9.812640218456049e-4), 3.321199311748384e-2, (-1.1132920655721287e-2), (-3.7582691421473783e-3)][__t99]
 + [2.5371142974141447e-2, (-2.5796219092197015e-3), (-2.19516015339554e-3), 1.358545055968189e-2, (-7.122281059878877e-2)][__t100]
 + [5.110633105358541e-3, (-6.964776240681321e-3), 6.351427495030318e-2, (-2.249799302043798e-2), (-4.8351081669283244e-2)][__t101]
 + [9.288968942218328e-3, (-2.836030545847515e-2), 7.024069324987306e-3, (-4.329702687257847e-2), 4.867316875425687e-3][__t102]
 + [1.5973154729291604e-3, 1.8296231012804334e-2, 4.57834095869116e-2, (-3.7039842477279615e-2), (-6.433565194043649e-2)][__t103]
 + [4.939638735708507e-2, 1.460920384467766e-3, (-2.0368213846462487e-3), (-1.0721658978743531e-3), (-5.1514454865851905e-2)][__t104]
 + [(-4.7770837544341685e-3), 3.5117320262856556e-2, (-9.393363900246551e-3), 1.214674711506511e-2, (-2.2801217062910113e-2)][__t105]
 + [1.5350661374964175e-3, 3.4546057727207855e-2, (-5.879957332486672e-2), 4.8006678411681436e-2, (-5.067445844667082e-2)][__t106]
 + [2.242817817657545e-3, 1.221665462588218e-2, (-5.1023620968918965e-2), 1.629896937764483e-2, (-6.003394092508091e-2)][__t107]
 + [(-3.125425093206218e-3), 5.560102809217156e-2, 2.6023189060937976e-2, (-9.860316642081111e-3), (-3.430673238152603e-2)][__t108]
 + [3.53743504536926e-2, (-1.1610237698217154e-3), 3.3854942534946635e-2, 4.983452735543107e-2, (-3.4424991503054767e-2)][__t109]
 + [5.881748000858694e-2, (-2.6219886722514508e-2), 8.628674136702805e-3, (-3.376002602277893e-2), (-2.4551882913020147e-3)][__t110]
 + [1.6421178976949478e-2, 5.427685684672227e-3, (-2.4206301918842384e-2), (-3.0986189886388835e-2), 5.625534521735726e-3][__t111]
 + [7.491310337558063e-3, (-2.893588978938679e-3), 5.96553849734958e-2, (-2.1594823524882935e-2), (-4.537630922241166e-2)][__t112]
 + [3.925394599938117e-2, 2.2121256108323266e-2, (-1.0900483261357613e-2), 5.273069160668967e-2, 1.0725365675026799e-3][__t113]
 + [4.568038063890643e-2, 4.5479409985420466e-2, 2.945042024594308e-3, (-2.5028737723252398e-2), (-2.6695305416390026e-3)][__t114]
 + [5.4937446978828935e-2, (-2.556357879840143e-2), 1.8405354656400167e-3, 6.1224652998175194e-3, (-8.971796301784008e-3)][__t115]
 + [1.8993737315368847e-3, 1.3755190573679774e-2, (-3.694702151807048e-2), 1.437758469924374e-2, (-6.709241510835921e-2)][__t116]
 + [6.83036966221346e-4, (-1.8795025109870873e-2), 5.166936226533036e-2, 3.1154061569250786e-2, (-3.419926770422859e-2)][__t117]
 + [1.3134193122748194e-3, (-4.530757321890662e-2), 4.034162815127059e-2, 2.2780281279476823e-2, (-4.89605558782236e-2)][__t118]
 + [1.8349012604118885e-2, (-8.463345854480704e-3), 3.1895043568543134e-2, (-6.197835873088921e-2), 4.379032193404609e-3][__t119]
 + [8.246414188864935e-2, (-1.3041280932172997e-2), (-2.9495391934193926e-2), (-1.313699135464858e-3), (-3.7061967086904945e-3)][__t120]
 + [(-2.7016269620769927e-3), 1.9096509464306376e-2, 3.375598494717926e-2, (-4.278314762944981e-3), (-4.9014132260142534e-2)][__t121]
 + [2.045218583604075e-2, (-6.083221699568675e-3), 7.060613169060726e-3, (-7.187585534445537e-3), (-5.1119138737142834e-2)][__t122]
 + [5.1621375153635865e-2, (-1.8045745804243754e-3), 4.347116199485721e-2, (-4.542438543032242e-2), 5.174045674272348e-3][__t123]
 + [(-5.119089321146368e-4), 6.549998813147888e-2, (-9.054588824047959e-3), 4.056751399669858e-2, (-3.2033686811844264e-2)][__t124]
 + [7.775681543342995e-2, (-1.1524195944227152e-2), (-2.6945871471881946e-2), (-9.495701679666043e-4), (-3.4822822624357925e-3)][__t125]
 + [3.253051855699357e-2, 4.300691194271994e-2, (-3.663001140000948e-2), (-2.560463462881677e-2), 1.5770868791256496e-3][__t126]
 + [2.0805694337414442e-3, 1.2539571454558167e-2, (-4.7449766462008956e-2), 1.435258749543204e-2, (-6.373222383395076e-2)][__t127]
 + [(-1.439541317445355e-3), 4.087429231621179e-2, (-1.7863235667020843e-2), (-3.9252076265247265e-2), 1.4122908494529907e-2][__t128]
 + [3.361495962566325e-2, 2.025593411689693e-2, (-1.0197832119908653e-2), 5.0232070073942904e-2, 1.0506282187451553e-3][__t129]
 + [4.95111251918242e-2, (-3.990632557797682e-2), 7.573071768128213e-2, (-5.084152047039988e-3), (-3.44189982750571e-3)][__t130]
 + [1.2899375305804768e-3, 3.369771493151652e-2, (-6.215939898686123e-2), 4.214472898423618e-2, (-5.0012321931106475e-2)][__t131]
 + [1.2646384943299134e-3, 4.445975452354584e-2, 2.252326902478636e-2, (-7.027992401305497e-2), 9.762352482330644e-3][__t132]
 + [4.287592380188483e-3, 8.994401369816258e-3, (-4.157079454276348e-2), (-5.920941648415212e-2), 4.119256432050263e-3][__t133]
 + [7.410481245148522e-3, (-1.470349276661816e-2), 1.1462410012436634e-2, 5.94854755778138e-3, (-2.327845730282771e-2)][__t134]
 + [9.95612258664514e-4, (-2.9123031494378112e-2), (-2.1488966058184872e-2), 3.658409068431214e-2, (-4.734124218033009e-2)][__t135]
 + [1.5616624584227875e-3, 1.7719904029133858e-3, (-5.010888412615236e-2), 1.2941570194516425e-2, (-6.145129713460066e-2)][__t136]
 + [3.478301947064235e-2, 1.5247296972398136e-2, (-8.310518369757628e-3), (-5.7903221955621725e-2), 3.552091894814617e-3][__t137]
 + [3.491562929970246e-2, (-2.736582912061242e-4), 3.883089324184921e-2, (-4.11723517619798e-3), (-4.832238490607145e-2)][__t138]
 + [5.180323756553467e-2, 6.983507013260149e-3, 3.960940449433434e-2, (-7.777971946247803e-2), (-2.327106652063688e-3)][__t139]
 + [2.9984620874668216e-2, 6.374959111049063e-4, 4.157237058745247e-2, 2.0697635424508073e-2, (-4.259582479307265e-2)][__t140]
 + [5.0382589847729246e-2, 2.8342243420698323e-2, 6.281487031277466e-3, (-4.9200325518465156e-2), (-1.4163648034129677e-3)][__t141]
 + [6.0226310647899683e-2, (-1.854281998806978e-2), 5.321008310114658e-3, (-1.7987085699272324e-2), 3.8379103383629405e-3][__t142]
 + [1.5273921904075203e-3, 4.305629179417805e-3, (-4.430065299964199e-2), 1.6653643018115557e-2, (-5.3271386411518365e-2)][__t143]
 + [(-2.551791981266596e-3), 5.753950090185215e-3, 4.64360285861819e-2, (-1.6075208293274718e-2), (-4.7669684088925766e-2)][__t144] AS __margin,
  1.012505350765563e+0 * ([2.766371104862856e-1, (-2.9095427805230265e-2), (-2.9095427805230265e-2), 0e+0, 0e+0][__t0]
 + [2.4412290622981284e-1, (-2.7565455242865224e-2), (-2.7565455242865224e-2), 0e+0, 0e+0][__t1]
 + [2.1829850368643855e-1, (-2.5381358373263656e-2), (-2.5381358373263656e-2), (-2.5381358373263656e-2), 0e+0][__t2]
 + [2.002660312059659e-1, (-2.448673008164759e-2), (-2.448673008164759e-2), (-2.448673008164759e-2), 0e+0][__t3]
 + [1.8114602750649844e-1, (-2.1356948645637197e-2), (-2.1356948645637197e-2), (-2.1356948645637197e-2), 0e+0][__t4]
 + [1.5574616015271497e-1, (-1.9420789922693367e-2), (-1.9420789922693367e-2), (-1.9420789922693367e-2), 0e+0][__t7]
 + [1.3814561733248282e-1, (-1.6066548544017137e-2), (-1.6066548544017137e-2), (-1.6066548544017137e-2), 0e+0][__t9]
 + [1.1738006424388676e-1, (-1.3840134904520317e-2), (-1.3840134904520317e-2), (-1.3840134904520317e-2), 0e+0][__t14]
 + [1.1063859598707457e-1, (-1.281843882094236e-2), (-1.281843882094236e-2), (-1.281843882094236e-2), 0e+0][__t15]
 + [0e+0, 7.808333570222876e-2, (-7.834144647896961e-3), 0e+0, 0e+0][__t17]
 + [0e+0, 0e+0, 9.642182722196353e-2, (-7.827952811342125e-3), 0e+0][__t19]
 + [0e+0, 0e+0, 8.899742398743353e-2, (-6.824371496863213e-3), 0e+0][__t23]
 + [2.8687887224230144e-2, (-2.137644368402982e-2), 5.5562255632327605e-2, (-1.3210426722177485e-2), 0e+0][__t26]
 + [0e+0, 8.23382423817618e-2, (-6.013331119055581e-3), (-6.013331119055581e-3), 0e+0][__t28]
 + [0e+0, 5.8386422125494095e-2, (-3.653256981589586e-3), (-3.653256981589586e-3), (-3.653256981589586e-3)][__t34]
 + [0e+0, 7.423249840462869e-2, 5.93005292994584e-2, (-1.3704528230877238e-2), (-3.6288788565240985e-3)][__t41]
 + [2.3317643246837955e-2, (-1.607853378536341e-2), (-1.607853378536341e-2), 6.557980985413946e-2, (-3.0348881293486892e-3)][__t49]
 + [2.1164342634052848e-2, (-1.4563001668814277e-2), 0e+0, 0e+0, 0e+0][__t52]
 + [0e+0, 0e+0, 0e+0, 5.606988871297165e-2, (-2.533100922174395e-2)][__t54]
 + [0e+0, 2.6414101582146493e-2, (-1.4301220204846778e-2), 0e+0, 0e+0][__t57]
 + [0e+0, 0e+0, 0e+0, 4.9946297199411196e-2, (-2.3685447861121995e-2)][__t64]
 + [0e+0, 1.956483948862281e-2, (-1.0720166593669079e-2), (-1.0720166593669079e-2), 0e+0][__t66]
 + [0e+0, 0e+0, 4.519700040528323e-2, (-2.199533598548121e-2), (-2.199533598548121e-2)][__t69]
 + [8.435103668709573e-3, 8.435103668709573e-3, 8.435103668709573e-3, 8.435103668709573e-3, (-5.9946519981405435e-3)][__t70]
 + [7.758163051670625e-3, 7.758163051670625e-3, 7.758163051670625e-3, 7.758163051670625e-3, (-5.4213180851218675e-3)][__t76]
 + [4.627866662854488e-2, (-3.1792667214534616e-2), (-3.1792667214534616e-2), 0e+0, 0e+0][__t81]
 + [0e+0, 1.7636238071112847e-2, (-9.484645189624077e-3), (-9.484645189624077e-3), 0e+0][__t82]
 + [6.65077212098545e-3, 6.65077212098545e-3, (-4.577724788557345e-3), (-4.577724788557345e-3), (-4.577724788557345e-3)][__t89]
 + [0e+0, 0e+0, 1.9840958569398614e-2, (-1.0672117888310493e-2), 0e+0][__t98]
 + [0e+0, 3.282557597080864e-2, (-1.7876636120941612e-2), 0e+0, 0e+0][__t116]
 + [5.460185131354812e-3, 5.460185131354812e-3, 5.460185131354812e-3, 5.460185131354812e-3, (-3.73116742833e-3)][__t120]
 + [5.2177456891454015e-3, 5.2177456891454015e-3, 5.2177456891454015e-3, 5.2177456891454015e-3, (-3.5644046649349528e-3)][__t125]
 + [5.179881737330165e-3, 5.179881737330165e-3, 5.179881737330165e-3, 5.179881737330165e-3, (-3.5275352313745957e-3)][__t130]
 + [5.027234132970133e-3, 5.027234132970133e-3, (-3.4057214348421475e-3), (-3.4057214348421475e-3), (-3.4057214348421475e-3)][__t138]) AS __c0,
  1.012505350765563e+0 * ([0e+0, 2.524137664197726e-2, (-3.369595355959677e-2), 0e+0, 0e+0][__t13]
 + [0e+0, 2.0195596280529624e-2, (-2.5656807877290584e-2), 0e+0, 0e+0][__t21]
 + [2.033640117029154e-2, 2.033640117029154e-2, (-3.021427813701607e-2), 0e+0, 0e+0][__t24]
 + [6.310411565912541e-2, (-4.718665842686545e-3), (-4.718665842686545e-3), (-4.718665842686545e-3), (-4.718665842686545e-3)][__t31]
 + [5.920792290019843e-2, (-4.31091127095962e-3), (-4.31091127095962e-3), (-4.31091127095962e-3), (-4.31091127095962e-3)][__t33]
 + [1.110571012899856e-2, 1.110571012899856e-2, (-2.615217898858066e-2), (-2.615217898858066e-2), 0e+0][__t35]
 + [1.0087519638912513e-2, (-2.371424436173378e-2), (-2.371424436173378e-2), 0e+0, 0e+0][__t38]
 + [0e+0, 7.399386844623159e-3, 7.399386844623159e-3, (-1.7801441808529286e-2), (-1.7801441808529286e-2)][__t43]
 + [0e+0, 0e+0, 7.471021983891002e-2, (-1.4532623786341634e-3), (-1.4532623786341634e-3)][__t46]
 + [2.6017235194980216e-2, 2.6017235194980216e-2, (-1.3243380571683413e-2), 0e+0, 0e+0][__t51]
 + [0e+0, 0e+0, 6.385956833995572e-2, (-1.4381676703680473e-3), (-1.4381676703680473e-3)][__t56]
 + [0e+0, 0e+0, 0e+0, 5.492259573159422e-2, (-3.0049715486260503e-3)][__t57]
 + [0e+0, 1.1781776972432172e-2, 1.1781776972432172e-2, (-1.783099261059075e-2), 0e+0][__t58]
 + [6.258604485176356e-2, (-1.066217566848519e-3), (-1.066217566848519e-3), 7.520956102226492e-3, (-3.257591682107845e-2)][__t60]
 + [6.031863144417728e-2, (-1.0014843358547285e-3), (-1.0014843358547285e-3), (-1.0014843358547285e-3), (-1.0014843358547285e-3)][__t63]
 + [5.044206559952554e-3, 5.044206559952554e-3, (-1.140893458081989e-2), (-1.140893458081989e-2), (-1.140893458081989e-2)][__t65]
 + [5.834851800369544e-2, (-9.50322128218779e-4), (-9.50322128218779e-4), (-9.50322128218779e-4), (-9.50322128218779e-4)][__t67]
 + [5.62500752134277e-2, (-8.934878841485678e-4), (-8.934878841485678e-4), (-8.934878841485678e-4), (-8.934878841485678e-4)][__t68]
 + [5.0635249195650746e-2, (-9.90250276500158e-4), (-9.90250276500158e-4), (-9.90250276500158e-4), (-9.90250276500158e-4)][__t71]
 + [4.788405214229992e-2, (-9.1375747811281e-4), (-9.1375747811281e-4), (-9.1375747811281e-4), (-9.1375747811281e-4)][__t73]
 + [4.491562064109552e-2, (-9.437798594453116e-4), (-9.437798594453116e-4), (-9.437798594453116e-4), (-9.437798594453116e-4)][__t75]
 + [4.219357921500346e-2, (-8.745149275642912e-4), (-8.745149275642912e-4), (-8.745149275642912e-4), (-8.745149275642912e-4)][__t79]
 + [4.4944537463136106e-2, (-7.532947870112006e-4), (-7.532947870112006e-4), (-7.532947870112006e-4), (-7.532947870112006e-4)][__t83]
 + [0e+0, 0e+0, 2.4768693298821087e-2, (-3.0096776060929302e-2), (-3.0096776060929302e-2)][__t86]
 + [4.252033657971164e-2, (-6.980481809668065e-4), (-6.980481809668065e-4), (-6.980481809668065e-4), (-6.980481809668065e-4)][__t88]
 + [0e+0, 3.678829943680289e-2, (-2.679101508550833e-2), (-2.679101508550833e-2), (-2.679101508550833e-2)][__t92]
 + [3.612802491970897e-2, (-7.2286250344409e-4), (-7.2286250344409e-4), (-7.2286250344409e-4), (-7.2286250344409e-4)][__t95]
 + [0e+0, 8.766229995579423e-3, (-1.2093643742138657e-2), (-1.2093643742138657e-2), 0e+0][__t97]
 + [3.871470523322614e-2, (-6.202946304785436e-4), (-6.202946304785436e-4), (-6.202946304785436e-4), (-6.202946304785436e-4)][__t99]
 + [3.83808171364122e-3, (-8.237327632398643e-3), 0e+0, 0e+0, 0e+0][__t101]
 + [7.543806201411795e-3, (-3.010546819928168e-2), 0e+0, 0e+0, 0e+0][__t102]
 + [0e+0, 3.316108227548548e-2, (-2.390358185963072e-2), (-2.390358185963072e-2), (-2.390358185963072e-2)][__t103]
 + [0e+0, 8.291281675366613e-3, (-2.1342705928148e-2), 0e+0, 0e+0][__t111]
 + [3.9246090087035446e-2, (-5.221244495880594e-4), (-5.221244495880594e-4), (-5.221244495880594e-4), (-5.221244495880594e-4)][__t113]
 + [0e+0, 3.384080895589782e-2, (-8.693559004928339e-3), 0e+0, 0e+0][__t114]
 + [0e+0, 0e+0, 0e+0, 1.4164565373990967e-2, (-3.0571252123206587e-2)][__t121]
 + [0e+0, 0e+0, 1.134928709991372e-3, 1.134928709991372e-3, (-4.883417952310332e-2)][__t122]
 + [3.3587621340215104e-2, (-5.150464584558657e-4), (-5.150464584558657e-4), (-5.150464584558657e-4), (-5.150464584558657e-4)][__t129]
 + [3.4868361828246194e-2, (-4.445436254746148e-4), (-4.445436254746148e-4), (-4.445436254746148e-4), (-4.445436254746148e-4)][__t137]
 + [0e+0, 0e+0, 8.014029795902336e-2, (-3.7248825997789e-2), 0e+0][__t139]
 + [0e+0, 2.0344109620353646e-2, (-2.826217255870615e-2), 0e+0, 0e+0][__t143]) AS __c1,
  1.012505350765563e+0 * ([6.8621175807687534e-3, (-9.410261692140305e-2), 0e+0, 0e+0, 0e+0][__t23]
 + [0e+0, 5.678987156393675e-3, 5.678987156393675e-3, 5.678987156393675e-3, (-7.089728478287007e-2)][__t27]
 + [5.115808698786717e-3, 5.115808698786717e-3, 5.115808698786717e-3, 5.115808698786717e-3, (-6.81550370954474e-2)][__t29]
 + [0e+0, 4.787266350952935e-3, 4.787266350952935e-3, 4.787266350952935e-3, (-6.188325794240127e-2)][__t30]
 + [0e+0, 4.3643891125448e-3, 4.3643891125448e-3, 4.3643891125448e-3, (-5.778306865593471e-2)][__t32]
 + [0e+0, 4.301976887050705e-3, 4.301976887050705e-3, 4.301976887050705e-3, (-6.0905700466918816e-2)][__t33]
 + [0e+0, 3.589397465269737e-3, 3.589397465269737e-3, 3.589397465269737e-3, (-4.978730169902801e-2)][__t36]
 + [3.170184821265968e-3, 3.170184821265968e-3, 3.170184821265968e-3, 3.170184821265968e-3, (-4.6498075484732886e-2)][__t42]
 + [2.864233698874294e-3, 2.864233698874294e-3, 2.864233698874294e-3, 2.864233698874294e-3, (-4.2592163332911125e-2)][__t45]
 + [2.5937202329136756e-3, 2.5937202329136756e-3, 2.5937202329136756e-3, 2.5937202329136756e-3, (-3.9056309002119344e-2)][__t50]
 + [2.3436789133933905e-3, 2.3436789133933905e-3, 2.3436789133933905e-3, (-3.584915260758674e-2), (-3.584915260758674e-2)][__t54]
 + [0e+0, 0e+0, 0e+0, 2.3342985489562544e-3, (-3.673841026829377e-2)][__t56]
 + [1.9033163614374671e-3, 1.9033163614374671e-3, 1.9033163614374671e-3, (-3.0151646134070363e-2), (-3.0151646134070363e-2)][__t64]
 + [1.747568674650105e-3, 1.747568674650105e-3, (-2.8027131348974294e-2), (-2.8027131348974294e-2), (-2.8027131348974294e-2)][__t69]
 + [0e+0, 1.6674667583850002e-3, 1.6674667583850002e-3, (-2.824364645634333e-2), (-2.824364645634333e-2)][__t73]
 + [1.5357928329836326e-3, 1.5357928329836326e-3, 1.5357928329836326e-3, (-2.5257959315826514e-2), (-2.5257959315826514e-2)][__t77]
 + [1.4448861203094265e-3, 1.4448861203094265e-3, 1.4448861203094265e-3, (-2.393604173291622e-2), (-2.393604173291622e-2)][__t85]
 + [0e+0, 1.4200986694419275e-3, (-2.3691475910803197e-2), (-2.3691475910803197e-2), (-2.3691475910803197e-2)][__t86]
 + [1.2282210145122205e-3, 1.2282210145122205e-3, 1.2282210145122205e-3, (-2.0772548689092552e-2), (-2.0772548689092552e-2)][__t96]
 + [1.1435783660123774e-3, 1.1435783660123774e-3, 1.1435783660123774e-3, (-1.94668344218243e-2), (-1.94668344218243e-2)][__t104]
 + [1.1381012479246596e-3, (-1.983165788074109e-2), (-1.983165788074109e-2), 0e+0, 0e+0][__t116]
 + [9.815143428436152e-4, (-1.6924837121811045e-2), (-1.6924837121811045e-2), (-1.6924837121811045e-2), (-1.6924837121811045e-2)][__t135]
 + [1.0036810328886135e-3, (-1.7712208426723882e-2), (-1.7712208426723882e-2), 0e+0, 0e+0][__t136]
 + [9.354895399699877e-4, (-1.6630383091373373e-2), (-1.6630383091373373e-2), 0e+0, 0e+0][__t143]) AS __c2,
  1.012505350765563e+0 * ([0e+0, 1.2479038832622809e-1, (-4.251486622024066e-2), 0e+0, 0e+0][__t3]
 + [0e+0, 1.0065473423495278e-1, (-3.513753391659353e-2), 0e+0, 0e+0][__t7]
 + [0e+0, 6.370273198888024e-2, (-2.963291964960775e-2), 0e+0, 0e+0][__t11]
 + [0e+0, (-1.8132307973678926e-2), 7.313279576030746e-2, 0e+0, 0e+0][__t16]
 + [0e+0, 0e+0, (-6.010158521069107e-3), 5.046239488326533e-2, 0e+0][__t34]
 + [0e+0, 0e+0, (-3.4122388706409656e-2), 2.6459028852654283e-2, 0e+0][__t35]
 + [2.934497092107674e-2, 2.934497092107674e-2, (-1.3375924169050998e-2), 0e+0, 0e+0][__t37]
 + [0e+0, (-3.0601862142815177e-2), 2.3644441247726612e-2, 0e+0, 0e+0][__t38]
 + [0e+0, (-5.272674990457088e-3), (-5.272674990457088e-3), (-5.272674990457088e-3), 2.9223271501530874e-2][__t40]
 + [0e+0, 0e+0, 0e+0, (-2.834936310729047e-2), 2.1238242777435495e-2][__t43]
 + [2.3222382794481158e-2, 2.3222382794481158e-2, (-1.6776703203958146e-2), 3.6123350595562376e-2, 0e+0][__t44]
 + [0e+0, 0e+0, 0e+0, (-4.529919516409532e-3), 2.4513500505556667e-2][__t46]
 + [(-6.775812050374745e-3), 1.6497429194249905e-2, 1.6497429194249905e-2, 1.6497429194249905e-2, 0e+0][__t50]
 + [(-3.1767214666347365e-3), 2.649702508496039e-2, 2.649702508496039e-2, 2.649702508496039e-2, 2.649702508496039e-2][__t53]
 + [(-1.0481207566410567e-2), 1.3526573092135143e-2, 1.3526573092135143e-2, 0e+0, 0e+0][__t59]
 + [(-2.7570069465586164e-3), 2.3007727914535276e-2, 2.3007727914535276e-2, 2.3007727914535276e-2, 2.3007727914535276e-2][__t62]
 + [0e+0, (-5.161358413014533e-3), 1.2536682809954786e-2, 1.2536682809954786e-2, 1.2536682809954786e-2][__t63]
 + [0e+0, (-4.7115909145445094e-3), 1.145912617988176e-2, 1.145912617988176e-2, 1.145912617988176e-2][__t68]
 + [0e+0, 0e+0, (-2.0321900562402156e-2), 6.973611709073171e-3, 6.973611709073171e-3][__t72]
 + [0e+0, (-4.729091680440558e-3), 1.1285362274882721e-2, 0e+0, 0e+0][__t73]
 + [0e+0, 0e+0, 0e+0, (-1.8463081476051503e-2), 5.676650076286054e-3][__t74]
 + [0e+0, (-2.157338343244497e-3), 1.7505936338832892e-2, 1.7505936338832892e-2, 1.7505936338832892e-2][__t79]
 + [(-4.942530531931471e-3), 1.557919239370624e-2, 0e+0, 0e+0, 0e+0][__t80]
 + [0e+0, (-4.914110334671049e-3), 6.573678589367379e-3, 6.573678589367379e-3, 6.573678589367379e-3][__t88]
 + [(-1.868582795124711e-3), (-1.868582795124711e-3), 1.5349630036003521e-2, 1.5349630036003521e-2, 1.5349630036003521e-2][__t91]
 + [(-1.126431432157707e-3), (-1.126431432157707e-3), 2.3444904218026117e-2, 2.3444904218026117e-2, 2.3444904218026117e-2][__t94]
 + [0e+0, (-3.532668941056461e-3), 8.469419619975382e-3, 8.469419619975382e-3, 8.469419619975382e-3][__t95]
 + [0e+0, (-1.8722687906640327e-2), 1.5470569232689114e-2, 0e+0, 0e+0][__t99]
 + [(-3.0799022962300533e-3), 7.499907400966763e-3, 7.499907400966763e-3, 7.499907400966763e-3, 7.499907400966763e-3][__t108]
 + [0e+0, (-4.0762506428839605e-3), (-4.0762506428839605e-3), 5.485415325403003e-3, 5.485415325403003e-3][__t113]
 + [(-9.775981816653584e-4), (-9.775981816653584e-4), 2.0320521962039064e-2, 2.0320521962039064e-2, 2.0320521962039064e-2][__t117]
 + [(-2.7503216443556565e-3), 6.666505868153653e-3, 6.666505868153653e-3, 6.666505868153653e-3, 6.666505868153653e-3][__t121]
 + [(-1.4726381899334107e-3), 1.2062007321076028e-2, 1.2062007321076028e-2, (-9.069812226594134e-3), 4.4305172533183036e-2][__t128]
 + [0e+0, (-3.884588800075258e-3), (-3.884588800075258e-3), 5.194831340405689e-3, 5.194831340405689e-3][__t129]
 + [0e+0, (-1.2337098834294631e-2), 4.150979699757047e-3, 4.150979699757047e-3, 4.150979699757047e-3][__t134]
 + [(-3.437179535651988e-3), 4.868562535799823e-3, 0e+0, 0e+0, 0e+0][__t144]) AS __c4,
  1.012505350765563e+0 * ([(-5.824358782178473e-2), (-5.824358782178473e-2), (-5.824358782178473e-2), 1.2756731395062215e-1, 1.2756731395062215e-1][__t0]
 + [(-5.4326007801849104e-2), (-5.4326007801849104e-2), (-5.4326007801849104e-2), 1.1002594416981253e-1, 1.1002594416981253e-1][__t1]
 + [(-4.914743395835534e-2), (-4.914743395835534e-2), (-4.914743395835534e-2), (-4.914743395835534e-2), 9.954852852935782e-2][__t2]
 + [(-4.71816661706249e-2), (-4.71816661706249e-2), (-4.71816661706249e-2), (-4.71816661706249e-2), 8.604181478906656e-2][__t3]
 + [(-4.054402134471483e-2), (-4.054402134471483e-2), (-4.054402134471483e-2), (-4.054402134471483e-2), 8.331969535931358e-2][__t4]
 + [(-3.784215766601081e-2), (-3.784215766601081e-2), (-3.784215766601081e-2), (-3.784215766601081e-2), 6.331690314837558e-2][__t7]
 + [(-3.175357296548656e-2), (-3.175357296548656e-2), (-3.175357296548656e-2), (-3.175357296548656e-2), 5.988553497419026e-2][__t9]
 + [0e+0, (-2.489892491021651e-2), (-2.489892491021651e-2), 4.279480605151592e-2, 0e+0][__t11]
 + [(-2.875368982674072e-2), (-2.875368982674072e-2), (-2.875368982674072e-2), (-2.875368982674072e-2), 4.388848627005629e-2][__t14]
 + [(-2.665396990781745e-2), (-2.665396990781745e-2), (-2.665396990781745e-2), (-2.665396990781745e-2), 3.985787676706011e-2][__t15]
 + [(-2.2215371594231984e-2), (-2.2215371594231984e-2), (-2.2215371594231984e-2), (-2.2215371594231984e-2), 3.773848435849485e-2][__t18]
 + [(-2.7527600612105286e-2), 2.7141308860689252e-2, 0e+0, 0e+0, 0e+0][__t19]
 + [0e+0, (-1.8758149305434867e-2), (-1.8758149305434867e-2), (-1.8758149305434867e-2), 3.339094576106303e-2][__t20]
 + [0e+0, (-1.9284271316576767e-2), (-1.9284271316576767e-2), 2.4564999704366763e-2, 0e+0][__t22]
 + [(-1.723282486123509e-2), (-1.723282486123509e-2), (-1.723282486123509e-2), (-1.723282486123509e-2), 2.916659434951938e-2][__t24]
 + [0e+0, (-1.3895441221433652e-2), (-1.3895441221433652e-2), 2.343678236496874e-2, 0e+0][__t25]
 + [0e+0, (-1.7094921258387533e-2), (-1.7094921258387533e-2), 2.1180020601891048e-2, 0e+0][__t27]
 + [(-1.666420389524055e-2), (-1.666420389524055e-2), (-1.666420389524055e-2), 2.0657543211621728e-2, 0e+0][__t29]
 + [0e+0, (-1.7277335969021014e-2), (-1.7277335969021014e-2), (-1.7277335969021014e-2), 1.8312924633744218e-2][__t31]
 + [0e+0, (-1.4998436253578853e-2), (-1.4998436253578853e-2), 1.737725006558861e-2, 0e+0][__t33]
 + [(-1.0885557880814656e-2), (-1.0885557880814656e-2), (-1.0885557880814656e-2), 1.7393606864542426e-2, 1.7393606864542426e-2][__t37]
 + [0e+0, 0e+0, 0e+0, (-2.487155970131249e-2), 2.7670763302948636e-2][__t38]
 + [0e+0, (-2.2771066742987907e-2), (-2.2771066742987907e-2), 1.5482693425252447e-2, 0e+0][__t39]
 + [(-9.468613559363896e-3), (-9.468613559363896e-3), (-9.468613559363896e-3), (-9.468613559363896e-3), 1.480993565081803e-2][__t44]
 + [(-1.0795636367966342e-2), (-1.0795636367966342e-2), (-1.0795636367966342e-2), 1.1392108056902356e-2, 0e+0][__t45]
 + [1.0428823565007796e-2, 1.0428823565007796e-2, (-2.4149112163783397e-2), (-2.4149112163783397e-2), 1.0738895502118618e-2][__t48]
 + [(-9.459514285986965e-3), (-9.459514285986965e-3), (-9.459514285986965e-3), (-9.459514285986965e-3), 9.777479568263343e-3][__t51]
 + [(-8.847280526756457e-3), (-8.847280526756457e-3), (-8.847280526756457e-3), 9.062777291136607e-3, 9.062777291136607e-3][__t55]
 + [(-7.004095849945726e-3), (-7.004095849945726e-3), (-7.004095849945726e-3), (-7.004095849945726e-3), 1.0604392090154787e-2][__t58]
 + [0e+0, (-7.876880457620816e-3), 7.777036468131729e-3, 7.777036468131729e-3, 7.777036468131729e-3][__t67]
 + [0e+0, (-5.923352035712367e-3), (-5.923352035712367e-3), 8.82809441998196e-3, 8.82809441998196e-3][__t71]
 + [0e+0, (-6.833689504121392e-3), (-1.9420300624500572e-3), (-5.100360759944483e-2), 6.64712200296611e-3][__t75]
 + [(-5.019166970318411e-3), (-5.019166970318411e-3), 7.4737944937464254e-3, 7.4737944937464254e-3, 7.4737944937464254e-3][__t78]
 + [0e+0, 0e+0, (-5.899798873409097e-2), 3.431769189646998e-2, 0e+0][__t80]
 + [0e+0, (-6.040014535865023e-3), (-6.040014535865023e-3), (-6.040014535865023e-3), 5.8372570043114585e-3][__t83]
 + [(-5.750210667545898e-3), (-5.750210667545898e-3), 2.680331614694112e-2, (-3.130141372939491e-2), 5.594212464492047e-3][__t87]
 + [0e+0, 0e+0, (-4.995143851356869e-2), 2.7650415008898324e-2, 0e+0][__t90]
 + [1.6524221954458721e-3, (-2.1973333947584536e-2), (-2.1973333947584536e-2), 0e+0, 0e+0][__t96]
 + [(-4.251570809602106e-3), (-4.251570809602106e-3), (-4.251570809602106e-3), (-4.251570809602106e-3), 6.285963078048311e-3][__t97]
 + [(-4.9496564364700235e-3), (-4.9496564364700235e-3), (-4.9496564364700235e-3), (-4.9496564364700235e-3), 4.778452810390074e-3][__t102]
 + [(-4.790864135131044e-3), 4.616840946631122e-3, 4.616840946631122e-3, 4.616840946631122e-3, 4.616840946631122e-3][__t105]
 + [0e+0, (-5.491755265444459e-4), 3.44667907782239e-2, (-1.7336419731306993e-2), (-1.7336419731306993e-2)][__t109]
 + [(-3.789784462893849e-3), (-3.789784462893849e-3), (-3.789784462893849e-3), (-3.789784462893849e-3), 5.5897204518913415e-3][__t111]
 + [(-8.555059661772505e-4), (-8.555059661772505e-4), (-3.5072636822901654e-2), (-3.5072636822901654e-2), 4.334838277326287e-3][__t119]
 + [(-3.50963539778721e-3), (-3.50963539778721e-3), (-3.50963539778721e-3), (-3.50963539778721e-3), 5.1609425655731326e-3][__t123]
 + [(-5.55121627322119e-4), 3.187887598824437e-2, 3.187887598824437e-2, (-1.5265122706232648e-2), (-1.5265122706232648e-2)][__t124]
 + [1.1703314863352652e-3, (-1.4884757406944449e-2), (-1.4884757406944449e-2), (-4.222017125101474e-2), 3.782210524437087e-2][__t132]
 + [(-4.2039358742444145e-3), (-4.2039358742444145e-3), (-4.2039358742444145e-3), (-4.2039358742444145e-3), 4.027028088676739e-3][__t133]
 + [0e+0, 0e+0, (-4.291240867907849e-2), 1.516064806341853e-2, 0e+0][__t135]
 + [0e+0, (-4.176142957008439e-3), (-4.176142957008439e-3), (-4.176142957008439e-3), 4.081977877893078e-3][__t137]
 + [0e+0, 1.1965934163729861e-3, (-1.5080409297319672e-2), (-1.5080409297319672e-2), (-1.5080409297319672e-2)][__t140]
 + [(-4.0058945676591e-3), (-4.0058945676591e-3), 8.155975637561643e-3, (-1.5152118371825339e-2), 3.822983289197396e-3][__t142]) AS __c5,
  1.012505350765563e+0 * ([0e+0, 6.415372852229739e-2, (-3.100983705018419e-2), 0e+0, 0e+0][__t15]
 + [4.8803206680043745e-2, 4.8803206680043745e-2, (-2.7439245198053575e-2), 0e+0, 0e+0][__t18]
 + [0e+0, 4.59112110677322e-2, (-2.4593830762602256e-2), 0e+0, 0e+0][__t20]
 + [0e+0, 4.437907012597134e-2, (-2.5387641196651274e-2), 0e+0, 0e+0][__t22]
 + [0e+0, 3.5298042389481483e-2, (-1.8930147131004722e-2), 0e+0, 0e+0][__t25]
 + [0e+0, 3.503260652999949e-2, (-1.7822049391018883e-2), 0e+0, 0e+0][__t31]
 + [2.849882383043245e-2, (-8.296766302709759e-3), (-8.296766302709759e-3), (-8.296766302709759e-3), 0e+0][__t39]
 + [0e+0, 0e+0, 2.0170024853839175e-2, (-2.626158566774274e-2), 0e+0][__t42]
 + [2.4593681991079936e-2, (-7.09203426849925e-3), (-7.09203426849925e-3), (-7.09203426849925e-3), 0e+0][__t47]
 + [0e+0, 2.462171588090418e-2, 2.462171588090418e-2, (-2.807531919192354e-2), 0e+0][__t50]
 + [0e+0, 2.2270792786255e-2, 2.2270792786255e-2, 2.2270792786255e-2, (-4.0470591797414565e-2)][__t53]
 + [0e+0, 1.399421307059403e-2, (-1.0046909325269157e-2), 0e+0, 0e+0][__t54]
 + [5.670722025702997e-3, 5.670722025702997e-3, (-3.899524413936808e-2), 0e+0, 0e+0][__t55]
 + [0e+0, 4.0757050556155056e-2, (-9.44456618839806e-3), 0e+0, 0e+0][__t59]
 + [0e+0, 1.985667979050594e-2, 1.985667979050594e-2, 1.985667979050594e-2, (-3.6502134155716626e-2)][__t62]
 + [0e+0, 0e+0, 2.0132740539418985e-2, (-2.2639379889515213e-2), (-2.2639379889515213e-2)][__t63]
 + [0e+0, 0e+0, 1.860638869931653e-2, (-2.105043785103662e-2), (-2.105043785103662e-2)][__t68]
 + [1.0514154906937976e-2, 1.0514154906937976e-2, (-4.7097012317970175e-3), (-4.7097012317970175e-3), (-4.7097012317970175e-3)][__t72]
 + [1.1247765962938992e-2, 1.1247765962938992e-2, 1.1247765962938992e-2, (-3.7673530079958663e-3), (-3.7673530079958663e-3)][__t74]
 + [1.1798933027459216e-2, 1.1798933027459216e-2, (-3.916376186740328e-3), 0e+0, 0e+0][__t77]
 + [1.9501296622303143e-3, 1.9501296622303143e-3, (-1.9130133500158953e-2), (-1.9130133500158953e-2), (-1.9130133500158953e-2)][__t80]
 + [0e+0, 4.67531813049096e-3, 4.67531813049096e-3, (-3.2487385460216296e-2), 0e+0][__t83]
 + [1.0750740153133969e-2, 1.0750740153133969e-2, (-3.5496372242500747e-3), 0e+0, 0e+0][__t85]
 + [0e+0, 1.7915240680568625e-3, (-1.7754108106397458e-2), (-1.7754108106397458e-2), (-1.7754108106397458e-2)][__t90]
 + [1.7425645203485258e-3, (-2.368346203033939e-2), 0e+0, 0e+0, 0e+0][__t94]
 + [0e+0, 0e+0, 3.640509155202019e-2, (-7.128546552382518e-3), (-7.128546552382518e-3)][__t95]
 + [0e+0, 1.0155964058426973e-2, 1.0155964058426973e-2, (-1.8718380482089035e-2), 0e+0][__t99]
 + [9.681967668733015e-3, 9.681967668733015e-3, (-3.1985472549667738e-3), 0e+0, 0e+0][__t104]
 + [1.5610022742159253e-3, (-1.5725971034045588e-2), (-1.5725971034045588e-2), 0e+0, 0e+0][__t107]
 + [0e+0, 0e+0, 1.6461746319027255e-2, (-1.9421759383991835e-2), 0e+0][__t108]
 + [8.369897451438376e-3, 8.369897451438376e-3, 8.369897451438376e-3, 8.369897451438376e-3, (-2.7430239505782227e-3)][__t114]
 + [1.6047093846334446e-3, (-1.7873352691458774e-2), 0e+0, 0e+0, 0e+0][__t117]
 + [0e+0, 0e+0, 4.2103270321632746e-2, (-1.0095594762482462e-2), (-1.0095594762482462e-2)][__t121]
 + [1.386452050977106e-3, (-1.3987984435798176e-2), (-1.3987984435798176e-2), 0e+0, 0e+0][__t127]
 + [2.1468682007283915e-3, 2.1468682007283915e-3, 2.1468682007283915e-3, (-5.5097708953281234e-2), 0e+0][__t133]
 + [7.384379124821878e-3, (-2.3924960526501733e-3), (-2.3924960526501733e-3), (-2.3924960526501733e-3), (-2.3924960526501733e-3)][__t134]
 + [0e+0, (-3.2290438394069726e-2), 1.8256035721201998e-2, 1.8256035721201998e-2, 0e+0][__t135]
 + [0e+0, 2.0552853168530187e-3, 2.0552853168530187e-3, (-5.319719301553483e-2), 0e+0][__t137]
 + [6.979874868246096e-3, 6.979874868246096e-3, 6.979874868246096e-3, 6.979874868246096e-3, (-2.2635790887367327e-3)][__t139]) AS __c6,
  1.012505350765563e+0 * ([0e+0, 9.588313895506374e-2, (-2.734279935571847e-2), 0e+0, 0e+0][__t0]
 + [0e+0, 8.68938952517202e-2, (-2.5433668124785855e-2), 2.4814848601174097e-2, (-9.162699174303812e-2)][__t1]
 + [0e+0, 0e+0, 7.42849626402417e-2, (-2.162930144117614e-2), 0e+0][__t2]
 + [0e+0, 7.443967126641597e-2, 7.443967126641597e-2, (-2.3109837891330226e-2), 0e+0][__t3]
 + [0e+0, 0e+0, 6.751074819937274e-2, (-2.1803416838023018e-2), 0e+0][__t4]
 + [0e+0, 0e+0, 2.317235397950608e-2, (-1.379364372300907e-1), 0e+0][__t5]
 + [0e+0, 0e+0, 2.8611329580300236e-2, (-9.522778260140188e-2), 0e+0][__t6]
 + [0e+0, 6.050966847683819e-2, 6.050966847683819e-2, (-2.2023538917189812e-2), 0e+0][__t7]
 + [0e+0, 2.1199668564055033e-2, 2.1199668564055033e-2, (-7.336578325029158e-2), 0e+0][__t8]
 + [0e+0, 6.008478507861606e-2, (-2.267479158532447e-2), (-2.267479158532447e-2), 0e+0][__t9]
 + [2.544170277485912e-2, 2.544170277485912e-2, 5.5640434572696365e-2, (-6.2358621110625255e-3), (-6.696001690252681e-2)][__t10]
 + [2.299007591162197e-2, 5.136227848012301e-2, (-6.091112629765156e-3), (-6.091112629765156e-3), (-6.162259965244503e-2)][__t12]
 + [0e+0, 1.5447796169944593e-2, 1.5447796169944593e-2, (-5.570599964755714e-2), 0e+0][__t13]
 + [0e+0, 1.6938486310789175e-2, (-4.9880844132607224e-2), 0e+0, 0e+0][__t14]
 + [0e+0, 4.419098292691715e-2, 4.419098292691715e-2, (-1.8834628276731213e-2), 0e+0][__t15]
 + [0e+0, 1.7892139201617453e-2, 1.7892139201617453e-2, 1.7892139201617453e-2, (-5.061986056951367e-2)][__t16]
 + [0e+0, 0e+0, 0e+0, 6.79569016662152e-2, (-2.539007566459188e-2)][__t17]
 + [1.8091845836031184e-2, 1.8091845836031184e-2, 1.8091845836031184e-2, (-5.367195931869264e-2), 0e+0][__t18]
 + [3.728485014514984e-2, 3.728485014514984e-2, (-2.1318037855996758e-2), (-2.1318037855996758e-2), (-2.1318037855996758e-2)][__t19]
 + [0e+0, 1.5779148561676955e-2, 1.5779148561676955e-2, (-4.708096247537079e-2), 0e+0][__t20]
 + [0e+0, 0e+0, 0e+0, 5.505243871476652e-2, (-2.3238995441952265e-2)][__t21]
 + [1.0077559465023337e-2, 1.0077559465023337e-2, 1.0077559465023337e-2, 1.0077559465023337e-2, (-5.971818068099831e-2)][__t22]
 + [3.130337960610698e-2, 3.130337960610698e-2, (-1.825471494054199e-2), (-1.825471494054199e-2), (-1.825471494054199e-2)][__t23]
 + [1.3056640217646017e-2, (-6.655306121271809e-2), 0e+0, 0e+0, 0e+0][__t24]
 + [0e+0, 1.0828796247346204e-2, 1.0828796247346204e-2, 1.0828796247346204e-2, (-4.160093868066744e-2)][__t25]
 + [2.7234619962034138e-2, 2.7234619962034138e-2, (-1.6097581199658047e-2), (-1.6097581199658047e-2), (-1.6097581199658047e-2)][__t26]
 + [2.4612135165096825e-2, (-1.462948771306763e-2), (-1.462948771306763e-2), (-1.462948771306763e-2), (-1.462948771306763e-2)][__t28]
 + [0e+0, 2.196958236184235e-2, (-1.30527129848837e-2), (-1.30527129848837e-2), 0e+0][__t30]
 + [0e+0, 1.2177723513085182e-2, 1.2177723513085182e-2, (-3.4923321343373184e-2), 0e+0][__t31]
 + [0e+0, 1.943060601442873e-2, (-1.162297759861219e-2), (-1.162297759861219e-2), 0e+0][__t32]
 + [0e+0, 0e+0, 8.689187172915832e-3, 8.689187172915832e-3, (-2.854233548018064e-2)][__t34]
 + [0e+0, 1.6750221613170396e-2, (-1.0124005265614454e-2), (-1.0124005265614454e-2), 0e+0][__t36]
 + [5.2022615490499085e-3, 5.2022615490499085e-3, 5.2022615490499085e-3, 5.2022615490499085e-3, (-3.278044960824348e-2)][__t39]
 + [1.579700214714157e-2, (-9.862648268839634e-3), (-9.862648268839634e-3), (-9.862648268839634e-3), (-9.862648268839634e-3)][__t41]
 + [1.5183724200695088e-2, (-9.3533971876241e-3), (-9.3533971876241e-3), (-9.3533971876241e-3), 0e+0][__t42]
 + [4.100548542354165e-3, 4.100548542354165e-3, 4.100548542354165e-3, 4.100548542354165e-3, (-2.6639499432506288e-2)][__t47]
 + [1.30054986911392e-2, 1.30054986911392e-2, 1.30054986911392e-2, (-8.172772442840934e-3), (-8.172772442840934e-3)][__t49]
 + [7.855020978484792e-3, 7.855020978484792e-3, 7.855020978484792e-3, (-3.229187794290781e-2), 0e+0][__t51]
 + [1.1912305436393171e-2, 1.1912305436393171e-2, (-7.490425220475186e-3), (-7.490425220475186e-3), (-7.490425220475186e-3)][__t52]
 + [1.1383491089908358e-2, 1.1383491089908358e-2, 1.1383491089908358e-2, (-6.884960288099123e-3), (-6.884960288099123e-3)][__t57]
 + [0e+0, 9.78855465822658e-3, (-4.063169492859649e-2), 0e+0, 0e+0][__t58]
 + [0e+0, 4.016239218505936e-3, (-4.015120532200861e-2), 0e+0, 0e+0][__t60]
 + [9.738839576312898e-3, 9.738839576312898e-3, (-6.545175221340838e-3), (-6.545175221340838e-3), (-6.545175221340838e-3)][__t61]
 + [0e+0, 1.8350597109545397e-2, (-7.194100849980163e-2), 0e+0, 0e+0][__t62]
 + [9.074416862823741e-3, 9.074416862823741e-3, 9.074416862823741e-3, 9.074416862823741e-3, (-6.105598579735393e-3)][__t66]
 + [0e+0, 0e+0, 1.7049325077231864e-2, (-1.5017449295656998e-2), 0e+0][__t67]
 + [0e+0, 0e+0, 2.8290142964425252e-2, (-1.857147931349018e-2), 0e+0][__t70]
 + [6.921785692915143e-3, (-3.763403389160357e-2), 0e+0, 0e+0, 0e+0][__t72]
 + [0e+0, 1.2710638620282296e-2, (-3.718677713807068e-2), 0e+0, 0e+0][__t74]
 + [0e+0, 0e+0, 2.531923440094548e-2, (-1.675764980333195e-2), 0e+0][__t76]
 + [0e+0, 0e+0, 1.3065273935598212e-2, (-5.436334756408058e-2), 0e+0][__t79]
 + [7.023340707197862e-3, 7.023340707197862e-3, 7.023340707197862e-3, 7.023340707197862e-3, (-4.929798517794883e-3)][__t82]
 + [7.437011392412304e-3, (-3.659539074988129e-2), 1.0530650748167497e-2, (-7.692677517753873e-3), (-7.692677517753873e-3)][__t84]
 + [0e+0, 0e+0, 1.2564835249238807e-2, (-4.9630093280235e-2), 0e+0][__t91]
 + [6.150027739407419e-3, 6.150027739407419e-3, 6.150027739407419e-3, (-4.310261244688121e-3), (-4.310261244688121e-3)][__t93]
 + [0e+0, 6.504889617590759e-3, 6.504889617590759e-3, 6.504889617590759e-3, (-4.100706454161145e-3)][__t98]
 + [0e+0, 0e+0, 4.244951467453863e-2, (-4.356275329620253e-2), 0e+0][__t101]
 + [0e+0, 0e+0, 3.0614083822842416e-2, (-1.970701237472336e-2), 0e+0][__t102]
 + [0e+0, 1.2485428706587592e-2, 1.2485428706587592e-2, (-9.363878216868925e-3), (-9.363878216868925e-3)][__t105]
 + [0e+0, 0e+0, 0e+0, 3.6573101105370966e-2, (-6.210803575298129e-2)][__t106]
 + [0e+0, 0e+0, 7.765928181014131e-3, (-3.46227719784676e-2), 0e+0][__t110]
 + [0e+0, 5.349090877219489e-3, 5.349090877219489e-3, (-2.2773503018474958e-2), 0e+0][__t111]
 + [0e+0, 0e+0, 4.0134596816381075e-2, (-4.1115611681997656e-2), 0e+0][__t112]
 + [0e+0, 9.111319949563417e-3, 9.111319949563417e-3, (-2.7556018803211627e-2), 0e+0][__t114]
 + [0e+0, 0e+0, 0e+0, 8.541174294899255e-3, (-6.553087306702274e-3)][__t115]
 + [0e+0, 0e+0, 0e+0, 4.3995145609341105e-2, (-2.7745691548359323e-2)][__t118]
 + [1.2499761879134165e-2, (-1.4035645656475262e-2), 8.210643673108864e-3, (-6.037555030397398e-3), 0e+0][__t122]
 + [0e+0, 1.1565223333750475e-2, (-4.717230464948216e-2), 0e+0, 0e+0][__t128]
 + [0e+0, 0e+0, 0e+0, 3.485035102540598e-2, (-5.7306699889936676e-2)][__t131]
 + [0e+0, 2.9298873979689007e-2, (-2.1266321932890735e-2), 0e+0, 0e+0][__t133]
 + [0e+0, 0e+0, 0e+0, 1.4114065965925673e-2, (-1.5112938894683417e-2)][__t134]
 + [0e+0, 0e+0, 2.9876093602453656e-2, (-3.263514327700296e-2), 0e+0][__t144]) AS __c7,
  1.012505350765563e+0 * ([0e+0, 2.4025971921172576e-2, 2.4025971921172576e-2, (-7.92360500803585e-3), 0e+0][__t40]
 + [1.1136307185267208e-2, 1.1136307185267208e-2, 1.1136307185267208e-2, 1.1136307185267208e-2, (-3.309706075205844e-3)][__t81]
 + [1.0695548755751459e-2, 1.0695548755751459e-2, (-3.170469130147455e-3), (-3.170469130147455e-3), (-3.170469130147455e-3)][__t84]
 + [6.29154853519845e-2, (-1.5342586533073762e-3), (-1.5342586533073762e-3), (-1.5342586533073762e-3), 0e+0][__t97]
 + [7.1537014540915e-4, 7.1537014540915e-4, 7.1537014540915e-4, (-3.388831732055651e-2), (-3.388831732055651e-2)][__t100]
 + [6.768074447622233e-4, 6.768074447622233e-4, 6.768074447622233e-4, (-3.2120473860582754e-2), (-3.2120473860582754e-2)][__t107]
 + [8.375413765228124e-3, 8.375413765228124e-3, 8.375413765228124e-3, 8.375413765228124e-3, (-2.491372227995737e-3)][__t110]
 + [8.568439599773279e-3, 8.568439599773279e-3, 8.568439599773279e-3, (-2.5259965742543975e-3), (-2.5259965742543975e-3)][__t115]
 + [6.463636332701713e-4, 6.463636332701713e-4, 6.463636332701713e-4, (-3.0664245704765104e-2), (-3.0664245704765104e-2)][__t116]
 + [7.911475975271883e-3, 7.911475975271883e-3, (-2.3259071956742146e-3), (-2.3259071956742146e-3), (-2.3259071956742146e-3)][__t122]
 + [5.511790744272386e-2, (-1.4054637624911458e-3), (-1.4054637624911458e-3), (-1.4054637624911458e-3), 0e+0][__t123]
 + [5.995297937881495e-4, 5.995297937881495e-4, 5.995297937881495e-4, (-2.8543829664638046e-2), (-2.8543829664638046e-2)][__t127]
 + [5.847144061407549e-4, 5.847144061407549e-4, 5.847144061407549e-4, (-2.78011773271626e-2), (-2.78011773271626e-2)][__t136]
 + [5.617036405845361e-4, 5.617036405845361e-4, 5.617036405845361e-4, (-2.6799147122993753e-2), (-2.6799147122993753e-2)][__t143]) AS __c8,
  1.012505350765563e+0 * ([6.771166911372434e-2, (-2.4970367773103415e-2), 0e+0, 0e+0, 0e+0][__t18]
 + [0e+0, 0e+0, 1.9720839521368175e-2, 1.9720839521368175e-2, (-3.0160838859239956e-2)][__t26]
 + [0e+0, 5.189304280649287e-2, (-7.214607789771059e-3), 0e+0, 0e+0][__t33]
 + [1.831911446395629e-2, (-2.0163979350024994e-2), 0e+0, 0e+0, 0e+0][__t35]
 + [8.117366495278645e-2, (-1.5293746006195914e-2), 0e+0, 0e+0, 0e+0][__t37]
 + [0e+0, 2.501669020779691e-2, (-2.245793522181767e-2), 0e+0, 0e+0][__t39]
 + [0e+0, 1.351627710879561e-2, (-2.0543891314628995e-2), (-2.0543891314628995e-2), 0e+0][__t42]
 + [7.414438838367166e-2, (-1.386161646617795e-2), 0e+0, 0e+0, 0e+0][__t44]
 + [2.4344773606345543e-2, (-7.517008766405656e-2), 0e+0, 0e+0, 0e+0][__t46]
 + [0e+0, 1.1622610922936488e-2, 1.1622610922936488e-2, (-1.9546153549749805e-2), 0e+0][__t47]
 + [5.9317022223089835e-2, (-1.3107092754025131e-2), 2.3211771655323617e-2, (-1.9718865743105166e-2), 0e+0][__t48]
 + [0e+0, 3.921375418276881e-2, (-3.959743618799779e-2), 0e+0, 0e+0][__t50]
 + [0e+0, 0e+0, 0e+0, 5.004242132811285e-2, (-1.798141602437576e-2)][__t52]
 + [0e+0, 1.681214688783271e-2, 1.681214688783271e-2, (-8.175514559626312e-2), 0e+0][__t53]
 + [1.1901808009778459e-2, (-7.419403343854514e-3), (-7.419403343854514e-3), 0e+0, 0e+0][__t54]
 + [2.43682137230323e-2, (-7.615592348380418e-2), 0e+0, 0e+0, 0e+0][__t56]
 + [3.447743857342112e-2, (-5.252436482164884e-3), (-5.252436482164884e-3), (-5.252436482164884e-3), 0e+0][__t58]
 + [0e+0, 8.589688266921526e-3, 8.589688266921526e-3, (-9.176337404993785e-3), (-9.176337404993785e-3)][__t60]
 + [0e+0, 0e+0, 0e+0, 7.06491862155921e-2, (-1.1820964446848686e-2)][__t61]
 + [0e+0, 1.5683620422852866e-2, 1.5683620422852866e-2, (-7.555745392912876e-2), 0e+0][__t62]
 + [0e+0, 0e+0, 0e+0, 2.30606420987534e-2, (-5.3186451739375445e-2)][__t63]
 + [9.018312563454723e-3, 9.018312563454723e-3, (-7.308039699456736e-3), 0e+0, 0e+0][__t64]
 + [0e+0, 0e+0, 9.818432692955487e-3, 9.818432692955487e-3, (-5.0156159212473246e-2)][__t65]
 + [0e+0, 0e+0, 1.5968652274195416e-2, (-2.0022021276275375e-2), 0e+0][__t66]
 + [0e+0, 0e+0, 0e+0, 2.127973775229402e-2, (-4.926202321405418e-2)][__t68]
 + [6.503453649100289e-3, (-8.582915567696546e-3), 0e+0, 5.799720026239085e-2, (-2.0863725407732306e-2)][__t69]
 + [0e+0, 3.102003000805395e-2, (-4.950928247261424e-3), 0e+0, 0e+0][__t71]
 + [0e+0, 0e+0, 0e+0, 2.851828470608101e-2, (-3.817418753316221e-2)][__t73]
 + [4.5559873063891976e-2, (-1.0620321860485293e-2), (-1.0620321860485293e-2), 0e+0, 0e+0][__t74]
 + [0e+0, 2.95356941520497e-2, (-5.552412325148325e-3), (-5.552412325148325e-3), 0e+0][__t75]
 + [4.5830844407337396e-2, (-1.1469915053763595e-2), 0e+0, 2.3978415053149033e-2, (-3.4278495934123625e-2)][__t77]
 + [2.1812331017060396e-2, (-4.757437170278171e-3), 0e+0, 7.632208164623205e-3, (-2.2605912078990792e-2)][__t78]
 + [0e+0, 0e+0, 1.4593367202179169e-2, 1.4593367202179169e-2, (-4.5206414051970276e-2)][__t79]
 + [0e+0, 0e+0, 3.0522671999798353e-2, 3.0522671999798353e-2, (-4.1042087875786344e-2)][__t80]
 + [0e+0, 3.841845030027869e-2, (-5.77736970135689e-2), 0e+0, 0e+0][__t81]
 + [0e+0, 0e+0, 9.926535627480191e-3, (-2.6773364962036285e-2), 0e+0][__t82]
 + [0e+0, 2.0784620554247353e-2, (-9.167607544129293e-3), 0e+0, 0e+0][__t83]
 + [0e+0, 0e+0, 0e+0, 1.2532579937682512e-2, (-2.906465283304118e-2)][__t84]
 + [4.083657906499089e-2, (-1.0101444196171237e-2), 0e+0, 2.2592702505474262e-2, (-3.280102807574651e-2)][__t85]
 + [0e+0, 0e+0, 0e+0, 6.457246624794652e-2, (-2.048189495994221e-2)][__t86]
 + [0e+0, 0e+0, 0e+0, 2.4421521479708115e-2, (-1.0920888887818933e-2)][__t88]
 + [0e+0, 0e+0, 4.261750161500025e-3, 4.261750161500025e-3, (-3.9185594885529584e-2)][__t89]
 + [0e+0, 0e+0, 2.9714258194602418e-2, 2.9714258194602418e-2, (-3.6676974676632265e-2)][__t90]
 + [0e+0, 0e+0, 1.7877748196307074e-2, 1.7877748196307074e-2, (-3.1755775849681665e-2)][__t91]
 + [0e+0, 0e+0, 4.543918661942881e-2, (-4.400147128945766e-2), 0e+0][__t92]
 + [2.233856030900598e-2, (-7.699346874090875e-2), 0e+0, 0e+0, 0e+0][__t93]
 + [0e+0, 0e+0, 2.5154511838423498e-2, (-4.155997069650268e-2), (-4.155997069650268e-2)][__t94]
 + [0e+0, 0e+0, 0e+0, 1.617144585611958e-2, (-2.7545021387280523e-2)][__t95]
 + [0e+0, 6.451642920587582e-2, (-1.6733028602095724e-2), 1.951679373740508e-2, (-3.343684819288156e-2)][__t96]
 + [0e+0, 0e+0, 3.6382124077794176e-2, (-1.3008272235960135e-2), 0e+0][__t97]
 + [0e+0, 8.08535624422504e-3, 8.08535624422504e-3, 8.08535624422504e-3, (-3.258372724290088e-3)][__t99]
 + [8.71671356776398e-3, 8.71671356776398e-3, (-3.053390928316898e-3), 4.7330907250726195e-2, (-3.747735390774446e-2)][__t100]
 + [0e+0, 0e+0, 4.144509889760489e-2, 4.144509889760489e-2, (-2.7970743047442903e-2)][__t101]
 + [0e+0, 0e+0, 4.216146418830437e-2, (-4.066178787588685e-2), 0e+0][__t103]
 + [3.855269381803153e-2, (-9.382773154585774e-3), 0e+0, 1.83765210196418e-2, (-3.206576794833575e-2)][__t104]
 + [0e+0, 1.8001270228940967e-2, (-2.650941393416214e-2), 1.688000400460604e-2, (-1.8067960173369185e-2)][__t105]
 + [0e+0, 2.7260810116486147e-2, (-3.5979465478315e-2), 0e+0, 0e+0][__t107]
 + [0e+0, 0e+0, 6.337634797229678e-3, 6.337634797229678e-3, (-3.7530540326207076e-2)][__t108]
 + [0e+0, 0e+0, 0e+0, 6.778279533001533e-2, (-1.6476723528470506e-2)][__t109]
 + [1.4310049465032844e-2, (-7.072731726606861e-2), 0e+0, 0e+0, 0e+0][__t110]
 + [2.017514936999894e-2, (-4.4587164748644105e-3), (-4.4587164748644105e-3), (-4.4587164748644105e-3), 0e+0][__t111]
 + [6.382120985567019e-3, (-4.002778330929723e-3), 3.873256868492978e-2, 3.873256868492978e-2, (-2.6164528694596602e-2)][__t112]
 + [0e+0, 2.6711775288449563e-2, (-6.309964081231318e-3), 0e+0, 0e+0][__t113]
 + [3.723698977852883e-2, (-5.916109780418366e-3), (-5.916109780418366e-3), (-5.916109780418366e-3), 0e+0][__t114]
 + [1.3789714357169011e-2, (-6.671131142006136e-2), 0e+0, 0e+0, 0e+0][__t115]
 + [0e+0, 0e+0, 0e+0, 4.492692155366679e-2, (-3.654307825393616e-2)][__t116]
 + [0e+0, 0e+0, 3.129291454003803e-2, (-3.15085859450842e-2), (-3.15085859450842e-2)][__t117]
 + [0e+0, 0e+0, 3.0867698007102685e-2, (-3.0688794474032183e-2), (-3.0688794474032183e-2)][__t118]
 + [1.916032465421781e-2, (-7.6520338043817755e-3), 6.692348647536647e-2, (-2.6949915824065876e-2), 0e+0][__t119]
 + [0e+0, 1.2381308913874059e-2, (-1.5062485924885802e-2), (-1.5062485924885802e-2), (-1.5062485924885802e-2)][__t121]
 + [0e+0, 0e+0, 7.595127368244907e-2, (-1.2944273742730564e-2), 0e+0][__t123]
 + [0e+0, 3.3577899448027027e-2, (-4.097667750749981e-2), 5.578942400772374e-2, (-1.68117768008191e-2)][__t124]
 + [0e+0, 3.758393467370113e-2, 3.758393467370113e-2, (-1.570935334137763e-2), 0e+0][__t126]
 + [0e+0, 2.5833438507592003e-2, (-3.415589940897512e-2), 4.28018295710939e-2, (-3.52829817582889e-2)][__t127]
 + [0e+0, 1.7213964788897234e-2, 1.7213964788897234e-2, (-3.0215360911141187e-2), (-3.0215360911141187e-2)][__t128]
 + [0e+0, 2.462823108997991e-2, (-5.825535146825672e-3), 0e+0, 0e+0][__t129]
 + [0e+0, 0e+0, 7.737740152766949e-2, (-3.4374682006526247e-3), 0e+0][__t130]
 + [0e+0, 5.925020492249564e-2, (-1.385315030060304e-2), (-1.385315030060304e-2), (-1.385315030060304e-2)][__t132]
 + [0e+0, 0e+0, 9.677824245003117e-3, (-9.95010417557781e-3), (-9.95010417557781e-3)][__t134]
 + [0e+0, 2.007814610568176e-2, 2.007814610568176e-2, 2.007814610568176e-2, (-3.0430502974339944e-2)][__t135]
 + [0e+0, 1.8926217404103093e-2, (-3.295465712496265e-2), 4.0769480502285606e-2, (-3.362338682683148e-2)][__t136]
 + [0e+0, 1.789804059563202e-2, (-5.659774746523747e-3), 0e+0, 0e+0][__t137]
 + [0e+0, 0e+0, 2.6420478967207357e-3, 2.6420478967207357e-3, (-4.483032937879034e-2)][__t138]
 + [4.488689026061553e-2, (-3.917156924394347e-3), (-3.917156924394347e-3), (-3.917156924394347e-3), 0e+0][__t139]
 + [0e+0, 0e+0, 5.7211877390040224e-2, (-1.3198793185141687e-2), (-1.3198793185141687e-2)][__t140]
 + [3.9611234655654255e-2, (-1.985672745836463e-2), (-1.985672745836463e-2), (-1.985672745836463e-2), 0e+0][__t141]
 + [3.2813070890440874e-2, (-4.595605974552859e-2), 0e+0, 0e+0, 0e+0][__t142]
 + [0e+0, 0e+0, 3.2405423135194164e-2, 3.2405423135194164e-2, (-3.1824195937459845e-2)][__t144]) AS __c9,
  1.012505350765563e+0 * ([2.036844420424573e-2, (-9.732768222526711e-2), 0e+0, 0e+0, 0e+0][__t70]
 + [1.9379163765476493e-2, (-9.008669777366071e-2), 0e+0, 0e+0, 0e+0][__t76]
 + [4.461260188224217e-2, (-7.339547101193407e-4), (-7.339547101193407e-4), (-7.339547101193407e-4), (-7.339547101193407e-4)][__t86]
 + [4.175411632476652e-2, (-6.896552014221557e-4), (-6.896552014221557e-4), (-6.896552014221557e-4), (-6.896552014221557e-4)][__t90]
 + [0e+0, 0e+0, 0e+0, 1.7616384611155883e-3, (-5.134459819131526e-2)][__t93]
 + [3.865018406656813e-2, (-6.42485218424864e-4), (-6.42485218424864e-4), (-6.42485218424864e-4), (-6.42485218424864e-4)][__t98]
 + [1.1671473205784391e-3, 1.1671473205784391e-3, (-2.0485742692979224e-2), (-2.0485742692979224e-2), (-2.0485742692979224e-2)][__t101]
 + [3.539372489854271e-2, (-5.924737984271624e-4), (-5.924737984271624e-4), (-5.924737984271624e-4), (-5.924737984271624e-4)][__t109]
 + [1.0983250449583845e-3, 1.0983250449583845e-3, (-1.922264483484772e-2), (-1.922264483484772e-2), (-1.922264483484772e-2)][__t112]
 + [1.8064832000816176e-2, 1.8064832000816176e-2, (-7.253332616436245e-2), 0e+0, 0e+0][__t120]
 + [1.701643713139362e-2, 1.701643713139362e-2, (-6.742745795803011e-2), 0e+0, 0e+0][__t125]
 + [3.243079895324723e-2, (-5.499525116008902e-4), (-5.499525116008902e-4), (-5.499525116008902e-4), (-5.499525116008902e-4)][__t126]
 + [1.750494233837411e-2, (-7.191250843142691e-2), 0e+0, 0e+0, 0e+0][__t130]
 + [3.0030339316312292e-2, (-5.133790636240039e-4), (-5.133790636240039e-4), (-5.133790636240039e-4), (-5.133790636240039e-4)][__t140]
 + [0e+0, 3.7427615686987964e-2, (-1.301287980062833e-2), (-1.301287980062833e-2), 0e+0][__t141]
 + [3.140420727595236e-2, 3.140420727595236e-2, (-2.8498943766125297e-3), (-2.8498943766125297e-3), 0e+0][__t142]
 + [9.06875189142075e-4, 9.06875189142075e-4, (-1.5824000516709243e-2), (-1.5824000516709243e-2), (-1.5824000516709243e-2)][__t144]) AS __c10,
  1.012505350765563e+0 * ([0e+0, 2.3113470649811813e-1, (-9.063130064526817e-3), (-9.063130064526817e-3), 0e+0][__t2]
 + [0e+0, 2.0621701998838493e-1, (-9.28960078095789e-3), (-9.28960078095789e-3), 0e+0][__t4]
 + [1.800397616679213e-1, (-1.4973287307688904e-2), 0e+0, 0e+0, 0e+0][__t5]
 + [1.2160007443368034e-1, (-1.7644128688294645e-2), (-1.7644128688294645e-2), (-1.7644128688294645e-2), 0e+0][__t6]
 + [1.0965944996027588e-1, (-1.5892143483073915e-2), (-1.5892143483073915e-2), (-1.5892143483073915e-2), 0e+0][__t8]
 + [0e+0, 0e+0, 2.6324840501773854e-2, (-3.73057386618237e-2), 0e+0][__t9]
 + [1.3426246038315906e-1, (-1.2753596166814846e-2), 0e+0, 0e+0, 0e+0][__t10]
 + [9.849596781520101e-2, (-1.4026671339747372e-2), (-1.4026671339747372e-2), (-1.4026671339747372e-2), 0e+0][__t11]
 + [0e+0, 0e+0, 2.2351553390716785e-2, (-6.627220357782976e-2), 0e+0][__t12]
 + [9.21849155753868e-2, (-1.2828601594083885e-2), (-1.2828601594083885e-2), (-1.2828601594083885e-2), 0e+0][__t13]
 + [1.0256499439193557e-1, (-1.0052849478203386e-2), (-1.0052849478203386e-2), (-1.0052849478203386e-2), (-1.0052849478203386e-2)][__t16]
 + [8.101853910178955e-2, (-1.0593145162305175e-2), (-1.0593145162305175e-2), 0e+0, 0e+0][__t17]
 + [8.940768001980721e-2, (-8.280871674647687e-3), (-8.280871674647687e-3), (-8.280871674647687e-3), (-8.280871674647687e-3)][__t20]
 + [7.196896464395222e-2, (-8.763687304889387e-3), (-8.763687304889387e-3), 0e+0, 0e+0][__t21]
 + [7.377704802691955e-2, (-7.1641541119766665e-3), (-7.1641541119766665e-3), (-7.1641541119766665e-3), 0e+0][__t22]
 + [7.704855118532535e-2, (-6.223743711934363e-3), (-6.223743711934363e-3), (-6.223743711934363e-3), (-6.223743711934363e-3)][__t25]
 + [7.183041930842911e-2, (-5.622413598202274e-3), (-5.622413598202274e-3), (-5.622413598202274e-3), (-5.622413598202274e-3)][__t27]
 + [6.680170300892578e-2, (-5.072112631915591e-3), (-5.072112631915591e-3), (-5.072112631915591e-3), (-5.072112631915591e-3)][__t30]
 + [6.271034010535421e-2, (-4.624389141532303e-3), (-4.624389141532303e-3), (-4.624389141532303e-3), (-4.624389141532303e-3)][__t32]
 + [5.8608727250225444e-2, (-4.192001216479768e-3), (-4.192001216479768e-3), (-4.192001216479768e-3), (-4.192001216479768e-3)][__t34]
 + [5.406131179255784e-2, (-3.7403701261129693e-3), (-3.7403701261129693e-3), (-3.7403701261129693e-3), (-3.7403701261129693e-3)][__t36]
 + [4.990079181555512e-2, (-3.366923328611098e-3), (-3.366923328611098e-3), (-3.366923328611098e-3), (-3.366923328611098e-3)][__t40]
 + [4.613278637098248e-2, (-3.0256321312881166e-3), (-3.0256321312881166e-3), (-3.0256321312881166e-3), (-3.0256321312881166e-3)][__t43]
 + [4.252912639822581e-2, 4.252912639822581e-2, (-2.7214383101164317e-3), (-2.7214383101164317e-3), (-2.7214383101164317e-3)][__t46]
 + [0e+0, 5.153351861647855e-2, (-5.666975820263733e-3), 0e+0, 0e+0][__t47]
 + [0e+0, 8.093744369421574e-2, (-8.500859482436727e-3), 0e+0, 0e+0][__t49]
 + [0e+0, 0e+0, 7.948343384987322e-3, (-2.454997063512363e-2), (-2.454997063512363e-2)][__t52]
 + [0e+0, 1.8608786332051777e-2, (-7.399878089082619e-2), 0e+0, 0e+0][__t53]
 + [3.5886775786639215e-2, 3.5886775786639215e-2, (-2.1833579564551355e-3), (-2.1833579564551355e-3), (-2.1833579564551355e-3)][__t56]
 + [6.063611546043763e-2, (-5.319912350097266e-3), (-5.319912350097266e-3), 0e+0, 0e+0][__t57]
 + [5.750775110812435e-2, (-4.761230101197892e-3), 0e+0, 0e+0, 0e+0][__t61]
 + [0e+0, 0e+0, 5.835014988045385e-2, (-6.160124427920803e-3), 0e+0][__t65]
 + [5.463678185766179e-2, (-4.3151109708185e-3), (-4.3151109708185e-3), (-4.3151109708185e-3), 0e+0][__t66]
 + [0e+0, 0e+0, 0e+0, 4.226160049703526e-2, (-4.041125535380651e-3)][__t72]
 + [0e+0, 0e+0, 4.4060843212037015e-2, (-4.03835779846601e-3), (-4.03835779846601e-3)][__t78]
 + [5.309395799393557e-2, (-3.940747768613813e-3), (-3.940747768613813e-3), (-3.940747768613813e-3), 0e+0][__t82]
 + [0e+0, 0e+0, 5.49896468718236e-2, (-4.819732413577737e-3), (-4.819732413577737e-3)][__t88]
 + [0e+0, 0e+0, 4.481060511262861e-2, (-3.974860250557686e-3), 0e+0][__t89]
 + [4.8828902994873524e-2, 4.8828902994873524e-2, (-3.4170335055923057e-3), 0e+0, 0e+0][__t93]
 + [0e+0, 4.921715245813591e-2, (-3.391616602201722e-3), (-3.391616602201722e-3), 0e+0][__t98]
 + [6.605955112240943e-3, 6.605955112240943e-3, (-1.87292221264207e-2), (-1.87292221264207e-2), 0e+0][__t102]
 + [0e+0, 4.814664348818096e-2, (-4.230576659309555e-3), (-4.230576659309555e-3), (-4.230576659309555e-3)][__t108]
 + [0e+0, 0e+0, 0e+0, 4.7759544818528996e-2, (-3.898610220657988e-3)][__t113]
 + [0e+0, 1.531825855645795e-2, (-6.431866478627146e-2), 0e+0, 0e+0][__t126]
 + [0e+0, 0e+0, 0e+0, 4.552494690654494e-2, (-3.6564949486528114e-3)][__t129]
 + [0e+0, 0e+0, 5.11668697243392e-2, (-1.4300909469431838e-2), (-1.4300909469431838e-2)][__t132]
 + [6.2524317103309825e-3, (-1.8339633279730247e-2), (-1.8339633279730247e-2), 0e+0, 0e+0][__t133]
 + [0e+0, 0e+0, 3.968090087240959e-2, (-3.2672275456376064e-3), 0e+0][__t138]
 + [0e+0, 3.984316632735355e-3, (-4.353008384521382e-2), (-4.353008384521382e-2), 0e+0][__t139]
 + [0e+0, 0e+0, 0e+0, 4.953593541223751e-2, (-1.3757524805343209e-2)][__t140]) AS __c11,
  1.012505350765563e+0 * ([0e+0, 0e+0, 0e+0, 2.2437142739856003e-2, (-1.0321953196046182e-1)][__t0]
 + [3.439396311476028e-2, 3.439396311476028e-2, 3.439396311476028e-2, 3.439396311476028e-2, (-8.938208037630156e-2)][__t5]
 + [3.1244817867756392e-2, 3.1244817867756392e-2, 3.1244817867756392e-2, 3.1244817867756392e-2, (-8.31747237241413e-2)][__t6]
 + [2.789680264474569e-2, 2.789680264474569e-2, 2.789680264474569e-2, 2.789680264474569e-2, (-7.627250780711128e-2)][__t8]
 + [2.3800735088443496e-2, 2.3800735088443496e-2, 2.3800735088443496e-2, 2.3800735088443496e-2, (-6.789295303336292e-2)][__t11]
 + [2.1123464505081513e-2, 2.1123464505081513e-2, 2.1123464505081513e-2, 2.1123464505081513e-2, (-6.1602628576192274e-2)][__t13]
 + [0e+0, 2.0610694490273092e-2, 2.0610694490273092e-2, (-4.2741206793534124e-2), 0e+0][__t14]
 + [1.7509449224654968e-2, 1.7509449224654968e-2, 1.7509449224654968e-2, (-5.321542767484268e-2), (-5.321542767484268e-2)][__t17]
 + [0e+0, 0e+0, 1.963207406398574e-2, 1.963207406398574e-2, (-5.2186765490432135e-2)][__t19]
 + [1.4425760468003888e-2, 1.4425760468003888e-2, 1.4425760468003888e-2, (-4.5901417454393384e-2), (-4.5901417454393384e-2)][__t21]
 + [0e+0, 0e+0, 1.5923266114395037e-2, 1.5923266114395037e-2, (-4.5787322478342385e-2)][__t23]
 + [1.5114234707627353e-2, 1.5114234707627353e-2, 1.5114234707627353e-2, (-4.5212653405463474e-2), 0e+0][__t24]
 + [0e+0, 1.472696643421664e-2, (-4.2677901699222656e-2), 0e+0, 0e+0][__t27]
 + [0e+0, 1.2750308405358072e-2, 1.2750308405358072e-2, 1.2750308405358072e-2, (-4.017620963613519e-2)][__t28]
 + [1.3025642690770986e-2, 1.3025642690770986e-2, (-4.3063441839555176e-2), 0e+0, 0e+0][__t29]
 + [7.957849461664912e-3, 7.957849461664912e-3, 7.957849461664912e-3, 7.957849461664912e-3, (-2.8251657259292476e-2)][__t35]
 + [7.04465994276517e-3, 7.04465994276517e-3, 7.04465994276517e-3, (-2.525811207990348e-2), (-2.525811207990348e-2)][__t38]
 + [0e+0, 7.79792600553963e-3, (-2.5438809531772383e-2), 0e+0, 0e+0][__t43]
 + [9.128062857641471e-3, 9.128062857641471e-3, (-3.4220193710186614e-2), 0e+0, 0e+0][__t45]
 + [4.357965006176149e-3, 4.357965006176149e-3, 4.357965006176149e-3, (-1.616656575093327e-2), (-1.616656575093327e-2)][__t59]
 + [0e+0, 0e+0, 6.019711619666733e-3, (-2.307262008484584e-2), (-2.307262008484584e-2)][__t61]
 + [6.235933281752244e-3, (-2.9331703729114998e-2), 0e+0, 0e+0, 0e+0][__t64]
 + [5.908348572554165e-3, 5.908348572554165e-3, (-2.3717296386742713e-2), (-2.3717296386742713e-2), 0e+0][__t87]) AS __c12,
  1.012505350765563e+0 * ([0e+0, 0e+0, 1.7386252410347643e-2, (-2.9632773964644525e-2), 0e+0][__t28]
 + [0e+0, 0e+0, 1.8786821029406035e-2, (-3.06142182636353e-2), 0e+0][__t30]
 + [0e+0, 0e+0, 1.7141080817971326e-2, (-2.8536536618967233e-2), 0e+0][__t32]
 + [0e+0, 0e+0, 1.4675990005794597e-2, (-2.5251078084147754e-2), 0e+0][__t36]
 + [0e+0, 6.71285952656896e-2, (-1.6247590880913272e-2), 0e+0, 0e+0][__t40]
 + [0e+0, 0e+0, 1.3173644358841441e-2, 1.3173644358841441e-2, (-1.9947323821791603e-2)][__t41]
 + [6.646629348375066e-2, (-1.50125848299635e-2), 0e+0, 0e+0, 0e+0][__t51]
 + [4.699308357916107e-2, 4.699308357916107e-2, (-1.2759440377122077e-2), (-1.2759440377122077e-2), 0e+0][__t70]
 + [4.189256988083869e-2, 4.189256988083869e-2, (-1.1313308591708478e-2), (-1.1313308591708478e-2), 0e+0][__t76]
 + [3.1981774283329836e-2, 3.1981774283329836e-2, 3.1981774283329836e-2, (-9.914074058900726e-3), 0e+0][__t81]
 + [4.394586542346915e-2, (-8.054273006475314e-3), 0e+0, 0e+0, 0e+0][__t89]
 + [0e+0, 0e+0, 4.6620065969267134e-2, 4.6620065969267134e-2, (-2.810039383115643e-2)][__t92]
 + [0e+0, 0e+0, 0e+0, 5.165310513357942e-2, (-3.740819021478769e-2)][__t94]
 + [1.5796198631456107e-2, (-1.215456625190504e-2), 0e+0, 0e+0, 0e+0][__t100]
 + [0e+0, 0e+0, 4.2390378520919106e-2, 4.2390378520919106e-2, (-2.5567218818124612e-2)][__t103]
 + [0e+0, 4.9060866328585584e-2, (-1.4380447461351574e-2), (-1.4380447461351574e-2), (-1.4380447461351574e-2)][__t106]
 + [0e+0, 0e+0, 0e+0, 4.8414435139548184e-2, (-2.7918475163177553e-2)][__t107]
 + [3.609583284163225e-2, 3.609583284163225e-2, (-7.548851746233171e-3), (-7.548851746233171e-3), 0e+0][__t110]
 + [3.247200544271398e-2, 3.247200544271398e-2, (-6.835191713305924e-3), 0e+0, 0e+0][__t115]
 + [0e+0, 0e+0, 0e+0, 4.228619978904266e-2, (-2.306712948443672e-2)][__t117]
 + [3.755277837917421e-2, 3.755277837917421e-2, 3.755277837917421e-2, (-6.798854986459175e-3), 0e+0][__t120]
 + [3.5181718394503604e-2, 3.5181718394503604e-2, 3.5181718394503604e-2, (-6.249438259611166e-3), 0e+0][__t125]
 + [2.674066571225104e-2, 2.674066571225104e-2, (-6.912200987586414e-3), (-6.912200987586414e-3), 0e+0][__t130]
 + [0e+0, 4.784815800825806e-2, (-1.213935807128628e-2), (-1.213935807128628e-2), (-1.213935807128628e-2)][__t131]
 + [2.997472925917129e-2, (-5.214558331737295e-3), 0e+0, 0e+0, 0e+0][__t138]
 + [1.0779181472621866e-2, 1.0779181472621866e-2, 1.0779181472621866e-2, 1.0779181472621866e-2, (-1.4085385228660935e-3)][__t141]
 + [0e+0, 0e+0, 0e+0, 4.3422591131256315e-2, (-2.6502438298377607e-2)][__t143]) AS __c23,
  1.012505350765563e+0 * ([2.1361375657664654e-2, (-7.41440471631577e-2), 0e+0, 0e+0, 0e+0][__t120]
 + [2.0258791815888168e-2, (-6.902221956176893e-2), 0e+0, 0e+0, 0e+0][__t125]) AS __c25,
  1.012505350765563e+0 * ([(-6.932325483122298e-2), (-6.932325483122298e-2), 3.63563967538555e-2, 3.63563967538555e-2, 0e+0][__t5]
 + [0e+0, (-5.941394489268825e-2), 3.370246821516691e-2, 3.370246821516691e-2, 0e+0][__t6]
 + [0e+0, (-6.0765554123655655e-2), 2.852256340568316e-2, 0e+0, 0e+0][__t8]
 + [(-5.526561173317515e-2), (-5.526561173317515e-2), 2.965677259154684e-2, 2.965677259154684e-2, 0e+0][__t10]
 + [(-4.999574113645537e-2), 2.3831854162151653e-2, 2.3831854162151653e-2, 2.3831854162151653e-2, 0e+0][__t12]
 + [0e+0, (-3.586013354241538e-2), (-3.586013354241538e-2), 2.0301793501062405e-2, 0e+0][__t16]
 + [1.0287454150750237e-2, (-5.233468087113443e-2), 0e+0, 0e+0, 0e+0][__t29]
 + [0e+0, 0e+0, 0e+0, 1.087057004733015e-2, (-4.0601465508561106e-2)][__t37]
 + [5.529663933506235e-3, (-6.1345019432273315e-2), 0e+0, 0e+0, 0e+0][__t45]
 + [6.664196237574834e-3, (-3.799758796618195e-2), 0e+0, 2.2262749036768933e-2, (-1.0333256207128678e-2)][__t55]
 + [0e+0, 0e+0, 0e+0, (-5.057781148920727e-2), 1.2749561522564828e-2][__t59]
 + [(-1.656844123493926e-2), 5.475234258414635e-3, 0e+0, 0e+0, 0e+0][__t65]
 + [0e+0, 0e+0, 6.176521018805706e-3, 6.176521018805706e-3, (-2.8850722934688107e-2)][__t67]
 + [0e+0, 0e+0, 0e+0, 7.4867529265964985e-3, (-2.6667980171961543e-2)][__t71]
 + [3.988613141885609e-3, (-4.7013028570003355e-2), 0e+0, 0e+0, 0e+0][__t87]
 + [(-1.712599633120633e-2), 3.0014413251400196e-3, 0e+0, 0e+0, 0e+0][__t91]
 + [1.7123328838463971e-3, (-1.6518106226312244e-2), (-1.6518106226312244e-2), (-1.6518106226312244e-2), (-1.6518106226312244e-2)][__t92]
 + [1.5535480558920177e-3, (-1.4908618679718294e-2), (-1.4908618679718294e-2), (-1.4908618679718294e-2), (-1.4908618679718294e-2)][__t103]
 + [1.5137133762390235e-3, (-1.4536161362635122e-2), (-4.444047862477254e-2), 2.579267200640465e-2, 2.579267200640465e-2][__t106]
 + [1.2442094688338856e-3, (-4.5376783062347555e-2), 9.40472030072697e-3, 9.40472030072697e-3, 9.40472030072697e-3][__t118]
 + [0e+0, 3.0974214711547645e-3, (-2.757811563601272e-2), (-2.757811563601272e-2), 0e+0][__t123]
 + [0e+0, (-9.445048379584594e-3), (-9.445048379584594e-3), (-9.445048379584594e-3), 2.027319786980194e-3][__t126]
 + [1.161504027026048e-3, (-1.4278876580295969e-2), (-5.0148474419129375e-2), 1.9305302526562054e-2, 1.9305302526562054e-2][__t131]
 + [0e+0, 0e+0, 2.8379739098195435e-2, (-2.7102073451547186e-2), 0e+0][__t141]) AS __c26
FROM (SELECT "__lead",
  __v0,
  __v1,
  __v2,
  __v4,
  __v5,
  __v6,
  __v7,
  __v8,
  __v9,
  __v10,
  __v11,
  __v12,
  __v23,
  __v25,
  __v26,
  CASE WHEN __f5 <= 6.55e+2 THEN CASE WHEN (__f0 = 2) THEN 1 ELSE CASE WHEN (__f7 = 1 OR __f7 = 10) THEN 2 ELSE 3 END END ELSE CASE WHEN (__f12 = 0) THEN 4 ELSE 5 END END AS __t0,
  CASE WHEN __f5 <= 6.015e+2 THEN CASE WHEN (__f0 = 2) THEN 1 ELSE CASE WHEN (__f7 = 1 OR __f7 = 10) THEN 2 ELSE 3 END END ELSE CASE WHEN (__f7 = 0 OR __f7 = 1 OR __f7 = 10 OR __f7 = 11 OR __f7 = 12) THEN 4 ELSE 5 END END AS __t1,
  CASE WHEN __f5 <= 6.55e+2 THEN CASE WHEN (__f0 = 2) THEN 1 ELSE CASE WHEN (__f11 = 1 OR __f11 = 4) THEN 2 ELSE CASE WHEN (__f7 = 1 OR __f7 = 10 OR __f7 = 12) THEN 3 ELSE 4 END END END ELSE 5 END AS __t2,
  CASE WHEN __f5 <= 5.605e+2 THEN CASE WHEN (__f0 = 2) THEN 1 ELSE CASE WHEN (__f7 = 1 OR __f7 = 10) THEN CASE WHEN __f4 <= 5e-1 THEN 2 ELSE 3 END ELSE 4 END END ELSE 5 END AS __t3,
  CASE WHEN __f5 <= 7.465e+2 THEN CASE WHEN (__f0 = 2) THEN 1 ELSE CASE WHEN (__f11 = 1 OR __f11 = 4) THEN 2 ELSE CASE WHEN (__f7 = 1 OR __f7 = 10 OR __f7 = 12) THEN 3 ELSE 4 END END END ELSE 5 END AS __t4,
  CASE WHEN (__f12 = 0) THEN CASE WHEN __f26 <= 1.261875e+2 THEN CASE WHEN (__f11 = 1 OR __f11 = 4) THEN 1 ELSE 2 END ELSE CASE WHEN (__f7 = 0 OR __f7 = 1 OR __f7 = 3 OR __f7 = 6 OR __f7 = 7 OR __f7 = 8 OR __f7 = 9 OR __f7 = 10 OR __f7 = 11 OR __f7 = 12) THEN 3 ELSE 4 END END ELSE 5 END AS __t5,
  CASE WHEN (__f12 = 0) THEN CASE WHEN (__f11 = 1 OR __f11 = 4) THEN 1 ELSE CASE WHEN __f26 <= 1.261875e+2 THEN 2 ELSE CASE WHEN (__f7 = 0 OR __f7 = 1 OR __f7 = 7 OR __f7 = 9 OR __f7 = 10 OR __f7 = 11 OR __f7 = 12) THEN 3 ELSE 4 END END END ELSE 5 END AS __t6,
  CASE WHEN __f5 <= 5.605e+2 THEN CASE WHEN (__f0 = 2) THEN 1 ELSE CASE WHEN (__f7 = 1 OR __f7 = 8 OR __f7 = 10 OR __f7 = 12) THEN CASE WHEN __f4 <= 5e-1 THEN 2 ELSE 3 END ELSE 4 END END ELSE 5 END AS __t7,
  CASE WHEN (__f12 = 0) THEN CASE WHEN (__f11 = 1 OR __f11 = 4) THEN 1 ELSE CASE WHEN (__f7 = 0 OR __f7 = 1 OR __f7 = 6 OR __f7 = 7 OR __f7 = 10 OR __f7 = 11 OR __f7 = 12) THEN CASE WHEN __f26 <= 1.097840909090909e+2 THEN 2 ELSE 3 END ELSE 4 END END ELSE 5 END AS __t8,
  CASE WHEN __f5 <= 7.465e+2 THEN CASE WHEN (__f0 = 2) THEN 1 ELSE CASE WHEN (__f7 = 1 OR __f7 = 10) THEN 2 ELSE CASE WHEN (__f11 = 0 OR __f11 = 1 OR __f11 = 4) THEN 3 ELSE 4 END END END ELSE 5 END AS __t9,
  CASE WHEN (__f7 = 0 OR __f7 = 1 OR __f7 = 8 OR __f7 = 10 OR __f7 = 11 OR __f7 = 12) THEN CASE WHEN __f26 <= 1.261875e+2 THEN CASE WHEN (__f11 = 1 OR __f11 = 2 OR __f11 = 4) THEN 1 ELSE 2 END ELSE CASE WHEN (__f7 = 1 OR __f7 = 11 OR __f7 = 12) THEN 3 ELSE 4 END END ELSE 5 END AS __t10,
  CASE WHEN (__f12 = 0) THEN CASE WHEN (__f11 = 1 OR __f11 = 4) THEN 1 ELSE CASE WHEN __f5 <= 7.655e+2 THEN CASE WHEN __f4 <= 5e-1 THEN 2 ELSE 3 END ELSE 4 END END ELSE 5 END AS __t11,
  CASE WHEN (__f7 = 0 OR __f7 = 1 OR __f7 = 8 OR __f7 = 10 OR __f7 = 11 OR __f7 = 12) THEN CASE WHEN __f26 <= 1.1158333333333334e+2 THEN 1 ELSE CASE WHEN (__f7 = 1 OR __f7 = 11 OR __f7 = 12) THEN 2 ELSE CASE WHEN (__f11 = 0 OR __f11 = 1 OR __f11 = 4) THEN 3 ELSE 4 END END END ELSE 5 END AS __t12,
  CASE WHEN (__f12 = 0) THEN CASE WHEN (__f11 = 1 OR __f11 = 4) THEN 1 ELSE CASE WHEN (__f7 = 0 OR __f7 = 1 OR __f7 = 6 OR __f7 = 7 OR __f7 = 10 OR __f7 = 11 OR __f7 = 12) THEN CASE WHEN (__f1 = 0 OR __f1 = 2 OR __f1 = 4 OR __f1 = 6 OR __f1 = 8 OR __f1 = 9) THEN 2 ELSE 3 END ELSE 4 END END ELSE 5 END AS __t13,
  CASE WHEN __f5 <= 5.605e+2 THEN CASE WHEN (__f0 = 2) THEN 1 ELSE CASE WHEN (__f12 = 0 OR __f12 = 2) THEN CASE WHEN (__f7 = 0 OR __f7 = 1 OR __f7 = 6 OR __f7 = 8 OR __f7 = 10 OR __f7 = 11 OR __f7 = 12) THEN 2 ELSE 3 END ELSE 4 END END ELSE 5 END AS __t14,
  CASE WHEN __f5 <= 5.605e+2 THEN CASE WHEN (__f0 = 2) THEN 1 ELSE CASE WHEN (__f7 = 1 OR __f7 = 8 OR __f7 = 10) THEN CASE WHEN __f6 <= 1.7650000000000001e+0 THEN 2 ELSE 3 END ELSE 4 END END ELSE 5 END AS __t15,
  CASE WHEN (__f11 = 1 OR __f11 = 4) THEN 1 ELSE CASE WHEN (__f7 = 0 OR __f7 = 1 OR __f7 = 7 OR __f7 = 8 OR __f7 = 10 OR __f7 = 11 OR __f7 = 12) THEN CASE WHEN __f26 <= 1.261875e+2 THEN CASE WHEN __f4 <= 7.5e+0 THEN 2 ELSE 3 END ELSE 4 END ELSE 5 END END AS __t16,
  CASE WHEN (__f12 = 0) THEN CASE WHEN (__f11 = 1 OR __f11 = 4) THEN 1 ELSE CASE WHEN (__f0 = 2) THEN 2 ELSE 3 END END ELSE CASE WHEN (__f7 = 1) THEN 4 ELSE 5 END END AS __t17,
  CASE WHEN __f5 <= 7.465e+2 THEN CASE WHEN (__f7 = 0 OR __f7 = 1 OR __f7 = 6 OR __f7 = 8 OR __f7 = 10 OR __f7 = 11 OR __f7 = 12) THEN CASE WHEN __f6 <= 1.26e+0 THEN CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 2 OR __f9 = 3 OR __f9 = 4 OR __f9 = 5 OR __f9 = 6 OR __f9 = 7 OR __f9 = 9 OR __f9 = 15) THEN 1 ELSE 2 END ELSE 3 END ELSE 4 END ELSE 5 END AS __t18,
  CASE WHEN (__f7 = 1 OR __f7 = 10 OR __f7 = 11 OR __f7 = 12) THEN CASE WHEN __f5 <= 4.175e+2 THEN 1 ELSE 2 END ELSE CASE WHEN (__f12 = 0 OR __f12 = 2) THEN CASE WHEN (__f0 = 2 OR __f0 = 5) THEN 3 ELSE 4 END ELSE 5 END END AS __t19,
  CASE WHEN (__f11 = 1 OR __f11 = 4) THEN 1 ELSE CASE WHEN __f5 <= 7.655e+2 THEN CASE WHEN (__f7 = 0 OR __f7 = 1 OR __f7 = 6 OR __f7 = 8 OR __f7 = 10 OR __f7 = 11 OR __f7 = 12) THEN CASE WHEN __f6 <= 1.26e+0 THEN 2 ELSE 3 END ELSE 4 END ELSE 5 END END AS __t20,
  CASE WHEN (__f12 = 0) THEN CASE WHEN (__f11 = 1 OR __f11 = 4) THEN 1 ELSE CASE WHEN (__f1 = 0 OR __f1 = 2 OR __f1 = 4 OR __f1 = 6 OR __f1 = 8 OR __f1 = 9) THEN 2 ELSE 3 END END ELSE CASE WHEN (__f7 = 1) THEN 4 ELSE 5 END END AS __t21,
  CASE WHEN (__f7 = 0 OR __f7 = 1 OR __f7 = 3 OR __f7 = 6 OR __f7 = 7 OR __f7 = 8 OR __f7 = 9 OR __f7 = 10 OR __f7 = 11 OR __f7 = 12) THEN CASE WHEN (__f11 = 1 OR __f11 = 4) THEN 1 ELSE CASE WHEN __f5 <= 5.085e+2 THEN CASE WHEN __f6 <= 1.26e+0 THEN 2 ELSE 3 END ELSE 4 END END ELSE 5 END AS __t22,
  CASE WHEN (__f7 = 1 OR __f7 = 10 OR __f7 = 11 OR __f7 = 12) THEN CASE WHEN __f2 <= 5e-1 THEN 1 ELSE 2 END ELSE CASE WHEN (__f12 = 0 OR __f12 = 2) THEN CASE WHEN (__f0 = 2 OR __f0 = 5) THEN 3 ELSE 4 END ELSE 5 END END AS __t23,
  CASE WHEN __f5 <= 7.845e+2 THEN CASE WHEN (__f12 = 0) THEN CASE WHEN (__f1 = 0 OR __f1 = 2 OR __f1 = 4 OR __f1 = 6 OR __f1 = 8 OR __f1 = 9) THEN CASE WHEN (__f7 = 0 OR __f7 = 1 OR __f7 = 3 OR __f7 = 6 OR __f7 = 8 OR __f7 = 11) THEN 1 ELSE 2 END ELSE 3 END ELSE 4 END ELSE 5 END AS __t24,
  CASE WHEN (__f11 = 1) THEN 1 ELSE CASE WHEN (__f7 = 0 OR __f7 = 1 OR __f7 = 6 OR __f7 = 7 OR __f7 = 8 OR __f7 = 9 OR __f7 = 10 OR __f7 = 11 OR __f7 = 12) THEN CASE WHEN __f5 <= 7.845e+2 THEN CASE WHEN __f6 <= 1.26e+0 THEN 2 ELSE 3 END ELSE 4 END ELSE 5 END END AS __t25,
  CASE WHEN (__f7 = 1 OR __f7 = 10 OR __f7 = 11 OR __f7 = 12) THEN CASE WHEN (__f0 = 1 OR __f0 = 2) THEN 1 ELSE 2 END ELSE CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 2 OR __f9 = 3 OR __f9 = 4 OR __f9 = 5 OR __f9 = 6 OR __f9 = 7 OR __f9 = 9 OR __f9 = 10 OR __f9 = 11 OR __f9 = 13 OR __f9 = 14 OR __f9 = 15 OR __f9 = 16 OR __f9 = 17) THEN CASE WHEN (__f0 = 1 OR __f0 = 2 OR __f0 = 3 OR __f0 = 5) THEN 3 ELSE 4 END ELSE 5 END END AS __t26,
  CASE WHEN (__f11 = 1) THEN 1 ELSE CASE WHEN __f2 <= 5e-1 THEN CASE WHEN __f5 <= 4.645e+2 THEN CASE WHEN (__f12 = 0 OR __f12 = 2) THEN 2 ELSE 3 END ELSE 4 END ELSE 5 END END AS __t27,
  CASE WHEN (__f7 = 1 OR __f7 = 10 OR __f7 = 11 OR __f7 = 12) THEN 1 ELSE CASE WHEN (__f12 = 0 OR __f12 = 2) THEN CASE WHEN (__f0 = 2 OR __f0 = 5) THEN 2 ELSE CASE WHEN (__f23 = 0 OR __f23 = 1 OR __f23 = 2 OR __f23 = 3) THEN 3 ELSE 4 END END ELSE 5 END END AS __t28,
  CASE WHEN __f2 <= 5e-1 THEN CASE WHEN __f5 <= 5.085e+2 THEN CASE WHEN (__f12 = 0) THEN CASE WHEN __f26 <= 9.825e+1 OR __f26 IS NULL THEN 1 ELSE 2 END ELSE 3 END ELSE 4 END ELSE 5 END AS __t29,
  CASE WHEN (__f11 = 1) THEN 1 ELSE CASE WHEN __f2 <= 5e-1 THEN CASE WHEN (__f7 = 1 OR __f7 = 5 OR __f7 = 10 OR __f7 = 11 OR __f7 = 12) THEN 2 ELSE CASE WHEN (__f23 = 0 OR __f23 = 1 OR __f23 = 2 OR __f23 = 3 OR __f23 = 4) THEN 3 ELSE 4 END END ELSE 5 END END AS __t30,
  CASE WHEN (__f1 = 4 OR __f1 = 6 OR __f1 = 8 OR __f1 = 9) THEN 1 ELSE CASE WHEN __f5 <= 4.245e+2 THEN CASE WHEN (__f7 = 0 OR __f7 = 1 OR __f7 = 8 OR __f7 = 10 OR __f7 = 11 OR __f7 = 12) THEN CASE WHEN __f6 <= 1.26e+0 THEN 2 ELSE 3 END ELSE 4 END ELSE 5 END END AS __t31,
  CASE WHEN (__f11 = 1) THEN 1 ELSE CASE WHEN __f2 <= 5e-1 THEN CASE WHEN (__f7 = 1 OR __f7 = 5 OR __f7 = 10 OR __f7 = 11 OR __f7 = 12) THEN 2 ELSE CASE WHEN (__f23 = 0 OR __f23 = 1 OR __f23 = 2 OR __f23 = 3 OR __f23 = 4) THEN 3 ELSE 4 END END ELSE 5 END END AS __t32,
  CASE WHEN (__f1 = 4 OR __f1 = 6 OR __f1 = 8 OR __f1 = 9) THEN 1 ELSE CASE WHEN __f2 <= 5e-1 THEN CASE WHEN __f5 <= 5.085e+2 THEN CASE WHEN (__f9 = 3 OR __f9 = 7 OR __f9 = 9 OR __f9 = 13 OR __f9 = 15) THEN 2 ELSE 3 END ELSE 4 END ELSE 5 END END AS __t33,
  CASE WHEN (__f11 = 1) THEN 1 ELSE CASE WHEN (__f0 = 2 OR __f0 = 5) THEN 2 ELSE CASE WHEN (__f7 = 0 OR __f7 = 1 OR __f7 = 7 OR __f7 = 9 OR __f7 = 10 OR __f7 = 12) THEN CASE WHEN __f4 <= 7.5e+0 OR __f4 IS NULL THEN 3 ELSE 4 END ELSE 5 END END END AS __t34,
  CASE WHEN (__f12 = 0) THEN CASE WHEN (__f1 = 0 OR __f1 = 2 OR __f1 = 3 OR __f1 = 4 OR __f1 = 5 OR __f1 = 6 OR __f1 = 8 OR __f1 = 9) THEN CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 2 OR __f9 = 3 OR __f9 = 5 OR __f9 = 6 OR __f9 = 7 OR __f9 = 9 OR __f9 = 11 OR __f9 = 12 OR __f9 = 13 OR __f9 = 14 OR __f9 = 15 OR __f9 = 16) THEN 1 ELSE 2 END ELSE CASE WHEN __f4 <= 2.5e+0 OR __f4 IS NULL THEN 3 ELSE 4 END END ELSE 5 END AS __t35,
  CASE WHEN (__f11 = 1) THEN 1 ELSE CASE WHEN __f2 <= 5e-1 THEN CASE WHEN (__f7 = 1 OR __f7 = 5 OR __f7 = 10 OR __f7 = 11 OR __f7 = 12) THEN 2 ELSE CASE WHEN (__f23 = 0 OR __f23 = 1 OR __f23 = 2 OR __f23 = 3 OR __f23 = 4) THEN 3 ELSE 4 END END ELSE 5 END END AS __t36,
  CASE WHEN __f5 <= 7.845e+2 THEN CASE WHEN __f4 <= 5e-1 THEN CASE WHEN (__f9 = 0 OR __f9 = 2 OR __f9 = 3 OR __f9 = 4 OR __f9 = 5 OR __f9 = 6 OR __f9 = 7 OR __f9 = 9 OR __f9 = 15) THEN 1 ELSE 2 END ELSE 3 END ELSE CASE WHEN __f26 <= 5.579166666666667e+2 OR __f26 IS NULL THEN 4 ELSE 5 END END AS __t37,
  CASE WHEN (__f12 = 0) THEN CASE WHEN (__f1 = 0 OR __f1 = 2 OR __f1 = 3 OR __f1 = 4 OR __f1 = 5 OR __f1 = 6 OR __f1 = 8 OR __f1 = 9) THEN 1 ELSE CASE WHEN __f4 <= 2.5e+0 OR __f4 IS NULL THEN 2 ELSE 3 END END ELSE CASE WHEN __f5 <= 4.245e+2 THEN 4 ELSE 5 END END AS __t38,
  CASE WHEN (__f7 = 0 OR __f7 = 1 OR __f7 = 3 OR __f7 = 6 OR __f7 = 8 OR __f7 = 9 OR __f7 = 10 OR __f7 = 11 OR __f7 = 12) THEN CASE WHEN __f6 <= 1.26e+0 THEN 1 ELSE CASE WHEN __f5 <= 4.175e+2 THEN CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 3 OR __f9 = 7 OR __f9 = 9 OR __f9 = 10 OR __f9 = 11 OR __f9 = 13 OR __f9 = 15 OR __f9 = 16 OR __f9 = 17) THEN 2 ELSE 3 END ELSE 4 END END ELSE 5 END AS __t39,
  CASE WHEN (__f11 = 1) THEN 1 ELSE CASE WHEN __f4 <= 6.5e+0 THEN CASE WHEN (__f8 = 2 OR __f8 = 7) THEN CASE WHEN (__f23 = 0 OR __f23 = 1 OR __f23 = 2 OR __f23 = 4) THEN 2 ELSE 3 END ELSE 4 END ELSE 5 END END AS __t40,
  CASE WHEN (__f7 = 1 OR __f7 = 9 OR __f7 = 10 OR __f7 = 11 OR __f7 = 12) THEN 1 ELSE CASE WHEN (__f0 = 2 OR __f0 = 5) THEN 2 ELSE CASE WHEN (__f23 = 0 OR __f23 = 1 OR __f23 = 2 OR __f23 = 3) THEN CASE WHEN (__f0 = 1) THEN 3 ELSE 4 END ELSE 5 END END END AS __t41,
  CASE WHEN __f2 <= 5e-1 THEN CASE WHEN (__f7 = 1 OR __f7 = 5 OR __f7 = 10 OR __f7 = 11) THEN 1 ELSE CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 2 OR __f9 = 3 OR __f9 = 4 OR __f9 = 5 OR __f9 = 6 OR __f9 = 7 OR __f9 = 9 OR __f9 = 11 OR __f9 = 13 OR __f9 = 14 OR __f9 = 15 OR __f9 = 16 OR __f9 = 17) THEN 2 ELSE CASE WHEN __f6 <= 1.8450000000000002e+0 OR __f6 IS NULL THEN 3 ELSE 4 END END END ELSE 5 END AS __t42,
  CASE WHEN (__f11 = 1) THEN 1 ELSE CASE WHEN (__f1 = 0 OR __f1 = 2 OR __f1 = 3 OR __f1 = 4 OR __f1 = 5 OR __f1 = 6 OR __f1 = 8 OR __f1 = 9) THEN CASE WHEN (__f12 = 0) THEN 2 ELSE 3 END ELSE CASE WHEN __f4 <= 2.5e+0 OR __f4 IS NULL THEN 4 ELSE 5 END END END AS __t43,
  CASE WHEN __f5 <= 7.845e+2 THEN CASE WHEN __f4 <= 5e-1 THEN CASE WHEN (__f9 = 0 OR __f9 = 2 OR __f9 = 3 OR __f9 = 4 OR __f9 = 5 OR __f9 = 6 OR __f9 = 7 OR __f9 = 9 OR __f9 = 12 OR __f9 = 14 OR __f9 = 15 OR __f9 = 17) THEN 1 ELSE 2 END ELSE CASE WHEN __f4 <= 7.5e+0 OR __f4 IS NULL THEN 3 ELSE 4 END END ELSE 5 END AS __t44,
  CASE WHEN __f2 <= 5e-1 THEN CASE WHEN __f5 <= 4.245e+2 THEN CASE WHEN (__f12 = 0) THEN CASE WHEN __f26 <= 1.3358333333333331e+2 OR __f26 IS NULL THEN 1 ELSE 2 END ELSE 3 END ELSE 4 END ELSE 5 END AS __t45,
  CASE WHEN (__f11 = 1) THEN CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 3 OR __f9 = 4 OR __f9 = 5 OR __f9 = 6 OR __f9 = 7 OR __f9 = 8 OR __f9 = 11 OR __f9 = 12 OR __f9 = 13 OR __f9 = 15) THEN 1 ELSE 2 END ELSE CASE WHEN (__f1 = 6) THEN 3 ELSE CASE WHEN __f4 <= 6.5e+0 THEN 4 ELSE 5 END END END AS __t46,
  CASE WHEN (__f7 = 0 OR __f7 = 1 OR __f7 = 3 OR __f7 = 6 OR __f7 = 8 OR __f7 = 9 OR __f7 = 10 OR __f7 = 11 OR __f7 = 12) THEN CASE WHEN __f6 <= 1.26e+0 THEN 1 ELSE CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 2 OR __f9 = 3 OR __f9 = 6 OR __f9 = 7 OR __f9 = 8 OR __f9 = 10 OR __f9 = 13 OR __f9 = 15 OR __f9 = 16) THEN CASE WHEN (__f11 = 1 OR __f11 = 2 OR __f11 = 4) THEN 2 ELSE 3 END ELSE 4 END END ELSE 5 END AS __t47,
  CASE WHEN __f5 <= 4.245e+2 THEN CASE WHEN __f5 <= 1.75e+1 THEN CASE WHEN (__f9 = 0 OR __f9 = 2 OR __f9 = 3 OR __f9 = 4 OR __f9 = 5 OR __f9 = 6 OR __f9 = 7 OR __f9 = 9 OR __f9 = 13 OR __f9 = 14 OR __f9 = 15 OR __f9 = 17) THEN 1 ELSE 2 END ELSE CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 3 OR __f9 = 7 OR __f9 = 9 OR __f9 = 10 OR __f9 = 11 OR __f9 = 13 OR __f9 = 15 OR __f9 = 16 OR __f9 = 17) THEN 3 ELSE 4 END END ELSE 5 END AS __t48,
  CASE WHEN (__f7 = 1 OR __f7 = 9 OR __f7 = 10 OR __f7 = 11 OR __f7 = 12) THEN CASE WHEN (__f0 = 1 OR __f0 = 2) THEN 1 ELSE CASE WHEN (__f11 = 1 OR __f11 = 2) THEN 2 ELSE 3 END END ELSE CASE WHEN (__f0 = 2 OR __f0 = 5) THEN 4 ELSE 5 END END AS __t49,
  CASE WHEN __f2 <= 5e-1 THEN CASE WHEN __f4 <= 4.5e+0 OR __f4 IS NULL THEN 1 ELSE CASE WHEN __f6 <= 4.875e+0 THEN CASE WHEN (__f9 = 1 OR __f9 = 2 OR __f9 = 3 OR __f9 = 4 OR __f9 = 5 OR __f9 = 9 OR __f9 = 10 OR __f9 = 13 OR __f9 = 14) THEN 2 ELSE 3 END ELSE 4 END END ELSE 5 END AS __t50,
  CASE WHEN __f5 <= 4.245e+2 THEN CASE WHEN (__f7 = 0 OR __f7 = 1 OR __f7 = 6 OR __f7 = 8 OR __f7 = 10) THEN CASE WHEN (__f1 = 2 OR __f1 = 5 OR __f1 = 6 OR __f1 = 8 OR __f1 = 9) THEN CASE WHEN (__f23 = 0 OR __f23 = 1 OR __f23 = 2 OR __f23 = 3 OR __f23 = 4) THEN 1 ELSE 2 END ELSE 3 END ELSE 4 END ELSE 5 END AS __t51,
  CASE WHEN (__f7 = 1 OR __f7 = 9 OR __f7 = 10 OR __f7 = 11 OR __f7 = 12) THEN CASE WHEN (__f0 = 1 OR __f0 = 2) THEN 1 ELSE 2 END ELSE CASE WHEN (__f11 = 0 OR __f11 = 1 OR __f11 = 4) THEN 3 ELSE CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 4 OR __f9 = 8 OR __f9 = 11 OR __f9 = 13 OR __f9 = 14 OR __f9 = 15) THEN 4 ELSE 5 END END END AS __t52,
  CASE WHEN __f4 <= 7.5e+0 OR __f4 IS NULL THEN 1 ELSE CASE WHEN __f6 <= 4.875e+0 THEN CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 2 OR __f9 = 3 OR __f9 = 4 OR __f9 = 5 OR __f9 = 7 OR __f9 = 8 OR __f9 = 9 OR __f9 = 10 OR __f9 = 13 OR __f9 = 18) THEN CASE WHEN (__f11 = 0 OR __f11 = 1 OR __f11 = 2) THEN 2 ELSE 3 END ELSE 4 END ELSE 5 END END AS __t53,
  CASE WHEN __f2 <= 5e-1 THEN CASE WHEN (__f9 = 1 OR __f9 = 2 OR __f9 = 3 OR __f9 = 6 OR __f9 = 7 OR __f9 = 9 OR __f9 = 13 OR __f9 = 15 OR __f9 = 17) THEN 1 ELSE CASE WHEN __f6 <= 1.9649999999999999e+0 OR __f6 IS NULL THEN 2 ELSE 3 END END ELSE CASE WHEN (__f0 = 1 OR __f0 = 2 OR __f0 = 5) THEN 4 ELSE 5 END END AS __t54,
  CASE WHEN __f5 <= 4.245e+2 THEN CASE WHEN __f6 <= 4.625e+0 THEN CASE WHEN __f26 <= 9.825e+1 OR __f26 IS NULL THEN 1 ELSE 2 END ELSE 3 END ELSE CASE WHEN __f26 <= 1.9708333333333331e+2 OR __f26 IS NULL THEN 4 ELSE 5 END END AS __t55,
  CASE WHEN (__f11 = 1) THEN CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 3 OR __f9 = 4 OR __f9 = 5 OR __f9 = 6 OR __f9 = 7 OR __f9 = 8 OR __f9 = 10 OR __f9 = 11 OR __f9 = 12 OR __f9 = 13 OR __f9 = 15 OR __f9 = 17) THEN 1 ELSE 2 END ELSE CASE WHEN (__f1 = 6 OR __f1 = 8) THEN 3 ELSE CASE WHEN __f2 <= 5e-1 THEN 4 ELSE 5 END END END AS __t56,
  CASE WHEN (__f7 = 1 OR __f7 = 9 OR __f7 = 10 OR __f7 = 12) THEN CASE WHEN (__f11 = 1 OR __f11 = 2) THEN 1 ELSE CASE WHEN (__f0 = 1) THEN 2 ELSE 3 END END ELSE CASE WHEN (__f1 = 4 OR __f1 = 6) THEN 4 ELSE 5 END END AS __t57,
  CASE WHEN __f5 <= 7.845e+2 THEN CASE WHEN (__f9 = 3 OR __f9 = 7 OR __f9 = 10 OR __f9 = 13 OR __f9 = 15) THEN 1 ELSE CASE WHEN (__f1 = 0 OR __f1 = 2 OR __f1 = 5 OR __f1 = 6 OR __f1 = 8 OR __f1 = 9) THEN CASE WHEN (__f7 = 0 OR __f7 = 1 OR __f7 = 3 OR __f7 = 5 OR __f7 = 8 OR __f7 = 10) THEN 2 ELSE 3 END ELSE 4 END END ELSE 5 END AS __t58,
  CASE WHEN (__f12 = 0) THEN CASE WHEN __f4 <= 3.5e+0 THEN 1 ELSE CASE WHEN __f6 <= 2.21e+0 THEN 2 ELSE 3 END END ELSE CASE WHEN __f26 <= 6.155e+1 THEN 4 ELSE 5 END END AS __t59,
  CASE WHEN (__f1 = 6) THEN 1 ELSE CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 2 OR __f9 = 3 OR __f9 = 6 OR __f9 = 7 OR __f9 = 8 OR __f9 = 10 OR __f9 = 13 OR __f9 = 15) THEN CASE WHEN (__f7 = 0 OR __f7 = 1 OR __f7 = 2 OR __f7 = 3 OR __f7 = 6 OR __f7 = 8 OR __f7 = 9 OR __f7 = 10) THEN 2 ELSE 3 END ELSE CASE WHEN (__f1 = 0 OR __f1 = 2 OR __f1 = 3 OR __f1 = 4 OR __f1 = 8 OR __f1 = 9) THEN 4 ELSE 5 END END END AS __t60,
  CASE WHEN (__f7 = 1 OR __f7 = 6 OR __f7 = 9 OR __f7 = 10 OR __f7 = 12) THEN CASE WHEN (__f11 = 1 OR __f11 = 2) THEN 1 ELSE 2 END ELSE CASE WHEN (__f12 = 0) THEN 3 ELSE CASE WHEN (__f9 = 1 OR __f9 = 4 OR __f9 = 13 OR __f9 = 14) THEN 4 ELSE 5 END END END AS __t61,
  CASE WHEN __f4 <= 7.5e+0 OR __f4 IS NULL THEN 1 ELSE CASE WHEN __f6 <= 4.875e+0 THEN CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 2 OR __f9 = 3 OR __f9 = 4 OR __f9 = 5 OR __f9 = 7 OR __f9 = 8 OR __f9 = 9 OR __f9 = 10 OR __f9 = 13 OR __f9 = 18) THEN CASE WHEN (__f7 = 0 OR __f7 = 1 OR __f7 = 2 OR __f7 = 5 OR __f7 = 6 OR __f7 = 7 OR __f7 = 9 OR __f7 = 10) THEN 2 ELSE 3 END ELSE 4 END ELSE 5 END END AS __t62,
  CASE WHEN (__f1 = 6) THEN 1 ELSE CASE WHEN __f4 <= 4.5e+0 OR __f4 IS NULL THEN 2 ELSE CASE WHEN __f6 <= 4.875e+0 THEN 3 ELSE CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 2 OR __f9 = 7 OR __f9 = 8 OR __f9 = 9 OR __f9 = 11 OR __f9 = 12 OR __f9 = 13 OR __f9 = 15 OR __f9 = 17 OR __f9 = 18) THEN 4 ELSE 5 END END END END AS __t63,
  CASE WHEN __f2 <= 5e-1 THEN CASE WHEN (__f9 = 1 OR __f9 = 2 OR __f9 = 3 OR __f9 = 5 OR __f9 = 6 OR __f9 = 7 OR __f9 = 9 OR __f9 = 11 OR __f9 = 13 OR __f9 = 15 OR __f9 = 16 OR __f9 = 17) THEN CASE WHEN (__f12 = 0) THEN 1 ELSE 2 END ELSE 3 END ELSE CASE WHEN (__f0 = 1 OR __f0 = 2 OR __f0 = 5) THEN 4 ELSE 5 END END AS __t64,
  CASE WHEN (__f1 = 0 OR __f1 = 2 OR __f1 = 3 OR __f1 = 4 OR __f1 = 6 OR __f1 = 8 OR __f1 = 9) THEN CASE WHEN __f26 <= 8.829166666666666e+1 THEN 1 ELSE 2 END ELSE CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 2 OR __f9 = 3 OR __f9 = 4 OR __f9 = 5 OR __f9 = 6 OR __f9 = 7 OR __f9 = 8 OR __f9 = 10 OR __f9 = 11 OR __f9 = 13 OR __f9 = 15 OR __f9 = 16 OR __f9 = 17) THEN CASE WHEN (__f11 = 1 OR __f11 = 2) THEN 3 ELSE 4 END ELSE 5 END END AS __t65,
  CASE WHEN (__f7 = 1 OR __f7 = 6 OR __f7 = 9 OR __f7 = 10 OR __f7 = 12) THEN CASE WHEN (__f11 = 1 OR __f11 = 2) THEN 1 ELSE CASE WHEN (__f0 = 1) THEN 2 ELSE CASE WHEN (__f9 = 1 OR __f9 = 2 OR __f9 = 3 OR __f9 = 6 OR __f9 = 7 OR __f9 = 8 OR __f9 = 10 OR __f9 = 13 OR __f9 = 15 OR __f9 = 16) THEN 3 ELSE 4 END END END ELSE 5 END AS __t66,
  CASE WHEN (__f1 = 6) THEN 1 ELSE CASE WHEN __f5 <= 4.175e+2 THEN 2 ELSE CASE WHEN __f26 <= 5.579166666666667e+2 OR __f26 IS NULL THEN CASE WHEN (__f7 = 1 OR __f7 = 2 OR __f7 = 5 OR __f7 = 6 OR __f7 = 9 OR __f7 = 11 OR __f7 = 12) THEN 3 ELSE 4 END ELSE 5 END END END AS __t67,
  CASE WHEN (__f1 = 6) THEN 1 ELSE CASE WHEN __f4 <= 4.5e+0 OR __f4 IS NULL THEN 2 ELSE CASE WHEN __f6 <= 4.875e+0 THEN 3 ELSE CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 2 OR __f9 = 7 OR __f9 = 8 OR __f9 = 9 OR __f9 = 11 OR __f9 = 12 OR __f9 = 13 OR __f9 = 15 OR __f9 = 17 OR __f9 = 18) THEN 4 ELSE 5 END END END END AS __t68,
  CASE WHEN __f2 <= 5e-1 THEN CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 2 OR __f9 = 3 OR __f9 = 5 OR __f9 = 6 OR __f9 = 7 OR __f9 = 9 OR __f9 = 11 OR __f9 = 13 OR __f9 = 14 OR __f9 = 15 OR __f9 = 16 OR __f9 = 17) THEN 1 ELSE 2 END ELSE CASE WHEN (__f0 = 1 OR __f0 = 2 OR __f0 = 5) THEN 3 ELSE CASE WHEN (__f9 = 2 OR __f9 = 4 OR __f9 = 7 OR __f9 = 10 OR __f9 = 14 OR __f9 = 15) THEN 4 ELSE 5 END END END AS __t69,
  CASE WHEN (__f0 = 1 OR __f0 = 2 OR __f0 = 5) THEN CASE WHEN (__f23 = 0 OR __f23 = 1 OR __f23 = 2 OR __f23 = 3 OR __f23 = 4 OR __f23 = 5) THEN CASE WHEN (__f10 = 2 OR __f10 = 6 OR __f10 = 9) THEN 1 ELSE 2 END ELSE CASE WHEN (__f7 = 1 OR __f7 = 5 OR __f7 = 12) THEN 3 ELSE 4 END END ELSE 5 END AS __t70,
  CASE WHEN (__f1 = 6 OR __f1 = 8) THEN 1 ELSE CASE WHEN __f5 <= 7.845e+2 THEN CASE WHEN (__f9 = 3 OR __f9 = 7 OR __f9 = 10 OR __f9 = 13 OR __f9 = 15) THEN 2 ELSE 3 END ELSE CASE WHEN __f26 <= 5.579166666666667e+2 OR __f26 IS NULL THEN 4 ELSE 5 END END END AS __t71,
  CASE WHEN __f6 <= 1.9649999999999999e+0 THEN CASE WHEN (__f7 = 0 OR __f7 = 1 OR __f7 = 3 OR __f7 = 4 OR __f7 = 6 OR __f7 = 7 OR __f7 = 8) THEN 1 ELSE 2 END ELSE CASE WHEN __f4 <= 2.5e+0 THEN 3 ELSE CASE WHEN (__f11 = 1 OR __f11 = 2 OR __f11 = 4) THEN 4 ELSE 5 END END END AS __t72,
  CASE WHEN (__f1 = 6 OR __f1 = 8) THEN 1 ELSE CASE WHEN __f2 <= 5e-1 THEN CASE WHEN __f4 <= 4.5e+0 OR __f4 IS NULL THEN 2 ELSE 3 END ELSE CASE WHEN (__f9 = 0 OR __f9 = 2 OR __f9 = 4 OR __f9 = 7 OR __f9 = 8 OR __f9 = 10 OR __f9 = 12 OR __f9 = 14 OR __f9 = 15 OR __f9 = 18) THEN 4 ELSE 5 END END END AS __t73,
  CASE WHEN __f6 <= 1.26e+0 THEN CASE WHEN (__f9 = 0 OR __f9 = 2 OR __f9 = 3 OR __f9 = 4 OR __f9 = 5 OR __f9 = 6 OR __f9 = 7 OR __f9 = 12 OR __f9 = 15) THEN 1 ELSE CASE WHEN (__f7 = 0 OR __f7 = 1 OR __f7 = 3 OR __f7 = 8 OR __f7 = 12) THEN 2 ELSE 3 END END ELSE CASE WHEN __f4 <= 2.5e+0 THEN 4 ELSE 5 END END AS __t74,
  CASE WHEN (__f1 = 6 OR __f1 = 8 OR __f1 = 9) THEN 1 ELSE CASE WHEN __f5 <= 4.175e+2 THEN CASE WHEN (__f9 = 3 OR __f9 = 7 OR __f9 = 9 OR __f9 = 10 OR __f9 = 13 OR __f9 = 15 OR __f9 = 16) THEN 2 ELSE CASE WHEN __f5 <= 3.385e+2 THEN 3 ELSE 4 END END ELSE 5 END END AS __t75,
  CASE WHEN (__f0 = 1 OR __f0 = 2 OR __f0 = 5) THEN CASE WHEN (__f23 = 0 OR __f23 = 1 OR __f23 = 2 OR __f23 = 3 OR __f23 = 4 OR __f23 = 5) THEN CASE WHEN (__f10 = 2 OR __f10 = 6 OR __f10 = 9) THEN 1 ELSE 2 END ELSE CASE WHEN (__f7 = 1 OR __f7 = 5 OR __f7 = 12) THEN 3 ELSE 4 END END ELSE 5 END AS __t76,
  CASE WHEN __f2 <= 5e-1 THEN CASE WHEN __f6 <= 1.26e+0 THEN CASE WHEN (__f9 = 0 OR __f9 = 2 OR __f9 = 3 OR __f9 = 4 OR __f9 = 5 OR __f9 = 6 OR __f9 = 7 OR __f9 = 9 OR __f9 = 10 OR __f9 = 12 OR __f9 = 15) THEN 1 ELSE 2 END ELSE 3 END ELSE CASE WHEN (__f9 = 0 OR __f9 = 2 OR __f9 = 4 OR __f9 = 7 OR __f9 = 8 OR __f9 = 10 OR __f9 = 12 OR __f9 = 14 OR __f9 = 15 OR __f9 = 18) THEN 4 ELSE 5 END END AS __t77,
  CASE WHEN __f5 <= 7.845e+2 THEN CASE WHEN (__f9 = 3 OR __f9 = 4 OR __f9 = 7 OR __f9 = 10 OR __f9 = 13 OR __f9 = 15 OR __f9 = 16) THEN 1 ELSE 2 END ELSE CASE WHEN (__f11 = 1 OR __f11 = 2) THEN 3 ELSE CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 2 OR __f9 = 5 OR __f9 = 6 OR __f9 = 8 OR __f9 = 10 OR __f9 = 13 OR __f9 = 14 OR __f9 = 15 OR __f9 = 18) THEN 4 ELSE 5 END END END AS __t78,
  CASE WHEN (__f1 = 6 OR __f1 = 8 OR __f1 = 9) THEN 1 ELSE CASE WHEN __f4 <= 7.5e+0 OR __f4 IS NULL THEN 2 ELSE CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 2 OR __f9 = 3 OR __f9 = 4 OR __f9 = 5 OR __f9 = 8 OR __f9 = 9 OR __f9 = 10 OR __f9 = 13 OR __f9 = 18) THEN CASE WHEN (__f7 = 0 OR __f7 = 1 OR __f7 = 2 OR __f7 = 5 OR __f7 = 7 OR __f7 = 9 OR __f7 = 10 OR __f7 = 12) THEN 3 ELSE 4 END ELSE 5 END END END AS __t79,
  CASE WHEN __f6 <= 5.585e+0 THEN CASE WHEN __f4 <= 4.5e+0 THEN 1 ELSE 2 END ELSE CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 5 OR __f9 = 8 OR __f9 = 9 OR __f9 = 12 OR __f9 = 13 OR __f9 = 14 OR __f9 = 15 OR __f9 = 16 OR __f9 = 17 OR __f9 = 18) THEN CASE WHEN __f5 <= 3.655e+2 THEN 3 ELSE 4 END ELSE 5 END END AS __t80,
  CASE WHEN (__f8 = 1 OR __f8 = 2 OR __f8 = 4 OR __f8 = 5 OR __f8 = 7) THEN CASE WHEN (__f23 = 0 OR __f23 = 1 OR __f23 = 2 OR __f23 = 4 OR __f23 = 5) THEN CASE WHEN (__f0 = 1) THEN 1 ELSE CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 2 OR __f9 = 3 OR __f9 = 9 OR __f9 = 10 OR __f9 = 11 OR __f9 = 12 OR __f9 = 13 OR __f9 = 16 OR __f9 = 17) THEN 2 ELSE 3 END END ELSE 4 END ELSE 5 END AS __t81,
  CASE WHEN (__f7 = 1 OR __f7 = 6 OR __f7 = 8 OR __f7 = 9 OR __f7 = 10 OR __f7 = 12) THEN CASE WHEN (__f11 = 1 OR __f11 = 2) THEN 1 ELSE CASE WHEN (__f0 = 1) THEN 2 ELSE CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 2 OR __f9 = 3 OR __f9 = 6 OR __f9 = 7 OR __f9 = 8 OR __f9 = 10 OR __f9 = 11 OR __f9 = 13 OR __f9 = 14 OR __f9 = 15 OR __f9 = 16) THEN 3 ELSE 4 END END END ELSE 5 END AS __t82,
  CASE WHEN (__f1 = 6 OR __f1 = 9) THEN 1 ELSE CASE WHEN __f5 <= 4.175e+2 THEN CASE WHEN __f6 <= 4.625e+0 THEN CASE WHEN (__f9 = 0 OR __f9 = 3 OR __f9 = 4 OR __f9 = 5 OR __f9 = 7 OR __f9 = 9 OR __f9 = 10 OR __f9 = 13 OR __f9 = 15 OR __f9 = 16 OR __f9 = 17) THEN 2 ELSE 3 END ELSE 4 END ELSE 5 END END AS __t83,
  CASE WHEN (__f8 = 1 OR __f8 = 2 OR __f8 = 4 OR __f8 = 5 OR __f8 = 7) THEN CASE WHEN (__f7 = 0 OR __f7 = 1 OR __f7 = 3 OR __f7 = 4 OR __f7 = 5 OR __f7 = 6 OR __f7 = 7 OR __f7 = 8 OR __f7 = 12) THEN 1 ELSE 2 END ELSE CASE WHEN (__f7 = 1 OR __f7 = 2 OR __f7 = 9 OR __f7 = 10 OR __f7 = 12) THEN 3 ELSE CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 2 OR __f9 = 4 OR __f9 = 5 OR __f9 = 6 OR __f9 = 7 OR __f9 = 8 OR __f9 = 9 OR __f9 = 11 OR __f9 = 13 OR __f9 = 14 OR __f9 = 15 OR __f9 = 16 OR __f9 = 17) THEN 4 ELSE 5 END END END AS __t84,
  CASE WHEN __f2 <= 5e-1 THEN CASE WHEN __f6 <= 1.26e+0 THEN CASE WHEN (__f9 = 0 OR __f9 = 2 OR __f9 = 3 OR __f9 = 4 OR __f9 = 5 OR __f9 = 6 OR __f9 = 7 OR __f9 = 9 OR __f9 = 10 OR __f9 = 12 OR __f9 = 15) THEN 1 ELSE 2 END ELSE 3 END ELSE CASE WHEN (__f9 = 0 OR __f9 = 2 OR __f9 = 4 OR __f9 = 7 OR __f9 = 8 OR __f9 = 10 OR __f9 = 12 OR __f9 = 14 OR __f9 = 15 OR __f9 = 18) THEN 4 ELSE 5 END END AS __t85,
  CASE WHEN (__f10 = 6 OR __f10 = 8) THEN 1 ELSE CASE WHEN __f2 <= 5e-1 THEN 2 ELSE CASE WHEN (__f1 = 0 OR __f1 = 2 OR __f1 = 3 OR __f1 = 4 OR __f1 = 6 OR __f1 = 7 OR __f1 = 8) THEN 3 ELSE CASE WHEN (__f9 = 2 OR __f9 = 4 OR __f9 = 7 OR __f9 = 10 OR __f9 = 14 OR __f9 = 15) THEN 4 ELSE 5 END END END END AS __t86,
  CASE WHEN __f5 <= 4.175e+2 THEN CASE WHEN (__f12 = 0) THEN CASE WHEN __f26 <= 1.3358333333333331e+2 OR __f26 IS NULL THEN 1 ELSE 2 END ELSE CASE WHEN __f5 <= 1.75e+1 THEN 3 ELSE 4 END END ELSE 5 END AS __t87,
  CASE WHEN (__f1 = 6 OR __f1 = 9) THEN 1 ELSE CASE WHEN __f4 <= 3.5e+0 OR __f4 IS NULL THEN 2 ELSE CASE WHEN (__f11 = 1 OR __f11 = 2) THEN 3 ELSE CASE WHEN (__f9 = 1 OR __f9 = 2 OR __f9 = 9 OR __f9 = 13 OR __f9 = 14) THEN 4 ELSE 5 END END END END AS __t88,
  CASE WHEN (__f0 = 1 OR __f0 = 2 OR __f0 = 5) THEN CASE WHEN (__f23 = 0 OR __f23 = 2 OR __f23 = 4) THEN 1 ELSE 2 END ELSE CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 2 OR __f9 = 3 OR __f9 = 4 OR __f9 = 5 OR __f9 = 6 OR __f9 = 7 OR __f9 = 8 OR __f9 = 10 OR __f9 = 11 OR __f9 = 13 OR __f9 = 14 OR __f9 = 15 OR __f9 = 16) THEN CASE WHEN (__f11 = 1 OR __f11 = 2 OR __f11 = 4) THEN 3 ELSE 4 END ELSE 5 END END AS __t89,
  CASE WHEN (__f10 = 6 OR __f10 = 8) THEN 1 ELSE CASE WHEN __f6 <= 5.585e+0 THEN 2 ELSE CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 5 OR __f9 = 8 OR __f9 = 9 OR __f9 = 12 OR __f9 = 13 OR __f9 = 15 OR __f9 = 16 OR __f9 = 18) THEN CASE WHEN __f5 <= 3.655e+2 THEN 3 ELSE 4 END ELSE 5 END END END AS __t90,
  CASE WHEN __f4 <= 7.5e+0 OR __f4 IS NULL THEN CASE WHEN __f26 <= 4.863333333333333e+1 THEN 1 ELSE 2 END ELSE CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 3 OR __f9 = 4 OR __f9 = 5 OR __f9 = 8 OR __f9 = 9 OR __f9 = 10 OR __f9 = 13 OR __f9 = 18) THEN CASE WHEN (__f7 = 0 OR __f7 = 1 OR __f7 = 2 OR __f7 = 5 OR __f7 = 7 OR __f7 = 9) THEN 3 ELSE 4 END ELSE 5 END END AS __t91,
  CASE WHEN __f26 <= 5.579166666666667e+2 OR __f26 IS NULL THEN 1 ELSE CASE WHEN (__f1 = 0 OR __f1 = 4 OR __f1 = 6 OR __f1 = 9) THEN 2 ELSE CASE WHEN (__f23 = 1 OR __f23 = 2 OR __f23 = 3 OR __f23 = 4) THEN CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 5 OR __f9 = 6 OR __f9 = 8 OR __f9 = 12 OR __f9 = 15 OR __f9 = 16) THEN 3 ELSE 4 END ELSE 5 END END END AS __t92,
  CASE WHEN (__f7 = 1 OR __f7 = 6 OR __f7 = 8 OR __f7 = 9 OR __f7 = 10 OR __f7 = 12) THEN CASE WHEN (__f11 = 1 OR __f11 = 2) THEN CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 2 OR __f9 = 3 OR __f9 = 4 OR __f9 = 5 OR __f9 = 6 OR __f9 = 7 OR __f9 = 9 OR __f9 = 10) THEN 1 ELSE 2 END ELSE 3 END ELSE CASE WHEN (__f10 = 0 OR __f10 = 1 OR __f10 = 2 OR __f10 = 3 OR __f10 = 5 OR __f10 = 6 OR __f10 = 8 OR __f10 = 9) THEN 4 ELSE 5 END END AS __t93,
  CASE WHEN __f4 <= 1.05e+1 OR __f4 IS NULL THEN CASE WHEN __f6 <= 5.125e+0 OR __f6 IS NULL THEN 1 ELSE 2 END ELSE CASE WHEN (__f9 = 0 OR __f9 = 2 OR __f9 = 3 OR __f9 = 4 OR __f9 = 6 OR __f9 = 7 OR __f9 = 8 OR __f9 = 11 OR __f9 = 13 OR __f9 = 14 OR __f9 = 15) THEN 3 ELSE CASE WHEN (__f23 = 3 OR __f23 = 4 OR __f23 = 5 OR __f23 = 6) THEN 4 ELSE 5 END END END AS __t94,
  CASE WHEN (__f1 = 6 OR __f1 = 8 OR __f1 = 9) THEN 1 ELSE CASE WHEN __f4 <= 4.5e+0 OR __f4 IS NULL THEN 2 ELSE CASE WHEN __f6 <= 2.21e+0 THEN 3 ELSE CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 2 OR __f9 = 3 OR __f9 = 5 OR __f9 = 7 OR __f9 = 9 OR __f9 = 13 OR __f9 = 14 OR __f9 = 15) THEN 4 ELSE 5 END END END END AS __t95,
  CASE WHEN __f2 <= 5e-1 THEN CASE WHEN __f5 <= 1.5765e+3 THEN 1 ELSE CASE WHEN (__f9 = 4 OR __f9 = 5 OR __f9 = 8 OR __f9 = 11 OR __f9 = 14 OR __f9 = 15) THEN 2 ELSE 3 END END ELSE CASE WHEN (__f9 = 0 OR __f9 = 2 OR __f9 = 4 OR __f9 = 6 OR __f9 = 7 OR __f9 = 8 OR __f9 = 10 OR __f9 = 12 OR __f9 = 14 OR __f9 = 15 OR __f9 = 18) THEN 4 ELSE 5 END END AS __t96,
  CASE WHEN __f5 <= 7.845e+2 THEN CASE WHEN (__f8 = 1 OR __f8 = 2 OR __f8 = 4 OR __f8 = 5) THEN 1 ELSE CASE WHEN (__f1 = 0 OR __f1 = 2 OR __f1 = 5 OR __f1 = 6 OR __f1 = 8) THEN 2 ELSE CASE WHEN (__f9 = 2 OR __f9 = 7 OR __f9 = 10 OR __f9 = 11 OR __f9 = 13 OR __f9 = 15 OR __f9 = 17) THEN 3 ELSE 4 END END END ELSE 5 END AS __t97,
  CASE WHEN (__f10 = 6 OR __f10 = 8) THEN 1 ELSE CASE WHEN (__f7 = 1 OR __f7 = 8 OR __f7 = 9 OR __f7 = 10 OR __f7 = 12) THEN CASE WHEN (__f11 = 1 OR __f11 = 2) THEN 2 ELSE CASE WHEN (__f0 = 1) THEN 3 ELSE 4 END END ELSE 5 END END AS __t98,
  CASE WHEN (__f1 = 6 OR __f1 = 9) THEN 1 ELSE CASE WHEN (__f9 = 1 OR __f9 = 3 OR __f9 = 6 OR __f9 = 7 OR __f9 = 10 OR __f9 = 13 OR __f9 = 15) THEN CASE WHEN __f6 <= 3.355e+0 OR __f6 IS NULL THEN CASE WHEN __f4 <= 2.5e+0 OR __f4 IS NULL THEN 2 ELSE 3 END ELSE 4 END ELSE 5 END END AS __t99,
  CASE WHEN (__f8 = 0 OR __f8 = 1 OR __f8 = 2 OR __f8 = 4 OR __f8 = 5 OR __f8 = 7) THEN CASE WHEN (__f9 = 1 OR __f9 = 3 OR __f9 = 6 OR __f9 = 7 OR __f9 = 13 OR __f9 = 15) THEN CASE WHEN (__f23 = 1 OR __f23 = 2 OR __f23 = 4 OR __f23 = 5 OR __f23 = 6) THEN 1 ELSE 2 END ELSE 3 END ELSE CASE WHEN (__f9 = 0 OR __f9 = 5 OR __f9 = 6 OR __f9 = 7 OR __f9 = 8 OR __f9 = 9 OR __f9 = 10 OR __f9 = 11 OR __f9 = 12 OR __f9 = 13 OR __f9 = 18) THEN 4 ELSE 5 END END AS __t100,
  CASE WHEN (__f10 = 0 OR __f10 = 1 OR __f10 = 2 OR __f10 = 5 OR __f10 = 6 OR __f10 = 8 OR __f10 = 9) THEN CASE WHEN (__f1 = 0 OR __f1 = 2 OR __f1 = 3 OR __f1 = 4 OR __f1 = 6 OR __f1 = 8 OR __f1 = 9) THEN 1 ELSE 2 END ELSE CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 6 OR __f9 = 8 OR __f9 = 9 OR __f9 = 13 OR __f9 = 14) THEN CASE WHEN (__f7 = 1 OR __f7 = 3 OR __f7 = 6 OR __f7 = 7) THEN 3 ELSE 4 END ELSE 5 END END AS __t101,
  CASE WHEN __f5 <= 4.175e+2 THEN CASE WHEN (__f11 = 0 OR __f11 = 4) THEN CASE WHEN (__f1 = 0 OR __f1 = 1 OR __f1 = 2 OR __f1 = 5 OR __f1 = 6 OR __f1 = 8) THEN 1 ELSE 2 END ELSE CASE WHEN (__f7 = 1 OR __f7 = 3 OR __f7 = 8) THEN 3 ELSE 4 END END ELSE 5 END AS __t102,
  CASE WHEN __f26 <= 5.579166666666667e+2 OR __f26 IS NULL THEN 1 ELSE CASE WHEN (__f1 = 0 OR __f1 = 4 OR __f1 = 6 OR __f1 = 9) THEN 2 ELSE CASE WHEN (__f23 = 1 OR __f23 = 2 OR __f23 = 3 OR __f23 = 4) THEN CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 5 OR __f9 = 6 OR __f9 = 8 OR __f9 = 12 OR __f9 = 15 OR __f9 = 16) THEN 3 ELSE 4 END ELSE 5 END END END AS __t103,
  CASE WHEN __f2 <= 5e-1 THEN CASE WHEN __f6 <= 1.26e+0 THEN CASE WHEN (__f9 = 0 OR __f9 = 2 OR __f9 = 3 OR __f9 = 4 OR __f9 = 5 OR __f9 = 6 OR __f9 = 7 OR __f9 = 9 OR __f9 = 10 OR __f9 = 12 OR __f9 = 15) THEN 1 ELSE 2 END ELSE 3 END ELSE CASE WHEN (__f9 = 0 OR __f9 = 2 OR __f9 = 4 OR __f9 = 6 OR __f9 = 7 OR __f9 = 8 OR __f9 = 10 OR __f9 = 12 OR __f9 = 14 OR __f9 = 15 OR __f9 = 18) THEN 4 ELSE 5 END END AS __t104,
  CASE WHEN __f5 <= 4.175e+2 THEN 1 ELSE CASE WHEN (__f7 = 1 OR __f7 = 2 OR __f7 = 7 OR __f7 = 9 OR __f7 = 10 OR __f7 = 11 OR __f7 = 12) THEN CASE WHEN (__f9 = 2 OR __f9 = 3 OR __f9 = 6 OR __f9 = 7 OR __f9 = 8 OR __f9 = 10 OR __f9 = 11 OR __f9 = 12 OR __f9 = 15 OR __f9 = 18) THEN 2 ELSE 3 END ELSE CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 2 OR __f9 = 4 OR __f9 = 5 OR __f9 = 8 OR __f9 = 13 OR __f9 = 14) THEN 4 ELSE 5 END END END AS __t105,
  CASE WHEN __f26 <= 5.579166666666667e+2 OR __f26 IS NULL THEN 1 ELSE CASE WHEN (__f23 = 1 OR __f23 = 3 OR __f23 = 4) THEN 2 ELSE CASE WHEN __f26 <= 7.2975e+2 THEN 3 ELSE CASE WHEN (__f7 = 0 OR __f7 = 1 OR __f7 = 3 OR __f7 = 7 OR __f7 = 8 OR __f7 = 10) THEN 4 ELSE 5 END END END END AS __t106,
  CASE WHEN (__f8 = 0 OR __f8 = 1 OR __f8 = 2 OR __f8 = 4 OR __f8 = 5 OR __f8 = 7) THEN CASE WHEN __f6 <= 5.585e+0 THEN 1 ELSE CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 5 OR __f9 = 8 OR __f9 = 9 OR __f9 = 12 OR __f9 = 13 OR __f9 = 14 OR __f9 = 15 OR __f9 = 16 OR __f9 = 17 OR __f9 = 18) THEN 2 ELSE 3 END END ELSE CASE WHEN (__f23 = 1 OR __f23 = 3 OR __f23 = 4 OR __f23 = 6) THEN 4 ELSE 5 END END AS __t107,
  CASE WHEN __f4 <= 4.5e+0 OR __f4 IS NULL THEN 1 ELSE CASE WHEN (__f11 = 1 OR __f11 = 2) THEN 2 ELSE CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 2 OR __f9 = 3 OR __f9 = 4 OR __f9 = 5 OR __f9 = 7 OR __f9 = 9 OR __f9 = 10 OR __f9 = 13 OR __f9 = 14 OR __f9 = 15 OR __f9 = 18) THEN CASE WHEN __f6 <= 4.625e+0 THEN 3 ELSE 4 END ELSE 5 END END END AS __t108,
  CASE WHEN (__f10 = 6 OR __f10 = 8) THEN 1 ELSE CASE WHEN __f5 <= 1.5765e+3 THEN CASE WHEN __f5 <= 1.4555e+3 THEN 2 ELSE 3 END ELSE CASE WHEN (__f9 = 4 OR __f9 = 5 OR __f9 = 8 OR __f9 = 11 OR __f9 = 15) THEN 4 ELSE 5 END END END AS __t109,
  CASE WHEN (__f8 = 1 OR __f8 = 2 OR __f8 = 4 OR __f8 = 5 OR __f8 = 7) THEN CASE WHEN (__f23 = 0 OR __f23 = 2 OR __f23 = 5) THEN CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 2 OR __f9 = 3 OR __f9 = 6 OR __f9 = 7 OR __f9 = 9 OR __f9 = 10 OR __f9 = 11 OR __f9 = 12 OR __f9 = 16 OR __f9 = 17 OR __f9 = 18) THEN 1 ELSE 2 END ELSE CASE WHEN (__f7 = 0 OR __f7 = 1 OR __f7 = 3 OR __f7 = 4 OR __f7 = 5 OR __f7 = 6 OR __f7 = 7 OR __f7 = 12) THEN 3 ELSE 4 END END ELSE 5 END AS __t110,
  CASE WHEN __f5 <= 7.845e+2 THEN CASE WHEN (__f9 = 3 OR __f9 = 4 OR __f9 = 7 OR __f9 = 10 OR __f9 = 13 OR __f9 = 15 OR __f9 = 16) THEN 1 ELSE CASE WHEN (__f7 = 0 OR __f7 = 1 OR __f7 = 5 OR __f7 = 7 OR __f7 = 8) THEN CASE WHEN (__f1 = 0 OR __f1 = 2 OR __f1 = 3 OR __f1 = 5 OR __f1 = 6 OR __f1 = 8 OR __f1 = 9) THEN 2 ELSE 3 END ELSE 4 END END ELSE 5 END AS __t111,
  CASE WHEN (__f10 = 0 OR __f10 = 1 OR __f10 = 2 OR __f10 = 5 OR __f10 = 6 OR __f10 = 8 OR __f10 = 9) THEN CASE WHEN (__f9 = 1 OR __f9 = 2 OR __f9 = 5 OR __f9 = 6 OR __f9 = 7 OR __f9 = 10 OR __f9 = 11 OR __f9 = 13 OR __f9 = 15 OR __f9 = 16 OR __f9 = 17) THEN 1 ELSE 2 END ELSE CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 6 OR __f9 = 8 OR __f9 = 9 OR __f9 = 13 OR __f9 = 14) THEN CASE WHEN (__f7 = 1 OR __f7 = 3 OR __f7 = 6 OR __f7 = 7) THEN 3 ELSE 4 END ELSE 5 END END AS __t112,
  CASE WHEN (__f1 = 6) THEN 1 ELSE CASE WHEN __f4 <= 3.5e+0 OR __f4 IS NULL THEN CASE WHEN (__f9 = 3 OR __f9 = 5 OR __f9 = 6 OR __f9 = 7 OR __f9 = 10 OR __f9 = 15 OR __f9 = 16 OR __f9 = 17) THEN 2 ELSE 3 END ELSE CASE WHEN (__f11 = 1 OR __f11 = 2) THEN 4 ELSE 5 END END END AS __t113,
  CASE WHEN __f6 <= 1.26e+0 THEN CASE WHEN (__f9 = 0 OR __f9 = 3 OR __f9 = 4 OR __f9 = 5 OR __f9 = 6 OR __f9 = 12 OR __f9 = 15) THEN 1 ELSE CASE WHEN (__f7 = 0 OR __f7 = 1 OR __f7 = 3 OR __f7 = 8 OR __f7 = 12) THEN CASE WHEN (__f1 = 0 OR __f1 = 1 OR __f1 = 3 OR __f1 = 5 OR __f1 = 6) THEN 2 ELSE 3 END ELSE 4 END END ELSE 5 END AS __t114,
  CASE WHEN (__f8 = 1 OR __f8 = 2 OR __f8 = 4 OR __f8 = 5 OR __f8 = 7) THEN CASE WHEN (__f23 = 0 OR __f23 = 2 OR __f23 = 5) THEN CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 2 OR __f9 = 3 OR __f9 = 6 OR __f9 = 7 OR __f9 = 9 OR __f9 = 10 OR __f9 = 11 OR __f9 = 12 OR __f9 = 16 OR __f9 = 17 OR __f9 = 18) THEN 1 ELSE 2 END ELSE 3 END ELSE CASE WHEN (__f7 = 1 OR __f7 = 2 OR __f7 = 8 OR __f7 = 9 OR __f7 = 10 OR __f7 = 12) THEN 4 ELSE 5 END END AS __t115,
  CASE WHEN (__f8 = 0 OR __f8 = 1 OR __f8 = 2 OR __f8 = 4 OR __f8 = 5 OR __f8 = 7) THEN CASE WHEN __f2 <= 5e-1 THEN 1 ELSE CASE WHEN (__f0 = 1 OR __f0 = 2 OR __f0 = 5) THEN 2 ELSE 3 END END ELSE CASE WHEN (__f9 = 0 OR __f9 = 5 OR __f9 = 6 OR __f9 = 7 OR __f9 = 8 OR __f9 = 9 OR __f9 = 10 OR __f9 = 11 OR __f9 = 12 OR __f9 = 13 OR __f9 = 18) THEN 4 ELSE 5 END END AS __t116,
  CASE WHEN __f4 <= 1.05e+1 OR __f4 IS NULL THEN CASE WHEN __f6 <= 5.125e+0 THEN 1 ELSE 2 END ELSE CASE WHEN (__f9 = 2 OR __f9 = 3 OR __f9 = 4 OR __f9 = 6 OR __f9 = 7 OR __f9 = 8 OR __f9 = 11 OR __f9 = 13 OR __f9 = 14) THEN 3 ELSE CASE WHEN (__f23 = 3 OR __f23 = 4 OR __f23 = 5 OR __f23 = 6) THEN 4 ELSE 5 END END END AS __t117,
  CASE WHEN __f26 <= 6.1475e+2 OR __f26 IS NULL THEN 1 ELSE CASE WHEN __f26 <= 7.2975e+2 THEN 2 ELSE CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 2 OR __f9 = 4 OR __f9 = 5 OR __f9 = 6 OR __f9 = 8 OR __f9 = 11 OR __f9 = 13 OR __f9 = 16) THEN 3 ELSE CASE WHEN (__f7 = 1 OR __f7 = 3 OR __f7 = 6 OR __f7 = 8) THEN 4 ELSE 5 END END END END AS __t118,
  CASE WHEN __f5 <= 4.175e+2 THEN CASE WHEN __f5 <= 3.325e+2 THEN CASE WHEN (__f9 = 0 OR __f9 = 3 OR __f9 = 4 OR __f9 = 5 OR __f9 = 7 OR __f9 = 11 OR __f9 = 13 OR __f9 = 15 OR __f9 = 16 OR __f9 = 17) THEN 1 ELSE 2 END ELSE CASE WHEN (__f9 = 1 OR __f9 = 6 OR __f9 = 8 OR __f9 = 9 OR __f9 = 10 OR __f9 = 13 OR __f9 = 15) THEN 3 ELSE 4 END END ELSE 5 END AS __t119,
  CASE WHEN (__f0 = 1 OR __f0 = 2 OR __f0 = 5) THEN CASE WHEN (__f23 = 0 OR __f23 = 2 OR __f23 = 4) THEN CASE WHEN (__f10 = 2 OR __f10 = 6 OR __f10 = 9) THEN CASE WHEN __f25 <= 5e-1 THEN 1 ELSE 2 END ELSE 3 END ELSE 4 END ELSE 5 END AS __t120,
  CASE WHEN __f4 <= 4.5e+0 OR __f4 IS NULL THEN 1 ELSE CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 2 OR __f9 = 5 OR __f9 = 7 OR __f9 = 9 OR __f9 = 13 OR __f9 = 14) THEN 2 ELSE CASE WHEN __f6 <= 2.29e+0 THEN 3 ELSE CASE WHEN (__f1 = 0 OR __f1 = 2 OR __f1 = 3 OR __f1 = 4 OR __f1 = 6 OR __f1 = 7) THEN 4 ELSE 5 END END END END AS __t121,
  CASE WHEN (__f8 = 1 OR __f8 = 2 OR __f8 = 4 OR __f8 = 5 OR __f8 = 7) THEN CASE WHEN (__f7 = 0 OR __f7 = 3 OR __f7 = 4 OR __f7 = 5 OR __f7 = 6 OR __f7 = 7 OR __f7 = 8 OR __f7 = 12) THEN 1 ELSE 2 END ELSE CASE WHEN (__f1 = 0 OR __f1 = 1 OR __f1 = 3 OR __f1 = 4 OR __f1 = 5 OR __f1 = 6 OR __f1 = 7 OR __f1 = 8 OR __f1 = 9) THEN CASE WHEN (__f7 = 1 OR __f7 = 2 OR __f7 = 9 OR __f7 = 10 OR __f7 = 12) THEN 3 ELSE 4 END ELSE 5 END END AS __t122,
  CASE WHEN __f5 <= 7.845e+2 THEN CASE WHEN (__f8 = 1 OR __f8 = 2 OR __f8 = 4 OR __f8 = 5) THEN 1 ELSE CASE WHEN __f26 <= 1.8383333333333331e+2 OR __f26 IS NULL THEN 2 ELSE CASE WHEN (__f9 = 5 OR __f9 = 10 OR __f9 = 13 OR __f9 = 14 OR __f9 = 16) THEN 3 ELSE 4 END END END ELSE 5 END AS __t123,
  CASE WHEN __f5 <= 1.5765e+3 THEN CASE WHEN __f5 <= 1.4555e+3 THEN 1 ELSE CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 2 OR __f9 = 4 OR __f9 = 6 OR __f9 = 7 OR __f9 = 8 OR __f9 = 12 OR __f9 = 14 OR __f9 = 16 OR __f9 = 17) THEN 2 ELSE 3 END END ELSE CASE WHEN (__f9 = 4 OR __f9 = 5 OR __f9 = 8 OR __f9 = 10 OR __f9 = 11 OR __f9 = 14 OR __f9 = 15) THEN 4 ELSE 5 END END AS __t124,
  CASE WHEN (__f0 = 1 OR __f0 = 2 OR __f0 = 5) THEN CASE WHEN (__f23 = 0 OR __f23 = 2 OR __f23 = 4) THEN CASE WHEN (__f10 = 2 OR __f10 = 6 OR __f10 = 9) THEN CASE WHEN __f25 <= 5e-1 THEN 1 ELSE 2 END ELSE 3 END ELSE 4 END ELSE 5 END AS __t125,
  CASE WHEN (__f10 = 6 OR __f10 = 8) THEN 1 ELSE CASE WHEN __f26 <= 4.863333333333333e+1 THEN CASE WHEN (__f9 = 2 OR __f9 = 4 OR __f9 = 7 OR __f9 = 9 OR __f9 = 11 OR __f9 = 13 OR __f9 = 17) THEN CASE WHEN (__f11 = 0 OR __f11 = 1 OR __f11 = 2 OR __f11 = 4) THEN 2 ELSE 3 END ELSE 4 END ELSE 5 END END AS __t126,
  CASE WHEN (__f8 = 0 OR __f8 = 1 OR __f8 = 2 OR __f8 = 4 OR __f8 = 5 OR __f8 = 7) THEN CASE WHEN __f6 <= 5.585e+0 THEN 1 ELSE CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 5 OR __f9 = 8 OR __f9 = 9 OR __f9 = 12 OR __f9 = 13 OR __f9 = 14 OR __f9 = 15 OR __f9 = 16 OR __f9 = 17 OR __f9 = 18) THEN 2 ELSE 3 END END ELSE CASE WHEN (__f9 = 0 OR __f9 = 5 OR __f9 = 6 OR __f9 = 7 OR __f9 = 8 OR __f9 = 9 OR __f9 = 10 OR __f9 = 11 OR __f9 = 12 OR __f9 = 13 OR __f9 = 18) THEN 4 ELSE 5 END END AS __t127,
  CASE WHEN __f4 <= 7.5e+0 OR __f4 IS NULL THEN 1 ELSE CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 3 OR __f9 = 4 OR __f9 = 5 OR __f9 = 8 OR __f9 = 9 OR __f9 = 10 OR __f9 = 13 OR __f9 = 18) THEN CASE WHEN (__f7 = 0 OR __f7 = 1 OR __f7 = 2 OR __f7 = 5 OR __f7 = 7 OR __f7 = 9 OR __f7 = 12) THEN 2 ELSE 3 END ELSE CASE WHEN __f4 <= 1.05e+1 THEN 4 ELSE 5 END END END AS __t128,
  CASE WHEN (__f1 = 6 OR __f1 = 9) THEN 1 ELSE CASE WHEN __f4 <= 3.5e+0 OR __f4 IS NULL THEN CASE WHEN (__f9 = 3 OR __f9 = 5 OR __f9 = 6 OR __f9 = 7 OR __f9 = 10 OR __f9 = 15 OR __f9 = 16 OR __f9 = 17) THEN 2 ELSE 3 END ELSE CASE WHEN (__f11 = 1 OR __f11 = 2) THEN 4 ELSE 5 END END END AS __t129,
  CASE WHEN (__f0 = 1 OR __f0 = 2 OR __f0 = 5) THEN CASE WHEN (__f23 = 0 OR __f23 = 1 OR __f23 = 2 OR __f23 = 3 OR __f23 = 4 OR __f23 = 5) THEN CASE WHEN (__f10 = 2 OR __f10 = 6 OR __f10 = 9) THEN 1 ELSE 2 END ELSE CASE WHEN (__f9 = 3 OR __f9 = 5 OR __f9 = 7 OR __f9 = 9 OR __f9 = 11 OR __f9 = 12 OR __f9 = 14 OR __f9 = 15) THEN 3 ELSE 4 END END ELSE 5 END AS __t130,
  CASE WHEN __f26 <= 6.1475e+2 OR __f26 IS NULL THEN 1 ELSE CASE WHEN (__f23 = 1 OR __f23 = 3) THEN 2 ELSE CASE WHEN __f26 <= 7.2975e+2 THEN 3 ELSE CASE WHEN (__f7 = 0 OR __f7 = 1 OR __f7 = 3 OR __f7 = 7 OR __f7 = 8 OR __f7 = 10) THEN 4 ELSE 5 END END END END AS __t131,
  CASE WHEN __f5 <= 1.5765e+3 THEN 1 ELSE CASE WHEN (__f9 = 4 OR __f9 = 5 OR __f9 = 8 OR __f9 = 11 OR __f9 = 15) THEN 2 ELSE CASE WHEN (__f11 = 1 OR __f11 = 3 OR __f11 = 4) THEN 3 ELSE CASE WHEN __f5 <= 1.7575e+3 THEN 4 ELSE 5 END END END END AS __t132,
  CASE WHEN __f5 <= 4.175e+2 THEN CASE WHEN __f6 <= 7.25e+0 THEN CASE WHEN (__f11 = 0 OR __f11 = 4) THEN 1 ELSE CASE WHEN (__f7 = 1 OR __f7 = 3 OR __f7 = 5 OR __f7 = 8) THEN 2 ELSE 3 END END ELSE 4 END ELSE 5 END AS __t133,
  CASE WHEN __f6 <= 1.26e+0 THEN 1 ELSE CASE WHEN __f4 <= 2.5e+0 OR __f4 IS NULL THEN 2 ELSE CASE WHEN (__f9 = 1 OR __f9 = 2 OR __f9 = 6 OR __f9 = 7 OR __f9 = 8 OR __f9 = 9 OR __f9 = 10 OR __f9 = 11 OR __f9 = 13 OR __f9 = 14 OR __f9 = 15) THEN 3 ELSE CASE WHEN (__f7 = 1 OR __f7 = 2 OR __f7 = 3 OR __f7 = 5 OR __f7 = 9 OR __f7 = 10) THEN 4 ELSE 5 END END END END AS __t134,
  CASE WHEN __f2 <= 5e-1 THEN 1 ELSE CASE WHEN (__f9 = 0 OR __f9 = 2 OR __f9 = 4 OR __f9 = 7 OR __f9 = 8 OR __f9 = 10 OR __f9 = 12 OR __f9 = 14 OR __f9 = 18) THEN CASE WHEN __f6 <= 1.475e+0 THEN 2 ELSE CASE WHEN __f5 <= 2.525e+2 THEN 3 ELSE 4 END END ELSE 5 END END AS __t135,
  CASE WHEN (__f8 = 0 OR __f8 = 1 OR __f8 = 2 OR __f8 = 4 OR __f8 = 5 OR __f8 = 7) THEN CASE WHEN __f2 <= 5e-1 THEN 1 ELSE CASE WHEN (__f9 = 0 OR __f9 = 2 OR __f9 = 4 OR __f9 = 6 OR __f9 = 7 OR __f9 = 8 OR __f9 = 10 OR __f9 = 12 OR __f9 = 14 OR __f9 = 18) THEN 2 ELSE 3 END END ELSE CASE WHEN (__f9 = 0 OR __f9 = 5 OR __f9 = 6 OR __f9 = 7 OR __f9 = 8 OR __f9 = 9 OR __f9 = 10 OR __f9 = 11 OR __f9 = 12 OR __f9 = 13 OR __f9 = 18) THEN 4 ELSE 5 END END AS __t136,
  CASE WHEN (__f1 = 6) THEN 1 ELSE CASE WHEN __f5 <= 4.325e+2 THEN CASE WHEN __f6 <= 7.25e+0 THEN CASE WHEN (__f9 = 0 OR __f9 = 3 OR __f9 = 7 OR __f9 = 9 OR __f9 = 13 OR __f9 = 15 OR __f9 = 16 OR __f9 = 17) THEN 2 ELSE 3 END ELSE 4 END ELSE 5 END END AS __t137,
  CASE WHEN (__f0 = 1 OR __f0 = 2 OR __f0 = 5) THEN CASE WHEN (__f23 = 0 OR __f23 = 2 OR __f23 = 4) THEN 1 ELSE 2 END ELSE CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 2 OR __f9 = 3 OR __f9 = 4 OR __f9 = 5 OR __f9 = 6 OR __f9 = 7 OR __f9 = 8 OR __f9 = 9 OR __f9 = 10 OR __f9 = 11 OR __f9 = 13 OR __f9 = 14 OR __f9 = 15 OR __f9 = 16 OR __f9 = 17) THEN CASE WHEN (__f11 = 1 OR __f11 = 2 OR __f11 = 4) THEN 3 ELSE 4 END ELSE 5 END END AS __t138,
  CASE WHEN __f6 <= 1.26e+0 THEN CASE WHEN (__f9 = 3 OR __f9 = 4 OR __f9 = 5 OR __f9 = 12 OR __f9 = 15) THEN 1 ELSE CASE WHEN (__f11 = 0 OR __f11 = 3) THEN 2 ELSE CASE WHEN (__f1 = 1 OR __f1 = 4 OR __f1 = 6 OR __f1 = 7 OR __f1 = 8) THEN 3 ELSE 4 END END END ELSE 5 END AS __t139,
  CASE WHEN (__f10 = 6 OR __f10 = 8) THEN 1 ELSE CASE WHEN __f5 <= 1.5765e+3 THEN 2 ELSE CASE WHEN (__f9 = 4 OR __f9 = 5 OR __f9 = 8 OR __f9 = 11 OR __f9 = 15) THEN 3 ELSE CASE WHEN (__f11 = 1 OR __f11 = 3 OR __f11 = 4) THEN 4 ELSE 5 END END END END AS __t140,
  CASE WHEN (__f23 = 3 OR __f23 = 4 OR __f23 = 5) THEN CASE WHEN (__f9 = 0 OR __f9 = 6 OR __f9 = 10 OR __f9 = 12 OR __f9 = 13 OR __f9 = 15) THEN 1 ELSE CASE WHEN (__f10 = 0 OR __f10 = 1 OR __f10 = 2 OR __f10 = 7 OR __f10 = 8) THEN 2 ELSE CASE WHEN __f26 <= 1.629e+2 OR __f26 IS NULL THEN 3 ELSE 4 END END END ELSE 5 END AS __t141,
  CASE WHEN __f5 <= 4.175e+2 THEN CASE WHEN (__f10 = 1 OR __f10 = 2 OR __f10 = 5 OR __f10 = 8) THEN CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 4 OR __f9 = 6 OR __f9 = 8 OR __f9 = 9 OR __f9 = 10 OR __f9 = 12 OR __f9 = 16) THEN 1 ELSE 2 END ELSE CASE WHEN __f5 <= 4.95e+1 THEN 3 ELSE 4 END END ELSE 5 END AS __t142,
  CASE WHEN (__f8 = 0 OR __f8 = 1 OR __f8 = 2 OR __f8 = 4 OR __f8 = 5 OR __f8 = 7) THEN CASE WHEN __f2 <= 5e-1 THEN 1 ELSE CASE WHEN (__f1 = 0 OR __f1 = 2 OR __f1 = 3 OR __f1 = 4 OR __f1 = 6 OR __f1 = 7 OR __f1 = 8) THEN 2 ELSE 3 END END ELSE CASE WHEN (__f23 = 1 OR __f23 = 3 OR __f23 = 4 OR __f23 = 6) THEN 4 ELSE 5 END END AS __t143,
  CASE WHEN (__f10 = 0 OR __f10 = 1 OR __f10 = 2 OR __f10 = 5 OR __f10 = 6 OR __f10 = 8 OR __f10 = 9) THEN CASE WHEN __f4 <= 3.5e+0 OR __f4 IS NULL THEN 1 ELSE 2 END ELSE CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 3 OR __f9 = 6 OR __f9 = 8 OR __f9 = 9 OR __f9 = 11 OR __f9 = 13 OR __f9 = 14) THEN CASE WHEN (__f7 = 1 OR __f7 = 3 OR __f7 = 6 OR __f7 = 7 OR __f7 = 8) THEN 3 ELSE 4 END ELSE 5 END END AS __t144
FROM (SELECT "__lead",
  CASE WHEN CAST("__x0" AS VARCHAR) IS NULL THEN 4 ELSE CASE LOWER(CAST("__x0" AS VARCHAR)) WHEN 'landing page submission' THEN 0 WHEN 'api' THEN 1 WHEN 'lead add form' THEN 2 WHEN 'lead import' THEN 3 WHEN '__missing__' THEN 4 ELSE 5 END END AS __f0,
  CASE WHEN CAST("__x1" AS VARCHAR) IS NULL THEN 8 ELSE CASE LOWER(CAST("__x1" AS VARCHAR)) WHEN 'google' THEN 0 WHEN 'direct traffic' THEN 1 WHEN 'olark chat' THEN 2 WHEN 'organic search' THEN 3 WHEN 'reference' THEN 4 WHEN 'referral sites' THEN 5 WHEN 'welingak website' THEN 6 WHEN 'facebook' THEN 7 WHEN '__missing__' THEN 8 ELSE 9 END END AS __f1,
  CASE WHEN "__x2" THEN 1e0 WHEN NOT "__x2" THEN 0e0 END AS __f2,
  CAST("__x4" AS DOUBLE) AS __f4,
  CAST("__x5" AS DOUBLE) AS __f5,
  CAST("__x6" AS DOUBLE) AS __f6,
  CASE WHEN CAST("__x7" AS VARCHAR) IS NULL THEN 11 ELSE CASE LOWER(CAST("__x7" AS VARCHAR)) WHEN 'email opened' THEN 0 WHEN 'sms sent' THEN 1 WHEN 'olark chat conversation' THEN 2 WHEN 'page visited on website' THEN 3 WHEN 'converted to lead' THEN 4 WHEN 'email bounced' THEN 5 WHEN 'email link clicked' THEN 6 WHEN 'form submitted on website' THEN 7 WHEN 'unreachable' THEN 8 WHEN 'unsubscribed' THEN 9 WHEN 'had a phone conversation' THEN 10 WHEN '__missing__' THEN 11 ELSE 12 END END AS __f7,
  CASE WHEN CAST("__x8" AS VARCHAR) IS NULL THEN 7 ELSE CASE LOWER(CAST("__x8" AS VARCHAR)) WHEN 'india' THEN 0 WHEN 'united states' THEN 1 WHEN 'united arab emirates' THEN 2 WHEN 'saudi arabia' THEN 3 WHEN 'singapore' THEN 4 WHEN 'united kingdom' THEN 5 WHEN 'australia' THEN 6 WHEN '__missing__' THEN 7 ELSE 8 END END AS __f8,
  CASE WHEN CAST("__x9" AS VARCHAR) IS NULL THEN 18 ELSE CASE LOWER(CAST("__x9" AS VARCHAR)) WHEN 'finance management' THEN 0 WHEN 'marketing management' THEN 1 WHEN 'human resource management' THEN 2 WHEN 'operations management' THEN 3 WHEN 'business administration' THEN 4 WHEN 'it projects management' THEN 5 WHEN 'supply chain management' THEN 6 WHEN 'banking, investment and insurance' THEN 7 WHEN 'media and advertising' THEN 8 WHEN 'travel and tourism' THEN 9 WHEN 'international business' THEN 10 WHEN 'healthcare management' THEN 11 WHEN 'hospitality management' THEN 12 WHEN 'e-commerce' THEN 13 WHEN 'retail management' THEN 14 WHEN 'rural and agribusiness' THEN 15 WHEN 'e-business' THEN 16 WHEN 'services excellence' THEN 17 WHEN '__missing__' THEN 18 ELSE 19 END END AS __f9,
  CASE WHEN CAST("__x10" AS VARCHAR) IS NULL THEN 9 ELSE CASE LOWER(CAST("__x10" AS VARCHAR)) WHEN 'online search' THEN 0 WHEN 'word of mouth' THEN 1 WHEN 'student of someschool' THEN 2 WHEN 'other' THEN 3 WHEN 'multiple sources' THEN 4 WHEN 'advertisements' THEN 5 WHEN 'social media' THEN 6 WHEN 'sms' THEN 7 WHEN 'email' THEN 8 WHEN '__missing__' THEN 9 ELSE 10 END END AS __f10,
  CASE WHEN CAST("__x11" AS VARCHAR) IS NULL THEN 3 ELSE CASE LOWER(CAST("__x11" AS VARCHAR)) WHEN 'unemployed' THEN 0 WHEN 'working professional' THEN 1 WHEN 'student' THEN 2 WHEN '__missing__' THEN 3 ELSE 4 END END AS __f11,
  CASE WHEN CAST("__x12" AS VARCHAR) IS NULL THEN 1 ELSE CASE LOWER(CAST("__x12" AS VARCHAR)) WHEN 'better career prospects' THEN 0 WHEN '__missing__' THEN 1 ELSE 2 END END AS __f12,
  CASE WHEN CAST("__x23" AS VARCHAR) IS NULL THEN 6 ELSE CASE LOWER(CAST("__x23" AS VARCHAR)) WHEN 'mumbai' THEN 0 WHEN 'thane & outskirts' THEN 1 WHEN 'other cities' THEN 2 WHEN 'other cities of maharashtra' THEN 3 WHEN 'other metro cities' THEN 4 WHEN 'tier ii cities' THEN 5 WHEN '__missing__' THEN 6 ELSE 7 END END AS __f23,
  CASE WHEN "__x25" THEN 1e0 WHEN NOT "__x25" THEN 0e0 END AS __f25,
  (CAST("__x5" AS DOUBLE) / NULLIF(CAST("__x4" AS DOUBLE), 0)) AS __f26,
  CASE WHEN __f0 = 5 THEN CAST("__x0" AS VARCHAR) ELSE ['Landing Page Submission', 'API', 'Lead Add Form', 'Lead Import', 'missing', 'other'][__f0 + 1] END AS __v0,
  CASE WHEN __f1 = 9 THEN CAST("__x1" AS VARCHAR) ELSE ['Google', 'Direct Traffic', 'Olark Chat', 'Organic Search', 'Reference', 'Referral Sites', 'Welingak Website', 'Facebook', 'missing', 'other'][__f1 + 1] END AS __v1,
  CASE WHEN __f2 = 1 THEN 'Yes' WHEN __f2 = 0 THEN 'No' ELSE 'missing' END AS __v2,
  CASE WHEN __f4 IS NULL THEN 'missing' WHEN ROUND(__f4, 2) = ROUND(ROUND(__f4, 2)) AND abs(ROUND(__f4, 2)) < 9e18 THEN CAST(CAST(ROUND(__f4, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f4, 2) AS VARCHAR) END AS __v4,
  CASE WHEN __f5 IS NULL THEN 'missing' WHEN ROUND(__f5, 2) = ROUND(ROUND(__f5, 2)) AND abs(ROUND(__f5, 2)) < 9e18 THEN CAST(CAST(ROUND(__f5, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f5, 2) AS VARCHAR) END AS __v5,
  CASE WHEN __f6 IS NULL THEN 'missing' WHEN ROUND(__f6, 2) = ROUND(ROUND(__f6, 2)) AND abs(ROUND(__f6, 2)) < 9e18 THEN CAST(CAST(ROUND(__f6, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f6, 2) AS VARCHAR) END AS __v6,
  CASE WHEN __f7 = 12 THEN CAST("__x7" AS VARCHAR) ELSE ['Email Opened', 'SMS Sent', 'Olark Chat Conversation', 'Page Visited on Website', 'Converted to Lead', 'Email Bounced', 'Email Link Clicked', 'Form Submitted on Website', 'Unreachable', 'Unsubscribed', 'Had a Phone Conversation', 'missing', 'other'][__f7 + 1] END AS __v7,
  CASE WHEN __f8 = 8 THEN CAST("__x8" AS VARCHAR) ELSE ['India', 'United States', 'United Arab Emirates', 'Saudi Arabia', 'Singapore', 'United Kingdom', 'Australia', 'missing', 'other'][__f8 + 1] END AS __v8,
  CASE WHEN __f9 = 19 THEN CAST("__x9" AS VARCHAR) ELSE ['Finance Management', 'Marketing Management', 'Human Resource Management', 'Operations Management', 'Business Administration', 'IT Projects Management', 'Supply Chain Management', 'Banking, Investment And Insurance', 'Media and Advertising', 'Travel and Tourism', 'International Business', 'Healthcare Management', 'Hospitality Management', 'E-COMMERCE', 'Retail Management', 'Rural and Agribusiness', 'E-Business', 'Services Excellence', 'missing', 'other'][__f9 + 1] END AS __v9,
  CASE WHEN __f10 = 10 THEN CAST("__x10" AS VARCHAR) ELSE ['Online Search', 'Word Of Mouth', 'Student of SomeSchool', 'Other', 'Multiple Sources', 'Advertisements', 'Social Media', 'SMS', 'Email', 'missing', 'other'][__f10 + 1] END AS __v10,
  CASE WHEN __f11 = 4 THEN CAST("__x11" AS VARCHAR) ELSE ['Unemployed', 'Working Professional', 'Student', 'missing', 'other'][__f11 + 1] END AS __v11,
  CASE WHEN __f12 = 2 THEN CAST("__x12" AS VARCHAR) ELSE ['Better Career Prospects', 'missing', 'other'][__f12 + 1] END AS __v12,
  CASE WHEN __f23 = 7 THEN CAST("__x23" AS VARCHAR) ELSE ['Mumbai', 'Thane & Outskirts', 'Other Cities', 'Other Cities of Maharashtra', 'Other Metro Cities', 'Tier II Cities', 'missing', 'other'][__f23 + 1] END AS __v23,
  CASE WHEN __f25 = 1 THEN 'Yes' WHEN __f25 = 0 THEN 'No' ELSE 'missing' END AS __v25,
  CASE WHEN __f26 IS NULL THEN 'missing' WHEN ROUND(__f26, 2) = ROUND(ROUND(__f26, 2)) AND abs(ROUND(__f26, 2)) < 9e18 THEN CAST(CAST(ROUND(__f26, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f26, 2) AS VARCHAR) END AS __v26
FROM (SELECT 0 AS __lead,
  CASE json_type(__r0) WHEN 'VARCHAR' THEN __t0 WHEN 'BOOLEAN' THEN CAST(__r0 AS VARCHAR) WHEN 'BIGINT' THEN CASE WHEN CAST(__r0 AS DOUBLE) = trunc(CAST(__r0 AS DOUBLE)) AND abs(CAST(__r0 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r0 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r0 AS DOUBLE) AS VARCHAR) END WHEN 'UBIGINT' THEN CASE WHEN CAST(__r0 AS DOUBLE) = trunc(CAST(__r0 AS DOUBLE)) AND abs(CAST(__r0 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r0 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r0 AS DOUBLE) AS VARCHAR) END WHEN 'DOUBLE' THEN CASE WHEN CAST(__r0 AS DOUBLE) = trunc(CAST(__r0 AS DOUBLE)) AND abs(CAST(__r0 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r0 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r0 AS DOUBLE) AS VARCHAR) END END AS __x0,
  CASE json_type(__r1) WHEN 'VARCHAR' THEN __t1 WHEN 'BOOLEAN' THEN CAST(__r1 AS VARCHAR) WHEN 'BIGINT' THEN CASE WHEN CAST(__r1 AS DOUBLE) = trunc(CAST(__r1 AS DOUBLE)) AND abs(CAST(__r1 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r1 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r1 AS DOUBLE) AS VARCHAR) END WHEN 'UBIGINT' THEN CASE WHEN CAST(__r1 AS DOUBLE) = trunc(CAST(__r1 AS DOUBLE)) AND abs(CAST(__r1 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r1 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r1 AS DOUBLE) AS VARCHAR) END WHEN 'DOUBLE' THEN CASE WHEN CAST(__r1 AS DOUBLE) = trunc(CAST(__r1 AS DOUBLE)) AND abs(CAST(__r1 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r1 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r1 AS DOUBLE) AS VARCHAR) END END AS __x1,
  CASE json_type(__r2) WHEN 'BOOLEAN' THEN CAST(__r2 AS BOOLEAN) WHEN 'VARCHAR' THEN CASE lower(__t2) WHEN 'true' THEN TRUE WHEN 'yes' THEN TRUE WHEN 'y' THEN TRUE WHEN 't' THEN TRUE WHEN '1' THEN TRUE WHEN 'false' THEN FALSE WHEN 'no' THEN FALSE WHEN 'n' THEN FALSE WHEN 'f' THEN FALSE WHEN '0' THEN FALSE END WHEN 'BIGINT' THEN CASE CAST(__r2 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END WHEN 'UBIGINT' THEN CASE CAST(__r2 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END WHEN 'DOUBLE' THEN CASE CAST(__r2 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END END AS __x2,
  CASE json_type(__r3) WHEN 'BOOLEAN' THEN CAST(__r3 AS BOOLEAN) WHEN 'VARCHAR' THEN CASE lower(__t3) WHEN 'true' THEN TRUE WHEN 'yes' THEN TRUE WHEN 'y' THEN TRUE WHEN 't' THEN TRUE WHEN '1' THEN TRUE WHEN 'false' THEN FALSE WHEN 'no' THEN FALSE WHEN 'n' THEN FALSE WHEN 'f' THEN FALSE WHEN '0' THEN FALSE END WHEN 'BIGINT' THEN CASE CAST(__r3 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END WHEN 'UBIGINT' THEN CASE CAST(__r3 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END WHEN 'DOUBLE' THEN CASE CAST(__r3 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END END AS __x3,
  CASE WHEN json_type(__r4) IN ('BIGINT', 'UBIGINT', 'DOUBLE') THEN CASE WHEN CAST(__r4 AS DOUBLE) = trunc(CAST(__r4 AS DOUBLE)) AND abs(CAST(__r4 AS DOUBLE)) < 9.223372036854775808e18 THEN CAST(__r4 AS DOUBLE) END WHEN regexp_full_match(__t4, '^[+-]?[0-9]+([.]0+)?$') THEN CASE WHEN TRY_CAST(__t4 AS DOUBLE) = trunc(TRY_CAST(__t4 AS DOUBLE)) AND abs(TRY_CAST(__t4 AS DOUBLE)) < 9.223372036854775808e18 THEN TRY_CAST(__t4 AS DOUBLE) END END AS __x4,
  CASE WHEN json_type(__r5) IN ('BIGINT', 'UBIGINT', 'DOUBLE') THEN CASE WHEN CAST(__r5 AS DOUBLE) = trunc(CAST(__r5 AS DOUBLE)) AND abs(CAST(__r5 AS DOUBLE)) < 9.223372036854775808e18 THEN CAST(__r5 AS DOUBLE) END WHEN regexp_full_match(__t5, '^[+-]?[0-9]+([.]0+)?$') THEN CASE WHEN TRY_CAST(__t5 AS DOUBLE) = trunc(TRY_CAST(__t5 AS DOUBLE)) AND abs(TRY_CAST(__t5 AS DOUBLE)) < 9.223372036854775808e18 THEN TRY_CAST(__t5 AS DOUBLE) END END AS __x5,
  CASE WHEN json_type(__r6) IN ('BIGINT', 'UBIGINT', 'DOUBLE') THEN CASE WHEN isfinite(CAST(__r6 AS DOUBLE)) THEN CAST(__r6 AS DOUBLE) END WHEN regexp_full_match(__t6, '^[+-]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][+-]?[0-9]+)?$') THEN CASE WHEN isfinite(TRY_CAST(__t6 AS DOUBLE)) THEN TRY_CAST(__t6 AS DOUBLE) END END AS __x6,
  CASE json_type(__r7) WHEN 'VARCHAR' THEN __t7 WHEN 'BOOLEAN' THEN CAST(__r7 AS VARCHAR) WHEN 'BIGINT' THEN CASE WHEN CAST(__r7 AS DOUBLE) = trunc(CAST(__r7 AS DOUBLE)) AND abs(CAST(__r7 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r7 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r7 AS DOUBLE) AS VARCHAR) END WHEN 'UBIGINT' THEN CASE WHEN CAST(__r7 AS DOUBLE) = trunc(CAST(__r7 AS DOUBLE)) AND abs(CAST(__r7 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r7 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r7 AS DOUBLE) AS VARCHAR) END WHEN 'DOUBLE' THEN CASE WHEN CAST(__r7 AS DOUBLE) = trunc(CAST(__r7 AS DOUBLE)) AND abs(CAST(__r7 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r7 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r7 AS DOUBLE) AS VARCHAR) END END AS __x7,
  CASE json_type(__r8) WHEN 'VARCHAR' THEN __t8 WHEN 'BOOLEAN' THEN CAST(__r8 AS VARCHAR) WHEN 'BIGINT' THEN CASE WHEN CAST(__r8 AS DOUBLE) = trunc(CAST(__r8 AS DOUBLE)) AND abs(CAST(__r8 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r8 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r8 AS DOUBLE) AS VARCHAR) END WHEN 'UBIGINT' THEN CASE WHEN CAST(__r8 AS DOUBLE) = trunc(CAST(__r8 AS DOUBLE)) AND abs(CAST(__r8 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r8 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r8 AS DOUBLE) AS VARCHAR) END WHEN 'DOUBLE' THEN CASE WHEN CAST(__r8 AS DOUBLE) = trunc(CAST(__r8 AS DOUBLE)) AND abs(CAST(__r8 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r8 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r8 AS DOUBLE) AS VARCHAR) END END AS __x8,
  CASE json_type(__r9) WHEN 'VARCHAR' THEN __t9 WHEN 'BOOLEAN' THEN CAST(__r9 AS VARCHAR) WHEN 'BIGINT' THEN CASE WHEN CAST(__r9 AS DOUBLE) = trunc(CAST(__r9 AS DOUBLE)) AND abs(CAST(__r9 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r9 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r9 AS DOUBLE) AS VARCHAR) END WHEN 'UBIGINT' THEN CASE WHEN CAST(__r9 AS DOUBLE) = trunc(CAST(__r9 AS DOUBLE)) AND abs(CAST(__r9 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r9 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r9 AS DOUBLE) AS VARCHAR) END WHEN 'DOUBLE' THEN CASE WHEN CAST(__r9 AS DOUBLE) = trunc(CAST(__r9 AS DOUBLE)) AND abs(CAST(__r9 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r9 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r9 AS DOUBLE) AS VARCHAR) END END AS __x9,
  CASE json_type(__r10) WHEN 'VARCHAR' THEN __t10 WHEN 'BOOLEAN' THEN CAST(__r10 AS VARCHAR) WHEN 'BIGINT' THEN CASE WHEN CAST(__r10 AS DOUBLE) = trunc(CAST(__r10 AS DOUBLE)) AND abs(CAST(__r10 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r10 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r10 AS DOUBLE) AS VARCHAR) END WHEN 'UBIGINT' THEN CASE WHEN CAST(__r10 AS DOUBLE) = trunc(CAST(__r10 AS DOUBLE)) AND abs(CAST(__r10 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r10 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r10 AS DOUBLE) AS VARCHAR) END WHEN 'DOUBLE' THEN CASE WHEN CAST(__r10 AS DOUBLE) = trunc(CAST(__r10 AS DOUBLE)) AND abs(CAST(__r10 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r10 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r10 AS DOUBLE) AS VARCHAR) END END AS __x10,
  CASE json_type(__r11) WHEN 'VARCHAR' THEN __t11 WHEN 'BOOLEAN' THEN CAST(__r11 AS VARCHAR) WHEN 'BIGINT' THEN CASE WHEN CAST(__r11 AS DOUBLE) = trunc(CAST(__r11 AS DOUBLE)) AND abs(CAST(__r11 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r11 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r11 AS DOUBLE) AS VARCHAR) END WHEN 'UBIGINT' THEN CASE WHEN CAST(__r11 AS DOUBLE) = trunc(CAST(__r11 AS DOUBLE)) AND abs(CAST(__r11 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r11 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r11 AS DOUBLE) AS VARCHAR) END WHEN 'DOUBLE' THEN CASE WHEN CAST(__r11 AS DOUBLE) = trunc(CAST(__r11 AS DOUBLE)) AND abs(CAST(__r11 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r11 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r11 AS DOUBLE) AS VARCHAR) END END AS __x11,
  CASE json_type(__r12) WHEN 'VARCHAR' THEN __t12 WHEN 'BOOLEAN' THEN CAST(__r12 AS VARCHAR) WHEN 'BIGINT' THEN CASE WHEN CAST(__r12 AS DOUBLE) = trunc(CAST(__r12 AS DOUBLE)) AND abs(CAST(__r12 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r12 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r12 AS DOUBLE) AS VARCHAR) END WHEN 'UBIGINT' THEN CASE WHEN CAST(__r12 AS DOUBLE) = trunc(CAST(__r12 AS DOUBLE)) AND abs(CAST(__r12 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r12 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r12 AS DOUBLE) AS VARCHAR) END WHEN 'DOUBLE' THEN CASE WHEN CAST(__r12 AS DOUBLE) = trunc(CAST(__r12 AS DOUBLE)) AND abs(CAST(__r12 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r12 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r12 AS DOUBLE) AS VARCHAR) END END AS __x12,
  CASE json_type(__r13) WHEN 'BOOLEAN' THEN CAST(__r13 AS BOOLEAN) WHEN 'VARCHAR' THEN CASE lower(__t13) WHEN 'true' THEN TRUE WHEN 'yes' THEN TRUE WHEN 'y' THEN TRUE WHEN 't' THEN TRUE WHEN '1' THEN TRUE WHEN 'false' THEN FALSE WHEN 'no' THEN FALSE WHEN 'n' THEN FALSE WHEN 'f' THEN FALSE WHEN '0' THEN FALSE END WHEN 'BIGINT' THEN CASE CAST(__r13 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END WHEN 'UBIGINT' THEN CASE CAST(__r13 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END WHEN 'DOUBLE' THEN CASE CAST(__r13 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END END AS __x13,
  CASE json_type(__r14) WHEN 'BOOLEAN' THEN CAST(__r14 AS BOOLEAN) WHEN 'VARCHAR' THEN CASE lower(__t14) WHEN 'true' THEN TRUE WHEN 'yes' THEN TRUE WHEN 'y' THEN TRUE WHEN 't' THEN TRUE WHEN '1' THEN TRUE WHEN 'false' THEN FALSE WHEN 'no' THEN FALSE WHEN 'n' THEN FALSE WHEN 'f' THEN FALSE WHEN '0' THEN FALSE END WHEN 'BIGINT' THEN CASE CAST(__r14 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END WHEN 'UBIGINT' THEN CASE CAST(__r14 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END WHEN 'DOUBLE' THEN CASE CAST(__r14 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END END AS __x14,
  CASE json_type(__r15) WHEN 'BOOLEAN' THEN CAST(__r15 AS BOOLEAN) WHEN 'VARCHAR' THEN CASE lower(__t15) WHEN 'true' THEN TRUE WHEN 'yes' THEN TRUE WHEN 'y' THEN TRUE WHEN 't' THEN TRUE WHEN '1' THEN TRUE WHEN 'false' THEN FALSE WHEN 'no' THEN FALSE WHEN 'n' THEN FALSE WHEN 'f' THEN FALSE WHEN '0' THEN FALSE END WHEN 'BIGINT' THEN CASE CAST(__r15 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END WHEN 'UBIGINT' THEN CASE CAST(__r15 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END WHEN 'DOUBLE' THEN CASE CAST(__r15 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END END AS __x15,
  CASE json_type(__r16) WHEN 'BOOLEAN' THEN CAST(__r16 AS BOOLEAN) WHEN 'VARCHAR' THEN CASE lower(__t16) WHEN 'true' THEN TRUE WHEN 'yes' THEN TRUE WHEN 'y' THEN TRUE WHEN 't' THEN TRUE WHEN '1' THEN TRUE WHEN 'false' THEN FALSE WHEN 'no' THEN FALSE WHEN 'n' THEN FALSE WHEN 'f' THEN FALSE WHEN '0' THEN FALSE END WHEN 'BIGINT' THEN CASE CAST(__r16 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END WHEN 'UBIGINT' THEN CASE CAST(__r16 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END WHEN 'DOUBLE' THEN CASE CAST(__r16 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END END AS __x16,
  CASE json_type(__r17) WHEN 'BOOLEAN' THEN CAST(__r17 AS BOOLEAN) WHEN 'VARCHAR' THEN CASE lower(__t17) WHEN 'true' THEN TRUE WHEN 'yes' THEN TRUE WHEN 'y' THEN TRUE WHEN 't' THEN TRUE WHEN '1' THEN TRUE WHEN 'false' THEN FALSE WHEN 'no' THEN FALSE WHEN 'n' THEN FALSE WHEN 'f' THEN FALSE WHEN '0' THEN FALSE END WHEN 'BIGINT' THEN CASE CAST(__r17 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END WHEN 'UBIGINT' THEN CASE CAST(__r17 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END WHEN 'DOUBLE' THEN CASE CAST(__r17 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END END AS __x17,
  CASE json_type(__r18) WHEN 'BOOLEAN' THEN CAST(__r18 AS BOOLEAN) WHEN 'VARCHAR' THEN CASE lower(__t18) WHEN 'true' THEN TRUE WHEN 'yes' THEN TRUE WHEN 'y' THEN TRUE WHEN 't' THEN TRUE WHEN '1' THEN TRUE WHEN 'false' THEN FALSE WHEN 'no' THEN FALSE WHEN 'n' THEN FALSE WHEN 'f' THEN FALSE WHEN '0' THEN FALSE END WHEN 'BIGINT' THEN CASE CAST(__r18 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END WHEN 'UBIGINT' THEN CASE CAST(__r18 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END WHEN 'DOUBLE' THEN CASE CAST(__r18 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END END AS __x18,
  CASE json_type(__r19) WHEN 'BOOLEAN' THEN CAST(__r19 AS BOOLEAN) WHEN 'VARCHAR' THEN CASE lower(__t19) WHEN 'true' THEN TRUE WHEN 'yes' THEN TRUE WHEN 'y' THEN TRUE WHEN 't' THEN TRUE WHEN '1' THEN TRUE WHEN 'false' THEN FALSE WHEN 'no' THEN FALSE WHEN 'n' THEN FALSE WHEN 'f' THEN FALSE WHEN '0' THEN FALSE END WHEN 'BIGINT' THEN CASE CAST(__r19 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END WHEN 'UBIGINT' THEN CASE CAST(__r19 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END WHEN 'DOUBLE' THEN CASE CAST(__r19 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END END AS __x19,
  CASE json_type(__r20) WHEN 'BOOLEAN' THEN CAST(__r20 AS BOOLEAN) WHEN 'VARCHAR' THEN CASE lower(__t20) WHEN 'true' THEN TRUE WHEN 'yes' THEN TRUE WHEN 'y' THEN TRUE WHEN 't' THEN TRUE WHEN '1' THEN TRUE WHEN 'false' THEN FALSE WHEN 'no' THEN FALSE WHEN 'n' THEN FALSE WHEN 'f' THEN FALSE WHEN '0' THEN FALSE END WHEN 'BIGINT' THEN CASE CAST(__r20 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END WHEN 'UBIGINT' THEN CASE CAST(__r20 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END WHEN 'DOUBLE' THEN CASE CAST(__r20 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END END AS __x20,
  CASE json_type(__r21) WHEN 'BOOLEAN' THEN CAST(__r21 AS BOOLEAN) WHEN 'VARCHAR' THEN CASE lower(__t21) WHEN 'true' THEN TRUE WHEN 'yes' THEN TRUE WHEN 'y' THEN TRUE WHEN 't' THEN TRUE WHEN '1' THEN TRUE WHEN 'false' THEN FALSE WHEN 'no' THEN FALSE WHEN 'n' THEN FALSE WHEN 'f' THEN FALSE WHEN '0' THEN FALSE END WHEN 'BIGINT' THEN CASE CAST(__r21 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END WHEN 'UBIGINT' THEN CASE CAST(__r21 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END WHEN 'DOUBLE' THEN CASE CAST(__r21 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END END AS __x21,
  CASE json_type(__r22) WHEN 'BOOLEAN' THEN CAST(__r22 AS BOOLEAN) WHEN 'VARCHAR' THEN CASE lower(__t22) WHEN 'true' THEN TRUE WHEN 'yes' THEN TRUE WHEN 'y' THEN TRUE WHEN 't' THEN TRUE WHEN '1' THEN TRUE WHEN 'false' THEN FALSE WHEN 'no' THEN FALSE WHEN 'n' THEN FALSE WHEN 'f' THEN FALSE WHEN '0' THEN FALSE END WHEN 'BIGINT' THEN CASE CAST(__r22 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END WHEN 'UBIGINT' THEN CASE CAST(__r22 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END WHEN 'DOUBLE' THEN CASE CAST(__r22 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END END AS __x22,
  CASE json_type(__r23) WHEN 'VARCHAR' THEN __t23 WHEN 'BOOLEAN' THEN CAST(__r23 AS VARCHAR) WHEN 'BIGINT' THEN CASE WHEN CAST(__r23 AS DOUBLE) = trunc(CAST(__r23 AS DOUBLE)) AND abs(CAST(__r23 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r23 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r23 AS DOUBLE) AS VARCHAR) END WHEN 'UBIGINT' THEN CASE WHEN CAST(__r23 AS DOUBLE) = trunc(CAST(__r23 AS DOUBLE)) AND abs(CAST(__r23 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r23 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r23 AS DOUBLE) AS VARCHAR) END WHEN 'DOUBLE' THEN CASE WHEN CAST(__r23 AS DOUBLE) = trunc(CAST(__r23 AS DOUBLE)) AND abs(CAST(__r23 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r23 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r23 AS DOUBLE) AS VARCHAR) END END AS __x23,
  CASE json_type(__r24) WHEN 'BOOLEAN' THEN CAST(__r24 AS BOOLEAN) WHEN 'VARCHAR' THEN CASE lower(__t24) WHEN 'true' THEN TRUE WHEN 'yes' THEN TRUE WHEN 'y' THEN TRUE WHEN 't' THEN TRUE WHEN '1' THEN TRUE WHEN 'false' THEN FALSE WHEN 'no' THEN FALSE WHEN 'n' THEN FALSE WHEN 'f' THEN FALSE WHEN '0' THEN FALSE END WHEN 'BIGINT' THEN CASE CAST(__r24 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END WHEN 'UBIGINT' THEN CASE CAST(__r24 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END WHEN 'DOUBLE' THEN CASE CAST(__r24 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END END AS __x24,
  CASE json_type(__r25) WHEN 'BOOLEAN' THEN CAST(__r25 AS BOOLEAN) WHEN 'VARCHAR' THEN CASE lower(__t25) WHEN 'true' THEN TRUE WHEN 'yes' THEN TRUE WHEN 'y' THEN TRUE WHEN 't' THEN TRUE WHEN '1' THEN TRUE WHEN 'false' THEN FALSE WHEN 'no' THEN FALSE WHEN 'n' THEN FALSE WHEN 'f' THEN FALSE WHEN '0' THEN FALSE END WHEN 'BIGINT' THEN CASE CAST(__r25 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END WHEN 'UBIGINT' THEN CASE CAST(__r25 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END WHEN 'DOUBLE' THEN CASE CAST(__r25 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END END AS __x25
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
  CASE WHEN json_type(__r0) = 'VARCHAR' THEN CASE WHEN lower(trim(__r0 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE trim(__r0 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) END END AS __t0,
  CASE WHEN json_type(__r1) = 'VARCHAR' THEN CASE WHEN lower(trim(__r1 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE trim(__r1 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) END END AS __t1,
  CASE WHEN json_type(__r2) = 'VARCHAR' THEN CASE WHEN lower(trim(__r2 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE trim(__r2 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) END END AS __t2,
  CASE WHEN json_type(__r3) = 'VARCHAR' THEN CASE WHEN lower(trim(__r3 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE trim(__r3 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) END END AS __t3,
  CASE WHEN json_type(__r4) = 'VARCHAR' THEN CASE WHEN lower(trim(__r4 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE trim(__r4 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) END END AS __t4,
  CASE WHEN json_type(__r5) = 'VARCHAR' THEN CASE WHEN lower(trim(__r5 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE trim(__r5 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) END END AS __t5,
  CASE WHEN json_type(__r6) = 'VARCHAR' THEN CASE WHEN lower(trim(__r6 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE trim(__r6 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) END END AS __t6,
  CASE WHEN json_type(__r7) = 'VARCHAR' THEN CASE WHEN lower(trim(__r7 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE trim(__r7 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) END END AS __t7,
  CASE WHEN json_type(__r8) = 'VARCHAR' THEN CASE WHEN lower(trim(__r8 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE trim(__r8 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) END END AS __t8,
  CASE WHEN json_type(__r9) = 'VARCHAR' THEN CASE WHEN lower(trim(__r9 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE trim(__r9 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) END END AS __t9,
  CASE WHEN json_type(__r10) = 'VARCHAR' THEN CASE WHEN lower(trim(__r10 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE trim(__r10 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) END END AS __t10,
  CASE WHEN json_type(__r11) = 'VARCHAR' THEN CASE WHEN lower(trim(__r11 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE trim(__r11 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) END END AS __t11,
  CASE WHEN json_type(__r12) = 'VARCHAR' THEN CASE WHEN lower(trim(__r12 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE trim(__r12 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) END END AS __t12,
  CASE WHEN json_type(__r13) = 'VARCHAR' THEN CASE WHEN lower(trim(__r13 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE trim(__r13 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) END END AS __t13,
  CASE WHEN json_type(__r14) = 'VARCHAR' THEN CASE WHEN lower(trim(__r14 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE trim(__r14 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) END END AS __t14,
  CASE WHEN json_type(__r15) = 'VARCHAR' THEN CASE WHEN lower(trim(__r15 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE trim(__r15 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) END END AS __t15,
  CASE WHEN json_type(__r16) = 'VARCHAR' THEN CASE WHEN lower(trim(__r16 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE trim(__r16 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) END END AS __t16,
  CASE WHEN json_type(__r17) = 'VARCHAR' THEN CASE WHEN lower(trim(__r17 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE trim(__r17 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) END END AS __t17,
  CASE WHEN json_type(__r18) = 'VARCHAR' THEN CASE WHEN lower(trim(__r18 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE trim(__r18 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) END END AS __t18,
  CASE WHEN json_type(__r19) = 'VARCHAR' THEN CASE WHEN lower(trim(__r19 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE trim(__r19 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) END END AS __t19,
  CASE WHEN json_type(__r20) = 'VARCHAR' THEN CASE WHEN lower(trim(__r20 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE trim(__r20 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) END END AS __t20,
  CASE WHEN json_type(__r21) = 'VARCHAR' THEN CASE WHEN lower(trim(__r21 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE trim(__r21 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) END END AS __t21,
  CASE WHEN json_type(__r22) = 'VARCHAR' THEN CASE WHEN lower(trim(__r22 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE trim(__r22 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) END END AS __t22,
  CASE WHEN json_type(__r23) = 'VARCHAR' THEN CASE WHEN lower(trim(__r23 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE trim(__r23 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) END END AS __t23,
  CASE WHEN json_type(__r24) = 'VARCHAR' THEN CASE WHEN lower(trim(__r24 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE trim(__r24 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) END END AS __t24,
  CASE WHEN json_type(__r25) = 'VARCHAR' THEN CASE WHEN lower(trim(__r25 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE trim(__r25 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) END END AS __t25
FROM (SELECT json_extract(__j, '$."lead_origin"') AS __r0,
  json_extract(__j, '$."lead_source"') AS __r1,
  json_extract(__j, '$."do_not_email"') AS __r2,
  json_extract(__j, '$."do_not_call"') AS __r3,
  json_extract(__j, '$."total_visits"') AS __r4,
  json_extract(__j, '$."total_time_spent_on_website"') AS __r5,
  json_extract(__j, '$."page_views_per_visit"') AS __r6,
  json_extract(__j, '$."last_activity"') AS __r7,
  json_extract(__j, '$."country"') AS __r8,
  json_extract(__j, '$."specialization"') AS __r9,
  json_extract(__j, '$."how_did_you_hear_about_x_education"') AS __r10,
  json_extract(__j, '$."what_is_your_current_occupation"') AS __r11,
  json_extract(__j, '$."what_matters_most_to_you_in_choosing_a_course"') AS __r12,
  json_extract(__j, '$."search"') AS __r13,
  json_extract(__j, '$."magazine"') AS __r14,
  json_extract(__j, '$."newspaper_article"') AS __r15,
  json_extract(__j, '$."x_education_forums"') AS __r16,
  json_extract(__j, '$."newspaper"') AS __r17,
  json_extract(__j, '$."digital_advertisement"') AS __r18,
  json_extract(__j, '$."through_recommendations"') AS __r19,
  json_extract(__j, '$."receive_more_updates_about_our_courses"') AS __r20,
  json_extract(__j, '$."update_me_on_supply_chain_content"') AS __r21,
  json_extract(__j, '$."get_updates_on_dm_content"') AS __r22,
  json_extract(__j, '$."city"') AS __r23,
  json_extract(__j, '$."i_agree_to_pay_the_amount_through_cheque"') AS __r24,
  json_extract(__j, '$."a_free_copy_of_mastering_the_interview"') AS __r25
FROM (SELECT CAST(lead AS JSON) AS __j) AS __lead_json) AS __lead_raw) AS __lead_text) AS __lead_values) AS __l1) AS __l2) AS __l3) AS __l4) AS __l5) AS __l6) AS __l7) AS __l8) AS __l9) AS __scored
);
-- next
COMMIT;
-- next
SELECT state, consecutive_failures FROM leadpipe_tasks WHERE name = $name;
-- next
SELECT state, consecutive_failures FROM leadpipe_tasks WHERE name = $name;
-- next
SELECT "offset" AS o FROM leadpipe_streams WHERE name = $name;
-- next
SELECT "offset" AS o FROM leadpipe_streams WHERE name = $name;
-- next
SELECT coalesce(max(raw_id), 0) AS m FROM leads_raw_rows;
-- next
SELECT column_name, type, declared FROM leadpipe_columns WHERE table_name = 'leads_final';
-- next
SELECT inferred FROM load_history WHERE raw_id_to >= $from + 1 AND raw_id_from <= $to AND inferred IS NOT NULL ORDER BY raw_id_from;
-- next
SELECT inferred FROM load_history WHERE raw_id_to >= $from + 1 AND raw_id_from <= $to AND inferred IS NOT NULL ORDER BY raw_id_from;
-- next
SELECT block_size, current_setting('threads')::BIGINT AS threads
FROM pragma_database_size() WHERE database_name = current_database();
-- next
SELECT count(*) - count(DISTINCT raw_id) AS n FROM leads_raw_rows WHERE raw_id > $from AND raw_id <= $to;
-- next
SELECT count(*) - count(DISTINCT raw_id) AS n FROM leads_raw_rows WHERE raw_id > $from AND raw_id <= $to;
-- next
BEGIN TRANSACTION;
-- next
SELECT column_name, type, declared FROM leadpipe_columns WHERE table_name = 'leads_final';
-- next
SELECT inferred FROM load_history WHERE raw_id_to >= $from + 1 AND raw_id_from <= $to AND inferred IS NOT NULL ORDER BY raw_id_from;
-- next
SELECT inferred FROM load_history WHERE raw_id_to >= $from + 1 AND raw_id_from <= $to AND inferred IS NOT NULL ORDER BY raw_id_from;
-- next
COMMIT;
-- next
CREATE OR REPLACE TEMP TABLE leadpipe_batch_match AS
SELECT b.raw_id, b."prospect_id", f."row_hash" AS __stored_hash, f."first_seen_at" AS __first_seen FROM (
SELECT raw_id, "prospect_id" FROM (
  SELECT
    r."prospect_id",
    r."lead_number",
    r."lead_origin",
    r."lead_source",
    r."do_not_email",
    r."do_not_call",
    r."converted",
    r."total_visits",
    r."total_time_spent_on_website",
    r."page_views_per_visit",
    r."last_activity",
    r."country",
    r."specialization",
    r."how_did_you_hear_about_x_education",
    r."what_is_your_current_occupation",
    r."what_matters_most_to_you_in_choosing_a_course",
    r."search",
    r."magazine",
    r."newspaper_article",
    r."x_education_forums",
    r."newspaper",
    r."digital_advertisement",
    r."through_recommendations",
    r."receive_more_updates_about_our_courses",
    r."tags",
    r."lead_quality",
    r."update_me_on_supply_chain_content",
    r."get_updates_on_dm_content",
    r."lead_profile",
    r."city",
    r."asymmetrique_activity_index",
    r."asymmetrique_profile_index",
    r."asymmetrique_activity_score",
    r."asymmetrique_profile_score",
    r."i_agree_to_pay_the_amount_through_cheque",
    r."a_free_copy_of_mastering_the_interview",
    r."last_notable_activity",
    source_file,
    raw_id
  FROM (
    SELECT r.*, r.file_name AS source_file
    FROM leads_raw_rows AS r
    WHERE r.raw_id > 0 AND r.raw_id <= 3
  ) AS r
)
QUALIFY row_number() OVER (PARTITION BY "prospect_id" ORDER BY raw_id DESC) = 1
) AS b LEFT JOIN leads_final AS f ON f."prospect_id" = b."prospect_id";
-- next
SELECT count(__stored_hash) AS matched, (SELECT count(*) FROM leads_final) AS final_rows FROM leadpipe_batch_match;
-- next
CREATE OR REPLACE TEMP TABLE leadpipe_batch_keys AS
SELECT b.raw_id, b."prospect_id", b.row_hash, m.__stored_hash, m.__first_seen FROM (
SELECT t.raw_id, t."prospect_id", md5(concat(CASE WHEN t."a_free_copy_of_mastering_the_interview" THEN '38:a_free_copy_of_mastering_the_interview4:true' WHEN NOT t."a_free_copy_of_mastering_the_interview" THEN '38:a_free_copy_of_mastering_the_interview5:false' END, CASE WHEN t."asymmetrique_activity_index" IS NOT NULL THEN '27:asymmetrique_activity_index' END, length(t."asymmetrique_activity_index"), CASE WHEN t."asymmetrique_activity_index" IS NOT NULL THEN ':' END, t."asymmetrique_activity_index", CASE WHEN t."asymmetrique_activity_score" IS NOT NULL THEN '27:asymmetrique_activity_score' END, length(CAST(t."asymmetrique_activity_score" AS VARCHAR)), CASE WHEN t."asymmetrique_activity_score" IS NOT NULL THEN ':' END, CAST(t."asymmetrique_activity_score" AS VARCHAR), CASE WHEN t."asymmetrique_profile_index" IS NOT NULL THEN '26:asymmetrique_profile_index' END, length(t."asymmetrique_profile_index"), CASE WHEN t."asymmetrique_profile_index" IS NOT NULL THEN ':' END, t."asymmetrique_profile_index", CASE WHEN t."asymmetrique_profile_score" IS NOT NULL THEN '26:asymmetrique_profile_score' END, length(CAST(t."asymmetrique_profile_score" AS VARCHAR)), CASE WHEN t."asymmetrique_profile_score" IS NOT NULL THEN ':' END, CAST(t."asymmetrique_profile_score" AS VARCHAR), CASE WHEN t."city" IS NOT NULL THEN '4:city' END, length(t."city"), CASE WHEN t."city" IS NOT NULL THEN ':' END, t."city", CASE WHEN t."converted" THEN '9:converted4:true' WHEN NOT t."converted" THEN '9:converted5:false' END, CASE WHEN t."country" IS NOT NULL THEN '7:country' END, length(t."country"), CASE WHEN t."country" IS NOT NULL THEN ':' END, t."country", CASE WHEN t."digital_advertisement" THEN '21:digital_advertisement4:true' WHEN NOT t."digital_advertisement" THEN '21:digital_advertisement5:false' END, CASE WHEN t."do_not_call" THEN '11:do_not_call4:true' WHEN NOT t."do_not_call" THEN '11:do_not_call5:false' END, CASE WHEN t."do_not_email" THEN '12:do_not_email4:true' WHEN NOT t."do_not_email" THEN '12:do_not_email5:false' END, CASE WHEN t."get_updates_on_dm_content" THEN '25:get_updates_on_dm_content4:true' WHEN NOT t."get_updates_on_dm_content" THEN '25:get_updates_on_dm_content5:false' END, CASE WHEN t."how_did_you_hear_about_x_education" IS NOT NULL THEN '34:how_did_you_hear_about_x_education' END, length(t."how_did_you_hear_about_x_education"), CASE WHEN t."how_did_you_hear_about_x_education" IS NOT NULL THEN ':' END, t."how_did_you_hear_about_x_education", CASE WHEN t."i_agree_to_pay_the_amount_through_cheque" THEN '40:i_agree_to_pay_the_amount_through_cheque4:true' WHEN NOT t."i_agree_to_pay_the_amount_through_cheque" THEN '40:i_agree_to_pay_the_amount_through_cheque5:false' END, CASE WHEN t."last_activity" IS NOT NULL THEN '13:last_activity' END, length(t."last_activity"), CASE WHEN t."last_activity" IS NOT NULL THEN ':' END, t."last_activity", CASE WHEN t."last_notable_activity" IS NOT NULL THEN '21:last_notable_activity' END, length(t."last_notable_activity"), CASE WHEN t."last_notable_activity" IS NOT NULL THEN ':' END, t."last_notable_activity", CASE WHEN t."lead_number" IS NOT NULL THEN '11:lead_number' END, length(CAST(t."lead_number" AS VARCHAR)), CASE WHEN t."lead_number" IS NOT NULL THEN ':' END, CAST(t."lead_number" AS VARCHAR), CASE WHEN t."lead_origin" IS NOT NULL THEN '11:lead_origin' END, length(t."lead_origin"), CASE WHEN t."lead_origin" IS NOT NULL THEN ':' END, t."lead_origin", CASE WHEN t."lead_profile" IS NOT NULL THEN '12:lead_profile' END, length(t."lead_profile"), CASE WHEN t."lead_profile" IS NOT NULL THEN ':' END, t."lead_profile", CASE WHEN t."lead_quality" IS NOT NULL THEN '12:lead_quality' END, length(t."lead_quality"), CASE WHEN t."lead_quality" IS NOT NULL THEN ':' END, t."lead_quality", CASE WHEN t."lead_source" IS NOT NULL THEN '11:lead_source' END, length(t."lead_source"), CASE WHEN t."lead_source" IS NOT NULL THEN ':' END, t."lead_source", CASE WHEN t."magazine" THEN '8:magazine4:true' WHEN NOT t."magazine" THEN '8:magazine5:false' END, CASE WHEN t."newspaper" THEN '9:newspaper4:true' WHEN NOT t."newspaper" THEN '9:newspaper5:false' END, CASE WHEN t."newspaper_article" THEN '17:newspaper_article4:true' WHEN NOT t."newspaper_article" THEN '17:newspaper_article5:false' END, CASE WHEN t."page_views_per_visit" IS NOT NULL THEN '20:page_views_per_visit' END, length(CAST(t."page_views_per_visit" AS VARCHAR)), CASE WHEN t."page_views_per_visit" IS NOT NULL THEN ':' END, CAST(t."page_views_per_visit" AS VARCHAR), CASE WHEN t."prospect_id" IS NOT NULL THEN '11:prospect_id' END, length(t."prospect_id"), CASE WHEN t."prospect_id" IS NOT NULL THEN ':' END, t."prospect_id", CASE WHEN t."receive_more_updates_about_our_courses" THEN '38:receive_more_updates_about_our_courses4:true' WHEN NOT t."receive_more_updates_about_our_courses" THEN '38:receive_more_updates_about_our_courses5:false' END, CASE WHEN t."search" THEN '6:search4:true' WHEN NOT t."search" THEN '6:search5:false' END, CASE WHEN t."specialization" IS NOT NULL THEN '14:specialization' END, length(t."specialization"), CASE WHEN t."specialization" IS NOT NULL THEN ':' END, t."specialization", CASE WHEN t."tags" IS NOT NULL THEN '4:tags' END, length(t."tags"), CASE WHEN t."tags" IS NOT NULL THEN ':' END, t."tags", CASE WHEN t."through_recommendations" THEN '23:through_recommendations4:true' WHEN NOT t."through_recommendations" THEN '23:through_recommendations5:false' END, CASE WHEN t."total_time_spent_on_website" IS NOT NULL THEN '27:total_time_spent_on_website' END, length(CAST(t."total_time_spent_on_website" AS VARCHAR)), CASE WHEN t."total_time_spent_on_website" IS NOT NULL THEN ':' END, CAST(t."total_time_spent_on_website" AS VARCHAR), CASE WHEN t."total_visits" IS NOT NULL THEN '12:total_visits' END, length(CAST(t."total_visits" AS VARCHAR)), CASE WHEN t."total_visits" IS NOT NULL THEN ':' END, CAST(t."total_visits" AS VARCHAR), CASE WHEN t."update_me_on_supply_chain_content" THEN '33:update_me_on_supply_chain_content4:true' WHEN NOT t."update_me_on_supply_chain_content" THEN '33:update_me_on_supply_chain_content5:false' END, CASE WHEN t."what_is_your_current_occupation" IS NOT NULL THEN '31:what_is_your_current_occupation' END, length(t."what_is_your_current_occupation"), CASE WHEN t."what_is_your_current_occupation" IS NOT NULL THEN ':' END, t."what_is_your_current_occupation", CASE WHEN t."what_matters_most_to_you_in_choosing_a_course" IS NOT NULL THEN '45:what_matters_most_to_you_in_choosing_a_course' END, length(t."what_matters_most_to_you_in_choosing_a_course"), CASE WHEN t."what_matters_most_to_you_in_choosing_a_course" IS NOT NULL THEN ':' END, t."what_matters_most_to_you_in_choosing_a_course", CASE WHEN t."x_education_forums" THEN '18:x_education_forums4:true' WHEN NOT t."x_education_forums" THEN '18:x_education_forums5:false' END)) AS row_hash FROM (
  SELECT
    r."prospect_id",
    r."lead_number",
    r."lead_origin",
    r."lead_source",
    r."do_not_email",
    r."do_not_call",
    r."converted",
    r."total_visits",
    r."total_time_spent_on_website",
    r."page_views_per_visit",
    r."last_activity",
    r."country",
    r."specialization",
    r."how_did_you_hear_about_x_education",
    r."what_is_your_current_occupation",
    r."what_matters_most_to_you_in_choosing_a_course",
    r."search",
    r."magazine",
    r."newspaper_article",
    r."x_education_forums",
    r."newspaper",
    r."digital_advertisement",
    r."through_recommendations",
    r."receive_more_updates_about_our_courses",
    r."tags",
    r."lead_quality",
    r."update_me_on_supply_chain_content",
    r."get_updates_on_dm_content",
    r."lead_profile",
    r."city",
    r."asymmetrique_activity_index",
    r."asymmetrique_profile_index",
    r."asymmetrique_activity_score",
    r."asymmetrique_profile_score",
    r."i_agree_to_pay_the_amount_through_cheque",
    r."a_free_copy_of_mastering_the_interview",
    r."last_notable_activity",
    source_file,
    raw_id
  FROM (
    SELECT r.*, r.file_name AS source_file
    FROM leads_raw_rows AS r
    WHERE r.raw_id > 0 AND r.raw_id <= 3
  ) AS r
) AS t SEMI JOIN leadpipe_batch_match AS m ON m.raw_id = t.raw_id AND m."prospect_id" = t."prospect_id"
) AS b JOIN leadpipe_batch_match AS m ON m.raw_id = b.raw_id AND m."prospect_id" = b."prospect_id";
-- next
CREATE OR REPLACE TEMP VIEW leadpipe_batch AS
SELECT t.*, b.row_hash, b.__stored_hash, b.__first_seen,
  {'prospect_id': t."prospect_id", 'lead_number': t."lead_number", 'lead_origin': t."lead_origin", 'lead_source': t."lead_source", 'do_not_email': t."do_not_email", 'do_not_call': t."do_not_call", 'converted': t."converted", 'total_visits': t."total_visits", 'total_time_spent_on_website': t."total_time_spent_on_website", 'page_views_per_visit': t."page_views_per_visit", 'last_activity': t."last_activity", 'country': t."country", 'specialization': t."specialization", 'how_did_you_hear_about_x_education': t."how_did_you_hear_about_x_education", 'what_is_your_current_occupation': t."what_is_your_current_occupation", 'what_matters_most_to_you_in_choosing_a_course': t."what_matters_most_to_you_in_choosing_a_course", 'search': t."search", 'magazine': t."magazine", 'newspaper_article': t."newspaper_article", 'x_education_forums': t."x_education_forums", 'newspaper': t."newspaper", 'digital_advertisement': t."digital_advertisement", 'through_recommendations': t."through_recommendations", 'receive_more_updates_about_our_courses': t."receive_more_updates_about_our_courses", 'tags': t."tags", 'lead_quality': t."lead_quality", 'update_me_on_supply_chain_content': t."update_me_on_supply_chain_content", 'get_updates_on_dm_content': t."get_updates_on_dm_content", 'lead_profile': t."lead_profile", 'city': t."city", 'asymmetrique_activity_index': t."asymmetrique_activity_index", 'asymmetrique_profile_index': t."asymmetrique_profile_index", 'asymmetrique_activity_score': t."asymmetrique_activity_score", 'asymmetrique_profile_score': t."asymmetrique_profile_score", 'i_agree_to_pay_the_amount_through_cheque': t."i_agree_to_pay_the_amount_through_cheque", 'a_free_copy_of_mastering_the_interview': t."a_free_copy_of_mastering_the_interview", 'last_notable_activity': t."last_notable_activity", 'row_hash': b.row_hash, 'source_file': t.source_file, '__first_seen': b.__first_seen} AS __row FROM (
  SELECT
    r."prospect_id",
    r."lead_number",
    r."lead_origin",
    r."lead_source",
    r."do_not_email",
    r."do_not_call",
    r."converted",
    r."total_visits",
    r."total_time_spent_on_website",
    r."page_views_per_visit",
    r."last_activity",
    r."country",
    r."specialization",
    r."how_did_you_hear_about_x_education",
    r."what_is_your_current_occupation",
    r."what_matters_most_to_you_in_choosing_a_course",
    r."search",
    r."magazine",
    r."newspaper_article",
    r."x_education_forums",
    r."newspaper",
    r."digital_advertisement",
    r."through_recommendations",
    r."receive_more_updates_about_our_courses",
    r."tags",
    r."lead_quality",
    r."update_me_on_supply_chain_content",
    r."get_updates_on_dm_content",
    r."lead_profile",
    r."city",
    r."asymmetrique_activity_index",
    r."asymmetrique_profile_index",
    r."asymmetrique_activity_score",
    r."asymmetrique_profile_score",
    r."i_agree_to_pay_the_amount_through_cheque",
    r."a_free_copy_of_mastering_the_interview",
    r."last_notable_activity",
    source_file,
    raw_id
  FROM (
    SELECT r.*, r.file_name AS source_file
    FROM leads_raw_rows AS r
    WHERE r.raw_id > 0 AND r.raw_id <= 3
  ) AS r
) AS t JOIN leadpipe_batch_keys AS b ON b.raw_id = t.raw_id AND b."prospect_id" = t."prospect_id";
-- next
SELECT
  count(*) FILTER (WHERE __stored_hash IS NULL) AS inserted,
  count(*) FILTER (WHERE __stored_hash <> row_hash) AS updated,
  count(*) FILTER (WHERE __stored_hash = row_hash) AS unchanged
FROM leadpipe_batch_keys;
-- next
SELECT count(*) AS n FROM leads_raw_rows WHERE raw_id > $from AND raw_id <= $to;
-- next
SELECT count(*) AS n FROM leads_raw_rows WHERE raw_id > $from AND raw_id <= $to;
-- next
DELETE FROM leadpipe_batch_keys WHERE __stored_hash = row_hash;
-- next
BEGIN TRANSACTION;
-- next
SELECT version FROM leadpipe_models WHERE active AND version = $v;
-- next
SELECT version FROM leadpipe_models WHERE active AND version = $v;
-- next
INSERT INTO leads_final ("prospect_id", "lead_number", "lead_origin", "lead_source", "do_not_email", "do_not_call", "converted", "total_visits", "total_time_spent_on_website", "page_views_per_visit", "last_activity", "country", "specialization", "how_did_you_hear_about_x_education", "what_is_your_current_occupation", "what_matters_most_to_you_in_choosing_a_course", "search", "magazine", "newspaper_article", "x_education_forums", "newspaper", "digital_advertisement", "through_recommendations", "receive_more_updates_about_our_courses", "tags", "lead_quality", "update_me_on_supply_chain_content", "get_updates_on_dm_content", "lead_profile", "city", "asymmetrique_activity_index", "asymmetrique_profile_index", "asymmetrique_activity_score", "asymmetrique_profile_score", "i_agree_to_pay_the_amount_through_cheque", "a_free_copy_of_mastering_the_interview", "last_notable_activity", "row_hash", "source_file", "probability", "score", "grade", "reasons", "model_version", "first_seen_at", "updated_at", "scored_at")
SELECT struct_extract(__row, 'prospect_id'), struct_extract(__row, 'lead_number'), struct_extract(__row, 'lead_origin'), struct_extract(__row, 'lead_source'), struct_extract(__row, 'do_not_email'), struct_extract(__row, 'do_not_call'), struct_extract(__row, 'converted'), struct_extract(__row, 'total_visits'), struct_extract(__row, 'total_time_spent_on_website'), struct_extract(__row, 'page_views_per_visit'), struct_extract(__row, 'last_activity'), struct_extract(__row, 'country'), struct_extract(__row, 'specialization'), struct_extract(__row, 'how_did_you_hear_about_x_education'), struct_extract(__row, 'what_is_your_current_occupation'), struct_extract(__row, 'what_matters_most_to_you_in_choosing_a_course'), struct_extract(__row, 'search'), struct_extract(__row, 'magazine'), struct_extract(__row, 'newspaper_article'), struct_extract(__row, 'x_education_forums'), struct_extract(__row, 'newspaper'), struct_extract(__row, 'digital_advertisement'), struct_extract(__row, 'through_recommendations'), struct_extract(__row, 'receive_more_updates_about_our_courses'), struct_extract(__row, 'tags'), struct_extract(__row, 'lead_quality'), struct_extract(__row, 'update_me_on_supply_chain_content'), struct_extract(__row, 'get_updates_on_dm_content'), struct_extract(__row, 'lead_profile'), struct_extract(__row, 'city'), struct_extract(__row, 'asymmetrique_activity_index'), struct_extract(__row, 'asymmetrique_profile_index'), struct_extract(__row, 'asymmetrique_activity_score'), struct_extract(__row, 'asymmetrique_profile_score'), struct_extract(__row, 'i_agree_to_pay_the_amount_through_cheque'), struct_extract(__row, 'a_free_copy_of_mastering_the_interview'), struct_extract(__row, 'last_notable_activity'), struct_extract(__row, 'row_hash'), struct_extract(__row, 'source_file'),
  probability, score, CASE WHEN score >= 74 THEN 'A' WHEN score >= 25 THEN 'B' WHEN score >= 6 THEN 'C' ELSE 'D' END AS grade, reasons, model_version, coalesce(struct_extract(__row, '__first_seen'), $now), $now, $now
FROM (
  SELECT s.__row, s.model_version, s.probability, coalesce(o.score, s.score) AS score,
    CAST(s.reasons AS STRUCT(positive STRUCT("log_odds" DOUBLE, "feature" VARCHAR, "label" VARCHAR, "value" VARCHAR, "points" DOUBLE, "text" VARCHAR)[], negative STRUCT("log_odds" DOUBLE, "feature" VARCHAR, "label" VARCHAR, "value" VARCHAR, "points" DOUBLE, "text" VARCHAR)[])) AS reasons
  FROM (SELECT "prospect_id", "__row", 'gbt-c8cc1c52dbd8dd2f' AS model_version, probability, score, CASE WHEN score >= 74 THEN 'A' WHEN score >= 25 THEN 'B' WHEN score >= 6 THEN 'C' ELSE 'D' END AS grade,
  {'positive': list_slice([{'log_odds': __p1_log_odds, 'feature': ['a_free_copy_of_mastering_the_interview', 'city', 'country', 'do_not_email', 'how_did_you_hear_about_x_education', 'last_activity', 'lead_origin', 'lead_source', 'page_views_per_visit', 'specialization', 'time_per_visit', 'total_time_spent_on_website', 'total_visits', 'what_is_your_current_occupation', 'what_matters_most_to_you_in_choosing_a_course'][__p1_r + 1], 'value': __p1_value, 'points': __p1_points},
    {'log_odds': __p2_log_odds, 'feature': ['a_free_copy_of_mastering_the_interview', 'city', 'country', 'do_not_email', 'how_did_you_hear_about_x_education', 'last_activity', 'lead_origin', 'lead_source', 'page_views_per_visit', 'specialization', 'time_per_visit', 'total_time_spent_on_website', 'total_visits', 'what_is_your_current_occupation', 'what_matters_most_to_you_in_choosing_a_course'][__p2_r + 1], 'value': __p2_value, 'points': __p2_points},
    {'log_odds': __p3_log_odds, 'feature': ['a_free_copy_of_mastering_the_interview', 'city', 'country', 'do_not_email', 'how_did_you_hear_about_x_education', 'last_activity', 'lead_origin', 'lead_source', 'page_views_per_visit', 'specialization', 'time_per_visit', 'total_time_spent_on_website', 'total_visits', 'what_is_your_current_occupation', 'what_matters_most_to_you_in_choosing_a_course'][__p3_r + 1], 'value': __p3_value, 'points': __p3_points}], 1, __npos),
   'negative': list_slice([{'log_odds': __n1_log_odds, 'feature': ['a_free_copy_of_mastering_the_interview', 'city', 'country', 'do_not_email', 'how_did_you_hear_about_x_education', 'last_activity', 'lead_origin', 'lead_source', 'page_views_per_visit', 'specialization', 'time_per_visit', 'total_time_spent_on_website', 'total_visits', 'what_is_your_current_occupation', 'what_matters_most_to_you_in_choosing_a_course'][__n1_r + 1], 'value': __n1_value, 'points': __n1_points},
    {'log_odds': __n2_log_odds, 'feature': ['a_free_copy_of_mastering_the_interview', 'city', 'country', 'do_not_email', 'how_did_you_hear_about_x_education', 'last_activity', 'lead_origin', 'lead_source', 'page_views_per_visit', 'specialization', 'time_per_visit', 'total_time_spent_on_website', 'total_visits', 'what_is_your_current_occupation', 'what_matters_most_to_you_in_choosing_a_course'][__n2_r + 1], 'value': __n2_value, 'points': __n2_points},
    {'log_odds': __n3_log_odds, 'feature': ['a_free_copy_of_mastering_the_interview', 'city', 'country', 'do_not_email', 'how_did_you_hear_about_x_education', 'last_activity', 'lead_origin', 'lead_source', 'page_views_per_visit', 'specialization', 'time_per_visit', 'total_time_spent_on_website', 'total_visits', 'what_is_your_current_occupation', 'what_matters_most_to_you_in_choosing_a_course'][__n3_r + 1], 'value': __n3_value, 'points': __n3_points}], 1, __nneg)} AS reasons
FROM (SELECT "prospect_id", "__row",
  probability,
  score,
  __npos,
  __nneg,
  __p1_r,
  __p1_log_odds,
  CASE __p1_r WHEN 0 THEN CASE WHEN __f25 = 1 THEN 'Yes' WHEN __f25 = 0 THEN 'No' ELSE 'missing' END WHEN 1 THEN CASE WHEN __f23 = 7 THEN __t23 ELSE ['Mumbai', 'Thane & Outskirts', 'Other Cities', 'Other Cities of Maharashtra', 'Other Metro Cities', 'Tier II Cities', 'missing', 'other'][__f23 + 1] END WHEN 2 THEN CASE WHEN __f8 = 8 THEN __t8 ELSE ['India', 'United States', 'United Arab Emirates', 'Saudi Arabia', 'Singapore', 'United Kingdom', 'Australia', 'missing', 'other'][__f8 + 1] END WHEN 3 THEN CASE WHEN __f2 = 1 THEN 'Yes' WHEN __f2 = 0 THEN 'No' ELSE 'missing' END WHEN 4 THEN CASE WHEN __f10 = 10 THEN __t10 ELSE ['Online Search', 'Word Of Mouth', 'Student of SomeSchool', 'Other', 'Multiple Sources', 'Advertisements', 'Social Media', 'SMS', 'Email', 'missing', 'other'][__f10 + 1] END WHEN 5 THEN CASE WHEN __f7 = 12 THEN __t7 ELSE ['Email Opened', 'SMS Sent', 'Olark Chat Conversation', 'Page Visited on Website', 'Converted to Lead', 'Email Bounced', 'Email Link Clicked', 'Form Submitted on Website', 'Unreachable', 'Unsubscribed', 'Had a Phone Conversation', 'missing', 'other'][__f7 + 1] END WHEN 6 THEN CASE WHEN __f0 = 5 THEN __t0 ELSE ['Landing Page Submission', 'API', 'Lead Add Form', 'Lead Import', 'missing', 'other'][__f0 + 1] END WHEN 7 THEN CASE WHEN __f1 = 9 THEN __t1 ELSE ['Google', 'Direct Traffic', 'Olark Chat', 'Organic Search', 'Reference', 'Referral Sites', 'Welingak Website', 'Facebook', 'missing', 'other'][__f1 + 1] END WHEN 8 THEN CASE WHEN __f6 IS NULL THEN 'missing' WHEN ROUND(__f6, 2) = ROUND(ROUND(__f6, 2)) AND abs(ROUND(__f6, 2)) < 9e18 THEN CAST(CAST(ROUND(__f6, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f6, 2) AS VARCHAR) END WHEN 9 THEN CASE WHEN __f9 = 19 THEN __t9 ELSE ['Finance Management', 'Marketing Management', 'Human Resource Management', 'Operations Management', 'Business Administration', 'IT Projects Management', 'Supply Chain Management', 'Banking, Investment And Insurance', 'Media and Advertising', 'Travel and Tourism', 'International Business', 'Healthcare Management', 'Hospitality Management', 'E-COMMERCE', 'Retail Management', 'Rural and Agribusiness', 'E-Business', 'Services Excellence', 'missing', 'other'][__f9 + 1] END WHEN 10 THEN CASE WHEN __f26 IS NULL THEN 'missing' WHEN ROUND(__f26, 2) = ROUND(ROUND(__f26, 2)) AND abs(ROUND(__f26, 2)) < 9e18 THEN CAST(CAST(ROUND(__f26, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f26, 2) AS VARCHAR) END WHEN 11 THEN CASE WHEN __f5 IS NULL THEN 'missing' WHEN ROUND(__f5, 2) = ROUND(ROUND(__f5, 2)) AND abs(ROUND(__f5, 2)) < 9e18 THEN CAST(CAST(ROUND(__f5, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f5, 2) AS VARCHAR) END WHEN 12 THEN CASE WHEN __f4 IS NULL THEN 'missing' WHEN ROUND(__f4, 2) = ROUND(ROUND(__f4, 2)) AND abs(ROUND(__f4, 2)) < 9e18 THEN CAST(CAST(ROUND(__f4, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f4, 2) AS VARCHAR) END WHEN 13 THEN CASE WHEN __f11 = 4 THEN __t11 ELSE ['Unemployed', 'Working Professional', 'Student', 'missing', 'other'][__f11 + 1] END WHEN 14 THEN CASE WHEN __f12 = 2 THEN __t12 ELSE ['Better Career Prospects', 'missing', 'other'][__f12 + 1] END END AS __p1_value,
  CAST(ROUND(__p1_log_odds * 1.4426950408889635e+1) AS INTEGER) AS __p1_points,
  __p2_r,
  __p2_log_odds,
  CASE __p2_r WHEN 0 THEN CASE WHEN __f25 = 1 THEN 'Yes' WHEN __f25 = 0 THEN 'No' ELSE 'missing' END WHEN 1 THEN CASE WHEN __f23 = 7 THEN __t23 ELSE ['Mumbai', 'Thane & Outskirts', 'Other Cities', 'Other Cities of Maharashtra', 'Other Metro Cities', 'Tier II Cities', 'missing', 'other'][__f23 + 1] END WHEN 2 THEN CASE WHEN __f8 = 8 THEN __t8 ELSE ['India', 'United States', 'United Arab Emirates', 'Saudi Arabia', 'Singapore', 'United Kingdom', 'Australia', 'missing', 'other'][__f8 + 1] END WHEN 3 THEN CASE WHEN __f2 = 1 THEN 'Yes' WHEN __f2 = 0 THEN 'No' ELSE 'missing' END WHEN 4 THEN CASE WHEN __f10 = 10 THEN __t10 ELSE ['Online Search', 'Word Of Mouth', 'Student of SomeSchool', 'Other', 'Multiple Sources', 'Advertisements', 'Social Media', 'SMS', 'Email', 'missing', 'other'][__f10 + 1] END WHEN 5 THEN CASE WHEN __f7 = 12 THEN __t7 ELSE ['Email Opened', 'SMS Sent', 'Olark Chat Conversation', 'Page Visited on Website', 'Converted to Lead', 'Email Bounced', 'Email Link Clicked', 'Form Submitted on Website', 'Unreachable', 'Unsubscribed', 'Had a Phone Conversation', 'missing', 'other'][__f7 + 1] END WHEN 6 THEN CASE WHEN __f0 = 5 THEN __t0 ELSE ['Landing Page Submission', 'API', 'Lead Add Form', 'Lead Import', 'missing', 'other'][__f0 + 1] END WHEN 7 THEN CASE WHEN __f1 = 9 THEN __t1 ELSE ['Google', 'Direct Traffic', 'Olark Chat', 'Organic Search', 'Reference', 'Referral Sites', 'Welingak Website', 'Facebook', 'missing', 'other'][__f1 + 1] END WHEN 8 THEN CASE WHEN __f6 IS NULL THEN 'missing' WHEN ROUND(__f6, 2) = ROUND(ROUND(__f6, 2)) AND abs(ROUND(__f6, 2)) < 9e18 THEN CAST(CAST(ROUND(__f6, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f6, 2) AS VARCHAR) END WHEN 9 THEN CASE WHEN __f9 = 19 THEN __t9 ELSE ['Finance Management', 'Marketing Management', 'Human Resource Management', 'Operations Management', 'Business Administration', 'IT Projects Management', 'Supply Chain Management', 'Banking, Investment And Insurance', 'Media and Advertising', 'Travel and Tourism', 'International Business', 'Healthcare Management', 'Hospitality Management', 'E-COMMERCE', 'Retail Management', 'Rural and Agribusiness', 'E-Business', 'Services Excellence', 'missing', 'other'][__f9 + 1] END WHEN 10 THEN CASE WHEN __f26 IS NULL THEN 'missing' WHEN ROUND(__f26, 2) = ROUND(ROUND(__f26, 2)) AND abs(ROUND(__f26, 2)) < 9e18 THEN CAST(CAST(ROUND(__f26, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f26, 2) AS VARCHAR) END WHEN 11 THEN CASE WHEN __f5 IS NULL THEN 'missing' WHEN ROUND(__f5, 2) = ROUND(ROUND(__f5, 2)) AND abs(ROUND(__f5, 2)) < 9e18 THEN CAST(CAST(ROUND(__f5, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f5, 2) AS VARCHAR) END WHEN 12 THEN CASE WHEN __f4 IS NULL THEN 'missing' WHEN ROUND(__f4, 2) = ROUND(ROUND(__f4, 2)) AND abs(ROUND(__f4, 2)) < 9e18 THEN CAST(CAST(ROUND(__f4, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f4, 2) AS VARCHAR) END WHEN 13 THEN CASE WHEN __f11 = 4 THEN __t11 ELSE ['Unemployed', 'Working Professional', 'Student', 'missing', 'other'][__f11 + 1] END WHEN 14 THEN CASE WHEN __f12 = 2 THEN __t12 ELSE ['Better Career Prospects', 'missing', 'other'][__f12 + 1] END END AS __p2_value,
  CAST(ROUND(__p2_log_odds * 1.4426950408889635e+1) AS INTEGER) AS __p2_points,
  __p3_r,
  __p3_log_odds,
  CASE __p3_r WHEN 0 THEN CASE WHEN __f25 = 1 THEN 'Yes' WHEN __f25 = 0 THEN 'No' ELSE 'missing' END WHEN 1 THEN CASE WHEN __f23 = 7 THEN __t23 ELSE ['Mumbai', 'Thane & Outskirts', 'Other Cities', 'Other Cities of Maharashtra', 'Other Metro Cities', 'Tier II Cities', 'missing', 'other'][__f23 + 1] END WHEN 2 THEN CASE WHEN __f8 = 8 THEN __t8 ELSE ['India', 'United States', 'United Arab Emirates', 'Saudi Arabia', 'Singapore', 'United Kingdom', 'Australia', 'missing', 'other'][__f8 + 1] END WHEN 3 THEN CASE WHEN __f2 = 1 THEN 'Yes' WHEN __f2 = 0 THEN 'No' ELSE 'missing' END WHEN 4 THEN CASE WHEN __f10 = 10 THEN __t10 ELSE ['Online Search', 'Word Of Mouth', 'Student of SomeSchool', 'Other', 'Multiple Sources', 'Advertisements', 'Social Media', 'SMS', 'Email', 'missing', 'other'][__f10 + 1] END WHEN 5 THEN CASE WHEN __f7 = 12 THEN __t7 ELSE ['Email Opened', 'SMS Sent', 'Olark Chat Conversation', 'Page Visited on Website', 'Converted to Lead', 'Email Bounced', 'Email Link Clicked', 'Form Submitted on Website', 'Unreachable', 'Unsubscribed', 'Had a Phone Conversation', 'missing', 'other'][__f7 + 1] END WHEN 6 THEN CASE WHEN __f0 = 5 THEN __t0 ELSE ['Landing Page Submission', 'API', 'Lead Add Form', 'Lead Import', 'missing', 'other'][__f0 + 1] END WHEN 7 THEN CASE WHEN __f1 = 9 THEN __t1 ELSE ['Google', 'Direct Traffic', 'Olark Chat', 'Organic Search', 'Reference', 'Referral Sites', 'Welingak Website', 'Facebook', 'missing', 'other'][__f1 + 1] END WHEN 8 THEN CASE WHEN __f6 IS NULL THEN 'missing' WHEN ROUND(__f6, 2) = ROUND(ROUND(__f6, 2)) AND abs(ROUND(__f6, 2)) < 9e18 THEN CAST(CAST(ROUND(__f6, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f6, 2) AS VARCHAR) END WHEN 9 THEN CASE WHEN __f9 = 19 THEN __t9 ELSE ['Finance Management', 'Marketing Management', 'Human Resource Management', 'Operations Management', 'Business Administration', 'IT Projects Management', 'Supply Chain Management', 'Banking, Investment And Insurance', 'Media and Advertising', 'Travel and Tourism', 'International Business', 'Healthcare Management', 'Hospitality Management', 'E-COMMERCE', 'Retail Management', 'Rural and Agribusiness', 'E-Business', 'Services Excellence', 'missing', 'other'][__f9 + 1] END WHEN 10 THEN CASE WHEN __f26 IS NULL THEN 'missing' WHEN ROUND(__f26, 2) = ROUND(ROUND(__f26, 2)) AND abs(ROUND(__f26, 2)) < 9e18 THEN CAST(CAST(ROUND(__f26, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f26, 2) AS VARCHAR) END WHEN 11 THEN CASE WHEN __f5 IS NULL THEN 'missing' WHEN ROUND(__f5, 2) = ROUND(ROUND(__f5, 2)) AND abs(ROUND(__f5, 2)) < 9e18 THEN CAST(CAST(ROUND(__f5, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f5, 2) AS VARCHAR) END WHEN 12 THEN CASE WHEN __f4 IS NULL THEN 'missing' WHEN ROUND(__f4, 2) = ROUND(ROUND(__f4, 2)) AND abs(ROUND(__f4, 2)) < 9e18 THEN CAST(CAST(ROUND(__f4, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f4, 2) AS VARCHAR) END WHEN 13 THEN CASE WHEN __f11 = 4 THEN __t11 ELSE ['Unemployed', 'Working Professional', 'Student', 'missing', 'other'][__f11 + 1] END WHEN 14 THEN CASE WHEN __f12 = 2 THEN __t12 ELSE ['Better Career Prospects', 'missing', 'other'][__f12 + 1] END END AS __p3_value,
  CAST(ROUND(__p3_log_odds * 1.4426950408889635e+1) AS INTEGER) AS __p3_points,
  __n1_r,
  __n1_log_odds,
  CASE __n1_r WHEN 0 THEN CASE WHEN __f25 = 1 THEN 'Yes' WHEN __f25 = 0 THEN 'No' ELSE 'missing' END WHEN 1 THEN CASE WHEN __f23 = 7 THEN __t23 ELSE ['Mumbai', 'Thane & Outskirts', 'Other Cities', 'Other Cities of Maharashtra', 'Other Metro Cities', 'Tier II Cities', 'missing', 'other'][__f23 + 1] END WHEN 2 THEN CASE WHEN __f8 = 8 THEN __t8 ELSE ['India', 'United States', 'United Arab Emirates', 'Saudi Arabia', 'Singapore', 'United Kingdom', 'Australia', 'missing', 'other'][__f8 + 1] END WHEN 3 THEN CASE WHEN __f2 = 1 THEN 'Yes' WHEN __f2 = 0 THEN 'No' ELSE 'missing' END WHEN 4 THEN CASE WHEN __f10 = 10 THEN __t10 ELSE ['Online Search', 'Word Of Mouth', 'Student of SomeSchool', 'Other', 'Multiple Sources', 'Advertisements', 'Social Media', 'SMS', 'Email', 'missing', 'other'][__f10 + 1] END WHEN 5 THEN CASE WHEN __f7 = 12 THEN __t7 ELSE ['Email Opened', 'SMS Sent', 'Olark Chat Conversation', 'Page Visited on Website', 'Converted to Lead', 'Email Bounced', 'Email Link Clicked', 'Form Submitted on Website', 'Unreachable', 'Unsubscribed', 'Had a Phone Conversation', 'missing', 'other'][__f7 + 1] END WHEN 6 THEN CASE WHEN __f0 = 5 THEN __t0 ELSE ['Landing Page Submission', 'API', 'Lead Add Form', 'Lead Import', 'missing', 'other'][__f0 + 1] END WHEN 7 THEN CASE WHEN __f1 = 9 THEN __t1 ELSE ['Google', 'Direct Traffic', 'Olark Chat', 'Organic Search', 'Reference', 'Referral Sites', 'Welingak Website', 'Facebook', 'missing', 'other'][__f1 + 1] END WHEN 8 THEN CASE WHEN __f6 IS NULL THEN 'missing' WHEN ROUND(__f6, 2) = ROUND(ROUND(__f6, 2)) AND abs(ROUND(__f6, 2)) < 9e18 THEN CAST(CAST(ROUND(__f6, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f6, 2) AS VARCHAR) END WHEN 9 THEN CASE WHEN __f9 = 19 THEN __t9 ELSE ['Finance Management', 'Marketing Management', 'Human Resource Management', 'Operations Management', 'Business Administration', 'IT Projects Management', 'Supply Chain Management', 'Banking, Investment And Insurance', 'Media and Advertising', 'Travel and Tourism', 'International Business', 'Healthcare Management', 'Hospitality Management', 'E-COMMERCE', 'Retail Management', 'Rural and Agribusiness', 'E-Business', 'Services Excellence', 'missing', 'other'][__f9 + 1] END WHEN 10 THEN CASE WHEN __f26 IS NULL THEN 'missing' WHEN ROUND(__f26, 2) = ROUND(ROUND(__f26, 2)) AND abs(ROUND(__f26, 2)) < 9e18 THEN CAST(CAST(ROUND(__f26, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f26, 2) AS VARCHAR) END WHEN 11 THEN CASE WHEN __f5 IS NULL THEN 'missing' WHEN ROUND(__f5, 2) = ROUND(ROUND(__f5, 2)) AND abs(ROUND(__f5, 2)) < 9e18 THEN CAST(CAST(ROUND(__f5, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f5, 2) AS VARCHAR) END WHEN 12 THEN CASE WHEN __f4 IS NULL THEN 'missing' WHEN ROUND(__f4, 2) = ROUND(ROUND(__f4, 2)) AND abs(ROUND(__f4, 2)) < 9e18 THEN CAST(CAST(ROUND(__f4, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f4, 2) AS VARCHAR) END WHEN 13 THEN CASE WHEN __f11 = 4 THEN __t11 ELSE ['Unemployed', 'Working Professional', 'Student', 'missing', 'other'][__f11 + 1] END WHEN 14 THEN CASE WHEN __f12 = 2 THEN __t12 ELSE ['Better Career Prospects', 'missing', 'other'][__f12 + 1] END END AS __n1_value,
  CAST(ROUND(__n1_log_odds * 1.4426950408889635e+1) AS INTEGER) AS __n1_points,
  __n2_r,
  __n2_log_odds,
  CASE __n2_r WHEN 0 THEN CASE WHEN __f25 = 1 THEN 'Yes' WHEN __f25 = 0 THEN 'No' ELSE 'missing' END WHEN 1 THEN CASE WHEN __f23 = 7 THEN __t23 ELSE ['Mumbai', 'Thane & Outskirts', 'Other Cities', 'Other Cities of Maharashtra', 'Other Metro Cities', 'Tier II Cities', 'missing', 'other'][__f23 + 1] END WHEN 2 THEN CASE WHEN __f8 = 8 THEN __t8 ELSE ['India', 'United States', 'United Arab Emirates', 'Saudi Arabia', 'Singapore', 'United Kingdom', 'Australia', 'missing', 'other'][__f8 + 1] END WHEN 3 THEN CASE WHEN __f2 = 1 THEN 'Yes' WHEN __f2 = 0 THEN 'No' ELSE 'missing' END WHEN 4 THEN CASE WHEN __f10 = 10 THEN __t10 ELSE ['Online Search', 'Word Of Mouth', 'Student of SomeSchool', 'Other', 'Multiple Sources', 'Advertisements', 'Social Media', 'SMS', 'Email', 'missing', 'other'][__f10 + 1] END WHEN 5 THEN CASE WHEN __f7 = 12 THEN __t7 ELSE ['Email Opened', 'SMS Sent', 'Olark Chat Conversation', 'Page Visited on Website', 'Converted to Lead', 'Email Bounced', 'Email Link Clicked', 'Form Submitted on Website', 'Unreachable', 'Unsubscribed', 'Had a Phone Conversation', 'missing', 'other'][__f7 + 1] END WHEN 6 THEN CASE WHEN __f0 = 5 THEN __t0 ELSE ['Landing Page Submission', 'API', 'Lead Add Form', 'Lead Import', 'missing', 'other'][__f0 + 1] END WHEN 7 THEN CASE WHEN __f1 = 9 THEN __t1 ELSE ['Google', 'Direct Traffic', 'Olark Chat', 'Organic Search', 'Reference', 'Referral Sites', 'Welingak Website', 'Facebook', 'missing', 'other'][__f1 + 1] END WHEN 8 THEN CASE WHEN __f6 IS NULL THEN 'missing' WHEN ROUND(__f6, 2) = ROUND(ROUND(__f6, 2)) AND abs(ROUND(__f6, 2)) < 9e18 THEN CAST(CAST(ROUND(__f6, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f6, 2) AS VARCHAR) END WHEN 9 THEN CASE WHEN __f9 = 19 THEN __t9 ELSE ['Finance Management', 'Marketing Management', 'Human Resource Management', 'Operations Management', 'Business Administration', 'IT Projects Management', 'Supply Chain Management', 'Banking, Investment And Insurance', 'Media and Advertising', 'Travel and Tourism', 'International Business', 'Healthcare Management', 'Hospitality Management', 'E-COMMERCE', 'Retail Management', 'Rural and Agribusiness', 'E-Business', 'Services Excellence', 'missing', 'other'][__f9 + 1] END WHEN 10 THEN CASE WHEN __f26 IS NULL THEN 'missing' WHEN ROUND(__f26, 2) = ROUND(ROUND(__f26, 2)) AND abs(ROUND(__f26, 2)) < 9e18 THEN CAST(CAST(ROUND(__f26, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f26, 2) AS VARCHAR) END WHEN 11 THEN CASE WHEN __f5 IS NULL THEN 'missing' WHEN ROUND(__f5, 2) = ROUND(ROUND(__f5, 2)) AND abs(ROUND(__f5, 2)) < 9e18 THEN CAST(CAST(ROUND(__f5, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f5, 2) AS VARCHAR) END WHEN 12 THEN CASE WHEN __f4 IS NULL THEN 'missing' WHEN ROUND(__f4, 2) = ROUND(ROUND(__f4, 2)) AND abs(ROUND(__f4, 2)) < 9e18 THEN CAST(CAST(ROUND(__f4, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f4, 2) AS VARCHAR) END WHEN 13 THEN CASE WHEN __f11 = 4 THEN __t11 ELSE ['Unemployed', 'Working Professional', 'Student', 'missing', 'other'][__f11 + 1] END WHEN 14 THEN CASE WHEN __f12 = 2 THEN __t12 ELSE ['Better Career Prospects', 'missing', 'other'][__f12 + 1] END END AS __n2_value,
  CAST(ROUND(__n2_log_odds * 1.4426950408889635e+1) AS INTEGER) AS __n2_points,
  __n3_r,
  __n3_log_odds,
  CASE __n3_r WHEN 0 THEN CASE WHEN __f25 = 1 THEN 'Yes' WHEN __f25 = 0 THEN 'No' ELSE 'missing' END WHEN 1 THEN CASE WHEN __f23 = 7 THEN __t23 ELSE ['Mumbai', 'Thane & Outskirts', 'Other Cities', 'Other Cities of Maharashtra', 'Other Metro Cities', 'Tier II Cities', 'missing', 'other'][__f23 + 1] END WHEN 2 THEN CASE WHEN __f8 = 8 THEN __t8 ELSE ['India', 'United States', 'United Arab Emirates', 'Saudi Arabia', 'Singapore', 'United Kingdom', 'Australia', 'missing', 'other'][__f8 + 1] END WHEN 3 THEN CASE WHEN __f2 = 1 THEN 'Yes' WHEN __f2 = 0 THEN 'No' ELSE 'missing' END WHEN 4 THEN CASE WHEN __f10 = 10 THEN __t10 ELSE ['Online Search', 'Word Of Mouth', 'Student of SomeSchool', 'Other', 'Multiple Sources', 'Advertisements', 'Social Media', 'SMS', 'Email', 'missing', 'other'][__f10 + 1] END WHEN 5 THEN CASE WHEN __f7 = 12 THEN __t7 ELSE ['Email Opened', 'SMS Sent', 'Olark Chat Conversation', 'Page Visited on Website', 'Converted to Lead', 'Email Bounced', 'Email Link Clicked', 'Form Submitted on Website', 'Unreachable', 'Unsubscribed', 'Had a Phone Conversation', 'missing', 'other'][__f7 + 1] END WHEN 6 THEN CASE WHEN __f0 = 5 THEN __t0 ELSE ['Landing Page Submission', 'API', 'Lead Add Form', 'Lead Import', 'missing', 'other'][__f0 + 1] END WHEN 7 THEN CASE WHEN __f1 = 9 THEN __t1 ELSE ['Google', 'Direct Traffic', 'Olark Chat', 'Organic Search', 'Reference', 'Referral Sites', 'Welingak Website', 'Facebook', 'missing', 'other'][__f1 + 1] END WHEN 8 THEN CASE WHEN __f6 IS NULL THEN 'missing' WHEN ROUND(__f6, 2) = ROUND(ROUND(__f6, 2)) AND abs(ROUND(__f6, 2)) < 9e18 THEN CAST(CAST(ROUND(__f6, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f6, 2) AS VARCHAR) END WHEN 9 THEN CASE WHEN __f9 = 19 THEN __t9 ELSE ['Finance Management', 'Marketing Management', 'Human Resource Management', 'Operations Management', 'Business Administration', 'IT Projects Management', 'Supply Chain Management', 'Banking, Investment And Insurance', 'Media and Advertising', 'Travel and Tourism', 'International Business', 'Healthcare Management', 'Hospitality Management', 'E-COMMERCE', 'Retail Management', 'Rural and Agribusiness', 'E-Business', 'Services Excellence', 'missing', 'other'][__f9 + 1] END WHEN 10 THEN CASE WHEN __f26 IS NULL THEN 'missing' WHEN ROUND(__f26, 2) = ROUND(ROUND(__f26, 2)) AND abs(ROUND(__f26, 2)) < 9e18 THEN CAST(CAST(ROUND(__f26, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f26, 2) AS VARCHAR) END WHEN 11 THEN CASE WHEN __f5 IS NULL THEN 'missing' WHEN ROUND(__f5, 2) = ROUND(ROUND(__f5, 2)) AND abs(ROUND(__f5, 2)) < 9e18 THEN CAST(CAST(ROUND(__f5, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f5, 2) AS VARCHAR) END WHEN 12 THEN CASE WHEN __f4 IS NULL THEN 'missing' WHEN ROUND(__f4, 2) = ROUND(ROUND(__f4, 2)) AND abs(ROUND(__f4, 2)) < 9e18 THEN CAST(CAST(ROUND(__f4, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f4, 2) AS VARCHAR) END WHEN 13 THEN CASE WHEN __f11 = 4 THEN __t11 ELSE ['Unemployed', 'Working Professional', 'Student', 'missing', 'other'][__f11 + 1] END WHEN 14 THEN CASE WHEN __f12 = 2 THEN __t12 ELSE ['Better Career Prospects', 'missing', 'other'][__f12 + 1] END END AS __n3_value,
  CAST(ROUND(__n3_log_odds * 1.4426950408889635e+1) AS INTEGER) AS __n3_points
FROM (SELECT "prospect_id", "__row", __f0, __f1, __f2, __f4, __f5, __f6, __f7, __f8, __f9, __f10, __f11, __f12, __f23, __f25, __f26, __t0, __t1, __t7, __t8, __t9, __t10, __t11, __t12, __t23, unnest("leadpipe_gbt_aee34e4ed0ffa203"(CAST(__f0 AS INTEGER), CAST(__f1 AS INTEGER), coalesce(CASE WHEN isnan(__f2) THEN CAST('Infinity' AS DOUBLE) ELSE __f2 END, CAST('NaN' AS DOUBLE)), coalesce(CASE WHEN isnan(__f4) THEN CAST('Infinity' AS DOUBLE) ELSE __f4 END, CAST('NaN' AS DOUBLE)), coalesce(CASE WHEN isnan(__f5) THEN CAST('Infinity' AS DOUBLE) ELSE __f5 END, CAST('NaN' AS DOUBLE)), coalesce(CASE WHEN isnan(__f6) THEN CAST('Infinity' AS DOUBLE) ELSE __f6 END, CAST('NaN' AS DOUBLE)), CAST(__f7 AS INTEGER), CAST(__f8 AS INTEGER), CAST(__f9 AS INTEGER), CAST(__f10 AS INTEGER), CAST(__f11 AS INTEGER), CAST(__f12 AS INTEGER), CAST(__f23 AS INTEGER), coalesce(CASE WHEN isnan(__f25) THEN CAST('Infinity' AS DOUBLE) ELSE __f25 END, CAST('NaN' AS DOUBLE)), coalesce(CASE WHEN isnan(__f26) THEN CAST('Infinity' AS DOUBLE) ELSE __f26 END, CAST('NaN' AS DOUBLE))))
FROM (SELECT "prospect_id", "__row",
  CASE WHEN CAST("lead_origin" AS VARCHAR) IS NULL THEN 4 ELSE CASE LOWER(CAST("lead_origin" AS VARCHAR)) WHEN 'landing page submission' THEN 0 WHEN 'api' THEN 1 WHEN 'lead add form' THEN 2 WHEN 'lead import' THEN 3 WHEN '__missing__' THEN 4 ELSE 5 END END AS __f0,
  CASE WHEN CAST("lead_source" AS VARCHAR) IS NULL THEN 8 ELSE CASE LOWER(CAST("lead_source" AS VARCHAR)) WHEN 'google' THEN 0 WHEN 'direct traffic' THEN 1 WHEN 'olark chat' THEN 2 WHEN 'organic search' THEN 3 WHEN 'reference' THEN 4 WHEN 'referral sites' THEN 5 WHEN 'welingak website' THEN 6 WHEN 'facebook' THEN 7 WHEN '__missing__' THEN 8 ELSE 9 END END AS __f1,
  CASE WHEN "do_not_email" THEN 1e0 WHEN NOT "do_not_email" THEN 0e0 END AS __f2,
  CAST("total_visits" AS DOUBLE) AS __f4,
  CAST("total_time_spent_on_website" AS DOUBLE) AS __f5,
  CAST("page_views_per_visit" AS DOUBLE) AS __f6,
  CASE WHEN CAST("last_activity" AS VARCHAR) IS NULL THEN 11 ELSE CASE LOWER(CAST("last_activity" AS VARCHAR)) WHEN 'email opened' THEN 0 WHEN 'sms sent' THEN 1 WHEN 'olark chat conversation' THEN 2 WHEN 'page visited on website' THEN 3 WHEN 'converted to lead' THEN 4 WHEN 'email bounced' THEN 5 WHEN 'email link clicked' THEN 6 WHEN 'form submitted on website' THEN 7 WHEN 'unreachable' THEN 8 WHEN 'unsubscribed' THEN 9 WHEN 'had a phone conversation' THEN 10 WHEN '__missing__' THEN 11 ELSE 12 END END AS __f7,
  CASE WHEN CAST("country" AS VARCHAR) IS NULL THEN 7 ELSE CASE LOWER(CAST("country" AS VARCHAR)) WHEN 'india' THEN 0 WHEN 'united states' THEN 1 WHEN 'united arab emirates' THEN 2 WHEN 'saudi arabia' THEN 3 WHEN 'singapore' THEN 4 WHEN 'united kingdom' THEN 5 WHEN 'australia' THEN 6 WHEN '__missing__' THEN 7 ELSE 8 END END AS __f8,
  CASE WHEN CAST("specialization" AS VARCHAR) IS NULL THEN 18 ELSE CASE LOWER(CAST("specialization" AS VARCHAR)) WHEN 'finance management' THEN 0 WHEN 'marketing management' THEN 1 WHEN 'human resource management' THEN 2 WHEN 'operations management' THEN 3 WHEN 'business administration' THEN 4 WHEN 'it projects management' THEN 5 WHEN 'supply chain management' THEN 6 WHEN 'banking, investment and insurance' THEN 7 WHEN 'media and advertising' THEN 8 WHEN 'travel and tourism' THEN 9 WHEN 'international business' THEN 10 WHEN 'healthcare management' THEN 11 WHEN 'hospitality management' THEN 12 WHEN 'e-commerce' THEN 13 WHEN 'retail management' THEN 14 WHEN 'rural and agribusiness' THEN 15 WHEN 'e-business' THEN 16 WHEN 'services excellence' THEN 17 WHEN '__missing__' THEN 18 ELSE 19 END END AS __f9,
  CASE WHEN CAST("how_did_you_hear_about_x_education" AS VARCHAR) IS NULL THEN 9 ELSE CASE LOWER(CAST("how_did_you_hear_about_x_education" AS VARCHAR)) WHEN 'online search' THEN 0 WHEN 'word of mouth' THEN 1 WHEN 'student of someschool' THEN 2 WHEN 'other' THEN 3 WHEN 'multiple sources' THEN 4 WHEN 'advertisements' THEN 5 WHEN 'social media' THEN 6 WHEN 'sms' THEN 7 WHEN 'email' THEN 8 WHEN '__missing__' THEN 9 ELSE 10 END END AS __f10,
  CASE WHEN CAST("what_is_your_current_occupation" AS VARCHAR) IS NULL THEN 3 ELSE CASE LOWER(CAST("what_is_your_current_occupation" AS VARCHAR)) WHEN 'unemployed' THEN 0 WHEN 'working professional' THEN 1 WHEN 'student' THEN 2 WHEN '__missing__' THEN 3 ELSE 4 END END AS __f11,
  CASE WHEN CAST("what_matters_most_to_you_in_choosing_a_course" AS VARCHAR) IS NULL THEN 1 ELSE CASE LOWER(CAST("what_matters_most_to_you_in_choosing_a_course" AS VARCHAR)) WHEN 'better career prospects' THEN 0 WHEN '__missing__' THEN 1 ELSE 2 END END AS __f12,
  CASE WHEN CAST("city" AS VARCHAR) IS NULL THEN 6 ELSE CASE LOWER(CAST("city" AS VARCHAR)) WHEN 'mumbai' THEN 0 WHEN 'thane & outskirts' THEN 1 WHEN 'other cities' THEN 2 WHEN 'other cities of maharashtra' THEN 3 WHEN 'other metro cities' THEN 4 WHEN 'tier ii cities' THEN 5 WHEN '__missing__' THEN 6 ELSE 7 END END AS __f23,
  CASE WHEN "a_free_copy_of_mastering_the_interview" THEN 1e0 WHEN NOT "a_free_copy_of_mastering_the_interview" THEN 0e0 END AS __f25,
  (CAST("total_time_spent_on_website" AS DOUBLE) / NULLIF(CAST("total_visits" AS DOUBLE), 0)) AS __f26,
  CASE WHEN __f0 = 5 THEN CAST("lead_origin" AS VARCHAR) END AS __t0,
  CASE WHEN __f1 = 9 THEN CAST("lead_source" AS VARCHAR) END AS __t1,
  CASE WHEN __f7 = 12 THEN CAST("last_activity" AS VARCHAR) END AS __t7,
  CASE WHEN __f8 = 8 THEN CAST("country" AS VARCHAR) END AS __t8,
  CASE WHEN __f9 = 19 THEN CAST("specialization" AS VARCHAR) END AS __t9,
  CASE WHEN __f10 = 10 THEN CAST("how_did_you_hear_about_x_education" AS VARCHAR) END AS __t10,
  CASE WHEN __f11 = 4 THEN CAST("what_is_your_current_occupation" AS VARCHAR) END AS __t11,
  CASE WHEN __f12 = 2 THEN CAST("what_matters_most_to_you_in_choosing_a_course" AS VARCHAR) END AS __t12,
  CASE WHEN __f23 = 7 THEN CAST("city" AS VARCHAR) END AS __t23
FROM leadpipe_batch) AS __l1) AS __l2) AS __l3) AS s LEFT JOIN lead_overrides AS o ON o.lead_key = CAST(s."prospect_id" AS VARCHAR)
) AS s;
-- next
INSERT INTO leads_final ("prospect_id", "lead_number", "lead_origin", "lead_source", "do_not_email", "do_not_call", "converted", "total_visits", "total_time_spent_on_website", "page_views_per_visit", "last_activity", "country", "specialization", "how_did_you_hear_about_x_education", "what_is_your_current_occupation", "what_matters_most_to_you_in_choosing_a_course", "search", "magazine", "newspaper_article", "x_education_forums", "newspaper", "digital_advertisement", "through_recommendations", "receive_more_updates_about_our_courses", "tags", "lead_quality", "update_me_on_supply_chain_content", "get_updates_on_dm_content", "lead_profile", "city", "asymmetrique_activity_index", "asymmetrique_profile_index", "asymmetrique_activity_score", "asymmetrique_profile_score", "i_agree_to_pay_the_amount_through_cheque", "a_free_copy_of_mastering_the_interview", "last_notable_activity", "row_hash", "source_file", "probability", "score", "grade", "reasons", "model_version", "first_seen_at", "updated_at", "scored_at")
SELECT struct_extract(__row, 'prospect_id'), struct_extract(__row, 'lead_number'), struct_extract(__row, 'lead_origin'), struct_extract(__row, 'lead_source'), struct_extract(__row, 'do_not_email'), struct_extract(__row, 'do_not_call'), struct_extract(__row, 'converted'), struct_extract(__row, 'total_visits'), struct_extract(__row, 'total_time_spent_on_website'), struct_extract(__row, 'page_views_per_visit'), struct_extract(__row, 'last_activity'), struct_extract(__row, 'country'), struct_extract(__row, 'specialization'), struct_extract(__row, 'how_did_you_hear_about_x_education'), struct_extract(__row, 'what_is_your_current_occupation'), struct_extract(__row, 'what_matters_most_to_you_in_choosing_a_course'), struct_extract(__row, 'search'), struct_extract(__row, 'magazine'), struct_extract(__row, 'newspaper_article'), struct_extract(__row, 'x_education_forums'), struct_extract(__row, 'newspaper'), struct_extract(__row, 'digital_advertisement'), struct_extract(__row, 'through_recommendations'), struct_extract(__row, 'receive_more_updates_about_our_courses'), struct_extract(__row, 'tags'), struct_extract(__row, 'lead_quality'), struct_extract(__row, 'update_me_on_supply_chain_content'), struct_extract(__row, 'get_updates_on_dm_content'), struct_extract(__row, 'lead_profile'), struct_extract(__row, 'city'), struct_extract(__row, 'asymmetrique_activity_index'), struct_extract(__row, 'asymmetrique_profile_index'), struct_extract(__row, 'asymmetrique_activity_score'), struct_extract(__row, 'asymmetrique_profile_score'), struct_extract(__row, 'i_agree_to_pay_the_amount_through_cheque'), struct_extract(__row, 'a_free_copy_of_mastering_the_interview'), struct_extract(__row, 'last_notable_activity'), struct_extract(__row, 'row_hash'), struct_extract(__row, 'source_file'),
  probability, score, CASE WHEN score >= 74 THEN 'A' WHEN score >= 25 THEN 'B' WHEN score >= 6 THEN 'C' ELSE 'D' END AS grade, reasons, model_version, coalesce(struct_extract(__row, '__first_seen'), $now), $now, $now
FROM (
  SELECT s.__row, s.model_version, s.probability, coalesce(o.score, s.score) AS score,
    CAST(s.reasons AS STRUCT(positive STRUCT("log_odds" DOUBLE, "feature" VARCHAR, "label" VARCHAR, "value" VARCHAR, "points" DOUBLE, "text" VARCHAR)[], negative STRUCT("log_odds" DOUBLE, "feature" VARCHAR, "label" VARCHAR, "value" VARCHAR, "points" DOUBLE, "text" VARCHAR)[])) AS reasons
  FROM (SELECT "prospect_id", "__row", 'gbt-c8cc1c52dbd8dd2f' AS model_version, probability, score, CASE WHEN score >= 74 THEN 'A' WHEN score >= 25 THEN 'B' WHEN score >= 6 THEN 'C' ELSE 'D' END AS grade,
  {'positive': list_slice([{'log_odds': __p1_log_odds, 'feature': ['a_free_copy_of_mastering_the_interview', 'city', 'country', 'do_not_email', 'how_did_you_hear_about_x_education', 'last_activity', 'lead_origin', 'lead_source', 'page_views_per_visit', 'specialization', 'time_per_visit', 'total_time_spent_on_website', 'total_visits', 'what_is_your_current_occupation', 'what_matters_most_to_you_in_choosing_a_course'][__p1_r + 1], 'value': __p1_value, 'points': __p1_points},
    {'log_odds': __p2_log_odds, 'feature': ['a_free_copy_of_mastering_the_interview', 'city', 'country', 'do_not_email', 'how_did_you_hear_about_x_education', 'last_activity', 'lead_origin', 'lead_source', 'page_views_per_visit', 'specialization', 'time_per_visit', 'total_time_spent_on_website', 'total_visits', 'what_is_your_current_occupation', 'what_matters_most_to_you_in_choosing_a_course'][__p2_r + 1], 'value': __p2_value, 'points': __p2_points},
    {'log_odds': __p3_log_odds, 'feature': ['a_free_copy_of_mastering_the_interview', 'city', 'country', 'do_not_email', 'how_did_you_hear_about_x_education', 'last_activity', 'lead_origin', 'lead_source', 'page_views_per_visit', 'specialization', 'time_per_visit', 'total_time_spent_on_website', 'total_visits', 'what_is_your_current_occupation', 'what_matters_most_to_you_in_choosing_a_course'][__p3_r + 1], 'value': __p3_value, 'points': __p3_points}], 1, __npos),
   'negative': list_slice([{'log_odds': __n1_log_odds, 'feature': ['a_free_copy_of_mastering_the_interview', 'city', 'country', 'do_not_email', 'how_did_you_hear_about_x_education', 'last_activity', 'lead_origin', 'lead_source', 'page_views_per_visit', 'specialization', 'time_per_visit', 'total_time_spent_on_website', 'total_visits', 'what_is_your_current_occupation', 'what_matters_most_to_you_in_choosing_a_course'][__n1_r + 1], 'value': __n1_value, 'points': __n1_points},
    {'log_odds': __n2_log_odds, 'feature': ['a_free_copy_of_mastering_the_interview', 'city', 'country', 'do_not_email', 'how_did_you_hear_about_x_education', 'last_activity', 'lead_origin', 'lead_source', 'page_views_per_visit', 'specialization', 'time_per_visit', 'total_time_spent_on_website', 'total_visits', 'what_is_your_current_occupation', 'what_matters_most_to_you_in_choosing_a_course'][__n2_r + 1], 'value': __n2_value, 'points': __n2_points},
    {'log_odds': __n3_log_odds, 'feature': ['a_free_copy_of_mastering_the_interview', 'city', 'country', 'do_not_email', 'how_did_you_hear_about_x_education', 'last_activity', 'lead_origin', 'lead_source', 'page_views_per_visit', 'specialization', 'time_per_visit', 'total_time_spent_on_website', 'total_visits', 'what_is_your_current_occupation', 'what_matters_most_to_you_in_choosing_a_course'][__n3_r + 1], 'value': __n3_value, 'points': __n3_points}], 1, __nneg)} AS reasons
FROM (SELECT "prospect_id", "__row",
  probability,
  score,
  __npos,
  __nneg,
  __p1_r,
  __p1_log_odds,
  CASE __p1_r WHEN 0 THEN CASE WHEN __f25 = 1 THEN 'Yes' WHEN __f25 = 0 THEN 'No' ELSE 'missing' END WHEN 1 THEN CASE WHEN __f23 = 7 THEN __t23 ELSE ['Mumbai', 'Thane & Outskirts', 'Other Cities', 'Other Cities of Maharashtra', 'Other Metro Cities', 'Tier II Cities', 'missing', 'other'][__f23 + 1] END WHEN 2 THEN CASE WHEN __f8 = 8 THEN __t8 ELSE ['India', 'United States', 'United Arab Emirates', 'Saudi Arabia', 'Singapore', 'United Kingdom', 'Australia', 'missing', 'other'][__f8 + 1] END WHEN 3 THEN CASE WHEN __f2 = 1 THEN 'Yes' WHEN __f2 = 0 THEN 'No' ELSE 'missing' END WHEN 4 THEN CASE WHEN __f10 = 10 THEN __t10 ELSE ['Online Search', 'Word Of Mouth', 'Student of SomeSchool', 'Other', 'Multiple Sources', 'Advertisements', 'Social Media', 'SMS', 'Email', 'missing', 'other'][__f10 + 1] END WHEN 5 THEN CASE WHEN __f7 = 12 THEN __t7 ELSE ['Email Opened', 'SMS Sent', 'Olark Chat Conversation', 'Page Visited on Website', 'Converted to Lead', 'Email Bounced', 'Email Link Clicked', 'Form Submitted on Website', 'Unreachable', 'Unsubscribed', 'Had a Phone Conversation', 'missing', 'other'][__f7 + 1] END WHEN 6 THEN CASE WHEN __f0 = 5 THEN __t0 ELSE ['Landing Page Submission', 'API', 'Lead Add Form', 'Lead Import', 'missing', 'other'][__f0 + 1] END WHEN 7 THEN CASE WHEN __f1 = 9 THEN __t1 ELSE ['Google', 'Direct Traffic', 'Olark Chat', 'Organic Search', 'Reference', 'Referral Sites', 'Welingak Website', 'Facebook', 'missing', 'other'][__f1 + 1] END WHEN 8 THEN CASE WHEN __f6 IS NULL THEN 'missing' WHEN ROUND(__f6, 2) = ROUND(ROUND(__f6, 2)) AND abs(ROUND(__f6, 2)) < 9e18 THEN CAST(CAST(ROUND(__f6, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f6, 2) AS VARCHAR) END WHEN 9 THEN CASE WHEN __f9 = 19 THEN __t9 ELSE ['Finance Management', 'Marketing Management', 'Human Resource Management', 'Operations Management', 'Business Administration', 'IT Projects Management', 'Supply Chain Management', 'Banking, Investment And Insurance', 'Media and Advertising', 'Travel and Tourism', 'International Business', 'Healthcare Management', 'Hospitality Management', 'E-COMMERCE', 'Retail Management', 'Rural and Agribusiness', 'E-Business', 'Services Excellence', 'missing', 'other'][__f9 + 1] END WHEN 10 THEN CASE WHEN __f26 IS NULL THEN 'missing' WHEN ROUND(__f26, 2) = ROUND(ROUND(__f26, 2)) AND abs(ROUND(__f26, 2)) < 9e18 THEN CAST(CAST(ROUND(__f26, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f26, 2) AS VARCHAR) END WHEN 11 THEN CASE WHEN __f5 IS NULL THEN 'missing' WHEN ROUND(__f5, 2) = ROUND(ROUND(__f5, 2)) AND abs(ROUND(__f5, 2)) < 9e18 THEN CAST(CAST(ROUND(__f5, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f5, 2) AS VARCHAR) END WHEN 12 THEN CASE WHEN __f4 IS NULL THEN 'missing' WHEN ROUND(__f4, 2) = ROUND(ROUND(__f4, 2)) AND abs(ROUND(__f4, 2)) < 9e18 THEN CAST(CAST(ROUND(__f4, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f4, 2) AS VARCHAR) END WHEN 13 THEN CASE WHEN __f11 = 4 THEN __t11 ELSE ['Unemployed', 'Working Professional', 'Student', 'missing', 'other'][__f11 + 1] END WHEN 14 THEN CASE WHEN __f12 = 2 THEN __t12 ELSE ['Better Career Prospects', 'missing', 'other'][__f12 + 1] END END AS __p1_value,
  CAST(ROUND(__p1_log_odds * 1.4426950408889635e+1) AS INTEGER) AS __p1_points,
  __p2_r,
  __p2_log_odds,
  CASE __p2_r WHEN 0 THEN CASE WHEN __f25 = 1 THEN 'Yes' WHEN __f25 = 0 THEN 'No' ELSE 'missing' END WHEN 1 THEN CASE WHEN __f23 = 7 THEN __t23 ELSE ['Mumbai', 'Thane & Outskirts', 'Other Cities', 'Other Cities of Maharashtra', 'Other Metro Cities', 'Tier II Cities', 'missing', 'other'][__f23 + 1] END WHEN 2 THEN CASE WHEN __f8 = 8 THEN __t8 ELSE ['India', 'United States', 'United Arab Emirates', 'Saudi Arabia', 'Singapore', 'United Kingdom', 'Australia', 'missing', 'other'][__f8 + 1] END WHEN 3 THEN CASE WHEN __f2 = 1 THEN 'Yes' WHEN __f2 = 0 THEN 'No' ELSE 'missing' END WHEN 4 THEN CASE WHEN __f10 = 10 THEN __t10 ELSE ['Online Search', 'Word Of Mouth', 'Student of SomeSchool', 'Other', 'Multiple Sources', 'Advertisements', 'Social Media', 'SMS', 'Email', 'missing', 'other'][__f10 + 1] END WHEN 5 THEN CASE WHEN __f7 = 12 THEN __t7 ELSE ['Email Opened', 'SMS Sent', 'Olark Chat Conversation', 'Page Visited on Website', 'Converted to Lead', 'Email Bounced', 'Email Link Clicked', 'Form Submitted on Website', 'Unreachable', 'Unsubscribed', 'Had a Phone Conversation', 'missing', 'other'][__f7 + 1] END WHEN 6 THEN CASE WHEN __f0 = 5 THEN __t0 ELSE ['Landing Page Submission', 'API', 'Lead Add Form', 'Lead Import', 'missing', 'other'][__f0 + 1] END WHEN 7 THEN CASE WHEN __f1 = 9 THEN __t1 ELSE ['Google', 'Direct Traffic', 'Olark Chat', 'Organic Search', 'Reference', 'Referral Sites', 'Welingak Website', 'Facebook', 'missing', 'other'][__f1 + 1] END WHEN 8 THEN CASE WHEN __f6 IS NULL THEN 'missing' WHEN ROUND(__f6, 2) = ROUND(ROUND(__f6, 2)) AND abs(ROUND(__f6, 2)) < 9e18 THEN CAST(CAST(ROUND(__f6, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f6, 2) AS VARCHAR) END WHEN 9 THEN CASE WHEN __f9 = 19 THEN __t9 ELSE ['Finance Management', 'Marketing Management', 'Human Resource Management', 'Operations Management', 'Business Administration', 'IT Projects Management', 'Supply Chain Management', 'Banking, Investment And Insurance', 'Media and Advertising', 'Travel and Tourism', 'International Business', 'Healthcare Management', 'Hospitality Management', 'E-COMMERCE', 'Retail Management', 'Rural and Agribusiness', 'E-Business', 'Services Excellence', 'missing', 'other'][__f9 + 1] END WHEN 10 THEN CASE WHEN __f26 IS NULL THEN 'missing' WHEN ROUND(__f26, 2) = ROUND(ROUND(__f26, 2)) AND abs(ROUND(__f26, 2)) < 9e18 THEN CAST(CAST(ROUND(__f26, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f26, 2) AS VARCHAR) END WHEN 11 THEN CASE WHEN __f5 IS NULL THEN 'missing' WHEN ROUND(__f5, 2) = ROUND(ROUND(__f5, 2)) AND abs(ROUND(__f5, 2)) < 9e18 THEN CAST(CAST(ROUND(__f5, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f5, 2) AS VARCHAR) END WHEN 12 THEN CASE WHEN __f4 IS NULL THEN 'missing' WHEN ROUND(__f4, 2) = ROUND(ROUND(__f4, 2)) AND abs(ROUND(__f4, 2)) < 9e18 THEN CAST(CAST(ROUND(__f4, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f4, 2) AS VARCHAR) END WHEN 13 THEN CASE WHEN __f11 = 4 THEN __t11 ELSE ['Unemployed', 'Working Professional', 'Student', 'missing', 'other'][__f11 + 1] END WHEN 14 THEN CASE WHEN __f12 = 2 THEN __t12 ELSE ['Better Career Prospects', 'missing', 'other'][__f12 + 1] END END AS __p2_value,
  CAST(ROUND(__p2_log_odds * 1.4426950408889635e+1) AS INTEGER) AS __p2_points,
  __p3_r,
  __p3_log_odds,
  CASE __p3_r WHEN 0 THEN CASE WHEN __f25 = 1 THEN 'Yes' WHEN __f25 = 0 THEN 'No' ELSE 'missing' END WHEN 1 THEN CASE WHEN __f23 = 7 THEN __t23 ELSE ['Mumbai', 'Thane & Outskirts', 'Other Cities', 'Other Cities of Maharashtra', 'Other Metro Cities', 'Tier II Cities', 'missing', 'other'][__f23 + 1] END WHEN 2 THEN CASE WHEN __f8 = 8 THEN __t8 ELSE ['India', 'United States', 'United Arab Emirates', 'Saudi Arabia', 'Singapore', 'United Kingdom', 'Australia', 'missing', 'other'][__f8 + 1] END WHEN 3 THEN CASE WHEN __f2 = 1 THEN 'Yes' WHEN __f2 = 0 THEN 'No' ELSE 'missing' END WHEN 4 THEN CASE WHEN __f10 = 10 THEN __t10 ELSE ['Online Search', 'Word Of Mouth', 'Student of SomeSchool', 'Other', 'Multiple Sources', 'Advertisements', 'Social Media', 'SMS', 'Email', 'missing', 'other'][__f10 + 1] END WHEN 5 THEN CASE WHEN __f7 = 12 THEN __t7 ELSE ['Email Opened', 'SMS Sent', 'Olark Chat Conversation', 'Page Visited on Website', 'Converted to Lead', 'Email Bounced', 'Email Link Clicked', 'Form Submitted on Website', 'Unreachable', 'Unsubscribed', 'Had a Phone Conversation', 'missing', 'other'][__f7 + 1] END WHEN 6 THEN CASE WHEN __f0 = 5 THEN __t0 ELSE ['Landing Page Submission', 'API', 'Lead Add Form', 'Lead Import', 'missing', 'other'][__f0 + 1] END WHEN 7 THEN CASE WHEN __f1 = 9 THEN __t1 ELSE ['Google', 'Direct Traffic', 'Olark Chat', 'Organic Search', 'Reference', 'Referral Sites', 'Welingak Website', 'Facebook', 'missing', 'other'][__f1 + 1] END WHEN 8 THEN CASE WHEN __f6 IS NULL THEN 'missing' WHEN ROUND(__f6, 2) = ROUND(ROUND(__f6, 2)) AND abs(ROUND(__f6, 2)) < 9e18 THEN CAST(CAST(ROUND(__f6, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f6, 2) AS VARCHAR) END WHEN 9 THEN CASE WHEN __f9 = 19 THEN __t9 ELSE ['Finance Management', 'Marketing Management', 'Human Resource Management', 'Operations Management', 'Business Administration', 'IT Projects Management', 'Supply Chain Management', 'Banking, Investment And Insurance', 'Media and Advertising', 'Travel and Tourism', 'International Business', 'Healthcare Management', 'Hospitality Management', 'E-COMMERCE', 'Retail Management', 'Rural and Agribusiness', 'E-Business', 'Services Excellence', 'missing', 'other'][__f9 + 1] END WHEN 10 THEN CASE WHEN __f26 IS NULL THEN 'missing' WHEN ROUND(__f26, 2) = ROUND(ROUND(__f26, 2)) AND abs(ROUND(__f26, 2)) < 9e18 THEN CAST(CAST(ROUND(__f26, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f26, 2) AS VARCHAR) END WHEN 11 THEN CASE WHEN __f5 IS NULL THEN 'missing' WHEN ROUND(__f5, 2) = ROUND(ROUND(__f5, 2)) AND abs(ROUND(__f5, 2)) < 9e18 THEN CAST(CAST(ROUND(__f5, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f5, 2) AS VARCHAR) END WHEN 12 THEN CASE WHEN __f4 IS NULL THEN 'missing' WHEN ROUND(__f4, 2) = ROUND(ROUND(__f4, 2)) AND abs(ROUND(__f4, 2)) < 9e18 THEN CAST(CAST(ROUND(__f4, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f4, 2) AS VARCHAR) END WHEN 13 THEN CASE WHEN __f11 = 4 THEN __t11 ELSE ['Unemployed', 'Working Professional', 'Student', 'missing', 'other'][__f11 + 1] END WHEN 14 THEN CASE WHEN __f12 = 2 THEN __t12 ELSE ['Better Career Prospects', 'missing', 'other'][__f12 + 1] END END AS __p3_value,
  CAST(ROUND(__p3_log_odds * 1.4426950408889635e+1) AS INTEGER) AS __p3_points,
  __n1_r,
  __n1_log_odds,
  CASE __n1_r WHEN 0 THEN CASE WHEN __f25 = 1 THEN 'Yes' WHEN __f25 = 0 THEN 'No' ELSE 'missing' END WHEN 1 THEN CASE WHEN __f23 = 7 THEN __t23 ELSE ['Mumbai', 'Thane & Outskirts', 'Other Cities', 'Other Cities of Maharashtra', 'Other Metro Cities', 'Tier II Cities', 'missing', 'other'][__f23 + 1] END WHEN 2 THEN CASE WHEN __f8 = 8 THEN __t8 ELSE ['India', 'United States', 'United Arab Emirates', 'Saudi Arabia', 'Singapore', 'United Kingdom', 'Australia', 'missing', 'other'][__f8 + 1] END WHEN 3 THEN CASE WHEN __f2 = 1 THEN 'Yes' WHEN __f2 = 0 THEN 'No' ELSE 'missing' END WHEN 4 THEN CASE WHEN __f10 = 10 THEN __t10 ELSE ['Online Search', 'Word Of Mouth', 'Student of SomeSchool', 'Other', 'Multiple Sources', 'Advertisements', 'Social Media', 'SMS', 'Email', 'missing', 'other'][__f10 + 1] END WHEN 5 THEN CASE WHEN __f7 = 12 THEN __t7 ELSE ['Email Opened', 'SMS Sent', 'Olark Chat Conversation', 'Page Visited on Website', 'Converted to Lead', 'Email Bounced', 'Email Link Clicked', 'Form Submitted on Website', 'Unreachable', 'Unsubscribed', 'Had a Phone Conversation', 'missing', 'other'][__f7 + 1] END WHEN 6 THEN CASE WHEN __f0 = 5 THEN __t0 ELSE ['Landing Page Submission', 'API', 'Lead Add Form', 'Lead Import', 'missing', 'other'][__f0 + 1] END WHEN 7 THEN CASE WHEN __f1 = 9 THEN __t1 ELSE ['Google', 'Direct Traffic', 'Olark Chat', 'Organic Search', 'Reference', 'Referral Sites', 'Welingak Website', 'Facebook', 'missing', 'other'][__f1 + 1] END WHEN 8 THEN CASE WHEN __f6 IS NULL THEN 'missing' WHEN ROUND(__f6, 2) = ROUND(ROUND(__f6, 2)) AND abs(ROUND(__f6, 2)) < 9e18 THEN CAST(CAST(ROUND(__f6, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f6, 2) AS VARCHAR) END WHEN 9 THEN CASE WHEN __f9 = 19 THEN __t9 ELSE ['Finance Management', 'Marketing Management', 'Human Resource Management', 'Operations Management', 'Business Administration', 'IT Projects Management', 'Supply Chain Management', 'Banking, Investment And Insurance', 'Media and Advertising', 'Travel and Tourism', 'International Business', 'Healthcare Management', 'Hospitality Management', 'E-COMMERCE', 'Retail Management', 'Rural and Agribusiness', 'E-Business', 'Services Excellence', 'missing', 'other'][__f9 + 1] END WHEN 10 THEN CASE WHEN __f26 IS NULL THEN 'missing' WHEN ROUND(__f26, 2) = ROUND(ROUND(__f26, 2)) AND abs(ROUND(__f26, 2)) < 9e18 THEN CAST(CAST(ROUND(__f26, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f26, 2) AS VARCHAR) END WHEN 11 THEN CASE WHEN __f5 IS NULL THEN 'missing' WHEN ROUND(__f5, 2) = ROUND(ROUND(__f5, 2)) AND abs(ROUND(__f5, 2)) < 9e18 THEN CAST(CAST(ROUND(__f5, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f5, 2) AS VARCHAR) END WHEN 12 THEN CASE WHEN __f4 IS NULL THEN 'missing' WHEN ROUND(__f4, 2) = ROUND(ROUND(__f4, 2)) AND abs(ROUND(__f4, 2)) < 9e18 THEN CAST(CAST(ROUND(__f4, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f4, 2) AS VARCHAR) END WHEN 13 THEN CASE WHEN __f11 = 4 THEN __t11 ELSE ['Unemployed', 'Working Professional', 'Student', 'missing', 'other'][__f11 + 1] END WHEN 14 THEN CASE WHEN __f12 = 2 THEN __t12 ELSE ['Better Career Prospects', 'missing', 'other'][__f12 + 1] END END AS __n1_value,
  CAST(ROUND(__n1_log_odds * 1.4426950408889635e+1) AS INTEGER) AS __n1_points,
  __n2_r,
  __n2_log_odds,
  CASE __n2_r WHEN 0 THEN CASE WHEN __f25 = 1 THEN 'Yes' WHEN __f25 = 0 THEN 'No' ELSE 'missing' END WHEN 1 THEN CASE WHEN __f23 = 7 THEN __t23 ELSE ['Mumbai', 'Thane & Outskirts', 'Other Cities', 'Other Cities of Maharashtra', 'Other Metro Cities', 'Tier II Cities', 'missing', 'other'][__f23 + 1] END WHEN 2 THEN CASE WHEN __f8 = 8 THEN __t8 ELSE ['India', 'United States', 'United Arab Emirates', 'Saudi Arabia', 'Singapore', 'United Kingdom', 'Australia', 'missing', 'other'][__f8 + 1] END WHEN 3 THEN CASE WHEN __f2 = 1 THEN 'Yes' WHEN __f2 = 0 THEN 'No' ELSE 'missing' END WHEN 4 THEN CASE WHEN __f10 = 10 THEN __t10 ELSE ['Online Search', 'Word Of Mouth', 'Student of SomeSchool', 'Other', 'Multiple Sources', 'Advertisements', 'Social Media', 'SMS', 'Email', 'missing', 'other'][__f10 + 1] END WHEN 5 THEN CASE WHEN __f7 = 12 THEN __t7 ELSE ['Email Opened', 'SMS Sent', 'Olark Chat Conversation', 'Page Visited on Website', 'Converted to Lead', 'Email Bounced', 'Email Link Clicked', 'Form Submitted on Website', 'Unreachable', 'Unsubscribed', 'Had a Phone Conversation', 'missing', 'other'][__f7 + 1] END WHEN 6 THEN CASE WHEN __f0 = 5 THEN __t0 ELSE ['Landing Page Submission', 'API', 'Lead Add Form', 'Lead Import', 'missing', 'other'][__f0 + 1] END WHEN 7 THEN CASE WHEN __f1 = 9 THEN __t1 ELSE ['Google', 'Direct Traffic', 'Olark Chat', 'Organic Search', 'Reference', 'Referral Sites', 'Welingak Website', 'Facebook', 'missing', 'other'][__f1 + 1] END WHEN 8 THEN CASE WHEN __f6 IS NULL THEN 'missing' WHEN ROUND(__f6, 2) = ROUND(ROUND(__f6, 2)) AND abs(ROUND(__f6, 2)) < 9e18 THEN CAST(CAST(ROUND(__f6, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f6, 2) AS VARCHAR) END WHEN 9 THEN CASE WHEN __f9 = 19 THEN __t9 ELSE ['Finance Management', 'Marketing Management', 'Human Resource Management', 'Operations Management', 'Business Administration', 'IT Projects Management', 'Supply Chain Management', 'Banking, Investment And Insurance', 'Media and Advertising', 'Travel and Tourism', 'International Business', 'Healthcare Management', 'Hospitality Management', 'E-COMMERCE', 'Retail Management', 'Rural and Agribusiness', 'E-Business', 'Services Excellence', 'missing', 'other'][__f9 + 1] END WHEN 10 THEN CASE WHEN __f26 IS NULL THEN 'missing' WHEN ROUND(__f26, 2) = ROUND(ROUND(__f26, 2)) AND abs(ROUND(__f26, 2)) < 9e18 THEN CAST(CAST(ROUND(__f26, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f26, 2) AS VARCHAR) END WHEN 11 THEN CASE WHEN __f5 IS NULL THEN 'missing' WHEN ROUND(__f5, 2) = ROUND(ROUND(__f5, 2)) AND abs(ROUND(__f5, 2)) < 9e18 THEN CAST(CAST(ROUND(__f5, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f5, 2) AS VARCHAR) END WHEN 12 THEN CASE WHEN __f4 IS NULL THEN 'missing' WHEN ROUND(__f4, 2) = ROUND(ROUND(__f4, 2)) AND abs(ROUND(__f4, 2)) < 9e18 THEN CAST(CAST(ROUND(__f4, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f4, 2) AS VARCHAR) END WHEN 13 THEN CASE WHEN __f11 = 4 THEN __t11 ELSE ['Unemployed', 'Working Professional', 'Student', 'missing', 'other'][__f11 + 1] END WHEN 14 THEN CASE WHEN __f12 = 2 THEN __t12 ELSE ['Better Career Prospects', 'missing', 'other'][__f12 + 1] END END AS __n2_value,
  CAST(ROUND(__n2_log_odds * 1.4426950408889635e+1) AS INTEGER) AS __n2_points,
  __n3_r,
  __n3_log_odds,
  CASE __n3_r WHEN 0 THEN CASE WHEN __f25 = 1 THEN 'Yes' WHEN __f25 = 0 THEN 'No' ELSE 'missing' END WHEN 1 THEN CASE WHEN __f23 = 7 THEN __t23 ELSE ['Mumbai', 'Thane & Outskirts', 'Other Cities', 'Other Cities of Maharashtra', 'Other Metro Cities', 'Tier II Cities', 'missing', 'other'][__f23 + 1] END WHEN 2 THEN CASE WHEN __f8 = 8 THEN __t8 ELSE ['India', 'United States', 'United Arab Emirates', 'Saudi Arabia', 'Singapore', 'United Kingdom', 'Australia', 'missing', 'other'][__f8 + 1] END WHEN 3 THEN CASE WHEN __f2 = 1 THEN 'Yes' WHEN __f2 = 0 THEN 'No' ELSE 'missing' END WHEN 4 THEN CASE WHEN __f10 = 10 THEN __t10 ELSE ['Online Search', 'Word Of Mouth', 'Student of SomeSchool', 'Other', 'Multiple Sources', 'Advertisements', 'Social Media', 'SMS', 'Email', 'missing', 'other'][__f10 + 1] END WHEN 5 THEN CASE WHEN __f7 = 12 THEN __t7 ELSE ['Email Opened', 'SMS Sent', 'Olark Chat Conversation', 'Page Visited on Website', 'Converted to Lead', 'Email Bounced', 'Email Link Clicked', 'Form Submitted on Website', 'Unreachable', 'Unsubscribed', 'Had a Phone Conversation', 'missing', 'other'][__f7 + 1] END WHEN 6 THEN CASE WHEN __f0 = 5 THEN __t0 ELSE ['Landing Page Submission', 'API', 'Lead Add Form', 'Lead Import', 'missing', 'other'][__f0 + 1] END WHEN 7 THEN CASE WHEN __f1 = 9 THEN __t1 ELSE ['Google', 'Direct Traffic', 'Olark Chat', 'Organic Search', 'Reference', 'Referral Sites', 'Welingak Website', 'Facebook', 'missing', 'other'][__f1 + 1] END WHEN 8 THEN CASE WHEN __f6 IS NULL THEN 'missing' WHEN ROUND(__f6, 2) = ROUND(ROUND(__f6, 2)) AND abs(ROUND(__f6, 2)) < 9e18 THEN CAST(CAST(ROUND(__f6, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f6, 2) AS VARCHAR) END WHEN 9 THEN CASE WHEN __f9 = 19 THEN __t9 ELSE ['Finance Management', 'Marketing Management', 'Human Resource Management', 'Operations Management', 'Business Administration', 'IT Projects Management', 'Supply Chain Management', 'Banking, Investment And Insurance', 'Media and Advertising', 'Travel and Tourism', 'International Business', 'Healthcare Management', 'Hospitality Management', 'E-COMMERCE', 'Retail Management', 'Rural and Agribusiness', 'E-Business', 'Services Excellence', 'missing', 'other'][__f9 + 1] END WHEN 10 THEN CASE WHEN __f26 IS NULL THEN 'missing' WHEN ROUND(__f26, 2) = ROUND(ROUND(__f26, 2)) AND abs(ROUND(__f26, 2)) < 9e18 THEN CAST(CAST(ROUND(__f26, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f26, 2) AS VARCHAR) END WHEN 11 THEN CASE WHEN __f5 IS NULL THEN 'missing' WHEN ROUND(__f5, 2) = ROUND(ROUND(__f5, 2)) AND abs(ROUND(__f5, 2)) < 9e18 THEN CAST(CAST(ROUND(__f5, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f5, 2) AS VARCHAR) END WHEN 12 THEN CASE WHEN __f4 IS NULL THEN 'missing' WHEN ROUND(__f4, 2) = ROUND(ROUND(__f4, 2)) AND abs(ROUND(__f4, 2)) < 9e18 THEN CAST(CAST(ROUND(__f4, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f4, 2) AS VARCHAR) END WHEN 13 THEN CASE WHEN __f11 = 4 THEN __t11 ELSE ['Unemployed', 'Working Professional', 'Student', 'missing', 'other'][__f11 + 1] END WHEN 14 THEN CASE WHEN __f12 = 2 THEN __t12 ELSE ['Better Career Prospects', 'missing', 'other'][__f12 + 1] END END AS __n3_value,
  CAST(ROUND(__n3_log_odds * 1.4426950408889635e+1) AS INTEGER) AS __n3_points
FROM (SELECT "prospect_id", "__row", __f0, __f1, __f2, __f4, __f5, __f6, __f7, __f8, __f9, __f10, __f11, __f12, __f23, __f25, __f26, __t0, __t1, __t7, __t8, __t9, __t10, __t11, __t12, __t23, unnest("leadpipe_gbt_aee34e4ed0ffa203"(CAST(__f0 AS INTEGER), CAST(__f1 AS INTEGER), coalesce(CASE WHEN isnan(__f2) THEN CAST('Infinity' AS DOUBLE) ELSE __f2 END, CAST('NaN' AS DOUBLE)), coalesce(CASE WHEN isnan(__f4) THEN CAST('Infinity' AS DOUBLE) ELSE __f4 END, CAST('NaN' AS DOUBLE)), coalesce(CASE WHEN isnan(__f5) THEN CAST('Infinity' AS DOUBLE) ELSE __f5 END, CAST('NaN' AS DOUBLE)), coalesce(CASE WHEN isnan(__f6) THEN CAST('Infinity' AS DOUBLE) ELSE __f6 END, CAST('NaN' AS DOUBLE)), CAST(__f7 AS INTEGER), CAST(__f8 AS INTEGER), CAST(__f9 AS INTEGER), CAST(__f10 AS INTEGER), CAST(__f11 AS INTEGER), CAST(__f12 AS INTEGER), CAST(__f23 AS INTEGER), coalesce(CASE WHEN isnan(__f25) THEN CAST('Infinity' AS DOUBLE) ELSE __f25 END, CAST('NaN' AS DOUBLE)), coalesce(CASE WHEN isnan(__f26) THEN CAST('Infinity' AS DOUBLE) ELSE __f26 END, CAST('NaN' AS DOUBLE))))
FROM (SELECT "prospect_id", "__row",
  CASE WHEN CAST("lead_origin" AS VARCHAR) IS NULL THEN 4 ELSE CASE LOWER(CAST("lead_origin" AS VARCHAR)) WHEN 'landing page submission' THEN 0 WHEN 'api' THEN 1 WHEN 'lead add form' THEN 2 WHEN 'lead import' THEN 3 WHEN '__missing__' THEN 4 ELSE 5 END END AS __f0,
  CASE WHEN CAST("lead_source" AS VARCHAR) IS NULL THEN 8 ELSE CASE LOWER(CAST("lead_source" AS VARCHAR)) WHEN 'google' THEN 0 WHEN 'direct traffic' THEN 1 WHEN 'olark chat' THEN 2 WHEN 'organic search' THEN 3 WHEN 'reference' THEN 4 WHEN 'referral sites' THEN 5 WHEN 'welingak website' THEN 6 WHEN 'facebook' THEN 7 WHEN '__missing__' THEN 8 ELSE 9 END END AS __f1,
  CASE WHEN "do_not_email" THEN 1e0 WHEN NOT "do_not_email" THEN 0e0 END AS __f2,
  CAST("total_visits" AS DOUBLE) AS __f4,
  CAST("total_time_spent_on_website" AS DOUBLE) AS __f5,
  CAST("page_views_per_visit" AS DOUBLE) AS __f6,
  CASE WHEN CAST("last_activity" AS VARCHAR) IS NULL THEN 11 ELSE CASE LOWER(CAST("last_activity" AS VARCHAR)) WHEN 'email opened' THEN 0 WHEN 'sms sent' THEN 1 WHEN 'olark chat conversation' THEN 2 WHEN 'page visited on website' THEN 3 WHEN 'converted to lead' THEN 4 WHEN 'email bounced' THEN 5 WHEN 'email link clicked' THEN 6 WHEN 'form submitted on website' THEN 7 WHEN 'unreachable' THEN 8 WHEN 'unsubscribed' THEN 9 WHEN 'had a phone conversation' THEN 10 WHEN '__missing__' THEN 11 ELSE 12 END END AS __f7,
  CASE WHEN CAST("country" AS VARCHAR) IS NULL THEN 7 ELSE CASE LOWER(CAST("country" AS VARCHAR)) WHEN 'india' THEN 0 WHEN 'united states' THEN 1 WHEN 'united arab emirates' THEN 2 WHEN 'saudi arabia' THEN 3 WHEN 'singapore' THEN 4 WHEN 'united kingdom' THEN 5 WHEN 'australia' THEN 6 WHEN '__missing__' THEN 7 ELSE 8 END END AS __f8,
  CASE WHEN CAST("specialization" AS VARCHAR) IS NULL THEN 18 ELSE CASE LOWER(CAST("specialization" AS VARCHAR)) WHEN 'finance management' THEN 0 WHEN 'marketing management' THEN 1 WHEN 'human resource management' THEN 2 WHEN 'operations management' THEN 3 WHEN 'business administration' THEN 4 WHEN 'it projects management' THEN 5 WHEN 'supply chain management' THEN 6 WHEN 'banking, investment and insurance' THEN 7 WHEN 'media and advertising' THEN 8 WHEN 'travel and tourism' THEN 9 WHEN 'international business' THEN 10 WHEN 'healthcare management' THEN 11 WHEN 'hospitality management' THEN 12 WHEN 'e-commerce' THEN 13 WHEN 'retail management' THEN 14 WHEN 'rural and agribusiness' THEN 15 WHEN 'e-business' THEN 16 WHEN 'services excellence' THEN 17 WHEN '__missing__' THEN 18 ELSE 19 END END AS __f9,
  CASE WHEN CAST("how_did_you_hear_about_x_education" AS VARCHAR) IS NULL THEN 9 ELSE CASE LOWER(CAST("how_did_you_hear_about_x_education" AS VARCHAR)) WHEN 'online search' THEN 0 WHEN 'word of mouth' THEN 1 WHEN 'student of someschool' THEN 2 WHEN 'other' THEN 3 WHEN 'multiple sources' THEN 4 WHEN 'advertisements' THEN 5 WHEN 'social media' THEN 6 WHEN 'sms' THEN 7 WHEN 'email' THEN 8 WHEN '__missing__' THEN 9 ELSE 10 END END AS __f10,
  CASE WHEN CAST("what_is_your_current_occupation" AS VARCHAR) IS NULL THEN 3 ELSE CASE LOWER(CAST("what_is_your_current_occupation" AS VARCHAR)) WHEN 'unemployed' THEN 0 WHEN 'working professional' THEN 1 WHEN 'student' THEN 2 WHEN '__missing__' THEN 3 ELSE 4 END END AS __f11,
  CASE WHEN CAST("what_matters_most_to_you_in_choosing_a_course" AS VARCHAR) IS NULL THEN 1 ELSE CASE LOWER(CAST("what_matters_most_to_you_in_choosing_a_course" AS VARCHAR)) WHEN 'better career prospects' THEN 0 WHEN '__missing__' THEN 1 ELSE 2 END END AS __f12,
  CASE WHEN CAST("city" AS VARCHAR) IS NULL THEN 6 ELSE CASE LOWER(CAST("city" AS VARCHAR)) WHEN 'mumbai' THEN 0 WHEN 'thane & outskirts' THEN 1 WHEN 'other cities' THEN 2 WHEN 'other cities of maharashtra' THEN 3 WHEN 'other metro cities' THEN 4 WHEN 'tier ii cities' THEN 5 WHEN '__missing__' THEN 6 ELSE 7 END END AS __f23,
  CASE WHEN "a_free_copy_of_mastering_the_interview" THEN 1e0 WHEN NOT "a_free_copy_of_mastering_the_interview" THEN 0e0 END AS __f25,
  (CAST("total_time_spent_on_website" AS DOUBLE) / NULLIF(CAST("total_visits" AS DOUBLE), 0)) AS __f26,
  CASE WHEN __f0 = 5 THEN CAST("lead_origin" AS VARCHAR) END AS __t0,
  CASE WHEN __f1 = 9 THEN CAST("lead_source" AS VARCHAR) END AS __t1,
  CASE WHEN __f7 = 12 THEN CAST("last_activity" AS VARCHAR) END AS __t7,
  CASE WHEN __f8 = 8 THEN CAST("country" AS VARCHAR) END AS __t8,
  CASE WHEN __f9 = 19 THEN CAST("specialization" AS VARCHAR) END AS __t9,
  CASE WHEN __f10 = 10 THEN CAST("how_did_you_hear_about_x_education" AS VARCHAR) END AS __t10,
  CASE WHEN __f11 = 4 THEN CAST("what_is_your_current_occupation" AS VARCHAR) END AS __t11,
  CASE WHEN __f12 = 2 THEN CAST("what_matters_most_to_you_in_choosing_a_course" AS VARCHAR) END AS __t12,
  CASE WHEN __f23 = 7 THEN CAST("city" AS VARCHAR) END AS __t23
FROM leadpipe_batch) AS __l1) AS __l2) AS __l3) AS s LEFT JOIN lead_overrides AS o ON o.lead_key = CAST(s."prospect_id" AS VARCHAR)
) AS s;
-- next
INSERT INTO lead_score_history
SELECT CAST(f."prospect_id" AS VARCHAR), f.model_version, f.probability, f.score, f.grade,
  CASE WHEN o.lead_key IS NOT NULL THEN 'override' ELSE 'model' END, o.reason, $now
FROM (SELECT * FROM leads_final WHERE scored_at = CAST($now AS TIMESTAMPTZ)) AS f
SEMI JOIN leadpipe_batch_keys AS b ON b."prospect_id" = f."prospect_id"
LEFT JOIN lead_overrides AS o ON o.lead_key = CAST(f."prospect_id" AS VARCHAR);
-- next
INSERT INTO lead_score_history
SELECT CAST(f."prospect_id" AS VARCHAR), f.model_version, f.probability, f.score, f.grade,
  CASE WHEN o.lead_key IS NOT NULL THEN 'override' ELSE 'model' END, o.reason, $now
FROM (SELECT * FROM leads_final WHERE scored_at = CAST($now AS TIMESTAMPTZ)) AS f
SEMI JOIN leadpipe_batch_keys AS b ON b."prospect_id" = f."prospect_id"
LEFT JOIN lead_overrides AS o ON o.lead_key = CAST(f."prospect_id" AS VARCHAR);
-- next
UPDATE leadpipe_streams SET "offset" = $to, updated_at = now() WHERE name = $name;
-- next
UPDATE leadpipe_streams SET "offset" = $to, updated_at = now() WHERE name = $name;
-- next
INSERT INTO task_history (run_id, name, state, scheduled_time, query_start_time, completed_time,
              error_code, error_message, rows_consumed, rows_inserted, rows_updated, rows_unchanged, leads_scored,
              offset_from, offset_to, trigger_kind, model_warning)
            VALUES ($run_id, $name, $state, $scheduled, $start, now(), $code, $error,
              $consumed, $inserted, $updated, $unchanged, $scored, $from, $to, $trigger, $warning);
-- next
INSERT INTO task_history (run_id, name, state, scheduled_time, query_start_time, completed_time,
              error_code, error_message, rows_consumed, rows_inserted, rows_updated, rows_unchanged, leads_scored,
              offset_from, offset_to, trigger_kind, model_warning)
            VALUES ($run_id, $name, $state, $scheduled, $start, now(), $code, $error,
              $consumed, $inserted, $updated, $unchanged, $scored, $from, $to, $trigger, $warning);
-- next
UPDATE leadpipe_tasks SET consecutive_failures = 0, updated_at = now() WHERE name = $name;
-- next
UPDATE leadpipe_tasks SET consecutive_failures = 0, updated_at = now() WHERE name = $name;
-- next
COMMIT;
-- next
DROP VIEW IF EXISTS leadpipe_batch;
-- next
DROP TABLE IF EXISTS leadpipe_batch_keys;
-- next
DROP TABLE IF EXISTS leadpipe_batch_match;
-- next
DROP TABLE IF EXISTS leadpipe_scored;
-- next
SELECT count(*) AS n FROM leads_to_score;
-- next
SELECT column_name, type, declared FROM leadpipe_columns WHERE table_name = 'leads_final' ORDER BY rowid;
-- next
BEGIN TRANSACTION;
-- next
UPDATE leadpipe_models SET active = FALSE WHERE active;
-- next
INSERT INTO leadpipe_models (version, kind, body, active, created_at, fit_warning)
           VALUES ($version, $kind, $body, $active, now(), $fit_warning)
           ON CONFLICT (version) DO UPDATE SET active = EXCLUDED.active OR leadpipe_models.active,
           fit_warning = EXCLUDED.fit_warning;
-- next
INSERT INTO leadpipe_models (version, kind, body, active, created_at, fit_warning)
           VALUES ($version, $kind, $body, $active, now(), $fit_warning)
           ON CONFLICT (version) DO UPDATE SET active = EXCLUDED.active OR leadpipe_models.active,
           fit_warning = EXCLUDED.fit_warning;
-- next
CREATE OR REPLACE MACRO "leadpipe_score"(lead) AS (
SELECT {'model_version': model_version, 'probability': probability, 'score': score, 'grade': grade,
  'reasons': reasons}
FROM (SELECT "__lead", model_version, CAST(NULL AS DOUBLE) AS probability, score, grade, {'positive': list_slice(list_transform(list_sort(list_filter(list_transform(reasons, (r, i) -> {'weight': -abs(r.points), 'idx': i, 'feature': r.rule, 'points': r.points, 'text': r.rule || ': +' || CASE WHEN r.points = round(r.points) THEN CAST(CAST(r.points AS BIGINT) AS VARCHAR) ELSE CAST(r.points AS VARCHAR) END}), r -> r.points > 0)), r -> {'feature': r.feature, 'points': r.points, 'text': r.text}), 1, 3), 'negative': list_slice(list_transform(list_sort(list_filter(list_transform(reasons, (r, i) -> {'weight': -abs(r.points), 'idx': i, 'feature': r.rule, 'points': r.points, 'text': r.rule || ': ' || CASE WHEN r.points = round(r.points) THEN CAST(CAST(r.points AS BIGINT) AS VARCHAR) ELSE CAST(r.points AS VARCHAR) END}), r -> r.points < 0)), r -> {'feature': r.feature, 'points': r.points, 'text': r.text}), 1, 3)} AS reasons FROM (SELECT "__lead", 'rules-default-1' AS model_version, points, score, CASE WHEN score >= 7.5e+1 THEN 'A' WHEN score >= 5e+1 THEN 'B' WHEN score >= 2.5e+1 THEN 'C' ELSE 'D' END AS grade, reasons FROM (
  SELECT "__lead", points, reasons, CAST(ROUND(100 * (LEAST(GREATEST(points, (-4e+0)), 1e+1) - (-4e+0)) / 1.4e+1) AS INTEGER) AS score FROM (
    SELECT "__lead", CASE WHEN ("__x0" = 'Lead Add Form') THEN 3e+0 ELSE 0e0 END
 + CASE WHEN (LOWER("__x1") IN ('reference', 'welingak website')) THEN 2e+0 ELSE 0e0 END
 + CASE WHEN ("__x1" = 'Marketing') THEN 1e+0 ELSE 0e0 END
 + CASE WHEN ("__x2" = 'Working Professional') THEN 3e+0 ELSE 0e0 END
 + CASE WHEN ("__x3" >= 8e+2) THEN 2e+0 ELSE 0e0 END
 + CASE WHEN ("__x3" BETWEEN 3e+2 AND 7.99e+2) THEN 1e+0 ELSE 0e0 END
 + CASE WHEN ("__x4" = 'SMS Sent') THEN 2e+0 ELSE 0e0 END
 + CASE WHEN ("__x4" IN ('Olark Chat Conversation', 'Email Bounced', 'Converted to Lead')) THEN (-2e+0) ELSE 0e0 END
 + CASE WHEN ("__x5" = TRUE) THEN (-2e+0) ELSE 0e0 END
 + CASE WHEN ("__x0" = 'API') AND ("__x6" = 0e+0) THEN (-1e+0) ELSE 0e0 END
 + CASE WHEN ("__x2" = 'Student') THEN (-1e+0) ELSE 0e0 END AS points, list_filter([CASE WHEN ("__x0" = 'Lead Add Form') THEN {'rule': 'Lead Add Form origin', 'points': 3e+0} END, CASE WHEN (LOWER("__x1") IN ('reference', 'welingak website')) THEN {'rule': 'Referred or Welingak', 'points': 2e+0} END, CASE WHEN ("__x1" = 'Marketing') THEN {'rule': 'Marketing source', 'points': 1e+0} END, CASE WHEN ("__x2" = 'Working Professional') THEN {'rule': 'Working professional', 'points': 3e+0} END, CASE WHEN ("__x3" >= 8e+2) THEN {'rule': 'Long time on site', 'points': 2e+0} END, CASE WHEN ("__x3" BETWEEN 3e+2 AND 7.99e+2) THEN {'rule': 'Some time on site', 'points': 1e+0} END, CASE WHEN ("__x4" = 'SMS Sent') THEN {'rule': 'Replied by SMS', 'points': 2e+0} END, CASE WHEN ("__x4" IN ('Olark Chat Conversation', 'Email Bounced', 'Converted to Lead')) THEN {'rule': 'Chat only or bounced', 'points': (-2e+0)} END, CASE WHEN ("__x5" = TRUE) THEN {'rule': 'Asked not to be emailed', 'points': (-2e+0)} END, CASE WHEN ("__x0" = 'API') AND ("__x6" = 0e+0) THEN {'rule': 'No visits from an API lead', 'points': (-1e+0)} END, CASE WHEN ("__x2" = 'Student') THEN {'rule': 'Student', 'points': (-1e+0)} END], x -> x IS NOT NULL) AS reasons FROM (SELECT 0 AS __lead,
  CASE json_type(__r0) WHEN 'VARCHAR' THEN __t0 WHEN 'BOOLEAN' THEN CAST(__r0 AS VARCHAR) WHEN 'BIGINT' THEN CASE WHEN CAST(__r0 AS DOUBLE) = trunc(CAST(__r0 AS DOUBLE)) AND abs(CAST(__r0 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r0 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r0 AS DOUBLE) AS VARCHAR) END WHEN 'UBIGINT' THEN CASE WHEN CAST(__r0 AS DOUBLE) = trunc(CAST(__r0 AS DOUBLE)) AND abs(CAST(__r0 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r0 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r0 AS DOUBLE) AS VARCHAR) END WHEN 'DOUBLE' THEN CASE WHEN CAST(__r0 AS DOUBLE) = trunc(CAST(__r0 AS DOUBLE)) AND abs(CAST(__r0 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r0 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r0 AS DOUBLE) AS VARCHAR) END END AS __x0,
  CASE json_type(__r1) WHEN 'VARCHAR' THEN __t1 WHEN 'BOOLEAN' THEN CAST(__r1 AS VARCHAR) WHEN 'BIGINT' THEN CASE WHEN CAST(__r1 AS DOUBLE) = trunc(CAST(__r1 AS DOUBLE)) AND abs(CAST(__r1 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r1 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r1 AS DOUBLE) AS VARCHAR) END WHEN 'UBIGINT' THEN CASE WHEN CAST(__r1 AS DOUBLE) = trunc(CAST(__r1 AS DOUBLE)) AND abs(CAST(__r1 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r1 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r1 AS DOUBLE) AS VARCHAR) END WHEN 'DOUBLE' THEN CASE WHEN CAST(__r1 AS DOUBLE) = trunc(CAST(__r1 AS DOUBLE)) AND abs(CAST(__r1 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r1 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r1 AS DOUBLE) AS VARCHAR) END END AS __x1,
  CASE json_type(__r2) WHEN 'VARCHAR' THEN __t2 WHEN 'BOOLEAN' THEN CAST(__r2 AS VARCHAR) WHEN 'BIGINT' THEN CASE WHEN CAST(__r2 AS DOUBLE) = trunc(CAST(__r2 AS DOUBLE)) AND abs(CAST(__r2 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r2 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r2 AS DOUBLE) AS VARCHAR) END WHEN 'UBIGINT' THEN CASE WHEN CAST(__r2 AS DOUBLE) = trunc(CAST(__r2 AS DOUBLE)) AND abs(CAST(__r2 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r2 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r2 AS DOUBLE) AS VARCHAR) END WHEN 'DOUBLE' THEN CASE WHEN CAST(__r2 AS DOUBLE) = trunc(CAST(__r2 AS DOUBLE)) AND abs(CAST(__r2 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r2 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r2 AS DOUBLE) AS VARCHAR) END END AS __x2,
  CASE WHEN json_type(__r3) IN ('BIGINT', 'UBIGINT', 'DOUBLE') THEN CASE WHEN CAST(__r3 AS DOUBLE) = trunc(CAST(__r3 AS DOUBLE)) AND abs(CAST(__r3 AS DOUBLE)) < 9.223372036854775808e18 THEN CAST(__r3 AS DOUBLE) END WHEN regexp_full_match(__t3, '^[+-]?[0-9]+([.]0+)?$') THEN CASE WHEN TRY_CAST(__t3 AS DOUBLE) = trunc(TRY_CAST(__t3 AS DOUBLE)) AND abs(TRY_CAST(__t3 AS DOUBLE)) < 9.223372036854775808e18 THEN TRY_CAST(__t3 AS DOUBLE) END END AS __x3,
  CASE json_type(__r4) WHEN 'VARCHAR' THEN __t4 WHEN 'BOOLEAN' THEN CAST(__r4 AS VARCHAR) WHEN 'BIGINT' THEN CASE WHEN CAST(__r4 AS DOUBLE) = trunc(CAST(__r4 AS DOUBLE)) AND abs(CAST(__r4 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r4 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r4 AS DOUBLE) AS VARCHAR) END WHEN 'UBIGINT' THEN CASE WHEN CAST(__r4 AS DOUBLE) = trunc(CAST(__r4 AS DOUBLE)) AND abs(CAST(__r4 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r4 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r4 AS DOUBLE) AS VARCHAR) END WHEN 'DOUBLE' THEN CASE WHEN CAST(__r4 AS DOUBLE) = trunc(CAST(__r4 AS DOUBLE)) AND abs(CAST(__r4 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r4 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r4 AS DOUBLE) AS VARCHAR) END END AS __x4,
  CASE json_type(__r5) WHEN 'BOOLEAN' THEN CAST(__r5 AS BOOLEAN) WHEN 'VARCHAR' THEN CASE lower(__t5) WHEN 'true' THEN TRUE WHEN 'yes' THEN TRUE WHEN 'y' THEN TRUE WHEN 't' THEN TRUE WHEN '1' THEN TRUE WHEN 'false' THEN FALSE WHEN 'no' THEN FALSE WHEN 'n' THEN FALSE WHEN 'f' THEN FALSE WHEN '0' THEN FALSE END WHEN 'BIGINT' THEN CASE CAST(__r5 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END WHEN 'UBIGINT' THEN CASE CAST(__r5 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END WHEN 'DOUBLE' THEN CASE CAST(__r5 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END END AS __x5,
  CASE WHEN json_type(__r6) IN ('BIGINT', 'UBIGINT', 'DOUBLE') THEN CASE WHEN CAST(__r6 AS DOUBLE) = trunc(CAST(__r6 AS DOUBLE)) AND abs(CAST(__r6 AS DOUBLE)) < 9.223372036854775808e18 THEN CAST(__r6 AS DOUBLE) END WHEN regexp_full_match(__t6, '^[+-]?[0-9]+([.]0+)?$') THEN CASE WHEN TRY_CAST(__t6 AS DOUBLE) = trunc(TRY_CAST(__t6 AS DOUBLE)) AND abs(TRY_CAST(__t6 AS DOUBLE)) < 9.223372036854775808e18 THEN TRY_CAST(__t6 AS DOUBLE) END END AS __x6
FROM (SELECT __r0,
  __r1,
  __r2,
  __r3,
  __r4,
  __r5,
  __r6,
  CASE WHEN json_type(__r0) = 'VARCHAR' THEN CASE WHEN lower(trim(__r0 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE trim(__r0 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) END END AS __t0,
  CASE WHEN json_type(__r1) = 'VARCHAR' THEN CASE WHEN lower(trim(__r1 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE trim(__r1 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) END END AS __t1,
  CASE WHEN json_type(__r2) = 'VARCHAR' THEN CASE WHEN lower(trim(__r2 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE trim(__r2 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) END END AS __t2,
  CASE WHEN json_type(__r3) = 'VARCHAR' THEN CASE WHEN lower(trim(__r3 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE trim(__r3 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) END END AS __t3,
  CASE WHEN json_type(__r4) = 'VARCHAR' THEN CASE WHEN lower(trim(__r4 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE trim(__r4 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) END END AS __t4,
  CASE WHEN json_type(__r5) = 'VARCHAR' THEN CASE WHEN lower(trim(__r5 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE trim(__r5 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) END END AS __t5,
  CASE WHEN json_type(__r6) = 'VARCHAR' THEN CASE WHEN lower(trim(__r6 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE trim(__r6 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) END END AS __t6
FROM (SELECT json_extract(__j, '$."lead_origin"') AS __r0,
  json_extract(__j, '$."lead_source"') AS __r1,
  json_extract(__j, '$."what_is_your_current_occupation"') AS __r2,
  json_extract(__j, '$."total_time_spent_on_website"') AS __r3,
  json_extract(__j, '$."last_activity"') AS __r4,
  json_extract(__j, '$."do_not_email"') AS __r5,
  json_extract(__j, '$."total_visits"') AS __r6
FROM (SELECT CAST(lead AS JSON) AS __j) AS __lead_json) AS __lead_raw) AS __lead_text) AS __lead_values
  ) AS __r1
) AS __r2) AS __rules) AS __scored
);
-- next
COMMIT;
-- next
SELECT 1 FROM load_history WHERE file_name = $name AND checksum = $checksum AND status IN ('LOADED', 'PARTIALLY_LOADED') LIMIT 1;
-- next
SELECT 1 FROM load_history WHERE file_name = $name AND checksum = $checksum AND status IN ('LOADED', 'PARTIALLY_LOADED') LIMIT 1;
-- next
BEGIN TRANSACTION;
-- next
SELECT 1 FROM load_history WHERE file_name = $name AND checksum = $checksum AND status IN ('LOADED', 'PARTIALLY_LOADED') LIMIT 1;
-- next
SELECT 1 FROM load_history WHERE file_name = $name AND checksum = $checksum AND status IN ('LOADED', 'PARTIALLY_LOADED') LIMIT 1;
-- next
SELECT greatest(coalesce(max(raw_id), 0), coalesce((SELECT max("offset") FROM leadpipe_streams), 0)) AS m FROM leads_raw_rows;
-- next
INSERT INTO leads_raw_rows (raw_id, file_name, file_row_number, load_id, loaded_at, "prospect_id", "lead_number", "lead_origin", "lead_source", "do_not_email", "do_not_call", "converted", "total_visits", "total_time_spent_on_website", "page_views_per_visit", "last_activity", "country", "specialization", "how_did_you_hear_about_x_education", "what_is_your_current_occupation", "what_matters_most_to_you_in_choosing_a_course", "search", "magazine", "newspaper_article", "x_education_forums", "newspaper", "digital_advertisement", "through_recommendations", "receive_more_updates_about_our_courses", "tags", "lead_quality", "update_me_on_supply_chain_content", "get_updates_on_dm_content", "lead_profile", "city", "asymmetrique_activity_index", "asymmetrique_profile_index", "asymmetrique_activity_score", "asymmetrique_profile_score", "i_agree_to_pay_the_amount_through_cheque", "a_free_copy_of_mastering_the_interview", "last_notable_activity", extra)
SELECT $base + coalesce(n, l), $file, l, $load_id, $now, j."prospect_id", j."lead_number", j."lead_origin", j."lead_source", j."do_not_email", j."do_not_call", j."converted", j."total_visits", j."total_time_spent_on_website", j."page_views_per_visit", j."last_activity", j."country", j."specialization", j."how_did_you_hear_about_x_education", j."what_is_your_current_occupation", j."what_matters_most_to_you_in_choosing_a_course", j."search", j."magazine", j."newspaper_article", j."x_education_forums", j."newspaper", j."digital_advertisement", j."through_recommendations", j."receive_more_updates_about_our_courses", j."tags", j."lead_quality", j."update_me_on_supply_chain_content", j."get_updates_on_dm_content", j."lead_profile", j."city", j."asymmetrique_activity_index", j."asymmetrique_profile_index", j."asymmetrique_activity_score", j."asymmetrique_profile_score", j."i_agree_to_pay_the_amount_through_cheque", j."a_free_copy_of_mastering_the_interview", j."last_notable_activity",
  CASE WHEN x = '{}' THEN NULL ELSE x END
FROM (
  SELECT l, n, json_transform(d, '{"prospect_id":"VARCHAR","lead_number":"BIGINT","lead_origin":"VARCHAR","lead_source":"VARCHAR","do_not_email":"BOOLEAN","do_not_call":"BOOLEAN","converted":"BOOLEAN","total_visits":"BIGINT","total_time_spent_on_website":"BIGINT","page_views_per_visit":"DOUBLE","last_activity":"VARCHAR","country":"VARCHAR","specialization":"VARCHAR","how_did_you_hear_about_x_education":"VARCHAR","what_is_your_current_occupation":"VARCHAR","what_matters_most_to_you_in_choosing_a_course":"VARCHAR","search":"BOOLEAN","magazine":"BOOLEAN","newspaper_article":"BOOLEAN","x_education_forums":"BOOLEAN","newspaper":"BOOLEAN","digital_advertisement":"BOOLEAN","through_recommendations":"BOOLEAN","receive_more_updates_about_our_courses":"BOOLEAN","tags":"VARCHAR","lead_quality":"VARCHAR","update_me_on_supply_chain_content":"BOOLEAN","get_updates_on_dm_content":"BOOLEAN","lead_profile":"VARCHAR","city":"VARCHAR","asymmetrique_activity_index":"VARCHAR","asymmetrique_profile_index":"VARCHAR","asymmetrique_activity_score":"BIGINT","asymmetrique_profile_score":"BIGINT","i_agree_to_pay_the_amount_through_cheque":"BOOLEAN","a_free_copy_of_mastering_the_interview":"BOOLEAN","last_notable_activity":"VARCHAR"}') AS j,
    CAST(json_merge_patch(d, '{"prospect_id":null,"lead_number":null,"lead_origin":null,"lead_source":null,"do_not_email":null,"do_not_call":null,"converted":null,"total_visits":null,"total_time_spent_on_website":null,"page_views_per_visit":null,"last_activity":null,"country":null,"specialization":null,"how_did_you_hear_about_x_education":null,"what_is_your_current_occupation":null,"what_matters_most_to_you_in_choosing_a_course":null,"search":null,"magazine":null,"newspaper_article":null,"x_education_forums":null,"newspaper":null,"digital_advertisement":null,"through_recommendations":null,"receive_more_updates_about_our_courses":null,"tags":null,"lead_quality":null,"update_me_on_supply_chain_content":null,"get_updates_on_dm_content":null,"lead_profile":null,"city":null,"asymmetrique_activity_index":null,"asymmetrique_profile_index":null,"asymmetrique_activity_score":null,"asymmetrique_profile_score":null,"i_agree_to_pay_the_amount_through_cheque":null,"a_free_copy_of_mastering_the_interview":null,"last_notable_activity":null}') AS VARCHAR) AS x
  FROM read_ndjson($path, columns = {l: 'BIGINT', n: 'BIGINT', d: 'JSON'}, maximum_object_size = 33554432)
);
-- next
INSERT INTO leads_raw_rows (raw_id, file_name, file_row_number, load_id, loaded_at, "prospect_id", "lead_number", "lead_origin", "lead_source", "do_not_email", "do_not_call", "converted", "total_visits", "total_time_spent_on_website", "page_views_per_visit", "last_activity", "country", "specialization", "how_did_you_hear_about_x_education", "what_is_your_current_occupation", "what_matters_most_to_you_in_choosing_a_course", "search", "magazine", "newspaper_article", "x_education_forums", "newspaper", "digital_advertisement", "through_recommendations", "receive_more_updates_about_our_courses", "tags", "lead_quality", "update_me_on_supply_chain_content", "get_updates_on_dm_content", "lead_profile", "city", "asymmetrique_activity_index", "asymmetrique_profile_index", "asymmetrique_activity_score", "asymmetrique_profile_score", "i_agree_to_pay_the_amount_through_cheque", "a_free_copy_of_mastering_the_interview", "last_notable_activity", extra)
SELECT $base + coalesce(n, l), $file, l, $load_id, $now, j."prospect_id", j."lead_number", j."lead_origin", j."lead_source", j."do_not_email", j."do_not_call", j."converted", j."total_visits", j."total_time_spent_on_website", j."page_views_per_visit", j."last_activity", j."country", j."specialization", j."how_did_you_hear_about_x_education", j."what_is_your_current_occupation", j."what_matters_most_to_you_in_choosing_a_course", j."search", j."magazine", j."newspaper_article", j."x_education_forums", j."newspaper", j."digital_advertisement", j."through_recommendations", j."receive_more_updates_about_our_courses", j."tags", j."lead_quality", j."update_me_on_supply_chain_content", j."get_updates_on_dm_content", j."lead_profile", j."city", j."asymmetrique_activity_index", j."asymmetrique_profile_index", j."asymmetrique_activity_score", j."asymmetrique_profile_score", j."i_agree_to_pay_the_amount_through_cheque", j."a_free_copy_of_mastering_the_interview", j."last_notable_activity",
  CASE WHEN x = '{}' THEN NULL ELSE x END
FROM (
  SELECT l, n, json_transform(d, '{"prospect_id":"VARCHAR","lead_number":"BIGINT","lead_origin":"VARCHAR","lead_source":"VARCHAR","do_not_email":"BOOLEAN","do_not_call":"BOOLEAN","converted":"BOOLEAN","total_visits":"BIGINT","total_time_spent_on_website":"BIGINT","page_views_per_visit":"DOUBLE","last_activity":"VARCHAR","country":"VARCHAR","specialization":"VARCHAR","how_did_you_hear_about_x_education":"VARCHAR","what_is_your_current_occupation":"VARCHAR","what_matters_most_to_you_in_choosing_a_course":"VARCHAR","search":"BOOLEAN","magazine":"BOOLEAN","newspaper_article":"BOOLEAN","x_education_forums":"BOOLEAN","newspaper":"BOOLEAN","digital_advertisement":"BOOLEAN","through_recommendations":"BOOLEAN","receive_more_updates_about_our_courses":"BOOLEAN","tags":"VARCHAR","lead_quality":"VARCHAR","update_me_on_supply_chain_content":"BOOLEAN","get_updates_on_dm_content":"BOOLEAN","lead_profile":"VARCHAR","city":"VARCHAR","asymmetrique_activity_index":"VARCHAR","asymmetrique_profile_index":"VARCHAR","asymmetrique_activity_score":"BIGINT","asymmetrique_profile_score":"BIGINT","i_agree_to_pay_the_amount_through_cheque":"BOOLEAN","a_free_copy_of_mastering_the_interview":"BOOLEAN","last_notable_activity":"VARCHAR"}') AS j,
    CAST(json_merge_patch(d, '{"prospect_id":null,"lead_number":null,"lead_origin":null,"lead_source":null,"do_not_email":null,"do_not_call":null,"converted":null,"total_visits":null,"total_time_spent_on_website":null,"page_views_per_visit":null,"last_activity":null,"country":null,"specialization":null,"how_did_you_hear_about_x_education":null,"what_is_your_current_occupation":null,"what_matters_most_to_you_in_choosing_a_course":null,"search":null,"magazine":null,"newspaper_article":null,"x_education_forums":null,"newspaper":null,"digital_advertisement":null,"through_recommendations":null,"receive_more_updates_about_our_courses":null,"tags":null,"lead_quality":null,"update_me_on_supply_chain_content":null,"get_updates_on_dm_content":null,"lead_profile":null,"city":null,"asymmetrique_activity_index":null,"asymmetrique_profile_index":null,"asymmetrique_activity_score":null,"asymmetrique_profile_score":null,"i_agree_to_pay_the_amount_through_cheque":null,"a_free_copy_of_mastering_the_interview":null,"last_notable_activity":null}') AS VARCHAR) AS x
  FROM read_ndjson($path, columns = {l: 'BIGINT', n: 'BIGINT', d: 'JSON'}, maximum_object_size = 33554432)
);
-- next
SELECT min(raw_id) AS lo, max(raw_id) AS hi FROM leads_raw_rows WHERE raw_id > $base;
-- next
SELECT min(raw_id) AS lo, max(raw_id) AS hi FROM leads_raw_rows WHERE raw_id > $base;
-- next
INSERT INTO load_history VALUES ($load_id, $file_name, $stage, $checksum, $size, $source_checksum, $status, $reason,
              $row_count, $row_parsed, $error_count, $first_message, $first_line, $first_column, $inferred, $raw_from, $raw_to, $now);
-- next
INSERT INTO load_history VALUES ($load_id, $file_name, $stage, $checksum, $size, $source_checksum, $status, $reason,
              $row_count, $row_parsed, $error_count, $first_message, $first_line, $first_column, $inferred, $raw_from, $raw_to, $now);
-- next
COMMIT;
-- next
SELECT version, kind, body, fit_warning FROM leadpipe_models WHERE active LIMIT 1;
-- next
SELECT column_name, type, declared FROM leadpipe_columns WHERE table_name = 'leads_final' ORDER BY rowid;
-- next
SELECT state, consecutive_failures FROM leadpipe_tasks WHERE name = $name;
-- next
SELECT state, consecutive_failures FROM leadpipe_tasks WHERE name = $name;
-- next
SELECT "offset" AS o FROM leadpipe_streams WHERE name = $name;
-- next
SELECT "offset" AS o FROM leadpipe_streams WHERE name = $name;
-- next
SELECT coalesce(max(raw_id), 0) AS m FROM leads_raw_rows;
-- next
SELECT column_name, type, declared FROM leadpipe_columns WHERE table_name = 'leads_final';
-- next
SELECT inferred FROM load_history WHERE raw_id_to >= $from + 1 AND raw_id_from <= $to AND inferred IS NOT NULL ORDER BY raw_id_from;
-- next
SELECT inferred FROM load_history WHERE raw_id_to >= $from + 1 AND raw_id_from <= $to AND inferred IS NOT NULL ORDER BY raw_id_from;
-- next
SELECT block_size, current_setting('threads')::BIGINT AS threads
FROM pragma_database_size() WHERE database_name = current_database();
-- next
SELECT count(*) - count(DISTINCT raw_id) AS n FROM leads_raw_rows WHERE raw_id > $from AND raw_id <= $to;
-- next
SELECT count(*) - count(DISTINCT raw_id) AS n FROM leads_raw_rows WHERE raw_id > $from AND raw_id <= $to;
-- next
BEGIN TRANSACTION;
-- next
SELECT column_name, type, declared FROM leadpipe_columns WHERE table_name = 'leads_final';
-- next
SELECT inferred FROM load_history WHERE raw_id_to >= $from + 1 AND raw_id_from <= $to AND inferred IS NOT NULL ORDER BY raw_id_from;
-- next
SELECT inferred FROM load_history WHERE raw_id_to >= $from + 1 AND raw_id_from <= $to AND inferred IS NOT NULL ORDER BY raw_id_from;
-- next
ALTER TABLE leads_final ADD COLUMN "campaign_code" DOUBLE;
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, false);
-- next
INSERT INTO leadpipe_columns VALUES ('leads_final', $name, $type, false);
-- next
COMMIT;
-- next
CREATE OR REPLACE TEMP TABLE leadpipe_batch_match AS
SELECT b.raw_id, b."prospect_id", f."row_hash" AS __stored_hash, f."first_seen_at" AS __first_seen FROM (
SELECT raw_id, "prospect_id" FROM (
  SELECT
    r."prospect_id",
    r."lead_number",
    r."lead_origin",
    r."lead_source",
    r."do_not_email",
    r."do_not_call",
    r."converted",
    r."total_visits",
    r."total_time_spent_on_website",
    r."page_views_per_visit",
    r."last_activity",
    r."country",
    r."specialization",
    r."how_did_you_hear_about_x_education",
    r."what_is_your_current_occupation",
    r."what_matters_most_to_you_in_choosing_a_course",
    r."search",
    r."magazine",
    r."newspaper_article",
    r."x_education_forums",
    r."newspaper",
    r."digital_advertisement",
    r."through_recommendations",
    r."receive_more_updates_about_our_courses",
    r."tags",
    r."lead_quality",
    r."update_me_on_supply_chain_content",
    r."get_updates_on_dm_content",
    r."lead_profile",
    r."city",
    r."asymmetrique_activity_index",
    r."asymmetrique_profile_index",
    r."asymmetrique_activity_score",
    r."asymmetrique_profile_score",
    r."i_agree_to_pay_the_amount_through_cheque",
    r."a_free_copy_of_mastering_the_interview",
    r."last_notable_activity",
    TRY_CAST(x."campaign_code" AS DOUBLE) AS "campaign_code",
    source_file,
    raw_id
  FROM (
    SELECT r.*, r.file_name AS source_file, json_transform(r.extra, '{"campaign_code":"VARCHAR"}') AS x
    FROM leads_raw_rows AS r
    WHERE r.raw_id > 3 AND r.raw_id <= 6
  ) AS r
)
QUALIFY row_number() OVER (PARTITION BY "prospect_id" ORDER BY raw_id DESC) = 1
) AS b LEFT JOIN leads_final AS f ON f."prospect_id" = b."prospect_id";
-- next
SELECT count(__stored_hash) AS matched, (SELECT count(*) FROM leads_final) AS final_rows FROM leadpipe_batch_match;
-- next
CREATE OR REPLACE TEMP TABLE leadpipe_batch_keys AS
SELECT b.raw_id, b."prospect_id", CASE WHEN b.__stored_hash IS NOT NULL
    AND b."a_free_copy_of_mastering_the_interview" IS NOT DISTINCT FROM f."a_free_copy_of_mastering_the_interview"
    AND b."asymmetrique_activity_index" IS NOT DISTINCT FROM f."asymmetrique_activity_index"
    AND b."asymmetrique_activity_score" IS NOT DISTINCT FROM f."asymmetrique_activity_score"
    AND b."asymmetrique_profile_index" IS NOT DISTINCT FROM f."asymmetrique_profile_index"
    AND b."asymmetrique_profile_score" IS NOT DISTINCT FROM f."asymmetrique_profile_score"
    AND (b."campaign_code" IS NOT DISTINCT FROM f."campaign_code" AND signbit(b."campaign_code") IS NOT DISTINCT FROM signbit(f."campaign_code"))
    AND b."city" IS NOT DISTINCT FROM f."city"
    AND b."converted" IS NOT DISTINCT FROM f."converted"
    AND b."country" IS NOT DISTINCT FROM f."country"
    AND b."digital_advertisement" IS NOT DISTINCT FROM f."digital_advertisement"
    AND b."do_not_call" IS NOT DISTINCT FROM f."do_not_call"
    AND b."do_not_email" IS NOT DISTINCT FROM f."do_not_email"
    AND b."get_updates_on_dm_content" IS NOT DISTINCT FROM f."get_updates_on_dm_content"
    AND b."how_did_you_hear_about_x_education" IS NOT DISTINCT FROM f."how_did_you_hear_about_x_education"
    AND b."i_agree_to_pay_the_amount_through_cheque" IS NOT DISTINCT FROM f."i_agree_to_pay_the_amount_through_cheque"
    AND b."last_activity" IS NOT DISTINCT FROM f."last_activity"
    AND b."last_notable_activity" IS NOT DISTINCT FROM f."last_notable_activity"
    AND b."lead_number" IS NOT DISTINCT FROM f."lead_number"
    AND b."lead_origin" IS NOT DISTINCT FROM f."lead_origin"
    AND b."lead_profile" IS NOT DISTINCT FROM f."lead_profile"
    AND b."lead_quality" IS NOT DISTINCT FROM f."lead_quality"
    AND b."lead_source" IS NOT DISTINCT FROM f."lead_source"
    AND b."magazine" IS NOT DISTINCT FROM f."magazine"
    AND b."newspaper" IS NOT DISTINCT FROM f."newspaper"
    AND b."newspaper_article" IS NOT DISTINCT FROM f."newspaper_article"
    AND (b."page_views_per_visit" IS NOT DISTINCT FROM f."page_views_per_visit" AND signbit(b."page_views_per_visit") IS NOT DISTINCT FROM signbit(f."page_views_per_visit"))
    AND b."prospect_id" IS NOT DISTINCT FROM f."prospect_id"
    AND b."receive_more_updates_about_our_courses" IS NOT DISTINCT FROM f."receive_more_updates_about_our_courses"
    AND b."search" IS NOT DISTINCT FROM f."search"
    AND b."specialization" IS NOT DISTINCT FROM f."specialization"
    AND b."tags" IS NOT DISTINCT FROM f."tags"
    AND b."through_recommendations" IS NOT DISTINCT FROM f."through_recommendations"
    AND b."total_time_spent_on_website" IS NOT DISTINCT FROM f."total_time_spent_on_website"
    AND b."total_visits" IS NOT DISTINCT FROM f."total_visits"
    AND b."update_me_on_supply_chain_content" IS NOT DISTINCT FROM f."update_me_on_supply_chain_content"
    AND b."what_is_your_current_occupation" IS NOT DISTINCT FROM f."what_is_your_current_occupation"
    AND b."what_matters_most_to_you_in_choosing_a_course" IS NOT DISTINCT FROM f."what_matters_most_to_you_in_choosing_a_course"
    AND b."x_education_forums" IS NOT DISTINCT FROM f."x_education_forums"
  THEN b.__stored_hash ELSE md5(concat(CASE WHEN b."a_free_copy_of_mastering_the_interview" THEN '38:a_free_copy_of_mastering_the_interview4:true' WHEN NOT b."a_free_copy_of_mastering_the_interview" THEN '38:a_free_copy_of_mastering_the_interview5:false' END, CASE WHEN b."asymmetrique_activity_index" IS NOT NULL THEN '27:asymmetrique_activity_index' END, length(b."asymmetrique_activity_index"), CASE WHEN b."asymmetrique_activity_index" IS NOT NULL THEN ':' END, b."asymmetrique_activity_index", CASE WHEN b."asymmetrique_activity_score" IS NOT NULL THEN '27:asymmetrique_activity_score' END, length(CAST(b."asymmetrique_activity_score" AS VARCHAR)), CASE WHEN b."asymmetrique_activity_score" IS NOT NULL THEN ':' END, CAST(b."asymmetrique_activity_score" AS VARCHAR), CASE WHEN b."asymmetrique_profile_index" IS NOT NULL THEN '26:asymmetrique_profile_index' END, length(b."asymmetrique_profile_index"), CASE WHEN b."asymmetrique_profile_index" IS NOT NULL THEN ':' END, b."asymmetrique_profile_index", CASE WHEN b."asymmetrique_profile_score" IS NOT NULL THEN '26:asymmetrique_profile_score' END, length(CAST(b."asymmetrique_profile_score" AS VARCHAR)), CASE WHEN b."asymmetrique_profile_score" IS NOT NULL THEN ':' END, CAST(b."asymmetrique_profile_score" AS VARCHAR), CASE WHEN b."campaign_code" IS NOT NULL THEN '13:campaign_code' END, length(CAST(b."campaign_code" AS VARCHAR)), CASE WHEN b."campaign_code" IS NOT NULL THEN ':' END, CAST(b."campaign_code" AS VARCHAR), CASE WHEN b."city" IS NOT NULL THEN '4:city' END, length(b."city"), CASE WHEN b."city" IS NOT NULL THEN ':' END, b."city", CASE WHEN b."converted" THEN '9:converted4:true' WHEN NOT b."converted" THEN '9:converted5:false' END, CASE WHEN b."country" IS NOT NULL THEN '7:country' END, length(b."country"), CASE WHEN b."country" IS NOT NULL THEN ':' END, b."country", CASE WHEN b."digital_advertisement" THEN '21:digital_advertisement4:true' WHEN NOT b."digital_advertisement" THEN '21:digital_advertisement5:false' END, CASE WHEN b."do_not_call" THEN '11:do_not_call4:true' WHEN NOT b."do_not_call" THEN '11:do_not_call5:false' END, CASE WHEN b."do_not_email" THEN '12:do_not_email4:true' WHEN NOT b."do_not_email" THEN '12:do_not_email5:false' END, CASE WHEN b."get_updates_on_dm_content" THEN '25:get_updates_on_dm_content4:true' WHEN NOT b."get_updates_on_dm_content" THEN '25:get_updates_on_dm_content5:false' END, CASE WHEN b."how_did_you_hear_about_x_education" IS NOT NULL THEN '34:how_did_you_hear_about_x_education' END, length(b."how_did_you_hear_about_x_education"), CASE WHEN b."how_did_you_hear_about_x_education" IS NOT NULL THEN ':' END, b."how_did_you_hear_about_x_education", CASE WHEN b."i_agree_to_pay_the_amount_through_cheque" THEN '40:i_agree_to_pay_the_amount_through_cheque4:true' WHEN NOT b."i_agree_to_pay_the_amount_through_cheque" THEN '40:i_agree_to_pay_the_amount_through_cheque5:false' END, CASE WHEN b."last_activity" IS NOT NULL THEN '13:last_activity' END, length(b."last_activity"), CASE WHEN b."last_activity" IS NOT NULL THEN ':' END, b."last_activity", CASE WHEN b."last_notable_activity" IS NOT NULL THEN '21:last_notable_activity' END, length(b."last_notable_activity"), CASE WHEN b."last_notable_activity" IS NOT NULL THEN ':' END, b."last_notable_activity", CASE WHEN b."lead_number" IS NOT NULL THEN '11:lead_number' END, length(CAST(b."lead_number" AS VARCHAR)), CASE WHEN b."lead_number" IS NOT NULL THEN ':' END, CAST(b."lead_number" AS VARCHAR), CASE WHEN b."lead_origin" IS NOT NULL THEN '11:lead_origin' END, length(b."lead_origin"), CASE WHEN b."lead_origin" IS NOT NULL THEN ':' END, b."lead_origin", CASE WHEN b."lead_profile" IS NOT NULL THEN '12:lead_profile' END, length(b."lead_profile"), CASE WHEN b."lead_profile" IS NOT NULL THEN ':' END, b."lead_profile", CASE WHEN b."lead_quality" IS NOT NULL THEN '12:lead_quality' END, length(b."lead_quality"), CASE WHEN b."lead_quality" IS NOT NULL THEN ':' END, b."lead_quality", CASE WHEN b."lead_source" IS NOT NULL THEN '11:lead_source' END, length(b."lead_source"), CASE WHEN b."lead_source" IS NOT NULL THEN ':' END, b."lead_source", CASE WHEN b."magazine" THEN '8:magazine4:true' WHEN NOT b."magazine" THEN '8:magazine5:false' END, CASE WHEN b."newspaper" THEN '9:newspaper4:true' WHEN NOT b."newspaper" THEN '9:newspaper5:false' END, CASE WHEN b."newspaper_article" THEN '17:newspaper_article4:true' WHEN NOT b."newspaper_article" THEN '17:newspaper_article5:false' END, CASE WHEN b."page_views_per_visit" IS NOT NULL THEN '20:page_views_per_visit' END, length(CAST(b."page_views_per_visit" AS VARCHAR)), CASE WHEN b."page_views_per_visit" IS NOT NULL THEN ':' END, CAST(b."page_views_per_visit" AS VARCHAR), CASE WHEN b."prospect_id" IS NOT NULL THEN '11:prospect_id' END, length(b."prospect_id"), CASE WHEN b."prospect_id" IS NOT NULL THEN ':' END, b."prospect_id", CASE WHEN b."receive_more_updates_about_our_courses" THEN '38:receive_more_updates_about_our_courses4:true' WHEN NOT b."receive_more_updates_about_our_courses" THEN '38:receive_more_updates_about_our_courses5:false' END, CASE WHEN b."search" THEN '6:search4:true' WHEN NOT b."search" THEN '6:search5:false' END, CASE WHEN b."specialization" IS NOT NULL THEN '14:specialization' END, length(b."specialization"), CASE WHEN b."specialization" IS NOT NULL THEN ':' END, b."specialization", CASE WHEN b."tags" IS NOT NULL THEN '4:tags' END, length(b."tags"), CASE WHEN b."tags" IS NOT NULL THEN ':' END, b."tags", CASE WHEN b."through_recommendations" THEN '23:through_recommendations4:true' WHEN NOT b."through_recommendations" THEN '23:through_recommendations5:false' END, CASE WHEN b."total_time_spent_on_website" IS NOT NULL THEN '27:total_time_spent_on_website' END, length(CAST(b."total_time_spent_on_website" AS VARCHAR)), CASE WHEN b."total_time_spent_on_website" IS NOT NULL THEN ':' END, CAST(b."total_time_spent_on_website" AS VARCHAR), CASE WHEN b."total_visits" IS NOT NULL THEN '12:total_visits' END, length(CAST(b."total_visits" AS VARCHAR)), CASE WHEN b."total_visits" IS NOT NULL THEN ':' END, CAST(b."total_visits" AS VARCHAR), CASE WHEN b."update_me_on_supply_chain_content" THEN '33:update_me_on_supply_chain_content4:true' WHEN NOT b."update_me_on_supply_chain_content" THEN '33:update_me_on_supply_chain_content5:false' END, CASE WHEN b."what_is_your_current_occupation" IS NOT NULL THEN '31:what_is_your_current_occupation' END, length(b."what_is_your_current_occupation"), CASE WHEN b."what_is_your_current_occupation" IS NOT NULL THEN ':' END, b."what_is_your_current_occupation", CASE WHEN b."what_matters_most_to_you_in_choosing_a_course" IS NOT NULL THEN '45:what_matters_most_to_you_in_choosing_a_course' END, length(b."what_matters_most_to_you_in_choosing_a_course"), CASE WHEN b."what_matters_most_to_you_in_choosing_a_course" IS NOT NULL THEN ':' END, b."what_matters_most_to_you_in_choosing_a_course", CASE WHEN b."x_education_forums" THEN '18:x_education_forums4:true' WHEN NOT b."x_education_forums" THEN '18:x_education_forums5:false' END)) END AS row_hash, b.__stored_hash, b.__first_seen FROM (
SELECT t.*, m.__stored_hash, m.__first_seen FROM (
  SELECT
    r."prospect_id",
    r."lead_number",
    r."lead_origin",
    r."lead_source",
    r."do_not_email",
    r."do_not_call",
    r."converted",
    r."total_visits",
    r."total_time_spent_on_website",
    r."page_views_per_visit",
    r."last_activity",
    r."country",
    r."specialization",
    r."how_did_you_hear_about_x_education",
    r."what_is_your_current_occupation",
    r."what_matters_most_to_you_in_choosing_a_course",
    r."search",
    r."magazine",
    r."newspaper_article",
    r."x_education_forums",
    r."newspaper",
    r."digital_advertisement",
    r."through_recommendations",
    r."receive_more_updates_about_our_courses",
    r."tags",
    r."lead_quality",
    r."update_me_on_supply_chain_content",
    r."get_updates_on_dm_content",
    r."lead_profile",
    r."city",
    r."asymmetrique_activity_index",
    r."asymmetrique_profile_index",
    r."asymmetrique_activity_score",
    r."asymmetrique_profile_score",
    r."i_agree_to_pay_the_amount_through_cheque",
    r."a_free_copy_of_mastering_the_interview",
    r."last_notable_activity",
    TRY_CAST(x."campaign_code" AS DOUBLE) AS "campaign_code",
    source_file,
    raw_id
  FROM (
    SELECT r.*, r.file_name AS source_file, json_transform(r.extra, '{"campaign_code":"VARCHAR"}') AS x
    FROM leads_raw_rows AS r
    WHERE r.raw_id > 3 AND r.raw_id <= 6
  ) AS r
) AS t JOIN leadpipe_batch_match AS m ON m.raw_id = t.raw_id AND m."prospect_id" = t."prospect_id"
) AS b LEFT JOIN leads_final AS f ON f."prospect_id" = b."prospect_id";
-- next
CREATE OR REPLACE TEMP VIEW leadpipe_batch AS
SELECT t.*, b.row_hash, b.__stored_hash, b.__first_seen,
  {'prospect_id': t."prospect_id", 'lead_number': t."lead_number", 'lead_origin': t."lead_origin", 'lead_source': t."lead_source", 'do_not_email': t."do_not_email", 'do_not_call': t."do_not_call", 'converted': t."converted", 'total_visits': t."total_visits", 'total_time_spent_on_website': t."total_time_spent_on_website", 'page_views_per_visit': t."page_views_per_visit", 'last_activity': t."last_activity", 'country': t."country", 'specialization': t."specialization", 'how_did_you_hear_about_x_education': t."how_did_you_hear_about_x_education", 'what_is_your_current_occupation': t."what_is_your_current_occupation", 'what_matters_most_to_you_in_choosing_a_course': t."what_matters_most_to_you_in_choosing_a_course", 'search': t."search", 'magazine': t."magazine", 'newspaper_article': t."newspaper_article", 'x_education_forums': t."x_education_forums", 'newspaper': t."newspaper", 'digital_advertisement': t."digital_advertisement", 'through_recommendations': t."through_recommendations", 'receive_more_updates_about_our_courses': t."receive_more_updates_about_our_courses", 'tags': t."tags", 'lead_quality': t."lead_quality", 'update_me_on_supply_chain_content': t."update_me_on_supply_chain_content", 'get_updates_on_dm_content': t."get_updates_on_dm_content", 'lead_profile': t."lead_profile", 'city': t."city", 'asymmetrique_activity_index': t."asymmetrique_activity_index", 'asymmetrique_profile_index': t."asymmetrique_profile_index", 'asymmetrique_activity_score': t."asymmetrique_activity_score", 'asymmetrique_profile_score': t."asymmetrique_profile_score", 'i_agree_to_pay_the_amount_through_cheque': t."i_agree_to_pay_the_amount_through_cheque", 'a_free_copy_of_mastering_the_interview': t."a_free_copy_of_mastering_the_interview", 'last_notable_activity': t."last_notable_activity", 'campaign_code': t."campaign_code", 'row_hash': b.row_hash, 'source_file': t.source_file, '__first_seen': b.__first_seen} AS __row FROM (
  SELECT
    r."prospect_id",
    r."lead_number",
    r."lead_origin",
    r."lead_source",
    r."do_not_email",
    r."do_not_call",
    r."converted",
    r."total_visits",
    r."total_time_spent_on_website",
    r."page_views_per_visit",
    r."last_activity",
    r."country",
    r."specialization",
    r."how_did_you_hear_about_x_education",
    r."what_is_your_current_occupation",
    r."what_matters_most_to_you_in_choosing_a_course",
    r."search",
    r."magazine",
    r."newspaper_article",
    r."x_education_forums",
    r."newspaper",
    r."digital_advertisement",
    r."through_recommendations",
    r."receive_more_updates_about_our_courses",
    r."tags",
    r."lead_quality",
    r."update_me_on_supply_chain_content",
    r."get_updates_on_dm_content",
    r."lead_profile",
    r."city",
    r."asymmetrique_activity_index",
    r."asymmetrique_profile_index",
    r."asymmetrique_activity_score",
    r."asymmetrique_profile_score",
    r."i_agree_to_pay_the_amount_through_cheque",
    r."a_free_copy_of_mastering_the_interview",
    r."last_notable_activity",
    TRY_CAST(x."campaign_code" AS DOUBLE) AS "campaign_code",
    source_file,
    raw_id
  FROM (
    SELECT r.*, r.file_name AS source_file, json_transform(r.extra, '{"campaign_code":"VARCHAR"}') AS x
    FROM leads_raw_rows AS r
    WHERE r.raw_id > 3 AND r.raw_id <= 6
  ) AS r
) AS t JOIN leadpipe_batch_keys AS b ON b.raw_id = t.raw_id AND b."prospect_id" = t."prospect_id";
-- next
SELECT
  count(*) FILTER (WHERE __stored_hash IS NULL) AS inserted,
  count(*) FILTER (WHERE __stored_hash <> row_hash) AS updated,
  count(*) FILTER (WHERE __stored_hash = row_hash) AS unchanged
FROM leadpipe_batch_keys;
-- next
SELECT count(*) AS n FROM leads_raw_rows WHERE raw_id > $from AND raw_id <= $to;
-- next
SELECT count(*) AS n FROM leads_raw_rows WHERE raw_id > $from AND raw_id <= $to;
-- next
DELETE FROM leadpipe_batch_keys WHERE __stored_hash = row_hash;
-- next
BEGIN TRANSACTION;
-- next
DELETE FROM leads_final WHERE "prospect_id" IN (SELECT "prospect_id" FROM leadpipe_batch_keys WHERE __stored_hash IS NOT NULL);
-- next
SELECT version FROM leadpipe_models WHERE active AND version = $v;
-- next
SELECT version FROM leadpipe_models WHERE active AND version = $v;
-- next
INSERT INTO leads_final ("prospect_id", "lead_number", "lead_origin", "lead_source", "do_not_email", "do_not_call", "converted", "total_visits", "total_time_spent_on_website", "page_views_per_visit", "last_activity", "country", "specialization", "how_did_you_hear_about_x_education", "what_is_your_current_occupation", "what_matters_most_to_you_in_choosing_a_course", "search", "magazine", "newspaper_article", "x_education_forums", "newspaper", "digital_advertisement", "through_recommendations", "receive_more_updates_about_our_courses", "tags", "lead_quality", "update_me_on_supply_chain_content", "get_updates_on_dm_content", "lead_profile", "city", "asymmetrique_activity_index", "asymmetrique_profile_index", "asymmetrique_activity_score", "asymmetrique_profile_score", "i_agree_to_pay_the_amount_through_cheque", "a_free_copy_of_mastering_the_interview", "last_notable_activity", "campaign_code", "row_hash", "source_file", "probability", "score", "grade", "reasons", "model_version", "first_seen_at", "updated_at", "scored_at")
SELECT struct_extract(__row, 'prospect_id'), struct_extract(__row, 'lead_number'), struct_extract(__row, 'lead_origin'), struct_extract(__row, 'lead_source'), struct_extract(__row, 'do_not_email'), struct_extract(__row, 'do_not_call'), struct_extract(__row, 'converted'), struct_extract(__row, 'total_visits'), struct_extract(__row, 'total_time_spent_on_website'), struct_extract(__row, 'page_views_per_visit'), struct_extract(__row, 'last_activity'), struct_extract(__row, 'country'), struct_extract(__row, 'specialization'), struct_extract(__row, 'how_did_you_hear_about_x_education'), struct_extract(__row, 'what_is_your_current_occupation'), struct_extract(__row, 'what_matters_most_to_you_in_choosing_a_course'), struct_extract(__row, 'search'), struct_extract(__row, 'magazine'), struct_extract(__row, 'newspaper_article'), struct_extract(__row, 'x_education_forums'), struct_extract(__row, 'newspaper'), struct_extract(__row, 'digital_advertisement'), struct_extract(__row, 'through_recommendations'), struct_extract(__row, 'receive_more_updates_about_our_courses'), struct_extract(__row, 'tags'), struct_extract(__row, 'lead_quality'), struct_extract(__row, 'update_me_on_supply_chain_content'), struct_extract(__row, 'get_updates_on_dm_content'), struct_extract(__row, 'lead_profile'), struct_extract(__row, 'city'), struct_extract(__row, 'asymmetrique_activity_index'), struct_extract(__row, 'asymmetrique_profile_index'), struct_extract(__row, 'asymmetrique_activity_score'), struct_extract(__row, 'asymmetrique_profile_score'), struct_extract(__row, 'i_agree_to_pay_the_amount_through_cheque'), struct_extract(__row, 'a_free_copy_of_mastering_the_interview'), struct_extract(__row, 'last_notable_activity'), struct_extract(__row, 'campaign_code'), struct_extract(__row, 'row_hash'), struct_extract(__row, 'source_file'),
  probability, score, CASE WHEN score >= 7.5e+1 THEN 'A' WHEN score >= 5e+1 THEN 'B' WHEN score >= 2.5e+1 THEN 'C' ELSE 'D' END AS grade, reasons, model_version, coalesce(struct_extract(__row, '__first_seen'), $now), $now, $now
FROM (
  SELECT s.__row, s.model_version, s.probability, coalesce(o.score, s.score) AS score,
    CAST(s.reasons AS STRUCT(positive STRUCT("log_odds" DOUBLE, "feature" VARCHAR, "label" VARCHAR, "value" VARCHAR, "points" DOUBLE, "text" VARCHAR)[], negative STRUCT("log_odds" DOUBLE, "feature" VARCHAR, "label" VARCHAR, "value" VARCHAR, "points" DOUBLE, "text" VARCHAR)[])) AS reasons
  FROM (SELECT "prospect_id", "__row", model_version, CAST(NULL AS DOUBLE) AS probability, score, grade, {'positive': list_slice(list_transform(list_sort(list_filter(list_transform(reasons, (r, i) -> {'weight': -abs(r.points), 'idx': i, 'feature': r.rule, 'points': r.points, 'text': r.rule || ': +' || CASE WHEN r.points = round(r.points) THEN CAST(CAST(r.points AS BIGINT) AS VARCHAR) ELSE CAST(r.points AS VARCHAR) END}), r -> r.points > 0)), r -> {'feature': r.feature, 'points': r.points, 'text': r.text}), 1, 3), 'negative': list_slice(list_transform(list_sort(list_filter(list_transform(reasons, (r, i) -> {'weight': -abs(r.points), 'idx': i, 'feature': r.rule, 'points': r.points, 'text': r.rule || ': ' || CASE WHEN r.points = round(r.points) THEN CAST(CAST(r.points AS BIGINT) AS VARCHAR) ELSE CAST(r.points AS VARCHAR) END}), r -> r.points < 0)), r -> {'feature': r.feature, 'points': r.points, 'text': r.text}), 1, 3)} AS reasons FROM (SELECT "prospect_id", "__row", 'rules-default-1' AS model_version, points, score, CASE WHEN score >= 7.5e+1 THEN 'A' WHEN score >= 5e+1 THEN 'B' WHEN score >= 2.5e+1 THEN 'C' ELSE 'D' END AS grade, reasons FROM (
  SELECT "prospect_id", "__row", points, reasons, CAST(ROUND(100 * (LEAST(GREATEST(points, (-4e+0)), 1e+1) - (-4e+0)) / 1.4e+1) AS INTEGER) AS score FROM (
    SELECT "prospect_id", "__row", CASE WHEN ("lead_origin" = 'Lead Add Form') THEN 3e+0 ELSE 0e0 END
 + CASE WHEN (LOWER("lead_source") IN ('reference', 'welingak website')) THEN 2e+0 ELSE 0e0 END
 + CASE WHEN ("lead_source" = 'Marketing') THEN 1e+0 ELSE 0e0 END
 + CASE WHEN ("what_is_your_current_occupation" = 'Working Professional') THEN 3e+0 ELSE 0e0 END
 + CASE WHEN ("total_time_spent_on_website" >= 8e+2) THEN 2e+0 ELSE 0e0 END
 + CASE WHEN ("total_time_spent_on_website" BETWEEN 3e+2 AND 7.99e+2) THEN 1e+0 ELSE 0e0 END
 + CASE WHEN ("last_activity" = 'SMS Sent') THEN 2e+0 ELSE 0e0 END
 + CASE WHEN ("last_activity" IN ('Olark Chat Conversation', 'Email Bounced', 'Converted to Lead')) THEN (-2e+0) ELSE 0e0 END
 + CASE WHEN ("do_not_email" = TRUE) THEN (-2e+0) ELSE 0e0 END
 + CASE WHEN ("lead_origin" = 'API') AND ("total_visits" = 0e+0) THEN (-1e+0) ELSE 0e0 END
 + CASE WHEN ("what_is_your_current_occupation" = 'Student') THEN (-1e+0) ELSE 0e0 END AS points, list_filter([CASE WHEN ("lead_origin" = 'Lead Add Form') THEN {'rule': 'Lead Add Form origin', 'points': 3e+0} END, CASE WHEN (LOWER("lead_source") IN ('reference', 'welingak website')) THEN {'rule': 'Referred or Welingak', 'points': 2e+0} END, CASE WHEN ("lead_source" = 'Marketing') THEN {'rule': 'Marketing source', 'points': 1e+0} END, CASE WHEN ("what_is_your_current_occupation" = 'Working Professional') THEN {'rule': 'Working professional', 'points': 3e+0} END, CASE WHEN ("total_time_spent_on_website" >= 8e+2) THEN {'rule': 'Long time on site', 'points': 2e+0} END, CASE WHEN ("total_time_spent_on_website" BETWEEN 3e+2 AND 7.99e+2) THEN {'rule': 'Some time on site', 'points': 1e+0} END, CASE WHEN ("last_activity" = 'SMS Sent') THEN {'rule': 'Replied by SMS', 'points': 2e+0} END, CASE WHEN ("last_activity" IN ('Olark Chat Conversation', 'Email Bounced', 'Converted to Lead')) THEN {'rule': 'Chat only or bounced', 'points': (-2e+0)} END, CASE WHEN ("do_not_email" = TRUE) THEN {'rule': 'Asked not to be emailed', 'points': (-2e+0)} END, CASE WHEN ("lead_origin" = 'API') AND ("total_visits" = 0e+0) THEN {'rule': 'No visits from an API lead', 'points': (-1e+0)} END, CASE WHEN ("what_is_your_current_occupation" = 'Student') THEN {'rule': 'Student', 'points': (-1e+0)} END], x -> x IS NOT NULL) AS reasons FROM leadpipe_batch
  ) AS __r1
) AS __r2) AS __rules) AS s LEFT JOIN lead_overrides AS o ON o.lead_key = CAST(s."prospect_id" AS VARCHAR)
) AS s;
-- next
INSERT INTO leads_final ("prospect_id", "lead_number", "lead_origin", "lead_source", "do_not_email", "do_not_call", "converted", "total_visits", "total_time_spent_on_website", "page_views_per_visit", "last_activity", "country", "specialization", "how_did_you_hear_about_x_education", "what_is_your_current_occupation", "what_matters_most_to_you_in_choosing_a_course", "search", "magazine", "newspaper_article", "x_education_forums", "newspaper", "digital_advertisement", "through_recommendations", "receive_more_updates_about_our_courses", "tags", "lead_quality", "update_me_on_supply_chain_content", "get_updates_on_dm_content", "lead_profile", "city", "asymmetrique_activity_index", "asymmetrique_profile_index", "asymmetrique_activity_score", "asymmetrique_profile_score", "i_agree_to_pay_the_amount_through_cheque", "a_free_copy_of_mastering_the_interview", "last_notable_activity", "campaign_code", "row_hash", "source_file", "probability", "score", "grade", "reasons", "model_version", "first_seen_at", "updated_at", "scored_at")
SELECT struct_extract(__row, 'prospect_id'), struct_extract(__row, 'lead_number'), struct_extract(__row, 'lead_origin'), struct_extract(__row, 'lead_source'), struct_extract(__row, 'do_not_email'), struct_extract(__row, 'do_not_call'), struct_extract(__row, 'converted'), struct_extract(__row, 'total_visits'), struct_extract(__row, 'total_time_spent_on_website'), struct_extract(__row, 'page_views_per_visit'), struct_extract(__row, 'last_activity'), struct_extract(__row, 'country'), struct_extract(__row, 'specialization'), struct_extract(__row, 'how_did_you_hear_about_x_education'), struct_extract(__row, 'what_is_your_current_occupation'), struct_extract(__row, 'what_matters_most_to_you_in_choosing_a_course'), struct_extract(__row, 'search'), struct_extract(__row, 'magazine'), struct_extract(__row, 'newspaper_article'), struct_extract(__row, 'x_education_forums'), struct_extract(__row, 'newspaper'), struct_extract(__row, 'digital_advertisement'), struct_extract(__row, 'through_recommendations'), struct_extract(__row, 'receive_more_updates_about_our_courses'), struct_extract(__row, 'tags'), struct_extract(__row, 'lead_quality'), struct_extract(__row, 'update_me_on_supply_chain_content'), struct_extract(__row, 'get_updates_on_dm_content'), struct_extract(__row, 'lead_profile'), struct_extract(__row, 'city'), struct_extract(__row, 'asymmetrique_activity_index'), struct_extract(__row, 'asymmetrique_profile_index'), struct_extract(__row, 'asymmetrique_activity_score'), struct_extract(__row, 'asymmetrique_profile_score'), struct_extract(__row, 'i_agree_to_pay_the_amount_through_cheque'), struct_extract(__row, 'a_free_copy_of_mastering_the_interview'), struct_extract(__row, 'last_notable_activity'), struct_extract(__row, 'campaign_code'), struct_extract(__row, 'row_hash'), struct_extract(__row, 'source_file'),
  probability, score, CASE WHEN score >= 7.5e+1 THEN 'A' WHEN score >= 5e+1 THEN 'B' WHEN score >= 2.5e+1 THEN 'C' ELSE 'D' END AS grade, reasons, model_version, coalesce(struct_extract(__row, '__first_seen'), $now), $now, $now
FROM (
  SELECT s.__row, s.model_version, s.probability, coalesce(o.score, s.score) AS score,
    CAST(s.reasons AS STRUCT(positive STRUCT("log_odds" DOUBLE, "feature" VARCHAR, "label" VARCHAR, "value" VARCHAR, "points" DOUBLE, "text" VARCHAR)[], negative STRUCT("log_odds" DOUBLE, "feature" VARCHAR, "label" VARCHAR, "value" VARCHAR, "points" DOUBLE, "text" VARCHAR)[])) AS reasons
  FROM (SELECT "prospect_id", "__row", model_version, CAST(NULL AS DOUBLE) AS probability, score, grade, {'positive': list_slice(list_transform(list_sort(list_filter(list_transform(reasons, (r, i) -> {'weight': -abs(r.points), 'idx': i, 'feature': r.rule, 'points': r.points, 'text': r.rule || ': +' || CASE WHEN r.points = round(r.points) THEN CAST(CAST(r.points AS BIGINT) AS VARCHAR) ELSE CAST(r.points AS VARCHAR) END}), r -> r.points > 0)), r -> {'feature': r.feature, 'points': r.points, 'text': r.text}), 1, 3), 'negative': list_slice(list_transform(list_sort(list_filter(list_transform(reasons, (r, i) -> {'weight': -abs(r.points), 'idx': i, 'feature': r.rule, 'points': r.points, 'text': r.rule || ': ' || CASE WHEN r.points = round(r.points) THEN CAST(CAST(r.points AS BIGINT) AS VARCHAR) ELSE CAST(r.points AS VARCHAR) END}), r -> r.points < 0)), r -> {'feature': r.feature, 'points': r.points, 'text': r.text}), 1, 3)} AS reasons FROM (SELECT "prospect_id", "__row", 'rules-default-1' AS model_version, points, score, CASE WHEN score >= 7.5e+1 THEN 'A' WHEN score >= 5e+1 THEN 'B' WHEN score >= 2.5e+1 THEN 'C' ELSE 'D' END AS grade, reasons FROM (
  SELECT "prospect_id", "__row", points, reasons, CAST(ROUND(100 * (LEAST(GREATEST(points, (-4e+0)), 1e+1) - (-4e+0)) / 1.4e+1) AS INTEGER) AS score FROM (
    SELECT "prospect_id", "__row", CASE WHEN ("lead_origin" = 'Lead Add Form') THEN 3e+0 ELSE 0e0 END
 + CASE WHEN (LOWER("lead_source") IN ('reference', 'welingak website')) THEN 2e+0 ELSE 0e0 END
 + CASE WHEN ("lead_source" = 'Marketing') THEN 1e+0 ELSE 0e0 END
 + CASE WHEN ("what_is_your_current_occupation" = 'Working Professional') THEN 3e+0 ELSE 0e0 END
 + CASE WHEN ("total_time_spent_on_website" >= 8e+2) THEN 2e+0 ELSE 0e0 END
 + CASE WHEN ("total_time_spent_on_website" BETWEEN 3e+2 AND 7.99e+2) THEN 1e+0 ELSE 0e0 END
 + CASE WHEN ("last_activity" = 'SMS Sent') THEN 2e+0 ELSE 0e0 END
 + CASE WHEN ("last_activity" IN ('Olark Chat Conversation', 'Email Bounced', 'Converted to Lead')) THEN (-2e+0) ELSE 0e0 END
 + CASE WHEN ("do_not_email" = TRUE) THEN (-2e+0) ELSE 0e0 END
 + CASE WHEN ("lead_origin" = 'API') AND ("total_visits" = 0e+0) THEN (-1e+0) ELSE 0e0 END
 + CASE WHEN ("what_is_your_current_occupation" = 'Student') THEN (-1e+0) ELSE 0e0 END AS points, list_filter([CASE WHEN ("lead_origin" = 'Lead Add Form') THEN {'rule': 'Lead Add Form origin', 'points': 3e+0} END, CASE WHEN (LOWER("lead_source") IN ('reference', 'welingak website')) THEN {'rule': 'Referred or Welingak', 'points': 2e+0} END, CASE WHEN ("lead_source" = 'Marketing') THEN {'rule': 'Marketing source', 'points': 1e+0} END, CASE WHEN ("what_is_your_current_occupation" = 'Working Professional') THEN {'rule': 'Working professional', 'points': 3e+0} END, CASE WHEN ("total_time_spent_on_website" >= 8e+2) THEN {'rule': 'Long time on site', 'points': 2e+0} END, CASE WHEN ("total_time_spent_on_website" BETWEEN 3e+2 AND 7.99e+2) THEN {'rule': 'Some time on site', 'points': 1e+0} END, CASE WHEN ("last_activity" = 'SMS Sent') THEN {'rule': 'Replied by SMS', 'points': 2e+0} END, CASE WHEN ("last_activity" IN ('Olark Chat Conversation', 'Email Bounced', 'Converted to Lead')) THEN {'rule': 'Chat only or bounced', 'points': (-2e+0)} END, CASE WHEN ("do_not_email" = TRUE) THEN {'rule': 'Asked not to be emailed', 'points': (-2e+0)} END, CASE WHEN ("lead_origin" = 'API') AND ("total_visits" = 0e+0) THEN {'rule': 'No visits from an API lead', 'points': (-1e+0)} END, CASE WHEN ("what_is_your_current_occupation" = 'Student') THEN {'rule': 'Student', 'points': (-1e+0)} END], x -> x IS NOT NULL) AS reasons FROM leadpipe_batch
  ) AS __r1
) AS __r2) AS __rules) AS s LEFT JOIN lead_overrides AS o ON o.lead_key = CAST(s."prospect_id" AS VARCHAR)
) AS s;
-- next
INSERT INTO lead_score_history
SELECT CAST(f."prospect_id" AS VARCHAR), f.model_version, f.probability, f.score, f.grade,
  CASE WHEN o.lead_key IS NOT NULL THEN 'override' ELSE 'model' END, o.reason, $now
FROM (SELECT * FROM leads_final WHERE scored_at = CAST($now AS TIMESTAMPTZ)) AS f
SEMI JOIN leadpipe_batch_keys AS b ON b."prospect_id" = f."prospect_id"
LEFT JOIN lead_overrides AS o ON o.lead_key = CAST(f."prospect_id" AS VARCHAR);
-- next
INSERT INTO lead_score_history
SELECT CAST(f."prospect_id" AS VARCHAR), f.model_version, f.probability, f.score, f.grade,
  CASE WHEN o.lead_key IS NOT NULL THEN 'override' ELSE 'model' END, o.reason, $now
FROM (SELECT * FROM leads_final WHERE scored_at = CAST($now AS TIMESTAMPTZ)) AS f
SEMI JOIN leadpipe_batch_keys AS b ON b."prospect_id" = f."prospect_id"
LEFT JOIN lead_overrides AS o ON o.lead_key = CAST(f."prospect_id" AS VARCHAR);
-- next
UPDATE leadpipe_streams SET "offset" = $to, updated_at = now() WHERE name = $name;
-- next
UPDATE leadpipe_streams SET "offset" = $to, updated_at = now() WHERE name = $name;
-- next
INSERT INTO task_history (run_id, name, state, scheduled_time, query_start_time, completed_time,
              error_code, error_message, rows_consumed, rows_inserted, rows_updated, rows_unchanged, leads_scored,
              offset_from, offset_to, trigger_kind, model_warning)
            VALUES ($run_id, $name, $state, $scheduled, $start, now(), $code, $error,
              $consumed, $inserted, $updated, $unchanged, $scored, $from, $to, $trigger, $warning);
-- next
INSERT INTO task_history (run_id, name, state, scheduled_time, query_start_time, completed_time,
              error_code, error_message, rows_consumed, rows_inserted, rows_updated, rows_unchanged, leads_scored,
              offset_from, offset_to, trigger_kind, model_warning)
            VALUES ($run_id, $name, $state, $scheduled, $start, now(), $code, $error,
              $consumed, $inserted, $updated, $unchanged, $scored, $from, $to, $trigger, $warning);
-- next
UPDATE leadpipe_tasks SET consecutive_failures = 0, updated_at = now() WHERE name = $name;
-- next
UPDATE leadpipe_tasks SET consecutive_failures = 0, updated_at = now() WHERE name = $name;
-- next
COMMIT;
-- next
DROP VIEW IF EXISTS leadpipe_batch;
-- next
DROP TABLE IF EXISTS leadpipe_batch_keys;
-- next
DROP TABLE IF EXISTS leadpipe_batch_match;
-- next
DROP TABLE IF EXISTS leadpipe_scored;
-- next
SELECT count(*) AS n FROM leads_to_score;
-- next
SELECT column_name, type, declared FROM leadpipe_columns WHERE table_name = 'leads_final' ORDER BY rowid;
-- next
BEGIN TRANSACTION;
-- next
UPDATE leadpipe_models SET active = FALSE WHERE active;
-- next
INSERT INTO leadpipe_models (version, kind, body, active, created_at, fit_warning)
           VALUES ($version, $kind, $body, $active, now(), $fit_warning)
           ON CONFLICT (version) DO UPDATE SET active = EXCLUDED.active OR leadpipe_models.active,
           fit_warning = EXCLUDED.fit_warning;
-- next
INSERT INTO leadpipe_models (version, kind, body, active, created_at, fit_warning)
           VALUES ($version, $kind, $body, $active, now(), $fit_warning)
           ON CONFLICT (version) DO UPDATE SET active = EXCLUDED.active OR leadpipe_models.active,
           fit_warning = EXCLUDED.fit_warning;
-- next
CREATE OR REPLACE MACRO "leadpipe_score"(lead) AS (
SELECT {'model_version': model_version, 'probability': probability, 'score': score, 'grade': grade,
  'reasons': {'positive': list_transform(reasons.positive, r -> {'feature': r.feature, 'label': CASE r.feature WHEN 'lead_origin' THEN 'Lead Origin' WHEN 'lead_source' THEN 'Lead Source' WHEN 'do_not_email' THEN 'Do Not Email' WHEN 'do_not_call' THEN 'Do Not Call' WHEN 'total_visits' THEN 'TotalVisits' WHEN 'total_time_spent_on_website' THEN 'Total Time Spent on Website' WHEN 'page_views_per_visit' THEN 'Page Views Per Visit' WHEN 'last_activity' THEN 'Last Activity' WHEN 'country' THEN 'Country' WHEN 'specialization' THEN 'Specialization' WHEN 'how_did_you_hear_about_x_education' THEN 'How did you hear about X Education' WHEN 'what_is_your_current_occupation' THEN 'What is your current occupation' WHEN 'what_matters_most_to_you_in_choosing_a_course' THEN 'What matters most to you in choosing a course' WHEN 'search' THEN 'Search' WHEN 'magazine' THEN 'Magazine' WHEN 'newspaper_article' THEN 'Newspaper Article' WHEN 'x_education_forums' THEN 'X Education Forums' WHEN 'newspaper' THEN 'Newspaper' WHEN 'digital_advertisement' THEN 'Digital Advertisement' WHEN 'through_recommendations' THEN 'Through Recommendations' WHEN 'receive_more_updates_about_our_courses' THEN 'Receive More Updates About Our Courses' WHEN 'update_me_on_supply_chain_content' THEN 'Update me on Supply Chain Content' WHEN 'get_updates_on_dm_content' THEN 'Get updates on DM Content' WHEN 'city' THEN 'City' WHEN 'i_agree_to_pay_the_amount_through_cheque' THEN 'I agree to pay the amount through cheque' WHEN 'a_free_copy_of_mastering_the_interview' THEN 'A free copy of Mastering The Interview' WHEN 'time_per_visit' THEN 'Time per visit' END, 'value': r."value", 'log_odds': r.log_odds, 'points': r.points, 'text': CASE r.feature WHEN 'lead_origin' THEN 'Lead Origin' WHEN 'lead_source' THEN 'Lead Source' WHEN 'do_not_email' THEN 'Do Not Email' WHEN 'do_not_call' THEN 'Do Not Call' WHEN 'total_visits' THEN 'TotalVisits' WHEN 'total_time_spent_on_website' THEN 'Total Time Spent on Website' WHEN 'page_views_per_visit' THEN 'Page Views Per Visit' WHEN 'last_activity' THEN 'Last Activity' WHEN 'country' THEN 'Country' WHEN 'specialization' THEN 'Specialization' WHEN 'how_did_you_hear_about_x_education' THEN 'How did you hear about X Education' WHEN 'what_is_your_current_occupation' THEN 'What is your current occupation' WHEN 'what_matters_most_to_you_in_choosing_a_course' THEN 'What matters most to you in choosing a course' WHEN 'search' THEN 'Search' WHEN 'magazine' THEN 'Magazine' WHEN 'newspaper_article' THEN 'Newspaper Article' WHEN 'x_education_forums' THEN 'X Education Forums' WHEN 'newspaper' THEN 'Newspaper' WHEN 'digital_advertisement' THEN 'Digital Advertisement' WHEN 'through_recommendations' THEN 'Through Recommendations' WHEN 'receive_more_updates_about_our_courses' THEN 'Receive More Updates About Our Courses' WHEN 'update_me_on_supply_chain_content' THEN 'Update me on Supply Chain Content' WHEN 'get_updates_on_dm_content' THEN 'Get updates on DM Content' WHEN 'city' THEN 'City' WHEN 'i_agree_to_pay_the_amount_through_cheque' THEN 'I agree to pay the amount through cheque' WHEN 'a_free_copy_of_mastering_the_interview' THEN 'A free copy of Mastering The Interview' WHEN 'time_per_visit' THEN 'Time per visit' END || ' = ' || r."value" || ': ' || CASE WHEN r.points >= 0 THEN '+' ELSE '' END || CAST(r.points AS VARCHAR)}), 'negative': list_transform(reasons.negative, r -> {'feature': r.feature, 'label': CASE r.feature WHEN 'lead_origin' THEN 'Lead Origin' WHEN 'lead_source' THEN 'Lead Source' WHEN 'do_not_email' THEN 'Do Not Email' WHEN 'do_not_call' THEN 'Do Not Call' WHEN 'total_visits' THEN 'TotalVisits' WHEN 'total_time_spent_on_website' THEN 'Total Time Spent on Website' WHEN 'page_views_per_visit' THEN 'Page Views Per Visit' WHEN 'last_activity' THEN 'Last Activity' WHEN 'country' THEN 'Country' WHEN 'specialization' THEN 'Specialization' WHEN 'how_did_you_hear_about_x_education' THEN 'How did you hear about X Education' WHEN 'what_is_your_current_occupation' THEN 'What is your current occupation' WHEN 'what_matters_most_to_you_in_choosing_a_course' THEN 'What matters most to you in choosing a course' WHEN 'search' THEN 'Search' WHEN 'magazine' THEN 'Magazine' WHEN 'newspaper_article' THEN 'Newspaper Article' WHEN 'x_education_forums' THEN 'X Education Forums' WHEN 'newspaper' THEN 'Newspaper' WHEN 'digital_advertisement' THEN 'Digital Advertisement' WHEN 'through_recommendations' THEN 'Through Recommendations' WHEN 'receive_more_updates_about_our_courses' THEN 'Receive More Updates About Our Courses' WHEN 'update_me_on_supply_chain_content' THEN 'Update me on Supply Chain Content' WHEN 'get_updates_on_dm_content' THEN 'Get updates on DM Content' WHEN 'city' THEN 'City' WHEN 'i_agree_to_pay_the_amount_through_cheque' THEN 'I agree to pay the amount through cheque' WHEN 'a_free_copy_of_mastering_the_interview' THEN 'A free copy of Mastering The Interview' WHEN 'time_per_visit' THEN 'Time per visit' END, 'value': r."value", 'log_odds': r.log_odds, 'points': r.points, 'text': CASE r.feature WHEN 'lead_origin' THEN 'Lead Origin' WHEN 'lead_source' THEN 'Lead Source' WHEN 'do_not_email' THEN 'Do Not Email' WHEN 'do_not_call' THEN 'Do Not Call' WHEN 'total_visits' THEN 'TotalVisits' WHEN 'total_time_spent_on_website' THEN 'Total Time Spent on Website' WHEN 'page_views_per_visit' THEN 'Page Views Per Visit' WHEN 'last_activity' THEN 'Last Activity' WHEN 'country' THEN 'Country' WHEN 'specialization' THEN 'Specialization' WHEN 'how_did_you_hear_about_x_education' THEN 'How did you hear about X Education' WHEN 'what_is_your_current_occupation' THEN 'What is your current occupation' WHEN 'what_matters_most_to_you_in_choosing_a_course' THEN 'What matters most to you in choosing a course' WHEN 'search' THEN 'Search' WHEN 'magazine' THEN 'Magazine' WHEN 'newspaper_article' THEN 'Newspaper Article' WHEN 'x_education_forums' THEN 'X Education Forums' WHEN 'newspaper' THEN 'Newspaper' WHEN 'digital_advertisement' THEN 'Digital Advertisement' WHEN 'through_recommendations' THEN 'Through Recommendations' WHEN 'receive_more_updates_about_our_courses' THEN 'Receive More Updates About Our Courses' WHEN 'update_me_on_supply_chain_content' THEN 'Update me on Supply Chain Content' WHEN 'get_updates_on_dm_content' THEN 'Get updates on DM Content' WHEN 'city' THEN 'City' WHEN 'i_agree_to_pay_the_amount_through_cheque' THEN 'I agree to pay the amount through cheque' WHEN 'a_free_copy_of_mastering_the_interview' THEN 'A free copy of Mastering The Interview' WHEN 'time_per_visit' THEN 'Time per visit' END || ' = ' || r."value" || ': ' || CASE WHEN r.points >= 0 THEN '+' ELSE '' END || CAST(r.points AS VARCHAR)})}}
FROM (SELECT "__lead", 'gbt-c8cc1c52dbd8dd2f' AS model_version, probability, score, CASE WHEN score >= 74 THEN 'A' WHEN score >= 25 THEN 'B' WHEN score >= 6 THEN 'C' ELSE 'D' END AS grade,
  {'positive': list_slice([{'log_odds': __p1.log_odds, 'feature': ['a_free_copy_of_mastering_the_interview', 'city', 'country', 'do_not_email', 'how_did_you_hear_about_x_education', 'last_activity', 'lead_origin', 'lead_source', 'page_views_per_visit', 'specialization', 'time_per_visit', 'total_time_spent_on_website', 'total_visits', 'what_is_your_current_occupation', 'what_matters_most_to_you_in_choosing_a_course'][__p1.r + 1], 'value': __p1_value, 'points': __p1_points},
    {'log_odds': __p2.log_odds, 'feature': ['a_free_copy_of_mastering_the_interview', 'city', 'country', 'do_not_email', 'how_did_you_hear_about_x_education', 'last_activity', 'lead_origin', 'lead_source', 'page_views_per_visit', 'specialization', 'time_per_visit', 'total_time_spent_on_website', 'total_visits', 'what_is_your_current_occupation', 'what_matters_most_to_you_in_choosing_a_course'][__p2.r + 1], 'value': __p2_value, 'points': __p2_points},
    {'log_odds': __p3.log_odds, 'feature': ['a_free_copy_of_mastering_the_interview', 'city', 'country', 'do_not_email', 'how_did_you_hear_about_x_education', 'last_activity', 'lead_origin', 'lead_source', 'page_views_per_visit', 'specialization', 'time_per_visit', 'total_time_spent_on_website', 'total_visits', 'what_is_your_current_occupation', 'what_matters_most_to_you_in_choosing_a_course'][__p3.r + 1], 'value': __p3_value, 'points': __p3_points}], 1, __npos),
   'negative': list_slice([{'log_odds': __n1.log_odds, 'feature': ['a_free_copy_of_mastering_the_interview', 'city', 'country', 'do_not_email', 'how_did_you_hear_about_x_education', 'last_activity', 'lead_origin', 'lead_source', 'page_views_per_visit', 'specialization', 'time_per_visit', 'total_time_spent_on_website', 'total_visits', 'what_is_your_current_occupation', 'what_matters_most_to_you_in_choosing_a_course'][__n1.r + 1], 'value': __n1_value, 'points': __n1_points},
    {'log_odds': __n2.log_odds, 'feature': ['a_free_copy_of_mastering_the_interview', 'city', 'country', 'do_not_email', 'how_did_you_hear_about_x_education', 'last_activity', 'lead_origin', 'lead_source', 'page_views_per_visit', 'specialization', 'time_per_visit', 'total_time_spent_on_website', 'total_visits', 'what_is_your_current_occupation', 'what_matters_most_to_you_in_choosing_a_course'][__n2.r + 1], 'value': __n2_value, 'points': __n2_points},
    {'log_odds': __n3.log_odds, 'feature': ['a_free_copy_of_mastering_the_interview', 'city', 'country', 'do_not_email', 'how_did_you_hear_about_x_education', 'last_activity', 'lead_origin', 'lead_source', 'page_views_per_visit', 'specialization', 'time_per_visit', 'total_time_spent_on_website', 'total_visits', 'what_is_your_current_occupation', 'what_matters_most_to_you_in_choosing_a_course'][__n3.r + 1], 'value': __n3_value, 'points': __n3_points}], 1, __nneg)} AS reasons
FROM (SELECT "__lead",
  probability,
  score,
  __npos,
  __nneg,
  __p1,
  CASE __p1.r WHEN 0 THEN __v25 WHEN 1 THEN __v23 WHEN 2 THEN __v8 WHEN 3 THEN __v2 WHEN 4 THEN __v10 WHEN 5 THEN __v7 WHEN 6 THEN __v0 WHEN 7 THEN __v1 WHEN 8 THEN __v6 WHEN 9 THEN __v9 WHEN 10 THEN __v26 WHEN 11 THEN __v5 WHEN 12 THEN __v4 WHEN 13 THEN __v11 WHEN 14 THEN __v12 END AS __p1_value,
  CAST(ROUND(__p1.log_odds * 1.4426950408889635e+1) AS INTEGER) AS __p1_points,
  __p2,
  CASE __p2.r WHEN 0 THEN __v25 WHEN 1 THEN __v23 WHEN 2 THEN __v8 WHEN 3 THEN __v2 WHEN 4 THEN __v10 WHEN 5 THEN __v7 WHEN 6 THEN __v0 WHEN 7 THEN __v1 WHEN 8 THEN __v6 WHEN 9 THEN __v9 WHEN 10 THEN __v26 WHEN 11 THEN __v5 WHEN 12 THEN __v4 WHEN 13 THEN __v11 WHEN 14 THEN __v12 END AS __p2_value,
  CAST(ROUND(__p2.log_odds * 1.4426950408889635e+1) AS INTEGER) AS __p2_points,
  __p3,
  CASE __p3.r WHEN 0 THEN __v25 WHEN 1 THEN __v23 WHEN 2 THEN __v8 WHEN 3 THEN __v2 WHEN 4 THEN __v10 WHEN 5 THEN __v7 WHEN 6 THEN __v0 WHEN 7 THEN __v1 WHEN 8 THEN __v6 WHEN 9 THEN __v9 WHEN 10 THEN __v26 WHEN 11 THEN __v5 WHEN 12 THEN __v4 WHEN 13 THEN __v11 WHEN 14 THEN __v12 END AS __p3_value,
  CAST(ROUND(__p3.log_odds * 1.4426950408889635e+1) AS INTEGER) AS __p3_points,
  __n1,
  CASE __n1.r WHEN 0 THEN __v25 WHEN 1 THEN __v23 WHEN 2 THEN __v8 WHEN 3 THEN __v2 WHEN 4 THEN __v10 WHEN 5 THEN __v7 WHEN 6 THEN __v0 WHEN 7 THEN __v1 WHEN 8 THEN __v6 WHEN 9 THEN __v9 WHEN 10 THEN __v26 WHEN 11 THEN __v5 WHEN 12 THEN __v4 WHEN 13 THEN __v11 WHEN 14 THEN __v12 END AS __n1_value,
  CAST(ROUND(__n1.log_odds * 1.4426950408889635e+1) AS INTEGER) AS __n1_points,
  __n2,
  CASE __n2.r WHEN 0 THEN __v25 WHEN 1 THEN __v23 WHEN 2 THEN __v8 WHEN 3 THEN __v2 WHEN 4 THEN __v10 WHEN 5 THEN __v7 WHEN 6 THEN __v0 WHEN 7 THEN __v1 WHEN 8 THEN __v6 WHEN 9 THEN __v9 WHEN 10 THEN __v26 WHEN 11 THEN __v5 WHEN 12 THEN __v4 WHEN 13 THEN __v11 WHEN 14 THEN __v12 END AS __n2_value,
  CAST(ROUND(__n2.log_odds * 1.4426950408889635e+1) AS INTEGER) AS __n2_points,
  __n3,
  CASE __n3.r WHEN 0 THEN __v25 WHEN 1 THEN __v23 WHEN 2 THEN __v8 WHEN 3 THEN __v2 WHEN 4 THEN __v10 WHEN 5 THEN __v7 WHEN 6 THEN __v0 WHEN 7 THEN __v1 WHEN 8 THEN __v6 WHEN 9 THEN __v9 WHEN 10 THEN __v26 WHEN 11 THEN __v5 WHEN 12 THEN __v4 WHEN 13 THEN __v11 WHEN 14 THEN __v12 END AS __n3_value,
  CAST(ROUND(__n3.log_odds * 1.4426950408889635e+1) AS INTEGER) AS __n3_points
FROM (SELECT "__lead",
  __v0,
  __v1,
  __v2,
  __v4,
  __v5,
  __v6,
  __v7,
  __v8,
  __v9,
  __v10,
  __v11,
  __v12,
  __v23,
  __v25,
  __v26,
  probability,
  score,
  len(__pos) AS __npos,
  len(__neg) AS __nneg,
  __pos[1] AS __p1,
  __pos[2] AS __p2,
  __pos[3] AS __p3,
  __neg[1] AS __n1,
  __neg[2] AS __n2,
  __neg[3] AS __n3
FROM (SELECT "__lead",
  __v0,
  __v1,
  __v2,
  __v4,
  __v5,
  __v6,
  __v7,
  __v8,
  __v9,
  __v10,
  __v11,
  __v12,
  __v23,
  __v25,
  __v26,
  probability,
  score,
  list_slice(list_reverse_sort(list_filter(__all, r -> r.log_odds > 0)), 1, 3) AS __pos,
  list_slice(list_sort(list_filter(__all, r -> r.log_odds < 0)), 1, 3) AS __neg
FROM (SELECT "__lead",
  __v0,
  __v1,
  __v2,
  __v4,
  __v5,
  __v6,
  __v7,
  __v8,
  __v9,
  __v10,
  __v11,
  __v12,
  __v23,
  __v25,
  __v26,
  probability,
  score,
  [{'log_odds': __c0, 'r': 6}, {'log_odds': __c1, 'r': 7}, {'log_odds': __c2, 'r': 3}, {'log_odds': __c4, 'r': 12}, {'log_odds': __c5, 'r': 11}, {'log_odds': __c6, 'r': 8}, {'log_odds': __c7, 'r': 5}, {'log_odds': __c8, 'r': 2}, {'log_odds': __c9, 'r': 9}, {'log_odds': __c10, 'r': 4}, {'log_odds': __c11, 'r': 13}, {'log_odds': __c12, 'r': 14}, {'log_odds': __c23, 'r': 1}, {'log_odds': __c25, 'r': 0}, {'log_odds': __c26, 'r': 10}] AS __all
FROM (SELECT "__lead",
  __v0,
  __v1,
  __v2,
  __v4,
  __v5,
  __v6,
  __v7,
  __v8,
  __v9,
  __v10,
  __v11,
  __v12,
  __v23,
  __v25,
  __v26,
  __c0,
  __c1,
  __c2,
  __c4,
  __c5,
  __c6,
  __c7,
  __c8,
  __c9,
  __c10,
  __c11,
  __c12,
  __c23,
  __c25,
  __c26,
  probability,
  CAST(ROUND(100 * probability) AS INTEGER) AS score
FROM (SELECT "__lead",
  __v0,
  __v1,
  __v2,
  __v4,
  __v5,
  __v6,
  __v7,
  __v8,
  __v9,
  __v10,
  __v11,
  __v12,
  __v23,
  __v25,
  __v26,
  __c0,
  __c1,
  __c2,
  __c4,
  __c5,
  __c6,
  __c7,
  __c8,
  __c9,
  __c10,
  __c11,
  __c12,
  __c23,
  __c25,
  __c26,
  1e0 / (1e0 + EXP(-(1.012505350765563e+0 * __margin + 4.68895565673158e-3))) AS probability
FROM (SELECT "__lead",
  __v0,
  __v1,
  __v2,
  __v4,
  __v5,
  __v6,
  __v7,
  __v8,
  __v9,
  __v10,
  __v11,
  __v12,
  __v23,
  __v25,
  __v26,
  (-4.791704227166836e-1)
 + [2.1839352266450074e-1, 8.544123328048606e-3, (-1.1468181498273361e-1), 1.5000445669047802e-1, 2.434778199016019e-2][__t0]
 + [1.8971779107096032e-1, 4.923324850002443e-3, (-1.074042385265036e-1), 1.347616854139832e-1, 1.8319845069770985e-2][__t1]
 + [1.6902818892770666e-1, 1.5648303336612257e-1, (-9.429840556280662e-3), (-1.053441046376985e-1), 9.942564772898127e-2][__t2]
 + [1.5296356884835505e-1, 1.2744086715338562e-1, (-3.986438739308312e-2), (-9.489903033058866e-2), 8.592101860208061e-2][__t3]
 + [1.4048153842928654e-1, 1.4419558226553583e-1, (-3.800290304434251e-3), (-9.311445534183001e-2), 8.319922762681652e-2][__t4]
 + [1.4501645024088491e-1, (-4.999659873472527e-2), 9.382869413754819e-2, (-6.728009707204859e-2), (-8.947610008687523e-2)][__t5]
 + [1.5271164840168344e-1, (-4.594649961297981e-2), 7.57812430751756e-2, (-4.805786910652653e-2), (-8.330796762389459e-2)][__t6]
 + [1.1776230393064771e-1, 1.0375975656703032e-1, (-3.2032511584515984e-2), (-7.942818506195046e-2), 6.317520459231911e-2][__t7]
 + [1.3743845758361203e-1, (-2.7679021419338375e-2), 6.160909611000044e-2, (-6.147891911002934e-2), (-7.639030282852081e-2)][__t8]
 + [1.0627032808630528e-1, 1.2142947288421387e-2, (-4.429178887374529e-2), (-1.0792236803734284e-1), 5.976381869349928e-2][__t9]
 + [1.0428756309468423e-1, (-4.272849345528968e-2), 8.514621883408441e-2, 2.3269922150325518e-2, (-6.711100523268562e-2)][__t10]
 + [1.2217693298758457e-1, 4.8458100911299914e-2, (-4.487755072718807e-2), 5.244909988415211e-2, (-6.801272294942286e-2)][__t11]
 + [(-2.708867837304223e-2), 7.511111949406583e-2, 4.0009281774894455e-2, (-4.861447519365209e-2), (-6.1705612800653856e-2)][__t12]
 + [1.1321011555838914e-1, 4.888577120084031e-2, (-1.0051559000733722e-2), (-4.750940125863868e-2), (-6.170089309827144e-2)][__t13]
 + [8.854339054888023e-2, (-5.127627798464583e-3), (-7.194695824186098e-2), (-8.541801539306097e-2), 4.380550240179048e-2][__t14]
 + [8.386008036919405e-2, 6.874775701039167e-2, (-2.6415808562089912e-2), (-5.843158271555409e-2), 3.973333105699704e-2][__t15]
 + [1.0247199092190085e-1, (-4.624615526271496e-2), 4.501894847127142e-2, 2.8048079754441752e-2, (-6.076571351775178e-2)][__t16]
 + [9.84570035948911e-2, 8.492865503302513e-2, (-9.888253171005923e-4), 1.4670489259819095e-2, (-7.867648807098798e-2)][__t17]
 + [1.1237220437308373e-1, 1.969016748625599e-2, (-3.158191661873792e-2), (-7.590647657540817e-2), 3.771933869601131e-2][__t18]
 + [9.745863332618166e-3, 6.44147728054127e-2, 9.472447722952612e-2, (-9.525302803779528e-3), (-7.351618954685528e-2)][__t19]
 + [8.942446515167787e-2, 3.466812378119726e-2, (-3.58369180491372e-2), (-7.410319832358268e-2), 2.5126859218286002e-2][__t20]
 + [8.640726913198654e-2, 2.587021346367456e-2, (-1.9982190694145648e-2), 9.163565280403577e-3, (-6.912786887631521e-2)][__t21]
 + [8.386948641952481e-2, 2.8023083090023167e-2, (-4.1743628232599445e-2), 2.749328398499536e-2, (-5.9703301753416385e-2)][__t22]
 + [3.8184490486816686e-2, (-6.278024401535512e-2), 8.668496846122753e-2, (-9.136827023069212e-3), (-6.402304411894343e-2)][__t23]
 + [3.1274774889167925e-2, (-4.8334926541196185e-2), (-3.23325446357857e-2), (-6.2445154611860454e-2), 2.9166918004357487e-2][__t24]
 + [7.698577175411787e-2, 2.59448742722522e-2, (-2.828331524823401e-2), 2.7979055469173106e-2, (-4.7887461823809284e-2)][__t25]
 + [5.5888410512341495e-2, 5.824079604081532e-3, 5.915141728011494e-2, (-9.621265074390144e-3), (-4.629251673282079e-2)][__t26]
 + [7.182678137215119e-2, (-2.3150192022574133e-3), (-5.971988733569671e-2), 2.1232956223804528e-2, (-7.652333631735025e-2)][__t27]
 + [2.4576158894633663e-2, 8.042308680358908e-2, 9.457765713119341e-3, (-3.7561260661872826e-2), (-5.484167361966598e-2)][__t28]
 + [1.1731733200034424e-2, (-5.089040182185024e-2), (-5.4644805481041975e-2), 2.5740383465375483e-2, (-6.818800554048036e-2)][__t29]
 + [6.668590399953955e-2, 2.1568937071493467e-2, 5.333462754173455e-3, (-4.406757653886788e-2), (-6.707116958370309e-2)][__t30]
 + [6.298533526224015e-2, 2.509554783449185e-2, (-2.7759108086526527e-2), (-5.703810355196601e-2), 1.3475478394172409e-2][__t31]
 + [6.259909501925369e-2, 1.9059360899340703e-2, 5.14685810427111e-3, (-4.053075933266745e-2), (-6.251870288356753e-2)][__t32]
 + [5.909484030099115e-2, 3.677258956979782e-2, (-2.2335061026466107e-2), 1.7255233082472416e-2, (-6.532969433708571e-2)][__t33]
 + [5.8515295174805075e-2, 5.410098883359396e-2, (-5.2596616216429954e-3), 5.121289178269144e-2, (-3.648102575367036e-2)][__t34]
 + [3.736418068188396e-2, (-1.1189131320973214e-3), (-5.233521160606121e-2), 8.246205953002737e-3, (-2.8270150632028274e-2)][__t35]
 + [5.402130862099093e-2, 1.6559245780760252e-2, 4.3610089077699985e-3, (-3.556605918217235e-2), (-5.356767499670789e-2)][__t36]
 + [9.958631080095222e-2, 3.118899841969848e-3, (-2.430824924196198e-2), 2.821740971977625e-2, (-2.3254625836115005e-2)][__t37]
 + [1.7137390627344498e-2, (-4.726623551611697e-2), 6.980067874424817e-3, (-5.012446073554915e-2), 2.4178622687119713e-3][__t38]
 + [3.365644639966416e-2, (-8.93520268669047e-4), (-4.836814569828363e-2), 1.2343549691774397e-2, (-3.282508858806168e-2)][__t39]
 + [4.982952174928024e-2, 8.24436988015191e-2, (-9.324873450837674e-4), (-1.663447339337892e-2), 2.578507810664489e-2][__t40]
 + [1.5812894404966978e-2, 6.438574239361446e-2, 6.262741764728562e-2, (-1.0377639883050025e-2), (-3.342295868932993e-2)][__t41]
 + [1.8419008419614753e-2, 7.398164140091175e-3, (-6.491979429494254e-3), (-5.292358995107617e-2), (-4.643297608707919e-2)][__t42]
 + [4.614211220849097e-2, 1.2181006556383153e-2, (-2.105572898092886e-2), (-4.916711120959939e-2), 4.2049467512657464e-4][__t43]
 + [8.789852995967787e-2, (-1.0747489017174394e-4), (-2.6244944422433098e-2), 2.6655109377087424e-2, 1.4810307991706975e-2][__t44]
 + [6.781854810555274e-3, (-6.009282855522428e-2), (-4.209606569077905e-2), 1.4311872444276267e-2, (-4.253663264441151e-2)][__t45]
 + [6.684646679317482e-2, (-3.2668394477227275e-2), 7.196134831739706e-2, (-8.732053416556654e-3), 2.0311366605409543e-2][__t46]
 + [2.8742482194621943e-2, 6.0212895474457795e-2, 3.0124010377155126e-3, (-2.248938761470705e-2), (-2.6591247771318445e-2)][__t47]
 + [6.981394665006177e-2, (-2.6101683270531935e-3), (-8.69239646495637e-4), (-4.379987704492442e-2), 1.080699636408276e-2][__t48]
 + [3.639634977434878e-2, 7.793761643636316e-2, (-1.150068674028931e-2), 5.748024524767015e-2, (-1.1134452735817998e-2)][__t49]
 + [(-4.024870403437334e-3), 8.30838409048603e-2, 4.2726505340937035e-3, (-8.826948350736224e-3), (-3.8899087588095606e-2)][__t50]
 + [9.103777243724787e-2, 9.55889412353371e-3, (-1.4689136813166418e-2), (-4.159265516287561e-2), 9.936216634282511e-3][__t51]
 + [3.324406310514825e-2, (-2.4832811977188755e-3), 6.253331992143647e-4, 1.8169440507216264e-2, (-4.985439684527235e-2)][__t52]
 + [(-3.0317043955223645e-3), 8.433376816221225e-2, (-8.273799060665726e-3), (-3.284231065393536e-2), (-1.3828549641341807e-2)][__t53]
 + [1.4390237812831528e-2, 9.063239529792586e-3, (-1.4977882866070602e-2), 2.036548699504459e-2, (-6.103541093967101e-2)][__t54]
 + [3.5958277772603305e-3, (-4.106595642649646e-2), (-4.773433462538558e-2), 3.14337163686445e-2, (-1.162288875253113e-3)][__t55]
 + [6.031570664063769e-2, (-4.0208430566198786e-2), 6.173692751446677e-2, (-1.2265099469007477e-3), (-4.029921876415077e-2)][__t56]
 + [7.210284855225567e-2, 3.2560922323867265e-2, (-8.154399463126008e-3), 4.8120877445404775e-2, (-9.806689834815495e-3)][__t57]
 + [2.763270738319151e-2, 9.473163958264258e-3, (-4.094708562855881e-2), (-2.9928160282985245e-2), 1.07637567498709e-2][__t58]
 + [(-6.000269526259438e-3), 5.876456168844133e-2, 8.562944943888212e-3, (-6.662140420616557e-2), (-3.294031194393467e-3)][__t59]
 + [6.268611226644305e-2, 1.1639777333258439e-2, (-3.2527667207256104e-2), (-1.5553138880877973e-3), (-4.165218681139274e-2)][__t60]
 + [6.733502426787237e-2, 5.066043058550129e-3, (-4.3703001823898176e-4), 4.111982449284055e-2, (-4.135032616960024e-2)][__t61]
 + [(-2.6379788931431103e-3), 7.701765329085498e-2, (-1.3273952318492039e-2), (-3.2574018170672035e-2), (-1.3375378187765841e-2)][__t62]
 + [6.043420144628209e-2, (-6.0472727467644595e-3), 3.1783509015623844e-2, 1.2072030685443049e-2, (-6.41750631526858e-2)][__t63]
 + [1.728105669268459e-2, (-1.828658031818265e-2), (-5.281228851979112e-3), 1.9918145551380995e-2, (-5.37135995091522e-2)][__t64]
 + [(-1.14389281158998e-2), 1.0604747377454093e-2, 5.6844954551676354e-2, (-7.6653197566983015e-3), (-6.147978723420623e-2)][__t65]
 + [6.377875078119856e-2, 2.439169744134108e-2, 1.0075343633244608e-2, (-2.5915329917226185e-2), (-6.038046519022365e-3)][__t66]
 + [5.845182388891745e-2, (-8.723896700617588e-3), 3.0155866321172526e-2, (-1.9109080517163354e-3), (-2.1920702709553153e-2)][__t67]
 + [5.6379527919261124e-2, (-5.475626092859654e-3), 2.9301479700883145e-2, 1.0924390902824016e-2, (-5.961737006352418e-2)][__t68]
 + [8.385756945435188e-3, (-6.7006122713616474e-3), 1.7304603677993732e-2, 8.109467549620143e-3, (-7.075145812050301e-2)][__t69]
 + [7.58889473931695e-2, (-4.180717903634335e-2), 2.4058122197065865e-2, (-2.2803500080849567e-2), (-5.902336057087426e-3)][__t70]
 + [5.0740341156938124e-2, 2.4211519657128804e-2, (-1.175943859818657e-2), 1.5429689031365679e-2, (-1.8725044067192363e-2)][__t71]
 + [1.756654726764352e-2, (-2.6989272316875198e-2), (-2.490099512640877e-2), 4.465611764210181e-2, (-1.646608390314096e-3)][__t72]
 + [4.800701764020082e-2, (-3.8524169022674626e-3), 1.2162037053055815e-2, (-5.161537304742221e-4), (-6.720862596971744e-2)][__t73]
 + [5.691048617190401e-2, 1.3440929867809037e-2, (-3.6456485890543934e-2), (-2.212758733897433e-2), 2.0121442133632307e-3][__t74]
 + [4.50144093114459e-2, 2.1857013458833376e-2, (-8.339433576693315e-3), (-5.740101111368809e-2), 5.802130813871178e-3][__t75]
 + [6.911979894582648e-2, (-4.034606259331072e-2), 2.18539911087483e-2, (-2.022289309552913e-2), (-5.331415837281195e-3)][__t76]
 + [5.926549910367294e-2, 1.964739642571948e-3, (-2.280654517864002e-3), (-1.1796154267847874e-3), (-5.9436526414057445e-2)][__t77]
 + [1.6881785256073086e-2, (-9.687982931265481e-3), 5.1623258915114545e-2, 1.1156266069234722e-2, (-1.9081854174379277e-2)][__t78]
 + [4.230600959199052e-2, (-2.9194228938217337e-3), 4.440249292603304e-2, (-2.3026128573645752e-2), (-2.846256226371462e-2)][__t79]
 + [(-2.8714216522560915e-3), 1.765030127338162e-2, (-4.748447101700651e-2), 4.583120961355445e-2, (-6.005124215850023e-2)][__t80]
 + [8.947686806735727e-2, 4.982398452455647e-2, (-4.636816278929112e-2), 1.3023530965818276e-3, (-3.229586104990497e-3)][__t81]
 + [6.024584013890238e-2, 2.0847372447465838e-2, 3.6530248142091063e-3, (-3.304687577530737e-2), (-4.801257080025941e-3)][__t82]
 + [4.5092043888296504e-2, 1.8814135787022485e-2, (-1.1138092311354162e-2), (-3.913318835793213e-2), 5.231468642460653e-3][__t83]
 + [1.827369872128759e-2, (-2.5758703421006002e-2), 7.50132019114387e-3, 1.8105718629050117e-3, (-3.978666090781868e-2)][__t84]
 + [5.313306766244417e-2, 2.195044401282041e-3, (-2.0038887799307668e-3), (-1.242476903432075e-3), (-5.663620748465285e-2)][__t85]
 + [4.4700199564032796e-2, 7.737416411132151e-4, 4.3086035968917897e-4, 1.0137857247885303e-2, (-7.491650396000342e-2)][__t86]
 + [4.2119451656436185e-3, (-4.6789696546245346e-2), 3.1512138789481525e-3, (-5.495351599738788e-2), 5.65940658324179e-3][__t87]
 + [4.25179254167178e-2, (-5.614569678631697e-3), 6.086286611723033e-2, 2.547500831153711e-2, (-9.86740205598994e-3)][__t88]
 + [5.066612289596981e-2, (-1.3340155339746536e-3), 4.4564115837086506e-2, (-4.221349526099795e-3), (-4.369383432257172e-2)][__t89]
 + [4.1846956288721156e-2, 1.1947088305893422e-3, (-3.858810366283125e-2), 3.9013749859635766e-2, (-5.502789802049725e-2)][__t90]
 + [(-1.891828451272884e-2), 1.209153143617511e-3, 4.5868508095151604e-2, (-1.6326420434322208e-2), (-1.632985120007594e-2)][__t91]
 + [1.7767004906178115e-3, 2.0334560817262058e-2, 4.8814498883646786e-2, (-4.062615902523969e-2), (-7.134514753620559e-2)][__t92]
 + [7.735139889091303e-2, (-2.19806301590017e-2), 2.766902081441212e-3, (-2.514714935946433e-3), (-5.562095158837728e-2)][__t93]
 + [6.500944957329167e-4, (-2.4775932054955e-2), 4.863337746399171e-2, 3.3572000062644956e-2, (-5.5489295285722155e-2)][__t94]
 + [3.615960871506565e-2, (-4.223947649143872e-3), 4.418323246390816e-2, 1.6821040215625038e-2, (-2.6895427027775066e-2)][__t95]
 + [2.9492503173261697e-3, 4.383992338017158e-2, (-3.740953442779996e-2), (-1.1871478443193956e-3), (-5.414078977460604e-2)][__t96]
 + [5.8697933470674785e-2, 3.014419460962329e-3, 1.8536669801038422e-2, (-3.0853726512715885e-2), 6.3199820063407e-3][__t97]
 + [3.871064261775018e-2, 5.514001540848386e-2, 2.237220491754484e-2, (-8.140871540164267e-3), (-4.682733121403956e-3)][__t98]
 + [3.8835103445847396e-2, (-9.812640218456049e-4), 3.321199311748384e-2, (-1.1132920655721287e-2), (-3.7582691421473783e-3)][__t99]
 + [2.5371142974141447e-2, (-2.5796219092197015e-3), (-2.19516015339554e-3), 1.358545055968189e-2, (-7.122281059878877e-2)][__t100]
 + [5.110633105358541e-3, (-6.964776240681321e-3), 6.351427495030318e-2, (-2.249799302043798e-2), (-4.8351081669283244e-2)][__t101]
 + [9.288968942218328e-3, (-2.836030545847515e-2), 7.024069324987306e-3, (-4.329702687257847e-2), 4.867316875425687e-3][__t102]
 + [1.5973154729291604e-3, 1.8296231012804334e-2, 4.57834095869116e-2, (-3.7039842477279615e-2), (-6.433565194043649e-2)][__t103]
 + [4.939638735708507e-2, 1.460920384467766e-3, (-2.0368213846462487e-3), (-1.0721658978743531e-3), (-5.1514454865851905e-2)][__t104]
 + [(-4.7770837544341685e-3), 3.5117320262856556e-2, (-9.393363900246551e-3), 1.214674711506511e-2, (-2.2801217062910113e-2)][__t105]
 + [1.5350661374964175e-3, 3.4546057727207855e-2, (-5.879957332486672e-2), 4.8006678411681436e-2, (-5.067445844667082e-2)][__t106]
 + [2.242817817657545e-3, 1.221665462588218e-2, (-5.1023620968918965e-2), 1.629896937764483e-2, (-6.003394092508091e-2)][__t107]
 + [(-3.125425093206218e-3), 5.560102809217156e-2, 2.6023189060937976e-2, (-9.860316642081111e-3), (-3.430673238152603e-2)][__t108]
 + [3.53743504536926e-2, (-1.1610237698217154e-3), 3.3854942534946635e-2, 4.983452735543107e-2, (-3.4424991503054767e-2)][__t109]
 + [5.881748000858694e-2, (-2.6219886722514508e-2), 8.628674136702805e-3, (-3.376002602277893e-2), (-2.4551882913020147e-3)][__t110]
 + [1.6421178976949478e-2, 5.427685684672227e-3, (-2.4206301918842384e-2), (-3.0986189886388835e-2), 5.625534521735726e-3][__t111]
 + [7.491310337558063e-3, (-2.893588978938679e-3), 5.96553849734958e-2, (-2.1594823524882935e-2), (-4.537630922241166e-2)][__t112]
 + [3.925394599938117e-2, 2.2121256108323266e-2, (-1.0900483261357613e-2), 5.273069160668967e-2, 1.0725365675026799e-3][__t113]
 + [4.568038063890643e-2, 4.5479409985420466e-2, 2.945042024594308e-3, (-2.5028737723252398e-2), (-2.6695305416390026e-3)][__t114]
 + [5.4937446978828935e-2, (-2.556357879840143e-2), 1.8405354656400167e-3, 6.1224652998175194e-3, (-8.971796301784008e-3)][__t115]
 + [1.8993737315368847e-3, 1.3755190573679774e-2, (-3.694702151807048e-2), 1.437758469924374e-2, (-6.709241510835921e-2)][__t116]
 + [6.83036966221346e-4, (-1.8795025109870873e-2), 5.166936226533036e-2, 3.1154061569250786e-2, (-3.419926770422859e-2)][__t117]
 + [1.3134193122748194e-3, (-4.530757321890662e-2), 4.034162815127059e-2, 2.2780281279476823e-2, (-4.89605558782236e-2)][__t118]
 + [1.8349012604118885e-2, (-8.463345854480704e-3), 3.1895043568543134e-2, (-6.197835873088921e-2), 4.379032193404609e-3][__t119]
 + [8.246414188864935e-2, (-1.3041280932172997e-2), (-2.9495391934193926e-2), (-1.313699135464858e-3), (-3.7061967086904945e-3)][__t120]
 + [(-2.7016269620769927e-3), 1.9096509464306376e-2, 3.375598494717926e-2, (-4.278314762944981e-3), (-4.9014132260142534e-2)][__t121]
 + [2.045218583604075e-2, (-6.083221699568675e-3), 7.060613169060726e-3, (-7.187585534445537e-3), (-5.1119138737142834e-2)][__t122]
 + [5.1621375153635865e-2, (-1.8045745804243754e-3), 4.347116199485721e-2, (-4.542438543032242e-2), 5.174045674272348e-3][__t123]
 + [(-5.119089321146368e-4), 6.549998813147888e-2, (-9.054588824047959e-3), 4.056751399669858e-2, (-3.2033686811844264e-2)][__t124]
 + [7.775681543342995e-2, (-1.1524195944227152e-2), (-2.6945871471881946e-2), (-9.495701679666043e-4), (-3.4822822624357925e-3)][__t125]
 + [3.253051855699357e-2, 4.300691194271994e-2, (-3.663001140000948e-2), (-2.560463462881677e-2), 1.5770868791256496e-3][__t126]
 + [2.0805694337414442e-3, 1.2539571454558167e-2, (-4.7449766462008956e-2), 1.435258749543204e-2, (-6.373222383395076e-2)][__t127]
 + [(-1.439541317445355e-3), 4.087429231621179e-2, (-1.7863235667020843e-2), (-3.9252076265247265e-2), 1.4122908494529907e-2][__t128]
 + [3.361495962566325e-2, 2.025593411689693e-2, (-1.0197832119908653e-2), 5.0232070073942904e-2, 1.0506282187451553e-3][__t129]
 + [4.95111251918242e-2, (-3.990632557797682e-2), 7.573071768128213e-2, (-5.084152047039988e-3), (-3.44189982750571e-3)][__t130]
 + [1.2899375305804768e-3, 3.369771493151652e-2, (-6.215939898686123e-2), 4.214472898423618e-2, (-5.0012321931106475e-2)][__t131]
 + [1.2646384943299134e-3, 4.445975452354584e-2, 2.252326902478636e-2, (-7.027992401305497e-2), 9.762352482330644e-3][__t132]
 + [4.287592380188483e-3, 8.994401369816258e-3, (-4.157079454276348e-2), (-5.920941648415212e-2), 4.119256432050263e-3][__t133]
 + [7.410481245148522e-3, (-1.470349276661816e-2), 1.1462410012436634e-2, 5.94854755778138e-3, (-2.327845730282771e-2)][__t134]
 + [9.95612258664514e-4, (-2.9123031494378112e-2), (-2.1488966058184872e-2), 3.658409068431214e-2, (-4.734124218033009e-2)][__t135]
 + [1.5616624584227875e-3, 1.7719904029133858e-3, (-5.010888412615236e-2), 1.2941570194516425e-2, (-6.145129713460066e-2)][__t136]
 + [3.478301947064235e-2, 1.5247296972398136e-2, (-8.310518369757628e-3), (-5.7903221955621725e-2), 3.552091894814617e-3][__t137]
 + [3.491562929970246e-2, (-2.736582912061242e-4), 3.883089324184921e-2, (-4.11723517619798e-3), (-4.832238490607145e-2)][__t138]
 + [5.180323756553467e-2, 6.983507013260149e-3, 3.960940449433434e-2, (-7.777971946247803e-2), (-2.327106652063688e-3)][__t139]
 + [2.9984620874668216e-2, 6.374959111049063e-4, 4.157237058745247e-2, 2.0697635424508073e-2, (-4.259582479307265e-2)][__t140]
 + [5.0382589847729246e-2, 2.8342243420698323e-2, 6.281487031277466e-3, (-4.9200325518465156e-2), (-1.4163648034129677e-3)][__t141]
 + [6.0226310647899683e-2, (-1.854281998806978e-2), 5.321008310114658e-3, (-1.7987085699272324e-2), 3.8379103383629405e-3][__t142]
 + [1.5273921904075203e-3, 4.305629179417805e-3, (-4.430065299964199e-2), 1.6653643018115557e-2, (-5.3271386411518365e-2)][__t143]
 + [(-2.551791981266596e-3), 5.753950090185215e-3, 4.64360285861819e-2, (-1.6075208293274718e-2), (-4.7669684088925766e-2)][__t144] AS __margin,
  1.012505350765563e+0 * ([2.766371104862856e-1, (-2.9095427805230265e-2), (-2.9095427805230265e-2), 0e+0, 0e+0][__t0]
 + [2.4412290622981284e-1, (-2.7565455242865224e-2), (-2.7565455242865224e-2), 0e+0, 0e+0][__t1]
 + [2.1829850368643855e-1, (-2.5381358373263656e-2), (-2.5381358373263656e-2), (-2.5381358373263656e-2), 0e+0][__t2]
 + [2.002660312059659e-1, (-2.448673008164759e-2), (-2.448673008164759e-2), (-2.448673008164759e-2), 0e+0][__t3]
 + [1.8114602750649844e-1, (-2.1356948645637197e-2), (-2.1356948645637197e-2), (-2.1356948645637197e-2), 0e+0][__t4]
 + [1.5574616015271497e-1, (-1.9420789922693367e-2), (-1.9420789922693367e-2), (-1.9420789922693367e-2), 0e+0][__t7]
 + [1.3814561733248282e-1, (-1.6066548544017137e-2), (-1.6066548544017137e-2), (-1.6066548544017137e-2), 0e+0][__t9]
 + [1.1738006424388676e-1, (-1.3840134904520317e-2), (-1.3840134904520317e-2), (-1.3840134904520317e-2), 0e+0][__t14]
 + [1.1063859598707457e-1, (-1.281843882094236e-2), (-1.281843882094236e-2), (-1.281843882094236e-2), 0e+0][__t15]
 + [0e+0, 7.808333570222876e-2, (-7.834144647896961e-3), 0e+0, 0e+0][__t17]
 + [0e+0, 0e+0, 9.642182722196353e-2, (-7.827952811342125e-3), 0e+0][__t19]
 + [0e+0, 0e+0, 8.899742398743353e-2, (-6.824371496863213e-3), 0e+0][__t23]
 + [2.8687887224230144e-2, (-2.137644368402982e-2), 5.5562255632327605e-2, (-1.3210426722177485e-2), 0e+0][__t26]
 + [0e+0, 8.23382423817618e-2, (-6.013331119055581e-3), (-6.013331119055581e-3), 0e+0][__t28]
 + [0e+0, 5.8386422125494095e-2, (-3.653256981589586e-3), (-3.653256981589586e-3), (-3.653256981589586e-3)][__t34]
 + [0e+0, 7.423249840462869e-2, 5.93005292994584e-2, (-1.3704528230877238e-2), (-3.6288788565240985e-3)][__t41]
 + [2.3317643246837955e-2, (-1.607853378536341e-2), (-1.607853378536341e-2), 6.557980985413946e-2, (-3.0348881293486892e-3)][__t49]
 + [2.1164342634052848e-2, (-1.4563001668814277e-2), 0e+0, 0e+0, 0e+0][__t52]
 + [0e+0, 0e+0, 0e+0, 5.606988871297165e-2, (-2.533100922174395e-2)][__t54]
 + [0e+0, 2.6414101582146493e-2, (-1.4301220204846778e-2), 0e+0, 0e+0][__t57]
 + [0e+0, 0e+0, 0e+0, 4.9946297199411196e-2, (-2.3685447861121995e-2)][__t64]
 + [0e+0, 1.956483948862281e-2, (-1.0720166593669079e-2), (-1.0720166593669079e-2), 0e+0][__t66]
 + [0e+0, 0e+0, 4.519700040528323e-2, (-2.199533598548121e-2), (-2.199533598548121e-2)][__t69]
 + [8.435103668709573e-3, 8.435103668709573e-3, 8.435103668709573e-3, 8.435103668709573e-3, (-5.9946519981405435e-3)][__t70]
 + [7.758163051670625e-3, 7.758163051670625e-3, 7.758163051670625e-3, 7.758163051670625e-3, (-5.4213180851218675e-3)][__t76]
 + [4.627866662854488e-2, (-3.1792667214534616e-2), (-3.1792667214534616e-2), 0e+0, 0e+0][__t81]
 + [0e+0, 1.7636238071112847e-2, (-9.484645189624077e-3), (-9.484645189624077e-3), 0e+0][__t82]
 + [6.65077212098545e-3, 6.65077212098545e-3, (-4.577724788557345e-3), (-4.577724788557345e-3), (-4.577724788557345e-3)][__t89]
 + [0e+0, 0e+0, 1.9840958569398614e-2, (-1.0672117888310493e-2), 0e+0][__t98]
 + [0e+0, 3.282557597080864e-2, (-1.7876636120941612e-2), 0e+0, 0e+0][__t116]
 + [5.460185131354812e-3, 5.460185131354812e-3, 5.460185131354812e-3, 5.460185131354812e-3, (-3.73116742833e-3)][__t120]
 + [5.2177456891454015e-3, 5.2177456891454015e-3, 5.2177456891454015e-3, 5.2177456891454015e-3, (-3.5644046649349528e-3)][__t125]
 + [5.179881737330165e-3, 5.179881737330165e-3, 5.179881737330165e-3, 5.179881737330165e-3, (-3.5275352313745957e-3)][__t130]
 + [5.027234132970133e-3, 5.027234132970133e-3, (-3.4057214348421475e-3), (-3.4057214348421475e-3), (-3.4057214348421475e-3)][__t138]) AS __c0,
  1.012505350765563e+0 * ([0e+0, 2.524137664197726e-2, (-3.369595355959677e-2), 0e+0, 0e+0][__t13]
 + [0e+0, 2.0195596280529624e-2, (-2.5656807877290584e-2), 0e+0, 0e+0][__t21]
 + [2.033640117029154e-2, 2.033640117029154e-2, (-3.021427813701607e-2), 0e+0, 0e+0][__t24]
 + [6.310411565912541e-2, (-4.718665842686545e-3), (-4.718665842686545e-3), (-4.718665842686545e-3), (-4.718665842686545e-3)][__t31]
 + [5.920792290019843e-2, (-4.31091127095962e-3), (-4.31091127095962e-3), (-4.31091127095962e-3), (-4.31091127095962e-3)][__t33]
 + [1.110571012899856e-2, 1.110571012899856e-2, (-2.615217898858066e-2), (-2.615217898858066e-2), 0e+0][__t35]
 + [1.0087519638912513e-2, (-2.371424436173378e-2), (-2.371424436173378e-2), 0e+0, 0e+0][__t38]
 + [0e+0, 7.399386844623159e-3, 7.399386844623159e-3, (-1.7801441808529286e-2), (-1.7801441808529286e-2)][__t43]
 + [0e+0, 0e+0, 7.471021983891002e-2, (-1.4532623786341634e-3), (-1.4532623786341634e-3)][__t46]
 + [2.6017235194980216e-2, 2.6017235194980216e-2, (-1.3243380571683413e-2), 0e+0, 0e+0][__t51]
 + [0e+0, 0e+0, 6.385956833995572e-2, (-1.4381676703680473e-3), (-1.4381676703680473e-3)][__t56]
 + [0e+0, 0e+0, 0e+0, 5.492259573159422e-2, (-3.0049715486260503e-3)][__t57]
 + [0e+0, 1.1781776972432172e-2, 1.1781776972432172e-2, (-1.783099261059075e-2), 0e+0][__t58]
 + [6.258604485176356e-2, (-1.066217566848519e-3), (-1.066217566848519e-3), 7.520956102226492e-3, (-3.257591682107845e-2)][__t60]
 + [6.031863144417728e-2, (-1.0014843358547285e-3), (-1.0014843358547285e-3), (-1.0014843358547285e-3), (-1.0014843358547285e-3)][__t63]
 + [5.044206559952554e-3, 5.044206559952554e-3, (-1.140893458081989e-2), (-1.140893458081989e-2), (-1.140893458081989e-2)][__t65]
 + [5.834851800369544e-2, (-9.50322128218779e-4), (-9.50322128218779e-4), (-9.50322128218779e-4), (-9.50322128218779e-4)][__t67]
 + [5.62500752134277e-2, (-8.934878841485678e-4), (-8.934878841485678e-4), (-8.934878841485678e-4), (-8.934878841485678e-4)][__t68]
 + [5.0635249195650746e-2, (-9.90250276500158e-4), (-9.90250276500158e-4), (-9.90250276500158e-4), (-9.90250276500158e-4)][__t71]
 + [4.788405214229992e-2, (-9.1375747811281e-4), (-9.1375747811281e-4), (-9.1375747811281e-4), (-9.1375747811281e-4)][__t73]
 + [4.491562064109552e-2, (-9.437798594453116e-4), (-9.437798594453116e-4), (-9.437798594453116e-4), (-9.437798594453116e-4)][__t75]
 + [4.219357921500346e-2, (-8.745149275642912e-4), (-8.745149275642912e-4), (-8.745149275642912e-4), (-8.745149275642912e-4)][__t79]
 + [4.4944537463136106e-2, (-7.532947870112006e-4), (-7.532947870112006e-4), (-7.532947870112006e-4), (-7.532947870112006e-4)][__t83]
 + [0e+0, 0e+0, 2.4768693298821087e-2, (-3.0096776060929302e-2), (-3.0096776060929302e-2)][__t86]
 + [4.252033657971164e-2, (-6.980481809668065e-4), (-6.980481809668065e-4), (-6.980481809668065e-4), (-6.980481809668065e-4)][__t88]
 + [0e+0, 3.678829943680289e-2, (-2.679101508550833e-2), (-2.679101508550833e-2), (-2.679101508550833e-2)][__t92]
 + [3.612802491970897e-2, (-7.2286250344409e-4), (-7.2286250344409e-4), (-7.2286250344409e-4), (-7.2286250344409e-4)][__t95]
 + [0e+0, 8.766229995579423e-3, (-1.2093643742138657e-2), (-1.2093643742138657e-2), 0e+0][__t97]
 + [3.871470523322614e-2, (-6.202946304785436e-4), (-6.202946304785436e-4), (-6.202946304785436e-4), (-6.202946304785436e-4)][__t99]
 + [3.83808171364122e-3, (-8.237327632398643e-3), 0e+0, 0e+0, 0e+0][__t101]
 + [7.543806201411795e-3, (-3.010546819928168e-2), 0e+0, 0e+0, 0e+0][__t102]
 + [0e+0, 3.316108227548548e-2, (-2.390358185963072e-2), (-2.390358185963072e-2), (-2.390358185963072e-2)][__t103]
 + [0e+0, 8.291281675366613e-3, (-2.1342705928148e-2), 0e+0, 0e+0][__t111]
 + [3.9246090087035446e-2, (-5.221244495880594e-4), (-5.221244495880594e-4), (-5.221244495880594e-4), (-5.221244495880594e-4)][__t113]
 + [0e+0, 3.384080895589782e-2, (-8.693559004928339e-3), 0e+0, 0e+0][__t114]
 + [0e+0, 0e+0, 0e+0, 1.4164565373990967e-2, (-3.0571252123206587e-2)][__t121]
 + [0e+0, 0e+0, 1.134928709991372e-3, 1.134928709991372e-3, (-4.883417952310332e-2)][__t122]
 + [3.3587621340215104e-2, (-5.150464584558657e-4), (-5.150464584558657e-4), (-5.150464584558657e-4), (-5.150464584558657e-4)][__t129]
 + [3.4868361828246194e-2, (-4.445436254746148e-4), (-4.445436254746148e-4), (-4.445436254746148e-4), (-4.445436254746148e-4)][__t137]
 + [0e+0, 0e+0, 8.014029795902336e-2, (-3.7248825997789e-2), 0e+0][__t139]
 + [0e+0, 2.0344109620353646e-2, (-2.826217255870615e-2), 0e+0, 0e+0][__t143]) AS __c1,
  1.012505350765563e+0 * ([6.8621175807687534e-3, (-9.410261692140305e-2), 0e+0, 0e+0, 0e+0][__t23]
 + [0e+0, 5.678987156393675e-3, 5.678987156393675e-3, 5.678987156393675e-3, (-7.089728478287007e-2)][__t27]
 + [5.115808698786717e-3, 5.115808698786717e-3, 5.115808698786717e-3, 5.115808698786717e-3, (-6.81550370954474e-2)][__t29]
 + [0e+0, 4.787266350952935e-3, 4.787266350952935e-3, 4.787266350952935e-3, (-6.188325794240127e-2)][__t30]
 + [0e+0, 4.3643891125448e-3, 4.3643891125448e-3, 4.3643891125448e-3, (-5.778306865593471e-2)][__t32]
 + [0e+0, 4.301976887050705e-3, 4.301976887050705e-3, 4.301976887050705e-3, (-6.0905700466918816e-2)][__t33]
 + [0e+0, 3.589397465269737e-3, 3.589397465269737e-3, 3.589397465269737e-3, (-4.978730169902801e-2)][__t36]
 + [3.170184821265968e-3, 3.170184821265968e-3, 3.170184821265968e-3, 3.170184821265968e-3, (-4.6498075484732886e-2)][__t42]
 + [2.864233698874294e-3, 2.864233698874294e-3, 2.864233698874294e-3, 2.864233698874294e-3, (-4.2592163332911125e-2)][__t45]
 + [2.5937202329136756e-3, 2.5937202329136756e-3, 2.5937202329136756e-3, 2.5937202329136756e-3, (-3.9056309002119344e-2)][__t50]
 + [2.3436789133933905e-3, 2.3436789133933905e-3, 2.3436789133933905e-3, (-3.584915260758674e-2), (-3.584915260758674e-2)][__t54]
 + [0e+0, 0e+0, 0e+0, 2.3342985489562544e-3, (-3.673841026829377e-2)][__t56]
 + [1.9033163614374671e-3, 1.9033163614374671e-3, 1.9033163614374671e-3, (-3.0151646134070363e-2), (-3.0151646134070363e-2)][__t64]
 + [1.747568674650105e-3, 1.747568674650105e-3, (-2.8027131348974294e-2), (-2.8027131348974294e-2), (-2.8027131348974294e-2)][__t69]
 + [0e+0, 1.6674667583850002e-3, 1.6674667583850002e-3, (-2.824364645634333e-2), (-2.824364645634333e-2)][__t73]
 + [1.5357928329836326e-3, 1.5357928329836326e-3, 1.5357928329836326e-3, (-2.5257959315826514e-2), (-2.5257959315826514e-2)][__t77]
 + [1.4448861203094265e-3, 1.4448861203094265e-3, 1.4448861203094265e-3, (-2.393604173291622e-2), (-2.393604173291622e-2)][__t85]
 + [0e+0, 1.4200986694419275e-3, (-2.3691475910803197e-2), (-2.3691475910803197e-2), (-2.3691475910803197e-2)][__t86]
 + [1.2282210145122205e-3, 1.2282210145122205e-3, 1.2282210145122205e-3, (-2.0772548689092552e-2), (-2.0772548689092552e-2)][__t96]
 + [1.1435783660123774e-3, 1.1435783660123774e-3, 1.1435783660123774e-3, (-1.94668344218243e-2), (-1.94668344218243e-2)][__t104]
 + [1.1381012479246596e-3, (-1.983165788074109e-2), (-1.983165788074109e-2), 0e+0, 0e+0][__t116]
 + [9.815143428436152e-4, (-1.6924837121811045e-2), (-1.6924837121811045e-2), (-1.6924837121811045e-2), (-1.6924837121811045e-2)][__t135]
 + [1.0036810328886135e-3, (-1.7712208426723882e-2), (-1.7712208426723882e-2), 0e+0, 0e+0][__t136]
 + [9.354895399699877e-4, (-1.6630383091373373e-2), (-1.6630383091373373e-2), 0e+0, 0e+0][__t143]) AS __c2,
  1.012505350765563e+0 * ([0e+0, 1.2479038832622809e-1, (-4.251486622024066e-2), 0e+0, 0e+0][__t3]
 + [0e+0, 1.0065473423495278e-1, (-3.513753391659353e-2), 0e+0, 0e+0][__t7]
 + [0e+0, 6.370273198888024e-2, (-2.963291964960775e-2), 0e+0, 0e+0][__t11]
 + [0e+0, (-1.8132307973678926e-2), 7.313279576030746e-2, 0e+0, 0e+0][__t16]
 + [0e+0, 0e+0, (-6.010158521069107e-3), 5.046239488326533e-2, 0e+0][__t34]
 + [0e+0, 0e+0, (-3.4122388706409656e-2), 2.6459028852654283e-2, 0e+0][__t35]
 + [2.934497092107674e-2, 2.934497092107674e-2, (-1.3375924169050998e-2), 0e+0, 0e+0][__t37]
 + [0e+0, (-3.0601862142815177e-2), 2.3644441247726612e-2, 0e+0, 0e+0][__t38]
 + [0e+0, (-5.272674990457088e-3), (-5.272674990457088e-3), (-5.272674990457088e-3), 2.9223271501530874e-2][__t40]
 + [0e+0, 0e+0, 0e+0, (-2.834936310729047e-2), 2.1238242777435495e-2][__t43]
 + [2.3222382794481158e-2, 2.3222382794481158e-2, (-1.6776703203958146e-2), 3.6123350595562376e-2, 0e+0][__t44]
 + [0e+0, 0e+0, 0e+0, (-4.529919516409532e-3), 2.4513500505556667e-2][__t46]
 + [(-6.775812050374745e-3), 1.6497429194249905e-2, 1.6497429194249905e-2, 1.6497429194249905e-2, 0e+0][__t50]
 + [(-3.1767214666347365e-3), 2.649702508496039e-2, 2.649702508496039e-2, 2.649702508496039e-2, 2.649702508496039e-2][__t53]
 + [(-1.0481207566410567e-2), 1.3526573092135143e-2, 1.3526573092135143e-2, 0e+0, 0e+0][__t59]
 + [(-2.7570069465586164e-3), 2.3007727914535276e-2, 2.3007727914535276e-2, 2.3007727914535276e-2, 2.3007727914535276e-2][__t62]
 + [0e+0, (-5.161358413014533e-3), 1.2536682809954786e-2, 1.2536682809954786e-2, 1.2536682809954786e-2][__t63]
 + [0e+0, (-4.7115909145445094e-3), 1.145912617988176e-2, 1.145912617988176e-2, 1.145912617988176e-2][__t68]
 + [0e+0, 0e+0, (-2.0321900562402156e-2), 6.973611709073171e-3, 6.973611709073171e-3][__t72]
 + [0e+0, (-4.729091680440558e-3), 1.1285362274882721e-2, 0e+0, 0e+0][__t73]
 + [0e+0, 0e+0, 0e+0, (-1.8463081476051503e-2), 5.676650076286054e-3][__t74]
 + [0e+0, (-2.157338343244497e-3), 1.7505936338832892e-2, 1.7505936338832892e-2, 1.7505936338832892e-2][__t79]
 + [(-4.942530531931471e-3), 1.557919239370624e-2, 0e+0, 0e+0, 0e+0][__t80]
 + [0e+0, (-4.914110334671049e-3), 6.573678589367379e-3, 6.573678589367379e-3, 6.573678589367379e-3][__t88]
 + [(-1.868582795124711e-3), (-1.868582795124711e-3), 1.5349630036003521e-2, 1.5349630036003521e-2, 1.5349630036003521e-2][__t91]
 + [(-1.126431432157707e-3), (-1.126431432157707e-3), 2.3444904218026117e-2, 2.3444904218026117e-2, 2.3444904218026117e-2][__t94]
 + [0e+0, (-3.532668941056461e-3), 8.469419619975382e-3, 8.469419619975382e-3, 8.469419619975382e-3][__t95]
 + [0e+0, (-1.8722687906640327e-2), 1.5470569232689114e-2, 0e+0, 0e+0][__t99]
 + [(-3.0799022962300533e-3), 7.499907400966763e-3, 7.499907400966763e-3, 7.499907400966763e-3, 7.499907400966763e-3][__t108]
 + [0e+0, (-4.0762506428839605e-3), (-4.0762506428839605e-3), 5.485415325403003e-3, 5.485415325403003e-3][__t113]
 + [(-9.775981816653584e-4), (-9.775981816653584e-4), 2.0320521962039064e-2, 2.0320521962039064e-2, 2.0320521962039064e-2][__t117]
 + [(-2.7503216443556565e-3), 6.666505868153653e-3, 6.666505868153653e-3, 6.666505868153653e-3, 6.666505868153653e-3][__t121]
 + [(-1.4726381899334107e-3), 1.2062007321076028e-2, 1.2062007321076028e-2, (-9.069812226594134e-3), 4.4305172533183036e-2][__t128]
 + [0e+0, (-3.884588800075258e-3), (-3.884588800075258e-3), 5.194831340405689e-3, 5.194831340405689e-3][__t129]
 + [0e+0, (-1.2337098834294631e-2), 4.150979699757047e-3, 4.150979699757047e-3, 4.150979699757047e-3][__t134]
 + [(-3.437179535651988e-3), 4.868562535799823e-3, 0e+0, 0e+0, 0e+0][__t144]) AS __c4,
  1.012505350765563e+0 * ([(-5.824358782178473e-2), (-5.824358782178473e-2), (-5.824358782178473e-2), 1.2756731395062215e-1, 1.2756731395062215e-1][__t0]
 + [(-5.4326007801849104e-2), (-5.4326007801849104e-2), (-5.4326007801849104e-2), 1.1002594416981253e-1, 1.1002594416981253e-1][__t1]
 + [(-4.914743395835534e-2), (-4.914743395835534e-2), (-4.914743395835534e-2), (-4.914743395835534e-2), 9.954852852935782e-2][__t2]
 + [(-4.71816661706249e-2), (-4.71816661706249e-2), (-4.71816661706249e-2), (-4.71816661706249e-2), 8.604181478906656e-2][__t3]
 + [(-4.054402134471483e-2), (-4.054402134471483e-2), (-4.054402134471483e-2), (-4.054402134471483e-2), 8.331969535931358e-2][__t4]
 + [(-3.784215766601081e-2), (-3.784215766601081e-2), (-3.784215766601081e-2), (-3.784215766601081e-2), 6.331690314837558e-2][__t7]
 + [(-3.175357296548656e-2), (-3.175357296548656e-2), (-3.175357296548656e-2), (-3.175357296548656e-2), 5.988553497419026e-2][__t9]
 + [0e+0, (-2.489892491021651e-2), (-2.489892491021651e-2), 4.279480605151592e-2, 0e+0][__t11]
 + [(-2.875368982674072e-2), (-2.875368982674072e-2), (-2.875368982674072e-2), (-2.875368982674072e-2), 4.388848627005629e-2][__t14]
 + [(-2.665396990781745e-2), (-2.665396990781745e-2), (-2.665396990781745e-2), (-2.665396990781745e-2), 3.985787676706011e-2][__t15]
 + [(-2.2215371594231984e-2), (-2.2215371594231984e-2), (-2.2215371594231984e-2), (-2.2215371594231984e-2), 3.773848435849485e-2][__t18]
 + [(-2.7527600612105286e-2), 2.7141308860689252e-2, 0e+0, 0e+0, 0e+0][__t19]
 + [0e+0, (-1.8758149305434867e-2), (-1.8758149305434867e-2), (-1.8758149305434867e-2), 3.339094576106303e-2][__t20]
 + [0e+0, (-1.9284271316576767e-2), (-1.9284271316576767e-2), 2.4564999704366763e-2, 0e+0][__t22]
 + [(-1.723282486123509e-2), (-1.723282486123509e-2), (-1.723282486123509e-2), (-1.723282486123509e-2), 2.916659434951938e-2][__t24]
 + [0e+0, (-1.3895441221433652e-2), (-1.3895441221433652e-2), 2.343678236496874e-2, 0e+0][__t25]
 + [0e+0, (-1.7094921258387533e-2), (-1.7094921258387533e-2), 2.1180020601891048e-2, 0e+0][__t27]
 + [(-1.666420389524055e-2), (-1.666420389524055e-2), (-1.666420389524055e-2), 2.0657543211621728e-2, 0e+0][__t29]
 + [0e+0, (-1.7277335969021014e-2), (-1.7277335969021014e-2), (-1.7277335969021014e-2), 1.8312924633744218e-2][__t31]
 + [0e+0, (-1.4998436253578853e-2), (-1.4998436253578853e-2), 1.737725006558861e-2, 0e+0][__t33]
 + [(-1.0885557880814656e-2), (-1.0885557880814656e-2), (-1.0885557880814656e-2), 1.7393606864542426e-2, 1.7393606864542426e-2][__t37]
 + [0e+0, 0e+0, 0e+0, (-2.487155970131249e-2), 2.7670763302948636e-2][__t38]
 + [0e+0, (-2.2771066742987907e-2), (-2.2771066742987907e-2), 1.5482693425252447e-2, 0e+0][__t39]
 + [(-9.468613559363896e-3), (-9.468613559363896e-3), (-9.468613559363896e-3), (-9.468613559363896e-3), 1.480993565081803e-2][__t44]
 + [(-1.0795636367966342e-2), (-1.0795636367966342e-2), (-1.0795636367966342e-2), 1.1392108056902356e-2, 0e+0][__t45]
 + [1.0428823565007796e-2, 1.0428823565007796e-2, (-2.4149112163783397e-2), (-2.4149112163783397e-2), 1.0738895502118618e-2][__t48]
 + [(-9.459514285986965e-3), (-9.459514285986965e-3), (-9.459514285986965e-3), (-9.459514285986965e-3), 9.777479568263343e-3][__t51]
 + [(-8.847280526756457e-3), (-8.847280526756457e-3), (-8.847280526756457e-3), 9.062777291136607e-3, 9.062777291136607e-3][__t55]
 + [(-7.004095849945726e-3), (-7.004095849945726e-3), (-7.004095849945726e-3), (-7.004095849945726e-3), 1.0604392090154787e-2][__t58]
 + [0e+0, (-7.876880457620816e-3), 7.777036468131729e-3, 7.777036468131729e-3, 7.777036468131729e-3][__t67]
 + [0e+0, (-5.923352035712367e-3), (-5.923352035712367e-3), 8.82809441998196e-3, 8.82809441998196e-3][__t71]
 + [0e+0, (-6.833689504121392e-3), (-1.9420300624500572e-3), (-5.100360759944483e-2), 6.64712200296611e-3][__t75]
 + [(-5.019166970318411e-3), (-5.019166970318411e-3), 7.4737944937464254e-3, 7.4737944937464254e-3, 7.4737944937464254e-3][__t78]
 + [0e+0, 0e+0, (-5.899798873409097e-2), 3.431769189646998e-2, 0e+0][__t80]
 + [0e+0, (-6.040014535865023e-3), (-6.040014535865023e-3), (-6.040014535865023e-3), 5.8372570043114585e-3][__t83]
 + [(-5.750210667545898e-3), (-5.750210667545898e-3), 2.680331614694112e-2, (-3.130141372939491e-2), 5.594212464492047e-3][__t87]
 + [0e+0, 0e+0, (-4.995143851356869e-2), 2.7650415008898324e-2, 0e+0][__t90]
 + [1.6524221954458721e-3, (-2.1973333947584536e-2), (-2.1973333947584536e-2), 0e+0, 0e+0][__t96]
 + [(-4.251570809602106e-3), (-4.251570809602106e-3), (-4.251570809602106e-3), (-4.251570809602106e-3), 6.285963078048311e-3][__t97]
 + [(-4.9496564364700235e-3), (-4.9496564364700235e-3), (-4.9496564364700235e-3), (-4.9496564364700235e-3), 4.778452810390074e-3][__t102]
 + [(-4.790864135131044e-3), 4.616840946631122e-3, 4.616840946631122e-3, 4.616840946631122e-3, 4.616840946631122e-3][__t105]
 + [0e+0, (-5.491755265444459e-4), 3.44667907782239e-2, (-1.7336419731306993e-2), (-1.7336419731306993e-2)][__t109]
 + [(-3.789784462893849e-3), (-3.789784462893849e-3), (-3.789784462893849e-3), (-3.789784462893849e-3), 5.5897204518913415e-3][__t111]
 + [(-8.555059661772505e-4), (-8.555059661772505e-4), (-3.5072636822901654e-2), (-3.5072636822901654e-2), 4.334838277326287e-3][__t119]
 + [(-3.50963539778721e-3), (-3.50963539778721e-3), (-3.50963539778721e-3), (-3.50963539778721e-3), 5.1609425655731326e-3][__t123]
 + [(-5.55121627322119e-4), 3.187887598824437e-2, 3.187887598824437e-2, (-1.5265122706232648e-2), (-1.5265122706232648e-2)][__t124]
 + [1.1703314863352652e-3, (-1.4884757406944449e-2), (-1.4884757406944449e-2), (-4.222017125101474e-2), 3.782210524437087e-2][__t132]
 + [(-4.2039358742444145e-3), (-4.2039358742444145e-3), (-4.2039358742444145e-3), (-4.2039358742444145e-3), 4.027028088676739e-3][__t133]
 + [0e+0, 0e+0, (-4.291240867907849e-2), 1.516064806341853e-2, 0e+0][__t135]
 + [0e+0, (-4.176142957008439e-3), (-4.176142957008439e-3), (-4.176142957008439e-3), 4.081977877893078e-3][__t137]
 + [0e+0, 1.1965934163729861e-3, (-1.5080409297319672e-2), (-1.5080409297319672e-2), (-1.5080409297319672e-2)][__t140]
 + [(-4.0058945676591e-3), (-4.0058945676591e-3), 8.155975637561643e-3, (-1.5152118371825339e-2), 3.822983289197396e-3][__t142]) AS __c5,
  1.012505350765563e+0 * ([0e+0, 6.415372852229739e-2, (-3.100983705018419e-2), 0e+0, 0e+0][__t15]
 + [4.8803206680043745e-2, 4.8803206680043745e-2, (-2.7439245198053575e-2), 0e+0, 0e+0][__t18]
 + [0e+0, 4.59112110677322e-2, (-2.4593830762602256e-2), 0e+0, 0e+0][__t20]
 + [0e+0, 4.437907012597134e-2, (-2.5387641196651274e-2), 0e+0, 0e+0][__t22]
 + [0e+0, 3.5298042389481483e-2, (-1.8930147131004722e-2), 0e+0, 0e+0][__t25]
 + [0e+0, 3.503260652999949e-2, (-1.7822049391018883e-2), 0e+0, 0e+0][__t31]
 + [2.849882383043245e-2, (-8.296766302709759e-3), (-8.296766302709759e-3), (-8.296766302709759e-3), 0e+0][__t39]
 + [0e+0, 0e+0, 2.0170024853839175e-2, (-2.626158566774274e-2), 0e+0][__t42]
 + [2.4593681991079936e-2, (-7.09203426849925e-3), (-7.09203426849925e-3), (-7.09203426849925e-3), 0e+0][__t47]
 + [0e+0, 2.462171588090418e-2, 2.462171588090418e-2, (-2.807531919192354e-2), 0e+0][__t50]
 + [0e+0, 2.2270792786255e-2, 2.2270792786255e-2, 2.2270792786255e-2, (-4.0470591797414565e-2)][__t53]
 + [0e+0, 1.399421307059403e-2, (-1.0046909325269157e-2), 0e+0, 0e+0][__t54]
 + [5.670722025702997e-3, 5.670722025702997e-3, (-3.899524413936808e-2), 0e+0, 0e+0][__t55]
 + [0e+0, 4.0757050556155056e-2, (-9.44456618839806e-3), 0e+0, 0e+0][__t59]
 + [0e+0, 1.985667979050594e-2, 1.985667979050594e-2, 1.985667979050594e-2, (-3.6502134155716626e-2)][__t62]
 + [0e+0, 0e+0, 2.0132740539418985e-2, (-2.2639379889515213e-2), (-2.2639379889515213e-2)][__t63]
 + [0e+0, 0e+0, 1.860638869931653e-2, (-2.105043785103662e-2), (-2.105043785103662e-2)][__t68]
 + [1.0514154906937976e-2, 1.0514154906937976e-2, (-4.7097012317970175e-3), (-4.7097012317970175e-3), (-4.7097012317970175e-3)][__t72]
 + [1.1247765962938992e-2, 1.1247765962938992e-2, 1.1247765962938992e-2, (-3.7673530079958663e-3), (-3.7673530079958663e-3)][__t74]
 + [1.1798933027459216e-2, 1.1798933027459216e-2, (-3.916376186740328e-3), 0e+0, 0e+0][__t77]
 + [1.9501296622303143e-3, 1.9501296622303143e-3, (-1.9130133500158953e-2), (-1.9130133500158953e-2), (-1.9130133500158953e-2)][__t80]
 + [0e+0, 4.67531813049096e-3, 4.67531813049096e-3, (-3.2487385460216296e-2), 0e+0][__t83]
 + [1.0750740153133969e-2, 1.0750740153133969e-2, (-3.5496372242500747e-3), 0e+0, 0e+0][__t85]
 + [0e+0, 1.7915240680568625e-3, (-1.7754108106397458e-2), (-1.7754108106397458e-2), (-1.7754108106397458e-2)][__t90]
 + [1.7425645203485258e-3, (-2.368346203033939e-2), 0e+0, 0e+0, 0e+0][__t94]
 + [0e+0, 0e+0, 3.640509155202019e-2, (-7.128546552382518e-3), (-7.128546552382518e-3)][__t95]
 + [0e+0, 1.0155964058426973e-2, 1.0155964058426973e-2, (-1.8718380482089035e-2), 0e+0][__t99]
 + [9.681967668733015e-3, 9.681967668733015e-3, (-3.1985472549667738e-3), 0e+0, 0e+0][__t104]
 + [1.5610022742159253e-3, (-1.5725971034045588e-2), (-1.5725971034045588e-2), 0e+0, 0e+0][__t107]
 + [0e+0, 0e+0, 1.6461746319027255e-2, (-1.9421759383991835e-2), 0e+0][__t108]
 + [8.369897451438376e-3, 8.369897451438376e-3, 8.369897451438376e-3, 8.369897451438376e-3, (-2.7430239505782227e-3)][__t114]
 + [1.6047093846334446e-3, (-1.7873352691458774e-2), 0e+0, 0e+0, 0e+0][__t117]
 + [0e+0, 0e+0, 4.2103270321632746e-2, (-1.0095594762482462e-2), (-1.0095594762482462e-2)][__t121]
 + [1.386452050977106e-3, (-1.3987984435798176e-2), (-1.3987984435798176e-2), 0e+0, 0e+0][__t127]
 + [2.1468682007283915e-3, 2.1468682007283915e-3, 2.1468682007283915e-3, (-5.5097708953281234e-2), 0e+0][__t133]
 + [7.384379124821878e-3, (-2.3924960526501733e-3), (-2.3924960526501733e-3), (-2.3924960526501733e-3), (-2.3924960526501733e-3)][__t134]
 + [0e+0, (-3.2290438394069726e-2), 1.8256035721201998e-2, 1.8256035721201998e-2, 0e+0][__t135]
 + [0e+0, 2.0552853168530187e-3, 2.0552853168530187e-3, (-5.319719301553483e-2), 0e+0][__t137]
 + [6.979874868246096e-3, 6.979874868246096e-3, 6.979874868246096e-3, 6.979874868246096e-3, (-2.2635790887367327e-3)][__t139]) AS __c6,
  1.012505350765563e+0 * ([0e+0, 9.588313895506374e-2, (-2.734279935571847e-2), 0e+0, 0e+0][__t0]
 + [0e+0, 8.68938952517202e-2, (-2.5433668124785855e-2), 2.4814848601174097e-2, (-9.162699174303812e-2)][__t1]
 + [0e+0, 0e+0, 7.42849626402417e-2, (-2.162930144117614e-2), 0e+0][__t2]
 + [0e+0, 7.443967126641597e-2, 7.443967126641597e-2, (-2.3109837891330226e-2), 0e+0][__t3]
 + [0e+0, 0e+0, 6.751074819937274e-2, (-2.1803416838023018e-2), 0e+0][__t4]
 + [0e+0, 0e+0, 2.317235397950608e-2, (-1.379364372300907e-1), 0e+0][__t5]
 + [0e+0, 0e+0, 2.8611329580300236e-2, (-9.522778260140188e-2), 0e+0][__t6]
 + [0e+0, 6.050966847683819e-2, 6.050966847683819e-2, (-2.2023538917189812e-2), 0e+0][__t7]
 + [0e+0, 2.1199668564055033e-2, 2.1199668564055033e-2, (-7.336578325029158e-2), 0e+0][__t8]
 + [0e+0, 6.008478507861606e-2, (-2.267479158532447e-2), (-2.267479158532447e-2), 0e+0][__t9]
 + [2.544170277485912e-2, 2.544170277485912e-2, 5.5640434572696365e-2, (-6.2358621110625255e-3), (-6.696001690252681e-2)][__t10]
 + [2.299007591162197e-2, 5.136227848012301e-2, (-6.091112629765156e-3), (-6.091112629765156e-3), (-6.162259965244503e-2)][__t12]
 + [0e+0, 1.5447796169944593e-2, 1.5447796169944593e-2, (-5.570599964755714e-2), 0e+0][__t13]
 + [0e+0, 1.6938486310789175e-2, (-4.9880844132607224e-2), 0e+0, 0e+0][__t14]
 + [0e+0, 4.419098292691715e-2, 4.419098292691715e-2, (-1.8834628276731213e-2), 0e+0][__t15]
 + [0e+0, 1.7892139201617453e-2, 1.7892139201617453e-2, 1.7892139201617453e-2, (-5.061986056951367e-2)][__t16]
 + [0e+0, 0e+0, 0e+0, 6.79569016662152e-2, (-2.539007566459188e-2)][__t17]
 + [1.8091845836031184e-2, 1.8091845836031184e-2, 1.8091845836031184e-2, (-5.367195931869264e-2), 0e+0][__t18]
 + [3.728485014514984e-2, 3.728485014514984e-2, (-2.1318037855996758e-2), (-2.1318037855996758e-2), (-2.1318037855996758e-2)][__t19]
 + [0e+0, 1.5779148561676955e-2, 1.5779148561676955e-2, (-4.708096247537079e-2), 0e+0][__t20]
 + [0e+0, 0e+0, 0e+0, 5.505243871476652e-2, (-2.3238995441952265e-2)][__t21]
 + [1.0077559465023337e-2, 1.0077559465023337e-2, 1.0077559465023337e-2, 1.0077559465023337e-2, (-5.971818068099831e-2)][__t22]
 + [3.130337960610698e-2, 3.130337960610698e-2, (-1.825471494054199e-2), (-1.825471494054199e-2), (-1.825471494054199e-2)][__t23]
 + [1.3056640217646017e-2, (-6.655306121271809e-2), 0e+0, 0e+0, 0e+0][__t24]
 + [0e+0, 1.0828796247346204e-2, 1.0828796247346204e-2, 1.0828796247346204e-2, (-4.160093868066744e-2)][__t25]
 + [2.7234619962034138e-2, 2.7234619962034138e-2, (-1.6097581199658047e-2), (-1.6097581199658047e-2), (-1.6097581199658047e-2)][__t26]
 + [2.4612135165096825e-2, (-1.462948771306763e-2), (-1.462948771306763e-2), (-1.462948771306763e-2), (-1.462948771306763e-2)][__t28]
 + [0e+0, 2.196958236184235e-2, (-1.30527129848837e-2), (-1.30527129848837e-2), 0e+0][__t30]
 + [0e+0, 1.2177723513085182e-2, 1.2177723513085182e-2, (-3.4923321343373184e-2), 0e+0][__t31]
 + [0e+0, 1.943060601442873e-2, (-1.162297759861219e-2), (-1.162297759861219e-2), 0e+0][__t32]
 + [0e+0, 0e+0, 8.689187172915832e-3, 8.689187172915832e-3, (-2.854233548018064e-2)][__t34]
 + [0e+0, 1.6750221613170396e-2, (-1.0124005265614454e-2), (-1.0124005265614454e-2), 0e+0][__t36]
 + [5.2022615490499085e-3, 5.2022615490499085e-3, 5.2022615490499085e-3, 5.2022615490499085e-3, (-3.278044960824348e-2)][__t39]
 + [1.579700214714157e-2, (-9.862648268839634e-3), (-9.862648268839634e-3), (-9.862648268839634e-3), (-9.862648268839634e-3)][__t41]
 + [1.5183724200695088e-2, (-9.3533971876241e-3), (-9.3533971876241e-3), (-9.3533971876241e-3), 0e+0][__t42]
 + [4.100548542354165e-3, 4.100548542354165e-3, 4.100548542354165e-3, 4.100548542354165e-3, (-2.6639499432506288e-2)][__t47]
 + [1.30054986911392e-2, 1.30054986911392e-2, 1.30054986911392e-2, (-8.172772442840934e-3), (-8.172772442840934e-3)][__t49]
 + [7.855020978484792e-3, 7.855020978484792e-3, 7.855020978484792e-3, (-3.229187794290781e-2), 0e+0][__t51]
 + [1.1912305436393171e-2, 1.1912305436393171e-2, (-7.490425220475186e-3), (-7.490425220475186e-3), (-7.490425220475186e-3)][__t52]
 + [1.1383491089908358e-2, 1.1383491089908358e-2, 1.1383491089908358e-2, (-6.884960288099123e-3), (-6.884960288099123e-3)][__t57]
 + [0e+0, 9.78855465822658e-3, (-4.063169492859649e-2), 0e+0, 0e+0][__t58]
 + [0e+0, 4.016239218505936e-3, (-4.015120532200861e-2), 0e+0, 0e+0][__t60]
 + [9.738839576312898e-3, 9.738839576312898e-3, (-6.545175221340838e-3), (-6.545175221340838e-3), (-6.545175221340838e-3)][__t61]
 + [0e+0, 1.8350597109545397e-2, (-7.194100849980163e-2), 0e+0, 0e+0][__t62]
 + [9.074416862823741e-3, 9.074416862823741e-3, 9.074416862823741e-3, 9.074416862823741e-3, (-6.105598579735393e-3)][__t66]
 + [0e+0, 0e+0, 1.7049325077231864e-2, (-1.5017449295656998e-2), 0e+0][__t67]
 + [0e+0, 0e+0, 2.8290142964425252e-2, (-1.857147931349018e-2), 0e+0][__t70]
 + [6.921785692915143e-3, (-3.763403389160357e-2), 0e+0, 0e+0, 0e+0][__t72]
 + [0e+0, 1.2710638620282296e-2, (-3.718677713807068e-2), 0e+0, 0e+0][__t74]
 + [0e+0, 0e+0, 2.531923440094548e-2, (-1.675764980333195e-2), 0e+0][__t76]
 + [0e+0, 0e+0, 1.3065273935598212e-2, (-5.436334756408058e-2), 0e+0][__t79]
 + [7.023340707197862e-3, 7.023340707197862e-3, 7.023340707197862e-3, 7.023340707197862e-3, (-4.929798517794883e-3)][__t82]
 + [7.437011392412304e-3, (-3.659539074988129e-2), 1.0530650748167497e-2, (-7.692677517753873e-3), (-7.692677517753873e-3)][__t84]
 + [0e+0, 0e+0, 1.2564835249238807e-2, (-4.9630093280235e-2), 0e+0][__t91]
 + [6.150027739407419e-3, 6.150027739407419e-3, 6.150027739407419e-3, (-4.310261244688121e-3), (-4.310261244688121e-3)][__t93]
 + [0e+0, 6.504889617590759e-3, 6.504889617590759e-3, 6.504889617590759e-3, (-4.100706454161145e-3)][__t98]
 + [0e+0, 0e+0, 4.244951467453863e-2, (-4.356275329620253e-2), 0e+0][__t101]
 + [0e+0, 0e+0, 3.0614083822842416e-2, (-1.970701237472336e-2), 0e+0][__t102]
 + [0e+0, 1.2485428706587592e-2, 1.2485428706587592e-2, (-9.363878216868925e-3), (-9.363878216868925e-3)][__t105]
 + [0e+0, 0e+0, 0e+0, 3.6573101105370966e-2, (-6.210803575298129e-2)][__t106]
 + [0e+0, 0e+0, 7.765928181014131e-3, (-3.46227719784676e-2), 0e+0][__t110]
 + [0e+0, 5.349090877219489e-3, 5.349090877219489e-3, (-2.2773503018474958e-2), 0e+0][__t111]
 + [0e+0, 0e+0, 4.0134596816381075e-2, (-4.1115611681997656e-2), 0e+0][__t112]
 + [0e+0, 9.111319949563417e-3, 9.111319949563417e-3, (-2.7556018803211627e-2), 0e+0][__t114]
 + [0e+0, 0e+0, 0e+0, 8.541174294899255e-3, (-6.553087306702274e-3)][__t115]
 + [0e+0, 0e+0, 0e+0, 4.3995145609341105e-2, (-2.7745691548359323e-2)][__t118]
 + [1.2499761879134165e-2, (-1.4035645656475262e-2), 8.210643673108864e-3, (-6.037555030397398e-3), 0e+0][__t122]
 + [0e+0, 1.1565223333750475e-2, (-4.717230464948216e-2), 0e+0, 0e+0][__t128]
 + [0e+0, 0e+0, 0e+0, 3.485035102540598e-2, (-5.7306699889936676e-2)][__t131]
 + [0e+0, 2.9298873979689007e-2, (-2.1266321932890735e-2), 0e+0, 0e+0][__t133]
 + [0e+0, 0e+0, 0e+0, 1.4114065965925673e-2, (-1.5112938894683417e-2)][__t134]
 + [0e+0, 0e+0, 2.9876093602453656e-2, (-3.263514327700296e-2), 0e+0][__t144]) AS __c7,
  1.012505350765563e+0 * ([0e+0, 2.4025971921172576e-2, 2.4025971921172576e-2, (-7.92360500803585e-3), 0e+0][__t40]
 + [1.1136307185267208e-2, 1.1136307185267208e-2, 1.1136307185267208e-2, 1.1136307185267208e-2, (-3.309706075205844e-3)][__t81]
 + [1.0695548755751459e-2, 1.0695548755751459e-2, (-3.170469130147455e-3), (-3.170469130147455e-3), (-3.170469130147455e-3)][__t84]
 + [6.29154853519845e-2, (-1.5342586533073762e-3), (-1.5342586533073762e-3), (-1.5342586533073762e-3), 0e+0][__t97]
 + [7.1537014540915e-4, 7.1537014540915e-4, 7.1537014540915e-4, (-3.388831732055651e-2), (-3.388831732055651e-2)][__t100]
 + [6.768074447622233e-4, 6.768074447622233e-4, 6.768074447622233e-4, (-3.2120473860582754e-2), (-3.2120473860582754e-2)][__t107]
 + [8.375413765228124e-3, 8.375413765228124e-3, 8.375413765228124e-3, 8.375413765228124e-3, (-2.491372227995737e-3)][__t110]
 + [8.568439599773279e-3, 8.568439599773279e-3, 8.568439599773279e-3, (-2.5259965742543975e-3), (-2.5259965742543975e-3)][__t115]
 + [6.463636332701713e-4, 6.463636332701713e-4, 6.463636332701713e-4, (-3.0664245704765104e-2), (-3.0664245704765104e-2)][__t116]
 + [7.911475975271883e-3, 7.911475975271883e-3, (-2.3259071956742146e-3), (-2.3259071956742146e-3), (-2.3259071956742146e-3)][__t122]
 + [5.511790744272386e-2, (-1.4054637624911458e-3), (-1.4054637624911458e-3), (-1.4054637624911458e-3), 0e+0][__t123]
 + [5.995297937881495e-4, 5.995297937881495e-4, 5.995297937881495e-4, (-2.8543829664638046e-2), (-2.8543829664638046e-2)][__t127]
 + [5.847144061407549e-4, 5.847144061407549e-4, 5.847144061407549e-4, (-2.78011773271626e-2), (-2.78011773271626e-2)][__t136]
 + [5.617036405845361e-4, 5.617036405845361e-4, 5.617036405845361e-4, (-2.6799147122993753e-2), (-2.6799147122993753e-2)][__t143]) AS __c8,
  1.012505350765563e+0 * ([6.771166911372434e-2, (-2.4970367773103415e-2), 0e+0, 0e+0, 0e+0][__t18]
 + [0e+0, 0e+0, 1.9720839521368175e-2, 1.9720839521368175e-2, (-3.0160838859239956e-2)][__t26]
 + [0e+0, 5.189304280649287e-2, (-7.214607789771059e-3), 0e+0, 0e+0][__t33]
 + [1.831911446395629e-2, (-2.0163979350024994e-2), 0e+0, 0e+0, 0e+0][__t35]
 + [8.117366495278645e-2, (-1.5293746006195914e-2), 0e+0, 0e+0, 0e+0][__t37]
 + [0e+0, 2.501669020779691e-2, (-2.245793522181767e-2), 0e+0, 0e+0][__t39]
 + [0e+0, 1.351627710879561e-2, (-2.0543891314628995e-2), (-2.0543891314628995e-2), 0e+0][__t42]
 + [7.414438838367166e-2, (-1.386161646617795e-2), 0e+0, 0e+0, 0e+0][__t44]
 + [2.4344773606345543e-2, (-7.517008766405656e-2), 0e+0, 0e+0, 0e+0][__t46]
 + [0e+0, 1.1622610922936488e-2, 1.1622610922936488e-2, (-1.9546153549749805e-2), 0e+0][__t47]
 + [5.9317022223089835e-2, (-1.3107092754025131e-2), 2.3211771655323617e-2, (-1.9718865743105166e-2), 0e+0][__t48]
 + [0e+0, 3.921375418276881e-2, (-3.959743618799779e-2), 0e+0, 0e+0][__t50]
 + [0e+0, 0e+0, 0e+0, 5.004242132811285e-2, (-1.798141602437576e-2)][__t52]
 + [0e+0, 1.681214688783271e-2, 1.681214688783271e-2, (-8.175514559626312e-2), 0e+0][__t53]
 + [1.1901808009778459e-2, (-7.419403343854514e-3), (-7.419403343854514e-3), 0e+0, 0e+0][__t54]
 + [2.43682137230323e-2, (-7.615592348380418e-2), 0e+0, 0e+0, 0e+0][__t56]
 + [3.447743857342112e-2, (-5.252436482164884e-3), (-5.252436482164884e-3), (-5.252436482164884e-3), 0e+0][__t58]
 + [0e+0, 8.589688266921526e-3, 8.589688266921526e-3, (-9.176337404993785e-3), (-9.176337404993785e-3)][__t60]
 + [0e+0, 0e+0, 0e+0, 7.06491862155921e-2, (-1.1820964446848686e-2)][__t61]
 + [0e+0, 1.5683620422852866e-2, 1.5683620422852866e-2, (-7.555745392912876e-2), 0e+0][__t62]
 + [0e+0, 0e+0, 0e+0, 2.30606420987534e-2, (-5.3186451739375445e-2)][__t63]
 + [9.018312563454723e-3, 9.018312563454723e-3, (-7.308039699456736e-3), 0e+0, 0e+0][__t64]
 + [0e+0, 0e+0, 9.818432692955487e-3, 9.818432692955487e-3, (-5.0156159212473246e-2)][__t65]
 + [0e+0, 0e+0, 1.5968652274195416e-2, (-2.0022021276275375e-2), 0e+0][__t66]
 + [0e+0, 0e+0, 0e+0, 2.127973775229402e-2, (-4.926202321405418e-2)][__t68]
 + [6.503453649100289e-3, (-8.582915567696546e-3), 0e+0, 5.799720026239085e-2, (-2.0863725407732306e-2)][__t69]
 + [0e+0, 3.102003000805395e-2, (-4.950928247261424e-3), 0e+0, 0e+0][__t71]
 + [0e+0, 0e+0, 0e+0, 2.851828470608101e-2, (-3.817418753316221e-2)][__t73]
 + [4.5559873063891976e-2, (-1.0620321860485293e-2), (-1.0620321860485293e-2), 0e+0, 0e+0][__t74]
 + [0e+0, 2.95356941520497e-2, (-5.552412325148325e-3), (-5.552412325148325e-3), 0e+0][__t75]
 + [4.5830844407337396e-2, (-1.1469915053763595e-2), 0e+0, 2.3978415053149033e-2, (-3.4278495934123625e-2)][__t77]
 + [2.1812331017060396e-2, (-4.757437170278171e-3), 0e+0, 7.632208164623205e-3, (-2.2605912078990792e-2)][__t78]
 + [0e+0, 0e+0, 1.4593367202179169e-2, 1.4593367202179169e-2, (-4.5206414051970276e-2)][__t79]
 + [0e+0, 0e+0, 3.0522671999798353e-2, 3.0522671999798353e-2, (-4.1042087875786344e-2)][__t80]
 + [0e+0, 3.841845030027869e-2, (-5.77736970135689e-2), 0e+0, 0e+0][__t81]
 + [0e+0, 0e+0, 9.926535627480191e-3, (-2.6773364962036285e-2), 0e+0][__t82]
 + [0e+0, 2.0784620554247353e-2, (-9.167607544129293e-3), 0e+0, 0e+0][__t83]
 + [0e+0, 0e+0, 0e+0, 1.2532579937682512e-2, (-2.906465283304118e-2)][__t84]
 + [4.083657906499089e-2, (-1.0101444196171237e-2), 0e+0, 2.2592702505474262e-2, (-3.280102807574651e-2)][__t85]
 + [0e+0, 0e+0, 0e+0, 6.457246624794652e-2, (-2.048189495994221e-2)][__t86]
 + [0e+0, 0e+0, 0e+0, 2.4421521479708115e-2, (-1.0920888887818933e-2)][__t88]
 + [0e+0, 0e+0, 4.261750161500025e-3, 4.261750161500025e-3, (-3.9185594885529584e-2)][__t89]
 + [0e+0, 0e+0, 2.9714258194602418e-2, 2.9714258194602418e-2, (-3.6676974676632265e-2)][__t90]
 + [0e+0, 0e+0, 1.7877748196307074e-2, 1.7877748196307074e-2, (-3.1755775849681665e-2)][__t91]
 + [0e+0, 0e+0, 4.543918661942881e-2, (-4.400147128945766e-2), 0e+0][__t92]
 + [2.233856030900598e-2, (-7.699346874090875e-2), 0e+0, 0e+0, 0e+0][__t93]
 + [0e+0, 0e+0, 2.5154511838423498e-2, (-4.155997069650268e-2), (-4.155997069650268e-2)][__t94]
 + [0e+0, 0e+0, 0e+0, 1.617144585611958e-2, (-2.7545021387280523e-2)][__t95]
 + [0e+0, 6.451642920587582e-2, (-1.6733028602095724e-2), 1.951679373740508e-2, (-3.343684819288156e-2)][__t96]
 + [0e+0, 0e+0, 3.6382124077794176e-2, (-1.3008272235960135e-2), 0e+0][__t97]
 + [0e+0, 8.08535624422504e-3, 8.08535624422504e-3, 8.08535624422504e-3, (-3.258372724290088e-3)][__t99]
 + [8.71671356776398e-3, 8.71671356776398e-3, (-3.053390928316898e-3), 4.7330907250726195e-2, (-3.747735390774446e-2)][__t100]
 + [0e+0, 0e+0, 4.144509889760489e-2, 4.144509889760489e-2, (-2.7970743047442903e-2)][__t101]
 + [0e+0, 0e+0, 4.216146418830437e-2, (-4.066178787588685e-2), 0e+0][__t103]
 + [3.855269381803153e-2, (-9.382773154585774e-3), 0e+0, 1.83765210196418e-2, (-3.206576794833575e-2)][__t104]
 + [0e+0, 1.8001270228940967e-2, (-2.650941393416214e-2), 1.688000400460604e-2, (-1.8067960173369185e-2)][__t105]
 + [0e+0, 2.7260810116486147e-2, (-3.5979465478315e-2), 0e+0, 0e+0][__t107]
 + [0e+0, 0e+0, 6.337634797229678e-3, 6.337634797229678e-3, (-3.7530540326207076e-2)][__t108]
 + [0e+0, 0e+0, 0e+0, 6.778279533001533e-2, (-1.6476723528470506e-2)][__t109]
 + [1.4310049465032844e-2, (-7.072731726606861e-2), 0e+0, 0e+0, 0e+0][__t110]
 + [2.017514936999894e-2, (-4.4587164748644105e-3), (-4.4587164748644105e-3), (-4.4587164748644105e-3), 0e+0][__t111]
 + [6.382120985567019e-3, (-4.002778330929723e-3), 3.873256868492978e-2, 3.873256868492978e-2, (-2.6164528694596602e-2)][__t112]
 + [0e+0, 2.6711775288449563e-2, (-6.309964081231318e-3), 0e+0, 0e+0][__t113]
 + [3.723698977852883e-2, (-5.916109780418366e-3), (-5.916109780418366e-3), (-5.916109780418366e-3), 0e+0][__t114]
 + [1.3789714357169011e-2, (-6.671131142006136e-2), 0e+0, 0e+0, 0e+0][__t115]
 + [0e+0, 0e+0, 0e+0, 4.492692155366679e-2, (-3.654307825393616e-2)][__t116]
 + [0e+0, 0e+0, 3.129291454003803e-2, (-3.15085859450842e-2), (-3.15085859450842e-2)][__t117]
 + [0e+0, 0e+0, 3.0867698007102685e-2, (-3.0688794474032183e-2), (-3.0688794474032183e-2)][__t118]
 + [1.916032465421781e-2, (-7.6520338043817755e-3), 6.692348647536647e-2, (-2.6949915824065876e-2), 0e+0][__t119]
 + [0e+0, 1.2381308913874059e-2, (-1.5062485924885802e-2), (-1.5062485924885802e-2), (-1.5062485924885802e-2)][__t121]
 + [0e+0, 0e+0, 7.595127368244907e-2, (-1.2944273742730564e-2), 0e+0][__t123]
 + [0e+0, 3.3577899448027027e-2, (-4.097667750749981e-2), 5.578942400772374e-2, (-1.68117768008191e-2)][__t124]
 + [0e+0, 3.758393467370113e-2, 3.758393467370113e-2, (-1.570935334137763e-2), 0e+0][__t126]
 + [0e+0, 2.5833438507592003e-2, (-3.415589940897512e-2), 4.28018295710939e-2, (-3.52829817582889e-2)][__t127]
 + [0e+0, 1.7213964788897234e-2, 1.7213964788897234e-2, (-3.0215360911141187e-2), (-3.0215360911141187e-2)][__t128]
 + [0e+0, 2.462823108997991e-2, (-5.825535146825672e-3), 0e+0, 0e+0][__t129]
 + [0e+0, 0e+0, 7.737740152766949e-2, (-3.4374682006526247e-3), 0e+0][__t130]
 + [0e+0, 5.925020492249564e-2, (-1.385315030060304e-2), (-1.385315030060304e-2), (-1.385315030060304e-2)][__t132]
 + [0e+0, 0e+0, 9.677824245003117e-3, (-9.95010417557781e-3), (-9.95010417557781e-3)][__t134]
 + [0e+0, 2.007814610568176e-2, 2.007814610568176e-2, 2.007814610568176e-2, (-3.0430502974339944e-2)][__t135]
 + [0e+0, 1.8926217404103093e-2, (-3.295465712496265e-2), 4.0769480502285606e-2, (-3.362338682683148e-2)][__t136]
 + [0e+0, 1.789804059563202e-2, (-5.659774746523747e-3), 0e+0, 0e+0][__t137]
 + [0e+0, 0e+0, 2.6420478967207357e-3, 2.6420478967207357e-3, (-4.483032937879034e-2)][__t138]
 + [4.488689026061553e-2, (-3.917156924394347e-3), (-3.917156924394347e-3), (-3.917156924394347e-3), 0e+0][__t139]
 + [0e+0, 0e+0, 5.7211877390040224e-2, (-1.3198793185141687e-2), (-1.3198793185141687e-2)][__t140]
 + [3.9611234655654255e-2, (-1.985672745836463e-2), (-1.985672745836463e-2), (-1.985672745836463e-2), 0e+0][__t141]
 + [3.2813070890440874e-2, (-4.595605974552859e-2), 0e+0, 0e+0, 0e+0][__t142]
 + [0e+0, 0e+0, 3.2405423135194164e-2, 3.2405423135194164e-2, (-3.1824195937459845e-2)][__t144]) AS __c9,
  1.012505350765563e+0 * ([2.036844420424573e-2, (-9.732768222526711e-2), 0e+0, 0e+0, 0e+0][__t70]
 + [1.9379163765476493e-2, (-9.008669777366071e-2), 0e+0, 0e+0, 0e+0][__t76]
 + [4.461260188224217e-2, (-7.339547101193407e-4), (-7.339547101193407e-4), (-7.339547101193407e-4), (-7.339547101193407e-4)][__t86]
 + [4.175411632476652e-2, (-6.896552014221557e-4), (-6.896552014221557e-4), (-6.896552014221557e-4), (-6.896552014221557e-4)][__t90]
 + [0e+0, 0e+0, 0e+0, 1.7616384611155883e-3, (-5.134459819131526e-2)][__t93]
 + [3.865018406656813e-2, (-6.42485218424864e-4), (-6.42485218424864e-4), (-6.42485218424864e-4), (-6.42485218424864e-4)][__t98]
 + [1.1671473205784391e-3, 1.1671473205784391e-3, (-2.0485742692979224e-2), (-2.0485742692979224e-2), (-2.0485742692979224e-2)][__t101]
 + [3.539372489854271e-2, (-5.924737984271624e-4), (-5.924737984271624e-4), (-5.924737984271624e-4), (-5.924737984271624e-4)][__t109]
 + [1.0983250449583845e-3, 1.0983250449583845e-3, (-1.922264483484772e-2), (-1.922264483484772e-2), (-1.922264483484772e-2)][__t112]
 + [1.8064832000816176e-2, 1.8064832000816176e-2, (-7.253332616436245e-2), 0e+0, 0e+0][__t120]
 + [1.701643713139362e-2, 1.701643713139362e-2, (-6.742745795803011e-2), 0e+0, 0e+0][__t125]
 + [3.243079895324723e-2, (-5.499525116008902e-4), (-5.499525116008902e-4), (-5.499525116008902e-4), (-5.499525116008902e-4)][__t126]
 + [1.750494233837411e-2, (-7.191250843142691e-2), 0e+0, 0e+0, 0e+0][__t130]
 + [3.0030339316312292e-2, (-5.133790636240039e-4), (-5.133790636240039e-4), (-5.133790636240039e-4), (-5.133790636240039e-4)][__t140]
 + [0e+0, 3.7427615686987964e-2, (-1.301287980062833e-2), (-1.301287980062833e-2), 0e+0][__t141]
 + [3.140420727595236e-2, 3.140420727595236e-2, (-2.8498943766125297e-3), (-2.8498943766125297e-3), 0e+0][__t142]
 + [9.06875189142075e-4, 9.06875189142075e-4, (-1.5824000516709243e-2), (-1.5824000516709243e-2), (-1.5824000516709243e-2)][__t144]) AS __c10,
  1.012505350765563e+0 * ([0e+0, 2.3113470649811813e-1, (-9.063130064526817e-3), (-9.063130064526817e-3), 0e+0][__t2]
 + [0e+0, 2.0621701998838493e-1, (-9.28960078095789e-3), (-9.28960078095789e-3), 0e+0][__t4]
 + [1.800397616679213e-1, (-1.4973287307688904e-2), 0e+0, 0e+0, 0e+0][__t5]
 + [1.2160007443368034e-1, (-1.7644128688294645e-2), (-1.7644128688294645e-2), (-1.7644128688294645e-2), 0e+0][__t6]
 + [1.0965944996027588e-1, (-1.5892143483073915e-2), (-1.5892143483073915e-2), (-1.5892143483073915e-2), 0e+0][__t8]
 + [0e+0, 0e+0, 2.6324840501773854e-2, (-3.73057386618237e-2), 0e+0][__t9]
 + [1.3426246038315906e-1, (-1.2753596166814846e-2), 0e+0, 0e+0, 0e+0][__t10]
 + [9.849596781520101e-2, (-1.4026671339747372e-2), (-1.4026671339747372e-2), (-1.4026671339747372e-2), 0e+0][__t11]
 + [0e+0, 0e+0, 2.2351553390716785e-2, (-6.627220357782976e-2), 0e+0][__t12]
 + [9.21849155753868e-2, (-1.2828601594083885e-2), (-1.2828601594083885e-2), (-1.2828601594083885e-2), 0e+0][__t13]
 + [1.0256499439193557e-1, (-1.0052849478203386e-2), (-1.0052849478203386e-2), (-1.0052849478203386e-2), (-1.0052849478203386e-2)][__t16]
 + [8.101853910178955e-2, (-1.0593145162305175e-2), (-1.0593145162305175e-2), 0e+0, 0e+0][__t17]
 + [8.940768001980721e-2, (-8.280871674647687e-3), (-8.280871674647687e-3), (-8.280871674647687e-3), (-8.280871674647687e-3)][__t20]
 + [7.196896464395222e-2, (-8.763687304889387e-3), (-8.763687304889387e-3), 0e+0, 0e+0][__t21]
 + [7.377704802691955e-2, (-7.1641541119766665e-3), (-7.1641541119766665e-3), (-7.1641541119766665e-3), 0e+0][__t22]
 + [7.704855118532535e-2, (-6.223743711934363e-3), (-6.223743711934363e-3), (-6.223743711934363e-3), (-6.223743711934363e-3)][__t25]
 + [7.183041930842911e-2, (-5.622413598202274e-3), (-5.622413598202274e-3), (-5.622413598202274e-3), (-5.622413598202274e-3)][__t27]
 + [6.680170300892578e-2, (-5.072112631915591e-3), (-5.072112631915591e-3), (-5.072112631915591e-3), (-5.072112631915591e-3)][__t30]
 + [6.271034010535421e-2, (-4.624389141532303e-3), (-4.624389141532303e-3), (-4.624389141532303e-3), (-4.624389141532303e-3)][__t32]
 + [5.8608727250225444e-2, (-4.192001216479768e-3), (-4.192001216479768e-3), (-4.192001216479768e-3), (-4.192001216479768e-3)][__t34]
 + [5.406131179255784e-2, (-3.7403701261129693e-3), (-3.7403701261129693e-3), (-3.7403701261129693e-3), (-3.7403701261129693e-3)][__t36]
 + [4.990079181555512e-2, (-3.366923328611098e-3), (-3.366923328611098e-3), (-3.366923328611098e-3), (-3.366923328611098e-3)][__t40]
 + [4.613278637098248e-2, (-3.0256321312881166e-3), (-3.0256321312881166e-3), (-3.0256321312881166e-3), (-3.0256321312881166e-3)][__t43]
 + [4.252912639822581e-2, 4.252912639822581e-2, (-2.7214383101164317e-3), (-2.7214383101164317e-3), (-2.7214383101164317e-3)][__t46]
 + [0e+0, 5.153351861647855e-2, (-5.666975820263733e-3), 0e+0, 0e+0][__t47]
 + [0e+0, 8.093744369421574e-2, (-8.500859482436727e-3), 0e+0, 0e+0][__t49]
 + [0e+0, 0e+0, 7.948343384987322e-3, (-2.454997063512363e-2), (-2.454997063512363e-2)][__t52]
 + [0e+0, 1.8608786332051777e-2, (-7.399878089082619e-2), 0e+0, 0e+0][__t53]
 + [3.5886775786639215e-2, 3.5886775786639215e-2, (-2.1833579564551355e-3), (-2.1833579564551355e-3), (-2.1833579564551355e-3)][__t56]
 + [6.063611546043763e-2, (-5.319912350097266e-3), (-5.319912350097266e-3), 0e+0, 0e+0][__t57]
 + [5.750775110812435e-2, (-4.761230101197892e-3), 0e+0, 0e+0, 0e+0][__t61]
 + [0e+0, 0e+0, 5.835014988045385e-2, (-6.160124427920803e-3), 0e+0][__t65]
 + [5.463678185766179e-2, (-4.3151109708185e-3), (-4.3151109708185e-3), (-4.3151109708185e-3), 0e+0][__t66]
 + [0e+0, 0e+0, 0e+0, 4.226160049703526e-2, (-4.041125535380651e-3)][__t72]
 + [0e+0, 0e+0, 4.4060843212037015e-2, (-4.03835779846601e-3), (-4.03835779846601e-3)][__t78]
 + [5.309395799393557e-2, (-3.940747768613813e-3), (-3.940747768613813e-3), (-3.940747768613813e-3), 0e+0][__t82]
 + [0e+0, 0e+0, 5.49896468718236e-2, (-4.819732413577737e-3), (-4.819732413577737e-3)][__t88]
 + [0e+0, 0e+0, 4.481060511262861e-2, (-3.974860250557686e-3), 0e+0][__t89]
 + [4.8828902994873524e-2, 4.8828902994873524e-2, (-3.4170335055923057e-3), 0e+0, 0e+0][__t93]
 + [0e+0, 4.921715245813591e-2, (-3.391616602201722e-3), (-3.391616602201722e-3), 0e+0][__t98]
 + [6.605955112240943e-3, 6.605955112240943e-3, (-1.87292221264207e-2), (-1.87292221264207e-2), 0e+0][__t102]
 + [0e+0, 4.814664348818096e-2, (-4.230576659309555e-3), (-4.230576659309555e-3), (-4.230576659309555e-3)][__t108]
 + [0e+0, 0e+0, 0e+0, 4.7759544818528996e-2, (-3.898610220657988e-3)][__t113]
 + [0e+0, 1.531825855645795e-2, (-6.431866478627146e-2), 0e+0, 0e+0][__t126]
 + [0e+0, 0e+0, 0e+0, 4.552494690654494e-2, (-3.6564949486528114e-3)][__t129]
 + [0e+0, 0e+0, 5.11668697243392e-2, (-1.4300909469431838e-2), (-1.4300909469431838e-2)][__t132]
 + [6.2524317103309825e-3, (-1.8339633279730247e-2), (-1.8339633279730247e-2), 0e+0, 0e+0][__t133]
 + [0e+0, 0e+0, 3.968090087240959e-2, (-3.2672275456376064e-3), 0e+0][__t138]
 + [0e+0, 3.984316632735355e-3, (-4.353008384521382e-2), (-4.353008384521382e-2), 0e+0][__t139]
 + [0e+0, 0e+0, 0e+0, 4.953593541223751e-2, (-1.3757524805343209e-2)][__t140]) AS __c11,
  1.012505350765563e+0 * ([0e+0, 0e+0, 0e+0, 2.2437142739856003e-2, (-1.0321953196046182e-1)][__t0]
 + [3.439396311476028e-2, 3.439396311476028e-2, 3.439396311476028e-2, 3.439396311476028e-2, (-8.938208037630156e-2)][__t5]
 + [3.1244817867756392e-2, 3.1244817867756392e-2, 3.1244817867756392e-2, 3.1244817867756392e-2, (-8.31747237241413e-2)][__t6]
 + [2.789680264474569e-2, 2.789680264474569e-2, 2.789680264474569e-2, 2.789680264474569e-2, (-7.627250780711128e-2)][__t8]
 + [2.3800735088443496e-2, 2.3800735088443496e-2, 2.3800735088443496e-2, 2.3800735088443496e-2, (-6.789295303336292e-2)][__t11]
 + [2.1123464505081513e-2, 2.1123464505081513e-2, 2.1123464505081513e-2, 2.1123464505081513e-2, (-6.1602628576192274e-2)][__t13]
 + [0e+0, 2.0610694490273092e-2, 2.0610694490273092e-2, (-4.2741206793534124e-2), 0e+0][__t14]
 + [1.7509449224654968e-2, 1.7509449224654968e-2, 1.7509449224654968e-2, (-5.321542767484268e-2), (-5.321542767484268e-2)][__t17]
 + [0e+0, 0e+0, 1.963207406398574e-2, 1.963207406398574e-2, (-5.2186765490432135e-2)][__t19]
 + [1.4425760468003888e-2, 1.4425760468003888e-2, 1.4425760468003888e-2, (-4.5901417454393384e-2), (-4.5901417454393384e-2)][__t21]
 + [0e+0, 0e+0, 1.5923266114395037e-2, 1.5923266114395037e-2, (-4.5787322478342385e-2)][__t23]
 + [1.5114234707627353e-2, 1.5114234707627353e-2, 1.5114234707627353e-2, (-4.5212653405463474e-2), 0e+0][__t24]
 + [0e+0, 1.472696643421664e-2, (-4.2677901699222656e-2), 0e+0, 0e+0][__t27]
 + [0e+0, 1.2750308405358072e-2, 1.2750308405358072e-2, 1.2750308405358072e-2, (-4.017620963613519e-2)][__t28]
 + [1.3025642690770986e-2, 1.3025642690770986e-2, (-4.3063441839555176e-2), 0e+0, 0e+0][__t29]
 + [7.957849461664912e-3, 7.957849461664912e-3, 7.957849461664912e-3, 7.957849461664912e-3, (-2.8251657259292476e-2)][__t35]
 + [7.04465994276517e-3, 7.04465994276517e-3, 7.04465994276517e-3, (-2.525811207990348e-2), (-2.525811207990348e-2)][__t38]
 + [0e+0, 7.79792600553963e-3, (-2.5438809531772383e-2), 0e+0, 0e+0][__t43]
 + [9.128062857641471e-3, 9.128062857641471e-3, (-3.4220193710186614e-2), 0e+0, 0e+0][__t45]
 + [4.357965006176149e-3, 4.357965006176149e-3, 4.357965006176149e-3, (-1.616656575093327e-2), (-1.616656575093327e-2)][__t59]
 + [0e+0, 0e+0, 6.019711619666733e-3, (-2.307262008484584e-2), (-2.307262008484584e-2)][__t61]
 + [6.235933281752244e-3, (-2.9331703729114998e-2), 0e+0, 0e+0, 0e+0][__t64]
 + [5.908348572554165e-3, 5.908348572554165e-3, (-2.3717296386742713e-2), (-2.3717296386742713e-2), 0e+0][__t87]) AS __c12,
  1.012505350765563e+0 * ([0e+0, 0e+0, 1.7386252410347643e-2, (-2.9632773964644525e-2), 0e+0][__t28]
 + [0e+0, 0e+0, 1.8786821029406035e-2, (-3.06142182636353e-2), 0e+0][__t30]
 + [0e+0, 0e+0, 1.7141080817971326e-2, (-2.8536536618967233e-2), 0e+0][__t32]
 + [0e+0, 0e+0, 1.4675990005794597e-2, (-2.5251078084147754e-2), 0e+0][__t36]
 + [0e+0, 6.71285952656896e-2, (-1.6247590880913272e-2), 0e+0, 0e+0][__t40]
 + [0e+0, 0e+0, 1.3173644358841441e-2, 1.3173644358841441e-2, (-1.9947323821791603e-2)][__t41]
 + [6.646629348375066e-2, (-1.50125848299635e-2), 0e+0, 0e+0, 0e+0][__t51]
 + [4.699308357916107e-2, 4.699308357916107e-2, (-1.2759440377122077e-2), (-1.2759440377122077e-2), 0e+0][__t70]
 + [4.189256988083869e-2, 4.189256988083869e-2, (-1.1313308591708478e-2), (-1.1313308591708478e-2), 0e+0][__t76]
 + [3.1981774283329836e-2, 3.1981774283329836e-2, 3.1981774283329836e-2, (-9.914074058900726e-3), 0e+0][__t81]
 + [4.394586542346915e-2, (-8.054273006475314e-3), 0e+0, 0e+0, 0e+0][__t89]
 + [0e+0, 0e+0, 4.6620065969267134e-2, 4.6620065969267134e-2, (-2.810039383115643e-2)][__t92]
 + [0e+0, 0e+0, 0e+0, 5.165310513357942e-2, (-3.740819021478769e-2)][__t94]
 + [1.5796198631456107e-2, (-1.215456625190504e-2), 0e+0, 0e+0, 0e+0][__t100]
 + [0e+0, 0e+0, 4.2390378520919106e-2, 4.2390378520919106e-2, (-2.5567218818124612e-2)][__t103]
 + [0e+0, 4.9060866328585584e-2, (-1.4380447461351574e-2), (-1.4380447461351574e-2), (-1.4380447461351574e-2)][__t106]
 + [0e+0, 0e+0, 0e+0, 4.8414435139548184e-2, (-2.7918475163177553e-2)][__t107]
 + [3.609583284163225e-2, 3.609583284163225e-2, (-7.548851746233171e-3), (-7.548851746233171e-3), 0e+0][__t110]
 + [3.247200544271398e-2, 3.247200544271398e-2, (-6.835191713305924e-3), 0e+0, 0e+0][__t115]
 + [0e+0, 0e+0, 0e+0, 4.228619978904266e-2, (-2.306712948443672e-2)][__t117]
 + [3.755277837917421e-2, 3.755277837917421e-2, 3.755277837917421e-2, (-6.798854986459175e-3), 0e+0][__t120]
 + [3.5181718394503604e-2, 3.5181718394503604e-2, 3.5181718394503604e-2, (-6.249438259611166e-3), 0e+0][__t125]
 + [2.674066571225104e-2, 2.674066571225104e-2, (-6.912200987586414e-3), (-6.912200987586414e-3), 0e+0][__t130]
 + [0e+0, 4.784815800825806e-2, (-1.213935807128628e-2), (-1.213935807128628e-2), (-1.213935807128628e-2)][__t131]
 + [2.997472925917129e-2, (-5.214558331737295e-3), 0e+0, 0e+0, 0e+0][__t138]
 + [1.0779181472621866e-2, 1.0779181472621866e-2, 1.0779181472621866e-2, 1.0779181472621866e-2, (-1.4085385228660935e-3)][__t141]
 + [0e+0, 0e+0, 0e+0, 4.3422591131256315e-2, (-2.6502438298377607e-2)][__t143]) AS __c23,
  1.012505350765563e+0 * ([2.1361375657664654e-2, (-7.41440471631577e-2), 0e+0, 0e+0, 0e+0][__t120]
 + [2.0258791815888168e-2, (-6.902221956176893e-2), 0e+0, 0e+0, 0e+0][__t125]) AS __c25,
  1.012505350765563e+0 * ([(-6.932325483122298e-2), (-6.932325483122298e-2), 3.63563967538555e-2, 3.63563967538555e-2, 0e+0][__t5]
 + [0e+0, (-5.941394489268825e-2), 3.370246821516691e-2, 3.370246821516691e-2, 0e+0][__t6]
 + [0e+0, (-6.0765554123655655e-2), 2.852256340568316e-2, 0e+0, 0e+0][__t8]
 + [(-5.526561173317515e-2), (-5.526561173317515e-2), 2.965677259154684e-2, 2.965677259154684e-2, 0e+0][__t10]
 + [(-4.999574113645537e-2), 2.3831854162151653e-2, 2.3831854162151653e-2, 2.3831854162151653e-2, 0e+0][__t12]
 + [0e+0, (-3.586013354241538e-2), (-3.586013354241538e-2), 2.0301793501062405e-2, 0e+0][__t16]
 + [1.0287454150750237e-2, (-5.233468087113443e-2), 0e+0, 0e+0, 0e+0][__t29]
 + [0e+0, 0e+0, 0e+0, 1.087057004733015e-2, (-4.0601465508561106e-2)][__t37]
 + [5.529663933506235e-3, (-6.1345019432273315e-2), 0e+0, 0e+0, 0e+0][__t45]
 + [6.664196237574834e-3, (-3.799758796618195e-2), 0e+0, 2.2262749036768933e-2, (-1.0333256207128678e-2)][__t55]
 + [0e+0, 0e+0, 0e+0, (-5.057781148920727e-2), 1.2749561522564828e-2][__t59]
 + [(-1.656844123493926e-2), 5.475234258414635e-3, 0e+0, 0e+0, 0e+0][__t65]
 + [0e+0, 0e+0, 6.176521018805706e-3, 6.176521018805706e-3, (-2.8850722934688107e-2)][__t67]
 + [0e+0, 0e+0, 0e+0, 7.4867529265964985e-3, (-2.6667980171961543e-2)][__t71]
 + [3.988613141885609e-3, (-4.7013028570003355e-2), 0e+0, 0e+0, 0e+0][__t87]
 + [(-1.712599633120633e-2), 3.0014413251400196e-3, 0e+0, 0e+0, 0e+0][__t91]
 + [1.7123328838463971e-3, (-1.6518106226312244e-2), (-1.6518106226312244e-2), (-1.6518106226312244e-2), (-1.6518106226312244e-2)][__t92]
 + [1.5535480558920177e-3, (-1.4908618679718294e-2), (-1.4908618679718294e-2), (-1.4908618679718294e-2), (-1.4908618679718294e-2)][__t103]
 + [1.5137133762390235e-3, (-1.4536161362635122e-2), (-4.444047862477254e-2), 2.579267200640465e-2, 2.579267200640465e-2][__t106]
 + [1.2442094688338856e-3, (-4.5376783062347555e-2), 9.40472030072697e-3, 9.40472030072697e-3, 9.40472030072697e-3][__t118]
 + [0e+0, 3.0974214711547645e-3, (-2.757811563601272e-2), (-2.757811563601272e-2), 0e+0][__t123]
 + [0e+0, (-9.445048379584594e-3), (-9.445048379584594e-3), (-9.445048379584594e-3), 2.027319786980194e-3][__t126]
 + [1.161504027026048e-3, (-1.4278876580295969e-2), (-5.0148474419129375e-2), 1.9305302526562054e-2, 1.9305302526562054e-2][__t131]
 + [0e+0, 0e+0, 2.8379739098195435e-2, (-2.7102073451547186e-2), 0e+0][__t141]) AS __c26
FROM (SELECT "__lead",
  __v0,
  __v1,
  __v2,
  __v4,
  __v5,
  __v6,
  __v7,
  __v8,
  __v9,
  __v10,
  __v11,
  __v12,
  __v23,
  __v25,
  __v26,
  CASE WHEN __f5 <= 6.55e+2 THEN CASE WHEN (__f0 = 2) THEN 1 ELSE CASE WHEN (__f7 = 1 OR __f7 = 10) THEN 2 ELSE 3 END END ELSE CASE WHEN (__f12 = 0) THEN 4 ELSE 5 END END AS __t0,
  CASE WHEN __f5 <= 6.015e+2 THEN CASE WHEN (__f0 = 2) THEN 1 ELSE CASE WHEN (__f7 = 1 OR __f7 = 10) THEN 2 ELSE 3 END END ELSE CASE WHEN (__f7 = 0 OR __f7 = 1 OR __f7 = 10 OR __f7 = 11 OR __f7 = 12) THEN 4 ELSE 5 END END AS __t1,
  CASE WHEN __f5 <= 6.55e+2 THEN CASE WHEN (__f0 = 2) THEN 1 ELSE CASE WHEN (__f11 = 1 OR __f11 = 4) THEN 2 ELSE CASE WHEN (__f7 = 1 OR __f7 = 10 OR __f7 = 12) THEN 3 ELSE 4 END END END ELSE 5 END AS __t2,
  CASE WHEN __f5 <= 5.605e+2 THEN CASE WHEN (__f0 = 2) THEN 1 ELSE CASE WHEN (__f7 = 1 OR __f7 = 10) THEN CASE WHEN __f4 <= 5e-1 THEN 2 ELSE 3 END ELSE 4 END END ELSE 5 END AS __t3,
  CASE WHEN __f5 <= 7.465e+2 THEN CASE WHEN (__f0 = 2) THEN 1 ELSE CASE WHEN (__f11 = 1 OR __f11 = 4) THEN 2 ELSE CASE WHEN (__f7 = 1 OR __f7 = 10 OR __f7 = 12) THEN 3 ELSE 4 END END END ELSE 5 END AS __t4,
  CASE WHEN (__f12 = 0) THEN CASE WHEN __f26 <= 1.261875e+2 THEN CASE WHEN (__f11 = 1 OR __f11 = 4) THEN 1 ELSE 2 END ELSE CASE WHEN (__f7 = 0 OR __f7 = 1 OR __f7 = 3 OR __f7 = 6 OR __f7 = 7 OR __f7 = 8 OR __f7 = 9 OR __f7 = 10 OR __f7 = 11 OR __f7 = 12) THEN 3 ELSE 4 END END ELSE 5 END AS __t5,
  CASE WHEN (__f12 = 0) THEN CASE WHEN (__f11 = 1 OR __f11 = 4) THEN 1 ELSE CASE WHEN __f26 <= 1.261875e+2 THEN 2 ELSE CASE WHEN (__f7 = 0 OR __f7 = 1 OR __f7 = 7 OR __f7 = 9 OR __f7 = 10 OR __f7 = 11 OR __f7 = 12) THEN 3 ELSE 4 END END END ELSE 5 END AS __t6,
  CASE WHEN __f5 <= 5.605e+2 THEN CASE WHEN (__f0 = 2) THEN 1 ELSE CASE WHEN (__f7 = 1 OR __f7 = 8 OR __f7 = 10 OR __f7 = 12) THEN CASE WHEN __f4 <= 5e-1 THEN 2 ELSE 3 END ELSE 4 END END ELSE 5 END AS __t7,
  CASE WHEN (__f12 = 0) THEN CASE WHEN (__f11 = 1 OR __f11 = 4) THEN 1 ELSE CASE WHEN (__f7 = 0 OR __f7 = 1 OR __f7 = 6 OR __f7 = 7 OR __f7 = 10 OR __f7 = 11 OR __f7 = 12) THEN CASE WHEN __f26 <= 1.097840909090909e+2 THEN 2 ELSE 3 END ELSE 4 END END ELSE 5 END AS __t8,
  CASE WHEN __f5 <= 7.465e+2 THEN CASE WHEN (__f0 = 2) THEN 1 ELSE CASE WHEN (__f7 = 1 OR __f7 = 10) THEN 2 ELSE CASE WHEN (__f11 = 0 OR __f11 = 1 OR __f11 = 4) THEN 3 ELSE 4 END END END ELSE 5 END AS __t9,
  CASE WHEN (__f7 = 0 OR __f7 = 1 OR __f7 = 8 OR __f7 = 10 OR __f7 = 11 OR __f7 = 12) THEN CASE WHEN __f26 <= 1.261875e+2 THEN CASE WHEN (__f11 = 1 OR __f11 = 2 OR __f11 = 4) THEN 1 ELSE 2 END ELSE CASE WHEN (__f7 = 1 OR __f7 = 11 OR __f7 = 12) THEN 3 ELSE 4 END END ELSE 5 END AS __t10,
  CASE WHEN (__f12 = 0) THEN CASE WHEN (__f11 = 1 OR __f11 = 4) THEN 1 ELSE CASE WHEN __f5 <= 7.655e+2 THEN CASE WHEN __f4 <= 5e-1 THEN 2 ELSE 3 END ELSE 4 END END ELSE 5 END AS __t11,
  CASE WHEN (__f7 = 0 OR __f7 = 1 OR __f7 = 8 OR __f7 = 10 OR __f7 = 11 OR __f7 = 12) THEN CASE WHEN __f26 <= 1.1158333333333334e+2 THEN 1 ELSE CASE WHEN (__f7 = 1 OR __f7 = 11 OR __f7 = 12) THEN 2 ELSE CASE WHEN (__f11 = 0 OR __f11 = 1 OR __f11 = 4) THEN 3 ELSE 4 END END END ELSE 5 END AS __t12,
  CASE WHEN (__f12 = 0) THEN CASE WHEN (__f11 = 1 OR __f11 = 4) THEN 1 ELSE CASE WHEN (__f7 = 0 OR __f7 = 1 OR __f7 = 6 OR __f7 = 7 OR __f7 = 10 OR __f7 = 11 OR __f7 = 12) THEN CASE WHEN (__f1 = 0 OR __f1 = 2 OR __f1 = 4 OR __f1 = 6 OR __f1 = 8 OR __f1 = 9) THEN 2 ELSE 3 END ELSE 4 END END ELSE 5 END AS __t13,
  CASE WHEN __f5 <= 5.605e+2 THEN CASE WHEN (__f0 = 2) THEN 1 ELSE CASE WHEN (__f12 = 0 OR __f12 = 2) THEN CASE WHEN (__f7 = 0 OR __f7 = 1 OR __f7 = 6 OR __f7 = 8 OR __f7 = 10 OR __f7 = 11 OR __f7 = 12) THEN 2 ELSE 3 END ELSE 4 END END ELSE 5 END AS __t14,
  CASE WHEN __f5 <= 5.605e+2 THEN CASE WHEN (__f0 = 2) THEN 1 ELSE CASE WHEN (__f7 = 1 OR __f7 = 8 OR __f7 = 10) THEN CASE WHEN __f6 <= 1.7650000000000001e+0 THEN 2 ELSE 3 END ELSE 4 END END ELSE 5 END AS __t15,
  CASE WHEN (__f11 = 1 OR __f11 = 4) THEN 1 ELSE CASE WHEN (__f7 = 0 OR __f7 = 1 OR __f7 = 7 OR __f7 = 8 OR __f7 = 10 OR __f7 = 11 OR __f7 = 12) THEN CASE WHEN __f26 <= 1.261875e+2 THEN CASE WHEN __f4 <= 7.5e+0 THEN 2 ELSE 3 END ELSE 4 END ELSE 5 END END AS __t16,
  CASE WHEN (__f12 = 0) THEN CASE WHEN (__f11 = 1 OR __f11 = 4) THEN 1 ELSE CASE WHEN (__f0 = 2) THEN 2 ELSE 3 END END ELSE CASE WHEN (__f7 = 1) THEN 4 ELSE 5 END END AS __t17,
  CASE WHEN __f5 <= 7.465e+2 THEN CASE WHEN (__f7 = 0 OR __f7 = 1 OR __f7 = 6 OR __f7 = 8 OR __f7 = 10 OR __f7 = 11 OR __f7 = 12) THEN CASE WHEN __f6 <= 1.26e+0 THEN CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 2 OR __f9 = 3 OR __f9 = 4 OR __f9 = 5 OR __f9 = 6 OR __f9 = 7 OR __f9 = 9 OR __f9 = 15) THEN 1 ELSE 2 END ELSE 3 END ELSE 4 END ELSE 5 END AS __t18,
  CASE WHEN (__f7 = 1 OR __f7 = 10 OR __f7 = 11 OR __f7 = 12) THEN CASE WHEN __f5 <= 4.175e+2 THEN 1 ELSE 2 END ELSE CASE WHEN (__f12 = 0 OR __f12 = 2) THEN CASE WHEN (__f0 = 2 OR __f0 = 5) THEN 3 ELSE 4 END ELSE 5 END END AS __t19,
  CASE WHEN (__f11 = 1 OR __f11 = 4) THEN 1 ELSE CASE WHEN __f5 <= 7.655e+2 THEN CASE WHEN (__f7 = 0 OR __f7 = 1 OR __f7 = 6 OR __f7 = 8 OR __f7 = 10 OR __f7 = 11 OR __f7 = 12) THEN CASE WHEN __f6 <= 1.26e+0 THEN 2 ELSE 3 END ELSE 4 END ELSE 5 END END AS __t20,
  CASE WHEN (__f12 = 0) THEN CASE WHEN (__f11 = 1 OR __f11 = 4) THEN 1 ELSE CASE WHEN (__f1 = 0 OR __f1 = 2 OR __f1 = 4 OR __f1 = 6 OR __f1 = 8 OR __f1 = 9) THEN 2 ELSE 3 END END ELSE CASE WHEN (__f7 = 1) THEN 4 ELSE 5 END END AS __t21,
  CASE WHEN (__f7 = 0 OR __f7 = 1 OR __f7 = 3 OR __f7 = 6 OR __f7 = 7 OR __f7 = 8 OR __f7 = 9 OR __f7 = 10 OR __f7 = 11 OR __f7 = 12) THEN CASE WHEN (__f11 = 1 OR __f11 = 4) THEN 1 ELSE CASE WHEN __f5 <= 5.085e+2 THEN CASE WHEN __f6 <= 1.26e+0 THEN 2 ELSE 3 END ELSE 4 END END ELSE 5 END AS __t22,
  CASE WHEN (__f7 = 1 OR __f7 = 10 OR __f7 = 11 OR __f7 = 12) THEN CASE WHEN __f2 <= 5e-1 THEN 1 ELSE 2 END ELSE CASE WHEN (__f12 = 0 OR __f12 = 2) THEN CASE WHEN (__f0 = 2 OR __f0 = 5) THEN 3 ELSE 4 END ELSE 5 END END AS __t23,
  CASE WHEN __f5 <= 7.845e+2 THEN CASE WHEN (__f12 = 0) THEN CASE WHEN (__f1 = 0 OR __f1 = 2 OR __f1 = 4 OR __f1 = 6 OR __f1 = 8 OR __f1 = 9) THEN CASE WHEN (__f7 = 0 OR __f7 = 1 OR __f7 = 3 OR __f7 = 6 OR __f7 = 8 OR __f7 = 11) THEN 1 ELSE 2 END ELSE 3 END ELSE 4 END ELSE 5 END AS __t24,
  CASE WHEN (__f11 = 1) THEN 1 ELSE CASE WHEN (__f7 = 0 OR __f7 = 1 OR __f7 = 6 OR __f7 = 7 OR __f7 = 8 OR __f7 = 9 OR __f7 = 10 OR __f7 = 11 OR __f7 = 12) THEN CASE WHEN __f5 <= 7.845e+2 THEN CASE WHEN __f6 <= 1.26e+0 THEN 2 ELSE 3 END ELSE 4 END ELSE 5 END END AS __t25,
  CASE WHEN (__f7 = 1 OR __f7 = 10 OR __f7 = 11 OR __f7 = 12) THEN CASE WHEN (__f0 = 1 OR __f0 = 2) THEN 1 ELSE 2 END ELSE CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 2 OR __f9 = 3 OR __f9 = 4 OR __f9 = 5 OR __f9 = 6 OR __f9 = 7 OR __f9 = 9 OR __f9 = 10 OR __f9 = 11 OR __f9 = 13 OR __f9 = 14 OR __f9 = 15 OR __f9 = 16 OR __f9 = 17) THEN CASE WHEN (__f0 = 1 OR __f0 = 2 OR __f0 = 3 OR __f0 = 5) THEN 3 ELSE 4 END ELSE 5 END END AS __t26,
  CASE WHEN (__f11 = 1) THEN 1 ELSE CASE WHEN __f2 <= 5e-1 THEN CASE WHEN __f5 <= 4.645e+2 THEN CASE WHEN (__f12 = 0 OR __f12 = 2) THEN 2 ELSE 3 END ELSE 4 END ELSE 5 END END AS __t27,
  CASE WHEN (__f7 = 1 OR __f7 = 10 OR __f7 = 11 OR __f7 = 12) THEN 1 ELSE CASE WHEN (__f12 = 0 OR __f12 = 2) THEN CASE WHEN (__f0 = 2 OR __f0 = 5) THEN 2 ELSE CASE WHEN (__f23 = 0 OR __f23 = 1 OR __f23 = 2 OR __f23 = 3) THEN 3 ELSE 4 END END ELSE 5 END END AS __t28,
  CASE WHEN __f2 <= 5e-1 THEN CASE WHEN __f5 <= 5.085e+2 THEN CASE WHEN (__f12 = 0) THEN CASE WHEN __f26 <= 9.825e+1 OR __f26 IS NULL THEN 1 ELSE 2 END ELSE 3 END ELSE 4 END ELSE 5 END AS __t29,
  CASE WHEN (__f11 = 1) THEN 1 ELSE CASE WHEN __f2 <= 5e-1 THEN CASE WHEN (__f7 = 1 OR __f7 = 5 OR __f7 = 10 OR __f7 = 11 OR __f7 = 12) THEN 2 ELSE CASE WHEN (__f23 = 0 OR __f23 = 1 OR __f23 = 2 OR __f23 = 3 OR __f23 = 4) THEN 3 ELSE 4 END END ELSE 5 END END AS __t30,
  CASE WHEN (__f1 = 4 OR __f1 = 6 OR __f1 = 8 OR __f1 = 9) THEN 1 ELSE CASE WHEN __f5 <= 4.245e+2 THEN CASE WHEN (__f7 = 0 OR __f7 = 1 OR __f7 = 8 OR __f7 = 10 OR __f7 = 11 OR __f7 = 12) THEN CASE WHEN __f6 <= 1.26e+0 THEN 2 ELSE 3 END ELSE 4 END ELSE 5 END END AS __t31,
  CASE WHEN (__f11 = 1) THEN 1 ELSE CASE WHEN __f2 <= 5e-1 THEN CASE WHEN (__f7 = 1 OR __f7 = 5 OR __f7 = 10 OR __f7 = 11 OR __f7 = 12) THEN 2 ELSE CASE WHEN (__f23 = 0 OR __f23 = 1 OR __f23 = 2 OR __f23 = 3 OR __f23 = 4) THEN 3 ELSE 4 END END ELSE 5 END END AS __t32,
  CASE WHEN (__f1 = 4 OR __f1 = 6 OR __f1 = 8 OR __f1 = 9) THEN 1 ELSE CASE WHEN __f2 <= 5e-1 THEN CASE WHEN __f5 <= 5.085e+2 THEN CASE WHEN (__f9 = 3 OR __f9 = 7 OR __f9 = 9 OR __f9 = 13 OR __f9 = 15) THEN 2 ELSE 3 END ELSE 4 END ELSE 5 END END AS __t33,
  CASE WHEN (__f11 = 1) THEN 1 ELSE CASE WHEN (__f0 = 2 OR __f0 = 5) THEN 2 ELSE CASE WHEN (__f7 = 0 OR __f7 = 1 OR __f7 = 7 OR __f7 = 9 OR __f7 = 10 OR __f7 = 12) THEN CASE WHEN __f4 <= 7.5e+0 OR __f4 IS NULL THEN 3 ELSE 4 END ELSE 5 END END END AS __t34,
  CASE WHEN (__f12 = 0) THEN CASE WHEN (__f1 = 0 OR __f1 = 2 OR __f1 = 3 OR __f1 = 4 OR __f1 = 5 OR __f1 = 6 OR __f1 = 8 OR __f1 = 9) THEN CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 2 OR __f9 = 3 OR __f9 = 5 OR __f9 = 6 OR __f9 = 7 OR __f9 = 9 OR __f9 = 11 OR __f9 = 12 OR __f9 = 13 OR __f9 = 14 OR __f9 = 15 OR __f9 = 16) THEN 1 ELSE 2 END ELSE CASE WHEN __f4 <= 2.5e+0 OR __f4 IS NULL THEN 3 ELSE 4 END END ELSE 5 END AS __t35,
  CASE WHEN (__f11 = 1) THEN 1 ELSE CASE WHEN __f2 <= 5e-1 THEN CASE WHEN (__f7 = 1 OR __f7 = 5 OR __f7 = 10 OR __f7 = 11 OR __f7 = 12) THEN 2 ELSE CASE WHEN (__f23 = 0 OR __f23 = 1 OR __f23 = 2 OR __f23 = 3 OR __f23 = 4) THEN 3 ELSE 4 END END ELSE 5 END END AS __t36,
  CASE WHEN __f5 <= 7.845e+2 THEN CASE WHEN __f4 <= 5e-1 THEN CASE WHEN (__f9 = 0 OR __f9 = 2 OR __f9 = 3 OR __f9 = 4 OR __f9 = 5 OR __f9 = 6 OR __f9 = 7 OR __f9 = 9 OR __f9 = 15) THEN 1 ELSE 2 END ELSE 3 END ELSE CASE WHEN __f26 <= 5.579166666666667e+2 OR __f26 IS NULL THEN 4 ELSE 5 END END AS __t37,
  CASE WHEN (__f12 = 0) THEN CASE WHEN (__f1 = 0 OR __f1 = 2 OR __f1 = 3 OR __f1 = 4 OR __f1 = 5 OR __f1 = 6 OR __f1 = 8 OR __f1 = 9) THEN 1 ELSE CASE WHEN __f4 <= 2.5e+0 OR __f4 IS NULL THEN 2 ELSE 3 END END ELSE CASE WHEN __f5 <= 4.245e+2 THEN 4 ELSE 5 END END AS __t38,
  CASE WHEN (__f7 = 0 OR __f7 = 1 OR __f7 = 3 OR __f7 = 6 OR __f7 = 8 OR __f7 = 9 OR __f7 = 10 OR __f7 = 11 OR __f7 = 12) THEN CASE WHEN __f6 <= 1.26e+0 THEN 1 ELSE CASE WHEN __f5 <= 4.175e+2 THEN CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 3 OR __f9 = 7 OR __f9 = 9 OR __f9 = 10 OR __f9 = 11 OR __f9 = 13 OR __f9 = 15 OR __f9 = 16 OR __f9 = 17) THEN 2 ELSE 3 END ELSE 4 END END ELSE 5 END AS __t39,
  CASE WHEN (__f11 = 1) THEN 1 ELSE CASE WHEN __f4 <= 6.5e+0 THEN CASE WHEN (__f8 = 2 OR __f8 = 7) THEN CASE WHEN (__f23 = 0 OR __f23 = 1 OR __f23 = 2 OR __f23 = 4) THEN 2 ELSE 3 END ELSE 4 END ELSE 5 END END AS __t40,
  CASE WHEN (__f7 = 1 OR __f7 = 9 OR __f7 = 10 OR __f7 = 11 OR __f7 = 12) THEN 1 ELSE CASE WHEN (__f0 = 2 OR __f0 = 5) THEN 2 ELSE CASE WHEN (__f23 = 0 OR __f23 = 1 OR __f23 = 2 OR __f23 = 3) THEN CASE WHEN (__f0 = 1) THEN 3 ELSE 4 END ELSE 5 END END END AS __t41,
  CASE WHEN __f2 <= 5e-1 THEN CASE WHEN (__f7 = 1 OR __f7 = 5 OR __f7 = 10 OR __f7 = 11) THEN 1 ELSE CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 2 OR __f9 = 3 OR __f9 = 4 OR __f9 = 5 OR __f9 = 6 OR __f9 = 7 OR __f9 = 9 OR __f9 = 11 OR __f9 = 13 OR __f9 = 14 OR __f9 = 15 OR __f9 = 16 OR __f9 = 17) THEN 2 ELSE CASE WHEN __f6 <= 1.8450000000000002e+0 OR __f6 IS NULL THEN 3 ELSE 4 END END END ELSE 5 END AS __t42,
  CASE WHEN (__f11 = 1) THEN 1 ELSE CASE WHEN (__f1 = 0 OR __f1 = 2 OR __f1 = 3 OR __f1 = 4 OR __f1 = 5 OR __f1 = 6 OR __f1 = 8 OR __f1 = 9) THEN CASE WHEN (__f12 = 0) THEN 2 ELSE 3 END ELSE CASE WHEN __f4 <= 2.5e+0 OR __f4 IS NULL THEN 4 ELSE 5 END END END AS __t43,
  CASE WHEN __f5 <= 7.845e+2 THEN CASE WHEN __f4 <= 5e-1 THEN CASE WHEN (__f9 = 0 OR __f9 = 2 OR __f9 = 3 OR __f9 = 4 OR __f9 = 5 OR __f9 = 6 OR __f9 = 7 OR __f9 = 9 OR __f9 = 12 OR __f9 = 14 OR __f9 = 15 OR __f9 = 17) THEN 1 ELSE 2 END ELSE CASE WHEN __f4 <= 7.5e+0 OR __f4 IS NULL THEN 3 ELSE 4 END END ELSE 5 END AS __t44,
  CASE WHEN __f2 <= 5e-1 THEN CASE WHEN __f5 <= 4.245e+2 THEN CASE WHEN (__f12 = 0) THEN CASE WHEN __f26 <= 1.3358333333333331e+2 OR __f26 IS NULL THEN 1 ELSE 2 END ELSE 3 END ELSE 4 END ELSE 5 END AS __t45,
  CASE WHEN (__f11 = 1) THEN CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 3 OR __f9 = 4 OR __f9 = 5 OR __f9 = 6 OR __f9 = 7 OR __f9 = 8 OR __f9 = 11 OR __f9 = 12 OR __f9 = 13 OR __f9 = 15) THEN 1 ELSE 2 END ELSE CASE WHEN (__f1 = 6) THEN 3 ELSE CASE WHEN __f4 <= 6.5e+0 THEN 4 ELSE 5 END END END AS __t46,
  CASE WHEN (__f7 = 0 OR __f7 = 1 OR __f7 = 3 OR __f7 = 6 OR __f7 = 8 OR __f7 = 9 OR __f7 = 10 OR __f7 = 11 OR __f7 = 12) THEN CASE WHEN __f6 <= 1.26e+0 THEN 1 ELSE CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 2 OR __f9 = 3 OR __f9 = 6 OR __f9 = 7 OR __f9 = 8 OR __f9 = 10 OR __f9 = 13 OR __f9 = 15 OR __f9 = 16) THEN CASE WHEN (__f11 = 1 OR __f11 = 2 OR __f11 = 4) THEN 2 ELSE 3 END ELSE 4 END END ELSE 5 END AS __t47,
  CASE WHEN __f5 <= 4.245e+2 THEN CASE WHEN __f5 <= 1.75e+1 THEN CASE WHEN (__f9 = 0 OR __f9 = 2 OR __f9 = 3 OR __f9 = 4 OR __f9 = 5 OR __f9 = 6 OR __f9 = 7 OR __f9 = 9 OR __f9 = 13 OR __f9 = 14 OR __f9 = 15 OR __f9 = 17) THEN 1 ELSE 2 END ELSE CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 3 OR __f9 = 7 OR __f9 = 9 OR __f9 = 10 OR __f9 = 11 OR __f9 = 13 OR __f9 = 15 OR __f9 = 16 OR __f9 = 17) THEN 3 ELSE 4 END END ELSE 5 END AS __t48,
  CASE WHEN (__f7 = 1 OR __f7 = 9 OR __f7 = 10 OR __f7 = 11 OR __f7 = 12) THEN CASE WHEN (__f0 = 1 OR __f0 = 2) THEN 1 ELSE CASE WHEN (__f11 = 1 OR __f11 = 2) THEN 2 ELSE 3 END END ELSE CASE WHEN (__f0 = 2 OR __f0 = 5) THEN 4 ELSE 5 END END AS __t49,
  CASE WHEN __f2 <= 5e-1 THEN CASE WHEN __f4 <= 4.5e+0 OR __f4 IS NULL THEN 1 ELSE CASE WHEN __f6 <= 4.875e+0 THEN CASE WHEN (__f9 = 1 OR __f9 = 2 OR __f9 = 3 OR __f9 = 4 OR __f9 = 5 OR __f9 = 9 OR __f9 = 10 OR __f9 = 13 OR __f9 = 14) THEN 2 ELSE 3 END ELSE 4 END END ELSE 5 END AS __t50,
  CASE WHEN __f5 <= 4.245e+2 THEN CASE WHEN (__f7 = 0 OR __f7 = 1 OR __f7 = 6 OR __f7 = 8 OR __f7 = 10) THEN CASE WHEN (__f1 = 2 OR __f1 = 5 OR __f1 = 6 OR __f1 = 8 OR __f1 = 9) THEN CASE WHEN (__f23 = 0 OR __f23 = 1 OR __f23 = 2 OR __f23 = 3 OR __f23 = 4) THEN 1 ELSE 2 END ELSE 3 END ELSE 4 END ELSE 5 END AS __t51,
  CASE WHEN (__f7 = 1 OR __f7 = 9 OR __f7 = 10 OR __f7 = 11 OR __f7 = 12) THEN CASE WHEN (__f0 = 1 OR __f0 = 2) THEN 1 ELSE 2 END ELSE CASE WHEN (__f11 = 0 OR __f11 = 1 OR __f11 = 4) THEN 3 ELSE CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 4 OR __f9 = 8 OR __f9 = 11 OR __f9 = 13 OR __f9 = 14 OR __f9 = 15) THEN 4 ELSE 5 END END END AS __t52,
  CASE WHEN __f4 <= 7.5e+0 OR __f4 IS NULL THEN 1 ELSE CASE WHEN __f6 <= 4.875e+0 THEN CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 2 OR __f9 = 3 OR __f9 = 4 OR __f9 = 5 OR __f9 = 7 OR __f9 = 8 OR __f9 = 9 OR __f9 = 10 OR __f9 = 13 OR __f9 = 18) THEN CASE WHEN (__f11 = 0 OR __f11 = 1 OR __f11 = 2) THEN 2 ELSE 3 END ELSE 4 END ELSE 5 END END AS __t53,
  CASE WHEN __f2 <= 5e-1 THEN CASE WHEN (__f9 = 1 OR __f9 = 2 OR __f9 = 3 OR __f9 = 6 OR __f9 = 7 OR __f9 = 9 OR __f9 = 13 OR __f9 = 15 OR __f9 = 17) THEN 1 ELSE CASE WHEN __f6 <= 1.9649999999999999e+0 OR __f6 IS NULL THEN 2 ELSE 3 END END ELSE CASE WHEN (__f0 = 1 OR __f0 = 2 OR __f0 = 5) THEN 4 ELSE 5 END END AS __t54,
  CASE WHEN __f5 <= 4.245e+2 THEN CASE WHEN __f6 <= 4.625e+0 THEN CASE WHEN __f26 <= 9.825e+1 OR __f26 IS NULL THEN 1 ELSE 2 END ELSE 3 END ELSE CASE WHEN __f26 <= 1.9708333333333331e+2 OR __f26 IS NULL THEN 4 ELSE 5 END END AS __t55,
  CASE WHEN (__f11 = 1) THEN CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 3 OR __f9 = 4 OR __f9 = 5 OR __f9 = 6 OR __f9 = 7 OR __f9 = 8 OR __f9 = 10 OR __f9 = 11 OR __f9 = 12 OR __f9 = 13 OR __f9 = 15 OR __f9 = 17) THEN 1 ELSE 2 END ELSE CASE WHEN (__f1 = 6 OR __f1 = 8) THEN 3 ELSE CASE WHEN __f2 <= 5e-1 THEN 4 ELSE 5 END END END AS __t56,
  CASE WHEN (__f7 = 1 OR __f7 = 9 OR __f7 = 10 OR __f7 = 12) THEN CASE WHEN (__f11 = 1 OR __f11 = 2) THEN 1 ELSE CASE WHEN (__f0 = 1) THEN 2 ELSE 3 END END ELSE CASE WHEN (__f1 = 4 OR __f1 = 6) THEN 4 ELSE 5 END END AS __t57,
  CASE WHEN __f5 <= 7.845e+2 THEN CASE WHEN (__f9 = 3 OR __f9 = 7 OR __f9 = 10 OR __f9 = 13 OR __f9 = 15) THEN 1 ELSE CASE WHEN (__f1 = 0 OR __f1 = 2 OR __f1 = 5 OR __f1 = 6 OR __f1 = 8 OR __f1 = 9) THEN CASE WHEN (__f7 = 0 OR __f7 = 1 OR __f7 = 3 OR __f7 = 5 OR __f7 = 8 OR __f7 = 10) THEN 2 ELSE 3 END ELSE 4 END END ELSE 5 END AS __t58,
  CASE WHEN (__f12 = 0) THEN CASE WHEN __f4 <= 3.5e+0 THEN 1 ELSE CASE WHEN __f6 <= 2.21e+0 THEN 2 ELSE 3 END END ELSE CASE WHEN __f26 <= 6.155e+1 THEN 4 ELSE 5 END END AS __t59,
  CASE WHEN (__f1 = 6) THEN 1 ELSE CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 2 OR __f9 = 3 OR __f9 = 6 OR __f9 = 7 OR __f9 = 8 OR __f9 = 10 OR __f9 = 13 OR __f9 = 15) THEN CASE WHEN (__f7 = 0 OR __f7 = 1 OR __f7 = 2 OR __f7 = 3 OR __f7 = 6 OR __f7 = 8 OR __f7 = 9 OR __f7 = 10) THEN 2 ELSE 3 END ELSE CASE WHEN (__f1 = 0 OR __f1 = 2 OR __f1 = 3 OR __f1 = 4 OR __f1 = 8 OR __f1 = 9) THEN 4 ELSE 5 END END END AS __t60,
  CASE WHEN (__f7 = 1 OR __f7 = 6 OR __f7 = 9 OR __f7 = 10 OR __f7 = 12) THEN CASE WHEN (__f11 = 1 OR __f11 = 2) THEN 1 ELSE 2 END ELSE CASE WHEN (__f12 = 0) THEN 3 ELSE CASE WHEN (__f9 = 1 OR __f9 = 4 OR __f9 = 13 OR __f9 = 14) THEN 4 ELSE 5 END END END AS __t61,
  CASE WHEN __f4 <= 7.5e+0 OR __f4 IS NULL THEN 1 ELSE CASE WHEN __f6 <= 4.875e+0 THEN CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 2 OR __f9 = 3 OR __f9 = 4 OR __f9 = 5 OR __f9 = 7 OR __f9 = 8 OR __f9 = 9 OR __f9 = 10 OR __f9 = 13 OR __f9 = 18) THEN CASE WHEN (__f7 = 0 OR __f7 = 1 OR __f7 = 2 OR __f7 = 5 OR __f7 = 6 OR __f7 = 7 OR __f7 = 9 OR __f7 = 10) THEN 2 ELSE 3 END ELSE 4 END ELSE 5 END END AS __t62,
  CASE WHEN (__f1 = 6) THEN 1 ELSE CASE WHEN __f4 <= 4.5e+0 OR __f4 IS NULL THEN 2 ELSE CASE WHEN __f6 <= 4.875e+0 THEN 3 ELSE CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 2 OR __f9 = 7 OR __f9 = 8 OR __f9 = 9 OR __f9 = 11 OR __f9 = 12 OR __f9 = 13 OR __f9 = 15 OR __f9 = 17 OR __f9 = 18) THEN 4 ELSE 5 END END END END AS __t63,
  CASE WHEN __f2 <= 5e-1 THEN CASE WHEN (__f9 = 1 OR __f9 = 2 OR __f9 = 3 OR __f9 = 5 OR __f9 = 6 OR __f9 = 7 OR __f9 = 9 OR __f9 = 11 OR __f9 = 13 OR __f9 = 15 OR __f9 = 16 OR __f9 = 17) THEN CASE WHEN (__f12 = 0) THEN 1 ELSE 2 END ELSE 3 END ELSE CASE WHEN (__f0 = 1 OR __f0 = 2 OR __f0 = 5) THEN 4 ELSE 5 END END AS __t64,
  CASE WHEN (__f1 = 0 OR __f1 = 2 OR __f1 = 3 OR __f1 = 4 OR __f1 = 6 OR __f1 = 8 OR __f1 = 9) THEN CASE WHEN __f26 <= 8.829166666666666e+1 THEN 1 ELSE 2 END ELSE CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 2 OR __f9 = 3 OR __f9 = 4 OR __f9 = 5 OR __f9 = 6 OR __f9 = 7 OR __f9 = 8 OR __f9 = 10 OR __f9 = 11 OR __f9 = 13 OR __f9 = 15 OR __f9 = 16 OR __f9 = 17) THEN CASE WHEN (__f11 = 1 OR __f11 = 2) THEN 3 ELSE 4 END ELSE 5 END END AS __t65,
  CASE WHEN (__f7 = 1 OR __f7 = 6 OR __f7 = 9 OR __f7 = 10 OR __f7 = 12) THEN CASE WHEN (__f11 = 1 OR __f11 = 2) THEN 1 ELSE CASE WHEN (__f0 = 1) THEN 2 ELSE CASE WHEN (__f9 = 1 OR __f9 = 2 OR __f9 = 3 OR __f9 = 6 OR __f9 = 7 OR __f9 = 8 OR __f9 = 10 OR __f9 = 13 OR __f9 = 15 OR __f9 = 16) THEN 3 ELSE 4 END END END ELSE 5 END AS __t66,
  CASE WHEN (__f1 = 6) THEN 1 ELSE CASE WHEN __f5 <= 4.175e+2 THEN 2 ELSE CASE WHEN __f26 <= 5.579166666666667e+2 OR __f26 IS NULL THEN CASE WHEN (__f7 = 1 OR __f7 = 2 OR __f7 = 5 OR __f7 = 6 OR __f7 = 9 OR __f7 = 11 OR __f7 = 12) THEN 3 ELSE 4 END ELSE 5 END END END AS __t67,
  CASE WHEN (__f1 = 6) THEN 1 ELSE CASE WHEN __f4 <= 4.5e+0 OR __f4 IS NULL THEN 2 ELSE CASE WHEN __f6 <= 4.875e+0 THEN 3 ELSE CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 2 OR __f9 = 7 OR __f9 = 8 OR __f9 = 9 OR __f9 = 11 OR __f9 = 12 OR __f9 = 13 OR __f9 = 15 OR __f9 = 17 OR __f9 = 18) THEN 4 ELSE 5 END END END END AS __t68,
  CASE WHEN __f2 <= 5e-1 THEN CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 2 OR __f9 = 3 OR __f9 = 5 OR __f9 = 6 OR __f9 = 7 OR __f9 = 9 OR __f9 = 11 OR __f9 = 13 OR __f9 = 14 OR __f9 = 15 OR __f9 = 16 OR __f9 = 17) THEN 1 ELSE 2 END ELSE CASE WHEN (__f0 = 1 OR __f0 = 2 OR __f0 = 5) THEN 3 ELSE CASE WHEN (__f9 = 2 OR __f9 = 4 OR __f9 = 7 OR __f9 = 10 OR __f9 = 14 OR __f9 = 15) THEN 4 ELSE 5 END END END AS __t69,
  CASE WHEN (__f0 = 1 OR __f0 = 2 OR __f0 = 5) THEN CASE WHEN (__f23 = 0 OR __f23 = 1 OR __f23 = 2 OR __f23 = 3 OR __f23 = 4 OR __f23 = 5) THEN CASE WHEN (__f10 = 2 OR __f10 = 6 OR __f10 = 9) THEN 1 ELSE 2 END ELSE CASE WHEN (__f7 = 1 OR __f7 = 5 OR __f7 = 12) THEN 3 ELSE 4 END END ELSE 5 END AS __t70,
  CASE WHEN (__f1 = 6 OR __f1 = 8) THEN 1 ELSE CASE WHEN __f5 <= 7.845e+2 THEN CASE WHEN (__f9 = 3 OR __f9 = 7 OR __f9 = 10 OR __f9 = 13 OR __f9 = 15) THEN 2 ELSE 3 END ELSE CASE WHEN __f26 <= 5.579166666666667e+2 OR __f26 IS NULL THEN 4 ELSE 5 END END END AS __t71,
  CASE WHEN __f6 <= 1.9649999999999999e+0 THEN CASE WHEN (__f7 = 0 OR __f7 = 1 OR __f7 = 3 OR __f7 = 4 OR __f7 = 6 OR __f7 = 7 OR __f7 = 8) THEN 1 ELSE 2 END ELSE CASE WHEN __f4 <= 2.5e+0 THEN 3 ELSE CASE WHEN (__f11 = 1 OR __f11 = 2 OR __f11 = 4) THEN 4 ELSE 5 END END END AS __t72,
  CASE WHEN (__f1 = 6 OR __f1 = 8) THEN 1 ELSE CASE WHEN __f2 <= 5e-1 THEN CASE WHEN __f4 <= 4.5e+0 OR __f4 IS NULL THEN 2 ELSE 3 END ELSE CASE WHEN (__f9 = 0 OR __f9 = 2 OR __f9 = 4 OR __f9 = 7 OR __f9 = 8 OR __f9 = 10 OR __f9 = 12 OR __f9 = 14 OR __f9 = 15 OR __f9 = 18) THEN 4 ELSE 5 END END END AS __t73,
  CASE WHEN __f6 <= 1.26e+0 THEN CASE WHEN (__f9 = 0 OR __f9 = 2 OR __f9 = 3 OR __f9 = 4 OR __f9 = 5 OR __f9 = 6 OR __f9 = 7 OR __f9 = 12 OR __f9 = 15) THEN 1 ELSE CASE WHEN (__f7 = 0 OR __f7 = 1 OR __f7 = 3 OR __f7 = 8 OR __f7 = 12) THEN 2 ELSE 3 END END ELSE CASE WHEN __f4 <= 2.5e+0 THEN 4 ELSE 5 END END AS __t74,
  CASE WHEN (__f1 = 6 OR __f1 = 8 OR __f1 = 9) THEN 1 ELSE CASE WHEN __f5 <= 4.175e+2 THEN CASE WHEN (__f9 = 3 OR __f9 = 7 OR __f9 = 9 OR __f9 = 10 OR __f9 = 13 OR __f9 = 15 OR __f9 = 16) THEN 2 ELSE CASE WHEN __f5 <= 3.385e+2 THEN 3 ELSE 4 END END ELSE 5 END END AS __t75,
  CASE WHEN (__f0 = 1 OR __f0 = 2 OR __f0 = 5) THEN CASE WHEN (__f23 = 0 OR __f23 = 1 OR __f23 = 2 OR __f23 = 3 OR __f23 = 4 OR __f23 = 5) THEN CASE WHEN (__f10 = 2 OR __f10 = 6 OR __f10 = 9) THEN 1 ELSE 2 END ELSE CASE WHEN (__f7 = 1 OR __f7 = 5 OR __f7 = 12) THEN 3 ELSE 4 END END ELSE 5 END AS __t76,
  CASE WHEN __f2 <= 5e-1 THEN CASE WHEN __f6 <= 1.26e+0 THEN CASE WHEN (__f9 = 0 OR __f9 = 2 OR __f9 = 3 OR __f9 = 4 OR __f9 = 5 OR __f9 = 6 OR __f9 = 7 OR __f9 = 9 OR __f9 = 10 OR __f9 = 12 OR __f9 = 15) THEN 1 ELSE 2 END ELSE 3 END ELSE CASE WHEN (__f9 = 0 OR __f9 = 2 OR __f9 = 4 OR __f9 = 7 OR __f9 = 8 OR __f9 = 10 OR __f9 = 12 OR __f9 = 14 OR __f9 = 15 OR __f9 = 18) THEN 4 ELSE 5 END END AS __t77,
  CASE WHEN __f5 <= 7.845e+2 THEN CASE WHEN (__f9 = 3 OR __f9 = 4 OR __f9 = 7 OR __f9 = 10 OR __f9 = 13 OR __f9 = 15 OR __f9 = 16) THEN 1 ELSE 2 END ELSE CASE WHEN (__f11 = 1 OR __f11 = 2) THEN 3 ELSE CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 2 OR __f9 = 5 OR __f9 = 6 OR __f9 = 8 OR __f9 = 10 OR __f9 = 13 OR __f9 = 14 OR __f9 = 15 OR __f9 = 18) THEN 4 ELSE 5 END END END AS __t78,
  CASE WHEN (__f1 = 6 OR __f1 = 8 OR __f1 = 9) THEN 1 ELSE CASE WHEN __f4 <= 7.5e+0 OR __f4 IS NULL THEN 2 ELSE CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 2 OR __f9 = 3 OR __f9 = 4 OR __f9 = 5 OR __f9 = 8 OR __f9 = 9 OR __f9 = 10 OR __f9 = 13 OR __f9 = 18) THEN CASE WHEN (__f7 = 0 OR __f7 = 1 OR __f7 = 2 OR __f7 = 5 OR __f7 = 7 OR __f7 = 9 OR __f7 = 10 OR __f7 = 12) THEN 3 ELSE 4 END ELSE 5 END END END AS __t79,
  CASE WHEN __f6 <= 5.585e+0 THEN CASE WHEN __f4 <= 4.5e+0 THEN 1 ELSE 2 END ELSE CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 5 OR __f9 = 8 OR __f9 = 9 OR __f9 = 12 OR __f9 = 13 OR __f9 = 14 OR __f9 = 15 OR __f9 = 16 OR __f9 = 17 OR __f9 = 18) THEN CASE WHEN __f5 <= 3.655e+2 THEN 3 ELSE 4 END ELSE 5 END END AS __t80,
  CASE WHEN (__f8 = 1 OR __f8 = 2 OR __f8 = 4 OR __f8 = 5 OR __f8 = 7) THEN CASE WHEN (__f23 = 0 OR __f23 = 1 OR __f23 = 2 OR __f23 = 4 OR __f23 = 5) THEN CASE WHEN (__f0 = 1) THEN 1 ELSE CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 2 OR __f9 = 3 OR __f9 = 9 OR __f9 = 10 OR __f9 = 11 OR __f9 = 12 OR __f9 = 13 OR __f9 = 16 OR __f9 = 17) THEN 2 ELSE 3 END END ELSE 4 END ELSE 5 END AS __t81,
  CASE WHEN (__f7 = 1 OR __f7 = 6 OR __f7 = 8 OR __f7 = 9 OR __f7 = 10 OR __f7 = 12) THEN CASE WHEN (__f11 = 1 OR __f11 = 2) THEN 1 ELSE CASE WHEN (__f0 = 1) THEN 2 ELSE CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 2 OR __f9 = 3 OR __f9 = 6 OR __f9 = 7 OR __f9 = 8 OR __f9 = 10 OR __f9 = 11 OR __f9 = 13 OR __f9 = 14 OR __f9 = 15 OR __f9 = 16) THEN 3 ELSE 4 END END END ELSE 5 END AS __t82,
  CASE WHEN (__f1 = 6 OR __f1 = 9) THEN 1 ELSE CASE WHEN __f5 <= 4.175e+2 THEN CASE WHEN __f6 <= 4.625e+0 THEN CASE WHEN (__f9 = 0 OR __f9 = 3 OR __f9 = 4 OR __f9 = 5 OR __f9 = 7 OR __f9 = 9 OR __f9 = 10 OR __f9 = 13 OR __f9 = 15 OR __f9 = 16 OR __f9 = 17) THEN 2 ELSE 3 END ELSE 4 END ELSE 5 END END AS __t83,
  CASE WHEN (__f8 = 1 OR __f8 = 2 OR __f8 = 4 OR __f8 = 5 OR __f8 = 7) THEN CASE WHEN (__f7 = 0 OR __f7 = 1 OR __f7 = 3 OR __f7 = 4 OR __f7 = 5 OR __f7 = 6 OR __f7 = 7 OR __f7 = 8 OR __f7 = 12) THEN 1 ELSE 2 END ELSE CASE WHEN (__f7 = 1 OR __f7 = 2 OR __f7 = 9 OR __f7 = 10 OR __f7 = 12) THEN 3 ELSE CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 2 OR __f9 = 4 OR __f9 = 5 OR __f9 = 6 OR __f9 = 7 OR __f9 = 8 OR __f9 = 9 OR __f9 = 11 OR __f9 = 13 OR __f9 = 14 OR __f9 = 15 OR __f9 = 16 OR __f9 = 17) THEN 4 ELSE 5 END END END AS __t84,
  CASE WHEN __f2 <= 5e-1 THEN CASE WHEN __f6 <= 1.26e+0 THEN CASE WHEN (__f9 = 0 OR __f9 = 2 OR __f9 = 3 OR __f9 = 4 OR __f9 = 5 OR __f9 = 6 OR __f9 = 7 OR __f9 = 9 OR __f9 = 10 OR __f9 = 12 OR __f9 = 15) THEN 1 ELSE 2 END ELSE 3 END ELSE CASE WHEN (__f9 = 0 OR __f9 = 2 OR __f9 = 4 OR __f9 = 7 OR __f9 = 8 OR __f9 = 10 OR __f9 = 12 OR __f9 = 14 OR __f9 = 15 OR __f9 = 18) THEN 4 ELSE 5 END END AS __t85,
  CASE WHEN (__f10 = 6 OR __f10 = 8) THEN 1 ELSE CASE WHEN __f2 <= 5e-1 THEN 2 ELSE CASE WHEN (__f1 = 0 OR __f1 = 2 OR __f1 = 3 OR __f1 = 4 OR __f1 = 6 OR __f1 = 7 OR __f1 = 8) THEN 3 ELSE CASE WHEN (__f9 = 2 OR __f9 = 4 OR __f9 = 7 OR __f9 = 10 OR __f9 = 14 OR __f9 = 15) THEN 4 ELSE 5 END END END END AS __t86,
  CASE WHEN __f5 <= 4.175e+2 THEN CASE WHEN (__f12 = 0) THEN CASE WHEN __f26 <= 1.3358333333333331e+2 OR __f26 IS NULL THEN 1 ELSE 2 END ELSE CASE WHEN __f5 <= 1.75e+1 THEN 3 ELSE 4 END END ELSE 5 END AS __t87,
  CASE WHEN (__f1 = 6 OR __f1 = 9) THEN 1 ELSE CASE WHEN __f4 <= 3.5e+0 OR __f4 IS NULL THEN 2 ELSE CASE WHEN (__f11 = 1 OR __f11 = 2) THEN 3 ELSE CASE WHEN (__f9 = 1 OR __f9 = 2 OR __f9 = 9 OR __f9 = 13 OR __f9 = 14) THEN 4 ELSE 5 END END END END AS __t88,
  CASE WHEN (__f0 = 1 OR __f0 = 2 OR __f0 = 5) THEN CASE WHEN (__f23 = 0 OR __f23 = 2 OR __f23 = 4) THEN 1 ELSE 2 END ELSE CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 2 OR __f9 = 3 OR __f9 = 4 OR __f9 = 5 OR __f9 = 6 OR __f9 = 7 OR __f9 = 8 OR __f9 = 10 OR __f9 = 11 OR __f9 = 13 OR __f9 = 14 OR __f9 = 15 OR __f9 = 16) THEN CASE WHEN (__f11 = 1 OR __f11 = 2 OR __f11 = 4) THEN 3 ELSE 4 END ELSE 5 END END AS __t89,
  CASE WHEN (__f10 = 6 OR __f10 = 8) THEN 1 ELSE CASE WHEN __f6 <= 5.585e+0 THEN 2 ELSE CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 5 OR __f9 = 8 OR __f9 = 9 OR __f9 = 12 OR __f9 = 13 OR __f9 = 15 OR __f9 = 16 OR __f9 = 18) THEN CASE WHEN __f5 <= 3.655e+2 THEN 3 ELSE 4 END ELSE 5 END END END AS __t90,
  CASE WHEN __f4 <= 7.5e+0 OR __f4 IS NULL THEN CASE WHEN __f26 <= 4.863333333333333e+1 THEN 1 ELSE 2 END ELSE CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 3 OR __f9 = 4 OR __f9 = 5 OR __f9 = 8 OR __f9 = 9 OR __f9 = 10 OR __f9 = 13 OR __f9 = 18) THEN CASE WHEN (__f7 = 0 OR __f7 = 1 OR __f7 = 2 OR __f7 = 5 OR __f7 = 7 OR __f7 = 9) THEN 3 ELSE 4 END ELSE 5 END END AS __t91,
  CASE WHEN __f26 <= 5.579166666666667e+2 OR __f26 IS NULL THEN 1 ELSE CASE WHEN (__f1 = 0 OR __f1 = 4 OR __f1 = 6 OR __f1 = 9) THEN 2 ELSE CASE WHEN (__f23 = 1 OR __f23 = 2 OR __f23 = 3 OR __f23 = 4) THEN CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 5 OR __f9 = 6 OR __f9 = 8 OR __f9 = 12 OR __f9 = 15 OR __f9 = 16) THEN 3 ELSE 4 END ELSE 5 END END END AS __t92,
  CASE WHEN (__f7 = 1 OR __f7 = 6 OR __f7 = 8 OR __f7 = 9 OR __f7 = 10 OR __f7 = 12) THEN CASE WHEN (__f11 = 1 OR __f11 = 2) THEN CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 2 OR __f9 = 3 OR __f9 = 4 OR __f9 = 5 OR __f9 = 6 OR __f9 = 7 OR __f9 = 9 OR __f9 = 10) THEN 1 ELSE 2 END ELSE 3 END ELSE CASE WHEN (__f10 = 0 OR __f10 = 1 OR __f10 = 2 OR __f10 = 3 OR __f10 = 5 OR __f10 = 6 OR __f10 = 8 OR __f10 = 9) THEN 4 ELSE 5 END END AS __t93,
  CASE WHEN __f4 <= 1.05e+1 OR __f4 IS NULL THEN CASE WHEN __f6 <= 5.125e+0 OR __f6 IS NULL THEN 1 ELSE 2 END ELSE CASE WHEN (__f9 = 0 OR __f9 = 2 OR __f9 = 3 OR __f9 = 4 OR __f9 = 6 OR __f9 = 7 OR __f9 = 8 OR __f9 = 11 OR __f9 = 13 OR __f9 = 14 OR __f9 = 15) THEN 3 ELSE CASE WHEN (__f23 = 3 OR __f23 = 4 OR __f23 = 5 OR __f23 = 6) THEN 4 ELSE 5 END END END AS __t94,
  CASE WHEN (__f1 = 6 OR __f1 = 8 OR __f1 = 9) THEN 1 ELSE CASE WHEN __f4 <= 4.5e+0 OR __f4 IS NULL THEN 2 ELSE CASE WHEN __f6 <= 2.21e+0 THEN 3 ELSE CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 2 OR __f9 = 3 OR __f9 = 5 OR __f9 = 7 OR __f9 = 9 OR __f9 = 13 OR __f9 = 14 OR __f9 = 15) THEN 4 ELSE 5 END END END END AS __t95,
  CASE WHEN __f2 <= 5e-1 THEN CASE WHEN __f5 <= 1.5765e+3 THEN 1 ELSE CASE WHEN (__f9 = 4 OR __f9 = 5 OR __f9 = 8 OR __f9 = 11 OR __f9 = 14 OR __f9 = 15) THEN 2 ELSE 3 END END ELSE CASE WHEN (__f9 = 0 OR __f9 = 2 OR __f9 = 4 OR __f9 = 6 OR __f9 = 7 OR __f9 = 8 OR __f9 = 10 OR __f9 = 12 OR __f9 = 14 OR __f9 = 15 OR __f9 = 18) THEN 4 ELSE 5 END END AS __t96,
  CASE WHEN __f5 <= 7.845e+2 THEN CASE WHEN (__f8 = 1 OR __f8 = 2 OR __f8 = 4 OR __f8 = 5) THEN 1 ELSE CASE WHEN (__f1 = 0 OR __f1 = 2 OR __f1 = 5 OR __f1 = 6 OR __f1 = 8) THEN 2 ELSE CASE WHEN (__f9 = 2 OR __f9 = 7 OR __f9 = 10 OR __f9 = 11 OR __f9 = 13 OR __f9 = 15 OR __f9 = 17) THEN 3 ELSE 4 END END END ELSE 5 END AS __t97,
  CASE WHEN (__f10 = 6 OR __f10 = 8) THEN 1 ELSE CASE WHEN (__f7 = 1 OR __f7 = 8 OR __f7 = 9 OR __f7 = 10 OR __f7 = 12) THEN CASE WHEN (__f11 = 1 OR __f11 = 2) THEN 2 ELSE CASE WHEN (__f0 = 1) THEN 3 ELSE 4 END END ELSE 5 END END AS __t98,
  CASE WHEN (__f1 = 6 OR __f1 = 9) THEN 1 ELSE CASE WHEN (__f9 = 1 OR __f9 = 3 OR __f9 = 6 OR __f9 = 7 OR __f9 = 10 OR __f9 = 13 OR __f9 = 15) THEN CASE WHEN __f6 <= 3.355e+0 OR __f6 IS NULL THEN CASE WHEN __f4 <= 2.5e+0 OR __f4 IS NULL THEN 2 ELSE 3 END ELSE 4 END ELSE 5 END END AS __t99,
  CASE WHEN (__f8 = 0 OR __f8 = 1 OR __f8 = 2 OR __f8 = 4 OR __f8 = 5 OR __f8 = 7) THEN CASE WHEN (__f9 = 1 OR __f9 = 3 OR __f9 = 6 OR __f9 = 7 OR __f9 = 13 OR __f9 = 15) THEN CASE WHEN (__f23 = 1 OR __f23 = 2 OR __f23 = 4 OR __f23 = 5 OR __f23 = 6) THEN 1 ELSE 2 END ELSE 3 END ELSE CASE WHEN (__f9 = 0 OR __f9 = 5 OR __f9 = 6 OR __f9 = 7 OR __f9 = 8 OR __f9 = 9 OR __f9 = 10 OR __f9 = 11 OR __f9 = 12 OR __f9 = 13 OR __f9 = 18) THEN 4 ELSE 5 END END AS __t100,
  CASE WHEN (__f10 = 0 OR __f10 = 1 OR __f10 = 2 OR __f10 = 5 OR __f10 = 6 OR __f10 = 8 OR __f10 = 9) THEN CASE WHEN (__f1 = 0 OR __f1 = 2 OR __f1 = 3 OR __f1 = 4 OR __f1 = 6 OR __f1 = 8 OR __f1 = 9) THEN 1 ELSE 2 END ELSE CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 6 OR __f9 = 8 OR __f9 = 9 OR __f9 = 13 OR __f9 = 14) THEN CASE WHEN (__f7 = 1 OR __f7 = 3 OR __f7 = 6 OR __f7 = 7) THEN 3 ELSE 4 END ELSE 5 END END AS __t101,
  CASE WHEN __f5 <= 4.175e+2 THEN CASE WHEN (__f11 = 0 OR __f11 = 4) THEN CASE WHEN (__f1 = 0 OR __f1 = 1 OR __f1 = 2 OR __f1 = 5 OR __f1 = 6 OR __f1 = 8) THEN 1 ELSE 2 END ELSE CASE WHEN (__f7 = 1 OR __f7 = 3 OR __f7 = 8) THEN 3 ELSE 4 END END ELSE 5 END AS __t102,
  CASE WHEN __f26 <= 5.579166666666667e+2 OR __f26 IS NULL THEN 1 ELSE CASE WHEN (__f1 = 0 OR __f1 = 4 OR __f1 = 6 OR __f1 = 9) THEN 2 ELSE CASE WHEN (__f23 = 1 OR __f23 = 2 OR __f23 = 3 OR __f23 = 4) THEN CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 5 OR __f9 = 6 OR __f9 = 8 OR __f9 = 12 OR __f9 = 15 OR __f9 = 16) THEN 3 ELSE 4 END ELSE 5 END END END AS __t103,
  CASE WHEN __f2 <= 5e-1 THEN CASE WHEN __f6 <= 1.26e+0 THEN CASE WHEN (__f9 = 0 OR __f9 = 2 OR __f9 = 3 OR __f9 = 4 OR __f9 = 5 OR __f9 = 6 OR __f9 = 7 OR __f9 = 9 OR __f9 = 10 OR __f9 = 12 OR __f9 = 15) THEN 1 ELSE 2 END ELSE 3 END ELSE CASE WHEN (__f9 = 0 OR __f9 = 2 OR __f9 = 4 OR __f9 = 6 OR __f9 = 7 OR __f9 = 8 OR __f9 = 10 OR __f9 = 12 OR __f9 = 14 OR __f9 = 15 OR __f9 = 18) THEN 4 ELSE 5 END END AS __t104,
  CASE WHEN __f5 <= 4.175e+2 THEN 1 ELSE CASE WHEN (__f7 = 1 OR __f7 = 2 OR __f7 = 7 OR __f7 = 9 OR __f7 = 10 OR __f7 = 11 OR __f7 = 12) THEN CASE WHEN (__f9 = 2 OR __f9 = 3 OR __f9 = 6 OR __f9 = 7 OR __f9 = 8 OR __f9 = 10 OR __f9 = 11 OR __f9 = 12 OR __f9 = 15 OR __f9 = 18) THEN 2 ELSE 3 END ELSE CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 2 OR __f9 = 4 OR __f9 = 5 OR __f9 = 8 OR __f9 = 13 OR __f9 = 14) THEN 4 ELSE 5 END END END AS __t105,
  CASE WHEN __f26 <= 5.579166666666667e+2 OR __f26 IS NULL THEN 1 ELSE CASE WHEN (__f23 = 1 OR __f23 = 3 OR __f23 = 4) THEN 2 ELSE CASE WHEN __f26 <= 7.2975e+2 THEN 3 ELSE CASE WHEN (__f7 = 0 OR __f7 = 1 OR __f7 = 3 OR __f7 = 7 OR __f7 = 8 OR __f7 = 10) THEN 4 ELSE 5 END END END END AS __t106,
  CASE WHEN (__f8 = 0 OR __f8 = 1 OR __f8 = 2 OR __f8 = 4 OR __f8 = 5 OR __f8 = 7) THEN CASE WHEN __f6 <= 5.585e+0 THEN 1 ELSE CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 5 OR __f9 = 8 OR __f9 = 9 OR __f9 = 12 OR __f9 = 13 OR __f9 = 14 OR __f9 = 15 OR __f9 = 16 OR __f9 = 17 OR __f9 = 18) THEN 2 ELSE 3 END END ELSE CASE WHEN (__f23 = 1 OR __f23 = 3 OR __f23 = 4 OR __f23 = 6) THEN 4 ELSE 5 END END AS __t107,
  CASE WHEN __f4 <= 4.5e+0 OR __f4 IS NULL THEN 1 ELSE CASE WHEN (__f11 = 1 OR __f11 = 2) THEN 2 ELSE CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 2 OR __f9 = 3 OR __f9 = 4 OR __f9 = 5 OR __f9 = 7 OR __f9 = 9 OR __f9 = 10 OR __f9 = 13 OR __f9 = 14 OR __f9 = 15 OR __f9 = 18) THEN CASE WHEN __f6 <= 4.625e+0 THEN 3 ELSE 4 END ELSE 5 END END END AS __t108,
  CASE WHEN (__f10 = 6 OR __f10 = 8) THEN 1 ELSE CASE WHEN __f5 <= 1.5765e+3 THEN CASE WHEN __f5 <= 1.4555e+3 THEN 2 ELSE 3 END ELSE CASE WHEN (__f9 = 4 OR __f9 = 5 OR __f9 = 8 OR __f9 = 11 OR __f9 = 15) THEN 4 ELSE 5 END END END AS __t109,
  CASE WHEN (__f8 = 1 OR __f8 = 2 OR __f8 = 4 OR __f8 = 5 OR __f8 = 7) THEN CASE WHEN (__f23 = 0 OR __f23 = 2 OR __f23 = 5) THEN CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 2 OR __f9 = 3 OR __f9 = 6 OR __f9 = 7 OR __f9 = 9 OR __f9 = 10 OR __f9 = 11 OR __f9 = 12 OR __f9 = 16 OR __f9 = 17 OR __f9 = 18) THEN 1 ELSE 2 END ELSE CASE WHEN (__f7 = 0 OR __f7 = 1 OR __f7 = 3 OR __f7 = 4 OR __f7 = 5 OR __f7 = 6 OR __f7 = 7 OR __f7 = 12) THEN 3 ELSE 4 END END ELSE 5 END AS __t110,
  CASE WHEN __f5 <= 7.845e+2 THEN CASE WHEN (__f9 = 3 OR __f9 = 4 OR __f9 = 7 OR __f9 = 10 OR __f9 = 13 OR __f9 = 15 OR __f9 = 16) THEN 1 ELSE CASE WHEN (__f7 = 0 OR __f7 = 1 OR __f7 = 5 OR __f7 = 7 OR __f7 = 8) THEN CASE WHEN (__f1 = 0 OR __f1 = 2 OR __f1 = 3 OR __f1 = 5 OR __f1 = 6 OR __f1 = 8 OR __f1 = 9) THEN 2 ELSE 3 END ELSE 4 END END ELSE 5 END AS __t111,
  CASE WHEN (__f10 = 0 OR __f10 = 1 OR __f10 = 2 OR __f10 = 5 OR __f10 = 6 OR __f10 = 8 OR __f10 = 9) THEN CASE WHEN (__f9 = 1 OR __f9 = 2 OR __f9 = 5 OR __f9 = 6 OR __f9 = 7 OR __f9 = 10 OR __f9 = 11 OR __f9 = 13 OR __f9 = 15 OR __f9 = 16 OR __f9 = 17) THEN 1 ELSE 2 END ELSE CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 6 OR __f9 = 8 OR __f9 = 9 OR __f9 = 13 OR __f9 = 14) THEN CASE WHEN (__f7 = 1 OR __f7 = 3 OR __f7 = 6 OR __f7 = 7) THEN 3 ELSE 4 END ELSE 5 END END AS __t112,
  CASE WHEN (__f1 = 6) THEN 1 ELSE CASE WHEN __f4 <= 3.5e+0 OR __f4 IS NULL THEN CASE WHEN (__f9 = 3 OR __f9 = 5 OR __f9 = 6 OR __f9 = 7 OR __f9 = 10 OR __f9 = 15 OR __f9 = 16 OR __f9 = 17) THEN 2 ELSE 3 END ELSE CASE WHEN (__f11 = 1 OR __f11 = 2) THEN 4 ELSE 5 END END END AS __t113,
  CASE WHEN __f6 <= 1.26e+0 THEN CASE WHEN (__f9 = 0 OR __f9 = 3 OR __f9 = 4 OR __f9 = 5 OR __f9 = 6 OR __f9 = 12 OR __f9 = 15) THEN 1 ELSE CASE WHEN (__f7 = 0 OR __f7 = 1 OR __f7 = 3 OR __f7 = 8 OR __f7 = 12) THEN CASE WHEN (__f1 = 0 OR __f1 = 1 OR __f1 = 3 OR __f1 = 5 OR __f1 = 6) THEN 2 ELSE 3 END ELSE 4 END END ELSE 5 END AS __t114,
  CASE WHEN (__f8 = 1 OR __f8 = 2 OR __f8 = 4 OR __f8 = 5 OR __f8 = 7) THEN CASE WHEN (__f23 = 0 OR __f23 = 2 OR __f23 = 5) THEN CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 2 OR __f9 = 3 OR __f9 = 6 OR __f9 = 7 OR __f9 = 9 OR __f9 = 10 OR __f9 = 11 OR __f9 = 12 OR __f9 = 16 OR __f9 = 17 OR __f9 = 18) THEN 1 ELSE 2 END ELSE 3 END ELSE CASE WHEN (__f7 = 1 OR __f7 = 2 OR __f7 = 8 OR __f7 = 9 OR __f7 = 10 OR __f7 = 12) THEN 4 ELSE 5 END END AS __t115,
  CASE WHEN (__f8 = 0 OR __f8 = 1 OR __f8 = 2 OR __f8 = 4 OR __f8 = 5 OR __f8 = 7) THEN CASE WHEN __f2 <= 5e-1 THEN 1 ELSE CASE WHEN (__f0 = 1 OR __f0 = 2 OR __f0 = 5) THEN 2 ELSE 3 END END ELSE CASE WHEN (__f9 = 0 OR __f9 = 5 OR __f9 = 6 OR __f9 = 7 OR __f9 = 8 OR __f9 = 9 OR __f9 = 10 OR __f9 = 11 OR __f9 = 12 OR __f9 = 13 OR __f9 = 18) THEN 4 ELSE 5 END END AS __t116,
  CASE WHEN __f4 <= 1.05e+1 OR __f4 IS NULL THEN CASE WHEN __f6 <= 5.125e+0 THEN 1 ELSE 2 END ELSE CASE WHEN (__f9 = 2 OR __f9 = 3 OR __f9 = 4 OR __f9 = 6 OR __f9 = 7 OR __f9 = 8 OR __f9 = 11 OR __f9 = 13 OR __f9 = 14) THEN 3 ELSE CASE WHEN (__f23 = 3 OR __f23 = 4 OR __f23 = 5 OR __f23 = 6) THEN 4 ELSE 5 END END END AS __t117,
  CASE WHEN __f26 <= 6.1475e+2 OR __f26 IS NULL THEN 1 ELSE CASE WHEN __f26 <= 7.2975e+2 THEN 2 ELSE CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 2 OR __f9 = 4 OR __f9 = 5 OR __f9 = 6 OR __f9 = 8 OR __f9 = 11 OR __f9 = 13 OR __f9 = 16) THEN 3 ELSE CASE WHEN (__f7 = 1 OR __f7 = 3 OR __f7 = 6 OR __f7 = 8) THEN 4 ELSE 5 END END END END AS __t118,
  CASE WHEN __f5 <= 4.175e+2 THEN CASE WHEN __f5 <= 3.325e+2 THEN CASE WHEN (__f9 = 0 OR __f9 = 3 OR __f9 = 4 OR __f9 = 5 OR __f9 = 7 OR __f9 = 11 OR __f9 = 13 OR __f9 = 15 OR __f9 = 16 OR __f9 = 17) THEN 1 ELSE 2 END ELSE CASE WHEN (__f9 = 1 OR __f9 = 6 OR __f9 = 8 OR __f9 = 9 OR __f9 = 10 OR __f9 = 13 OR __f9 = 15) THEN 3 ELSE 4 END END ELSE 5 END AS __t119,
  CASE WHEN (__f0 = 1 OR __f0 = 2 OR __f0 = 5) THEN CASE WHEN (__f23 = 0 OR __f23 = 2 OR __f23 = 4) THEN CASE WHEN (__f10 = 2 OR __f10 = 6 OR __f10 = 9) THEN CASE WHEN __f25 <= 5e-1 THEN 1 ELSE 2 END ELSE 3 END ELSE 4 END ELSE 5 END AS __t120,
  CASE WHEN __f4 <= 4.5e+0 OR __f4 IS NULL THEN 1 ELSE CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 2 OR __f9 = 5 OR __f9 = 7 OR __f9 = 9 OR __f9 = 13 OR __f9 = 14) THEN 2 ELSE CASE WHEN __f6 <= 2.29e+0 THEN 3 ELSE CASE WHEN (__f1 = 0 OR __f1 = 2 OR __f1 = 3 OR __f1 = 4 OR __f1 = 6 OR __f1 = 7) THEN 4 ELSE 5 END END END END AS __t121,
  CASE WHEN (__f8 = 1 OR __f8 = 2 OR __f8 = 4 OR __f8 = 5 OR __f8 = 7) THEN CASE WHEN (__f7 = 0 OR __f7 = 3 OR __f7 = 4 OR __f7 = 5 OR __f7 = 6 OR __f7 = 7 OR __f7 = 8 OR __f7 = 12) THEN 1 ELSE 2 END ELSE CASE WHEN (__f1 = 0 OR __f1 = 1 OR __f1 = 3 OR __f1 = 4 OR __f1 = 5 OR __f1 = 6 OR __f1 = 7 OR __f1 = 8 OR __f1 = 9) THEN CASE WHEN (__f7 = 1 OR __f7 = 2 OR __f7 = 9 OR __f7 = 10 OR __f7 = 12) THEN 3 ELSE 4 END ELSE 5 END END AS __t122,
  CASE WHEN __f5 <= 7.845e+2 THEN CASE WHEN (__f8 = 1 OR __f8 = 2 OR __f8 = 4 OR __f8 = 5) THEN 1 ELSE CASE WHEN __f26 <= 1.8383333333333331e+2 OR __f26 IS NULL THEN 2 ELSE CASE WHEN (__f9 = 5 OR __f9 = 10 OR __f9 = 13 OR __f9 = 14 OR __f9 = 16) THEN 3 ELSE 4 END END END ELSE 5 END AS __t123,
  CASE WHEN __f5 <= 1.5765e+3 THEN CASE WHEN __f5 <= 1.4555e+3 THEN 1 ELSE CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 2 OR __f9 = 4 OR __f9 = 6 OR __f9 = 7 OR __f9 = 8 OR __f9 = 12 OR __f9 = 14 OR __f9 = 16 OR __f9 = 17) THEN 2 ELSE 3 END END ELSE CASE WHEN (__f9 = 4 OR __f9 = 5 OR __f9 = 8 OR __f9 = 10 OR __f9 = 11 OR __f9 = 14 OR __f9 = 15) THEN 4 ELSE 5 END END AS __t124,
  CASE WHEN (__f0 = 1 OR __f0 = 2 OR __f0 = 5) THEN CASE WHEN (__f23 = 0 OR __f23 = 2 OR __f23 = 4) THEN CASE WHEN (__f10 = 2 OR __f10 = 6 OR __f10 = 9) THEN CASE WHEN __f25 <= 5e-1 THEN 1 ELSE 2 END ELSE 3 END ELSE 4 END ELSE 5 END AS __t125,
  CASE WHEN (__f10 = 6 OR __f10 = 8) THEN 1 ELSE CASE WHEN __f26 <= 4.863333333333333e+1 THEN CASE WHEN (__f9 = 2 OR __f9 = 4 OR __f9 = 7 OR __f9 = 9 OR __f9 = 11 OR __f9 = 13 OR __f9 = 17) THEN CASE WHEN (__f11 = 0 OR __f11 = 1 OR __f11 = 2 OR __f11 = 4) THEN 2 ELSE 3 END ELSE 4 END ELSE 5 END END AS __t126,
  CASE WHEN (__f8 = 0 OR __f8 = 1 OR __f8 = 2 OR __f8 = 4 OR __f8 = 5 OR __f8 = 7) THEN CASE WHEN __f6 <= 5.585e+0 THEN 1 ELSE CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 5 OR __f9 = 8 OR __f9 = 9 OR __f9 = 12 OR __f9 = 13 OR __f9 = 14 OR __f9 = 15 OR __f9 = 16 OR __f9 = 17 OR __f9 = 18) THEN 2 ELSE 3 END END ELSE CASE WHEN (__f9 = 0 OR __f9 = 5 OR __f9 = 6 OR __f9 = 7 OR __f9 = 8 OR __f9 = 9 OR __f9 = 10 OR __f9 = 11 OR __f9 = 12 OR __f9 = 13 OR __f9 = 18) THEN 4 ELSE 5 END END AS __t127,
  CASE WHEN __f4 <= 7.5e+0 OR __f4 IS NULL THEN 1 ELSE CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 3 OR __f9 = 4 OR __f9 = 5 OR __f9 = 8 OR __f9 = 9 OR __f9 = 10 OR __f9 = 13 OR __f9 = 18) THEN CASE WHEN (__f7 = 0 OR __f7 = 1 OR __f7 = 2 OR __f7 = 5 OR __f7 = 7 OR __f7 = 9 OR __f7 = 12) THEN 2 ELSE 3 END ELSE CASE WHEN __f4 <= 1.05e+1 THEN 4 ELSE 5 END END END AS __t128,
  CASE WHEN (__f1 = 6 OR __f1 = 9) THEN 1 ELSE CASE WHEN __f4 <= 3.5e+0 OR __f4 IS NULL THEN CASE WHEN (__f9 = 3 OR __f9 = 5 OR __f9 = 6 OR __f9 = 7 OR __f9 = 10 OR __f9 = 15 OR __f9 = 16 OR __f9 = 17) THEN 2 ELSE 3 END ELSE CASE WHEN (__f11 = 1 OR __f11 = 2) THEN 4 ELSE 5 END END END AS __t129,
  CASE WHEN (__f0 = 1 OR __f0 = 2 OR __f0 = 5) THEN CASE WHEN (__f23 = 0 OR __f23 = 1 OR __f23 = 2 OR __f23 = 3 OR __f23 = 4 OR __f23 = 5) THEN CASE WHEN (__f10 = 2 OR __f10 = 6 OR __f10 = 9) THEN 1 ELSE 2 END ELSE CASE WHEN (__f9 = 3 OR __f9 = 5 OR __f9 = 7 OR __f9 = 9 OR __f9 = 11 OR __f9 = 12 OR __f9 = 14 OR __f9 = 15) THEN 3 ELSE 4 END END ELSE 5 END AS __t130,
  CASE WHEN __f26 <= 6.1475e+2 OR __f26 IS NULL THEN 1 ELSE CASE WHEN (__f23 = 1 OR __f23 = 3) THEN 2 ELSE CASE WHEN __f26 <= 7.2975e+2 THEN 3 ELSE CASE WHEN (__f7 = 0 OR __f7 = 1 OR __f7 = 3 OR __f7 = 7 OR __f7 = 8 OR __f7 = 10) THEN 4 ELSE 5 END END END END AS __t131,
  CASE WHEN __f5 <= 1.5765e+3 THEN 1 ELSE CASE WHEN (__f9 = 4 OR __f9 = 5 OR __f9 = 8 OR __f9 = 11 OR __f9 = 15) THEN 2 ELSE CASE WHEN (__f11 = 1 OR __f11 = 3 OR __f11 = 4) THEN 3 ELSE CASE WHEN __f5 <= 1.7575e+3 THEN 4 ELSE 5 END END END END AS __t132,
  CASE WHEN __f5 <= 4.175e+2 THEN CASE WHEN __f6 <= 7.25e+0 THEN CASE WHEN (__f11 = 0 OR __f11 = 4) THEN 1 ELSE CASE WHEN (__f7 = 1 OR __f7 = 3 OR __f7 = 5 OR __f7 = 8) THEN 2 ELSE 3 END END ELSE 4 END ELSE 5 END AS __t133,
  CASE WHEN __f6 <= 1.26e+0 THEN 1 ELSE CASE WHEN __f4 <= 2.5e+0 OR __f4 IS NULL THEN 2 ELSE CASE WHEN (__f9 = 1 OR __f9 = 2 OR __f9 = 6 OR __f9 = 7 OR __f9 = 8 OR __f9 = 9 OR __f9 = 10 OR __f9 = 11 OR __f9 = 13 OR __f9 = 14 OR __f9 = 15) THEN 3 ELSE CASE WHEN (__f7 = 1 OR __f7 = 2 OR __f7 = 3 OR __f7 = 5 OR __f7 = 9 OR __f7 = 10) THEN 4 ELSE 5 END END END END AS __t134,
  CASE WHEN __f2 <= 5e-1 THEN 1 ELSE CASE WHEN (__f9 = 0 OR __f9 = 2 OR __f9 = 4 OR __f9 = 7 OR __f9 = 8 OR __f9 = 10 OR __f9 = 12 OR __f9 = 14 OR __f9 = 18) THEN CASE WHEN __f6 <= 1.475e+0 THEN 2 ELSE CASE WHEN __f5 <= 2.525e+2 THEN 3 ELSE 4 END END ELSE 5 END END AS __t135,
  CASE WHEN (__f8 = 0 OR __f8 = 1 OR __f8 = 2 OR __f8 = 4 OR __f8 = 5 OR __f8 = 7) THEN CASE WHEN __f2 <= 5e-1 THEN 1 ELSE CASE WHEN (__f9 = 0 OR __f9 = 2 OR __f9 = 4 OR __f9 = 6 OR __f9 = 7 OR __f9 = 8 OR __f9 = 10 OR __f9 = 12 OR __f9 = 14 OR __f9 = 18) THEN 2 ELSE 3 END END ELSE CASE WHEN (__f9 = 0 OR __f9 = 5 OR __f9 = 6 OR __f9 = 7 OR __f9 = 8 OR __f9 = 9 OR __f9 = 10 OR __f9 = 11 OR __f9 = 12 OR __f9 = 13 OR __f9 = 18) THEN 4 ELSE 5 END END AS __t136,
  CASE WHEN (__f1 = 6) THEN 1 ELSE CASE WHEN __f5 <= 4.325e+2 THEN CASE WHEN __f6 <= 7.25e+0 THEN CASE WHEN (__f9 = 0 OR __f9 = 3 OR __f9 = 7 OR __f9 = 9 OR __f9 = 13 OR __f9 = 15 OR __f9 = 16 OR __f9 = 17) THEN 2 ELSE 3 END ELSE 4 END ELSE 5 END END AS __t137,
  CASE WHEN (__f0 = 1 OR __f0 = 2 OR __f0 = 5) THEN CASE WHEN (__f23 = 0 OR __f23 = 2 OR __f23 = 4) THEN 1 ELSE 2 END ELSE CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 2 OR __f9 = 3 OR __f9 = 4 OR __f9 = 5 OR __f9 = 6 OR __f9 = 7 OR __f9 = 8 OR __f9 = 9 OR __f9 = 10 OR __f9 = 11 OR __f9 = 13 OR __f9 = 14 OR __f9 = 15 OR __f9 = 16 OR __f9 = 17) THEN CASE WHEN (__f11 = 1 OR __f11 = 2 OR __f11 = 4) THEN 3 ELSE 4 END ELSE 5 END END AS __t138,
  CASE WHEN __f6 <= 1.26e+0 THEN CASE WHEN (__f9 = 3 OR __f9 = 4 OR __f9 = 5 OR __f9 = 12 OR __f9 = 15) THEN 1 ELSE CASE WHEN (__f11 = 0 OR __f11 = 3) THEN 2 ELSE CASE WHEN (__f1 = 1 OR __f1 = 4 OR __f1 = 6 OR __f1 = 7 OR __f1 = 8) THEN 3 ELSE 4 END END END ELSE 5 END AS __t139,
  CASE WHEN (__f10 = 6 OR __f10 = 8) THEN 1 ELSE CASE WHEN __f5 <= 1.5765e+3 THEN 2 ELSE CASE WHEN (__f9 = 4 OR __f9 = 5 OR __f9 = 8 OR __f9 = 11 OR __f9 = 15) THEN 3 ELSE CASE WHEN (__f11 = 1 OR __f11 = 3 OR __f11 = 4) THEN 4 ELSE 5 END END END END AS __t140,
  CASE WHEN (__f23 = 3 OR __f23 = 4 OR __f23 = 5) THEN CASE WHEN (__f9 = 0 OR __f9 = 6 OR __f9 = 10 OR __f9 = 12 OR __f9 = 13 OR __f9 = 15) THEN 1 ELSE CASE WHEN (__f10 = 0 OR __f10 = 1 OR __f10 = 2 OR __f10 = 7 OR __f10 = 8) THEN 2 ELSE CASE WHEN __f26 <= 1.629e+2 OR __f26 IS NULL THEN 3 ELSE 4 END END END ELSE 5 END AS __t141,
  CASE WHEN __f5 <= 4.175e+2 THEN CASE WHEN (__f10 = 1 OR __f10 = 2 OR __f10 = 5 OR __f10 = 8) THEN CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 4 OR __f9 = 6 OR __f9 = 8 OR __f9 = 9 OR __f9 = 10 OR __f9 = 12 OR __f9 = 16) THEN 1 ELSE 2 END ELSE CASE WHEN __f5 <= 4.95e+1 THEN 3 ELSE 4 END END ELSE 5 END AS __t142,
  CASE WHEN (__f8 = 0 OR __f8 = 1 OR __f8 = 2 OR __f8 = 4 OR __f8 = 5 OR __f8 = 7) THEN CASE WHEN __f2 <= 5e-1 THEN 1 ELSE CASE WHEN (__f1 = 0 OR __f1 = 2 OR __f1 = 3 OR __f1 = 4 OR __f1 = 6 OR __f1 = 7 OR __f1 = 8) THEN 2 ELSE 3 END END ELSE CASE WHEN (__f23 = 1 OR __f23 = 3 OR __f23 = 4 OR __f23 = 6) THEN 4 ELSE 5 END END AS __t143,
  CASE WHEN (__f10 = 0 OR __f10 = 1 OR __f10 = 2 OR __f10 = 5 OR __f10 = 6 OR __f10 = 8 OR __f10 = 9) THEN CASE WHEN __f4 <= 3.5e+0 OR __f4 IS NULL THEN 1 ELSE 2 END ELSE CASE WHEN (__f9 = 0 OR __f9 = 1 OR __f9 = 3 OR __f9 = 6 OR __f9 = 8 OR __f9 = 9 OR __f9 = 11 OR __f9 = 13 OR __f9 = 14) THEN CASE WHEN (__f7 = 1 OR __f7 = 3 OR __f7 = 6 OR __f7 = 7 OR __f7 = 8) THEN 3 ELSE 4 END ELSE 5 END END AS __t144
FROM (SELECT "__lead",
  CASE WHEN CAST("__x0" AS VARCHAR) IS NULL THEN 4 ELSE CASE LOWER(CAST("__x0" AS VARCHAR)) WHEN 'landing page submission' THEN 0 WHEN 'api' THEN 1 WHEN 'lead add form' THEN 2 WHEN 'lead import' THEN 3 WHEN '__missing__' THEN 4 ELSE 5 END END AS __f0,
  CASE WHEN CAST("__x1" AS VARCHAR) IS NULL THEN 8 ELSE CASE LOWER(CAST("__x1" AS VARCHAR)) WHEN 'google' THEN 0 WHEN 'direct traffic' THEN 1 WHEN 'olark chat' THEN 2 WHEN 'organic search' THEN 3 WHEN 'reference' THEN 4 WHEN 'referral sites' THEN 5 WHEN 'welingak website' THEN 6 WHEN 'facebook' THEN 7 WHEN '__missing__' THEN 8 ELSE 9 END END AS __f1,
  CASE WHEN "__x2" THEN 1e0 WHEN NOT "__x2" THEN 0e0 END AS __f2,
  CAST("__x4" AS DOUBLE) AS __f4,
  CAST("__x5" AS DOUBLE) AS __f5,
  CAST("__x6" AS DOUBLE) AS __f6,
  CASE WHEN CAST("__x7" AS VARCHAR) IS NULL THEN 11 ELSE CASE LOWER(CAST("__x7" AS VARCHAR)) WHEN 'email opened' THEN 0 WHEN 'sms sent' THEN 1 WHEN 'olark chat conversation' THEN 2 WHEN 'page visited on website' THEN 3 WHEN 'converted to lead' THEN 4 WHEN 'email bounced' THEN 5 WHEN 'email link clicked' THEN 6 WHEN 'form submitted on website' THEN 7 WHEN 'unreachable' THEN 8 WHEN 'unsubscribed' THEN 9 WHEN 'had a phone conversation' THEN 10 WHEN '__missing__' THEN 11 ELSE 12 END END AS __f7,
  CASE WHEN CAST("__x8" AS VARCHAR) IS NULL THEN 7 ELSE CASE LOWER(CAST("__x8" AS VARCHAR)) WHEN 'india' THEN 0 WHEN 'united states' THEN 1 WHEN 'united arab emirates' THEN 2 WHEN 'saudi arabia' THEN 3 WHEN 'singapore' THEN 4 WHEN 'united kingdom' THEN 5 WHEN 'australia' THEN 6 WHEN '__missing__' THEN 7 ELSE 8 END END AS __f8,
  CASE WHEN CAST("__x9" AS VARCHAR) IS NULL THEN 18 ELSE CASE LOWER(CAST("__x9" AS VARCHAR)) WHEN 'finance management' THEN 0 WHEN 'marketing management' THEN 1 WHEN 'human resource management' THEN 2 WHEN 'operations management' THEN 3 WHEN 'business administration' THEN 4 WHEN 'it projects management' THEN 5 WHEN 'supply chain management' THEN 6 WHEN 'banking, investment and insurance' THEN 7 WHEN 'media and advertising' THEN 8 WHEN 'travel and tourism' THEN 9 WHEN 'international business' THEN 10 WHEN 'healthcare management' THEN 11 WHEN 'hospitality management' THEN 12 WHEN 'e-commerce' THEN 13 WHEN 'retail management' THEN 14 WHEN 'rural and agribusiness' THEN 15 WHEN 'e-business' THEN 16 WHEN 'services excellence' THEN 17 WHEN '__missing__' THEN 18 ELSE 19 END END AS __f9,
  CASE WHEN CAST("__x10" AS VARCHAR) IS NULL THEN 9 ELSE CASE LOWER(CAST("__x10" AS VARCHAR)) WHEN 'online search' THEN 0 WHEN 'word of mouth' THEN 1 WHEN 'student of someschool' THEN 2 WHEN 'other' THEN 3 WHEN 'multiple sources' THEN 4 WHEN 'advertisements' THEN 5 WHEN 'social media' THEN 6 WHEN 'sms' THEN 7 WHEN 'email' THEN 8 WHEN '__missing__' THEN 9 ELSE 10 END END AS __f10,
  CASE WHEN CAST("__x11" AS VARCHAR) IS NULL THEN 3 ELSE CASE LOWER(CAST("__x11" AS VARCHAR)) WHEN 'unemployed' THEN 0 WHEN 'working professional' THEN 1 WHEN 'student' THEN 2 WHEN '__missing__' THEN 3 ELSE 4 END END AS __f11,
  CASE WHEN CAST("__x12" AS VARCHAR) IS NULL THEN 1 ELSE CASE LOWER(CAST("__x12" AS VARCHAR)) WHEN 'better career prospects' THEN 0 WHEN '__missing__' THEN 1 ELSE 2 END END AS __f12,
  CASE WHEN CAST("__x23" AS VARCHAR) IS NULL THEN 6 ELSE CASE LOWER(CAST("__x23" AS VARCHAR)) WHEN 'mumbai' THEN 0 WHEN 'thane & outskirts' THEN 1 WHEN 'other cities' THEN 2 WHEN 'other cities of maharashtra' THEN 3 WHEN 'other metro cities' THEN 4 WHEN 'tier ii cities' THEN 5 WHEN '__missing__' THEN 6 ELSE 7 END END AS __f23,
  CASE WHEN "__x25" THEN 1e0 WHEN NOT "__x25" THEN 0e0 END AS __f25,
  (CAST("__x5" AS DOUBLE) / NULLIF(CAST("__x4" AS DOUBLE), 0)) AS __f26,
  CASE WHEN __f0 = 5 THEN CAST("__x0" AS VARCHAR) ELSE ['Landing Page Submission', 'API', 'Lead Add Form', 'Lead Import', 'missing', 'other'][__f0 + 1] END AS __v0,
  CASE WHEN __f1 = 9 THEN CAST("__x1" AS VARCHAR) ELSE ['Google', 'Direct Traffic', 'Olark Chat', 'Organic Search', 'Reference', 'Referral Sites', 'Welingak Website', 'Facebook', 'missing', 'other'][__f1 + 1] END AS __v1,
  CASE WHEN __f2 = 1 THEN 'Yes' WHEN __f2 = 0 THEN 'No' ELSE 'missing' END AS __v2,
  CASE WHEN __f4 IS NULL THEN 'missing' WHEN ROUND(__f4, 2) = ROUND(ROUND(__f4, 2)) AND abs(ROUND(__f4, 2)) < 9e18 THEN CAST(CAST(ROUND(__f4, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f4, 2) AS VARCHAR) END AS __v4,
  CASE WHEN __f5 IS NULL THEN 'missing' WHEN ROUND(__f5, 2) = ROUND(ROUND(__f5, 2)) AND abs(ROUND(__f5, 2)) < 9e18 THEN CAST(CAST(ROUND(__f5, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f5, 2) AS VARCHAR) END AS __v5,
  CASE WHEN __f6 IS NULL THEN 'missing' WHEN ROUND(__f6, 2) = ROUND(ROUND(__f6, 2)) AND abs(ROUND(__f6, 2)) < 9e18 THEN CAST(CAST(ROUND(__f6, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f6, 2) AS VARCHAR) END AS __v6,
  CASE WHEN __f7 = 12 THEN CAST("__x7" AS VARCHAR) ELSE ['Email Opened', 'SMS Sent', 'Olark Chat Conversation', 'Page Visited on Website', 'Converted to Lead', 'Email Bounced', 'Email Link Clicked', 'Form Submitted on Website', 'Unreachable', 'Unsubscribed', 'Had a Phone Conversation', 'missing', 'other'][__f7 + 1] END AS __v7,
  CASE WHEN __f8 = 8 THEN CAST("__x8" AS VARCHAR) ELSE ['India', 'United States', 'United Arab Emirates', 'Saudi Arabia', 'Singapore', 'United Kingdom', 'Australia', 'missing', 'other'][__f8 + 1] END AS __v8,
  CASE WHEN __f9 = 19 THEN CAST("__x9" AS VARCHAR) ELSE ['Finance Management', 'Marketing Management', 'Human Resource Management', 'Operations Management', 'Business Administration', 'IT Projects Management', 'Supply Chain Management', 'Banking, Investment And Insurance', 'Media and Advertising', 'Travel and Tourism', 'International Business', 'Healthcare Management', 'Hospitality Management', 'E-COMMERCE', 'Retail Management', 'Rural and Agribusiness', 'E-Business', 'Services Excellence', 'missing', 'other'][__f9 + 1] END AS __v9,
  CASE WHEN __f10 = 10 THEN CAST("__x10" AS VARCHAR) ELSE ['Online Search', 'Word Of Mouth', 'Student of SomeSchool', 'Other', 'Multiple Sources', 'Advertisements', 'Social Media', 'SMS', 'Email', 'missing', 'other'][__f10 + 1] END AS __v10,
  CASE WHEN __f11 = 4 THEN CAST("__x11" AS VARCHAR) ELSE ['Unemployed', 'Working Professional', 'Student', 'missing', 'other'][__f11 + 1] END AS __v11,
  CASE WHEN __f12 = 2 THEN CAST("__x12" AS VARCHAR) ELSE ['Better Career Prospects', 'missing', 'other'][__f12 + 1] END AS __v12,
  CASE WHEN __f23 = 7 THEN CAST("__x23" AS VARCHAR) ELSE ['Mumbai', 'Thane & Outskirts', 'Other Cities', 'Other Cities of Maharashtra', 'Other Metro Cities', 'Tier II Cities', 'missing', 'other'][__f23 + 1] END AS __v23,
  CASE WHEN __f25 = 1 THEN 'Yes' WHEN __f25 = 0 THEN 'No' ELSE 'missing' END AS __v25,
  CASE WHEN __f26 IS NULL THEN 'missing' WHEN ROUND(__f26, 2) = ROUND(ROUND(__f26, 2)) AND abs(ROUND(__f26, 2)) < 9e18 THEN CAST(CAST(ROUND(__f26, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f26, 2) AS VARCHAR) END AS __v26
FROM (SELECT 0 AS __lead,
  CASE json_type(__r0) WHEN 'VARCHAR' THEN __t0 WHEN 'BOOLEAN' THEN CAST(__r0 AS VARCHAR) WHEN 'BIGINT' THEN CASE WHEN CAST(__r0 AS DOUBLE) = trunc(CAST(__r0 AS DOUBLE)) AND abs(CAST(__r0 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r0 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r0 AS DOUBLE) AS VARCHAR) END WHEN 'UBIGINT' THEN CASE WHEN CAST(__r0 AS DOUBLE) = trunc(CAST(__r0 AS DOUBLE)) AND abs(CAST(__r0 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r0 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r0 AS DOUBLE) AS VARCHAR) END WHEN 'DOUBLE' THEN CASE WHEN CAST(__r0 AS DOUBLE) = trunc(CAST(__r0 AS DOUBLE)) AND abs(CAST(__r0 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r0 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r0 AS DOUBLE) AS VARCHAR) END END AS __x0,
  CASE json_type(__r1) WHEN 'VARCHAR' THEN __t1 WHEN 'BOOLEAN' THEN CAST(__r1 AS VARCHAR) WHEN 'BIGINT' THEN CASE WHEN CAST(__r1 AS DOUBLE) = trunc(CAST(__r1 AS DOUBLE)) AND abs(CAST(__r1 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r1 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r1 AS DOUBLE) AS VARCHAR) END WHEN 'UBIGINT' THEN CASE WHEN CAST(__r1 AS DOUBLE) = trunc(CAST(__r1 AS DOUBLE)) AND abs(CAST(__r1 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r1 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r1 AS DOUBLE) AS VARCHAR) END WHEN 'DOUBLE' THEN CASE WHEN CAST(__r1 AS DOUBLE) = trunc(CAST(__r1 AS DOUBLE)) AND abs(CAST(__r1 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r1 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r1 AS DOUBLE) AS VARCHAR) END END AS __x1,
  CASE json_type(__r2) WHEN 'BOOLEAN' THEN CAST(__r2 AS BOOLEAN) WHEN 'VARCHAR' THEN CASE lower(__t2) WHEN 'true' THEN TRUE WHEN 'yes' THEN TRUE WHEN 'y' THEN TRUE WHEN 't' THEN TRUE WHEN '1' THEN TRUE WHEN 'false' THEN FALSE WHEN 'no' THEN FALSE WHEN 'n' THEN FALSE WHEN 'f' THEN FALSE WHEN '0' THEN FALSE END WHEN 'BIGINT' THEN CASE CAST(__r2 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END WHEN 'UBIGINT' THEN CASE CAST(__r2 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END WHEN 'DOUBLE' THEN CASE CAST(__r2 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END END AS __x2,
  CASE json_type(__r3) WHEN 'BOOLEAN' THEN CAST(__r3 AS BOOLEAN) WHEN 'VARCHAR' THEN CASE lower(__t3) WHEN 'true' THEN TRUE WHEN 'yes' THEN TRUE WHEN 'y' THEN TRUE WHEN 't' THEN TRUE WHEN '1' THEN TRUE WHEN 'false' THEN FALSE WHEN 'no' THEN FALSE WHEN 'n' THEN FALSE WHEN 'f' THEN FALSE WHEN '0' THEN FALSE END WHEN 'BIGINT' THEN CASE CAST(__r3 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END WHEN 'UBIGINT' THEN CASE CAST(__r3 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END WHEN 'DOUBLE' THEN CASE CAST(__r3 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END END AS __x3,
  CASE WHEN json_type(__r4) IN ('BIGINT', 'UBIGINT', 'DOUBLE') THEN CASE WHEN CAST(__r4 AS DOUBLE) = trunc(CAST(__r4 AS DOUBLE)) AND abs(CAST(__r4 AS DOUBLE)) < 9.223372036854775808e18 THEN CAST(__r4 AS DOUBLE) END WHEN regexp_full_match(__t4, '^[+-]?[0-9]+([.]0+)?$') THEN CASE WHEN TRY_CAST(__t4 AS DOUBLE) = trunc(TRY_CAST(__t4 AS DOUBLE)) AND abs(TRY_CAST(__t4 AS DOUBLE)) < 9.223372036854775808e18 THEN TRY_CAST(__t4 AS DOUBLE) END END AS __x4,
  CASE WHEN json_type(__r5) IN ('BIGINT', 'UBIGINT', 'DOUBLE') THEN CASE WHEN CAST(__r5 AS DOUBLE) = trunc(CAST(__r5 AS DOUBLE)) AND abs(CAST(__r5 AS DOUBLE)) < 9.223372036854775808e18 THEN CAST(__r5 AS DOUBLE) END WHEN regexp_full_match(__t5, '^[+-]?[0-9]+([.]0+)?$') THEN CASE WHEN TRY_CAST(__t5 AS DOUBLE) = trunc(TRY_CAST(__t5 AS DOUBLE)) AND abs(TRY_CAST(__t5 AS DOUBLE)) < 9.223372036854775808e18 THEN TRY_CAST(__t5 AS DOUBLE) END END AS __x5,
  CASE WHEN json_type(__r6) IN ('BIGINT', 'UBIGINT', 'DOUBLE') THEN CASE WHEN isfinite(CAST(__r6 AS DOUBLE)) THEN CAST(__r6 AS DOUBLE) END WHEN regexp_full_match(__t6, '^[+-]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][+-]?[0-9]+)?$') THEN CASE WHEN isfinite(TRY_CAST(__t6 AS DOUBLE)) THEN TRY_CAST(__t6 AS DOUBLE) END END AS __x6,
  CASE json_type(__r7) WHEN 'VARCHAR' THEN __t7 WHEN 'BOOLEAN' THEN CAST(__r7 AS VARCHAR) WHEN 'BIGINT' THEN CASE WHEN CAST(__r7 AS DOUBLE) = trunc(CAST(__r7 AS DOUBLE)) AND abs(CAST(__r7 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r7 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r7 AS DOUBLE) AS VARCHAR) END WHEN 'UBIGINT' THEN CASE WHEN CAST(__r7 AS DOUBLE) = trunc(CAST(__r7 AS DOUBLE)) AND abs(CAST(__r7 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r7 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r7 AS DOUBLE) AS VARCHAR) END WHEN 'DOUBLE' THEN CASE WHEN CAST(__r7 AS DOUBLE) = trunc(CAST(__r7 AS DOUBLE)) AND abs(CAST(__r7 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r7 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r7 AS DOUBLE) AS VARCHAR) END END AS __x7,
  CASE json_type(__r8) WHEN 'VARCHAR' THEN __t8 WHEN 'BOOLEAN' THEN CAST(__r8 AS VARCHAR) WHEN 'BIGINT' THEN CASE WHEN CAST(__r8 AS DOUBLE) = trunc(CAST(__r8 AS DOUBLE)) AND abs(CAST(__r8 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r8 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r8 AS DOUBLE) AS VARCHAR) END WHEN 'UBIGINT' THEN CASE WHEN CAST(__r8 AS DOUBLE) = trunc(CAST(__r8 AS DOUBLE)) AND abs(CAST(__r8 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r8 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r8 AS DOUBLE) AS VARCHAR) END WHEN 'DOUBLE' THEN CASE WHEN CAST(__r8 AS DOUBLE) = trunc(CAST(__r8 AS DOUBLE)) AND abs(CAST(__r8 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r8 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r8 AS DOUBLE) AS VARCHAR) END END AS __x8,
  CASE json_type(__r9) WHEN 'VARCHAR' THEN __t9 WHEN 'BOOLEAN' THEN CAST(__r9 AS VARCHAR) WHEN 'BIGINT' THEN CASE WHEN CAST(__r9 AS DOUBLE) = trunc(CAST(__r9 AS DOUBLE)) AND abs(CAST(__r9 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r9 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r9 AS DOUBLE) AS VARCHAR) END WHEN 'UBIGINT' THEN CASE WHEN CAST(__r9 AS DOUBLE) = trunc(CAST(__r9 AS DOUBLE)) AND abs(CAST(__r9 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r9 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r9 AS DOUBLE) AS VARCHAR) END WHEN 'DOUBLE' THEN CASE WHEN CAST(__r9 AS DOUBLE) = trunc(CAST(__r9 AS DOUBLE)) AND abs(CAST(__r9 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r9 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r9 AS DOUBLE) AS VARCHAR) END END AS __x9,
  CASE json_type(__r10) WHEN 'VARCHAR' THEN __t10 WHEN 'BOOLEAN' THEN CAST(__r10 AS VARCHAR) WHEN 'BIGINT' THEN CASE WHEN CAST(__r10 AS DOUBLE) = trunc(CAST(__r10 AS DOUBLE)) AND abs(CAST(__r10 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r10 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r10 AS DOUBLE) AS VARCHAR) END WHEN 'UBIGINT' THEN CASE WHEN CAST(__r10 AS DOUBLE) = trunc(CAST(__r10 AS DOUBLE)) AND abs(CAST(__r10 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r10 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r10 AS DOUBLE) AS VARCHAR) END WHEN 'DOUBLE' THEN CASE WHEN CAST(__r10 AS DOUBLE) = trunc(CAST(__r10 AS DOUBLE)) AND abs(CAST(__r10 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r10 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r10 AS DOUBLE) AS VARCHAR) END END AS __x10,
  CASE json_type(__r11) WHEN 'VARCHAR' THEN __t11 WHEN 'BOOLEAN' THEN CAST(__r11 AS VARCHAR) WHEN 'BIGINT' THEN CASE WHEN CAST(__r11 AS DOUBLE) = trunc(CAST(__r11 AS DOUBLE)) AND abs(CAST(__r11 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r11 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r11 AS DOUBLE) AS VARCHAR) END WHEN 'UBIGINT' THEN CASE WHEN CAST(__r11 AS DOUBLE) = trunc(CAST(__r11 AS DOUBLE)) AND abs(CAST(__r11 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r11 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r11 AS DOUBLE) AS VARCHAR) END WHEN 'DOUBLE' THEN CASE WHEN CAST(__r11 AS DOUBLE) = trunc(CAST(__r11 AS DOUBLE)) AND abs(CAST(__r11 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r11 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r11 AS DOUBLE) AS VARCHAR) END END AS __x11,
  CASE json_type(__r12) WHEN 'VARCHAR' THEN __t12 WHEN 'BOOLEAN' THEN CAST(__r12 AS VARCHAR) WHEN 'BIGINT' THEN CASE WHEN CAST(__r12 AS DOUBLE) = trunc(CAST(__r12 AS DOUBLE)) AND abs(CAST(__r12 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r12 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r12 AS DOUBLE) AS VARCHAR) END WHEN 'UBIGINT' THEN CASE WHEN CAST(__r12 AS DOUBLE) = trunc(CAST(__r12 AS DOUBLE)) AND abs(CAST(__r12 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r12 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r12 AS DOUBLE) AS VARCHAR) END WHEN 'DOUBLE' THEN CASE WHEN CAST(__r12 AS DOUBLE) = trunc(CAST(__r12 AS DOUBLE)) AND abs(CAST(__r12 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r12 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r12 AS DOUBLE) AS VARCHAR) END END AS __x12,
  CASE json_type(__r13) WHEN 'BOOLEAN' THEN CAST(__r13 AS BOOLEAN) WHEN 'VARCHAR' THEN CASE lower(__t13) WHEN 'true' THEN TRUE WHEN 'yes' THEN TRUE WHEN 'y' THEN TRUE WHEN 't' THEN TRUE WHEN '1' THEN TRUE WHEN 'false' THEN FALSE WHEN 'no' THEN FALSE WHEN 'n' THEN FALSE WHEN 'f' THEN FALSE WHEN '0' THEN FALSE END WHEN 'BIGINT' THEN CASE CAST(__r13 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END WHEN 'UBIGINT' THEN CASE CAST(__r13 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END WHEN 'DOUBLE' THEN CASE CAST(__r13 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END END AS __x13,
  CASE json_type(__r14) WHEN 'BOOLEAN' THEN CAST(__r14 AS BOOLEAN) WHEN 'VARCHAR' THEN CASE lower(__t14) WHEN 'true' THEN TRUE WHEN 'yes' THEN TRUE WHEN 'y' THEN TRUE WHEN 't' THEN TRUE WHEN '1' THEN TRUE WHEN 'false' THEN FALSE WHEN 'no' THEN FALSE WHEN 'n' THEN FALSE WHEN 'f' THEN FALSE WHEN '0' THEN FALSE END WHEN 'BIGINT' THEN CASE CAST(__r14 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END WHEN 'UBIGINT' THEN CASE CAST(__r14 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END WHEN 'DOUBLE' THEN CASE CAST(__r14 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END END AS __x14,
  CASE json_type(__r15) WHEN 'BOOLEAN' THEN CAST(__r15 AS BOOLEAN) WHEN 'VARCHAR' THEN CASE lower(__t15) WHEN 'true' THEN TRUE WHEN 'yes' THEN TRUE WHEN 'y' THEN TRUE WHEN 't' THEN TRUE WHEN '1' THEN TRUE WHEN 'false' THEN FALSE WHEN 'no' THEN FALSE WHEN 'n' THEN FALSE WHEN 'f' THEN FALSE WHEN '0' THEN FALSE END WHEN 'BIGINT' THEN CASE CAST(__r15 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END WHEN 'UBIGINT' THEN CASE CAST(__r15 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END WHEN 'DOUBLE' THEN CASE CAST(__r15 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END END AS __x15,
  CASE json_type(__r16) WHEN 'BOOLEAN' THEN CAST(__r16 AS BOOLEAN) WHEN 'VARCHAR' THEN CASE lower(__t16) WHEN 'true' THEN TRUE WHEN 'yes' THEN TRUE WHEN 'y' THEN TRUE WHEN 't' THEN TRUE WHEN '1' THEN TRUE WHEN 'false' THEN FALSE WHEN 'no' THEN FALSE WHEN 'n' THEN FALSE WHEN 'f' THEN FALSE WHEN '0' THEN FALSE END WHEN 'BIGINT' THEN CASE CAST(__r16 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END WHEN 'UBIGINT' THEN CASE CAST(__r16 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END WHEN 'DOUBLE' THEN CASE CAST(__r16 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END END AS __x16,
  CASE json_type(__r17) WHEN 'BOOLEAN' THEN CAST(__r17 AS BOOLEAN) WHEN 'VARCHAR' THEN CASE lower(__t17) WHEN 'true' THEN TRUE WHEN 'yes' THEN TRUE WHEN 'y' THEN TRUE WHEN 't' THEN TRUE WHEN '1' THEN TRUE WHEN 'false' THEN FALSE WHEN 'no' THEN FALSE WHEN 'n' THEN FALSE WHEN 'f' THEN FALSE WHEN '0' THEN FALSE END WHEN 'BIGINT' THEN CASE CAST(__r17 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END WHEN 'UBIGINT' THEN CASE CAST(__r17 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END WHEN 'DOUBLE' THEN CASE CAST(__r17 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END END AS __x17,
  CASE json_type(__r18) WHEN 'BOOLEAN' THEN CAST(__r18 AS BOOLEAN) WHEN 'VARCHAR' THEN CASE lower(__t18) WHEN 'true' THEN TRUE WHEN 'yes' THEN TRUE WHEN 'y' THEN TRUE WHEN 't' THEN TRUE WHEN '1' THEN TRUE WHEN 'false' THEN FALSE WHEN 'no' THEN FALSE WHEN 'n' THEN FALSE WHEN 'f' THEN FALSE WHEN '0' THEN FALSE END WHEN 'BIGINT' THEN CASE CAST(__r18 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END WHEN 'UBIGINT' THEN CASE CAST(__r18 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END WHEN 'DOUBLE' THEN CASE CAST(__r18 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END END AS __x18,
  CASE json_type(__r19) WHEN 'BOOLEAN' THEN CAST(__r19 AS BOOLEAN) WHEN 'VARCHAR' THEN CASE lower(__t19) WHEN 'true' THEN TRUE WHEN 'yes' THEN TRUE WHEN 'y' THEN TRUE WHEN 't' THEN TRUE WHEN '1' THEN TRUE WHEN 'false' THEN FALSE WHEN 'no' THEN FALSE WHEN 'n' THEN FALSE WHEN 'f' THEN FALSE WHEN '0' THEN FALSE END WHEN 'BIGINT' THEN CASE CAST(__r19 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END WHEN 'UBIGINT' THEN CASE CAST(__r19 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END WHEN 'DOUBLE' THEN CASE CAST(__r19 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END END AS __x19,
  CASE json_type(__r20) WHEN 'BOOLEAN' THEN CAST(__r20 AS BOOLEAN) WHEN 'VARCHAR' THEN CASE lower(__t20) WHEN 'true' THEN TRUE WHEN 'yes' THEN TRUE WHEN 'y' THEN TRUE WHEN 't' THEN TRUE WHEN '1' THEN TRUE WHEN 'false' THEN FALSE WHEN 'no' THEN FALSE WHEN 'n' THEN FALSE WHEN 'f' THEN FALSE WHEN '0' THEN FALSE END WHEN 'BIGINT' THEN CASE CAST(__r20 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END WHEN 'UBIGINT' THEN CASE CAST(__r20 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END WHEN 'DOUBLE' THEN CASE CAST(__r20 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END END AS __x20,
  CASE json_type(__r21) WHEN 'BOOLEAN' THEN CAST(__r21 AS BOOLEAN) WHEN 'VARCHAR' THEN CASE lower(__t21) WHEN 'true' THEN TRUE WHEN 'yes' THEN TRUE WHEN 'y' THEN TRUE WHEN 't' THEN TRUE WHEN '1' THEN TRUE WHEN 'false' THEN FALSE WHEN 'no' THEN FALSE WHEN 'n' THEN FALSE WHEN 'f' THEN FALSE WHEN '0' THEN FALSE END WHEN 'BIGINT' THEN CASE CAST(__r21 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END WHEN 'UBIGINT' THEN CASE CAST(__r21 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END WHEN 'DOUBLE' THEN CASE CAST(__r21 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END END AS __x21,
  CASE json_type(__r22) WHEN 'BOOLEAN' THEN CAST(__r22 AS BOOLEAN) WHEN 'VARCHAR' THEN CASE lower(__t22) WHEN 'true' THEN TRUE WHEN 'yes' THEN TRUE WHEN 'y' THEN TRUE WHEN 't' THEN TRUE WHEN '1' THEN TRUE WHEN 'false' THEN FALSE WHEN 'no' THEN FALSE WHEN 'n' THEN FALSE WHEN 'f' THEN FALSE WHEN '0' THEN FALSE END WHEN 'BIGINT' THEN CASE CAST(__r22 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END WHEN 'UBIGINT' THEN CASE CAST(__r22 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END WHEN 'DOUBLE' THEN CASE CAST(__r22 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END END AS __x22,
  CASE json_type(__r23) WHEN 'VARCHAR' THEN __t23 WHEN 'BOOLEAN' THEN CAST(__r23 AS VARCHAR) WHEN 'BIGINT' THEN CASE WHEN CAST(__r23 AS DOUBLE) = trunc(CAST(__r23 AS DOUBLE)) AND abs(CAST(__r23 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r23 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r23 AS DOUBLE) AS VARCHAR) END WHEN 'UBIGINT' THEN CASE WHEN CAST(__r23 AS DOUBLE) = trunc(CAST(__r23 AS DOUBLE)) AND abs(CAST(__r23 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r23 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r23 AS DOUBLE) AS VARCHAR) END WHEN 'DOUBLE' THEN CASE WHEN CAST(__r23 AS DOUBLE) = trunc(CAST(__r23 AS DOUBLE)) AND abs(CAST(__r23 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r23 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r23 AS DOUBLE) AS VARCHAR) END END AS __x23,
  CASE json_type(__r24) WHEN 'BOOLEAN' THEN CAST(__r24 AS BOOLEAN) WHEN 'VARCHAR' THEN CASE lower(__t24) WHEN 'true' THEN TRUE WHEN 'yes' THEN TRUE WHEN 'y' THEN TRUE WHEN 't' THEN TRUE WHEN '1' THEN TRUE WHEN 'false' THEN FALSE WHEN 'no' THEN FALSE WHEN 'n' THEN FALSE WHEN 'f' THEN FALSE WHEN '0' THEN FALSE END WHEN 'BIGINT' THEN CASE CAST(__r24 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END WHEN 'UBIGINT' THEN CASE CAST(__r24 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END WHEN 'DOUBLE' THEN CASE CAST(__r24 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END END AS __x24,
  CASE json_type(__r25) WHEN 'BOOLEAN' THEN CAST(__r25 AS BOOLEAN) WHEN 'VARCHAR' THEN CASE lower(__t25) WHEN 'true' THEN TRUE WHEN 'yes' THEN TRUE WHEN 'y' THEN TRUE WHEN 't' THEN TRUE WHEN '1' THEN TRUE WHEN 'false' THEN FALSE WHEN 'no' THEN FALSE WHEN 'n' THEN FALSE WHEN 'f' THEN FALSE WHEN '0' THEN FALSE END WHEN 'BIGINT' THEN CASE CAST(__r25 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END WHEN 'UBIGINT' THEN CASE CAST(__r25 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END WHEN 'DOUBLE' THEN CASE CAST(__r25 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END END AS __x25
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
  CASE WHEN json_type(__r0) = 'VARCHAR' THEN CASE WHEN lower(trim(__r0 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE trim(__r0 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) END END AS __t0,
  CASE WHEN json_type(__r1) = 'VARCHAR' THEN CASE WHEN lower(trim(__r1 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE trim(__r1 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) END END AS __t1,
  CASE WHEN json_type(__r2) = 'VARCHAR' THEN CASE WHEN lower(trim(__r2 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE trim(__r2 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) END END AS __t2,
  CASE WHEN json_type(__r3) = 'VARCHAR' THEN CASE WHEN lower(trim(__r3 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE trim(__r3 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) END END AS __t3,
  CASE WHEN json_type(__r4) = 'VARCHAR' THEN CASE WHEN lower(trim(__r4 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE trim(__r4 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) END END AS __t4,
  CASE WHEN json_type(__r5) = 'VARCHAR' THEN CASE WHEN lower(trim(__r5 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE trim(__r5 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) END END AS __t5,
  CASE WHEN json_type(__r6) = 'VARCHAR' THEN CASE WHEN lower(trim(__r6 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE trim(__r6 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) END END AS __t6,
  CASE WHEN json_type(__r7) = 'VARCHAR' THEN CASE WHEN lower(trim(__r7 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE trim(__r7 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) END END AS __t7,
  CASE WHEN json_type(__r8) = 'VARCHAR' THEN CASE WHEN lower(trim(__r8 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE trim(__r8 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) END END AS __t8,
  CASE WHEN json_type(__r9) = 'VARCHAR' THEN CASE WHEN lower(trim(__r9 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE trim(__r9 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) END END AS __t9,
  CASE WHEN json_type(__r10) = 'VARCHAR' THEN CASE WHEN lower(trim(__r10 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE trim(__r10 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) END END AS __t10,
  CASE WHEN json_type(__r11) = 'VARCHAR' THEN CASE WHEN lower(trim(__r11 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE trim(__r11 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) END END AS __t11,
  CASE WHEN json_type(__r12) = 'VARCHAR' THEN CASE WHEN lower(trim(__r12 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE trim(__r12 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) END END AS __t12,
  CASE WHEN json_type(__r13) = 'VARCHAR' THEN CASE WHEN lower(trim(__r13 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE trim(__r13 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) END END AS __t13,
  CASE WHEN json_type(__r14) = 'VARCHAR' THEN CASE WHEN lower(trim(__r14 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE trim(__r14 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) END END AS __t14,
  CASE WHEN json_type(__r15) = 'VARCHAR' THEN CASE WHEN lower(trim(__r15 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE trim(__r15 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) END END AS __t15,
  CASE WHEN json_type(__r16) = 'VARCHAR' THEN CASE WHEN lower(trim(__r16 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE trim(__r16 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) END END AS __t16,
  CASE WHEN json_type(__r17) = 'VARCHAR' THEN CASE WHEN lower(trim(__r17 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE trim(__r17 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) END END AS __t17,
  CASE WHEN json_type(__r18) = 'VARCHAR' THEN CASE WHEN lower(trim(__r18 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE trim(__r18 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) END END AS __t18,
  CASE WHEN json_type(__r19) = 'VARCHAR' THEN CASE WHEN lower(trim(__r19 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE trim(__r19 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) END END AS __t19,
  CASE WHEN json_type(__r20) = 'VARCHAR' THEN CASE WHEN lower(trim(__r20 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE trim(__r20 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) END END AS __t20,
  CASE WHEN json_type(__r21) = 'VARCHAR' THEN CASE WHEN lower(trim(__r21 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE trim(__r21 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) END END AS __t21,
  CASE WHEN json_type(__r22) = 'VARCHAR' THEN CASE WHEN lower(trim(__r22 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE trim(__r22 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) END END AS __t22,
  CASE WHEN json_type(__r23) = 'VARCHAR' THEN CASE WHEN lower(trim(__r23 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE trim(__r23 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) END END AS __t23,
  CASE WHEN json_type(__r24) = 'VARCHAR' THEN CASE WHEN lower(trim(__r24 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE trim(__r24 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) END END AS __t24,
  CASE WHEN json_type(__r25) = 'VARCHAR' THEN CASE WHEN lower(trim(__r25 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE trim(__r25 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) END END AS __t25
FROM (SELECT json_extract(__j, '$."lead_origin"') AS __r0,
  json_extract(__j, '$."lead_source"') AS __r1,
  json_extract(__j, '$."do_not_email"') AS __r2,
  json_extract(__j, '$."do_not_call"') AS __r3,
  json_extract(__j, '$."total_visits"') AS __r4,
  json_extract(__j, '$."total_time_spent_on_website"') AS __r5,
  json_extract(__j, '$."page_views_per_visit"') AS __r6,
  json_extract(__j, '$."last_activity"') AS __r7,
  json_extract(__j, '$."country"') AS __r8,
  json_extract(__j, '$."specialization"') AS __r9,
  json_extract(__j, '$."how_did_you_hear_about_x_education"') AS __r10,
  json_extract(__j, '$."what_is_your_current_occupation"') AS __r11,
  json_extract(__j, '$."what_matters_most_to_you_in_choosing_a_course"') AS __r12,
  json_extract(__j, '$."search"') AS __r13,
  json_extract(__j, '$."magazine"') AS __r14,
  json_extract(__j, '$."newspaper_article"') AS __r15,
  json_extract(__j, '$."x_education_forums"') AS __r16,
  json_extract(__j, '$."newspaper"') AS __r17,
  json_extract(__j, '$."digital_advertisement"') AS __r18,
  json_extract(__j, '$."through_recommendations"') AS __r19,
  json_extract(__j, '$."receive_more_updates_about_our_courses"') AS __r20,
  json_extract(__j, '$."update_me_on_supply_chain_content"') AS __r21,
  json_extract(__j, '$."get_updates_on_dm_content"') AS __r22,
  json_extract(__j, '$."city"') AS __r23,
  json_extract(__j, '$."i_agree_to_pay_the_amount_through_cheque"') AS __r24,
  json_extract(__j, '$."a_free_copy_of_mastering_the_interview"') AS __r25
FROM (SELECT CAST(lead AS JSON) AS __j) AS __lead_json) AS __lead_raw) AS __lead_text) AS __lead_values) AS __l1) AS __l2) AS __l3) AS __l4) AS __l5) AS __l6) AS __l7) AS __l8) AS __l9) AS __scored
);
-- next
COMMIT;
-- next
SELECT 1 FROM load_history WHERE file_name = $name AND checksum = $checksum AND status IN ('LOADED', 'PARTIALLY_LOADED') LIMIT 1;
-- next
SELECT 1 FROM load_history WHERE file_name = $name AND checksum = $checksum AND status IN ('LOADED', 'PARTIALLY_LOADED') LIMIT 1;
-- next
SELECT 1 FROM load_history WHERE file_name = $name AND checksum = $checksum AND status IN ('LOADED', 'PARTIALLY_LOADED') LIMIT 1;
-- next
SELECT 1 FROM load_history WHERE file_name = $name AND checksum = $checksum AND status IN ('LOADED', 'PARTIALLY_LOADED') LIMIT 1;
-- next
SELECT 1 FROM load_history WHERE file_name = $name AND checksum = $checksum AND status IN ('LOADED', 'PARTIALLY_LOADED') LIMIT 1;
-- next
SELECT 1 FROM load_history WHERE file_name = $name AND checksum = $checksum AND status IN ('LOADED', 'PARTIALLY_LOADED') LIMIT 1;
-- next
BEGIN TRANSACTION;
-- next
SELECT greatest(coalesce(max(raw_id), 0), coalesce((SELECT max("offset") FROM leadpipe_streams), 0)) AS m FROM leads_raw_rows;
-- next
INSERT INTO leads_raw_rows (raw_id, file_name, file_row_number, load_id, loaded_at, "prospect_id", "lead_number", "lead_origin", "lead_source", "do_not_email", "do_not_call", "converted", "total_visits", "total_time_spent_on_website", "page_views_per_visit", "last_activity", "country", "specialization", "how_did_you_hear_about_x_education", "what_is_your_current_occupation", "what_matters_most_to_you_in_choosing_a_course", "search", "magazine", "newspaper_article", "x_education_forums", "newspaper", "digital_advertisement", "through_recommendations", "receive_more_updates_about_our_courses", "tags", "lead_quality", "update_me_on_supply_chain_content", "get_updates_on_dm_content", "lead_profile", "city", "asymmetrique_activity_index", "asymmetrique_profile_index", "asymmetrique_activity_score", "asymmetrique_profile_score", "i_agree_to_pay_the_amount_through_cheque", "a_free_copy_of_mastering_the_interview", "last_notable_activity", extra, err_column, err_reason, err_raw)
SELECT $base + l, $file, l, $load_id, $now, d0, NULL, d1, d2, NULL, NULL, d4, d3, NULL, NULL, d5, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, err[1], err[2],
  CASE WHEN err IS NOT NULL THEN concat_ws(',', CASE WHEN f0 IS NULL THEN '' WHEN contains(f0, ',') OR contains(f0, '"') OR contains(f0, chr(10)) OR contains(f0, chr(13)) THEN '"' || replace(f0, '"', '""') || '"' ELSE f0 END, CASE WHEN f1 IS NULL THEN '' WHEN contains(f1, ',') OR contains(f1, '"') OR contains(f1, chr(10)) OR contains(f1, chr(13)) THEN '"' || replace(f1, '"', '""') || '"' ELSE f1 END, CASE WHEN f2 IS NULL THEN '' WHEN contains(f2, ',') OR contains(f2, '"') OR contains(f2, chr(10)) OR contains(f2, chr(13)) THEN '"' || replace(f2, '"', '""') || '"' ELSE f2 END, CASE WHEN f3 IS NULL THEN '' WHEN contains(f3, ',') OR contains(f3, '"') OR contains(f3, chr(10)) OR contains(f3, chr(13)) THEN '"' || replace(f3, '"', '""') || '"' ELSE f3 END, CASE WHEN f4 IS NULL THEN '' WHEN contains(f4, ',') OR contains(f4, '"') OR contains(f4, chr(10)) OR contains(f4, chr(13)) THEN '"' || replace(f4, '"', '""') || '"' ELSE f4 END, CASE WHEN f5 IS NULL THEN '' WHEN contains(f5, ',') OR contains(f5, '"') OR contains(f5, chr(10)) OR contains(f5, chr(13)) THEN '"' || replace(f5, '"', '""') || '"' ELSE f5 END) END
FROM (
  SELECT *, CASE WHEN c0 IS NULL THEN ['prospect_id', 'missing key prospect_id']
    WHEN c4 IS NOT NULL AND d4 IS NULL THEN ['converted', 'converted: ' || to_json(left(c4, 60)) || ' is not a valid boolean']
    WHEN c3 IS NOT NULL AND d3 IS NULL THEN ['total_visits', 'total_visits: ' || to_json(left(c3, 60)) || ' is not a valid integer'] END AS err
  FROM (
    SELECT *, c0 AS d0, c1 AS d1, c2 AS d2, CASE WHEN regexp_full_match(c3, '[+-]?[0-9]+') THEN TRY_CAST(c3 AS BIGINT) WHEN regexp_full_match(c3, '[+-]?[0-9]+(\.0+)?') THEN TRY_CAST(regexp_replace(c3, '\.0+$', '') AS BIGINT) END AS d3, CASE c4 WHEN 'No' THEN FALSE WHEN 'Yes' THEN TRUE WHEN '0' THEN FALSE WHEN '1' THEN TRUE ELSE CASE WHEN length(c4) <= 5 THEN CASE lower(c4) WHEN 'true' THEN TRUE WHEN 'yes' THEN TRUE WHEN 'y' THEN TRUE WHEN 't' THEN TRUE WHEN '1' THEN TRUE WHEN 'false' THEN FALSE WHEN 'no' THEN FALSE WHEN 'n' THEN FALSE WHEN 'f' THEN FALSE WHEN '0' THEN FALSE END END END AS d4, c5 AS d5
    FROM (SELECT l, f0, f1, f2, f3, f4, f5, (CASE WHEN f0 IS NULL OR f0 = '' OR (strlen(f0) <= 18 AND list_contains(['select', 'na', 'n/a', 'null'], lower(f0))) THEN NULL ELSE f0 END) AS c0, (CASE WHEN f1 IS NULL OR f1 = '' OR (strlen(f1) <= 18 AND list_contains(['select', 'na', 'n/a', 'null'], lower(f1))) THEN NULL ELSE f1 END) AS c1, (CASE WHEN f2 IS NULL OR f2 = '' OR (strlen(f2) <= 18 AND list_contains(['select', 'na', 'n/a', 'null'], lower(f2))) THEN NULL ELSE f2 END) AS c2, (CASE WHEN f3 IS NULL OR f3 = '' OR (strlen(f3) <= 18 AND list_contains(['select', 'na', 'n/a', 'null'], lower(f3))) THEN NULL ELSE f3 END) AS c3, (CASE WHEN f4 IS NULL OR f4 = '' OR (strlen(f4) <= 18 AND list_contains(['select', 'na', 'n/a', 'null'], lower(f4))) THEN NULL ELSE f4 END) AS c4, (CASE WHEN f5 IS NULL OR f5 = '' OR (strlen(f5) <= 18 AND list_contains(['select', 'na', 'n/a', 'null'], lower(f5))) THEN NULL ELSE f5 END) AS c5 FROM read_csv($path, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', new_line = '\n', columns = {l: 'BIGINT', 'f0': 'VARCHAR', 'f1': 'VARCHAR', 'f2': 'VARCHAR', 'f3': 'VARCHAR', 'f4': 'VARCHAR', 'f5': 'VARCHAR'}))
  )
);
-- next
INSERT INTO leads_raw_rows (raw_id, file_name, file_row_number, load_id, loaded_at, "prospect_id", "lead_number", "lead_origin", "lead_source", "do_not_email", "do_not_call", "converted", "total_visits", "total_time_spent_on_website", "page_views_per_visit", "last_activity", "country", "specialization", "how_did_you_hear_about_x_education", "what_is_your_current_occupation", "what_matters_most_to_you_in_choosing_a_course", "search", "magazine", "newspaper_article", "x_education_forums", "newspaper", "digital_advertisement", "through_recommendations", "receive_more_updates_about_our_courses", "tags", "lead_quality", "update_me_on_supply_chain_content", "get_updates_on_dm_content", "lead_profile", "city", "asymmetrique_activity_index", "asymmetrique_profile_index", "asymmetrique_activity_score", "asymmetrique_profile_score", "i_agree_to_pay_the_amount_through_cheque", "a_free_copy_of_mastering_the_interview", "last_notable_activity", extra, err_column, err_reason, err_raw)
SELECT $base + l, $file, l, $load_id, $now, d0, NULL, d1, d2, NULL, NULL, d4, d3, NULL, NULL, d5, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, err[1], err[2],
  CASE WHEN err IS NOT NULL THEN concat_ws(',', CASE WHEN f0 IS NULL THEN '' WHEN contains(f0, ',') OR contains(f0, '"') OR contains(f0, chr(10)) OR contains(f0, chr(13)) THEN '"' || replace(f0, '"', '""') || '"' ELSE f0 END, CASE WHEN f1 IS NULL THEN '' WHEN contains(f1, ',') OR contains(f1, '"') OR contains(f1, chr(10)) OR contains(f1, chr(13)) THEN '"' || replace(f1, '"', '""') || '"' ELSE f1 END, CASE WHEN f2 IS NULL THEN '' WHEN contains(f2, ',') OR contains(f2, '"') OR contains(f2, chr(10)) OR contains(f2, chr(13)) THEN '"' || replace(f2, '"', '""') || '"' ELSE f2 END, CASE WHEN f3 IS NULL THEN '' WHEN contains(f3, ',') OR contains(f3, '"') OR contains(f3, chr(10)) OR contains(f3, chr(13)) THEN '"' || replace(f3, '"', '""') || '"' ELSE f3 END, CASE WHEN f4 IS NULL THEN '' WHEN contains(f4, ',') OR contains(f4, '"') OR contains(f4, chr(10)) OR contains(f4, chr(13)) THEN '"' || replace(f4, '"', '""') || '"' ELSE f4 END, CASE WHEN f5 IS NULL THEN '' WHEN contains(f5, ',') OR contains(f5, '"') OR contains(f5, chr(10)) OR contains(f5, chr(13)) THEN '"' || replace(f5, '"', '""') || '"' ELSE f5 END) END
FROM (
  SELECT *, CASE WHEN c0 IS NULL THEN ['prospect_id', 'missing key prospect_id']
    WHEN c4 IS NOT NULL AND d4 IS NULL THEN ['converted', 'converted: ' || to_json(left(c4, 60)) || ' is not a valid boolean']
    WHEN c3 IS NOT NULL AND d3 IS NULL THEN ['total_visits', 'total_visits: ' || to_json(left(c3, 60)) || ' is not a valid integer'] END AS err
  FROM (
    SELECT *, c0 AS d0, c1 AS d1, c2 AS d2, CASE WHEN regexp_full_match(c3, '[+-]?[0-9]+') THEN TRY_CAST(c3 AS BIGINT) WHEN regexp_full_match(c3, '[+-]?[0-9]+(\.0+)?') THEN TRY_CAST(regexp_replace(c3, '\.0+$', '') AS BIGINT) END AS d3, CASE c4 WHEN 'No' THEN FALSE WHEN 'Yes' THEN TRUE WHEN '0' THEN FALSE WHEN '1' THEN TRUE ELSE CASE WHEN length(c4) <= 5 THEN CASE lower(c4) WHEN 'true' THEN TRUE WHEN 'yes' THEN TRUE WHEN 'y' THEN TRUE WHEN 't' THEN TRUE WHEN '1' THEN TRUE WHEN 'false' THEN FALSE WHEN 'no' THEN FALSE WHEN 'n' THEN FALSE WHEN 'f' THEN FALSE WHEN '0' THEN FALSE END END END AS d4, c5 AS d5
    FROM (SELECT l, f0, f1, f2, f3, f4, f5, (CASE WHEN f0 IS NULL OR f0 = '' OR (strlen(f0) <= 18 AND list_contains(['select', 'na', 'n/a', 'null'], lower(f0))) THEN NULL ELSE f0 END) AS c0, (CASE WHEN f1 IS NULL OR f1 = '' OR (strlen(f1) <= 18 AND list_contains(['select', 'na', 'n/a', 'null'], lower(f1))) THEN NULL ELSE f1 END) AS c1, (CASE WHEN f2 IS NULL OR f2 = '' OR (strlen(f2) <= 18 AND list_contains(['select', 'na', 'n/a', 'null'], lower(f2))) THEN NULL ELSE f2 END) AS c2, (CASE WHEN f3 IS NULL OR f3 = '' OR (strlen(f3) <= 18 AND list_contains(['select', 'na', 'n/a', 'null'], lower(f3))) THEN NULL ELSE f3 END) AS c3, (CASE WHEN f4 IS NULL OR f4 = '' OR (strlen(f4) <= 18 AND list_contains(['select', 'na', 'n/a', 'null'], lower(f4))) THEN NULL ELSE f4 END) AS c4, (CASE WHEN f5 IS NULL OR f5 = '' OR (strlen(f5) <= 18 AND list_contains(['select', 'na', 'n/a', 'null'], lower(f5))) THEN NULL ELSE f5 END) AS c5 FROM read_csv($path, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', new_line = '\n', columns = {l: 'BIGINT', 'f0': 'VARCHAR', 'f1': 'VARCHAR', 'f2': 'VARCHAR', 'f3': 'VARCHAR', 'f4': 'VARCHAR', 'f5': 'VARCHAR'}))
  )
);
-- next
SELECT count(*) AS n, count(err_reason) AS bad FROM leads_raw_rows WHERE raw_id > $base;
-- next
SELECT count(*) AS n, count(err_reason) AS bad FROM leads_raw_rows WHERE raw_id > $base;
-- next
INSERT INTO load_errors SELECT $load_id, $file, file_row_number, err_column, err_reason, err_raw
               FROM leads_raw_rows WHERE raw_id > $base AND err_reason IS NOT NULL;
-- next
INSERT INTO load_errors SELECT $load_id, $file, file_row_number, err_column, err_reason, err_raw
               FROM leads_raw_rows WHERE raw_id > $base AND err_reason IS NOT NULL;
-- next
DELETE FROM leads_raw_rows WHERE raw_id > $base AND err_reason IS NOT NULL;
-- next
DELETE FROM leads_raw_rows WHERE raw_id > $base AND err_reason IS NOT NULL;
-- next
SELECT min(raw_id) AS lo, max(raw_id) AS hi FROM leads_raw_rows WHERE raw_id > $base;
-- next
SELECT min(raw_id) AS lo, max(raw_id) AS hi FROM leads_raw_rows WHERE raw_id > $base;
-- next
SELECT line, column_name, error FROM load_errors WHERE load_id = $load_id ORDER BY line LIMIT 1;
-- next
SELECT line, column_name, error FROM load_errors WHERE load_id = $load_id ORDER BY line LIMIT 1;
-- next
INSERT INTO load_history VALUES ($load_id, $file_name, $stage, $checksum, $size, $source_checksum, $status, $reason,
              $row_count, $row_parsed, $error_count, $first_message, $first_line, $first_column, $inferred, $raw_from, $raw_to, $now);
-- next
INSERT INTO load_history VALUES ($load_id, $file_name, $stage, $checksum, $size, $source_checksum, $status, $reason,
              $row_count, $row_parsed, $error_count, $first_message, $first_line, $first_column, $inferred, $raw_from, $raw_to, $now);
-- next
COMMIT;
-- next
SELECT version, kind, body, fit_warning FROM leadpipe_models WHERE active LIMIT 1;
-- next
SELECT column_name, type, declared FROM leadpipe_columns WHERE table_name = 'leads_final' ORDER BY rowid;
-- next
SELECT state, consecutive_failures FROM leadpipe_tasks WHERE name = $name;
-- next
SELECT state, consecutive_failures FROM leadpipe_tasks WHERE name = $name;
-- next
SELECT "offset" AS o FROM leadpipe_streams WHERE name = $name;
-- next
SELECT "offset" AS o FROM leadpipe_streams WHERE name = $name;
-- next
SELECT coalesce(max(raw_id), 0) AS m FROM leads_raw_rows;
-- next
SELECT column_name, type, declared FROM leadpipe_columns WHERE table_name = 'leads_final';
-- next
SELECT inferred FROM load_history WHERE raw_id_to >= $from + 1 AND raw_id_from <= $to AND inferred IS NOT NULL ORDER BY raw_id_from;
-- next
SELECT inferred FROM load_history WHERE raw_id_to >= $from + 1 AND raw_id_from <= $to AND inferred IS NOT NULL ORDER BY raw_id_from;
-- next
SELECT block_size, current_setting('threads')::BIGINT AS threads
FROM pragma_database_size() WHERE database_name = current_database();
-- next
SELECT count(*) - count(DISTINCT raw_id) AS n FROM leads_raw_rows WHERE raw_id > $from AND raw_id <= $to;
-- next
SELECT count(*) - count(DISTINCT raw_id) AS n FROM leads_raw_rows WHERE raw_id > $from AND raw_id <= $to;
-- next
BEGIN TRANSACTION;
-- next
SELECT column_name, type, declared FROM leadpipe_columns WHERE table_name = 'leads_final';
-- next
SELECT inferred FROM load_history WHERE raw_id_to >= $from + 1 AND raw_id_from <= $to AND inferred IS NOT NULL ORDER BY raw_id_from;
-- next
SELECT inferred FROM load_history WHERE raw_id_to >= $from + 1 AND raw_id_from <= $to AND inferred IS NOT NULL ORDER BY raw_id_from;
-- next
COMMIT;
-- next
CREATE OR REPLACE TEMP TABLE leadpipe_batch_match AS
SELECT b.raw_id, b."prospect_id", f."row_hash" AS __stored_hash, f."first_seen_at" AS __first_seen FROM (
SELECT raw_id, "prospect_id" FROM (
  SELECT
    r."prospect_id",
    r."lead_number",
    r."lead_origin",
    r."lead_source",
    r."do_not_email",
    r."do_not_call",
    r."converted",
    r."total_visits",
    r."total_time_spent_on_website",
    r."page_views_per_visit",
    r."last_activity",
    r."country",
    r."specialization",
    r."how_did_you_hear_about_x_education",
    r."what_is_your_current_occupation",
    r."what_matters_most_to_you_in_choosing_a_course",
    r."search",
    r."magazine",
    r."newspaper_article",
    r."x_education_forums",
    r."newspaper",
    r."digital_advertisement",
    r."through_recommendations",
    r."receive_more_updates_about_our_courses",
    r."tags",
    r."lead_quality",
    r."update_me_on_supply_chain_content",
    r."get_updates_on_dm_content",
    r."lead_profile",
    r."city",
    r."asymmetrique_activity_index",
    r."asymmetrique_profile_index",
    r."asymmetrique_activity_score",
    r."asymmetrique_profile_score",
    r."i_agree_to_pay_the_amount_through_cheque",
    r."a_free_copy_of_mastering_the_interview",
    r."last_notable_activity",
    TRY_CAST(x."campaign_code" AS DOUBLE) AS "campaign_code",
    source_file,
    raw_id
  FROM (
    SELECT r.*, r.file_name AS source_file, json_transform(r.extra, '{"campaign_code":"VARCHAR"}') AS x
    FROM leads_raw_rows AS r
    WHERE r.raw_id > 6 AND r.raw_id <= 9
  ) AS r
)
QUALIFY row_number() OVER (PARTITION BY "prospect_id" ORDER BY raw_id DESC) = 1
) AS b LEFT JOIN leads_final AS f ON f."prospect_id" = b."prospect_id";
-- next
SELECT count(__stored_hash) AS matched, (SELECT count(*) FROM leads_final) AS final_rows FROM leadpipe_batch_match;
-- next
CREATE OR REPLACE TEMP TABLE leadpipe_batch_keys AS
SELECT b.raw_id, b."prospect_id", CASE WHEN b.__stored_hash IS NOT NULL
    AND b."a_free_copy_of_mastering_the_interview" IS NOT DISTINCT FROM f."a_free_copy_of_mastering_the_interview"
    AND b."asymmetrique_activity_index" IS NOT DISTINCT FROM f."asymmetrique_activity_index"
    AND b."asymmetrique_activity_score" IS NOT DISTINCT FROM f."asymmetrique_activity_score"
    AND b."asymmetrique_profile_index" IS NOT DISTINCT FROM f."asymmetrique_profile_index"
    AND b."asymmetrique_profile_score" IS NOT DISTINCT FROM f."asymmetrique_profile_score"
    AND (b."campaign_code" IS NOT DISTINCT FROM f."campaign_code" AND signbit(b."campaign_code") IS NOT DISTINCT FROM signbit(f."campaign_code"))
    AND b."city" IS NOT DISTINCT FROM f."city"
    AND b."converted" IS NOT DISTINCT FROM f."converted"
    AND b."country" IS NOT DISTINCT FROM f."country"
    AND b."digital_advertisement" IS NOT DISTINCT FROM f."digital_advertisement"
    AND b."do_not_call" IS NOT DISTINCT FROM f."do_not_call"
    AND b."do_not_email" IS NOT DISTINCT FROM f."do_not_email"
    AND b."get_updates_on_dm_content" IS NOT DISTINCT FROM f."get_updates_on_dm_content"
    AND b."how_did_you_hear_about_x_education" IS NOT DISTINCT FROM f."how_did_you_hear_about_x_education"
    AND b."i_agree_to_pay_the_amount_through_cheque" IS NOT DISTINCT FROM f."i_agree_to_pay_the_amount_through_cheque"
    AND b."last_activity" IS NOT DISTINCT FROM f."last_activity"
    AND b."last_notable_activity" IS NOT DISTINCT FROM f."last_notable_activity"
    AND b."lead_number" IS NOT DISTINCT FROM f."lead_number"
    AND b."lead_origin" IS NOT DISTINCT FROM f."lead_origin"
    AND b."lead_profile" IS NOT DISTINCT FROM f."lead_profile"
    AND b."lead_quality" IS NOT DISTINCT FROM f."lead_quality"
    AND b."lead_source" IS NOT DISTINCT FROM f."lead_source"
    AND b."magazine" IS NOT DISTINCT FROM f."magazine"
    AND b."newspaper" IS NOT DISTINCT FROM f."newspaper"
    AND b."newspaper_article" IS NOT DISTINCT FROM f."newspaper_article"
    AND (b."page_views_per_visit" IS NOT DISTINCT FROM f."page_views_per_visit" AND signbit(b."page_views_per_visit") IS NOT DISTINCT FROM signbit(f."page_views_per_visit"))
    AND b."prospect_id" IS NOT DISTINCT FROM f."prospect_id"
    AND b."receive_more_updates_about_our_courses" IS NOT DISTINCT FROM f."receive_more_updates_about_our_courses"
    AND b."search" IS NOT DISTINCT FROM f."search"
    AND b."specialization" IS NOT DISTINCT FROM f."specialization"
    AND b."tags" IS NOT DISTINCT FROM f."tags"
    AND b."through_recommendations" IS NOT DISTINCT FROM f."through_recommendations"
    AND b."total_time_spent_on_website" IS NOT DISTINCT FROM f."total_time_spent_on_website"
    AND b."total_visits" IS NOT DISTINCT FROM f."total_visits"
    AND b."update_me_on_supply_chain_content" IS NOT DISTINCT FROM f."update_me_on_supply_chain_content"
    AND b."what_is_your_current_occupation" IS NOT DISTINCT FROM f."what_is_your_current_occupation"
    AND b."what_matters_most_to_you_in_choosing_a_course" IS NOT DISTINCT FROM f."what_matters_most_to_you_in_choosing_a_course"
    AND b."x_education_forums" IS NOT DISTINCT FROM f."x_education_forums"
  THEN b.__stored_hash ELSE md5(concat(CASE WHEN b."a_free_copy_of_mastering_the_interview" THEN '38:a_free_copy_of_mastering_the_interview4:true' WHEN NOT b."a_free_copy_of_mastering_the_interview" THEN '38:a_free_copy_of_mastering_the_interview5:false' END, CASE WHEN b."asymmetrique_activity_index" IS NOT NULL THEN '27:asymmetrique_activity_index' END, length(b."asymmetrique_activity_index"), CASE WHEN b."asymmetrique_activity_index" IS NOT NULL THEN ':' END, b."asymmetrique_activity_index", CASE WHEN b."asymmetrique_activity_score" IS NOT NULL THEN '27:asymmetrique_activity_score' END, length(CAST(b."asymmetrique_activity_score" AS VARCHAR)), CASE WHEN b."asymmetrique_activity_score" IS NOT NULL THEN ':' END, CAST(b."asymmetrique_activity_score" AS VARCHAR), CASE WHEN b."asymmetrique_profile_index" IS NOT NULL THEN '26:asymmetrique_profile_index' END, length(b."asymmetrique_profile_index"), CASE WHEN b."asymmetrique_profile_index" IS NOT NULL THEN ':' END, b."asymmetrique_profile_index", CASE WHEN b."asymmetrique_profile_score" IS NOT NULL THEN '26:asymmetrique_profile_score' END, length(CAST(b."asymmetrique_profile_score" AS VARCHAR)), CASE WHEN b."asymmetrique_profile_score" IS NOT NULL THEN ':' END, CAST(b."asymmetrique_profile_score" AS VARCHAR), CASE WHEN b."campaign_code" IS NOT NULL THEN '13:campaign_code' END, length(CAST(b."campaign_code" AS VARCHAR)), CASE WHEN b."campaign_code" IS NOT NULL THEN ':' END, CAST(b."campaign_code" AS VARCHAR), CASE WHEN b."city" IS NOT NULL THEN '4:city' END, length(b."city"), CASE WHEN b."city" IS NOT NULL THEN ':' END, b."city", CASE WHEN b."converted" THEN '9:converted4:true' WHEN NOT b."converted" THEN '9:converted5:false' END, CASE WHEN b."country" IS NOT NULL THEN '7:country' END, length(b."country"), CASE WHEN b."country" IS NOT NULL THEN ':' END, b."country", CASE WHEN b."digital_advertisement" THEN '21:digital_advertisement4:true' WHEN NOT b."digital_advertisement" THEN '21:digital_advertisement5:false' END, CASE WHEN b."do_not_call" THEN '11:do_not_call4:true' WHEN NOT b."do_not_call" THEN '11:do_not_call5:false' END, CASE WHEN b."do_not_email" THEN '12:do_not_email4:true' WHEN NOT b."do_not_email" THEN '12:do_not_email5:false' END, CASE WHEN b."get_updates_on_dm_content" THEN '25:get_updates_on_dm_content4:true' WHEN NOT b."get_updates_on_dm_content" THEN '25:get_updates_on_dm_content5:false' END, CASE WHEN b."how_did_you_hear_about_x_education" IS NOT NULL THEN '34:how_did_you_hear_about_x_education' END, length(b."how_did_you_hear_about_x_education"), CASE WHEN b."how_did_you_hear_about_x_education" IS NOT NULL THEN ':' END, b."how_did_you_hear_about_x_education", CASE WHEN b."i_agree_to_pay_the_amount_through_cheque" THEN '40:i_agree_to_pay_the_amount_through_cheque4:true' WHEN NOT b."i_agree_to_pay_the_amount_through_cheque" THEN '40:i_agree_to_pay_the_amount_through_cheque5:false' END, CASE WHEN b."last_activity" IS NOT NULL THEN '13:last_activity' END, length(b."last_activity"), CASE WHEN b."last_activity" IS NOT NULL THEN ':' END, b."last_activity", CASE WHEN b."last_notable_activity" IS NOT NULL THEN '21:last_notable_activity' END, length(b."last_notable_activity"), CASE WHEN b."last_notable_activity" IS NOT NULL THEN ':' END, b."last_notable_activity", CASE WHEN b."lead_number" IS NOT NULL THEN '11:lead_number' END, length(CAST(b."lead_number" AS VARCHAR)), CASE WHEN b."lead_number" IS NOT NULL THEN ':' END, CAST(b."lead_number" AS VARCHAR), CASE WHEN b."lead_origin" IS NOT NULL THEN '11:lead_origin' END, length(b."lead_origin"), CASE WHEN b."lead_origin" IS NOT NULL THEN ':' END, b."lead_origin", CASE WHEN b."lead_profile" IS NOT NULL THEN '12:lead_profile' END, length(b."lead_profile"), CASE WHEN b."lead_profile" IS NOT NULL THEN ':' END, b."lead_profile", CASE WHEN b."lead_quality" IS NOT NULL THEN '12:lead_quality' END, length(b."lead_quality"), CASE WHEN b."lead_quality" IS NOT NULL THEN ':' END, b."lead_quality", CASE WHEN b."lead_source" IS NOT NULL THEN '11:lead_source' END, length(b."lead_source"), CASE WHEN b."lead_source" IS NOT NULL THEN ':' END, b."lead_source", CASE WHEN b."magazine" THEN '8:magazine4:true' WHEN NOT b."magazine" THEN '8:magazine5:false' END, CASE WHEN b."newspaper" THEN '9:newspaper4:true' WHEN NOT b."newspaper" THEN '9:newspaper5:false' END, CASE WHEN b."newspaper_article" THEN '17:newspaper_article4:true' WHEN NOT b."newspaper_article" THEN '17:newspaper_article5:false' END, CASE WHEN b."page_views_per_visit" IS NOT NULL THEN '20:page_views_per_visit' END, length(CAST(b."page_views_per_visit" AS VARCHAR)), CASE WHEN b."page_views_per_visit" IS NOT NULL THEN ':' END, CAST(b."page_views_per_visit" AS VARCHAR), CASE WHEN b."prospect_id" IS NOT NULL THEN '11:prospect_id' END, length(b."prospect_id"), CASE WHEN b."prospect_id" IS NOT NULL THEN ':' END, b."prospect_id", CASE WHEN b."receive_more_updates_about_our_courses" THEN '38:receive_more_updates_about_our_courses4:true' WHEN NOT b."receive_more_updates_about_our_courses" THEN '38:receive_more_updates_about_our_courses5:false' END, CASE WHEN b."search" THEN '6:search4:true' WHEN NOT b."search" THEN '6:search5:false' END, CASE WHEN b."specialization" IS NOT NULL THEN '14:specialization' END, length(b."specialization"), CASE WHEN b."specialization" IS NOT NULL THEN ':' END, b."specialization", CASE WHEN b."tags" IS NOT NULL THEN '4:tags' END, length(b."tags"), CASE WHEN b."tags" IS NOT NULL THEN ':' END, b."tags", CASE WHEN b."through_recommendations" THEN '23:through_recommendations4:true' WHEN NOT b."through_recommendations" THEN '23:through_recommendations5:false' END, CASE WHEN b."total_time_spent_on_website" IS NOT NULL THEN '27:total_time_spent_on_website' END, length(CAST(b."total_time_spent_on_website" AS VARCHAR)), CASE WHEN b."total_time_spent_on_website" IS NOT NULL THEN ':' END, CAST(b."total_time_spent_on_website" AS VARCHAR), CASE WHEN b."total_visits" IS NOT NULL THEN '12:total_visits' END, length(CAST(b."total_visits" AS VARCHAR)), CASE WHEN b."total_visits" IS NOT NULL THEN ':' END, CAST(b."total_visits" AS VARCHAR), CASE WHEN b."update_me_on_supply_chain_content" THEN '33:update_me_on_supply_chain_content4:true' WHEN NOT b."update_me_on_supply_chain_content" THEN '33:update_me_on_supply_chain_content5:false' END, CASE WHEN b."what_is_your_current_occupation" IS NOT NULL THEN '31:what_is_your_current_occupation' END, length(b."what_is_your_current_occupation"), CASE WHEN b."what_is_your_current_occupation" IS NOT NULL THEN ':' END, b."what_is_your_current_occupation", CASE WHEN b."what_matters_most_to_you_in_choosing_a_course" IS NOT NULL THEN '45:what_matters_most_to_you_in_choosing_a_course' END, length(b."what_matters_most_to_you_in_choosing_a_course"), CASE WHEN b."what_matters_most_to_you_in_choosing_a_course" IS NOT NULL THEN ':' END, b."what_matters_most_to_you_in_choosing_a_course", CASE WHEN b."x_education_forums" THEN '18:x_education_forums4:true' WHEN NOT b."x_education_forums" THEN '18:x_education_forums5:false' END)) END AS row_hash, b.__stored_hash, b.__first_seen FROM (
SELECT t.*, m.__stored_hash, m.__first_seen FROM (
  SELECT
    r."prospect_id",
    r."lead_number",
    r."lead_origin",
    r."lead_source",
    r."do_not_email",
    r."do_not_call",
    r."converted",
    r."total_visits",
    r."total_time_spent_on_website",
    r."page_views_per_visit",
    r."last_activity",
    r."country",
    r."specialization",
    r."how_did_you_hear_about_x_education",
    r."what_is_your_current_occupation",
    r."what_matters_most_to_you_in_choosing_a_course",
    r."search",
    r."magazine",
    r."newspaper_article",
    r."x_education_forums",
    r."newspaper",
    r."digital_advertisement",
    r."through_recommendations",
    r."receive_more_updates_about_our_courses",
    r."tags",
    r."lead_quality",
    r."update_me_on_supply_chain_content",
    r."get_updates_on_dm_content",
    r."lead_profile",
    r."city",
    r."asymmetrique_activity_index",
    r."asymmetrique_profile_index",
    r."asymmetrique_activity_score",
    r."asymmetrique_profile_score",
    r."i_agree_to_pay_the_amount_through_cheque",
    r."a_free_copy_of_mastering_the_interview",
    r."last_notable_activity",
    TRY_CAST(x."campaign_code" AS DOUBLE) AS "campaign_code",
    source_file,
    raw_id
  FROM (
    SELECT r.*, r.file_name AS source_file, json_transform(r.extra, '{"campaign_code":"VARCHAR"}') AS x
    FROM leads_raw_rows AS r
    WHERE r.raw_id > 6 AND r.raw_id <= 9
  ) AS r
) AS t JOIN leadpipe_batch_match AS m ON m.raw_id = t.raw_id AND m."prospect_id" = t."prospect_id"
) AS b LEFT JOIN leads_final AS f ON f."prospect_id" = b."prospect_id";
-- next
CREATE OR REPLACE TEMP VIEW leadpipe_batch AS
SELECT t.*, b.row_hash, b.__stored_hash, b.__first_seen,
  {'prospect_id': t."prospect_id", 'lead_number': t."lead_number", 'lead_origin': t."lead_origin", 'lead_source': t."lead_source", 'do_not_email': t."do_not_email", 'do_not_call': t."do_not_call", 'converted': t."converted", 'total_visits': t."total_visits", 'total_time_spent_on_website': t."total_time_spent_on_website", 'page_views_per_visit': t."page_views_per_visit", 'last_activity': t."last_activity", 'country': t."country", 'specialization': t."specialization", 'how_did_you_hear_about_x_education': t."how_did_you_hear_about_x_education", 'what_is_your_current_occupation': t."what_is_your_current_occupation", 'what_matters_most_to_you_in_choosing_a_course': t."what_matters_most_to_you_in_choosing_a_course", 'search': t."search", 'magazine': t."magazine", 'newspaper_article': t."newspaper_article", 'x_education_forums': t."x_education_forums", 'newspaper': t."newspaper", 'digital_advertisement': t."digital_advertisement", 'through_recommendations': t."through_recommendations", 'receive_more_updates_about_our_courses': t."receive_more_updates_about_our_courses", 'tags': t."tags", 'lead_quality': t."lead_quality", 'update_me_on_supply_chain_content': t."update_me_on_supply_chain_content", 'get_updates_on_dm_content': t."get_updates_on_dm_content", 'lead_profile': t."lead_profile", 'city': t."city", 'asymmetrique_activity_index': t."asymmetrique_activity_index", 'asymmetrique_profile_index': t."asymmetrique_profile_index", 'asymmetrique_activity_score': t."asymmetrique_activity_score", 'asymmetrique_profile_score': t."asymmetrique_profile_score", 'i_agree_to_pay_the_amount_through_cheque': t."i_agree_to_pay_the_amount_through_cheque", 'a_free_copy_of_mastering_the_interview': t."a_free_copy_of_mastering_the_interview", 'last_notable_activity': t."last_notable_activity", 'campaign_code': t."campaign_code", 'row_hash': b.row_hash, 'source_file': t.source_file, '__first_seen': b.__first_seen} AS __row FROM (
  SELECT
    r."prospect_id",
    r."lead_number",
    r."lead_origin",
    r."lead_source",
    r."do_not_email",
    r."do_not_call",
    r."converted",
    r."total_visits",
    r."total_time_spent_on_website",
    r."page_views_per_visit",
    r."last_activity",
    r."country",
    r."specialization",
    r."how_did_you_hear_about_x_education",
    r."what_is_your_current_occupation",
    r."what_matters_most_to_you_in_choosing_a_course",
    r."search",
    r."magazine",
    r."newspaper_article",
    r."x_education_forums",
    r."newspaper",
    r."digital_advertisement",
    r."through_recommendations",
    r."receive_more_updates_about_our_courses",
    r."tags",
    r."lead_quality",
    r."update_me_on_supply_chain_content",
    r."get_updates_on_dm_content",
    r."lead_profile",
    r."city",
    r."asymmetrique_activity_index",
    r."asymmetrique_profile_index",
    r."asymmetrique_activity_score",
    r."asymmetrique_profile_score",
    r."i_agree_to_pay_the_amount_through_cheque",
    r."a_free_copy_of_mastering_the_interview",
    r."last_notable_activity",
    TRY_CAST(x."campaign_code" AS DOUBLE) AS "campaign_code",
    source_file,
    raw_id
  FROM (
    SELECT r.*, r.file_name AS source_file, json_transform(r.extra, '{"campaign_code":"VARCHAR"}') AS x
    FROM leads_raw_rows AS r
    WHERE r.raw_id > 6 AND r.raw_id <= 9
  ) AS r
) AS t JOIN leadpipe_batch_keys AS b ON b.raw_id = t.raw_id AND b."prospect_id" = t."prospect_id";
-- next
SELECT
  count(*) FILTER (WHERE __stored_hash IS NULL) AS inserted,
  count(*) FILTER (WHERE __stored_hash <> row_hash) AS updated,
  count(*) FILTER (WHERE __stored_hash = row_hash) AS unchanged
FROM leadpipe_batch_keys;
-- next
SELECT count(*) AS n FROM leads_raw_rows WHERE raw_id > $from AND raw_id <= $to;
-- next
SELECT count(*) AS n FROM leads_raw_rows WHERE raw_id > $from AND raw_id <= $to;
-- next
DELETE FROM leadpipe_batch_keys WHERE __stored_hash = row_hash;
-- next
BEGIN TRANSACTION;
-- next
DELETE FROM leads_final WHERE "prospect_id" IN (SELECT "prospect_id" FROM leadpipe_batch_keys WHERE __stored_hash IS NOT NULL);
-- next
SELECT version FROM leadpipe_models WHERE active AND version = $v;
-- next
SELECT version FROM leadpipe_models WHERE active AND version = $v;
-- next
INSERT INTO leads_final ("prospect_id", "lead_number", "lead_origin", "lead_source", "do_not_email", "do_not_call", "converted", "total_visits", "total_time_spent_on_website", "page_views_per_visit", "last_activity", "country", "specialization", "how_did_you_hear_about_x_education", "what_is_your_current_occupation", "what_matters_most_to_you_in_choosing_a_course", "search", "magazine", "newspaper_article", "x_education_forums", "newspaper", "digital_advertisement", "through_recommendations", "receive_more_updates_about_our_courses", "tags", "lead_quality", "update_me_on_supply_chain_content", "get_updates_on_dm_content", "lead_profile", "city", "asymmetrique_activity_index", "asymmetrique_profile_index", "asymmetrique_activity_score", "asymmetrique_profile_score", "i_agree_to_pay_the_amount_through_cheque", "a_free_copy_of_mastering_the_interview", "last_notable_activity", "campaign_code", "row_hash", "source_file", "probability", "score", "grade", "reasons", "model_version", "first_seen_at", "updated_at", "scored_at")
SELECT struct_extract(__row, 'prospect_id'), struct_extract(__row, 'lead_number'), struct_extract(__row, 'lead_origin'), struct_extract(__row, 'lead_source'), struct_extract(__row, 'do_not_email'), struct_extract(__row, 'do_not_call'), struct_extract(__row, 'converted'), struct_extract(__row, 'total_visits'), struct_extract(__row, 'total_time_spent_on_website'), struct_extract(__row, 'page_views_per_visit'), struct_extract(__row, 'last_activity'), struct_extract(__row, 'country'), struct_extract(__row, 'specialization'), struct_extract(__row, 'how_did_you_hear_about_x_education'), struct_extract(__row, 'what_is_your_current_occupation'), struct_extract(__row, 'what_matters_most_to_you_in_choosing_a_course'), struct_extract(__row, 'search'), struct_extract(__row, 'magazine'), struct_extract(__row, 'newspaper_article'), struct_extract(__row, 'x_education_forums'), struct_extract(__row, 'newspaper'), struct_extract(__row, 'digital_advertisement'), struct_extract(__row, 'through_recommendations'), struct_extract(__row, 'receive_more_updates_about_our_courses'), struct_extract(__row, 'tags'), struct_extract(__row, 'lead_quality'), struct_extract(__row, 'update_me_on_supply_chain_content'), struct_extract(__row, 'get_updates_on_dm_content'), struct_extract(__row, 'lead_profile'), struct_extract(__row, 'city'), struct_extract(__row, 'asymmetrique_activity_index'), struct_extract(__row, 'asymmetrique_profile_index'), struct_extract(__row, 'asymmetrique_activity_score'), struct_extract(__row, 'asymmetrique_profile_score'), struct_extract(__row, 'i_agree_to_pay_the_amount_through_cheque'), struct_extract(__row, 'a_free_copy_of_mastering_the_interview'), struct_extract(__row, 'last_notable_activity'), struct_extract(__row, 'campaign_code'), struct_extract(__row, 'row_hash'), struct_extract(__row, 'source_file'),
  probability, score, CASE WHEN score >= 74 THEN 'A' WHEN score >= 25 THEN 'B' WHEN score >= 6 THEN 'C' ELSE 'D' END AS grade, reasons, model_version, coalesce(struct_extract(__row, '__first_seen'), $now), $now, $now
FROM (
  SELECT s.__row, s.model_version, s.probability, coalesce(o.score, s.score) AS score,
    CAST(s.reasons AS STRUCT(positive STRUCT("log_odds" DOUBLE, "feature" VARCHAR, "label" VARCHAR, "value" VARCHAR, "points" DOUBLE, "text" VARCHAR)[], negative STRUCT("log_odds" DOUBLE, "feature" VARCHAR, "label" VARCHAR, "value" VARCHAR, "points" DOUBLE, "text" VARCHAR)[])) AS reasons
  FROM (SELECT "prospect_id", "__row", 'gbt-c8cc1c52dbd8dd2f' AS model_version, probability, score, CASE WHEN score >= 74 THEN 'A' WHEN score >= 25 THEN 'B' WHEN score >= 6 THEN 'C' ELSE 'D' END AS grade,
  {'positive': list_slice([{'log_odds': __p1_log_odds, 'feature': ['a_free_copy_of_mastering_the_interview', 'city', 'country', 'do_not_email', 'how_did_you_hear_about_x_education', 'last_activity', 'lead_origin', 'lead_source', 'page_views_per_visit', 'specialization', 'time_per_visit', 'total_time_spent_on_website', 'total_visits', 'what_is_your_current_occupation', 'what_matters_most_to_you_in_choosing_a_course'][__p1_r + 1], 'value': __p1_value, 'points': __p1_points},
    {'log_odds': __p2_log_odds, 'feature': ['a_free_copy_of_mastering_the_interview', 'city', 'country', 'do_not_email', 'how_did_you_hear_about_x_education', 'last_activity', 'lead_origin', 'lead_source', 'page_views_per_visit', 'specialization', 'time_per_visit', 'total_time_spent_on_website', 'total_visits', 'what_is_your_current_occupation', 'what_matters_most_to_you_in_choosing_a_course'][__p2_r + 1], 'value': __p2_value, 'points': __p2_points},
    {'log_odds': __p3_log_odds, 'feature': ['a_free_copy_of_mastering_the_interview', 'city', 'country', 'do_not_email', 'how_did_you_hear_about_x_education', 'last_activity', 'lead_origin', 'lead_source', 'page_views_per_visit', 'specialization', 'time_per_visit', 'total_time_spent_on_website', 'total_visits', 'what_is_your_current_occupation', 'what_matters_most_to_you_in_choosing_a_course'][__p3_r + 1], 'value': __p3_value, 'points': __p3_points}], 1, __npos),
   'negative': list_slice([{'log_odds': __n1_log_odds, 'feature': ['a_free_copy_of_mastering_the_interview', 'city', 'country', 'do_not_email', 'how_did_you_hear_about_x_education', 'last_activity', 'lead_origin', 'lead_source', 'page_views_per_visit', 'specialization', 'time_per_visit', 'total_time_spent_on_website', 'total_visits', 'what_is_your_current_occupation', 'what_matters_most_to_you_in_choosing_a_course'][__n1_r + 1], 'value': __n1_value, 'points': __n1_points},
    {'log_odds': __n2_log_odds, 'feature': ['a_free_copy_of_mastering_the_interview', 'city', 'country', 'do_not_email', 'how_did_you_hear_about_x_education', 'last_activity', 'lead_origin', 'lead_source', 'page_views_per_visit', 'specialization', 'time_per_visit', 'total_time_spent_on_website', 'total_visits', 'what_is_your_current_occupation', 'what_matters_most_to_you_in_choosing_a_course'][__n2_r + 1], 'value': __n2_value, 'points': __n2_points},
    {'log_odds': __n3_log_odds, 'feature': ['a_free_copy_of_mastering_the_interview', 'city', 'country', 'do_not_email', 'how_did_you_hear_about_x_education', 'last_activity', 'lead_origin', 'lead_source', 'page_views_per_visit', 'specialization', 'time_per_visit', 'total_time_spent_on_website', 'total_visits', 'what_is_your_current_occupation', 'what_matters_most_to_you_in_choosing_a_course'][__n3_r + 1], 'value': __n3_value, 'points': __n3_points}], 1, __nneg)} AS reasons
FROM (SELECT "prospect_id", "__row",
  probability,
  score,
  __npos,
  __nneg,
  __p1_r,
  __p1_log_odds,
  CASE __p1_r WHEN 0 THEN CASE WHEN __f25 = 1 THEN 'Yes' WHEN __f25 = 0 THEN 'No' ELSE 'missing' END WHEN 1 THEN CASE WHEN __f23 = 7 THEN __t23 ELSE ['Mumbai', 'Thane & Outskirts', 'Other Cities', 'Other Cities of Maharashtra', 'Other Metro Cities', 'Tier II Cities', 'missing', 'other'][__f23 + 1] END WHEN 2 THEN CASE WHEN __f8 = 8 THEN __t8 ELSE ['India', 'United States', 'United Arab Emirates', 'Saudi Arabia', 'Singapore', 'United Kingdom', 'Australia', 'missing', 'other'][__f8 + 1] END WHEN 3 THEN CASE WHEN __f2 = 1 THEN 'Yes' WHEN __f2 = 0 THEN 'No' ELSE 'missing' END WHEN 4 THEN CASE WHEN __f10 = 10 THEN __t10 ELSE ['Online Search', 'Word Of Mouth', 'Student of SomeSchool', 'Other', 'Multiple Sources', 'Advertisements', 'Social Media', 'SMS', 'Email', 'missing', 'other'][__f10 + 1] END WHEN 5 THEN CASE WHEN __f7 = 12 THEN __t7 ELSE ['Email Opened', 'SMS Sent', 'Olark Chat Conversation', 'Page Visited on Website', 'Converted to Lead', 'Email Bounced', 'Email Link Clicked', 'Form Submitted on Website', 'Unreachable', 'Unsubscribed', 'Had a Phone Conversation', 'missing', 'other'][__f7 + 1] END WHEN 6 THEN CASE WHEN __f0 = 5 THEN __t0 ELSE ['Landing Page Submission', 'API', 'Lead Add Form', 'Lead Import', 'missing', 'other'][__f0 + 1] END WHEN 7 THEN CASE WHEN __f1 = 9 THEN __t1 ELSE ['Google', 'Direct Traffic', 'Olark Chat', 'Organic Search', 'Reference', 'Referral Sites', 'Welingak Website', 'Facebook', 'missing', 'other'][__f1 + 1] END WHEN 8 THEN CASE WHEN __f6 IS NULL THEN 'missing' WHEN ROUND(__f6, 2) = ROUND(ROUND(__f6, 2)) AND abs(ROUND(__f6, 2)) < 9e18 THEN CAST(CAST(ROUND(__f6, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f6, 2) AS VARCHAR) END WHEN 9 THEN CASE WHEN __f9 = 19 THEN __t9 ELSE ['Finance Management', 'Marketing Management', 'Human Resource Management', 'Operations Management', 'Business Administration', 'IT Projects Management', 'Supply Chain Management', 'Banking, Investment And Insurance', 'Media and Advertising', 'Travel and Tourism', 'International Business', 'Healthcare Management', 'Hospitality Management', 'E-COMMERCE', 'Retail Management', 'Rural and Agribusiness', 'E-Business', 'Services Excellence', 'missing', 'other'][__f9 + 1] END WHEN 10 THEN CASE WHEN __f26 IS NULL THEN 'missing' WHEN ROUND(__f26, 2) = ROUND(ROUND(__f26, 2)) AND abs(ROUND(__f26, 2)) < 9e18 THEN CAST(CAST(ROUND(__f26, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f26, 2) AS VARCHAR) END WHEN 11 THEN CASE WHEN __f5 IS NULL THEN 'missing' WHEN ROUND(__f5, 2) = ROUND(ROUND(__f5, 2)) AND abs(ROUND(__f5, 2)) < 9e18 THEN CAST(CAST(ROUND(__f5, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f5, 2) AS VARCHAR) END WHEN 12 THEN CASE WHEN __f4 IS NULL THEN 'missing' WHEN ROUND(__f4, 2) = ROUND(ROUND(__f4, 2)) AND abs(ROUND(__f4, 2)) < 9e18 THEN CAST(CAST(ROUND(__f4, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f4, 2) AS VARCHAR) END WHEN 13 THEN CASE WHEN __f11 = 4 THEN __t11 ELSE ['Unemployed', 'Working Professional', 'Student', 'missing', 'other'][__f11 + 1] END WHEN 14 THEN CASE WHEN __f12 = 2 THEN __t12 ELSE ['Better Career Prospects', 'missing', 'other'][__f12 + 1] END END AS __p1_value,
  CAST(ROUND(__p1_log_odds * 1.4426950408889635e+1) AS INTEGER) AS __p1_points,
  __p2_r,
  __p2_log_odds,
  CASE __p2_r WHEN 0 THEN CASE WHEN __f25 = 1 THEN 'Yes' WHEN __f25 = 0 THEN 'No' ELSE 'missing' END WHEN 1 THEN CASE WHEN __f23 = 7 THEN __t23 ELSE ['Mumbai', 'Thane & Outskirts', 'Other Cities', 'Other Cities of Maharashtra', 'Other Metro Cities', 'Tier II Cities', 'missing', 'other'][__f23 + 1] END WHEN 2 THEN CASE WHEN __f8 = 8 THEN __t8 ELSE ['India', 'United States', 'United Arab Emirates', 'Saudi Arabia', 'Singapore', 'United Kingdom', 'Australia', 'missing', 'other'][__f8 + 1] END WHEN 3 THEN CASE WHEN __f2 = 1 THEN 'Yes' WHEN __f2 = 0 THEN 'No' ELSE 'missing' END WHEN 4 THEN CASE WHEN __f10 = 10 THEN __t10 ELSE ['Online Search', 'Word Of Mouth', 'Student of SomeSchool', 'Other', 'Multiple Sources', 'Advertisements', 'Social Media', 'SMS', 'Email', 'missing', 'other'][__f10 + 1] END WHEN 5 THEN CASE WHEN __f7 = 12 THEN __t7 ELSE ['Email Opened', 'SMS Sent', 'Olark Chat Conversation', 'Page Visited on Website', 'Converted to Lead', 'Email Bounced', 'Email Link Clicked', 'Form Submitted on Website', 'Unreachable', 'Unsubscribed', 'Had a Phone Conversation', 'missing', 'other'][__f7 + 1] END WHEN 6 THEN CASE WHEN __f0 = 5 THEN __t0 ELSE ['Landing Page Submission', 'API', 'Lead Add Form', 'Lead Import', 'missing', 'other'][__f0 + 1] END WHEN 7 THEN CASE WHEN __f1 = 9 THEN __t1 ELSE ['Google', 'Direct Traffic', 'Olark Chat', 'Organic Search', 'Reference', 'Referral Sites', 'Welingak Website', 'Facebook', 'missing', 'other'][__f1 + 1] END WHEN 8 THEN CASE WHEN __f6 IS NULL THEN 'missing' WHEN ROUND(__f6, 2) = ROUND(ROUND(__f6, 2)) AND abs(ROUND(__f6, 2)) < 9e18 THEN CAST(CAST(ROUND(__f6, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f6, 2) AS VARCHAR) END WHEN 9 THEN CASE WHEN __f9 = 19 THEN __t9 ELSE ['Finance Management', 'Marketing Management', 'Human Resource Management', 'Operations Management', 'Business Administration', 'IT Projects Management', 'Supply Chain Management', 'Banking, Investment And Insurance', 'Media and Advertising', 'Travel and Tourism', 'International Business', 'Healthcare Management', 'Hospitality Management', 'E-COMMERCE', 'Retail Management', 'Rural and Agribusiness', 'E-Business', 'Services Excellence', 'missing', 'other'][__f9 + 1] END WHEN 10 THEN CASE WHEN __f26 IS NULL THEN 'missing' WHEN ROUND(__f26, 2) = ROUND(ROUND(__f26, 2)) AND abs(ROUND(__f26, 2)) < 9e18 THEN CAST(CAST(ROUND(__f26, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f26, 2) AS VARCHAR) END WHEN 11 THEN CASE WHEN __f5 IS NULL THEN 'missing' WHEN ROUND(__f5, 2) = ROUND(ROUND(__f5, 2)) AND abs(ROUND(__f5, 2)) < 9e18 THEN CAST(CAST(ROUND(__f5, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f5, 2) AS VARCHAR) END WHEN 12 THEN CASE WHEN __f4 IS NULL THEN 'missing' WHEN ROUND(__f4, 2) = ROUND(ROUND(__f4, 2)) AND abs(ROUND(__f4, 2)) < 9e18 THEN CAST(CAST(ROUND(__f4, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f4, 2) AS VARCHAR) END WHEN 13 THEN CASE WHEN __f11 = 4 THEN __t11 ELSE ['Unemployed', 'Working Professional', 'Student', 'missing', 'other'][__f11 + 1] END WHEN 14 THEN CASE WHEN __f12 = 2 THEN __t12 ELSE ['Better Career Prospects', 'missing', 'other'][__f12 + 1] END END AS __p2_value,
  CAST(ROUND(__p2_log_odds * 1.4426950408889635e+1) AS INTEGER) AS __p2_points,
  __p3_r,
  __p3_log_odds,
  CASE __p3_r WHEN 0 THEN CASE WHEN __f25 = 1 THEN 'Yes' WHEN __f25 = 0 THEN 'No' ELSE 'missing' END WHEN 1 THEN CASE WHEN __f23 = 7 THEN __t23 ELSE ['Mumbai', 'Thane & Outskirts', 'Other Cities', 'Other Cities of Maharashtra', 'Other Metro Cities', 'Tier II Cities', 'missing', 'other'][__f23 + 1] END WHEN 2 THEN CASE WHEN __f8 = 8 THEN __t8 ELSE ['India', 'United States', 'United Arab Emirates', 'Saudi Arabia', 'Singapore', 'United Kingdom', 'Australia', 'missing', 'other'][__f8 + 1] END WHEN 3 THEN CASE WHEN __f2 = 1 THEN 'Yes' WHEN __f2 = 0 THEN 'No' ELSE 'missing' END WHEN 4 THEN CASE WHEN __f10 = 10 THEN __t10 ELSE ['Online Search', 'Word Of Mouth', 'Student of SomeSchool', 'Other', 'Multiple Sources', 'Advertisements', 'Social Media', 'SMS', 'Email', 'missing', 'other'][__f10 + 1] END WHEN 5 THEN CASE WHEN __f7 = 12 THEN __t7 ELSE ['Email Opened', 'SMS Sent', 'Olark Chat Conversation', 'Page Visited on Website', 'Converted to Lead', 'Email Bounced', 'Email Link Clicked', 'Form Submitted on Website', 'Unreachable', 'Unsubscribed', 'Had a Phone Conversation', 'missing', 'other'][__f7 + 1] END WHEN 6 THEN CASE WHEN __f0 = 5 THEN __t0 ELSE ['Landing Page Submission', 'API', 'Lead Add Form', 'Lead Import', 'missing', 'other'][__f0 + 1] END WHEN 7 THEN CASE WHEN __f1 = 9 THEN __t1 ELSE ['Google', 'Direct Traffic', 'Olark Chat', 'Organic Search', 'Reference', 'Referral Sites', 'Welingak Website', 'Facebook', 'missing', 'other'][__f1 + 1] END WHEN 8 THEN CASE WHEN __f6 IS NULL THEN 'missing' WHEN ROUND(__f6, 2) = ROUND(ROUND(__f6, 2)) AND abs(ROUND(__f6, 2)) < 9e18 THEN CAST(CAST(ROUND(__f6, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f6, 2) AS VARCHAR) END WHEN 9 THEN CASE WHEN __f9 = 19 THEN __t9 ELSE ['Finance Management', 'Marketing Management', 'Human Resource Management', 'Operations Management', 'Business Administration', 'IT Projects Management', 'Supply Chain Management', 'Banking, Investment And Insurance', 'Media and Advertising', 'Travel and Tourism', 'International Business', 'Healthcare Management', 'Hospitality Management', 'E-COMMERCE', 'Retail Management', 'Rural and Agribusiness', 'E-Business', 'Services Excellence', 'missing', 'other'][__f9 + 1] END WHEN 10 THEN CASE WHEN __f26 IS NULL THEN 'missing' WHEN ROUND(__f26, 2) = ROUND(ROUND(__f26, 2)) AND abs(ROUND(__f26, 2)) < 9e18 THEN CAST(CAST(ROUND(__f26, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f26, 2) AS VARCHAR) END WHEN 11 THEN CASE WHEN __f5 IS NULL THEN 'missing' WHEN ROUND(__f5, 2) = ROUND(ROUND(__f5, 2)) AND abs(ROUND(__f5, 2)) < 9e18 THEN CAST(CAST(ROUND(__f5, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f5, 2) AS VARCHAR) END WHEN 12 THEN CASE WHEN __f4 IS NULL THEN 'missing' WHEN ROUND(__f4, 2) = ROUND(ROUND(__f4, 2)) AND abs(ROUND(__f4, 2)) < 9e18 THEN CAST(CAST(ROUND(__f4, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f4, 2) AS VARCHAR) END WHEN 13 THEN CASE WHEN __f11 = 4 THEN __t11 ELSE ['Unemployed', 'Working Professional', 'Student', 'missing', 'other'][__f11 + 1] END WHEN 14 THEN CASE WHEN __f12 = 2 THEN __t12 ELSE ['Better Career Prospects', 'missing', 'other'][__f12 + 1] END END AS __p3_value,
  CAST(ROUND(__p3_log_odds * 1.4426950408889635e+1) AS INTEGER) AS __p3_points,
  __n1_r,
  __n1_log_odds,
  CASE __n1_r WHEN 0 THEN CASE WHEN __f25 = 1 THEN 'Yes' WHEN __f25 = 0 THEN 'No' ELSE 'missing' END WHEN 1 THEN CASE WHEN __f23 = 7 THEN __t23 ELSE ['Mumbai', 'Thane & Outskirts', 'Other Cities', 'Other Cities of Maharashtra', 'Other Metro Cities', 'Tier II Cities', 'missing', 'other'][__f23 + 1] END WHEN 2 THEN CASE WHEN __f8 = 8 THEN __t8 ELSE ['India', 'United States', 'United Arab Emirates', 'Saudi Arabia', 'Singapore', 'United Kingdom', 'Australia', 'missing', 'other'][__f8 + 1] END WHEN 3 THEN CASE WHEN __f2 = 1 THEN 'Yes' WHEN __f2 = 0 THEN 'No' ELSE 'missing' END WHEN 4 THEN CASE WHEN __f10 = 10 THEN __t10 ELSE ['Online Search', 'Word Of Mouth', 'Student of SomeSchool', 'Other', 'Multiple Sources', 'Advertisements', 'Social Media', 'SMS', 'Email', 'missing', 'other'][__f10 + 1] END WHEN 5 THEN CASE WHEN __f7 = 12 THEN __t7 ELSE ['Email Opened', 'SMS Sent', 'Olark Chat Conversation', 'Page Visited on Website', 'Converted to Lead', 'Email Bounced', 'Email Link Clicked', 'Form Submitted on Website', 'Unreachable', 'Unsubscribed', 'Had a Phone Conversation', 'missing', 'other'][__f7 + 1] END WHEN 6 THEN CASE WHEN __f0 = 5 THEN __t0 ELSE ['Landing Page Submission', 'API', 'Lead Add Form', 'Lead Import', 'missing', 'other'][__f0 + 1] END WHEN 7 THEN CASE WHEN __f1 = 9 THEN __t1 ELSE ['Google', 'Direct Traffic', 'Olark Chat', 'Organic Search', 'Reference', 'Referral Sites', 'Welingak Website', 'Facebook', 'missing', 'other'][__f1 + 1] END WHEN 8 THEN CASE WHEN __f6 IS NULL THEN 'missing' WHEN ROUND(__f6, 2) = ROUND(ROUND(__f6, 2)) AND abs(ROUND(__f6, 2)) < 9e18 THEN CAST(CAST(ROUND(__f6, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f6, 2) AS VARCHAR) END WHEN 9 THEN CASE WHEN __f9 = 19 THEN __t9 ELSE ['Finance Management', 'Marketing Management', 'Human Resource Management', 'Operations Management', 'Business Administration', 'IT Projects Management', 'Supply Chain Management', 'Banking, Investment And Insurance', 'Media and Advertising', 'Travel and Tourism', 'International Business', 'Healthcare Management', 'Hospitality Management', 'E-COMMERCE', 'Retail Management', 'Rural and Agribusiness', 'E-Business', 'Services Excellence', 'missing', 'other'][__f9 + 1] END WHEN 10 THEN CASE WHEN __f26 IS NULL THEN 'missing' WHEN ROUND(__f26, 2) = ROUND(ROUND(__f26, 2)) AND abs(ROUND(__f26, 2)) < 9e18 THEN CAST(CAST(ROUND(__f26, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f26, 2) AS VARCHAR) END WHEN 11 THEN CASE WHEN __f5 IS NULL THEN 'missing' WHEN ROUND(__f5, 2) = ROUND(ROUND(__f5, 2)) AND abs(ROUND(__f5, 2)) < 9e18 THEN CAST(CAST(ROUND(__f5, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f5, 2) AS VARCHAR) END WHEN 12 THEN CASE WHEN __f4 IS NULL THEN 'missing' WHEN ROUND(__f4, 2) = ROUND(ROUND(__f4, 2)) AND abs(ROUND(__f4, 2)) < 9e18 THEN CAST(CAST(ROUND(__f4, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f4, 2) AS VARCHAR) END WHEN 13 THEN CASE WHEN __f11 = 4 THEN __t11 ELSE ['Unemployed', 'Working Professional', 'Student', 'missing', 'other'][__f11 + 1] END WHEN 14 THEN CASE WHEN __f12 = 2 THEN __t12 ELSE ['Better Career Prospects', 'missing', 'other'][__f12 + 1] END END AS __n1_value,
  CAST(ROUND(__n1_log_odds * 1.4426950408889635e+1) AS INTEGER) AS __n1_points,
  __n2_r,
  __n2_log_odds,
  CASE __n2_r WHEN 0 THEN CASE WHEN __f25 = 1 THEN 'Yes' WHEN __f25 = 0 THEN 'No' ELSE 'missing' END WHEN 1 THEN CASE WHEN __f23 = 7 THEN __t23 ELSE ['Mumbai', 'Thane & Outskirts', 'Other Cities', 'Other Cities of Maharashtra', 'Other Metro Cities', 'Tier II Cities', 'missing', 'other'][__f23 + 1] END WHEN 2 THEN CASE WHEN __f8 = 8 THEN __t8 ELSE ['India', 'United States', 'United Arab Emirates', 'Saudi Arabia', 'Singapore', 'United Kingdom', 'Australia', 'missing', 'other'][__f8 + 1] END WHEN 3 THEN CASE WHEN __f2 = 1 THEN 'Yes' WHEN __f2 = 0 THEN 'No' ELSE 'missing' END WHEN 4 THEN CASE WHEN __f10 = 10 THEN __t10 ELSE ['Online Search', 'Word Of Mouth', 'Student of SomeSchool', 'Other', 'Multiple Sources', 'Advertisements', 'Social Media', 'SMS', 'Email', 'missing', 'other'][__f10 + 1] END WHEN 5 THEN CASE WHEN __f7 = 12 THEN __t7 ELSE ['Email Opened', 'SMS Sent', 'Olark Chat Conversation', 'Page Visited on Website', 'Converted to Lead', 'Email Bounced', 'Email Link Clicked', 'Form Submitted on Website', 'Unreachable', 'Unsubscribed', 'Had a Phone Conversation', 'missing', 'other'][__f7 + 1] END WHEN 6 THEN CASE WHEN __f0 = 5 THEN __t0 ELSE ['Landing Page Submission', 'API', 'Lead Add Form', 'Lead Import', 'missing', 'other'][__f0 + 1] END WHEN 7 THEN CASE WHEN __f1 = 9 THEN __t1 ELSE ['Google', 'Direct Traffic', 'Olark Chat', 'Organic Search', 'Reference', 'Referral Sites', 'Welingak Website', 'Facebook', 'missing', 'other'][__f1 + 1] END WHEN 8 THEN CASE WHEN __f6 IS NULL THEN 'missing' WHEN ROUND(__f6, 2) = ROUND(ROUND(__f6, 2)) AND abs(ROUND(__f6, 2)) < 9e18 THEN CAST(CAST(ROUND(__f6, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f6, 2) AS VARCHAR) END WHEN 9 THEN CASE WHEN __f9 = 19 THEN __t9 ELSE ['Finance Management', 'Marketing Management', 'Human Resource Management', 'Operations Management', 'Business Administration', 'IT Projects Management', 'Supply Chain Management', 'Banking, Investment And Insurance', 'Media and Advertising', 'Travel and Tourism', 'International Business', 'Healthcare Management', 'Hospitality Management', 'E-COMMERCE', 'Retail Management', 'Rural and Agribusiness', 'E-Business', 'Services Excellence', 'missing', 'other'][__f9 + 1] END WHEN 10 THEN CASE WHEN __f26 IS NULL THEN 'missing' WHEN ROUND(__f26, 2) = ROUND(ROUND(__f26, 2)) AND abs(ROUND(__f26, 2)) < 9e18 THEN CAST(CAST(ROUND(__f26, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f26, 2) AS VARCHAR) END WHEN 11 THEN CASE WHEN __f5 IS NULL THEN 'missing' WHEN ROUND(__f5, 2) = ROUND(ROUND(__f5, 2)) AND abs(ROUND(__f5, 2)) < 9e18 THEN CAST(CAST(ROUND(__f5, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f5, 2) AS VARCHAR) END WHEN 12 THEN CASE WHEN __f4 IS NULL THEN 'missing' WHEN ROUND(__f4, 2) = ROUND(ROUND(__f4, 2)) AND abs(ROUND(__f4, 2)) < 9e18 THEN CAST(CAST(ROUND(__f4, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f4, 2) AS VARCHAR) END WHEN 13 THEN CASE WHEN __f11 = 4 THEN __t11 ELSE ['Unemployed', 'Working Professional', 'Student', 'missing', 'other'][__f11 + 1] END WHEN 14 THEN CASE WHEN __f12 = 2 THEN __t12 ELSE ['Better Career Prospects', 'missing', 'other'][__f12 + 1] END END AS __n2_value,
  CAST(ROUND(__n2_log_odds * 1.4426950408889635e+1) AS INTEGER) AS __n2_points,
  __n3_r,
  __n3_log_odds,
  CASE __n3_r WHEN 0 THEN CASE WHEN __f25 = 1 THEN 'Yes' WHEN __f25 = 0 THEN 'No' ELSE 'missing' END WHEN 1 THEN CASE WHEN __f23 = 7 THEN __t23 ELSE ['Mumbai', 'Thane & Outskirts', 'Other Cities', 'Other Cities of Maharashtra', 'Other Metro Cities', 'Tier II Cities', 'missing', 'other'][__f23 + 1] END WHEN 2 THEN CASE WHEN __f8 = 8 THEN __t8 ELSE ['India', 'United States', 'United Arab Emirates', 'Saudi Arabia', 'Singapore', 'United Kingdom', 'Australia', 'missing', 'other'][__f8 + 1] END WHEN 3 THEN CASE WHEN __f2 = 1 THEN 'Yes' WHEN __f2 = 0 THEN 'No' ELSE 'missing' END WHEN 4 THEN CASE WHEN __f10 = 10 THEN __t10 ELSE ['Online Search', 'Word Of Mouth', 'Student of SomeSchool', 'Other', 'Multiple Sources', 'Advertisements', 'Social Media', 'SMS', 'Email', 'missing', 'other'][__f10 + 1] END WHEN 5 THEN CASE WHEN __f7 = 12 THEN __t7 ELSE ['Email Opened', 'SMS Sent', 'Olark Chat Conversation', 'Page Visited on Website', 'Converted to Lead', 'Email Bounced', 'Email Link Clicked', 'Form Submitted on Website', 'Unreachable', 'Unsubscribed', 'Had a Phone Conversation', 'missing', 'other'][__f7 + 1] END WHEN 6 THEN CASE WHEN __f0 = 5 THEN __t0 ELSE ['Landing Page Submission', 'API', 'Lead Add Form', 'Lead Import', 'missing', 'other'][__f0 + 1] END WHEN 7 THEN CASE WHEN __f1 = 9 THEN __t1 ELSE ['Google', 'Direct Traffic', 'Olark Chat', 'Organic Search', 'Reference', 'Referral Sites', 'Welingak Website', 'Facebook', 'missing', 'other'][__f1 + 1] END WHEN 8 THEN CASE WHEN __f6 IS NULL THEN 'missing' WHEN ROUND(__f6, 2) = ROUND(ROUND(__f6, 2)) AND abs(ROUND(__f6, 2)) < 9e18 THEN CAST(CAST(ROUND(__f6, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f6, 2) AS VARCHAR) END WHEN 9 THEN CASE WHEN __f9 = 19 THEN __t9 ELSE ['Finance Management', 'Marketing Management', 'Human Resource Management', 'Operations Management', 'Business Administration', 'IT Projects Management', 'Supply Chain Management', 'Banking, Investment And Insurance', 'Media and Advertising', 'Travel and Tourism', 'International Business', 'Healthcare Management', 'Hospitality Management', 'E-COMMERCE', 'Retail Management', 'Rural and Agribusiness', 'E-Business', 'Services Excellence', 'missing', 'other'][__f9 + 1] END WHEN 10 THEN CASE WHEN __f26 IS NULL THEN 'missing' WHEN ROUND(__f26, 2) = ROUND(ROUND(__f26, 2)) AND abs(ROUND(__f26, 2)) < 9e18 THEN CAST(CAST(ROUND(__f26, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f26, 2) AS VARCHAR) END WHEN 11 THEN CASE WHEN __f5 IS NULL THEN 'missing' WHEN ROUND(__f5, 2) = ROUND(ROUND(__f5, 2)) AND abs(ROUND(__f5, 2)) < 9e18 THEN CAST(CAST(ROUND(__f5, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f5, 2) AS VARCHAR) END WHEN 12 THEN CASE WHEN __f4 IS NULL THEN 'missing' WHEN ROUND(__f4, 2) = ROUND(ROUND(__f4, 2)) AND abs(ROUND(__f4, 2)) < 9e18 THEN CAST(CAST(ROUND(__f4, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f4, 2) AS VARCHAR) END WHEN 13 THEN CASE WHEN __f11 = 4 THEN __t11 ELSE ['Unemployed', 'Working Professional', 'Student', 'missing', 'other'][__f11 + 1] END WHEN 14 THEN CASE WHEN __f12 = 2 THEN __t12 ELSE ['Better Career Prospects', 'missing', 'other'][__f12 + 1] END END AS __n3_value,
  CAST(ROUND(__n3_log_odds * 1.4426950408889635e+1) AS INTEGER) AS __n3_points
FROM (SELECT "prospect_id", "__row", __f0, __f1, __f2, __f4, __f5, __f6, __f7, __f8, __f9, __f10, __f11, __f12, __f23, __f25, __f26, __t0, __t1, __t7, __t8, __t9, __t10, __t11, __t12, __t23, unnest("leadpipe_gbt_aee34e4ed0ffa203"(CAST(__f0 AS INTEGER), CAST(__f1 AS INTEGER), coalesce(CASE WHEN isnan(__f2) THEN CAST('Infinity' AS DOUBLE) ELSE __f2 END, CAST('NaN' AS DOUBLE)), coalesce(CASE WHEN isnan(__f4) THEN CAST('Infinity' AS DOUBLE) ELSE __f4 END, CAST('NaN' AS DOUBLE)), coalesce(CASE WHEN isnan(__f5) THEN CAST('Infinity' AS DOUBLE) ELSE __f5 END, CAST('NaN' AS DOUBLE)), coalesce(CASE WHEN isnan(__f6) THEN CAST('Infinity' AS DOUBLE) ELSE __f6 END, CAST('NaN' AS DOUBLE)), CAST(__f7 AS INTEGER), CAST(__f8 AS INTEGER), CAST(__f9 AS INTEGER), CAST(__f10 AS INTEGER), CAST(__f11 AS INTEGER), CAST(__f12 AS INTEGER), CAST(__f23 AS INTEGER), coalesce(CASE WHEN isnan(__f25) THEN CAST('Infinity' AS DOUBLE) ELSE __f25 END, CAST('NaN' AS DOUBLE)), coalesce(CASE WHEN isnan(__f26) THEN CAST('Infinity' AS DOUBLE) ELSE __f26 END, CAST('NaN' AS DOUBLE))))
FROM (SELECT "prospect_id", "__row",
  CASE WHEN CAST("lead_origin" AS VARCHAR) IS NULL THEN 4 ELSE CASE LOWER(CAST("lead_origin" AS VARCHAR)) WHEN 'landing page submission' THEN 0 WHEN 'api' THEN 1 WHEN 'lead add form' THEN 2 WHEN 'lead import' THEN 3 WHEN '__missing__' THEN 4 ELSE 5 END END AS __f0,
  CASE WHEN CAST("lead_source" AS VARCHAR) IS NULL THEN 8 ELSE CASE LOWER(CAST("lead_source" AS VARCHAR)) WHEN 'google' THEN 0 WHEN 'direct traffic' THEN 1 WHEN 'olark chat' THEN 2 WHEN 'organic search' THEN 3 WHEN 'reference' THEN 4 WHEN 'referral sites' THEN 5 WHEN 'welingak website' THEN 6 WHEN 'facebook' THEN 7 WHEN '__missing__' THEN 8 ELSE 9 END END AS __f1,
  CASE WHEN "do_not_email" THEN 1e0 WHEN NOT "do_not_email" THEN 0e0 END AS __f2,
  CAST("total_visits" AS DOUBLE) AS __f4,
  CAST("total_time_spent_on_website" AS DOUBLE) AS __f5,
  CAST("page_views_per_visit" AS DOUBLE) AS __f6,
  CASE WHEN CAST("last_activity" AS VARCHAR) IS NULL THEN 11 ELSE CASE LOWER(CAST("last_activity" AS VARCHAR)) WHEN 'email opened' THEN 0 WHEN 'sms sent' THEN 1 WHEN 'olark chat conversation' THEN 2 WHEN 'page visited on website' THEN 3 WHEN 'converted to lead' THEN 4 WHEN 'email bounced' THEN 5 WHEN 'email link clicked' THEN 6 WHEN 'form submitted on website' THEN 7 WHEN 'unreachable' THEN 8 WHEN 'unsubscribed' THEN 9 WHEN 'had a phone conversation' THEN 10 WHEN '__missing__' THEN 11 ELSE 12 END END AS __f7,
  CASE WHEN CAST("country" AS VARCHAR) IS NULL THEN 7 ELSE CASE LOWER(CAST("country" AS VARCHAR)) WHEN 'india' THEN 0 WHEN 'united states' THEN 1 WHEN 'united arab emirates' THEN 2 WHEN 'saudi arabia' THEN 3 WHEN 'singapore' THEN 4 WHEN 'united kingdom' THEN 5 WHEN 'australia' THEN 6 WHEN '__missing__' THEN 7 ELSE 8 END END AS __f8,
  CASE WHEN CAST("specialization" AS VARCHAR) IS NULL THEN 18 ELSE CASE LOWER(CAST("specialization" AS VARCHAR)) WHEN 'finance management' THEN 0 WHEN 'marketing management' THEN 1 WHEN 'human resource management' THEN 2 WHEN 'operations management' THEN 3 WHEN 'business administration' THEN 4 WHEN 'it projects management' THEN 5 WHEN 'supply chain management' THEN 6 WHEN 'banking, investment and insurance' THEN 7 WHEN 'media and advertising' THEN 8 WHEN 'travel and tourism' THEN 9 WHEN 'international business' THEN 10 WHEN 'healthcare management' THEN 11 WHEN 'hospitality management' THEN 12 WHEN 'e-commerce' THEN 13 WHEN 'retail management' THEN 14 WHEN 'rural and agribusiness' THEN 15 WHEN 'e-business' THEN 16 WHEN 'services excellence' THEN 17 WHEN '__missing__' THEN 18 ELSE 19 END END AS __f9,
  CASE WHEN CAST("how_did_you_hear_about_x_education" AS VARCHAR) IS NULL THEN 9 ELSE CASE LOWER(CAST("how_did_you_hear_about_x_education" AS VARCHAR)) WHEN 'online search' THEN 0 WHEN 'word of mouth' THEN 1 WHEN 'student of someschool' THEN 2 WHEN 'other' THEN 3 WHEN 'multiple sources' THEN 4 WHEN 'advertisements' THEN 5 WHEN 'social media' THEN 6 WHEN 'sms' THEN 7 WHEN 'email' THEN 8 WHEN '__missing__' THEN 9 ELSE 10 END END AS __f10,
  CASE WHEN CAST("what_is_your_current_occupation" AS VARCHAR) IS NULL THEN 3 ELSE CASE LOWER(CAST("what_is_your_current_occupation" AS VARCHAR)) WHEN 'unemployed' THEN 0 WHEN 'working professional' THEN 1 WHEN 'student' THEN 2 WHEN '__missing__' THEN 3 ELSE 4 END END AS __f11,
  CASE WHEN CAST("what_matters_most_to_you_in_choosing_a_course" AS VARCHAR) IS NULL THEN 1 ELSE CASE LOWER(CAST("what_matters_most_to_you_in_choosing_a_course" AS VARCHAR)) WHEN 'better career prospects' THEN 0 WHEN '__missing__' THEN 1 ELSE 2 END END AS __f12,
  CASE WHEN CAST("city" AS VARCHAR) IS NULL THEN 6 ELSE CASE LOWER(CAST("city" AS VARCHAR)) WHEN 'mumbai' THEN 0 WHEN 'thane & outskirts' THEN 1 WHEN 'other cities' THEN 2 WHEN 'other cities of maharashtra' THEN 3 WHEN 'other metro cities' THEN 4 WHEN 'tier ii cities' THEN 5 WHEN '__missing__' THEN 6 ELSE 7 END END AS __f23,
  CASE WHEN "a_free_copy_of_mastering_the_interview" THEN 1e0 WHEN NOT "a_free_copy_of_mastering_the_interview" THEN 0e0 END AS __f25,
  (CAST("total_time_spent_on_website" AS DOUBLE) / NULLIF(CAST("total_visits" AS DOUBLE), 0)) AS __f26,
  CASE WHEN __f0 = 5 THEN CAST("lead_origin" AS VARCHAR) END AS __t0,
  CASE WHEN __f1 = 9 THEN CAST("lead_source" AS VARCHAR) END AS __t1,
  CASE WHEN __f7 = 12 THEN CAST("last_activity" AS VARCHAR) END AS __t7,
  CASE WHEN __f8 = 8 THEN CAST("country" AS VARCHAR) END AS __t8,
  CASE WHEN __f9 = 19 THEN CAST("specialization" AS VARCHAR) END AS __t9,
  CASE WHEN __f10 = 10 THEN CAST("how_did_you_hear_about_x_education" AS VARCHAR) END AS __t10,
  CASE WHEN __f11 = 4 THEN CAST("what_is_your_current_occupation" AS VARCHAR) END AS __t11,
  CASE WHEN __f12 = 2 THEN CAST("what_matters_most_to_you_in_choosing_a_course" AS VARCHAR) END AS __t12,
  CASE WHEN __f23 = 7 THEN CAST("city" AS VARCHAR) END AS __t23
FROM leadpipe_batch) AS __l1) AS __l2) AS __l3) AS s LEFT JOIN lead_overrides AS o ON o.lead_key = CAST(s."prospect_id" AS VARCHAR)
) AS s;
-- next
INSERT INTO leads_final ("prospect_id", "lead_number", "lead_origin", "lead_source", "do_not_email", "do_not_call", "converted", "total_visits", "total_time_spent_on_website", "page_views_per_visit", "last_activity", "country", "specialization", "how_did_you_hear_about_x_education", "what_is_your_current_occupation", "what_matters_most_to_you_in_choosing_a_course", "search", "magazine", "newspaper_article", "x_education_forums", "newspaper", "digital_advertisement", "through_recommendations", "receive_more_updates_about_our_courses", "tags", "lead_quality", "update_me_on_supply_chain_content", "get_updates_on_dm_content", "lead_profile", "city", "asymmetrique_activity_index", "asymmetrique_profile_index", "asymmetrique_activity_score", "asymmetrique_profile_score", "i_agree_to_pay_the_amount_through_cheque", "a_free_copy_of_mastering_the_interview", "last_notable_activity", "campaign_code", "row_hash", "source_file", "probability", "score", "grade", "reasons", "model_version", "first_seen_at", "updated_at", "scored_at")
SELECT struct_extract(__row, 'prospect_id'), struct_extract(__row, 'lead_number'), struct_extract(__row, 'lead_origin'), struct_extract(__row, 'lead_source'), struct_extract(__row, 'do_not_email'), struct_extract(__row, 'do_not_call'), struct_extract(__row, 'converted'), struct_extract(__row, 'total_visits'), struct_extract(__row, 'total_time_spent_on_website'), struct_extract(__row, 'page_views_per_visit'), struct_extract(__row, 'last_activity'), struct_extract(__row, 'country'), struct_extract(__row, 'specialization'), struct_extract(__row, 'how_did_you_hear_about_x_education'), struct_extract(__row, 'what_is_your_current_occupation'), struct_extract(__row, 'what_matters_most_to_you_in_choosing_a_course'), struct_extract(__row, 'search'), struct_extract(__row, 'magazine'), struct_extract(__row, 'newspaper_article'), struct_extract(__row, 'x_education_forums'), struct_extract(__row, 'newspaper'), struct_extract(__row, 'digital_advertisement'), struct_extract(__row, 'through_recommendations'), struct_extract(__row, 'receive_more_updates_about_our_courses'), struct_extract(__row, 'tags'), struct_extract(__row, 'lead_quality'), struct_extract(__row, 'update_me_on_supply_chain_content'), struct_extract(__row, 'get_updates_on_dm_content'), struct_extract(__row, 'lead_profile'), struct_extract(__row, 'city'), struct_extract(__row, 'asymmetrique_activity_index'), struct_extract(__row, 'asymmetrique_profile_index'), struct_extract(__row, 'asymmetrique_activity_score'), struct_extract(__row, 'asymmetrique_profile_score'), struct_extract(__row, 'i_agree_to_pay_the_amount_through_cheque'), struct_extract(__row, 'a_free_copy_of_mastering_the_interview'), struct_extract(__row, 'last_notable_activity'), struct_extract(__row, 'campaign_code'), struct_extract(__row, 'row_hash'), struct_extract(__row, 'source_file'),
  probability, score, CASE WHEN score >= 74 THEN 'A' WHEN score >= 25 THEN 'B' WHEN score >= 6 THEN 'C' ELSE 'D' END AS grade, reasons, model_version, coalesce(struct_extract(__row, '__first_seen'), $now), $now, $now
FROM (
  SELECT s.__row, s.model_version, s.probability, coalesce(o.score, s.score) AS score,
    CAST(s.reasons AS STRUCT(positive STRUCT("log_odds" DOUBLE, "feature" VARCHAR, "label" VARCHAR, "value" VARCHAR, "points" DOUBLE, "text" VARCHAR)[], negative STRUCT("log_odds" DOUBLE, "feature" VARCHAR, "label" VARCHAR, "value" VARCHAR, "points" DOUBLE, "text" VARCHAR)[])) AS reasons
  FROM (SELECT "prospect_id", "__row", 'gbt-c8cc1c52dbd8dd2f' AS model_version, probability, score, CASE WHEN score >= 74 THEN 'A' WHEN score >= 25 THEN 'B' WHEN score >= 6 THEN 'C' ELSE 'D' END AS grade,
  {'positive': list_slice([{'log_odds': __p1_log_odds, 'feature': ['a_free_copy_of_mastering_the_interview', 'city', 'country', 'do_not_email', 'how_did_you_hear_about_x_education', 'last_activity', 'lead_origin', 'lead_source', 'page_views_per_visit', 'specialization', 'time_per_visit', 'total_time_spent_on_website', 'total_visits', 'what_is_your_current_occupation', 'what_matters_most_to_you_in_choosing_a_course'][__p1_r + 1], 'value': __p1_value, 'points': __p1_points},
    {'log_odds': __p2_log_odds, 'feature': ['a_free_copy_of_mastering_the_interview', 'city', 'country', 'do_not_email', 'how_did_you_hear_about_x_education', 'last_activity', 'lead_origin', 'lead_source', 'page_views_per_visit', 'specialization', 'time_per_visit', 'total_time_spent_on_website', 'total_visits', 'what_is_your_current_occupation', 'what_matters_most_to_you_in_choosing_a_course'][__p2_r + 1], 'value': __p2_value, 'points': __p2_points},
    {'log_odds': __p3_log_odds, 'feature': ['a_free_copy_of_mastering_the_interview', 'city', 'country', 'do_not_email', 'how_did_you_hear_about_x_education', 'last_activity', 'lead_origin', 'lead_source', 'page_views_per_visit', 'specialization', 'time_per_visit', 'total_time_spent_on_website', 'total_visits', 'what_is_your_current_occupation', 'what_matters_most_to_you_in_choosing_a_course'][__p3_r + 1], 'value': __p3_value, 'points': __p3_points}], 1, __npos),
   'negative': list_slice([{'log_odds': __n1_log_odds, 'feature': ['a_free_copy_of_mastering_the_interview', 'city', 'country', 'do_not_email', 'how_did_you_hear_about_x_education', 'last_activity', 'lead_origin', 'lead_source', 'page_views_per_visit', 'specialization', 'time_per_visit', 'total_time_spent_on_website', 'total_visits', 'what_is_your_current_occupation', 'what_matters_most_to_you_in_choosing_a_course'][__n1_r + 1], 'value': __n1_value, 'points': __n1_points},
    {'log_odds': __n2_log_odds, 'feature': ['a_free_copy_of_mastering_the_interview', 'city', 'country', 'do_not_email', 'how_did_you_hear_about_x_education', 'last_activity', 'lead_origin', 'lead_source', 'page_views_per_visit', 'specialization', 'time_per_visit', 'total_time_spent_on_website', 'total_visits', 'what_is_your_current_occupation', 'what_matters_most_to_you_in_choosing_a_course'][__n2_r + 1], 'value': __n2_value, 'points': __n2_points},
    {'log_odds': __n3_log_odds, 'feature': ['a_free_copy_of_mastering_the_interview', 'city', 'country', 'do_not_email', 'how_did_you_hear_about_x_education', 'last_activity', 'lead_origin', 'lead_source', 'page_views_per_visit', 'specialization', 'time_per_visit', 'total_time_spent_on_website', 'total_visits', 'what_is_your_current_occupation', 'what_matters_most_to_you_in_choosing_a_course'][__n3_r + 1], 'value': __n3_value, 'points': __n3_points}], 1, __nneg)} AS reasons
FROM (SELECT "prospect_id", "__row",
  probability,
  score,
  __npos,
  __nneg,
  __p1_r,
  __p1_log_odds,
  CASE __p1_r WHEN 0 THEN CASE WHEN __f25 = 1 THEN 'Yes' WHEN __f25 = 0 THEN 'No' ELSE 'missing' END WHEN 1 THEN CASE WHEN __f23 = 7 THEN __t23 ELSE ['Mumbai', 'Thane & Outskirts', 'Other Cities', 'Other Cities of Maharashtra', 'Other Metro Cities', 'Tier II Cities', 'missing', 'other'][__f23 + 1] END WHEN 2 THEN CASE WHEN __f8 = 8 THEN __t8 ELSE ['India', 'United States', 'United Arab Emirates', 'Saudi Arabia', 'Singapore', 'United Kingdom', 'Australia', 'missing', 'other'][__f8 + 1] END WHEN 3 THEN CASE WHEN __f2 = 1 THEN 'Yes' WHEN __f2 = 0 THEN 'No' ELSE 'missing' END WHEN 4 THEN CASE WHEN __f10 = 10 THEN __t10 ELSE ['Online Search', 'Word Of Mouth', 'Student of SomeSchool', 'Other', 'Multiple Sources', 'Advertisements', 'Social Media', 'SMS', 'Email', 'missing', 'other'][__f10 + 1] END WHEN 5 THEN CASE WHEN __f7 = 12 THEN __t7 ELSE ['Email Opened', 'SMS Sent', 'Olark Chat Conversation', 'Page Visited on Website', 'Converted to Lead', 'Email Bounced', 'Email Link Clicked', 'Form Submitted on Website', 'Unreachable', 'Unsubscribed', 'Had a Phone Conversation', 'missing', 'other'][__f7 + 1] END WHEN 6 THEN CASE WHEN __f0 = 5 THEN __t0 ELSE ['Landing Page Submission', 'API', 'Lead Add Form', 'Lead Import', 'missing', 'other'][__f0 + 1] END WHEN 7 THEN CASE WHEN __f1 = 9 THEN __t1 ELSE ['Google', 'Direct Traffic', 'Olark Chat', 'Organic Search', 'Reference', 'Referral Sites', 'Welingak Website', 'Facebook', 'missing', 'other'][__f1 + 1] END WHEN 8 THEN CASE WHEN __f6 IS NULL THEN 'missing' WHEN ROUND(__f6, 2) = ROUND(ROUND(__f6, 2)) AND abs(ROUND(__f6, 2)) < 9e18 THEN CAST(CAST(ROUND(__f6, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f6, 2) AS VARCHAR) END WHEN 9 THEN CASE WHEN __f9 = 19 THEN __t9 ELSE ['Finance Management', 'Marketing Management', 'Human Resource Management', 'Operations Management', 'Business Administration', 'IT Projects Management', 'Supply Chain Management', 'Banking, Investment And Insurance', 'Media and Advertising', 'Travel and Tourism', 'International Business', 'Healthcare Management', 'Hospitality Management', 'E-COMMERCE', 'Retail Management', 'Rural and Agribusiness', 'E-Business', 'Services Excellence', 'missing', 'other'][__f9 + 1] END WHEN 10 THEN CASE WHEN __f26 IS NULL THEN 'missing' WHEN ROUND(__f26, 2) = ROUND(ROUND(__f26, 2)) AND abs(ROUND(__f26, 2)) < 9e18 THEN CAST(CAST(ROUND(__f26, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f26, 2) AS VARCHAR) END WHEN 11 THEN CASE WHEN __f5 IS NULL THEN 'missing' WHEN ROUND(__f5, 2) = ROUND(ROUND(__f5, 2)) AND abs(ROUND(__f5, 2)) < 9e18 THEN CAST(CAST(ROUND(__f5, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f5, 2) AS VARCHAR) END WHEN 12 THEN CASE WHEN __f4 IS NULL THEN 'missing' WHEN ROUND(__f4, 2) = ROUND(ROUND(__f4, 2)) AND abs(ROUND(__f4, 2)) < 9e18 THEN CAST(CAST(ROUND(__f4, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f4, 2) AS VARCHAR) END WHEN 13 THEN CASE WHEN __f11 = 4 THEN __t11 ELSE ['Unemployed', 'Working Professional', 'Student', 'missing', 'other'][__f11 + 1] END WHEN 14 THEN CASE WHEN __f12 = 2 THEN __t12 ELSE ['Better Career Prospects', 'missing', 'other'][__f12 + 1] END END AS __p1_value,
  CAST(ROUND(__p1_log_odds * 1.4426950408889635e+1) AS INTEGER) AS __p1_points,
  __p2_r,
  __p2_log_odds,
  CASE __p2_r WHEN 0 THEN CASE WHEN __f25 = 1 THEN 'Yes' WHEN __f25 = 0 THEN 'No' ELSE 'missing' END WHEN 1 THEN CASE WHEN __f23 = 7 THEN __t23 ELSE ['Mumbai', 'Thane & Outskirts', 'Other Cities', 'Other Cities of Maharashtra', 'Other Metro Cities', 'Tier II Cities', 'missing', 'other'][__f23 + 1] END WHEN 2 THEN CASE WHEN __f8 = 8 THEN __t8 ELSE ['India', 'United States', 'United Arab Emirates', 'Saudi Arabia', 'Singapore', 'United Kingdom', 'Australia', 'missing', 'other'][__f8 + 1] END WHEN 3 THEN CASE WHEN __f2 = 1 THEN 'Yes' WHEN __f2 = 0 THEN 'No' ELSE 'missing' END WHEN 4 THEN CASE WHEN __f10 = 10 THEN __t10 ELSE ['Online Search', 'Word Of Mouth', 'Student of SomeSchool', 'Other', 'Multiple Sources', 'Advertisements', 'Social Media', 'SMS', 'Email', 'missing', 'other'][__f10 + 1] END WHEN 5 THEN CASE WHEN __f7 = 12 THEN __t7 ELSE ['Email Opened', 'SMS Sent', 'Olark Chat Conversation', 'Page Visited on Website', 'Converted to Lead', 'Email Bounced', 'Email Link Clicked', 'Form Submitted on Website', 'Unreachable', 'Unsubscribed', 'Had a Phone Conversation', 'missing', 'other'][__f7 + 1] END WHEN 6 THEN CASE WHEN __f0 = 5 THEN __t0 ELSE ['Landing Page Submission', 'API', 'Lead Add Form', 'Lead Import', 'missing', 'other'][__f0 + 1] END WHEN 7 THEN CASE WHEN __f1 = 9 THEN __t1 ELSE ['Google', 'Direct Traffic', 'Olark Chat', 'Organic Search', 'Reference', 'Referral Sites', 'Welingak Website', 'Facebook', 'missing', 'other'][__f1 + 1] END WHEN 8 THEN CASE WHEN __f6 IS NULL THEN 'missing' WHEN ROUND(__f6, 2) = ROUND(ROUND(__f6, 2)) AND abs(ROUND(__f6, 2)) < 9e18 THEN CAST(CAST(ROUND(__f6, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f6, 2) AS VARCHAR) END WHEN 9 THEN CASE WHEN __f9 = 19 THEN __t9 ELSE ['Finance Management', 'Marketing Management', 'Human Resource Management', 'Operations Management', 'Business Administration', 'IT Projects Management', 'Supply Chain Management', 'Banking, Investment And Insurance', 'Media and Advertising', 'Travel and Tourism', 'International Business', 'Healthcare Management', 'Hospitality Management', 'E-COMMERCE', 'Retail Management', 'Rural and Agribusiness', 'E-Business', 'Services Excellence', 'missing', 'other'][__f9 + 1] END WHEN 10 THEN CASE WHEN __f26 IS NULL THEN 'missing' WHEN ROUND(__f26, 2) = ROUND(ROUND(__f26, 2)) AND abs(ROUND(__f26, 2)) < 9e18 THEN CAST(CAST(ROUND(__f26, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f26, 2) AS VARCHAR) END WHEN 11 THEN CASE WHEN __f5 IS NULL THEN 'missing' WHEN ROUND(__f5, 2) = ROUND(ROUND(__f5, 2)) AND abs(ROUND(__f5, 2)) < 9e18 THEN CAST(CAST(ROUND(__f5, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f5, 2) AS VARCHAR) END WHEN 12 THEN CASE WHEN __f4 IS NULL THEN 'missing' WHEN ROUND(__f4, 2) = ROUND(ROUND(__f4, 2)) AND abs(ROUND(__f4, 2)) < 9e18 THEN CAST(CAST(ROUND(__f4, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f4, 2) AS VARCHAR) END WHEN 13 THEN CASE WHEN __f11 = 4 THEN __t11 ELSE ['Unemployed', 'Working Professional', 'Student', 'missing', 'other'][__f11 + 1] END WHEN 14 THEN CASE WHEN __f12 = 2 THEN __t12 ELSE ['Better Career Prospects', 'missing', 'other'][__f12 + 1] END END AS __p2_value,
  CAST(ROUND(__p2_log_odds * 1.4426950408889635e+1) AS INTEGER) AS __p2_points,
  __p3_r,
  __p3_log_odds,
  CASE __p3_r WHEN 0 THEN CASE WHEN __f25 = 1 THEN 'Yes' WHEN __f25 = 0 THEN 'No' ELSE 'missing' END WHEN 1 THEN CASE WHEN __f23 = 7 THEN __t23 ELSE ['Mumbai', 'Thane & Outskirts', 'Other Cities', 'Other Cities of Maharashtra', 'Other Metro Cities', 'Tier II Cities', 'missing', 'other'][__f23 + 1] END WHEN 2 THEN CASE WHEN __f8 = 8 THEN __t8 ELSE ['India', 'United States', 'United Arab Emirates', 'Saudi Arabia', 'Singapore', 'United Kingdom', 'Australia', 'missing', 'other'][__f8 + 1] END WHEN 3 THEN CASE WHEN __f2 = 1 THEN 'Yes' WHEN __f2 = 0 THEN 'No' ELSE 'missing' END WHEN 4 THEN CASE WHEN __f10 = 10 THEN __t10 ELSE ['Online Search', 'Word Of Mouth', 'Student of SomeSchool', 'Other', 'Multiple Sources', 'Advertisements', 'Social Media', 'SMS', 'Email', 'missing', 'other'][__f10 + 1] END WHEN 5 THEN CASE WHEN __f7 = 12 THEN __t7 ELSE ['Email Opened', 'SMS Sent', 'Olark Chat Conversation', 'Page Visited on Website', 'Converted to Lead', 'Email Bounced', 'Email Link Clicked', 'Form Submitted on Website', 'Unreachable', 'Unsubscribed', 'Had a Phone Conversation', 'missing', 'other'][__f7 + 1] END WHEN 6 THEN CASE WHEN __f0 = 5 THEN __t0 ELSE ['Landing Page Submission', 'API', 'Lead Add Form', 'Lead Import', 'missing', 'other'][__f0 + 1] END WHEN 7 THEN CASE WHEN __f1 = 9 THEN __t1 ELSE ['Google', 'Direct Traffic', 'Olark Chat', 'Organic Search', 'Reference', 'Referral Sites', 'Welingak Website', 'Facebook', 'missing', 'other'][__f1 + 1] END WHEN 8 THEN CASE WHEN __f6 IS NULL THEN 'missing' WHEN ROUND(__f6, 2) = ROUND(ROUND(__f6, 2)) AND abs(ROUND(__f6, 2)) < 9e18 THEN CAST(CAST(ROUND(__f6, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f6, 2) AS VARCHAR) END WHEN 9 THEN CASE WHEN __f9 = 19 THEN __t9 ELSE ['Finance Management', 'Marketing Management', 'Human Resource Management', 'Operations Management', 'Business Administration', 'IT Projects Management', 'Supply Chain Management', 'Banking, Investment And Insurance', 'Media and Advertising', 'Travel and Tourism', 'International Business', 'Healthcare Management', 'Hospitality Management', 'E-COMMERCE', 'Retail Management', 'Rural and Agribusiness', 'E-Business', 'Services Excellence', 'missing', 'other'][__f9 + 1] END WHEN 10 THEN CASE WHEN __f26 IS NULL THEN 'missing' WHEN ROUND(__f26, 2) = ROUND(ROUND(__f26, 2)) AND abs(ROUND(__f26, 2)) < 9e18 THEN CAST(CAST(ROUND(__f26, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f26, 2) AS VARCHAR) END WHEN 11 THEN CASE WHEN __f5 IS NULL THEN 'missing' WHEN ROUND(__f5, 2) = ROUND(ROUND(__f5, 2)) AND abs(ROUND(__f5, 2)) < 9e18 THEN CAST(CAST(ROUND(__f5, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f5, 2) AS VARCHAR) END WHEN 12 THEN CASE WHEN __f4 IS NULL THEN 'missing' WHEN ROUND(__f4, 2) = ROUND(ROUND(__f4, 2)) AND abs(ROUND(__f4, 2)) < 9e18 THEN CAST(CAST(ROUND(__f4, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f4, 2) AS VARCHAR) END WHEN 13 THEN CASE WHEN __f11 = 4 THEN __t11 ELSE ['Unemployed', 'Working Professional', 'Student', 'missing', 'other'][__f11 + 1] END WHEN 14 THEN CASE WHEN __f12 = 2 THEN __t12 ELSE ['Better Career Prospects', 'missing', 'other'][__f12 + 1] END END AS __p3_value,
  CAST(ROUND(__p3_log_odds * 1.4426950408889635e+1) AS INTEGER) AS __p3_points,
  __n1_r,
  __n1_log_odds,
  CASE __n1_r WHEN 0 THEN CASE WHEN __f25 = 1 THEN 'Yes' WHEN __f25 = 0 THEN 'No' ELSE 'missing' END WHEN 1 THEN CASE WHEN __f23 = 7 THEN __t23 ELSE ['Mumbai', 'Thane & Outskirts', 'Other Cities', 'Other Cities of Maharashtra', 'Other Metro Cities', 'Tier II Cities', 'missing', 'other'][__f23 + 1] END WHEN 2 THEN CASE WHEN __f8 = 8 THEN __t8 ELSE ['India', 'United States', 'United Arab Emirates', 'Saudi Arabia', 'Singapore', 'United Kingdom', 'Australia', 'missing', 'other'][__f8 + 1] END WHEN 3 THEN CASE WHEN __f2 = 1 THEN 'Yes' WHEN __f2 = 0 THEN 'No' ELSE 'missing' END WHEN 4 THEN CASE WHEN __f10 = 10 THEN __t10 ELSE ['Online Search', 'Word Of Mouth', 'Student of SomeSchool', 'Other', 'Multiple Sources', 'Advertisements', 'Social Media', 'SMS', 'Email', 'missing', 'other'][__f10 + 1] END WHEN 5 THEN CASE WHEN __f7 = 12 THEN __t7 ELSE ['Email Opened', 'SMS Sent', 'Olark Chat Conversation', 'Page Visited on Website', 'Converted to Lead', 'Email Bounced', 'Email Link Clicked', 'Form Submitted on Website', 'Unreachable', 'Unsubscribed', 'Had a Phone Conversation', 'missing', 'other'][__f7 + 1] END WHEN 6 THEN CASE WHEN __f0 = 5 THEN __t0 ELSE ['Landing Page Submission', 'API', 'Lead Add Form', 'Lead Import', 'missing', 'other'][__f0 + 1] END WHEN 7 THEN CASE WHEN __f1 = 9 THEN __t1 ELSE ['Google', 'Direct Traffic', 'Olark Chat', 'Organic Search', 'Reference', 'Referral Sites', 'Welingak Website', 'Facebook', 'missing', 'other'][__f1 + 1] END WHEN 8 THEN CASE WHEN __f6 IS NULL THEN 'missing' WHEN ROUND(__f6, 2) = ROUND(ROUND(__f6, 2)) AND abs(ROUND(__f6, 2)) < 9e18 THEN CAST(CAST(ROUND(__f6, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f6, 2) AS VARCHAR) END WHEN 9 THEN CASE WHEN __f9 = 19 THEN __t9 ELSE ['Finance Management', 'Marketing Management', 'Human Resource Management', 'Operations Management', 'Business Administration', 'IT Projects Management', 'Supply Chain Management', 'Banking, Investment And Insurance', 'Media and Advertising', 'Travel and Tourism', 'International Business', 'Healthcare Management', 'Hospitality Management', 'E-COMMERCE', 'Retail Management', 'Rural and Agribusiness', 'E-Business', 'Services Excellence', 'missing', 'other'][__f9 + 1] END WHEN 10 THEN CASE WHEN __f26 IS NULL THEN 'missing' WHEN ROUND(__f26, 2) = ROUND(ROUND(__f26, 2)) AND abs(ROUND(__f26, 2)) < 9e18 THEN CAST(CAST(ROUND(__f26, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f26, 2) AS VARCHAR) END WHEN 11 THEN CASE WHEN __f5 IS NULL THEN 'missing' WHEN ROUND(__f5, 2) = ROUND(ROUND(__f5, 2)) AND abs(ROUND(__f5, 2)) < 9e18 THEN CAST(CAST(ROUND(__f5, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f5, 2) AS VARCHAR) END WHEN 12 THEN CASE WHEN __f4 IS NULL THEN 'missing' WHEN ROUND(__f4, 2) = ROUND(ROUND(__f4, 2)) AND abs(ROUND(__f4, 2)) < 9e18 THEN CAST(CAST(ROUND(__f4, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f4, 2) AS VARCHAR) END WHEN 13 THEN CASE WHEN __f11 = 4 THEN __t11 ELSE ['Unemployed', 'Working Professional', 'Student', 'missing', 'other'][__f11 + 1] END WHEN 14 THEN CASE WHEN __f12 = 2 THEN __t12 ELSE ['Better Career Prospects', 'missing', 'other'][__f12 + 1] END END AS __n1_value,
  CAST(ROUND(__n1_log_odds * 1.4426950408889635e+1) AS INTEGER) AS __n1_points,
  __n2_r,
  __n2_log_odds,
  CASE __n2_r WHEN 0 THEN CASE WHEN __f25 = 1 THEN 'Yes' WHEN __f25 = 0 THEN 'No' ELSE 'missing' END WHEN 1 THEN CASE WHEN __f23 = 7 THEN __t23 ELSE ['Mumbai', 'Thane & Outskirts', 'Other Cities', 'Other Cities of Maharashtra', 'Other Metro Cities', 'Tier II Cities', 'missing', 'other'][__f23 + 1] END WHEN 2 THEN CASE WHEN __f8 = 8 THEN __t8 ELSE ['India', 'United States', 'United Arab Emirates', 'Saudi Arabia', 'Singapore', 'United Kingdom', 'Australia', 'missing', 'other'][__f8 + 1] END WHEN 3 THEN CASE WHEN __f2 = 1 THEN 'Yes' WHEN __f2 = 0 THEN 'No' ELSE 'missing' END WHEN 4 THEN CASE WHEN __f10 = 10 THEN __t10 ELSE ['Online Search', 'Word Of Mouth', 'Student of SomeSchool', 'Other', 'Multiple Sources', 'Advertisements', 'Social Media', 'SMS', 'Email', 'missing', 'other'][__f10 + 1] END WHEN 5 THEN CASE WHEN __f7 = 12 THEN __t7 ELSE ['Email Opened', 'SMS Sent', 'Olark Chat Conversation', 'Page Visited on Website', 'Converted to Lead', 'Email Bounced', 'Email Link Clicked', 'Form Submitted on Website', 'Unreachable', 'Unsubscribed', 'Had a Phone Conversation', 'missing', 'other'][__f7 + 1] END WHEN 6 THEN CASE WHEN __f0 = 5 THEN __t0 ELSE ['Landing Page Submission', 'API', 'Lead Add Form', 'Lead Import', 'missing', 'other'][__f0 + 1] END WHEN 7 THEN CASE WHEN __f1 = 9 THEN __t1 ELSE ['Google', 'Direct Traffic', 'Olark Chat', 'Organic Search', 'Reference', 'Referral Sites', 'Welingak Website', 'Facebook', 'missing', 'other'][__f1 + 1] END WHEN 8 THEN CASE WHEN __f6 IS NULL THEN 'missing' WHEN ROUND(__f6, 2) = ROUND(ROUND(__f6, 2)) AND abs(ROUND(__f6, 2)) < 9e18 THEN CAST(CAST(ROUND(__f6, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f6, 2) AS VARCHAR) END WHEN 9 THEN CASE WHEN __f9 = 19 THEN __t9 ELSE ['Finance Management', 'Marketing Management', 'Human Resource Management', 'Operations Management', 'Business Administration', 'IT Projects Management', 'Supply Chain Management', 'Banking, Investment And Insurance', 'Media and Advertising', 'Travel and Tourism', 'International Business', 'Healthcare Management', 'Hospitality Management', 'E-COMMERCE', 'Retail Management', 'Rural and Agribusiness', 'E-Business', 'Services Excellence', 'missing', 'other'][__f9 + 1] END WHEN 10 THEN CASE WHEN __f26 IS NULL THEN 'missing' WHEN ROUND(__f26, 2) = ROUND(ROUND(__f26, 2)) AND abs(ROUND(__f26, 2)) < 9e18 THEN CAST(CAST(ROUND(__f26, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f26, 2) AS VARCHAR) END WHEN 11 THEN CASE WHEN __f5 IS NULL THEN 'missing' WHEN ROUND(__f5, 2) = ROUND(ROUND(__f5, 2)) AND abs(ROUND(__f5, 2)) < 9e18 THEN CAST(CAST(ROUND(__f5, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f5, 2) AS VARCHAR) END WHEN 12 THEN CASE WHEN __f4 IS NULL THEN 'missing' WHEN ROUND(__f4, 2) = ROUND(ROUND(__f4, 2)) AND abs(ROUND(__f4, 2)) < 9e18 THEN CAST(CAST(ROUND(__f4, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f4, 2) AS VARCHAR) END WHEN 13 THEN CASE WHEN __f11 = 4 THEN __t11 ELSE ['Unemployed', 'Working Professional', 'Student', 'missing', 'other'][__f11 + 1] END WHEN 14 THEN CASE WHEN __f12 = 2 THEN __t12 ELSE ['Better Career Prospects', 'missing', 'other'][__f12 + 1] END END AS __n2_value,
  CAST(ROUND(__n2_log_odds * 1.4426950408889635e+1) AS INTEGER) AS __n2_points,
  __n3_r,
  __n3_log_odds,
  CASE __n3_r WHEN 0 THEN CASE WHEN __f25 = 1 THEN 'Yes' WHEN __f25 = 0 THEN 'No' ELSE 'missing' END WHEN 1 THEN CASE WHEN __f23 = 7 THEN __t23 ELSE ['Mumbai', 'Thane & Outskirts', 'Other Cities', 'Other Cities of Maharashtra', 'Other Metro Cities', 'Tier II Cities', 'missing', 'other'][__f23 + 1] END WHEN 2 THEN CASE WHEN __f8 = 8 THEN __t8 ELSE ['India', 'United States', 'United Arab Emirates', 'Saudi Arabia', 'Singapore', 'United Kingdom', 'Australia', 'missing', 'other'][__f8 + 1] END WHEN 3 THEN CASE WHEN __f2 = 1 THEN 'Yes' WHEN __f2 = 0 THEN 'No' ELSE 'missing' END WHEN 4 THEN CASE WHEN __f10 = 10 THEN __t10 ELSE ['Online Search', 'Word Of Mouth', 'Student of SomeSchool', 'Other', 'Multiple Sources', 'Advertisements', 'Social Media', 'SMS', 'Email', 'missing', 'other'][__f10 + 1] END WHEN 5 THEN CASE WHEN __f7 = 12 THEN __t7 ELSE ['Email Opened', 'SMS Sent', 'Olark Chat Conversation', 'Page Visited on Website', 'Converted to Lead', 'Email Bounced', 'Email Link Clicked', 'Form Submitted on Website', 'Unreachable', 'Unsubscribed', 'Had a Phone Conversation', 'missing', 'other'][__f7 + 1] END WHEN 6 THEN CASE WHEN __f0 = 5 THEN __t0 ELSE ['Landing Page Submission', 'API', 'Lead Add Form', 'Lead Import', 'missing', 'other'][__f0 + 1] END WHEN 7 THEN CASE WHEN __f1 = 9 THEN __t1 ELSE ['Google', 'Direct Traffic', 'Olark Chat', 'Organic Search', 'Reference', 'Referral Sites', 'Welingak Website', 'Facebook', 'missing', 'other'][__f1 + 1] END WHEN 8 THEN CASE WHEN __f6 IS NULL THEN 'missing' WHEN ROUND(__f6, 2) = ROUND(ROUND(__f6, 2)) AND abs(ROUND(__f6, 2)) < 9e18 THEN CAST(CAST(ROUND(__f6, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f6, 2) AS VARCHAR) END WHEN 9 THEN CASE WHEN __f9 = 19 THEN __t9 ELSE ['Finance Management', 'Marketing Management', 'Human Resource Management', 'Operations Management', 'Business Administration', 'IT Projects Management', 'Supply Chain Management', 'Banking, Investment And Insurance', 'Media and Advertising', 'Travel and Tourism', 'International Business', 'Healthcare Management', 'Hospitality Management', 'E-COMMERCE', 'Retail Management', 'Rural and Agribusiness', 'E-Business', 'Services Excellence', 'missing', 'other'][__f9 + 1] END WHEN 10 THEN CASE WHEN __f26 IS NULL THEN 'missing' WHEN ROUND(__f26, 2) = ROUND(ROUND(__f26, 2)) AND abs(ROUND(__f26, 2)) < 9e18 THEN CAST(CAST(ROUND(__f26, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f26, 2) AS VARCHAR) END WHEN 11 THEN CASE WHEN __f5 IS NULL THEN 'missing' WHEN ROUND(__f5, 2) = ROUND(ROUND(__f5, 2)) AND abs(ROUND(__f5, 2)) < 9e18 THEN CAST(CAST(ROUND(__f5, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f5, 2) AS VARCHAR) END WHEN 12 THEN CASE WHEN __f4 IS NULL THEN 'missing' WHEN ROUND(__f4, 2) = ROUND(ROUND(__f4, 2)) AND abs(ROUND(__f4, 2)) < 9e18 THEN CAST(CAST(ROUND(__f4, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f4, 2) AS VARCHAR) END WHEN 13 THEN CASE WHEN __f11 = 4 THEN __t11 ELSE ['Unemployed', 'Working Professional', 'Student', 'missing', 'other'][__f11 + 1] END WHEN 14 THEN CASE WHEN __f12 = 2 THEN __t12 ELSE ['Better Career Prospects', 'missing', 'other'][__f12 + 1] END END AS __n3_value,
  CAST(ROUND(__n3_log_odds * 1.4426950408889635e+1) AS INTEGER) AS __n3_points
FROM (SELECT "prospect_id", "__row", __f0, __f1, __f2, __f4, __f5, __f6, __f7, __f8, __f9, __f10, __f11, __f12, __f23, __f25, __f26, __t0, __t1, __t7, __t8, __t9, __t10, __t11, __t12, __t23, unnest("leadpipe_gbt_aee34e4ed0ffa203"(CAST(__f0 AS INTEGER), CAST(__f1 AS INTEGER), coalesce(CASE WHEN isnan(__f2) THEN CAST('Infinity' AS DOUBLE) ELSE __f2 END, CAST('NaN' AS DOUBLE)), coalesce(CASE WHEN isnan(__f4) THEN CAST('Infinity' AS DOUBLE) ELSE __f4 END, CAST('NaN' AS DOUBLE)), coalesce(CASE WHEN isnan(__f5) THEN CAST('Infinity' AS DOUBLE) ELSE __f5 END, CAST('NaN' AS DOUBLE)), coalesce(CASE WHEN isnan(__f6) THEN CAST('Infinity' AS DOUBLE) ELSE __f6 END, CAST('NaN' AS DOUBLE)), CAST(__f7 AS INTEGER), CAST(__f8 AS INTEGER), CAST(__f9 AS INTEGER), CAST(__f10 AS INTEGER), CAST(__f11 AS INTEGER), CAST(__f12 AS INTEGER), CAST(__f23 AS INTEGER), coalesce(CASE WHEN isnan(__f25) THEN CAST('Infinity' AS DOUBLE) ELSE __f25 END, CAST('NaN' AS DOUBLE)), coalesce(CASE WHEN isnan(__f26) THEN CAST('Infinity' AS DOUBLE) ELSE __f26 END, CAST('NaN' AS DOUBLE))))
FROM (SELECT "prospect_id", "__row",
  CASE WHEN CAST("lead_origin" AS VARCHAR) IS NULL THEN 4 ELSE CASE LOWER(CAST("lead_origin" AS VARCHAR)) WHEN 'landing page submission' THEN 0 WHEN 'api' THEN 1 WHEN 'lead add form' THEN 2 WHEN 'lead import' THEN 3 WHEN '__missing__' THEN 4 ELSE 5 END END AS __f0,
  CASE WHEN CAST("lead_source" AS VARCHAR) IS NULL THEN 8 ELSE CASE LOWER(CAST("lead_source" AS VARCHAR)) WHEN 'google' THEN 0 WHEN 'direct traffic' THEN 1 WHEN 'olark chat' THEN 2 WHEN 'organic search' THEN 3 WHEN 'reference' THEN 4 WHEN 'referral sites' THEN 5 WHEN 'welingak website' THEN 6 WHEN 'facebook' THEN 7 WHEN '__missing__' THEN 8 ELSE 9 END END AS __f1,
  CASE WHEN "do_not_email" THEN 1e0 WHEN NOT "do_not_email" THEN 0e0 END AS __f2,
  CAST("total_visits" AS DOUBLE) AS __f4,
  CAST("total_time_spent_on_website" AS DOUBLE) AS __f5,
  CAST("page_views_per_visit" AS DOUBLE) AS __f6,
  CASE WHEN CAST("last_activity" AS VARCHAR) IS NULL THEN 11 ELSE CASE LOWER(CAST("last_activity" AS VARCHAR)) WHEN 'email opened' THEN 0 WHEN 'sms sent' THEN 1 WHEN 'olark chat conversation' THEN 2 WHEN 'page visited on website' THEN 3 WHEN 'converted to lead' THEN 4 WHEN 'email bounced' THEN 5 WHEN 'email link clicked' THEN 6 WHEN 'form submitted on website' THEN 7 WHEN 'unreachable' THEN 8 WHEN 'unsubscribed' THEN 9 WHEN 'had a phone conversation' THEN 10 WHEN '__missing__' THEN 11 ELSE 12 END END AS __f7,
  CASE WHEN CAST("country" AS VARCHAR) IS NULL THEN 7 ELSE CASE LOWER(CAST("country" AS VARCHAR)) WHEN 'india' THEN 0 WHEN 'united states' THEN 1 WHEN 'united arab emirates' THEN 2 WHEN 'saudi arabia' THEN 3 WHEN 'singapore' THEN 4 WHEN 'united kingdom' THEN 5 WHEN 'australia' THEN 6 WHEN '__missing__' THEN 7 ELSE 8 END END AS __f8,
  CASE WHEN CAST("specialization" AS VARCHAR) IS NULL THEN 18 ELSE CASE LOWER(CAST("specialization" AS VARCHAR)) WHEN 'finance management' THEN 0 WHEN 'marketing management' THEN 1 WHEN 'human resource management' THEN 2 WHEN 'operations management' THEN 3 WHEN 'business administration' THEN 4 WHEN 'it projects management' THEN 5 WHEN 'supply chain management' THEN 6 WHEN 'banking, investment and insurance' THEN 7 WHEN 'media and advertising' THEN 8 WHEN 'travel and tourism' THEN 9 WHEN 'international business' THEN 10 WHEN 'healthcare management' THEN 11 WHEN 'hospitality management' THEN 12 WHEN 'e-commerce' THEN 13 WHEN 'retail management' THEN 14 WHEN 'rural and agribusiness' THEN 15 WHEN 'e-business' THEN 16 WHEN 'services excellence' THEN 17 WHEN '__missing__' THEN 18 ELSE 19 END END AS __f9,
  CASE WHEN CAST("how_did_you_hear_about_x_education" AS VARCHAR) IS NULL THEN 9 ELSE CASE LOWER(CAST("how_did_you_hear_about_x_education" AS VARCHAR)) WHEN 'online search' THEN 0 WHEN 'word of mouth' THEN 1 WHEN 'student of someschool' THEN 2 WHEN 'other' THEN 3 WHEN 'multiple sources' THEN 4 WHEN 'advertisements' THEN 5 WHEN 'social media' THEN 6 WHEN 'sms' THEN 7 WHEN 'email' THEN 8 WHEN '__missing__' THEN 9 ELSE 10 END END AS __f10,
  CASE WHEN CAST("what_is_your_current_occupation" AS VARCHAR) IS NULL THEN 3 ELSE CASE LOWER(CAST("what_is_your_current_occupation" AS VARCHAR)) WHEN 'unemployed' THEN 0 WHEN 'working professional' THEN 1 WHEN 'student' THEN 2 WHEN '__missing__' THEN 3 ELSE 4 END END AS __f11,
  CASE WHEN CAST("what_matters_most_to_you_in_choosing_a_course" AS VARCHAR) IS NULL THEN 1 ELSE CASE LOWER(CAST("what_matters_most_to_you_in_choosing_a_course" AS VARCHAR)) WHEN 'better career prospects' THEN 0 WHEN '__missing__' THEN 1 ELSE 2 END END AS __f12,
  CASE WHEN CAST("city" AS VARCHAR) IS NULL THEN 6 ELSE CASE LOWER(CAST("city" AS VARCHAR)) WHEN 'mumbai' THEN 0 WHEN 'thane & outskirts' THEN 1 WHEN 'other cities' THEN 2 WHEN 'other cities of maharashtra' THEN 3 WHEN 'other metro cities' THEN 4 WHEN 'tier ii cities' THEN 5 WHEN '__missing__' THEN 6 ELSE 7 END END AS __f23,
  CASE WHEN "a_free_copy_of_mastering_the_interview" THEN 1e0 WHEN NOT "a_free_copy_of_mastering_the_interview" THEN 0e0 END AS __f25,
  (CAST("total_time_spent_on_website" AS DOUBLE) / NULLIF(CAST("total_visits" AS DOUBLE), 0)) AS __f26,
  CASE WHEN __f0 = 5 THEN CAST("lead_origin" AS VARCHAR) END AS __t0,
  CASE WHEN __f1 = 9 THEN CAST("lead_source" AS VARCHAR) END AS __t1,
  CASE WHEN __f7 = 12 THEN CAST("last_activity" AS VARCHAR) END AS __t7,
  CASE WHEN __f8 = 8 THEN CAST("country" AS VARCHAR) END AS __t8,
  CASE WHEN __f9 = 19 THEN CAST("specialization" AS VARCHAR) END AS __t9,
  CASE WHEN __f10 = 10 THEN CAST("how_did_you_hear_about_x_education" AS VARCHAR) END AS __t10,
  CASE WHEN __f11 = 4 THEN CAST("what_is_your_current_occupation" AS VARCHAR) END AS __t11,
  CASE WHEN __f12 = 2 THEN CAST("what_matters_most_to_you_in_choosing_a_course" AS VARCHAR) END AS __t12,
  CASE WHEN __f23 = 7 THEN CAST("city" AS VARCHAR) END AS __t23
FROM leadpipe_batch) AS __l1) AS __l2) AS __l3) AS s LEFT JOIN lead_overrides AS o ON o.lead_key = CAST(s."prospect_id" AS VARCHAR)
) AS s;
-- next
INSERT INTO lead_score_history
SELECT CAST(f."prospect_id" AS VARCHAR), f.model_version, f.probability, f.score, f.grade,
  CASE WHEN o.lead_key IS NOT NULL THEN 'override' ELSE 'model' END, o.reason, $now
FROM (SELECT * FROM leads_final WHERE scored_at = CAST($now AS TIMESTAMPTZ)) AS f
SEMI JOIN leadpipe_batch_keys AS b ON b."prospect_id" = f."prospect_id"
LEFT JOIN lead_overrides AS o ON o.lead_key = CAST(f."prospect_id" AS VARCHAR);
-- next
INSERT INTO lead_score_history
SELECT CAST(f."prospect_id" AS VARCHAR), f.model_version, f.probability, f.score, f.grade,
  CASE WHEN o.lead_key IS NOT NULL THEN 'override' ELSE 'model' END, o.reason, $now
FROM (SELECT * FROM leads_final WHERE scored_at = CAST($now AS TIMESTAMPTZ)) AS f
SEMI JOIN leadpipe_batch_keys AS b ON b."prospect_id" = f."prospect_id"
LEFT JOIN lead_overrides AS o ON o.lead_key = CAST(f."prospect_id" AS VARCHAR);
-- next
UPDATE leadpipe_streams SET "offset" = $to, updated_at = now() WHERE name = $name;
-- next
UPDATE leadpipe_streams SET "offset" = $to, updated_at = now() WHERE name = $name;
-- next
INSERT INTO task_history (run_id, name, state, scheduled_time, query_start_time, completed_time,
              error_code, error_message, rows_consumed, rows_inserted, rows_updated, rows_unchanged, leads_scored,
              offset_from, offset_to, trigger_kind, model_warning)
            VALUES ($run_id, $name, $state, $scheduled, $start, now(), $code, $error,
              $consumed, $inserted, $updated, $unchanged, $scored, $from, $to, $trigger, $warning);
-- next
INSERT INTO task_history (run_id, name, state, scheduled_time, query_start_time, completed_time,
              error_code, error_message, rows_consumed, rows_inserted, rows_updated, rows_unchanged, leads_scored,
              offset_from, offset_to, trigger_kind, model_warning)
            VALUES ($run_id, $name, $state, $scheduled, $start, now(), $code, $error,
              $consumed, $inserted, $updated, $unchanged, $scored, $from, $to, $trigger, $warning);
-- next
UPDATE leadpipe_tasks SET consecutive_failures = 0, updated_at = now() WHERE name = $name;
-- next
UPDATE leadpipe_tasks SET consecutive_failures = 0, updated_at = now() WHERE name = $name;
-- next
COMMIT;
-- next
DROP VIEW IF EXISTS leadpipe_batch;
-- next
DROP TABLE IF EXISTS leadpipe_batch_keys;
-- next
DROP TABLE IF EXISTS leadpipe_batch_match;
-- next
DROP TABLE IF EXISTS leadpipe_scored;
-- next
SELECT count(*) AS n FROM leads_to_score;
-- next
SELECT column_name, type, declared FROM leadpipe_columns WHERE table_name = 'leads_final';
-- next
SELECT block_size, current_setting('threads')::BIGINT AS threads
FROM pragma_database_size() WHERE database_name = current_database();
-- next
BEGIN TRANSACTION;
-- next
SELECT version FROM leadpipe_models WHERE active AND version = $v;
-- next
SELECT version FROM leadpipe_models WHERE active AND version = $v;
-- next
CREATE OR REPLACE TEMP TABLE leadpipe_scored AS
SELECT lead_key, model_version, probability, score, CASE WHEN score >= 74 THEN 'A' WHEN score >= 25 THEN 'B' WHEN score >= 6 THEN 'C' ELSE 'D' END AS grade, reasons, overridden, override_reason FROM (
  SELECT CAST(s."prospect_id" AS VARCHAR) AS lead_key, s.model_version, s.probability, coalesce(o.score, s.score) AS score,
    CAST(s.reasons AS STRUCT(positive STRUCT("log_odds" DOUBLE, "feature" VARCHAR, "label" VARCHAR, "value" VARCHAR, "points" DOUBLE, "text" VARCHAR)[], negative STRUCT("log_odds" DOUBLE, "feature" VARCHAR, "label" VARCHAR, "value" VARCHAR, "points" DOUBLE, "text" VARCHAR)[])) AS reasons,
    o.lead_key IS NOT NULL AS overridden, o.reason AS override_reason
  FROM (SELECT * FROM (SELECT "prospect_id", 'gbt-c8cc1c52dbd8dd2f' AS model_version, probability, score, CASE WHEN score >= 74 THEN 'A' WHEN score >= 25 THEN 'B' WHEN score >= 6 THEN 'C' ELSE 'D' END AS grade,
  {'positive': list_slice([{'log_odds': __p1_log_odds, 'feature': ['a_free_copy_of_mastering_the_interview', 'city', 'country', 'do_not_email', 'how_did_you_hear_about_x_education', 'last_activity', 'lead_origin', 'lead_source', 'page_views_per_visit', 'specialization', 'time_per_visit', 'total_time_spent_on_website', 'total_visits', 'what_is_your_current_occupation', 'what_matters_most_to_you_in_choosing_a_course'][__p1_r + 1], 'value': __p1_value, 'points': __p1_points},
    {'log_odds': __p2_log_odds, 'feature': ['a_free_copy_of_mastering_the_interview', 'city', 'country', 'do_not_email', 'how_did_you_hear_about_x_education', 'last_activity', 'lead_origin', 'lead_source', 'page_views_per_visit', 'specialization', 'time_per_visit', 'total_time_spent_on_website', 'total_visits', 'what_is_your_current_occupation', 'what_matters_most_to_you_in_choosing_a_course'][__p2_r + 1], 'value': __p2_value, 'points': __p2_points},
    {'log_odds': __p3_log_odds, 'feature': ['a_free_copy_of_mastering_the_interview', 'city', 'country', 'do_not_email', 'how_did_you_hear_about_x_education', 'last_activity', 'lead_origin', 'lead_source', 'page_views_per_visit', 'specialization', 'time_per_visit', 'total_time_spent_on_website', 'total_visits', 'what_is_your_current_occupation', 'what_matters_most_to_you_in_choosing_a_course'][__p3_r + 1], 'value': __p3_value, 'points': __p3_points}], 1, __npos),
   'negative': list_slice([{'log_odds': __n1_log_odds, 'feature': ['a_free_copy_of_mastering_the_interview', 'city', 'country', 'do_not_email', 'how_did_you_hear_about_x_education', 'last_activity', 'lead_origin', 'lead_source', 'page_views_per_visit', 'specialization', 'time_per_visit', 'total_time_spent_on_website', 'total_visits', 'what_is_your_current_occupation', 'what_matters_most_to_you_in_choosing_a_course'][__n1_r + 1], 'value': __n1_value, 'points': __n1_points},
    {'log_odds': __n2_log_odds, 'feature': ['a_free_copy_of_mastering_the_interview', 'city', 'country', 'do_not_email', 'how_did_you_hear_about_x_education', 'last_activity', 'lead_origin', 'lead_source', 'page_views_per_visit', 'specialization', 'time_per_visit', 'total_time_spent_on_website', 'total_visits', 'what_is_your_current_occupation', 'what_matters_most_to_you_in_choosing_a_course'][__n2_r + 1], 'value': __n2_value, 'points': __n2_points},
    {'log_odds': __n3_log_odds, 'feature': ['a_free_copy_of_mastering_the_interview', 'city', 'country', 'do_not_email', 'how_did_you_hear_about_x_education', 'last_activity', 'lead_origin', 'lead_source', 'page_views_per_visit', 'specialization', 'time_per_visit', 'total_time_spent_on_website', 'total_visits', 'what_is_your_current_occupation', 'what_matters_most_to_you_in_choosing_a_course'][__n3_r + 1], 'value': __n3_value, 'points': __n3_points}], 1, __nneg)} AS reasons
FROM (SELECT "prospect_id",
  probability,
  score,
  __npos,
  __nneg,
  __p1_r,
  __p1_log_odds,
  CASE __p1_r WHEN 0 THEN CASE WHEN __f25 = 1 THEN 'Yes' WHEN __f25 = 0 THEN 'No' ELSE 'missing' END WHEN 1 THEN CASE WHEN __f23 = 7 THEN __t23 ELSE ['Mumbai', 'Thane & Outskirts', 'Other Cities', 'Other Cities of Maharashtra', 'Other Metro Cities', 'Tier II Cities', 'missing', 'other'][__f23 + 1] END WHEN 2 THEN CASE WHEN __f8 = 8 THEN __t8 ELSE ['India', 'United States', 'United Arab Emirates', 'Saudi Arabia', 'Singapore', 'United Kingdom', 'Australia', 'missing', 'other'][__f8 + 1] END WHEN 3 THEN CASE WHEN __f2 = 1 THEN 'Yes' WHEN __f2 = 0 THEN 'No' ELSE 'missing' END WHEN 4 THEN CASE WHEN __f10 = 10 THEN __t10 ELSE ['Online Search', 'Word Of Mouth', 'Student of SomeSchool', 'Other', 'Multiple Sources', 'Advertisements', 'Social Media', 'SMS', 'Email', 'missing', 'other'][__f10 + 1] END WHEN 5 THEN CASE WHEN __f7 = 12 THEN __t7 ELSE ['Email Opened', 'SMS Sent', 'Olark Chat Conversation', 'Page Visited on Website', 'Converted to Lead', 'Email Bounced', 'Email Link Clicked', 'Form Submitted on Website', 'Unreachable', 'Unsubscribed', 'Had a Phone Conversation', 'missing', 'other'][__f7 + 1] END WHEN 6 THEN CASE WHEN __f0 = 5 THEN __t0 ELSE ['Landing Page Submission', 'API', 'Lead Add Form', 'Lead Import', 'missing', 'other'][__f0 + 1] END WHEN 7 THEN CASE WHEN __f1 = 9 THEN __t1 ELSE ['Google', 'Direct Traffic', 'Olark Chat', 'Organic Search', 'Reference', 'Referral Sites', 'Welingak Website', 'Facebook', 'missing', 'other'][__f1 + 1] END WHEN 8 THEN CASE WHEN __f6 IS NULL THEN 'missing' WHEN ROUND(__f6, 2) = ROUND(ROUND(__f6, 2)) AND abs(ROUND(__f6, 2)) < 9e18 THEN CAST(CAST(ROUND(__f6, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f6, 2) AS VARCHAR) END WHEN 9 THEN CASE WHEN __f9 = 19 THEN __t9 ELSE ['Finance Management', 'Marketing Management', 'Human Resource Management', 'Operations Management', 'Business Administration', 'IT Projects Management', 'Supply Chain Management', 'Banking, Investment And Insurance', 'Media and Advertising', 'Travel and Tourism', 'International Business', 'Healthcare Management', 'Hospitality Management', 'E-COMMERCE', 'Retail Management', 'Rural and Agribusiness', 'E-Business', 'Services Excellence', 'missing', 'other'][__f9 + 1] END WHEN 10 THEN CASE WHEN __f26 IS NULL THEN 'missing' WHEN ROUND(__f26, 2) = ROUND(ROUND(__f26, 2)) AND abs(ROUND(__f26, 2)) < 9e18 THEN CAST(CAST(ROUND(__f26, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f26, 2) AS VARCHAR) END WHEN 11 THEN CASE WHEN __f5 IS NULL THEN 'missing' WHEN ROUND(__f5, 2) = ROUND(ROUND(__f5, 2)) AND abs(ROUND(__f5, 2)) < 9e18 THEN CAST(CAST(ROUND(__f5, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f5, 2) AS VARCHAR) END WHEN 12 THEN CASE WHEN __f4 IS NULL THEN 'missing' WHEN ROUND(__f4, 2) = ROUND(ROUND(__f4, 2)) AND abs(ROUND(__f4, 2)) < 9e18 THEN CAST(CAST(ROUND(__f4, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f4, 2) AS VARCHAR) END WHEN 13 THEN CASE WHEN __f11 = 4 THEN __t11 ELSE ['Unemployed', 'Working Professional', 'Student', 'missing', 'other'][__f11 + 1] END WHEN 14 THEN CASE WHEN __f12 = 2 THEN __t12 ELSE ['Better Career Prospects', 'missing', 'other'][__f12 + 1] END END AS __p1_value,
  CAST(ROUND(__p1_log_odds * 1.4426950408889635e+1) AS INTEGER) AS __p1_points,
  __p2_r,
  __p2_log_odds,
  CASE __p2_r WHEN 0 THEN CASE WHEN __f25 = 1 THEN 'Yes' WHEN __f25 = 0 THEN 'No' ELSE 'missing' END WHEN 1 THEN CASE WHEN __f23 = 7 THEN __t23 ELSE ['Mumbai', 'Thane & Outskirts', 'Other Cities', 'Other Cities of Maharashtra', 'Other Metro Cities', 'Tier II Cities', 'missing', 'other'][__f23 + 1] END WHEN 2 THEN CASE WHEN __f8 = 8 THEN __t8 ELSE ['India', 'United States', 'United Arab Emirates', 'Saudi Arabia', 'Singapore', 'United Kingdom', 'Australia', 'missing', 'other'][__f8 + 1] END WHEN 3 THEN CASE WHEN __f2 = 1 THEN 'Yes' WHEN __f2 = 0 THEN 'No' ELSE 'missing' END WHEN 4 THEN CASE WHEN __f10 = 10 THEN __t10 ELSE ['Online Search', 'Word Of Mouth', 'Student of SomeSchool', 'Other', 'Multiple Sources', 'Advertisements', 'Social Media', 'SMS', 'Email', 'missing', 'other'][__f10 + 1] END WHEN 5 THEN CASE WHEN __f7 = 12 THEN __t7 ELSE ['Email Opened', 'SMS Sent', 'Olark Chat Conversation', 'Page Visited on Website', 'Converted to Lead', 'Email Bounced', 'Email Link Clicked', 'Form Submitted on Website', 'Unreachable', 'Unsubscribed', 'Had a Phone Conversation', 'missing', 'other'][__f7 + 1] END WHEN 6 THEN CASE WHEN __f0 = 5 THEN __t0 ELSE ['Landing Page Submission', 'API', 'Lead Add Form', 'Lead Import', 'missing', 'other'][__f0 + 1] END WHEN 7 THEN CASE WHEN __f1 = 9 THEN __t1 ELSE ['Google', 'Direct Traffic', 'Olark Chat', 'Organic Search', 'Reference', 'Referral Sites', 'Welingak Website', 'Facebook', 'missing', 'other'][__f1 + 1] END WHEN 8 THEN CASE WHEN __f6 IS NULL THEN 'missing' WHEN ROUND(__f6, 2) = ROUND(ROUND(__f6, 2)) AND abs(ROUND(__f6, 2)) < 9e18 THEN CAST(CAST(ROUND(__f6, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f6, 2) AS VARCHAR) END WHEN 9 THEN CASE WHEN __f9 = 19 THEN __t9 ELSE ['Finance Management', 'Marketing Management', 'Human Resource Management', 'Operations Management', 'Business Administration', 'IT Projects Management', 'Supply Chain Management', 'Banking, Investment And Insurance', 'Media and Advertising', 'Travel and Tourism', 'International Business', 'Healthcare Management', 'Hospitality Management', 'E-COMMERCE', 'Retail Management', 'Rural and Agribusiness', 'E-Business', 'Services Excellence', 'missing', 'other'][__f9 + 1] END WHEN 10 THEN CASE WHEN __f26 IS NULL THEN 'missing' WHEN ROUND(__f26, 2) = ROUND(ROUND(__f26, 2)) AND abs(ROUND(__f26, 2)) < 9e18 THEN CAST(CAST(ROUND(__f26, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f26, 2) AS VARCHAR) END WHEN 11 THEN CASE WHEN __f5 IS NULL THEN 'missing' WHEN ROUND(__f5, 2) = ROUND(ROUND(__f5, 2)) AND abs(ROUND(__f5, 2)) < 9e18 THEN CAST(CAST(ROUND(__f5, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f5, 2) AS VARCHAR) END WHEN 12 THEN CASE WHEN __f4 IS NULL THEN 'missing' WHEN ROUND(__f4, 2) = ROUND(ROUND(__f4, 2)) AND abs(ROUND(__f4, 2)) < 9e18 THEN CAST(CAST(ROUND(__f4, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f4, 2) AS VARCHAR) END WHEN 13 THEN CASE WHEN __f11 = 4 THEN __t11 ELSE ['Unemployed', 'Working Professional', 'Student', 'missing', 'other'][__f11 + 1] END WHEN 14 THEN CASE WHEN __f12 = 2 THEN __t12 ELSE ['Better Career Prospects', 'missing', 'other'][__f12 + 1] END END AS __p2_value,
  CAST(ROUND(__p2_log_odds * 1.4426950408889635e+1) AS INTEGER) AS __p2_points,
  __p3_r,
  __p3_log_odds,
  CASE __p3_r WHEN 0 THEN CASE WHEN __f25 = 1 THEN 'Yes' WHEN __f25 = 0 THEN 'No' ELSE 'missing' END WHEN 1 THEN CASE WHEN __f23 = 7 THEN __t23 ELSE ['Mumbai', 'Thane & Outskirts', 'Other Cities', 'Other Cities of Maharashtra', 'Other Metro Cities', 'Tier II Cities', 'missing', 'other'][__f23 + 1] END WHEN 2 THEN CASE WHEN __f8 = 8 THEN __t8 ELSE ['India', 'United States', 'United Arab Emirates', 'Saudi Arabia', 'Singapore', 'United Kingdom', 'Australia', 'missing', 'other'][__f8 + 1] END WHEN 3 THEN CASE WHEN __f2 = 1 THEN 'Yes' WHEN __f2 = 0 THEN 'No' ELSE 'missing' END WHEN 4 THEN CASE WHEN __f10 = 10 THEN __t10 ELSE ['Online Search', 'Word Of Mouth', 'Student of SomeSchool', 'Other', 'Multiple Sources', 'Advertisements', 'Social Media', 'SMS', 'Email', 'missing', 'other'][__f10 + 1] END WHEN 5 THEN CASE WHEN __f7 = 12 THEN __t7 ELSE ['Email Opened', 'SMS Sent', 'Olark Chat Conversation', 'Page Visited on Website', 'Converted to Lead', 'Email Bounced', 'Email Link Clicked', 'Form Submitted on Website', 'Unreachable', 'Unsubscribed', 'Had a Phone Conversation', 'missing', 'other'][__f7 + 1] END WHEN 6 THEN CASE WHEN __f0 = 5 THEN __t0 ELSE ['Landing Page Submission', 'API', 'Lead Add Form', 'Lead Import', 'missing', 'other'][__f0 + 1] END WHEN 7 THEN CASE WHEN __f1 = 9 THEN __t1 ELSE ['Google', 'Direct Traffic', 'Olark Chat', 'Organic Search', 'Reference', 'Referral Sites', 'Welingak Website', 'Facebook', 'missing', 'other'][__f1 + 1] END WHEN 8 THEN CASE WHEN __f6 IS NULL THEN 'missing' WHEN ROUND(__f6, 2) = ROUND(ROUND(__f6, 2)) AND abs(ROUND(__f6, 2)) < 9e18 THEN CAST(CAST(ROUND(__f6, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f6, 2) AS VARCHAR) END WHEN 9 THEN CASE WHEN __f9 = 19 THEN __t9 ELSE ['Finance Management', 'Marketing Management', 'Human Resource Management', 'Operations Management', 'Business Administration', 'IT Projects Management', 'Supply Chain Management', 'Banking, Investment And Insurance', 'Media and Advertising', 'Travel and Tourism', 'International Business', 'Healthcare Management', 'Hospitality Management', 'E-COMMERCE', 'Retail Management', 'Rural and Agribusiness', 'E-Business', 'Services Excellence', 'missing', 'other'][__f9 + 1] END WHEN 10 THEN CASE WHEN __f26 IS NULL THEN 'missing' WHEN ROUND(__f26, 2) = ROUND(ROUND(__f26, 2)) AND abs(ROUND(__f26, 2)) < 9e18 THEN CAST(CAST(ROUND(__f26, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f26, 2) AS VARCHAR) END WHEN 11 THEN CASE WHEN __f5 IS NULL THEN 'missing' WHEN ROUND(__f5, 2) = ROUND(ROUND(__f5, 2)) AND abs(ROUND(__f5, 2)) < 9e18 THEN CAST(CAST(ROUND(__f5, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f5, 2) AS VARCHAR) END WHEN 12 THEN CASE WHEN __f4 IS NULL THEN 'missing' WHEN ROUND(__f4, 2) = ROUND(ROUND(__f4, 2)) AND abs(ROUND(__f4, 2)) < 9e18 THEN CAST(CAST(ROUND(__f4, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f4, 2) AS VARCHAR) END WHEN 13 THEN CASE WHEN __f11 = 4 THEN __t11 ELSE ['Unemployed', 'Working Professional', 'Student', 'missing', 'other'][__f11 + 1] END WHEN 14 THEN CASE WHEN __f12 = 2 THEN __t12 ELSE ['Better Career Prospects', 'missing', 'other'][__f12 + 1] END END AS __p3_value,
  CAST(ROUND(__p3_log_odds * 1.4426950408889635e+1) AS INTEGER) AS __p3_points,
  __n1_r,
  __n1_log_odds,
  CASE __n1_r WHEN 0 THEN CASE WHEN __f25 = 1 THEN 'Yes' WHEN __f25 = 0 THEN 'No' ELSE 'missing' END WHEN 1 THEN CASE WHEN __f23 = 7 THEN __t23 ELSE ['Mumbai', 'Thane & Outskirts', 'Other Cities', 'Other Cities of Maharashtra', 'Other Metro Cities', 'Tier II Cities', 'missing', 'other'][__f23 + 1] END WHEN 2 THEN CASE WHEN __f8 = 8 THEN __t8 ELSE ['India', 'United States', 'United Arab Emirates', 'Saudi Arabia', 'Singapore', 'United Kingdom', 'Australia', 'missing', 'other'][__f8 + 1] END WHEN 3 THEN CASE WHEN __f2 = 1 THEN 'Yes' WHEN __f2 = 0 THEN 'No' ELSE 'missing' END WHEN 4 THEN CASE WHEN __f10 = 10 THEN __t10 ELSE ['Online Search', 'Word Of Mouth', 'Student of SomeSchool', 'Other', 'Multiple Sources', 'Advertisements', 'Social Media', 'SMS', 'Email', 'missing', 'other'][__f10 + 1] END WHEN 5 THEN CASE WHEN __f7 = 12 THEN __t7 ELSE ['Email Opened', 'SMS Sent', 'Olark Chat Conversation', 'Page Visited on Website', 'Converted to Lead', 'Email Bounced', 'Email Link Clicked', 'Form Submitted on Website', 'Unreachable', 'Unsubscribed', 'Had a Phone Conversation', 'missing', 'other'][__f7 + 1] END WHEN 6 THEN CASE WHEN __f0 = 5 THEN __t0 ELSE ['Landing Page Submission', 'API', 'Lead Add Form', 'Lead Import', 'missing', 'other'][__f0 + 1] END WHEN 7 THEN CASE WHEN __f1 = 9 THEN __t1 ELSE ['Google', 'Direct Traffic', 'Olark Chat', 'Organic Search', 'Reference', 'Referral Sites', 'Welingak Website', 'Facebook', 'missing', 'other'][__f1 + 1] END WHEN 8 THEN CASE WHEN __f6 IS NULL THEN 'missing' WHEN ROUND(__f6, 2) = ROUND(ROUND(__f6, 2)) AND abs(ROUND(__f6, 2)) < 9e18 THEN CAST(CAST(ROUND(__f6, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f6, 2) AS VARCHAR) END WHEN 9 THEN CASE WHEN __f9 = 19 THEN __t9 ELSE ['Finance Management', 'Marketing Management', 'Human Resource Management', 'Operations Management', 'Business Administration', 'IT Projects Management', 'Supply Chain Management', 'Banking, Investment And Insurance', 'Media and Advertising', 'Travel and Tourism', 'International Business', 'Healthcare Management', 'Hospitality Management', 'E-COMMERCE', 'Retail Management', 'Rural and Agribusiness', 'E-Business', 'Services Excellence', 'missing', 'other'][__f9 + 1] END WHEN 10 THEN CASE WHEN __f26 IS NULL THEN 'missing' WHEN ROUND(__f26, 2) = ROUND(ROUND(__f26, 2)) AND abs(ROUND(__f26, 2)) < 9e18 THEN CAST(CAST(ROUND(__f26, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f26, 2) AS VARCHAR) END WHEN 11 THEN CASE WHEN __f5 IS NULL THEN 'missing' WHEN ROUND(__f5, 2) = ROUND(ROUND(__f5, 2)) AND abs(ROUND(__f5, 2)) < 9e18 THEN CAST(CAST(ROUND(__f5, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f5, 2) AS VARCHAR) END WHEN 12 THEN CASE WHEN __f4 IS NULL THEN 'missing' WHEN ROUND(__f4, 2) = ROUND(ROUND(__f4, 2)) AND abs(ROUND(__f4, 2)) < 9e18 THEN CAST(CAST(ROUND(__f4, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f4, 2) AS VARCHAR) END WHEN 13 THEN CASE WHEN __f11 = 4 THEN __t11 ELSE ['Unemployed', 'Working Professional', 'Student', 'missing', 'other'][__f11 + 1] END WHEN 14 THEN CASE WHEN __f12 = 2 THEN __t12 ELSE ['Better Career Prospects', 'missing', 'other'][__f12 + 1] END END AS __n1_value,
  CAST(ROUND(__n1_log_odds * 1.4426950408889635e+1) AS INTEGER) AS __n1_points,
  __n2_r,
  __n2_log_odds,
  CASE __n2_r WHEN 0 THEN CASE WHEN __f25 = 1 THEN 'Yes' WHEN __f25 = 0 THEN 'No' ELSE 'missing' END WHEN 1 THEN CASE WHEN __f23 = 7 THEN __t23 ELSE ['Mumbai', 'Thane & Outskirts', 'Other Cities', 'Other Cities of Maharashtra', 'Other Metro Cities', 'Tier II Cities', 'missing', 'other'][__f23 + 1] END WHEN 2 THEN CASE WHEN __f8 = 8 THEN __t8 ELSE ['India', 'United States', 'United Arab Emirates', 'Saudi Arabia', 'Singapore', 'United Kingdom', 'Australia', 'missing', 'other'][__f8 + 1] END WHEN 3 THEN CASE WHEN __f2 = 1 THEN 'Yes' WHEN __f2 = 0 THEN 'No' ELSE 'missing' END WHEN 4 THEN CASE WHEN __f10 = 10 THEN __t10 ELSE ['Online Search', 'Word Of Mouth', 'Student of SomeSchool', 'Other', 'Multiple Sources', 'Advertisements', 'Social Media', 'SMS', 'Email', 'missing', 'other'][__f10 + 1] END WHEN 5 THEN CASE WHEN __f7 = 12 THEN __t7 ELSE ['Email Opened', 'SMS Sent', 'Olark Chat Conversation', 'Page Visited on Website', 'Converted to Lead', 'Email Bounced', 'Email Link Clicked', 'Form Submitted on Website', 'Unreachable', 'Unsubscribed', 'Had a Phone Conversation', 'missing', 'other'][__f7 + 1] END WHEN 6 THEN CASE WHEN __f0 = 5 THEN __t0 ELSE ['Landing Page Submission', 'API', 'Lead Add Form', 'Lead Import', 'missing', 'other'][__f0 + 1] END WHEN 7 THEN CASE WHEN __f1 = 9 THEN __t1 ELSE ['Google', 'Direct Traffic', 'Olark Chat', 'Organic Search', 'Reference', 'Referral Sites', 'Welingak Website', 'Facebook', 'missing', 'other'][__f1 + 1] END WHEN 8 THEN CASE WHEN __f6 IS NULL THEN 'missing' WHEN ROUND(__f6, 2) = ROUND(ROUND(__f6, 2)) AND abs(ROUND(__f6, 2)) < 9e18 THEN CAST(CAST(ROUND(__f6, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f6, 2) AS VARCHAR) END WHEN 9 THEN CASE WHEN __f9 = 19 THEN __t9 ELSE ['Finance Management', 'Marketing Management', 'Human Resource Management', 'Operations Management', 'Business Administration', 'IT Projects Management', 'Supply Chain Management', 'Banking, Investment And Insurance', 'Media and Advertising', 'Travel and Tourism', 'International Business', 'Healthcare Management', 'Hospitality Management', 'E-COMMERCE', 'Retail Management', 'Rural and Agribusiness', 'E-Business', 'Services Excellence', 'missing', 'other'][__f9 + 1] END WHEN 10 THEN CASE WHEN __f26 IS NULL THEN 'missing' WHEN ROUND(__f26, 2) = ROUND(ROUND(__f26, 2)) AND abs(ROUND(__f26, 2)) < 9e18 THEN CAST(CAST(ROUND(__f26, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f26, 2) AS VARCHAR) END WHEN 11 THEN CASE WHEN __f5 IS NULL THEN 'missing' WHEN ROUND(__f5, 2) = ROUND(ROUND(__f5, 2)) AND abs(ROUND(__f5, 2)) < 9e18 THEN CAST(CAST(ROUND(__f5, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f5, 2) AS VARCHAR) END WHEN 12 THEN CASE WHEN __f4 IS NULL THEN 'missing' WHEN ROUND(__f4, 2) = ROUND(ROUND(__f4, 2)) AND abs(ROUND(__f4, 2)) < 9e18 THEN CAST(CAST(ROUND(__f4, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f4, 2) AS VARCHAR) END WHEN 13 THEN CASE WHEN __f11 = 4 THEN __t11 ELSE ['Unemployed', 'Working Professional', 'Student', 'missing', 'other'][__f11 + 1] END WHEN 14 THEN CASE WHEN __f12 = 2 THEN __t12 ELSE ['Better Career Prospects', 'missing', 'other'][__f12 + 1] END END AS __n2_value,
  CAST(ROUND(__n2_log_odds * 1.4426950408889635e+1) AS INTEGER) AS __n2_points,
  __n3_r,
  __n3_log_odds,
  CASE __n3_r WHEN 0 THEN CASE WHEN __f25 = 1 THEN 'Yes' WHEN __f25 = 0 THEN 'No' ELSE 'missing' END WHEN 1 THEN CASE WHEN __f23 = 7 THEN __t23 ELSE ['Mumbai', 'Thane & Outskirts', 'Other Cities', 'Other Cities of Maharashtra', 'Other Metro Cities', 'Tier II Cities', 'missing', 'other'][__f23 + 1] END WHEN 2 THEN CASE WHEN __f8 = 8 THEN __t8 ELSE ['India', 'United States', 'United Arab Emirates', 'Saudi Arabia', 'Singapore', 'United Kingdom', 'Australia', 'missing', 'other'][__f8 + 1] END WHEN 3 THEN CASE WHEN __f2 = 1 THEN 'Yes' WHEN __f2 = 0 THEN 'No' ELSE 'missing' END WHEN 4 THEN CASE WHEN __f10 = 10 THEN __t10 ELSE ['Online Search', 'Word Of Mouth', 'Student of SomeSchool', 'Other', 'Multiple Sources', 'Advertisements', 'Social Media', 'SMS', 'Email', 'missing', 'other'][__f10 + 1] END WHEN 5 THEN CASE WHEN __f7 = 12 THEN __t7 ELSE ['Email Opened', 'SMS Sent', 'Olark Chat Conversation', 'Page Visited on Website', 'Converted to Lead', 'Email Bounced', 'Email Link Clicked', 'Form Submitted on Website', 'Unreachable', 'Unsubscribed', 'Had a Phone Conversation', 'missing', 'other'][__f7 + 1] END WHEN 6 THEN CASE WHEN __f0 = 5 THEN __t0 ELSE ['Landing Page Submission', 'API', 'Lead Add Form', 'Lead Import', 'missing', 'other'][__f0 + 1] END WHEN 7 THEN CASE WHEN __f1 = 9 THEN __t1 ELSE ['Google', 'Direct Traffic', 'Olark Chat', 'Organic Search', 'Reference', 'Referral Sites', 'Welingak Website', 'Facebook', 'missing', 'other'][__f1 + 1] END WHEN 8 THEN CASE WHEN __f6 IS NULL THEN 'missing' WHEN ROUND(__f6, 2) = ROUND(ROUND(__f6, 2)) AND abs(ROUND(__f6, 2)) < 9e18 THEN CAST(CAST(ROUND(__f6, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f6, 2) AS VARCHAR) END WHEN 9 THEN CASE WHEN __f9 = 19 THEN __t9 ELSE ['Finance Management', 'Marketing Management', 'Human Resource Management', 'Operations Management', 'Business Administration', 'IT Projects Management', 'Supply Chain Management', 'Banking, Investment And Insurance', 'Media and Advertising', 'Travel and Tourism', 'International Business', 'Healthcare Management', 'Hospitality Management', 'E-COMMERCE', 'Retail Management', 'Rural and Agribusiness', 'E-Business', 'Services Excellence', 'missing', 'other'][__f9 + 1] END WHEN 10 THEN CASE WHEN __f26 IS NULL THEN 'missing' WHEN ROUND(__f26, 2) = ROUND(ROUND(__f26, 2)) AND abs(ROUND(__f26, 2)) < 9e18 THEN CAST(CAST(ROUND(__f26, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f26, 2) AS VARCHAR) END WHEN 11 THEN CASE WHEN __f5 IS NULL THEN 'missing' WHEN ROUND(__f5, 2) = ROUND(ROUND(__f5, 2)) AND abs(ROUND(__f5, 2)) < 9e18 THEN CAST(CAST(ROUND(__f5, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f5, 2) AS VARCHAR) END WHEN 12 THEN CASE WHEN __f4 IS NULL THEN 'missing' WHEN ROUND(__f4, 2) = ROUND(ROUND(__f4, 2)) AND abs(ROUND(__f4, 2)) < 9e18 THEN CAST(CAST(ROUND(__f4, 2) AS BIGINT) AS VARCHAR) ELSE CAST(ROUND(__f4, 2) AS VARCHAR) END WHEN 13 THEN CASE WHEN __f11 = 4 THEN __t11 ELSE ['Unemployed', 'Working Professional', 'Student', 'missing', 'other'][__f11 + 1] END WHEN 14 THEN CASE WHEN __f12 = 2 THEN __t12 ELSE ['Better Career Prospects', 'missing', 'other'][__f12 + 1] END END AS __n3_value,
  CAST(ROUND(__n3_log_odds * 1.4426950408889635e+1) AS INTEGER) AS __n3_points
FROM (SELECT "prospect_id", __f0, __f1, __f2, __f4, __f5, __f6, __f7, __f8, __f9, __f10, __f11, __f12, __f23, __f25, __f26, __t0, __t1, __t7, __t8, __t9, __t10, __t11, __t12, __t23, unnest("leadpipe_gbt_aee34e4ed0ffa203"(CAST(__f0 AS INTEGER), CAST(__f1 AS INTEGER), coalesce(CASE WHEN isnan(__f2) THEN CAST('Infinity' AS DOUBLE) ELSE __f2 END, CAST('NaN' AS DOUBLE)), coalesce(CASE WHEN isnan(__f4) THEN CAST('Infinity' AS DOUBLE) ELSE __f4 END, CAST('NaN' AS DOUBLE)), coalesce(CASE WHEN isnan(__f5) THEN CAST('Infinity' AS DOUBLE) ELSE __f5 END, CAST('NaN' AS DOUBLE)), coalesce(CASE WHEN isnan(__f6) THEN CAST('Infinity' AS DOUBLE) ELSE __f6 END, CAST('NaN' AS DOUBLE)), CAST(__f7 AS INTEGER), CAST(__f8 AS INTEGER), CAST(__f9 AS INTEGER), CAST(__f10 AS INTEGER), CAST(__f11 AS INTEGER), CAST(__f12 AS INTEGER), CAST(__f23 AS INTEGER), coalesce(CASE WHEN isnan(__f25) THEN CAST('Infinity' AS DOUBLE) ELSE __f25 END, CAST('NaN' AS DOUBLE)), coalesce(CASE WHEN isnan(__f26) THEN CAST('Infinity' AS DOUBLE) ELSE __f26 END, CAST('NaN' AS DOUBLE))))
FROM (SELECT "prospect_id",
  CASE WHEN CAST("lead_origin" AS VARCHAR) IS NULL THEN 4 ELSE CASE LOWER(CAST("lead_origin" AS VARCHAR)) WHEN 'landing page submission' THEN 0 WHEN 'api' THEN 1 WHEN 'lead add form' THEN 2 WHEN 'lead import' THEN 3 WHEN '__missing__' THEN 4 ELSE 5 END END AS __f0,
  CASE WHEN CAST("lead_source" AS VARCHAR) IS NULL THEN 8 ELSE CASE LOWER(CAST("lead_source" AS VARCHAR)) WHEN 'google' THEN 0 WHEN 'direct traffic' THEN 1 WHEN 'olark chat' THEN 2 WHEN 'organic search' THEN 3 WHEN 'reference' THEN 4 WHEN 'referral sites' THEN 5 WHEN 'welingak website' THEN 6 WHEN 'facebook' THEN 7 WHEN '__missing__' THEN 8 ELSE 9 END END AS __f1,
  CASE WHEN "do_not_email" THEN 1e0 WHEN NOT "do_not_email" THEN 0e0 END AS __f2,
  CAST("total_visits" AS DOUBLE) AS __f4,
  CAST("total_time_spent_on_website" AS DOUBLE) AS __f5,
  CAST("page_views_per_visit" AS DOUBLE) AS __f6,
  CASE WHEN CAST("last_activity" AS VARCHAR) IS NULL THEN 11 ELSE CASE LOWER(CAST("last_activity" AS VARCHAR)) WHEN 'email opened' THEN 0 WHEN 'sms sent' THEN 1 WHEN 'olark chat conversation' THEN 2 WHEN 'page visited on website' THEN 3 WHEN 'converted to lead' THEN 4 WHEN 'email bounced' THEN 5 WHEN 'email link clicked' THEN 6 WHEN 'form submitted on website' THEN 7 WHEN 'unreachable' THEN 8 WHEN 'unsubscribed' THEN 9 WHEN 'had a phone conversation' THEN 10 WHEN '__missing__' THEN 11 ELSE 12 END END AS __f7,
  CASE WHEN CAST("country" AS VARCHAR) IS NULL THEN 7 ELSE CASE LOWER(CAST("country" AS VARCHAR)) WHEN 'india' THEN 0 WHEN 'united states' THEN 1 WHEN 'united arab emirates' THEN 2 WHEN 'saudi arabia' THEN 3 WHEN 'singapore' THEN 4 WHEN 'united kingdom' THEN 5 WHEN 'australia' THEN 6 WHEN '__missing__' THEN 7 ELSE 8 END END AS __f8,
  CASE WHEN CAST("specialization" AS VARCHAR) IS NULL THEN 18 ELSE CASE LOWER(CAST("specialization" AS VARCHAR)) WHEN 'finance management' THEN 0 WHEN 'marketing management' THEN 1 WHEN 'human resource management' THEN 2 WHEN 'operations management' THEN 3 WHEN 'business administration' THEN 4 WHEN 'it projects management' THEN 5 WHEN 'supply chain management' THEN 6 WHEN 'banking, investment and insurance' THEN 7 WHEN 'media and advertising' THEN 8 WHEN 'travel and tourism' THEN 9 WHEN 'international business' THEN 10 WHEN 'healthcare management' THEN 11 WHEN 'hospitality management' THEN 12 WHEN 'e-commerce' THEN 13 WHEN 'retail management' THEN 14 WHEN 'rural and agribusiness' THEN 15 WHEN 'e-business' THEN 16 WHEN 'services excellence' THEN 17 WHEN '__missing__' THEN 18 ELSE 19 END END AS __f9,
  CASE WHEN CAST("how_did_you_hear_about_x_education" AS VARCHAR) IS NULL THEN 9 ELSE CASE LOWER(CAST("how_did_you_hear_about_x_education" AS VARCHAR)) WHEN 'online search' THEN 0 WHEN 'word of mouth' THEN 1 WHEN 'student of someschool' THEN 2 WHEN 'other' THEN 3 WHEN 'multiple sources' THEN 4 WHEN 'advertisements' THEN 5 WHEN 'social media' THEN 6 WHEN 'sms' THEN 7 WHEN 'email' THEN 8 WHEN '__missing__' THEN 9 ELSE 10 END END AS __f10,
  CASE WHEN CAST("what_is_your_current_occupation" AS VARCHAR) IS NULL THEN 3 ELSE CASE LOWER(CAST("what_is_your_current_occupation" AS VARCHAR)) WHEN 'unemployed' THEN 0 WHEN 'working professional' THEN 1 WHEN 'student' THEN 2 WHEN '__missing__' THEN 3 ELSE 4 END END AS __f11,
  CASE WHEN CAST("what_matters_most_to_you_in_choosing_a_course" AS VARCHAR) IS NULL THEN 1 ELSE CASE LOWER(CAST("what_matters_most_to_you_in_choosing_a_course" AS VARCHAR)) WHEN 'better career prospects' THEN 0 WHEN '__missing__' THEN 1 ELSE 2 END END AS __f12,
  CASE WHEN CAST("city" AS VARCHAR) IS NULL THEN 6 ELSE CASE LOWER(CAST("city" AS VARCHAR)) WHEN 'mumbai' THEN 0 WHEN 'thane & outskirts' THEN 1 WHEN 'other cities' THEN 2 WHEN 'other cities of maharashtra' THEN 3 WHEN 'other metro cities' THEN 4 WHEN 'tier ii cities' THEN 5 WHEN '__missing__' THEN 6 ELSE 7 END END AS __f23,
  CASE WHEN "a_free_copy_of_mastering_the_interview" THEN 1e0 WHEN NOT "a_free_copy_of_mastering_the_interview" THEN 0e0 END AS __f25,
  (CAST("total_time_spent_on_website" AS DOUBLE) / NULLIF(CAST("total_visits" AS DOUBLE), 0)) AS __f26,
  CASE WHEN __f0 = 5 THEN CAST("lead_origin" AS VARCHAR) END AS __t0,
  CASE WHEN __f1 = 9 THEN CAST("lead_source" AS VARCHAR) END AS __t1,
  CASE WHEN __f7 = 12 THEN CAST("last_activity" AS VARCHAR) END AS __t7,
  CASE WHEN __f8 = 8 THEN CAST("country" AS VARCHAR) END AS __t8,
  CASE WHEN __f9 = 19 THEN CAST("specialization" AS VARCHAR) END AS __t9,
  CASE WHEN __f10 = 10 THEN CAST("how_did_you_hear_about_x_education" AS VARCHAR) END AS __t10,
  CASE WHEN __f11 = 4 THEN CAST("what_is_your_current_occupation" AS VARCHAR) END AS __t11,
  CASE WHEN __f12 = 2 THEN CAST("what_matters_most_to_you_in_choosing_a_course" AS VARCHAR) END AS __t12,
  CASE WHEN __f23 = 7 THEN CAST("city" AS VARCHAR) END AS __t23
FROM leads_to_score) AS __l1) AS __l2) AS __l3) LIMIT 491520) AS s LEFT JOIN lead_overrides AS o ON o.lead_key = CAST(s."prospect_id" AS VARCHAR)
);
-- next
SELECT count(*) AS n FROM leadpipe_scored;
-- next
INSERT INTO leads_final BY NAME
SELECT f.* REPLACE (s.probability AS probability, s.score AS score, s.grade AS grade, s.reasons AS reasons,
  s.model_version AS model_version, CAST($now AS TIMESTAMPTZ) AS scored_at)
FROM leads_final AS f JOIN leadpipe_scored AS s ON CAST(f."prospect_id" AS VARCHAR) = s.lead_key;
-- next
INSERT INTO leads_final BY NAME
SELECT f.* REPLACE (s.probability AS probability, s.score AS score, s.grade AS grade, s.reasons AS reasons,
  s.model_version AS model_version, CAST($now AS TIMESTAMPTZ) AS scored_at)
FROM leads_final AS f JOIN leadpipe_scored AS s ON CAST(f."prospect_id" AS VARCHAR) = s.lead_key;
-- next
DELETE FROM leads_final AS f USING leadpipe_scored AS s
WHERE CAST(f."prospect_id" AS VARCHAR) = s.lead_key AND f.model_version IS DISTINCT FROM s.model_version;
-- next
INSERT INTO lead_score_history
SELECT lead_key, model_version, probability, score, grade, CASE WHEN overridden THEN 'override' ELSE 'model' END,
  override_reason, $now
FROM leadpipe_scored;
-- next
INSERT INTO lead_score_history
SELECT lead_key, model_version, probability, score, grade, CASE WHEN overridden THEN 'override' ELSE 'model' END,
  override_reason, $now
FROM leadpipe_scored;
-- next
DROP TABLE IF EXISTS leadpipe_scored;
-- next
COMMIT;
-- next
UPDATE task_history SET leads_scored = leads_scored + $n WHERE run_id = $run_id;
-- next
UPDATE task_history SET leads_scored = leads_scored + $n WHERE run_id = $run_id;
-- next
SELECT column_name, type, declared FROM leadpipe_columns WHERE table_name = 'leads_final' ORDER BY rowid;
-- next
BEGIN TRANSACTION;
-- next
UPDATE leadpipe_models SET active = FALSE WHERE active;
-- next
INSERT INTO leadpipe_models (version, kind, body, active, created_at, fit_warning)
           VALUES ($version, $kind, $body, $active, now(), $fit_warning)
           ON CONFLICT (version) DO UPDATE SET active = EXCLUDED.active OR leadpipe_models.active,
           fit_warning = EXCLUDED.fit_warning;
-- next
INSERT INTO leadpipe_models (version, kind, body, active, created_at, fit_warning)
           VALUES ($version, $kind, $body, $active, now(), $fit_warning)
           ON CONFLICT (version) DO UPDATE SET active = EXCLUDED.active OR leadpipe_models.active,
           fit_warning = EXCLUDED.fit_warning;
-- next
CREATE OR REPLACE MACRO "leadpipe_score"(lead) AS (
SELECT {'model_version': model_version, 'probability': probability, 'score': score, 'grade': grade,
  'reasons': reasons}
FROM (SELECT "__lead", model_version, CAST(NULL AS DOUBLE) AS probability, score, grade, {'positive': list_slice(list_transform(list_sort(list_filter(list_transform(reasons, (r, i) -> {'weight': -abs(r.points), 'idx': i, 'feature': r.rule, 'points': r.points, 'text': r.rule || ': +' || CASE WHEN r.points = round(r.points) THEN CAST(CAST(r.points AS BIGINT) AS VARCHAR) ELSE CAST(r.points AS VARCHAR) END}), r -> r.points > 0)), r -> {'feature': r.feature, 'points': r.points, 'text': r.text}), 1, 3), 'negative': list_slice(list_transform(list_sort(list_filter(list_transform(reasons, (r, i) -> {'weight': -abs(r.points), 'idx': i, 'feature': r.rule, 'points': r.points, 'text': r.rule || ': ' || CASE WHEN r.points = round(r.points) THEN CAST(CAST(r.points AS BIGINT) AS VARCHAR) ELSE CAST(r.points AS VARCHAR) END}), r -> r.points < 0)), r -> {'feature': r.feature, 'points': r.points, 'text': r.text}), 1, 3)} AS reasons FROM (SELECT "__lead", 'rules-default-1' AS model_version, points, score, CASE WHEN score >= 7.5e+1 THEN 'A' WHEN score >= 5e+1 THEN 'B' WHEN score >= 2.5e+1 THEN 'C' ELSE 'D' END AS grade, reasons FROM (
  SELECT "__lead", points, reasons, CAST(ROUND(100 * (LEAST(GREATEST(points, (-4e+0)), 1e+1) - (-4e+0)) / 1.4e+1) AS INTEGER) AS score FROM (
    SELECT "__lead", CASE WHEN ("__x0" = 'Lead Add Form') THEN 3e+0 ELSE 0e0 END
 + CASE WHEN (LOWER("__x1") IN ('reference', 'welingak website')) THEN 2e+0 ELSE 0e0 END
 + CASE WHEN ("__x1" = 'Marketing') THEN 1e+0 ELSE 0e0 END
 + CASE WHEN ("__x2" = 'Working Professional') THEN 3e+0 ELSE 0e0 END
 + CASE WHEN ("__x3" >= 8e+2) THEN 2e+0 ELSE 0e0 END
 + CASE WHEN ("__x3" BETWEEN 3e+2 AND 7.99e+2) THEN 1e+0 ELSE 0e0 END
 + CASE WHEN ("__x4" = 'SMS Sent') THEN 2e+0 ELSE 0e0 END
 + CASE WHEN ("__x4" IN ('Olark Chat Conversation', 'Email Bounced', 'Converted to Lead')) THEN (-2e+0) ELSE 0e0 END
 + CASE WHEN ("__x5" = TRUE) THEN (-2e+0) ELSE 0e0 END
 + CASE WHEN ("__x0" = 'API') AND ("__x6" = 0e+0) THEN (-1e+0) ELSE 0e0 END
 + CASE WHEN ("__x2" = 'Student') THEN (-1e+0) ELSE 0e0 END AS points, list_filter([CASE WHEN ("__x0" = 'Lead Add Form') THEN {'rule': 'Lead Add Form origin', 'points': 3e+0} END, CASE WHEN (LOWER("__x1") IN ('reference', 'welingak website')) THEN {'rule': 'Referred or Welingak', 'points': 2e+0} END, CASE WHEN ("__x1" = 'Marketing') THEN {'rule': 'Marketing source', 'points': 1e+0} END, CASE WHEN ("__x2" = 'Working Professional') THEN {'rule': 'Working professional', 'points': 3e+0} END, CASE WHEN ("__x3" >= 8e+2) THEN {'rule': 'Long time on site', 'points': 2e+0} END, CASE WHEN ("__x3" BETWEEN 3e+2 AND 7.99e+2) THEN {'rule': 'Some time on site', 'points': 1e+0} END, CASE WHEN ("__x4" = 'SMS Sent') THEN {'rule': 'Replied by SMS', 'points': 2e+0} END, CASE WHEN ("__x4" IN ('Olark Chat Conversation', 'Email Bounced', 'Converted to Lead')) THEN {'rule': 'Chat only or bounced', 'points': (-2e+0)} END, CASE WHEN ("__x5" = TRUE) THEN {'rule': 'Asked not to be emailed', 'points': (-2e+0)} END, CASE WHEN ("__x0" = 'API') AND ("__x6" = 0e+0) THEN {'rule': 'No visits from an API lead', 'points': (-1e+0)} END, CASE WHEN ("__x2" = 'Student') THEN {'rule': 'Student', 'points': (-1e+0)} END], x -> x IS NOT NULL) AS reasons FROM (SELECT 0 AS __lead,
  CASE json_type(__r0) WHEN 'VARCHAR' THEN __t0 WHEN 'BOOLEAN' THEN CAST(__r0 AS VARCHAR) WHEN 'BIGINT' THEN CASE WHEN CAST(__r0 AS DOUBLE) = trunc(CAST(__r0 AS DOUBLE)) AND abs(CAST(__r0 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r0 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r0 AS DOUBLE) AS VARCHAR) END WHEN 'UBIGINT' THEN CASE WHEN CAST(__r0 AS DOUBLE) = trunc(CAST(__r0 AS DOUBLE)) AND abs(CAST(__r0 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r0 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r0 AS DOUBLE) AS VARCHAR) END WHEN 'DOUBLE' THEN CASE WHEN CAST(__r0 AS DOUBLE) = trunc(CAST(__r0 AS DOUBLE)) AND abs(CAST(__r0 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r0 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r0 AS DOUBLE) AS VARCHAR) END END AS __x0,
  CASE json_type(__r1) WHEN 'VARCHAR' THEN __t1 WHEN 'BOOLEAN' THEN CAST(__r1 AS VARCHAR) WHEN 'BIGINT' THEN CASE WHEN CAST(__r1 AS DOUBLE) = trunc(CAST(__r1 AS DOUBLE)) AND abs(CAST(__r1 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r1 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r1 AS DOUBLE) AS VARCHAR) END WHEN 'UBIGINT' THEN CASE WHEN CAST(__r1 AS DOUBLE) = trunc(CAST(__r1 AS DOUBLE)) AND abs(CAST(__r1 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r1 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r1 AS DOUBLE) AS VARCHAR) END WHEN 'DOUBLE' THEN CASE WHEN CAST(__r1 AS DOUBLE) = trunc(CAST(__r1 AS DOUBLE)) AND abs(CAST(__r1 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r1 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r1 AS DOUBLE) AS VARCHAR) END END AS __x1,
  CASE json_type(__r2) WHEN 'VARCHAR' THEN __t2 WHEN 'BOOLEAN' THEN CAST(__r2 AS VARCHAR) WHEN 'BIGINT' THEN CASE WHEN CAST(__r2 AS DOUBLE) = trunc(CAST(__r2 AS DOUBLE)) AND abs(CAST(__r2 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r2 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r2 AS DOUBLE) AS VARCHAR) END WHEN 'UBIGINT' THEN CASE WHEN CAST(__r2 AS DOUBLE) = trunc(CAST(__r2 AS DOUBLE)) AND abs(CAST(__r2 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r2 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r2 AS DOUBLE) AS VARCHAR) END WHEN 'DOUBLE' THEN CASE WHEN CAST(__r2 AS DOUBLE) = trunc(CAST(__r2 AS DOUBLE)) AND abs(CAST(__r2 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r2 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r2 AS DOUBLE) AS VARCHAR) END END AS __x2,
  CASE WHEN json_type(__r3) IN ('BIGINT', 'UBIGINT', 'DOUBLE') THEN CASE WHEN CAST(__r3 AS DOUBLE) = trunc(CAST(__r3 AS DOUBLE)) AND abs(CAST(__r3 AS DOUBLE)) < 9.223372036854775808e18 THEN CAST(__r3 AS DOUBLE) END WHEN regexp_full_match(__t3, '^[+-]?[0-9]+([.]0+)?$') THEN CASE WHEN TRY_CAST(__t3 AS DOUBLE) = trunc(TRY_CAST(__t3 AS DOUBLE)) AND abs(TRY_CAST(__t3 AS DOUBLE)) < 9.223372036854775808e18 THEN TRY_CAST(__t3 AS DOUBLE) END END AS __x3,
  CASE json_type(__r4) WHEN 'VARCHAR' THEN __t4 WHEN 'BOOLEAN' THEN CAST(__r4 AS VARCHAR) WHEN 'BIGINT' THEN CASE WHEN CAST(__r4 AS DOUBLE) = trunc(CAST(__r4 AS DOUBLE)) AND abs(CAST(__r4 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r4 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r4 AS DOUBLE) AS VARCHAR) END WHEN 'UBIGINT' THEN CASE WHEN CAST(__r4 AS DOUBLE) = trunc(CAST(__r4 AS DOUBLE)) AND abs(CAST(__r4 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r4 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r4 AS DOUBLE) AS VARCHAR) END WHEN 'DOUBLE' THEN CASE WHEN CAST(__r4 AS DOUBLE) = trunc(CAST(__r4 AS DOUBLE)) AND abs(CAST(__r4 AS DOUBLE)) < 1e15 THEN CAST(CAST(CAST(__r4 AS DOUBLE) AS BIGINT) AS VARCHAR) ELSE CAST(CAST(__r4 AS DOUBLE) AS VARCHAR) END END AS __x4,
  CASE json_type(__r5) WHEN 'BOOLEAN' THEN CAST(__r5 AS BOOLEAN) WHEN 'VARCHAR' THEN CASE lower(__t5) WHEN 'true' THEN TRUE WHEN 'yes' THEN TRUE WHEN 'y' THEN TRUE WHEN 't' THEN TRUE WHEN '1' THEN TRUE WHEN 'false' THEN FALSE WHEN 'no' THEN FALSE WHEN 'n' THEN FALSE WHEN 'f' THEN FALSE WHEN '0' THEN FALSE END WHEN 'BIGINT' THEN CASE CAST(__r5 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END WHEN 'UBIGINT' THEN CASE CAST(__r5 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END WHEN 'DOUBLE' THEN CASE CAST(__r5 AS DOUBLE) WHEN 1 THEN TRUE WHEN 0 THEN FALSE END END AS __x5,
  CASE WHEN json_type(__r6) IN ('BIGINT', 'UBIGINT', 'DOUBLE') THEN CASE WHEN CAST(__r6 AS DOUBLE) = trunc(CAST(__r6 AS DOUBLE)) AND abs(CAST(__r6 AS DOUBLE)) < 9.223372036854775808e18 THEN CAST(__r6 AS DOUBLE) END WHEN regexp_full_match(__t6, '^[+-]?[0-9]+([.]0+)?$') THEN CASE WHEN TRY_CAST(__t6 AS DOUBLE) = trunc(TRY_CAST(__t6 AS DOUBLE)) AND abs(TRY_CAST(__t6 AS DOUBLE)) < 9.223372036854775808e18 THEN TRY_CAST(__t6 AS DOUBLE) END END AS __x6
FROM (SELECT __r0,
  __r1,
  __r2,
  __r3,
  __r4,
  __r5,
  __r6,
  CASE WHEN json_type(__r0) = 'VARCHAR' THEN CASE WHEN lower(trim(__r0 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE trim(__r0 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) END END AS __t0,
  CASE WHEN json_type(__r1) = 'VARCHAR' THEN CASE WHEN lower(trim(__r1 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE trim(__r1 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) END END AS __t1,
  CASE WHEN json_type(__r2) = 'VARCHAR' THEN CASE WHEN lower(trim(__r2 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE trim(__r2 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) END END AS __t2,
  CASE WHEN json_type(__r3) = 'VARCHAR' THEN CASE WHEN lower(trim(__r3 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE trim(__r3 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) END END AS __t3,
  CASE WHEN json_type(__r4) = 'VARCHAR' THEN CASE WHEN lower(trim(__r4 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE trim(__r4 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) END END AS __t4,
  CASE WHEN json_type(__r5) = 'VARCHAR' THEN CASE WHEN lower(trim(__r5 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE trim(__r5 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) END END AS __t5,
  CASE WHEN json_type(__r6) = 'VARCHAR' THEN CASE WHEN lower(trim(__r6 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279))) IN ('', 'select', 'na', 'n/a', 'null') THEN NULL ELSE trim(__r6 ->> '$', chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) END END AS __t6
FROM (SELECT json_extract(__j, '$."lead_origin"') AS __r0,
  json_extract(__j, '$."lead_source"') AS __r1,
  json_extract(__j, '$."what_is_your_current_occupation"') AS __r2,
  json_extract(__j, '$."total_time_spent_on_website"') AS __r3,
  json_extract(__j, '$."last_activity"') AS __r4,
  json_extract(__j, '$."do_not_email"') AS __r5,
  json_extract(__j, '$."total_visits"') AS __r6
FROM (SELECT CAST(lead AS JSON) AS __j) AS __lead_json) AS __lead_raw) AS __lead_text) AS __lead_values
  ) AS __r1
) AS __r2) AS __rules) AS __scored
);
-- next
COMMIT;
-- next
SELECT version, kind, body, fit_warning FROM leadpipe_models WHERE active LIMIT 1;
-- next
SELECT column_name, type, declared FROM leadpipe_columns WHERE table_name = 'leads_final' ORDER BY rowid;
-- next
SELECT count(*) AS n FROM leads_to_score;
-- next
SELECT column_name, type, declared FROM leadpipe_columns WHERE table_name = 'leads_final';
-- next
SELECT block_size, current_setting('threads')::BIGINT AS threads
FROM pragma_database_size() WHERE database_name = current_database();
-- next
BEGIN TRANSACTION;
-- next
SELECT version FROM leadpipe_models WHERE active AND version = $v;
-- next
SELECT version FROM leadpipe_models WHERE active AND version = $v;
-- next
CREATE OR REPLACE TEMP TABLE leadpipe_scored AS
SELECT lead_key, model_version, probability, score, CASE WHEN score >= 7.5e+1 THEN 'A' WHEN score >= 5e+1 THEN 'B' WHEN score >= 2.5e+1 THEN 'C' ELSE 'D' END AS grade, reasons, overridden, override_reason FROM (
  SELECT CAST(s."prospect_id" AS VARCHAR) AS lead_key, s.model_version, s.probability, coalesce(o.score, s.score) AS score,
    CAST(s.reasons AS STRUCT(positive STRUCT("log_odds" DOUBLE, "feature" VARCHAR, "label" VARCHAR, "value" VARCHAR, "points" DOUBLE, "text" VARCHAR)[], negative STRUCT("log_odds" DOUBLE, "feature" VARCHAR, "label" VARCHAR, "value" VARCHAR, "points" DOUBLE, "text" VARCHAR)[])) AS reasons,
    o.lead_key IS NOT NULL AS overridden, o.reason AS override_reason
  FROM (SELECT * FROM (SELECT "prospect_id", model_version, CAST(NULL AS DOUBLE) AS probability, score, grade, {'positive': list_slice(list_transform(list_sort(list_filter(list_transform(reasons, (r, i) -> {'weight': -abs(r.points), 'idx': i, 'feature': r.rule, 'points': r.points, 'text': r.rule || ': +' || CASE WHEN r.points = round(r.points) THEN CAST(CAST(r.points AS BIGINT) AS VARCHAR) ELSE CAST(r.points AS VARCHAR) END}), r -> r.points > 0)), r -> {'feature': r.feature, 'points': r.points, 'text': r.text}), 1, 3), 'negative': list_slice(list_transform(list_sort(list_filter(list_transform(reasons, (r, i) -> {'weight': -abs(r.points), 'idx': i, 'feature': r.rule, 'points': r.points, 'text': r.rule || ': ' || CASE WHEN r.points = round(r.points) THEN CAST(CAST(r.points AS BIGINT) AS VARCHAR) ELSE CAST(r.points AS VARCHAR) END}), r -> r.points < 0)), r -> {'feature': r.feature, 'points': r.points, 'text': r.text}), 1, 3)} AS reasons FROM (SELECT "prospect_id", 'rules-default-1' AS model_version, points, score, CASE WHEN score >= 7.5e+1 THEN 'A' WHEN score >= 5e+1 THEN 'B' WHEN score >= 2.5e+1 THEN 'C' ELSE 'D' END AS grade, reasons FROM (
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
 + CASE WHEN ("what_is_your_current_occupation" = 'Student') THEN (-1e+0) ELSE 0e0 END AS points, list_filter([CASE WHEN ("lead_origin" = 'Lead Add Form') THEN {'rule': 'Lead Add Form origin', 'points': 3e+0} END, CASE WHEN (LOWER("lead_source") IN ('reference', 'welingak website')) THEN {'rule': 'Referred or Welingak', 'points': 2e+0} END, CASE WHEN ("lead_source" = 'Marketing') THEN {'rule': 'Marketing source', 'points': 1e+0} END, CASE WHEN ("what_is_your_current_occupation" = 'Working Professional') THEN {'rule': 'Working professional', 'points': 3e+0} END, CASE WHEN ("total_time_spent_on_website" >= 8e+2) THEN {'rule': 'Long time on site', 'points': 2e+0} END, CASE WHEN ("total_time_spent_on_website" BETWEEN 3e+2 AND 7.99e+2) THEN {'rule': 'Some time on site', 'points': 1e+0} END, CASE WHEN ("last_activity" = 'SMS Sent') THEN {'rule': 'Replied by SMS', 'points': 2e+0} END, CASE WHEN ("last_activity" IN ('Olark Chat Conversation', 'Email Bounced', 'Converted to Lead')) THEN {'rule': 'Chat only or bounced', 'points': (-2e+0)} END, CASE WHEN ("do_not_email" = TRUE) THEN {'rule': 'Asked not to be emailed', 'points': (-2e+0)} END, CASE WHEN ("lead_origin" = 'API') AND ("total_visits" = 0e+0) THEN {'rule': 'No visits from an API lead', 'points': (-1e+0)} END, CASE WHEN ("what_is_your_current_occupation" = 'Student') THEN {'rule': 'Student', 'points': (-1e+0)} END], x -> x IS NOT NULL) AS reasons FROM leads_to_score
  ) AS __r1
) AS __r2) AS __rules) LIMIT 491520) AS s LEFT JOIN lead_overrides AS o ON o.lead_key = CAST(s."prospect_id" AS VARCHAR)
);
-- next
SELECT count(*) AS n FROM leadpipe_scored;
-- next
INSERT INTO leads_final BY NAME
SELECT f.* REPLACE (s.probability AS probability, s.score AS score, s.grade AS grade, s.reasons AS reasons,
  s.model_version AS model_version, CAST($now AS TIMESTAMPTZ) AS scored_at)
FROM leads_final AS f JOIN leadpipe_scored AS s ON CAST(f."prospect_id" AS VARCHAR) = s.lead_key;
-- next
INSERT INTO leads_final BY NAME
SELECT f.* REPLACE (s.probability AS probability, s.score AS score, s.grade AS grade, s.reasons AS reasons,
  s.model_version AS model_version, CAST($now AS TIMESTAMPTZ) AS scored_at)
FROM leads_final AS f JOIN leadpipe_scored AS s ON CAST(f."prospect_id" AS VARCHAR) = s.lead_key;
-- next
DELETE FROM leads_final AS f USING leadpipe_scored AS s
WHERE CAST(f."prospect_id" AS VARCHAR) = s.lead_key AND f.model_version IS DISTINCT FROM s.model_version;
-- next
INSERT INTO lead_score_history
SELECT lead_key, model_version, probability, score, grade, CASE WHEN overridden THEN 'override' ELSE 'model' END,
  override_reason, $now
FROM leadpipe_scored;
-- next
INSERT INTO lead_score_history
SELECT lead_key, model_version, probability, score, grade, CASE WHEN overridden THEN 'override' ELSE 'model' END,
  override_reason, $now
FROM leadpipe_scored;
-- next
DROP TABLE IF EXISTS leadpipe_scored;
-- next
COMMIT;
-- next
BEGIN TRANSACTION;
-- next
SELECT 1 FROM leads_final WHERE CAST("prospect_id" AS VARCHAR) = $key;
-- next
SELECT 1 FROM leads_final WHERE CAST("prospect_id" AS VARCHAR) = $key;
-- next
INSERT INTO lead_overrides VALUES ($key, $score, $reason, now())
             ON CONFLICT (lead_key) DO UPDATE SET score = EXCLUDED.score, reason = EXCLUDED.reason, created_at = EXCLUDED.created_at;
-- next
INSERT INTO lead_overrides VALUES ($key, $score, $reason, now())
             ON CONFLICT (lead_key) DO UPDATE SET score = EXCLUDED.score, reason = EXCLUDED.reason, created_at = EXCLUDED.created_at;
-- next
UPDATE leads_final SET model_version = NULL WHERE CAST("prospect_id" AS VARCHAR) = $key;
-- next
UPDATE leads_final SET model_version = NULL WHERE CAST("prospect_id" AS VARCHAR) = $key;
-- next
COMMIT;
-- next
SELECT version, kind, body, fit_warning FROM leadpipe_models WHERE active LIMIT 1;
-- next
SELECT column_name, type, declared FROM leadpipe_columns WHERE table_name = 'leads_final' ORDER BY rowid;
-- next
SELECT count(*) AS n FROM leads_to_score;
-- next
SELECT column_name, type, declared FROM leadpipe_columns WHERE table_name = 'leads_final';
-- next
SELECT block_size, current_setting('threads')::BIGINT AS threads
FROM pragma_database_size() WHERE database_name = current_database();
-- next
BEGIN TRANSACTION;
-- next
SELECT version FROM leadpipe_models WHERE active AND version = $v;
-- next
SELECT version FROM leadpipe_models WHERE active AND version = $v;
-- next
CREATE OR REPLACE TEMP TABLE leadpipe_scored AS
SELECT lead_key, model_version, probability, score, CASE WHEN score >= 7.5e+1 THEN 'A' WHEN score >= 5e+1 THEN 'B' WHEN score >= 2.5e+1 THEN 'C' ELSE 'D' END AS grade, reasons, overridden, override_reason FROM (
  SELECT CAST(s."prospect_id" AS VARCHAR) AS lead_key, s.model_version, s.probability, coalesce(o.score, s.score) AS score,
    CAST(s.reasons AS STRUCT(positive STRUCT("log_odds" DOUBLE, "feature" VARCHAR, "label" VARCHAR, "value" VARCHAR, "points" DOUBLE, "text" VARCHAR)[], negative STRUCT("log_odds" DOUBLE, "feature" VARCHAR, "label" VARCHAR, "value" VARCHAR, "points" DOUBLE, "text" VARCHAR)[])) AS reasons,
    o.lead_key IS NOT NULL AS overridden, o.reason AS override_reason
  FROM (SELECT * FROM (SELECT "prospect_id", model_version, CAST(NULL AS DOUBLE) AS probability, score, grade, {'positive': list_slice(list_transform(list_sort(list_filter(list_transform(reasons, (r, i) -> {'weight': -abs(r.points), 'idx': i, 'feature': r.rule, 'points': r.points, 'text': r.rule || ': +' || CASE WHEN r.points = round(r.points) THEN CAST(CAST(r.points AS BIGINT) AS VARCHAR) ELSE CAST(r.points AS VARCHAR) END}), r -> r.points > 0)), r -> {'feature': r.feature, 'points': r.points, 'text': r.text}), 1, 3), 'negative': list_slice(list_transform(list_sort(list_filter(list_transform(reasons, (r, i) -> {'weight': -abs(r.points), 'idx': i, 'feature': r.rule, 'points': r.points, 'text': r.rule || ': ' || CASE WHEN r.points = round(r.points) THEN CAST(CAST(r.points AS BIGINT) AS VARCHAR) ELSE CAST(r.points AS VARCHAR) END}), r -> r.points < 0)), r -> {'feature': r.feature, 'points': r.points, 'text': r.text}), 1, 3)} AS reasons FROM (SELECT "prospect_id", 'rules-default-1' AS model_version, points, score, CASE WHEN score >= 7.5e+1 THEN 'A' WHEN score >= 5e+1 THEN 'B' WHEN score >= 2.5e+1 THEN 'C' ELSE 'D' END AS grade, reasons FROM (
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
 + CASE WHEN ("what_is_your_current_occupation" = 'Student') THEN (-1e+0) ELSE 0e0 END AS points, list_filter([CASE WHEN ("lead_origin" = 'Lead Add Form') THEN {'rule': 'Lead Add Form origin', 'points': 3e+0} END, CASE WHEN (LOWER("lead_source") IN ('reference', 'welingak website')) THEN {'rule': 'Referred or Welingak', 'points': 2e+0} END, CASE WHEN ("lead_source" = 'Marketing') THEN {'rule': 'Marketing source', 'points': 1e+0} END, CASE WHEN ("what_is_your_current_occupation" = 'Working Professional') THEN {'rule': 'Working professional', 'points': 3e+0} END, CASE WHEN ("total_time_spent_on_website" >= 8e+2) THEN {'rule': 'Long time on site', 'points': 2e+0} END, CASE WHEN ("total_time_spent_on_website" BETWEEN 3e+2 AND 7.99e+2) THEN {'rule': 'Some time on site', 'points': 1e+0} END, CASE WHEN ("last_activity" = 'SMS Sent') THEN {'rule': 'Replied by SMS', 'points': 2e+0} END, CASE WHEN ("last_activity" IN ('Olark Chat Conversation', 'Email Bounced', 'Converted to Lead')) THEN {'rule': 'Chat only or bounced', 'points': (-2e+0)} END, CASE WHEN ("do_not_email" = TRUE) THEN {'rule': 'Asked not to be emailed', 'points': (-2e+0)} END, CASE WHEN ("lead_origin" = 'API') AND ("total_visits" = 0e+0) THEN {'rule': 'No visits from an API lead', 'points': (-1e+0)} END, CASE WHEN ("what_is_your_current_occupation" = 'Student') THEN {'rule': 'Student', 'points': (-1e+0)} END], x -> x IS NOT NULL) AS reasons FROM leads_to_score
  ) AS __r1
) AS __r2) AS __rules) LIMIT 491520) AS s LEFT JOIN lead_overrides AS o ON o.lead_key = CAST(s."prospect_id" AS VARCHAR)
);
-- next
SELECT count(*) AS n FROM leadpipe_scored;
-- next
INSERT INTO leads_final BY NAME
SELECT f.* REPLACE (s.probability AS probability, s.score AS score, s.grade AS grade, s.reasons AS reasons,
  s.model_version AS model_version, CAST($now AS TIMESTAMPTZ) AS scored_at)
FROM leads_final AS f JOIN leadpipe_scored AS s ON CAST(f."prospect_id" AS VARCHAR) = s.lead_key;
-- next
INSERT INTO leads_final BY NAME
SELECT f.* REPLACE (s.probability AS probability, s.score AS score, s.grade AS grade, s.reasons AS reasons,
  s.model_version AS model_version, CAST($now AS TIMESTAMPTZ) AS scored_at)
FROM leads_final AS f JOIN leadpipe_scored AS s ON CAST(f."prospect_id" AS VARCHAR) = s.lead_key;
-- next
DELETE FROM leads_final AS f USING leadpipe_scored AS s
WHERE CAST(f."prospect_id" AS VARCHAR) = s.lead_key AND f.model_version IS DISTINCT FROM s.model_version;
-- next
INSERT INTO lead_score_history
SELECT lead_key, model_version, probability, score, grade, CASE WHEN overridden THEN 'override' ELSE 'model' END,
  override_reason, $now
FROM leadpipe_scored;
-- next
INSERT INTO lead_score_history
SELECT lead_key, model_version, probability, score, grade, CASE WHEN overridden THEN 'override' ELSE 'model' END,
  override_reason, $now
FROM leadpipe_scored;
-- next
DROP TABLE IF EXISTS leadpipe_scored;
-- next
COMMIT;
-- next
BEGIN TRANSACTION;
-- next
SELECT 1 FROM leads_final WHERE CAST("prospect_id" AS VARCHAR) = $key;
-- next
SELECT 1 FROM leads_final WHERE CAST("prospect_id" AS VARCHAR) = $key;
-- next
DELETE FROM lead_overrides WHERE lead_key = $key;
-- next
DELETE FROM lead_overrides WHERE lead_key = $key;
-- next
UPDATE leads_final SET model_version = NULL WHERE CAST("prospect_id" AS VARCHAR) = $key;
-- next
UPDATE leads_final SET model_version = NULL WHERE CAST("prospect_id" AS VARCHAR) = $key;
-- next
COMMIT;
-- next
SELECT version, kind, body, fit_warning FROM leadpipe_models WHERE active LIMIT 1;
-- next
SELECT column_name, type, declared FROM leadpipe_columns WHERE table_name = 'leads_final' ORDER BY rowid;
-- next
SELECT count(*) AS n FROM leads_to_score;
-- next
SELECT column_name, type, declared FROM leadpipe_columns WHERE table_name = 'leads_final';
-- next
SELECT block_size, current_setting('threads')::BIGINT AS threads
FROM pragma_database_size() WHERE database_name = current_database();
-- next
BEGIN TRANSACTION;
-- next
SELECT version FROM leadpipe_models WHERE active AND version = $v;
-- next
SELECT version FROM leadpipe_models WHERE active AND version = $v;
-- next
CREATE OR REPLACE TEMP TABLE leadpipe_scored AS
SELECT lead_key, model_version, probability, score, CASE WHEN score >= 7.5e+1 THEN 'A' WHEN score >= 5e+1 THEN 'B' WHEN score >= 2.5e+1 THEN 'C' ELSE 'D' END AS grade, reasons, overridden, override_reason FROM (
  SELECT CAST(s."prospect_id" AS VARCHAR) AS lead_key, s.model_version, s.probability, coalesce(o.score, s.score) AS score,
    CAST(s.reasons AS STRUCT(positive STRUCT("log_odds" DOUBLE, "feature" VARCHAR, "label" VARCHAR, "value" VARCHAR, "points" DOUBLE, "text" VARCHAR)[], negative STRUCT("log_odds" DOUBLE, "feature" VARCHAR, "label" VARCHAR, "value" VARCHAR, "points" DOUBLE, "text" VARCHAR)[])) AS reasons,
    o.lead_key IS NOT NULL AS overridden, o.reason AS override_reason
  FROM (SELECT * FROM (SELECT "prospect_id", model_version, CAST(NULL AS DOUBLE) AS probability, score, grade, {'positive': list_slice(list_transform(list_sort(list_filter(list_transform(reasons, (r, i) -> {'weight': -abs(r.points), 'idx': i, 'feature': r.rule, 'points': r.points, 'text': r.rule || ': +' || CASE WHEN r.points = round(r.points) THEN CAST(CAST(r.points AS BIGINT) AS VARCHAR) ELSE CAST(r.points AS VARCHAR) END}), r -> r.points > 0)), r -> {'feature': r.feature, 'points': r.points, 'text': r.text}), 1, 3), 'negative': list_slice(list_transform(list_sort(list_filter(list_transform(reasons, (r, i) -> {'weight': -abs(r.points), 'idx': i, 'feature': r.rule, 'points': r.points, 'text': r.rule || ': ' || CASE WHEN r.points = round(r.points) THEN CAST(CAST(r.points AS BIGINT) AS VARCHAR) ELSE CAST(r.points AS VARCHAR) END}), r -> r.points < 0)), r -> {'feature': r.feature, 'points': r.points, 'text': r.text}), 1, 3)} AS reasons FROM (SELECT "prospect_id", 'rules-default-1' AS model_version, points, score, CASE WHEN score >= 7.5e+1 THEN 'A' WHEN score >= 5e+1 THEN 'B' WHEN score >= 2.5e+1 THEN 'C' ELSE 'D' END AS grade, reasons FROM (
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
 + CASE WHEN ("what_is_your_current_occupation" = 'Student') THEN (-1e+0) ELSE 0e0 END AS points, list_filter([CASE WHEN ("lead_origin" = 'Lead Add Form') THEN {'rule': 'Lead Add Form origin', 'points': 3e+0} END, CASE WHEN (LOWER("lead_source") IN ('reference', 'welingak website')) THEN {'rule': 'Referred or Welingak', 'points': 2e+0} END, CASE WHEN ("lead_source" = 'Marketing') THEN {'rule': 'Marketing source', 'points': 1e+0} END, CASE WHEN ("what_is_your_current_occupation" = 'Working Professional') THEN {'rule': 'Working professional', 'points': 3e+0} END, CASE WHEN ("total_time_spent_on_website" >= 8e+2) THEN {'rule': 'Long time on site', 'points': 2e+0} END, CASE WHEN ("total_time_spent_on_website" BETWEEN 3e+2 AND 7.99e+2) THEN {'rule': 'Some time on site', 'points': 1e+0} END, CASE WHEN ("last_activity" = 'SMS Sent') THEN {'rule': 'Replied by SMS', 'points': 2e+0} END, CASE WHEN ("last_activity" IN ('Olark Chat Conversation', 'Email Bounced', 'Converted to Lead')) THEN {'rule': 'Chat only or bounced', 'points': (-2e+0)} END, CASE WHEN ("do_not_email" = TRUE) THEN {'rule': 'Asked not to be emailed', 'points': (-2e+0)} END, CASE WHEN ("lead_origin" = 'API') AND ("total_visits" = 0e+0) THEN {'rule': 'No visits from an API lead', 'points': (-1e+0)} END, CASE WHEN ("what_is_your_current_occupation" = 'Student') THEN {'rule': 'Student', 'points': (-1e+0)} END], x -> x IS NOT NULL) AS reasons FROM leads_to_score
  ) AS __r1
) AS __r2) AS __rules) LIMIT 491520) AS s LEFT JOIN lead_overrides AS o ON o.lead_key = CAST(s."prospect_id" AS VARCHAR)
);
-- next
SELECT count(*) AS n FROM leadpipe_scored;
-- next
INSERT INTO leads_final BY NAME
SELECT f.* REPLACE (s.probability AS probability, s.score AS score, s.grade AS grade, s.reasons AS reasons,
  s.model_version AS model_version, CAST($now AS TIMESTAMPTZ) AS scored_at)
FROM leads_final AS f JOIN leadpipe_scored AS s ON CAST(f."prospect_id" AS VARCHAR) = s.lead_key;
-- next
INSERT INTO leads_final BY NAME
SELECT f.* REPLACE (s.probability AS probability, s.score AS score, s.grade AS grade, s.reasons AS reasons,
  s.model_version AS model_version, CAST($now AS TIMESTAMPTZ) AS scored_at)
FROM leads_final AS f JOIN leadpipe_scored AS s ON CAST(f."prospect_id" AS VARCHAR) = s.lead_key;
-- next
DELETE FROM leads_final AS f USING leadpipe_scored AS s
WHERE CAST(f."prospect_id" AS VARCHAR) = s.lead_key AND f.model_version IS DISTINCT FROM s.model_version;
-- next
INSERT INTO lead_score_history
SELECT lead_key, model_version, probability, score, grade, CASE WHEN overridden THEN 'override' ELSE 'model' END,
  override_reason, $now
FROM leadpipe_scored;
-- next
INSERT INTO lead_score_history
SELECT lead_key, model_version, probability, score, grade, CASE WHEN overridden THEN 'override' ELSE 'model' END,
  override_reason, $now
FROM leadpipe_scored;
-- next
DROP TABLE IF EXISTS leadpipe_scored;
-- next
COMMIT;
-- next
SELECT * FROM lead_score_history WHERE lead_key = $key ORDER BY scored_at DESC LIMIT $limit;
-- next
SELECT * FROM lead_score_history WHERE lead_key = $key ORDER BY scored_at DESC LIMIT $limit;
-- next
SELECT * FROM load_history WHERE ($file IS NULL OR file_name = $file) ORDER BY last_load_time DESC, load_id LIMIT $limit;
-- next
SELECT * FROM load_history WHERE ($file IS NULL OR file_name = $file) ORDER BY last_load_time DESC, load_id LIMIT $limit;
-- next
SELECT * FROM load_errors WHERE ($file IS NULL OR file_name = $file) AND ($load_id IS NULL OR load_id = $load_id)
         ORDER BY file_name, line LIMIT $limit OFFSET $offset;
-- next
SELECT * FROM load_errors WHERE ($file IS NULL OR file_name = $file) AND ($load_id IS NULL OR load_id = $load_id)
         ORDER BY file_name, line LIMIT $limit OFFSET $offset;
-- next
SELECT * FROM task_history ORDER BY query_start_time DESC LIMIT $limit;
-- next
SELECT * FROM task_history ORDER BY query_start_time DESC LIMIT $limit;
-- next
SELECT "offset" AS o FROM leadpipe_streams WHERE name = $name;
-- next
SELECT "offset" AS o FROM leadpipe_streams WHERE name = $name;
-- next
SELECT count(*) AS n FROM leads_raw_rows WHERE raw_id > $offset;
-- next
SELECT count(*) AS n FROM leads_raw_rows WHERE raw_id > $offset;
-- next
SELECT state, consecutive_failures FROM leadpipe_tasks WHERE name = $name;
-- next
SELECT state, consecutive_failures FROM leadpipe_tasks WHERE name = $name;
-- next
SELECT column_name, type, declared FROM leadpipe_columns WHERE table_name = 'leads_final' ORDER BY rowid;
-- next
SELECT version, kind, body, fit_warning FROM leadpipe_models WHERE active LIMIT 1;
-- next
SELECT column_name, type, declared FROM leadpipe_columns WHERE table_name = 'leads_final' ORDER BY rowid;
-- next
SELECT column_name, type, declared FROM leadpipe_columns WHERE table_name = 'leads_final' ORDER BY rowid;
-- next
SELECT lower(table_name) AS t, lower(column_name) AS c, upper(data_type) AS d
       FROM information_schema.columns
       WHERE lower(table_name) = 'leads_final'
       ORDER BY ordinal_position;
-- next
SELECT "prospect_id", "converted", "last_activity", "lead_origin", "what_is_your_current_occupation", "lead_source", "total_time_spent_on_website", "do_not_email", "total_visits", "probability", "score", "grade", "model_version", "scored_at", "updated_at" FROM leads_final  ORDER BY "score" DESC NULLS LAST, "prospect_id" ASC LIMIT $limit OFFSET $offset;
-- next
SELECT count(*) AS n FROM leads_final ;
-- next
SELECT "prospect_id", "converted", "last_activity", "lead_origin", "what_is_your_current_occupation", "lead_source", "total_time_spent_on_website", "do_not_email", "total_visits", "probability", "score", "grade", "model_version", "scored_at", "updated_at" FROM leads_final WHERE "grade" IN ($grade_0, $grade_1) AND "score" >= $min_score AND (CAST("prospect_id" AS VARCHAR) ILIKE $q ESCAPE '\' OR CAST("lead_origin" AS VARCHAR) ILIKE $q ESCAPE '\' OR CAST("lead_source" AS VARCHAR) ILIKE $q ESCAPE '\' OR CAST("last_activity" AS VARCHAR) ILIKE $q ESCAPE '\' OR CAST("country" AS VARCHAR) ILIKE $q ESCAPE '\' OR CAST("specialization" AS VARCHAR) ILIKE $q ESCAPE '\' OR CAST("how_did_you_hear_about_x_education" AS VARCHAR) ILIKE $q ESCAPE '\' OR CAST("what_is_your_current_occupation" AS VARCHAR) ILIKE $q ESCAPE '\' OR CAST("what_matters_most_to_you_in_choosing_a_course" AS VARCHAR) ILIKE $q ESCAPE '\') ORDER BY "total_visits" DESC NULLS LAST, "prospect_id" ASC LIMIT $limit OFFSET $offset;
-- next
SELECT count(*) AS n FROM leads_final WHERE "grade" IN ($grade_0, $grade_1) AND "score" >= $min_score AND (CAST("prospect_id" AS VARCHAR) ILIKE $q ESCAPE '\' OR CAST("lead_origin" AS VARCHAR) ILIKE $q ESCAPE '\' OR CAST("lead_source" AS VARCHAR) ILIKE $q ESCAPE '\' OR CAST("last_activity" AS VARCHAR) ILIKE $q ESCAPE '\' OR CAST("country" AS VARCHAR) ILIKE $q ESCAPE '\' OR CAST("specialization" AS VARCHAR) ILIKE $q ESCAPE '\' OR CAST("how_did_you_hear_about_x_education" AS VARCHAR) ILIKE $q ESCAPE '\' OR CAST("what_is_your_current_occupation" AS VARCHAR) ILIKE $q ESCAPE '\' OR CAST("what_matters_most_to_you_in_choosing_a_course" AS VARCHAR) ILIKE $q ESCAPE '\');
-- next
SELECT "prospect_id", "converted", "last_activity", "lead_origin", "what_is_your_current_occupation", "lead_source", "total_time_spent_on_website", "do_not_email", "total_visits", "probability", "score", "grade", "model_version", "scored_at", "updated_at" FROM leads_final WHERE "converted" = $converted AND CAST("lead_source" AS VARCHAR) = $filter_0 ORDER BY "score" DESC NULLS LAST, "prospect_id" ASC LIMIT $limit OFFSET $offset;
-- next
SELECT count(*) AS n FROM leads_final WHERE "converted" = $converted AND CAST("lead_source" AS VARCHAR) = $filter_0;
-- next
SELECT version, kind, body, fit_warning FROM leadpipe_models WHERE active LIMIT 1;
-- next
SELECT c, value, leads, count(*) OVER (PARTITION BY c) AS distinct_values FROM (SELECT 0 AS c, CAST("lead_number" AS VARCHAR) AS value, count(*) AS leads FROM leads_final WHERE "lead_number" IS NOT NULL GROUP BY "lead_number" UNION ALL SELECT 1 AS c, CAST("lead_origin" AS VARCHAR) AS value, count(*) AS leads FROM leads_final WHERE "lead_origin" IS NOT NULL GROUP BY "lead_origin" UNION ALL SELECT 2 AS c, CAST("lead_source" AS VARCHAR) AS value, count(*) AS leads FROM leads_final WHERE "lead_source" IS NOT NULL GROUP BY "lead_source" UNION ALL SELECT 3 AS c, CAST("do_not_email" AS VARCHAR) AS value, count(*) AS leads FROM leads_final WHERE "do_not_email" IS NOT NULL GROUP BY "do_not_email" UNION ALL SELECT 4 AS c, CAST("do_not_call" AS VARCHAR) AS value, count(*) AS leads FROM leads_final WHERE "do_not_call" IS NOT NULL GROUP BY "do_not_call" UNION ALL SELECT 5 AS c, CAST("converted" AS VARCHAR) AS value, count(*) AS leads FROM leads_final WHERE "converted" IS NOT NULL GROUP BY "converted" UNION ALL SELECT 6 AS c, CAST("total_visits" AS VARCHAR) AS value, count(*) AS leads FROM leads_final WHERE "total_visits" IS NOT NULL GROUP BY "total_visits" UNION ALL SELECT 7 AS c, CAST("total_time_spent_on_website" AS VARCHAR) AS value, count(*) AS leads FROM leads_final WHERE "total_time_spent_on_website" IS NOT NULL GROUP BY "total_time_spent_on_website" UNION ALL SELECT 8 AS c, CAST("last_activity" AS VARCHAR) AS value, count(*) AS leads FROM leads_final WHERE "last_activity" IS NOT NULL GROUP BY "last_activity" UNION ALL SELECT 9 AS c, CAST("country" AS VARCHAR) AS value, count(*) AS leads FROM leads_final WHERE "country" IS NOT NULL GROUP BY "country" UNION ALL SELECT 10 AS c, CAST("specialization" AS VARCHAR) AS value, count(*) AS leads FROM leads_final WHERE "specialization" IS NOT NULL GROUP BY "specialization" UNION ALL SELECT 11 AS c, CAST("how_did_you_hear_about_x_education" AS VARCHAR) AS value, count(*) AS leads FROM leads_final WHERE "how_did_you_hear_about_x_education" IS NOT NULL GROUP BY "how_did_you_hear_about_x_education" UNION ALL SELECT 12 AS c, CAST("what_is_your_current_occupation" AS VARCHAR) AS value, count(*) AS leads FROM leads_final WHERE "what_is_your_current_occupation" IS NOT NULL GROUP BY "what_is_your_current_occupation" UNION ALL SELECT 13 AS c, CAST("what_matters_most_to_you_in_choosing_a_course" AS VARCHAR) AS value, count(*) AS leads FROM leads_final WHERE "what_matters_most_to_you_in_choosing_a_course" IS NOT NULL GROUP BY "what_matters_most_to_you_in_choosing_a_course" UNION ALL SELECT 14 AS c, CAST("search" AS VARCHAR) AS value, count(*) AS leads FROM leads_final WHERE "search" IS NOT NULL GROUP BY "search" UNION ALL SELECT 15 AS c, CAST("magazine" AS VARCHAR) AS value, count(*) AS leads FROM leads_final WHERE "magazine" IS NOT NULL GROUP BY "magazine" UNION ALL SELECT 16 AS c, CAST("newspaper_article" AS VARCHAR) AS value, count(*) AS leads FROM leads_final WHERE "newspaper_article" IS NOT NULL GROUP BY "newspaper_article" UNION ALL SELECT 17 AS c, CAST("x_education_forums" AS VARCHAR) AS value, count(*) AS leads FROM leads_final WHERE "x_education_forums" IS NOT NULL GROUP BY "x_education_forums" UNION ALL SELECT 18 AS c, CAST("newspaper" AS VARCHAR) AS value, count(*) AS leads FROM leads_final WHERE "newspaper" IS NOT NULL GROUP BY "newspaper" UNION ALL SELECT 19 AS c, CAST("digital_advertisement" AS VARCHAR) AS value, count(*) AS leads FROM leads_final WHERE "digital_advertisement" IS NOT NULL GROUP BY "digital_advertisement" UNION ALL SELECT 20 AS c, CAST("through_recommendations" AS VARCHAR) AS value, count(*) AS leads FROM leads_final WHERE "through_recommendations" IS NOT NULL GROUP BY "through_recommendations" UNION ALL SELECT 21 AS c, CAST("receive_more_updates_about_our_courses" AS VARCHAR) AS value, count(*) AS leads FROM leads_final WHERE "receive_more_updates_about_our_courses" IS NOT NULL GROUP BY "receive_more_updates_about_our_courses" UNION ALL SELECT 22 AS c, CAST("tags" AS VARCHAR) AS value, count(*) AS leads FROM leads_final WHERE "tags" IS NOT NULL GROUP BY "tags" UNION ALL SELECT 23 AS c, CAST("lead_quality" AS VARCHAR) AS value, count(*) AS leads FROM leads_final WHERE "lead_quality" IS NOT NULL GROUP BY "lead_quality" UNION ALL SELECT 24 AS c, CAST("update_me_on_supply_chain_content" AS VARCHAR) AS value, count(*) AS leads FROM leads_final WHERE "update_me_on_supply_chain_content" IS NOT NULL GROUP BY "update_me_on_supply_chain_content" UNION ALL SELECT 25 AS c, CAST("get_updates_on_dm_content" AS VARCHAR) AS value, count(*) AS leads FROM leads_final WHERE "get_updates_on_dm_content" IS NOT NULL GROUP BY "get_updates_on_dm_content" UNION ALL SELECT 26 AS c, CAST("lead_profile" AS VARCHAR) AS value, count(*) AS leads FROM leads_final WHERE "lead_profile" IS NOT NULL GROUP BY "lead_profile" UNION ALL SELECT 27 AS c, CAST("city" AS VARCHAR) AS value, count(*) AS leads FROM leads_final WHERE "city" IS NOT NULL GROUP BY "city" UNION ALL SELECT 28 AS c, CAST("asymmetrique_activity_index" AS VARCHAR) AS value, count(*) AS leads FROM leads_final WHERE "asymmetrique_activity_index" IS NOT NULL GROUP BY "asymmetrique_activity_index" UNION ALL SELECT 29 AS c, CAST("asymmetrique_profile_index" AS VARCHAR) AS value, count(*) AS leads FROM leads_final WHERE "asymmetrique_profile_index" IS NOT NULL GROUP BY "asymmetrique_profile_index" UNION ALL SELECT 30 AS c, CAST("asymmetrique_activity_score" AS VARCHAR) AS value, count(*) AS leads FROM leads_final WHERE "asymmetrique_activity_score" IS NOT NULL GROUP BY "asymmetrique_activity_score" UNION ALL SELECT 31 AS c, CAST("asymmetrique_profile_score" AS VARCHAR) AS value, count(*) AS leads FROM leads_final WHERE "asymmetrique_profile_score" IS NOT NULL GROUP BY "asymmetrique_profile_score" UNION ALL SELECT 32 AS c, CAST("i_agree_to_pay_the_amount_through_cheque" AS VARCHAR) AS value, count(*) AS leads FROM leads_final WHERE "i_agree_to_pay_the_amount_through_cheque" IS NOT NULL GROUP BY "i_agree_to_pay_the_amount_through_cheque" UNION ALL SELECT 33 AS c, CAST("a_free_copy_of_mastering_the_interview" AS VARCHAR) AS value, count(*) AS leads FROM leads_final WHERE "a_free_copy_of_mastering_the_interview" IS NOT NULL GROUP BY "a_free_copy_of_mastering_the_interview" UNION ALL SELECT 34 AS c, CAST("last_notable_activity" AS VARCHAR) AS value, count(*) AS leads FROM leads_final WHERE "last_notable_activity" IS NOT NULL GROUP BY "last_notable_activity") AS p QUALIFY row_number() OVER (PARTITION BY c ORDER BY leads DESC, value) <= 40 ORDER BY c, leads DESC, value;
-- next
SELECT * FROM leads_final WHERE "prospect_id" = CAST($id AS VARCHAR) LIMIT 1;
-- next
SELECT * FROM lead_score_history WHERE lead_key = $key ORDER BY scored_at DESC LIMIT $limit;
-- next
SELECT * FROM lead_score_history WHERE lead_key = $key ORDER BY scored_at DESC LIMIT $limit;
-- next
SELECT count(*) AS leads FROM leads_final;
-- next
SELECT count(*) AS leads, sum(CASE WHEN "converted" THEN 1 ELSE 0 END) AS converted, count("converted") AS labelled, count("score") AS scored, avg("score") AS average_score FROM leads_final;
-- next
SELECT * FROM (SELECT 0 AS dimension, CAST("last_activity" AS VARCHAR) AS value, count(*) AS leads, sum(CASE WHEN "converted" THEN 1 ELSE 0 END) AS converted, count("converted") AS labelled FROM leads_final GROUP BY "last_activity" UNION ALL SELECT 1 AS dimension, CAST("lead_origin" AS VARCHAR) AS value, count(*) AS leads, sum(CASE WHEN "converted" THEN 1 ELSE 0 END) AS converted, count("converted") AS labelled FROM leads_final GROUP BY "lead_origin" UNION ALL SELECT 2 AS dimension, CAST("what_is_your_current_occupation" AS VARCHAR) AS value, count(*) AS leads, sum(CASE WHEN "converted" THEN 1 ELSE 0 END) AS converted, count("converted") AS labelled FROM leads_final GROUP BY "what_is_your_current_occupation" UNION ALL SELECT 3 AS dimension, CAST("lead_source" AS VARCHAR) AS value, count(*) AS leads, sum(CASE WHEN "converted" THEN 1 ELSE 0 END) AS converted, count("converted") AS labelled FROM leads_final GROUP BY "lead_source" UNION ALL SELECT 4 AS dimension, CAST("grade" AS VARCHAR) AS value, count(*) AS leads, sum(CASE WHEN "converted" THEN 1 ELSE 0 END) AS converted, count("converted") AS labelled FROM leads_final GROUP BY "grade") AS d QUALIFY row_number() OVER (PARTITION BY dimension ORDER BY leads DESC, value NULLS LAST) <= 50 ORDER BY dimension, leads DESC, value NULLS LAST;
-- next
SELECT least(CAST(floor("score" / 10) AS INTEGER), 9) AS bin, count(*) AS leads, sum(CASE WHEN "converted" THEN 1 ELSE 0 END) AS converted, count("converted") AS labelled FROM leads_final WHERE "score" IS NOT NULL GROUP BY 1 ORDER BY 1;
-- next
SELECT decile, count(*) AS leads, avg(p) AS mean_probability, sum(c) AS converted, count(c) AS labelled FROM (SELECT ntile(10) OVER (ORDER BY "probability" DESC) AS decile, "probability" AS p, CASE WHEN "converted" THEN 1 WHEN NOT "converted" THEN 0 END AS c FROM leads_final WHERE "probability" IS NOT NULL) AS s GROUP BY decile ORDER BY decile;
-- next
SELECT 1 FROM load_history WHERE file_name = $name AND checksum = $checksum AND status IN ('LOADED', 'PARTIALLY_LOADED') LIMIT 1;
-- next
SELECT 1 FROM load_history WHERE file_name = $name AND checksum = $checksum AND status IN ('LOADED', 'PARTIALLY_LOADED') LIMIT 1;
-- next
SELECT 1 FROM load_history WHERE file_name = $name AND checksum = $checksum AND status IN ('LOADED', 'PARTIALLY_LOADED') LIMIT 1;
-- next
SELECT 1 FROM load_history WHERE file_name = $name AND checksum = $checksum AND status IN ('LOADED', 'PARTIALLY_LOADED') LIMIT 1;
-- next
SELECT * FROM load_history WHERE ($file IS NULL OR file_name = $file) ORDER BY last_load_time DESC, load_id LIMIT $limit;
-- next
SELECT * FROM load_history WHERE ($file IS NULL OR file_name = $file) ORDER BY last_load_time DESC, load_id LIMIT $limit;
-- next
SELECT "offset" AS o FROM leadpipe_streams WHERE name = $name;
-- next
SELECT "offset" AS o FROM leadpipe_streams WHERE name = $name;
-- next
SELECT count(*) AS n FROM leads_raw_rows WHERE raw_id > $offset;
-- next
SELECT count(*) AS n FROM leads_raw_rows WHERE raw_id > $offset;
-- next
SELECT state, consecutive_failures FROM leadpipe_tasks WHERE name = $name;
-- next
SELECT state, consecutive_failures FROM leadpipe_tasks WHERE name = $name;
-- next
SELECT load_id, file_name, checksum, reason, row_count, raw_id_from, raw_id_to, last_load_time
FROM load_history WHERE status = 'QUARANTINED' ORDER BY last_load_time DESC, load_id;
-- next
SELECT * FROM load_history WHERE ($file IS NULL OR file_name = $file) ORDER BY last_load_time DESC, load_id LIMIT $limit;
-- next
SELECT * FROM load_history WHERE ($file IS NULL OR file_name = $file) ORDER BY last_load_time DESC, load_id LIMIT $limit;
-- next
SELECT * FROM task_history ORDER BY query_start_time DESC LIMIT $limit;
-- next
SELECT * FROM task_history ORDER BY query_start_time DESC LIMIT $limit;
-- next
SELECT * FROM load_history WHERE ($file IS NULL OR file_name = $file) ORDER BY last_load_time DESC, load_id LIMIT $limit;
-- next
SELECT * FROM load_history WHERE ($file IS NULL OR file_name = $file) ORDER BY last_load_time DESC, load_id LIMIT $limit;
-- next
SELECT count(*) AS n FROM load_errors WHERE file_name = $file;
-- next
SELECT * FROM load_errors WHERE ($file IS NULL OR file_name = $file) AND ($load_id IS NULL OR load_id = $load_id)
         ORDER BY file_name, line LIMIT $limit OFFSET $offset;
-- next
SELECT * FROM load_errors WHERE ($file IS NULL OR file_name = $file) AND ($load_id IS NULL OR load_id = $load_id)
         ORDER BY file_name, line LIMIT $limit OFFSET $offset;
-- next
SELECT 1 AS ok;
-- next
SELECT state, consecutive_failures FROM leadpipe_tasks WHERE name = $name;
-- next
SELECT state, consecutive_failures FROM leadpipe_tasks WHERE name = $name;
-- next
SELECT * FROM task_history ORDER BY query_start_time DESC LIMIT $limit;
-- next
SELECT * FROM task_history ORDER BY query_start_time DESC LIMIT $limit;
-- next
SELECT load_id, file_name, checksum, reason, row_count, raw_id_from, raw_id_to, last_load_time
FROM load_history WHERE status = 'QUARANTINED' ORDER BY last_load_time DESC, load_id
