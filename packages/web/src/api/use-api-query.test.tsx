import { QueryClientProvider } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient, invalidateApiQueries } from './query-client.ts';
import type { ApiQueryOptions } from './use-api-query.ts';
import { useApiQuery } from './use-api-query.ts';

let client: QueryClient;
let asked: string[] = [];
let answer = 0;

function Show({ path, options }: { path: string | null; options?: ApiQueryOptions }) {
  const q = useApiQuery<{ n: number; path: string }>(path, options);
  return (
    <p data-testid="shown">
      {q.data ? `${q.data.path}=${q.data.n}` : 'none'}
      {q.isFetching ? ' (fetching)' : ''}
      {q.error ? ` error: ${q.error.message}` : ''}
    </p>
  );
}

const mount = (ui: ReactNode) => render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>);

beforeEach(() => {
  client = createQueryClient();
  asked = [];
  answer = 0;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string) => {
      const path = new URL(input, 'http://localhost').pathname;
      asked.push(path);
      if (path === '/broken') return new Response('{"status":500,"detail":"boom"}', { status: 500 });
      return new Response(JSON.stringify({ n: ++answer, path }));
    }),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('useApiQuery', () => {
  it('asks once for a shared path that two components show, and again after an invalidation', async () => {
    mount(
      <>
        <Show path="/stats" options={{ shared: true }} />
        <Show path="/stats" options={{ shared: true }} />
      </>,
    );
    await waitFor(() => expect(screen.getAllByTestId('shown')[0]?.textContent).toBe('/stats=1'));
    cleanup();
    mount(<Show path="/stats" options={{ shared: true }} />);
    expect(screen.getByTestId('shown').textContent).toBe('/stats=1');
    expect(asked).toEqual(['/stats']);
    await act(() => invalidateApiQueries(client));
    await waitFor(() => expect(screen.getByTestId('shown').textContent).toBe('/stats=2'));
  });

  it('drops shared answers no section shows on an invalidation, so the next section starts from loading', async () => {
    mount(<Show path="/stats" options={{ shared: true }} />);
    await waitFor(() => expect(screen.getByTestId('shown').textContent).toBe('/stats=1'));
    cleanup();
    await act(() => invalidateApiQueries(client));
    mount(<Show path="/stats" options={{ shared: true }} />);
    expect(screen.getByTestId('shown').textContent).toBe('none (fetching)');
    await waitFor(() => expect(screen.getByTestId('shown').textContent).toBe('/stats=2'));
  });

  it('asks again on every mount for an unshared path', async () => {
    mount(<Show path="/leads" />);
    await waitFor(() => expect(screen.getByTestId('shown').textContent).toBe('/leads=1'));
    cleanup();
    mount(<Show path="/leads" />);
    await waitFor(() => expect(screen.getByTestId('shown').textContent).toBe('/leads=2'));
    expect(asked).toEqual(['/leads', '/leads']);
  });

  it('keeps the previous answer on screen while the next path loads, and asks nothing for null', async () => {
    const view = mount(<Show path={null} />);
    expect(screen.getByTestId('shown').textContent).toBe('none');
    view.rerender(
      <QueryClientProvider client={client}>
        <Show path="/a" />
      </QueryClientProvider>,
    );
    await waitFor(() => expect(screen.getByTestId('shown').textContent).toBe('/a=1'));
    view.rerender(
      <QueryClientProvider client={client}>
        <Show path="/b" />
      </QueryClientProvider>,
    );
    expect(screen.getByTestId('shown').textContent).toBe('/a=1 (fetching)');
    await waitFor(() => expect(screen.getByTestId('shown').textContent).toBe('/b=2'));
    expect(asked).toEqual(['/a', '/b']);
  });

  it('shows an error once, without retrying', async () => {
    mount(<Show path="/broken" />);
    await waitFor(() => expect(screen.getByTestId('shown').textContent).toBe('none error: boom'));
    expect(asked).toEqual(['/broken']);
  });

  it('polls every refreshMs', async () => {
    mount(<Show path="/pipeline/status" options={{ refreshMs: 50 }} />);
    await waitFor(() => expect(asked.length).toBeGreaterThanOrEqual(3), { timeout: 2000 });
    await waitFor(() => expect(screen.getByTestId('shown').textContent).toMatch(/^\/pipeline\/status=\d+/));
  });
});
