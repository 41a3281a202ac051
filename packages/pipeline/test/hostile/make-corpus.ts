/**
 * The hostile input corpus: files built to break a reader (binary garbage, broken and malicious gzip, wrong
 * encodings, absurd sizes and shapes, SQL and path tricks). Each entry says what a correct pipeline does
 * with it, and `hostile.test.ts` checks exactly that.
 *
 * Run on its own to inspect the files: `npx tsx packages/pipeline/test/hostile/make-corpus.ts OUT_DIR`.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { createGzip, gzipSync } from 'node:zlib';
import { seededRandom } from '../../src/seeded-random.ts';

/** What loading a corpus file must give. */
export interface HostileExpectation {
  /**
   * `failed`: the whole file is refused (LOAD_FAILED) with an error matching `error`.
   * `rows`: the file loads; exactly `loaded` rows reach leads_raw and `rejected` rows land in load_errors,
   * the first of them matching `error` when given.
   */
  outcome: 'failed' | 'rows';
  loaded?: number;
  rejected?: number;
  error?: RegExp;
}

/** One corpus file. */
export interface HostileFile {
  /** Short id, unique in the corpus. */
  id: string;
  /** Path of the file on disk. */
  path: string;
  /** Name the pipeline is given for it (may differ from the disk name: `../`, NUL, emoji). */
  name: string;
  expect: HostileExpectation;
  /** Large files: the test also measures the memory of a child process reading them. */
  heavy?: boolean;
}

/** A lead-like header: the key, a declared integer, a declared double and a free-text column. */
export const HEADER = 'Prospect ID,Lead Number,TotalVisits,City';
/** Good CSV row number `i` of file `tag` (ids are unique across the corpus). */
export function goodRow(tag: string, i: number): string {
  return `${tag}-${i},${700000 + i},${i % 7},Mumbai`;
}
function goodCsv(tag: string, rows: number): string {
  return [HEADER, ...Array.from({ length: rows }, (_, i) => goodRow(tag, i))].join('\r\n') + '\r\n';
}
function goodObject(tag: string, i: number): Record<string, unknown> {
  return { 'Prospect ID': `${tag}-${i}`, 'Lead Number': 700000 + i, TotalVisits: i % 7, City: 'Pune' };
}

/** Inflated size of the gzip bomb (1 GiB of one repeated valid row: ~1 MiB on disk). */
export const BOMB_INFLATED_BYTES = 1 << 30;
/** Length of the single line of `long-line-50mb.csv`. */
export const LONG_LINE_BYTES = 50 * 1000 * 1000;

async function writeBomb(file: string): Promise<void> {
  const row = Buffer.from(goodRow('bomb', 0) + '\n');
  const block = Buffer.alloc(1 << 20);
  for (let o = 0; o < block.length; o += row.length) row.copy(block, o);
  let left = BOMB_INFLATED_BYTES;
  async function* source(): AsyncGenerator<Buffer> {
    yield Buffer.from(HEADER + '\n');
    while (left > 0) {
      const n = Math.min(left, block.length);
      left -= n;
      yield block.subarray(0, n);
    }
  }
  await pipeline(source(), createGzip({ level: 9 }), createWriteStream(file));
}

/**
 * Writes the corpus into `dir` and returns its entries. Deterministic (seeded); about 55 MB on disk.
 */
