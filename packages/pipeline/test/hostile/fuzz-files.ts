/**
 * The fuzz generator of issue 17: from one seed, one small hostile lead file (CSV with a random delimiter,
 * quoting, BOM and line ends; a JSON array; or NDJSON; sometimes gzipped, sometimes with damaged gzip) that
 * mixes bad encodings, escapes, widths, names, numbers and nesting with known good rows whose keys are
 * unique to the seed. The file says what a correct pipeline must do with it (`expect`), so `fuzz.test.ts`
 * can check every one. The same seed gives the same bytes on every machine.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { seededRandom } from '../../src/seeded-random.ts';

/** What loading a fuzz file must give. */
export type FuzzExpectation =
  /** The file loads (LOADED or PARTIALLY_LOADED) and every good row reaches leads_final. */
  | { outcome: 'rows' }
  /** The whole file is refused (LOAD_FAILED) with a reason matching `reason`: the damage is file-wide. */
  | { outcome: 'failed'; reason: RegExp };

/** One generated file. */
export interface FuzzFile {
  seed: number;
  name: string;
  bytes: Buffer;
  /** Keys (`Prospect ID`) of the good rows: each must be in leads_final when `expect.outcome` is `rows`. */
  goodKeys: string[];
  expect: FuzzExpectation;
  /** What the file holds, for the failure message (`csv;`, `gzip-truncated`, `nul`, ...). */
  traits: string[];
}

/** Options of {@link makeFuzzFile}. */
export interface FuzzOptions {
  /** Widest file, in columns (default 150: wide files have their own test and helper). */
  maxColumns?: number;
}

/**
 * Hostile column names with the warehouse column each must become (written by hand, not computed with
 * the code under test). None contains a delimiter, CR or LF, so the header is read the same way.
 */
const NAMES: readonly [string, string][] = [
  ['score', 'src_score'],
  ['GRADE', 'src_grade'],
  ['Row Hash', 'src_row_hash'],
  ['modelVersion', 'src_model_version'],
  ['Updated At ', 'src_updated_at'],
  ['l', 'l'],
  ['n', 'n'],
  ['d', 'd'],
  ['名前 Name', 'name'],
  ['Ünïcödé Fïeld', 'unicode_field'],
  ['🔥 Hot', 'hot'],
  ["Robert'); DROP TABLE leads_final;--", 'robert_drop_table_leads_final'],
  ['say "hi"', 'say_hi'],
  ['select', 'select'],
  ['FROM', 'from'],
  ['x'.repeat(255), 'x'.repeat(255)],
  ['Notes', 'notes'],
  ['Memo', 'memo'],
  ['Big Number', 'big_number'],
  ['_weird__name_', 'weird_name'],
];

/** Names that fail a CSV header on their own: nothing usable, or longer than 255 characters. */
const BAD_NAMES: readonly [string, RegExp][] = [
  ['', /no usable name/],
  ['!!!', /no usable name/],
  ['y'.repeat(300), /name of 300 characters/],
];

/** Hostile values as text (CSV cells, or JSON strings); `raw` values are JSON literals in JSON files. */
const TEXTS = [
  '',
  ' ',
  'plain',
  '\\ud800',
  '\\',
  '\\"',
  '${jndi:ldap://x}',
  "'; DROP TABLE leads_final; --",
  '=cmd|" /C calc"!A0',
  '../../etc/passwd',
  'tab\there',
  'Ωmega 😀',
  '\u200b\u202e',
];
const NUMBERS = [
  '1e400',
  '-1e400',
  '1e308',
  '-1.7e308',
  '99999999999999999999',
  '-9223372036854775809',
  '9223372036854775807',
  'NaN',
  'Infinity',
  '-Infinity',
  '-0',
  '0x1F',
  '1_000',
  ' 12 ',
  '١٢٣',
  '4.9e-324',
  '1e-400',
];
const RAW_JSON = [
  '1e400',
  '-1e400',
  '1e308',
  '99999999999999999999',
  '-0',
  '4.9e-324',
  'true',
  'null',
  '"\\ud800"',
  '"\\udc00x"',
  '"\\ud83d\\ude00"',
  '"\\u0000"',
  '{"k\\ud800":1}',
  '{"score":1,"nested":{"a":[1,2,{"b":null}]}}',
  '[]',
  '{}',
];

