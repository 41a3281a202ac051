import { useState } from 'react';
import { getApiKey, setApiKey } from '../../api/client.ts';
import { useI18n } from '../../app/i18n-context.ts';

/** Props of {@link ApiKeyField}. */
export interface ApiKeyFieldProps {
  /** The last write was refused for want of a (valid) key: the field opens and says so. */
  required?: boolean;
  onSaved?: () => void;
}

/** The API key for uploads (x-api-key), kept for this browser tab only. */
export function ApiKeyField({ required = false, onSaved }: ApiKeyFieldProps) {
  const { t } = useI18n();
  const [value, setValue] = useState(() => getApiKey() ?? '');
  const [saved, setSaved] = useState(false);
  return (
    <details className="api-key" open={required || undefined}>
      <summary>{getApiKey() ? t('apiKey.set') : t('apiKey.title')}</summary>
      {required && (
        <p className="field-error" role="alert">
          {t('apiKey.required')}
        </p>
      )}
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          setApiKey(value);
          setSaved(true);
          onSaved?.();
        }}
      >
        <label htmlFor="api-key">{t('apiKey.label')}</label>
        <input
          id="api-key"
          type="password"
          autoComplete="off"
          value={value}
          onChange={(e) => (setValue(e.target.value), setSaved(false))}
        />
        <button type="submit" className="button">
          {t('common.save')}
        </button>
        {saved && <span className="muted small">{t('apiKey.saved')}</span>}
      </form>
      <p className="muted small">{t('apiKey.hint')}</p>
    </details>
  );
}
