import { mkdir, readFile, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, runNode, CLI, tempDir } from '../../test/helpers.ts';
import type { Moto } from '../../test/moto.ts';
import { MOTO_AVAILABLE, MOTO_CREDENTIALS, MOTO_MISSING_REASON, startMoto } from '../../test/moto.ts';
import { SAMPLE_FILE } from './commands/pipeline-commands.ts';

/** One CLI call: its arguments, environment, and what its stderr must say. */
interface Call {
  args: string[];
  env?: Record<string, string>;
  says?: RegExp;
}

/** Per command: a user's mistake (exit 1, one line) and a usage mistake (exit 2, one line). */
interface Row {
  command: string;
  user: Call;
  usage: Call;
}

type Result = Awaited<ReturnType<typeof runCli>>;

/** Runs `calls` with at most `limit` CLI processes at once (the machine has 2 cores). */
async function pool<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await fn(items[next++] as T);
  };
  await Promise.all(Array.from({ length: limit }, worker));
}

/** stderr is exactly one `leadpipe: ...` line, without a stack. */
function expectOneLine(r: Result, label: string): void {
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines, `${label}: ${r.stderr}`).toHaveLength(1);
  expect(lines[0], label).toMatch(/^leadpipe: \S/);
  expect(r.stderr, label).not.toMatch(/\n\s+at |unexpected error/);
}