/** Builds the file of `seed`. */
export function makeFuzzFile(seed: number, options: FuzzOptions = {}): FuzzFile {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const chance = (p: number): boolean => rnd() < p;
  const int = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
  const traits: string[] = [];
  const tag = `fz${seed.toString(36)}`;
  let expect: FuzzExpectation = { outcome: 'rows' };
  const fail = (trait: string, reason: RegExp): void => {
    if (!traits.includes(trait)) traits.push(trait);
    // Two file-wide faults: either may be the one reported first.
    expect =
      expect.outcome === 'rows'
        ? { outcome: 'failed', reason }
        : { outcome: 'failed', reason: new RegExp(`${expect.reason.source}|${reason.source}`) };
  };

  const format = pick(['csv', 'csv', 'json', 'ndjson'] as const);
  traits.push(format);
  // Invalid UTF-8 and raw control characters are never mixed: together they make a file "binary", which
  // is a file-wide refusal of its own (the `binary` trait).
  const encoding = pick(['utf8', 'utf8', 'latin1', 'nul', 'binary'] as const);
  if (encoding !== 'utf8') traits.push(encoding);
  if (encoding === 'binary') fail('binary', /binary/);

  // Columns: the key and the declared ones, shuffled, then hostile names and wide filler.
  const columns: string[] = ['Prospect ID', 'Lead Number', 'TotalVisits', 'Page Views Per Visit', 'City'];
  const extra = new Set<string>();
  const used = new Set(['prospect_id', 'lead_number', 'total_visits', 'page_views_per_visit', 'city']);
  const maxColumns = options.maxColumns ?? 150;
  const width = chance(0.1) ? int(20, maxColumns) : int(0, 8);
  if (width > 20) traits.push(`wide-${width}`);
  for (let i = 0; i < width; i++) {
    const [source, column] = chance(0.5) ? pick(NAMES) : [`W ${i % 140}`, `w_${i % 140}`];
    if (used.has(column)) continue;
    used.add(column);
    extra.add(source);
  }
  columns.push(...extra);
  for (let i = columns.length - 1; i > 0; i--) {
    const j = int(0, i);
    [columns[i], columns[j]] = [columns[j]!, columns[i]!];
  }
  if (format === 'csv' && chance(0.04)) {
    const [bad, reason] = pick(BAD_NAMES);
    columns.push(bad);
    fail('bad-header-name', reason);
  }
  if (format === 'csv' && chance(0.04) && extra.size > 0) {
    columns.push(`${[...extra][0]!} `);
    fail('duplicate-column', /normalise to/);
  }

  const goodKeys: string[] = [];
  const goodRow = (i: number): Record<string, string> => {
    const key = `${tag}-g${i}`;
    goodKeys.push(key);
    return {
      'Prospect ID': key,
      'Lead Number': String(100000 + i),
      TotalVisits: String(i % 9),
      'Page Views Per Visit': (i / 4).toFixed(2),
      City: pick(['Pune', 'Mumbai', 'Delhi']),
    };
  };

  /** A hostile cell: its text and whether it is a raw JSON literal. */
  const hostileCell = (): { text: string; raw?: boolean } => {
    const r = rnd();
    if (r < 0.25) return { text: pick(TEXTS) };
    if (r < 0.5) return { text: pick(NUMBERS) };
    if (r < 0.6) return { text: 'z'.repeat(pick([1000, 5000, 70_000])) };
    if (r < 0.7) {
      const depth = pick([10, 64, 65, 500, 10_000]);
      return { text: '['.repeat(depth) + ']'.repeat(depth), raw: true };
    }
    if (format !== 'csv' && r < 0.85) return { text: pick(RAW_JSON), raw: true };
    if (encoding === 'latin1' || encoding === 'binary') return { text: '\u0000LATIN1\u0000' };
    if (encoding === 'nul') return { text: 'a\u0000NUL\u0000b' };
    return { text: pick(TEXTS) };
  };
  const hostileRow = (i: number): Record<string, { text: string; raw?: boolean }> => {
    const row: Record<string, { text: string; raw?: boolean }> = {};
    for (const c of columns) if (chance(0.5)) row[c] = hostileCell();
    row['Prospect ID'] = chance(0.8) ? { text: `${tag}-h${i}` } : hostileCell();
    return row;
  };

  const rowCount = int(1, 12);
  const rows: (
    { good: Record<string, string> } | { bad: Record<string, { text: string; raw?: boolean }> }
  )[] = [];
  for (let i = 0; i < rowCount; i++) rows.push(chance(0.5) ? { good: goodRow(i) } : { bad: hostileRow(i) });
  if (goodKeys.length === 0) rows.push({ good: goodRow(rowCount) });

  let text: string;
  if (format === 'csv') text = csvText(columns, rows, { rnd, pick, chance, int, traits });
  else text = jsonText(format, rows, { rnd, pick, chance, int, traits });
  let bytes = encodeText(text, encoding);

  const gzipped = chance(0.3);
  if (gzipped) {
    const plain = bytes;
    const gz = gzipSync(plain);
    const damage = pick(['none', 'none', 'truncated', 'flipped'] as const);
    if (damage === 'none') traits.push('gzip');
    if (damage === 'truncated') {
      bytes = gz.subarray(0, int(10, gz.length - 1));
      fail('gzip-truncated', /decompress|empty/);
    } else if (damage === 'flipped') {
      const at = int(10, gz.length - 1);
      bytes = Buffer.from(gz);
      bytes[at] = bytes[at]! ^ (1 << int(0, 7));
      // A flip in the deflate stream's padding bits changes nothing; any other flip corrupts the text and
      // fails the CRC at the end, so the file must be refused whole, but the first fault the reader meets
      // may be in the corrupted text (binary content, a broken header) before the CRC check.
      let harmless: boolean;
      try {
        harmless = gunzipSync(bytes).equals(plain);
      } catch {
        harmless = false;
      }
      if (harmless) traits.push('gzip-flipped-harmless');
      else fail('gzip-flipped', /./);
    } else bytes = gz;
  }
  const ext = format === 'csv' ? '.csv' : format === 'json' ? '.json' : '.ndjson';
  return {
    seed,
    name: `${tag}${ext}${gzipped ? '.gz' : ''}`,
    bytes,
    goodKeys,
    expect,
    traits,
  };
}

