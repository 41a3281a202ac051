/**
 * `useApi(path)`: GET an API path as JSON with loading and error states. The previous answer stays on
 * screen while the next one loads (a table that blanks on every page turn feels slow); stale requests are
 * aborted; `refreshMs` polls while the page is visible. Answers of `shared` paths (stats, the model) are
 * kept for a short while so sections that need the same data do not ask twice.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { getJson } from '../api/client.ts';

/** What {@link useApi} returns. */
export interface ApiState<T> {
  data: T | undefined;
  error: Error | null;
  /** A request is in flight (there may be older data to show meanwhile). */
  loading: boolean;
  /** When the data was received (ms since the epoch), or null. */
  updatedAt: number | null;
  /** Asks again now (drops the shared copy). */
  reload(): void;
}

/** Options of {@link useApi}. */
export interface UseApiOptions {
  /** Poll every this many ms while the page is visible (default: no polling). */
  refreshMs?: number;
  /** Share the answer with other sections for `SHARED_TTL_MS`. */
  shared?: boolean;
}

const SHARED_TTL_MS = 30_000;
const shared = new Map<string, { at: number; value: Promise<unknown> }>();

/** Forgets every shared answer (after an upload changed the data). */
export function invalidateShared(): void {
  shared.clear();
}

function sharedGet<T>(path: string, signal: AbortSignal): Promise<T> {
  const hit = shared.get(path);
  if (hit && Date.now() - hit.at < SHARED_TTL_MS) return hit.value as Promise<T>;
  // The shared request must outlive the component that started it: no abort signal.
  const value = getJson<T>(path);
  shared.set(path, { at: Date.now(), value });
  value.catch(() => {
    if (shared.get(path)?.value === value) shared.delete(path);
  });
  return signal.aborted ? Promise.reject(new DOMException('aborted', 'AbortError')) : value;
}

function isAbort(err: unknown): boolean {
  return err instanceof DOMException && err.name === 'AbortError';
}

/** GETs `path` (null: nothing to ask yet) and re-asks whenever it changes. */
export function useApi<T>(path: string | null, options: UseApiOptions = {}): ApiState<T> {
  const { refreshMs, shared: isShared = false } = options;
  const [state, setState] = useState<{
    data: T | undefined;
    error: Error | null;
    loading: boolean;
    updatedAt: number | null;
  }>({
    data: undefined,
    error: null,
    loading: path !== null,
    updatedAt: null,
  });
  const [tick, setTick] = useState(0);
  const pathRef = useRef(path);
  pathRef.current = path;

  useEffect(() => {
    if (path === null) {
      setState((s) => ({ ...s, loading: false }));
      return;
    }
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true }));
    const load = isShared ? sharedGet<T>(path, controller.signal) : getJson<T>(path, controller.signal);
    load.then(
      (data) => {
        if (!controller.signal.aborted)
          setState({ data, error: null, loading: false, updatedAt: Date.now() });
      },
      (err: unknown) => {
        if (controller.signal.aborted || isAbort(err)) return;
        setState((s) => ({
          ...s,
          error: err instanceof Error ? err : new Error(String(err)),
          loading: false,
        }));
      },
    );
    return () => controller.abort();
  }, [path, tick, isShared]);

  useEffect(() => {
    if (!refreshMs || path === null) return;
    const timer = setInterval(() => {
      if (typeof document === 'undefined' || document.visibilityState !== 'hidden') setTick((n) => n + 1);
    }, refreshMs);
    return () => clearInterval(timer);
  }, [refreshMs, path]);

  const reload = useCallback(() => {
    if (pathRef.current !== null) shared.delete(pathRef.current);
    setTick((n) => n + 1);
  }, []);

  return { ...state, reload };
}
