import { describe, expect, it } from 'vitest';
import { loadConfigOrThrow } from '../../config/config.ts';
import { TerminalError } from '../../errors.ts';
import { loadLeadSchemaOrThrow } from '../../formats/lead-schema.ts';
import type { LocalCopy, StagedFile } from '../../stage/stage.ts';
import { StandInSession, sdkError } from '../../../test/snowflake-stand-in.ts';
import { describeWarehouseContract } from '../../../test/warehouse-contract.ts';
import { SNOWFLAKE_REQUIRED, hasSnowflakeCredentials } from './snowflake-connection.ts';
import type { ScoringSql } from '../warehouse.ts';
import {
  SNOWFLAKE_CAPABILITIES,
  SnowflakeWarehouse,
  copyOutcome,
  runTaskOutcome,
} from './snowflake-warehouse.ts';

const schema = loadLeadSchemaOrThrow();
const settings = loadConfigOrThrow({ env: {}, cwd: '/tmp' }).snowflake;

function warehouse(session: StandInSession, overrides: Partial<typeof settings> = {}): SnowflakeWarehouse {
  return new SnowflakeWarehouse(session, {
    settings: { ...settings, ...overrides },
    suspendAfterFailures: 3,
    retry: { attempts: 3, baseDelayMs: 1, maxDelayMs: 2 },
  });
}

function staged(overrides: Partial<StagedFile> = {}): StagedFile {
  return {
    name: 'leads.csv',
    checksum: 'c'.repeat(64),
    size: 120,
    sourceChecksum: 's'.repeat(64),
    sourceSize: 100,
    sourceFormat: 'csv',
    compressed: false,
    stagedAt: '2026-01-01T00:00:00.000Z',
    rowsParsed: 3,
    rowsAccepted: 3,
    rowsRejected: 0,
    columns: ['prospect_id'],
    inferred: {},
    missingRequired: [],
    ...overrides,
  };
}

const copy: LocalCopy = {
  dataPath: '/data/stage/data/leads.csv.ndjson',
  rejectsPath: '/data/stage/rejects/leads.csv.ndjson',
  release: async () => {},
};
const options = { force: false, onError: 'CONTINUE' as const, stageLocation: 'file:///data/stage' };
const registry = [
  { COLUMN_NAME: 'prospect_id', TYPE: 'string', DECLARED: true },
  { COLUMN_NAME: 'total_visits', TYPE: 'integer', DECLARED: true },
  { COLUMN_NAME: 'utm_campaign', TYPE: 'integer', DECLARED: false },
];

/** Asserts that each line starts with its prefix (statements are long; their heads tell them apart). */
function expectHeads(actual: readonly string[], prefixes: readonly string[]): void {
  expect(actual.map((a, i) => a.slice(0, prefixes[i]?.length ?? a.length))).toEqual(prefixes);
}

