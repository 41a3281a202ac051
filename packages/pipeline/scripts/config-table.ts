/**
 * Writes the Configuration table, rendered from the variable declarations, into README.md between the
 * `<!-- config-table:start -->` / `<!-- config-table:end -->` markers. Run with `npm run docs:config`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withConfigTable } from '../src/config/config-table.ts';

const readmePath = path.join(fileURLToPath(new URL('../../../', import.meta.url)), 'README.md');
const before = readFileSync(readmePath, 'utf8');
const after = withConfigTable(before);
if (after === before) console.log('README.md: the configuration table is up to date');
else {
  writeFileSync(readmePath, after);
  console.log('README.md: configuration table written');
}
