/**
 * The SQL of `GET /stats`, as pure functions: plain enough for DuckDB and Snowflake alike (`CASE` instead of
 * `FILTER`, `QUALIFY`). Identifiers come from {@link LeadTable} only; which columns are broken down is the
 * caller's choice (the model's most important categorical features), checked against the table here.
 */
import { quoteIdent } from '../warehouse/sql-ident.ts';
import type { SqlStatement } from './lead-sql.ts';
import { labelTruthSql } from './lead-sql.ts';
import type { LeadTable } from './lead-table.ts';

/** Most values kept per breakdown of `GET /stats` (the rest are summed by the client if it wants). */
export const STAT_TOP_VALUES = 50;

/** What `GET /stats` aggregates: the label column (or none) and the columns to break conversion down by. */
export interface StatsRequest {
  label: string | null;
  /** Columns of leads_final, in the order the answer lists them; `grade` is always added when scored. */
  breakdowns: readonly string[];
}

/** The statements of `GET /stats` for the columns leads_final has. */
export function statsSql(
  table: LeadTable,
  req: StatsRequest,
): {
  totals: SqlStatement;
  /** Breakdowns: rows of `(dimension = index into columns, value, leads, converted, labelled)`. */
  dimensions?: SqlStatement & { columns: string[] };
  histogram?: SqlStatement;
  deciles?: SqlStatement;
} {
  const has = (c: string): boolean => table.columns.has(c);
  const label = req.label !== null && has(req.label) ? req.label : null;
  const truth = label === null ? null : labelTruthSql(table, label);
  const converted = truth ? `sum(CASE WHEN ${truth} THEN 1 ELSE 0 END)` : 'CAST(NULL AS BIGINT)';
  const labelled = label ? `count(${quoteIdent(label)})` : 'CAST(NULL AS BIGINT)';
  const avgScore = has('score') ? 'avg("score")' : 'CAST(NULL AS DOUBLE)';
  const scoredCount = has('score') ? 'count("score")' : 'CAST(0 AS BIGINT)';
  const out: ReturnType<typeof statsSql> = {
    totals: {
      sql: `SELECT count(*) AS leads, ${converted} AS converted, ${labelled} AS labelled, ${scoredCount} AS scored, ${avgScore} AS average_score FROM leads_final`,
      params: {},
    },
  };
  const columns = [...new Set([...req.breakdowns, 'grade'])].filter(
    (c) => has(c) && c !== label && table.columns.get(c)?.type !== 'json',
  );
  if (columns.length > 0) {
    const parts = columns.map(
      (c, i) =>
        `SELECT ${i} AS dimension, CAST(${quoteIdent(c)} AS VARCHAR) AS value, count(*) AS leads, ${converted} AS converted, ${labelled} AS labelled FROM leads_final GROUP BY ${quoteIdent(c)}`,
    );
    out.dimensions = {
      sql: `SELECT * FROM (${parts.join(' UNION ALL ')}) AS d QUALIFY row_number() OVER (PARTITION BY dimension ORDER BY leads DESC, value NULLS LAST) <= ${STAT_TOP_VALUES} ORDER BY dimension, leads DESC, value NULLS LAST`,
      params: {},
      columns,
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
      sql: `SELECT decile, count(*) AS leads, avg(p) AS mean_probability, sum(c) AS converted, count(c) AS labelled FROM (SELECT ntile(10) OVER (ORDER BY "probability" DESC) AS decile, "probability" AS p, ${truth ? `CASE WHEN ${truth} THEN 1 WHEN NOT ${truth} THEN 0 END` : 'CAST(NULL AS INTEGER)'} AS c FROM leads_final WHERE "probability" IS NOT NULL) AS s GROUP BY decile ORDER BY decile`,
      params: {},
    };
  }
  return out;
}
