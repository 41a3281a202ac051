/**
 * Upload routes: `POST /upload` stages a file, `POST /upload-and-load` stages, loads, merges and scores it
 * synchronously, `POST /validate` checks it without storing anything. Files stream from the request into
 * the stage (see uploads.ts). All three carry `config.upload`, so all three need the API key and count
 * against the upload rate limit (see app.ts); the two that store carry `config.write` as well.
 */
import type { FastifyInstance } from 'fastify';
import type { OnError } from '../config/config.ts';
import { ON_ERROR } from '../config/config.ts';
import { pendingFiles } from '../pipeline/pipe.ts';
import { putFile } from '../pipeline/put.ts';
import { runPipeline } from '../pipeline/run.ts';
import { validateFile } from '../pipeline/validate.ts';
import type { ApiContext } from './api-context.ts';
import { sendJson, withoutEngineText } from './api-context.ts';
import type { PipelineDriver } from './pipeline-driver.ts';
import { HttpProblem } from './problems.ts';
import {
  loadErrorSchema,
  loadResultSchema,
  objectSchema,
  ok,
  stagedFileSchema,
  taskRunSchema,
} from './schemas.ts';
import { receiveUploadOrThrow } from './uploads.ts';

/** Rejected rows returned with a load result (all of them: `GET /loads/{file}/errors`). */
const FIRST_ERRORS = 20;

/**
 * Registers the upload routes. With a `driver`, a file staged by `/upload` is loaded, merged and scored in
 * the background (a running `serve`); `/upload-and-load` reports its failures through the driver's alerts.
 */
