import { useRef, useState } from 'react';
import { getJson } from '../../api/client.ts';
import { toCsv, downloadText } from './csv.ts';
import { useI18n } from '../../app/i18n-context.ts';
import type { TableState } from './table-state.ts';
import { filterParams } from './table-state.ts';
import type { Lead, LeadsPage } from '../../api/types.ts';

/** Most rows one export fetches (the API pages them 1000 at a time). */
export const MAX_EXPORT_ROWS = 100_000;

/** Props of {@link ExportCsvButton}. */
export interface ExportCsvButtonProps {
  state: TableState;
  keyColumn: string;
  disabled?: boolean;
}

/**
 * Downloads the filtered leads as CSV: every page, not just this one, in the view's sort order, with every
 * column (the visible ones first, in their order, then the others). Pages are fetched with the API's
 * cursor, so rows are neither skipped nor repeated; it can be cancelled.
 */
export function ExportCsvButton({ state, keyColumn, disabled = false }: ExportCsvButtonProps) {
  const { t, n } = useI18n();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);

  const run = async (): Promise<void> => {
    const controller = new AbortController();
    abort.current = controller;
    setError(null);
    setProgress({ done: 0, total: 0 });
    const visible = [keyColumn, ...state.columns.filter((c) => c !== keyColumn)];
    const rows: Lead[] = [];
    try {
      let cursor: string | null = null;
      do {
        const params = filterParams(state);
        params.set('limit', '1000');
        if (state.sort) {
          params.set('sort', state.sort);
          params.set('order', state.order);
        }
        params.set('columns', 'all');
        if (cursor) params.set('cursor', cursor);
        const page: LeadsPage = await getJson<LeadsPage>(`/leads?${params.toString()}`, controller.signal);
        rows.push(...page.items);
        setProgress({ done: rows.length, total: page.total });
        cursor = page.nextCursor;
      } while (cursor && rows.length < MAX_EXPORT_ROWS);
      const others = new Set<string>();
      for (const row of rows.slice(0, 1000)) for (const c of Object.keys(row)) others.add(c);
      const columns = [...visible, ...[...others].filter((c) => !visible.includes(c))];
      downloadText(`leads-${new Date().toISOString().slice(0, 10)}.csv`, toCsv(columns, rows));
    } catch (err) {
      if (!(err instanceof DOMException && err.name === 'AbortError'))
        setError(err instanceof Error ? err.message : String(err));
    } finally {
      setProgress(null);
      abort.current = null;
    }
  };

  if (progress) {
    return (
      <span className="export-progress" role="status">
        {t('leads.exporting', { done: n(progress.done), total: n(progress.total) })}{' '}
        <button type="button" className="link-button" onClick={() => abort.current?.abort()}>
          {t('common.cancel')}
        </button>
      </span>
    );
  }
  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => void run()}
        disabled={disabled}
        data-testid="export-csv"
      >
        {t('leads.export')}
      </button>
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
