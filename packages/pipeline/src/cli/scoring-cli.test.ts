import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../../test/helpers.ts';
import type { LeadModel } from '../scoring/model/model.ts';
import { SAMPLE_FILE } from './commands/pipeline-commands.ts';

describe('scoring from the CLI', () => {
  let work: Awaited<ReturnType<typeof tempDir>>;
  let home: string;
  beforeAll(async () => {
    work = await tempDir();
    home = path.join(work.dir, 'home');
    const r = await runCli(['--home', home, 'run', '--json']);
    expect(r.code, r.stderr).toBe(0);
  });
  afterAll(() => work.cleanup());

  async function activeVersion(): Promise<string> {
    const r = await runCli(['--home', home, 'model', '--json']);
    expect(r.code, r.stderr).toBe(0);
    return (JSON.parse(r.stdout) as { version: string }).version;
  }

  it('refuses to train on too little data and keeps the active model', async () => {
    const before = await activeVersion();
    const r = await runCli([
      '--home',
      home,
      'train',
      '--data',
      SAMPLE_FILE,
      '--min-rows',
      '5000',
      '--activate',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/the active model is unchanged/);
    expect(await activeVersion()).toBe(before);
  });

  it('trains on the synthetic sample, finds signal, activates the model and rescores every lead', async () => {
    const out = path.join(work.dir, 'model.json');
    const r = await runCli([
      '--home',
      home,
      'train',
      '--data',
      SAMPLE_FILE,
      '--out',
      out,
      '--activate',
      '--json',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const trained = JSON.parse(r.stdout) as { version: string; metrics: { heldOut: { rocAuc: number } } };
    expect(trained.metrics.heldOut.rocAuc).toBeGreaterThan(0.75);
    expect(await activeVersion()).toBe(trained.version);
    const score = await runCli(['--home', home, 'score', '--json']);
    expect(JSON.parse(score.stdout)).toEqual({ scored: 2000, model: trained.version });
    const again = await runCli(['--home', home, 'score', '--json']);
    expect(JSON.parse(again.stdout)).toMatchObject({ scored: 0 });
  });

  it('trains from leads_final with the home key excluded and out-of-fold metrics on the card', async () => {
    const out = path.join(work.dir, 'from-warehouse.json');
    const r = await runCli(['--home', home, 'train', '--from-warehouse', '--out', out, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const card = JSON.parse(await readFile(out, 'utf8')) as LeadModel;
    const excluded = Object.fromEntries(card.featuresExcluded.map((e) => [e.column, e.reason]));
    expect(excluded).toMatchObject({ prospect_id: 'key', converted: 'label', lead_number: 'id-like' });
    // The preset beside the bundled schema leaves out what sales fills in after first contact.
    expect(excluded.tags).toBe('excluded-by-feature-file');
    expect(card.training.featureFile).toMatch(/^leads\.features\.json \(preset beside the schema\)$/);
    expect(card.training.rows).toBe(2000);
    expect(card.metrics.heldOutSource).toBe('out-of-fold: 5-fold cross-validation on the 2000 training rows');
    expect(card.trainedSchema?.columns.map((c) => c.name)).toEqual(
      card.features.spec.features.map((f) => f.column),
    );
  });

  it('sets and clears an override', async () => {
    const q = await runCli([
      '--home',
      home,
      'query',
      'SELECT prospect_id, score FROM leads_final ORDER BY prospect_id LIMIT 1',
      '--json',
    ]);
    const [lead] = JSON.parse(q.stdout) as { prospect_id: string; score: number }[];
    const set = await runCli([
      '--home',
      home,
      'override',
      lead!.prospect_id,
      '--score',
      String(lead!.score === 3 ? 4 : 3),
      '--reason',
      'test',
    ]);
    expect(set.code, set.stderr).toBe(0);
    const bad = await runCli(['--home', home, 'override', lead!.prospect_id, '--score', '3']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--reason is required/);
    const clear = await runCli(['--home', home, 'override', lead!.prospect_id, '--clear']);
    expect(clear.code, clear.stderr).toBe(0);
    const after = await runCli([
      '--home',
      home,
      'query',
      `SELECT score FROM leads_final WHERE prospect_id = '${lead!.prospect_id}'`,
      '--json',
    ]);
    expect(JSON.parse(after.stdout)).toEqual([{ score: lead!.score }]);
  });

  /** The model versions in leads_final, via `leadpipe query --json`. */
  async function scoredWith(): Promise<string[]> {
    const r = await runCli([
      '--home',
      home,
      'query',
      'SELECT DISTINCT model_version FROM leads_final ORDER BY 1',
      '--json',
    ]);
    expect(r.code, r.stderr).toBe(0);
    return (JSON.parse(r.stdout) as { model_version: string }[]).map((row) => row.model_version);
  }

  it('`model use rules` activates the rules model and rescores every lead now', async () => {
    const before = await activeVersion();
    const r = await runCli(['--home', home, 'model', 'use', 'rules']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(
      `model rules-default-1 (rules) is active (was ${before}): 2,000 lead(s) rescored\n`,
    );
    const card = await runCli(['--home', home, 'model']);
    expect(card.stdout).toMatch(/^rules model rules-default-1: \d+ rules$/m);
    expect(await scoredWith()).toEqual(['rules-default-1']);
  });

  it('`model use default --json` switches back; the same model again rescores nothing', async () => {
    const r = await runCli(['--home', home, 'model', 'use', 'default', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const used = JSON.parse(r.stdout) as { version: string; previous: string; rescored: number };
    expect(used).toMatchObject({ kind: 'gbt', previous: 'rules-default-1', rescored: 2000 });
    expect(await scoredWith()).toEqual([used.version]);
    const again = await runCli(['--home', home, 'model', 'use', 'default', '--json']);
    expect(JSON.parse(again.stdout)).toMatchObject({
      version: used.version,
      previous: used.version,
      rescored: 0,
    });
  });

  it('`model use` with a missing or bad file exits 1 with one line and keeps the active model', async () => {
    const before = await activeVersion();
    const bad = path.join(work.dir, 'not-a-model.json');
    await writeFile(bad, '{"hello": "world"}');
    for (const [spec, says] of [
      [
        'nope.json',
        /^leadpipe: cannot read model nope\.json: no such file — give a model file, `rules` or `default`$/,
      ],
      [bad, /^leadpipe: .*not-a-model\.json is neither a leadpipe model file nor a rules file$/],
    ] as const) {
      const r = await runCli(['--home', home, 'model', 'use', spec]);
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr.trimEnd().split('\n'), r.stderr).toHaveLength(1);
      expect(r.stderr.trimEnd()).toMatch(says);
    }
    expect(await activeVersion()).toBe(before);
  });
});
