import { describe, it, expect, beforeAll } from 'vitest';
import type { Lead } from '../model/lead.ts';
import type { GbtModel } from '../model/model.ts';
import type { TreeNode } from '../model/tree.ts';
import { compileFlatEvaluator } from '../model/flat-evaluator.ts';
import { compileLeafEvaluator } from './leaf-evaluator.ts';
import type { LeafColumn } from './leaf-evaluator.ts';
import { treeLeaves } from './tree-leaves.ts';
import { defaultModel, realLeads } from '../../../test/scoring-data.ts';

/** The 0-based leaf of a row as the SQL finds it (`CASE WHEN` goes right on a false or NULL condition). */
function leafOf(node: TreeNode, x: (feature: number) => number): number {
  let n = node;
  let before = 0;
  const leaves = (t: TreeNode): number => (t.type === 'leaf' ? 1 : leaves(t.left) + leaves(t.right));
  while (n.type !== 'leaf') {
    const v = x(n.feature);
    const left =
      n.type === 'numeric'
        ? v <= n.threshold || (n.missingLeft && Number.isNaN(v))
        : n.leftLevels.includes(v);
    if (!left) before += leaves(n.left);
    n = left ? n.left : n.right;
  }
  return before;
}

/**
 * The SQL scorer's sums, written plainly: per tree in order, the leaf value added to the margin and each
 * split feature's constant at that leaf to its contribution (duckdb-scoring-sql.ts adds the same terms).
 */
function reference(model: GbtModel, features: readonly number[], columns: readonly LeafColumn[], n: number) {
  const U = features.length;
  const at = new Map(features.map((f, k) => [f, k]));
  const margins = new Float64Array(n);
  const contributions = new Float64Array(n * U);
  const trees = model.gbt.trees.map((t) => ({ t, leaves: treeLeaves(t, () => '') }));
  for (let i = 0; i < n; i++) {
    let s = model.gbt.base;
    for (const { t, leaves } of trees) {
      const j = leafOf(t, (f) => (columns[at.get(f) ?? -1] as LeafColumn)[i] as number);
      s += leaves.values[j] as number;
      for (const [f, values] of leaves.contributions) {
        const k = at.get(f) as number;
        contributions[i * U + k] = (contributions[i * U + k] as number) + (values[j] as number);
      }
    }
    margins[i] = s;
  }
  return { margins, contributions };
}

/** Rows whose margin or any contribution differs in any bit from the reference. */
function differences(model: GbtModel, columns: readonly LeafColumn[], n: number): number[] {
  const lev = compileLeafEvaluator(model);
  if (!lev) throw new Error('no leaf evaluator for this model');
  const U = lev.features.length;
  const margins = new Float64Array(n);
  const contributions = new Float64Array(n * U);
  lev.evaluate(columns, n, margins, contributions);
  const ref = reference(model, lev.features, columns, n);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    let same = Object.is(margins[i], ref.margins[i]);
    for (let k = 0; k < U; k++) same &&= Object.is(contributions[i * U + k], ref.contributions[i * U + k]);
    if (!same) out.push(i);
  }
  return out;
}

describe('the leaf evaluator', () => {
  let leads: Lead[];
  beforeAll(async () => {
    leads = (await realLeads()).leads;
  }, 120_000);

  it('adds what the SQL adds, bit for bit, for every lead of leads.csv with the shipped model', () => {
    const model = defaultModel() as GbtModel;
    const lev = compileLeafEvaluator(model);
    expect(lev).toBeDefined();
    // The leads in columns as the scoring SELECT passes them: level codes, and numbers with NaN for missing.
    const flat = compileFlatEvaluator(model);
    if (!flat || !lev) throw new Error('the shipped model compiles');
    const all = flat.allocate(leads.length);
    flat.fill(leads, 0, leads.length, all);
    const columns = lev.features.map((f) => all[f] as LeafColumn);
    // The shipped model spans more than one generated function (600 nodes each): the groups hand over.
    expect(JSON.stringify(model.gbt.trees).match(/"type"/g)?.length).toBeGreaterThan(600);
    expect(differences(model, columns, leads.length)).toEqual([]);
  });

  it('goes left on wide level sets through the bitmap, and sends NaN and +Infinity as the SQL does', () => {
    const levels = 40;
    const split = (missingLeft: boolean): TreeNode => ({
      type: 'numeric',
      feature: 1,
      threshold: 0.5,
      missingLeft,
      value: -0.1,
      left: { type: 'leaf', value: -0.75 },
      right: { type: 'leaf', value: 0.5 },
    });
    const model = {
      ...defaultModel(),
      features: {
        spec: {
          features: [
            {
              kind: 'categorical',
              name: 'wide',
              label: 'Wide',
              column: 'wide',
              foldCase: false,
              minCount: 1,
            },
            { kind: 'numeric', name: 'n', label: 'N', column: 'n', transform: 'none', clipQuantile: null },
          ],
          excluded: [],
        },
        encodings: [
          {
            kind: 'categorical',
            levels: Array.from({ length: levels }, (_, i) => `l${i}`),
            labels: Array.from({ length: levels }, (_, i) => `l${i}`),
            counts: Array.from({ length: levels }, () => 1),
          },
          { kind: 'numeric', fill: 0, low: 0, high: 1, mean: 0, sd: 1 },
        ],
      },
      gbt: {
        base: -0.5,
        params: (defaultModel() as GbtModel).gbt.params,
        trees: [
          {
            type: 'categorical',
            feature: 0,
            leftLevels: [0, 31, 32, 39, 41, 99],
            value: 0,
            left: { type: 'leaf', value: 1.25 },
            right: split(true),
          },
          split(false),
          // A leaf alone: its value still goes into the margin, and it contributes to no feature.
          { type: 'leaf', value: 0 },
        ],
      },
    } as unknown as GbtModel;
    const rows: [number, number][] = [];
    for (let level = 0; level < levels; level++)
      for (const x of [0, 1, NaN, Infinity, -Infinity]) rows.push([level, x]);
    const codes = Int32Array.from(rows.map(([l]) => l));
    const numbers = Float64Array.from(rows.map(([, x]) => x));
    expect(differences(model, [codes, numbers], rows.length)).toEqual([]);
    const lev = compileLeafEvaluator(model);
    const margins = new Float64Array(rows.length);
    lev?.evaluate([codes, numbers], rows.length, margins, new Float64Array(rows.length * 2));
    // Levels 0, 31, 32 and 39 take the first tree's left leaf (1.25); level 1 with 0 goes right, then left.
    const xs = [0, 1, NaN, Infinity, -Infinity];
    const at = (level: number, x: number) => margins[level * 5 + xs.findIndex((v) => Object.is(v, x))];
    for (const level of [0, 31, 32, 39]) expect(at(level, 0)).toBe(-0.5 + 1.25 + -0.75);
    expect(at(1, 0)).toBe(-0.5 + -0.75 + -0.75);
    // NaN (missing) goes left where missingLeft, right where not; +Infinity (a stored NaN) goes right.
    expect(at(1, NaN)).toBe(-0.5 + -0.75 + 0.5);
    expect(at(1, Infinity)).toBe(-0.5 + 0.5 + 0.5);
  });

  it('refuses a model it cannot write exactly', () => {
    const model = defaultModel() as GbtModel;
    const infinite: GbtModel = {
      ...model,
      gbt: { ...model.gbt, trees: [{ type: 'leaf', value: Infinity }, ...model.gbt.trees] },
    };
    expect(compileLeafEvaluator(infinite)).toBeUndefined();
  });
});
