/**
 * Generates the dashboard's API types from the server's OpenAPI document: builds the API (`buildApp`) over a
 * leadpipe on a temporary home, takes `app.swagger()` once it is ready, turns it into TypeScript with
 * openapi-typescript, formats it with the repository's Prettier settings and writes
 * `packages/web/src/api/schema.gen.ts`. A test (`gen-api-types.test.ts`) regenerates it in memory and fails
 * when the checked-in file differs, so the types cannot drift from the API.
 *
 * Run: `npm run gen:api-types` (from the repository root).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import type { OpenAPI3 } from 'openapi-typescript';
import * as prettier from 'prettier';
import { buildApp } from '../../pipeline/src/api/app.ts';
import { loadConfigOrThrow } from '../../pipeline/src/config/config.ts';
import { openLeadpipe } from '../../pipeline/src/pipeline/context.ts';

/** Where the generated types are checked in. */
export const API_TYPES_FILE = fileURLToPath(new URL('../src/api/schema.gen.ts', import.meta.url));

const HEADER = `/**
 * The leadpipe API's types, generated from its OpenAPI document (GET /docs/json) by openapi-typescript.
 * Do not edit: run \`npm run gen:api-types\`. A test fails when this file and the API differ.
 */
`;

/**
 * The API's OpenAPI document, as `GET /docs/json` serves it with the default configuration (so the
 * documented rate limits are the defaults), from an API over a fresh temporary home that is removed after.
 */
export async function fetchOpenApiDocument(): Promise<OpenAPI3> {
  const home = await mkdtemp(path.join(os.tmpdir(), 'leadpipe-openapi-'));
  try {
    // The environment and any .env are left out: the document must not depend on who generates it.
    const lp = await openLeadpipe(loadConfigOrThrow({ env: {}, cwd: home, flags: { home } }));
    try {
      const app = await buildApp({ lp, logger: false });
      try {
        await app.ready();
        return JSON.parse(JSON.stringify(app.swagger())) as OpenAPI3;
      } finally {
        await app.close();
      }
    } finally {
      await lp.close();
    }
  } finally {
    await rm(home, { recursive: true, force: true });
  }
}

/** The TypeScript text of `schema.gen.ts` for an OpenAPI document, formatted as Prettier would. */
export async function renderApiTypes(doc: OpenAPI3): Promise<string> {
  const text = HEADER + astToString(await openapiTS(doc, { alphabetize: false }));
  const options = await prettier.resolveConfig(API_TYPES_FILE);
  return prettier.format(text, { ...options, filepath: API_TYPES_FILE });
}

/** Regenerates and writes `schema.gen.ts`; returns its path. */
export async function generateApiTypes(): Promise<string> {
  await writeFile(API_TYPES_FILE, await renderApiTypes(await fetchOpenApiDocument()));
  return API_TYPES_FILE;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = await generateApiTypes();
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
