/**
 * Histogram-based gradient-boosted trees for log loss: leaf-wise growth with a depth limit,
 * shrinkage, L2 on leaf values, learned direction for missing values and level-set splits on
 * categorical features (levels ordered by gradient ratio, as LightGBM does).
 */

import type { GbtParams, TreeEnsemble, TreeNode } from '../model/tree.ts';
import { treeValue } from '../model/tree.ts';
import type { Binned, TreeMatrix } from './tree-matrix.ts';
import { binMatrix } from './tree-matrix.ts';

/** Sensible defaults for a few thousand rows. */
export const DEFAULT_GBT_PARAMS: GbtParams = {
  rounds: 500,
  learningRate: 0.05,
  maxLeaves: 15,
  maxDepth: 5,
  minSamplesLeaf: 20,
  minHessianLeaf: 1e-3,
  l2: 1,
  maxBins: 255,
  catSmooth: 10,
  minGain: 0,
};

interface Split {
  gain: number;
  feature: number;
  /** Numeric: left = bins 1..s. */
  s: number;
  missingLeft: boolean;
  leftMask: Uint8Array | null;
}

interface Hist {
  g: Float64Array;
  h: Float64Array;
  c: Float64Array;
}

interface Pending {
  rows: Int32Array;
  hist: Hist;
  G: number;
  H: number;
  depth: number;
  split: Split | null;
  // Filled when the node becomes final.
  node: TreeNode | null;
  children: [Pending, Pending] | null;
}

function buildHist(bd: Binned, rows: Int32Array, g: Float64Array, h: Float64Array): Hist {
  const hist: Hist = {
    g: new Float64Array(bd.totalBins),
    h: new Float64Array(bd.totalBins),
    c: new Float64Array(bd.totalBins),
  };
  for (let f = 0; f < bd.bins.length; f++) {
    const b = bd.bins[f] ?? new Uint8Array(0);
    const o = bd.offsets[f] ?? 0;
    for (const r of rows) {
      const k = o + (b[r] ?? 0);
      hist.g[k] = (hist.g[k] ?? 0) + (g[r] ?? 0);
      hist.h[k] = (hist.h[k] ?? 0) + (h[r] ?? 0);
      hist.c[k] = (hist.c[k] ?? 0) + 1;
    }
  }
  return hist;
}

function subtractHist(parent: Hist, child: Hist): Hist {
  const n = parent.g.length;
  const out: Hist = { g: new Float64Array(n), h: new Float64Array(n), c: new Float64Array(n) };
  for (let i = 0; i < n; i++) {
    out.g[i] = (parent.g[i] ?? 0) - (child.g[i] ?? 0);
    out.h[i] = (parent.h[i] ?? 0) - (child.h[i] ?? 0);
    out.c[i] = (parent.c[i] ?? 0) - (child.c[i] ?? 0);
  }
  return out;
}