export function registerUploadRoutes(app: FastifyInstance, ctx: ApiContext, driver?: PipelineDriver): void {
  const { lp } = ctx;
  const maxBytes = lp.config.api.maxUploadBytes;

  app.post(
    '/upload',
    {
      config: { write: true, upload: true },
      schema: {
        operationId: 'uploadFile',
        summary: 'Stage a lead file (multipart, field "file") without loading it',
        description: `CSV, JSON array or NDJSON, gzipped or not. Streams into the stage; at most LEADPIPE_MAX_UPLOAD_BYTES (413 beyond). Needs x-api-key. A running server loads, merges and scores it in the background within seconds (\`GET /pipeline/status\` shows it); \`POST /pipeline/refresh\` does it at once.`,
        tags: ['pipeline'],
        security: [{ apiKey: [] }],
        response: ok(
          'The staged file',
          {
            type: 'object',
            properties: { status: { type: 'string', enum: ['STAGED'] }, file: stagedFileSchema },
          },
          201,
        ),
      },
    },
    async (req, reply) => {
      const upload = await receiveUploadOrThrow(req, maxBytes);
      try {
        const put = await ctx.write(() => putFile(lp, upload.source));
        if (!put.ok)
          throw new HttpProblem(422, put.code, `${put.name}: ${put.error}`, { details: { file: put.name } });
        req.log.info(
          { file: put.file.name, rows: put.file.rowsAccepted, rejected: put.file.rowsRejected },
          'staged upload',
        );
        driver?.nudge();
        return sendJson(reply, { status: 'STAGED', file: put.file }, 201);
      } finally {
        upload.drain();
      }
    },
  );

  app.post<{ Querystring: { force?: boolean; on_error?: OnError } }>(
    '/upload-and-load',
    {
      config: { write: true, upload: true },
      schema: {
        operationId: 'uploadAndLoad',
        summary: 'Stage, load, merge and score a lead file, synchronously (multipart, field "file")',
        description:
          'Loads staged files still pending first, then the upload; runs the task (merge into leads_final, then scoring). Rejected rows are not an error: they come back in the result. Needs x-api-key.',
        tags: ['pipeline'],
        security: [{ apiKey: [] }],
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            force: {
              type: 'boolean',
              description: 'Reload even if this file (name and checksum) was loaded before.',
            },
            on_error: {
              type: 'string',
              enum: [...ON_ERROR],
              description: 'What rejected rows do to the file (default: LEADPIPE_ON_ERROR).',
            },
          },
        },
        response: ok('The load result', {
          type: 'object',
          properties: {
            file: loadResultSchema,
            errors: {
              type: 'array',
              items: loadErrorSchema,
              description: `The first ${FIRST_ERRORS} rejected rows.`,
            },
            task: taskRunSchema,
            pending: {
              type: 'array',
              items: loadResultSchema,
              description: 'Files staged earlier and loaded first.',
            },
            totals: objectSchema,
          },
        }),
      },
    },
    async (req, reply) => {
      const upload = await receiveUploadOrThrow(req, maxBytes);
      try {
        const { before, summary } = await ctx.write(async () => {
          const before = (await pendingFiles(lp)).length;
          const options = {
            ...(req.query.force ? { force: true } : {}),
            ...(req.query.on_error ? { onError: req.query.on_error } : {}),
          };
          return { before, summary: await runPipeline(lp, [upload.source], options) };
        });
        await driver?.report({ files: summary.files, task: summary.task });
        const pending = summary.files.slice(0, before);
        const file = summary.files[before];
        const result = { ...summary, pending };
        if (!file) {
          throw new HttpProblem(
            409,
            'E_LOAD_ABORTED',
            'a pending file stopped the load (ON_ERROR = ABORT_STATEMENT) before the upload was loaded; nothing of it was stored',
            {
              details: { result },
            },
          );
        }
        if (file.status === 'LOAD_FAILED') {
          throw new HttpProblem(
            422,
            'E_LOAD_FAILED',
            `${file.file}: ${file.reason ?? file.firstError?.reason ?? 'the file could not be loaded'}`,
            {
              details: { result: { file, task: summary.task, pending } },
            },
          );
        }
        const errors =
          file.loadId && file.errorCount > 0
            ? await lp.warehouse.loadErrors({ loadId: file.loadId, limit: FIRST_ERRORS })
            : [];
        req.log.info(
          {
            file: file.file,
            status: file.status,
            loaded: file.rowsLoaded,
            rejected: file.rowsRejected,
            task: summary.task.state,
          },
          'loaded upload',
        );
        const body = { file, errors, task: summary.task, pending, totals: summary.totals };
        if (summary.task.state === 'FAILED' || summary.task.state === 'FAILED_AND_AUTO_SUSPENDED') {
          // The engine's message may quote SQL and paths: the log has it, the client gets the code.
          req.log.error({ task: summary.task }, 'the task failed after an upload');
          throw new HttpProblem(
            503,
            'E_TASK_FAILED',
            `the file loaded, but the merge into leads_final failed (task ${summary.task.state}); the server log has the engine's message (request id ${req.id}), GET /pipeline/status the task's state`,
            { details: { result: { ...body, task: withoutEngineText(summary.task) } } },
          );
        }
        return sendJson(reply, body);
      } finally {
        upload.drain();
      }
    },
  );

  app.post<{ Querystring: { max_errors: number } }>(
    '/validate',
    {
      config: { upload: true },
      schema: {
        operationId: 'validateFile',
        summary: 'Validate a lead file without loading it (multipart, field "file")',
        description:
          'Format, rows, columns, missing required columns, undeclared columns and the first rejected rows. Stores nothing. Needs x-api-key (it parses up to LEADPIPE_MAX_UPLOAD_BYTES).',
        tags: ['pipeline'],
        security: [{ apiKey: [] }],
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { max_errors: { type: 'integer', minimum: 0, maximum: 1000, default: 20 } },
        },
        response: ok('The validation report', {
          type: 'object',
          additionalProperties: true,
          properties: {
            file: { type: 'string' },
            valid: { type: 'boolean' },
            error: { type: 'string' },
            summary: objectSchema,
            undeclaredColumns: { type: 'array', items: { type: 'string' } },
            errors: { type: 'array', items: objectSchema },
          },
        }),
      },
    },
    async (req, reply) => {
      const upload = await receiveUploadOrThrow(req, maxBytes);
      try {
        return sendJson(reply, await validateFile(lp.config, lp.schema, upload.source, req.query.max_errors));
      } finally {
        upload.drain();
      }
    },
  );
}
