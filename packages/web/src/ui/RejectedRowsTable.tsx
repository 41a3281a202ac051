import { useState } from 'react';
import { ErrorNotice } from './ErrorNotice.tsx';
import { useI18n } from '../app/i18n-context.ts';
import type { LoadErrorsPage } from '../api/types.ts';
import { useApiQuery } from '../api/use-api-query.ts';
import { Loading } from './Loading.tsx';
import './ui.css';
import './table.css';

/** One rejected row as the table shows it. */
export interface RejectedRow {
  line: number;
  column?: string | null;
  reason: string;
  raw?: string;
}

/** Props of {@link RejectedRowsTable}. */
export interface RejectedRowsTableProps {
  rows: RejectedRow[];
  /** How many rows were rejected in all (more than `rows` when the API sent only the first ones). */
  total: number;
  /** The file name, to fetch the rest from `GET /loads/{file}/errors`. */
  file?: string;
}

/** Rejected rows: line, column, reason and the raw text, with "show all" for long lists. */
export function RejectedRowsTable({ rows, total, file }: RejectedRowsTableProps) {
  const { t, n } = useI18n();
  const [all, setAll] = useState(false);
  const more = useApiQuery<LoadErrorsPage>(
    all && file ? `/loads/${encodeURIComponent(file)}/errors?limit=1000` : null,
  );
  const shown: RejectedRow[] =
    all && more.data
      ? more.data.errors.map((e) => ({ line: e.line, column: e.columnName, reason: e.error, raw: e.rawText }))
      : rows;
  return (
    <div className="rejected" data-testid="rejected-rows">
      <div className="table-scroll">
        <table className="table compact">
          <caption className="visually-hidden">{t('upload.rejectedCaption')}</caption>
          <thead>
            <tr>
              <th scope="col" className="num">
                {t('upload.line')}
              </th>
              <th scope="col">{t('upload.column')}</th>
              <th scope="col">{t('upload.reason')}</th>
              <th scope="col">{t('upload.raw')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r, i) => (
              <tr key={`${r.line}-${i}`}>
                <td className="num">{r.line}</td>
                <td>{r.column ?? '—'}</td>
                <td>{r.reason}</td>
                <td>
                  <code className="raw">{r.raw ?? ''}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {more.isFetching && <Loading inline />}
      {more.error && <ErrorNotice error={more.error} onRetry={() => void more.refetch()} />}
      {!all && file && total > rows.length && (
        <button type="button" className="link-button" onClick={() => setAll(true)}>
          {t('upload.showAll', { total: n(total) })}
        </button>
      )}
    </div>
  );
}
