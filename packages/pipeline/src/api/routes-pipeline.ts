/**
 * Pipeline routes: `GET /pipeline/status`, `GET /loads/{file}/errors`, `GET /healthcheck`, and the
 * quarantine's way out, `POST /pipeline/quarantine/{file}/retry|drop` (behind the API key, like every
 * write). What they show never names a place on the server's disk nor carries an engine's SQL text.
 */
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { pipeStatus } from '../pipeline/pipe.ts';
import { dropQuarantined, retryQuarantined } from '../pipeline/quarantine.ts';
import type { LoadHistoryRow, QuarantinedFile, TaskHistoryRow } from '../warehouse/warehouse.ts';
import type { ApiContext } from './api-context.ts';
import { sendJson } from './api-context.ts';
import { HttpProblem, redactInternals } from './problems.ts';
import { loadErrorSchema, objectSchema, ok } from './schemas.ts';

/** How long a health check waits for the warehouse before calling it unreachable. */
const HEALTH_TIMEOUT_MS = 3000;

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), ms)));
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

/** A quarantined file as the API shows it (its reason without paths or SQL). */
function quarantineView(q: QuarantinedFile, hide: readonly string[]): Record<string, unknown> {
  return {
    file: q.fileName,
    loadId: q.loadId,
    phase: q.phase,
    quarantinedAt: q.quarantinedAt,
    rows: q.rows,
    reason: redactInternals(q.reason, hide),
  };
}

