import { formatPoints } from '../app/format.ts';
import { useI18n } from '../app/i18n-context.ts';
import type { Reason, Reasons } from '../api/types.ts';
import type { MessageKey } from '../app/i18n.ts';
import { useColumnLabel } from './use-column-label.ts';
import './ui.css';
import './reasons.css';

/** Props of {@link ReasonList}. */
export interface ReasonListProps {
  reasons: Reasons | null | undefined;
}

/** The scorer's fixed words for values (yes/no, missing, other), in the UI's language; data stays as it is. */
export function reasonValue(value: string, t: (key: MessageKey) => string): string {
  switch (value) {
    case 'Yes':
      return t('common.yes');
    case 'No':
      return t('common.no');
    case 'missing':
      return t('reasons.missing');
    case 'other':
      return t('reasons.other');
    default:
      return value;
  }
}

function ReasonItems({ items, kind }: { items: Reason[]; kind: 'positive' | 'negative' }) {
  const { t } = useI18n();
  const label = useColumnLabel();
  const max = Math.max(1, ...items.map((r) => Math.abs(r.points)));
  return (
    <ul className={`reasons reasons-${kind}`}>
      {items.map((r, i) => (
        <li key={`${r.feature ?? r.text}-${i}`} className="reason">
          <span className="reason-text">
            {r.label && r.value !== undefined ? (
              <>
                {/* A feature that is a column gets the column's label; an engineered one keeps the model's. */}
                <span className="reason-label">{r.feature ? label(r.feature, r.label) : r.label}</span> ={' '}
                <span className="reason-value">{reasonValue(String(r.value), t)}</span>
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

/** The top reasons for and against a score, with their points; a factor worth 0 points is neither. */
export function ReasonList({ reasons: given }: ReasonListProps) {
  const { t } = useI18n();
  const reasons = given && {
    positive: given.positive.filter((r) => r.points > 0),
    negative: given.negative.filter((r) => r.points < 0),
  };
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
