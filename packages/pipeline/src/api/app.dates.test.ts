/**
 * The API on leads with dates (issue 16): a home whose model reads a date as its age. `POST /score-lead`
 * measures the age at the time of the request, as the TypeScript scorer does, and says it in the reasons.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useApiServer } from '../../test/api-server.ts';
import { DATED_COLUMNS, datedLeads, writeLeadsCsv } from '../../test/dated-leads.ts';
import { tempDir, testConfig } from '../../test/helpers.ts';
import type { LeadSchema } from '../formats/lead-schema.ts';
import { openLeadpipe } from '../pipeline/context.ts';
import { runPipeline } from '../pipeline/run.ts';
import { activateModel } from '../pipeline/score.ts';
import { scoreLead } from '../scoring/model/explain.ts';
import type { LeadModel } from '../scoring/model/model.ts';
import { trainModel } from '../scoring/train/train.ts';

const DAY = 86_400_000;
const SCHEMA: LeadSchema = {
  name: 'dated',
  key: 'lead_id',
  label: 'converted',
  columns: DATED_COLUMNS.map((c) => ({ name: c.name, type: c.type, nullable: c.name !== 'lead_id' })),
};
const model: LeadModel = trainModel(datedLeads(), {
  columns: DATED_COLUMNS,
  key: 'lead_id',
  label: 'converted',
  kinds: ['logistic'],
});

describe('the HTTP API over a real socket, on leads with dates', () => {
  const api = useApiServer(async () => {
    const { dir, cleanup } = await tempDir('leadpipe-dated-');
    const csv = path.join(dir, 'dated.csv');
    writeLeadsCsv(csv, datedLeads(600, 3));
    const schemaFile = path.join(dir, 'dated.schema.json');
    await writeFile(schemaFile, JSON.stringify(SCHEMA));
    const lp = await openLeadpipe(testConfig(dir, { key: 'lead_id', schemaFile }));
    await activateModel(lp, model);
    const summary = await runPipeline(lp, [csv]);
    if (summary.task.state !== 'SUCCEEDED') throw new Error(JSON.stringify(summary.task));
    return {
      lp,
      cleanup: async () => {
        await lp.close().catch(() => undefined);
        await cleanup();
      },
    };
  });
  const { call, get } = api;

  it('scores a posted lead with its date measured at the time of the request, reasons in days ago', async () => {
    const lead = { channel: 'event', visits: 12 };
    const recent = new Date(Date.now() - 3 * DAY - 3_600_000).toISOString();
    const before = Date.now();
    const r = await call('POST', '/score-lead', { json: { ...lead, signed_up_at: recent } });
    const after = Date.now();
    expect(r.status, r.text).toBe(200);
    // The request's moment lies between `before` and `after`: its score lies between theirs.
    const at = (t: number) => scoreLead(model, { ...lead, signed_up_at: recent }, t).probability;
    const p = Number(r.body.probability);
    expect(p).toBeLessThanOrEqual(at(before) + 1e-12);
    expect(p).toBeGreaterThanOrEqual(at(after) - 1e-12);
    const texts = JSON.stringify(r.body.reasons);
    expect(texts).toContain('Signed up at = 3 days ago');

    const old = await call('POST', '/score-lead', {
      json: { ...lead, signed_up_at: new Date(Date.now() - 200 * DAY).toISOString() },
    });
    expect(Number(old.body.probability)).toBeLessThan(p);
    const none = await call('POST', '/score-lead', { json: lead });
    expect(JSON.stringify(none.body.reasons)).toMatch(/Signed up at = missing|^((?!Signed up at).)*$/);
    const bad = await call('POST', '/score-lead', { json: { ...lead, signed_up_at: 'last week' } });
    expect(bad.status).toBe(400);
  });

  it('describes the home and the model, the date column among the columns', async () => {
    const schema = await get('/schema');
    expect(schema.status, schema.text).toBe(200);
    const columns = (schema.body as { columns: { name: string; type: string }[] }).columns;
    expect(columns.find((c) => c.name === 'signed_up_at')?.type).toBe('timestamp');
    const card = await get('/model');
    expect(card.status, card.text).toBe(200);
    expect(card.body.featuresUsed).toContain('signed_up_at');
  });
});
