MERGE INTO "LEADS_FINAL" AS f
USING "LEADPIPE_BATCH" AS b
ON f."prospect_id" = b."prospect_id"
WHEN MATCHED THEN UPDATE SET
  "total_visits" = b."total_visits",
  "utm_campaign" = b."utm_campaign",
  "is_partner" = b."is_partner",
  "row_hash" = b."row_hash",
  "source_file" = b."source_file",
  "probability" = NULL,
  "score" = NULL,
  "grade" = NULL,
  "reasons" = NULL,
  "model_version" = NULL,
  "scored_at" = NULL,
  "updated_at" = CURRENT_TIMESTAMP()
WHEN NOT MATCHED THEN INSERT ("prospect_id", "total_visits", "utm_campaign", "is_partner", "row_hash", "source_file", "first_seen_at", "updated_at")
VALUES (b."prospect_id", b."total_visits", b."utm_campaign", b."is_partner", b."row_hash", b."source_file", CURRENT_TIMESTAMP(), CURRENT_TIMESTAMP());
