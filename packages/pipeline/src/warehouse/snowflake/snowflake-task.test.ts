/** The Snowflake task through a stand-in session: the merge procedure call, suspension, scoring UDFs. */
import { describe, expect, it } from 'vitest';
import { TerminalError } from '../../errors.ts';
import type { ScoringSql } from '../warehouse.ts';
import { StandInSession, expectHeads, sdkError, warehouse } from '../../../test/snowflake-stand-in.ts';
import { runTaskOutcome } from './snowflake-task.ts';

describe('the Snowflake task with a stand-in connection', () => {
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
      .on('FROM "TASK_HISTORY" WHERE ("RUN_ID" = ? OR STARTSWITH("RUN_ID", ? || \':\'))', [
        { STATE: 'FAILED_AND_AUTO_SUSPENDED', ERROR_MESSAGE: "Numeric value 'abc' is not recognized" },
      ]);
    const r = await warehouse(session).runTask({ suspendAfterFailures: 3 });
    expect(r).toMatchObject({
      state: 'FAILED_AND_AUTO_SUSPENDED',
      error: "Numeric value 'abc' is not recognized",
      inserted: 0,
    });
    expect(session.find('CALL "LEADPIPE_RUN_TASK"')).toHaveLength(1);
    // The failure may be recorded under a later slice's id (`<run id>:<n>`): both binds are the run id.
    const lookup = session.find('FROM "TASK_HISTORY" WHERE ("RUN_ID" = ?')[0];
    const runId = session.find('CALL "LEADPIPE_RUN_TASK"')[0]?.binds[0];
    expect(lookup?.binds).toEqual([runId, runId]);
  });

  it('reports the files the procedure quarantined so the others merged (stand-in)', async () => {
    const session = new StandInSession().on('CALL "LEADPIPE_RUN_TASK"', [
      {
        LEADPIPE_RUN_TASK: {
          run_id: 'r2',
          state: 'SUCCEEDED',
          consumed: 5,
          inserted: 5,
          updated: 0,
          unchanged: 0,
          scored: 0,
          slices: 3,
          quarantined: [
            {
              file: 'bad.csv',
              load_id: 'L2',
              reason: "the task could not merge its rows: Numeric value 'x' is not recognized",
            },
          ],
        },
      },
    ]);
    const r = await warehouse(session).runTask({ suspendAfterFailures: 3 });
    expect(r).toMatchObject({ state: 'SUCCEEDED', inserted: 5, rowsConsumed: 5 });
    expect(r.quarantined).toEqual([
      {
        file: 'bad.csv',
        loadId: 'L2',
        reason: "the task could not merge its rows: Numeric value 'x' is not recognized",
      },
    ]);
    const clean = new StandInSession().on('CALL "LEADPIPE_RUN_TASK"', [
      { LEADPIPE_RUN_TASK: { state: 'SUCCEEDED', quarantined: [] } },
    ]);
    expect((await warehouse(clean).runTask({ suspendAfterFailures: 3 })).quarantined).toBeUndefined();
  });

  it('lists a file quarantined by the task with its held rows, and releasing it removes them in one transaction (stand-in)', async () => {
    const session = new StandInSession()
      .on(`WHERE "STATUS" = 'QUARANTINED' ORDER BY`, [
        {
          LOAD_ID: 'L2',
          FILE_NAME: 'bad.csv',
          CHECKSUM: 'c2',
          REASON: 'the task could not merge its rows: x',
          ROW_COUNT: 4,
          LAST_LOAD_TIME: '2026-01-01T00:00:00Z',
        },
        {
          LOAD_ID: 'L1',
          FILE_NAME: 'broken.csv',
          CHECKSUM: 'c1',
          REASON: 'COPY failed',
          ROW_COUNT: 0,
          LAST_LOAD_TIME: '2026-01-01T00:00:00Z',
        },
      ])
      .on(`SELECT 1 AS "Q" FROM "LOAD_HISTORY"`, [{ Q: 1 }])
      .on(`SELECT COUNT(*) AS "N" FROM "LEADS_RAW" WHERE "LOAD_ID" = ?`, [{ N: 4 }]);
    const wh = warehouse(session);
    expect((await wh.quarantinedFiles()).map((f) => [f.fileName, f.phase, f.rows])).toEqual([
      ['bad.csv', 'task', 4],
      ['broken.csv', 'copy', 0],
    ]);
    expect(await wh.releaseQuarantine('L2', 'RETRIED')).toEqual({ rowsRemoved: 4 });
    const heads = session.heads();
    const from = heads.findIndex((h) => h.startsWith('BEGIN'));
    expectHeads(heads.slice(from + 1, from + 7), [
      `SELECT 1 AS "Q" FROM "LOAD_HISTORY"`,
      `SELECT COUNT(*) AS "N" FROM "LEADS_RAW" WHERE "LOAD_ID" = ?`,
      `DELETE FROM "LEADS_RAW" WHERE "LOAD_ID" = ?`,
      `DELETE FROM "LEADPIPE_BACKLOG" WHERE "LOAD_ID" = ?`,
      `DELETE FROM "LOAD_ERRORS" WHERE "LOAD_ID" = ?`,
      `UPDATE "LOAD_HISTORY" SET "STATUS" = ?`,
    ]);
    expect(heads[from + 7]).toMatch(/^COMMIT/);
    expect(session.find('DELETE FROM "LEADS_RAW"')[0]?.binds).toEqual(['L2']);
    expect(session.find(`UPDATE "LOAD_HISTORY" SET "STATUS" = ?`)[0]?.binds).toEqual(['RETRIED', 'L2']);
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
});

describe('the Snowflake task with inputs leads_final lacks', () => {
  const scoring: ScoringSql = {
    version: 'm1',
    kind: 'gbt',
    body: '{}',
    select: 'SELECT 1',
    batchSelect: 'SELECT 1',
    grade: "'A'",
    absent: ['city'],
    fitWarning: {
      modelVersion: 'm1',
      missing: ['city'],
      missingWeight: 0.04,
      message: 'scored without city',
    },
  };

  it('compiles the scoring UDFs again when the absent inputs change, for the same model version', async () => {
    const session = new StandInSession().on(
      'SELECT "VERSION" FROM "LEADPIPE_MODELS" WHERE "ACTIVE" AND "VERSION" = ?',
      [{ VERSION: 'm1' }],
    );
    const wh = warehouse(session);
    await wh.applyScoring(scoring);
    await wh.applyScoring(scoring);
    const { absent: _absent, fitWarning: _warning, ...complete } = scoring;
    await wh.applyScoring(complete);
    expect(session.find('CREATE OR REPLACE FUNCTION "LEADPIPE_SCORE"()')).toHaveLength(2);
    const metas = session.statements.filter((x) => x.binds[0] === 'score_function').map((x) => x.binds[1]);
    expect(metas).toEqual(['m1 without city', 'm1']);
  });

  it("records the model's fit warning on the run's task history row", async () => {
    const session = new StandInSession()
      .on('SELECT "VERSION" FROM "LEADPIPE_MODELS" WHERE "ACTIVE" AND "VERSION" = ?', [{ VERSION: 'm1' }])
      .on('CALL "LEADPIPE_RUN_TASK"', [{ LEADPIPE_RUN_TASK: { run_id: 'r1', state: 'SUCCEEDED' } }]);
    await warehouse(session).runTask({ suspendAfterFailures: 3, scoring });
    expect(session.find('SET "MODEL_WARNING" = ?').map((x) => x.binds)).toEqual([
      ['scored without city', 'r1'],
    ]);
  });
});

describe('Snowflake task result mapping', () => {
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
