/**
 * The container and AWS files cannot run here (no Docker engine, no AWS account), so they are checked
 * statically: they parse, what they reference exists, and they agree with the app (variables). The SAM
 * template has its own test, `deploy-template.test.ts`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT, tempDir } from '../../test/helpers.ts';
import { CONFIG_VARIABLES, loadConfigOrThrow } from '../config/config.ts';

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

  it('builds the Lambda image with a handler file that exports `handler`', () => {
    const ins = instructions('Dockerfile.lambda');
    expect(ins[0]).toMatchObject({ op: 'FROM', args: 'public.ecr.aws/lambda/nodejs:20' });
    for (const src of copySources('Dockerfile.lambda'))
      expect(existsSync(path.join(REPO_ROOT, src)), src).toBe(true);
    const [handler] = JSON.parse(ins.find((i) => i.op === 'CMD')?.args ?? '[]') as string[];
    const match = /^(.+)\.(\w+)$/.exec(handler ?? '');
    expect(match?.[2]).toBe('handler');
    const entry = path.join(REPO_ROOT, `${match?.[1]}.mjs`);
    expect(existsSync(entry)).toBe(true);
    expect(readFileSync(entry, 'utf8')).toMatch(/export const handler\b/);
    expect(readFileSync(entry, 'utf8')).toMatch(/import\('\.\/lambda\.ts'\)/);
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
