import { useI18n } from '../app/i18n-context.ts';
import { useColumnLabel, useSchema } from './use-column-label.ts';

/**
 * A warning when the active model scores leads without some of its input columns (`GET /schema`
 * `modelWarning`, recorded at the model's activation or latest task run): which columns, and their share
 * of the model's weight. Renders nothing when none is missing or the schema is not loaded yet.
 */
export function ModelWarningNotice() {
  const { t, pct } = useI18n();
  const label = useColumnLabel();
  const warning = useSchema().data?.modelWarning;
  if (!warning?.missing?.length) return null;
  return (
    <div className="notice notice-warn" role="status" data-testid="model-warning">
      <p className="notice-title">{t('modelWarning.title')}</p>
      <p>
        {t('modelWarning.body', {
          columns: warning.missing.map((c) => label(c)).join(', '),
          share: pct(warning.missingWeight ?? null, 0),
          version: warning.modelVersion ?? '',
        })}
      </p>
    </div>
  );
}
