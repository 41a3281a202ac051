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
    id: 'aaaaaaaa-1',
    channel: 'Google',
    region: 'North',
    score: 91,
    probability: 0.91,
    grade: 'A',
    won: true,
    visits: 4,
  },
  {
    id: 'bbbbbbbb-2',
    channel: 'Chat',
    region: 'North',
    score: 40,
    probability: 0.4,
    grade: 'B',
    won: false,
    visits: 1,
  },
  {
    id: 'cccccccc-3',
    channel: null,
    region: 'South',
    score: 12,
    probability: 0.12,
    grade: 'C',
    won: null,
    visits: 0,
  },
];
const label = (en: string, es: string) => ({ en, es });
const SCHEMA = {
  key: 'id',
  label: 'won',
  modelVersion: 'gbt-1',
  columns: [
    { name: 'id', type: 'string', origin: 'lead', categorical: false, label: label('Id', 'Id') },
    {
      name: 'channel',
      type: 'string',
      origin: 'lead',
      categorical: true,
      levels: [
        { value: 'Google', leads: 1 },
        { value: 'Chat', leads: 1 },
      ],
      label: label('Channel', 'Canal'),
    },
    {
      name: 'region',
      type: 'string',
      origin: 'lead',
      categorical: true,
      levels: [
        { value: 'North', leads: 2 },
        { value: 'South', leads: 1 },
      ],
      label: label('Region', 'Región'),
    },
    { name: 'won', type: 'boolean', origin: 'lead', categorical: true, label: label('Won', 'Ganado') },
    {
      name: 'visits',
      type: 'integer',
      origin: 'lead',
      categorical: false,
      label: label('Visits', 'Visitas'),
    },
  ],
  features: [
    { column: 'visits', kind: 'numeric', importance: 0.5, label: label('Visits', 'Visitas') },
    { column: 'channel', kind: 'categorical', importance: 0.3, label: label('Channel', 'Canal') },
    { column: 'region', kind: 'categorical', importance: 0.2, label: label('Region', 'Región') },
  ],
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
      if (url.pathname === '/schema') return json(SCHEMA);
      if (url.pathname === '/leads') {
        const q = url.searchParams;
        let items = [...LEADS];
        const grade = q.get('grade');
        if (grade) items = items.filter((l) => grade.split(',').includes(l.grade));
        for (const [name, value] of q.entries())
          if (name.startsWith('filter.'))
            items = items.filter((l) => String(l[name.slice(7) as 'channel']) === value);
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
    // The first request leaves the sort to the API and asks for page 1 with the default columns: score,
    // grade, probability, the model's top inputs and the label.
    const first = leadRequests()[0];
    expect(first?.get('offset')).toBe('0');
    expect(first?.has('sort')).toBe(false);
    expect(first?.get('columns')).toBe('score,grade,probability,visits,channel,region,won');
    expect(screen.getByRole('columnheader', { name: /Channel/ })).toBeTruthy();
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

  it("offers the home's categorical columns as filters, with their levels, and filters on the server", async () => {
    render(
      <I18nProvider initial="es">
        <Harness />
      </I18nProvider>,
    );
    await waitFor(() => expect(screen.getByTestId('lead-total').textContent).toBe('3 leads'));
    const channel = screen.getByLabelText('Canal') as HTMLSelectElement;
    expect([...channel.options].map((o) => o.textContent)).toEqual(['Cualquiera', 'Google (1)', 'Chat (1)']);
    act(() => fireEvent.change(channel, { target: { value: 'Chat' } }));
    await waitFor(() => expect(screen.getByTestId('lead-total').textContent).toBe('1 lead'));
    expect(leadRequests().at(-1)?.get('filter.channel')).toBe('Chat');
    expect(window.location.hash).toContain('filter.channel=Chat');
    // The outcome filter is named after the label column.
    expect(screen.getByLabelText('Ganado')).toBeTruthy();
  });

  it('restores filters and sort from the URL', async () => {
    window.location.hash = '#/leads?grade=B,C&sort=-visits&page=1&filter.region=North';
    render(
      <I18nProvider initial="en">
        <Harness />
      </I18nProvider>,
    );
    await waitFor(() => expect(screen.getByTestId('lead-total').textContent).toBe('1 lead'));
    const q = leadRequests()[0];
    expect([q?.get('grade'), q?.get('sort'), q?.get('order'), q?.get('filter.region')]).toEqual([
      'B,C',
      'visits',
      'desc',
      'North',
    ]);
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
