import { describe, expect, it } from 'vitest';
import type { ScoringSql } from '../warehouse.ts';
import {
  StandInSession,
  expectHeads,
  registry,
  schema,
  settings,
  warehouse,
} from '../../../test/snowflake-stand-in.ts';
import { loadConfigOrThrow } from '../../config/config.ts';
import { describeWarehouseContract } from '../../../test/warehouse-contract.ts';
import { SNOWFLAKE_REQUIRED, hasSnowflakeCredentials } from './snowflake-connection.ts';
import { SNOWFLAKE_CAPABILITIES, SnowflakeWarehouse } from './snowflake-warehouse.ts';

describe('SnowflakeWarehouse with a stand-in connection', () => {
  it('creates every core object on first init, registers the declared columns and stores the plan hash', async () => {
    const session = new StandInSession();
    await warehouse(session).init(schema, 'prospect_id');
    const heads = session.heads();
    expectHeads(heads.slice(0, 1), [
      'CREATE TABLE IF NOT EXISTS "LEADPIPE_META" ("KEY" VARCHAR NOT NULL PRIMARY KEY',
    ]);
    for (const object of [
      '"LEADS_RAW"',
      '"LEADS_FINAL"',
      '"LEADS_RAW_STREAM"',
      '"LEADPIPE_RUN_TASK"',
      '"LEADS_MERGE_TASK"',
    ])
      expect(
        session.statements.some((s) => s.sql.includes(object)),
        object,
      ).toBe(true);
    expect(session.find('INSERT INTO "LEADPIPE_COLUMNS"')).toHaveLength(schema.columns.length);
    expect(session.find('INSERT INTO "LEADPIPE_COLUMNS"')[0]?.binds).toEqual([
      'prospect_id',
      'string',
      true,
      1,
    ]);
    expect(
      session
        .find('MERGE INTO "LEADPIPE_META"')
        .filter((s) => s.binds.length)
        .map((s) => s.binds[0]),
    ).toEqual(['key', 'ddl_hash']);
    // Without AUTO_INGEST the native tasks are created but not started.
    expect(session.find('RESUME')).toHaveLength(0);
  });

  it('runs no DDL on init when the stored plan hash matches', async () => {
    const first = new StandInSession();
    await warehouse(first).init(schema, 'prospect_id');
    const hash = first.find('MERGE INTO "LEADPIPE_META"').find((s) => s.binds[0] === 'ddl_hash')?.binds[1];
    const declared = schema.columns.map((c, i) => ({
      COLUMN_NAME: c.name,
      TYPE: c.type,
      DECLARED: true,
      POSITION: i + 1,
    }));
    const again = new StandInSession()
      .on('FROM "LEADPIPE_META"', [
        { KEY: 'key', VALUE: 'prospect_id' },
        { KEY: 'ddl_hash', VALUE: String(hash) },
      ])
      .on('FROM "LEADPIPE_COLUMNS"', declared);
    await warehouse(again).init(schema, 'prospect_id');
    expectHeads(again.heads(), [
      'CREATE TABLE IF NOT EXISTS "LEADPIPE_META" ("KEY" VARCHAR NOT NULL PRIMARY KEY, "VALUE"',
      'SELECT "KEY", "VALUE" FROM "LEADPIPE_META"',
      'SELECT "COLUMN_NAME", "TYPE", "DECLARED" FROM "LEADPIPE_COLUMNS" WHERE "TABLE_NAME" = ',
    ]);
  });

  it('refuses to init a warehouse keyed by another column', async () => {
    const session = new StandInSession().on('FROM "LEADPIPE_META"', [{ KEY: 'key', VALUE: 'lead_number' }]);
    await expect(warehouse(session).init(schema, 'prospect_id')).rejects.toMatchObject({
      code: 'E_KEY_CHANGED',
    });
  });

  it("stores the home's settings as rows of LEADPIPE_SETTINGS in one transaction and reads them back", async () => {
    const session = new StandInSession();
    await warehouse(session).saveHomeSettings({
      key: 'lead_id',
      keyFrom: 'row',
      label: 'revenue',
      nullTokens: ['unknown'],
      schema: 'inferred',
    });
    expect(session.find('CREATE TABLE IF NOT EXISTS "LEADPIPE_SETTINGS"')).toHaveLength(1);
    const inserts = session.find('INSERT INTO "LEADPIPE_SETTINGS"').map((s) => s.binds);
    expect(inserts).toEqual([
      ['key', 'lead_id'],
      ['key_from', 'row'],
      ['null_tokens', '["unknown"]'],
      ['schema', 'inferred'],
      ['label', 'revenue'],
    ]);
    const order = session.statements.map((s) => s.sql);
    expect(order.findIndex((s) => s.startsWith('DELETE FROM "LEADPIPE_SETTINGS"'))).toBeLessThan(
      order.findIndex((s) => s.startsWith('INSERT INTO "LEADPIPE_SETTINGS"')),
    );

    // Before init (no table) there are none; with rows, they read back.
    expect(await warehouse(new StandInSession()).homeSettings()).toBeUndefined();
    const stored = new StandInSession().on('INFORMATION_SCHEMA.TABLES', [{ N: 1 }]).on(
      'FROM "LEADPIPE_SETTINGS"',
      inserts.map(([NAME, VALUE]) => ({ NAME, VALUE })),
    );
    expect(await warehouse(stored).homeSettings()).toEqual({
      key: 'lead_id',
      keyFrom: 'row',
      label: 'revenue',
      nullTokens: ['unknown'],
      schema: 'inferred',
    });
  });

  it('applies what init does not (scoring UDFs, integration, S3 stage, pipes, task start), fixes the drift it read first, and reads the AWS values', async () => {
    const scoring: ScoringSql = {
      version: 'm1',
      kind: 'rules',
      body: '{}',
      select: 'SELECT 1',
      batchSelect: 'SELECT 1',
      grade: "'A'",
    };
    const session = new StandInSession()
      .on('FROM "LEADPIPE_COLUMNS"', registry)
      .on('DESC STORAGE INTEGRATION', [
        { property: 'STORAGE_AWS_IAM_USER_ARN', property_value: 'arn:aws:iam::999:user/sf' },
        { property: 'STORAGE_AWS_EXTERNAL_ID', property_value: 'ACME_SFCRole=1_abc' },
      ])
      // The stage still points at the bucket of an earlier configuration.
      .on('DESC STAGE', [
        {
          parent_property: 'STAGE_LOCATION',
          property: 'URL',
          property_value: '["s3://old-leads/incoming/_leadpipe/stage/"]',
        },
      ])
      .on('SHOW PIPES', [
        { name: 'LEADS_PIPE', notification_channel: 'arn:aws:sqs:us-east-1:999:sf-snowpipe-AIDA' },
      ]);
    const wh = new SnowflakeWarehouse(session, {
      settings: { ...settings, autoIngest: true, storageAwsRoleArn: 'arn:aws:iam::123:role/leadpipe' },
      s3: { bucket: 'acme-leads', prefix: 'incoming/' },
      suspendAfterFailures: 3,
    });
    const applied = await wh.applyPlan(scoring);
    expect(applied).toEqual({
      statements: expect.any(Number),
      drift: [
        expect.objectContaining({
          object: 'LEADS_S3_STAGE',
          setting: 'URL',
          current: 's3://old-leads/incoming/_leadpipe/stage/',
          wanted: 's3://acme-leads/incoming/_leadpipe/stage/',
        }),
      ],
      iamUserArn: 'arn:aws:iam::999:user/sf',
      externalId: 'ACME_SFCRole=1_abc',
      queueArn: 'arn:aws:sqs:us-east-1:999:sf-snowpipe-AIDA',
    });
    expectHeads(session.heads().slice(1), [
      'DESC FILE FORMAT "LEADPIPE_NDJSON"',
      'DESC FILE FORMAT "LEADPIPE_NDJSON_GZIP"',
      'DESC STORAGE INTEGRATION "S3_LEADS_INTEGRATION"',
      'DESC STAGE "LEADS_S3_STAGE"',
      "SHOW PIPES LIKE 'LEADS_PIPE'",
      "SHOW PIPES LIKE 'LOAD_ERRORS_PIPE'",
      'CREATE STORAGE INTEGRATION IF NOT EXISTS "S3_LEADS_INTEGRATION"',
      'CREATE STAGE IF NOT EXISTS "LEADS_S3_STAGE"',
      'CREATE PIPE IF NOT EXISTS "LEADS_PIPE"',
      'CREATE PIPE IF NOT EXISTS "LOAD_ERRORS_PIPE"',
      'CREATE OR REPLACE FUNCTION "LEADPIPE_GRADE"',
      'CREATE OR REPLACE FUNCTION "LEADPIPE_SCORE"()',
      'ALTER TASK "LEADPIPE_SCORING_TASK" RESUME',
      'ALTER TASK "LEADS_MERGE_TASK" RESUME',
      `ALTER STAGE "LEADS_S3_STAGE" SET URL = 's3://acme-leads/incoming/_leadpipe/stage/' STORAGE_INTEGRATION = "S3_LEADS_INTEGRATION"`,
      'DESC STORAGE INTEGRATION "S3_LEADS_INTEGRATION"',
      "SHOW PIPES LIKE 'LEADS_PIPE'",
    ]);
  });
});

