import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLeadpipe } from '../src/pipeline/context.ts';
import { makeLeads, runCli, tempDir, testConfig, type MakeLeadsExpected } from './helpers.ts';

/**
 * Crash safety with a real kill: the CLI runs in a child process that a failpoint pauses inside the load
 * or the task transaction; the test SIGKILLs it there, then runs again and checks nothing was lost or
 * loaded twice.
 */
describe('a process killed mid-pipeline', () => {
  let work: Awaited<ReturnType<typeof tempDir>>;
  let file: string;
  let expected: MakeLeadsExpected;
  beforeAll(async () => {
    work = await tempDir();
    ({ file, expected } = await makeLeads(path.join(work.dir, 'leads-20k.csv'), [
      '--rows',
      '20000',
      '--seed',
      '5',
    ]));
  });
  afterAll(() => work.cleanup());

  it.each(['load.after-insert', 'load.before-commit', 'task.after-merge'])(
    'SIGKILLed at %s: the next run loads every row exactly once',
    async (point) => {
      const home = path.join(work.dir, `home-${point}`);
      const killed = await runCli(['--home', home, 'run', file], {
        env: { LEADPIPE_FAILPOINTS: `${point}:pause` },
        onStderr: (text, kill) => {
          if (text.includes(`failpoint ${point} reached`)) kill();
        },
      });
      expect(killed.signal).toBe('SIGKILL');

      const again = await runCli(['--home', home, 'run', file, '--json']);
      expect(again.code, again.stderr).toBe(0);

      const lp = await openLeadpipe(testConfig(home));
      try {
        const q = async (sql: string): Promise<number> =>
          Number(Object.values((await lp.warehouse.query(sql))[0] ?? {})[0]);
        expect(await q('SELECT count(*) FROM leads_final')).toBe(expected.expected.final_rows);
        expect(await q('SELECT count(DISTINCT prospect_id) FROM leads_final')).toBe(
          expected.expected.final_rows,
        );
        expect(await q('SELECT count(*) FROM leads_raw')).toBe(expected.expected.accept);
        expect(await q(`SELECT count(*) FROM load_history WHERE status = 'LOADED'`)).toBe(1);
        expect((await lp.warehouse.streamStatus()).pendingRows).toBe(0);
      } finally {
        await lp.close();
      }
    },
  );
});
