/**
 * Read routes over leads_final: `GET /leads`, `GET /leads/{id}`, `GET /lead-count`. Answers are cached until
 * the next write (see read-cache.ts).
 */
import type { FastifyInstance } from 'fastify';
import type { ApiContext } from './api-context.ts';
import { sendJson } from './api-context.ts';
import type { SortOrder, SqlStatement } from './lead-sql.ts';
import { DEFAULT_LIST_COLUMNS, leadByIdSql, leadCountSql, planLeadsQueryOrThrow } from './lead-sql.ts';
import { completeReasons, reasonLabels } from '../scoring/model/explain.ts';
import type { ScoreScale } from '../scoring/model/score-breakdown.ts';
import { scoreScaleOf, withScoreBreakdown } from '../scoring/model/score-breakdown.ts';
import { apiLead, isoTimestamp, SCORE_COLUMNS } from './lead-table.ts';
import { HttpProblem } from './problems.ts';
import { leadSchema, ok, scoreHistorySchema } from './schemas.ts';
import { toNumber } from '../warehouse/rows.ts';

interface LeadsQuerystring {
  limit: number;
  offset: number;
  cursor?: string;
  sort?: string;
  order?: SortOrder;
  columns?: string;
  grade?: string;
  min_score?: number;
  max_score?: number;
  converted?: boolean;
  q?: string;
  [filter: `filter.${string}`]: string | undefined;
}

/** Lead columns a list page shows by default: the model's most important inputs, this many. */
export const DEFAULT_FEATURE_COLUMNS = 8;

const IDENT = '[a-z_][a-z0-9_]{0,62}';

const leadsQuerystring = {
  type: 'object',
  additionalProperties: false,
  description:
    'Besides the parameters below, `filter.<column>=value` keeps leads whose column has that exact value (compared as text; `true`/`false` for yes/no columns); several filters all apply. The column must be one of leads_final (`GET /schema` lists them, with the levels of categorical ones); an unknown column is a 400 naming it.',
  patternProperties: {
    [`^filter\\.${IDENT}$`]: { type: 'string', maxLength: 200 },
  },
  properties: {
    limit: {
      type: 'integer',
      minimum: 1,
      maximum: 1000,
      default: 50,
      description: 'Leads per page (1-1000).',
    },
    offset: {
      type: 'integer',
      minimum: 0,
      maximum: 10_000_000,
      default: 0,
      description: 'Leads to skip (or use cursor).',
    },
    cursor: {
      type: 'string',
      maxLength: 2000,
      description: 'nextCursor of the previous page (keyset pagination; same sort and order).',
    },
    sort: {
      type: 'string',
      pattern: `^-?${IDENT}$`,
      description:
        'Column to sort by; a leading "-" sorts descending. Default: score descending once leads are scored, else the key.',
    },
    order: {
      type: 'string',
      enum: ['asc', 'desc'],
      description: 'Sort direction (default asc; desc with "-column").',
    },
    columns: {
      type: 'string',
      maxLength: 4000,
      pattern: `^(all|${IDENT}(,${IDENT})*)$`,
      description:
        'Comma-separated columns to return (the key always comes back), or "all". Default: a compact set for tables.',
    },
    grade: { type: 'string', pattern: '^[A-D](,[A-D])*$', description: 'Grades, comma-separated, e.g. A,B.' },
    min_score: { type: 'integer', minimum: 0, maximum: 100 },
    max_score: { type: 'integer', minimum: 0, maximum: 100 },
    converted: {
      type: 'boolean',
      description:
        "Outcome: the home's label column is true (or false). Matches nothing without a label column.",
    },
    q: {
      type: 'string',
      maxLength: 200,
      description: 'Free text, case-insensitive, in the key or the first text columns of the lead.',
    },
  },
} as const;

