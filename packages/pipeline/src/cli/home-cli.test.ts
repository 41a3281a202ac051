/**
 * A home knows its data (issue 16, item 1): `leadpipe init` sets the key, label, null tokens and schema
 * once, they are kept in the warehouse, and later commands need no flags. The CLI runs as a child process.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHARED, runCli, tempDir } from '../../test/helpers.ts';
import { startServer } from '../api/server.ts';
import { loadConfigOrThrow } from '../config/config.ts';

type Result = Awaited<ReturnType<typeof runCli>>;

const SHOPPERS = path.join(SHARED, 'data/shoppers.csv');

/** stderr is exactly one `leadpipe: ...` line, without a stack. */
function expectOneLine(r: Result): void {
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^leadpipe: \S/);
  expect(r.stderr).not.toMatch(/\n\s+at |unexpected error/);
}

/** The rows of a `leadpipe query --json` in `home`. */
async function rows(home: string, sql: string): Promise<Record<string, unknown>[]> {
  const r = await runCli(['--home', home, 'query', sql, '--json']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Record<string, unknown>[];
}

async function ok(args: string[]): Promise<Result> {
  const r = await runCli(args);
  expect(r.code, r.stderr + r.stdout).toBe(0);
  return r;
}

// Each case runs the CLI several times, on 12,330 rows: slow on a busy machine.
describe('a home for shoppers.csv (no id column): init --key-from row', { timeout: 300_000 }, () => {
  let work: Awaited<ReturnType<typeof tempDir>>;
  let home: string;
  beforeAll(async () => {
    work = await tempDir('leadpipe-home-');
    home = path.join(work.dir, 'shoppers');
  });
  afterAll(() => work.cleanup());

  it('init stores the settings; run, validate and status then need no flags', async () => {
    const init = await ok(['--home', home, 'init', '--key-from', 'row', '--label', 'Revenue', '--json']);
    expect(JSON.parse(init.stdout)).toMatchObject({
      created: true,
      settings: { key: 'lead_id', keyFrom: 'row', label: 'revenue', schema: 'inferred' },
    });

    const run = await ok(['--home', home, 'run', SHOPPERS, '--json']);
    expect(JSON.parse(run.stdout)).toMatchObject({
      files: [{ file: 'shoppers.csv', status: 'LOADED', rowsLoaded: 12_330 }],
    });
    const [counts] = await rows(
      home,
      'SELECT count(*) AS n, count(DISTINCT lead_id) AS ids, min(revenue::VARCHAR) AS label_type FROM leads_final',
    );
    expect(counts).toMatchObject({ n: '12330', ids: '12330' });
    // Every column inferred, the label among them (booleans: TRUE/FALSE in the file).
    const [typed] = await rows(
      home,
      "SELECT data_type FROM information_schema.columns WHERE table_name = 'leads_final' AND column_name = 'revenue'",
    );
    expect(typed).toEqual({ data_type: 'BOOLEAN' });

    const validate = await ok(['--home', home, 'validate', SHOPPERS]);
    expect(validate.stdout).toMatch(/^shoppers\.csv: VALID\n/);
    expect(validate.stdout).not.toContain('missing required columns');

    // Each command opened and closed the warehouse: the settings survived, status prints them.
    const status = await ok(['--home', home, 'status']);
    expect(status.stdout).toContain('key: lead_id (derived: <file name>:<record number>)');
    expect(status.stdout).toContain('label: revenue');
    expect(status.stdout).toContain('schema: inferred');
  });

  it('train reads the home label; scores land in leads_final; the API filters and scores by its columns', async () => {
    // No --label: the home's (revenue). No --data: the leads just loaded.
    const train = await ok(['--home', home, 'train', '--from-warehouse', '--activate', '--json']);
    const card = JSON.parse(train.stdout) as { label: string; version: string };
    expect(card.label).toBe('revenue');
    await ok(['--home', home, 'score']);
    const [scored] = await rows(
      home,
      'SELECT count(*) AS n, count(score) AS scored, min(model_version) AS v FROM leads_final',
    );
    expect(scored).toMatchObject({ n: '12330', scored: '12330', v: card.version });
    const server = await startServer(
      loadConfigOrThrow({ env: {}, cwd: work.dir, flags: { home, api: { port: 0 } } }),
      {
        logger: false,
      },
    );
    try {
      const page = (await (
        await fetch(`${server.url}/leads?filter.visitor_type=New_Visitor&limit=5`)
      ).json()) as { total: number; items: Record<string, unknown>[] };
      expect(page.total).toBeGreaterThan(1000);
      expect(page.items.every((l) => l.visitor_type === 'New_Visitor' && typeof l.score === 'number')).toBe(
        true,
      );
      const stats = (await (await fetch(`${server.url}/stats`)).json()) as {
        totals: { conversionRate: number };
      };
      // The conversion rate reads the home's label column (revenue: 1,908 of 12,330).
      expect(stats.totals.conversionRate).toBeCloseTo(1908 / 12330, 4);
      const answer = await fetch(`${server.url}/score-lead`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          page_values: 40,
          month: 'Nov',
          visitor_type: 'New_Visitor',
          exit_rates: 0.01,
        }),
      });
      const text = await answer.text();
      expect(answer.status, text).toBe(200);
      const scoredLead = JSON.parse(text) as { probability: number; modelVersion: string };
      expect(scoredLead.modelVersion).toBe(card.version);
      expect(scoredLead.probability).toBeGreaterThan(0.3);
    } finally {
      await server.close();
    }
  });

  it('identical rows stay distinct leads: the key is the file name and the record number', async () => {
    // shoppers.csv has 125 rows that repeat an earlier row exactly (12,205 distinct of 12,330).
    const text = await readFile(SHOPPERS, 'utf8');
    const records = text.trimEnd().split('\n').slice(1);
    expect(records.length - new Set(records).size).toBe(125);
    const first = records.findIndex((r, i) => records.indexOf(r) !== i);
    const twin = records.indexOf(records[first]!);
    const leads = await rows(
      home,
      `SELECT lead_id FROM leads_final WHERE lead_id IN ('shoppers.csv:${twin + 1}', 'shoppers.csv:${first + 1}') ORDER BY lead_id`,
    );
    expect(leads).toHaveLength(2);
    const [rowCount] = await rows(
      home,
      'SELECT count(*) AS n FROM (SELECT DISTINCT * EXCLUDE (lead_id, row_hash, source_file, first_seen_at, updated_at, probability, score, grade, reasons, model_version, scored_at) FROM leads_final)',
    );
    expect(rowCount).toEqual({ n: '12205' });
  });

  it('re-sending a file with the same name gives the same keys: its leads are updated, not added', async () => {
    const again = await ok(['--home', home, 'run', SHOPPERS, '--force', '--json']);
    expect(JSON.parse(again.stdout)).toMatchObject({
      task: { inserted: 0, unchanged: 12_330 },
    });
    const [n] = await rows(home, 'SELECT count(*) AS n FROM leads_final');
    expect(n).toEqual({ n: '12330' });
  });

  it('a key that contradicts the home fails: exit 1, one line, nothing done', async () => {
    for (const args of [
      ['--key', 'client_id', 'status'],
      ['--key', 'client_id', 'validate', SHOPPERS],
      ['--key', 'client_id', 'run', SHOPPERS],
    ]) {
      const r = await runCli(['--home', home, ...args]);
      expect(r.code, args.join(' ')).toBe(1);
      expectOneLine(r);
      expect(r.stderr).toContain('this home is keyed by "lead_id"');
    }
    const viaEnv = await runCli(['--home', home, 'status'], { env: { LEADPIPE_KEY: 'client_id' } });
    expect(viaEnv.code).toBe(1);
    expectOneLine(viaEnv);
  });

  it('a file that has a column named like the derived key is refused, with the reason', async () => {
    const file = path.join(work.dir, 'clash.csv');
    await writeFile(file, 'lead_id;visits\na;1\n');
    const r = await runCli(['--home', home, 'validate', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('INVALID');
    expect(r.stdout).toContain('the file has a column "lead_id", the name of this home\'s derived key');
  });
});

