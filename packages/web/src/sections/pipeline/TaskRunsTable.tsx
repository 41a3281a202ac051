import { EmptyState } from '../../ui/EmptyState.tsx';
import { useI18n } from '../../app/i18n-context.ts';
import type { TaskHistoryRow } from '../../api/types.ts';
import { StatusBadge } from '../../ui/StatusBadge.tsx';
import '../../ui/table.css';

/** Props of {@link TaskRunsTable}. */
export interface TaskRunsTableProps {
  rows: TaskHistoryRow[];
}

/** Task runs (merge into leads_final, then scoring), newest first. */
export function TaskRunsTable({ rows }: TaskRunsTableProps) {
  const { t, n, dt } = useI18n();
  if (rows.length === 0) return <EmptyState title={t('pipeline.noRuns')} />;
  return (
    <div className="table-scroll">
      <table className="table compact" data-testid="task-runs">
        <thead>
          <tr>
            <th scope="col">{t('pipeline.when')}</th>
            <th scope="col">{t('pipeline.status')}</th>
            <th scope="col" className="num">
              {t('upload.inserted')}
            </th>
            <th scope="col" className="num">
              {t('upload.updated')}
            </th>
            <th scope="col" className="num">
              {t('upload.unchanged')}
            </th>
            <th scope="col" className="num">
              {t('upload.scored')}
            </th>
            <th scope="col">{t('pipeline.error')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.runId}>
              <td>{dt(r.scheduledTime ?? r.queryStartTime ?? null)}</td>
              <td>
                <StatusBadge status={r.state} />
              </td>
              <td className="num">{n(r.inserted)}</td>
              <td className="num">{n(r.updated)}</td>
              <td className="num">{n(r.unchanged)}</td>
              <td className="num">{n(r.scored ?? null)}</td>
              <td className="small">
                {r.errorMessage ??
                  (r.modelWarning ? (
                    <span data-testid="task-model-warning">
                      {t('pipeline.modelWarning', { message: r.modelWarning })}
                    </span>
                  ) : (
                    ''
                  ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
