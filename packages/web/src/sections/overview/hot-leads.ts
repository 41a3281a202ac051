/**
 * "Hottest new leads" for the overview: the highest scores among leads that have not converted yet (an
 * open lead sales can still act on; a lead without a label yet counts as open).
 */
import type { Lead } from '../../api/types.ts';

/** Columns every entry shows. */
export const HOT_LEAD_COLUMNS = ['score', 'grade', 'probability', 'first_seen_at'];

/** Columns the caption of an entry shows: the model's most important categorical inputs, this many. */
export const HOT_LEAD_CAPTION = 3;

/** The caption columns for a home (`GET /schema`). */
export function hotLeadCaption(
  schema:
    { key: string; label: string | null; features: readonly { column: string; kind: string }[] } | undefined,
): string[] {
  return (schema?.features ?? [])
    .filter((f) => f.kind === 'categorical' && f.column !== schema?.key && f.column !== schema?.label)
    .map((f) => f.column)
    .slice(0, HOT_LEAD_CAPTION);
}

/**
 * The two queries behind the list: open leads by score, and the top scores (to catch unlabelled leads).
 * `label` is the outcome column (without one, every lead is open), `caption` the columns to show.
 */
export function hotLeadQueries(
  limit: number,
  label: string | null,
  caption: readonly string[],
): [string, string] {
  const columns = [...HOT_LEAD_COLUMNS, ...caption, ...(label ? [label] : [])].join(',');
  return [
    label
      ? `/leads?converted=false&sort=score&order=desc&limit=${limit}&columns=${columns}`
      : `/leads?sort=score&order=desc&limit=${limit}&columns=${columns}`,
    `/leads?sort=score&order=desc&limit=200&columns=${columns}`,
  ];
}

/** Merges both answers: open leads only, each once, highest score first (ties: newest first). */
export function mergeHotLeads(
  open: readonly Lead[],
  top: readonly Lead[],
  key: string,
  limit: number,
  label: string | null,
): Lead[] {
  const seen = new Set<string>();
  const out: Lead[] = [];
  const outcome = (l: Lead): unknown => (label ? l[label] : null);
  for (const lead of [...open, ...top.filter((l) => outcome(l) === null || outcome(l) === undefined)]) {
    const id = String(lead[key]);
    if (seen.has(id) || outcome(lead) === true) continue;
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
