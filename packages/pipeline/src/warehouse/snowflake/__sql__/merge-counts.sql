SELECT COUNT_IF(f."prospect_id" IS NULL), COUNT_IF(f."prospect_id" IS NOT NULL AND f."row_hash" <> b."row_hash"), COUNT_IF(f."prospect_id" IS NOT NULL AND f."row_hash" = b."row_hash")
INTO :v_inserted, :v_updated, :v_unchanged
FROM "LEADPIPE_BATCH" AS b LEFT JOIN "LEADS_FINAL" AS f ON f."prospect_id" = b."prospect_id";
