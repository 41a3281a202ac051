/**
 * CSV export of the lead table's current view: RFC 4180 quoting, a UTF-8 byte order mark so spreadsheet
 * programs read accents right, and text that would start a formula neutralised (CSV injection).
 */

/** One CSV field: quoted when it holds a comma, quote or line break; formulas prefixed with `'`. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text: string;
  if (typeof value === 'string') {
    // A spreadsheet would run "=HYPERLINK(...)" typed by whoever filled the lead form.
    text = /^[=+\-@\t\r]/.test(value) && !/^[+-]?\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
  } else if (typeof value === 'object') text = JSON.stringify(value);
  else text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV text (CRLF line ends, header first). `header` defaults to the column names. */
export function toCsv(
  columns: readonly string[],
  rows: readonly Record<string, unknown>[],
  header: readonly string[] = columns,
): string {
  const lines = [header.map(csvField).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvField(row[c])).join(','));
  return lines.join('\r\n') + '\r\n';
}

/** Saves text as a file download in the browser. */
export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const blob = new Blob(['\ufeff', text], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
