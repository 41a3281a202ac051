/**
 * L2-regularised logistic regression fitted by Newton's method (IRLS) on a sparse design matrix.
 * Rows have few non-zeros (one-hot levels), so the Hessian is accumulated per row in O(nnz^2).
 */

/** A design matrix in compressed sparse row form. */
export interface SparseMatrix {
  nRows: number;
  nCols: number;
  rowPtr: Int32Array;
  colIdx: Int32Array;
  values: Float64Array;
}

/** Builds a {@link SparseMatrix} from dense rows, dropping zeros. */
export function toSparse(rows: readonly Float64Array[], nCols: number): SparseMatrix {
  let nnz = 0;
  for (const r of rows) for (let j = 0; j < nCols; j++) if (r[j] !== 0) nnz++;
  const rowPtr = new Int32Array(rows.length + 1);
  const colIdx = new Int32Array(nnz);
  const values = new Float64Array(nnz);
  let k = 0;
  rows.forEach((r, i) => {
    for (let j = 0; j < nCols; j++) {
      const v = r[j] ?? 0;
      if (v !== 0) {
        colIdx[k] = j;
        values[k] = v;
        k++;
      }
    }
    rowPtr[i + 1] = k;
  });
  return { nRows: rows.length, nCols, rowPtr, colIdx, values };
}

/** Fitted coefficients. */
export interface LogisticFit {
  intercept: number;
  weights: Float64Array;
  iterations: number;
}

/** Options of {@link fitLogistic}. */
export interface LogisticOptions {
  /** L2 strength: the loss is sum(log loss) + lambda/2 * |w|^2 (intercept not penalised). */
  lambda: number;
  /** Only these rows (default all). */
  rows?: Int32Array;
  /** Start from these coefficients (warm start along a lambda path). */
  init?: LogisticFit;
  maxIterations?: number;
  tolerance?: number;
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

function choleskySolve(a: Float64Array, b: Float64Array, n: number): Float64Array {
  // In-place Cholesky of a symmetric positive definite matrix (row-major), then two triangular solves.
  for (let j = 0; j < n; j++) {
    let d = a[j * n + j] ?? 0;
    for (let k = 0; k < j; k++) d -= (a[j * n + k] ?? 0) ** 2;
    d = Math.sqrt(Math.max(d, 1e-300));
    a[j * n + j] = d;
    for (let i = j + 1; i < n; i++) {
      let s = a[i * n + j] ?? 0;
      for (let k = 0; k < j; k++) s -= (a[i * n + k] ?? 0) * (a[j * n + k] ?? 0);
      a[i * n + j] = s / d;
    }
  }
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = b[i] ?? 0;
    for (let k = 0; k < i; k++) s -= (a[i * n + k] ?? 0) * (y[k] ?? 0);
    y[i] = s / (a[i * n + i] ?? 1);
  }
  const x = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i] ?? 0;
    for (let k = i + 1; k < n; k++) s -= (a[k * n + i] ?? 0) * (x[k] ?? 0);
    x[i] = s / (a[i * n + i] ?? 1);
  }
  return x;
}

/** Linear predictor of one row. */
export function sparseMargin(x: SparseMatrix, row: number, intercept: number, w: Float64Array): number {
  let z = intercept;
  for (let k = x.rowPtr[row] ?? 0, end = x.rowPtr[row + 1] ?? 0; k < end; k++) {
    z += (w[x.colIdx[k] ?? 0] ?? 0) * (x.values[k] ?? 0);
  }
  return z;
}

function penalisedLoss(
  x: SparseMatrix,
  y: Float64Array,
  rows: Int32Array,
  fit: LogisticFit,
  lambda: number,
): number {
  let loss = 0;
  for (const r of rows) {
    const z = sparseMargin(x, r, fit.intercept, fit.weights);
    // log(1 + e^z) - y z, computed stably.
    loss += (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - (y[r] ?? 0) * z;
  }
  let w2 = 0;
  for (const w of fit.weights) w2 += w * w;
  return loss + (lambda / 2) * w2;
}

/**
 * Fits by Newton's method with step halving; converges in a handful of iterations. Deterministic.
 */
export function fitLogistic(x: SparseMatrix, y: Float64Array, options: LogisticOptions): LogisticFit {
  const rows = options.rows ?? Int32Array.from({ length: x.nRows }, (_, i) => i);
  const p = x.nCols + 1; // index 0 = intercept
  let fit: LogisticFit = options.init
    ? { intercept: options.init.intercept, weights: Float64Array.from(options.init.weights), iterations: 0 }
    : { intercept: 0, weights: new Float64Array(x.nCols), iterations: 0 };
  if (!options.init) {
    let pos = 0;
    for (const r of rows) pos += y[r] ?? 0;
    const rate = Math.min(Math.max(pos / Math.max(rows.length, 1), 1e-6), 1 - 1e-6);
    fit.intercept = Math.log(rate / (1 - rate));
  }
  const maxIt = options.maxIterations ?? 50;
  const tol = options.tolerance ?? 1e-10;
  let loss = penalisedLoss(x, y, rows, fit, options.lambda);
  for (let it = 0; it < maxIt; it++) {
    const h = new Float64Array(p * p);
    const g = new Float64Array(p);
    for (const r of rows) {
      const z = sparseMargin(x, r, fit.intercept, fit.weights);
      const pr = sigmoid(z);
      const resid = pr - (y[r] ?? 0);
      const wgt = Math.max(pr * (1 - pr), 1e-12);
      const start = x.rowPtr[r] ?? 0;
      const end = x.rowPtr[r + 1] ?? 0;
      g[0] = (g[0] ?? 0) + resid;
      h[0] = (h[0] ?? 0) + wgt;
      for (let a = start; a < end; a++) {
        const ja = (x.colIdx[a] ?? 0) + 1;
        const va = x.values[a] ?? 0;
        g[ja] = (g[ja] ?? 0) + resid * va;
        h[ja * p] = (h[ja * p] ?? 0) + wgt * va;
        for (let b = start; b <= a; b++) {
          const jb = (x.colIdx[b] ?? 0) + 1;
          h[ja * p + jb] = (h[ja * p + jb] ?? 0) + wgt * va * (x.values[b] ?? 0);
        }
      }
    }
    for (let j = 1; j < p; j++) {
      g[j] = (g[j] ?? 0) + options.lambda * (fit.weights[j - 1] ?? 0);
      h[j * p + j] = (h[j * p + j] ?? 0) + options.lambda + 1e-9;
    }
    // Only the lower triangle was accumulated; mirror it.
    for (let i = 0; i < p; i++) for (let j = i + 1; j < p; j++) h[i * p + j] = h[j * p + i] ?? 0;
    const step = choleskySolve(h, g, p);
    let t = 1;
    let next: LogisticFit = fit;
    let nextLoss = Infinity;
    for (let half = 0; half < 30; half++) {
      const w = new Float64Array(x.nCols);
      for (let j = 0; j < x.nCols; j++) w[j] = (fit.weights[j] ?? 0) - t * (step[j + 1] ?? 0);
      next = { intercept: fit.intercept - t * (step[0] ?? 0), weights: w, iterations: it + 1 };
      nextLoss = penalisedLoss(x, y, rows, next, options.lambda);
      if (nextLoss <= loss + 1e-12 * Math.abs(loss)) break;
      t /= 2;
    }
    const improvement = loss - nextLoss;
    fit = next;
    loss = nextLoss;
    if (improvement < tol * Math.max(1, Math.abs(loss))) break;
  }
  return fit;
}
