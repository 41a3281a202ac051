/**
 * The API client: JSON reads and writes, multipart uploads with progress, and RFC 7807 problems turned into
 * {@link ApiError}s. The API's base URL is fixed at build time (`VITE_LEADPIPE_API_BASE`, default: the page's
 * own origin, as when `leadpipe serve` serves the dashboard).
 */
import { readStored, writeStored } from '../app/storage.ts';
import type { Problem } from './types.ts';

/** The API's base URL without a trailing slash; empty means the page's origin. */
export const API_BASE: string = String(import.meta.env.VITE_LEADPIPE_API_BASE ?? '').replace(/\/+$/, '');

const API_KEY_STORAGE = 'leadpipe.apiKey';

/** The API key for write routes, kept for this browser tab only (sessionStorage), or null. */
export function getApiKey(): string | null {
  return readStored(API_KEY_STORAGE, 'session');
}

/** Sets (or with null / empty text forgets) the API key of this tab. */
export function setApiKey(key: string | null): void {
  writeStored(API_KEY_STORAGE, key && key.trim() ? key.trim() : null, 'session');
}

/** A failed API call: the problem the API sent (or one made up for network failures). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
    this.name = 'ApiError';
    this.problem = problem;
    this.status = problem.status;
    this.code = problem.code ?? `E_HTTP_${problem.status}`;
  }

  /** Whether the request needs (another) API key. */
  get needsApiKey(): boolean {
    return this.status === 401 || this.code === 'E_WRITES_DISABLED';
  }
}

/** The absolute URL of an API path (`/leads?limit=1`). */
export function apiUrl(path: string): string {
  return `${API_BASE}${path}`;
}

function problemFrom(status: number, text: string, statusText = ''): Problem {
  try {
    const body = JSON.parse(text) as Partial<Problem>;
    if (body && typeof body === 'object')
      return { ...body, status: typeof body.status === 'number' ? body.status : status };
  } catch {
    // not JSON: a proxy's error page, say
  }
  return {
    status,
    title: statusText || `HTTP ${status}`,
    detail: text.slice(0, 300) || statusText || `HTTP ${status}`,
    code: `E_HTTP_${status}`,
  };
}

function networkError(err: unknown): ApiError {
  return new ApiError({
    status: 0,
    code: 'E_NETWORK',
    title: 'Network error',
    detail: err instanceof Error ? err.message : 'the API could not be reached',
  });
}

async function request<T>(path: string, init: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(apiUrl(path), init);
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw networkError(err);
  }
  const text = await res.text();
  if (!res.ok) throw new ApiError(problemFrom(res.status, text, res.statusText));
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new ApiError({
      status: res.status,
      code: 'E_BAD_RESPONSE',
      title: 'Bad response',
      detail: 'the API answered with something other than JSON',
    });
  }
}

/** `GET path` as JSON. Throws {@link ApiError} (or an AbortError when `signal` aborts). */
export function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  return request<T>(path, { headers: { accept: 'application/json' }, ...(signal ? { signal } : {}) });
}

function writeHeaders(extra: Record<string, string> = {}): Record<string, string> {
  const key = getApiKey();
  // x-leadpipe-request: a header no HTML form can send, which the API asks of writes when it has no key.
  return {
    accept: 'application/json',
    'x-leadpipe-request': '1',
    ...(key ? { 'x-api-key': key } : {}),
    ...extra,
  };
}

/** `POST path` with a JSON body, the API key attached when one is set. */
export function postJson<T>(path: string, body: unknown, signal?: AbortSignal): Promise<T> {
  return request<T>(path, {
    method: 'POST',
    headers: writeHeaders({ 'content-type': 'application/json' }),
    body: JSON.stringify(body),
    ...(signal ? { signal } : {}),
  });
}

/** Options of {@link uploadFile}. */
export interface UploadOptions {
  /** Called with the fraction of the file sent (0-1) while it uploads. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

/**
 * Sends a file as multipart/form-data (part "file") with XMLHttpRequest, because fetch reports no upload
 * progress. Resolves with the JSON answer; rejects with {@link ApiError}.
 */
export function uploadFile<T>(path: string, file: File, options: UploadOptions = {}): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', apiUrl(path));
    for (const [name, value] of Object.entries(writeHeaders())) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) options.onProgress?.(e.loaded / e.total);
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve(JSON.parse(xhr.responseText) as T);
        } catch {
          reject(
            new ApiError({
              status: xhr.status,
              code: 'E_BAD_RESPONSE',
              detail: 'the API answered with something other than JSON',
            }),
          );
        }
      } else reject(new ApiError(problemFrom(xhr.status, xhr.responseText, xhr.statusText)));
    };
    xhr.onerror = () => reject(networkError(new Error('the upload could not reach the API')));
    xhr.onabort = () => reject(new DOMException('the upload was cancelled', 'AbortError'));
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}
