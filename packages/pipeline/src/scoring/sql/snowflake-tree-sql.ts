/**
 * A tree model's margin and contributions in Snowflake SQL, kept small (issue #18: Snowflake compiles the
 * scoring UDFs' text, and `snowflake plan` prints its size). Each tree finds its leaf once (`__t<j>`, one
 * IFF per split over level indexes); the margin and each feature's Saabas contribution add per-leaf
 * constants picked by DECODE, in the order the TypeScript scorer adds them, so the results are bit for bit
 * those of re-walking every tree for the margin and again for each feature (the formulation this replaces).
 *
 * Measured on the shipped model (145 trees, depth <= 4), per UDF: margin and contributions 276,441 ->
 * 68,453 bytes, plus leaf finders of 79,818 bytes with CASE WHEN and level names, 19,506 with IFF and level
 * indexes (the table function's SELECT 302,036 -> 113,104 bytes).
 */
import type { FeatureDef } from '../model/feature-spec.ts';
import { OTHER_LEVEL } from '../model/feature-spec.ts';
import type { FittedFeatures } from '../model/features.ts';
import type { GbtModel } from '../model/model.ts';
import type { CategoricalSplit, NumericSplit } from '../model/tree.ts';
import type { AvailableColumns } from './model-sql-parts.ts';
import { columnSql, splitSql, valueSql } from './model-sql-parts.ts';
import { dbl, str } from './sql-text.ts';
import type { Branch } from './tree-leaves.ts';
import { treeLeaves } from './tree-leaves.ts';

type Column = { alias: string; sql: string };

/**
 * The constant of the row's leaf `leaf` (1-based) as a Snowflake DECODE: the most frequent constant is the
 * default, and only the leaves with another one are listed, in leaf order; the constant itself when every
 * leaf has the same one. DECODE compares its first argument with each search value in order and returns the
 * matching result, else the default: https://docs.snowflake.com/en/sql-reference/functions/decode
 *
 * @example
 * decodeByLeaf([0.5, 0.25], '__t0'); // 'DECODE(__t0, 2, 2.5e-1, 5e-1)'
 */
export function decodeByLeaf(constants: readonly number[], leaf: string): string {
  const text = constants.map(dbl);
  const count = new Map<string, number>();
  for (const t of text) count.set(t, (count.get(t) ?? 0) + 1);
  // The first of the most frequent constants, so the text is the same on every compile.
  let common = text[0] ?? dbl(0);
  for (const t of text) if ((count.get(t) ?? 0) > (count.get(common) ?? 0)) common = t;
  if (count.get(common) === text.length) return common;
  const listed = text.flatMap((t, k) => (t === common ? [] : [`${k + 1}, ${t}`]));
  return `DECODE(${leaf}, ${listed.join(', ')}, ${common})`;
}

/**
 * A split of a leaf finder as IFF, the shorter CASE WHEN: the first value when the condition is true, the
 * second when it is false or NULL (a missing value goes right, as in the TypeScript walker):
 * https://docs.snowflake.com/en/sql-reference/functions/iff
 */
const iffBranch: Branch = (c, l, r) => `IFF(${c}, ${l}, ${r})`;

/**
 * A split's "goes left" condition over `__f<i>`, categorical features being level indexes: a level set is
 * one IN list (https://docs.snowflake.com/en/sql-reference/functions/in); `__f<i>` is never NULL there
 * (a missing value is the `__missing__` level).
 */
function splitCondition(n: NumericSplit | CategoricalSplit, fitted: FittedFeatures): string {
  if (n.type === 'numeric') return splitSql(n, fitted, 'index');
  const a = `__f${n.feature}`;
  return n.leftLevels.length === 1 ? `${a} = ${n.leftLevels[0]}` : `${a} IN (${n.leftLevels.join(', ')})`;
}

/**
 * Layer 1 for a tree model: the readable value of feature `i` (`__v<i>`) over `__f<i>`; a categorical one
 * maps its level index to the level's label (rare and unseen values show as they are), the others as
 * `valueSql` writes them.
 */
export function snowflakeTreeValueSql(model: GbtModel, i: number, available: AvailableColumns): string {
  const fitted = model.features;
  const f = fitted.spec.features[i] as FeatureDef;
  const enc = fitted.encodings[i];
  if (f.kind !== 'categorical' || enc?.kind !== 'categorical') return valueSql(fitted, i, 'index', available);
  const raw = `CAST(${columnSql(f.column, 'VARCHAR', available)} AS VARCHAR)`;
  const whens = enc.levels
    .map((l, k) => (l === OTHER_LEVEL ? '' : ` WHEN ${k} THEN ${str(enc.labels[k] ?? l)}`))
    .join('');
  return `CASE __f${i}${whens} ELSE ${raw} END`;
}

/**
 * A tree model's leaf finders (`__t<j>`, over `__f<i>` with categorical features as level indexes), raw
 * margin (over `__t<j>`) and each feature's contribution to the calibrated log-odds (`__c<i>`, every
 * feature of the spec, 0 for one no tree splits on: the reasons ARRAY keeps spec order).
 *
 * @example
 * const { leaves, margin, contributions } = snowflakeTreeSql(model);
 * // margin: '(-1.2e0)\n + DECODE(__t0, 1, 2.7e-1, 4, 0e+0, (-2.9e-2))\n + ...'
 */
export function snowflakeTreeSql(model: GbtModel): {
  leaves: Column[];
  margin: string;
  contributions: Column[];
} {
  const { a } = model.calibration;
  const trees = model.gbt.trees.map((t) =>
    treeLeaves(t, (n) => splitCondition(n, model.features), iffBranch),
  );
  const leaves = trees.map((t, j) => ({ alias: `__t${j}`, sql: t.leaf }));
  const margin = [dbl(model.gbt.base), ...trees.map((t, j) => decodeByLeaf(t.values, `__t${j}`))].join(
    '\n + ',
  );
  const contributions = model.features.spec.features.map((_, i) => {
    const parts = trees.flatMap((t, j) => {
      const c = t.contributions.get(i);
      return c ? [decodeByLeaf(c, `__t${j}`)] : [];
    });
    return { alias: `__c${i}`, sql: parts.length ? `${dbl(a)} * (${parts.join('\n + ')})` : '0e0' };
  });
  return { leaves, margin, contributions };
}
