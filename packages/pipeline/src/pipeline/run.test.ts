import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, REAL_LEADS, makeLeads, openTemp, tempDir } from '../../test/helpers.ts';
import { runPipeline } from './run.ts';

describe('run on the real dataset', () => {
  let env: Awaited<ReturnType<typeof openTemp>>;
  let work: Awaited<ReturnType<typeof tempDir>>;
  beforeAll(async () => {
    env = await openTemp();
    work = await tempDir();
  });
  afterAll(async () => {
    await env.cleanup();
    await work.cleanup();
  });

  it('loads all 9,240 leads with no rejection', async () => {
    const summary = await runPipeline(env.lp, [REAL_LEADS]);
    expect(summary.files).toHaveLength(1);
    expect(summary.files[0]).toMatchObject({
      status: 'LOADED',
      rowsParsed: 9240,
      rowsLoaded: 9240,
      rowsRejected: 0,
    });
    expect(summary.task).toMatchObject({ state: 'SUCCEEDED', inserted: 9240, updated: 0, unchanged: 0 });
    expect(await count(env.lp, 'SELECT count(*) FROM leads_final')).toBe(9240);
    expect(await count(env.lp, 'SELECT count(*) FROM leads_final WHERE converted')).toBe(3561);
    // "Select" is a null token; the real file has 1,942 of them in Specialization and 1,438 empty cells.
    expect(await count(env.lp, 'SELECT count(*) FROM leads_final WHERE specialization IS NULL')).toBe(
      1942 + 1438,
    );
    expect(
      await count(
        env.lp,
        "SELECT count(*) FROM leads_final WHERE specialization = 'Banking, Investment And Insurance'",
      ),
    ).toBe(338);
  });

  it('skips the same file when it is run again', async () => {
    const summary = await runPipeline(env.lp, [REAL_LEADS]);
    expect(summary.files[0]).toMatchObject({ status: 'SKIPPED', rowsLoaded: 0 });
    expect(summary.task).toMatchObject({ state: 'SKIPPED', inserted: 0, updated: 0 });
    expect(await count(env.lp, 'SELECT count(*) FROM leads_raw')).toBe(9240);
    const history = await env.lp.warehouse.loadHistory({ file: 'leads.csv' });
    expect(history.map((h) => h.status).sort()).toEqual(['LOADED', 'SKIPPED']);
  });

  it('loads a changed file under the same name as a new version: 5 inserted, 10 updated, the rest unchanged', async () => {
    const lines = (await readFile(REAL_LEADS, 'utf8')).split('\r\n');
    const header = lines[0]!.split(',');
    const visits = header.indexOf('TotalVisits');
    const changed = lines.slice();
    const changedIds: string[] = [];
    for (let i = 1; i <= 10; i++) {
      const row = changed[i * 100]!.split(',');
      row[visits] = String(Number(row[visits] || 0) + 100);
      changedIds.push(row[0]!);
      changed[i * 100] = row.join(',');
    }
    const body = changed.filter((l) => l !== '');
    for (let i = 0; i < 5; i++) {
      const row = body[1 + i]!.split(',');
      row[0] = `00000000-0000-4000-8000-00000000000${i}`;
      body.push(row.join(','));
    }
    const times = `SELECT prospect_id, CAST(first_seen_at AS VARCHAR) AS first_seen, CAST(updated_at AS VARCHAR) AS updated
      FROM leads_final WHERE prospect_id IN (SELECT unnest($ids::VARCHAR[])) ORDER BY prospect_id`;
    const ids = { ids: `[${[...changedIds, lines[1]!.split(',')[0]!].join(',')}]` };
    const before = await env.lp.warehouse.query(times, ids);
    expect(before).toHaveLength(11);
    const dir = path.join(work.dir, 'v2');
    await import('node:fs/promises').then((fs) => fs.mkdir(dir));
    const file = path.join(dir, 'leads.csv');
    await writeFile(file, body.join('\r\n') + '\r\n');

    const summary = await runPipeline(env.lp, [file]);
    expect(summary.files[0]).toMatchObject({ status: 'LOADED', rowsLoaded: 9245 });
    expect(summary.task).toMatchObject({ state: 'SUCCEEDED', inserted: 5, updated: 10, unchanged: 9230 });
    expect(await count(env.lp, 'SELECT count(*) FROM leads_final')).toBe(9245);
    const row = await env.lp.warehouse.query(
      `SELECT total_visits, source_file FROM leads_final WHERE prospect_id = $id`,
      { id: changedIds[0] },
    );
    expect(Number(row[0]?.total_visits)).toBeGreaterThanOrEqual(100);
    // Updated rows keep when they were first seen and get a new updated_at; unchanged rows keep both.
    const after = await env.lp.warehouse.query(times, ids);
    expect(after.map((r) => [r.prospect_id, r.first_seen])).toEqual(
      before.map((r) => [r.prospect_id, r.first_seen]),
    );
    const updatedNow = after.filter((r, i) => r.updated !== before[i]?.updated).map((r) => r.prospect_id);
    expect(updatedNow.sort()).toEqual([...changedIds].sort());
    expect(await count(env.lp, 'SELECT count(DISTINCT prospect_id) FROM leads_final')).toBe(9245);
  });
});

