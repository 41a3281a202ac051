/**
 * The SQL of `GET /stats`, as pure functions: plain enough for DuckDB and Snowflake alike (`CASE` instead of
 * `FILTER`, `QUALIFY`). Identifiers come from {@link LeadTable} only.
 */
import { quoteIdent } from '../warehouse/sql-ident.ts';
import type { SqlStatement } from './lead-sql.ts';
import type { LeadTable } from './lead-table.ts';

/** Dimensions `GET /stats` breaks conversion down by, with the column each reads. */
export const STAT_DIMENSIONS: readonly { name: string; column: string }[] = [
  { name: 'bySource', column: 'lead_source' },
  { name: 'byOrigin', column: 'lead_origin' },
  { name: 'byActivity', column: 'last_activity' },
  { name: 'byGrade', column: 'grade' },
];

/** Most values kept per dimension of `GET /stats` (the rest are summed by the client if it wants). */
export const STAT_TOP_VALUES = 50;

/** The statements of `GET /stats` for the columns leads_final has. */
export function statsSql(table: LeadTable): {
  totals: SqlStatement;
  dimensions?: SqlStatement;
  histogram?: SqlStatement;
  deciles?: SqlStatement;
} {
  const has = (c: string): boolean => table.columns.has(c);
  const converted = has('converted')
    ? 'sum(CASE WHEN "converted" THEN 1 ELSE 0 END)'
    : 'CAST(NULL AS BIGINT)';
  const labelled = has('converted') ? 'count("converted")' : 'CAST(NULL AS BIGINT)';
  const avgScore = has('score') ? 'avg("score")' : 'CAST(NULL AS DOUBLE)';
  const scoredCount = has('score') ? 'count("score")' : 'CAST(0 AS BIGINT)';
  const out: ReturnType<typeof statsSql> = {
    totals: {
      sql: `SELECT count(*) AS leads, ${converted} AS converted, ${labelled} AS labelled, ${scoredCount} AS scored, ${avgScore} AS average_score FROM leads_final`,
      params: {},
    },
  };
  const dims = STAT_DIMENSIONS.filter((d) => has(d.column));
  if (dims.length > 0) {
    const parts = dims.map(
      (d) =>
        `SELECT '${d.name}' AS dimension, CAST(${quoteIdent(d.column)} AS VARCHAR) AS value, count(*) AS leads, ${converted} AS converted, ${labelled} AS labelled FROM leads_final GROUP BY ${quoteIdent(d.column)}`,
    );
    out.dimensions = {
      sql: `SELECT * FROM (${parts.join(' UNION ALL ')}) AS d QUALIFY row_number() OVER (PARTITION BY dimension ORDER BY leads DESC, value NULLS LAST) <= ${STAT_TOP_VALUES} ORDER BY dimension, leads DESC, value NULLS LAST`,
      params: {},
    };
  }
  if (has('score')) {
    out.histogram = {
      sql: `SELECT least(CAST(floor("score" / 10) AS INTEGER), 9) AS bin, count(*) AS leads, ${converted} AS converted, ${labelled} AS labelled FROM leads_final WHERE "score" IS NOT NULL GROUP BY 1 ORDER BY 1`,
      params: {},
    };
  }
  if (has('probability')) {
    out.deciles = {
      sql: `SELECT decile, count(*) AS leads, avg(p) AS mean_probability, sum(c) AS converted, count(c) AS labelled FROM (SELECT ntile(10) OVER (ORDER BY "probability" DESC) AS decile, "probability" AS p, ${has('converted') ? 'CASE WHEN "converted" THEN 1 WHEN NOT "converted" THEN 0 END' : 'CAST(NULL AS INTEGER)'} AS c FROM leads_final WHERE "probability" IS NOT NULL) AS s GROUP BY decile ORDER BY decile`,
      params: {},
    };
  }
  return out;
}
