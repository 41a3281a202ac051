/**
 * The release as a user gets it (slow, ~2-3 min; one test, once per suite): `npm pack` of packages/pipeline
 * (prepack builds dist/ and copies the built dashboard), the tarball's contents, an offline install of it
 * into a fresh project, then the installed `leadpipe` runs on the bundled sample and serves the dashboard
 * and the API.
 */
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runNode, tempDir } from './helpers.ts';
import { installLock } from './packed-install.ts';

const exec = promisify(execFile);
const NPM_ENV = {
  ...process.env,
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
};

describe('the packed package', () => {
  let work: Awaited<ReturnType<typeof tempDir>>;
  let tarball: string;
  beforeAll(async () => {
    work = await tempDir('leadpipe-release-');
  });
  afterAll(() => work.cleanup());

  it('packs only the build, schema, models, sample and dashboard; installs offline; runs and serves', async () => {
    const { version } = JSON.parse(
      await readFile(path.join(REPO_ROOT, 'packages/pipeline/package.json'), 'utf8'),
    ) as {
      version: string;
    };
    const packed = await exec(
      'npm',
      ['pack', '--workspace', 'packages/pipeline', '--pack-destination', work.dir],
      {
        cwd: REPO_ROOT,
        env: NPM_ENV,
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    tarball = path.join(work.dir, `leadpipe-${version}.tgz`);
    expect(packed.stdout.trim().split('\n').at(-1)).toBe(`leadpipe-${version}.tgz`);

    const listed = (await exec('tar', ['tzf', tarball], { maxBuffer: 16 * 1024 * 1024 })).stdout
      .trim()
      .split('\n');
    const files = listed.map((f) => f.replace(/^package\//, ''));
    expect(files.filter((f) => /\.test\.|(^|\/)test\//.test(f))).toEqual([]);
    expect(files.filter((f) => f.startsWith('src/') || f.endsWith('.ts'))).toEqual([]);
    const tops = [...new Set(files.map((f) => f.split('/')[0]))].sort();
    expect(tops).toEqual(
      [
        'CHANGELOG.md',
        'LICENSE',
        'NOTICE',
        'README.md',
        'bin',
        'dist',
        'models',
        'package.json',
        'sample',
        'schema',
        'web',
      ].sort(),
    );
    expect(files).toEqual(
      expect.arrayContaining([
        'dist/cli/main.js',
        'dist/web-static-files.js',
        'web/index.html',
        'models/default-model.json',
        'sample/leads-sample.csv',
      ]),
    );
    const manifest = JSON.parse(
      (await exec('tar', ['xzOf', tarball, 'package/package.json'])).stdout,
    ) as Record<string, unknown>;
    expect(manifest).toMatchObject({ license: 'Apache-2.0', bin: { leadpipe: './bin/leadpipe.js' } });
    expect(manifest.private).toBeUndefined();
    expect(Object.keys(manifest.dependencies as object)).not.toContain('tsx');

    // Offline, from the cache npm ci filled: the lockfile of the install is cut from the repository's.
    const project = path.join(work.dir, 'project');
    await exec('mkdir', ['-p', project]);
    const { packageJson, lock } = installLock(path.join(REPO_ROOT, 'package-lock.json'), tarball);
    await exec('cp', [tarball, project]);
    await writeFile(path.join(project, 'package.json'), JSON.stringify(packageJson, null, 2));
    await writeFile(path.join(project, 'package-lock.json'), JSON.stringify(lock, null, 2));
    await exec('npm', ['ci', '--offline', '--no-audit', '--no-fund'], {
      cwd: project,
      env: NPM_ENV,
      maxBuffer: 16 * 1024 * 1024,
    });

    const bin = path.join(project, 'node_modules/leadpipe/bin/leadpipe.js');
    const home = path.join(work.dir, 'home');
    const v = await runNode([bin, '--version']);
    expect(v).toMatchObject({ code: 0, stdout: `${version}\n` });
    const run = await runNode([bin, '--home', home, 'run']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('2,000 loaded');

    let port = 0;
    const checks: Promise<void>[] = [];
    const served = await runNode([bin, '--home', home, 'serve', '--port', '0'], {
      timeoutMs: 120_000,
      onStdout: (text, signal) => {
        const m = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(text);
        if (!m || port) return;
        port = Number(m[1]);
        const check = (async () => {
          try {
            const page = await fetch(`http://127.0.0.1:${port}/`, { headers: { accept: 'text/html' } });
            expect(page.status).toBe(200);
            expect(page.headers.get('content-type')).toContain('text/html');
            const html = await page.text();
            expect(html).toContain('<div id="root">');
            const script = /src="\.?(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
            expect((await fetch(`http://127.0.0.1:${port}${script}`)).status).toBe(200);
            const leads = (await (await fetch(`http://127.0.0.1:${port}/leads?limit=5`)).json()) as {
              total: number;
              items: unknown[];
            };
            expect(leads.total).toBe(2000);
            expect(leads.items).toHaveLength(5);
          } finally {
            signal('SIGTERM');
          }
        })();
        // Awaited below, once the server has stopped; until then a failure must not count as unhandled.
        check.catch(() => undefined);
        checks.push(check);
      },
    });
    for (const check of checks) await check;
    expect(port).toBeGreaterThan(0);
    expect(served.code, served.stderr).toBe(0);
  }, 600_000);
});
