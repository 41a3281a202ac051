import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { Language } from './i18n.ts';
import { detectLanguage, LANGUAGE_STORAGE_KEY } from './i18n.ts';
import { I18nContext, makeI18n } from './i18n-context.ts';
import { readStored, writeStored } from './storage.ts';

/** Props of {@link I18nProvider}. */
export interface I18nProviderProps {
  children: ReactNode;
  /** Start in this language instead of the remembered or the browser's one (tests). */
  initial?: Language;
}

function browserLanguages(): string[] {
  if (typeof navigator === 'undefined') return [];
  return [...(navigator.languages ?? []), navigator.language].filter(Boolean);
}

/**
 * Provides the UI language: the remembered choice, else the browser's. Switching remembers the choice and
 * sets `<html lang>` so screen readers pronounce the text right.
 */
export function I18nProvider({ children, initial }: I18nProviderProps) {
  const [lang, setLangState] = useState<Language>(
    () => initial ?? detectLanguage(readStored(LANGUAGE_STORAGE_KEY), browserLanguages()),
  );
  const setLang = useCallback((next: Language) => {
    writeStored(LANGUAGE_STORAGE_KEY, next);
    setLangState(next);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const value = useMemo(() => makeI18n(lang, setLang), [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
