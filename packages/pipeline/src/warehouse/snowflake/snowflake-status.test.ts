/** The Snowflake status queries (COPY_HISTORY, SYSTEM$PIPE_STATUS, TASK_HISTORY), compared with `__sql__/*.sql`. */
import { describe, expect, it } from 'vitest';
import { StandInSession, warehouse } from '../../../test/snowflake-stand-in.ts';
import { sqlFileText } from '../../../test/sql-snapshot.ts';
import { PIPE_STATUS_SQL, copyHistorySql, nativeTaskHistorySql } from './snowflake-status.ts';

describe('the Snowflake status queries', () => {
  it('writes the status queries as in __sql__/status-queries.sql', async () => {
    await expect(
      sqlFileText([copyHistorySql(24, 50), PIPE_STATUS_SQL, nativeTaskHistorySql(20)]),
    ).toMatchFileSnapshot('./__sql__/status-queries.sql');
  });
});

describe('Snowflake status reads with a stand-in connection', () => {
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

  it('shows the error pipe and the loads of LOAD_ERRORS (COPY_HISTORY of the rejected rows)', async () => {
    const session = new StandInSession()
      .on("SYSTEM$PIPE_STATUS('LOAD_ERRORS_PIPE')", [
        { STATUS: JSON.stringify({ executionState: 'STOPPED_STAGE_ALTERED', pendingFileCount: 0 }) },
      ])
      .on(`COPY_HISTORY(TABLE_NAME => 'LOAD_ERRORS'`, [
        {
          FILE_NAME: 'rejects/a.csv/v1.ndjson',
          STATUS: 'Load failed',
          ROW_COUNT: 0,
          ROW_PARSED: 2,
          ERROR_COUNT: 2,
          PIPE_NAME: 'LOAD_ERRORS_PIPE',
          FIRST_ERROR_MESSAGE: 'Error parsing JSON',
          LAST_LOAD_TIME: 't',
        },
      ]);
    const s = await warehouse(session).nativeStatus({ hours: 6 });
    expect(
      session.find(`COPY_HISTORY(TABLE_NAME => 'LOAD_ERRORS', START_TIME => DATEADD(HOUR, -6,`),
    ).toHaveLength(1);
    expect(s.errorsPipe).toMatchObject({
      nativeExecutionState: 'STOPPED_STAGE_ALTERED',
      pendingFileCount: 0,
    });
    expect(s.errorCopyHistory).toEqual([
      expect.objectContaining({
        fileName: 'a.csv',
        status: 'LOAD_FAILED',
        errorCount: 2,
        reason: 'Snowpipe LOAD_ERRORS_PIPE',
        firstErrorMessage: 'Error parsing JSON',
      }),
    ]);
    // The leads' COPY_HISTORY stays that of LEADS_RAW only.
    expect(s.copyHistory).toEqual([]);
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
