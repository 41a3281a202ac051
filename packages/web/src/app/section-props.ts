/**
 * What the shell hands every section: its own module, so the sections and `App.tsx` (which lazy-loads
 * them) both import it and neither imports the other.
 */
import type { HashRoute } from './use-hash-route.ts';

/** What every section component receives: the current hash route (section, params, navigation). */
export interface SectionProps {
  route: HashRoute;
}
