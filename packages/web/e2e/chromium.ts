/**
 * Debian's Chromium driven by playwright-core, for the end-to-end tests. Never downloads a browser: it
 * uses `/usr/bin/chromium` (or `CHROMIUM_PATH`) with flags that keep it quiet and offline, and a fresh
 * user-data directory per launch.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';

/** The Chromium binary. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Whether the binary is there (the tests fail with a clear message when it is not). */
export const CHROMIUM_AVAILABLE = existsSync(CHROMIUM_PATH);

/** Flags: headless, no sandbox (containers), no GPU, and nothing that phones home. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A running browser context and how to close it (and remove its profile). */
export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Launches Chromium with a fresh profile.
 *
 * @example
 * const browser = await launchChromium({ viewport: { width: 1280, height: 900 } });
 * const page = await browser.context.newPage();
 */
export async function launchChromium(
  options: { viewport?: { width: number; height: number }; locale?: string } = {},
): Promise<Browser> {
  if (!CHROMIUM_AVAILABLE)
    throw new Error(
      `Chromium is not at ${CHROMIUM_PATH}: apt-get install -y chromium (never playwright install)`,
    );
  const profile = await mkdtemp(path.join(os.tmpdir(), 'leadpipe-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    locale: options.locale ?? 'en-US',
    acceptDownloads: true,
  });
  return {
    context,
    close: async () => {
      await context.close().catch(() => undefined);
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * A new page of `browser` that appends every uncaught page error and every console error to `errors`, so
 * a test can end with `expect(errors).toEqual([])`.
 *
 * @example
 * const errors: string[] = [];
 * const page = await newPageCollectingErrors(browser, errors);
 */
export async function newPageCollectingErrors(browser: Browser, errors: string[]): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return page;
}