describe('run on a dirty file', () => {
  it('loads the good rows and records every bad row with its line and reason, as the generator expects', async () => {
    const env = await openTemp();
    const work = await tempDir();
    try {
      const { file, expected } = await makeLeads(path.join(work.dir, 'dirty.csv'), [
        '--rows',
        '20000',
        '--dirty',
        '0.08',
        '--seed',
        '11',
      ]);
      const summary = await runPipeline(env.lp, [file]);
      const e = expected.expected;
      expect(summary.files[0]).toMatchObject({
        status: 'PARTIALLY_LOADED',
        rowsParsed: e.rows_total,
        rowsLoaded: e.accept,
        rowsRejected: e.reject,
      });
      expect(summary.task).toMatchObject({ state: 'SUCCEEDED', inserted: e.insert });
      expect(await count(env.lp, 'SELECT count(*) FROM leads_final')).toBe(e.final_rows);
      expect(await count(env.lp, 'SELECT count(*) FROM leads_final WHERE converted')).toBe(e.final_converted);
      const errors = await env.lp.warehouse.loadErrors({ file: 'dirty.csv', limit: 100_000 });
      expect(errors).toHaveLength(e.reject);
      const rejectKinds = [
        'missing_prospect_id',
        'unbalanced_quote',
        'extra_field',
        'missing_field',
        'non_numeric',
      ];
      const expectedLines = rejectKinds
        .flatMap((k) => (expected.lines[k] ?? []) as number[])
        .sort((a, b) => a - b);
      expect(errors.map((r) => r.line).sort((a, b) => a - b)).toEqual(expectedLines);
      for (const r of errors) {
        expect(r.error.length).toBeGreaterThan(0);
        expect(r.rawText.length).toBeGreaterThan(0);
      }
      const nonNumeric = new Set(expected.lines.non_numeric as number[]);
      for (const r of errors.filter((x) => nonNumeric.has(x.line))) {
        expect(['total_visits', 'total_time_spent_on_website', 'page_views_per_visit']).toContain(
          r.columnName,
        );
      }
      // UTF-8 values survive byte for byte.
      const utf8Line = (expected.lines.utf8_text as number[])[0];
      if (utf8Line !== undefined) {
        const raw = (await readFile(file, 'utf8')).split('\r\n')[utf8Line - 1]!;
        const id = raw.split(',')[0]!;
        const row = await env.lp.warehouse.query(
          'SELECT city, country FROM leads_final WHERE prospect_id = $id',
          { id },
        );
        expect(raw).toContain(String(row[0]?.city ?? row[0]?.country));
      }
    } finally {
      await env.cleanup();
      await work.cleanup();
    }
  });
});

describe('ON_ERROR', () => {
  const bad = 'Prospect ID,TotalVisits\r\na,1\r\nb,three\r\nc,3\r\n';
  it.each([
    ['CONTINUE', 'PARTIALLY_LOADED', 2],
    ['SKIP_FILE', 'LOAD_FAILED', 0],
    ['ABORT_STATEMENT', 'LOAD_FAILED', 0],
  ] as const)('%s gives %s with %i rows loaded', async (onError, status, loaded) => {
    const env = await openTemp({ onError });
    const work = await tempDir();
    try {
      const file = path.join(work.dir, 'bad.csv');
      await writeFile(file, bad);
      const second = path.join(work.dir, 'good.csv');
      await writeFile(second, 'Prospect ID,TotalVisits\r\nz,9\r\n');
      const summary = await runPipeline(env.lp, [file, second]);
      expect(summary.files[0]).toMatchObject({ status, rowsLoaded: loaded, errorCount: 1 });
      // ABORT_STATEMENT stops the statement: the next file is not loaded.
      expect(summary.files).toHaveLength(onError === 'ABORT_STATEMENT' ? 1 : 2);
      const errors = await env.lp.warehouse.loadErrors({ file: 'bad.csv' });
      expect(errors).toMatchObject([{ line: 3, columnName: 'total_visits', rawText: 'b,three' }]);
    } finally {
      await env.cleanup();
      await work.cleanup();
    }
  });
});

