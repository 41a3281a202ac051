/**
 * The DuckDB scoring SQL's arithmetic of a tree model, as generated JavaScript over typed columns: each tree
 * is nested `if`s down to the row's leaf, and the leaf adds its constants (those `treeLeaves` gives it): the
 * leaf value to the margin, and each feature's raw Saabas contribution at that leaf, in the order the SQL of
 * duckdb-scoring-sql.ts adds them. So the margins and contributions are the SQL scorer's, bit for bit (the
 * flat evaluator of model/flat-evaluator.ts gives the tree walker's margins and adds contributions step by
 * step along each path, which rounds differently). A leaf skips the contributions that are 0 there (features
 * off its path): adding 0 changes no sum, as no sum here is ever -0.
 *
 * Measured (1M leads of the shipped model, 15 split features, one core): 0.73 s this way, against 1.57 s
 * when each tree computed its leaf's index and picked every constant from a bound array by that index.
 *
 * Why generated code is safe here: as in flat-evaluator.ts, the source holds only JavaScript written by this
 * file, finite numbers printed by `lit` and integer indexes checked to be in range; wide level sets are a
 * bound typed array. A model this file cannot express exactly gets no evaluator ({@link compileLeafEvaluator}
 * returns undefined) and is scored by its SQL.
 */
import type { CategoricalSplit, NumericSplit, TreeNode } from '../model/tree.ts';
import { splitFeatures } from '../model/tree.ts';
import type { GbtModel } from '../model/model.ts';
import { treeLeaves } from './tree-leaves.ts';
import { MASK_LEVELS, MAX_DEPTH, NODES_PER_FUNCTION, Unsupported, lit } from '../model/generated-code.ts';

/** One input column: level codes of a categorical feature, or numbers (NaN when missing). */
export type LeafColumn = Float64Array | Int32Array;

/** A tree model's margin and contributions over columns, as the DuckDB scoring SQL computes them. */
export interface LeafEvaluator {
  /** The features the trees split on, ascending (spec indexes): `columns[k]` holds feature `features[k]`. */
  readonly features: readonly number[];
  /** Per entry of {@link features}: `code` (an Int32Array of level codes) or `number` (a Float64Array). */
  readonly kinds: readonly ('code' | 'number')[];
  /**
   * For rows `0 .. n - 1`: `margins[i]`, the margin before calibration, and `contributions[i * U + k]` (U =
   * `features.length`), feature `features[k]`'s raw contribution before calibration. `contributions` must be
   * zeroed by the caller. A missing number is NaN; a stored NaN must come as +Infinity (DuckDB orders NaN
   * above every number, so it never goes left).
   */
  evaluate(
    columns: readonly LeafColumn[],
    n: number,
    margins: Float64Array,
    contributions: Float64Array,
  ): void;
}

function countNodes(node: TreeNode): number {
  return node.type === 'leaf' ? 1 : 1 + countNodes(node.left) + countNodes(node.right);
}

/** Writes the generated source; wide level sets go into a bound array. */
class Generator {
  readonly bitmap: number[] = [];

  constructor(
    private readonly column: ReadonlyMap<number, number>,
    private readonly kinds: readonly ('code' | 'number')[],
    private readonly levels: readonly number[],
  ) {}

  /** The SQL's "goes left" condition of a split (duckdb-scoring-sql.ts, `splitSql` with level indexes). */
  private test(node: NumericSplit | CategoricalSplit): string {
    const k = this.column.get(node.feature);
    if (k === undefined) throw new Unsupported(`split on feature ${node.feature}`);
    const x = `c${k}[i]`;
    if (node.type === 'numeric') {
      // SQL: `x <= t OR x IS NULL` (missingLeft) or `x <= t`; NULL arrives as NaN, which fails `<=`.
      return node.missingLeft
        ? `(${x} <= ${lit(node.threshold)} || ${x} !== ${x})`
        : `${x} <= ${lit(node.threshold)}`;
    }
    if (this.kinds[k] !== 'code')
      throw new Unsupported(`categorical split on numeric feature ${node.feature}`);
    const levels = this.levels[k] ?? 0;
    // SQL: `x = l1 OR x = l2 ...`; codes are always in [0, levels), so other levels never match.
    const left = node.leftLevels.filter((l) => Number.isInteger(l) && l >= 0 && l < levels);
    if (levels <= MASK_LEVELS) {
      const mask = left.reduce((m, l) => (m | (1 << l)) >>> 0, 0);
      return `((${lit(mask)} >>> ${x}) & 1) === 1`;
    }
    const at = this.bitmap.length;
    for (let l = 0; l < levels; l++) this.bitmap.push(0);
    for (const l of left) this.bitmap[at + l] = 1;
    return `bits[${at} + ${x}] === 1`;
  }

