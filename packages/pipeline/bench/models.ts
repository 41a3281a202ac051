/**
 * Model quality benchmark (issue 16 targets), as a user would get it: for each real dataset, the TRAIN part
 * is trained with `leadpipe train --data TRAIN.csv --label L` (default settings, nothing tuned per
 * dataset), the TEST part is scored through `leadpipe run --model`, and ROC AUC, Brier and log loss are
 * computed on the probabilities stored in leads_final. Writes the "Models" section of BENCHMARKS.md
 * (between its markers; the rest of the file is left alone).
 *
 * Splits: `leads.csv` by SPLIT.md (md5 of the Prospect ID); `shoppers.csv` (no id column) by the same rule
 * on the 1-based data row number, which the bench writes as a first column `row_number` so that `run` has a
 * key (the trainer excludes it as the key).
 *
 *   npm run bench:models
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfigOrThrow } from '../src/config/config.ts';
import { openLeadpipe } from '../src/pipeline/context.ts';
import { quoteIdent } from '../src/warehouse/sql-ident.ts';
import type { LeadModel } from '../src/scoring/model/model.ts';
import { brierScore, logLoss, rocAuc } from '../src/scoring/train/metrics.ts';
import { splitById } from '../src/scoring/train/split-by-id.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../../..');
const cli = path.join(repo, 'packages/pipeline/bin/leadpipe.js');
const data = path.resolve(repo, '../shared/data');

interface Dataset {
  name: string;
  file: string;
  label: string;
  /** `--key` for the home, when the file's key is not the default one. */
  key?: string;
  /** Splits the data lines (header excluded) into TRAIN and TEST files' lines. */
  split: (lines: string[], header: string) => { header: string; train: string[]; test: string[] };
  targets: string;
}

const datasets: Dataset[] = [
  {
    name: 'leads.csv (X Education)',
    file: path.join(data, 'leads.csv'),
    label: 'converted',
    // The Prospect ID is the first field, never quoted in this file.
    split: (lines, header) => {
      const train: string[] = [];
      const test: string[] = [];
      for (const l of lines) (splitById(l.slice(0, l.indexOf(','))) === 'test' ? test : train).push(l);
      return { header, train, test };
    },
    targets: 'ROC AUC >= 0.905, Brier <= 0.121',
  },
  {
    name: 'shoppers.csv (online shoppers)',
    file: path.join(data, 'shoppers.csv'),
    label: 'revenue',
    key: 'row_number',
    split: (lines, header) => {
      const train: string[] = [];
      const test: string[] = [];
      lines.forEach((l, i) => (splitById(String(i + 1)) === 'test' ? test : train).push(`${i + 1};${l}`));
      return { header: `row_number;${header}`, train, test };
    },
    targets: 'ROC AUC >= 0.93',
  },
];

