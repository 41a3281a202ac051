CREATE OR REPLACE TEMP TABLE leadpipe_batch_match AS
SELECT b.raw_id, b."prospect_id", f."row_hash" AS __stored_hash, f."first_seen_at" AS __first_seen FROM (
SELECT raw_id, "prospect_id" FROM (
  SELECT
    r."prospect_id",
    r."total_visits",
    x."utm_campaign" AS "utm_campaign",
    CASE lower(x."is_partner") WHEN 'yes' THEN TRUE WHEN 'y' THEN TRUE WHEN 'no' THEN FALSE WHEN 'n' THEN FALSE ELSE TRY_CAST(x."is_partner" AS BOOLEAN) END AS "is_partner",
    source_file,
    raw_id
  FROM (
    SELECT r.*, r.file_name AS source_file, json_transform(r.extra, '{"utm_campaign":"VARCHAR","is_partner":"VARCHAR"}') AS x
    FROM leads_raw_rows AS r
    WHERE r.raw_id > 1000 AND r.raw_id <= 2001
  ) AS r
)
QUALIFY row_number() OVER (PARTITION BY "prospect_id" ORDER BY raw_id DESC) = 1
) AS b LEFT JOIN leads_final AS f ON f."prospect_id" = b."prospect_id";

CREATE OR REPLACE TEMP TABLE leadpipe_batch_keys AS
SELECT b.raw_id, b."prospect_id", b.row_hash, m.__stored_hash, m.__first_seen FROM (
SELECT t.raw_id, t."prospect_id", md5(concat(CASE WHEN t."is_partner" THEN '10:is_partner4:true' WHEN NOT t."is_partner" THEN '10:is_partner5:false' END, CASE WHEN t."prospect_id" IS NOT NULL THEN '11:prospect_id' END, length(t."prospect_id"), CASE WHEN t."prospect_id" IS NOT NULL THEN ':' END, t."prospect_id", CASE WHEN t."total_visits" IS NOT NULL THEN '12:total_visits' END, length(CAST(t."total_visits" AS VARCHAR)), CASE WHEN t."total_visits" IS NOT NULL THEN ':' END, CAST(t."total_visits" AS VARCHAR), CASE WHEN t."utm_campaign" IS NOT NULL THEN '12:utm_campaign' END, length(t."utm_campaign"), CASE WHEN t."utm_campaign" IS NOT NULL THEN ':' END, t."utm_campaign")) AS row_hash FROM (
  SELECT
    r."prospect_id",
    r."total_visits",
    x."utm_campaign" AS "utm_campaign",
    CASE lower(x."is_partner") WHEN 'yes' THEN TRUE WHEN 'y' THEN TRUE WHEN 'no' THEN FALSE WHEN 'n' THEN FALSE ELSE TRY_CAST(x."is_partner" AS BOOLEAN) END AS "is_partner",
    source_file,
    raw_id
  FROM (
    SELECT r.*, r.file_name AS source_file, json_transform(r.extra, '{"utm_campaign":"VARCHAR","is_partner":"VARCHAR"}') AS x
    FROM leads_raw_rows AS r
    WHERE r.raw_id > 1000 AND r.raw_id <= 2001
  ) AS r
) AS t SEMI JOIN leadpipe_batch_match AS m ON m.raw_id = t.raw_id AND m."prospect_id" = t."prospect_id"
) AS b JOIN leadpipe_batch_match AS m ON m.raw_id = b.raw_id AND m."prospect_id" = b."prospect_id";

CREATE OR REPLACE TEMP TABLE leadpipe_batch_keys AS
SELECT b.raw_id, b."prospect_id", CASE WHEN b.__stored_hash IS NOT NULL
    AND b."is_partner" IS NOT DISTINCT FROM f."is_partner"
    AND b."prospect_id" IS NOT DISTINCT FROM f."prospect_id"
    AND b."total_visits" IS NOT DISTINCT FROM f."total_visits"
    AND b."utm_campaign" IS NOT DISTINCT FROM f."utm_campaign"
  THEN b.__stored_hash ELSE md5(concat(CASE WHEN b."is_partner" THEN '10:is_partner4:true' WHEN NOT b."is_partner" THEN '10:is_partner5:false' END, CASE WHEN b."prospect_id" IS NOT NULL THEN '11:prospect_id' END, length(b."prospect_id"), CASE WHEN b."prospect_id" IS NOT NULL THEN ':' END, b."prospect_id", CASE WHEN b."total_visits" IS NOT NULL THEN '12:total_visits' END, length(CAST(b."total_visits" AS VARCHAR)), CASE WHEN b."total_visits" IS NOT NULL THEN ':' END, CAST(b."total_visits" AS VARCHAR), CASE WHEN b."utm_campaign" IS NOT NULL THEN '12:utm_campaign' END, length(b."utm_campaign"), CASE WHEN b."utm_campaign" IS NOT NULL THEN ':' END, b."utm_campaign")) END AS row_hash, b.__stored_hash, b.__first_seen FROM (
SELECT t.*, m.__stored_hash, m.__first_seen FROM (
  SELECT
    r."prospect_id",
    r."total_visits",
    x."utm_campaign" AS "utm_campaign",
    CASE lower(x."is_partner") WHEN 'yes' THEN TRUE WHEN 'y' THEN TRUE WHEN 'no' THEN FALSE WHEN 'n' THEN FALSE ELSE TRY_CAST(x."is_partner" AS BOOLEAN) END AS "is_partner",
    source_file,
    raw_id
  FROM (
    SELECT r.*, r.file_name AS source_file, json_transform(r.extra, '{"utm_campaign":"VARCHAR","is_partner":"VARCHAR"}') AS x
    FROM leads_raw_rows AS r
    WHERE r.raw_id > 1000 AND r.raw_id <= 2001
  ) AS r
) AS t JOIN leadpipe_batch_match AS m ON m.raw_id = t.raw_id AND m."prospect_id" = t."prospect_id"
) AS b LEFT JOIN leads_final AS f ON f."prospect_id" = b."prospect_id";

CREATE OR REPLACE TEMP VIEW leadpipe_batch AS
SELECT t.*, b.row_hash, b.__stored_hash, b.__first_seen,
  {'prospect_id': t."prospect_id", 'total_visits': t."total_visits", 'utm_campaign': t."utm_campaign", 'is_partner': t."is_partner", 'row_hash': b.row_hash, 'source_file': t.source_file, '__first_seen': b.__first_seen} AS __row FROM (
  SELECT
    r."prospect_id",
    r."total_visits",
    x."utm_campaign" AS "utm_campaign",
    CASE lower(x."is_partner") WHEN 'yes' THEN TRUE WHEN 'y' THEN TRUE WHEN 'no' THEN FALSE WHEN 'n' THEN FALSE ELSE TRY_CAST(x."is_partner" AS BOOLEAN) END AS "is_partner",
    source_file,
    raw_id
  FROM (
    SELECT r.*, r.file_name AS source_file, json_transform(r.extra, '{"utm_campaign":"VARCHAR","is_partner":"VARCHAR"}') AS x
    FROM leads_raw_rows AS r
    WHERE r.raw_id > 1000 AND r.raw_id <= 2001
  ) AS r
) AS t JOIN leadpipe_batch_keys AS b ON b.raw_id = t.raw_id AND b."prospect_id" = t."prospect_id";
