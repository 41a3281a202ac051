import { LANGUAGES } from './i18n.ts';
import { useI18n } from './i18n-context.ts';

/** English / Spanish toggle; the choice is remembered (see I18nProvider). */
export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <div className="lang-switch" role="group" aria-label={t('lang.label')}>
      {LANGUAGES.map((l) => (
        <button
          key={l.code}
          type="button"
          lang={l.code}
          className={l.code === lang ? 'lang-button active' : 'lang-button'}
          aria-pressed={l.code === lang}
          onClick={() => setLang(l.code)}
        >
          {l.name}
        </button>
      ))}
    </div>
  );
}