interface Gen {
  rnd: () => number;
  pick: <T>(xs: readonly T[]) => T;
  chance: (p: number) => boolean;
  int: (lo: number, hi: number) => number;
  traits: string[];
}

/** Invalid UTF-8 goes in as Latin-1 bytes: the `\u0000LATIN1\u0000` markers become 0xE9 0xFF pairs. */
function encodeText(text: string, encoding: string): Buffer {
  if (encoding !== 'latin1' && encoding !== 'binary') return Buffer.from(text, 'utf8');
  const parts = text.split('\u0000LATIN1\u0000');
  const bad = encoding === 'binary' ? Buffer.from([0xe9, 0x00, 0x01]) : Buffer.from([0xe9, 0xff]);
  const out: Buffer[] = [];
  parts.forEach((p, i) => {
    if (i > 0) out.push(bad);
    out.push(Buffer.from(p, 'utf8'));
  });
  // A binary file without any marker still needs its control bytes up front.
  if (encoding === 'binary') out.unshift(bad);
  return Buffer.concat(out);
}

type Row = { good: Record<string, string> } | { bad: Record<string, { text: string; raw?: boolean }> };

function csvText(columns: string[], rows: Row[], g: Gen): string {
  const delimiter = g.pick([',', ',', ';', '\t', '|']);
  const eol = g.pick(['\r\n', '\n']);
  if (delimiter !== ',') g.traits.push(`delim-${JSON.stringify(delimiter)}`);
  const quote = (v: string): string =>
    /["\r\n]/.test(v) || v.includes(delimiter) || v !== v.trim() ? `"${v.replace(/"/g, '""')}"` : v;
  const lines = [columns.map(quote).join(delimiter)];
  rows.forEach((r, i) => {
    if ('good' in r) {
      lines.push(columns.map((c) => quote(r.good[c] ?? '')).join(delimiter));
      return;
    }
    let cells = columns.map((c) => r.bad[c]?.text ?? '');
    const last = i === rows.length - 1;
    const mode = g.int(0, 5);
    if (mode === 0) {
      // Ragged: fields missing or extra.
      g.traits.push('ragged');
      cells = g.chance(0.5) ? cells.slice(0, g.int(1, cells.length)) : [...cells, 'extra', 'more'];
      lines.push(cells.map(quote).join(delimiter));
    } else if (mode === 1) {
      // Stray quotes inside unquoted fields, and (last row only) a quote that never closes.
      g.traits.push('stray-quote');
      cells = cells.map((v, k) => (k % 2 ? `a"b${v}` : v.replace(/["\r\n]/g, '')));
      if (last && g.chance(0.5)) cells[0] = `"never closed ${eol}more`;
      lines.push(cells.join(delimiter));
    } else if (mode === 2) {
      // Quoted fields holding line ends, quotes and delimiters.
      g.traits.push('embedded');
      lines.push(cells.map((v) => `"${(v + eol + delimiter + '"').replace(/"/g, '""')}"`).join(delimiter));
    } else lines.push(cells.map(quote).join(delimiter));
  });
  const bom = g.chance(0.2) ? '\ufeff' : '';
  if (bom) g.traits.push('bom');
  return bom + lines.join(eol) + (g.chance(0.8) ? eol : '');
}

