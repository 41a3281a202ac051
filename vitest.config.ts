import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // DuckDB work is CPU-bound and the machine has 2 cores: more workers only add contention.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'pipeline',
          include: ['packages/pipeline/src/**/*.test.ts', 'packages/pipeline/test/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        // Dashboard logic and components, in a simulated DOM.
        extends: true,
        plugins: [react()],
        test: {
          name: 'web',
          include: ['packages/web/src/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
        },
      },
      {
        // The built dashboard in real Chromium against `leadpipe serve`, and deploy:web against moto.
        extends: true,
        test: {
          name: 'web-e2e',
          include: ['packages/web/e2e/**/*.test.ts', 'packages/web/scripts/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['packages/web/e2e/global-setup.ts'],
        },
      },
    ],
  },
});
