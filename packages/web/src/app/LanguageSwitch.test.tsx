import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { I18nProvider } from './I18nProvider.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { useI18n } from './i18n-context.ts';

function Probe() {
  const { t, n } = useI18n();
  return (
    <p data-testid="probe">
      {t('nav.overview')} {n(9240)}
    </p>
  );
}

function renderApp(): void {
  render(
    <I18nProvider>
      <LanguageSwitch />
      <Probe />
    </I18nProvider>,
  );
}

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe('the language switch', () => {
  it('switches every text and number format to Spanish, marks the page lang, and remembers the choice', () => {
    renderApp();
    expect(screen.getByTestId('probe').textContent).toBe('Overview 9,240');
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    act(() => fireEvent.click(screen.getByRole('button', { name: 'Español' })));
    expect(screen.getByTestId('probe').textContent).toBe('Resumen 9.240');
    expect(document.documentElement.lang).toBe('es');
    expect(localStorage.getItem('leadpipe.language')).toBe('es');
    expect(screen.getByRole('button', { name: 'Español' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('starts in the remembered language on the next visit', () => {
    localStorage.setItem('leadpipe.language', 'es');
    renderApp();
    expect(screen.getByTestId('probe').textContent).toBe('Resumen 9.240');
    act(() => fireEvent.click(screen.getByRole('button', { name: 'English' })));
    expect(screen.getByTestId('probe').textContent).toBe('Overview 9,240');
    expect(localStorage.getItem('leadpipe.language')).toBe('en');
  });
});
