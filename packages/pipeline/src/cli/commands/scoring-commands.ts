/**
 * `train`, `score`, `override`, `model`, `model use`.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { TerminalError, UsageError } from '../../errors.ts';
import { loadLeadSchemaOrThrow } from '../../formats/lead-schema.ts';
import {
  activateModel,
  activeModel,
  applyScoring,
  leadsFromFile,
  leadsFromWarehouse,
  overrideScore,
  useModel,
} from '../../pipeline/score.ts';
import type { Lead } from '../../scoring/model/lead.ts';
import type { LeadModel } from '../../scoring/model/model.ts';
import { splitLeads, trainModel } from '../../scoring/train/train.ts';
import { seededRandom } from '../../seeded-random.ts';
import { existingFileOrThrow } from '../input-files.ts';
import type { GlobalOptions } from '../shared.ts';
import { configFrom, n, printJson, withLeadpipe } from '../shared.ts';

interface TrainFlags {
  data?: string;
  fromWarehouse?: boolean;
  label: string;
  out?: string;
  splitById?: boolean;
  includeLeaking?: boolean;
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
    `model ${m.version} (${m.kind}), trained ${m.createdAt} in ${m.trainingSeconds}s on ${m.training.rows ?? '?'} rows`,
    `features used: ${m.featuresUsed.join(', ')}`,
    `excluded: ${m.featuresExcluded.map((e) => `${e.column} (${e.reason})`).join(', ')}`,
    `grades: A >= ${m.grades.A}, B >= ${m.grades.B}, C >= ${m.grades.C}, D below`,
  ];
  if (h) {
    lines.push(
      `held-out (${n(h.rows)} rows): ROC AUC ${h.rocAuc.toFixed(4)}, Brier ${h.brier.toFixed(4)}, log loss ${h.logLoss.toFixed(4)}, accuracy ${h.accuracy.toFixed(4)}`,
    );
  }
  return lines.join('\n');
}

/** `leadpipe train` */
export async function trainCommand(opts: TrainFlags, global: GlobalOptions): Promise<void> {
  if (Boolean(opts.data) === Boolean(opts.fromWarehouse))
    throw new UsageError('give exactly one of --data FILE or --from-warehouse');
  const config = configFrom(global);
  const schema = loadLeadSchemaOrThrow(config.schemaFile);
  const seed = int(opts.seed, '--seed');
  let leads: Lead[];
  let source: string;
  if (opts.data) {
    const read = await leadsFromFile(config, schema, await existingFileOrThrow(opts.data));
    leads = read.leads;
    source = `${path.basename(opts.data)} (${n(leads.length)} rows${read.rejected ? `, ${n(read.rejected)} rejected` : ''})`;
  } else {
    leads = await withLeadpipe(config, (lp) => leadsFromWarehouse(lp, { label: opts.label }));
    source = `leads_final (${n(leads.length)} rows)`;
  }
  leads = leads.filter((l) => l[opts.label] !== null && l[opts.label] !== undefined);
  let train: Lead[];
  let test: Lead[];
  if (opts.splitById) ({ train, test } = splitLeads(leads));
  else {
    // A seeded 20% hold-out for the card's metrics when the SPLIT.md rule is not asked for.
    const rand = seededRandom(seed);
    train = [];
    test = [];
    for (const l of leads) (rand() < 0.2 ? test : train).push(l);
  }
  let model: LeadModel;
  try {
    model = trainModel(train, {
      schema,
      label: opts.label,
      seed,
      includeLeaking: Boolean(opts.includeLeaking),
      minRows: int(opts.minRows, '--min-rows'),
      minPositives: int(opts.minPositives, '--min-positives'),
      ...(opts.grades ? { grades: parseGrades(opts.grades) } : {}),
      evaluation: test,
      source: `${source}, ${opts.splitById ? 'TRAIN part per SPLIT.md' : 'training part'}: ${n(train.length)} rows`,
      evaluationSource: `${opts.splitById ? 'TEST part per SPLIT.md' : 'seeded 20% hold-out'}: ${n(test.length)} rows`,
    });
  } catch (err) {
    if (err instanceof TerminalError && err.code === 'E_TOO_LITTLE_DATA') {
      throw new TerminalError('E_TOO_LITTLE_DATA', `${err.message}; the active model is unchanged`);
    }
    throw err;
  }
  if (opts.out) writeFileSync(opts.out, JSON.stringify(model, null, 1) + '\n');
  if (opts.activate) await withLeadpipe(config, async (lp) => void (await activateModel(lp, model)));
  if (opts.json)
    printJson({
      version: model.version,
      kind: model.kind,
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
}
