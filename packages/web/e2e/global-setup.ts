/**
 * Vitest global setup of the web end-to-end project: builds the dashboard once, before any test needs it,
 * when the build is missing or older than its sources.
 */
import { buildIsStale, buildWeb, DIST } from '../scripts/build-web.ts';

/** Builds `packages/web/dist` if stale. */
export default async function setup(): Promise<void> {
  if (!buildIsStale()) return;
  const started = performance.now();
  await buildWeb();
  console.log(`[web e2e] dashboard built in ${((performance.now() - started) / 1000).toFixed(1)} s: ${DIST}`);
}
