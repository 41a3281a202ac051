/**
 * Scoring benchmark: TypeScript batch scoring (logistic and the shipped tree model), in-warehouse scoring
 * of N rows in DuckDB (apply_scoring over a leads_final of N generated leads; also its SELECT alone and
 * its planning time), and training time on the real dataset.
 *
 *   npm run bench:score                 (1,000,000 leads)
 *   npm run bench:score -- --rows 200000
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
import { activateModel, applyScoring, leadsFromFile, readModelOrThrow } from '../src/pipeline/score.ts';
import type { Lead } from '../src/scoring/model/lead.ts';
import type { LeadModel } from '../src/scoring/model/model.ts';
import { compileModel } from '../src/scoring/model/compile-model.ts';
import { duckdbScoring } from '../src/scoring/sql/duckdb-scoring-sql.ts';
import { splitLeads, trainModel } from '../src/scoring/train/train.ts';

const args = process.argv.slice(2);
const rowsAt = args.indexOf('--rows');
const rows = rowsAt >= 0 ? Number(args[rowsAt + 1]) : 1_000_000;
const real = fileURLToPath(new URL('../../../../shared/data/leads.csv', import.meta.url));
const config = loadConfigOrThrow({ env: {}, cwd: os.tmpdir() });
const schema = loadLeadSchemaOrThrow();
const { leads } = await leadsFromFile(config, schema, real);
const fmt = (x: number): string => Math.round(x).toLocaleString('en-US');

// Training on the real dataset (TRAIN part of SPLIT.md).
const { train } = splitLeads(leads);
// The X Education preset feature file, as `leadpipe train` applies it beside the bundled schema.
const featureFile = readFeatureFileOrThrow(DEFAULT_SCHEMA_FILE.replace('.schema.json', '.features.json'));
let t = performance.now();
const logistic = trainModel(train, { schema, featureFile, kinds: ['logistic'] });
const logisticSeconds = (performance.now() - t) / 1000;
t = performance.now();
trainModel(train, { schema, featureFile });
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
  const lp = await openLeadpipe(loadConfigOrThrow({ env: {}, cwd: home, flags: { home } }));
  await runPipeline(lp, [file], { model: 'rules' });
  const scoring = await activateModel(lp, gbt);
  // Planning alone: EXPLAIN parses, binds and optimises the SELECT without running it.
  const plans: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    await lp.warehouse.query(`EXPLAIN ${scoring.select}`);
    plans.push((performance.now() - t0) / 1000);
  }
  t = performance.now();
  const scored = await applyScoring(lp);
  const sqlSeconds = (performance.now() - t) / 1000;
  // The scoring SELECT alone (no UPDATE of leads_final, no history), over every lead: the sums make DuckDB
  // compute every column, reasons as JSON as apply_scoring stores them.
  const select = duckdbScoring.modelSql(gbt, { table: 'leads_final', key: config.key }).select;
  t = performance.now();
  await lp.warehouse.query(
    `SELECT sum(probability), sum(score), count(grade), sum(length(CAST(to_json(reasons) AS VARCHAR))) FROM (${select})`,
  );
  const selectSeconds = (performance.now() - t) / 1000;
  await lp.close();
  console.log(`machine: ${os.cpus().length} x ${os.cpus()[0]?.model ?? '?'}, node ${process.version}`);
  console.log(
    `training on ${fmt(train.length)} real leads: logistic ${logisticSeconds.toFixed(2)} s, logistic + GBT with CV ${fullSeconds.toFixed(2)} s`,
  );
  console.log(`TypeScript batch scoring, logistic: ${fmt(tsRate(logistic))} leads/s (one core)`);
  console.log(`TypeScript batch scoring, GBT (default model): ${fmt(tsRate(gbt))} leads/s (one core)`);
  console.log(
    `in-warehouse apply_scoring (DuckDB, GBT): ${fmt(scored)} leads in ${sqlSeconds.toFixed(2)} s = ${fmt(scored / sqlSeconds)} leads/s`,
  );
  console.log(
    `  its scoring SELECT alone: ${fmt(scored)} leads in ${selectSeconds.toFixed(2)} s = ${fmt(scored / selectSeconds)} leads/s; ` +
      `planning it: ${plans.map((x) => x.toFixed(2)).join(' / ')} s (${fmt(scoring.select.length / 1024)} KB of SQL)`,
  );
} finally {
  await rm(home, { recursive: true, force: true });
}
