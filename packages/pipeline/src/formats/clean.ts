/**
 * The cleaning step: one record (CSV fields or a JSON object) becomes one line of canonical NDJSON, or a
 * rejection with its line and reason. Canonical means keys in sorted order, nulls omitted and values typed,
 * so that equal content gives equal text and the warehouse can detect changes by hashing it.
 */
import { TerminalError } from '../errors.ts';
import type { ColumnType, LeadSchema } from './lead-schema.ts';
import { widenType } from './lead-schema.ts';
import { MAX_COLUMN_NAME_LENGTH, columnName, toSnakeCase } from './names.ts';
import { inferTextType, inferValueType, textToJson, unstorableValue, valueToJson } from './values.ts';

/** A rejected row: where it was, why, and its raw text. */
export interface RejectedRow {
  line: number;
  column?: string;
  reason: string;
  raw: string;
}

/** Options of {@link RowCleaner}. */
export interface CleanOptions {
  schema: LeadSchema;
  /** Key column; rows without it are rejected (unless `keyOptional`). */
  key: string;
  /** Accept rows without the key (training files need no key); default false. */
  keyOptional?: boolean;
  /** Values read as null, compared case-insensitively after trimming. */
  nullTokens: readonly string[];
  /**
   * The key is not read from the file but derived from where each record is (a home created with
   * `init --key-from row`): `<file>:<record number>`, see {@link derivedKeyValue}. Default: read from the
   * `key` column.
   */
  derivedKey?: { file: string };
}

/**
 * The derived key of a record: the source file's name and the record's number in it (1 = the first
 * record after a CSV header, rejected records counted), e.g. `shoppers.csv:1`. Stable for the same file:
 * the same name and content give the same keys, so re-sending a file updates its leads instead of adding
 * them again, and identical rows at different places stay distinct leads.
 */
export function derivedKeyValue(file: string, record: number): string {
  return `${file}:${record}`;
}

/** Throws when a file has a column named like the home's derived key (it would be silently replaced). */
export function derivedKeyClashOrThrow(key: string): never {
  throw new TerminalError(
    'E_DERIVED_KEY_CLASH',
    `the file has a column "${key}", the name of this home's derived key; rename the column or make a home keyed by it (leadpipe init --key ${key})`,
  );
}

interface ColumnPlan {
  name: string;
  /** `"name":` prefix, precomputed. */
  prefix: string;
  declared: ColumnType | undefined;
  nullable: boolean;
  /**
   * Raw value -> cleaned outcome. Lead columns are mostly categorical, so memoising the conversion removes
   * nearly all per-value allocation (and the GC time that came with it); capped per column.
   */
  memo: Map<string, Outcome>;
  memoOn: boolean;
  misses: number;
}

/** Cleaned value: the `"name":json` fragment, null (value is missing), or the reason it does not fit. */
type Outcome = { fragment: string; inferred?: ColumnType } | { fragment: null; error?: string };

const MEMO_LIMIT = 4096;
const NULL_OUTCOME: Outcome = { fragment: null };

/**
 * Cleans records of one file. Columns are bound once per header (CSV) or per key set (JSON), so the
 * per-value work is usually one map lookup.
 */
export class RowCleaner {
  private readonly declared: Map<string, { type: ColumnType; nullable: boolean }>;
  private readonly nulls: Set<string>;
  private readonly maxNullLen: number;
  private readonly key: string;
  private readonly derivedFile: string | undefined;
  private readonly keyOptional: boolean;
  /** Types inferred for columns that are not declared, widened over the file. */
  readonly inferred = new Map<string, ColumnType>();
  /** Source names renamed because leadpipe owns them (`score` -> `src_score`), capped at 100 entries. */
  readonly renamed = new Map<string, string>();
  /** Every column seen (normalised), in first-seen order. */
  readonly columns = new Set<string>();
  private csvPlan:
    | { plans: ColumnPlan[]; order: number[]; keyIndex: number; derivedAt: number; keyPrefix: string }
    | undefined;

