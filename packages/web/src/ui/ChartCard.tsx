import type { ReactNode } from 'react';
import { EmptyState } from './EmptyState.tsx';
import { useI18n } from '../app/i18n-context.ts';
import './ui.css';
import './table.css';

/** Props of {@link ChartCard}. */
export interface ChartCardProps {
  id: string;
  title: string;
  description?: string;
  /** No data: the empty state shows instead of the chart. */
  empty?: boolean;
  emptyText?: string;
  /** The chart's numbers as a table (for screen readers and for copying), under a "Show data" toggle. */
  table?: { headers: string[]; rows: (string | number)[][] };
  children: ReactNode;
}

/** A titled chart panel with an empty state and its data as a table. */
export function ChartCard({
  id,
  title,
  description,
  empty = false,
  emptyText,
  table,
  children,
}: ChartCardProps) {
  const { t } = useI18n();
  return (
    <section className="card chart-card" aria-labelledby={`${id}-title`} data-testid={`chart-${id}`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {description && <p className="muted small">{description}</p>}
      {empty ? (
        <EmptyState title={emptyText ?? t('charts.empty')} />
      ) : (
        <>
          <div className="chart" role="img" aria-label={title}>
            {children}
          </div>
          {table && (
            <details className="chart-data">
              <summary>{t('charts.showData')}</summary>
              <div className="table-scroll">
                <table className="table compact">
                  <thead>
                    <tr>
                      {table.headers.map((h) => (
                        <th key={h} scope="col">
                          {h}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {table.rows.map((r, i) => (
                      <tr key={i}>
                        {r.map((c, j) => (
                          <td key={j}>{c}</td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </details>
          )}
        </>
      )}
    </section>
  );
}
