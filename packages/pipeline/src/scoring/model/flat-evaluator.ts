/**
 * The flat evaluator of a gradient-boosted tree model: the ensemble compiled once into generated JavaScript
 * that runs over a batch of leads laid out as columns (a Float64Array per numeric or boolean feature, an
 * Int32Array of level codes per categorical one). It gives the same margins, bit for bit, as walking the
 * trees node by node (`compileTreeWalker` in compile-model.ts, the reference), and the same Saabas
 * contributions as `explainLead` (explain.ts).
 *
 * Why generated code is safe here: the source holds nothing but JavaScript written by this file, numbers
 * and integer indexes. Every number comes from `lit`, which refuses anything but a finite number and prints
 * it with `String` (exact round trip); every index is checked to be an integer in range. Column names,
 * labels, level names and every other text of the model never enter the source: leads are read into the
 * columns by ordinary code ({@link FlatEvaluator.fill}), and level sets of more than 32 levels are bound as a
 * typed array. A model the generator cannot express exactly (an unknown feature kind, a split it does not
 * know, a non-finite number, a very deep tree) gets no evaluator: {@link compileFlatEvaluator} returns
 * undefined and the caller keeps the tree walker.
 */
import type { Lead, LeadValue } from './lead.ts';
import type { FittedFeatures } from './features.ts';
import { cachedLevelReader } from './features.ts';
import type { TreeNode } from './tree.ts';
import type { GbtModel } from './model.ts';
import { ageDays } from './age.ts';
import { MASK_LEVELS, MAX_DEPTH, NODES_PER_FUNCTION, Unsupported, lit } from './generated-code.ts';

/** One feature's values for a batch of leads: level codes (categorical) or numbers, NaN when missing. */
export type LeadColumn = Float64Array | Int32Array;

/** A gradient-boosted model compiled to generated code over columns. */
export interface FlatEvaluator {
  /**
   * New columns for up to `capacity` leads, one per feature in spec order; a feature no tree reads gets an
   * empty column (nothing reads or writes it).
   */
  allocate(capacity: number): LeadColumn[];
  /**
   * Writes leads `start .. start + n - 1` into rows `0 .. n - 1` of `columns`; age features are measured
   * at `at`, the time of scoring (ms since 1970; default now).
   */
  fill(leads: readonly Lead[], start: number, n: number, columns: LeadColumn[], at?: number): void;
  /** Sets `out[i]` to the margin (log-odds before calibration) of row `i`, for rows `0 .. n - 1`. */
  margins(columns: readonly LeadColumn[], n: number, out: Float64Array): void;
  /**
   * Adds row `i`'s Saabas path attribution to `out` (one slot per feature, in spec order): each split's
   * change of node value credited to its feature, trees in order, as `explainLead` does.
   */
  contributions(columns: readonly LeadColumn[], i: number, out: Float64Array): void;
}

interface FeatureKinds {
  /** Per feature: 'code' (Int32 level codes), 'number' (Float64), or undefined (not readable here). */
  kind: ('code' | 'number')[];
  levels: number[];
}

/**
 * The fields of each feature kind whose tree value this file knows how to read. A feature with any other
 * field (a kind or option added since) may mean something else to the tree walker: no evaluator then.
 */
const KNOWN_FIELDS: Record<string, ReadonlySet<string>> = {
  categorical: new Set(['kind', 'name', 'label', 'column', 'foldCase', 'minCount']),
  numeric: new Set([
    'kind',
    'name',
    'label',
    'column',
    'divideBy',
    'transform',
    'clipQuantile',
    'missingIndicator',
    'zeroIndicator',
  ]),
  boolean: new Set(['kind', 'name', 'label', 'column', 'missingIndicator']),
  age: new Set(['kind', 'name', 'label', 'column', 'unit', 'clipQuantile', 'missingIndicator']),
};

function featureKinds(fitted: FittedFeatures): FeatureKinds {
  const kind: ('code' | 'number')[] = [];
  const levels: number[] = [];
  fitted.spec.features.forEach((f, i) => {
    const known = KNOWN_FIELDS[String(f.kind)];
    if (!known) throw new Unsupported(`feature kind ${String(f.kind)}`);
    for (const field of Object.keys(f))
      if (!known.has(field)) throw new Unsupported(`feature field ${field}`);
    const enc = fitted.encodings[i];
    if (f.kind === 'age' && f.unit !== 'days') throw new Unsupported(`age in ${String(f.unit)}`);
    if (f.kind === 'categorical') {
      if (enc?.kind !== 'categorical' || enc.levels.length === 0)
        throw new Unsupported(`categorical feature ${i} without levels`);
      kind.push('code');
      levels.push(enc.levels.length);
    } else {
      kind.push('number');
      levels.push(0);
    }
  });
  return { kind, levels };
}

/** Writes the generated source of one ensemble; level bitmaps too wide for a mask go into `bitmap`. */
class Generator {
  readonly bitmap: number[] = [];
  readonly used = new Set<number>();

  constructor(private readonly kinds: FeatureKinds) {}

