/**
 * The stage contract: where cleaned files wait to be loaded (a local folder, an S3 prefix, a Snowflake
 * stage). A staged file is cleaned NDJSON plus its rejected rows, named as given (sanitised), with the
 * size and checksum that identify it for exactly-once loading (SEMANTICS.md §1).
 */
import path from 'node:path';
import type { ColumnType } from '../formats/lead-schema.ts';
import type { FileFormat, StageLayout } from '../formats/read.ts';
import { TerminalError } from '../errors.ts';

/** What the stage records about one staged file (its manifest). */
export interface StagedFile {
  /** File name as given, sanitised; the identity of the file together with `checksum`. */
  name: string;
  /**
   * The stage's own name for the file when it differs from `name` (absent: `name`): a file put with
   * `unique` (HTTP uploads) is staged as `<name>.<first 12 hex of checksum>`, so two uploads with the same
   * name never replace each other. What {@link Stage.get}, `localCopy` and `remove` take; see {@link stageKeyOf}.
   */
  key?: string;
  /** SHA-256 (hex) of the staged data bytes. */
  checksum: string;
  /** Size in bytes of the staged data. */
  size: number;
  /** SHA-256 of the source bytes as received, before cleaning. */
  sourceChecksum: string;
  sourceSize: number;
  sourceFormat: FileFormat;
  /** How the rows are staged (absent in manifests written before layouts existed: `documents`). */
  layout?: StageLayout;
  /** Field delimiter of a `csv` layout. */
  delimiter?: string;
  /** Upper bound of the bytes of the longest line of a `csv` layout. */
  longestLine?: number;
  /**
   * `csv` layout: whether any value may begin or end with whitespace (absent in older manifests: assume it
   * may, and trim).
   */
  edgeSpace?: boolean;
  /** Null tokens of a `csv` layout, which the engine applies when it types the values at load. */
  nullTokens?: string[];
  compressed: boolean;
  stagedAt: string;
  rowsParsed: number;
  rowsAccepted: number;
  rowsRejected: number;
  /** Normalised columns of the file. */
  columns: string[];
  /** Inferred types of the undeclared columns. */
  inferred: Record<string, ColumnType>;
  missingRequired: string[];
  /** Source columns renamed because leadpipe owns their name (`score` -> `src_score`): source -> column. */
  renamed?: Record<string, string>;
  firstError?: { line: number; column?: string; reason: string };
  /**
   * Fingerprint of the settings the source was cleaned with (absent in older manifests): with the same
   * `sourceChecksum` it says a new PUT of the source would stage these bytes again, so a re-run of a loaded
   * file may skip the PUT (pipeline/loaded-staged-file.ts).
   */
  cleaning?: string;
}

/** A staged file made readable on the local disk (for engines that load from a path). */
export interface LocalCopy {
  dataPath: string;
  rejectsPath: string;
  /** Removes temporary copies; a no-op for the local stage. */
  release(): Promise<void>;
}

/** Writers handed to {@link Stage.put}'s producer. */
export interface StageWriter {
  /** Appends cleaned NDJSON text. */
  writeData(text: string): Promise<void>;
  /** Appends rejected rows, NDJSON. */
  writeRejects(text: string): Promise<void>;
}

/** Options of {@link Stage.put}. */
export interface PutOptions {
  /**
   * Stage under a name of this content's own ({@link uniqueStageKey}) instead of replacing a file staged
   * with the same name. Default false: the name is the stage's key, and a new put of it replaces the old.
   */
  unique?: boolean;
}

/** Characters of the checksum in a unique stage key: 48 bits, so two contents of one name never meet. */
const KEY_CHECKSUM_CHARS = 12;

/**
 * The stage key of a file put with `unique`: the sanitised name cut to leave room, a dot, and the first 12
 * hex characters of the staged data's checksum; at most 200 characters, like every stage name.
 *
 * @example
 * uniqueStageKey('leads.csv', 'a1b2c3d4e5f60718...'); // 'leads.csv.a1b2c3d4e5f6'
 */
export function uniqueStageKey(name: string, checksum: string): string {
  const suffix = `.${checksum.slice(0, KEY_CHECKSUM_CHARS)}`;
  return `${name.slice(0, MAX_NAME - suffix.length)}${suffix}`;
}

/** The name a staged file is stored under in the stage: its `key`, or its `name` when it has none. */
export function stageKeyOf(file: Pick<StagedFile, 'name' | 'key'>): string {
  return file.key ?? file.name;
}

/** A stage: local folder, S3 prefix, ... Every implementation runs the same contract test suite. */
export interface Stage {
  /** Human-readable location, e.g. `file:///data/.leadpipe/stage` or `s3://bucket/prefix`. */
  readonly location: string;
  /**
   * Stages a file atomically: `produce` writes the data and rejects, then returns the manifest fields;
   * the file becomes visible to {@link Stage.list} only when everything is written (the manifest is the
   * completion marker). A crash mid-put leaves nothing visible.
   */
  put(
    name: string,
    produce: (writer: StageWriter) => Promise<Omit<StagedFile, 'name' | 'checksum' | 'size' | 'stagedAt'>>,
    options?: PutOptions,
  ): Promise<StagedFile>;
  /** Every completely staged file, oldest first. */
  list(): Promise<StagedFile[]>;
  /** One staged file's manifest, or undefined. */
  get(name: string): Promise<StagedFile | undefined>;
  /** A local path to the staged data and rejects. */
  localCopy(name: string): Promise<LocalCopy>;
  /** Removes a staged file (data, rejects, manifest). */
  remove(name: string): Promise<void>;
}

/** The longest stage name (a name or key; the stage adds its own suffixes). */
const MAX_NAME = 200;

/**
 * Makes a file name safe to stage: the last path segment only, no control characters, no leading dots,
 * characters outside `[A-Za-z0-9._ -]` replaced by `_`, at most 200 characters: a longer name keeps its
 * extension (up to 16 characters) and loses the end of its stem, so `A…A.json` and `A…A.csv` stay apart.
 * Throws when nothing is left.
 *
 * @example
 * sanitiseFileNameOrThrow('../../etc/passwd'); // 'passwd'
 */
export function sanitiseFileNameOrThrow(name: string): string {
  const base = path.posix.basename(name.replace(/\\/g, '/'));
  const cleaned = base
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .replace(/[^A-Za-z0-9._ -]/g, '_')
    .replace(/^[.\s]+/, '')
    .trim();
  const ext = /\.[A-Za-z0-9._-]{1,15}$/.exec(cleaned)?.[0] ?? '';
  const cut =
    cleaned.length <= MAX_NAME
      ? cleaned
      : ext.length < cleaned.length
        ? `${cleaned.slice(0, MAX_NAME - ext.length).trimEnd()}${ext}`
        : cleaned.slice(0, MAX_NAME);
  if (!cut || !/[A-Za-z0-9]/.test(cut)) {
    throw new TerminalError(
      'E_BAD_FILE_NAME',
      `file name ${JSON.stringify(name.slice(0, 100))} has no usable characters`,
    );
  }
  return cut;
}
