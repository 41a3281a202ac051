import { Fragment, useState } from 'react';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { formatBytes } from '../../app/format.ts';
import { useI18n } from '../../app/i18n-context.ts';
import type { LoadHistoryRow } from '../../api/types.ts';
import { RejectedRowsTable } from '../../ui/RejectedRowsTable.tsx';
import { StatusBadge } from '../../ui/StatusBadge.tsx';
import '../../ui/table.css';

/** Props of {@link LoadHistoryTable}. */
export interface LoadHistoryTableProps {
  rows: LoadHistoryRow[];
}

/** Load attempts, newest first; a file with rejected rows expands to show them. */
export function LoadHistoryTable({ rows }: LoadHistoryTableProps) {
  const { t, n, dt, locale } = useI18n();
  const [open, setOpen] = useState<string | null>(null);
  if (rows.length === 0) return <EmptyState title={t('pipeline.noLoads')} />;
  return (
    <div className="table-scroll">
      <table className="table compact" data-testid="load-history">
        <thead>
          <tr>
            <th scope="col">{t('pipeline.file')}</th>
            <th scope="col">{t('pipeline.status')}</th>
            <th scope="col" className="num">
              {t('upload.loaded')}
            </th>
            <th scope="col" className="num">
              {t('upload.parsed')}
            </th>
            <th scope="col" className="num">
              {t('pipeline.errors')}
            </th>
            <th scope="col" className="num">
              {t('pipeline.size')}
            </th>
            <th scope="col">{t('pipeline.when')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <Fragment key={r.loadId}>
              <tr>
                <td className="mono">{r.fileName}</td>
                <td>
                  <StatusBadge status={r.status} />
                  {r.reason && <span className="muted small"> {r.reason}</span>}
                </td>
                <td className="num">{n(r.rowCount)}</td>
                <td className="num">{n(r.rowParsed)}</td>
                <td className="num">
                  {r.errorCount > 0 ? (
                    <button
                      type="button"
                      className="link-button"
                      aria-expanded={open === r.loadId}
                      onClick={() => setOpen(open === r.loadId ? null : r.loadId)}
                    >
                      {t('pipeline.showErrors', { count: n(r.errorCount) })}
                    </button>
                  ) : (
                    '0'
                  )}
                </td>
                <td className="num">{formatBytes(r.fileSize ?? null, locale)}</td>
                <td>{dt(r.lastLoadTime)}</td>
              </tr>
              {open === r.loadId && (
                <tr className="expanded">
                  <td colSpan={7}>
                    <RejectedRowsTable
                      rows={
                        r.firstErrorLineNumber
                          ? [{ line: r.firstErrorLineNumber, reason: r.firstErrorMessage ?? '' }]
                          : []
                      }
                      total={r.errorCount}
                      file={r.fileName}
                    />
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}
