import { GradeBadge } from '../../ui/GradeBadge.tsx';
import { useI18n } from '../../app/i18n-context.ts';
import type { ScoreResult } from '../../api/types.ts';
import { ReasonList } from '../../ui/ReasonList.tsx';
import { ScoreBar } from '../../ui/ScoreBar.tsx';

/** Props of {@link ScoreResultPanel}. */
export interface ScoreResultPanelProps {
  result: ScoreResult;
  /** A newer score is on its way (the current one is dimmed). */
  updating: boolean;
}

/** The score of the form's lead: score, grade, probability, reasons and the model that gave them. */
export function ScoreResultPanel({ result, updating }: ScoreResultPanelProps) {
  const { t, pct } = useI18n();
  return (
    <div className={updating ? 'score-result updating' : 'score-result'} data-testid="score-result">
      <div className="score-headline">
        <ScoreBar score={result.score} large />
        <div>
          <GradeBadge grade={result.grade} />
          <p className="muted small">
            {result.probability === null
              ? t('score.rulesModel')
              : t('drawer.probabilityOf', { p: pct(result.probability) })}
          </p>
        </div>
      </div>
      <ReasonList reasons={result.reasons} score={result.score} />
      <p className="muted small mono">{t('score.model', { version: result.modelVersion })}</p>
    </div>
  );
}
