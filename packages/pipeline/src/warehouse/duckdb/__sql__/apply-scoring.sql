CREATE OR REPLACE TEMP TABLE leadpipe_scored AS
SELECT lead_key, model_version, probability, score, <grade> AS grade, reasons, overridden, override_reason FROM (
  SELECT CAST(s."prospect_id" AS VARCHAR) AS lead_key, s.model_version, s.probability, coalesce(o.score, s.score) AS score,
    CAST(s.reasons AS STRUCT(positive STRUCT("log_odds" DOUBLE, "feature" VARCHAR, "label" VARCHAR, "value" VARCHAR, "points" DOUBLE, "text" VARCHAR)[], negative STRUCT("log_odds" DOUBLE, "feature" VARCHAR, "label" VARCHAR, "value" VARCHAR, "points" DOUBLE, "text" VARCHAR)[])) AS reasons,
    o.lead_key IS NOT NULL AS overridden, o.reason AS override_reason
  FROM (<select>) AS s LEFT JOIN lead_overrides AS o ON o.lead_key = CAST(s."prospect_id" AS VARCHAR)
);

INSERT INTO leads_final BY NAME
SELECT f.* REPLACE (s.probability AS probability, s.score AS score, s.grade AS grade, s.reasons AS reasons,
  s.model_version AS model_version, CAST($now AS TIMESTAMPTZ) AS scored_at)
FROM leads_final AS f JOIN leadpipe_scored AS s ON CAST(f."prospect_id" AS VARCHAR) = s.lead_key;

DELETE FROM leads_final AS f USING leadpipe_scored AS s
WHERE CAST(f."prospect_id" AS VARCHAR) = s.lead_key AND f.model_version IS DISTINCT FROM s.model_version;

INSERT INTO lead_score_history
SELECT lead_key, model_version, probability, score, grade, CASE WHEN overridden THEN 'override' ELSE 'model' END,
  override_reason, $now
FROM leadpipe_scored;
