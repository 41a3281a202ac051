/**
 * A regression tree flattened for SQL: the CASE that finds a row's leaf, and per leaf the constants the
 * scorer needs (the leaf value for the margin, each split feature's Saabas contribution for reasons).
 * Finding the leaf once and picking constants by its position replaces one CASE per tree and feature.
 */
import type { CategoricalSplit, NumericSplit, TreeNode } from '../model/tree.ts';
import { dbl } from './sql-text.ts';

/** One tree as a leaf finder plus per-leaf constants, leaves numbered 1.. from left to right. */
export interface TreeLeaves {
  /** SQL CASE over the split conditions yielding the 1-based leaf position. */
  leaf: string;
  /** Value of each leaf, by position. */
  values: number[];
  /**
   * For each feature the tree splits on (ascending), its Saabas contribution at each leaf: the sum of the
   * changes of node value along the path at that feature's splits, added in path order from 0 — the same
   * constants, in the same order, as the TypeScript explainer and the per-feature CASE this replaces.
   */
  contributions: Map<number, number[]>;
}

/** One split of the leaf finder as SQL: `left` when `condition` is true, `right` when false or NULL. */
export type Branch = (condition: string, left: string, right: string) => string;

/** The default {@link Branch}: `CASE WHEN condition THEN left ELSE right END`. */
export const caseBranch: Branch = (c, l, r) => `CASE WHEN ${c} THEN ${l} ELSE ${r} END`;

/**
 * Flattens a tree. `condition` prints a split's "goes left" condition; a NULL condition goes right, as in
 * `CASE WHEN`. `branch` writes each split (default {@link caseBranch}).
 *
 * @example
 * const t = treeLeaves(tree, (n) => `__f${n.feature} <= ${dbl((n as NumericSplit).threshold)}`);
 * // t.leaf: 'CASE WHEN __f5 <= 6.55e2 THEN 1 ELSE 2 END', t.values: [-0.02, 0.04]
 */
export function treeLeaves(
  root: TreeNode,
  condition: (n: NumericSplit | CategoricalSplit) => string,
  branch: Branch = caseBranch,
): TreeLeaves {
  const values: number[] = [];
  const paths: { feature: number; delta: number }[][] = [];
  const walk = (n: TreeNode, path: { feature: number; delta: number }[]): string => {
    if (n.type === 'leaf') {
      values.push(n.value);
      paths.push(path);
      return String(values.length);
    }
    const left = walk(n.left, [...path, { feature: n.feature, delta: n.left.value - n.value }]);
    const right = walk(n.right, [...path, { feature: n.feature, delta: n.right.value - n.value }]);
    return branch(condition(n), left, right);
  };
  const leaf = walk(root, []);
  const features = [...new Set(paths.flat().map((s) => s.feature))].sort((x, y) => x - y);
  const contributions = new Map(
    features.map((f) => [
      f,
      paths.map((path) => path.reduce((acc, s) => (s.feature === f ? acc + s.delta : acc), 0)),
    ]),
  );
  return { leaf, values, contributions };
}

/**
 * The constant of the row's leaf: `[c1, c2, ...][leaf]` (a list literal indexed by the leaf position,
 * the cheapest per-row pick measured in DuckDB, ahead of `CASE leaf WHEN ...`), or the constant itself
 * when every leaf has the same one.
 */
export function pickByLeaf(constants: readonly number[], leaf: string): string {
  const first = constants[0] ?? 0;
  if (constants.every((c) => Object.is(c, first))) return dbl(first);
  return `[${constants.map(dbl).join(', ')}][${leaf}]`;
}
