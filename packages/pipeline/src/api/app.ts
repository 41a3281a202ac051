/**
 * The HTTP API as a Fastify app: request in, response out, no socket of its own. `server.ts` serves it on
 * Node, `lambda.ts` on AWS Lambda. Routes are schema-validated and documented (OpenAPI at `/docs/json`,
 * Swagger UI at `/docs`); every error leaves through one handler as RFC 7807 problem+json; one JSON log
 * line per request carries the request id. One `onRequest` hook counts every request against its client's
 * rate limit, then checks the API key of the routes that need one.
 */
import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import cors from '@fastify/cors';
import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { LogController } from 'fastify';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import pino from 'pino';
import type { Config } from '../config/config.ts';
import { errorMessage } from '../errors.ts';
import { createAlerter } from '../pipeline/alerts.ts';
import type { Leadpipe } from '../pipeline/context.ts';
import type { ScoringModel } from '../scoring/model/scoring-model.ts';
import { createApiContext, sendJson } from './api-context.ts';
import { HttpProblem, PROBLEM_MEDIA_TYPE, problemBody, toProblem } from './problems.ts';
import { checkCrossSiteOrThrow, WRITE_HEADER } from './cross-site-guard.ts';
import { rateLimitsOf, registerRateLimits, tooManyRequestsResponse } from './rate-limits.ts';
import { registerExportRoutes } from './routes-export.ts';
import { registerLeadRoutes } from './routes-leads.ts';
import type { PipelineDriver } from './pipeline-driver.ts';
import { createPipelineDriver } from './pipeline-driver.ts';
import { registerPipelineRoutes } from './routes-pipeline.ts';
import { registerRefreshRoute } from './routes-refresh.ts';
import { registerScoringRoutes } from './routes-scoring.ts';
import { registerStatsRoutes } from './routes-stats.ts';
import { registerSchemaRoutes } from './routes-schema.ts';
import { registerUploadRoutes } from './routes-uploads.ts';
import { objectSchema, ok, uploadBodySchema } from './schemas.ts';
import { registerSecurityHeaders } from './security-headers.ts';
import { webStatic } from './web-static.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route writes (stages or loads): it needs the API key and counts against the upload rate limit. */
    write?: boolean;
    /**
     * The route takes a multipart file upload (documented as such in OpenAPI). Parsing an upload costs CPU
     * even when nothing is stored, so upload routes need the API key and count against the upload rate
     * limit, as write routes do.
     */
    upload?: boolean;
  }
}

/** leadpipe's package.json version, shown by `GET /` and in the OpenAPI document. */
export const API_VERSION: string = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

/** Options of {@link buildApp}. */
export interface ApiOptions {
  /** The open pipeline. The app never closes it: whoever opened it does. */
  lp: Leadpipe;
  /**
   * The model of `POST /score-lead` and `GET /model`. Default: the warehouse's active model (the one stored
   * scores come from; the shipped default model is activated on first use).
   */
  model?: ScoringModel;
  /** `false` for no logs; default JSON logs (pino) at the configured level, see {@link loggerOptions}. */
  logger?: FastifyServerOptions['logger'];
  /** How long read answers are cached between writes, in ms (default 10000; 0 = off). */
  cacheTtlMs?: number;
  /**
   * Write routes when no API key is configured: `allow` (default; the Node server then binds to loopback
   * only) or `deny` (AWS Lambda, where there is no loopback to hide behind).
   */
  writesWithoutKey?: 'allow' | 'deny';
  /**
   * Run the pipeline in the background (a server): load staged files, merge and score after uploads, on the
   * stage poll and on the task schedule. Default false (Lambda, tests): `POST /pipeline/refresh` only.
   */
  continuous?: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The app's pipeline driver (see pipeline-driver.ts). */
    pipeline: PipelineDriver;
  }
}

/** pino options for CloudWatch-friendly JSON logs: ISO time, level names, secrets redacted. */
export function loggerOptions(config: Config): Exclude<FastifyServerOptions['logger'], boolean | undefined> {
  return {
    level: config.logLevel,
    base: { service: 'leadpipe-api' },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
    redact: {
      paths: [
        'req.headers["x-api-key"]',
        'req.headers.authorization',
        'req.headers.cookie',
        'headers["x-api-key"]',
      ],
      censor: '***',
    },
  };
}

