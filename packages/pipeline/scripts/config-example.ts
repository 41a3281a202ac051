/**
 * Writes `leadpipe.config.example.json` at the repository root, rendered from the variable declarations
 * (every key, its meaning, environment variable and default; secrets as `null`). Run with
 * `npm run docs:config`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONFIG_EXAMPLE_FILE, renderConfigExample } from '../src/config/config-example.ts';

const file = path.join(fileURLToPath(new URL('../../../', import.meta.url)), CONFIG_EXAMPLE_FILE);
const text = renderConfigExample();
if (existsSync(file) && readFileSync(file, 'utf8') === text)
  console.log(`${CONFIG_EXAMPLE_FILE} is up to date`);
else {
  writeFileSync(file, text);
  console.log(`${CONFIG_EXAMPLE_FILE} written`);
}
