/**
 * Helpers for the API tests: a home loaded with the real dataset, multipart bodies, API Gateway events,
 * and a structural check of an OpenAPI 3.0 document.
 */
import { openLeadpipe } from '../src/pipeline/context.ts';
import type { Leadpipe } from '../src/pipeline/context.ts';
import { runPipeline } from '../src/pipeline/run.ts';
import { REAL_LEADS, tempDir, testConfig } from './helpers.ts';

/** The API key the tests configure. */
export const TEST_API_KEY = 'test-key-0123456789';
/** The upload limit the tests configure (small, so an oversize upload is cheap). */
export const TEST_MAX_UPLOAD = 256 * 1024;

/** A temporary home with the real dataset loaded (9,240 leads), opened. */
export async function loadedHome(
  flags: Record<string, unknown> = {},
): Promise<{ lp: Leadpipe; home: string; cleanup: () => Promise<void> }> {
  const { dir, cleanup } = await tempDir('leadpipe-api-');
  const lp = await openLeadpipe(
    testConfig(dir, {
      api: { apiKey: TEST_API_KEY, maxUploadBytes: TEST_MAX_UPLOAD, corsOrigins: ['http://localhost:5173'] },
      ...flags,
    }),
  );
  const summary = await runPipeline(lp, [REAL_LEADS]);
  if (summary.task.state !== 'SUCCEEDED' || summary.totals.rowsLoaded !== 9240)
    throw new Error(`loading the dataset failed: ${JSON.stringify(summary.totals)}`);
  return {
    lp,
    home: dir,
    cleanup: async () => {
      await lp.close().catch(() => undefined);
      await cleanup();
    },
  };
}

/** A multipart/form-data body with one file part, as bytes and content type (as a browser sends it). */
export async function multipart(
  name: string,
  content: string | Uint8Array,
): Promise<{ body: Buffer; contentType: string }> {
  const fd = new FormData();
  fd.append('file', new Blob([typeof content === 'string' ? content : new Uint8Array(content)]), name);
  const req = new Request('http://localhost/', { method: 'POST', body: fd });
  return { body: Buffer.from(await req.arrayBuffer()), contentType: req.headers.get('content-type') ?? '' };
}

