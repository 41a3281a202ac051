/**
 * Trains the shipped default model on the TRAIN part of `shared/data/leads.csv` (SPLIT.md) with the
 * default non-leaking features, evaluates it on TEST and writes `packages/pipeline/models/default-model.json`.
 *
 * Run: `npx tsx packages/pipeline/src/scoring/train-default.ts [--compare]`
 * (`--compare` also prints logistic-only and leaking-feature results; they are not saved).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readLeadSchema } from './model/lead.ts';
import type { LeadModel } from './model/model.ts';
import { readLeadsCsv } from './load-leads-csv.ts';
import { splitLeads, trainModel } from './train/train.ts';
import type { TrainOptions } from './train/train.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../../..');
const schemaPath = path.join(repoRoot, 'packages/pipeline/schema/leads.schema.json');
const csvPath = path.resolve(repoRoot, '../shared/data/leads.csv');
const outPath = path.join(repoRoot, 'packages/pipeline/models/default-model.json');

function summary(name: string, m: LeadModel): string {
  const h = m.metrics.heldOut;
  if (!h) return `${name}: no held-out metrics`;
  return (
    `${name.padEnd(28)} kind=${m.kind} TEST AUC=${h.rocAuc.toFixed(4)} Brier=${h.brier.toFixed(4)} ` +
    `logloss=${h.logLoss.toFixed(4)} acc@0.5=${h.accuracy.toFixed(4)} train=${m.trainingSeconds}s ` +
    `cv=${m.training.candidates.map((c) => `${c.kind}:${c.cvLogLoss.toFixed(4)}`).join(',')}`
  );
}

const schema = readLeadSchema(schemaPath);
const leads = readLeadsCsv(csvPath, schema);
const { train, test } = splitLeads(leads);
const base: TrainOptions = {
  schema,
  seed: 42,
  evaluation: test,
  source: `shared/data/leads.csv (sha256 1426dffd…2802), TRAIN part per shared/data/SPLIT.md: ${train.length} rows`,
  evaluationSource: `shared/data/leads.csv, TEST part per shared/data/SPLIT.md: ${test.length} rows`,
  description:
    'Default leadpipe lead-scoring model. Trained on the X Education lead data (third-party, internal use only) ' +
    'without the columns sales fills in after first contact. Logistic regression and gradient-boosted trees ' +
    'competed on 5-fold cross-validated log loss; probabilities are Platt-calibrated on out-of-fold margins.',
};
const model = trainModel(train, base);
// Written as Prettier would, so `prettier --check` stays clean after retraining.
const prettier = await import('prettier');
const config = (await prettier.resolveConfig(outPath)) ?? {};
writeFileSync(outPath, await prettier.format(JSON.stringify(model), { ...config, parser: 'json' }));
console.log(summary('default (written)', model));
console.log(
  `version ${model.version}; grades A>=${model.grades.A} B>=${model.grades.B} C>=${model.grades.C}; -> ${path.relative(repoRoot, outPath)}`,
);
const h = model.metrics.heldOut;
if (h) {
  for (const g of h.atGrades) {
    console.log(
      `  grade >= ${g.grade}: precision ${g.precision.toFixed(3)} recall ${g.recall.toFixed(3)} share ${g.positiveRate.toFixed(3)}`,
    );
  }
  console.log('  decile  meanP  observed  lift');
  for (const d of h.deciles) {
    console.log(
      `  ${String(d.decile).padStart(6)}  ${d.meanProbability.toFixed(3)}  ${d.observedRate.toFixed(3)}     ${d.lift.toFixed(2)}`,
    );
  }
}
if (process.argv.includes('--compare')) {
  console.log(summary('logistic only', trainModel(train, { ...base, kinds: ['logistic'] })));
  console.log(summary('gbt only', trainModel(train, { ...base, kinds: ['gbt'] })));
  console.log(
    summary(
      'logistic, leaking columns',
      trainModel(train, { ...base, kinds: ['logistic'], includeLeaking: true }),
    ),
  );
  console.log(
    summary('gbt, leaking columns', trainModel(train, { ...base, kinds: ['gbt'], includeLeaking: true })),
  );
}