describe('Snowflake capabilities', () => {
  it('has native change capture, VARIANT documents and the snowflake SQL dialect (shared code reads these, not the name)', () => {
    expect([
      SNOWFLAKE_CAPABILITIES.nativeChangeCapture,
      SNOWFLAKE_CAPABILITIES.documentType,
      SNOWFLAKE_CAPABILITIES.sqlDialect,
    ]).toEqual([true, 'VARIANT', 'snowflake']);
  });
});

// The shared contract against a real account, in a schema of its own that is dropped afterwards.
const live = loadConfigOrThrow();
describeWarehouseContract(
  'SnowflakeWarehouse',
  async () => {
    const warehouse = await SnowflakeWarehouse.open(live);
    const schemaName = `LEADPIPE_CONTRACT_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
    await warehouse.runStatements([
      `CREATE SCHEMA IF NOT EXISTS "${schemaName}"`,
      `USE SCHEMA "${schemaName}"`,
    ]);
    return {
      warehouse,
      cleanup: async () => {
        const again = await SnowflakeWarehouse.open(live);
        await again.runStatements([`DROP SCHEMA IF EXISTS "${schemaName}"`]).finally(() => again.close());
      },
    };
  },
  hasSnowflakeCredentials(live.snowflake)
    ? undefined
    : `set ${SNOWFLAKE_REQUIRED} to run it against an account`,
);
