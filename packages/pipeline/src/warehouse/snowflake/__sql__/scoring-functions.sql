CREATE OR REPLACE FUNCTION "LEADPIPE_GRADE"("SCORE" NUMBER(38,0))
RETURNS VARCHAR
LANGUAGE SQL
COMMENT = 'leadpipe model rules-tiny-1 (rules)'
AS $$
CASE WHEN score >= 7.5e+1 THEN 'A' ELSE 'D' END
$$;

CREATE OR REPLACE FUNCTION "LEADPIPE_SCORE"()
RETURNS TABLE ("LEAD_KEY" VARCHAR, "MODEL_VERSION" VARCHAR, "PROBABILITY" FLOAT, "SCORE" NUMBER(38,0), "GRADE" VARCHAR, "REASONS" VARIANT)
LANGUAGE SQL
COMMENT = 'leadpipe model rules-tiny-1 (rules)'
AS $$
SELECT CAST(__m."prospect_id" AS VARCHAR), __m.model_version, __m.probability, __m.score, __m.grade, TO_VARIANT(__m.reasons)
FROM (SELECT "prospect_id", model_version, probability, score, grade, reasons FROM <scored leads_to_score>) AS __m
$$;
