import { describe, expect, it } from 'vitest';
import { StandInSession, sdkError, warehouse } from '../../../test/snowflake-stand-in.ts';
import { assertReadOnlyOrThrow, namedParamsToBinds } from './snowflake-query.ts';

describe('the Snowflake read-only query', () => {
  it('turns $name parameters into binds, leaving a $name inside a string literal alone', () => {
    expect(
      namedParamsToBinds(
        `SELECT count(*) AS n FROM load_errors WHERE file_name = $file AND error <> '$file'`,
        {
          file: 'a.csv',
        },
      ).sql,
    ).toBe(`SELECT count(*) AS n FROM load_errors WHERE file_name = ? AND error <> '$file'`);
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

  it('refuses writes, EXPLAIN of anything but a query, other statements and SYSTEM$ calls before sending', async () => {
    const session = new StandInSession();
    for (const sql of [
      'DELETE FROM leads_final',
      '/* report */ DELETE FROM load_history',
      'EXPLAIN ANALYZE DELETE FROM load_history',
      'EXPLAIN DELETE FROM load_history',
      'EXPLAIN USING JSON INSERT INTO load_history SELECT * FROM load_history',
      'CREATE TABLE x AS SELECT 1',
      'COPY INTO @~/x FROM leads_final',
      'PUT file:///etc/passwd @~',
      'CALL leadpipe_run_task()',
      'ALTER SESSION SET MULTI_STATEMENT_COUNT = 0',
      'USE ROLE ACCOUNTADMIN',
      'SELECT SYSTEM$CANCEL_ALL_QUERIES(1)',
    ]) {
      await expect(warehouse(session).query(sql), sql).rejects.toMatchObject({
        code: 'E_QUERY_NOT_READ_ONLY',
      });
    }
    await expect(warehouse(session).query('SELECT 1; DELETE FROM leads_final')).rejects.toMatchObject({
      code: 'E_QUERY',
    });
    expect(session.statements).toEqual([]);
    for (const sql of [
      'EXPLAIN SELECT count(*) FROM leads_final',
      'EXPLAIN USING TEXT WITH a AS (SELECT 1) SELECT * FROM a',
      `SELECT 'EXPLAIN ANALYZE DELETE' AS s`,
    ])
      expect(() => assertReadOnlyOrThrow(sql), sql).not.toThrow();
  });

  it("gives SQL compilation errors as the user's E_QUERY, other failures as they are", async () => {
    const session = new StandInSession()
      .on(
        'nope',
        sdkError("SQL compilation error:\nObject 'NOPE' does not exist or not authorized.", {
          code: '002003',
          sqlState: '42S02',
        }),
      )
      .on(
        'leads_final',
        sdkError("Numeric value 'x' is not recognized", { code: '100038', sqlState: '22018' }),
      );
    await expect(warehouse(session).query('SELECT * FROM nope')).rejects.toMatchObject({
      code: 'E_QUERY',
      message: expect.stringMatching(/SQL compilation error/),
    });
    await expect(warehouse(session).query('SELECT * FROM leads_final')).rejects.not.toMatchObject({
      code: 'E_QUERY',
    });
  });
});
