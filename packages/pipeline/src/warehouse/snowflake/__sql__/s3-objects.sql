CREATE STORAGE INTEGRATION IF NOT EXISTS "S3_LEADS_INTEGRATION"
  TYPE = EXTERNAL_STAGE
  STORAGE_PROVIDER = 'S3'
  ENABLED = TRUE
  STORAGE_AWS_ROLE_ARN = 'arn:aws:iam::123456789012:role/leadpipe-snowflake'
  STORAGE_ALLOWED_LOCATIONS = ('s3://acme-leads/incoming/_leadpipe/stage/')
  COMMENT = 'leadpipe: read the S3 stage';

CREATE STAGE IF NOT EXISTS "LEADS_S3_STAGE"
  URL = 's3://acme-leads/incoming/_leadpipe/stage/'
  STORAGE_INTEGRATION = "S3_LEADS_INTEGRATION"
  FILE_FORMAT = (FORMAT_NAME = 'LEADPIPE_NDJSON')
  COMMENT = 'leadpipe: cleaned files of the S3 stage';
