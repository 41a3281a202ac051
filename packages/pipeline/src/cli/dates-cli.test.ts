/**
 * Dates as age features end to end (issue 16): a file with ISO-8601 timestamps is loaded into a typed
 * TIMESTAMP column of leads_final, `train --from-warehouse` makes it an age feature, and the warehouse
 * scores each lead as the TypeScript scorer does at the lead's `scored_at`. The CLI runs as a child process.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../../test/helpers.ts';
import { datedLeads, writeLeadsCsv } from '../../test/dated-leads.ts';
import { scoreLead } from '../scoring/model/explain.ts';
import type { Lead } from '../scoring/model/lead.ts';
import type { LeadModel } from '../scoring/model/model.ts';
import { toIsoTime } from '../warehouse/rows.ts';

type Result = Awaited<ReturnType<typeof runCli>>;

async function ok(args: string[]): Promise<Result> {
  const r = await runCli(args);
  expect(r.code, r.stderr + r.stdout).toBe(0);
  return r;
}

async function rows(home: string, sql: string): Promise<Record<string, unknown>[]> {
  const r = await ok(['--home', home, 'query', sql, '--json']);
  return JSON.parse(r.stdout) as Record<string, unknown>[];
}

describe('a home whose leads have dates', { timeout: 300_000 }, () => {
  let work: Awaited<ReturnType<typeof tempDir>>;
  let home: string;
  beforeAll(async () => {
    work = await tempDir('leadpipe-dates-');
    home = path.join(work.dir, 'home');
    writeLeadsCsv(path.join(work.dir, 'dated.csv'), datedLeads());
  });
  afterAll(() => work.cleanup());

  it('loads ISO text as TIMESTAMP, trains an age feature from leads_final, and scores it in the warehouse as in TypeScript', async () => {
    await ok(['--home', home, 'init', '--key', 'lead_id', '--label', 'converted']);
    await ok(['--home', home, 'run', path.join(work.dir, 'dated.csv')]);
    const [typed] = await rows(
      home,
      "SELECT data_type FROM information_schema.columns WHERE table_name = 'leads_final' AND column_name = 'signed_up_at'",
    );
    expect(typed).toEqual({ data_type: 'TIMESTAMP' });

    const file = path.join(work.dir, 'model.json');
    const train = await ok([
      '--home',
      home,
      'train',
      '--from-warehouse',
      '--activate',
      '--out',
      file,
      '--json',
    ]);
    const card = JSON.parse(train.stdout) as {
      featuresUsed: string[];
      featuresExcluded: { column: string; reason: string }[];
    };
    expect(card.featuresUsed).toContain('signed_up_at');
    expect(Object.fromEntries(card.featuresExcluded.map((e) => [e.column, e.reason]))).toMatchObject({
      exported_on: 'constant',
      batch_day: 'constant',
      decided_at: 'leaks-outcome',
    });
    const model = JSON.parse(await readFile(file, 'utf8')) as LeadModel;
    expect(model.features.spec.features.find((f) => f.column === 'signed_up_at')?.kind).toBe('age');

    await ok(['--home', home, 'score']);
    const scored = await rows(
      home,
      'SELECT lead_id, signed_up_at, channel, visits, probability, reasons, scored_at FROM leads_final ORDER BY lead_id LIMIT 300',
    );
    expect(scored).toHaveLength(300);
    let ages = 0;
    for (const r of scored) {
      const lead: Lead = {
        signed_up_at: r.signed_up_at as string | null,
        channel: r.channel as string,
        visits: Number(r.visits),
      };
      // The warehouse measured ages at the scoring statement's time, milliseconds before scored_at.
      const at = Date.parse(toIsoTime(r.scored_at));
      const want = scoreLead(model, lead, at);
      expect(Math.abs(Number(r.probability) - want.probability)).toBeLessThan(1e-6);
      const reasons = (typeof r.reasons === 'string' ? JSON.parse(r.reasons) : r.reasons) as {
        positive: { feature: string; value: string }[];
        negative: { feature: string; value: string }[];
      };
      const age = [...reasons.positive, ...reasons.negative].find((x) => x.feature === 'signed_up_at');
      if (age) {
        expect(age.value).toMatch(/^(\d+ days ago|1 day ago|today|missing)$/);
        ages++;
      }
    }
    expect(ages).toBeGreaterThan(200);
  });
});