  /** Columns whose contribution a tree of this group adds to (`x<k>`, a local of the generated loop). */
  readonly touched = new Set<number>();

  /**
   * One tree as nested `if`s whose leaves add the leaf's value to `s` and its non-zero contributions to
   * the locals `x<k>`; leaves numbered left to right as `treeLeaves` numbers them.
   */
  tree(node: TreeNode): string {
    const t = treeLeaves(node, () => '');
    const feats = [...t.contributions.entries()].map(([feature, values]) => {
      const col = this.column.get(feature);
      if (col === undefined) throw new Unsupported(`contribution of feature ${feature}`);
      this.touched.add(col);
      return { col, values };
    });
    let next = 0;
    const emit = (n: TreeNode, depth: number): string => {
      if (depth > MAX_DEPTH) throw new Unsupported('tree too deep');
      if (n.type === 'leaf') {
        const j = next++;
        const adds = [`s += ${lit(t.values[j] as number)};`];
        for (const { col, values } of feats) {
          const c = values[j] as number;
          if (c !== 0) adds.push(`x${col} += ${lit(c)};`);
        }
        return adds.join(' ');
      }
      if (n.type !== 'numeric' && n.type !== 'categorical')
        throw new Unsupported(`split type ${String((n as { type: unknown }).type)}`);
      const test = this.test(n);
      const left = emit(n.left, depth + 1);
      return `if (${test}) { ${left} } else { ${emit(n.right, depth + 1)} }`;
    };
    return emit(node, 0);
  }
}

type Part = (columns: readonly LeafColumn[], n: number, m: Float64Array, C: Float64Array) => void;

/**
 * Compiles a tree model's SQL arithmetic to a {@link LeafEvaluator}, or undefined when the model holds
 * anything this file cannot express exactly (a feature kind it does not know, a non-finite number, a very
 * deep tree): then score it with its SQL.
 *
 * @example
 * const lev = compileLeafEvaluator(model);
 * lev?.evaluate(columns, n, margins, contributions);
 */
export function compileLeafEvaluator(model: GbtModel): LeafEvaluator | undefined {
  const feats = model.features.spec.features;
  const trees = model.gbt.trees;
  const used = splitFeatures(trees);
  const features = [...used].sort((x, y) => x - y);
  const kinds: ('code' | 'number')[] = [];
  const levels: number[] = [];
  try {
    for (const i of features) {
      const f = feats[i];
      const enc = model.features.encodings[i];
      if (!Number.isInteger(i) || !f) throw new Unsupported(`split on feature ${i}`);
      if (f.kind === 'categorical' && enc?.kind === 'categorical' && enc.levels.length > 0) {
        kinds.push('code');
        levels.push(enc.levels.length);
      } else if (f.kind === 'numeric' || f.kind === 'boolean') {
        kinds.push('number');
        levels.push(0);
      } else throw new Unsupported(`feature kind ${String(f.kind)}`);
    }
    const column = new Map(features.map((f, k) => [f, k]));
    const U = features.length;
    const parts: Part[] = [];
    // Trees in consecutive groups of about NODES_PER_FUNCTION nodes; rows in the inner loop, so each
    // group's code stays in the cache while it runs over the batch.
    let group: TreeNode[] = [];
    let size = 0;
    const flush = (first: boolean) => {
      const g = new Generator(column, kinds, levels);
      const body = group.map((t) => g.tree(t)).join('\n');
      const cols = features.map((_, k) => `const c${k} = columns[${k}];`).join('\n');
      const start = first ? lit(model.gbt.base) : 'm[i]';
      // Each row's contributions stay in locals while the group's trees add to them (C holds them between
      // groups); the first addition, to 0, gives the SQL's first term exactly.
      const touched = [...g.touched];
      const load = touched.map((k) => `let x${k} = C[b + ${k}];`).join('\n');
      const store = touched.map((k) => `C[b + ${k}] = x${k};`).join('\n');
      const source =
        `return function part(columns, n, m, C) {\n${cols}\n` +
        `for (let i = 0; i < n; i++) {\nlet s = ${start};\nconst b = i * ${U};\n${load}\n${body}\n${store}\nm[i] = s;\n}\n};`;
      const factory = new Function('bits', source) as (bits: Uint8Array) => Part;
      parts.push(factory(Uint8Array.from(g.bitmap)));
      group = [];
      size = 0;
    };
    for (const t of trees) {
      const n = countNodes(t);
      if (group.length > 0 && size + n > NODES_PER_FUNCTION) flush(parts.length === 0);
      group.push(t);
      size += n;
    }
    if (group.length > 0 || parts.length === 0) flush(parts.length === 0);
    return {
      features,
      kinds,
      evaluate(columns, n, margins, contributions) {
        for (const part of parts) part(columns, n, margins, contributions);
      },
    };
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
}
