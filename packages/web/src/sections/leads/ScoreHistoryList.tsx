import { GradeBadge } from '../../ui/GradeBadge.tsx';
import { useI18n } from '../../app/i18n-context.ts';
import type { ScoreHistoryEntry } from '../../api/types.ts';
import '../../ui/table.css';

/** Props of {@link ScoreHistoryList}. */
export interface ScoreHistoryListProps {
  history: ScoreHistoryEntry[];
}

/** Every score change of a lead, newest first: model runs and manual overrides (with their reason). */
export function ScoreHistoryList({ history }: ScoreHistoryListProps) {
  const { t, dt, pct } = useI18n();
  if (history.length === 0) return <p className="muted">{t('drawer.noHistory')}</p>;
  return (
    <div className="table-scroll">
      <table className="table compact" data-testid="score-history">
        <thead>
          <tr>
            <th scope="col">{t('drawer.when')}</th>
            <th scope="col" className="num">
              {t('drawer.score')}
            </th>
            <th scope="col">{t('drawer.grade')}</th>
            <th scope="col" className="num">
              {t('drawer.probability')}
            </th>
            <th scope="col">{t('drawer.source')}</th>
          </tr>
        </thead>
        <tbody>
          {history.map((h, i) => (
            <tr key={`${h.scoredAt}-${i}`}>
              <td>{dt(h.scoredAt)}</td>
              <td className="num">{h.score ?? '—'}</td>
              <td>
                <GradeBadge grade={h.grade} />
              </td>
              <td className="num">{pct(h.probability)}</td>
              <td>
                {h.source === 'override' ? (
                  <>
                    <span className="tag tag-warn">{t('drawer.override')}</span> {h.reason}
                  </>
                ) : (
                  <span className="mono small">{h.modelVersion ?? t('drawer.model')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
