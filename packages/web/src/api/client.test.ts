import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, getJson, postJson, setApiKey } from './client.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  setApiKey(null);
});

describe('the API client', () => {
  it('turns an RFC 7807 problem into an ApiError with its code, status and request id', async () => {
    const problem = {
      type: 'urn:leadpipe:problem:E_LEAD_NOT_FOUND',
      title: 'Not Found',
      status: 404,
      detail: 'no lead',
      code: 'E_LEAD_NOT_FOUND',
      requestId: 'r1',
    };
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(JSON.stringify(problem), {
            status: 404,
            headers: { 'content-type': 'application/problem+json' },
          }),
      ),
    );
    const err = await getJson('/leads/x').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ status: 404, code: 'E_LEAD_NOT_FOUND', message: 'no lead' });
    expect((err as ApiError).problem.requestId).toBe('r1');
  });

  it('reports an unreachable API as E_NETWORK, and a missing key as needing one', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await expect(getJson('/stats')).rejects.toMatchObject({ code: 'E_NETWORK', status: 0 });
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response('{"status":401,"code":"E_API_KEY_MISSING","detail":"needs a key"}', { status: 401 }),
      ),
    );
    const err = (await getJson('/x').catch((e: unknown) => e)) as ApiError;
    expect(err.needsApiKey).toBe(true);
  });

  it('sends the API key set for this tab with writes', async () => {
    const fetch = vi.fn(
      async (_url: string, _init?: RequestInit) => new Response('{"score":50}', { status: 200 }),
    );
    vi.stubGlobal('fetch', fetch);
    setApiKey(' secret ');
    await postJson('/score-lead', { lead_origin: 'API' });
    const init = fetch.mock.calls[0]?.[1];
    expect((init?.headers as Record<string, string>)['x-api-key']).toBe('secret');
    expect(init?.body).toBe('{"lead_origin":"API"}');
  });

  it('marks writes with x-leadpipe-request, the header a keyless API asks of them (no form can send it)', async () => {
    const fetch = vi.fn(
      async (_url: string, _init?: RequestInit) => new Response('{"score":50}', { status: 200 }),
    );
    vi.stubGlobal('fetch', fetch);
    setApiKey('');
    await postJson('/score-lead', { lead_origin: 'API' });
    await getJson('/stats');
    const [write, read] = fetch.mock.calls.map((c) => c[1]?.headers as Record<string, string>);
    expect(write?.['x-leadpipe-request']).toBe('1');
    expect(write?.['x-api-key']).toBeUndefined();
    expect(read?.['x-leadpipe-request']).toBeUndefined();
  });
});