  private feature(node: { feature: number }): number {
    const f = node.feature;
    if (!Number.isInteger(f) || f < 0 || f >= this.kinds.kind.length)
      throw new Unsupported(`split on feature ${f}`);
    this.used.add(f);
    return f;
  }

  /** `[test, whenTrue, whenFalse]`: the test of a split and which child each outcome takes. */
  split(node: TreeNode, row: string): [string, TreeNode, TreeNode] {
    if (node.type === 'numeric') {
      const f = this.feature(node);
      const x = `c${f}[${row}]`;
      // NaN fails both comparisons, so a missing value takes the false branch: the right child, or the
      // left one when written as `x > t ? right : left`. Exactly the walker's missingLeft rule.
      return node.missingLeft
        ? [`${x} > ${lit(node.threshold)}`, node.right, node.left]
        : [`${x} <= ${lit(node.threshold)}`, node.left, node.right];
    }
    if (node.type === 'categorical') {
      const f = this.feature(node);
      const levels = this.kinds.levels[f] ?? 0;
      if (this.kinds.kind[f] !== 'code') throw new Unsupported(`categorical split on numeric feature ${f}`);
      // Codes are always in [0, levels): levels outside it can never be met.
      const left = node.leftLevels.filter((l) => Number.isInteger(l) && l >= 0 && l < levels);
      const x = `c${f}[${row}]`;
      if (levels <= MASK_LEVELS) {
        const mask = left.reduce((m, l) => (m | (1 << l)) >>> 0, 0);
        return [`((${lit(mask)} >>> ${x}) & 1) === 1`, node.left, node.right];
      }
      const at = this.bitmap.length;
      for (let l = 0; l < levels; l++) this.bitmap.push(0);
      for (const l of left) this.bitmap[at + l] = 1;
      return [`bits[${at} + ${x}] === 1`, node.left, node.right];
    }
    throw new Unsupported(`split type ${String((node as { type: unknown }).type)}`);
  }

  /** The tree's leaf value as one expression of nested conditionals. */
  value(node: TreeNode, row: string, depth = 0): string {
    if (depth > MAX_DEPTH) throw new Unsupported('tree too deep');
    if (node.type === 'leaf') return lit(node.value);
    const [test, yes, no] = this.split(node, row);
    return `(${test} ? ${this.value(yes, row, depth + 1)} : ${this.value(no, row, depth + 1)})`;
  }

  /** Statements adding the tree's Saabas attribution of row `i` to `out`. */
  attribution(node: TreeNode, depth = 0): string {
    if (depth > MAX_DEPTH) throw new Unsupported('tree too deep');
    if (node.type === 'leaf') return '';
    const [test, yes, no] = this.split(node, 'i');
    // The walker adds `next.value - node.value`; subtracting here gives the same double.
    const step = (next: TreeNode) =>
      `out[${node.feature}] += ${lit(next.value - node.value)}; ${this.attribution(next, depth + 1)}`;
    return `if (${test}) { ${step(yes)}} else { ${step(no)}}`;
  }

  /** `const cK = columns[K];` for the features the trees read. */
  columns(): string {
    return [...this.used].map((f) => `const c${f} = columns[${f}];`).join('\n');
  }
}

function countNodes(node: TreeNode): number {
  return node.type === 'leaf' ? 1 : 1 + countNodes(node.left) + countNodes(node.right);
}

/** Trees in consecutive groups of about {@link NODES_PER_FUNCTION} nodes (at least one tree each). */
function chunks(trees: readonly TreeNode[]): TreeNode[][] {
  const out: TreeNode[][] = [];
  let cur: TreeNode[] = [];
  let size = 0;
  for (const t of trees) {
    const n = countNodes(t);
    if (cur.length > 0 && size + n > NODES_PER_FUNCTION) {
      out.push(cur);
      cur = [];
      size = 0;
    }
    cur.push(t);
    size += n;
  }
  if (cur.length > 0) out.push(cur);
  return out;
}

type MarginPart = (columns: readonly LeadColumn[], n: number, m: Float64Array) => void;
type AttributionPart = (columns: readonly LeadColumn[], i: number, out: Float64Array) => void;

/** Compiles generated code reading the columns; adds the features it reads to `used`. */
function build<T>(kinds: FeatureKinds, used: Set<number>, body: (g: Generator) => string, params: string): T {
  const g = new Generator(kinds);
  const code = body(g);
  for (const f of g.used) used.add(f);
  const source = `return function part(${params}) {\n${g.columns()}\n${code}\n};`;
  const factory = new Function('bits', source) as (bits: Uint8Array) => T;
  return factory(Uint8Array.from(g.bitmap));
}

/** `rawAge` of features.ts with NaN for null: the days from a date to `at`, else NaN. */
function age(v: LeadValue | undefined, at: number): number {
  return ageDays(v, at) ?? NaN;
}

/** `asNumber` of features.ts with NaN for null: a finite number, a boolean as 1/0, else NaN. */
function num(v: LeadValue | undefined): number {
  if (typeof v === 'number') return Number.isFinite(v) ? v : NaN;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return NaN;
}

type Fill = FlatEvaluator['fill'];

