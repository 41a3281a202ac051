/**
 * `useApiQuery(path)`: GET an API path as JSON through TanStack Query. The previous answer stays on screen
 * while the next one loads (a table that blanks on every page turn feels slow); stale requests are
 * aborted; `refreshMs` polls while the page is visible. Answers of `shared` paths (stats, the model) are
 * kept for a short while so sections that need the same data do not ask twice.
 */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { UseQueryResult } from '@tanstack/react-query';
import { getJson } from './client.ts';
import { API_QUERY_KEY, SHARED_STALE_MS } from './query-client.ts';

/** Options of {@link useApiQuery}. */
export interface ApiQueryOptions {
  /** Poll every this many ms while the page is visible (default: no polling). */
  refreshMs?: number;
  /** Share the answer with other sections for {@link SHARED_STALE_MS} (default: false, ask on every mount). */
  shared?: boolean;
}

/**
 * The TanStack Query options of `GET path` (null: nothing to ask yet, the query is disabled). The key is
 * `['api', path]`.
 */
export function apiQueryOptions<T>(path: string | null, options: ApiQueryOptions = {}) {
  const { refreshMs, shared = false } = options;
  return queryOptions<T, Error, T, readonly [string, string | null]>({
    queryKey: [API_QUERY_KEY, path] as const,
    // A shared request must outlive the component that started it (another section will want the
    // answer), so only unshared reads pass the signal: TanStack Query aborts a read whose signal was
    // taken once no component shows it (the path changed, the section closed).
    queryFn: ({ signal }) => getJson<T>(path ?? '', shared ? undefined : signal),
    enabled: path !== null,
    placeholderData: keepPreviousData,
    staleTime: shared ? SHARED_STALE_MS : 0,
    gcTime: shared ? SHARED_STALE_MS : 0,
    // Polling pauses while the tab is hidden (refetchIntervalInBackground defaults to false).
    refetchInterval: refreshMs ?? false,
  });
}

/**
 * GETs `path` (null: nothing to ask yet) and asks again whenever it changes. `isFetching` says a request is
 * in flight (older data may be shown meanwhile); `refetch()` asks again now; `dataUpdatedAt` is when the
 * data arrived.
 *
 * @example
 * const stats = useApiQuery<Stats>('/stats', { shared: true });
 * if (stats.error && !stats.data) return <ErrorNotice error={stats.error} onRetry={() => void stats.refetch()} />;
 */
export function useApiQuery<T>(path: string | null, options: ApiQueryOptions = {}): UseQueryResult<T, Error> {
  return useQuery(apiQueryOptions<T>(path, options));
}
