/** Loads on Snowflake through a stand-in session: PUT, COPY and the history row, retries, ON_ERROR, Snowpipe, column evolution. */
import { describe, expect, it } from 'vitest';
import { TerminalError } from '../../errors.ts';
import {
  copy,
  expectHeads,
  loadingSession,
  options,
  sdkError,
  staged,
  warehouse,
} from '../../../test/snowflake-stand-in.ts';
import { copyOutcome } from './snowflake-copy.ts';

describe('Snowflake loads with a stand-in connection', () => {
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
});

describe('Snowflake COPY result mapping', () => {
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
});