/**
 * The reader of leads into columns for the features in `used`: the tree view of `treeRow` (features.ts),
 * that is `rawNumeric`, `rawBoolean` and `levelIndex`, one statement per feature. Generated so that each
 * feature reads its property at its own site (one property name per site keeps V8's lookups fast); the
 * column names are bound values (`keys[j]`), never source text.
 */
function buildFill(fitted: FittedFeatures, used: ReadonlySet<number>): Fill {
  const keys: string[] = [];
  const divisors: string[] = [];
  const readers: ((v: LeadValue | undefined) => number)[] = [];
  const head: string[] = [];
  const body: string[] = [];
  // The clock is read once per batch, and only when a tree reads an age.
  if (fitted.spec.features.some((f, j) => f.kind === 'age' && used.has(j)))
    body.push('if (at === undefined) at = Date.now();');
  fitted.spec.features.forEach((f, j) => {
    keys.push(f.column);
    divisors.push(f.kind === 'numeric' && f.divideBy ? f.divideBy : '');
    const enc = fitted.encodings[j];
    readers.push(f.kind === 'categorical' && enc?.kind === 'categorical' ? cachedLevelReader(f, enc) : num);
    if (!used.has(j)) return;
    head.push(`const k${j} = keys[${j}];`);
    const c = `columns[${j}]`;
    body.push(`const c${j} = ${c};`);
    if (f.kind === 'categorical') {
      head.push(`const r${j} = readers[${j}];`);
      body.push(`for (let i = 0; i < n; i++) c${j}[i] = r${j}(leads[start + i][k${j}]);`);
    } else if (f.kind === 'numeric' && f.divideBy) {
      head.push(`const d${j} = divisors[${j}];`);
      body.push(
        `for (let i = 0; i < n; i++) { const l = leads[start + i]; const x = num(l[k${j}]); const d = num(l[d${j}]);`,
        `  c${j}[i] = x !== x || d !== d || d === 0 ? NaN : x / d; }`,
      );
    } else if (f.kind === 'numeric') {
      body.push(`for (let i = 0; i < n; i++) c${j}[i] = num(leads[start + i][k${j}]);`);
    } else if (f.kind === 'age') {
      body.push(`for (let i = 0; i < n; i++) c${j}[i] = age(leads[start + i][k${j}], at);`);
    } else {
      body.push(
        `for (let i = 0; i < n; i++) { const v = leads[start + i][k${j}];`,
        `  c${j}[i] = v === true ? 1 : v === false ? 0 : v === 0 || v === 1 ? v : NaN; }`,
      );
    }
  });
  const source = `${head.join('\n')}\nreturn function fill(leads, start, n, columns, at) {\n${body.join('\n')}\n};`;
  const factory = new Function('num', 'age', 'keys', 'divisors', 'readers', source) as (
    ...args: unknown[]
  ) => Fill;
  return factory(num, age, keys, divisors, readers);
}

/**
 * Compiles a tree model to a {@link FlatEvaluator}, or returns undefined when the model holds anything
 * the generator cannot express exactly (then score it with the tree walker).
 *
 * @example
 * const flat = compileFlatEvaluator(model);
 * const cols = flat.allocate(leads.length);
 * flat.fill(leads, 0, leads.length, cols);
 * flat.margins(cols, leads.length, out);
 */
export function compileFlatEvaluator(model: GbtModel): FlatEvaluator | undefined {
  const fitted = model.features;
  let kinds: FeatureKinds;
  let marginParts: MarginPart[];
  let attributionParts: AttributionPart[];
  const used = new Set<number>();
  try {
    kinds = featureKinds(fitted);
    const base = lit(model.gbt.base);
    const groups = chunks(model.gbt.trees);
    // Row by row, trees in order: the sum is the walker's to the last bit. (Tree by tree over the batch
    // measured no faster once optimised, and V8 then compiles each tree's loop on its own first.)
    marginParts = groups.map((trees, k) =>
      build<MarginPart>(
        kinds,
        used,
        (g) =>
          `for (let i = 0; i < n; i++) {\nlet s = ${k === 0 ? base : 'm[i]'};\n` +
          trees.map((t) => `s += ${g.value(t, 'i')};`).join('\n') +
          '\nm[i] = s;\n}',
        'columns, n, m',
      ),
    );
    if (groups.length === 0) marginParts = [(_c, n, m) => m.fill(model.gbt.base, 0, n)];
    attributionParts = groups.map((trees) =>
      build<AttributionPart>(
        kinds,
        used,
        (g) => trees.map((t) => g.attribution(t)).join('\n'),
        'columns, i, out',
      ),
    );
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
  const fill = buildFill(fitted, used);
  return {
    allocate(capacity) {
      return kinds.kind.map((k, j) => {
        const size = used.has(j) ? capacity : 0;
        return k === 'code' ? new Int32Array(size) : new Float64Array(size);
      });
    },
    fill,
    margins(columns, n, out) {
      for (const part of marginParts) part(columns, n, out);
    },
    contributions(columns, i, out) {
      for (const part of attributionParts) part(columns, i, out);
    },
  };
}
