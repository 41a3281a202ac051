/**
 * The language context: the current language, a setter that remembers the choice, and formatters bound
 * to the language's locale. Provided by `I18nProvider`, read with {@link useI18n}.
 */
import { createContext, useContext } from 'react';
import { formatDateTime, formatNumber, formatPercent } from './format.ts';
import type { Language, MessageKey, MessageValues } from './i18n.ts';
import { localeOf, translate } from './i18n.ts';

/** What components get from {@link useI18n}. */
export interface I18n {
  lang: Language;
  /** Switches the language and remembers it. */
  setLang(lang: Language): void;
  /** The message `key` in the current language. */
  t(key: MessageKey, values?: MessageValues): string;
  /** `en-US` or `es-ES`. */
  locale: string;
  /** A number in the current locale (`digits` decimals at most, default 0). */
  n(value: number | null | undefined, digits?: number): string;
  /** A 0-1 rate as a percent in the current locale. */
  pct(rate: number | null | undefined, digits?: number): string;
  /** A timestamp as a local date and time. */
  dt(text: string | null | undefined): string;
}

/** The i18n value for a language (also used by tests without a provider). */
export function makeI18n(lang: Language, setLang: (lang: Language) => void = () => undefined): I18n {
  const locale = localeOf(lang);
  return {
    lang,
    setLang,
    locale,
    t: (key, values) => translate(lang, key, values),
    n: (value, digits = 0) => formatNumber(value, locale, digits),
    pct: (rate, digits = 1) => formatPercent(rate, locale, digits),
    dt: (text) => formatDateTime(text, locale),
  };
}

/** The React context behind {@link useI18n}; English until a provider says otherwise. */
export const I18nContext = createContext<I18n>(makeI18n('en'));

/** The current language, its messages and formatters. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}
