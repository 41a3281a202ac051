/**
 * Scoring benchmark: TypeScript batch scoring (logistic and the shipped tree model), in-warehouse scoring
 * of N rows in DuckDB (apply_scoring over a leads_final of N generated leads; also its SELECT alone and
 * its planning time), and training time on the real dataset. The tree model's TypeScript scorer is timed
 * old (the tree walker, reasons from explainLead) against new (the flat evaluator) on the same leads in
 * this one process, probability only and with reasons, each the median of 5 runs.
 *
 *   npm run bench:score                 (1,000,000 leads)
 *   npm run bench:score -- --rows 200000
 *   npm run bench:score -- --typescript-only   (the TypeScript scorers only, no training, no warehouse)
 *   npm run bench:score -- --warehouse-only    (in-warehouse scoring only, no training, no TypeScript scorers)
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadConfigOrThrow } from '../src/config/config.ts';
import { DEFAULT_SCHEMA_FILE, loadLeadSchemaOrThrow } from '../src/formats/lead-schema.ts';
import { readFeatureFileOrThrow } from '../src/scoring/train/feature-file.ts';
import { openLeadpipe } from '../src/pipeline/context.ts';
import { runPipeline } from '../src/pipeline/run.ts';
import { activateModel, leadsFromFile, readModelOrThrow } from '../src/pipeline/score.ts';
import type { Lead } from '../src/scoring/model/lead.ts';
import type { LeadModel } from '../src/scoring/model/model.ts';
import { compileModel, compileTreeWalker } from '../src/scoring/model/compile-model.ts';
import { explainLead, scoreLead, topReasons } from '../src/scoring/model/explain.ts';
import { gradeOf, scoreOf } from '../src/scoring/model/model.ts';
import type { GbtModel } from '../src/scoring/model/model.ts';
import { duckdbScoring } from '../src/scoring/sql/duckdb-scoring-sql.ts';
import { scoringFunctionTimes } from '../src/scoring/sql/duckdb-scoring-function.ts';
import { scoringUdfTimes } from '../src/warehouse/duckdb/duckdb-scoring-udf.ts';
import { splitLeads, trainModel } from '../src/scoring/train/train.ts';

const args = process.argv.slice(2);
const rowsAt = args.indexOf('--rows');
const rows = rowsAt >= 0 ? Number(args[rowsAt + 1]) : 1_000_000;
const typescriptOnly = args.includes('--typescript-only');
const warehouseOnly = args.includes('--warehouse-only');
const real = fileURLToPath(new URL('../../../../shared/data/leads.csv', import.meta.url));
const config = loadConfigOrThrow({ env: {}, cwd: os.tmpdir() });
const schema = loadLeadSchemaOrThrow();
const { leads } = await leadsFromFile(config, schema, real);
const fmt = (x: number): string => Math.round(x).toLocaleString('en-US');

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** Leads per second of `score` over `many` leads: the median of 5 timed runs after one warm-up. */
function rate(many: readonly Lead[], score: (leads: readonly Lead[]) => unknown): number {
  score(many.slice(0, 20_000));
  const rates: number[] = [];
  for (let run = 0; run < 5; run++) {
    const t0 = performance.now();
    score(many);
    rates.push(many.length / ((performance.now() - t0) / 1000));
  }
  return median(rates);
}

