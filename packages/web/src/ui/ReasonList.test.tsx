import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../app/I18nProvider.tsx';
import { createQueryClient } from '../api/query-client.ts';
import type { Language } from '../app/i18n.ts';
import type { Reasons } from '../api/types.ts';
import { ReasonList } from './ReasonList.tsx';

const reason = (feature: string, value: string, points: number, scorePoints?: number) => ({
  feature,
  label: feature,
  value,
  points,
  text: 'x',
  ...(scorePoints === undefined ? {} : { scorePoints }),
});

/** 38 + 21 + 6 + 0 - 4 + 3 = 64; the 0-point factor rounds away and is not listed. */
const BROKEN: Reasons = {
  baseline: 38,
  positive: [reason('lead_origin', 'Lead Add Form', 40, 21), reason('total_visits', '5', 11, 6)],
  negative: [reason('city', 'Mumbai', -1, 0), reason('do_not_email', 'Yes', -9, -4)],
  other: 3,
  override: 0,
};

function show(reasons: Reasons | null, score: number | null, lang: Language = 'en') {
  render(
    <I18nProvider initial={lang}>
      <QueryClientProvider client={createQueryClient()}>
        <ReasonList reasons={reasons} score={score} />
      </QueryClientProvider>
    </I18nProvider>,
  );
  return screen.getByTestId('reasons');
}

/** The integers the breakdown shows as parts of the score. */
function shownParts(root: HTMLElement): number[] {
  return [...root.querySelectorAll('.score-part')].map((e) => Number(e.textContent?.replace('+', '')));
}

beforeEach(() => {
  // The column labels ask GET /schema; none here, so labels are the names' words.
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response('{}', { status: 404 })),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('ReasonList', () => {
  it('shows the baseline, the reasons in signed score points, other factors and the score they add up to', () => {
    const root = show(BROKEN, 64);
    expect(root.querySelector('[data-testid="breakdown-baseline"]')?.textContent).toBe('Baseline38');
    expect([...root.querySelectorAll('.reason-points')].map((e) => e.textContent)).toEqual([
      '+21',
      '+6',
      '-4',
    ]);
    expect(root.querySelector('[data-testid="breakdown-other"]')?.textContent).toBe('Other factors+3');
    expect(root.querySelector('[data-testid="breakdown-total"]')?.textContent).toBe('Score64');
    expect(shownParts(root)).toEqual([38, 21, 6, -4, 3]);
    expect(shownParts(root).reduce((s, x) => s + x, 0)).toBe(64);
    // Worth 0 score points: not listed, though its log-odds points were not 0.
    expect(root.textContent).not.toContain('Mumbai');
    expect(root.querySelector('[data-testid="breakdown-override"]')).toBeNull();
  });

  it('speaks Spanish, and shows a manual override as its own part', () => {
    const root = show({ ...BROKEN, override: 20 }, 84, 'es');
    expect(root.querySelector('[data-testid="breakdown-baseline"]')?.textContent).toBe('Base38');
    expect(root.querySelector('[data-testid="breakdown-other"]')?.textContent).toBe('Otros factores+3');
    expect(root.querySelector('[data-testid="breakdown-override"]')?.textContent).toBe('Ajuste manual+20');
    expect(root.querySelector('[data-testid="breakdown-total"]')?.textContent).toBe('Puntuación84');
    expect(root.textContent).toContain('Sí');
    expect(shownParts(root).reduce((s, x) => s + x, 0)).toBe(84);
  });

  it('lists no "other factors" when they are worth 0, and still shows the baseline when no reason is left', () => {
    const root = show(
      { baseline: 50, positive: [reason('a', 'x', 1, 0)], negative: [], other: 0, override: 0 },
      50,
    );
    expect(root.querySelector('[data-testid="breakdown-other"]')).toBeNull();
    expect(root.querySelectorAll('.reason')).toHaveLength(0);
    expect(shownParts(root)).toEqual([50]);
  });

  it('shows reasons without a breakdown in their points, as before, with no baseline or total', () => {
    const { baseline: _b, other: _o, override: _v, ...stored } = BROKEN;
    const plain: Reasons = {
      positive: stored.positive.map(({ scorePoints: _s, ...r }) => r),
      negative: stored.negative.map(({ scorePoints: _s, ...r }) => r),
    };
    const root = show(plain, 64);
    expect([...root.querySelectorAll('.reason-points')].map((e) => e.textContent)).toEqual([
      '+40',
      '+11',
      '-1',
      '-9',
    ]);
    expect(root.querySelector('[data-testid="breakdown-baseline"]')).toBeNull();
    expect(root.querySelector('[data-testid="breakdown-total"]')).toBeNull();
  });
});
