/**
 * How a read file's accepted rows are staged: the {@link StageLayout} and the text of a staged CSV record.
 */
/**
 * How accepted rows are staged. `documents`: one canonical JSON document per row, typed and validated as read
 * (`{"l":<source line>,"n":<ordinal>,"d":{...}}`; the ordinal numbers the staged rows from 1, since the
 * elements of a JSON array can share a line). `csv`: CSV sources only; each record that is structurally sound
 * (right field count, balanced quotes, valid UTF-8, no NUL) is staged as a CSV record prefixed with its
 * source line, under a header of the normalised column names, and the engine types and validates the values
 * at load with the same rules (see the DuckDB adapter) — much faster than typing in JavaScript. JSON
 * sources are always staged as documents.
 */
export type StageLayout = 'documents' | 'csv';

/**
 * The text a structurally sound CSV record is staged as: its raw text when it had no quote and no CR (the
 * common case, no work), else its fields re-quoted the RFC 4180 way, so the warehouse's reader splits it
 * exactly as `CsvReader` (csv.ts) did.
 */
export function stagedCsvRecord(
  record: { fields: string[]; raw: string; quoted: boolean },
  delimiter: string,
): string {
  if (!record.quoted && !record.raw.includes('\r')) return record.raw;
  const fields = record.quoted ? record.fields : record.raw.split(delimiter);
  return fields.map((f) => csvField(f, delimiter)).join(delimiter);
}

/** One field as RFC 4180 CSV: quoted (quotes doubled) only when it holds the delimiter, a quote or a line end. */
export function csvField(f: string, delimiter: string): string {
  return f.includes(delimiter) || f.includes('"') || f.includes('\n') || f.includes('\r')
    ? '"' + f.replaceAll('"', '""') + '"'
    : f;
}