/** The tree model's TypeScript scorer, old (tree walker) against new (flat evaluator), in this process. */
function treeScorers(model: GbtModel): string[] {
  const many: Lead[] = Array.from({ length: rows }, (_, i) => leads[i % leads.length] as Lead);
  // Reasons cost ~10x more per lead: a tenth of the leads keeps the old scorer's five runs short.
  const fewer = many.slice(0, Math.max(1, Math.floor(rows / 10)));
  const walk = compileTreeWalker(model);
  const { a, b } = model.calibration;
  const oldProbability = (lead: Lead) => 1 / (1 + Math.exp(-(a * walk(lead) + b)));
  const oldBatch = (ls: readonly Lead[]) => {
    const p = new Float64Array(ls.length);
    for (let i = 0; i < ls.length; i++) p[i] = oldProbability(ls[i] as Lead);
    return p;
  };
  const oldReasons = (ls: readonly Lead[]) =>
    ls.map((lead) => {
      const probability = oldProbability(lead);
      const score = scoreOf(probability);
      const reasons = topReasons(explainLead(model, lead).contributions);
      return { probability, score, grade: gradeOf(score, model.grades), reasons };
    });
  const compiled = compileModel(model);
  if (!compiled.flat) return ['the flat evaluator cannot compile this model: it scores with the tree walker'];
  const flat = compiled.flat;
  // The evaluator alone, over columns filled beforehand (what a caller holding columns pays).
  const filled = flat.allocate(rows);
  flat.fill(many, 0, rows, filled);
  const margins = new Float64Array(rows);
  const evaluator = rate(many, () => flat.margins(filled, rows, margins));
  const oldP = rate(many, oldBatch);
  const newP = rate(many, (ls) => compiled.scoreBatch(ls));
  const oldR = rate(fewer, oldReasons);
  const newR = rate(fewer, (ls) => ls.map((lead) => scoreLead(model, lead)));
  const x = (n: number, o: number) => `${(n / o).toFixed(1)}x`;
  return [
    `TypeScript GBT scorer (default model, one core, median of 5 runs under nice on a shared machine):`,
    `  probability, score, grade of ${fmt(rows)} leads: old (tree walker) ${fmt(oldP)} leads/s, new (flat evaluator) ${fmt(newP)} leads/s = ${x(newP, oldP)}`,
    `  with the top 3 reasons each way, ${fmt(fewer.length)} leads one by one (scoreLead): old ${fmt(oldR)} leads/s, new ${fmt(newR)} leads/s = ${x(newR, oldR)}`,
    `  the flat evaluator's margins alone, over columns filled beforehand: ${fmt(evaluator)} leads/s`,
  ];
}

if (typescriptOnly) {
  const model = readModelOrThrow('default', schema) as LeadModel;
  if (model.kind !== 'gbt') throw new Error('the default model is not a tree model');
  console.log(`machine: ${os.cpus().length} x ${os.cpus()[0]?.model ?? '?'}, node ${process.version}`);
  for (const line of treeScorers(model)) console.log(line);
  process.exit(0);
}

// Training on the real dataset (TRAIN part of SPLIT.md).
const { train } = splitLeads(leads);
// The X Education preset feature file, as `leadpipe train` applies it beside the bundled schema.
const featureFile = readFeatureFileOrThrow(DEFAULT_SCHEMA_FILE.replace('.schema.json', '.features.json'));
let t = performance.now();
const logistic = warehouseOnly ? undefined : trainModel(train, { schema, featureFile, kinds: ['logistic'] });
const logisticSeconds = (performance.now() - t) / 1000;
t = performance.now();
if (!warehouseOnly) trainModel(train, { schema, featureFile });
const fullSeconds = (performance.now() - t) / 1000;

function tsRate(model: LeadModel): number {
  const many: Lead[] = Array.from({ length: rows }, (_, i) => leads[i % leads.length] as Lead);
  const compiled = compileModel(model);
  compiled.scoreBatch(many.slice(0, 20_000));
  const t0 = performance.now();
  compiled.scoreBatch(many);
  return rows / ((performance.now() - t0) / 1000);
}
const gbt = readModelOrThrow('default', schema) as LeadModel;

