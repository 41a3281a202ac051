DELETE FROM "LEADPIPE_BATCH" AS b USING "LEADS_FINAL" AS f WHERE f."prospect_id" = b."prospect_id" AND f."row_hash" = b."row_hash";
