DELETE FROM leadpipe_batch_keys WHERE __stored_hash = row_hash;
