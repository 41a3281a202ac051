CREATE TABLE IF NOT EXISTS leads_raw_rows (
  raw_id BIGINT NOT NULL,
  file_name VARCHAR NOT NULL,
  file_row_number BIGINT NOT NULL,
  load_id VARCHAR NOT NULL,
  loaded_at TIMESTAMPTZ NOT NULL,
  "prospect_id" VARCHAR,
  "total_visits" BIGINT,
  extra JSON,
  err_column VARCHAR,
  err_reason VARCHAR,
  err_raw VARCHAR
);

CREATE OR REPLACE VIEW leads_raw AS
SELECT raw_id, file_name, file_row_number,
  json_merge_patch(json_merge_patch('{}', json_object('prospect_id', "prospect_id", 'total_visits', "total_visits")), coalesce(extra, '{}')) AS data,
  load_id, loaded_at
FROM leads_raw_rows;
