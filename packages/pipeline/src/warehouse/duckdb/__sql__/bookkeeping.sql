CREATE TABLE IF NOT EXISTS leadpipe_meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL);

CREATE TABLE IF NOT EXISTS leadpipe_settings (name VARCHAR PRIMARY KEY, value VARCHAR NOT NULL);

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

CREATE TABLE IF NOT EXISTS load_errors (
  load_id VARCHAR NOT NULL,
  file_name VARCHAR NOT NULL,
  line BIGINT NOT NULL,
  column_name VARCHAR,
  error VARCHAR NOT NULL,
  raw_text VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS leadpipe_streams (
  name VARCHAR PRIMARY KEY,
  source_table VARCHAR NOT NULL,
  "offset" BIGINT NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE IF NOT EXISTS leadpipe_tasks (
  name VARCHAR PRIMARY KEY,
  state VARCHAR NOT NULL,
  consecutive_failures INTEGER NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL
);

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

ALTER TABLE task_history ADD COLUMN IF NOT EXISTS trigger_kind VARCHAR DEFAULT 'MANUAL';

ALTER TABLE task_history ADD COLUMN IF NOT EXISTS model_warning VARCHAR;

CREATE TABLE IF NOT EXISTS leadpipe_columns (
  table_name VARCHAR NOT NULL,
  column_name VARCHAR NOT NULL,
  type VARCHAR NOT NULL,
  declared BOOLEAN NOT NULL,
  PRIMARY KEY (table_name, column_name)
);
