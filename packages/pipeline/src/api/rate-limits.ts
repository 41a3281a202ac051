/**
 * Per-client rate limits (OWASP API4): a budget of requests per minute per client IP for the read routes,
 * and a smaller, separate one for the upload routes (`/upload`, `/upload-and-load`, `/validate`: each can
 * make the server parse up to LEADPIPE_MAX_UPLOAD_BYTES, and a wrong API key counts too, which throttles
 * guessing). Built on `@fastify/rate-limit`'s in-memory store; `app.ts` calls the check in its `onRequest`
 * hook, after CORS (so browsers can read the 429) and before the API key check (so wrong keys count).
 */
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config/config.ts';
import { HttpProblem } from './problems.ts';
import { problemSchema } from './schemas.ts';

/** The window of both budgets: a fixed minute per client. */
export const RATE_LIMIT_WINDOW_MS = 60_000;

/** Clients remembered per budget (least recently seen forgotten first, their count with them). */
const CLIENTS_TRACKED = 10_000;

/** Requests per minute per client: `read` for all routes but the uploads, `write` for those; 0 = none. */
export interface RateLimits {
  read: number;
  write: number;
}

/** The limits of a configuration (`LEADPIPE_RATE_LIMIT`, `LEADPIPE_WRITE_RATE_LIMIT`). */
export function rateLimitsOf(config: Config): RateLimits {
  return { read: config.api.rateLimit, write: config.api.writeRateLimit };
}

/** Counts a request against its budget; throws a 429 {@link HttpProblem} past the limit. */
export type RateLimitCheck = (req: FastifyRequest, reply: FastifyReply, upload: boolean) => Promise<void>;

/**
 * Registers `@fastify/rate-limit` (no hook of its own: `app.ts` calls the returned check) and builds one
 * limiter per budget. The client is `req.ip`: the TCP peer, on Lambda the event's source IP, or what a
 * trusted proxy says (`LEADPIPE_TRUST_PROXY`); IPv6 clients count per /64, since one host can hold a
 * whole /64. Past the limit the answer is 429 problem+json with `Retry-After` (seconds until the window
 * ends) and the `x-ratelimit-*` headers; under it, the `x-ratelimit-*` headers only.
 *
 * @example
 * const check = await registerRateLimits(app, { read: 600, write: 60 });
 * app.addHook('onRequest', (req, reply) => check(req, reply, Boolean(req.routeOptions.config.upload)));
 */
export async function registerRateLimits(app: FastifyInstance, limits: RateLimits): Promise<RateLimitCheck> {
  if (limits.read <= 0 && limits.write <= 0) return async () => undefined;
  await app.register(rateLimit, { global: false });
  const limiter = (max: number, what: string): ReturnType<FastifyInstance['rateLimit']> | null =>
    max > 0
      ? app.rateLimit({
          max,
          timeWindow: RATE_LIMIT_WINDOW_MS,
          cache: CLIENTS_TRACKED,
          errorResponseBuilder: (_req, context) =>
            new HttpProblem(
              429,
              'E_RATE_LIMITED',
              `too many requests: at most ${context.max} ${what} per minute per client; retry in ${context.after}`,
              { details: { limit: context.max } },
            ),
        })
      : null;
  const read = limiter(limits.read, 'requests to read routes');
  const write = limiter(limits.write, 'upload requests');
  return async (req, reply, upload) => {
    const check = upload ? write : read;
    if (check) await check.call(app, req, reply);
  };
}

/**
 * The OpenAPI description of a 429 answer under a limit of `max` per minute (documentation only: the
 * swagger transform in `app.ts` adds it to the routes a limit applies to).
 */
export function tooManyRequestsResponse(max: number): Record<string, unknown> {
  return {
    description: `Too many requests from this client: more than ${max} per minute (code E_RATE_LIMITED)`,
    headers: {
      'retry-after': { type: 'integer', description: 'Seconds until the client may send again.' },
      'x-ratelimit-limit': { type: 'integer', description: 'Requests allowed per minute.' },
      'x-ratelimit-remaining': { type: 'integer', description: 'Requests left in this minute.' },
      'x-ratelimit-reset': { type: 'integer', description: 'Seconds until the minute ends.' },
    },
    content: { 'application/problem+json': { schema: problemSchema } },
  };
}
