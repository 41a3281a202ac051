/**
 * The HTTP API over a real socket on a home loaded with the real dataset, for the `app.*.test.ts` files:
 * {@link useApiServer} starts it before a file's tests and stops it after them.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { buildApp } from '../src/api/app.ts';
import type { Leadpipe } from '../src/pipeline/context.ts';
import { loadedHome, TEST_API_KEY } from './api-support.ts';

/** An answer of the API: status, headers, the body parsed as JSON (`{}` when it is not JSON) and as text. */
export interface Answer {
  status: number;
  headers: Headers;
  body: Record<string, unknown> & { items?: Record<string, unknown>[] };
  text: string;
}

/** What a request may carry: a JSON value (sent as `application/json`) or a raw body, and headers. */
export interface CallInit {
  json?: unknown;
  body?: BodyInit;
  headers?: Record<string, string>;
}

/** The running API and ways to talk to it and to its warehouse; valid inside the file's tests. */
export interface ApiServer {
  /** The open leadpipe behind the API. */
  readonly lp: Leadpipe;
  /** `http://127.0.0.1:<port>`. */
  readonly base: string;
  /** Sends a request to the API and reads the whole answer. */
  call(method: string, path: string, init?: CallInit): Promise<Answer>;
  /** `call('GET', path)`. */
  get(path: string): Promise<Answer>;
  /** Runs SQL on the warehouse directly. */
  sql(text: string, params?: Record<string, unknown>): Promise<Record<string, unknown>[]>;
  /** The first value of the first row of `text`, as a number. */
  one(text: string, params?: Record<string, unknown>): Promise<number>;
}

/** The headers that carry the tests' API key. */
export const withKey = { 'x-api-key': TEST_API_KEY };

/** A multipart form with one file part, as `fetch` sends it. */
export function upload(name: string, content: string | Uint8Array): FormData {
  const fd = new FormData();
  fd.append('file', new Blob([typeof content === 'string' ? content : new Uint8Array(content)]), name);
  return fd;
}

/**
 * Registers `beforeAll` / `afterAll` hooks that load the real dataset into a temporary home (see
 * `loadedHome`; or the home `openHome` makes) and serve the API on a free port; returns the handle the
 * tests use.
 */
export function useApiServer(
  openHome: () => Promise<{ lp: Leadpipe; cleanup: () => Promise<void> }> = loadedHome,
): ApiServer {
  let lp: Leadpipe | undefined;
  let cleanup: (() => Promise<void>) | undefined;
  let app: FastifyInstance | undefined;
  let base = '';

  beforeAll(async () => {
    ({ lp, cleanup } = await openHome());
    app = await buildApp({ lp, logger: false });
    await app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
    // Loading a dataset (and training a model for it) takes a while on a busy machine.
  }, 240_000);
  afterAll(async () => {
    await app?.close();
    await cleanup?.();
  });

  const open = (): Leadpipe => {
    if (!lp) throw new Error('the API server is not started (use it inside a test)');
    return lp;
  };
  async function call(method: string, path: string, init: CallInit = {}): Promise<Answer> {
    const headers: Record<string, string> = { ...init.headers };
    let body = init.body;
    if (init.json !== undefined) {
      headers['content-type'] ??= 'application/json';
      body = JSON.stringify(init.json);
    }
    // A streamed body needs half-duplex in Node's fetch.
    const stream = body instanceof ReadableStream ? { duplex: 'half' } : {};
    const res = await fetch(base + path, {
      method,
      headers,
      ...(body !== undefined ? { body } : {}),
      ...stream,
    } as RequestInit);
    const text = await res.text();
    let parsed: Answer['body'] = {};
    try {
      parsed = JSON.parse(text) as Answer['body'];
    } catch {
      // not JSON (the Swagger UI page)
    }
    return { status: res.status, headers: res.headers, body: parsed, text };
  }
  const sql = async (text: string, params?: Record<string, unknown>): Promise<Record<string, unknown>[]> =>
    open().warehouse.query(text, params);
  return {
    get lp() {
      return open();
    },
    get base() {
      return base;
    },
    call,
    get: (path) => call('GET', path),
    sql,
    one: async (text, params) => Number(Object.values((await sql(text, params))[0] ?? {})[0]),
  };
}
