/**
 * Refusing cross-site writes. A page on another site can make a browser POST a plain HTML form to the API
 * (the browser sends it without asking; CORS only hides the answer), so the routes that write or parse
 * uploads accept a request only when it cannot be such a form:
 *
 * 1. it is not cross-site: `Sec-Fetch-Site: same-origin` (set by the browser, so a page cannot forge it),
 *    or else no `Origin` other than this server's own or one of the CORS allow-list, no `Origin: null`
 *    (sandboxed frames, `data:` pages), and no `Sec-Fetch-Site: cross-site` without an `Origin`;
 * 2. it carries a header a form cannot send: the API key (`x-api-key`) when one is configured, otherwise
 *    {@link WRITE_HEADER} (`x-leadpipe-request: 1`). Sending either from a page needs a CORS preflight,
 *    which only the allow-listed origins pass;
 * 3. without an API key, it names this machine in `Host` (`localhost`, `127.x.y.z`, `::1`): the keyless
 *    server binds to loopback only, and a page that rebinds its own domain name to 127.0.0.1 (DNS
 *    rebinding) is same-origin with the API but sends its own name as `Host`.
 *
 * curl and scripts send no `Origin` and no `Sec-Fetch-*` headers, so they pass (1) and only need (2).
 */
import type { FastifyRequest } from 'fastify';
import { HttpProblem } from './problems.ts';

/** The header that marks a write request as sent by a program (the dashboard, a script), not by a form. */
export const WRITE_HEADER = 'x-leadpipe-request';

/** Whether a `Host` header (with or without its port) names the loopback interface. */
export function isLoopbackHost(host: string): boolean {
  const name = host.startsWith('[') ? host.slice(1, host.indexOf(']')) : host.replace(/:\d+$/, '');
  const h = name.toLowerCase();
  return (
    h === 'localhost' ||
    h.endsWith('.localhost') ||
    h === '::1' ||
    /^127(\.\d{1,3}){3}$/.test(h) ||
    /^::ffff:127(\.\d{1,3}){3}$/.test(h)
  );
}

function header(req: FastifyRequest, name: string): string | undefined {
  const v = req.headers[name];
  return typeof v === 'string' ? v : Array.isArray(v) ? v[0] : undefined;
}

/** The `host` of an origin (`https://a.example:8443` -> `a.example:8443`), or null when it is not a URL. */
function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/** Options of {@link checkCrossSiteOrThrow}. */
export interface CrossSiteOptions {
  /** The CORS allow-list (`*` allows every origin). */
  corsOrigins: readonly string[];
  /** Whether an API key is configured (then the key is the header a form cannot send). */
  keyConfigured: boolean;
}

/**
 * Throws a 403 problem when a write or upload request could come from another site's form (the rules
 * above); returns when it may go on to the API key check.
 *
 * @example
 * checkCrossSiteOrThrow(req, { corsOrigins: config.api.corsOrigins, keyConfigured: Boolean(apiKey) });
 */
export function checkCrossSiteOrThrow(req: FastifyRequest, options: CrossSiteOptions): void {
  const origin = header(req, 'origin');
  const allowed = (o: string): boolean =>
    options.corsOrigins.includes('*') || options.corsOrigins.includes(o);
  const site = header(req, 'sec-fetch-site');
  // A browser says same-origin only for a page of the origin it sent the request to, which no page can
  // forge: the dashboard behind Vite's dev proxy (Origin localhost:5173, Host rewritten to the API).
  const sameOrigin = site === 'same-origin';
  if (!sameOrigin && origin !== undefined) {
    // req.host honours X-Forwarded-Host from the proxies trusted by LEADPIPE_TRUST_PROXY only.
    const own = hostOf(origin) !== null && hostOf(origin) === req.host.toLowerCase();
    if (origin === 'null' || (!own && !allowed(origin)))
      throw new HttpProblem(
        403,
        'E_CROSS_SITE',
        `write and upload routes refuse requests from other sites (Origin ${JSON.stringify(origin.slice(0, 100))} is not this server nor in LEADPIPE_CORS_ORIGINS)`,
      );
  } else if (!sameOrigin && site === 'cross-site') {
    throw new HttpProblem(
      403,
      'E_CROSS_SITE',
      'write and upload routes refuse requests from other sites (Sec-Fetch-Site: cross-site without an allowed Origin)',
    );
  }
  if (options.keyConfigured) return;
  if (!header(req, WRITE_HEADER))
    throw new HttpProblem(
      403,
      'E_WRITE_HEADER_MISSING',
      `without an API key, write and upload routes need the header "${WRITE_HEADER}: 1" (a plain HTML form cannot send it, so another site cannot post one)`,
    );
  if (!isLoopbackHost(req.host))
    throw new HttpProblem(
      403,
      'E_HOST_NOT_LOOPBACK',
      'without an API key, write and upload routes answer only requests addressed to this machine (Host: localhost or 127.0.0.1); set LEADPIPE_API_KEY to serve them under another name',
    );
}
