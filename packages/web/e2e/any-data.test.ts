/**
 * The dashboard on lead data it was not written for: `leadpipe serve` on a home built from the online
 * shoppers dataset as a user builds one (`leadpipe init --key-from row --label Revenue`, `run`, then
 * `train --from-warehouse --activate`: its own columns, no id column, label `revenue`), in real Chromium.
 * The charts, the lead filters and the scoring form must show the shoppers' columns, and no X Education
 * one. Screenshots go to `test-artifacts/dashboard/any-data-*.png`.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../pipeline/test/helpers.ts';
import { SHOPPERS, SHOPPERS_ROWS } from '../../pipeline/test/shoppers-home.ts';
import type { Browser } from './chromium.ts';
import { launchChromium, newPageCollectingErrors } from './chromium.ts';
import type { ServedHome } from './serve.ts';
import { serveAfterRuns } from './serve.ts';

const ARTIFACTS = path.join(REPO_ROOT, 'test-artifacts', 'dashboard');
const WAIT = { timeout: 20_000, interval: 50 };
const X_EDUCATION = /Lead source|Lead origin|Last activity|Prospect ID|Total visits/i;
const en = new Intl.NumberFormat('en-US');

describe('the dashboard in Chromium on the online shoppers dataset', () => {
  let server: ServedHome;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  const api = async <T>(p: string): Promise<T> => {
    const r = await fetch(server.url + p, { headers: { accept: 'application/json' } });
    if (!r.ok) throw new Error(`GET ${p}: ${r.status} ${await r.text()}`);
    return (await r.json()) as T;
  };
  const shot = (name: string): Promise<Buffer> =>
    page.screenshot({ path: path.join(ARTIFACTS, `any-data-${name}.png`), fullPage: true });

  beforeAll(async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    await Promise.all([
      // The file as it is (`;`, no id column): the home derives its key and keeps its label.
      serveAfterRuns([
        { args: ['init', '--key-from', 'row', '--label', 'Revenue'] },
        { args: ['run', SHOPPERS] },
        { args: ['train', '--from-warehouse', '--activate'] },
      ]).then((s) => (server = s)),
      launchChromium({ viewport: { width: 1280, height: 900 } }).then((b) => (browser = b)),
    ]);
    page = await newPageCollectingErrors(browser, pageErrors);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("draws conversion by the shoppers model's categorical columns on Charts", async () => {
    await page.goto(`${server.url}/#/charts`);
    await page.getByTestId('chart-by-visitor_type').waitFor(WAIT);
    await page.getByTestId('chart-by-month').waitFor(WAIT);
    const titles = await page.locator('.chart-grid h2').allTextContents();
    expect(titles).toEqual(expect.arrayContaining(['Conversion by Visitor type', 'Conversion by Month']));
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('Returning_Visitor');
    expect(text).not.toMatch(X_EDUCATION);
    await page.waitForTimeout(1600);
    await shot('charts');
  });

  it('filters the leads by a shoppers column offered from the schema', async () => {
    await page.goto(`${server.url}/#/leads`);
    const total = page.getByTestId('lead-total');
    await expect.poll(() => total.textContent(), WAIT).toBe(`${en.format(SHOPPERS_ROWS)} leads`);
    await expect.poll(() => page.locator('thead').textContent(), WAIT).toContain('Page values');
    expect(await page.locator('thead').textContent()).toContain('Revenue');
    // The filters offered: every categorical column (integer codes too), the two the model leans on most
    // shown, the others a choice away.
    const offered = [
      ...(await page.locator('form[role=search] label').allTextContents()),
      ...(await page.getByLabel('More filters').locator('option').allTextContents()),
    ];
    expect(offered).toEqual(
      expect.arrayContaining(['Visitor type', 'Month', 'Weekend', 'Region', 'Revenue']),
    );
    const visitor = page.getByLabel('Visitor type', { exact: true });
    if ((await visitor.count()) === 0)
      await page.getByLabel('More filters').selectOption({ label: 'Visitor type' });
    await visitor.selectOption('New_Visitor');
    const expected = await api<{ total: number }>('/leads?filter.visitor_type=New_Visitor&limit=1');
    await expect.poll(() => total.textContent(), WAIT).toBe(`${en.format(expected.total)} leads`);
    expect(expected.total).toBeGreaterThan(0);
    expect(page.url()).toContain('filter.visitor_type=New_Visitor');
    expect((await page.locator('main').textContent()) ?? '').not.toMatch(X_EDUCATION);
    await shot('leads');
  });

  it("scores a shopper with a form generated from the model's features", async () => {
    const first = page.waitForResponse(
      (r) => r.url().endsWith('/score-lead') && r.request().method() === 'POST',
    );
    await page.goto(`${server.url}/#/score`);
    const initial = (await (await first).json()) as { score: number };
    const sent0 = JSON.parse((await first).request().postData() ?? '{}') as Record<string, unknown>;
    expect(Object.keys(sent0)).toEqual(
      expect.arrayContaining(['page_values', 'visitor_type', 'month', 'weekend']),
    );
    const pageValues = page.getByLabel('Page values');
    expect(await pageValues.getAttribute('type')).toBe('number');
    expect(await page.getByLabel('Visitor type').locator('option').allTextContents()).toContain(
      'New_Visitor',
    );
    const [changed] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/score-lead') && r.request().method() === 'POST'),
      pageValues.fill('60'),
    ]);
    const sent = JSON.parse(changed.request().postData() ?? '{}') as Record<string, unknown>;
    expect(sent.page_values).toBe(60);
    const body = (await changed.json()) as { score: number };
    expect(body.score).toBeGreaterThan(initial.score);
    const result = page.getByTestId('score-result');
    await expect
      .poll(() => result.locator('.score-value').first().textContent(), WAIT)
      .toBe(String(body.score));
    await expect.poll(() => result.locator('.reasons-positive').textContent(), WAIT).toContain('Page values');
    expect((await page.locator('main').textContent()) ?? '').not.toMatch(X_EDUCATION);
    await shot('score');
    expect(pageErrors).toEqual([]);
  });
});
