/**
 * Installing the packed `leadpipe` tarball offline, as a user's `npm i leadpipe-x.y.z.tgz` would, for the
 * release test: a lockfile for the install is cut from the repository's own (the packed package's
 * dependency tree, exactly the versions `npm ci` put in npm's cache), so `npm ci --offline` needs no
 * registry.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

type LockEntry = Record<string, unknown> & {
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  link?: boolean;
};

/** Where npm finds `name` from the package at `from` (its own node_modules, then each parent's). */
function resolve(packages: Record<string, LockEntry>, from: string, name: string): string | undefined {
  let base = from;
  for (;;) {
    const candidate = `${base ? `${base}/` : ''}node_modules/${name}`;
    if (packages[candidate]) return candidate;
    if (!base) return undefined;
    const at = base.lastIndexOf('/node_modules/');
    base = at >= 0 ? base.slice(0, at) : base.startsWith('node_modules/') ? '' : '';
  }
}

/**
 * The package.json and package-lock.json of a project that depends on the tarball at `tarball` only,
 * with the dependency tree of `packages/pipeline` taken from the repository's lockfile `repoLock`.
 */
export function installLock(repoLock: string, tarball: string): { packageJson: unknown; lock: unknown } {
  const lock = JSON.parse(readFileSync(repoLock, 'utf8')) as { packages: Record<string, LockEntry> };
  const packages = lock.packages;
  const self = packages['packages/pipeline']!;
  const out: Record<string, LockEntry> = {};
  const seen = new Set<string>();
  const visit = (from: string, entry: LockEntry): void => {
    const wanted = {
      ...entry.dependencies,
      ...entry.optionalDependencies,
      ...entry.peerDependencies,
    };
    for (const name of Object.keys(wanted)) {
      const at = resolve(packages, from, name);
      if (!at || seen.has(at)) continue;
      seen.add(at);
      const found = packages[at]!;
      const target = at.startsWith('packages/pipeline/')
        ? `node_modules/leadpipe/${at.slice('packages/pipeline/'.length)}`
        : at;
      const copy: LockEntry = { ...found };
      delete copy.dev;
      delete copy.devOptional;
      delete copy.peer;
      out[target] = copy;
      visit(at, found);
    }
  };
  visit('packages/pipeline', {
    dependencies: self.dependencies,
    optionalDependencies: self.optionalDependencies,
  });
  const file = `file:${path.basename(tarball)}`;
  const integrity = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
  const { devDependencies: _dev, ...selfProd } = self as LockEntry & { devDependencies?: unknown };
  // npm applies `overrides` only from the project being installed, never from a dependency: a project on
  // Node 20 that wants the Node-20 versions of the two packages the workspace pins (README, "Install")
  // declares the same overrides, and so does this one. Without them it gets versions whose `engines` say
  // Node 22 (they run on 20; npm warns EBADENGINE).
  const { overrides } = JSON.parse(
    readFileSync(path.join(path.dirname(repoLock), 'package.json'), 'utf8'),
  ) as {
    overrides?: Record<string, string>;
  };
  return {
    packageJson: {
      name: 'leadpipe-install-check',
      private: true,
      dependencies: { leadpipe: file },
      ...(overrides ? { overrides } : {}),
    },
    lock: {
      name: 'leadpipe-install-check',
      lockfileVersion: 3,
      requires: true,
      packages: {
        '': { name: 'leadpipe-install-check', dependencies: { leadpipe: file } },
        'node_modules/leadpipe': { ...selfProd, resolved: file, integrity },
        ...out,
      },
    },
  };
}
