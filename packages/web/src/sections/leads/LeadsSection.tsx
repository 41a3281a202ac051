import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import type { SectionProps } from '../../app/section-props.ts';
import { ColumnChooser } from './ColumnChooser.tsx';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import { ExportCsvButton } from './ExportCsvButton.tsx';
import { HIDDEN_COLUMNS } from '../../ui/columns.ts';
import { useI18n } from '../../app/i18n-context.ts';
import {
  defaultColumns,
  filterProblem,
  fromHashParams,
  leadsQuery,
  pageCount,
  tableReducer,
  toHashParams,
} from './table-state.ts';
import type { LeadsPage } from '../../api/types.ts';
import { useSchema } from '../../ui/use-column-label.ts';
import { useApiQuery } from '../../api/use-api-query.ts';
import { LeadDrawer } from './LeadDrawer.tsx';
import { LeadFiltersBar } from './LeadFiltersBar.tsx';
import { LeadTable } from './LeadTable.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Pagination } from './Pagination.tsx';
import './leads.css';

/**
 * Leads: the server-side paginated, sorted and filtered table over all leads, with a column chooser, CSV
 * export of the current view, and a drawer per lead. The table's state lives in the URL hash.
 */
export function LeadsSection({ route }: SectionProps) {
  const { t, n } = useI18n();
  const [state, dispatch] = useReducer(tableReducer, route.params, fromHashParams);
  const leadId = route.params.get('lead');

  // Every column leads_final has (for the chooser) and the key (the first column the API returns).
  const probe = useApiQuery<LeadsPage>('/leads?limit=1&columns=all', { shared: true });
  const schema = useSchema();
  const allColumns = useMemo(() => Object.keys(probe.data?.items[0] ?? {}), [probe.data]);
  const key = schema.data?.key ?? allColumns[0];
  const available = useMemo(
    () => allColumns.filter((c) => c !== key && !HIDDEN_COLUMNS.has(c)),
    [allColumns, key],
  );
  const chosen = useMemo(
    () => (state.columns.length > 0 ? state.columns : defaultColumns(schema.data, key)),
    [state.columns, schema.data, key],
  );
  const visible = useMemo(
    () => (available.length > 0 ? chosen.filter((c) => available.includes(c)) : chosen),
    [available, chosen],
  );

  const problem = filterProblem(state);
  // Wait for the key and the default columns: a first query without them would fetch another view.
  const ready =
    key !== undefined && (state.columns.length > 0 || schema.data !== undefined || schema.error !== null);
  const query = problem || !ready ? null : leadsQuery({ ...state, columns: visible }, { key });
  const page = useApiQuery<LeadsPage>(query);
  // Before the first page, a failed schema or column probe is the error to show (no page query runs).
  const error = page.error ?? (ready ? null : (schema.error ?? probe.error));

  // State -> URL (replacing: filters must not flood the history); URL -> state when the URL changes
  // elsewhere (a link from the overview, the Back button).
  const stateRef = useRef(state);
  stateRef.current = state;
  useEffect(() => {
    const params = toHashParams(state);
    if (leadId) params.set('lead', leadId);
    route.replaceParams(params);
  }, [state, leadId, route.replaceParams]);
  const urlTable = new URLSearchParams(route.params);
  urlTable.delete('lead');
  const urlKey = urlTable.toString();
  useEffect(() => {
    if (urlKey !== toHashParams(stateRef.current).toString())
      dispatch({ type: 'replace', state: fromHashParams(new URLSearchParams(urlKey)) });
  }, [urlKey]);

  const { navigate, replaceParams } = route;
  const openLead = useCallback(
    (id: string | null): void => {
      const params = toHashParams(stateRef.current);
      if (id) {
        params.set('lead', id);
        // A new history entry: Back closes the drawer.
        navigate('leads', params);
      } else replaceParams(params);
    },
    [navigate, replaceParams],
  );

  const data = page.data;
  const pages = data ? pageCount(data.total, state.pageSize) : 1;
  // A filter that shrinks the result can leave the page number past the end.
  useEffect(() => {
    if (data && state.page > 0 && state.page >= pages) dispatch({ type: 'page', page: pages - 1 });
  }, [data, pages, state.page]);

  return (
    <div className="stack">
      <LeadFiltersBar state={state} dispatch={dispatch} schema={schema.data} problem={problem} />
      <div className="table-toolbar">
        <p className="result-count" aria-live="polite" data-testid="lead-total">
          {data
            ? data.total === 1
              ? t('leads.totalOne')
              : t('leads.total', { total: n(data.total) })
            : '\u00a0'}
          {page.isFetching && data && <span className="muted small"> · {t('common.updating')}</span>}
        </p>
        <div className="toolbar-actions">
          <ColumnChooser available={available} visible={visible} dispatch={dispatch} />
          <ExportCsvButton
            state={{ ...state, columns: visible }}
            keyColumn={key ?? ''}
            disabled={!data || data.total === 0}
          />
        </div>
      </div>
      {error && (
        <ErrorNotice
          error={error}
          onRetry={() => {
            void page.refetch();
            if (probe.error) void probe.refetch();
            if (schema.error) void schema.refetch();
          }}
        />
      )}
      {!data && !error && !problem && <Loading />}
      {data && (
        <>
          <LeadTable
            items={data.items}
            keyColumn={key ?? ''}
            columns={visible}
            sort={data.sort}
            order={data.order}
            busy={page.isFetching}
            onSort={(column) =>
              dispatch({
                type: 'sort',
                column,
                numeric: ['integer', 'double'].includes(
                  schema.data?.columns.find((c) => c.name === column)?.type ?? '',
                ),
              })
            }
            onOpen={openLead}
          />
          <Pagination page={state.page} pageSize={state.pageSize} total={data.total} dispatch={dispatch} />
        </>
      )}
      {leadId && <LeadDrawer id={leadId} onClose={() => openLead(null)} />}
    </div>
  );
}
