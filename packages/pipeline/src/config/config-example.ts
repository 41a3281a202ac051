/**
 * `leadpipe.config.example.json` at the repository root, rendered from the variable declarations
 * (`npm run docs:config` writes it; `config-example.test.ts` fails when it drifts): every key with its
 * meaning, environment variable and default. Secrets are never shown, only `null` and where to set them.
 */
import type { ConfigVariable } from './config-variable.ts';
import { describeVariable } from './config-table.ts';
import { CONFIG_VARIABLES } from './variables.ts';

/** The example file's name, at the repository root. */
export const CONFIG_EXAMPLE_FILE = 'leadpipe.config.example.json';

/** `text` as `//` comment lines of at most `width` characters, each indented by `indent`. */
function comment(text: string, indent: string, width = 108): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && indent.length + 3 + line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.map((l) => `${indent}// ${l}`);
}

/** A value as the example shows it: JSON, arrays on one line as Prettier prints them. */
function json(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => JSON.stringify(v)).join(', ')}]`;
  return JSON.stringify(value);
}

/**
 * The example file's text: a header, then every variable in declaration order, grouped as the
 * configuration nests them (`api`, `s3`, ...), each preceded by its description and environment variable.
 * A declared default is shown as the value; a variable without one, and every secret, as `null` (not set).
 */
export function renderConfigExample(variables: readonly ConfigVariable[] = CONFIG_VARIABLES): string {
  const out: string[] = [
    ...comment(
      'Every setting of leadpipe with its default, generated from packages/pipeline/src/config/variables.ts ' +
        'by `npm run docs:config` (do not edit by hand). Copy it to leadpipe.config.json and keep only the ' +
        'keys you change: defaults < leadpipe.config.json < environment (and .env) < CLI flags. An unknown ' +
        'key is an error; null means "not set"; whole-line // comments are allowed.',
      '',
    ),
    '{',
  ];
  // Variables of one group are declared together, so a group opens at its first variable and closes
  // before the next variable outside it.
  let group: string | undefined;
  variables.forEach((v, i) => {
    const parts = v.path.split('.');
    const inGroup = parts.length > 1 ? (parts[0] as string) : undefined;
    if (inGroup !== group) {
      if (group) out.push('  },');
      if (inGroup) out.push(`  "${inGroup}": {`);
      group = inGroup;
    }
    const indent = inGroup ? '    ' : '  ';
    const secret = v.sensitive ? ` Secret: set it in the environment, not in a file.` : '';
    out.push(...comment(`${describeVariable(v)} Environment: ${v.env}.${secret}`, indent));
    const value = v.sensitive || v.default === undefined ? null : v.default;
    const next = variables[i + 1];
    const nextGroup = next && next.path.includes('.') ? next.path.split('.')[0] : undefined;
    // A comma unless this is the last member of its object (the group's closing brace follows).
    const comma = next !== undefined && (nextGroup === inGroup || inGroup === undefined);
    out.push(`${indent}"${parts[parts.length - 1] as string}": ${json(value)}${comma ? ',' : ''}`);
  });
  if (group) out.push('  }');
  out.push('}');
  return out.join('\n') + '\n';
}
