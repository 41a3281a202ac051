/**
 * The warehouse contract suite: every engine (DuckDB, Snowflake) runs these same cases against a fresh
 * warehouse, so the pipeline can treat them alike (SEMANTICS.md: exactly-once loads, ON_ERROR, the load
 * history, the stream + task with its deduplicating, hash-checked merge, schema evolution, scoring).
 * Call {@link describeWarehouseContract} from an engine's test file.
 *
 * Portable SQL in the cases: leadpipe's tables and their columns unquoted (`leads_raw`, `file_name`), the
 * columns of leads_final quoted (`"prospect_id"`), as both engines name them.
 */
import { describe, expect, it } from 'vitest';
import { loadLeadSchemaOrThrow } from '../src/formats/lead-schema.ts';
import { readModelOrThrow } from '../src/pipeline/score.ts';
import { compileScoringSql } from '../src/scoring/scoring-sql.ts';
import { LocalStage } from '../src/stage/local-stage.ts';
import type { StagedFile } from '../src/stage/stage.ts';
import type { CopyOptions, HomeSettings, LoadFileResult, Warehouse } from '../src/warehouse/warehouse.ts';
import { tempDir } from './helpers.ts';

/** A fresh, empty warehouse for one case, and how to dispose of it. */
export type WarehouseFactory = () => Promise<{ warehouse: Warehouse; cleanup: () => Promise<void> }>;

const schema = loadLeadSchemaOrThrow();
const KEY = 'prospect_id';

/** One lead as the cleaner writes it: declared columns typed, `extra` undeclared ones as text. */
function lead(
  id: string,
  source: string,
  visits: number,
  extra: Record<string, string> = {},
): Record<string, unknown> {
  return { prospect_id: id, lead_source: source, total_visits: visits, ...extra };
}

interface Case {
  wh: Warehouse;
  stage: LocalStage;
  /** Stages rows (and rejected lines) as `put` would and loads the file. */
  load(
    name: string,
    rows: Record<string, unknown>[],
    options?: Partial<CopyOptions> & { rejects?: number; inferred?: StagedFile['inferred'] },
  ): Promise<LoadFileResult>;
  count(sql: string): Promise<number>;
}

/**
 * Registers the warehouse contract cases for one engine; `skip` (a reason) reports them as skipped.
 *
 * @example
 * describeWarehouseContract('DuckDbWarehouse', async () => ({ warehouse, cleanup }));
 */
