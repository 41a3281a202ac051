/**
 * Smoke test of a running API (local, Docker or Lambda): calls every endpoint and prints URL, status and
 * the head of the body; exits 1 when a status is not the expected one. The original design's
 * `tests/test_all.sh`, as a script.
 *
 *   npm run smoke -- http://127.0.0.1:8000 [--api-key KEY] [--read-only]
 *
 * Without a key (flag, or LEADPIPE_API_KEY through leadpipe's configuration) the upload routes,
 * `/validate` included, are expected to answer 401. With one, they stage and load a one-lead file named
 * `leadpipe-smoke.csv` (prospect id `leadpipe-smoke-test`); `--read-only` skips the two that store.
 */
import { pathToFileURL } from 'node:url';
import { loadConfigOrThrow } from '../src/config/config.ts';

/** One call of the smoke run. */
export interface SmokeResult {
  method: string;
  url: string;
  status: number;
  expected: number[];
  ok: boolean;
  head: string;
}

/** Options of {@link runSmoke}. */
export interface SmokeOptions {
  apiKey?: string;
  /** Skip the upload routes. Default false. */
  readOnly?: boolean;
  /** Where lines go (default stdout); `null` for silence. */
  log?: ((line: string) => void) | null;
}

const SMOKE_CSV =
  'Prospect ID,Lead Origin,Lead Source,Do Not Email,Converted,TotalVisits,Total Time Spent on Website,Page Views Per Visit,Last Activity\n' +
  'leadpipe-smoke-test,API,Google,No,0,3,120,1.5,Email Opened\n';

function form(name: string, text: string): FormData {
  const fd = new FormData();
  fd.append('file', new Blob([text], { type: 'text/csv' }), name);
  return fd;
}

/**
 * Calls every endpoint of the API at `baseUrl` once.
 *
 * @example
 * const { ok } = await runSmoke('http://127.0.0.1:8000', { apiKey: 'secret' });
 */
export async function runSmoke(
  baseUrl: string,
  options: SmokeOptions = {},
): Promise<{ ok: boolean; results: SmokeResult[] }> {
  const base = baseUrl.replace(/\/+$/, '');
  const log = options.log === undefined ? (line: string) => process.stdout.write(line + '\n') : options.log;
  const results: SmokeResult[] = [];
  const call = async (
    method: string,
    path: string,
    expected: number[],
    init: RequestInit = {},
  ): Promise<unknown> => {
    const url = base + path;
    let status = 0;
    let text: string;
    try {
      const res = await fetch(url, { method, ...init });
      status = res.status;
      text = await res.text();
    } catch (err) {
      text = `request failed: ${(err as Error).message}`;
    }
    const head = text.replace(/\s+/g, ' ').slice(0, 160);
    const r: SmokeResult = { method, url, status, expected, ok: expected.includes(status), head };
    results.push(r);
    log?.(`${r.ok ? 'ok  ' : 'FAIL'} ${String(status).padEnd(3)} ${method.padEnd(4)} ${url}\n       ${head}`);
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return undefined;
    }
  };
  const json = (body: unknown): RequestInit => ({
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const key: Record<string, string> = options.apiKey ? { 'x-api-key': options.apiKey } : {};
  const writeExpected = (status: number): number[] => (options.apiKey ? [status] : [401, 403]);

  await call('GET', '/', [200]);
  await call('GET', '/healthcheck', [200]);
  await call('GET', '/docs/json', [200]);
  const page = (await call('GET', '/leads?limit=3', [200])) as
    { items?: { [k: string]: unknown }[] } | undefined;
  const first = page?.items?.[0];
  const id = first ? String(Object.values(first)[0]) : 'no-lead';
  await call('GET', `/leads/${encodeURIComponent(id)}`, first ? [200] : [404]);
  await call('GET', '/leads?sort=-total_visits&limit=2&columns=lead_source,total_visits', [200]);
  await call('GET', '/lead-count', [200]);
  await call('GET', '/lead-count?source=raw', [200]);
  await call('GET', '/stats', [200]);
  await call('GET', '/schema', [200]);
  await call('GET', '/model', [200]);
  await call(
    'POST',
    '/score-lead',
    [200],
    json({ lead_origin: 'Lead Add Form', lead_source: 'Reference', total_visits: 3 }),
  );
  await call(
    'POST',
    '/score-lead',
    [200],
    json([{ lead_origin: 'API' }, { 'Lead Source': 'Google', TotalVisits: '5' }]),
  );
  // Stores nothing, so it runs with --read-only too; like the uploads it needs the key.
  await call('POST', '/validate', writeExpected(200), {
    headers: key,
    body: form('leadpipe-smoke.csv', SMOKE_CSV),
  });
  if (!options.readOnly) {
    await call('POST', '/upload', writeExpected(201), {
      headers: key,
      body: form('leadpipe-smoke.csv', SMOKE_CSV),
    });
    await call('POST', '/upload-and-load', writeExpected(200), {
      headers: key,
      body: form('leadpipe-smoke.csv', SMOKE_CSV),
    });
  }
  await call('GET', '/pipeline/status', [200]);
  await call(
    'GET',
    `/loads/${encodeURIComponent(options.apiKey && !options.readOnly ? 'leadpipe-smoke.csv' : 'no-such-file.csv')}/errors`,
    options.apiKey && !options.readOnly ? [200] : [404],
  );
  await call('POST', '/score-lead', [400], json({ no_such_column: 1 }));
  await call('GET', '/no-such-route', [404]);
  const ok = results.every((r) => r.ok);
  log?.(
    `${ok ? 'all' : 'NOT all'} ${results.length} calls answered as expected (${results.filter((r) => !r.ok).length} unexpected)`,
  );
  return { ok, results };
}

async function main(argv: string[]): Promise<number> {
  let base: string | undefined;
  let apiKey: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--api-key') apiKey = argv[++i];
    else if (!a.startsWith('--')) base = a;
  }
  if (!base) {
    process.stderr.write('usage: npm run smoke -- BASE_URL [--api-key KEY] [--read-only]\n');
    return 2;
  }
  apiKey ??= loadConfigOrThrow().api.apiKey;
  const { ok } = await runSmoke(base, {
    ...(apiKey ? { apiKey } : {}),
    readOnly: argv.includes('--read-only'),
  });
  return ok ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
