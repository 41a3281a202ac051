DELETE FROM leads_final WHERE "prospect_id" IN (SELECT "prospect_id" FROM leadpipe_batch_keys WHERE __stored_hash IS NOT NULL);

INSERT INTO leads_final ("prospect_id", "total_visits", "utm_campaign", "is_partner", "row_hash", "source_file", "probability", "score", "grade", "reasons", "model_version", "first_seen_at", "updated_at", "scored_at")
SELECT b."prospect_id", b."total_visits", b."utm_campaign", b."is_partner", b."row_hash", b."source_file", s."probability", s."score", s."grade", s."reasons", s."model_version", coalesce(b.__first_seen, $now), $now, $now
FROM leadpipe_batch AS b
LEFT JOIN leadpipe_scored AS s ON s.lead_key = CAST(b."prospect_id" AS VARCHAR);