export async function makeCorpus(dir: string, options: { heavy?: boolean } = {}): Promise<HostileFile[]> {
  const heavy = options.heavy ?? true;
  await mkdir(dir, { recursive: true });
  const rnd = seededRandom(8);
  const files: HostileFile[] = [];
  const add = async (
    id: string,
    content: string | Buffer,
    expect: HostileExpectation,
    extra: { name?: string; ext?: string } = {},
  ): Promise<void> => {
    const file = path.join(dir, `${id}${extra.ext ?? '.csv'}`);
    await writeFile(file, content);
    files.push({ id, path: file, name: extra.name ?? path.basename(file), expect });
  };
  const bytes = (n: number): Buffer => Buffer.from(Array.from({ length: n }, () => Math.floor(rnd() * 256)));

  // --- Not text at all ---------------------------------------------------------------------------------
  await add('binary-garbage', bytes(64 * 1024), { outcome: 'failed', error: /binary/ }, { ext: '.bin' });
  await add('zip-archive', Buffer.concat([Buffer.from('PK\x03\x04\x14\x00\x00\x00'), bytes(4096)]), {
    outcome: 'failed',
    error: /binary/,
  });
  await add('png-image', Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), bytes(2048)]), {
    outcome: 'failed',
    error: /binary|UTF-8/,
  });

  // --- gzip: broken, nested, malicious -------------------------------------------------------------------
  const gz = gzipSync(goodCsv('trunc', 2000));
  await add(
    'truncated-gzip',
    gz.subarray(0, Math.floor(gz.length / 2)),
    { outcome: 'failed', error: /decompress/ },
    {
      ext: '.csv.gz',
    },
  );
  await add(
    'gzip-magic-then-garbage',
    Buffer.concat([Buffer.from([0x1f, 0x8b, 0x08, 0x00]), bytes(4096)]),
    { outcome: 'failed', error: /decompress/ },
    { ext: '.csv.gz' },
  );
  await add(
    'double-gzip',
    gzipSync(gzipSync(goodCsv('dgz', 10))),
    { outcome: 'failed', error: /binary/ },
    {
      ext: '.csv.gz',
    },
  );
  await add(
    'gzip-good',
    gzipSync(goodCsv('gzok', 50)),
    { outcome: 'rows', loaded: 50, rejected: 0 },
    {
      ext: '.csv.gz',
    },
  );
  if (heavy) {
    const bomb = path.join(dir, 'gzip-bomb.csv.gz');
    await writeBomb(bomb);
    files.push({
      id: 'gzip-bomb',
      path: bomb,
      name: 'gzip-bomb.csv.gz',
      expect: { outcome: 'failed', error: /decompress|ratio/ },
      heavy: true,
    });
  }

  // --- Encodings -----------------------------------------------------------------------------------------
  const utf16 = goodCsv('u16', 5);
  await add('utf16le-bom', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(utf16, 'utf16le')]), {
    outcome: 'failed',
    error: /UTF-16/,
  });
  const be = Buffer.from(utf16, 'utf16le').swap16();
  await add('utf16be-bom', Buffer.concat([Buffer.from([0xfe, 0xff]), be]), {
    outcome: 'failed',
    error: /UTF-16/,
  });
  // Latin-1: "São Paulo" and "Zürich" as single bytes. Those rows are rejected (not guessed at); the rest load.
  await add(
    'latin1',
    Buffer.concat([
      Buffer.from(goodCsv('lat', 4)),
      Buffer.from('lat-x1,700100,2,S\xe3o Paulo\r\nlat-x2,700101,3,Z\xfcrich\r\n', 'latin1'),
      Buffer.from(goodRow('lat', 9) + '\r\n'),
    ]),
    { outcome: 'rows', loaded: 5, rejected: 2, error: /UTF-8/ },
  );
  await add('utf8-bom', '\ufeff' + goodCsv('bom', 3), { outcome: 'rows', loaded: 3, rejected: 0 });
  await add(
    'emoji-and-scripts',
    [
      HEADER,
      'emo-1,1,1,Mumbai 🏙️',
      'emo-2,2,2,東京',
      'emo-3,3,3,"Zürich, Switzerland"',
      'emo-4,4,4,Αθήνα',
    ].join('\n') + '\n',
    { outcome: 'rows', loaded: 4, rejected: 0 },
  );
  await add(
    'nul-in-value',
    goodCsv('nul', 3) + 'nul-x,700009,1,Mum\u0000bai\r\n' + goodRow('nul', 8) + '\r\n',
    {
      outcome: 'rows',
      loaded: 4,
      rejected: 1,
      error: /NUL|control/,
    },
  );

  // --- Size and shape ------------------------------------------------------------------------------------
  if (heavy) {
    const longFile = path.join(dir, 'long-line-50mb.csv');
    await writeFile(
      longFile,
      goodCsv('long', 2) + `long-x,700050,1,${'x'.repeat(LONG_LINE_BYTES)}\r\n` + goodRow('long', 7) + '\r\n',
    );
    files.push({
      id: 'long-line-50mb',
      path: longFile,
      name: 'long-line-50mb.csv',
      expect: { outcome: 'rows', loaded: 3, rejected: 1, error: /longer than/ },
      heavy: true,
    });
  }
  await add('long-column-name', 'Prospect ID,' + 'y'.repeat(300_000) + '\n' + 'a,b\n', {
    outcome: 'failed',
    error: /name of 300000 characters/,
  });
  const wide = Array.from({ length: 10_000 }, (_, i) => `Extra Column ${i}`);
  await add(
    'columns-10000',
    ['Prospect ID,' + wide.join(','), 'w-1,' + wide.map(() => '1').join(',')].join('\n') + '\n',
    { outcome: 'failed', error: /columns/ },
  );
  await add('row-100k-fields', goodCsv('many', 2) + 'many-x' + ','.repeat(100_000) + '\r\n', {
    outcome: 'rows',
    loaded: 2,
    rejected: 1,
    error: /fields/,
  });
  await add('duplicate-headers', 'Prospect ID,City,City\np-1,a,b\n', { outcome: 'failed', error: /City/ });
  await add('header-only', HEADER + '\r\n', { outcome: 'rows', loaded: 0, rejected: 0 });
  await add('empty', '', { outcome: 'failed', error: /empty/ });
  await add('whitespace-only', ' \r\n\r\n \t \n', { outcome: 'failed', error: /empty/ });
  await add('cr-only-line-ends', goodCsv('cr', 5).replace(/\r\n/g, '\r'), {
    outcome: 'failed',
    error: /line/,
  });
  await add('no-key-column', 'Name,City\nAda,Pune\n', { outcome: 'failed', error: /prospect_id/ });
  await add('html-error-page', '<html><body><h1>502 Bad Gateway</h1></body></html>\n', {
    outcome: 'failed',
    error: /prospect_id/,
  });

  // --- CSV syntax ----------------------------------------------------------------------------------------
  await add(
    'unbalanced-quotes',
    goodCsv('uq', 3) + 'uq-x,700010,"2,Mumbai\r\n' + goodRow('uq', 5) + '\r\n' + goodRow('uq', 6) + '\r\n',
    { outcome: 'rows', loaded: 5, rejected: 1, error: /quote/ },
  );
  await add(
    'mixed-delimiters',
    goodCsv('md', 3) + 'md-x;700010;2;Mumbai\r\nmd-y\t700011\t2\tPune\r\n' + goodRow('md', 7) + '\r\n',
    { outcome: 'rows', loaded: 4, rejected: 2, error: /fields/ },
  );
  await add('all-rows-bad', [HEADER, ...Array.from({ length: 100 }, (_, i) => `,${i},1,Pune`)].join('\n'), {
    outcome: 'rows',
    loaded: 0,
    rejected: 100,
    error: /missing key/,
  });
  await add('numeric-overflow', goodCsv('ovf', 2) + 'ovf-x,99999999999999999999999,1,Pune\r\n', {
    outcome: 'rows',
    loaded: 2,
    rejected: 1,
    error: /lead_number/,
  });

  // --- JSON that is not an array of objects ------------------------------------------------------------
  const j = (v: unknown): string => JSON.stringify(v);
  await add('json-scalar', '42\n', { outcome: 'failed', error: /prospect_id/ }, { ext: '.json' });
  await add('json-string', '"just a string"', { outcome: 'failed', error: /prospect_id/ }, { ext: '.json' });
  await add(
    'json-array-of-arrays',
    j([[1, 2], [3]]),
    { outcome: 'rows', loaded: 0, rejected: 2, error: /object/ },
    {
      ext: '.json',
    },
  );
  await add(
    'json-mixed-elements',
    j([1, 'x', null, true, goodObject('jm', 1), [goodObject('jm', 2)], goodObject('jm', 3)]),
    { outcome: 'rows', loaded: 2, rejected: 5, error: /object/ },
    { ext: '.json' },
  );
  await add(
    'json-truncated',
    j([goodObject('jt', 1), goodObject('jt', 2), goodObject('jt', 3)]).slice(0, -20),
    { outcome: 'rows', loaded: 2, rejected: 1, error: /truncated/ },
    { ext: '.json' },
  );
  const depth = 100_000;
  await add(
    'json-deeply-nested',
    `[${j(goodObject('deep', 1))},{"Prospect ID":"deep-x","nest":${'['.repeat(depth)}${']'.repeat(depth)}},${j(goodObject('deep', 2))}]`,
    { outcome: 'rows', loaded: 2, rejected: 1, error: /nested/ },
    { ext: '.json' },
  );
  await add(
    'ndjson-garbage-lines',
    [j(goodObject('nd', 1)), '{not json', 'garbage', '', j(goodObject('nd', 2)), '[1,2]'].join('\n') + '\n',
    { outcome: 'rows', loaded: 2, rejected: 3, error: /JSON|object/ },
    { ext: '.ndjson' },
  );
  await add(
    'json-sql-keys',
    j([
      {
        'Prospect ID': 'sql-1',
        'x"; DROP TABLE leads_final; --': 'a',
        "'); DELETE FROM load_history; --": 'b',
        City: "Robert'); DROP TABLE leads_raw;--",
      },
    ]),
    { outcome: 'rows', loaded: 1, rejected: 0 },
    { ext: '.json' },
  );
  await add(
    'json-proto-keys',
    '[{"Prospect ID":"proto-1","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}]',
    { outcome: 'rows', loaded: 1, rejected: 0 },
    { ext: '.json' },
  );
  await add('csv-sql-header', 'Prospect ID,"a""); DROP TABLE leads_final; --"\nsqlh-1,1\n', {
    outcome: 'rows',
    loaded: 1,
    rejected: 0,
  });

  // --- Names -------------------------------------------------------------------------------------------
  await add(
    'name-traversal',
    goodCsv('trav', 2),
    { outcome: 'rows', loaded: 2, rejected: 0 },
    {
      name: '../../../../tmp/leadpipe-escape.csv',
    },
  );
  await add(
    'name-nul',
    goodCsv('nname', 2),
    { outcome: 'rows', loaded: 2, rejected: 0 },
    {
      name: 'evil\u0000.csv',
    },
  );
  await add(
    'name-emoji',
    goodCsv('ename', 2),
    { outcome: 'rows', loaded: 2, rejected: 0 },
    {
      name: 'leads 🚀 été.csv',
    },
  );
  await add(
    'name-only-dots',
    goodCsv('dots', 2),
    { outcome: 'failed', error: /no usable characters/ },
    {
      name: '../..',
    },
  );
  return files;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = process.argv[2];
  if (!out) {
    process.stderr.write('usage: make-corpus.ts OUT_DIR\n');
    process.exit(2);
  }
  const files = await makeCorpus(out);
  for (const f of files) process.stdout.write(`${f.id}\t${f.path}\t${JSON.stringify(f.name)}\n`);
}
