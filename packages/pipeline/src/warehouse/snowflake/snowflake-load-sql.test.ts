/**
 * The Snowflake load SQL (PUT, COPY, the exactly-once check and the load history row, the storage
 * integration, the S3 stage and the pipes, the reconciliation of pipe loads), compared with `__sql__/*.sql`.
 */
import { describe, expect, it } from 'vitest';
import { sqlFileText } from '../../../test/sql-snapshot.ts';
import {
  INSERT_LOAD_HISTORY_SQL,
  LOAD_LOCK_SQL,
  copyDataSql,
  copyRejectsSql,
  isLoadedSql,
  pipesDdl,
  putSql,
  reconcilePipeLoadsSql,
  removeLoadSql,
  s3ObjectsDdl,
  validateProcedureSql,
} from './snowflake-load-sql.ts';

const KEY = 'prospect_id';
const LOAD_ID = '0b7e9c1a-5f4e-4a51-9d55-3c8f2a1b6e70';
const ROLE = 'arn:aws:iam::123456789012:role/leadpipe-snowflake';

const SNAPSHOTS: [string, () => string | readonly string[]][] = [
  ['put', () => putSql('/data/stage/data/leads 2024.csv.ndjson', LOAD_ID, 'data')],
  [
    'copy',
    () => [
      copyDataSql("O'Brien leads.csv", LOAD_ID),
      copyRejectsSql("O'Brien leads.csv", LOAD_ID),
      removeLoadSql(LOAD_ID),
    ],
  ],
  ['exactly-once', () => [LOAD_LOCK_SQL, isLoadedSql(false), INSERT_LOAD_HISTORY_SQL]],
  [
    's3-objects',
    () =>
      s3ObjectsDdl({
        integration: 's3_leads_integration',
        roleArn: ROLE,
        stageUrl: 's3://acme-leads/incoming/_leadpipe/stage/',
      }),
  ],
  ['pipes', () => pipesDdl()],
  ['reconcile-pipe-loads', () => reconcilePipeLoadsSql()],
  [
    'validate-procedure',
    () =>
      validateProcedureSql(
        [
          { name: 'prospect_id', type: 'string', declared: true },
          { name: 'total_visits', type: 'integer', declared: true },
          { name: 'converted', type: 'boolean', declared: true },
          { name: 'utm_campaign', type: 'string', declared: false },
        ],
        KEY,
        true,
      ),
  ],
];

describe('the Snowflake load SQL', () => {
  for (const [name, sql] of SNAPSHOTS) {
    it(`writes ${name} as in __sql__/${name}.sql`, async () => {
      await expect(sqlFileText(sql())).toMatchFileSnapshot(`./__sql__/${name}.sql`);
    });
  }
});
