/**
 * Navigation by URL hash (`#/leads?grade=A`). Hash routes need no server rewrite rules, so the same build
 * works from `leadpipe serve`, an S3 bucket and CloudFront, and never collides with API paths (`/leads`).
 */

/** The dashboard's sections, in navigation order. */
export const SECTIONS = ['overview', 'charts', 'leads', 'score', 'upload', 'pipeline', 'model'] as const;

/** A section of the dashboard. */
export type Section = (typeof SECTIONS)[number];

/** Where the hash points. */
export interface Route {
  section: Section;
  params: URLSearchParams;
}

/** Parses `#/leads?grade=A` (unknown sections fall back to the overview). */
export function parseHash(hash: string): Route {
  const text = hash.replace(/^#\/?/, '');
  const q = text.indexOf('?');
  const name = (q === -1 ? text : text.slice(0, q)).replace(/\/+$/, '');
  const params = new URLSearchParams(q === -1 ? '' : text.slice(q + 1));
  const section = (SECTIONS as readonly string[]).includes(name) ? (name as Section) : 'overview';
  return { section, params };
}

/** The hash of a section with parameters: `#/leads?grade=A`. */
export function sectionHash(section: Section, params?: URLSearchParams | Record<string, string>): string {
  const p = params instanceof URLSearchParams ? params : new URLSearchParams(params ?? {});
  const query = p.toString();
  return `#/${section}${query ? `?${query}` : ''}`;
}
