import type { ReactNode } from 'react';
import './ui.css';

/** Props of {@link StatCard}. */
export interface StatCardProps {
  label: string;
  value: ReactNode;
  /** A line of context under the value. */
  hint?: ReactNode;
  /** data-testid for end-to-end tests. */
  testId?: string;
}

/** One headline number with its label. */
export function StatCard({ label, value, hint, testId }: StatCardProps) {
  return (
    <div className="stat card" data-testid={testId}>
      <div className="stat-label">{label}</div>
      <div className="stat-value">{value}</div>
      {hint && <div className="stat-hint muted">{hint}</div>}
    </div>
  );
}
