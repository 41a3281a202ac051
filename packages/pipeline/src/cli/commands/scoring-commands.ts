/**
 * `train`, `score`, `override`, `model`, `model use`.
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { TerminalError, UsageError } from '../../errors.ts';
import { DEFAULT_SCHEMA_FILE } from '../../formats/lead-schema.ts';
import {
  activateModel,
  activeModel,
  applyScoring,
  leadsFromFile,
  leadsFromWarehouse,
  overrideScore,
  useModel,
} from '../../pipeline/score.ts';
import { readResolvedHome } from '../../pipeline/home.ts';
import { fitForWarehouse, fitOrThrow } from '../../pipeline/model-fit.ts';
import type { Lead } from '../../scoring/model/lead.ts';
import type { LeadModel } from '../../scoring/model/model.ts';
import type { FeatureFile } from '../../scoring/train/feature-file.ts';
import { readFeatureFileOrThrow } from '../../scoring/train/feature-file.ts';
import type { TrainingColumn } from '../../scoring/train/infer-features.ts';
import { splitLeads, trainModel } from '../../scoring/train/train.ts';
import { existingFileOrThrow } from '../input-files.ts';
import type { GlobalOptions } from '../shared.ts';
import { configFrom, n, printJson, withLeadpipe } from '../shared.ts';

interface TrainFlags {
  data?: string;
  fromWarehouse?: boolean;
  label?: string;
  out?: string;
  splitById?: boolean;
  holdout?: string;
  features?: string;
  seed: string;
  minRows: string;
  minPositives: string;
  activate?: boolean;
  grades?: string;
  json?: boolean;
}

/** `--grades 75,50,25` -> the A, B and C cut-offs on the 0-100 score. */
function parseGrades(value: string): { A: number; B: number; C: number } {
  const parts = value.split(',').map((p) => Number(p.trim()));
  const [A, B, C] = parts;
  if (
    parts.length !== 3 ||
    A === undefined ||
    B === undefined ||
    C === undefined ||
    parts.some((p) => !Number.isFinite(p) || p < 0 || p > 100) ||
    !(A > B && B > C)
  ) {
    throw new UsageError(
      '--grades takes three decreasing scores from 0 to 100, e.g. 75,50,25 (A, B and C cut-offs)',
    );
  }
  return { A, B, C };
}

function int(value: string, flag: string): number {
  const v = Number.parseInt(value, 10);
  if (!Number.isSafeInteger(v) || v < 0) throw new UsageError(`${flag} takes a whole number`);
  return v;
}

/** One line per metric of a model card. */
function describeModel(m: LeadModel): string {
  const h = m.metrics.heldOut;
  const lines = [
    `model ${m.version} (${m.kind}), trained ${m.createdAt} in ${m.trainingSeconds}s on ${m.training.rows ?? '?'} rows` +
      (m.training.unlabelled
        ? ` (${n(m.training.unlabelled)} rows without a usable ${m.label} skipped)`
        : ''),
    `features used: ${m.featuresUsed.join(', ')}`,
    `excluded: ${m.featuresExcluded.map((e) => `${e.column} (${e.reason}${e.detail && e.reason !== 'key' && e.reason !== 'label' ? `: ${e.detail}` : ''})`).join(', ')}`,
    `grades: A >= ${m.grades.A}, B >= ${m.grades.B}, C >= ${m.grades.C}, D below`,
  ];
  if (h) {
    lines.push(
      `${m.metrics.heldOutSource?.startsWith('out-of-fold') ? 'out-of-fold' : 'held-out'} (${n(h.rows)} rows): ROC AUC ${h.rocAuc.toFixed(4)}, Brier ${h.brier.toFixed(4)}, log loss ${h.logLoss.toFixed(4)}, accuracy ${h.accuracy.toFixed(4)}`,
    );
  }
  return lines.join('\n');
}

/**
 * The feature file of a training run: `--features FILE`, else the preset shipped beside the home's schema
 * file (`x.schema.json` -> `x.features.json`, e.g. the X Education one), else none.
 */
function featureFileFor(
  flag: string | undefined,
  schemaFile: string,
): { file: FeatureFile; source: string } | null {
  if (flag) return { file: readFeatureFileOrThrow(flag), source: flag };
  const preset = schemaFile.replace(/(\.schema)?\.json$/, '.features.json');
  if (preset !== schemaFile && existsSync(preset))
    return {
      file: readFeatureFileOrThrow(preset),
      source: `${path.basename(preset)} (preset beside the schema)`,
    };
  return null;
}

