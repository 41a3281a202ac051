/**
 * The optional feature file of `leadpipe train --features FILE`: columns a user forces in, forces out or
 * marks as categorical, over what the data rules (infer-features.ts) would choose.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { TerminalError } from '../../errors.ts';

const columnList = z.array(z.string().min(1)).default([]);

const featureFileSchema = z
  .object({
    /** Free text for people: why these choices. */
    note: z.string().optional(),
    /** Columns used as features even when a rule would exclude them (leaking, id-like, free text, ...). */
    include: columnList,
    /** Columns never used as features. */
    exclude: columnList,
    /** Columns treated as categorical (levels), whatever their type. */
    categorical: columnList,
  })
  .strict();

/**
 * A parsed feature file. Every list defaults to empty; unknown keys are refused. A column cannot be both
 * included and excluded.
 *
 * @example
 * { "include": ["lead_quality"], "exclude": ["country"], "categorical": ["region_code"] }
 */
export type FeatureFile = z.infer<typeof featureFileSchema>;

/** Validates a feature file document; throws `E_BAD_FEATURE_FILE` naming the problem. */
export function parseFeatureFileOrThrow(doc: unknown, source = 'feature file'): FeatureFile {
  const parsed = featureFileSchema.safeParse(doc);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    throw new TerminalError('E_BAD_FEATURE_FILE', `invalid ${source}${where}: ${issue?.message}`);
  }
  const both = parsed.data.include.filter((c) => parsed.data.exclude.includes(c));
  if (both.length)
    throw new TerminalError('E_BAD_FEATURE_FILE', `${source} both includes and excludes ${both.join(', ')}`);
  return parsed.data;
}

/** Reads and validates a feature file (JSON). */
export function readFeatureFileOrThrow(file: string): FeatureFile {
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new TerminalError(
      'E_BAD_FEATURE_FILE',
      `cannot read feature file ${file}: ${(err as Error).message}`,
      {
        cause: err,
      },
    );
  }
  return parseFeatureFileOrThrow(doc, `feature file ${file}`);
}
