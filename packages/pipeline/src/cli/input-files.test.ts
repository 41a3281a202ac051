import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../../test/helpers.ts';
import { existingFileOrThrow, expandInputsOrThrow } from './input-files.ts';

describe('folder and file arguments', () => {
  let work: Awaited<ReturnType<typeof tempDir>>;
  let folder: string;
  beforeAll(async () => {
    work = await tempDir('leadpipe-inputs-');
    folder = path.join(work.dir, 'incoming');
    await mkdir(path.join(folder, 'older'), { recursive: true });
    await writeFile(path.join(folder, 'b.csv'), 'Prospect ID,TotalVisits\nb1,1\nb2,2\n');
    await writeFile(
      path.join(folder, 'a.ndjson.gz'),
      gzipSync('{"Prospect ID":"a1","TotalVisits":3}\n{"Prospect ID":"a2","TotalVisits":4}\n'),
    );
    await writeFile(path.join(folder, 'C.JSON'), '[{"Prospect ID":"c1","TotalVisits":5}]');
    await writeFile(path.join(folder, '.partial.csv'), 'Prospect ID\nhidden\n');
    await writeFile(path.join(folder, 'notes.txt'), 'not leads\n');
    await writeFile(path.join(folder, 'older', 'd.csv'), 'Prospect ID\nd1\n');
    await mkdir(path.join(work.dir, 'empty'));
  });
  afterAll(() => work.cleanup());

  it('expands a folder to the lead files directly in it, sorted by name, hidden files and subfolders left out', async () => {
    const extra = path.join(folder, 'older', 'd.csv');
    expect(await expandInputsOrThrow([folder, extra, 's3://bucket/prefix/'])).toEqual([
      path.join(folder, 'C.JSON'),
      path.join(folder, 'a.ndjson.gz'),
      path.join(folder, 'b.csv'),
      extra,
      's3://bucket/prefix/',
    ]);
  });

  it('refuses a missing path and a folder without lead files before any work, naming them', async () => {
    await expect(expandInputsOrThrow([folder, 'nope.csv'])).rejects.toMatchObject({
      code: 'E_NO_SUCH_FILE',
      message: 'no such file: nope.csv — check the path',
    });
    await expect(expandInputsOrThrow([path.join(work.dir, 'empty')])).rejects.toMatchObject({
      code: 'E_NO_LEAD_FILES',
    });
    await expect(existingFileOrThrow(folder)).rejects.toMatchObject({ code: 'E_NOT_A_FILE' });
    await expect(existingFileOrThrow('nope.csv')).rejects.toMatchObject({ code: 'E_NO_SUCH_FILE' });
  });

  it('`leadpipe run FOLDER` loads each of its lead files (it was one LOAD_FAILED with EISDIR)', async () => {
    const home = path.join(work.dir, 'home');
    const r = await runCli(['--home', home, 'run', folder, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const summary = JSON.parse(r.stdout) as {
      files: { file: string; status: string }[];
      task: { inserted: number };
    };
    expect(summary.files.map((f) => [f.file, f.status])).toEqual([
      ['C.JSON', 'LOADED'],
      ['a.ndjson.gz', 'LOADED'],
      ['b.csv', 'LOADED'],
    ]);
    expect(summary.task.inserted).toBe(5);
  });
});
