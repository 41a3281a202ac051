/**
 * The model's fit warning on the dashboard (issue 16), in real Chromium: `leadpipe serve` on a home with no
 * declared schema whose leads lack one input of the shipped model (`../shared/data/leads.csv` without its
 * `City` column), scored by it with `leadpipe model use default`, then a task run that scores more. Overview
 * and Model say which input is missing, and the Pipeline section's task runs carry the warning.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvRows } from '../../pipeline/test/csv-without-column.ts';
import { REAL_LEADS, REPO_ROOT } from '../../pipeline/test/helpers.ts';
import type { Browser } from './chromium.ts';
import { launchChromium, newPageCollectingErrors } from './chromium.ts';
import type { ServedHome } from './serve.ts';
import { serveAfterRuns } from './serve.ts';

const ARTIFACTS = path.join(REPO_ROOT, 'test-artifacts', 'dashboard');
const WAIT = { timeout: 20_000, interval: 50 };

describe('the dashboard warns when the model scores leads without one of its inputs', () => {
  let server: ServedHome;
  let browser: Browser;
  let page: Page;
  let files = '';
  const pageErrors: string[] = [];

  beforeAll(async () => {
    files = await mkdtemp(path.join(os.tmpdir(), 'leadpipe-warning-e2e-'));
    const csv = path.join(files, 'leads-no-city.csv');
    const more = path.join(files, 'more-no-city.csv');
    await writeFile(csv, await csvRows(REAL_LEADS, 'City', 1, 2001));
    await writeFile(more, await csvRows(REAL_LEADS, 'City', 2001, 2501));
    await Promise.all([
      serveAfterRuns([
        { args: ['init', '--key', 'prospect_id'] },
        { args: ['run', csv] },
        { args: ['model', 'use', 'default'] },
        // A task run that scores with the model: its history row carries the warning.
        { args: ['run', more] },
      ]).then((s) => (server = s)),
      launchChromium({ viewport: { width: 1280, height: 900 } }).then((b) => (browser = b)),
    ]);
    page = await newPageCollectingErrors(browser, pageErrors);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (files) await rm(files, { recursive: true, force: true });
  });

  it('names the missing input and its share of the weight on Overview and Model, and on the task runs', async () => {
    await page.goto(`${server.url}/#/overview`);
    const warning = page.getByTestId('model-warning');
    await warning.waitFor(WAIT);
    const text = (await warning.textContent()) ?? '';
    expect(text).toContain('Some of the model’s inputs are missing');
    expect(text).toMatch(/scored without City \(\d+% of the weight of model gbt-/);
    await page.screenshot({ path: path.join(ARTIFACTS, 'model-warning-overview.png'), fullPage: true });

    await page.goto(`${server.url}/#/model`);
    await page.getByTestId('model-card').waitFor(WAIT);
    await expect.poll(() => page.getByTestId('model-warning').textContent(), WAIT).toMatch(/without City/);

    await page.goto(`${server.url}/#/pipeline`);
    const run = page.getByTestId('task-model-warning').first();
    await run.waitFor(WAIT);
    expect(await run.textContent()).toMatch(/^Warning: scored without city \(/);
    expect(pageErrors).toEqual([]);
  });
});
