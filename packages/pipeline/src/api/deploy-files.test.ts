/**
 * The container and AWS files cannot run here (no Docker engine, no AWS account), so they are checked
 * statically: they parse, what they reference exists, and they agree with the app (variables). The SAM
 * template has its own test, `deploy-template.test.ts`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT, tempDir } from '../../test/helpers.ts';
import { buildWeb, DIST } from '../../../web/scripts/build-web.ts';
import { CONFIG_VARIABLES, loadConfigOrThrow } from '../config/config.ts';
import { PACKED_WEB_DIR } from './web-static.ts';

const read = (file: string): string => readFileSync(path.join(REPO_ROOT, file), 'utf8');

/** Dockerfile instructions, continuation lines joined, comments dropped. */
function instructions(file: string): { op: string; args: string }[] {
  const lines = read(file)
    .replace(/\\\r?\n/g, ' ')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  return lines.map((l) => {
    const [op = '', ...rest] = l.split(/\s+/);
    return { op: op.toUpperCase(), args: rest.join(' ') };
  });
}

function copySources(file: string): string[] {
  return instructions(file)
    .filter((i) => i.op === 'COPY' && !i.args.startsWith('--from'))
    .flatMap((i) => i.args.split(/\s+/).slice(0, -1));
}

describe('the deployment files (checked statically: no Docker engine or AWS account here)', () => {
  it('builds the server image from files that exist, serving with `leadpipe serve` on Node 20', () => {
    const ins = instructions('Dockerfile');
    expect(ins[0]).toMatchObject({ op: 'FROM', args: expect.stringMatching(/^node:20[.\d]*-/) });
    for (const src of copySources('Dockerfile'))
      expect(existsSync(path.join(REPO_ROOT, src)), src).toBe(true);
    const cmd = JSON.parse(ins.find((i) => i.op === 'CMD')?.args ?? '[]') as string[];
    expect(cmd).toEqual(['node', 'packages/pipeline/bin/leadpipe.js', 'serve']);
    expect(existsSync(path.join(REPO_ROOT, cmd[1] as string))).toBe(true);
    expect(read('packages/pipeline/src/cli/main.ts')).toMatch(/\.command\('serve'\)/);
    expect(ins.find((i) => i.op === 'EXPOSE')?.args).toBe('8000');
    expect(ins.find((i) => i.op === 'HEALTHCHECK')?.args).toMatch(/\/healthcheck/);
    expect(ins.find((i) => i.op === 'USER')?.args).toBe('node');
    const env = ins
      .filter((i) => i.op === 'ENV')
      .map((i) => i.args)
      .join(' ');
    for (const name of env.match(/[A-Z_]+(?==)/g) ?? []) {
      if (name !== 'NODE_ENV')
        expect(
          CONFIG_VARIABLES.map((v) => v.env),
          name,
        ).toContain(name);
    }
  });

  it('puts the dashboard and the compiled pipeline in the server image, where the server looks for them', async () => {
    const ins = instructions('Dockerfile');
    const stages = ins.filter((i) => i.op === 'FROM');
    expect(stages.map((i) => i.args)).toEqual([
      expect.stringMatching(/ AS web$/),
      expect.stringMatching(/ AS build$/),
      expect.not.stringMatching(/ AS /),
    ]);
    const web = ins.slice(0, ins.indexOf(stages[1] as (typeof ins)[number]));
    const build = ins.slice(
      ins.indexOf(stages[1] as (typeof ins)[number]),
      ins.indexOf(stages[2] as (typeof ins)[number]),
    );
    const workdir = web.find((i) => i.op === 'WORKDIR')?.args as string;
    // The first stage runs the web package's own build script, which is `vite build` into its dist/.
    expect(web.filter((i) => i.op === 'RUN').map((i) => i.args)).toContain(
      'npm run build --workspace packages/web',
    );
    const webPackage = JSON.parse(read('packages/web/package.json')) as { scripts: Record<string, string> };
    expect(webPackage.scripts.build).toBe('vite build');
    // The second compiles the pipeline (npm run build: dist/), which the image runs with no transpiler.
    expect(build.filter((i) => i.op === 'RUN').map((i) => i.args)).toContain(
      'npm run build --workspace packages/pipeline',
    );
    expect(
      ins.some(
        (i) =>
          i.op === 'COPY' &&
          /^--from=build \S*packages\/pipeline\/dist packages\/pipeline\/dist$/.test(i.args),
      ),
    ).toBe(true);
    expect(copySources('Dockerfile')).not.toContain('packages/pipeline/src');
    expect(read('packages/pipeline/bin/leadpipe.js')).toMatch(/\.\.\/dist\/cli\/main\.js/);
    // The dashboard goes where the compiled server finds it without the web package: web/ beside dist/.
    const [from, to] = (ins.find((i) => i.op === 'COPY' && i.args.startsWith('--from=web'))?.args ?? '')
      .split(/\s+/)
      .slice(1);
    expect(path.posix.relative(workdir, from ?? '')).toBe(path.relative(REPO_ROOT, DIST));
    expect(path.resolve(REPO_ROOT, to ?? '') + path.sep).toBe(PACKED_WEB_DIR);
    for (const src of build.filter((i) => i.op === 'COPY').flatMap((i) => i.args.split(/\s+/).slice(0, -1)))
      expect(existsSync(path.join(REPO_ROOT, src)), src).toBe(true);
    // The stage's build sources are in the build context (.dockerignore keeps a local dist/ out of it).
    const ignored = read('.dockerignore')
      .split(/\r?\n/)
      .filter((l) => l && !l.startsWith('#'));
    expect(ignored).toContain('packages/web/dist');
    for (const src of web.filter((i) => i.op === 'COPY').flatMap((i) => i.args.split(/\s+/).slice(0, -1)))
      expect(existsSync(path.join(REPO_ROOT, src)), src).toBe(true);
    // And that build produces the page the server serves at /.
    const out = await tempDir('leadpipe-web-build-');
    try {
      await buildWeb({ outDir: out.dir });
      expect(existsSync(path.join(out.dir, 'index.html'))).toBe(true);
      expect(readdirSync(path.join(out.dir, 'assets')).some((f) => f.endsWith('.js'))).toBe(true);
    } finally {
      await out.cleanup();
    }
  }, 240_000);

  it('builds the Lambda image with a handler file that exports `handler`', () => {
    const ins = instructions('Dockerfile.lambda');
    // A build stage compiles the pipeline; the image itself is AWS's Node 20 Lambda base.
    expect(ins.filter((i) => i.op === 'FROM').map((i) => i.args)).toEqual([
      expect.stringMatching(/^node:20[.\d]*-\S+ AS build$/),
      'public.ecr.aws/lambda/nodejs:20',
    ]);
    for (const src of copySources('Dockerfile.lambda'))
      expect(existsSync(path.join(REPO_ROOT, src)), src).toBe(true);
    const [handler] = JSON.parse(ins.find((i) => i.op === 'CMD')?.args ?? '[]') as string[];
    const match = /^(.+)\.(\w+)$/.exec(handler ?? '');
    expect(match?.[2]).toBe('handler');
    const entry = path.join(REPO_ROOT, `${match?.[1]}.mjs`);
    expect(existsSync(entry)).toBe(true);
    expect(readFileSync(entry, 'utf8')).toMatch(/export const handler\b/);
    expect(readFileSync(entry, 'utf8')).toMatch(/import\('\.\/lambda\.ts'\)/);
    // The image runs the compiled code: the entry's fallback when no TypeScript sources are beside it.
    expect(readFileSync(entry, 'utf8')).toMatch(/\.\.\/\.\.\/dist\/api\/lambda\.js/);
    expect(
      ins.some((i) => i.op === 'COPY' && /^--from=build \S*packages\/pipeline\/dist /.test(i.args)),
    ).toBe(true);
    expect(copySources('Dockerfile.lambda')).not.toContain('packages/pipeline/src');
    expect(ins.some((i) => i.op === 'ENV' && i.args.includes('LEADPIPE_HOME=/tmp/'))).toBe(true);
  });

  it('runs the API and an S3 emulator with docker-compose, configured from env/.env', () => {
    const compose = parse(read('docker-compose.yml')) as {
      services: Record<
        string,
        {
          build?: { context: string; dockerfile: string };
          env_file?: string[];
          depends_on?: Record<string, unknown>;
          ports?: string[];
          volumes?: string[];
        }
      >;
      volumes: Record<string, unknown>;
    };
    const api = compose.services.api;
    expect(api?.build?.dockerfile).toBe('Dockerfile');
    expect(existsSync(path.join(REPO_ROOT, api?.build?.context ?? '', 'Dockerfile'))).toBe(true);
    expect(api?.env_file).toEqual(['env/.env']);
    expect(existsSync(path.join(REPO_ROOT, 'env/.env.example'))).toBe(true);
    expect(read('.gitignore')).toMatch(/^env\/\.env$/m);
    expect(api?.ports).toEqual(['${LEADPIPE_PORT:-8000}:8000']);
    for (const v of api?.volumes ?? []) expect(Object.keys(compose.volumes)).toContain(v.split(':')[0]);
    for (const [name, service] of Object.entries(compose.services)) {
      for (const dep of Object.keys(service.depends_on ?? {}))
        expect(Object.keys(compose.services), `${name} depends on ${dep}`).toContain(dep);
    }
    expect(compose.services.s3).toBeDefined();
    // The example configuration stages in the emulator compose starts, in the bucket compose creates there.
    const example = Object.fromEntries(
      read('env/.env.example')
        .split(/\r?\n/)
        .map((l) => /^([A-Z_][A-Z0-9_]*)=(.*)$/.exec(l))
        .filter((m) => m !== null)
        .map((m) => [m[1], m[2]]),
    ) as Record<string, string>;
    expect(example.LEADPIPE_STAGE).toBe('s3');
    const endpoint = new URL(example.S3_ENDPOINT_URL ?? '');
    expect(Object.keys(compose.services)).toContain(endpoint.hostname);
    expect(compose.services[endpoint.hostname]?.ports).toContain(`${endpoint.port}:${endpoint.port}`);
    const bucketService = compose.services['s3-bucket'] as { environment?: Record<string, string> };
    expect(bucketService.environment?.BUCKET).toBe(`\${S3_BUCKET:-${example.S3_BUCKET}}`);
  });

  it('documents every configuration variable in env/.env.example, as a valid configuration with no secrets', async () => {
    const env: Record<string, string> = {};
    for (const line of read('env/.env.example').split(/\r?\n/)) {
      const m = /^([A-Z_][A-Z0-9_]*)=(.*)$/.exec(line);
      if (!m) continue;
      expect(env, `${m[1]} twice`).not.toHaveProperty(m[1] as string);
      env[m[1] as string] = m[2] as string;
    }
    expect(Object.keys(env).sort()).toEqual(CONFIG_VARIABLES.map((v) => v.env).sort());
    for (const v of CONFIG_VARIABLES.filter((x) => x.sensitive && x.group !== 's3'))
      expect(env[v.env], v.env).toBe('');
    const t = await tempDir();
    try {
      // With a key filled in, the example is a configuration leadpipe accepts.
      const config = loadConfigOrThrow({ env: { ...env, LEADPIPE_API_KEY: 'x'.repeat(32) }, cwd: t.dir });
      expect(config.api.host).toBe('0.0.0.0');
    } finally {
      await t.cleanup();
    }
  });
});
