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
  MD5(CONCAT(COALESCE('10:is_partner' || TO_VARCHAR(LENGTH(CASE WHEN t."is_partner" THEN 'true' WHEN NOT t."is_partner" THEN 'false' END)) || ':' || CASE WHEN t."is_partner" THEN 'true' WHEN NOT t."is_partner" THEN 'false' END, ''), COALESCE('11:prospect_id' || TO_VARCHAR(LENGTH(t."prospect_id")) || ':' || t."prospect_id", ''), COALESCE('12:total_visits' || TO_VARCHAR(LENGTH(TO_VARCHAR(t."total_visits"))) || ':' || TO_VARCHAR(t."total_visits"), ''), COALESCE('12:utm_campaign' || TO_VARCHAR(LENGTH(t."utm_campaign")) || ':' || t."utm_campaign", ''))),
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