function bestSplit(bd: Binned, hist: Hist, G: number, H: number, n: number, p: GbtParams): Split | null {
  const lam = p.l2;
  const parentScore = (G * G) / (H + lam);
  let best: Split | null = null;
  const ok = (hl: number, cl: number, hr: number, cr: number) =>
    cl >= p.minSamplesLeaf && cr >= p.minSamplesLeaf && hl >= p.minHessianLeaf && hr >= p.minHessianLeaf;
  for (let f = 0; f < bd.bins.length; f++) {
    const o = bd.offsets[f] ?? 0;
    const nb = bd.nBins[f] ?? 0;
    if (!bd.isCat[f]) {
      const mg = hist.g[o] ?? 0;
      const mh = hist.h[o] ?? 0;
      const mc = hist.c[o] ?? 0;
      let gl = 0;
      let hl = 0;
      let cl = 0;
      for (let s = 1; s < nb; s++) {
        gl += hist.g[o + s] ?? 0;
        hl += hist.h[o + s] ?? 0;
        cl += hist.c[o + s] ?? 0;
        // Missing right (the last s: "present vs missing" when there are missing rows).
        if (s < nb - 1 || mc > 0) {
          const gr = G - gl;
          const hr = H - hl;
          const cr = n - cl;
          if (ok(hl, cl, hr, cr)) {
            const gain = (gl * gl) / (hl + lam) + (gr * gr) / (hr + lam) - parentScore;
            if (gain > p.minGain && (!best || gain > best.gain))
              best = { gain, feature: f, s, missingLeft: false, leftMask: null };
          }
        }
        if (mc > 0 && s < nb - 1) {
          const gl2 = gl + mg;
          const hl2 = hl + mh;
          const cl2 = cl + mc;
          const gr = G - gl2;
          const hr = H - hl2;
          const cr = n - cl2;
          if (ok(hl2, cl2, hr, cr)) {
            const gain = (gl2 * gl2) / (hl2 + lam) + (gr * gr) / (hr + lam) - parentScore;
            if (gain > p.minGain && (!best || gain > best.gain))
              best = { gain, feature: f, s, missingLeft: true, leftMask: null };
          }
        }
      }
    } else {
      const present: number[] = [];
      for (let b = 0; b < nb; b++) if ((hist.c[o + b] ?? 0) > 0) present.push(b);
      if (present.length < 2) continue;
      const ratio = (b: number) => (hist.g[o + b] ?? 0) / ((hist.h[o + b] ?? 0) + p.catSmooth);
      present.sort((a, b) => ratio(a) - ratio(b) || a - b);
      let gl = 0;
      let hl = 0;
      let cl = 0;
      for (let k = 0; k < present.length - 1; k++) {
        const b = present[k] ?? 0;
        gl += hist.g[o + b] ?? 0;
        hl += hist.h[o + b] ?? 0;
        cl += hist.c[o + b] ?? 0;
        const gr = G - gl;
        const hr = H - hl;
        const cr = n - cl;
        if (!ok(hl, cl, hr, cr)) continue;
        const gain = (gl * gl) / (hl + lam) + (gr * gr) / (hr + lam) - parentScore;
        if (gain > p.minGain && (!best || gain > best.gain)) {
          const mask = new Uint8Array(nb);
          for (let j = 0; j <= k; j++) mask[present[j] ?? 0] = 1;
          best = { gain, feature: f, s: 0, missingLeft: false, leftMask: mask };
        }
      }
    }
  }
  return best;
}

function goesLeft(bd: Binned, sp: Split, r: number): boolean {
  const b = bd.bins[sp.feature]?.[r] ?? 0;
  if (sp.leftMask) return sp.leftMask[b] === 1;
  if (b === 0) return sp.missingLeft;
  return b <= sp.s;
}

function growTree(
  bd: Binned,
  rows: Int32Array,
  g: Float64Array,
  h: Float64Array,
  p: GbtParams,
  margin: Float64Array,
): TreeNode {
  const mk = (rs: Int32Array, hist: Hist, depth: number): Pending => {
    let G = 0;
    let H = 0;
    for (const r of rs) {
      G += g[r] ?? 0;
      H += h[r] ?? 0;
    }
    const split =
      depth < p.maxDepth && rs.length >= 2 * p.minSamplesLeaf
        ? bestSplit(bd, hist, G, H, rs.length, p)
        : null;
    return { rows: rs, hist, G, H, depth, split, node: null, children: null };
  };
  const root = mk(rows, buildHist(bd, rows, g, h), 0);
  const open: Pending[] = [root];
  let leaves = 1;
  while (leaves < p.maxLeaves) {
    let bi = -1;
    for (let i = 0; i < open.length; i++) {
      const s = open[i]?.split;
      if (s && (bi < 0 || s.gain > (open[bi]?.split?.gain ?? -Infinity))) bi = i;
    }
    if (bi < 0) break;
    const leaf = open[bi] as Pending;
    const sp = leaf.split as Split;
    const left: number[] = [];
    const right: number[] = [];
    for (const r of leaf.rows) (goesLeft(bd, sp, r) ? left : right).push(r);
    const lRows = Int32Array.from(left);
    const rRows = Int32Array.from(right);
    const smallIsLeft = lRows.length <= rRows.length;
    const smallHist = buildHist(bd, smallIsLeft ? lRows : rRows, g, h);
    const bigHist = subtractHist(leaf.hist, smallHist);
    const lc = mk(lRows, smallIsLeft ? smallHist : bigHist, leaf.depth + 1);
    const rc = mk(rRows, smallIsLeft ? bigHist : smallHist, leaf.depth + 1);
    leaf.children = [lc, rc];
    open.splice(bi, 1, lc, rc);
    leaves++;
  }
  const finish = (pd: Pending): TreeNode => {
    const value = (-pd.G / (pd.H + p.l2)) * p.learningRate;
    if (!pd.children || !pd.split) {
      for (const r of pd.rows) margin[r] = (margin[r] ?? 0) + value;
      return { type: 'leaf', value };
    }
    const sp = pd.split;
    const left = finish(pd.children[0]);
    const right = finish(pd.children[1]);
    if (sp.leftMask) {
      const leftLevels: number[] = [];
      sp.leftMask.forEach((m, i) => {
        if (m) leftLevels.push(i);
      });
      return { type: 'categorical', feature: sp.feature, leftLevels, value, left, right };
    }
    const e = bd.edges[sp.feature] ?? new Float64Array(0);
    const threshold = sp.s - 1 < e.length ? (e[sp.s - 1] ?? 0) : Number.MAX_VALUE;
    return {
      type: 'numeric',
      feature: sp.feature,
      threshold,
      missingLeft: sp.missingLeft,
      value,
      left,
      right,
    };
  };
  return finish(root);
}

