import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { API_TYPES_FILE, fetchOpenApiDocument, renderApiTypes } from './gen-api-types.ts';

describe('the API types generated from the OpenAPI document', () => {
  it('match the checked-in schema.gen.ts (else run npm run gen:api-types)', async () => {
    const fresh = await renderApiTypes(await fetchOpenApiDocument());
    const checkedIn = await readFile(API_TYPES_FILE, 'utf8').catch(() => '');
    if (fresh !== checkedIn)
      expect.fail(
        "packages/web/src/api/schema.gen.ts differs from the API's OpenAPI document: run npm run gen:api-types",
      );
  });
});
