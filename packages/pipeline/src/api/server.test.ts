import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, tempDir, testConfig } from '../../test/helpers.ts';
import { openLeadpipe } from '../pipeline/context.ts';
import { putFile } from '../pipeline/put.ts';
import { apiKeyMatches, buildApp, loggerOptions } from './app.ts';
import { multipart } from '../../test/api-support.ts';
import { checkBindOrThrow, isLoopback, startServer } from './server.ts';

describe('the Node server', () => {
  it('knows loopback addresses from the others', () => {
    for (const h of ['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]', '::ffff:127.0.0.1'])
      expect(isLoopback(h), h).toBe(true);
    for (const h of ['0.0.0.0', '::', '10.0.0.5', '192.168.1.10', 'example.com', '128.0.0.1'])
      expect(isLoopback(h), h).toBe(false);
  });

  it('refuses to listen beyond loopback without an API key, and says so, before opening anything', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      const config = testConfig(dir, { api: { host: '0.0.0.0', port: 0 } });
      expect(() => checkBindOrThrow(config)).toThrow(/without an API key: set LEADPIPE_API_KEY/);
      await expect(startServer(config, { logger: false })).rejects.toMatchObject({ code: 'E_INSECURE_BIND' });
      expect(() =>
        checkBindOrThrow(testConfig(dir, { api: { host: '0.0.0.0', apiKey: 'k'.repeat(20) } })),
      ).not.toThrow();
    } finally {
      await cleanup();
    }
  });

  it('logs one JSON line per request with its request id, and never the API key', async () => {
    const { dir, cleanup } = await tempDir();
    const secret = 'never-log-this-key-123456';
    const config = testConfig(dir, { api: { apiKey: secret } });
    const lp = await openLeadpipe(config);
    const lines: Record<string, unknown>[] = [];
    const stream = { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) };
    const app = await buildApp({ lp, logger: { ...loggerOptions(config), stream } });
    try {
      await app.inject({
        method: 'GET',
        url: '/lead-count',
        headers: { 'x-request-id': 'req-42', 'x-api-key': secret },
      });
      const file = await multipart('k.csv', 'Prospect ID\nk-1\n');
      await app.inject({
        method: 'POST',
        url: '/upload',
        headers: { 'content-type': file.contentType, 'x-api-key': 'wrong-' + secret },
        payload: file.body,
      });
      const request = lines.find((l) => l.msg === 'request' && l.requestId === 'req-42');
      expect(request).toMatchObject({
        level: 'info',
        service: 'leadpipe-api',
        method: 'GET',
        url: '/lead-count',
        statusCode: 200,
        time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      });
      expect(lines.some((l) => l.msg === 'request refused' && l.code === 'E_API_KEY_INVALID')).toBe(true);
      expect(JSON.stringify(lines)).not.toContain(secret);
    } finally {
      await app.close();
      await lp.close();
      await cleanup();
    }
  });

  it('answers 503 on GET /healthcheck when the warehouse cannot be reached', async () => {
    const { dir, cleanup } = await tempDir();
    const lp = await openLeadpipe(testConfig(dir));
    const app = await buildApp({ lp, logger: false });
    try {
      expect((await app.inject({ url: '/healthcheck' })).statusCode).toBe(200);
      await lp.warehouse.close();
      const r = await app.inject({ url: '/healthcheck' });
      expect(r.statusCode).toBe(503);
      expect(r.json()).toMatchObject({
        status: 'unhealthy',
        checks: { warehouse: { ok: false }, stage: { ok: true } },
      });
    } finally {
      await app.close();
      await cleanup();
    }
  });

  it('compares API keys in constant time and exactly', () => {
    expect(apiKeyMatches('secret-key', 'secret-key')).toBe(true);
    expect(apiKeyMatches('secret-kez', 'secret-key')).toBe(false);
    expect(apiKeyMatches('secret', 'secret-key')).toBe(false);
    expect(apiKeyMatches('', 'secret-key')).toBe(false);
  });

  it('loads files left staged by an earlier process before serving, so it starts current', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      const config = testConfig(dir, { api: { port: 0 } });
      const file = path.join(dir, 'left-over.csv');
      await writeFile(file, 'Prospect ID,Lead Origin,TotalVisits\np-1,API,1\np-2,API,2\n');
      const lp = await openLeadpipe(config);
      expect((await putFile(lp, file)).ok).toBe(true);
      await lp.close();

      const server = await startServer(config, { logger: false });
      try {
        expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
        expect(server.catchUp.files).toMatchObject([
          { file: 'left-over.csv', status: 'LOADED', rowsLoaded: 2 },
        ]);
        expect(server.catchUp.task?.state).toBe('SUCCEEDED');
        const count = (await (await fetch(`${server.url}/lead-count`)).json()) as { count: number };
        expect(count.count).toBe(2);
      } finally {
        await server.close();
      }
      // The warehouse is released on close: the next process can open it.
      const again = await openLeadpipe(config);
      await again.close();
    } finally {
      await cleanup();
    }
  });

  it('runs as `leadpipe serve`, prints the URL, answers, and stops cleanly on SIGTERM', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      const child = spawn(process.execPath, [CLI, '--home', dir, 'serve', '--port', '0'], {
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LEADPIPE_LOG_LEVEL: 'warn' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      let err = '';
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no URL printed; stderr: ${err}`)), 30_000);
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          const m = /listening on (http:\/\/\S+)/.exec(out);
          if (m) {
            clearTimeout(timer);
            resolve(m[1] as string);
          }
        });
        child.once('exit', (code) => reject(new Error(`exited ${code}: ${err}`)));
      });
      const health = await fetch(`${url}/healthcheck`);
      expect(health.status).toBe(200);
      expect(out).toMatch(/docs: http:\/\/127\.0\.0\.1:\d+\/docs/);
      const exit = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      expect(await exit).toBe(0);
    } finally {
      await cleanup();
    }
  });

  it('exits with a clear message when asked to bind beyond loopback without a key', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      const child = spawn(
        process.execPath,
        [CLI, '--home', dir, 'serve', '--host', '0.0.0.0', '--port', '0'],
        {
          env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      let err = '';
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
      expect(code).toBe(1);
      expect(err).toMatch(/refusing to listen on 0\.0\.0\.0 without an API key/);
    } finally {
      await cleanup();
    }
  });
});
