import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PipelineStatus } from '../../api/types.ts';
import { I18nProvider } from '../../app/I18nProvider.tsx';
import { LastErrorBanner } from './LastErrorBanner.tsx';

const failed: PipelineStatus['pipe'] = {
  executionState: 'RUNNING',
  pendingFileCount: 0,
  lastIngestedFile: 'a.csv',
  lastIngestedTime: '2026-12-03T10:00:00.000Z',
  lastError: 'b.csv: the task could not merge its rows: Conversion Error',
  lastErrorTime: '2026-12-03T10:05:00.000Z',
  lastErrorFile: 'b.csv',
};

const banner = (pipe: PipelineStatus['pipe']) =>
  render(
    <I18nProvider>
      <LastErrorBanner pipe={pipe} />
    </I18nProvider>,
  );

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe('the last error banner', () => {
  it('names its file, and goes away once a later file loads', () => {
    const view = banner(failed);
    expect(screen.getByTestId('last-error').textContent).toMatch(/Last error: b\.csv/);
    expect(screen.getByTestId('last-error').textContent).toMatch(/the task could not merge its rows/);
    view.rerender(
      <I18nProvider>
        <LastErrorBanner
          pipe={{ ...failed, lastIngestedFile: 'c.csv', lastIngestedTime: '2026-12-03T10:06:00.000Z' }}
        />
      </I18nProvider>,
    );
    expect(screen.queryByTestId('last-error')).toBeNull();
  });

  it('is dismissible, stays dismissed on the next visit, and a new error shows again', () => {
    banner(failed);
    act(() => fireEvent.click(screen.getByRole('button', { name: 'Dismiss' })));
    expect(screen.queryByTestId('last-error')).toBeNull();
    cleanup();
    banner(failed);
    expect(screen.queryByTestId('last-error')).toBeNull();
    cleanup();
    banner({ ...failed, lastErrorTime: '2026-12-03T10:09:00.000Z' });
    expect(screen.getByTestId('last-error')).toBeTruthy();
  });
});