  constructor(options: CleanOptions) {
    this.declared = new Map(
      options.schema.columns.map((c) => [c.name, { type: c.type, nullable: c.nullable }]),
    );
    this.nulls = new Set(options.nullTokens.map((t) => t.trim().toLowerCase()));
    this.maxNullLen = Math.max(0, ...[...this.nulls].map((t) => t.length));
    this.key = options.key;
    this.derivedFile = options.derivedKey?.file;
    this.keyOptional = options.keyOptional ?? false;
  }

  private plan(name: string): ColumnPlan {
    const d = this.declared.get(name);
    this.columns.add(name);
    return {
      name,
      prefix: JSON.stringify(name) + ':',
      declared: d?.type,
      nullable: d?.nullable ?? true,
      memo: new Map(),
      memoOn: name !== this.key,
      misses: 0,
    };
  }

  /** Binds the normalised CSV header; call once before {@link RowCleaner.cleanFields}. */
  bindHeader(header: readonly string[]): void {
    const derived = this.derivedFile !== undefined;
    if (derived && header.includes(this.key)) derivedKeyClashOrThrow(this.key);
    const plans = header.map((h) => this.plan(h));
    const order = plans.map((_, i) => i).sort((a, b) => (plans[a]!.name < plans[b]!.name ? -1 : 1));
    // A derived key is one more column, after the file's own: its fragment goes where its name sorts.
    if (derived) this.columns.add(this.key);
    const derivedAt = derived ? order.filter((i) => plans[i]!.name < this.key).length : -1;
    this.csvPlan = {
      plans,
      order,
      keyIndex: header.indexOf(this.key),
      derivedAt,
      keyPrefix: JSON.stringify(this.key) + ':',
    };
  }

  /** Whether the key is derived (`init --key-from row`) rather than read from a column. */
  get derivesKey(): boolean {
    return this.derivedFile !== undefined;
  }

  private isNull(s: string): boolean {
    return s.length <= this.maxNullLen && this.nulls.has(s.toLowerCase());
  }

  private infer(name: string, type: ColumnType): void {
    const prev = this.inferred.get(name);
    if (prev !== type) this.inferred.set(name, prev === undefined ? type : widenType(prev, type));
  }

  private convertText(p: ColumnPlan, rawValue: string): Outcome {
    const s = rawValue.trim();
    if (s === '' || this.isNull(s)) return NULL_OUTCOME;
    if (p.declared !== undefined) {
      const json = textToJson(p.declared, s);
      if (json === undefined)
        return {
          fragment: null,
          error: `${p.name}: ${JSON.stringify(s.slice(0, 60))} is not a valid ${p.declared}`,
        };
      return { fragment: p.prefix + json };
    }
    return { fragment: p.prefix + JSON.stringify(s), inferred: inferTextType(s) };
  }

  /**
   * Cleans one CSV record (`record`: its number in the file, for a derived key). Returns the NDJSON line
   * (without newline) or a rejection.
   */
  cleanFields(fields: readonly string[], line: number, raw: string, record = 0): string | RejectedRow {
    const bound = this.csvPlan;
    if (!bound) throw new Error('bindHeader must be called first');
    const { plans, order } = bound;
    const derived = this.derivedFile !== undefined;
    const keyValue = derived
      ? derivedKeyValue(this.derivedFile!, record)
      : bound.keyIndex >= 0
        ? (fields[bound.keyIndex] ?? '').trim()
        : '';
    if (!this.keyOptional && (keyValue === '' || this.isNull(keyValue))) {
      return { line, column: this.key, reason: `missing key ${this.key}`, raw };
    }
    const parts: string[] = [];
    for (let k = 0; k < order.length; k++) {
      if (k === bound.derivedAt) parts.push(bound.keyPrefix + JSON.stringify(keyValue));
      const i = order[k]!;
      const p = plans[i]!;
      const value = fields[i] ?? '';
      let outcome = p.memoOn ? p.memo.get(value) : undefined;
      if (outcome === undefined) {
        outcome = this.convertText(p, value);
        if (p.memoOn) {
          if (p.memo.size < MEMO_LIMIT) p.memo.set(value, outcome);
          // A full memo that still misses is a high-cardinality column (ids, durations): stop paying for it.
          else if (++p.misses > MEMO_LIMIT) p.memoOn = false;
        }
      }
      if (outcome.fragment === null) {
        if (outcome.error !== undefined) return { line, column: p.name, reason: outcome.error, raw };
        if (!p.nullable) return { line, column: p.name, reason: `${p.name} must not be empty`, raw };
        continue;
      }
      if (outcome.inferred !== undefined) this.infer(p.name, outcome.inferred);
      parts.push(outcome.fragment);
    }
    if (derived && bound.derivedAt === order.length) parts.push(bound.keyPrefix + JSON.stringify(keyValue));
    return '{' + parts.join(',') + '}';
  }

