/**
 * The README's Configuration table, rendered from the variable declarations (`npm run docs:config` writes it
 * between the `config-table` markers; `config-table.test.ts` fails when README.md drifts from it).
 */
import type { ConfigVariable } from './config-variable.ts';
import { CONFIG_VARIABLES } from './variables.ts';

/** The marker lines README.md's generated table sits between. */
export const CONFIG_TABLE_MARKERS = {
  start: '<!-- config-table:start -->',
  end: '<!-- config-table:end -->',
} as const;

const MiB = 1024 * 1024;

/** A declared default as the README shows it, or `undefined` when there is nothing worth showing. */
function formatDefault(v: ConfigVariable): string | undefined {
  const value = v.default;
  if (value === undefined || value === '') return undefined;
  if (Array.isArray(value)) return value.length === 0 ? undefined : `\`${value.join(',')}\``;
  if (typeof value === 'number')
    return v.unit === 'bytes' && value % MiB === 0 ? `${value / MiB} MiB` : String(value);
  return `\`${String(value)}\``;
}

/** An enum's values in backticks, the default marked: "`a` (default) or `b`", "`a` (default), `b`, `c`". */
function formatChoices(v: ConfigVariable): string {
  const items = (v.choices ?? []).map((c) => `\`${c}\`${c === v.default ? ' (default)' : ''}`);
  return items.length === 2 ? items.join(' or ') : items.join(', ');
}

/** A variable's "Meaning" cell: its description with the default rendered from the declared value. */
export function describeVariable(v: ConfigVariable): string {
  if (v.description.includes('{choices}')) return v.description.replace('{choices}', formatChoices(v));
  const shown = formatDefault(v);
  if (v.description.includes('{default}')) return v.description.replace('{default}', shown ?? 'none');
  if (shown === undefined) return v.description;
  const text = v.description.replace(/\.$/, '');
  return `${text} (default ${shown}).`;
}

/**
 * The Configuration table in Markdown, one row per variable in declaration order, padded as Prettier pads
 * tables (so `npm run format` leaves it alone).
 */
export function renderConfigTable(variables: readonly ConfigVariable[] = CONFIG_VARIABLES): string {
  const rows = variables.map((v) => [`\`${v.env}\``, describeVariable(v).replaceAll('|', '\\|')]);
  const header = ['Variable', 'Meaning'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (cells: string[]): string =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] as number)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/**
 * `readme` with the text between the markers replaced by the rendered table. Throws when a marker is
 * missing.
 */
export function withConfigTable(readme: string, table = renderConfigTable()): string {
  const start = readme.indexOf(CONFIG_TABLE_MARKERS.start);
  const end = readme.indexOf(CONFIG_TABLE_MARKERS.end);
  if (start < 0 || end < start) throw new Error('README.md lacks the config-table markers');
  return `${readme.slice(0, start + CONFIG_TABLE_MARKERS.start.length)}\n\n${table}\n\n${readme.slice(end)}`;
}
