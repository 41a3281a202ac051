/**
 * "Hottest new leads" for the overview: the highest scores among leads that have not converted yet (an
 * open lead sales can still act on; a lead without a label yet counts as open).
 */
import type { Lead } from '../../api/types.ts';

/** Columns the overview list needs. */
export const HOT_LEAD_COLUMNS = [
  'score',
  'grade',
  'probability',
  'lead_source',
  'lead_origin',
  'last_activity',
  'converted',
  'first_seen_at',
];

/** The two queries behind the list: open leads by score, and the top scores (to catch unlabelled leads). */
export function hotLeadQueries(limit: number): [string, string] {
  const columns = HOT_LEAD_COLUMNS.join(',');
  return [
    `/leads?converted=false&sort=score&order=desc&limit=${limit}&columns=${columns}`,
    `/leads?sort=score&order=desc&limit=200&columns=${columns}`,
  ];
}

/** Merges both answers: open leads only, each once, highest score first (ties: newest first). */
export function mergeHotLeads(
  open: readonly Lead[],
  top: readonly Lead[],
  key: string,
  limit: number,
): Lead[] {
  const seen = new Set<string>();
  const out: Lead[] = [];
  for (const lead of [...open, ...top.filter((l) => l.converted === null || l.converted === undefined)]) {
    const id = String(lead[key]);
    if (seen.has(id) || lead.converted === true) continue;
    seen.add(id);
    out.push(lead);
  }
  return out
    .sort(
      (a, b) =>
        (b.score ?? -1) - (a.score ?? -1) ||
        String(b.first_seen_at ?? '').localeCompare(String(a.first_seen_at ?? '')),
    )
    .slice(0, limit);
}
