/**
 * Validation without loading (VALIDATION_MODE = RETURN_ERRORS, and the original design's per-file
 * validation procedure): rows, columns, missing required columns, the first errors.
 */
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { LeadpipeError, errorMessage } from '../errors.ts';
import type { RejectedRow } from '../formats/clean.ts';
import type { LeadSchema } from '../formats/lead-schema.ts';
import type { ReadSummary } from '../formats/read.ts';
import { readLeadFile } from '../formats/read.ts';
import type { Config } from '../config/config.ts';
import type { PutSource } from './put.ts';

/** A validation report for one file. */
export interface ValidationReport {
  file: string;
  valid: boolean;
  /** A whole-file problem (bad header, encoding, gzip), if any. */
  error?: string;
  summary?: ReadSummary;
  /** Columns that are not declared (they would be inferred and added). */
  undeclaredColumns: string[];
  errors: RejectedRow[];
}

/**
 * Validates one file against `config`'s key (a column, or derived from file and row) and `schema`; loads
 * nothing. Keeps the first `maxErrors` rejected rows (default 20). Give it the home's resolved
 * configuration and schema (`Leadpipe.config`, `Leadpipe.schema`, or `readResolvedHome` in home.ts).
 */
export async function validateFile(
  config: Config,
  schema: LeadSchema,
  source: PutSource,
  maxErrors = 20,
): Promise<ValidationReport> {
  const file = typeof source === 'string' ? path.basename(source) : source.name;
  const errors: RejectedRow[] = [];
  try {
    const input =
      typeof source === 'string' ? createReadStream(source, { highWaterMark: 1 << 20 }) : source.open();
    const summary = await readLeadFile(
      input,
      {
        rows: () => {},
        rejects: (rows) => {
          for (const r of rows) if (errors.length < maxErrors) errors.push(r);
        },
      },
      {
        schema,
        key: config.key,
        nullTokens: config.nullTokens,
        ...(config.keyFrom === 'row' ? { derivedKey: { file } } : {}),
        maxRecordLength: config.maxRecordBytes,
      },
    );
    const declared = new Set(schema.columns.map((c) => c.name));
    return {
      file,
      valid: summary.rowsRejected === 0 && summary.missingRequired.length === 0,
      summary,
      undeclaredColumns: summary.columns.filter((c) => !declared.has(c)),
      errors,
    };
  } catch (err) {
    if (!(err instanceof LeadpipeError) && (err as { code?: string }).code !== 'ENOENT') throw err;
    return { file, valid: false, error: errorMessage(err), undeclaredColumns: [], errors };
  }
}
