import { formatPoints } from '../../app/format.ts';
import { useI18n } from '../../app/i18n-context.ts';
import type { TrainedModelCard } from '../../api/types.ts';
import { useColumnLabel } from '../../ui/use-column-label.ts';

/** Props of {@link TopWeights}. */
export interface TopWeightsProps {
  weights: TrainedModelCard['topWeights'];
  kind: TrainedModelCard['kind'];
}

/** The model's largest effects: logistic weights (signed) or, for trees, how many splits use a feature. */
export function TopWeights({ weights, kind }: TopWeightsProps) {
  const { t, n } = useI18n();
  const label = useColumnLabel();
  if (weights.length === 0) return <p className="muted">{t('model.noWeights')}</p>;
  const max = Math.max(...weights.map((w) => Math.abs(w.weight)), 1e-9);
  return (
    <ul className="weights">
      {weights.map((w, i) => (
        <li key={`${w.feature}-${w.level ?? ''}-${i}`} className="weight">
          <span className="weight-label">
            {label(w.feature, w.label)}
            {w.level !== undefined && <span className="muted"> = {w.level}</span>}
          </span>
          <span className="weight-bar" aria-hidden="true">
            <span
              className={w.weight < 0 ? 'negative' : 'positive'}
              style={{ width: `${(Math.abs(w.weight) / max) * 100}%` }}
            />
          </span>
          <span className="weight-value">
            {kind === 'gbt'
              ? t('model.splits', { count: n(w.weight) })
              : formatPoints(Number(w.weight.toFixed(2)))}
          </span>
        </li>
      ))}
    </ul>
  );
}
