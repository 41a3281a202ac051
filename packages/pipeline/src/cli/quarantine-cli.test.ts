import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../../test/helpers.ts';

/** The CLI as a child process: a quarantined file listed, retried (failing, then not), and dropped. */
describe('leadpipe quarantine list | retry | drop', () => {
  let work: Awaited<ReturnType<typeof tempDir>>;
  let home: string;
  const files: Record<string, string> = {};
  beforeAll(async () => {
    work = await tempDir();
    home = path.join(work.dir, 'home');
    for (const [name, ids] of Object.entries({ a: ['p1'], b: ['p2', 'p3'], c: ['p4'] })) {
      files[name] = path.join(work.dir, `${name}.csv`);
      await writeFile(files[name], 'Prospect ID,Lead Origin\n' + ids.map((id) => `${id},API\n`).join(''));
    }
  });
  afterAll(async () => work.cleanup());

  const cli = (args: string[], env: Record<string, string> = {}): ReturnType<typeof runCli> =>
    runCli(['--home', home, ...args], { env });
  const leads = async (): Promise<number> => {
    const r = await cli(['query', 'SELECT count(*) AS n FROM leads_final', '--json']);
    return Number((JSON.parse(r.stdout) as { n: number }[])[0]?.n);
  };

  it('run goes on past a file the task cannot merge; list shows it; retry exits 1 while it still fails, 0 once it merges', async () => {
    const fail = { LEADPIPE_FAILPOINTS: 'task.file=b.csv' };
    const run = await cli(['run', files.a!, files.b!, files.c!], fail);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/quarantined b\.csv: the task could not merge its rows/);
    expect(run.stdout).toMatch(/1 file\(s\) quarantined/);
    expect(await leads()).toBe(2);

    const list = await cli(['quarantine', 'list', '--json']);
    expect(list.code, list.stderr).toBe(0);
    expect(JSON.parse(list.stdout)).toMatchObject([{ fileName: 'b.csv', phase: 'task', rows: 2 }]);
    const text = await cli(['quarantine', 'list']);
    expect(text.stdout).toMatch(/b\.csv\s+task\s+2\s+the task could not merge/);

    const again = await cli(['quarantine', 'retry', 'b.csv'], fail);
    expect(again.code, again.stderr).toBe(1);
    expect(again.stdout).toMatch(/b\.csv: still quarantined/);

    const retry = await cli(['quarantine', 'retry', 'b.csv', '--json']);
    expect(retry.code, retry.stderr).toBe(0);
    expect(JSON.parse(retry.stdout)).toMatchObject({ quarantined: false, task: { inserted: 2 } });
    expect(await leads()).toBe(4);
    expect((await cli(['quarantine', 'list'])).stdout).toBe('no quarantined files\n');
  });

  it('drop forgets a file quarantined at COPY; a name not quarantined is one line and exit 1; no name is exit 2', async () => {
    const d = path.join(work.dir, 'd.csv');
    await writeFile(d, 'Prospect ID,Lead Origin\np9,API\n');
    const run = await cli(['run', d], { LEADPIPE_FAILPOINTS: 'load.file=d.csv' });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/d\.csv\s+QUARANTINED/);
    const drop = await cli(['quarantine', 'drop', 'd.csv']);
    expect(drop.code, drop.stderr).toBe(0);
    expect(drop.stdout).toBe('d.csv: DROPPED, 0 held row(s) removed from leads_raw\n');
    const status = await cli(['status', '--json']);
    const history = (JSON.parse(status.stdout) as { loadHistory: { fileName: string; status: string }[] })
      .loadHistory;
    expect(history.filter((h) => h.fileName === 'd.csv').map((h) => h.status)).toEqual(['DROPPED']);

    const none = await cli(['quarantine', 'drop', 'd.csv']);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/^leadpipe: d\.csv is not quarantined — see .*quarantine list/);
    expect(none.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect((await cli(['quarantine', 'retry'])).code).toBe(2);
  });
});
