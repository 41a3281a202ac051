/**
 * What the two tree-code generators share (the flat evaluator in `flat-evaluator.ts` and DuckDB's scoring
 * function in `sql/leaf-evaluator.ts`): their limits, the error that makes a model fall back to the code
 * that is not generated, and how a number is written into generated JavaScript.
 */

/** Most levels a categorical split tests with one 32-bit mask; more go through a bound bitmap. */
export const MASK_LEVELS = 32;
/** Deeper trees are left to the code that is not generated (nested expressions that deep gain nothing). */
export const MAX_DEPTH = 64;
/** Tree nodes per generated function: keeps every function small enough for V8 to optimise. */
export const NODES_PER_FUNCTION = 600;

/** A model the generator cannot express: its caller falls back (tree walker, or the model's SQL). */
export class Unsupported extends Error {}

/** A finite number as a JavaScript literal that reads back exactly. */
export function lit(x: number): string {
  if (!Number.isFinite(x)) throw new Unsupported(`non-finite number ${x}`);
  if (Object.is(x, -0)) return '(-0)';
  // String(x) round-trips exactly; parentheses keep a leading minus sign harmless.
  return `(${String(x)})`;
}
