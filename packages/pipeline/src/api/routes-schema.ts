/**
 * `GET /schema`: what the dashboard needs to adapt to any lead data: the key, the label column, every
 * column of leads_final with its type, whether it is categorical (and its most frequent levels), human
 * labels, and the active model's input features (kind, levels, range, typical value, importance).
 */
import type { FastifyInstance } from 'fastify';
import type { ApiContext } from './api-context.ts';
import { sendJson } from './api-context.ts';
import { columnLabel } from './column-labels.ts';
import { ok } from './schemas.ts';

const labelSchema = {
  type: 'object',
  description: "Human label per language: the home's labels.json, else words from the snake_case name.",
  properties: { en: { type: 'string' }, es: { type: 'string' } },
} as const;

const columnSchema = {
  type: 'object',
  properties: {
    name: { type: 'string' },
    type: { type: 'string', enum: ['boolean', 'integer', 'double', 'timestamp', 'string', 'json'] },
    origin: { type: 'string', enum: ['lead', 'meta', 'score'] },
    categorical: {
      type: 'boolean',
      description:
        'Few distinct values (text, yes/no, or an integer code): offered as a filter with its levels.',
    },
    distinct: {
      type: 'integer',
      description: 'Distinct non-null values (lead columns of text, yes/no or integers).',
    },
    levels: {
      type: 'array',
      description: 'Most frequent values first (categorical columns).',
      items: { type: 'object', properties: { value: { type: 'string' }, leads: { type: 'integer' } } },
    },
    label: labelSchema,
  },
} as const;

const featureSchema = {
  type: 'object',
  properties: {
    column: { type: 'string' },
    label: labelSchema,
    kind: { type: 'string', enum: ['categorical', 'numeric', 'boolean'] },
    levels: { type: 'array', items: { type: 'string' }, description: 'Known levels, most frequent first.' },
    range: {
      type: 'array',
      items: { type: 'number' },
      minItems: 2,
      maxItems: 2,
      description: 'Numeric: the training range [low, high].',
    },
    typical: {
      type: ['string', 'number', 'boolean'],
      description: 'A typical value: the training median, the most frequent level, or the usual yes/no.',
    },
    importance: {
      type: 'number',
      description: "Share of the model's reliance on the column (all add up to 1).",
    },
  },
} as const;

const modelWarningSchema = {
  type: ['object', 'null'],
  description:
    "The active model's columns leads_final lacks (scored as missing), as recorded at its activation or latest task run; null when none is missing.",
  properties: {
    modelVersion: { type: 'string' },
    missing: { type: 'array', items: { type: 'string' }, description: 'Heaviest first.' },
    missingWeight: { type: 'number', description: "Their share of the model's weight (0–1)." },
    message: { type: 'string' },
  },
  required: ['modelVersion', 'missing', 'missingWeight', 'message'],
} as const;

/** Registers `GET /schema`. */
export function registerSchemaRoutes(app: FastifyInstance, ctx: ApiContext): void {
  app.get(
    '/schema',
    {
      schema: {
        operationId: 'getSchema',
        summary: "The home's lead columns, label column and the active model's features",
        description:
          "What forms, filters and charts are built from: leads_final's columns (type, categorical or not, top levels, labels) and the active model's input columns, most important first.",
        tags: ['leads'],
        response: ok('The schema', {
          type: 'object',
          properties: {
            key: { type: 'string', description: 'The key column.' },
            label: { type: ['string', 'null'], description: 'The label (outcome) column, if any.' },
            modelVersion: { type: 'string' },
            columns: { type: 'array', items: columnSchema },
            features: { type: 'array', items: featureSchema },
            modelWarning: modelWarningSchema,
          },
        }),
      },
    },
    async (_req, reply) => {
      const body = await ctx.cache.get('GET /schema', async () => {
        const [table, label, profile, labels, model, modelWarning] = await Promise.all([
          ctx.table(),
          ctx.label(),
          ctx.profile(),
          ctx.labels(),
          ctx.model(),
          ctx.modelWarning(),
        ]);
        return JSON.stringify({
          key: table.key,
          label,
          modelVersion: model.version,
          columns: profile.map((c) => ({ ...c, label: columnLabel(labels, c.name) })),
          features: (await ctx.features()).map((f) => ({
            ...f,
            // The model's own label names the column in English only; the labels file (or the name) wins.
            label: columnLabel(labels, f.column, f.label),
          })),
          modelWarning,
        });
      });
      return sendJson(reply, body);
    },
  );
}
