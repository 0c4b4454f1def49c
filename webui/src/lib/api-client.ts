import type { components } from '../types/api';

export type Problem = components['schemas']['Problem'];

/** An RFC 9457 problem from the API, with the failing fields of a 400. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem?: Problem;
  /** seconds, from Retry-After (429, 503) */
  readonly retryAfter?: number;

  constructor(status: number, problem?: Problem, retryAfter?: number) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
    this.retryAfter = retryAfter;
  }

  /** The problem's kind: the last part of its type URI (rate-limited, challenge-required, …). */
  kind(): string | undefined {
    return this.problem?.type?.split('/').pop();
  }

  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const e of this.problem?.errors ?? []) {
      if (e.field) out[e.field] = e.message ?? '';
    }
    return out;
  }
}

let tokenProvider: () => string | undefined = () => undefined;

/** A random id of this browser, kept in its storage (no personal data): what the rate limits count (issue 16). */
export function deviceId(): string {
  const KEY = 'gongkai.device';
  try {
    let id = localStorage.getItem(KEY);
    if (!id) {
      id = (crypto.randomUUID?.() ?? `${Date.now()}-${Math.random()}`).replace(/[^A-Za-z0-9-]/g, '');
      localStorage.setItem(KEY, id);
    }
    return id;
  } catch {
    return 'no-storage';
  }
}

/** The auth provider registers how to get the current access token. */
export function setTokenProvider(p: () => string | undefined) {
  tokenProvider = p;
}

type Query = Record<string, string | number | boolean | undefined | null>;

function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  }
  const s = params.toString();
  return s ? `${path}?${s}` : path;
}

/** The problem+json of a failed response (or none), with the Retry-After it gave. */
async function failure(res: Response): Promise<ApiError> {
  let problem: Problem | undefined;
  try {
    problem = (await res.json()) as Problem;
  } catch {
    problem = undefined;
  }
  const retry = Number(res.headers.get('Retry-After'));
  return new ApiError(res.status, problem, Number.isFinite(retry) && retry > 0 ? retry : undefined);
}

export async function apiFetch<T>(method: string, path: string, opts: { query?: Query; body?: unknown; headers?: Record<string, string> } = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', ...opts.headers };
  // submissions carry this browser's own random id: the public intakes limit per device, not per shared address
  if (method !== 'GET') headers['X-Device-Id'] = deviceId();
  const token = tokenProvider();
  if (token) headers.Authorization = `Bearer ${token}`;
  if (opts.body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(withQuery(path, opts.query), {
    method,
    headers,
    // public reads may be kept by proxies for a minute (issue 17); this app revalidates each time (a 304 costs nothing),
    // so that what was just published shows at once
    cache: method === 'GET' ? 'no-cache' : undefined,
    body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
  });
  if (!res.ok) throw await failure(res);
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

/** Query codes go in this header, never in a URL (logs, history and referrers keep URLs). */
export const QUERY_CODE_HEADER = 'X-Query-Code';

export const api = {
  get: <T>(path: string, query?: Query) => apiFetch<T>('GET', path, { query }),
  post: <T>(path: string, body?: unknown) => apiFetch<T>('POST', path, { body }),
  put: <T>(path: string, body?: unknown) => apiFetch<T>('PUT', path, { body }),
  delete: <T>(path: string) => apiFetch<T>('DELETE', path),
};

/** A file upload (multipart field "file") with the current token. */
export async function apiUpload<T>(path: string, file: File, extraHeaders: Record<string, string> = {}): Promise<T> {
  const form = new FormData();
  form.append('file', file);
  const headers: Record<string, string> = { Accept: 'application/json', ...extraHeaders };
  const token = tokenProvider();
  if (token) headers.Authorization = `Bearer ${token}`;
  const res = await fetch(path, { method: 'POST', headers, body: form });
  if (!res.ok) throw await failure(res);
  return (await res.json()) as T;
}

/** A file sent as the request body itself (a CSV or XLSX sheet), with its content type and the current token. */
export async function apiSend<T>(path: string, file: Blob, contentType: string): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Content-Type': contentType, 'X-Device-Id': deviceId() };
  const token = tokenProvider();
  if (token) headers.Authorization = `Bearer ${token}`;
  const res = await fetch(path, { method: 'POST', headers, body: file });
  if (!res.ok) throw await failure(res);
  return (await res.json()) as T;
}

/** Downloads a file that needs the token, and hands it to the browser under its name. */
export async function apiDownload(path: string, fileName: string, extraHeaders: Record<string, string> = {}): Promise<void> {
  const token = tokenProvider();
  const res = await fetch(path, { headers: token ? { Authorization: `Bearer ${token}`, ...extraHeaders } : extraHeaders });
  if (!res.ok) throw await failure(res);
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  URL.revokeObjectURL(url);
}
