import { QueryClientProvider } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../app/I18nProvider.tsx';
import { LeadsSection } from './LeadsSection.tsx';
import { useHashRoute } from '../../app/use-hash-route.ts';
import { createQueryClient } from '../../api/query-client.ts';

const LEADS = [
  {
    prospect_id: 'aaaaaaaa-1',
    lead_source: 'Google',
    lead_origin: 'API',
    score: 91,
    grade: 'A',
    converted: true,
    total_visits: 4,
  },
  {
    prospect_id: 'bbbbbbbb-2',
    lead_source: 'Olark Chat',
    lead_origin: 'API',
    score: 40,
    grade: 'B',
    converted: false,
    total_visits: 1,
  },
  {
    prospect_id: 'cccccccc-3',
    lead_source: null,
    lead_origin: 'Lead Add Form',
    score: 12,
    grade: 'C',
    converted: null,
    total_visits: 0,
  },
];
const STATS = {
  scored: true,
  totals: { leads: 3, converted: 1, labelled: 2, conversionRate: 0.5, scored: 3, averageScore: 47.7 },
  scoreHistogram: null,
  deciles: null,
  bySource: [{ value: 'Google', leads: 1, converted: 1, conversionRate: 1 }],
  byOrigin: [{ value: 'API', leads: 2, converted: 1, conversionRate: 0.5 }],
  byActivity: null,
  byGrade: null,
};

let requests: URL[] = [];

function fakeApi(): void {
  requests = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string) => {
      const url = new URL(input, 'http://localhost');
      requests.push(url);
      const json = (body: unknown): Response => new Response(JSON.stringify(body), { status: 200 });
      if (url.pathname === '/stats') return json(STATS);
      if (url.pathname === '/leads') {
        const q = url.searchParams;
        let items = [...LEADS];
        const grade = q.get('grade');
        if (grade) items = items.filter((l) => grade.split(',').includes(l.grade));
        const sort = q.get('sort') ?? 'score';
        const order = q.get('order') ?? 'desc';
        items.sort(
          (a, b) =>
            (order === 'asc' ? 1 : -1) *
            String(a[sort as 'score']).localeCompare(String(b[sort as 'score']), 'en', { numeric: true }),
        );
        return json({
          items,
          total: items.length,
          limit: Number(q.get('limit')),
          offset: Number(q.get('offset') ?? 0),
          sort,
          order,
          nextCursor: null,
        });
      }
      return new Response('{"status":404}', { status: 404 });
    }),
  );
}

let client: QueryClient;

function Harness() {
  const route = useHashRoute();
  return (
    <QueryClientProvider client={client}>
      <LeadsSection route={route} />
    </QueryClientProvider>
  );
}

const leadRequests = (): URLSearchParams[] =>
  requests
    .filter((u) => u.pathname === '/leads' && u.searchParams.get('columns') !== 'all')
    .map((u) => u.searchParams);

beforeEach(() => {
  window.location.hash = '#/leads';
  // A fresh query cache per test: no answer of one test is served to the next.
  client = createQueryClient();
  fakeApi();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the lead table', () => {
  it('shows the page the API returned, with the total', async () => {
    render(
      <I18nProvider initial="en">
        <Harness />
      </I18nProvider>,
    );
    await waitFor(() => expect(screen.getByTestId('lead-total').textContent).toBe('3 leads'));
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    expect(rows[0]?.textContent).toContain('Google');
    expect(screen.getByRole('button', { name: 'Open lead aaaaaaaa-1' })).toBeTruthy();
    // The first request leaves the sort to the API and asks for page 1 with the default columns.
    const first = leadRequests()[0];
    expect(first?.get('offset')).toBe('0');
    expect(first?.has('sort')).toBe(false);
    expect(first?.get('columns')).toContain('score');
  });

  it('asks the server to sort when a header is clicked, and shows it in aria-sort', async () => {
    render(
      <I18nProvider initial="en">
        <Harness />
      </I18nProvider>,
    );
    await waitFor(() => expect(screen.getByTestId('lead-total').textContent).toBe('3 leads'));
    act(() => fireEvent.click(screen.getByRole('button', { name: /Score/ })));
    await waitFor(() => expect(leadRequests().at(-1)?.get('order')).toBe('asc'));
    expect(leadRequests().at(-1)?.get('sort')).toBe('score');
    await waitFor(() => expect(screen.getAllByRole('row')[1]?.textContent).toContain('cccccccc'));
    expect(screen.getByRole('columnheader', { name: /Score/ }).getAttribute('aria-sort')).toBe('ascending');
    expect(window.location.hash).toBe('#/leads?sort=score');
  });

  it('filters on the server by grade and keeps the filter in the URL', async () => {
    render(
      <I18nProvider initial="en">
        <Harness />
      </I18nProvider>,
    );
    await waitFor(() => expect(screen.getByTestId('lead-total').textContent).toBe('3 leads'));
    act(() => fireEvent.click(screen.getByRole('checkbox', { name: 'A' })));
    await waitFor(() => expect(screen.getByTestId('lead-total').textContent).toBe('1 lead'));
    expect(leadRequests().at(-1)?.get('grade')).toBe('A');
    expect(window.location.hash).toContain('grade=A');
  });

  it('restores filters and sort from the URL', async () => {
    window.location.hash = '#/leads?grade=B,C&sort=-total_visits&page=1';
    render(
      <I18nProvider initial="en">
        <Harness />
      </I18nProvider>,
    );
    await waitFor(() => expect(screen.getByTestId('lead-total').textContent).toBe('2 leads'));
    const q = leadRequests()[0];
    expect([q?.get('grade'), q?.get('sort'), q?.get('order')]).toEqual(['B,C', 'total_visits', 'desc']);
  });

  it('sends a search only once typing pauses', async () => {
    render(
      <I18nProvider initial="en">
        <Harness />
      </I18nProvider>,
    );
    await waitFor(() => expect(screen.getByTestId('lead-total').textContent).toBe('3 leads'));
    const before = leadRequests().length;
    const box = screen.getByLabelText('Search');
    act(() => fireEvent.change(box, { target: { value: 'go' } }));
    act(() => fireEvent.change(box, { target: { value: 'goo' } }));
    await waitFor(() => expect(leadRequests().at(-1)?.get('q')).toBe('goo'));
    expect(
      leadRequests()
        .slice(before)
        .filter((q) => q.has('q')),
    ).toHaveLength(1);
  });

  it('says when the API cannot be reached, and tries again on request', async () => {
    const working = globalThis.fetch;
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    render(
      <I18nProvider initial="en">
        <Harness />
      </I18nProvider>,
    );
    expect(await screen.findByText('The API cannot be reached')).toBeTruthy();
    vi.stubGlobal('fetch', working);
    act(() => fireEvent.click(screen.getByRole('button', { name: 'Try again' })));
    await waitFor(() => expect(screen.getByTestId('lead-total').textContent).toBe('3 leads'));
  });
});