/** A stand-in that has a registry and answers a COPY of `loaded` rows. */
function loadingSession(loaded = 3): StandInSession {
  return new StandInSession().on('FROM "LEADPIPE_COLUMNS"', registry).on('COPY INTO "LEADS_RAW"', [
    {
      file: 'loads/x/data/leads.csv.ndjson.gz',
      status: 'LOADED',
      rows_parsed: loaded,
      rows_loaded: loaded,
      errors_seen: 0,
    },
  ]);
}

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

  it('PUTs a file into its own stage folder, then COPYs it and records its history in one transaction', async () => {
    const session = loadingSession();
    const result = await warehouse(session).copyInto(staged(), copy, options);
    expect(result).toMatchObject({ file: 'leads.csv', status: 'LOADED', rowsLoaded: 3, errorCount: 0 });
    const loadId = String(result.loadId);
    expectHeads(
      session.heads().filter((h) => !h.startsWith('SELECT')),
      [
        `PUT 'file:///data/stage/data/leads.csv.ndjson' @"LEADPIPE_STAGE"/loads/${loadId}/data/ AUTO_COMPRESS = TRUE`,
        'BEGIN TRANSACTION',
        `UPDATE "LEADPIPE_META" SET "VALUE" = "VALUE" WHERE "KEY" = 'load_lock'`,
        'COPY INTO "LEADS_RAW" ("FILE_NAME", "FILE_ROW_NUMBER", "DATA", "LOAD_ID", "LOAD',
        'INSERT INTO "LOAD_HISTORY" ("LOAD_ID", "FILE_NAME", "STAGE_LOCATION", "CHECKSUM", "F',
        'COMMIT',
        `REMOVE @"LEADPIPE_STAGE"/loads/${loadId}/`,
      ],
    );
    expect(session.find('COPY INTO "LEADS_RAW"')[0]?.sql).toContain(
      `SELECT 'leads.csv', $1:"l"::NUMBER(38,0), $1:"d", '${loadId}'`,
    );
    expect(session.find('INSERT INTO "LOAD_HISTORY"')[0]?.binds).toEqual([
      loadId,
      'leads.csv',
      'file:///data/stage',
      'c'.repeat(64),
      120,
      's'.repeat(64),
      'LOADED',
      null,
      3,
      3,
      0,
      null,
      null,
      null,
      '{}',
    ]);
  });

  it('skips a file already loaded with the same checksum without uploading it', async () => {
    const session = loadingSession().on('FROM "LOAD_HISTORY" WHERE "FILE_NAME" = ?', [{ LOADED: 1 }]);
    const result = await warehouse(session).copyInto(staged(), copy, options);
    expect(result).toMatchObject({
      status: 'SKIPPED',
      rowsLoaded: 0,
      reason: expect.stringContaining('already loaded'),
    });
    expect(session.find('PUT ')).toHaveLength(0);
    expect(session.find('COPY INTO')).toHaveLength(0);
    expect(session.find('INSERT INTO "LOAD_HISTORY"')[0]?.binds[6]).toBe('SKIPPED');
  });

  it('skips a file that another loader committed while this one waited for the load lock', async () => {
    const session = loadingSession().on('FROM "LOAD_HISTORY" WHERE "FILE_NAME" = ?', (_sql, _binds, call) =>
      call === 1 ? [] : [{ LOADED: 1 }],
    );
    const result = await warehouse(session).copyInto(staged(), copy, options);
    expect(result.status).toBe('SKIPPED');
    expect(session.find('COPY INTO')).toHaveLength(0);
    expect(session.heads()).toContain('COMMIT');
  });

  it('rolls back and fails the file when COPY loads fewer rows than the cleaned file has', async () => {
    const session = loadingSession(2);
    const err = await warehouse(session)
      .copyInto(staged(), copy, options)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TerminalError);
    expect((err as Error).message).toMatch(/COPY loaded 2 of 3 row/);
    expect(session.heads()).toContain('ROLLBACK');
    expect(session.heads()).not.toContain('COMMIT');
    expect(session.find('REMOVE @"LEADPIPE_STAGE"/loads/')).toHaveLength(1);
    expect(session.find('PUT ')).toHaveLength(1);
  });

  it('retries a load after a transient error (a full lock queue) under a new load id', async () => {
    const session = loadingSession().on('COPY INTO "LEADS_RAW"', (_sql, _binds, call) =>
      call === 1
        ? sdkError(
            'Statement aborted because the number of waiters for this lock exceeds the 20 statements limit',
            { code: '000625', sqlState: '57014' },
          )
        : [{ file: 'f', status: 'LOADED', rows_parsed: 3, rows_loaded: 3 }],
    );
    const result = await warehouse(session).copyInto(staged(), copy, options);
    expect(result.status).toBe('LOADED');
    const puts = session.find('PUT ');
    expect(puts).toHaveLength(2);
    expect(puts[0]?.sql).not.toBe(puts[1]?.sql);
    expect(session.heads().filter((h) => h === 'ROLLBACK')).toHaveLength(1);
  });

  it('does not retry a terminal error', async () => {
    const session = loadingSession().on(
      'COPY INTO "LEADS_RAW"',
      sdkError("SQL compilation error: Object 'LEADS_RAW' does not exist", {
        code: '002003',
        sqlState: '42S02',
      }),
    );
    await expect(warehouse(session).copyInto(staged(), copy, options)).rejects.toThrow(/does not exist/);
    expect(session.find('COPY INTO "LEADS_RAW"')).toHaveLength(1);
  });

  it('keeps the rejected rows and loads nothing else under ON_ERROR = SKIP_FILE; ABORT_STATEMENT also stops the batch', async () => {
    const file = staged({
      rowsAccepted: 2,
      rowsRejected: 1,
      firstError: { line: 3, column: 'total_visits', reason: 'not an integer' },
    });
    const session = loadingSession();
    const skip = await warehouse(session).copyInto(file, copy, { ...options, onError: 'SKIP_FILE' });
    expect(skip).toMatchObject({
      status: 'LOAD_FAILED',
      rowsLoaded: 0,
      errorCount: 1,
      reason: 'ON_ERROR = SKIP_FILE: 1 rejected row(s)',
    });
    expect(skip.aborted).toBeUndefined();
    expect(session.find('COPY INTO "LEADS_RAW"')).toHaveLength(0);
    expect(session.find('COPY INTO "LOAD_ERRORS"')).toHaveLength(1);
    expect(session.find('PUT ').map((s) => s.sql)).toEqual([expect.stringContaining('/rejects/')]);
    const abort = await warehouse(loadingSession()).copyInto(file, copy, {
      ...options,
      onError: 'ABORT_STATEMENT',
    });
    expect(abort).toMatchObject({ status: 'LOAD_FAILED', aborted: true });
  });

  it('loads the good rows and the rejected rows under ON_ERROR = CONTINUE', async () => {
    const file = staged({ rowsAccepted: 2, rowsRejected: 1, firstError: { line: 3, reason: 'bad' } });
    const session = loadingSession(2);
    const r = await warehouse(session).copyInto(file, copy, options);
    expect(r).toMatchObject({
      status: 'PARTIALLY_LOADED',
      rowsLoaded: 2,
      errorCount: 1,
      firstError: { line: 3, reason: 'bad' },
    });
    expect(session.find('COPY INTO "LOAD_ERRORS"')[0]?.sql).toContain(
      `FROM @"LEADPIPE_STAGE"/loads/${String(r.loadId)}/rejects/`,
    );
  });

  it('hands a file to Snowpipe with AUTO_INGEST: no PUT, no COPY, a LOAD_IN_PROGRESS history row', async () => {
    const session = loadingSession();
    const r = await warehouse(session, { autoIngest: true }).copyInto(staged(), copy, options);
    expect(r).toMatchObject({
      status: 'LOAD_IN_PROGRESS',
      reason: 'handed to Snowpipe LEADS_PIPE (AUTO_INGEST)',
    });
    expect(session.find('PUT ')).toHaveLength(0);
    expect(session.find('COPY INTO')).toHaveLength(0);
    expect(
      session.find("\"STATUS\" IN ('LOADED', 'PARTIALLY_LOADED', 'LOAD_IN_PROGRESS')").length,
    ).toBeGreaterThan(0);
  });

  it('adds a new inferred column and widens an inferred one before the load, then recreates the merge procedure', async () => {
    const session = loadingSession();
    await warehouse(session).copyInto(
      staged({ inferred: { utm_source: 'string', utm_campaign: 'double' } }),
      copy,
      options,
    );
    const heads = session.heads();
    const ddl = heads.slice(0, heads.indexOf('BEGIN TRANSACTION'));
    expectHeads(ddl, [
      'SELECT "COLUMN_NAME", "TYPE", "DECLARED" FROM "LEADPIPE_COLUMNS" WHERE "TABLE_NAME" = ',
      'ALTER TABLE "LEADS_FINAL" ADD COLUMN IF NOT EXISTS "utm_source" VARCHAR',
      `INSERT INTO "LEADPIPE_COLUMNS" ("TABLE_NAME", "COLUMN_NAME", "TYPE", "DECLARED", "POSITIO`,
      'ALTER TABLE "LEADS_FINAL" DROP COLUMN IF EXISTS "utm_campaign__widen"',
      'ALTER TABLE "LEADS_FINAL" ADD COLUMN "utm_campaign__widen" FLOAT',
      'UPDATE "LEADS_FINAL" SET "utm_campaign__widen" = CAST("utm_campaign" AS FLOAT)',
      'ALTER TABLE "LEADS_FINAL" DROP COLUMN "utm_campaign"',
      'ALTER TABLE "LEADS_FINAL" RENAME COLUMN "utm_campaign__widen" TO "utm_campaign"',
      'UPDATE "LEADPIPE_COLUMNS" SET "TYPE" = ? WHERE "TABLE_NAME" = \'LEADS_FINAL\' AND "COLUMN_N',
      'CREATE OR REPLACE VIEW "LEADS_TO_SCORE" AS',
      'CREATE OR REPLACE PROCEDURE "LEADPIPE_RUN_TASK"("RUN_ID" VARCHAR, "TRIGGER_KIND" VARCHAR,',
      'MERGE INTO "LEADPIPE_META" AS t USING (SELECT ? AS "KEY", ? AS "VALUE") AS s ON t."KEY" =',
      'SELECT 1 AS "LOADED" FROM "LOAD_HISTORY" WHERE "FILE_NAME" = ? AND "CHECKSUM" = ? AND "S',
      'PUT ',
    ]);
    expect(session.find('INSERT INTO "LEADPIPE_COLUMNS"')[0]?.binds).toEqual([
      'utm_source',
      'string',
      false,
      4,
    ]);
    const procedure = session.find('CREATE OR REPLACE PROCEDURE "LEADPIPE_RUN_TASK"')[0]?.sql ?? '';
    expect(procedure).toContain(`TRY_CAST(r."DATA":"utm_campaign"::VARCHAR AS FLOAT)`);
    expect(procedure).toContain(`r."DATA":"utm_source"::VARCHAR`);
  });

  it('maps the task procedure result to a task run', async () => {
    const session = new StandInSession().on('CALL "LEADPIPE_RUN_TASK"', [
      {
        LEADPIPE_RUN_TASK: {
          run_id: 'r1',
          state: 'SUCCEEDED',
          consumed: 7,
          inserted: 4,
          updated: 1,
          unchanged: 2,
          scored: 5,
        },
      },
    ]);
    const r = await warehouse(session).runTask({ suspendAfterFailures: 3 });
    expect(r).toEqual({
      runId: 'r1',
      name: 'LEADS_MERGE_TASK',
      state: 'SUCCEEDED',
      inserted: 4,
      updated: 1,
      unchanged: 2,
      scored: 5,
      rowsConsumed: 7,
    });
    expect(session.find('CALL "LEADPIPE_RUN_TASK"(?, \'MANUAL\', ?, ?)')[0]?.binds.slice(1)).toEqual([
      3,
      false,
    ]);
  });

  it('reports the failed run that the procedure recorded before raising the error again', async () => {
    const session = new StandInSession()
      .on(
        'CALL "LEADPIPE_RUN_TASK"',
        sdkError("Numeric value 'abc' is not recognized", { code: '100038', sqlState: '22018' }),
      )
      .on('FROM "TASK_HISTORY" WHERE "RUN_ID" = ?', [
        { STATE: 'FAILED_AND_AUTO_SUSPENDED', ERROR_MESSAGE: "Numeric value 'abc' is not recognized" },
      ]);
    const r = await warehouse(session).runTask({ suspendAfterFailures: 3 });
    expect(r).toMatchObject({
      state: 'FAILED_AND_AUTO_SUSPENDED',
      error: "Numeric value 'abc' is not recognized",
      inserted: 0,
    });
    expect(session.find('CALL "LEADPIPE_RUN_TASK"')).toHaveLength(1);
  });

  it('throws when the task could not even start (nothing recorded), after retrying a transient failure', async () => {
    const session = new StandInSession().on(
      'CALL "LEADPIPE_RUN_TASK"',
      sdkError('connect ECONNRESET', { name: 'NetworkError', code: 401001 }),
    );
    await expect(warehouse(session).runTask({ suspendAfterFailures: 3 })).rejects.toMatchObject({
      name: 'NetworkError',
    });
    expect(session.find('CALL "LEADPIPE_RUN_TASK"')).toHaveLength(3);
  });

  it('skips a suspended task unless the run resumes it; resuming restarts the native tasks with AUTO_INGEST', async () => {
    const suspended = [{ STATE: 'suspended', CONSECUTIVE_FAILURES: 3 }];
    const session = new StandInSession().on('SELECT "STATE", "CONSECUTIVE_FAILURES"', suspended);
    const skipped = await warehouse(session).runTask({ suspendAfterFailures: 3 });
    expect(skipped).toMatchObject({ state: 'SKIPPED', reason: expect.stringContaining('suspended') });
    expect(session.find('CALL')).toHaveLength(0);
    const resumed = new StandInSession()
      .on('SELECT "STATE", "CONSECUTIVE_FAILURES"', suspended)
      .on('CALL "LEADPIPE_RUN_TASK"', [
        { LEADPIPE_RUN_TASK: { state: 'SKIPPED', reason: 'the stream has no new data' } },
      ]);
    const r = await warehouse(resumed, { autoIngest: true }).runTask({
      suspendAfterFailures: 3,
      resume: true,
    });
    expect(r).toMatchObject({ state: 'SKIPPED', reason: 'the stream has no new data' });
    expectHeads(resumed.heads().slice(1, 4), [
      `UPDATE "LEADPIPE_TASKS" SET "STATE" = 'started', "CONSECUTIVE_FAILURES" = 0, "UPDATED_AT`,
      'ALTER TASK "LEADPIPE_SCORING_TASK" RESUME',
      'ALTER TASK "LEADS_MERGE_TASK" RESUME',
    ]);
  });

  it('compiles the scoring UDFs once per active model and refuses a model that is not active', async () => {
    const scoring: ScoringSql = {
      version: 'm1',
      kind: 'rules',
      body: '{}',
      select: 'SELECT 1',
      batchSelect: 'SELECT 1',
      grade: "'A'",
    };
    const session = new StandInSession()
      .on('SELECT "VERSION" FROM "LEADPIPE_MODELS" WHERE "ACTIVE" AND "VERSION" = ?', [{ VERSION: 'm1' }])
      .on('CALL "LEADPIPE_APPLY_SCORING"()', [{ LEADPIPE_APPLY_SCORING: 12 }]);
    const wh = warehouse(session);
    expect(await wh.applyScoring(scoring)).toBe(12);
    expect(await wh.applyScoring(scoring)).toBe(12);
    expect(session.find('CREATE OR REPLACE FUNCTION "LEADPIPE_SCORE"()')).toHaveLength(1);
    expect(session.find('CREATE OR REPLACE FUNCTION "LEADPIPE_GRADE"')).toHaveLength(1);
    const inactive = new StandInSession();
    await expect(warehouse(inactive).applyScoring(scoring)).rejects.toMatchObject({
      code: 'E_MODEL_NOT_ACTIVE',
    });
  });

  it('runs read-only SQL with $name parameters as binds and DuckDB-style column names', async () => {
    const session = new StandInSession().on('FROM load_errors', [{ N: 2, file_name: 'a.csv' }]);
    const rows = await warehouse(session).query(
      'SELECT count(*) AS n, file_name FROM load_errors WHERE file_name = $file',
      { file: 'a.csv' },
    );
    expect(rows).toEqual([{ n: 2, file_name: 'a.csv' }]);
    expect(session.statements[0]).toEqual({
      sql: 'SELECT count(*) AS n, file_name FROM load_errors WHERE file_name = ?',
      binds: ['a.csv'],
    });
    await expect(warehouse(session).query('DELETE FROM leads_final')).rejects.toMatchObject({
      code: 'E_QUERY_NOT_READ_ONLY',
    });
  });

  it('resolves hand-overs to Snowpipe from COPY_HISTORY before reading the load history', async () => {
    const session = new StandInSession().on('SELECT * FROM "LOAD_HISTORY"', [
      {
        LOAD_ID: 'l1',
        FILE_NAME: 'a.csv',
        STATUS: 'LOADED',
        ROW_COUNT: 5,
        ROW_PARSED: 5,
        ERROR_COUNT: 0,
        FILE_SIZE: 9,
        LAST_LOAD_TIME: '2026-01-01T00:00:00.000Z',
      },
    ]);
    const rows = await warehouse(session, { autoIngest: true }).loadHistory({ file: 'a.csv' });
    expect(rows[0]).toMatchObject({
      loadId: 'l1',
      fileName: 'a.csv',
      status: 'LOADED',
      rowCount: 5,
      firstErrorLineNumber: null,
    });
    expect(session.heads()[0]).toBe('MERGE INTO "LOAD_HISTORY" AS h');
    expect(session.statements[1]?.binds).toEqual(['a.csv', 'a.csv']);
  });

  it('maps SYSTEM$PIPE_STATUS, SHOW TASKS, COPY_HISTORY and TASK_HISTORY to the status model', async () => {
    const session = new StandInSession()
      .on('SYSTEM$PIPE_STATUS', [
        {
          STATUS: JSON.stringify({
            executionState: 'RUNNING',
            pendingFileCount: 2,
            lastIngestedFilePath: 'data/a.csv/v1.ndjson',
            lastIngestedTimestamp: '2026-01-01T00:00:00Z',
            notificationChannelName: 'arn:aws:sqs:us-east-1:1:sf-snowpipe-x',
          }),
        },
      ])
      .on('SHOW TASKS', [{ name: 'LEADS_MERGE_TASK', state: 'started', schedule: '1 MINUTE' }])
      .on('COPY_HISTORY', [
        {
          FILE_NAME: 'data/a.csv/v1.ndjson',
          STATUS: 'Partially loaded',
          ROW_COUNT: 4,
          ROW_PARSED: 5,
          ERROR_COUNT: 1,
          PIPE_NAME: 'LEADS_PIPE',
          FIRST_ERROR_MESSAGE: 'bad',
          LAST_LOAD_TIME: 't',
        },
      ])
      .on('INFORMATION_SCHEMA.TASK_HISTORY', [
        {
          RUN_ID: 'n1',
          NAME: 'LEADS_MERGE_TASK',
          STATE: 'SUCCEEDED',
          ROWS_INSERTED: 4,
          ROWS_CONSUMED: 4,
          QUERY_START_TIME: 't',
        },
        { RUN_ID: 'n2', NAME: 'LEADS_MERGE_TASK', STATE: 'SCHEDULED' },
      ]);
    const s = await warehouse(session).nativeStatus();
    expect(s.pipe).toMatchObject({
      executionState: 'RUNNING',
      pendingFileCount: 2,
      lastIngestedFile: 'data/a.csv/v1.ndjson',
      notificationChannel: 'arn:aws:sqs:us-east-1:1:sf-snowpipe-x',
    });
    expect(s.tasks).toEqual([{ name: 'LEADS_MERGE_TASK', state: 'started', schedule: '1 MINUTE' }]);
    expect(s.copyHistory[0]).toMatchObject({
      fileName: 'a.csv',
      status: 'PARTIALLY_LOADED',
      rowCount: 4,
      errorCount: 1,
      reason: 'Snowpipe LEADS_PIPE',
    });
    expect(s.taskRuns).toEqual([
      expect.objectContaining({ runId: 'n1', state: 'SUCCEEDED', inserted: 4, rowsConsumed: 4 }),
    ]);
  });

  it('applies what init does not (scoring UDFs, integration, S3 stage, pipes, task start) and reads the AWS values', async () => {
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
      iamUserArn: 'arn:aws:iam::999:user/sf',
      externalId: 'ACME_SFCRole=1_abc',
      queueArn: 'arn:aws:sqs:us-east-1:999:sf-snowpipe-AIDA',
    });
    expectHeads(session.heads().slice(1), [
      'CREATE STORAGE INTEGRATION IF NOT EXISTS "S3_LEADS_INTEGRATION"',
      'CREATE STAGE IF NOT EXISTS "LEADS_S3_STAGE"',
      'CREATE PIPE IF NOT EXISTS "LEADS_PIPE"',
      'CREATE PIPE IF NOT EXISTS "LOAD_ERRORS_PIPE"',
      'CREATE OR REPLACE FUNCTION "LEADPIPE_GRADE"',
      'CREATE OR REPLACE FUNCTION "LEADPIPE_SCORE"()',
      'ALTER TASK "LEADPIPE_SCORING_TASK" RESUME',
      'ALTER TASK "LEADS_MERGE_TASK" RESUME',
      'DESC STORAGE INTEGRATION "S3_LEADS_INTEGRATION"',
      "SHOW PIPES LIKE 'LEADS_PIPE'",
    ]);
  });

  it('reads stream and task state', async () => {
    const session = new StandInSession()
      .on('AS "PENDING"', [{ PENDING: 5, TOTAL: 12 }])
      .on('SHOW STREAMS', [{ name: 'LEADS_RAW_STREAM', stale: 'false' }])
      .on('SELECT "STATE", "CONSECUTIVE_FAILURES"', [{ STATE: 'started', CONSECUTIVE_FAILURES: 1 }]);
    const wh = warehouse(session);
    expect(await wh.streamStatus()).toEqual({
      name: 'LEADS_RAW_STREAM',
      offset: 7,
      pendingRows: 5,
      stale: false,
    });
    expect(await wh.taskStatus()).toEqual({
      name: 'LEADS_MERGE_TASK',
      state: 'started',
      consecutiveFailures: 1,
      suspendAfterFailures: 3,
    });
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

describe('Snowflake result mapping', () => {
  it('sums the rows a COPY reports per file, and counts no file for the "0 files processed" row', () => {
    expect(
      copyOutcome([
        { file: 'a', status: 'LOADED', rows_parsed: 3, rows_loaded: 3, errors_seen: 0, first_error: null },
      ]),
    ).toEqual({
      files: 1,
      rowsParsed: 3,
      rowsLoaded: 3,
      errors: 0,
      firstError: null,
      statuses: ['LOADED'],
    });
    expect(copyOutcome([{ status: 'Copy executed with 0 files processed.' }])).toMatchObject({
      files: 0,
      rowsLoaded: 0,
    });
  });

  it('reads the task procedure result as an object or as JSON text and rejects one without a state', () => {
    expect(
      runTaskOutcome([{ X: '{"state":"SKIPPED","reason":"the stream has no new data"}' }], 'fallback'),
    ).toMatchObject({
      runId: 'fallback',
      state: 'SKIPPED',
      reason: 'the stream has no new data',
    });
    expect(() => runTaskOutcome([{ X: {} }], 'r')).toThrow(TerminalError);
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
