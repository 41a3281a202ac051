import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeLeads, runCli, tempDir } from './helpers.ts';

/** The files in a home's stage `tmp/` folder (none when it does not exist). */
async function stageTemp(home: string): Promise<string[]> {
  return readdir(path.join(home, 'stage', 'tmp')).catch(() => []);
}

/**
 * A PUT killed with SIGKILL cannot remove its temporary files; the next run that opens the stage does
 * (issue 17), and the killed file, put again, loads whole.
 */
describe('a PUT killed mid-write', () => {
  let work: Awaited<ReturnType<typeof tempDir>>;
  let file: string;
  beforeAll(async () => {
    work = await tempDir();
    ({ file } = await makeLeads(path.join(work.dir, 'leads-10k.csv'), ['--rows', '10000', '--seed', '7']));
  });
  afterAll(() => work.cleanup());

  it.each(['put.writing', 'put.before-manifest'])(
    'SIGKILLed at %s: the next run leaves no temporary file in the stage',
    async (point) => {
      const home = path.join(work.dir, `home-${point}`);
      const killed = await runCli(['--home', home, 'put', file], {
        env: { LEADPIPE_FAILPOINTS: `${point}:pause` },
        onStderr: (text, kill) => {
          if (text.includes(`failpoint ${point} reached`)) kill();
        },
      });
      expect(killed.signal).toBe('SIGKILL');
      expect((await stageTemp(home)).length).toBeGreaterThan(0);

      const again = await runCli(['--home', home, 'run', file, '--json']);
      expect(again.code, again.stderr).toBe(0);
      expect(await stageTemp(home)).toEqual([]);
      expect(again.stdout).toContain('"inserted": 10000');
    },
    120_000,
  );

  it('a load run, which only lists the stage, removes them too', async () => {
    const home = path.join(work.dir, 'home-status');
    const killed = await runCli(['--home', home, 'put', file], {
      env: { LEADPIPE_FAILPOINTS: 'put.writing:pause' },
      onStderr: (text, kill) => {
        if (text.includes('failpoint put.writing reached')) kill();
      },
    });
    expect(killed.signal).toBe('SIGKILL');
    expect((await stageTemp(home)).length).toBeGreaterThan(0);
    const load = await runCli(['--home', home, 'load']);
    expect(load.code, load.stderr).toBe(0);
    expect(await stageTemp(home)).toEqual([]);
  }, 120_000);
});
