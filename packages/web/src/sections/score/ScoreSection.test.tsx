import { QueryClientProvider } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../app/I18nProvider.tsx';
import { createQueryClient } from '../../api/query-client.ts';
import { useHashRoute } from '../../app/use-hash-route.ts';
import { ScoreSection } from './ScoreSection.tsx';

const label = (en: string, es: string) => ({ en, es });
const SCHEMA = {
  key: 'visit_id',
  label: 'revenue',
  modelVersion: 'gbt-test',
  columns: [],
  features: [
    {
      column: 'visitor_type',
      label: label('Visitor type', 'Tipo de visitante'),
      kind: 'categorical',
      levels: ['Returning_Visitor', 'New_Visitor'],
      typical: 'Returning_Visitor',
      importance: 0.5,
    },
    {
      column: 'page_values',
      label: label('Page values', 'Valor de página'),
      kind: 'numeric',
      range: [0, 120.5],
      typical: 0,
      importance: 0.4,
    },
    {
      column: 'weekend',
      label: label('Weekend', 'Fin de semana'),
      kind: 'boolean',
      typical: false,
      importance: 0.1,
    },
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
      if (url.pathname === '/schema') return new Response(JSON.stringify(SCHEMA));
      if (url.pathname === '/score-lead') {
        const body = JSON.parse(String(init?.body)) as Record<string, unknown>;
        posted.push(body);
        const score = body.visitor_type === 'New_Visitor' ? 88 : 21;
        return new Response(
          JSON.stringify({
            id: null,
            probability: score / 100,
            score,
            grade: score > 74 ? 'A' : 'C',
            reasons: {
              positive: [
                {
                  feature: 'visitor_type',
                  label: 'Visitor type',
                  value: String(body.visitor_type),
                  points: score > 50 ? 26 : 2,
                  text: 'x',
                },
              ],
              negative: [
                { feature: 'weekend', label: 'Weekend', value: 'No', points: -3, text: 'x' },
                { feature: 'page_values', label: 'Page values', value: 'missing', points: 0, text: 'x' },
              ],
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
    // The form comes from the model's features: typical values as defaults.
    expect(posted[0]).toEqual({ visitor_type: 'Returning_Visitor', page_values: 0, weekend: false });
    const number = screen.getByLabelText('Page values') as HTMLInputElement;
    expect([number.type, number.min, number.step]).toEqual(['number', '0', 'any']);
    act(() => fireEvent.change(screen.getByLabelText('Visitor type'), { target: { value: 'New_Visitor' } }));
    await waitFor(() => expect(screen.getByTestId('score-result').textContent).toContain('88'));
    const result = screen.getByTestId('score-result');
    expect(result.querySelector('.grade')?.textContent).toBe('A');
    expect(result.textContent).toContain('New_Visitor');
    expect(result.textContent).toContain('+26');
  });

  it('speaks Spanish: column labels, yes/no in reasons, and no 0-point factor among those lowering the score', async () => {
    render(
      <I18nProvider initial="es">
        <Harness />
      </I18nProvider>,
    );
    await waitFor(() => expect(screen.getByTestId('score-result').textContent).toContain('21'));
    expect(screen.getByLabelText('Tipo de visitante')).toBeTruthy();
    expect(screen.getByLabelText('Fin de semana')).toBeTruthy();
    const reasons = screen.getByTestId('reasons');
    expect(reasons.textContent).toContain('Fin de semana = No');
    expect(reasons.textContent).toContain('Tipo de visitante = Returning_Visitor');
    expect(reasons.textContent).not.toContain('Valor de página');
    expect(reasons.textContent).not.toMatch(/missing|Weekend/);
  });

  it('does not send a number that is not one, and says why', async () => {
    render(
      <I18nProvider initial="en">
        <Harness />
      </I18nProvider>,
    );
    await waitFor(() => expect(posted).toHaveLength(1));
    act(() => fireEvent.change(screen.getByLabelText('Page values'), { target: { value: '-3' } }));
    expect(await screen.findByText('Must be zero or more.')).toBeTruthy();
    await new Promise((r) => setTimeout(r, 300));
    expect(posted).toHaveLength(1);
  });
});
