/**
 * Pipeline routes: `GET /pipeline/status`, `GET /loads/{file}/errors`, `GET /healthcheck`.
 */
import type { FastifyInstance } from 'fastify';
import { pipeStatus } from '../pipeline/pipe.ts';
import type { ApiContext } from './api-context.ts';
import { sendJson } from './api-context.ts';
import { HttpProblem } from './problems.ts';
import { loadErrorSchema, objectSchema, ok } from './schemas.ts';

/** How long a health check waits for the warehouse before calling it unreachable. */
const HEALTH_TIMEOUT_MS = 3000;

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), ms)));
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

/** Registers the pipeline status routes. */
export function registerPipelineRoutes(app: FastifyInstance, ctx: ApiContext): void {
  const { lp } = ctx;
  // The health check is open to anyone: it names the kind of stage, not where it is on disk or in S3.
  const stageKind = lp.stage.location.startsWith('s3:') ? 's3' : 'local';

  app.get<{ Querystring: { limit: number } }>(
    '/pipeline/status',
    {
      schema: {
        operationId: 'getPipelineStatus',
        summary: 'Pipe status, load history, stream lag, task state and runs',
        tags: ['pipeline'],
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            limit: {
              type: 'integer',
              minimum: 1,
              maximum: 500,
              default: 20,
              description: 'Rows of load history (task runs: half).',
            },
          },
        },
        response: ok('The status', {
          type: 'object',
          properties: {
            warehouse: { type: 'string' },
            stage: { type: 'string' },
            pipe: objectSchema,
            stream: objectSchema,
            task: objectSchema,
            driver: objectSchema,
            loadHistory: { type: 'array', items: objectSchema },
            taskHistory: { type: 'array', items: objectSchema },
          },
        }),
      },
    },
    async (req, reply) => {
      const limit = req.query.limit;
      return sendJson(reply, {
        warehouse: lp.warehouse.capabilities.engine,
        stage: lp.stage.location,
        pipe: await pipeStatus(lp),
        stream: await lp.warehouse.streamStatus(),
        task: {
          ...(await lp.warehouse.taskStatus()),
          suspendAfterFailures: lp.config.taskSuspendAfterFailures,
        },
        driver: app.pipeline.status(),
        loadHistory: await lp.warehouse.loadHistory({ limit }),
        taskHistory: await lp.warehouse.taskHistory({ limit: Math.max(1, Math.ceil(limit / 2)) }),
      });
    },
  );

  app.get<{ Params: { file: string }; Querystring: { limit: number; offset: number } }>(
    '/loads/:file/errors',
    {
      schema: {
        operationId: 'getLoadErrors',
        summary: 'Rejected rows of a loaded file: line, column, reason, raw text',
        tags: ['pipeline'],
        params: {
          type: 'object',
          required: ['file'],
          properties: { file: { type: 'string', minLength: 1, maxLength: 300 } },
        },
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            limit: { type: 'integer', minimum: 1, maximum: 1000, default: 100 },
            offset: { type: 'integer', minimum: 0, default: 0 },
          },
        },
        response: ok('The rejected rows, in file order', {
          type: 'object',
          properties: {
            file: { type: 'string' },
            total: { type: 'integer' },
            limit: { type: 'integer' },
            offset: { type: 'integer' },
            errors: { type: 'array', items: loadErrorSchema },
          },
        }),
      },
    },
    async (req, reply) => {
      const { file } = req.params;
      const { limit, offset } = req.query;
      if ((await lp.warehouse.loadHistory({ file, limit: 1 })).length === 0) {
        throw new HttpProblem(
          404,
          'E_FILE_NOT_FOUND',
          `no file named ${JSON.stringify(file)} in the load history`,
        );
      }
      const total = Number(
        (
          await lp.warehouse.query('SELECT count(*) AS n FROM load_errors WHERE file_name = $file', { file })
        )[0]?.n ?? 0,
      );
      const errors = await lp.warehouse.loadErrors({ file, limit, offset });
      return sendJson(reply, { file, total, limit, offset, errors });
    },
  );

  app.get(
    '/healthcheck',
    {
      schema: {
        operationId: 'healthcheck',
        summary: 'Warehouse and stage reachable, pipe and task state (503 when unhealthy)',
        description:
          'status is "ok", "degraded" (the task is suspended, or the warehouse is busy with a write) or "unhealthy" (503: the warehouse or the stage cannot be reached).',
        tags: ['service'],
        response: {
          ...ok('Healthy or degraded', objectSchema),
          503: { description: 'Unhealthy', content: { 'application/json': { schema: objectSchema } } },
        },
      },
    },
    async (req, reply) => {
      const started = performance.now();
      const [warehouse, stage, task] = await Promise.all([
        withTimeout(lp.warehouse.query('SELECT 1 AS ok'), HEALTH_TIMEOUT_MS).then(
          (r) =>
            r === 'timeout'
              ? ctx.writing()
                ? { ok: true, busy: true }
                : { ok: false, error: 'timed out' }
              : { ok: true },
          (err: unknown) => {
            req.log.error({ err }, 'health check: the warehouse cannot be queried');
            return { ok: false, error: 'the warehouse cannot be queried (see the server log)' };
          },
        ),
        withTimeout(lp.stage.list(), HEALTH_TIMEOUT_MS).then(
          (r) =>
            r === 'timeout'
              ? { ok: false, kind: stageKind, error: 'timed out' }
              : { ok: true, kind: stageKind, stagedFiles: r.length },
          (err: unknown) => {
            req.log.error({ err }, 'health check: the stage cannot be listed');
            return { ok: false, kind: stageKind, error: 'the stage cannot be listed (see the server log)' };
          },
        ),
        withTimeout(lp.warehouse.taskStatus(), HEALTH_TIMEOUT_MS).then(
          (r) =>
            r === 'timeout' ? null : { ...r, suspendAfterFailures: lp.config.taskSuspendAfterFailures },
          () => null,
        ),
      ]);
      const healthy = warehouse.ok && stage.ok;
      const degraded = task?.state === 'suspended' || ('busy' in warehouse && warehouse.busy === true);
      const status = !healthy ? 'unhealthy' : degraded ? 'degraded' : 'ok';
      return sendJson(
        reply,
        {
          status,
          checks: { warehouse: { engine: lp.warehouse.capabilities.engine, ...warehouse }, stage },
          pipe: { executionState: 'RUNNING', writing: ctx.writing() },
          task,
          elapsedMs: Math.round(performance.now() - started),
        },
        healthy ? 200 : 503,
      );
    },
  );
}
