import { QueryClientProvider } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../app/I18nProvider.tsx';
import { createQueryClient } from '../../api/query-client.ts';
import { useHashRoute } from '../../app/use-hash-route.ts';
import { ScoreSection } from './ScoreSection.tsx';

const MODEL = {
  version: 'gbt-test',
  kind: 'gbt',
  inputs: [
    {
      column: 'lead_origin',
      label: 'Lead Origin',
      kind: 'categorical',
      levels: ['Landing Page Submission', 'Lead Add Form'],
    },
    { column: 'total_visits', label: 'TotalVisits', kind: 'numeric', median: 3, range: [0, 16] },
    { column: 'do_not_email', label: 'Do Not Email', kind: 'boolean' },
  ],
};

let posted: Record<string, unknown>[] = [];

let client: QueryClient;

function Harness() {
  return (
    <QueryClientProvider client={client}>
      <ScoreSection route={useHashRoute()} />
    </QueryClientProvider>
  );
}

beforeEach(() => {
  // A fresh query cache per test: no answer of one test is served to the next.
  client = createQueryClient();
  posted = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string, init?: RequestInit) => {
      const url = new URL(input, 'http://localhost');
      if (url.pathname === '/model') return new Response(JSON.stringify(MODEL));
      if (url.pathname === '/score-lead') {
        const body = JSON.parse(String(init?.body)) as Record<string, unknown>;
        posted.push(body);
        const score = body.lead_origin === 'Lead Add Form' ? 88 : 21;
        return new Response(
          JSON.stringify({
            id: null,
            probability: score / 100,
            score,
            grade: score > 74 ? 'A' : 'C',
            reasons: {
              positive: [
                {
                  label: 'Lead Origin',
                  value: String(body.lead_origin),
                  points: score > 50 ? 26 : 2,
                  text: 'x',
                },
              ],
              negative: [],
            },
            modelVersion: 'gbt-test',
          }),
        );
      }
      return new Response('{}', { status: 404 });
    }),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the scoring panel', () => {
  it('scores the default lead, then rescores as a field changes, showing score, grade and reasons', async () => {
    render(
      <I18nProvider initial="en">
        <Harness />
      </I18nProvider>,
    );
    await waitFor(() => expect(screen.getByTestId('score-result').textContent).toContain('21'));
    expect(posted[0]).toEqual({
      lead_origin: 'Landing Page Submission',
      total_visits: 3,
      do_not_email: false,
    });
    act(() => fireEvent.change(screen.getByLabelText('Lead Origin'), { target: { value: 'Lead Add Form' } }));
    await waitFor(() => expect(screen.getByTestId('score-result').textContent).toContain('88'));
    const result = screen.getByTestId('score-result');
    expect(result.querySelector('.grade')?.textContent).toBe('A');
    expect(result.textContent).toContain('Lead Add Form');
    expect(result.textContent).toContain('+26');
  });

  it('does not send a number that is not one, and says why', async () => {
    render(
      <I18nProvider initial="en">
        <Harness />
      </I18nProvider>,
    );
    await waitFor(() => expect(posted).toHaveLength(1));
    act(() => fireEvent.change(screen.getByLabelText('TotalVisits'), { target: { value: '-3' } }));
    expect(await screen.findByText('Must be zero or more.')).toBeTruthy();
    await new Promise((r) => setTimeout(r, 300));
    expect(posted).toHaveLength(1);
  });
});
