CREATE OR REPLACE PROCEDURE "LEADPIPE_VALIDATE_STAGED_FILE"("FILE_NAME" VARCHAR, "LOAD" BOOLEAN)
RETURNS VARIANT
LANGUAGE SQL
EXECUTE AS CALLER
COMMENT = 'leadpipe: validate one staged file (rows, columns, key, types); load it when valid and asked to'
AS $$
DECLARE
  v_rows INTEGER DEFAULT 0;
  v_not_documents INTEGER DEFAULT 0;
  v_without_key INTEGER DEFAULT 0;
  v_type_error_rows INTEGER DEFAULT 0;
  v_type_errors OBJECT;
  v_columns ARRAY;
  v_content_key VARCHAR;
  v_missing ARRAY;
  v_undeclared ARRAY;
  v_valid BOOLEAN DEFAULT FALSE;
  v_loaded INTEGER DEFAULT 0;
  v_already INTEGER DEFAULT 0;
  v_reason VARCHAR;
BEGIN
  SELECT COUNT(*),
      COUNT_IF(s."DOC":"l" IS NULL OR TYPEOF(s."DOC":"d") <> 'OBJECT'),
      COUNT_IF(s."DOC":"d":"prospect_id" IS NULL OR IS_NULL_VALUE(s."DOC":"d":"prospect_id") OR TRIM(s."DOC":"d":"prospect_id"::VARCHAR) = ''),
      COUNT_IF((s."DOC":"d":"total_visits" IS NOT NULL AND NOT IS_NULL_VALUE(s."DOC":"d":"total_visits") AND TRY_CAST(s."DOC":"d":"total_visits"::VARCHAR AS NUMBER(38,0)) IS NULL) OR (s."DOC":"d":"converted" IS NOT NULL AND NOT IS_NULL_VALUE(s."DOC":"d":"converted") AND TRY_CAST(s."DOC":"d":"converted"::VARCHAR AS BOOLEAN) IS NULL)),
      OBJECT_CONSTRUCT('total_visits', NULLIF(COUNT_IF((s."DOC":"d":"total_visits" IS NOT NULL AND NOT IS_NULL_VALUE(s."DOC":"d":"total_visits") AND TRY_CAST(s."DOC":"d":"total_visits"::VARCHAR AS NUMBER(38,0)) IS NULL)), 0), 'converted', NULLIF(COUNT_IF((s."DOC":"d":"converted" IS NOT NULL AND NOT IS_NULL_VALUE(s."DOC":"d":"converted") AND TRY_CAST(s."DOC":"d":"converted"::VARCHAR AS BOOLEAN) IS NULL)), 0)),
      COALESCE(ARRAY_UNION_AGG(OBJECT_KEYS(s."DOC":"d")), ARRAY_CONSTRUCT()),
      MAX(s."CONTENT_KEY")
    INTO :v_rows, :v_not_documents, :v_without_key, :v_type_error_rows, :v_type_errors, :v_columns, :v_content_key
    FROM (
      SELECT METADATA$FILENAME AS "F", $1 AS "DOC", METADATA$FILE_CONTENT_KEY AS "CONTENT_KEY" FROM @"LEADPIPE_STAGE" (FILE_FORMAT => 'LEADPIPE_NDJSON_GZIP')
      UNION ALL SELECT METADATA$FILENAME AS "F", $1 AS "DOC", METADATA$FILE_CONTENT_KEY AS "CONTENT_KEY" FROM @"LEADS_S3_STAGE"/data/ (FILE_FORMAT => 'LEADPIPE_NDJSON')
    ) AS s
    WHERE s."F" = :FILE_NAME;
  v_missing := ARRAY_EXCEPT(ARRAY_CONSTRUCT('prospect_id', 'total_visits', 'converted'), v_columns);
  v_undeclared := ARRAY_EXCEPT(v_columns, ARRAY_CONSTRUCT('prospect_id', 'total_visits', 'converted'));
  v_valid := (v_rows > 0 AND v_not_documents = 0 AND v_without_key = 0 AND v_type_error_rows = 0);
  v_reason := CASE
    WHEN v_rows = 0 THEN 'no staged file at this path (or it is empty)'
    WHEN v_not_documents > 0 THEN 'lines that are not leadpipe documents'
    WHEN v_without_key > 0 THEN 'rows without a key'
    WHEN v_type_error_rows > 0 THEN 'values that do not fit their declared type'
    ELSE NULL END;
  IF (v_valid AND LOAD) THEN
    SELECT COUNT(*) INTO :v_already FROM "LEADS_RAW" WHERE "LOAD_ID" = :FILE_NAME;
    IF (v_already > 0) THEN
      v_reason := 'already loaded';
    ELSE
      BEGIN TRANSACTION;
      INSERT INTO "LEADS_RAW" ("FILE_NAME", "FILE_ROW_NUMBER", "DATA", "LOAD_ID", "LOADED_AT")
        SELECT CASE WHEN STARTSWITH(s."F", 'loads/') THEN REGEXP_REPLACE(SPLIT_PART(s."F", '/', -1), '[.]ndjson([.]gz)?$', '') ELSE SPLIT_PART(s."F", '/', -2) END, s."DOC":"l"::NUMBER(38,0), s."DOC":"d", s."F", CURRENT_TIMESTAMP()
        FROM (
          SELECT METADATA$FILENAME AS "F", $1 AS "DOC", METADATA$FILE_CONTENT_KEY AS "CONTENT_KEY" FROM @"LEADPIPE_STAGE" (FILE_FORMAT => 'LEADPIPE_NDJSON_GZIP')
      UNION ALL SELECT METADATA$FILENAME AS "F", $1 AS "DOC", METADATA$FILE_CONTENT_KEY AS "CONTENT_KEY" FROM @"LEADS_S3_STAGE"/data/ (FILE_FORMAT => 'LEADPIPE_NDJSON')
        ) AS s
        WHERE s."F" = :FILE_NAME;
      v_loaded := SQLROWCOUNT;
      INSERT INTO "LOAD_HISTORY" ("LOAD_ID", "FILE_NAME", "STAGE_LOCATION", "CHECKSUM", "FILE_SIZE", "STATUS", "REASON", "ROW_COUNT", "ROW_PARSED", "ERROR_COUNT", "LAST_LOAD_TIME")
        SELECT :FILE_NAME, CASE WHEN STARTSWITH(:FILE_NAME, 'loads/') THEN REGEXP_REPLACE(SPLIT_PART(:FILE_NAME, '/', -1), '[.]ndjson([.]gz)?$', '') ELSE SPLIT_PART(:FILE_NAME, '/', -2) END, CASE WHEN STARTSWITH(:FILE_NAME, 'loads/') THEN '@"LEADPIPE_STAGE"' ELSE '@"LEADS_S3_STAGE"' END || '/' || :FILE_NAME, COALESCE(:v_content_key, ''), 0, 'LOADED', 'loaded by LEADPIPE_VALIDATE_STAGED_FILE', :v_loaded, :v_rows, 0, CURRENT_TIMESTAMP();
      COMMIT;
    END IF;
  END IF;
  RETURN OBJECT_CONSTRUCT_KEEP_NULL('file', FILE_NAME, 'valid', v_valid, 'reason', v_reason, 'rows', v_rows,
    'not_documents', v_not_documents, 'rows_without_key', v_without_key, 'rows_with_type_errors', v_type_error_rows,
    'type_errors', v_type_errors, 'columns', v_columns, 'missing_declared_columns', v_missing,
    'undeclared_columns', v_undeclared, 'loaded', v_loaded);
EXCEPTION
  WHEN OTHER THEN
    ROLLBACK;
    RAISE;
END;
$$;