/** Runs the CLI under `nice` (and GNU time, for its CPU seconds: wall time on a shared machine says little). */
function leadpipe(
  home: string,
  key: string | undefined,
  args: string[],
): { stdout: string; seconds: number; cpuSeconds: number } {
  const t0 = performance.now();
  const r = spawnSync(
    '/usr/bin/time',
    [
      '-f',
      'cpu %U %S',
      'nice',
      process.execPath,
      cli,
      '--home',
      home,
      ...(key ? ['--key', key] : []),
      ...args,
    ],
    { encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, NO_COLOR: '1' } },
  );
  if (r.status !== 0) throw new Error(`leadpipe ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  const cpu = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr);
  return {
    stdout: r.stdout,
    seconds: (performance.now() - t0) / 1000,
    cpuSeconds: cpu ? Number(cpu[1]) + Number(cpu[2]) : NaN,
  };
}

interface Row {
  dataset: string;
  trainRows: number;
  testRows: number;
  kind: string;
  rocAuc: number;
  brier: number;
  logLoss: number;
  oofAuc: number;
  trainingSeconds: number;
  trainWall: number;
  trainCpu: number;
  kept: number;
  excluded: string;
  targets: string;
}

async function bench(d: Dataset, work: string): Promise<Row> {
  const text = (await readFile(d.file, 'utf8')).replace(/\r?\n$/, '');
  const [header = '', ...lines] = text.split(/\r?\n/);
  const s = d.split(lines, header);
  const dir = path.join(work, d.label);
  const home = path.join(dir, 'home');
  const trainFile = path.join(work, `${d.label}-TRAIN.csv`);
  const testFile = path.join(work, `${d.label}-TEST.csv`);
  const modelFile = path.join(work, `${d.label}-model.json`);
  await writeFile(trainFile, [s.header, ...s.train].join('\n') + '\n');
  await writeFile(testFile, [s.header, ...s.test].join('\n') + '\n');
  const trained = leadpipe(home, d.key, [
    'train',
    '--data',
    trainFile,
    '--label',
    d.label,
    '--out',
    modelFile,
  ]);
  leadpipe(home, d.key, ['run', '--model', modelFile, testFile, '--json']);
  const model = JSON.parse(await readFile(modelFile, 'utf8')) as LeadModel;
  const lp = await openLeadpipe(
    loadConfigOrThrow({ env: {}, cwd: dir, flags: { home, ...(d.key ? { key: d.key } : {}) } }),
  );
  const rows = await lp.warehouse.query(
    `SELECT ${quoteIdent(d.label)} AS label, probability FROM leads_final WHERE ${quoteIdent(d.label)} IS NOT NULL`,
  );
  await lp.close();
  const y = rows.map((r) => (r.label === true || r.label === 1 ? 1 : 0));
  const p = rows.map((r) => Number(r.probability));
  if (rows.length !== s.test.length) throw new Error(`${rows.length} TEST leads scored of ${s.test.length}`);
  return {
    dataset: d.name,
    trainRows: s.train.length,
    testRows: rows.length,
    kind: model.kind,
    rocAuc: rocAuc(y, p),
    brier: brierScore(y, p),
    logLoss: logLoss(y, p),
    oofAuc: model.metrics.outOfFold?.rocAuc ?? NaN,
    trainingSeconds: model.trainingSeconds,
    trainWall: trained.seconds,
    trainCpu: trained.cpuSeconds,
    kept: model.features.spec.features.length,
    excluded: model.featuresExcluded.map((e) => `${e.column} (${e.reason})`).join(', '),
    targets: d.targets,
  };
}

const work = await mkdtemp(path.join(os.tmpdir(), 'leadpipe-bench-models-'));
const results: Row[] = [];
try {
  for (const d of datasets) {
    const r = await bench(d, work);
    results.push(r);
    console.log(
      `${r.dataset}: ${r.kind} TEST AUC ${r.rocAuc.toFixed(4)} Brier ${r.brier.toFixed(4)} log loss ${r.logLoss.toFixed(4)} ` +
        `(out-of-fold AUC ${r.oofAuc.toFixed(4)}); training ${r.trainingSeconds} s (the command: ${r.trainWall.toFixed(1)} s wall, ${r.trainCpu.toFixed(1)} s CPU)`,
    );
  }
} finally {
  await rm(work, { recursive: true, force: true });
}

const load = os.loadavg()[0]?.toFixed(1) ?? '?';
const section = [
  '<!-- models:start -->',
  '## Models',
  '',
  'Written by `npm run bench:models` (`packages/pipeline/bench/models.ts`): TRAIN trained with',
  '`leadpipe train --data TRAIN.csv --label L` (default settings, same code for both), TEST scored through',
  '`leadpipe run --model`, metrics on the probabilities stored in leads_final. Splits: SPLIT.md on the',
  'Prospect ID (leads.csv), the same rule on the 1-based row number (shoppers.csv).',
  '',
  `- Date: ${new Date().toISOString()}`,
  `- Machine: ${os.cpus().length} x ${os.cpus()[0]?.model ?? '?'}, Node ${process.version}; commands run with \`nice\``,
  `  on a machine shared with other work (1-minute load average ${load} at the end): wall times are upper`,
  '  bounds; the CPU seconds of the whole `train` command (reading, inference, CV, refit, card) say more.',
  '',
  '| Dataset | Target | TRAIN / TEST rows | Model | ROC AUC | Brier | Log loss | Out-of-fold AUC | Training s (wall) | train command CPU s | Features kept | Excluded |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...results.map(
    (r) =>
      `| ${r.dataset} | ${r.targets} | ${r.trainRows} / ${r.testRows} | ${r.kind} | ${r.rocAuc.toFixed(4)} | ${r.brier.toFixed(4)} | ` +
      `${r.logLoss.toFixed(4)} | ${r.oofAuc.toFixed(4)} | ${r.trainingSeconds} | ${r.trainCpu.toFixed(1)} | ${r.kept} | ${r.excluded} |`,
  ),
  '<!-- models:end -->',
].join('\n');
const file = path.join(repo, 'BENCHMARKS.md');
const md = await readFile(file, 'utf8');
const start = md.indexOf('<!-- models:start -->');
const end = md.indexOf('<!-- models:end -->');
const next =
  start >= 0 && end > start
    ? md.slice(0, start) + section + md.slice(end + '<!-- models:end -->'.length)
    : md.replace(/\n*$/, '\n\n') + section + '\n';
await writeFile(file, next);
console.log(`wrote the Models section of ${file}`);
