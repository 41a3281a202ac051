/**
 * The parity harness of the DuckDB COPY tests: one file put and loaded twice, staged as `csv` (typed by
 * DuckDB's SQL at COPY) and as `documents` (typed by the JavaScript cleaner at PUT), each in its own home,
 * so a test can compare what the two paths stored.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Leadpipe } from '../src/pipeline/context.ts';
import { openLeadpipe } from '../src/pipeline/context.ts';
import { loadFiles } from '../src/pipeline/pipe.ts';
import { putFile } from '../src/pipeline/put.ts';
import type { StagedFile } from '../src/stage/stage.ts';
import { testConfig } from './helpers.ts';

/** The two staging layouts compared. */
export type Layout = 'csv' | 'documents';

/** What {@link loadBothLayouts} gives: per layout, the open home, the staged file and its load result. */
export interface LayoutParity {
  homes: Record<Layout, Leadpipe>;
  staged: Record<Layout, StagedFile>;
  loads: Record<Layout, Awaited<ReturnType<typeof loadFiles>>[number]>;
}

/**
 * Writes `content` as `dir/<fileName>` with a declared schema keyed by `id`, then puts and loads it once per
 * layout (homes `dir/csv` and `dir/documents`). The caller closes the homes.
 */
export async function loadBothLayouts(
  dir: string,
  schema: unknown,
  fileName: string,
  content: string,
): Promise<LayoutParity> {
  const schemaFile = path.join(dir, 'schema.json');
  await writeFile(schemaFile, JSON.stringify(schema));
  const file = path.join(dir, fileName);
  await writeFile(file, content);
  const out = { homes: {}, staged: {}, loads: {} } as LayoutParity;
  for (const layout of ['csv', 'documents'] as const) {
    const lp = await openLeadpipe(testConfig(path.join(dir, layout), { schemaFile, key: 'id' }));
    out.homes[layout] = lp;
    const put = await putFile(lp, file, undefined, { layout });
    if (!put.ok) throw new Error(put.error);
    out.staged[layout] = put.file;
    const [result] = await loadFiles(lp, [put.file]);
    if (!result) throw new Error(`no load result for the ${layout} layout`);
    out.loads[layout] = result;
  }
  return out;
}
