/**
 * Column labels for the current language: the home's (from `GET /schema`: its labels file, else words from
 * the snake_case name), the dashboard's own for the score and bookkeeping columns, else the name's words.
 */
import { useCallback } from 'react';
import { useI18n } from '../app/i18n-context.ts';
import type { SchemaInfo } from '../api/types.ts';
import { useApiQuery } from '../api/use-api-query.ts';
import { columnLabel } from './columns.ts';

/** `GET /schema`, shared by every section that adapts to the data. */
export function useSchema() {
  return useApiQuery<SchemaInfo>('/schema', { shared: true });
}

/**
 * A function from a column name to its label in the current language. `fallback` names a column the
 * home's schema does not know (an engineered model feature): it is used as given.
 */
export function useColumnLabel(): (column: string, fallback?: string) => string {
  const { lang } = useI18n();
  const schema = useSchema().data;
  return useCallback(
    (column: string, fallback?: string) => {
      const known =
        schema?.columns.some((c) => c.name === column) || schema?.features.some((f) => f.column === column);
      return fallback !== undefined && !known ? fallback : columnLabel(column, lang, schema);
    },
    [lang, schema],
  );
}
