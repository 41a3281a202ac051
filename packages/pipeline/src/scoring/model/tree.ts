/**
 * Regression trees as the model file stores them and the TypeScript scorer walks them: leaves, numeric and
 * categorical splits, the boosted ensemble and the hyper-parameters recorded on a tree model's card.
 */

/** A leaf; `value` already includes the learning rate. */
export interface TreeLeaf {
  type: 'leaf';
  value: number;
}

/** `x <= threshold` goes left; a missing `x` goes left iff `missingLeft`. */
export interface NumericSplit {
  type: 'numeric';
  feature: number;
  threshold: number;
  missingLeft: boolean;
  /** The node's own value (as if it were a leaf), for path attribution of reasons. */
  value: number;
  left: TreeNode;
  right: TreeNode;
}

/** Level indices in `leftLevels` go left; every other level (also unseen ones) goes right. */
export interface CategoricalSplit {
  type: 'categorical';
  feature: number;
  leftLevels: number[];
  value: number;
  left: TreeNode;
  right: TreeNode;
}

/** A node of a regression tree on the margin (log-odds) scale. */
export type TreeNode = TreeLeaf | NumericSplit | CategoricalSplit;

/** Hyper-parameters of `trainTrees` (train/gbt.ts). */
export interface GbtParams {
  /** Boosting rounds (trees). */
  rounds: number;
  /** Shrinkage applied to every leaf (default 0.05). */
  learningRate: number;
  /** Maximum leaves per tree (leaf-wise growth). */
  maxLeaves: number;
  maxDepth: number;
  minSamplesLeaf: number;
  minHessianLeaf: number;
  /** L2 penalty on leaf values. */
  l2: number;
  /** Bins per numeric feature, including the missing bin (max 255). */
  maxBins: number;
  /** Added to the hessian when ordering categorical levels. */
  catSmooth: number;
  /** Minimum gain to split. */
  minGain: number;
}
/** The leaf value of one tree for one row of feature values (NaN = missing). */
export function treeValue(node: TreeNode, x: ArrayLike<number>): number {
  let n = node;
  for (;;) {
    if (n.type === 'leaf') return n.value;
    const v = x[n.feature] ?? NaN;
    if (n.type === 'numeric')
      n = Number.isNaN(v) ? (n.missingLeft ? n.left : n.right) : v <= n.threshold ? n.left : n.right;
    else n = n.leftLevels.includes(v) ? n.left : n.right;
  }
}

/** The features (spec indexes) that some split of `trees` tests; any other contributes 0 to every lead. */
export function splitFeatures(trees: readonly TreeNode[]): Set<number> {
  const out = new Set<number>();
  const visit = (n: TreeNode): void => {
    if (n.type === 'leaf') return;
    out.add(n.feature);
    visit(n.left);
    visit(n.right);
  };
  trees.forEach(visit);
  return out;
}

/** A boosted ensemble: margin = base + sum of tree values, in tree order. */
export interface TreeEnsemble {
  base: number;
  trees: TreeNode[];
}
