CREATE TABLE IF NOT EXISTS leadpipe_models (
  version VARCHAR PRIMARY KEY,
  kind VARCHAR NOT NULL,
  body JSON NOT NULL,
  active BOOLEAN NOT NULL,
  created_at TIMESTAMPTZ NOT NULL
);

ALTER TABLE leadpipe_models ADD COLUMN IF NOT EXISTS fit_warning JSON;

CREATE TABLE IF NOT EXISTS lead_overrides (
  lead_key VARCHAR PRIMARY KEY,
  score INTEGER NOT NULL,
  reason VARCHAR NOT NULL,
  created_at TIMESTAMPTZ NOT NULL
);

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

CREATE OR REPLACE VIEW leads_to_score AS
SELECT * FROM leads_final
WHERE model_version IS DISTINCT FROM (SELECT version FROM leadpipe_models WHERE active LIMIT 1)
  AND EXISTS (SELECT 1 FROM leadpipe_models WHERE active);

ALTER TABLE leads_final ADD COLUMN IF NOT EXISTS "probability" DOUBLE;

ALTER TABLE leads_final ADD COLUMN IF NOT EXISTS "score" INTEGER;

ALTER TABLE leads_final ADD COLUMN IF NOT EXISTS "grade" VARCHAR;

ALTER TABLE leads_final ADD COLUMN IF NOT EXISTS "reasons" STRUCT(positive STRUCT("log_odds" DOUBLE, "feature" VARCHAR, "label" VARCHAR, "value" VARCHAR, "points" DOUBLE, "text" VARCHAR)[], negative STRUCT("log_odds" DOUBLE, "feature" VARCHAR, "label" VARCHAR, "value" VARCHAR, "points" DOUBLE, "text" VARCHAR)[]);

ALTER TABLE leads_final ADD COLUMN IF NOT EXISTS "model_version" VARCHAR;

ALTER TABLE leads_final ADD COLUMN IF NOT EXISTS "scored_at" TIMESTAMPTZ;
