CREATE TABLE IF NOT EXISTS leads_final (
  "prospect_id" VARCHAR NOT NULL,
  "total_visits" BIGINT,
  "utm_campaign" VARCHAR,
  "is_partner" BOOLEAN,
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
