/**
 * `GET /stats`: the aggregates the dashboard draws (totals, score histogram, conversion by decile, by grade,
 * and by the model's most important categorical features), cached until the next write.
 */
import type { FastifyInstance } from 'fastify';
import type { ApiContext } from './api-context.ts';
import { sendJson } from './api-context.ts';
import type { SqlStatement } from './lead-sql.ts';
import { toNumber } from '../warehouse/rows.ts';
import { statsSql } from './stats-sql.ts';
import { objectSchema, ok } from './schemas.ts';
import { columnLabel } from './column-labels.ts';

/** How many columns `GET /stats` breaks conversion down by. */
export const STAT_BREAKDOWNS = 4;

const bucketSchema = {
  type: 'object',
  properties: {
    value: { type: ['string', 'null'] },
    leads: { type: 'integer' },
    converted: { type: ['integer', 'null'] },
    conversionRate: { type: ['number', 'null'] },
  },
} as const;

/**
 * The columns to break conversion down by: the active model's most important categorical features; when
 * the model has none, the categorical text and yes/no columns of leads_final.
 */
export async function breakdownColumns(ctx: ApiContext): Promise<string[]> {
  const table = await ctx.table();
  const label = await ctx.label();
  const usable = (c: string): boolean => table.columns.has(c) && c !== label && c !== table.key;
  const fromModel = (await ctx.features())
    .filter((f) => f.kind === 'categorical' && usable(f.column))
    .map((f) => f.column);
  if (fromModel.length > 0) return fromModel.slice(0, STAT_BREAKDOWNS);
  return (await ctx.profile())
    .filter((c) => c.categorical && c.origin === 'lead' && c.type !== 'integer' && usable(c.name))
    .map((c) => c.name)
    .slice(0, STAT_BREAKDOWNS);
}

function rate(converted: unknown, labelled: unknown): number | null {
  const l = toNumber(labelled);
  return converted === null || converted === undefined || l === 0 ? null : toNumber(converted) / l;
}

/** Registers `GET /stats`. */
export function registerStatsRoutes(app: FastifyInstance, ctx: ApiContext): void {
  const query = (s: SqlStatement): Promise<Record<string, unknown>[]> =>
    ctx.lp.warehouse.query(s.sql, s.params);

  app.get(
    '/stats',
    {
      schema: {
        operationId: 'getStats',
        summary: 'Aggregates for the dashboard',
        description:
          "Totals, score histogram (10 bins), conversion by probability decile and by grade, and `breakdowns`: conversion by the active model's most important categorical features (or, for a model without any, the data's categorical columns). Conversion reads the home's label column (`label`; null without one). Score parts are null until leads are scored.",
        tags: ['leads'],
        response: ok('The aggregates', {
          type: 'object',
          properties: {
            scored: { type: 'boolean' },
            totals: objectSchema,
            scoreHistogram: { type: ['array', 'null'], items: objectSchema },
            deciles: { type: ['array', 'null'], items: objectSchema },
            label: { type: ['string', 'null'], description: 'The label column conversion is read from.' },
            breakdowns: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  column: { type: 'string' },
                  label: {
                    type: 'object',
                    properties: { en: { type: 'string' }, es: { type: 'string' } },
                  },
                  buckets: { type: 'array', items: bucketSchema },
                },
              },
            },
            byGrade: { type: ['array', 'null'], items: bucketSchema },
          },
        }),
      },
    },
    async (_req, reply) => {
      const body = await ctx.cache.get('GET /stats', async () =>
        JSON.stringify(await computeStats(ctx, query)),
      );
      return sendJson(reply, body);
    },
  );
}

async function computeStats(
  ctx: ApiContext,
  query: (s: SqlStatement) => Promise<Record<string, unknown>[]>,
): Promise<Record<string, unknown>> {
  const table = await ctx.table();
  const label = await ctx.label();
  const sql = statsSql(table, { label, breakdowns: await breakdownColumns(ctx) });
  const labels = await ctx.labels();
  const t = (await query(sql.totals))[0] ?? {};
  const out: Record<string, unknown> = {
    scored: table.scored,
    label,
    totals: {
      leads: toNumber(t.leads),
      converted: t.converted === null ? null : toNumber(t.converted),
      labelled: t.labelled === null ? null : toNumber(t.labelled),
      conversionRate: rate(t.converted, t.labelled),
      scored: toNumber(t.scored),
      averageScore:
        t.average_score === null || t.average_score === undefined ? null : Number(t.average_score),
    },
    scoreHistogram: null,
    deciles: null,
  };
  out.byGrade = null;
  const breakdowns: { column: string; label: unknown; buckets: Record<string, unknown>[] }[] = [];
  if (sql.dimensions) {
    const lists = sql.dimensions.columns.map(() => [] as Record<string, unknown>[]);
    for (const r of await query(sql.dimensions)) {
      lists[toNumber(r.dimension)]?.push({
        value: r.value ?? null,
        leads: toNumber(r.leads),
        converted: r.converted === null ? null : toNumber(r.converted),
        conversionRate: rate(r.converted, r.labelled),
      });
    }
    sql.dimensions.columns.forEach((column, i) => {
      const buckets = lists[i] ?? [];
      if (column === 'grade') {
        out.byGrade = buckets.sort((a, b) => String(a.value ?? '~').localeCompare(String(b.value ?? '~')));
      } else breakdowns.push({ column, label: columnLabel(labels, column), buckets });
    });
  }
  out.breakdowns = breakdowns;
  if (sql.histogram) {
    const bins = Array.from({ length: 10 }, (_, i) => ({
      bin: i,
      from: i * 10,
      to: i === 9 ? 100 : i * 10 + 9,
      leads: 0,
      converted: 0 as number | null,
      conversionRate: null as number | null,
    }));
    for (const r of await query(sql.histogram)) {
      const b = bins[toNumber(r.bin)];
      if (!b) continue;
      b.leads = toNumber(r.leads);
      b.converted = r.converted === null ? null : toNumber(r.converted);
      b.conversionRate = rate(r.converted, r.labelled);
    }
    out.scoreHistogram = bins;
  }
  if (sql.deciles) {
    out.deciles = (await query(sql.deciles)).map((r) => ({
      decile: toNumber(r.decile),
      leads: toNumber(r.leads),
      meanProbability: Number(r.mean_probability),
      converted: r.converted === null ? null : toNumber(r.converted),
      conversionRate: rate(r.converted, r.labelled),
    }));
  }
  return out;
}