describe('exit codes of every command', () => {
  let work: Awaited<ReturnType<typeof tempDir>>;
  let home: string;
  let leads: string;
  let busy: net.Server;
  let busyPort: number;
  let homes = 0;
  /** A fresh home for a call that opens one (calls run two at a time; DuckDB allows one process a home). */
  const freshHome = (): string => path.join(work.dir, `home-${homes++}`);

  beforeAll(async () => {
    work = await tempDir('leadpipe-exit-');
    home = path.join(work.dir, 'home');
    leads = path.join(work.dir, 'leads.csv');
    // The first 300 leads of the sample: enough for every command, small enough to keep this quick.
    const sample = await readFile(SAMPLE_FILE, 'utf8');
    await writeFile(
      leads,
      sample
        .split(/(?<=\n)/)
        .slice(0, 301)
        .join(''),
    );
    await writeFile(path.join(work.dir, 'typo.config.json'), '{ "api": { "prot": 8001 } }');
    busy = net.createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    busyPort = (busy.address() as net.AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise((resolve) => busy.close(resolve));
    await work.cleanup();
  });

  const rows = (): Row[] => [
    {
      command: 'run',
      user: { args: ['run', 'nope.csv'], says: /^leadpipe: no such file: nope\.csv — check the path$/ },
      usage: {
        args: ['run', '--on-error', 'IGNORE'],
        says: /Allowed choices are CONTINUE.*leadpipe run --help/,
      },
    },
    {
      command: 'put',
      user: { args: ['put', path.join(work.dir, 'missing')], says: /no such file: .*missing/ },
      usage: { args: ['put'], says: /missing required argument 'files'/ },
    },
    {
      command: 'load',
      user: { args: ['load'], env: { LEADPIPE_ON_ERROR: 'NEVER' }, says: /^leadpipe: LEADPIPE_ON_ERROR: / },
      usage: { args: ['load', '--bogus'], says: /unknown option '--bogus' — see `leadpipe load --help`/ },
    },
    {
      command: 'task run',
      user: { args: ['--key', 'Prospect ID', 'task', 'run'], says: /^leadpipe: --key: the key must be/ },
      usage: { args: ['task', 'run', 'now'], says: /too many arguments.*leadpipe task run --help/ },
    },
    {
      command: 'validate',
      user: { args: ['validate', 'nope.csv'], says: /no such file: nope\.csv/ },
      usage: { args: ['validate'], says: /missing required argument/ },
    },
    {
      command: 'status',
      user: {
        args: ['--config', path.join(work.dir, 'typo.config.json'), 'status'],
        says: /typo\.config\.json: unknown key api\.prot — did you mean api\.port\?$/,
      },
      usage: { args: ['status', '--bogus'], says: /unknown option/ },
    },
    {
      command: 'query',
      user: {
        args: ['--home', freshHome(), 'query', 'SELEC 1'],
        says: /^leadpipe: Parser Error: syntax error at or near "SELEC"$/,
      },
      usage: { args: ['query'], says: /missing required argument 'sql'/ },
    },
    {
      command: 'query (unknown table)',
      user: {
        args: ['--home', freshHome(), 'query', 'SELECT * FROM nope'],
        says: /Catalog Error: Table with name nope does not exist/,
      },
      usage: { args: ['query', 'SELECT 1', '--jsn'], says: /unknown option '--jsn'/ },
    },
    {
      command: 'watch',
      user: { args: ['--home', freshHome(), 'watch'], says: /watch needs SQS_QUEUE_URL .* or S3_BUCKET/ },
      usage: {
        args: ['watch', '--poll-seconds', '0'],
        says: /--poll-seconds takes a positive number.*leadpipe watch --help/,
      },
    },
    {
      command: 'pipe refresh',
      user: { args: ['--home', freshHome(), 'pipe', 'refresh'], says: /pipe refresh needs S3_BUCKET/ },
      usage: { args: ['pipe', 'refesh'], says: /unknown command 'refesh'/ },
    },
    {
      command: 'serve',
      user: {
        args: ['--home', freshHome(), 'serve', '--port', String(busyPort)],
        says: new RegExp(`port ${busyPort} on 127\\.0\\.0\\.1 is already in use`),
      },
      usage: { args: ['serve', '--port', 'eighty'], says: /--port takes a port number/ },
    },
    {
      command: 'train',
      user: {
        args: ['train', '--data', 'missing.csv'],
        says: /^leadpipe: no such file: missing\.csv — check the path$/,
      },
      usage: { args: ['train'], says: /give exactly one of --data FILE or --from-warehouse/ },
    },
    {
      command: 'score',
      user: {
        args: ['score'],
        env: { LEADPIPE_WAREHOUSE: 'oracle' },
        says: /^leadpipe: LEADPIPE_WAREHOUSE: Invalid option/,
      },
      usage: { args: ['score', 'all'], says: /too many arguments/ },
    },
    {
      command: 'override',
      user: {
        args: ['--home', freshHome(), 'override', 'nobody', '--score', '5', '--reason', 'test'],
        says: /no lead with prospect_id = "nobody"/,
      },
      usage: { args: ['override'], says: /missing required argument 'id'/ },
    },
    {
      command: 'model',
      user: { args: ['--config', 'missing.json', 'model'], says: /config file not found: missing\.json/ },
      usage: { args: ['model', '--bogus'], says: /unknown option/ },
    },
    {
      command: 'generate',
      user: {
        args: ['generate', '--rows', '5', '--out', path.join(work.dir, 'no-dir', 'x.csv')],
        says: /no such file: .*no-dir/,
      },
      usage: { args: ['generate', '--out', 'x.csv'], says: /required option '--rows <n>' not specified/ },
    },
    {
      command: 'snowflake plan',
      user: {
        args: ['snowflake', 'plan', '--model', 'missing.json'],
        says: /cannot read model missing\.json/,
      },
      usage: { args: ['snowflake', 'plna'], says: /unknown command 'plna'/ },
    },
    {
      command: 'snowflake apply',
      user: {
        args: ['snowflake', 'apply'],
        env: { SNOWFLAKE_ACCOUNT: 'acme-xy12345' },
        says: /needs SNOWFLAKE_USER/,
      },
      usage: { args: ['snowflake', 'apply', '--model'], says: /option '--model <model>' argument missing/ },
    },
    {
      command: 'snowflake status',
      user: {
        args: ['snowflake', 'status'],
        env: { SNOWFLAKE_ACCOUNT: 'acme-xy12345' },
        says: /needs SNOWFLAKE_USER/,
      },
      usage: { args: ['snowflake', 'status', '--hours'], says: /argument missing/ },
    },
  ];

  it('a usage mistake exits 2 with one line that points at the command help', async () => {
    await pool(rows(), 2, async ({ command, usage }) => {
      const r = await runCli(usage.args, { env: { LEADPIPE_HOME: freshHome(), ...usage.env } });
      expect(r.code, `${command}: ${r.stderr}`).toBe(2);
      expectOneLine(r, command);
      expect(r.stderr, command).toMatch(/— see `leadpipe .*--help`$/m);
      if (usage.says) expect(r.stderr.trimEnd(), command).toMatch(usage.says);
    });
  }, 240_000);

  it("a user's mistake exits 1 with one line naming the thing, and no stack", async () => {
    await pool(rows(), 2, async ({ command, user }) => {
      const r = await runCli(user.args, { env: { LEADPIPE_HOME: freshHome(), ...user.env } });
      expect(r.code, `${command}: ${r.stderr}`).toBe(1);
      expectOneLine(r, command);
      if (user.says) expect(r.stderr.trimEnd(), command).toMatch(user.says);
    });
  }, 240_000);

  it('only a bug exits 70, with the stack', async () => {
    const r = await runCli(['--home', home, 'put', leads], {
      env: { LEADPIPE_FAILPOINTS: 'put.before-manifest:throw' },
    });
    expect(r.code, r.stderr).toBe(70);
    expect(r.stderr).toMatch(
      /^leadpipe: unexpected error \(a bug; please report it\)\nError: failpoint put\.before-manifest\n/,
    );
    expect(r.stderr).toMatch(/\n\s+at /);
  });

  it('--version prints the package version; --help exits 0, a bare group exits 2', async () => {
    const { version } = JSON.parse(
      await readFile(new URL('../../package.json', import.meta.url), 'utf8'),
    ) as {
      version: string;
    };
    const [v, help, bare] = await Promise.all([
      runCli(['--version']),
      runCli(['--help']),
      runCli(['snowflake']),
    ]);
    expect(v).toMatchObject({ code: 0, stdout: `${version}\n` });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--version');
    expect(bare.code).toBe(2);
  });

  it('every command exits 0 when it succeeds (one shared home, in order)', async () => {
    const ok = async (args: string[], env: Record<string, string> = {}): Promise<Result> => {
      const r = await runCli(['--home', home, ...args], { env });
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
      return r;
    };
    const generated = path.join(work.dir, 'generated.csv');
    await ok(['generate', '--rows', '300', '--out', generated]);
    await ok(['validate', generated]);
    await ok(['run', leads]);
    await ok(['put', generated]);
    await ok(['load']);
    await ok(['task', 'run']);
    await ok(['status']);
    const q = await ok([
      'query',
      'SELECT prospect_id FROM leads_final ORDER BY prospect_id LIMIT 1',
      '--json',
    ]);
    const id = (JSON.parse(q.stdout) as { prospect_id: string }[])[0]?.prospect_id ?? '';
    await ok(['train', '--data', generated, '--min-rows', '100', '--min-positives', '10']);
    await ok(['score']);
    await ok(['override', id, '--score', '7', '--reason', 'test']);
    await ok(['model']);
    await ok(['snowflake', 'plan']);
    // serve: started on any free port, stopped by SIGTERM.
    const served = await runNode([CLI, '--home', home, 'serve', '--port', '0'], {
      timeoutMs: 60_000,
      onStdout: (text, signal) => {
        if (text.includes('listening on')) signal('SIGTERM');
      },
    });
    expect(served.code, served.stderr).toBe(0);
    expect(served.stdout).toContain('leadpipe API listening on http://127.0.0.1:');
  }, 240_000);

  describe.skipIf(!MOTO_AVAILABLE)(
    `with S3 (${MOTO_AVAILABLE ? 'moto_server' : MOTO_MISSING_REASON})`,
    () => {
      let moto: Moto;
      let env: Record<string, string>;
      beforeAll(async () => {
        moto = await startMoto();
        env = {
          S3_ENDPOINT_URL: moto.endpoint,
          S3_BUCKET: 'exit-codes',
          S3_PREFIX: 'incoming/',
          AWS_ACCESS_KEY_ID: MOTO_CREDENTIALS.accessKeyId,
          AWS_SECRET_ACCESS_KEY: MOTO_CREDENTIALS.secretAccessKey,
        };
        const s3 = new S3Client({
          endpoint: moto.endpoint,
          region: 'us-east-1',
          forcePathStyle: true,
          credentials: MOTO_CREDENTIALS,
        });
        await s3.send(new CreateBucketCommand({ Bucket: 'exit-codes' }));
        s3.destroy();
      });
      afterAll(() => moto?.stop());

      it('pipe refresh and watch exit 0 when they succeed', async () => {
        const s3home = path.join(work.dir, 'home-s3');
        await mkdir(s3home, { recursive: true });
        const refresh = await runCli(['--home', s3home, 'pipe', 'refresh'], { env });
        expect(refresh.code, refresh.stderr).toBe(0);
        const watched = await runNode([CLI, '--home', s3home, 'watch', '--poll-seconds', '1'], {
          env,
          timeoutMs: 60_000,
          onStderr: (text, _kill, signal) => {
            if (text.includes('Ctrl-C stops')) signal('SIGINT');
          },
        });
        expect(watched.code, watched.stderr).toBe(0);
        expect(watched.stdout).toMatch(/^watch stopped: /);
      }, 120_000);
    },
  );
});
