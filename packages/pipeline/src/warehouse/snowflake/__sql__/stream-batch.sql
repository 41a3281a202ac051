CREATE OR REPLACE TEMPORARY TABLE "LEADPIPE_BATCH" (
  "prospect_id" VARCHAR,
  "total_visits" NUMBER(38,0),
  "utm_campaign" VARCHAR,
  "is_partner" BOOLEAN,
  "row_hash" VARCHAR,
  "source_file" VARCHAR
);

INSERT INTO "LEADPIPE_BATCH" ("prospect_id", "total_visits", "utm_campaign", "is_partner", "row_hash", "source_file")
SELECT t."prospect_id", t."total_visits", t."utm_campaign", t."is_partner",
  MD5(TO_JSON(OBJECT_CONSTRUCT('is_partner', t."is_partner", 'prospect_id', t."prospect_id", 'total_visits', t."total_visits", 'utm_campaign', t."utm_campaign"))),
  t."__source_file"
FROM (
  SELECT
    r."DATA":"prospect_id"::VARCHAR AS "prospect_id",
    r."DATA":"total_visits"::NUMBER(38,0) AS "total_visits",
    r."DATA":"utm_campaign"::VARCHAR AS "utm_campaign",
    CASE LOWER(r."DATA":"is_partner"::VARCHAR) WHEN 'yes' THEN TRUE WHEN 'y' THEN TRUE WHEN 'no' THEN FALSE WHEN 'n' THEN FALSE ELSE TRY_CAST(r."DATA":"is_partner"::VARCHAR AS BOOLEAN) END AS "is_partner",
    r."FILE_NAME" AS "__source_file"
  FROM "LEADPIPE_BACKLOG" AS r
  WHERE r."ROW_ID" <= :v_to
  QUALIFY ROW_NUMBER() OVER (PARTITION BY r."DATA":"prospect_id"::VARCHAR ORDER BY r."ROW_ID" DESC) = 1
) AS t;
