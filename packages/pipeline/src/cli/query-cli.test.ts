import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../../test/helpers.ts';

/** `leadpipe query` as a user meets it: the user's SQL errors and refusals exit 1 with one line, never 70. */
describe('leadpipe query', () => {
  let work: Awaited<ReturnType<typeof tempDir>>;
  let home: string;
  const query = (sql: string): ReturnType<typeof runCli> => runCli(['--home', home, 'query', sql, '--json']);
  beforeAll(async () => {
    work = await tempDir();
    home = path.join(work.dir, 'home');
    const r = await runCli(['--home', home, 'run', '--json']);
    if (r.code !== 0) throw new Error(r.stderr);
  }, 120_000);
  afterAll(() => work.cleanup());

  it.each([
    ['SELEC 1', /^leadpipe: Parser Error: syntax error at or near "SELEC"\n$/],
    ['SELECT * FROM nope', /^leadpipe: Catalog Error: Table with name nope does not exist![^\n]*\n$/],
    ['SELECT nope FROM leads_final', /^leadpipe: Binder Error: [^\n]*nope[^\n]*\n$/],
  ])('exits 1 with one line naming the problem for %j', async (sql, stderr) => {
    const r = await query(sql);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(stderr);
  });

  it('refuses writes, EXPLAIN ANALYZE and file reads with exit 1, leaving the load history as it was', async () => {
    const count = 'SELECT count(*)::INTEGER AS n FROM load_history';
    const before = JSON.parse((await query(count)).stdout);
    for (const sql of [
      'EXPLAIN ANALYZE DELETE FROM load_history',
      'DELETE FROM load_history',
      `SELECT * FROM read_text('/etc/passwd')`,
    ]) {
      const r = await query(sql);
      expect(r.code, sql).toBe(1);
      expect(r.stderr, sql).toMatch(
        /^leadpipe: [^\n]*(only SELECT|file system operations are disabled)[^\n]*\n$/,
      );
    }
    expect(JSON.parse((await query(count)).stdout)).toEqual(before);
    expect(before).toEqual([{ n: 1 }]);
  });
});
