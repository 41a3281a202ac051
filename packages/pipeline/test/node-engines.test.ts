import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * Issue 20: "Dependencies compatible with the Node versions the README promises". Every package the lock
 * file installs must accept the oldest Node the workspace's `engines` names; npm only warns (EBADENGINE),
 * so nothing else would catch a dependency that moved to a newer Node.
 */

type Version = [number, number, number];

/** `20`, `20.19`, `20.19.1`, `20.x`, `20.*` as the lowest version they name and how many parts were given. */
function parseVersion(text: string): { v: Version; parts: number } {
  const nums = text
    .replace(/^v/, '')
    .split('.')
    .filter((p) => p !== '' && p !== 'x' && p !== '*' && p !== 'X')
    .map(Number);
  return { v: [nums[0] ?? 0, nums[1] ?? 0, nums[2] ?? 0], parts: nums.length };
}

function compare(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** Whether `node` satisfies one comparator of an npm range (`>=18`, `^20.9.0`, `~14.17`, `18`, `*`). */
function satisfiesComparator(node: Version, comparator: string): boolean {
  if (comparator === '*' || comparator === '') return true;
  const m = /^(>=|<=|>|<|\^|~|=)?\s*(.+)$/.exec(comparator);
  if (!m) throw new Error(`unparsed comparator ${comparator}`);
  const op = m[1] ?? '';
  const { v, parts } = parseVersion(m[2] ?? '');
  const c = compare(node, v);
  switch (op) {
    case '>=':
      return c >= 0;
    case '>':
      return c > 0;
    case '<=':
      return c <= 0;
    case '<':
      return c < 0;
    case '^':
      return c >= 0 && node[0] === v[0];
    case '~':
      return c >= 0 && node[0] === v[0] && (parts < 2 || node[1] === v[1]);
    default:
      // A bare version matches the parts it names: `18` is 18.x.x, `14.17` is 14.17.x.
      return v.slice(0, Math.max(parts, 1)).every((n, i) => node[i] === n);
  }
}

/** Whether `node` satisfies an npm range: alternatives by `||`, each a space-separated AND of comparators. */
function satisfies(node: Version, range: string): boolean {
  return range.split('||').some((alt) =>
    alt
      .trim()
      .replace(/(>=|<=|>|<|\^|~|=)\s+/g, '$1')
      .split(/\s+/)
      .every((c) => satisfiesComparator(node, c)),
  );
}

const root = new URL('../../../', import.meta.url);
const lock = JSON.parse(readFileSync(new URL('package-lock.json', root), 'utf8')) as {
  packages: Record<string, { version?: string; engines?: { node?: string } | string[] }>;
};
const promised = (
  JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { engines: { node: string } }
).engines.node;

describe('node engines (issue 20)', () => {
  it('reads npm ranges as npm does', () => {
    const n20: Version = [20, 19, 0];
    expect(satisfies(n20, '>=22')).toBe(false);
    expect(satisfies(n20, '>= 18')).toBe(true);
    expect(satisfies(n20, '^20.19.0 || ^22.13.0 || >=24')).toBe(true);
    expect(satisfies(n20, '^20.20.0 || >=22')).toBe(false);
    expect(satisfies(n20, '20 || >=22')).toBe(true);
    expect(satisfies(n20, '18 || >=22')).toBe(false);
    expect(satisfies(n20, '>=16 || 14 >=14.17')).toBe(true);
    expect(satisfies(n20, '10.* || >= 12.*')).toBe(true);
    expect(satisfies(n20, '~20.18')).toBe(false);
  });

  it(`every locked package accepts the oldest Node the workspace promises (${promised})`, () => {
    const oldest = parseVersion(promised.replace(/^>=\s*/, '')).v;
    const refused = Object.entries(lock.packages)
      .filter(([name]) => name !== '')
      .flatMap(([name, p]) => {
        const range = Array.isArray(p.engines) ? undefined : p.engines?.node;
        return range && !satisfies(oldest, range) ? [`${name}@${p.version ?? '?'} wants node ${range}`] : [];
      });
    expect(refused).toEqual([]);
  });
});
