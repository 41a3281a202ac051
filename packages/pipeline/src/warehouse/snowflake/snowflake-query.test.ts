import { describe, expect, it } from 'vitest';
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
});
