import type { Dispatch } from 'react';
import { useI18n } from '../../app/i18n-context.ts';
import type { TableAction } from './table-state.ts';
import { PAGE_SIZES, pageCount } from './table-state.ts';

/** Props of {@link Pagination}. */
export interface PaginationProps {
  page: number;
  pageSize: number;
  total: number;
  dispatch: Dispatch<TableAction>;
}

/** Page controls: first, previous, page number, next, last, and the page size. */
export function Pagination({ page, pageSize, total, dispatch }: PaginationProps) {
  const { t, n } = useI18n();
  const pages = pageCount(total, pageSize);
  const from = total === 0 ? 0 : page * pageSize + 1;
  const to = Math.min(total, (page + 1) * pageSize);
  const go = (p: number): void => dispatch({ type: 'page', page: Math.min(pages - 1, Math.max(0, p)) });
  return (
    <nav className="pagination" aria-label={t('leads.pagination')}>
      <p className="muted" data-testid="page-range">
        {t('leads.range', { from: n(from), to: n(to), total: n(total) })}
      </p>
      <div className="pager">
        <button
          type="button"
          className="button button-ghost"
          onClick={() => go(0)}
          disabled={page === 0}
          aria-label={t('leads.firstPage')}
        >
          «
        </button>
        <button
          type="button"
          className="button button-ghost"
          onClick={() => go(page - 1)}
          disabled={page === 0}
          aria-label={t('leads.previousPage')}
        >
          ‹
        </button>
        <label className="page-jump">
          <span className="visually-hidden">{t('leads.pageNumber')}</span>
          <input
            type="number"
            min={1}
            max={pages}
            value={page + 1}
            onChange={(e) => {
              const v = Number(e.target.value);
              if (Number.isFinite(v) && v >= 1) go(v - 1);
            }}
          />
          <span className="muted">/ {n(pages)}</span>
        </label>
        <button
          type="button"
          className="button button-ghost"
          onClick={() => go(page + 1)}
          disabled={page >= pages - 1}
          aria-label={t('leads.nextPage')}
        >
          ›
        </button>
        <button
          type="button"
          className="button button-ghost"
          onClick={() => go(pages - 1)}
          disabled={page >= pages - 1}
          aria-label={t('leads.lastPage')}
        >
          »
        </button>
        <label className="page-size">
          {t('leads.pageSize')}
          <select
            value={pageSize}
            onChange={(e) => dispatch({ type: 'pageSize', pageSize: Number(e.target.value) })}
          >
            {PAGE_SIZES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
      </div>
    </nav>
  );
}
