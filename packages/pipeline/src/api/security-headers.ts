/**
 * Security headers on every response (what helmet sets, in a few lines rather than one more dependency):
 * no MIME sniffing, no framing, no referrer, and a Content-Security-Policy fitted to what the response is —
 * JSON and problem bodies may load nothing, the Swagger UI at `/docs` its own scripts and styles, the
 * dashboard the policy `web-static.ts` gives its pages (`DASHBOARD_CSP`).
 */
import type { FastifyInstance } from 'fastify';

/** CSP of API answers (JSON, problem+json, text): nothing to load, never framed. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * CSP of the Swagger UI (`/docs`): its bundle and initializer scripts from this origin (it has no inline
 * script), its styles and the inline styles its components set, the data: images of its CSS, and the
 * OpenAPI document and "Try it out" requests to this origin.
 */
export const DOCS_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

/** Headers every response carries, whatever route or error produced it. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
};

/**
 * Adds {@link SECURITY_HEADERS} and a Content-Security-Policy to every response (one `onSend` hook on the
 * root instance, so errors, 404s, preflights and the static dashboard get them too). A policy a route set
 * itself (the dashboard's pages) is kept; `/docs` gets {@link DOCS_CSP}, everything else {@link API_CSP}.
 *
 * @example
 * registerSecurityHeaders(app); // in buildApp, before the routes
 */
export function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (req, reply, payload) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      // The dashboard's pages set a laxer referrer policy of their own (same-origin): keep what is set.
      if (!reply.hasHeader(name)) reply.header(name, value);
    }
    if (!reply.hasHeader('content-security-policy')) {
      const urlPath = req.url.split('?')[0] ?? req.url;
      const docs = urlPath === '/docs' || urlPath.startsWith('/docs/');
      reply.header('content-security-policy', docs ? DOCS_CSP : API_CSP);
    }
    return payload;
  });
}
