/**
 * The stage contract suite: every stage (local folder, S3, ...) runs these same cases, so the pipe can
 * treat them alike. Call {@link describeStageContract} from a stage's test file.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Stage, StagedFile } from '../src/stage/stage.ts';
import { stageKeyOf, uniqueStageKey } from '../src/stage/stage.ts';

/** A fresh, empty stage for one case, and how to dispose of it. */
export type StageFactory = () => Promise<{ stage: Stage; cleanup: () => Promise<void> }>;

/** Manifest fields a producer returns (what putFile derives from the source). */
export function manifestFields(
  overrides: Partial<StagedFile> = {},
): Omit<StagedFile, 'name' | 'checksum' | 'size' | 'stagedAt'> {
  return {
    sourceChecksum: 'a'.repeat(64),
    sourceSize: 10,
    sourceFormat: 'csv',
    compressed: false,
    rowsParsed: 1,
    rowsAccepted: 1,
    rowsRejected: 0,
    columns: ['prospect_id'],
    inferred: {},
    missingRequired: [],
    ...overrides,
  };
}

async function stageText(stage: Stage, name: string, data: string, rejects?: string): Promise<StagedFile> {
  return stage.put(name, async (w) => {
    await w.writeData(data);
    if (rejects !== undefined) await w.writeRejects(rejects);
    return manifestFields(rejects ? { rowsRejected: 1, rowsParsed: 2 } : {});
  });
}

/**
 * Registers the stage contract cases for one stage implementation.
 *
 * @example
 * describeStageContract('LocalStage', async () => { ...; return { stage, cleanup } });
 */
