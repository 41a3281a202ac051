CREATE OR REPLACE TEMPORARY TABLE "LEADPIPE_BATCH" (
  "prospect_id" VARCHAR,
  "total_visits" NUMBER(38,0),
  "utm_campaign" VARCHAR,
  "is_partner" BOOLEAN,
  "row_hash" VARCHAR,
  "source_file" VARCHAR
);

INSERT INTO "LEADPIPE_BATCH" ("prospect_id", "total_visits", "utm_campaign", "is_partner", "row_hash", "source_file")
SELECT
  r."DATA":"prospect_id"::VARCHAR,
  r."DATA":"total_visits"::NUMBER(38,0),
  r."DATA":"utm_campaign"::VARCHAR,
  CASE LOWER(r."DATA":"is_partner"::VARCHAR) WHEN 'yes' THEN TRUE WHEN 'y' THEN TRUE WHEN 'no' THEN FALSE WHEN 'n' THEN FALSE ELSE TRY_CAST(r."DATA":"is_partner"::VARCHAR AS BOOLEAN) END,
  MD5(TO_JSON(r."DATA")),
  r."FILE_NAME"
FROM "LEADS_RAW_STREAM" AS r
QUALIFY ROW_NUMBER() OVER (PARTITION BY r."DATA":"prospect_id"::VARCHAR ORDER BY r."LOADED_AT" DESC, r."FILE_ROW_NUMBER" DESC, r."LOAD_ID" DESC) = 1;