// In-warehouse: leads_final of `rows` generated leads, then apply_scoring with the default model.
const file = path.join(os.tmpdir(), `leadpipe-bench-${rows}.csv`);
if (!existsSync(file)) {
  const tool = fileURLToPath(new URL('../../../../shared/tools/make-leads.mjs', import.meta.url));
  spawnSync(process.execPath, [tool, '--rows', String(rows), '--out', file, '--quiet'], { stdio: 'inherit' });
}
const home = await mkdtemp(path.join(os.tmpdir(), 'leadpipe-bench-score-'));
try {
  // 1GB: the file holds three full sets of scores of every lead by the end (rules, SQL, function), and
  // DuckDB's 448MB default ran out of memory in the third (the task's own scoring stays within it).
  const lp = await openLeadpipe(
    loadConfigOrThrow({ env: {}, cwd: home, flags: { home, duckdbMemoryLimit: '1GB' } }),
  );
  await runPipeline(lp, [file], { model: 'rules' });
  // The same leads scored twice in this warehouse and process, each time all of them stale (another
  // model version): first by the model's SQL (the scoring function taken away), then by the function.
  const { scoringFunction: _fn, ...sqlScoring } = await activateModel(lp, gbt);
  // Planning alone: EXPLAIN parses, binds and optimises the SELECT without running it.
  const plans: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    await lp.warehouse.query(`EXPLAIN ${sqlScoring.select}`);
    plans.push((performance.now() - t0) / 1000);
  }
  t = performance.now();
  const scored = await lp.warehouse.applyScoring(sqlScoring);
  const sqlSeconds = (performance.now() - t) / 1000;
  // The scoring SELECT alone (no UPDATE of leads_final, no history), over every lead: the sums make DuckDB
  // compute every column, reasons as JSON as apply_scoring stores them.
  const select = duckdbScoring.modelSql(gbt, { table: 'leads_final', key: config.key }).select;
  t = performance.now();
  await lp.warehouse.query(
    `SELECT sum(probability), sum(score), count(grade), sum(length(CAST(to_json(reasons) AS VARCHAR))) FROM (${select})`,
  );
  const selectSeconds = (performance.now() - t) / 1000;
  const fnScoring = await activateModel(lp, { ...gbt, version: `${gbt.version}-again` } as LeadModel);
  const fnKB = fnScoring.scoringFunction ? (fnScoring.scoringFunction.select.length / 1024).toFixed(0) : '-';
  const before = { ...scoringUdfTimes, ...scoringFunctionTimes };
  t = performance.now();
  const fnScored = await lp.warehouse.applyScoring(fnScoring);
  const fnSeconds = (performance.now() - t) / 1000;
  const part = (k: keyof typeof before): number =>
    ({ ...scoringUdfTimes, ...scoringFunctionTimes })[k] / 1000 - before[k] / 1000;
  await lp.close();
  console.log(`machine: ${os.cpus().length} x ${os.cpus()[0]?.model ?? '?'}, node ${process.version}`);
  if (logistic) {
    console.log(
      `training on ${fmt(train.length)} real leads: logistic ${logisticSeconds.toFixed(2)} s, logistic + GBT with CV ${fullSeconds.toFixed(2)} s`,
    );
    console.log(`TypeScript batch scoring, logistic: ${fmt(tsRate(logistic))} leads/s (one core)`);
    if (gbt.kind === 'gbt') for (const line of treeScorers(gbt)) console.log(line);
  }
  console.log(
    `in-warehouse apply_scoring (DuckDB, GBT, probability, score, grade, top 3 reasons each way), ${fmt(scored)} stale leads, load average ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}:`,
  );
  console.log(
    `  model SQL (the Snowflake formulation's twin; before this work): ${sqlSeconds.toFixed(2)} s = ${fmt(scored / sqlSeconds)} leads/s`,
  );
  console.log(
    `    its scoring SELECT alone: ${selectSeconds.toFixed(2)} s = ${fmt(scored / selectSeconds)} leads/s; ` +
      `planning it: ${plans.map((x) => x.toFixed(2)).join(' / ')} s (${fmt(sqlScoring.select.length / 1024)} KB of SQL)`,
  );
  console.log(
    `  scoring function (DuckDB scalar function, generated JavaScript): ${fnSeconds.toFixed(2)} s = ${fmt(fnScored / fnSeconds)} leads/s = ${(sqlSeconds / fnSeconds).toFixed(1)}x (${fnKB} KB of SQL)`,
  );
  const inJs = part('read') + part('evaluate') + part('write');
  console.log(
    `    in JavaScript (main thread): reading the columns ${part('read').toFixed(2)} s, trees ${part('trees').toFixed(2)} s, ` +
      `ranking the reasons ${part('reasons').toFixed(2)} s, writing the results ${part('write').toFixed(2)} s (${fmt(part('rows') * 1000)} rows in ${fmt(part('calls') * 1000)} calls); ` +
      `the rest (DuckDB: encoding the leads, building the reasons, leadpipe_scored, rewriting the rows in leads_final, history) ${(fnSeconds - inJs).toFixed(2)} s`,
  );
} finally {
  await rm(home, { recursive: true, force: true });
}
