/**
 * Does a model fit the data it is about to score? Compares the model's trained columns (model card
 * `trainedSchema`) with the columns of the files about to be loaded, of leads_final, or of one lead, and
 * refuses (`E_MODEL_SCHEMA`) when the missing columns carry most of the model's weight.
 */
import { createReadStream } from 'node:fs';
import { TerminalError } from '../errors.ts';
import { readLeadFile } from '../formats/read.ts';
import type { Lead } from '../scoring/model/lead.ts';
import type { ScoringModel } from '../scoring/model/scoring-model.ts';
import type { ModelFit } from '../scoring/model/trained-schema.ts';
import { checkModelFit } from '../scoring/model/trained-schema.ts';
import type { Leadpipe } from './context.ts';
import type { PutSource } from './put.ts';
import type { ModelFitWarning } from '../warehouse/warehouse.ts';

export type { ModelFit } from '../scoring/model/trained-schema.ts';

/**
 * What a run or a score reports when the model lacks some of its columns (absent when none is missing):
 * the same shape the warehouse stores with the model and the API's `GET /schema` gives.
 */
export type ModelWarning = ModelFitWarning;

const HEAD_BYTES = 1 << 20;

/**
 * The columns of a local lead file, as a load would name them: read from its first MiB (the whole file
 * when that much cannot be parsed on its own, e.g. a JSON array).
 */
export async function fileColumns(lp: Leadpipe, file: string): Promise<string[]> {
  const read = async (end?: number): Promise<string[]> => {
    const summary = await readLeadFile(
      createReadStream(file, { highWaterMark: 1 << 16, ...(end ? { start: 0, end } : {}) }),
      { rows: () => {}, rejects: () => {} },
      {
        schema: lp.schema,
        key: lp.config.key,
        keyOptional: true,
        nullTokens: lp.config.nullTokens,
        maxRecordLength: lp.config.maxRecordBytes,
      },
    );
    return summary.columns;
  };
  try {
    return await read(HEAD_BYTES - 1);
  } catch {
    return read();
  }
}

/** Throws `E_MODEL_SCHEMA` naming the missing columns when `fit` says refuse; otherwise returns it. */
export function fitOrThrow(fit: ModelFit, details: Record<string, unknown> = {}): ModelFit {
  if (fit.verdict === 'refuse') {
    throw new TerminalError('E_MODEL_SCHEMA', fit.message, {
      details: { ...details, missing: fit.missing, missingWeight: fit.missingWeight },
    });
  }
  return fit;
}

/** A fit as a warning, or undefined when nothing is missing (or the model is a rules model). */
export function warningOf(model: ScoringModel, fit: ModelFit | null): ModelWarning | undefined {
  if (!fit || fit.verdict === 'ok') return undefined;
  return {
    modelVersion: model.version,
    missing: fit.missing,
    missingWeight: fit.missingWeight,
    message: fit.message,
  };
}

/**
 * How `model` fits the files about to be loaded (local paths; other sources are not read): null for a
 * rules model or when no file can be read (unreadable files are skipped). Reads only the head of each file.
 */
export async function fitForSources(
  lp: Leadpipe,
  model: ScoringModel,
  sources: readonly PutSource[],
): Promise<ModelFit | null> {
  if (model.kind === 'rules') return null;
  const paths = sources.filter((s): s is string => typeof s === 'string');
  if (!paths.length || paths.length !== sources.length) return null;
  const columns = new Set<string>();
  let read = 0;
  for (const p of paths) {
    // A file that cannot be read is the load's to report (LOAD_FAILED), not the check's.
    const cols = await fileColumns(lp, p).catch(() => null);
    if (!cols) continue;
    read++;
    for (const c of cols) columns.add(c);
  }
  return read ? checkModelFit(model, columns) : null;
}

/** How `model` fits leads_final's columns; null for a rules model. */
export async function fitForWarehouse(lp: Leadpipe, model: ScoringModel): Promise<ModelFit | null> {
  if (model.kind === 'rules') return null;
  return checkModelFit(
    model,
    (await lp.warehouse.finalColumns()).map((c) => c.name),
  );
}

/**
 * How `model` fits one lead: a column counts as present when the lead has the key (a `null` value is a
 * known-missing value); null for a rules model.
 */
export function fitForLead(model: ScoringModel, lead: Lead): ModelFit | null {
  if (model.kind === 'rules') return null;
  return checkModelFit(
    model,
    Object.keys(lead).filter((k) => lead[k] !== undefined),
  );
}
