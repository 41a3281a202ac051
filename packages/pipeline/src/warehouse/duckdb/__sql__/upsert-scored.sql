INSERT INTO leads_final ("prospect_id", "total_visits", "utm_campaign", "is_partner", "row_hash", "source_file", "probability", "score", "grade", "reasons", "model_version", "first_seen_at", "updated_at", "scored_at")
SELECT struct_extract(__row, 'prospect_id'), struct_extract(__row, 'total_visits'), struct_extract(__row, 'utm_campaign'), struct_extract(__row, 'is_partner'), struct_extract(__row, 'row_hash'), struct_extract(__row, 'source_file'),
  probability, score, CASE WHEN score >= 50 THEN 'A' ELSE 'B' END AS grade, reasons, model_version, coalesce(struct_extract(__row, '__first_seen'), $now), $now, $now
FROM (
  SELECT s.__row, s.model_version, s.probability, coalesce(o.score, s.score) AS score,
    CAST(s.reasons AS STRUCT(positive STRUCT("log_odds" DOUBLE, "feature" VARCHAR, "label" VARCHAR, "value" VARCHAR, "points" DOUBLE, "text" VARCHAR)[], negative STRUCT("log_odds" DOUBLE, "feature" VARCHAR, "label" VARCHAR, "value" VARCHAR, "points" DOUBLE, "text" VARCHAR)[])) AS reasons
  FROM (SELECT "prospect_id", __row, 'v1' AS model_version, 0.5e0 AS probability, 50 AS score, 'B' AS grade, NULL AS reasons FROM leadpipe_batch) AS s LEFT JOIN lead_overrides AS o ON o.lead_key = CAST(s."prospect_id" AS VARCHAR)
) AS s;

INSERT INTO lead_score_history
SELECT CAST(f."prospect_id" AS VARCHAR), f.model_version, f.probability, f.score, f.grade,
  CASE WHEN o.lead_key IS NOT NULL THEN 'override' ELSE 'model' END, o.reason, $now
FROM (SELECT * FROM leads_final WHERE scored_at = CAST($now AS TIMESTAMPTZ)) AS f
SEMI JOIN leadpipe_batch_keys AS b ON b."prospect_id" = f."prospect_id"
LEFT JOIN lead_overrides AS o ON o.lead_key = CAST(f."prospect_id" AS VARCHAR);