  /**
   * Cleans one parsed JSON record (from a JSON array or NDJSON; `record`: its number in the file, for a
   * derived key). Keys are normalised to snake_case.
   */
  cleanObject(value: unknown, line: number, raw: string, record = 0): string | RejectedRow {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      return {
        line,
        reason: `expected a JSON object, found ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}`,
        raw,
      };
    }
    const entries: [string, unknown][] = [];
    const seen = new Set<string>();
    for (const [k, v] of Object.entries(value)) {
      const name = columnName(k);
      if (!name) return { line, reason: `key ${JSON.stringify(k)} has no usable name`, raw };
      if (name.length > MAX_COLUMN_NAME_LENGTH) {
        return { line, reason: `key of ${name.length} characters; at most ${MAX_COLUMN_NAME_LENGTH}`, raw };
      }
      if (seen.has(name))
        return { line, column: name, reason: `keys normalise to the same column "${name}"`, raw };
      seen.add(name);
      if (!this.columns.has(name)) {
        if (this.renamed.size < 100 && name !== toSnakeCase(k)) this.renamed.set(k, name);
        // Seen even when the row is rejected, so that a rejection is not also reported as a missing column.
        this.columns.add(name);
      }
      entries.push([name, v]);
    }
    if (this.derivedFile !== undefined) {
      if (seen.has(this.key))
        return {
          line,
          column: this.key,
          reason: `the record has a "${this.key}", the derived key's name`,
          raw,
        };
      this.columns.add(this.key);
      entries.push([this.key, derivedKeyValue(this.derivedFile, record)]);
    }
    entries.sort((a, b) => (a[0] < b[0] ? -1 : 1));
    const keyEntry = entries.find((e) => e[0] === this.key);
    const keyValue = keyEntry?.[1];
    if (
      !this.keyOptional &&
      (keyValue === undefined ||
        keyValue === null ||
        (typeof keyValue === 'string' && (keyValue.trim() === '' || this.isNull(keyValue.trim()))))
    ) {
      return { line, column: this.key, reason: `missing key ${this.key}`, raw };
    }
    let out = '{';
    for (const [name, v] of entries) {
      const d = this.declared.get(name);
      if (
        v === null ||
        v === undefined ||
        (typeof v === 'string' && (v.trim() === '' || this.isNull(v.trim())))
      ) {
        if (d && !d.nullable) return { line, column: name, reason: `${name} must not be empty`, raw };
        continue;
      }
      // Every column, declared or not: one such value would fail the load or the task for every later file.
      const unstorable = unstorableValue(v);
      if (unstorable !== undefined) return { line, column: name, reason: `${name}: ${unstorable}`, raw };
      let json: string | undefined;
      if (d) {
        json = valueToJson(d.type, v);
        if (json === undefined) {
          const shown = JSON.stringify(v) ?? String(v);
          return {
            line,
            column: name,
            reason: `${name}: ${shown.slice(0, 60)} is not a valid ${d.type}`,
            raw,
          };
        }
      } else {
        this.infer(name, inferValueType(typeof v === 'string' ? v.trim() : v));
        json = typeof v === 'string' ? JSON.stringify(v.trim()) : JSON.stringify(v);
      }
      out += (out.length === 1 ? '' : ',') + JSON.stringify(name) + ':' + json;
    }
    return out + '}';
  }
}
