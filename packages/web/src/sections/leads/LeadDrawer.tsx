import { useEffect, useRef } from 'react';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import { GradeBadge } from '../../ui/GradeBadge.tsx';
import { cellText, HIDDEN_COLUMNS } from '../../ui/columns.ts';
import { useColumnLabel } from '../../ui/use-column-label.ts';
import { useI18n } from '../../app/i18n-context.ts';
import type { LeadDetail } from '../../api/types.ts';
import { useApiQuery } from '../../api/use-api-query.ts';
import { Loading } from '../../ui/Loading.tsx';
import { ReasonList } from '../../ui/ReasonList.tsx';
import { ScoreBar } from '../../ui/ScoreBar.tsx';
import { ScoreHistoryList } from './ScoreHistoryList.tsx';

/** Props of {@link LeadDrawer}. */
export interface LeadDrawerProps {
  id: string;
  onClose(): void;
}

const SCORE_FIELDS = new Set(['probability', 'score', 'grade', 'reasons', 'model_version', 'scored_at']);

/**
 * One lead in a side panel (a modal dialog): score, grade, top reasons, score history and every field.
 * Escape or the close button closes it and focus returns to where it was; Tab stays inside.
 */
export function LeadDrawer({ id, onClose }: LeadDrawerProps) {
  const { t, locale, pct, dt } = useI18n();
  const label = useColumnLabel();
  const detail = useApiQuery<LeadDetail>(`/leads/${encodeURIComponent(id)}`);
  const panel = useRef<HTMLDivElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const close = useRef(onClose);
  close.current = onClose;

  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    closeButton.current?.focus();
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Escape') {
        e.preventDefault();
        close.current();
      } else if (e.key === 'Tab' && panel.current) {
        const focusable = panel.current.querySelectorAll<HTMLElement>(
          'button, [href], input, select, textarea, summary, [tabindex]:not([tabindex="-1"])',
        );
        const first = focusable[0];
        const last = focusable[focusable.length - 1];
        if (e.shiftKey && document.activeElement === first) {
          e.preventDefault();
          last?.focus();
        } else if (!e.shiftKey && document.activeElement === last) {
          e.preventDefault();
          first?.focus();
        }
      }
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      previous?.focus?.();
    };
  }, []);

  const lead = detail.data?.lead;
  const fields = lead ? Object.keys(lead).filter((k) => !SCORE_FIELDS.has(k) && !HIDDEN_COLUMNS.has(k)) : [];
  return (
    <div className="drawer-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        ref={panel}
        className="drawer"
        role="dialog"
        aria-modal="true"
        aria-labelledby="drawer-title"
        data-testid="lead-drawer"
      >
        <header className="drawer-header">
          <div>
            <p className="muted small">{t('drawer.lead')}</p>
            <h2 id="drawer-title" className="mono drawer-id">
              {id}
            </h2>
          </div>
          <button
            ref={closeButton}
            type="button"
            className="button button-ghost"
            onClick={onClose}
            aria-label={t('common.close')}
          >
            ✕
          </button>
        </header>
        {detail.error && <ErrorNotice error={detail.error} onRetry={() => void detail.refetch()} />}
        {!lead && !detail.error && <Loading />}
        {lead && (
          <div className="drawer-body">
            <section className="drawer-score" aria-label={t('drawer.score')}>
              <ScoreBar score={lead.score} large />
              <div>
                <GradeBadge grade={lead.grade} />
                <p className="muted small">
                  {t('drawer.probabilityOf', { p: pct(lead.probability) })}
                  {lead.scored_at ? ` · ${dt(String(lead.scored_at))}` : ''}
                </p>
                {typeof lead.model_version === 'string' && (
                  <p className="muted small mono">{lead.model_version}</p>
                )}
              </div>
            </section>
            <section>
              <h3>{t('drawer.reasons')}</h3>
              <ReasonList reasons={lead.reasons} score={lead.score} />
            </section>
            <section>
              <h3>{t('drawer.history')}</h3>
              <ScoreHistoryList history={detail.data?.scoreHistory ?? []} />
            </section>
            <section>
              <h3>{t('drawer.fields')}</h3>
              <dl className="fields">
                {fields.map((f) => (
                  <div key={f} className="field-row">
                    <dt>{label(f)}</dt>
                    <dd>{cellText(f, lead[f], locale, [t('common.yes'), t('common.no')])}</dd>
                  </div>
                ))}
              </dl>
            </section>
          </div>
        )}
      </div>
    </div>
  );
}
