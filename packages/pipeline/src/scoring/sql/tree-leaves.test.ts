import { describe, expect, it } from 'vitest';
import type { TreeNode } from '../model/tree.ts';
import { treeValue } from '../model/tree.ts';
import { defaultModel } from '../../../test/scoring-data.ts';
import { pickByLeaf, treeLeaves } from './tree-leaves.ts';

// x0 <= 1 ? (x1 in {0, 2} ? 0.5 : -0.25) : 0.125, node values 0 (root), 0.25 (left).
const tree: TreeNode = {
  type: 'numeric',
  feature: 0,
  threshold: 1,
  missingLeft: false,
  value: 0,
  left: {
    type: 'categorical',
    feature: 1,
    leftLevels: [0, 2],
    value: 0.25,
    left: { type: 'leaf', value: 0.5 },
    right: { type: 'leaf', value: -0.25 },
  },
  right: { type: 'leaf', value: 0.125 },
};

const cond = (n: Exclude<TreeNode, { type: 'leaf' }>) => `c${n.feature}`;

describe('treeLeaves', () => {
  it('numbers the leaves from left to right in one CASE', () => {
    const t = treeLeaves(tree, cond);
    expect(t.leaf).toBe('CASE WHEN c0 THEN CASE WHEN c1 THEN 1 ELSE 2 END ELSE 3 END');
    expect(t.values).toEqual([0.5, -0.25, 0.125]);
  });

  it('writes each split with the branch given (Snowflake: IFF)', () => {
    const t = treeLeaves(tree, cond, (c, l, r) => `IFF(${c}, ${l}, ${r})`);
    expect(t.leaf).toBe('IFF(c0, IFF(c1, 1, 2), 3)');
  });

  it("gives each split feature's Saabas contribution at every leaf", () => {
    const t = treeLeaves(tree, cond);
    expect([...t.contributions.keys()]).toEqual([0, 1]);
    expect(t.contributions.get(0)).toEqual([0.25, 0.25, 0.125]);
    expect(t.contributions.get(1)).toEqual([0.25, -0.5, 0]);
  });

  it("adds up, at every leaf of the shipped model's trees, to the leaf value minus the root value", () => {
    const model = defaultModel();
    if (model.kind !== 'gbt') throw new Error('the shipped model is a tree model');
    for (const root of model.gbt.trees) {
      const t = treeLeaves(root, cond);
      t.values.forEach((v, leaf) => {
        const sum = [...t.contributions.values()].reduce((acc, c) => acc + (c[leaf] ?? 0), 0);
        expect(sum).toBeCloseTo(v - root.value, 12);
      });
    }
  });

  it('finds the same leaf as the TypeScript scorer', () => {
    const t = treeLeaves(tree, cond);
    for (const [x, leaf] of [
      [[0, 2], 1],
      [[1, 1], 2],
      [[NaN, 0], 3],
      [[5, 0], 3],
    ] as const) {
      expect(treeValue(tree, x)).toBe(t.values[leaf - 1]);
    }
  });
});

describe('pickByLeaf', () => {
  it('indexes a list literal of DOUBLE constants by the leaf', () => {
    expect(pickByLeaf([0.5, -0.25], '__t3')).toBe('[5e-1, (-2.5e-1)][__t3]');
  });

  it('writes the constant alone when every leaf has it', () => {
    expect(pickByLeaf([0.5, 0.5, 0.5], '__t3')).toBe('5e-1');
  });
});
