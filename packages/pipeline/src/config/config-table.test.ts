import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../test/helpers.ts';
import { CONFIG_VARIABLES } from './config.ts';
import { describeVariable, renderConfigTable, withConfigTable } from './config-table.ts';

describe('the README configuration table', () => {
  it('is the one rendered from the variable declarations (run `npm run docs:config` if this fails)', () => {
    const readme = readFileSync(`${REPO_ROOT}/README.md`, 'utf8');
    expect(
      readme,
      "README.md's configuration table differs from the declarations: run `npm run docs:config`",
    ).toBe(withConfigTable(readme));
  });

  it('lists every variable once, each with its default rendered from the declared value', () => {
    const table = renderConfigTable();
    for (const v of CONFIG_VARIABLES) expect(table.split(`\`${v.env}\``)).toHaveLength(2);
    const meaning = (env: string): string =>
      describeVariable(CONFIG_VARIABLES.find((v) => v.env === env) as (typeof CONFIG_VARIABLES)[number]);
    expect(meaning('LEADPIPE_WAREHOUSE')).toBe('`duckdb` (default) or `snowflake`.');
    expect(meaning('LEADPIPE_ON_ERROR')).toBe('`CONTINUE` (default), `SKIP_FILE`, `ABORT_STATEMENT`.');
    expect(meaning('LEADPIPE_MAX_RECORD_BYTES')).toBe('Longest accepted record (default 8 MiB).');
    expect(meaning('LEADPIPE_NULL_TOKENS')).toBe(
      'Comma-separated null tokens (default `,Select,NA,N/A,null`).',
    );
    expect(meaning('LEADPIPE_CORS_ORIGINS')).toBe('CORS allow-list, comma-separated.');
  });
});
