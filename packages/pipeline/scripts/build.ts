/**
 * `npm run build`: compiles `src/` (tests left out) to JavaScript in `dist/` with `tsc -p tsconfig.build.json`
 * (`.ts` imports rewritten to `.js`), and the web package's serving rules (`static-files.ts`, no
 * dependencies) to `dist/web-static-files.js`, for the packed layout where `@leadpipe/web` is not installed.
 * `dist/` is emptied first, so a deleted source leaves nothing behind.
 *
 * With `--pack` (npm's `prepack`) it also copies the built dashboard (`packages/web/dist`, built first when
 * stale) to `web/`, and the repository's LICENSE, NOTICE, README.md and CHANGELOG.md into the package;
 * `--unpack` (`postpack`) removes those copies again.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const PACKAGE = fileURLToPath(new URL('..', import.meta.url));
const REPO = path.resolve(PACKAGE, '../..');
const WEB = path.join(REPO, 'packages/web');
const DIST = path.join(PACKAGE, 'dist');
/** What `--pack` copies into the package, and `--unpack` removes. */
const PACKED_COPIES = ['LICENSE', 'NOTICE', 'README.md', 'CHANGELOG.md'];

function run(command: string, args: string[]): void {
  const r = spawnSync(process.execPath, [command, ...args], { cwd: REPO, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${path.basename(command)} ${args.join(' ')} failed (${r.status})`);
}

function build(): void {
  rmSync(DIST, { recursive: true, force: true });
  run(path.join(REPO, 'node_modules/typescript/bin/tsc'), ['-p', path.join(PACKAGE, 'tsconfig.build.json')]);
  const source = readFileSync(path.join(WEB, 'static-files.ts'), 'utf8');
  const js = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  writeFileSync(path.join(DIST, 'web-static-files.js'), js);
}

function pack(): void {
  build();
  run(path.join(REPO, 'node_modules/tsx/dist/cli.mjs'), [
    path.join(WEB, 'scripts/build-web.ts'),
    '--if-stale',
  ]);
  rmSync(path.join(PACKAGE, 'web'), { recursive: true, force: true });
  cpSync(path.join(WEB, 'dist'), path.join(PACKAGE, 'web'), { recursive: true });
  for (const f of PACKED_COPIES) cpSync(path.join(REPO, f), path.join(PACKAGE, f));
}

function unpack(): void {
  rmSync(path.join(PACKAGE, 'web'), { recursive: true, force: true });
  for (const f of PACKED_COPIES) rmSync(path.join(PACKAGE, f), { force: true });
}

const mode = process.argv[2];
if (mode === '--pack') pack();
else if (mode === '--unpack') unpack();
else if (mode === undefined) build();
else throw new Error(`unknown option ${mode} (use --pack, --unpack or nothing)`);
if (!existsSync(path.join(DIST, 'cli/main.js')) && mode !== '--unpack')
  throw new Error('dist/cli/main.js missing');
