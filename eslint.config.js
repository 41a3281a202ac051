import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const SRC = 'packages/pipeline/src';
const CODE = '{ts,tsx,mjs}';
/** Tests may reach across layers to set up a scenario (and import `test/` helpers). */
const TESTS = ['**/*.test.ts', '**/*.test.tsx'];
/** The pipeline's layers, bottom to top (the base, `config/` and the top-level files, sits below them all). */
const LAYERS = ['formats', 'stage', 'warehouse', 'scoring', 'pipeline', 'sample', 'api', 'ingest', 'cli'];

/**
 * One block of the layering: `files` may not import from the folders named in `forbidden` (matched as a path
 * segment of the import, so the rule holds for sub-folders and at any depth), nor test or script code.
 */
function layer(name, files, forbidden) {
  return {
    name: `leadpipe/layers/${name}`,
    files,
    ignores: TESTS,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `(^|/)(${forbidden.join('|')})/`,
              message: `${name} may not import from ${forbidden.join(', ')} (the layers run config/errors <- formats <- stage <- warehouse <- scoring <- pipeline <- api/ingest <- cli; see eslint.config.js)`,
            },
            {
              regex: '(^|/)(test|bench|scripts)/',
              message: 'runtime code may not import test helpers, benchmarks or scripts',
            },
          ],
        },
      ],
    },
  };
}
const above = (name) => LAYERS.slice(LAYERS.indexOf(name) + 1);

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '**/.leadpipe/**', 'test-artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  // The base imports no layer: configuration, errors and the small shared helpers.
  layer(
    'the base (config/, errors.ts, retry.ts, failpoints.ts, seeded-random.ts)',
    [
      `${SRC}/config/**/*.${CODE}`,
      `${SRC}/errors.ts`,
      `${SRC}/retry.ts`,
      `${SRC}/failpoints.ts`,
      `${SRC}/seeded-random.ts`,
    ],
    LAYERS,
  ),
  layer('formats/', [`${SRC}/formats/**/*.${CODE}`], above('formats')),
  layer('stage/', [`${SRC}/stage/**/*.${CODE}`], above('stage')),
  // The warehouse reads the stage's contract (a staged file's name, format and layout).
  layer('warehouse/', [`${SRC}/warehouse/**/*.${CODE}`], above('warehouse')),
  layer('scoring/', [`${SRC}/scoring/**/*.${CODE}`], above('scoring')),
  layer('pipeline/', [`${SRC}/pipeline/**/*.${CODE}`], above('pipeline')),
  // The sample generator writes lead files: it needs the formats only.
  layer(
    'sample/',
    [`${SRC}/sample/**/*.${CODE}`],
    ['stage', 'warehouse', 'scoring', 'pipeline', 'api', 'ingest', 'cli'],
  ),
  // The API and auto-ingest are two entry points side by side: neither imports the other, nor the CLI.
  layer('api/', [`${SRC}/api/**/*.${CODE}`], ['ingest', 'cli']),
  layer('ingest/', [`${SRC}/ingest/**/*.${CODE}`], ['api', 'cli']),
  {
    // The dashboard talks to the API over HTTP only.
    name: 'leadpipe/layers/web',
    files: [`packages/web/src/**/*.${CODE}`],
    ignores: TESTS,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)pipeline/src(/|$)|(^|/)packages/pipeline(/|$)|^leadpipe(/|$)',
              message: 'the dashboard imports nothing from packages/pipeline: it talks to the API over HTTP',
            },
          ],
        },
      ],
    },
  },
);
