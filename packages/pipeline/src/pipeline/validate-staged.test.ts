import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../../test/helpers.ts';
import { checkStagedData, fitsType } from './validate-staged.ts';

const declared = [
  { name: 'prospect_id', type: 'string' as const },
  { name: 'total_visits', type: 'integer' as const },
  { name: 'converted', type: 'boolean' as const },
];

describe('validate --staged', () => {
  let work: Awaited<ReturnType<typeof tempDir>>;
  beforeAll(async () => {
    work = await tempDir();
  });
  afterAll(async () => {
    await work.cleanup();
  });

  it('types values the way the engines cast them', () => {
    expect(fitsType(3, 'integer')).toBe(true);
    expect(fitsType('3', 'integer')).toBe(true);
    expect(fitsType(3.5, 'integer')).toBe(false);
    expect(fitsType('abc', 'double')).toBe(false);
    expect(fitsType('TRUE', 'boolean')).toBe(true);
    expect(fitsType('maybe', 'boolean')).toBe(false);
    expect(fitsType('2026-01-01T00:00:00Z', 'timestamp')).toBe(true);
    expect(fitsType(null, 'integer')).toBe(true);
  });

  it('counts rows, columns, rows without a key, type errors and lines that are not documents', async () => {
    const file = path.join(work.dir, 'staged.ndjson');
    await writeFile(
      file,
      [
        { l: 2, d: { prospect_id: 'a', total_visits: 3, converted: true } },
        { l: 3, d: { prospect_id: '', total_visits: 'many', converted: 'maybe', utm: 'x' } },
        { l: 4, d: { total_visits: 1 } },
      ]
        .map((r) => JSON.stringify(r))
        .concat(['not json'])
        .join('\n') + '\n',
    );
    const check = await checkStagedData(file, 'leads.csv', 'prospect_id', declared);
    expect(check).toEqual({
      file: 'leads.csv',
      valid: false,
      reason: 'lines that are not leadpipe documents',
      rows: 4,
      notDocuments: 1,
      rowsWithoutKey: 2,
      rowsWithTypeErrors: 1,
      typeErrors: { total_visits: 1, converted: 1 },
      columns: ['prospect_id', 'total_visits', 'converted', 'utm'],
      missingDeclaredColumns: [],
      undeclaredColumns: ['utm'],
    });
  });

  it('checks a file staged with put, as a child process (DuckDB: checked by leadpipe), and says when nothing is staged', async () => {
    const home = path.join(work.dir, 'home');
    const csv = path.join(work.dir, 'leads.csv');
    await writeFile(csv, 'prospect_id,total_visits,converted\np1,3,1\np2,5,0\n');
    const put = await runCli(['--home', home, 'put', csv]);
    expect(put.code, put.stderr).toBe(0);
    const r = await runCli(['--home', home, 'validate', '--staged', 'leads.csv', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      file: 'leads.csv',
      valid: true,
      rows: 2,
      rowsWithoutKey: 0,
      rowsWithTypeErrors: 0,
      checkedBy: 'leadpipe',
    });
    const missing = await runCli(['--home', home, 'validate', '--staged', 'other.csv']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no staged file named "other.csv": stage it first with leadpipe put/);
    const both = await runCli(['--home', home, 'validate', csv, '--staged', 'leads.csv']);
    expect(both.code).toBe(2);
  }, 120_000);
});
