/**
 * PUT: reads a lead file, cleans it and writes the cleaned NDJSON and its rejected rows to the stage.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { LeadpipeError, TerminalError, classifyError, errorMessage } from '../errors.ts';
import type { ReadOptions, ReadSummary, StageLayout } from '../formats/read.ts';
import { readLeadFile } from '../formats/read.ts';
import { sanitiseFileNameOrThrow, type StagedFile } from '../stage/stage.ts';
import type { LoadFileResult } from '../warehouse/warehouse.ts';
import type { Leadpipe } from './context.ts';
import { cleaningFingerprint, loadedStagedFile } from './loaded-staged-file.ts';

/**
 * A file to put: a path, or a named stream (HTTP upload, S3 object). A stream with `unique` is staged under
 * a key of its own content (HTTP uploads: two uploads with one name must not replace each other), see
 * `PutOptions.unique` in stage.ts.
 */
export type PutSource =
  string | { name: string; open: () => Readable | AsyncIterable<Buffer>; size?: number; unique?: boolean };

/** Result of putting one file. */
export type PutResult =
  | { ok: true; file: StagedFile }
  | {
      ok: false;
      name: string;
      error: string;
      code: string;
      sourceChecksum: string;
      sourceSize: number;
      retryable: boolean;
    };

/** Progress callback: bytes read of the source so far, and the records parsed so far. */
export type ProgressFn = (bytesRead: number, rowsParsed: number) => void;

async function* hashing(
  input: Readable | AsyncIterable<Buffer>,
  hash: ReturnType<typeof createHash>,
  counter: { bytes: number },
): AsyncGenerator<Buffer> {
  for await (const chunk of input as AsyncIterable<Buffer>) {
    hash.update(chunk);
    counter.bytes += chunk.length;
    yield chunk;
  }
}

/** The summary fields of a read, as the stage manifest stores them. */
function manifestFields(
  summary: ReadSummary,
  nullTokens: readonly string[],
): Omit<StagedFile, 'name' | 'checksum' | 'size' | 'stagedAt' | 'sourceChecksum' | 'sourceSize'> {
  return {
    sourceFormat: summary.format,
    layout: summary.layout,
    ...(summary.layout === 'csv'
      ? {
          delimiter: summary.delimiter ?? ',',
          nullTokens: [...nullTokens],
          longestLine: summary.longestLine ?? 0,
          edgeSpace: summary.edgeSpace ?? true,
        }
      : {}),
    compressed: summary.compressed,
    rowsParsed: summary.rowsParsed,
    rowsAccepted: summary.rowsAccepted,
    rowsRejected: summary.rowsRejected,
    columns: summary.columns,
    inferred: summary.inferred,
    missingRequired: summary.missingRequired,
    ...(summary.renamed ? { renamed: summary.renamed } : {}),
    ...(summary.firstError
      ? {
          firstError: {
            line: summary.firstError.line,
            reason: summary.firstError.reason,
            ...(summary.firstError.column ? { column: summary.firstError.column } : {}),
          },
        }
      : {}),
  };
}

/**
 * Cleans and stages one file. Never throws for bad input: a whole-file problem (unreadable, bad header,
 * bad encoding) comes back as `{ ok: false }` with the reason; rejected rows travel with the staged file.
 * A local file whose bytes are already staged and loaded under its name, cleaned with the same settings,
 * is neither read nor staged again: the result is that staged file (COPY then skips it as loaded).
 */
export async function putFile(
  lp: Leadpipe,
  source: PutSource,
  onProgress?: ProgressFn,
  options: { layout?: StageLayout } = {},
): Promise<PutResult> {
  const givenName = typeof source === 'string' ? path.basename(source) : source.name;
  const hash = createHash('sha256');
  const counter = { bytes: 0 };
  let digest: string | undefined;
  const sourceChecksum = (): string => (digest ??= hash.digest('hex'));
  let name = givenName;
  try {
    name = sanitiseFileNameOrThrow(givenName);
    const cleanWith: Omit<ReadOptions, 'onProgress'> = {
      schema: lp.schema,
      key: lp.config.key,
      nullTokens: lp.config.nullTokens,
      ...(lp.config.keyFrom === 'row' ? { derivedKey: { file: name } } : {}),
      maxRecordLength: lp.config.maxRecordBytes,
      // Engines that type staged CSV themselves get CSV sources staged as CSV (much faster than typing
      // here); the others get canonical documents.
      layout: options.layout ?? (lp.warehouse.capabilities.typesStagedCsv ? 'csv' : 'documents'),
    };
    const cleaning = cleaningFingerprint(cleanWith);
    if (typeof source === 'string') {
      const loaded = await loadedStagedFile(lp, source, name, cleaning);
      if (loaded) return { ok: true, file: loaded };
    }
    const input =
      typeof source === 'string' ? createReadStream(source, { highWaterMark: 1 << 20 }) : source.open();
    const unique = typeof source !== 'string' && source.unique === true;
    const file = await lp.stage.put(
      name,
      async (writer) => {
        const summary = await readLeadFile(
          hashing(input, hash, counter),
          {
            rows: (text) => writer.writeData(text),
            rejects: (rows) => writer.writeRejects(rows.map((r) => JSON.stringify(r)).join('\n') + '\n'),
          },
          { ...cleanWith, ...(onProgress ? { onProgress } : {}) },
        );
        if (summary.format === 'csv' && summary.missingRequired.includes(lp.config.key)) {
          // Every row would be rejected: say so once, for the file (an HTML error page, the wrong file).
          throw new TerminalError(
            'E_MISSING_KEY_COLUMN',
            `the header has no ${lp.config.key} column (columns: ${summary.columns.slice(0, 10).join(', ').slice(0, 300)})`,
          );
        }
        return {
          ...manifestFields(summary, lp.config.nullTokens),
          sourceChecksum: sourceChecksum(),
          sourceSize: counter.bytes,
          cleaning,
        };
      },
      unique ? { unique } : {},
    );
    return { ok: true, file };
  } catch (err) {
    if (!(err instanceof LeadpipeError) && !isInputError(err)) throw err;
    return {
      ok: false,
      name,
      error: errorMessage(err),
      code: err instanceof LeadpipeError ? err.code : 'E_UNREADABLE',
      sourceChecksum: sourceChecksum(),
      sourceSize: counter.bytes,
      // A stage or source that was unreachable (S3 down): the same put may succeed later.
      retryable: classifyError(err) === 'transient',
    };
  }
}

function isInputError(err: unknown): boolean {
  const code = (err as { code?: string })?.code ?? '';
  return code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES' || code.startsWith('Z_');
}

/** Size of a path, or undefined when it cannot be read (used for progress totals). */
export async function fileSize(file: string): Promise<number | undefined> {
  try {
    return (await stat(file)).size;
  } catch {
    return undefined;
  }
}

/** Records a file that could not be staged as LOAD_FAILED in the load history, so every arrival shows. */
export function recordPutFailure(
  lp: Leadpipe,
  put: Extract<PutResult, { ok: false }>,
): Promise<LoadFileResult> {
  return lp.warehouse.recordFailedFile({
    name: put.name,
    sourceChecksum: put.sourceChecksum,
    sourceSize: put.sourceSize,
    stageLocation: lp.stage.location,
    reason: put.error,
  });
}