/**
 * A lead with its stored reasons completed with label and text (see `completeReasons`) and broken down in
 * score points (see `withScoreBreakdown`) when the lead carries what that needs (score, model_version and,
 * for trained models, probability) and was scored by the active model. `overridden`: the lead's score is
 * a manual override; a rules model's own score is then not known, so its reasons stay without breakdown.
 */
function withReasonTexts(
  lead: Record<string, unknown>,
  labelOf: (feature: string) => string,
  scale: ScoreScale,
  overridden = false,
): Record<string, unknown> {
  if (!lead.reasons) return lead;
  const reasons = completeReasons(lead.reasons, labelOf);
  const { score, probability } = lead;
  lead.reasons =
    typeof score === 'number' && !(overridden && scale.kind === 'points')
      ? withScoreBreakdown(reasons, scale, {
          score,
          probability: typeof probability === 'number' ? probability : null,
          modelVersion: lead.model_version ?? null,
        })
      : reasons;
  return lead;
}

/** Registers the lead read routes. */
export function registerLeadRoutes(app: FastifyInstance, ctx: ApiContext): void {
  const query = (s: SqlStatement): Promise<Record<string, unknown>[]> =>
    ctx.lp.warehouse.query(s.sql, s.params);

  app.get<{ Querystring: LeadsQuerystring }>(
    '/leads',
    {
      schema: {
        operationId: 'listLeads',
        summary: 'Leads, paginated, sorted and filtered',
        description:
          'Offset or cursor pagination; sort by any column; filters by grade, score range, outcome, free text, and any column of leads_final with `filter.<column>=value` (exact value, compared as text, `true`/`false` for yes/no columns; several filters all apply; `GET /schema` lists the columns and the levels of categorical ones; an unknown column is a 400 `E_UNKNOWN_COLUMN` naming it).',
        tags: ['leads'],
        querystring: leadsQuerystring,
        response: ok('A page of leads', {
          type: 'object',
          properties: {
            items: { type: 'array', items: leadSchema },
            total: { type: 'integer', description: 'Leads matching the filters.' },
            limit: { type: 'integer' },
            offset: { type: 'integer' },
            sort: { type: 'string' },
            order: { type: 'string', enum: ['asc', 'desc'] },
            nextCursor: { type: ['string', 'null'] },
          },
        }),
      },
    },
    async (req, reply) => {
      const q = req.query;
      let sort = q.sort;
      let order = q.order;
      if (sort?.startsWith('-')) {
        if (order === 'asc')
          throw new HttpProblem(400, 'E_VALIDATION', `sort=${sort} already says descending; drop order=asc`);
        sort = sort.slice(1);
        order = 'desc';
      }
      const table = await ctx.table();
      const label = await ctx.label();
      const where = Object.entries(q)
        .filter(([k, v]) => k.startsWith('filter.') && typeof v === 'string')
        .map(([k, v]) => ({ column: k.slice('filter.'.length), value: String(v) }));
      const features = (await ctx.features())
        .map((f) => f.column)
        .filter((c) => table.columns.has(c) && c !== table.key)
        .slice(0, DEFAULT_FEATURE_COLUMNS);
      const plan = planLeadsQueryOrThrow(table, {
        label,
        where,
        defaultColumns: [...(label ? [label] : []), ...features, ...DEFAULT_LIST_COLUMNS],
        limit: q.limit,
        offset: q.offset,
        ...(q.cursor !== undefined ? { cursor: q.cursor } : {}),
        ...(sort !== undefined ? { sort } : {}),
        ...(order !== undefined ? { order } : {}),
        ...(q.columns !== undefined ? { columns: q.columns === 'all' ? 'all' : q.columns.split(',') } : {}),
        ...(q.grade !== undefined ? { grade: q.grade.split(',') } : {}),
        ...(q.min_score !== undefined ? { minScore: q.min_score } : {}),
        ...(q.max_score !== undefined ? { maxScore: q.max_score } : {}),
        ...(q.converted !== undefined ? { converted: q.converted } : {}),
        ...(q.q !== undefined ? { q: q.q } : {}),
      });
      const body = await ctx.cache.get(`GET ${req.url}`, async () => {
        const rows = await query(plan.page);
        // The count depends on the filters only: paging or re-sorting the same view reuses it.
        const total = await ctx.cache.get(
          `count ${plan.count.sql} ${JSON.stringify(plan.count.params)}`,
          async () => toNumber((await query(plan.count))[0]?.n),
        );
        const page = rows.slice(0, q.limit);
        const last = page[page.length - 1];
        const model = await ctx.model();
        const labelOf = reasonLabels(model);
        const scale = scoreScaleOf(model);
        return JSON.stringify({
          items: page.map((r) => withReasonTexts(apiLead(table, r, plan.columns), labelOf, scale)),
          total,
          limit: q.limit,
          offset: q.offset,
          sort: plan.sort,
          order: plan.order,
          nextCursor: rows.length > q.limit && last ? plan.cursorAfter(last) : null,
        });
      });
      return sendJson(reply, body);
    },
  );

  app.get<{ Params: { id: string } }>(
    '/leads/:id',
    {
      schema: {
        operationId: 'getLead',
        summary: 'One lead with its score, grade, reasons and score history',
        tags: ['leads'],
        params: {
          type: 'object',
          required: ['id'],
          properties: { id: { type: 'string', minLength: 1, maxLength: 300 } },
        },
        response: ok('The lead', {
          type: 'object',
          properties: {
            lead: leadSchema,
            scoreHistory: {
              type: 'array',
              items: scoreHistorySchema,
              description: 'Every score change, newest first (model runs and manual overrides).',
            },
          },
        }),
      },
    },
    async (req, reply) => {
      const id = req.params.id;
      const table = await ctx.table();
      const body = await ctx.cache.get(`GET /leads/${id}`, async () => {
        const row = (await query(leadByIdSql(table, id)))[0];
        if (!row)
          throw new HttpProblem(404, 'E_LEAD_NOT_FOUND', `no lead with ${table.key} = ${JSON.stringify(id)}`);
        const columns = [
          ...table.columns.keys(),
          ...SCORE_COLUMNS.map((c) => c.name).filter((c) => !table.columns.has(c)),
        ];
        const history = await ctx.lp.warehouse.scoreHistory(String(row[table.key]), 100);
        const model = await ctx.model();
        return JSON.stringify({
          lead: withReasonTexts(
            apiLead(table, row, columns),
            reasonLabels(model),
            scoreScaleOf(model),
            history[0]?.source === 'override',
          ),
          scoreHistory: history.map((h) => ({
            ...h,
            scoredAt: h.scoredAt ? isoTimestamp(String(h.scoredAt)) : h.scoredAt,
          })),
        });
      });
      return sendJson(reply, body);
    },
  );

  app.get<{ Querystring: { source: 'final' | 'raw' } }>(
    '/lead-count',
    {
      schema: {
        operationId: 'countLeads',
        summary: 'How many leads (final), or raw rows and files (source=raw)',
        tags: ['leads'],
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { source: { type: 'string', enum: ['final', 'raw'], default: 'final' } },
        },
        response: ok('The count', {
          type: 'object',
          properties: {
            source: { type: 'string', enum: ['final', 'raw'] },
            count: { type: 'integer', description: 'Leads in leads_final, or rows in leads_raw.' },
            files: { type: 'integer', description: 'source=raw: files the raw rows came from.' },
          },
        }),
      },
    },
    async (req, reply) => {
      const source = req.query.source;
      const body = await ctx.cache.get(`GET /lead-count?${source}`, async () => {
        const row = (await query(leadCountSql(source)))[0] ?? {};
        return JSON.stringify(
          source === 'raw'
            ? { source, count: toNumber(row.rows), files: toNumber(row.files) }
            : { source, count: toNumber(row.leads) },
        );
      });
      return sendJson(reply, body);
    },
  );
}
