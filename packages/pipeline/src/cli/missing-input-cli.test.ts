/**
 * A home whose leads lack one input of the model (issue 16): `../shared/data/leads.csv` without its `City`
 * column, in a home with no declared schema, scored by the shipped model. The SQL scorer reads the absent
 * input as missing, as the TypeScript scorer does (before: `model use default` exited 70 on DuckDB's
 * binder error), and the warning reaches the task history and the API. The CLI runs as a child process.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvRows } from '../../test/csv-without-column.ts';
import { REAL_LEADS, runCli, tempDir, testConfig } from '../../test/helpers.ts';
import { startServer } from '../api/server.ts';
import { loadConfigOrThrow } from '../config/config.ts';
import { openLeadpipe } from '../pipeline/context.ts';
import { leadsFromWarehouse, readModelOrThrow } from '../pipeline/score.ts';
import { scoreLead } from '../scoring/model/explain.ts';
import type { LeadModel } from '../scoring/model/model.ts';
import { reasonsJsonSql } from '../warehouse/duckdb/duckdb-ddl.ts';

type Result = Awaited<ReturnType<typeof runCli>>;

// COPY of leads.csv in a home with no declared schema runs out of memory at the default 448MB limit on
// this build (found here, not this test's subject): the CLI gets room to load it.
const env = { LEADPIPE_DUCKDB_MEMORY_LIMIT: '2GB' };

async function ok(args: string[]): Promise<Result> {
  const r = await runCli(args, { env });
  expect(r.code, r.stderr + r.stdout).toBe(0);
  return r;
}

// Each case runs the CLI on thousands of rows: slow on a busy machine.
describe(
  'a home whose leads lack one input of the model (leads.csv without City)',
  { timeout: 600_000 },
  () => {
    let work: Awaited<ReturnType<typeof tempDir>>;
    let home: string;
    const file = (name: string) => path.join(work.dir, name);

    /** Every lead of leads_final scored in SQL as the TypeScript scorer scores it (1e-9), reasons too. */
    async function expectSqlEqualsTypeScript(): Promise<number> {
      const lp = await openLeadpipe(testConfig(home));
      try {
        const model = readModelOrThrow('default', lp.schema) as LeadModel;
        const leads = await leadsFromWarehouse(lp);
        const stored = new Map(
          (
            await lp.warehouse.query(
              `SELECT prospect_id, model_version, probability, score, grade, ${reasonsJsonSql('reasons')} AS reasons FROM leads_final`,
            )
          ).map((r) => [String(r.prospect_id), r]),
        );
        for (const lead of leads) {
          const s = scoreLead(model, lead);
          const row = stored.get(String(lead.prospect_id));
          expect(row?.model_version).toBe(model.version);
          expect(Math.abs(Number(row?.probability) - s.probability)).toBeLessThan(1e-9);
          expect([row?.score, row?.grade]).toEqual([s.score, s.grade]);
          const reasons = JSON.parse(String(row?.reasons)) as Record<string, { feature: string }[]>;
          expect(reasons.positive?.map((r) => r.feature)).toEqual(s.reasons.positive.map((r) => r.feature));
          expect(reasons.negative?.map((r) => r.feature)).toEqual(s.reasons.negative.map((r) => r.feature));
        }
        return leads.length;
      } finally {
        await lp.close();
      }
    }

    async function lastTaskWarning(): Promise<unknown> {
      const r = await ok([
        '--home',
        home,
        'query',
        'SELECT model_warning FROM task_history ORDER BY query_start_time DESC LIMIT 1',
        '--json',
      ]);
      return (JSON.parse(r.stdout) as { model_warning: unknown }[])[0]?.model_warning;
    }

    beforeAll(async () => {
      work = await tempDir('leadpipe-missing-input-');
      home = file('home');
      await writeFile(file('first.csv'), await csvRows(REAL_LEADS, 'City', 1, 4001));
      await writeFile(file('second.csv'), await csvRows(REAL_LEADS, 'City', 4001, 7001));
      await writeFile(file('third.csv'), await csvRows(REAL_LEADS, null, 7001));
    });
    afterAll(() => work.cleanup());

    it('model use default scores them as missing, with a warning, equal to the TypeScript scorer', async () => {
      await ok(['--home', home, 'init', '--key', 'prospect_id']);
      await ok(['--home', home, 'run', file('first.csv')]);
      const used = await runCli(['--home', home, 'model', 'use', 'default'], { env });
      // Exit 70 before: DuckDB's binder error, `Referenced column "city" not found`.
      expect(used.code, used.stderr).toBe(0);
      expect(used.stdout).toMatch(
        /lead\(s\) rescored\nwarning: scored without city \(\d+% of the weight of model /,
      );
      expect(await expectSqlEqualsTypeScript()).toBe(4000);
    });

    it('a task run records the warning in its task history row; GET /schema and /pipeline/status give it', async () => {
      const run = await ok(['--home', home, 'run', file('second.csv'), '--json']);
      expect(JSON.parse(run.stdout)).toMatchObject({ task: { state: 'SUCCEEDED', scored: 3000 } });
      expect(await lastTaskWarning()).toMatch(/^scored without city \(/);
      expect(await expectSqlEqualsTypeScript()).toBe(7000);

      const server = await startServer(
        loadConfigOrThrow({ env: {}, cwd: work.dir, flags: { home, api: { port: 0 } } }),
        { logger: false },
      );
      try {
        const schema = (await (await fetch(`${server.url}/schema`)).json()) as { modelWarning: unknown };
        expect(schema.modelWarning).toMatchObject({
          missing: ['city'],
          message: expect.stringMatching(/^scored without city/),
        });
        const status = (await (await fetch(`${server.url}/pipeline/status`)).json()) as {
          taskHistory: { modelWarning: string | null }[];
        };
        expect(status.taskHistory[0]?.modelWarning).toMatch(/^scored without city/);
      } finally {
        await server.close();
      }
    });

    it('leads that bring the column are scored with it, and the warning is gone', async () => {
      // The column arrives in the task's own slice: the model is compiled again for it, not read as NULL.
      const run = await ok(['--home', home, 'run', file('third.csv'), '--json']);
      expect(JSON.parse(run.stdout)).toMatchObject({ task: { state: 'SUCCEEDED', scored: 9240 - 7000 } });
      expect(await lastTaskWarning()).toBeNull();
      expect(await expectSqlEqualsTypeScript()).toBe(9240);
      const lp = await openLeadpipe(testConfig(home));
      try {
        expect((await lp.warehouse.activeModel())?.fitWarning).toBeUndefined();
      } finally {
        await lp.close();
      }
    });
  },
);
