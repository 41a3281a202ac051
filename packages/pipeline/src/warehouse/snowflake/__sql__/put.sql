PUT 'file:///data/stage/data/leads 2024.csv.ndjson' @"LEADPIPE_STAGE"/loads/0b7e9c1a-5f4e-4a51-9d55-3c8f2a1b6e70/data/ AUTO_COMPRESS = TRUE SOURCE_COMPRESSION = NONE OVERWRITE = TRUE;