/** Options of {@link trainTrees}. */
export interface TrainTreesOptions {
  /** Rows to train on (default all). */
  rows?: Int32Array;
  /** Rows whose log loss is recorded after every round. */
  evalRows?: Int32Array;
  /**
   * With `evalRows`: stop when the eval loss has not improved for this many rounds (default: never; all
   * `rounds` are grown). The returned curves are then shorter than `rounds`.
   */
  patience?: number;
}

function bestRound(loss: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < loss.length; i++) if ((loss[i] ?? Infinity) < (loss[best] ?? Infinity)) best = i;
  return best;
}

/**
 * Trains an ensemble on rows of `x` with labels `y` (0/1). Deterministic: no randomness at all.
 * Returns the ensemble and, if `evalRows` is given, the eval log loss after each round.
 */
export function trainTrees(
  x: TreeMatrix,
  y: Float64Array,
  params: GbtParams,
  options: TrainTreesOptions = {},
): { ensemble: TreeEnsemble; evalLoss: number[]; evalMargins: Float64Array[] } {
  const rows = options.rows ?? Int32Array.from({ length: x.nRows }, (_, i) => i);
  const bd = binMatrix(x, rows, params.maxBins);
  let pos = 0;
  for (const r of rows) pos += y[r] ?? 0;
  const rate = Math.min(Math.max(pos / Math.max(rows.length, 1), 1e-6), 1 - 1e-6);
  const base = Math.log(rate / (1 - rate));
  const margin = new Float64Array(x.nRows).fill(base);
  const g = new Float64Array(x.nRows);
  const h = new Float64Array(x.nRows);
  const trees: TreeNode[] = [];
  const evalRows = options.evalRows;
  const evalMargin = evalRows ? new Float64Array(evalRows.length).fill(base) : null;
  const evalLoss: number[] = [];
  const evalMargins: Float64Array[] = [];
  const row = new Float64Array(x.cols.length);
  for (let t = 0; t < params.rounds; t++) {
    for (const r of rows) {
      const pr = 1 / (1 + Math.exp(-(margin[r] ?? 0)));
      g[r] = pr - (y[r] ?? 0);
      h[r] = Math.max(pr * (1 - pr), 1e-16);
    }
    const tree = growTree(bd, rows, g, h, params, margin);
    trees.push(tree);
    if (evalRows && evalMargin) {
      let loss = 0;
      for (let i = 0; i < evalRows.length; i++) {
        const r = evalRows[i] ?? 0;
        for (let f = 0; f < x.cols.length; f++) row[f] = x.cols[f]?.[r] ?? NaN;
        const m = (evalMargin[i] ?? 0) + treeValue(tree, row);
        evalMargin[i] = m;
        const yi = y[r] ?? 0;
        loss += m > 0 ? m + Math.log1p(Math.exp(-m)) - yi * m : Math.log1p(Math.exp(m)) - yi * m;
      }
      evalLoss.push(loss / evalRows.length);
      evalMargins.push(Float64Array.from(evalMargin));
      if (options.patience !== undefined && t - bestRound(evalLoss) > options.patience) break;
    }
  }
  return { ensemble: { base, trees }, evalLoss, evalMargins };
}
