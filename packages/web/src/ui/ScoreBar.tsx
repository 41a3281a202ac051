import './ui.css';
/** Props of {@link ScoreBar}. */
export interface ScoreBarProps {
  score: number | null | undefined;
  /** A larger meter with the number above the bar. */
  large?: boolean;
}

function band(score: number): string {
  if (score >= 75) return 'hot';
  if (score >= 50) return 'warm';
  if (score >= 25) return 'mild';
  return 'cold';
}

/** A 0-100 score as a number and a bar (a meter for assistive technology). */
export function ScoreBar({ score, large = false }: ScoreBarProps) {
  if (score === null || score === undefined) return <span className="muted">—</span>;
  return (
    <span className={large ? 'score score-large' : 'score'}>
      <span className="score-value">{score}</span>
      <span
        className="score-track"
        role="meter"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={score}
        aria-label={String(score)}
      >
        <span className={`score-fill score-${band(score)}`} style={{ width: `${Math.max(2, score)}%` }} />
      </span>
    </span>
  );
}
