import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/helpers.ts';
import { describeStageContract } from '../../test/stage-contract.ts';
import { LocalStage } from './local-stage.ts';
import { sanitiseFileNameOrThrow } from './stage.ts';

const fields = {
  sourceChecksum: 'x',
  sourceSize: 1,
  sourceFormat: 'csv' as const,
  compressed: false,
  rowsParsed: 1,
  rowsAccepted: 1,
  rowsRejected: 0,
  columns: ['prospect_id'],
  inferred: {},
  missingRequired: [],
};

describe('file names', () => {
  it.each([
    ['../../etc/passwd', 'passwd'],
    ['..\\..\\win.ini', 'win.ini'],
    ['leads 2024.csv', 'leads 2024.csv'],
    ['.hidden.csv', 'hidden.csv'],
    ['le\u0000ads\u{1F600}.csv', 'leads__.csv'],
    // Cut to 200 characters, keeping the extension: A x 300 .json and .csv stay two names.
    [`${'A'.repeat(300)}.json`, `${'A'.repeat(195)}.json`],
    [`${'A'.repeat(300)}.csv`, `${'A'.repeat(196)}.csv`],
    ['B'.repeat(300), 'B'.repeat(200)],
  ])('%j is staged as %j', (given, staged) => expect(sanitiseFileNameOrThrow(given)).toBe(staged));

  it('refuses a name with nothing usable', () => {
    expect(() => sanitiseFileNameOrThrow('../..')).toThrow(/no usable characters/);
  });
});

describeStageContract('LocalStage', async () => {
  const { dir, cleanup } = await tempDir();
  return { stage: new LocalStage(path.join(dir, 'stage')), cleanup };
});

describe('LocalStage', () => {
  it('stages data with size and checksum, and keeps the name as given', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      const stage = new LocalStage(path.join(dir, 'stage'));
      const staged = await stage.put('leads.csv', async (w) => {
        await w.writeData('{"l":2,"d":{"prospect_id":"a"}}\n');
        return fields;
      });
      expect(staged).toMatchObject({ name: 'leads.csv', size: 32 });
      expect(staged.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(await stage.list()).toEqual([staged]);
    } finally {
      await cleanup();
    }
  });

  it('shows nothing of a put that failed half-way', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      const stage = new LocalStage(path.join(dir, 'stage'));
      await expect(
        stage.put('broken.csv', async (w) => {
          await w.writeData('{"l":2,"d":{}}\n');
          throw new Error('reader died');
        }),
      ).rejects.toThrow('reader died');
      expect(await stage.list()).toEqual([]);
      expect(await readdir(path.join(dir, 'stage', 'tmp'))).toEqual([]);
    } finally {
      await cleanup();
    }
  });
});
