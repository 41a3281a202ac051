/**
 * Scoring routes: `POST /score-lead` scores leads that are not stored (one, or a batch as an array) with
 * the active model, in TypeScript; `GET /model` is the active model's card.
 */
import type { FastifyInstance } from 'fastify';
import type { LeadSchema } from '../formats/lead-schema.ts';
import type { ApiContext } from './api-context.ts';
import { sendJson } from './api-context.ts';
import {
  leadInputSchema,
  modelCard,
  normaliseLeadInput,
  nullTokenSet,
  scoreForApi,
  typeLeadOrThrow,
} from './model-store.ts';
import { HttpProblem } from './problems.ts';
import { objectSchema, ok, scoredLeadSchema } from './schemas.ts';

/** Most leads in one batch request. */
export const MAX_BATCH = 1000;

/** Registers the scoring routes. */
export function registerScoringRoutes(app: FastifyInstance, ctx: ApiContext): void {
  const { schema, config } = ctx.lp;
  const lead = leadInputSchema(schema);
  const cards = new Map<string, string>();
  const nulls = nullTokenSet(config.nullTokens);
  // Posted values are typed as file rows are: by the declared columns, and by leads_final's other lead
  // columns (inferred from the files loaded), so a home without a declared schema scores as well.
  const typingSchema = async (): Promise<LeadSchema> => {
    const declared = new Set(schema.columns.map((c) => c.name));
    const inferred = [...(await ctx.table()).columns.values()]
      .filter((c) => c.origin === 'lead' && !declared.has(c.name))
      .map((c) => ({ name: c.name, type: c.type, nullable: true }));
    return inferred.length === 0 ? schema : { ...schema, columns: [...schema.columns, ...inferred] };
  };

  app.post<{ Body: Record<string, unknown> | Record<string, unknown>[] }>(
    '/score-lead',
    {
      bodyLimit: 8 * 1024 * 1024,
      schema: {
        operationId: 'scoreLead',
        summary: 'Score a lead (or an array of up to 1000) without storing it',
        description:
          'Returns probability, score 0-100, grade, the top 3 positive and negative reasons and the model version. Values are typed as file rows are (null tokens, Yes/No booleans, numeric text).',
        tags: ['scoring'],
        body: { oneOf: [lead, { type: 'array', items: lead, minItems: 1, maxItems: MAX_BATCH }] },
        response: ok('The score, or an array of scores in input order', {
          oneOf: [scoredLeadSchema, { type: 'array', items: scoredLeadSchema }],
        }),
      },
      preValidation: async (req) => {
        const { body, error } = normaliseLeadInput(req.body);
        if (error) throw new HttpProblem(400, 'E_VALIDATION', `body: ${error}`);
        req.body = body as typeof req.body;
      },
    },
    async (req, reply) => {
      const model = await ctx.model();
      const typing = await typingSchema();
      const score = (input: Record<string, unknown>, where: string): unknown => {
        const typed = typeLeadOrThrow(typing, nulls, input, where);
        const id = input[config.key];
        return scoreForApi(model, typed, id === undefined || id === null ? null : String(id));
      };
      const body = req.body;
      return sendJson(
        reply,
        Array.isArray(body) ? body.map((l, i) => score(l, `lead ${i}: `)) : score(body, ''),
      );
    },
  );

  app.get(
    '/model',
    {
      schema: {
        operationId: 'getModel',
        summary: 'The active model card and its held-out metrics',
        description:
          'Version, features used and excluded, training data, calibration, grade thresholds, metrics, inputs for forms, top weights.',
        tags: ['scoring'],
        response: ok('The model card', {
          type: 'object',
          additionalProperties: true,
          properties: {
            version: { type: 'string' },
            kind: { type: 'string', enum: ['logistic', 'gbt', 'rules'] },
            metrics: objectSchema,
            inputs: { type: 'array', items: objectSchema },
          },
        }),
      },
    },
    async (_req, reply) => {
      const model = await ctx.model();
      let card = cards.get(model.version);
      if (card === undefined) {
        card = JSON.stringify(modelCard(model));
        cards.set(model.version, card);
      }
      return sendJson(reply, card);
    },
  );
}
