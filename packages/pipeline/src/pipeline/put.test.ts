import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REAL_LEADS, count, openTemp, tempDir } from '../../test/helpers.ts';
import { putFile } from './put.ts';
import { runPipeline } from './run.ts';

describe('PUT of a file already loaded', () => {
  let env: Awaited<ReturnType<typeof openTemp>>;
  let work: Awaited<ReturnType<typeof tempDir>>;
  let file: string;
  let lines: string[];
  beforeEach(async () => {
    env = await openTemp();
    work = await tempDir();
    lines = (await readFile(REAL_LEADS, 'utf8')).split('\r\n').slice(0, 201);
    file = path.join(work.dir, 'leads.csv');
    await writeFile(file, lines.join('\r\n') + '\r\n');
  });
  afterEach(async () => {
    await env.cleanup();
    await work.cleanup();
  });

  /** The staged data file of `name` in the local stage, and its manifest's stagedAt. */
  const stagedState = async (name: string): Promise<{ mtimeMs: number; stagedAt: string | undefined }> => ({
    mtimeMs: (await stat(path.join(env.lp.config.home, 'stage', 'data', `${name}.ndjson`))).mtimeMs,
    stagedAt: (await env.lp.stage.get(name))?.stagedAt,
  });

  it('is neither parsed nor staged again when run again; COPY skips it as before', async () => {
    const first = await runPipeline(env.lp, [file]);
    expect(first.files[0]).toMatchObject({ status: 'LOADED', rowsLoaded: 200 });
    const before = await stagedState('leads.csv');
    const parsed: number[] = [];
    const again = await runPipeline(env.lp, [file], {
      onFile: () => (_bytes, rows) => parsed.push(rows),
    });
    expect(again.files[0]).toMatchObject({
      status: 'SKIPPED',
      reason: 'already loaded with the same checksum (use --force to reload)',
      rowsLoaded: 0,
      rowsRejected: 0,
    });
    expect(again.task.state).toBe('SKIPPED');
    // No record parsed, and the staged copy is the first run's (same manifest, data file not rewritten).
    expect(parsed).toEqual([]);
    expect(await stagedState('leads.csv')).toEqual(before);
    expect(await count(env.lp, 'SELECT count(*) FROM leads_raw')).toBe(200);
  });

  it('stages and loads a changed file of the same name and size', async () => {
    await runPipeline(env.lp, [file]);
    const before = await stagedState('leads.csv');
    // One digit of one row's TotalVisits changes: same size, other bytes.
    const header = lines[0]!.split(',');
    const visits = header.indexOf('TotalVisits');
    const row = lines[7]!.split(',');
    row[visits] = row[visits] === '5' ? '6' : '5';
    expect(row[visits]!.length).toBe(lines[7]!.split(',')[visits]!.length);
    lines[7] = row.join(',');
    await writeFile(file, lines.join('\r\n') + '\r\n');
    const again = await runPipeline(env.lp, [file]);
    expect(again.files[0]).toMatchObject({ status: 'LOADED', rowsLoaded: 200 });
    expect(again.task).toMatchObject({ updated: 1, unchanged: 199 });
    expect((await stagedState('leads.csv')).stagedAt).not.toBe(before.stagedAt);
  });

  it('cleans the file again when the settings it was cleaned with changed', async () => {
    await runPipeline(env.lp, [file]);
    const staged = await env.lp.stage.get('leads.csv');
    const put = await putFile(env.lp, file, undefined, { layout: 'documents' });
    expect(put.ok && put.file.layout).toBe('documents');
    expect(put.ok && put.file.stagedAt).not.toBe(staged?.stagedAt);
  });

  it('stages again a file that was staged but not loaded', async () => {
    const first = await putFile(env.lp, file);
    const second = await putFile(env.lp, file);
    expect(first.ok && second.ok).toBe(true);
    expect(second.ok && second.file.stagedAt).not.toBe(first.ok && first.file.stagedAt);
  });
});
