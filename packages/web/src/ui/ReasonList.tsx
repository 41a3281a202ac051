import { formatPoints } from '../app/format.ts';
import { useI18n } from '../app/i18n-context.ts';
import type { Reason, Reasons } from '../api/types.ts';
import './ui.css';
import './reasons.css';

/** Props of {@link ReasonList}. */
export interface ReasonListProps {
  reasons: Reasons | null | undefined;
}

function ReasonItems({ items, kind }: { items: Reason[]; kind: 'positive' | 'negative' }) {
  const max = Math.max(1, ...items.map((r) => Math.abs(r.points)));
  return (
    <ul className={`reasons reasons-${kind}`}>
      {items.map((r, i) => (
        <li key={`${r.feature ?? r.text}-${i}`} className="reason">
          <span className="reason-text">
            {r.label && r.value !== undefined ? (
              <>
                <span className="reason-label">{r.label}</span> ={' '}
                <span className="reason-value">{r.value}</span>
              </>
            ) : (
              r.text
            )}
          </span>
          <span className="reason-bar" aria-hidden="true">
            <span style={{ width: `${(Math.abs(r.points) / max) * 100}%` }} />
          </span>
          <span className="reason-points">{formatPoints(r.points)}</span>
        </li>
      ))}
    </ul>
  );
}

/** The top reasons for and against a score, with their points. */
export function ReasonList({ reasons }: ReasonListProps) {
  const { t } = useI18n();
  if (!reasons || (reasons.positive.length === 0 && reasons.negative.length === 0))
    return <p className="muted">{t('reasons.none')}</p>;
  return (
    <div className="reason-columns" data-testid="reasons">
      <div>
        <h3 className="reasons-title positive">{t('reasons.positive')}</h3>
        {reasons.positive.length > 0 ? (
          <ReasonItems items={reasons.positive} kind="positive" />
        ) : (
          <p className="muted small">{t('reasons.nonePositive')}</p>
        )}
      </div>
      <div>
        <h3 className="reasons-title negative">{t('reasons.negative')}</h3>
        {reasons.negative.length > 0 ? (
          <ReasonItems items={reasons.negative} kind="negative" />
        ) : (
          <p className="muted small">{t('reasons.noneNegative')}</p>
        )}
      </div>
    </div>
  );
}