function jsonText(format: 'json' | 'ndjson', rows: Row[], g: Gen): string {
  const items: string[] = [];
  for (const r of rows) {
    if ('good' in r) {
      const o = r.good;
      items.push(
        JSON.stringify({
          'Prospect ID': o['Prospect ID'],
          'Lead Number': Number(o['Lead Number']),
          TotalVisits: Number(o.TotalVisits),
          'Page Views Per Visit': Number(o['Page Views Per Visit']),
          City: o.City,
        }),
      );
      continue;
    }
    const fields = Object.entries(r.bad).map(([k, v]) => {
      // Lone-surrogate markers in keys and values stay escapes; raw values go in as JSON literals.
      const value = v.raw
        ? v.text
        : `"${v.text
            .replace(/\\(?!u)/g, '\\\\')
            .replace(/"/g, '\\"')
            .replace(/\t/g, '\\t')}"`;
      return `${JSON.stringify(k)}:${value}`;
    });
    if (format === 'ndjson' && g.chance(0.2)) {
      // A line that is not JSON at all: cut short, NaN, a trailing comma or bare text (never first: a
      // file whose first character is not `{` or `[` is read as CSV).
      g.traits.push('broken-line');
      const broken = [`{${fields.join(',')}`, '{"Prospect ID":NaN}', `{${fields.join(',')},}`];
      items.push(g.pick(items.length > 0 ? [...broken, 'not json'] : broken));
      continue;
    }
    items.push(`{${fields.join(',')}}`);
  }
  if (format === 'ndjson') return items.join(g.pick(['\n', '\r\n'])) + '\n';
  return `[\n${items.join(',\n')}\n]\n`;
}
