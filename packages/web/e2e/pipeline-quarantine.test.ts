/**
 * The Pipeline section end to end (issues 17 and 20): real Chromium against `leadpipe serve` on a home where
 * one file was quarantined at load. The last error banner names the file and can be dismissed; the
 * quarantine list retries the file; and at phone size (390x844) the top bar keeps its own height on a
 * short page.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from './chromium.ts';
import { launchChromium, newPageCollectingErrors } from './chromium.ts';
import type { ServedHome } from './serve.ts';
import { serveAfterRuns } from './serve.ts';

const WAIT = { timeout: 15_000, interval: 50 };

describe('the Pipeline section: quarantine, last error banner, phone layout', () => {
  let server: ServedHome;
  let browser: Browser;
  let page: Page;
  let files = '';
  const pageErrors: string[] = [];

  beforeAll(async () => {
    files = await mkdtemp(path.join(os.tmpdir(), 'leadpipe-quar-e2e-'));
    const a = path.join(files, 'a.csv');
    const b = path.join(files, 'b.csv');
    await writeFile(a, 'Prospect ID,Lead Origin\np1,API\np2,API\n');
    await writeFile(b, 'Prospect ID,Lead Origin\np3,API\n');
    await Promise.all([
      serveAfterRuns([{ args: ['run', a, b], env: { LEADPIPE_FAILPOINTS: 'load.file=b.csv' } }]).then(
        (s) => (server = s),
      ),
      launchChromium({ viewport: { width: 1280, height: 900 } }).then((x) => (browser = x)),
    ]);
    page = await newPageCollectingErrors(browser, pageErrors);
    page.on('dialog', (d) => void d.accept());
  }, 150_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (files) await rm(files, { recursive: true, force: true });
  });

  it('shows the last error tied to its file, and remembers it was dismissed', async () => {
    await page.goto(`${server.url}/#/pipeline`);
    const banner = page.getByTestId('last-error');
    await banner.waitFor(WAIT);
    expect(await banner.textContent()).toMatch(/Last error: b\.csv/);
    await banner.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => banner.count(), WAIT).toBe(0);
    await page.reload();
    await page.getByTestId('load-history').waitFor(WAIT);
    expect(await page.getByTestId('last-error').count()).toBe(0);
  });

  it('lists the quarantined file in English and Spanish, and retries it', async () => {
    const list = page.getByTestId('quarantine');
    await list.waitFor(WAIT);
    const row = list.locator('tr[data-file="b.csv"]');
    expect(await row.textContent()).toMatch(/Load.*failpoint load\.file=b\.csv/);
    await page.getByRole('button', { name: 'Español' }).click();
    await expect
      .poll(() => page.locator('#quarantine-title').textContent(), WAIT)
      .toBe('Archivos en cuarentena (1)');
    expect(await row.getByRole('button').allTextContents()).toEqual(['Reintentar', 'Descartar']);
    await page.getByRole('button', { name: 'English' }).click();
    await row.getByRole('button', { name: 'Retry' }).click();
    // Retried and merged: the list goes, and the load history shows b.csv loaded.
    await expect.poll(() => page.getByTestId('quarantine').count(), WAIT).toBe(0);
    const status = (await (await fetch(`${server.url}/pipeline/status`)).json()) as {
      quarantine: unknown[];
      loadHistory: { fileName: string; status: string }[];
    };
    expect(status.quarantine).toEqual([]);
    expect(
      status.loadHistory
        .filter((h) => h.fileName === 'b.csv')
        .map((h) => h.status)
        .sort(),
    ).toEqual(['LOADED', 'RETRIED']);
    const leads = (await (await fetch(`${server.url}/lead-count`)).json()) as { count: number };
    expect(leads.count).toBe(3);
  });

  it('keeps the top bar to its own height at 390x844, on short pages as on long ones', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const heights: Record<string, number> = {};
    // On this small home leads, upload and pipeline are shorter than the screen; charts and model are not.
    for (const section of ['charts', 'overview', 'leads', 'score', 'upload', 'pipeline', 'model'] as const) {
      await page.goto(`${server.url}/#/${section}`);
      await page.locator('h1').waitFor(WAIT);
      await page.waitForTimeout(300);
      heights[section] = Math.round((await page.locator('.sidenav').boundingBox())?.height ?? 0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(391);
    }
    // Before the fix the bar stretched to ~100 px on the short pages (the rows shared 100vh).
    expect(heights.charts).toBeLessThan(60);
    for (const [section, h] of Object.entries(heights)) expect(h, section).toBe(heights.charts);
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(pageErrors).toEqual([]);
  });
});
