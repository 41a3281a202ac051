CREATE TABLE IF NOT EXISTS "LEADS_FINAL" (
  "prospect_id" VARCHAR NOT NULL,
  "total_visits" NUMBER(38,0),
  "utm_campaign" VARCHAR,
  "is_partner" BOOLEAN,
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