/** Whether a route needs the API key (and counts against the stricter upload rate limit). */
export function needsApiKey(config: { write?: boolean; upload?: boolean }): boolean {
  return config.write === true || config.upload === true;
}

/** Constant-time comparison of API keys (hashing first makes the lengths equal). */
export function apiKeyMatches(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Builds the API over an open pipeline. Call `listen` (server.ts) or hand it to the Lambda adapter.
 *
 * @example
 * const lp = await openLeadpipe(config);
 * const app = await buildApp({ lp });
 * await app.listen({ port: 8000 });
 */
export async function buildApp(options: ApiOptions): Promise<FastifyInstance> {
  const { lp } = options;
  const { config } = lp;
  const ctx = createApiContext(lp, options.cacheTtlMs ?? 10_000, options.model);
  // Read (or activate) the model now: a broken model should stop the start, not the first request.
  const model = await ctx.model();
  const app = Fastify({
    logger: options.logger ?? loggerOptions(config),
    // One line per request (onResponse below) instead of Fastify's two.
    logController: new LogController({ disableRequestLogging: true, requestIdLogLabel: 'requestId' }),
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    routerOptions: { ignoreTrailingSlash: true },
    // Who the client is (rate limits, logs): x-forwarded-for counts only from the proxies configured here.
    trustProxy: config.api.trustProxy,
    return503OnClosing: true,
    ajv: {
      customOptions: {
        removeAdditional: false,
        allowUnionTypes: true,
        coerceTypes: 'array',
        useDefaults: true,
      },
    },
  });

  // Paths on this server's disk that no error body may show (see redactInternals).
  const privateRoots = [path.resolve(config.home), os.tmpdir()];
  app.setErrorHandler((err, req, reply) => {
    const p = toProblem(err, privateRoots);
    p.instance = req.url.split('?')[0] ?? req.url;
    p.requestId = req.id;
    // The log keeps the whole message (SQL text and paths included) that the body leaves out.
    if (p.status >= 500) req.log.error({ err, code: p.code }, 'request failed');
    else req.log.info({ code: p.code, detail: errorMessage(err) }, 'request refused');
    if (p.status === 503) reply.header('retry-after', '5');
    return reply.status(p.status).type(PROBLEM_MEDIA_TYPE).send(problemBody(p));
  });
  app.setNotFoundHandler((req, reply) => {
    const urlPath = req.url.split('?')[0] ?? req.url;
    const p = toProblem(
      new HttpProblem(
        404,
        'E_NOT_FOUND',
        `no route ${req.method} ${urlPath}; the routes are listed at /docs`,
      ),
    );
    p.instance = urlPath;
    p.requestId = req.id;
    return reply.status(404).type(PROBLEM_MEDIA_TYPE).send(problemBody(p));
  });

  app.addHook('onRequest', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });
  registerSecurityHeaders(app);
  app.addHook('onResponse', async (req, reply) => {
    req.log.info(
      {
        method: req.method,
        url: req.url,
        statusCode: reply.statusCode,
        ms: Math.round(reply.elapsedTime * 10) / 10,
      },
      'request',
    );
  });

  const origins = config.api.corsOrigins.filter((o) => o !== '');
  await app.register(cors, {
    origin: origins.includes('*') ? '*' : origins.length > 0 ? origins : false,
    methods: ['GET', 'HEAD', 'POST', 'OPTIONS'],
    allowedHeaders: ['content-type', 'x-api-key', 'x-request-id', WRITE_HEADER],
    exposedHeaders: ['x-request-id', 'retry-after'],
    maxAge: 600,
  });

  const apiKey = config.api.apiKey;
  const writesWithoutKey = options.writesWithoutKey ?? 'allow';
  const limits = rateLimitsOf(config);
  const checkRateLimit = await registerRateLimits(app, limits);
  // After CORS (registered above): its hook answers preflights and adds the CORS headers first, so a browser
  // on another origin can read a 401 or a 429 and its Retry-After.
  app.addHook('onRequest', async (req, reply) => {
    const guarded = needsApiKey(req.routeOptions.config);
    // Before the key check, so that wrong keys count too (throttles guessing).
    await checkRateLimit(req, reply, guarded);
    if (!guarded) return;
    if (!apiKey && writesWithoutKey === 'deny')
      throw new HttpProblem(
        403,
        'E_WRITES_DISABLED',
        'write and upload routes are disabled: no API key is configured (set LEADPIPE_API_KEY)',
      );
    // Another site's form must not write, key or no key (see cross-site-guard.ts).
    checkCrossSiteOrThrow(req, { corsOrigins: origins, keyConfigured: Boolean(apiKey) });
    if (!apiKey) return;
    const given = req.headers['x-api-key'];
    if (typeof given !== 'string' || given === '')
      throw new HttpProblem(401, 'E_API_KEY_MISSING', 'this route needs an API key in the x-api-key header');
    if (!apiKeyMatches(given, apiKey))
      throw new HttpProblem(
        401,
        'E_API_KEY_INVALID',
        'the x-api-key header does not match the configured API key',
      );
  });
  await app.register(multipart, { limits: { fileSize: config.api.maxUploadBytes, files: 1 } });
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'leadpipe API',
        version: API_VERSION,
        description:
          'Lead files in, scored leads out. Read routes are open; the upload routes (`/upload`, `/upload-and-load`, `/validate`) need the `x-api-key` header (on a server without a key: `x-leadpipe-request: 1`) and refuse requests from other sites. Each client (IP address) has a budget of requests per minute for reads and a smaller one for uploads (429 with `Retry-After` beyond). Errors are RFC 7807 problem+json with a stable `code`.',
      },
      tags: [
        { name: 'service', description: 'Index and health' },
        { name: 'leads', description: 'Leads in the warehouse' },
        { name: 'scoring', description: 'Scoring leads and the active model' },
        { name: 'pipeline', description: 'Uploads, validation, loads and the task' },
      ],
      components: { securitySchemes: { apiKey: { type: 'apiKey', in: 'header', name: 'x-api-key' } } },
    },
    transform: ({ schema, url, route }) => {
      const routeConfig = route.config ?? {};
      const limit = needsApiKey(routeConfig) ? limits.write : limits.read;
      let documented = schema;
      // 429 only where a limit applies (0 turns it off).
      if (limit > 0 && schema?.response)
        documented = {
          ...documented,
          response: { ...(schema.response as object), 429: tooManyRequestsResponse(limit) },
        };
      // Upload routes read the multipart stream by hand (no body validation); document the body anyway.
      if (routeConfig.upload)
        documented = {
          ...documented,
          consumes: ['multipart/form-data'],
          body: uploadBodySchema,
        } as typeof schema;
      return { schema: documented, url };
    },
  });
  await app.register(swaggerUi, {
    routePrefix: '/docs',
    uiConfig: { docExpansion: 'list', deepLinking: true },
  });

  app.get(
    '/',
    {
      schema: {
        operationId: 'index',
        summary: 'Name, version and links',
        tags: ['service'],
        response: ok('The index', {
          type: 'object',
          properties: {
            name: { type: 'string' },
            version: { type: 'string' },
            description: { type: 'string' },
            links: objectSchema,
          },
        }),
      },
    },
    async (_req, reply) =>
      sendJson(reply, {
        name: 'leadpipe',
        version: API_VERSION,
        description: 'Lead files in, scored leads out.',
        model: model.version,
        links: {
          docs: '/docs',
          openapi: '/docs/json',
          health: '/healthcheck',
          leads: '/leads',
          leadCount: '/lead-count',
          stats: '/stats',
          scoreLead: '/score-lead',
          model: '/model',
          upload: '/upload',
          uploadAndLoad: '/upload-and-load',
          validate: '/validate',
          pipelineStatus: '/pipeline/status',
          pipelineRefresh: '/pipeline/refresh',
        },
      }),
  );
  registerLeadRoutes(app, ctx);
  registerExportRoutes(app, ctx);
  registerStatsRoutes(app, ctx);
  registerSchemaRoutes(app, ctx);
  registerScoringRoutes(app, ctx);
  const driver = createPipelineDriver(ctx, {
    log: app.log,
    alerter: createAlerter({ webhookUrl: config.alerts.webhookUrl, logger: app.log }),
    pollSeconds: config.api.pipePollSeconds,
    scheduleMinutes: config.api.taskScheduleMinutes,
  });
  app.decorate('pipeline', driver);
  registerUploadRoutes(app, ctx, driver);
  registerPipelineRoutes(app, ctx);
  registerRefreshRoute(app, driver);
  if (options.continuous) {
    driver.start();
    app.addHook('onClose', () => driver.stop());
  }
  // The dashboard's build at / for browsers (a no-op when it is not built, e.g. in the Lambda image).
  await app.register(webStatic);
  return app;
}
