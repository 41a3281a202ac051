/** The Snowflake status queries (COPY_HISTORY, SYSTEM$PIPE_STATUS, TASK_HISTORY), compared with `__sql__/*.sql`. */
import { describe, expect, it } from 'vitest';
import { sqlFileText } from '../../../test/sql-snapshot.ts';
import { PIPE_STATUS_SQL, copyHistorySql, nativeTaskHistorySql } from './snowflake-status.ts';

describe('the Snowflake status queries', () => {
  it('writes the status queries as in __sql__/status-queries.sql', async () => {
    await expect(
      sqlFileText([copyHistorySql(24, 50), PIPE_STATUS_SQL, nativeTaskHistorySql(20)]),
    ).toMatchFileSnapshot('./__sql__/status-queries.sql');
  });
});
