ALTER TABLE "LEADS_FINAL" ADD COLUMN IF NOT EXISTS "utm_source" VARCHAR;

ALTER TABLE "LEADS_FINAL" DROP COLUMN IF EXISTS "utm_campaign__widen";

ALTER TABLE "LEADS_FINAL" ADD COLUMN "utm_campaign__widen" FLOAT;

UPDATE "LEADS_FINAL" SET "utm_campaign__widen" = CAST("utm_campaign" AS FLOAT);

ALTER TABLE "LEADS_FINAL" DROP COLUMN "utm_campaign";

ALTER TABLE "LEADS_FINAL" RENAME COLUMN "utm_campaign__widen" TO "utm_campaign";
