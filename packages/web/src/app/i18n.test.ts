import { describe, expect, it } from 'vitest';
import { detectLanguage, localeOf, translate } from './i18n.ts';
import { MESSAGES_EN } from './messages-en.ts';
import { MESSAGES_ES } from './messages-es.ts';

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

describe('UI text in English and Spanish', () => {
  it('has every English key in Spanish, with the same placeholders, and nothing more', () => {
    expect(Object.keys(MESSAGES_ES).sort()).toEqual(Object.keys(MESSAGES_EN).sort());
    for (const [key, en] of Object.entries(MESSAGES_EN)) {
      expect(placeholders(MESSAGES_ES[key as keyof typeof MESSAGES_EN]), key).toEqual(placeholders(en));
      expect(MESSAGES_ES[key as keyof typeof MESSAGES_EN].trim(), key).not.toBe('');
    }
  });

  it('fills placeholders and leaves unknown ones as written', () => {
    expect(translate('en', 'leads.range', { from: 1, to: 50, total: '9,240' })).toBe('1–50 of 9,240');
    expect(translate('es', 'leads.range', { from: 1, to: 50, total: '9.240' })).toBe('1–50 de 9.240');
    expect(translate('en', 'leads.range', { from: 1 })).toBe('1–{to} of {total}');
    expect(translate('es', 'nav.overview')).toBe('Resumen');
  });

  it('starts in the remembered language, else the browser’s first supported one, else English', () => {
    expect(detectLanguage('es', ['en-US'])).toBe('es');
    expect(detectLanguage(null, ['fr-FR', 'es-MX', 'en'])).toBe('es');
    expect(detectLanguage('klingon', ['de'])).toBe('en');
    expect(detectLanguage(null, [])).toBe('en');
  });

  it('formats numbers and dates in the language’s locale', () => {
    expect(localeOf('en')).toBe('en-US');
    expect(localeOf('es')).toBe('es-ES');
  });
});
