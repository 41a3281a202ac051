/**
 * `POST /pipeline/refresh`: loads the staged files not loaded yet and runs the task, now. The CLI points
 * here when a server holds the warehouse (its `load` and `pipe refresh` cannot open it meanwhile).
 */
import type { FastifyInstance } from 'fastify';
import type { PipelineDriver } from './pipeline-driver.ts';
import { sendJson, withoutEngineText } from './api-context.ts';
import { loadResultSchema, ok, taskRunSchema } from './schemas.ts';

/** Registers `POST /pipeline/refresh`. */
export function registerRefreshRoute(app: FastifyInstance, driver: PipelineDriver): void {
  app.post(
    '/pipeline/refresh',
    {
      config: { write: true },
      schema: {
        operationId: 'refreshPipeline',
        summary: 'Load the staged files not loaded yet, then run the task (merge and scoring)',
        description:
          'What `leadpipe serve` also does by itself after each upload, every LEADPIPE_PIPE_POLL_SECONDS and on LEADPIPE_TASK_SCHEDULE_MINUTES. The task runs only when the stream has data. Needs x-api-key.',
        tags: ['pipeline'],
        security: [{ apiKey: [] }],
        response: ok('What was loaded and merged', {
          type: 'object',
          properties: {
            files: { type: 'array', items: loadResultSchema },
            task: { ...taskRunSchema, nullable: true },
          },
        }),
      },
    },
    async (_req, reply) => {
      const r = await driver.refresh('MANUAL');
      return sendJson(reply, { files: r.files, task: r.task ? withoutEngineText(r.task) : null });
    },
  );
}
