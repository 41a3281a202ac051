/**
 * Compiles a logistic model's margin to one specialised JavaScript function, so batch scoring runs
 * over a million leads per second on one core. Only finite numbers (checked) and JSON-escaped column
 * names are written into the generated source; everything else is passed in as bound values.
 */
import type { Lead, LeadValue } from './lead.ts';
import { levelIndex } from './features.ts';
import type { LinearColumn } from './features.ts';
import type { LogisticModel } from './model.ts';
import { ageDays } from './age.ts';

function lit(x: number): string {
  if (!Number.isFinite(x)) throw new Error(`model holds a non-finite number: ${x}`);
  // String(x) round-trips exactly; parentheses keep a leading minus sign harmless.
  return `(${String(x)})`;
}

function num(v: LeadValue | undefined): number {
  if (typeof v === 'number') return Number.isFinite(v) ? v : NaN;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return NaN;
}

/** {@link ageDays} with NaN for a missing date. */
function age(v: LeadValue | undefined, at: number): number {
  return ageDays(v, at) ?? NaN;
}

/**
 * The margin function of a logistic model; ages are measured at `at` (ms since 1970). Evaluates exactly the
 * operations of `logisticTerms` in compile-model.ts (and of the SQL), in the same order, so results are
 * bit-identical to it.
 */
export function compileLogisticMargin(model: LogisticModel): (lead: Lead, at: number) => number {
  const fitted = model.features;
  const { columns, weights, intercept } = model.logistic;
  const bound: unknown[] = [num, age];
  const names: string[] = ['num', 'age'];
  const bind = (v: unknown) => {
    names.push(`b${bound.length}`);
    bound.push(v);
    return `b${bound.length - 1}`;
  };
  const lines: string[] = [`let m = ${lit(intercept)};`, 'let v, r, x, t;'];
  fitted.spec.features.forEach((f, i) => {
    const enc = fitted.encodings[i];
    const cols: { c: LinearColumn; w: number }[] = [];
    columns.forEach((c, j) => {
      if (c.feature === i) cols.push({ c, w: weights[j] ?? 0 });
    });
    const wv = cols.find((x) => x.c.role === 'value')?.w ?? 0;
    const wm = cols.find((x) => x.c.role === 'missing');
    const wz = cols.find((x) => x.c.role === 'zero');
    const get = (col: string) => `lead[${JSON.stringify(col)}]`;
    if (f.kind === 'categorical' && enc?.kind === 'categorical') {
      const byLevel = new Float64Array(enc.levels.length);
      for (const { c, w } of cols) if (c.level !== undefined) byLevel[c.level] = w;
      // A null-prototype object beats a Map here: V8 internalises the key once, later lookups are cheap.
      const cache = Object.create(null) as Record<string, number>;
      let size = 0;
      const missing = byLevel[levelIndex(f, enc, null)] ?? 0;
      const lookup = (s: string): number => {
        const w = byLevel[levelIndex(f, enc, s)] ?? 0;
        if (size++ < 10_000) cache[s] = w;
        return w;
      };
      const c = bind(cache);
      const fn = bind(lookup);
      lines.push(
        `v = ${get(f.column)};`,
        `if (v === null || v === undefined) m += ${lit(missing)};`,
        `else { v = typeof v === 'string' ? v : String(v); x = ${c}[v]; m += x === undefined ? ${fn}(v) : x; }`,
      );
    } else if (f.kind === 'age' && enc?.kind === 'numeric') {
      lines.push(
        `r = age(${get(f.column)}, at);`,
        `x = r !== r ? ${lit(enc.fill)} : r;`,
        `x = Math.min(Math.max(x, ${lit(enc.low)}), ${lit(enc.high)});`,
        `t = ${lit(wv)} * ((x - ${lit(enc.mean)}) / ${lit(enc.sd)});`,
      );
      if (wm) lines.push(`t += r !== r ? ${lit(wm.w)} : 0;`);
      lines.push('m += t;');
    } else if (f.kind === 'numeric' && enc?.kind === 'numeric') {
      if (f.divideBy) {
        lines.push(`r = num(${get(f.column)}); x = num(${get(f.divideBy)}); r = x === 0 ? NaN : r / x;`);
      } else {
        lines.push(`r = num(${get(f.column)});`);
      }
      lines.push(
        `x = r !== r ? ${lit(enc.fill)} : r;`,
        `x = Math.min(Math.max(x, ${lit(enc.low)}), ${lit(enc.high)});`,
      );
      if (f.transform === 'log1p') lines.push('x = Math.log(1 + x);');
      lines.push(`t = ${lit(wv)} * ((x - ${lit(enc.mean)}) / ${lit(enc.sd)});`);
      if (wm) lines.push(`t += r !== r ? ${lit(wm.w)} : 0;`);
      if (wz) lines.push(`t += r === 0 ? ${lit(wz.w)} : 0;`);
      lines.push('m += t;');
    } else if (f.kind === 'boolean') {
      // A term that is always 0 (e.g. a constant column) leaves m unchanged; skipping it is exact.
      if (wv === 0 && (!wm || wm.w === 0)) return;
      lines.push(`v = ${get(f.column)};`, `t = (v === true || v === 1) ? ${lit(wv)} : 0;`);
      if (wm) lines.push(`t += (v === true || v === false || v === 0 || v === 1) ? 0 : ${lit(wm.w)};`);
      lines.push('m += t;');
    }
  });
  lines.push('return m;');
  const factory = new Function(...names, `return function margin(lead, at) {\n${lines.join('\n')}\n};`) as (
    ...args: unknown[]
  ) => (lead: Lead, at: number) => number;
  return factory(...bound);
}
