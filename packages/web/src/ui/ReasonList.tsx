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
  /** The score the reasons explain, shown as the total of the breakdown (none when absent). */
  score?: number | null | undefined;
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

/** A reason's amount as shown: its score points when the score is broken down, else its points. */
function shownPoints(r: Reason, broken: boolean): number {
  return broken ? (r.scorePoints ?? 0) : r.points;
}

function ReasonItems({
  items,
  kind,
  broken,
}: {
  items: Reason[];
  kind: 'positive' | 'negative';
  broken: boolean;
}) {
  const { t } = useI18n();
  const label = useColumnLabel();
  const max = Math.max(1, ...items.map((r) => Math.abs(shownPoints(r, broken))));
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
              (r.feature ?? r.text)
            )}
          </span>
          <span className="reason-bar" aria-hidden="true">
            <span style={{ width: `${(Math.abs(shownPoints(r, broken)) / max) * 100}%` }} />
          </span>
          <span className={broken ? 'reason-points score-part' : 'reason-points'}>
            {formatPoints(shownPoints(r, broken))}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** Whether reasons carry the score breakdown (baseline, other, override, each reason's score points). */
function isBrokenDown(reasons: Reasons): boolean {
  return (
    typeof reasons.baseline === 'number' &&
    typeof reasons.other === 'number' &&
    [...reasons.positive, ...reasons.negative].every((r) => typeof r.scorePoints === 'number')
  );
}

function BreakdownLine({
  testId,
  label,
  points,
  signed = true,
}: {
  testId: string;
  label: string;
  points: number;
  signed?: boolean;
}) {
  return (
    <p className={`breakdown-line ${testId}`} data-testid={testId}>
      <span>{label}</span>
      <span className="breakdown-points score-part">{signed ? formatPoints(points) : points}</span>
    </p>
  );
}

/**
 * The top reasons for and against a score. When the API broke the score down, they read as score points
 * and add up to it: "Baseline N", the reasons with their signed score points, "Other factors ±M" (and a
 * manual override's change), then the score. A factor worth 0 points is not listed.
 */
export function ReasonList({ reasons: given, score }: ReasonListProps) {
  const { t } = useI18n();
  const broken = !!given && isBrokenDown(given);
  const reasons = given && {
    positive: given.positive.filter((r) => shownPoints(r, broken) > 0),
    negative: given.negative.filter((r) => shownPoints(r, broken) < 0),
  };
  const nothingListed = !reasons || (reasons.positive.length === 0 && reasons.negative.length === 0);
  if (!broken && nothingListed) return <p className="muted">{t('reasons.none')}</p>;
  const other = given?.other ?? 0;
  const override = given?.override ?? 0;
  return (
    <div className="reason-breakdown" data-testid="reasons">
      {broken && (
        <BreakdownLine
          testId="breakdown-baseline"
          label={t('reasons.baseline')}
          points={given?.baseline ?? 0}
          signed={false}
        />
      )}
      {!nothingListed && reasons && (
        <div className="reason-columns">
          <div>
            <h3 className="reasons-title positive">{t('reasons.positive')}</h3>
            {reasons.positive.length > 0 ? (
              <ReasonItems items={reasons.positive} kind="positive" broken={broken} />
            ) : (
              <p className="muted small">{t('reasons.nonePositive')}</p>
            )}
          </div>
          <div>
            <h3 className="reasons-title negative">{t('reasons.negative')}</h3>
            {reasons.negative.length > 0 ? (
              <ReasonItems items={reasons.negative} kind="negative" broken={broken} />
            ) : (
              <p className="muted small">{t('reasons.noneNegative')}</p>
            )}
          </div>
        </div>
      )}
      {broken && other !== 0 && (
        <BreakdownLine testId="breakdown-other" label={t('reasons.otherFactors')} points={other} />
      )}
      {broken && override !== 0 && (
        <BreakdownLine testId="breakdown-override" label={t('reasons.override')} points={override} />
      )}
      {broken && typeof score === 'number' && (
        <p className="breakdown-line breakdown-total" data-testid="breakdown-total">
          <span>{t('reasons.total')}</span>
          <span className="breakdown-points">{score}</span>
        </p>
      )}
    </div>
  );
}
