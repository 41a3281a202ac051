SELECT
  count(*) FILTER (WHERE __stored_hash IS NULL) AS inserted,
  count(*) FILTER (WHERE __stored_hash <> row_hash) AS updated,
  count(*) FILTER (WHERE __stored_hash = row_hash) AS unchanged
FROM leadpipe_batch_keys;