describe('a file whose load failed', () => {
  it('is not loaded again by later runs, so its history and rejected rows are not repeated', async () => {
    const env = await openTemp();
    const work = await tempDir();
    try {
      const bad = path.join(work.dir, 'bad.csv');
      await writeFile(bad, 'Prospect ID,TotalVisits\r\na,many\r\nb,lots\r\n');
      expect((await runPipeline(env.lp, [bad])).files[0]).toMatchObject({ status: 'LOAD_FAILED' });
      const good = path.join(work.dir, 'good.csv');
      await writeFile(good, 'Prospect ID\r\nz\r\n');
      const next = await runPipeline(env.lp, [good]);
      expect(next.files.map((f) => f.file)).toEqual(['good.csv']);
      expect(await env.lp.warehouse.loadHistory({ file: 'bad.csv' })).toHaveLength(1);
      expect(await env.lp.warehouse.loadErrors({ file: 'bad.csv' })).toHaveLength(2);
    } finally {
      await env.cleanup();
      await work.cleanup();
    }
  });
});

describe('schema contract', () => {
  it('adds undeclared columns, widens them when values stop fitting, and keeps the last row per key', async () => {
    const env = await openTemp();
    const work = await tempDir();
    try {
      const a = path.join(work.dir, 'a.ndjson');
      await writeFile(
        a,
        '{"Prospect ID":"p1","Campaign Code":"7","webinarAttended":"yes"}\n{"Prospect ID":"p1","Campaign Code":"8"}\n',
      );
      const first = await runPipeline(env.lp, [a]);
      expect(first.task).toMatchObject({ state: 'SUCCEEDED', inserted: 1 });
      let cols = await env.lp.warehouse.finalColumns();
      expect(cols.find((c) => c.name === 'campaign_code')).toMatchObject({
        type: 'integer',
        declared: false,
      });
      expect(cols.find((c) => c.name === 'webinar_attended')).toMatchObject({ type: 'boolean' });
      expect(await env.lp.warehouse.query('SELECT campaign_code FROM leads_final')).toEqual([
        { campaign_code: '8' },
      ]);
      const b = path.join(work.dir, 'b.json');
      await writeFile(b, JSON.stringify([{ 'Prospect ID': 'p2', 'Campaign Code': 'SPRING-24' }]));
      await runPipeline(env.lp, [b]);
      cols = await env.lp.warehouse.finalColumns();
      expect(cols.find((c) => c.name === 'campaign_code')).toMatchObject({ type: 'string' });
      const rows = await env.lp.warehouse.query(
        'SELECT prospect_id, campaign_code FROM leads_final ORDER BY 1',
      );
      expect(rows).toEqual([
        { prospect_id: 'p1', campaign_code: '8' },
        { prospect_id: 'p2', campaign_code: 'SPRING-24' },
      ]);
    } finally {
      await env.cleanup();
      await work.cleanup();
    }
  });

  it('keeps one row per key, the last in the file, from a JSON array written on one line', async () => {
    const env = await openTemp();
    const work = await tempDir();
    try {
      // Every element starts on line 1, so the source line cannot order them or tell them apart.
      const file = path.join(work.dir, 'one-line.json');
      const leads = [
        { 'Prospect ID': 'a', 'Lead Source': 'first' },
        { 'Prospect ID': 'b', 'Lead Source': 'only' },
        { 'Prospect ID': 'a', 'Lead Source': 'second' },
        { 'Prospect ID': 'c', 'Lead Source': 'only' },
        { 'Prospect ID': 'a', 'Lead Source': 'last' },
      ];
      await writeFile(file, JSON.stringify(leads));
      const summary = await runPipeline(env.lp, [file]);
      expect(summary.task).toMatchObject({ state: 'SUCCEEDED', inserted: 3, rowsConsumed: 5 });
      expect(
        await env.lp.warehouse.query('SELECT prospect_id, lead_source FROM leads_final ORDER BY 1'),
      ).toEqual([
        { prospect_id: 'a', lead_source: 'last' },
        { prospect_id: 'b', lead_source: 'only' },
        { prospect_id: 'c', lead_source: 'only' },
      ]);
      expect(await count(env.lp, 'SELECT count(DISTINCT file_row_number) FROM leads_raw')).toBe(1);
    } finally {
      await env.cleanup();
      await work.cleanup();
    }
  });

  it('records a file that cannot be read at all as LOAD_FAILED and keeps going', async () => {
    const env = await openTemp();
    const work = await tempDir();
    try {
      const dup = path.join(work.dir, 'dup.csv');
      await writeFile(dup, 'Prospect ID,prospect_id\r\na,b\r\n');
      const good = path.join(work.dir, 'good.csv');
      await writeFile(good, 'Prospect ID\r\nq\r\n');
      const summary = await runPipeline(env.lp, [dup, good]);
      expect(summary.files[0]).toMatchObject({ file: 'dup.csv', status: 'LOAD_FAILED' });
      expect(summary.files[0]?.reason).toMatch(/both normalise to "prospect_id"/);
      expect(summary.files[1]).toMatchObject({ file: 'good.csv', status: 'LOADED', rowsLoaded: 1 });
    } finally {
      await env.cleanup();
      await work.cleanup();
    }
  });
});
