/**
 * `leadpipe validate --staged NAME`: checks a file already in the stage (the cleaned documents `put`
 * wrote), the checks of the original design's `validate_and_load_json`: rows, columns (declared ones
 * missing, undeclared ones), lines that are not documents, rows without a key, values that do not fit
 * their declared type. On Snowflake the engine runs them in the warehouse (LEADPIPE_VALIDATE_STAGED_FILE);
 * elsewhere they run here over the staged file. Loads nothing.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parse } from 'csv-parse';
import { TerminalError } from '../errors.ts';
import type { ColumnType } from '../formats/lead-schema.ts';
import type { LocalCopy, StagedFile } from '../stage/stage.ts';
import type { StagedFileCheck } from '../warehouse/snowflake/snowflake-copy.ts';
import type { Leadpipe } from './context.ts';

export type { StagedFileCheck } from '../warehouse/snowflake/snowflake-copy.ts';

/** A staged-file report: the checks, and where they ran. */
export interface StagedValidationReport extends StagedFileCheck {
  /** `warehouse`: the engine's own procedure (Snowflake); `leadpipe`: checked by leadpipe over the file. */
  checkedBy: 'warehouse' | 'leadpipe';
}

/** An engine that validates staged files itself (Snowflake). */
interface StagedFileValidator {
  validateStagedFile(file: StagedFile, copy: LocalCopy): Promise<StagedFileCheck>;
}

/** Whether a JSON value fits a column type the way the engines cast it. */
export function fitsType(value: unknown, type: ColumnType): boolean {
  if (value === null || value === undefined) return true;
  const text = typeof value === 'string' ? value.trim() : value;
  switch (type) {
    case 'integer':
      return typeof text === 'number'
        ? Number.isInteger(text)
        : typeof text === 'string' && /^[+-]?\d+$/.test(text);
    case 'double':
      return (
        typeof text === 'number' || (typeof text === 'string' && text !== '' && Number.isFinite(Number(text)))
      );
    case 'boolean':
      return (
        typeof text === 'boolean' ||
        (typeof text === 'string' && /^(true|false|t|f|yes|no|y|n|1|0)$/i.test(text))
      );
    case 'timestamp':
      return typeof text === 'string' && !Number.isNaN(Date.parse(text));
    default:
      return true;
  }
}

/**
 * The lines of a staged data file as parsed JSON (`documents` layout: `{"l": line, "d": document}` per
 * line; a line that is not JSON comes as `undefined`), or, for the `csv` layout (a header `l,<columns>`,
 * then `<line>,<record>`), as the same shape with the manifest's null tokens as nulls.
 */
export async function* stagedDocuments(
  dataPath: string,
  file: Pick<StagedFile, 'layout' | 'delimiter' | 'nullTokens'>,
): AsyncGenerator<unknown> {
  if (file.layout !== 'csv') {
    const lines = createInterface({ input: createReadStream(dataPath), crlfDelay: Infinity });
    for await (const line of lines) {
      if (!line.trim()) continue;
      try {
        yield JSON.parse(line) as unknown;
      } catch {
        yield undefined;
      }
    }
    return;
  }
  const nulls = new Set(file.nullTokens ?? []);
  const parser = createReadStream(dataPath).pipe(
    parse({ delimiter: file.delimiter ?? ',', columns: true, relax_column_count: true }),
  );
  for await (const record of parser as AsyncIterable<Record<string, string>>) {
    const { l, ...rest } = record;
    const d: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(rest)) if (!nulls.has(v)) d[k] = v;
    yield { l: l === undefined || l === '' ? undefined : Number(l), d };
  }
}

/** The checks over a staged data file (see {@link stagedDocuments}), as the procedure makes them. */
export async function checkStagedData(
  dataPath: string,
  file: string,
  key: string,
  declared: readonly { name: string; type: ColumnType }[],
  layout: Pick<StagedFile, 'layout' | 'delimiter' | 'nullTokens'> = {},
): Promise<StagedFileCheck> {
  const check: StagedFileCheck = {
    file,
    valid: false,
    reason: null,
    rows: 0,
    notDocuments: 0,
    rowsWithoutKey: 0,
    rowsWithTypeErrors: 0,
    typeErrors: {},
    columns: [],
    missingDeclaredColumns: [],
    undeclaredColumns: [],
  };
  const columns = new Set<string>();
  for await (const doc of stagedDocuments(dataPath, layout)) {
    check.rows++;
    if (typeof doc !== 'object' || doc === null) {
      check.notDocuments++;
      continue;
    }
    const d = (doc as { l?: unknown; d?: unknown }).d;
    if ((doc as { l?: unknown }).l == null || typeof d !== 'object' || d === null || Array.isArray(d)) {
      check.notDocuments++;
      continue;
    }
    const values = d as Record<string, unknown>;
    for (const k of Object.keys(values)) columns.add(k);
    const k = values[key];
    if (k === null || k === undefined || String(k).trim() === '') check.rowsWithoutKey++;
    let bad = false;
    for (const c of declared) {
      if (fitsType(values[c.name], c.type)) continue;
      check.typeErrors[c.name] = (check.typeErrors[c.name] ?? 0) + 1;
      bad = true;
    }
    if (bad) check.rowsWithTypeErrors++;
  }
  check.columns = [...columns];
  const names = new Set(declared.map((c) => c.name));
  check.missingDeclaredColumns = declared.map((c) => c.name).filter((c) => !columns.has(c));
  check.undeclaredColumns = check.columns.filter((c) => !names.has(c));
  check.valid =
    check.rows > 0 &&
    check.notDocuments === 0 &&
    check.rowsWithoutKey === 0 &&
    check.rowsWithTypeErrors === 0;
  check.reason =
    check.rows === 0
      ? 'the staged file is empty'
      : check.notDocuments
        ? 'lines that are not leadpipe documents'
        : check.rowsWithoutKey
          ? 'rows without a key'
          : check.rowsWithTypeErrors
            ? 'values that do not fit their declared type'
            : null;
  return check;
}

/**
 * Validates the staged file `name` (see the module comment). Throws `E_NOT_STAGED` when the stage has no
 * such file.
 */
export async function validateStaged(lp: Leadpipe, name: string): Promise<StagedValidationReport> {
  const file = await lp.stage.get(name);
  if (!file)
    throw new TerminalError(
      'E_NOT_STAGED',
      `no staged file named ${JSON.stringify(name)}: stage it first with leadpipe put`,
    );
  const copy = await lp.stage.localCopy(name);
  try {
    const engine = lp.warehouse as Partial<StagedFileValidator>;
    if (typeof engine.validateStagedFile === 'function')
      return { ...(await engine.validateStagedFile(file, copy)), checkedBy: 'warehouse' };
    const declared = lp.schema.columns.map((c) => ({ name: c.name, type: c.type }));
    return {
      ...(await checkStagedData(copy.dataPath, file.name, lp.config.key, declared, file)),
      checkedBy: 'leadpipe',
    };
  } finally {
    await copy.release();
  }
}
