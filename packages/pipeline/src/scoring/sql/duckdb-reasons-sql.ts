/**
 * The last step of a DuckDB tree or logistic model's reasons, shared by the model's SQL
 * (duckdb-scoring-sql.ts) and its scoring function (duckdb-scoring-function.ts): from six ranked slots (the
 * top 3 positive and top 3 negative contributions, each a log-odds and the feature's rank by name) to the
 * compact reasons `{positive: [...], negative: [...]}` of `{log_odds, feature, value, points}`. Both
 * scorers rank differently (SQL list sorts, JavaScript), then build the reasons with this same SQL, so what
 * they write is the same text by construction.
 */
import { POINTS_PER_LOG_ODDS } from '../model/explain.ts';
import type { FeatureDef } from '../model/feature-spec.ts';
import { REASON_SLOTS } from '../../warehouse/warehouse.ts';
import { dbl, str } from './sql-text.ts';

/** The SQL type of one side of the reasons. */
const REASON_TYPE = 'STRUCT(log_odds DOUBLE, feature VARCHAR, "value" VARCHAR, points INTEGER)[]';

/** The reasons of a model no feature of which can contribute: none either way. */
export const NO_REASONS_SQL = `{'positive': CAST([] AS ${REASON_TYPE}), 'negative': CAST([] AS ${REASON_TYPE})}`;

/**
 * The features in name order (ties by position): `byName[r]` is the position in `feats` of rank r. Ranks
 * break ties between equal contributions as DuckDB's sort of the full reason structs did: positive reasons
 * with the higher rank first, negative ones with the lower.
 */
export function rankByName(feats: readonly FeatureDef[]): number[] {
  return feats
    .map((f, k) => ({ name: f.name, k }))
    .sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : x.k - y.k))
    .map((x) => x.k);
}

/** How a layer reads a slot's log-odds and rank (a struct field, or a column of its own). */
export type SlotField = (slot: string, field: 'log_odds' | 'r') => string;

/**
 * The per-slot columns of the layer that builds the reasons (each slot's own columns, its readable value
 * and points) and the reasons expression over that layer. `value(k)` is the readable value of `feats[k]`
 * in the layer below; `own(slot)` the slot's columns that `field` reads, passed through.
 */
export function reasonSlotsSql(
  feats: readonly FeatureDef[],
  field: SlotField,
  own: (slot: string) => readonly string[],
  value: (k: number) => string,
): { columns: string[]; reasons: string } {
  if (feats.length === 0) return { columns: [], reasons: NO_REASONS_SQL };
  const byName = rankByName(feats);
  const k = dbl(POINTS_PER_LOG_ODDS);
  const valueCase = (s: string) =>
    `CASE ${field(s, 'r')}${byName.map((j, r) => ` WHEN ${r} THEN ${value(j)}`).join('')} END AS ${s}_value`;
  const columns = REASON_SLOTS.flatMap((s) => [
    ...own(s),
    valueCase(s),
    `CAST(ROUND(${field(s, 'log_odds')} * ${k}) AS INTEGER) AS ${s}_points`,
  ]);
  const names = `[${byName.map((j) => str((feats[j] as FeatureDef).name)).join(', ')}]`;
  // Label and text are left to readers (see `completeReasons` in explain.ts): the same words for every
  // lead, they doubled the bytes of the reasons written per lead.
  const item = (s: string) =>
    `{'log_odds': ${field(s, 'log_odds')}, 'feature': ${names}[${field(s, 'r')} + 1], 'value': ${s}_value, 'points': ${s}_points}`;
  const top = (first: number, n: string) =>
    `list_slice([${REASON_SLOTS.slice(first, first + 3)
      .map(item)
      .join(',\n    ')}], 1, ${n})`;
  return {
    columns,
    reasons: `{'positive': ${top(0, '__npos')},\n   'negative': ${top(3, '__nneg')}}`,
  };
}
