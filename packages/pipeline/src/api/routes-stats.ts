/**
 * `GET /stats`: the aggregates the dashboard draws (totals, score histogram, conversion by decile, by source,
 * origin, grade and last activity), cached until the next write.
 */
import type { FastifyInstance } from 'fastify';
import type { ApiContext } from './api-context.ts';
import { sendJson } from './api-context.ts';
import type { SqlStatement } from './lead-sql.ts';
import { toNumber } from '../warehouse/rows.ts';
import { STAT_DIMENSIONS, statsSql } from './stats-sql.ts';
import { objectSchema, ok } from './schemas.ts';

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
          'Totals, score histogram (10 bins), conversion by probability decile, and conversion by lead source, origin, grade and last activity. Score parts are null until leads are scored.',
        tags: ['leads'],
        response: ok('The aggregates', {
          type: 'object',
          properties: {
            scored: { type: 'boolean' },
            totals: objectSchema,
            scoreHistogram: { type: ['array', 'null'], items: objectSchema },
            deciles: { type: ['array', 'null'], items: objectSchema },
            bySource: { type: ['array', 'null'], items: objectSchema },
            byOrigin: { type: ['array', 'null'], items: objectSchema },
            byActivity: { type: ['array', 'null'], items: objectSchema },
            byGrade: { type: ['array', 'null'], items: objectSchema },
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
  const sql = statsSql(table);
  const t = (await query(sql.totals))[0] ?? {};
  const out: Record<string, unknown> = {
    scored: table.scored,
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
  for (const d of STAT_DIMENSIONS) out[d.name] = null;
  if (sql.dimensions) {
    for (const d of STAT_DIMENSIONS) if (table.columns.has(d.column)) out[d.name] = [];
    for (const r of await query(sql.dimensions)) {
      const list = out[String(r.dimension)];
      if (Array.isArray(list)) {
        list.push({
          value: r.value ?? null,
          leads: toNumber(r.leads),
          converted: r.converted === null ? null : toNumber(r.converted),
          conversionRate: rate(r.converted, r.labelled),
        });
      }
    }
    if (Array.isArray(out.byGrade))
      (out.byGrade as { value: string | null }[]).sort((a, b) =>
        String(a.value ?? '~').localeCompare(String(b.value ?? '~')),
      );
  }
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
