/**
 * UI text in English and Spanish (the original users wrote in Spanish). Messages are flat keys with
 * `{name}` placeholders; Spanish must have every English key (the type checker enforces it). The chosen
 * language is remembered in localStorage; the first visit follows the browser's languages.
 */
import { MESSAGES_EN } from './messages-en.ts';
import type { MessageKey } from './messages-en.ts';
import { MESSAGES_ES } from './messages-es.ts';

export type { MessageKey };

/** A UI language. */
export type Language = 'en' | 'es';

/** The languages offered, with their own names. */
export const LANGUAGES: readonly { code: Language; name: string }[] = [
  { code: 'en', name: 'English' },
  { code: 'es', name: 'Español' },
];

/** Where the chosen language is remembered (localStorage). */
export const LANGUAGE_STORAGE_KEY = 'leadpipe.language';

const MESSAGES: Record<Language, Record<MessageKey, string>> = { en: MESSAGES_EN, es: MESSAGES_ES };

/** Values for placeholders. */
export type MessageValues = Record<string, string | number>;

/** A message in `lang` with `{name}` placeholders filled; unknown placeholders stay as written. */
export function translate(lang: Language, key: MessageKey, values?: MessageValues): string {
  const text = MESSAGES[lang][key] ?? MESSAGES_EN[key] ?? key;
  if (!values) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Whether `value` names a supported language. */
export function isLanguage(value: unknown): value is Language {
  return value === 'en' || value === 'es';
}

/**
 * The language to start with: the remembered choice, else the first of the browser's languages that is
 * supported (`es-MX` counts as Spanish), else English.
 */
export function detectLanguage(stored: string | null, browserLanguages: readonly string[]): Language {
  if (isLanguage(stored)) return stored;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}

/** The locale for numbers and dates of a language. */
export function localeOf(lang: Language): string {
  return lang === 'es' ? 'es-ES' : 'en-US';
}