/** Registers the pipeline status routes. */
export function registerPipelineRoutes(app: FastifyInstance, ctx: ApiContext): void {
  const { lp } = ctx;
  // Status and health name the kind of stage, not where it is on disk or in S3.
  const stageKind = lp.stage.location.startsWith('s3:') ? 's3' : 'local';
  const hide = [lp.stage.location, path.resolve(lp.config.home), os.tmpdir()];
  const text = (v: string | null): string | null => (v === null ? null : redactInternals(v, hide));
  const loadView = ({ stageLocation: _where, ...h }: LoadHistoryRow): Record<string, unknown> => ({
    ...h,
    reason: text(h.reason),
    firstErrorMessage: text(h.firstErrorMessage),
  });
  const taskView = (t: TaskHistoryRow): TaskHistoryRow => ({ ...t, errorMessage: text(t.errorMessage) });

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
            stage: { type: 'string', description: 'The kind of stage: `local` or `s3` (never its place).' },
            pipe: objectSchema,
            stream: objectSchema,
            task: objectSchema,
            driver: objectSchema,
            quarantine: {
              type: 'array',
              description:
                'Quarantined files, newest first: file, loadId, phase (`copy` or `task`), quarantinedAt, rows held, reason.',
              items: objectSchema,
            },
            loadHistory: { type: 'array', items: objectSchema },
            taskHistory: { type: 'array', items: objectSchema },
          },
        }),
      },
    },
    async (req, reply) => {
      const limit = req.query.limit;
      const pipe = await pipeStatus(lp);
      return sendJson(reply, {
        warehouse: lp.warehouse.capabilities.engine,
        stage: stageKind,
        pipe: { ...pipe, lastError: text(pipe.lastError) },
        stream: await lp.warehouse.streamStatus(),
        task: {
          ...(await lp.warehouse.taskStatus()),
          suspendAfterFailures: lp.config.taskSuspendAfterFailures,
        },
        driver: app.pipeline.status(),
        quarantine: (await lp.warehouse.quarantinedFiles()).map((q) => quarantineView(q, hide)),
        loadHistory: (await lp.warehouse.loadHistory({ limit })).map(loadView),
        taskHistory: (await lp.warehouse.taskHistory({ limit: Math.max(1, Math.ceil(limit / 2)) })).map(
          taskView,
        ),
      });
    },
  );

  app.post<{ Params: { file: string; action: 'retry' | 'drop' } }>(
    '/pipeline/quarantine/:file/:action',
    {
      config: { write: true },
      schema: {
        operationId: 'resolveQuarantine',
        summary: 'Retry (load again and merge) or drop (forget) a quarantined file',
        description:
          'retry: the staged copy is loaded again and the task runs; `quarantined` says whether it failed again (then it stays listed). drop: its held rows leave leads_raw and the load history says DROPPED. 404 when the file is not quarantined.',
        tags: ['pipeline'],
        security: [{ apiKey: [] }],
        params: {
          type: 'object',
          required: ['file', 'action'],
          properties: {
            file: { type: 'string', minLength: 1, maxLength: 300 },
            action: { type: 'string', enum: ['retry', 'drop'] },
          },
        },
        response: ok('What the retry or the drop did', {
          type: 'object',
          properties: {
            file: { type: 'string' },
            action: { type: 'string' },
            quarantined: { type: 'boolean' },
            status: { type: 'string' },
            rowsRemoved: { type: 'integer' },
            reason: { type: 'string' },
          },
        }),
      },
    },
    async (req, reply) => {
      const { file, action } = req.params;
      const done = await ctx
        .write(async () => {
          if (action === 'drop') {
            const r = await dropQuarantined(lp, file);
            return { file, action, quarantined: false, status: 'DROPPED', rowsRemoved: r.rowsRemoved };
          }
          const r = await retryQuarantined(lp, file);
          const again =
            r.load.status === 'QUARANTINED'
              ? r.load.reason
              : r.task.quarantined?.find((q) => q.loadId === r.load.loadId)?.reason;
          return {
            file,
            action,
            quarantined: r.quarantined,
            status: r.quarantined ? 'QUARANTINED' : r.load.status,
            ...(again ? { reason: redactInternals(again, hide) } : {}),
          };
        })
        .catch((err: unknown) => {
          if ((err as { code?: unknown }).code === 'E_NOT_QUARANTINED')
            throw new HttpProblem(404, 'E_NOT_QUARANTINED', `${file} is not quarantined`);
          throw err;
        });
      return sendJson(reply, done);
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
          'status is "ok", "degraded" (HTTP 200: the task is suspended, its last run failed, files are quarantined, or the warehouse is busy with a write) or "unhealthy" (503: the warehouse or the stage cannot be reached). Degraded answers 200 so a load balancer keeps the instance: it still serves and loads; a person has work to do (see `quarantine list`).',
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
      // Degraded, not unhealthy: the service answers and keeps loading; a person has work to do.
      const [lastRun, quarantined] =
        warehouse.ok && !('busy' in warehouse)
          ? await Promise.all([
              withTimeout(lp.warehouse.taskHistory({ limit: 1 }), HEALTH_TIMEOUT_MS).then(
                (r) => (r === 'timeout' ? undefined : r[0]),
                () => undefined,
              ),
              withTimeout(lp.warehouse.quarantinedFiles(), HEALTH_TIMEOUT_MS).then(
                (r) => (r === 'timeout' ? 0 : r.length),
                () => 0,
              ),
            ])
          : [undefined, 0];
      const lastRunFailed = lastRun?.state === 'FAILED' || lastRun?.state === 'FAILED_AND_AUTO_SUSPENDED';
      const healthy = warehouse.ok && stage.ok;
      const degraded =
        task?.state === 'suspended' ||
        ('busy' in warehouse && warehouse.busy === true) ||
        lastRunFailed ||
        quarantined > 0;
      const status = !healthy ? 'unhealthy' : degraded ? 'degraded' : 'ok';
      return sendJson(
        reply,
        {
          status,
          checks: { warehouse: { engine: lp.warehouse.capabilities.engine, ...warehouse }, stage },
          pipe: { executionState: 'RUNNING', writing: ctx.writing(), quarantinedFiles: quarantined },
          task: task ? { ...task, lastRunFailed } : task,
          elapsedMs: Math.round(performance.now() - started),
        },
        healthy ? 200 : 503,
      );
    },
  );
}
