import { flexRender, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import type { ColumnDef, SortingState } from '@tanstack/react-table';
import { useEffect, useMemo } from 'react';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { GradeBadge } from '../../ui/GradeBadge.tsx';
import { cellText, isNumericColumn } from '../../ui/columns.ts';
import { useColumnLabel, useSchema } from '../../ui/use-column-label.ts';
import { useI18n } from '../../app/i18n-context.ts';
import type { Lead, SortOrder } from '../../api/types.ts';
import { ScoreBar } from '../../ui/ScoreBar.tsx';
import '../../ui/table.css';

/** Props of {@link LeadTable}. */
export interface LeadTableProps {
  items: Lead[];
  keyColumn: string;
  /** Visible columns after the key, in order. */
  columns: string[];
  /** The sort the API applied (shown in the headers). */
  sort: string;
  order: SortOrder;
  /** A new page is loading (the current one stays visible meanwhile). */
  busy: boolean;
  onSort(column: string): void;
  onOpen(id: string): void;
}

const UNSORTABLE = new Set(['reasons']);
let firstTableMarked = false;

/**
 * One page of leads. Sorting, filtering and paging are done by the API (react-table runs in manual
 * mode and only models columns and rows); a header button sorts, a row opens the lead's drawer.
 */
export function LeadTable({ items, keyColumn, columns, sort, order, busy, onSort, onOpen }: LeadTableProps) {
  const { t, lang, locale } = useI18n();
  const label = useColumnLabel();
  const schema = useSchema().data;
  const yesNo: [string, string] = [t('common.yes'), t('common.no')];

  const columnDefs = useMemo<ColumnDef<Lead>[]>(
    () => [
      {
        id: keyColumn,
        header: label(keyColumn),
        accessorFn: (row) => row[keyColumn],
        cell: (info) => {
          const id = String(info.getValue());
          return (
            <button
              type="button"
              className="link-button mono"
              title={id}
              onClick={() => onOpen(id)}
              aria-label={t('leads.open', { id })}
            >
              {id.length > 13 ? `${id.slice(0, 8)}…` : id}
            </button>
          );
        },
      },
      ...columns.map<ColumnDef<Lead>>((c) => ({
        id: c,
        header: label(c),
        accessorFn: (row) => row[c],
        cell: (info) => {
          const v = info.getValue();
          if (c === 'grade') return <GradeBadge grade={v as string | null} />;
          if (c === 'score') return <ScoreBar score={v as number | null} />;
          return cellText(c, v, locale, yesNo);
        },
      })),
    ],
    // t and yesNo change with lang.
    [keyColumn, columns, lang, locale, onOpen, label],
  );
  const sorting: SortingState = [{ id: sort, desc: order === 'desc' }];
  const table = useReactTable({
    data: items,
    columns: columnDefs,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => String(row[keyColumn]),
    manualSorting: true,
    manualPagination: true,
    manualFiltering: true,
    state: { sorting },
  });

  useEffect(() => {
    // For the end-to-end test's "time to first table" (performance entries are cheap and local).
    if (!firstTableMarked && items.length > 0) {
      firstTableMarked = true;
      performance.mark('leadpipe:first-table');
    }
  }, [items]);

  if (items.length === 0) return <EmptyState title={t('leads.noMatch')}>{t('leads.noMatchHint')}</EmptyState>;
  return (
    <div className="table-scroll card flush" aria-busy={busy}>
      <table className="table leads-table" data-testid="leads-table">
        <caption className="visually-hidden">{t('leads.caption')}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const id = header.column.id;
                const sorted = id === sort ? order : null;
                const label = flexRender(header.column.columnDef.header, header.getContext());
                return (
                  <th
                    key={header.id}
                    scope="col"
                    className={isNumericColumn(id, undefined, schema) ? 'num' : undefined}
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                  >
                    {UNSORTABLE.has(id) ? (
                      label
                    ) : (
                      <button
                        type="button"
                        className="sort-button"
                        onClick={() => onSort(id)}
                        data-column={id}
                      >
                        {label}
                        <span className="sort-icon" aria-hidden="true">
                          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                        </span>
                      </button>
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr
              key={row.id}
              onClick={(e) => (e.target as HTMLElement).closest('button') === null && onOpen(row.id)}
              className="clickable"
            >
              {row.getVisibleCells().map((cell) => (
                <td
                  key={cell.id}
                  className={isNumericColumn(cell.column.id, cell.getValue(), schema) ? 'num' : undefined}
                  data-column={cell.column.id}
                >
                  {flexRender(cell.column.columnDef.cell, cell.getContext())}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
