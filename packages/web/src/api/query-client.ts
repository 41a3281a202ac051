/**
 * The dashboard's TanStack Query client: the defaults every API read shares, and the one "the data
 * changed" moment (after an upload-and-load). Replaces the hand-written cache of `lib/use-api.ts`.
 */
import { QueryClient } from '@tanstack/react-query';

/**
 * How long a shared answer (stats, the model, the column probe, hot leads) is fresh: sections that need
 * the same data within this window do not ask twice. Also how long it is kept once no section shows it.
 */
export const SHARED_STALE_MS = 30_000;

/** The first element of every API query key (`['api', path]`), so invalidation can target them all. */
export const API_QUERY_KEY = 'api';

/**
 * Makes the query client the dashboard (and each component test) uses.
 *
 * Defaults: no retries (a failed read shows its error and a Retry button, as before), no refetch on window
 * focus or reconnect (reads are refetched only by polling, a Retry/Refresh click or invalidation); fresh
 * for 0 ms and dropped as soon as nothing shows it, unless a query says it is shared
 * (see `useApiQuery`).
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: false,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
      },
      mutations: { retry: false },
    },
  });
}

/**
 * After a load changed the data: answers no section shows are dropped, so the section opened next starts
 * from its loading state rather than showing the old figures while it asks again; a section on screen
 * refetches now.
 */
export function invalidateApiQueries(client: QueryClient): Promise<void> {
  client.removeQueries({ queryKey: [API_QUERY_KEY], type: 'inactive' });
  return client.invalidateQueries({ queryKey: [API_QUERY_KEY] });
}
