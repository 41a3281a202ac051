import { describe, expect, it } from 'vitest';
import { StandInSession, warehouse } from '../../../test/snowflake-stand-in.ts';
import { namedParamsToBinds } from './snowflake-query.ts';

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
});