/** `leadpipe train` */
export async function trainCommand(opts: TrainFlags, global: GlobalOptions): Promise<void> {
  if (Boolean(opts.data) === Boolean(opts.fromWarehouse))
    throw new UsageError('give exactly one of --data FILE or --from-warehouse');
  if (opts.holdout && opts.splitById)
    throw new UsageError('give at most one of --holdout FILE and --split-by-id');
  // The home's settings (leadpipe init) give the key, null tokens, schema and, unless --label says, the label.
  const home = await readResolvedHome(configFrom(global));
  const { config, schema } = home;
  const label = opts.label ?? home.settings.label ?? home.schema.label;
  if (label === undefined)
    throw new UsageError(
      'name the label column: --label COLUMN (or once for the home: leadpipe init --label COLUMN)',
    );
  const seed = int(opts.seed, '--seed');
  const features = featureFileFor(opts.features, config.schemaFile ?? DEFAULT_SCHEMA_FILE);
  let leads: Lead[];
  let columns: TrainingColumn[];
  let source: string;
  if (opts.data) {
    const read = await leadsFromFile(config, schema, await existingFileOrThrow(opts.data));
    ({ leads, columns } = read);
    source = `${path.basename(opts.data)} (${n(leads.length)} rows${read.rejected ? `, ${n(read.rejected)} rejected` : ''})`;
  } else {
    ({ leads, columns } = await withLeadpipe(config, async (lp) => ({
      leads: await leadsFromWarehouse(lp, { label }),
      columns: (await lp.warehouse.finalColumns()).map((c) => ({ name: c.name, type: c.type })),
    })));
    source = `leads_final (${n(leads.length)} rows)`;
  }
  if (!columns.some((c) => c.name === label))
    throw new TerminalError(
      'E_BAD_LABEL',
      `no label column ${label} in ${opts.data ?? 'leads_final'}; columns: ${columns.map((c) => c.name).join(', ')}`,
    );
  let train = leads;
  let test: Lead[] | undefined;
  let testSource: string | undefined;
  if (opts.splitById) {
    ({ train, test } = splitLeads(leads, config.key));
    testSource = `TEST part per SPLIT.md (md5 of ${config.key}): ${n(test.length)} rows`;
  } else if (opts.holdout) {
    test = (await leadsFromFile(config, schema, await existingFileOrThrow(opts.holdout))).leads;
    testSource = `${path.basename(opts.holdout)}: ${n(test.length)} rows`;
  }
  let model: LeadModel;
  try {
    model = trainModel(train, {
      columns,
      key: columns.some((c) => c.name === config.key) ? config.key : null,
      label,
      seed,
      ...(features ? { featureFile: features.file, featureFileSource: features.source } : {}),
      minRows: int(opts.minRows, '--min-rows'),
      minPositives: int(opts.minPositives, '--min-positives'),
      ...(opts.grades ? { grades: parseGrades(opts.grades) } : {}),
      ...(test ? { evaluation: test, evaluationSource: testSource ?? '' } : {}),
      source: opts.splitById ? `${source}, TRAIN part per SPLIT.md: ${n(train.length)} rows` : source,
    });
  } catch (err) {
    if (err instanceof TerminalError && err.code === 'E_TOO_LITTLE_DATA') {
      throw new TerminalError('E_TOO_LITTLE_DATA', `${err.message}; the active model is unchanged`);
    }
    throw err;
  }
  if (opts.out) writeFileSync(opts.out, JSON.stringify(model, null, 1) + '\n');
  if (opts.activate)
    await withLeadpipe(config, async (lp) => {
      // The model file is written already; activating it on leads of another schema is refused.
      const fit = await fitForWarehouse(lp, model);
      if (fit) fitOrThrow(fit);
      await activateModel(lp, model);
    });
  if (opts.json)
    printJson({
      version: model.version,
      kind: model.kind,
      label: model.label,
      rows: model.training.rows,
      unlabelled: model.training.unlabelled ?? 0,
      featuresUsed: model.featuresUsed,
      featuresExcluded: model.featuresExcluded,
      metrics: model.metrics,
      out: opts.out ?? null,
      activated: Boolean(opts.activate),
    });
  else {
    process.stdout.write(describeModel(model) + '\n');
    if (opts.out) process.stdout.write(`written to ${opts.out}\n`);
    if (opts.activate)
      process.stdout.write('activated: leads are rescored by the next task run or `leadpipe score`\n');
  }
}

/** `leadpipe score` */
export async function scoreCommand(opts: { json?: boolean }, global: GlobalOptions): Promise<void> {
  const config = configFrom(global);
  const result = await withLeadpipe(config, async (lp) => {
    const scored = await applyScoring(lp);
    return { scored, model: (await activeModel(lp)).model.version };
  });
  if (opts.json) printJson(result);
  else process.stdout.write(`${n(result.scored)} lead(s) scored with model ${result.model}\n`);
}

/** `leadpipe override ID --score N --reason TEXT | --clear` */
export async function overrideCommand(
  id: string,
  opts: { score?: string; reason?: string; clear?: boolean },
  global: GlobalOptions,
): Promise<void> {
  if (opts.clear === (opts.score !== undefined))
    throw new UsageError('give either --score N --reason TEXT or --clear');
  const score = opts.clear ? null : int(opts.score ?? '', '--score');
  if (score !== null && !opts.reason) throw new UsageError('--reason is required with --score');
  const config = configFrom(global);
  await withLeadpipe(config, (lp) => overrideScore(lp, id, score, opts.reason ?? 'override cleared'));
  process.stdout.write(
    score === null ? `override of ${id} cleared\n` : `${id} scored ${score} by override\n`,
  );
}

/** `leadpipe model` */
export async function modelCommand(opts: { json?: boolean }, global: GlobalOptions): Promise<void> {
  const config = configFrom(global);
  const { model } = await withLeadpipe(config, (lp) => activeModel(lp));
  if (opts.json) return printJson(model);
  if (model.kind === 'rules')
    process.stdout.write(`rules model ${model.version}: ${model.rules.length} rules\n`);
  else process.stdout.write(describeModel(model) + '\n');
}

/** `leadpipe model use FILE|rules|default`: activate that model and rescore the leads now. */
export async function modelUseCommand(
  spec: string,
  opts: { json?: boolean },
  global: GlobalOptions,
): Promise<void> {
  const config = configFrom(global);
  const used = await withLeadpipe(config, (lp) => useModel(lp, spec));
  if (opts.json) return printJson(used);
  const was =
    used.previous === used.version ? ' (already active)' : used.previous ? ` (was ${used.previous})` : '';
  process.stdout.write(
    `model ${used.version} (${used.kind}) is active${was}: ${n(used.rescored)} lead(s) rescored\n`,
  );
  if (used.modelWarning) process.stdout.write(`warning: ${used.modelWarning.message}\n`);
}
