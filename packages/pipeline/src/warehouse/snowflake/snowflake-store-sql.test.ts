/**
 * The Snowflake scoring store SQL (models, overrides, score history, the view of leads to score,
 * apply_scoring as statements, the scoring UDFs of a model), compared with
 * `__sql__/*.sql`.
 */
import { describe, expect, it } from 'vitest';
import { sqlFileText } from '../../../test/sql-snapshot.ts';
import type { ScoringSql } from '../warehouse.ts';
import {
  SCORED_TABLE_SQL,
  applyScoringStatements,
  scoringDdl,
  scoringFunctionsSql,
} from './snowflake-store-sql.ts';

const KEY = 'prospect_id';
/** A compiled model stand-in: the UDFs wrap its SELECT and grade expression as given. */
const scoring: ScoringSql = {
  version: 'rules-tiny-1',
  kind: 'rules',
  body: '{}',
  select:
    'SELECT "prospect_id", model_version, probability, score, grade, reasons FROM <scored leads_to_score>',
  batchSelect: 'SELECT * FROM <scored leadpipe_batch>',
  grade: `CASE WHEN score >= 7.5e+1 THEN 'A' ELSE 'D' END`,
};

const SNAPSHOTS: [string, () => string | readonly string[]][] = [
  ['scoring-tables', () => scoringDdl()],
  ['apply-scoring', () => [SCORED_TABLE_SQL, ...applyScoringStatements(KEY)]],
  ['scoring-functions', () => scoringFunctionsSql(scoring, KEY)],
];

describe('the Snowflake scoring store SQL', () => {
  for (const [name, sql] of SNAPSHOTS) {
    it(`writes ${name} as in __sql__/${name}.sql`, async () => {
      await expect(sqlFileText(sql())).toMatchFileSnapshot(`./__sql__/${name}.sql`);
    });
  }
});
