/**
 * Lead files missing one column, cut from a comma-separated file such as `../shared/data/leads.csv` (whose
 * quoted fields may hold commas, never line breaks): the "leads lack one input of the model" scenario.
 */
import { readFile } from 'node:fs/promises';

/** The fields of one CSV line, quotes kept as they are. */
function fields(line: string): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)) {
    out.push(m[1] ?? '');
    if (m[2] === '') break;
  }
  return out;
}

/**
 * Rows `from`..`to` (1-based data rows, `to` exclusive; default all) of the CSV file `source` with its
 * header, without the column headed `column` (kept when `column` is null). Throws when the header lacks it.
 */
export async function csvRows(
  source: string,
  column: string | null,
  from = 1,
  to = Infinity,
): Promise<string> {
  const lines = (await readFile(source, 'utf8')).split(/\r?\n/).filter((l) => l !== '');
  const picked = [lines[0] ?? '', ...lines.slice(from, to)];
  if (column === null) return picked.join('\n') + '\n';
  const at = fields(picked[0] ?? '').indexOf(column);
  if (at < 0) throw new Error(`${source} has no column ${column}`);
  return (
    picked
      .map((l) =>
        fields(l)
          .filter((_, i) => i !== at)
          .join(','),
      )
      .join('\n') + '\n'
  );
}
