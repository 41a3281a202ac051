/**
 * The DuckDB scoring function (a tree model scored in JavaScript inside DuckDB's scoring statements) writes
 * into leads_final what the model's SQL writes: the same probability (1e-9), score, grade and reasons (the
 * same JSON text), for every lead of both shared datasets, in the task and in apply_scoring, with
 * overrides winning and only stale leads rescored. Two homes load the same file: one scores through the
 * function (what the task does by default), the other with the function taken away (the SQL scorer).
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Leadpipe } from '../../pipeline/context.ts';
import { openLeadpipe } from '../../pipeline/context.ts';
import { loadFiles } from '../../pipeline/pipe.ts';
import { putFile } from '../../pipeline/put.ts';
import { activateModel, activeModel } from '../../pipeline/score.ts';
import type { LeadModel } from '../../scoring/model/model.ts';
import { REAL_LEADS, tempDir, testConfig } from '../../../test/helpers.ts';
import { defaultModel } from '../../../test/scoring-data.ts';
import { shoppersFiles, trainShoppersModel } from '../../../test/shoppers-home.ts';
import type { ScoringSql } from '../warehouse.ts';
import { reasonsJsonSql } from './duckdb-ddl.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

/** A fresh home; `flags` are added to its configuration. */
async function home(flags: Record<string, unknown> = {}): Promise<Leadpipe> {
  const { dir, cleanup } = await tempDir('leadpipe-udf-');
  const lp = await openLeadpipe(testConfig(dir, flags));
  cleanups.push(async () => {
    await lp.close().catch(() => undefined);
    await cleanup();
  });
  return lp;
}

/** The same scoring with its function taken away: the SQL scorer. */
function sqlOnly(sql: ScoringSql): ScoringSql {
  const { scoringFunction: _fn, ...rest } = sql;
  return rest;
}

/** PUT, COPY and the task with `scoring`; returns the leads the task scored. */
async function load(lp: Leadpipe, file: string, scoring: ScoringSql): Promise<number> {
  const put = await putFile(lp, file);
  if (!put.ok) throw new Error(put.error);
  await loadFiles(lp, [put.file]);
  const task = await lp.warehouse.runTask({ suspendAfterFailures: 3, scoring });
  expect(task.state).toBe('SUCCEEDED');
  return task.scored;
}

interface ScoreRow {
  k: string;
  model_version: string | null;
  probability: number | null;
  score: number | null;
  grade: string | null;
  reasons: string | null;
}

async function scores(lp: Leadpipe, key: string): Promise<ScoreRow[]> {
  return (await lp.warehouse.query(
    `SELECT CAST("${key}" AS VARCHAR) AS k, model_version, probability, score, grade, ${reasonsJsonSql('reasons')} AS reasons FROM leads_final ORDER BY k`,
  )) as unknown as ScoreRow[];
}

/** Every lead scored alike: probability within 1e-9, the rest equal (reasons as the same JSON text). */
function expectSameScores(fast: ScoreRow[], reference: ScoreRow[]): void {
  expect(fast.length).toBe(reference.length);
  const differ: string[] = [];
  fast.forEach((f, i) => {
    const r = reference[i] as ScoreRow;
    const close =
      f.probability === null || r.probability === null
        ? f.probability === r.probability
        : Math.abs(f.probability - r.probability) < 1e-9;
    if (
      f.k !== r.k ||
      !close ||
      f.score !== r.score ||
      f.grade !== r.grade ||
      f.reasons !== r.reasons ||
      f.model_version !== r.model_version
    )
      differ.push(`${f.k}: ${JSON.stringify(f)} <> ${JSON.stringify(r)}`);
  });
  expect(differ.slice(0, 5)).toEqual([]);
}