export function describeStageContract(label: string, make: StageFactory): void {
  const withStage = (fn: (stage: Stage) => Promise<void>) => async () => {
    const { stage, cleanup } = await make();
    try {
      await fn(stage);
    } finally {
      await cleanup();
    }
  };

  describe(`${label} keeps the stage contract`, () => {
    it(
      'stages data with its size and SHA-256 checksum and keeps the name as given',
      withStage(async (stage) => {
        const data = '{"l":2,"d":{"prospect_id":"a"}}\n';
        const staged = await stageText(stage, 'leads 2024.csv', data);
        expect(staged).toMatchObject({ name: 'leads 2024.csv', size: 32, rowsAccepted: 1 });
        expect(staged.checksum).toBe(createHash('sha256').update(data).digest('hex'));
        expect(await stage.get('leads 2024.csv')).toEqual(staged);
        expect(await stage.list()).toEqual([staged]);
      }),
    );

    it(
      'stages a unique put under a key of its content, beside the other puts of its name',
      withStage(async (stage) => {
        const unique = (data: string): Promise<StagedFile> =>
          stage.put(
            'same.csv',
            async (w) => {
              await w.writeData(data);
              return manifestFields();
            },
            { unique: true },
          );
        const a = await unique('{"l":2,"d":{"prospect_id":"a"}}\n');
        const b = await unique('{"l":2,"d":{"prospect_id":"b"}}\n');
        expect(a.name).toBe('same.csv');
        expect(a.key).toBe(uniqueStageKey('same.csv', a.checksum));
        expect(b.key).toBe(uniqueStageKey('same.csv', b.checksum));
        expect(a.key).not.toBe(b.key);
        // The same bytes again land on the same key: one staged file, not two.
        await unique('{"l":2,"d":{"prospect_id":"a"}}\n');
        expect((await stage.list()).map((f) => f.key).sort()).toEqual([a.key, b.key].sort());
        expect(await stage.get(stageKeyOf(a))).toMatchObject({ name: 'same.csv', checksum: a.checksum });
        const copy = await stage.localCopy(stageKeyOf(b));
        try {
          expect(await readFile(copy.dataPath, 'utf8')).toBe('{"l":2,"d":{"prospect_id":"b"}}\n');
        } finally {
          await copy.release();
        }
      }),
    );

    it(
      'sanitises the name of a put',
      withStage(async (stage) => {
        const staged = await stageText(stage, '../../incoming/leads.csv', '{"l":2,"d":{}}\n');
        expect(staged.name).toBe('leads.csv');
        expect((await stage.list()).map((f) => f.name)).toEqual(['leads.csv']);
      }),
    );

    it(
      'hands out a local copy of the data and the rejected rows',
      withStage(async (stage) => {
        const data = '{"l":2,"d":{"prospect_id":"a"}}\n{"l":4,"d":{"prospect_id":"b"}}\n';
        const rejects = '{"line":3,"reason":"bad","raw":"x"}\n';
        await stageText(stage, 'mixed.csv', data, rejects);
        const copy = await stage.localCopy('mixed.csv');
        try {
          expect(await readFile(copy.dataPath, 'utf8')).toBe(data);
          expect(await readFile(copy.rejectsPath, 'utf8')).toBe(rejects);
        } finally {
          await copy.release();
        }
      }),
    );

    it(
      'gives an empty rejects file for a file without rejected rows',
      withStage(async (stage) => {
        await stageText(stage, 'clean.csv', '{"l":2,"d":{}}\n');
        const copy = await stage.localCopy('clean.csv');
        try {
          expect(await readFile(copy.rejectsPath, 'utf8').catch(() => '')).toBe('');
        } finally {
          await copy.release();
        }
      }),
    );

    it(
      'shows nothing of a put that failed half-way',
      withStage(async (stage) => {
        await expect(
          stage.put('broken.csv', async (w) => {
            await w.writeData('{"l":2,"d":{}}\n');
            await w.writeRejects('{"line":3}\n');
            throw new Error('reader died');
          }),
        ).rejects.toThrow('reader died');
        expect(await stage.list()).toEqual([]);
        expect(await stage.get('broken.csv')).toBeUndefined();
      }),
    );

    it(
      'keeps the previous version whole when a new put of the same name fails',
      withStage(async (stage) => {
        const first = await stageText(stage, 'leads.csv', '{"l":2,"d":{"v":1}}\n');
        await expect(
          stage.put('leads.csv', async (w) => {
            await w.writeData('{"l":2,"d":{"v":2}}\n{"l":3,"d":{"v":2}}\n');
            throw new Error('reader died');
          }),
        ).rejects.toThrow('reader died');
        expect(await stage.get('leads.csv')).toEqual(first);
        const copy = await stage.localCopy('leads.csv');
        try {
          expect(await readFile(copy.dataPath, 'utf8')).toBe('{"l":2,"d":{"v":1}}\n');
        } finally {
          await copy.release();
        }
      }),
    );

    it(
      'replaces a file with new content under the same name by a new version',
      withStage(async (stage) => {
        const first = await stageText(stage, 'leads.csv', '{"l":2,"d":{"v":1}}\n');
        const second = await stageText(stage, 'leads.csv', '{"l":2,"d":{"v":22}}\n');
        expect(second.checksum).not.toBe(first.checksum);
        expect(await stage.list()).toEqual([second]);
        const copy = await stage.localCopy('leads.csv');
        try {
          expect(await readFile(copy.dataPath, 'utf8')).toBe('{"l":2,"d":{"v":22}}\n');
        } finally {
          await copy.release();
        }
      }),
    );

    it(
      'lists files oldest first',
      withStage(async (stage) => {
        for (const name of ['b.csv', 'a.csv', 'c.csv']) {
          await stageText(stage, name, `{"l":2,"d":{"f":"${name}"}}\n`);
          await new Promise((r) => setTimeout(r, 5));
        }
        expect((await stage.list()).map((f) => f.name)).toEqual(['b.csv', 'a.csv', 'c.csv']);
      }),
    );

    it(
      'removes a file completely, and knows nothing of names never staged',
      withStage(async (stage) => {
        await stageText(stage, 'gone.csv', '{"l":2,"d":{}}\n', '{"line":3}\n');
        await stageText(stage, 'kept.csv', '{"l":2,"d":{}}\n');
        await stage.remove('gone.csv');
        expect(await stage.get('gone.csv')).toBeUndefined();
        expect((await stage.list()).map((f) => f.name)).toEqual(['kept.csv']);
        expect(await stage.get('never.csv')).toBeUndefined();
        await stage.remove('never.csv');
      }),
    );
  });
}