/** Options of an API Gateway event. */
export interface EventOptions {
  query?: Record<string, string>;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

/** An API Gateway HTTP API (payload format 2.0) event. */
export function v2Event(method: string, path: string, options: EventOptions = {}): Record<string, unknown> {
  const rawQueryString = new URLSearchParams(options.query ?? {}).toString();
  const binary = Buffer.isBuffer(options.body);
  return {
    version: '2.0',
    routeKey: `${method} ${path}`,
    rawPath: path,
    rawQueryString,
    ...(options.query ? { queryStringParameters: options.query } : {}),
    headers: {
      host: 'abc123.execute-api.eu-west-1.amazonaws.com',
      'user-agent': 'vitest',
      ...options.headers,
    },
    requestContext: {
      accountId: '123456789012',
      apiId: 'abc123',
      domainName: 'abc123.execute-api.eu-west-1.amazonaws.com',
      http: { method, path, protocol: 'HTTP/1.1', sourceIp: '203.0.113.7', userAgent: 'vitest' },
      requestId: `req-${Math.random().toString(36).slice(2)}`,
      routeKey: `${method} ${path}`,
      stage: '$default',
      time: '28/Nov/2026:10:00:00 +0000',
      timeEpoch: 1795860000000,
    },
    ...(options.body !== undefined
      ? { body: binary ? (options.body as Buffer).toString('base64') : options.body, isBase64Encoded: binary }
      : {}),
  };
}

/** An API Gateway REST API (payload format 1.0) event, with the stage in the path as API Gateway sends it. */
export function v1Event(method: string, path: string, options: EventOptions = {}): Record<string, unknown> {
  const query = options.query ?? null;
  return {
    resource: '/{proxy+}',
    path,
    httpMethod: method,
    headers: { Host: 'abc123.execute-api.eu-west-1.amazonaws.com', ...options.headers },
    multiValueHeaders: {},
    queryStringParameters: query,
    multiValueQueryStringParameters: query
      ? Object.fromEntries(Object.entries(query).map(([k, v]) => [k, [v]]))
      : null,
    pathParameters: { proxy: path.slice(1) },
    requestContext: {
      resourcePath: '/{proxy+}',
      httpMethod: method,
      path: `/prod${path}`,
      stage: 'prod',
      requestId: `req-${Math.random().toString(36).slice(2)}`,
      identity: { sourceIp: '203.0.113.7' },
    },
    body:
      options.body === undefined
        ? null
        : Buffer.isBuffer(options.body)
          ? options.body.toString('base64')
          : options.body,
    isBase64Encoded: Buffer.isBuffer(options.body),
  };
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/**
 * Checks the structure of an OpenAPI 3.0 document (the parts leadpipe uses): version, info, paths and
 * operations with responses, parameters, request bodies, security schemes, unique operation ids, path
 * templates matching path parameters, and local `$ref`s that resolve. Returns the problems found.
 */
export function openApiProblems(doc: unknown): string[] {
  const problems: string[] = [];
  const d = doc as Record<string, unknown>;
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  if (typeof d.openapi !== 'string' || !/^3\.0\.\d+$/.test(d.openapi))
    problems.push('openapi must be "3.0.x"');
  const info = d.info;
  if (!isObject(info) || typeof info.title !== 'string' || typeof info.version !== 'string')
    problems.push('info needs title and version');
  if (!isObject(d.paths)) return [...problems, 'paths must be an object'];
  const schemes =
    isObject(d.components) && isObject(d.components.securitySchemes) ? d.components.securitySchemes : {};
  const operationIds = new Set<string>();
  for (const [path, item] of Object.entries(d.paths)) {
    if (!path.startsWith('/')) problems.push(`path ${path} must start with /`);
    if (!isObject(item)) {
      problems.push(`${path} must be an object`);
      continue;
    }
    const templated = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
    for (const [method, op] of Object.entries(item)) {
      if (!METHODS.includes(method)) {
        if (
          method !== 'parameters' &&
          method !== 'summary' &&
          method !== 'description' &&
          !method.startsWith('x-')
        )
          problems.push(`${path}: unknown key ${method}`);
        continue;
      }
      const where = `${method.toUpperCase()} ${path}`;
      if (!isObject(op)) {
        problems.push(`${where} must be an object`);
        continue;
      }
      if (typeof op.operationId === 'string') {
        if (operationIds.has(op.operationId))
          problems.push(`${where}: duplicate operationId ${op.operationId}`);
        operationIds.add(op.operationId);
      }
      if (!isObject(op.responses) || Object.keys(op.responses).length === 0)
        problems.push(`${where}: no responses`);
      else {
        for (const [code, r] of Object.entries(op.responses)) {
          if (!/^([1-5]\d\d|[1-5]XX|default)$/.test(code))
            problems.push(`${where}: bad response code ${code}`);
          if (!isObject(r) || typeof r.description !== 'string')
            problems.push(`${where} ${code}: a response needs a description`);
        }
      }
      const params = Array.isArray(op.parameters) ? op.parameters : [];
      const pathParams: string[] = [];
      for (const p of params) {
        if (
          !isObject(p) ||
          typeof p.name !== 'string' ||
          !['query', 'header', 'path', 'cookie'].includes(String(p.in))
        ) {
          problems.push(`${where}: a parameter needs name and in`);
          continue;
        }
        if (p.in === 'path') {
          pathParams.push(p.name);
          if (p.required !== true) problems.push(`${where}: path parameter ${p.name} must be required`);
        }
        if (!isObject(p.schema) && !isObject(p.content))
          problems.push(`${where}: parameter ${p.name} needs a schema`);
      }
      for (const t of templated)
        if (!pathParams.includes(t as string))
          problems.push(`${where}: {${t}} is not declared as a path parameter`);
      if (op.requestBody !== undefined && (!isObject(op.requestBody) || !isObject(op.requestBody.content)))
        problems.push(`${where}: requestBody needs content`);
      if (Array.isArray(op.security)) {
        for (const s of op.security)
          for (const name of Object.keys(s as object))
            if (!(name in schemes)) problems.push(`${where}: unknown security scheme ${name}`);
      }
    }
  }
  const visit = (v: unknown, at: string): void => {
    if (Array.isArray(v)) v.forEach((x, i) => visit(x, `${at}/${i}`));
    else if (isObject(v)) {
      for (const [k, x] of Object.entries(v)) {
        if (k === '$ref' && typeof x === 'string') {
          if (!x.startsWith('#/')) problems.push(`${at}: external $ref ${x}`);
          else {
            const target = x
              .slice(2)
              .split('/')
              .reduce<unknown>(
                (node, part) =>
                  isObject(node) ? node[part.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined,
                d,
              );
            if (target === undefined) problems.push(`${at}: $ref ${x} does not resolve`);
          }
        } else if (
          k === 'type' &&
          typeof x === 'string' &&
          !['string', 'number', 'integer', 'boolean', 'array', 'object'].includes(x)
        ) {
          problems.push(`${at}: type ${x} is not an OpenAPI 3.0 type`);
        } else if (k === 'type' && Array.isArray(x)) {
          problems.push(`${at}: OpenAPI 3.0 has no type arrays (use nullable)`);
        } else visit(x, `${at}/${k}`);
      }
    }
  };
  visit(d.paths, '#/paths');
  if (isObject(d.components)) visit(d.components.schemas, '#/components/schemas');
  return problems;
}