describe('a home keyed by a column of its own: init --key client_id', { timeout: 180_000 }, () => {
  let work: Awaited<ReturnType<typeof tempDir>>;
  let home: string;
  let withId: string;
  let withoutId: string;
  beforeAll(async () => {
    work = await tempDir('leadpipe-home-');
    home = path.join(work.dir, 'crm');
    withId = path.join(work.dir, 'crm.csv');
    withoutId = path.join(work.dir, 'no-id.csv');
    await writeFile(
      withId,
      'client_id;age;job;y\nc1;41;admin.;no\nc2;unknown;unknown;yes\nc3;35;technician;no\n',
    );
    await writeFile(withoutId, 'age;job;y\n41;admin.;no\n');
  });
  afterAll(() => work.cleanup());

  it('validate checks the home key: VALID with client_id, INVALID without', async () => {
    await ok(['--home', home, 'init', '--key', 'client_id', '--label', 'y', '--null-tokens', 'unknown,']);
    const good = await ok(['--home', home, 'validate', withId]);
    expect(good.stdout).toMatch(/^crm\.csv: VALID\n/);
    expect(good.stdout).not.toContain('prospect_id');
    const bad = await runCli(['--home', home, 'validate', withoutId]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('no-id.csv: INVALID');
    expect(bad.stdout).toContain('missing required columns: client_id');
  });

  it("the home's null tokens apply to PUT and COPY: `unknown` loads as null", async () => {
    await ok(['--home', home, 'run', withId]);
    const leads = await rows(home, 'SELECT client_id, age, job FROM leads_final ORDER BY client_id');
    expect(leads).toEqual([
      { client_id: 'c1', age: '41', job: 'admin.' },
      { client_id: 'c2', age: null, job: null },
      { client_id: 'c3', age: '35', job: 'technician' },
    ]);
  });

  it('init again updates the label and null tokens; the key of a home with data stays refused', async () => {
    const relabel = await ok(['--home', home, 'init', '--label', 'converted', '--json']);
    expect(JSON.parse(relabel.stdout)).toMatchObject({
      created: false,
      settings: { key: 'client_id', label: 'converted', nullTokens: ['unknown', ''] },
    });
    const rekey = await runCli(['--home', home, '--key', 'other_id', 'init']);
    expect(rekey.code).toBe(1);
    expectOneLine(rekey);
    expect(rekey.stderr).toContain('keyed by "client_id"');
    const reschema = await runCli(['--home', home, 'init', '--preset', 'x-education']);
    expect(reschema.code).toBe(1);
    expectOneLine(reschema);
    expect(reschema.stderr).toContain('make a new home');
  });
});

describe('init refuses what it cannot use', { timeout: 120_000 }, () => {
  it('a schema file that cannot be read: exit 1, one line, no home made', async () => {
    const work = await tempDir('leadpipe-home-');
    try {
      const home = path.join(work.dir, 'none');
      const r = await runCli(['--home', home, 'init', '--schema', path.join(work.dir, 'nope.json')]);
      expect(r.code).toBe(1);
      expectOneLine(r);
      expect(r.stderr).toContain('cannot read schema file');
      expect(existsSync(home)).toBe(false);
      const both = await runCli(['--home', home, 'init', '--no-schema', '--preset', 'x-education']);
      expect(both.code).toBe(2);
      expectOneLine(both);
    } finally {
      await work.cleanup();
    }
  });
});

describe('a home made without init keeps the X Education path', { timeout: 120_000 }, () => {
  it('status says no settings are stored, with the defaults; validate still wants prospect_id', async () => {
    const work = await tempDir('leadpipe-home-');
    try {
      const home = path.join(work.dir, 'plain');
      const file = path.join(work.dir, 'f.csv');
      await writeFile(file, 'client_id,x\n1,2\n');
      const r = await runCli(['--home', home, 'validate', file]);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('missing required columns: prospect_id');
      const status = await ok(['--home', home, 'status']);
      expect(status.stdout).toContain('key: prospect_id\n');
      expect(status.stdout).toContain('schema: x-education');
      expect(status.stdout).toContain('no settings stored');
    } finally {
      await work.cleanup();
    }
  });
});
