import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../test/helpers.ts';
import { CONFIG_VARIABLES, loadConfigOrThrow } from './config.ts';
import { CONFIG_EXAMPLE_FILE, renderConfigExample } from './config-example.ts';

const file = path.join(REPO_ROOT, CONFIG_EXAMPLE_FILE);

describe('leadpipe.config.example.json', () => {
  it('is the one rendered from the variable declarations (run `npm run docs:config` if this fails)', () => {
    expect(
      readFileSync(file, 'utf8'),
      `${CONFIG_EXAMPLE_FILE} differs from the declarations: run \`npm run docs:config\``,
    ).toBe(renderConfigExample());
  });

  it('documents every key with its environment variable, and never shows a secret', () => {
    const text = renderConfigExample();
    for (const v of CONFIG_VARIABLES) {
      const key = v.path.split('.').pop() as string;
      expect(text, v.path).toMatch(
        new RegExp(`Environment:\\s+(?://\\s+)?${v.env}\\.[^\\n]*\\n(?:\\s*//[^\\n]*\\n)*\\s*"${key}": `),
      );
      if (v.sensitive) expect(text, v.path).toMatch(new RegExp(`"${key}": null`));
    }
  });

  it('loads as a config file (comments and nulls allowed) and gives exactly the defaults', () => {
    const fromExample = loadConfigOrThrow({ cwd: '/tmp', env: {}, configFile: file });
    expect(fromExample).toEqual(loadConfigOrThrow({ cwd: '/tmp', env: {} }));
  });
});
