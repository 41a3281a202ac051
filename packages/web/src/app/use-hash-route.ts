/**
 * `useHashRoute()`: the current section and its parameters, following `hashchange`, and a way to change
 * the parameters without adding a history entry for every keystroke in a filter.
 */
import { useCallback, useEffect, useState } from 'react';
import type { Route, Section } from './hash-route.ts';
import { parseHash, sectionHash } from './hash-route.ts';

/** What {@link useHashRoute} returns. */
export interface HashRoute extends Route {
  /** Goes to a section (a new history entry). */
  navigate(section: Section, params?: URLSearchParams | Record<string, string>): void;
  /** Replaces the parameters of the current section (no new history entry). */
  replaceParams(params: URLSearchParams): void;
}

function currentHash(): string {
  return typeof window === 'undefined' ? '' : window.location.hash;
}

/** Follows the URL hash. */
export function useHashRoute(): HashRoute {
  const [route, setRoute] = useState<Route>(() => parseHash(currentHash()));
  useEffect(() => {
    const onChange = (): void => setRoute(parseHash(currentHash()));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const navigate = useCallback((section: Section, params?: URLSearchParams | Record<string, string>) => {
    window.location.hash = sectionHash(section, params);
  }, []);
  const replaceParams = useCallback((params: URLSearchParams) => {
    const current = parseHash(currentHash());
    const hash = sectionHash(current.section, params);
    if (hash === currentHash()) return;
    window.history.replaceState(window.history.state, '', hash);
    setRoute(parseHash(hash));
  }, []);
  return { ...route, navigate, replaceParams };
}