describe('the DuckDB scoring function', () => {
  it('writes what the SQL scorer writes for every lead of leads.csv, in the task and in apply_scoring', async () => {
    const [fast, reference] = [await home(), await home()];
    const { sql } = await activeModel(fast);
    expect(sql.scoringFunction).toBeDefined();
    await activeModel(reference);
    expect(await load(fast, REAL_LEADS, sql)).toBe(9240);
    expect(await load(reference, REAL_LEADS, sqlOnly(sql))).toBe(9240);
    const first = await scores(fast, 'prospect_id');
    expectSameScores(first, await scores(reference, 'prospect_id'));
    // Many leads miss values; the function must have seen some of each kind.
    expect(first.filter((r) => r.reasons?.includes('"missing"')).length).toBeGreaterThan(1000);

    // Another model version makes every lead stale: apply_scoring rescored them all, both ways.
    const next = { ...defaultModel(), version: 'gbt-next' } as LeadModel;
    const fastNext = await activateModel(fast, next);
    const refNext = await activateModel(reference, next);
    expect(await fast.warehouse.applyScoring(fastNext)).toBe(9240);
    expect(await reference.warehouse.applyScoring(sqlOnly(refNext))).toBe(9240);
    const second = await scores(fast, 'prospect_id');
    expect(second.every((r) => r.model_version === 'gbt-next')).toBe(true);
    expectSameScores(second, await scores(reference, 'prospect_id'));
  });

  it('lets an override win and rescores only the stale leads', async () => {
    const lp = await home();
    const { sql } = await activeModel(lp);
    await load(lp, REAL_LEADS, sql);
    const before = await scores(lp, 'prospect_id');
    const target = before[17] as ScoreRow;
    const low = target.score === 3 ? 4 : 3;
    await lp.warehouse.setOverride(target.k, low, 'called: not interested');
    // Only the overridden lead is stale: one lead rescored, through the function.
    expect(await lp.warehouse.applyScoring(sql)).toBe(1);
    const after = await scores(lp, 'prospect_id');
    const changed = after.filter((r, i) => JSON.stringify(r) !== JSON.stringify(before[i]));
    expect(changed.map((r) => r.k)).toEqual([target.k]);
    expect(changed[0]).toMatchObject({ score: low, grade: 'D', reasons: target.reasons });
    const history = await lp.warehouse.query(
      `SELECT source, score FROM lead_score_history WHERE lead_key = $k ORDER BY scored_at`,
      { k: target.k },
    );
    expect(history.at(-1)).toMatchObject({ source: 'override', score: low });
  });

  it('scores a changed batch in the task as the SQL scorer does, and as the wide-table way: overrides win, the same history and counts', async () => {
    const { dir, cleanup } = await tempDir('leadpipe-udf-batch-');
    cleanups.push(cleanup);
    const first = path.join(dir, 'first.csv');
    const second = path.join(dir, 'second.csv');
    await writeFile(
      first,
      'Prospect ID,Lead Origin,TotalVisits,City\np1,API,3,Mumbai\np2,Lead Add Form,0,\np3,API,12,Thane & Outskirts\n',
    );
    // p1 changes, p2 is the same row again, p4 is new.
    await writeFile(
      second,
      'Prospect ID,Lead Origin,TotalVisits,City\np1,API,30,Mumbai\np2,Lead Add Form,0,\np4,Landing Page Submission,5,Mumbai\n',
    );
    // `apart`: a limit under what the write needs makes the task treat leads_final as wide (WidthPlan.wide):
    // it scores each slice into leadpipe_scored and joins it, instead of carrying the rows through.
    const [fast, reference, apart] = [await home(), await home(), await home({ duckdbMemoryLimit: '100MB' })];
    const { sql } = await activeModel(fast);
    expect(sql.scoringFunction).toBeDefined();
    await activeModel(reference);
    await activeModel(apart);
    const history = (lp: Leadpipe) =>
      lp.warehouse.query(
        `SELECT lead_key, model_version, score, grade, source, reason FROM lead_score_history ORDER BY lead_key, scored_at, source`,
      );
    const runs: number[][] = [];
    for (const [lp, scoring] of [
      [fast, sql],
      [reference, sqlOnly(sql)],
      [apart, sql],
    ] as const) {
      const counts = [await load(lp, first, scoring)];
      await lp.warehouse.setOverride('p1', 97, 'signed the contract');
      counts.push(await load(lp, second, scoring));
      runs.push(counts);
    }
    // Three leads scored, then the changed and the new lead (the unchanged p2 is not rescored).
    expect(runs).toEqual([
      [3, 2],
      [3, 2],
      [3, 2],
    ]);
    const got = await scores(fast, 'prospect_id');
    expect(got.map((r) => r.k)).toEqual(['p1', 'p2', 'p3', 'p4']);
    expect(got[0]).toMatchObject({ score: 97, grade: 'A' });
    expectSameScores(got, await scores(reference, 'prospect_id'));
    expectSameScores(got, await scores(apart, 'prospect_id'));
    const h = await history(fast);
    expect(h).toEqual(await history(reference));
    expect(h).toEqual(await history(apart));
    expect(h.filter((r) => r.lead_key === 'p1').map((r) => r.source)).toEqual(['model', 'override']);
    expect(h.filter((r) => r.lead_key === 'p2')).toHaveLength(1);
  });

  it('gives rare and unseen levels, huge numbers and missing values the SQL scorer’s readable values', async () => {
    const { dir, cleanup } = await tempDir('leadpipe-udf-file-');
    cleanups.push(cleanup);
    const header =
      'Prospect ID,Lead Origin,Lead Source,Do Not Email,TotalVisits,Total Time Spent on Website,Page Views Per Visit,Last Activity,Country,Specialization,City';
    const rows = [
      'a1,Some New Origin,google,Yes,7,5,1e300,Totally New Activity,Atlantis,,Mumbai',
      'a2,API,Olark Chat,No,123456789012345678,9000000000000000000,-2.675,SMS Sent,India,Finance Management,',
      'a3,,,,,,,,,,',
      'a4,Lead Add Form,Reference,No,3,1,0.005,Email Opened,India,E-COMMERCE,Thane & Outskirts',
      'a5,LEAD ADD FORM,REFERENCE,yes,2,999999999999999,4503599627370495.5,Email Bounced,"Quote ""here""",Retail Management,Other Cities',
      'a6,API,google,No,1,3,1e16,Email Opened,India,,Mumbai',
      'a7,API,google,No,4,1,-0.015,Email Opened,India,,Mumbai',
    ];
    const file = path.join(dir, 'odd-leads.csv');
    await writeFile(file, [header, ...rows].join('\n') + '\n');
    const [fast, reference] = [await home(), await home()];
    const { sql } = await activeModel(fast);
    await activeModel(reference);
    expect(await load(fast, file, sql)).toBe(rows.length);
    await load(reference, file, sqlOnly(sql));
    const got = await scores(fast, 'prospect_id');
    expectSameScores(got, await scores(reference, 'prospect_id'));
    expect(got.map((r) => r.reasons).join('\n')).toMatch(/Atlantis|Totally New Activity|Some New Origin/);
  });

  it('writes what the SQL scorer writes for every lead of shoppers.csv with a model trained on it', async () => {
    const { dir, cleanup } = await tempDir('leadpipe-udf-shoppers-');
    cleanups.push(cleanup);
    const files = await shoppersFiles(dir);
    const flags = { key: 'visit_id', schemaFile: files.schema };
    const [fast, reference] = [await home(flags), await home(flags)];
    const model = await trainShoppersModel(fast, files.csv);
    const sql = await activateModel(fast, model);
    expect(sql.scoringFunction).toBeDefined();
    const refSql = await activateModel(reference, model);
    expect(await load(fast, files.csv, sql)).toBe(12_330);
    expect(await load(reference, files.csv, sqlOnly(refSql))).toBe(12_330);
    expectSameScores(await scores(fast, 'visit_id'), await scores(reference, 'visit_id'));
  });
});
