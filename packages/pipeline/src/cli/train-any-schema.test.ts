import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toSnakeCase } from '../formats/names.ts';
import { openLeadpipe } from '../pipeline/context.ts';
import type { LeadModel } from '../scoring/model/model.ts';
import { runCli, tempDir, testConfig } from '../../test/helpers.ts';
import { shoppersCsvPath } from '../../test/scoring-data.ts';
import { SAMPLE_FILE } from './commands/pipeline-commands.ts';

// A schema leadpipe does not declare: the shoppers data (`;`, TRUE/FALSE label, no id column), every 4th
// row, plus a session id and a column filled in from the outcome.
const [header = '', ...lines] = readFileSync(shoppersCsvPath, 'utf8').trimEnd().split(/\r?\n/);
const rows = lines.filter((_, i) => i % 4 === 0);
const labelAt = header.split(';').indexOf('Revenue');
function shoppersFile(drop?: string): string {
  const cols = [...header.split(';'), 'Session Id', 'Deal Stage'];
  const keep = cols.map((c) => toSnakeCase(c) !== drop);
  const pick = (cells: string[]) => cells.filter((_, i) => keep[i]).join(';');
  const out = rows.map((l, i) => {
    const cells = l.split(';');
    const won = cells[labelAt] === 'TRUE';
    // The label with one row in 50 flipped: a leak a sales tool would write back.
    return pick([...cells, `s-${(i * 7919) % 100003}`, won !== (i % 50 === 0) ? 'Won' : 'Open']);
  });
  return [pick(cols), ...out].join('\n') + '\n';
}

describe('train and score on a schema leadpipe has never seen', () => {
  let work: Awaited<ReturnType<typeof tempDir>>;
  let model: LeadModel;
  let printed: { rows: number; unlabelled: number; featuresExcluded: { column: string; reason: string }[] };
  const file = (name: string) => path.join(work.dir, name);
  beforeAll(async () => {
    work = await tempDir();
    await writeFile(file('shoppers.csv'), shoppersFile());
    const r = await runCli([
      '--home',
      file('home'),
      'train',
      '--data',
      file('shoppers.csv'),
      '--label',
      'revenue',
      '--out',
      file('model.json'),
      '--json',
    ]);
    expect(r.code, r.stderr).toBe(0);
    model = JSON.parse(readFileSync(file('model.json'), 'utf8')) as LeadModel;
    printed = JSON.parse(r.stdout) as typeof printed;
  });
  afterAll(() => work.cleanup());

  it('trains with no key, names the leaking and the id-like column in the card, and reports out-of-fold metrics', () => {
    const excluded = Object.fromEntries(model.featuresExcluded.map((e) => [e.column, e]));
    expect(excluded.deal_stage?.reason).toBe('leaks-outcome');
    expect(excluded.deal_stage?.detail).toMatch(/ROC AUC 0\.9[89]\d/);
    expect(excluded.session_id?.reason).toBe('id-like');
    expect(excluded.revenue?.reason).toBe('label');
    expect(model.featuresUsed).toContain('page_values');
    expect(model.training.rows).toBe(rows.length);
    expect(model.training.unlabelled).toBe(0);
    expect(printed).toMatchObject({ rows: rows.length, unlabelled: 0 });
    expect(printed.featuresExcluded).toEqual(model.featuresExcluded);
    expect(model.metrics.heldOutSource).toMatch(/^out-of-fold/);
    expect(model.metrics.heldOut?.rocAuc).toBeGreaterThan(0.85);
  });

  it('reports the metrics on --holdout rows when given', async () => {
    const all = shoppersFile().trimEnd().split('\n');
    const [head = '', ...body] = all;
    await writeFile(file('fit.csv'), [head, ...body.filter((_, i) => i % 3 !== 0)].join('\n') + '\n');
    await writeFile(file('hold.csv'), [head, ...body.filter((_, i) => i % 3 === 0)].join('\n') + '\n');
    const r = await runCli([
      '--home',
      file('home'),
      'train',
      '--data',
      file('fit.csv'),
      '--holdout',
      file('hold.csv'),
      '--label',
      'revenue',
      '--json',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const { metrics } = JSON.parse(r.stdout) as LeadModel;
    const held = body.filter((_, i) => i % 3 === 0).length;
    expect(metrics.heldOutSource).toBe(`hold.csv: ${held.toLocaleString('en-US')} rows`);
    expect(metrics.heldOut?.rows).toBe(held);
    expect(metrics.outOfFold?.rows).toBe(body.length - held);
    expect(metrics.heldOut?.rocAuc).toBeGreaterThan(0.85);
  });

  it('refuses `run --model` on data of another schema before loading anything, naming the missing columns', async () => {
    const home = file('xed-home');
    const r = await runCli(['--home', home, 'run', '--model', file('model.json'), SAMPLE_FILE]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/trained on another schema: the data lacks page_values, .*product_related/);
    const lp = await openLeadpipe(testConfig(home));
    try {
      expect(await lp.warehouse.loadHistory({ limit: 1 })).toEqual([]);
      expect(await lp.stage.list()).toEqual([]);
    } finally {
      await lp.close();
    }
  });

  it('scores leads missing one minor column, with the warning in the run summary', async () => {
    const minor = [...(model.trainedSchema?.columns ?? [])].sort((a, b) => a.importance - b.importance)[0];
    if (!minor) throw new Error('no trained schema');
    await writeFile(file('less.csv'), shoppersFile(minor.name));
    const r = await runCli([
      '--home',
      file('shop-home'),
      '--key',
      'session_id',
      'run',
      '--model',
      file('model.json'),
      file('less.csv'),
      '--json',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const summary = JSON.parse(r.stdout) as {
      totals: { rowsLoaded: number };
      scored: number;
      modelWarning?: { missing: string[]; message: string };
    };
    expect(summary.totals.rowsLoaded).toBe(rows.length);
    expect(summary.scored).toBe(rows.length);
    expect(summary.modelWarning?.missing).toEqual([minor.name]);
    expect(summary.modelWarning?.message).toMatch(new RegExp(`^scored without ${minor.name} `));
  });
});
