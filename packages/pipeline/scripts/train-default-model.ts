/**
 * Trains the shipped default model on the TRAIN part of `shared/data/leads.csv` (SPLIT.md) with the
 * feature spec recorded in the shipped model's card (its features were chosen before the data rules of
 * infer-features.ts; the spec is data, so retraining reproduces the model exactly), evaluates it on TEST
 * and writes `packages/pipeline/models/default-model.json`.
 *
 * The leads are read through formats/ (as `leadpipe train --data` reads them) with the default configuration
 * and kept in the declared shape (`declaredLeads`), so the card's training checksum stays that of the data.
 *
 * Run: `npx tsx packages/pipeline/scripts/train-default-model.ts [--compare]`
 * (`--compare` also prints logistic-only results, the features the data rules choose with the X Education
 * preset feature file, and without it; they are not saved).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfigOrThrow } from '../src/config/config.ts';
import { readFileSync } from 'node:fs';
import { loadLeadSchemaOrThrow } from '../src/formats/lead-schema.ts';
import { readFeatureFileOrThrow } from '../src/scoring/train/feature-file.ts';
import { leadsFromFile } from '../src/pipeline/score.ts';
import type { LeadModel } from '../src/scoring/model/model.ts';
import { declaredLeads } from '../src/scoring/train/declared-leads.ts';
import { splitLeads, trainModel } from '../src/scoring/train/train.ts';
import type { TrainOptions } from '../src/scoring/train/train.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../..');
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

const schema = loadLeadSchemaOrThrow(schemaPath);
// The default configuration (no environment; the schema folder holds no leadpipe.config.json), so the
// null tokens do not depend on who runs the script.
const config = loadConfigOrThrow({ env: {}, cwd: path.dirname(schemaPath) });
const read = await leadsFromFile(config, schema, csvPath);
if (read.rejected) throw new Error(`${read.rejected} rows of ${csvPath} were rejected`);
const leads = declaredLeads(schema, read.leads);
const { train, test } = splitLeads(leads);
const shipped = JSON.parse(readFileSync(outPath, 'utf8')) as LeadModel;
const base: TrainOptions = {
  schema,
  spec: shipped.features.spec,
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
const prettierConfig = (await prettier.resolveConfig(outPath)) ?? {};
writeFileSync(outPath, await prettier.format(JSON.stringify(model), { ...prettierConfig, parser: 'json' }));
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
  const { spec: _fixed, ...inferred } = base;
  const preset = readFeatureFileOrThrow(path.join(path.dirname(schemaPath), 'leads.features.json'));
  console.log(summary('data rules + preset', trainModel(train, { ...inferred, featureFile: preset })));
  console.log(summary('data rules only (leaking)', trainModel(train, inferred)));
}
