/**
 * The API on AWS Lambda behind API Gateway (HTTP API payload v2 and REST API payload v1). The adapter
 * only translates events; the app is the same one `leadpipe serve` runs, built once per container on the
 * first invocation and reused by the next ones. Secrets (the API key, Snowflake's password or key) come
 * from the Secrets Manager secret named by `LEADPIPE_SECRET_ARN`, read at that first invocation.
 */
import awsLambdaFastify from '@fastify/aws-lambda';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config/config.ts';
import { loadConfigOrThrow } from '../config/config.ts';
import { resolveSecretsOrThrow } from '../config/secrets.ts';
import type { Leadpipe } from '../pipeline/context.ts';
import { openLeadpipe } from '../pipeline/context.ts';
import type { ApiOptions } from './app.ts';
import { buildApp } from './app.ts';
import { catchUp } from './server.ts';

/** An API Gateway proxy result. */
export interface LambdaResult {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
  isBase64Encoded?: boolean;
  cookies?: string[];
}

/** A Lambda handler, plus `close` for tests and graceful shutdown. */
export interface LeadpipeLambdaHandler {
  (event: unknown, context?: unknown): Promise<LambdaResult>;
  /** Closes the app and the warehouse (the next invocation builds them again). */
  close(): Promise<void>;
}

/** Options of {@link createLambdaHandler}. */
export interface LambdaOptions extends Omit<ApiOptions, 'lp'> {
  /**
   * Default: from the environment, as everywhere else (`LEADPIPE_HOME` should point under /tmp). Either way
   * its Secrets Manager secret (`secrets.arn`), when set, is read on the first event and applied.
   */
  config?: Config;
}

type Proxy = (event: unknown, context: unknown) => Promise<LambdaResult>;

/** Response types API Gateway must pass through as base64 (Swagger UI's images and fonts). */
const BINARY_TYPES = [
  'image/png',
  'image/x-icon',
  'image/vnd.microsoft.icon',
  'application/octet-stream',
  'font/woff',
  'font/woff2',
];

/**
 * Creates a handler that builds the app on its first event and reuses it. Write routes are refused when
 * no API key is configured: a function URL or API Gateway has no loopback to hide them behind.
 *
 * @example
 * export const handler = createLambdaHandler();
 */
export function createLambdaHandler(options: LambdaOptions = {}): LeadpipeLambdaHandler {
  let ready: Promise<{ app: FastifyInstance; lp: Leadpipe; proxy: Proxy }> | undefined;
  const init = async (): Promise<{ app: FastifyInstance; lp: Leadpipe; proxy: Proxy }> => {
    const { config: given, ...appOptions } = options;
    const secretLog: string[] = [];
    const config = await resolveSecretsOrThrow(given ?? loadConfigOrThrow(), {
      log: (line) => secretLog.push(line),
    });
    const lp = await openLeadpipe(config);
    try {
      await catchUp(lp);
      const app = await buildApp({ writesWithoutKey: 'deny', ...appOptions, lp });
      // Query values stay as sent (`grade=A,B` is one string, as on the Node server).
      const proxy = awsLambdaFastify(app, {
        binaryMimeTypes: BINARY_TYPES,
        parseCommaSeparatedQueryParams: false,
        decorateRequest: false,
      }) as unknown as Proxy;
      await app.ready();
      for (const line of secretLog) app.log.info(line);
      return { app, lp, proxy };
    } catch (err) {
      await lp.close().catch(() => undefined);
      throw err;
    }
  };
  const handler = async (event: unknown, context?: unknown): Promise<LambdaResult> => {
    ready ??= init().catch((err: unknown) => {
      ready = undefined;
      throw err;
    });
    const { proxy } = await ready;
    return proxy(event, context ?? {});
  };
  return Object.assign(handler, {
    close: async () => {
      const current = ready;
      ready = undefined;
      if (!current) return;
      const { app, lp } = await current;
      await app.close();
      await lp.close();
    },
  });
}

/** The Lambda entry point (`lambda-entry.mjs` loads this file through tsx). */
export const handler: LeadpipeLambdaHandler = createLambdaHandler();
