/**
 * `GET /leads/export?format=csv&grade=A&lead_source=Google`: every column of the leads that match, as a
 * file download (CSV, Parquet or NDJSON), streamed from the export the warehouse wrote in a scratch folder,
 * which is removed once the response ends. Every query parameter but `format` is a `column=value` filter
 * on leads_final, checked against its columns (never SQL).
 */
import { createReadStream } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { exportLeadsToScratch } from '../pipeline/export-leads.ts';
import { parseExportFilter } from '../warehouse/lead-export.ts';
import type { ExportFormat } from '../warehouse/warehouse.ts';
import { EXPORT_FORMATS } from '../warehouse/warehouse.ts';
import type { ApiContext } from './api-context.ts';

/** The Content-Type of each export format. */
export const EXPORT_MEDIA_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  parquet: 'application/vnd.apache.parquet',
  ndjson: 'application/x-ndjson',
};

/** Registers `GET /leads/export`. */
export function registerExportRoutes(app: FastifyInstance, ctx: ApiContext): void {
  app.get(
    '/leads/export',
    {
      schema: {
        operationId: 'exportLeads',
        summary: 'Download the filtered leads, every column',
        description:
          'Every column of the scored leads (leads_final but its row hash), ordered by key, as a file. Any query parameter other than format filters on the leads_final column of that name (equality, compared as the column type; an empty value matches NULL), e.g. ?format=csv&grade=A&lead_source=Google.',
        tags: ['leads'],
        querystring: {
          type: 'object',
          additionalProperties: { type: 'string', maxLength: 1000 },
          maxProperties: 50,
          properties: {
            format: { type: 'string', enum: [...EXPORT_FORMATS], default: 'csv' },
          },
        },
        response: {
          200: {
            description: 'The file (Content-Disposition: attachment), with X-Leadpipe-Rows',
            content: Object.fromEntries(
              Object.values(EXPORT_MEDIA_TYPES).map((t) => [t.split(';')[0], { schema: { type: 'string' } }]),
            ),
          },
        },
      },
    },
    async (req, reply) => {
      const { format: rawFormat, ...rest } = req.query as Record<string, string>;
      const format = (rawFormat ?? 'csv') as ExportFormat;
      const filters = Object.entries(rest).map(([column, value]) => parseExportFilter(`${column}=${value}`));
      const exported = await exportLeadsToScratch(ctx.lp.warehouse, { format, filters });
      const stream = createReadStream(exported.file);
      // The scratch copy goes once the body is sent, or the client hung up.
      stream.once('close', () => void exported.cleanup());
      return reply
        .header('content-type', EXPORT_MEDIA_TYPES[format])
        .header('content-disposition', `attachment; filename="leads.${format}"`)
        .header('x-leadpipe-rows', String(exported.rows))
        .header('cache-control', 'no-store')
        .send(stream);
    },
  );
}