export function describeWarehouseContract(label: string, make: WarehouseFactory, skip?: string): void {
  const withWarehouse = (fn: (c: Case) => Promise<void>) => async () => {
    const { warehouse: wh, cleanup } = await make();
    const dir = await tempDir('leadpipe-contract-');
    const stage = new LocalStage(dir.dir);
    try {
      await wh.init(schema, KEY);
      const c: Case = {
        wh,
        stage,
        async load(name, rows, options = {}) {
          const rejects = options.rejects ?? 0;
          const file = await stage.put(name, async (w) => {
            await w.writeData(rows.map((d, i) => JSON.stringify({ l: i + 2, d }) + '\n').join(''));
            for (let i = 0; i < rejects; i++)
              await w.writeRejects(
                JSON.stringify({
                  line: rows.length + 2 + i,
                  column: 'total_visits',
                  reason: 'not an integer',
                  raw: 'x,y',
                }) + '\n',
              );
            return {
              sourceChecksum: 'a'.repeat(64),
              sourceSize: 100,
              sourceFormat: 'csv',
              compressed: false,
              rowsParsed: rows.length + rejects,
              rowsAccepted: rows.length,
              rowsRejected: rejects,
              columns: Object.keys(rows[0] ?? {}),
              inferred: options.inferred ?? {},
              missingRequired: [],
              ...(rejects
                ? { firstError: { line: rows.length + 2, column: 'total_visits', reason: 'not an integer' } }
                : {}),
            };
          });
          const copy = await stage.localCopy(file.name);
          try {
            return await wh.copyInto(file, copy, {
              force: options.force ?? false,
              onError: options.onError ?? 'CONTINUE',
              stageLocation: stage.location,
            });
          } finally {
            await copy.release();
          }
        },
        async count(sql) {
          return Number(Object.values((await wh.query(sql))[0] ?? {})[0]);
        },
      };
      await fn(c);
    } finally {
      await wh.close().catch(() => undefined);
      await cleanup();
      await dir.cleanup();
    }
  };

  describe.skipIf(Boolean(skip))(
    `${label} keeps the warehouse contract${skip ? ` (skipped: ${skip})` : ''}`,
    () => {
      it(
        'initialises twice without harm and refuses to change the key',
        withWarehouse(async ({ wh }) => {
          await wh.init(schema, KEY);
          await expect(wh.init(schema, 'lead_number')).rejects.toMatchObject({ code: 'E_KEY_CHANGED' });
          expect((await wh.finalColumns()).map((c) => c.name)).toEqual(schema.columns.map((c) => c.name));
        }),
      );

      it(
        "keeps the home's settings: none until saved, then exactly what was saved, replaced whole",
        withWarehouse(async ({ wh }) => {
          expect(await wh.homeSettings()).toBeUndefined();
          const first: HomeSettings = {
            key: KEY,
            keyFrom: 'column',
            label: 'converted',
            nullTokens: ['', 'unknown', 'n/a, maybe'],
            schema: { file: '/schemas/crm.schema.json' },
          };
          await wh.saveHomeSettings(first);
          expect(await wh.homeSettings()).toEqual(first);
          const second: HomeSettings = {
            key: KEY,
            keyFrom: 'row',
            label: null,
            nullTokens: [],
            schema: 'inferred',
          };
          await wh.saveHomeSettings(second);
          expect(await wh.homeSettings()).toEqual(second);
          await wh.saveHomeSettings({ ...second, schema: 'x-education' });
          expect((await wh.homeSettings())?.schema).toBe('x-education');
        }),
      );

      it(
        'loads a file once: the same name and checksum is SKIPPED, --force loads it again',
        withWarehouse(async (c) => {
          const rows = [lead('a', 'Google', 1), lead('b', 'Direct', 2)];
          expect(await c.load('leads.csv', rows)).toMatchObject({ status: 'LOADED', rowsLoaded: 2 });
          expect(await c.wh.isLoaded('leads.csv', (await c.stage.get('leads.csv'))?.checksum ?? '')).toBe(
            true,
          );
          expect(await c.load('leads.csv', rows)).toMatchObject({ status: 'SKIPPED', rowsLoaded: 0 });
          expect(await c.load('leads.csv', rows, { force: true })).toMatchObject({
            status: 'LOADED',
            rowsLoaded: 2,
          });
          expect(await c.count('SELECT count(*) AS n FROM leads_raw')).toBe(4);
          const history = await c.wh.loadHistory({ file: 'leads.csv' });
          expect(history.map((h) => h.status).sort()).toEqual(['LOADED', 'LOADED', 'SKIPPED']);
        }),
      );

      it(
        'loads new content under the same name as a new version',
        withWarehouse(async (c) => {
          await c.load('leads.csv', [lead('a', 'Google', 1)]);
          expect(await c.load('leads.csv', [lead('a', 'Google', 2)])).toMatchObject({
            status: 'LOADED',
            rowsLoaded: 1,
          });
        }),
      );

      it(
        'keeps the good rows and every rejected row under CONTINUE; loads nothing under SKIP_FILE; stops under ABORT_STATEMENT',
        withWarehouse(async (c) => {
          const cont = await c.load('a.csv', [lead('a', 'Google', 1)], { rejects: 1 });
          expect(cont).toMatchObject({ status: 'PARTIALLY_LOADED', rowsLoaded: 1, errorCount: 1 });
          const errors = await c.wh.loadErrors({ file: 'a.csv' });
          expect(errors).toEqual([
            expect.objectContaining({
              fileName: 'a.csv',
              line: 3,
              columnName: 'total_visits',
              error: 'not an integer',
              rawText: 'x,y',
            }),
          ]);
          const skip = await c.load('b.csv', [lead('b', 'Google', 1)], { rejects: 1, onError: 'SKIP_FILE' });
          expect(skip).toMatchObject({ status: 'LOAD_FAILED', rowsLoaded: 0 });
          expect(skip.aborted).toBeFalsy();
          const abort = await c.load('c.csv', [lead('c', 'Google', 1)], {
            rejects: 1,
            onError: 'ABORT_STATEMENT',
          });
          expect(abort).toMatchObject({ status: 'LOAD_FAILED', aborted: true });
          expect(await c.count('SELECT count(*) AS n FROM leads_raw')).toBe(1);
          const [last] = await c.wh.loadHistory({ file: 'a.csv' });
          expect(last).toMatchObject({
            status: 'PARTIALLY_LOADED',
            rowCount: 1,
            errorCount: 1,
            firstErrorLineNumber: 3,
            firstErrorColumnName: 'total_visits',
          });
        }),
      );

      it(
        'records a file that could not be staged as LOAD_FAILED',
        withWarehouse(async ({ wh }) => {
          const r = await wh.recordFailedFile({
            name: 'bad.csv',
            sourceChecksum: 'b'.repeat(64),
            sourceSize: 5,
            stageLocation: 'file:///x',
            reason: 'not UTF-8',
          });
          expect(r).toMatchObject({ status: 'LOAD_FAILED', reason: 'not UTF-8' });
          expect((await wh.loadHistory({ file: 'bad.csv' }))[0]).toMatchObject({
            status: 'LOAD_FAILED',
            reason: 'not UTF-8',
          });
        }),
      );

      it(
        'runs the task: SKIPPED on an empty stream, then merges the last row per key and counts by row hash',
        withWarehouse(async (c) => {
          expect(await c.wh.runTask({ suspendAfterFailures: 10 })).toMatchObject({ state: 'SKIPPED' });
          await c.load('one.csv', [lead('a', 'Google', 1), lead('b', 'Direct', 2), lead('a', 'Google', 3)]);
          const first = await c.wh.runTask({ suspendAfterFailures: 10 });
          expect(first).toMatchObject({
            state: 'SUCCEEDED',
            inserted: 2,
            updated: 0,
            unchanged: 0,
            rowsConsumed: 3,
          });
          expect(await c.count(`SELECT "total_visits" FROM leads_final WHERE "prospect_id" = 'a'`)).toBe(3);
          await c.load('two.csv', [lead('a', 'Google', 3), lead('b', 'Direct', 5), lead('c', 'Referral', 1)]);
          const second = await c.wh.runTask({ suspendAfterFailures: 10 });
          expect(second).toMatchObject({
            state: 'SUCCEEDED',
            inserted: 1,
            updated: 1,
            unchanged: 1,
            rowsConsumed: 3,
          });
          expect(await c.wh.streamStatus()).toMatchObject({ pendingRows: 0 });
          expect(await c.wh.runTask({ suspendAfterFailures: 10 })).toMatchObject({ state: 'SKIPPED' });
          const history = await c.wh.taskHistory({ limit: 10 });
          expect(history.map((h) => h.state)).toEqual(['SKIPPED', 'SUCCEEDED', 'SUCCEEDED', 'SKIPPED']);
          expect(await c.wh.taskStatus()).toMatchObject({ state: 'started', consecutiveFailures: 0 });
        }),
      );

      it(
        'adds a column that a file brought (schema evolution) and fills it through the merge',
        withWarehouse(async (c) => {
          await c.load('utm.csv', [lead('a', 'Google', 1, { utm_campaign: 'spring' })], {
            inferred: { utm_campaign: 'string' },
          });
          await c.wh.runTask({ suspendAfterFailures: 10 });
          expect(await c.wh.finalColumns()).toContainEqual({
            name: 'utm_campaign',
            type: 'string',
            declared: false,
          });
          expect(await c.count(`SELECT count(*) AS n FROM leads_final WHERE "utm_campaign" = 'spring'`)).toBe(
            1,
          );
        }),
      );

      it(
        'scores leads with the active model in the task, lets an override win, and keeps the score history',
        withWarehouse(async (c) => {
          const rules = compileScoringSql(
            readModelOrThrow('rules', schema),
            c.wh.capabilities.sqlDialect,
            KEY,
          );
          await c.wh.saveModel(rules, true);
          expect(await c.wh.activeModel()).toMatchObject({ version: rules.version, kind: 'rules' });
          await c.load('s.csv', [lead('a', 'Marketing', 1), lead('b', 'Google', 0)]);
          expect(await c.wh.runTask({ suspendAfterFailures: 10, scoring: rules })).toMatchObject({
            state: 'SUCCEEDED',
            inserted: 2,
            scored: 2,
          });
          expect(
            await c.count('SELECT count(*) AS n FROM leads_final WHERE "model_version" IS NOT NULL'),
          ).toBe(2);
          await c.wh.setOverride('a', 99, 'key account');
          expect(await c.wh.applyScoring(rules)).toBe(1);
          expect(await c.count(`SELECT "score" FROM leads_final WHERE "prospect_id" = 'a'`)).toBe(99);
          const history = await c.wh.scoreHistory('a');
          expect(history[0]).toMatchObject({
            source: 'override',
            score: 99,
            grade: 'A',
            reason: 'key account',
          });
          expect(history).toHaveLength(2);
          await expect(c.wh.setOverride('nobody', 1, 'x')).rejects.toMatchObject({ code: 'E_NO_SUCH_LEAD' });
        }),
      );

      it(
        'answers read-only queries with parameters and refuses statements that write',
        withWarehouse(async (c) => {
          await c.load('q.csv', [lead('a', 'Google', 1)]);
          const rows = await c.wh.query('SELECT count(*) AS n FROM leads_raw WHERE file_name = $file', {
            file: 'q.csv',
          });
          expect(Number(rows[0]?.n)).toBe(1);
          await expect(c.wh.query('DELETE FROM leads_raw')).rejects.toMatchObject({
            code: 'E_QUERY_NOT_READ_ONLY',
          });
        }),
      );
    },
  );
}
