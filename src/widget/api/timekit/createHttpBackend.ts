import { ApiError, kindForStatus } from '../ApiError';
import { loadCheck } from '../../config/loadCheck';
import type { ApiResponse, BookingBackend } from '../types';

/** Settings of the HTTP backend. */
export interface HttpBackendOptions {
  /** `api_base_url`, e.g. `https://api.timekit.io/`; paths `v2/...` go below it. */
  baseUrl: string;
  /** The public widget key (`app_key`). */
  appKey: string;
  /** Milliseconds before a call fails with kind `timeout`. */
  timeoutMs: number;
  /** Injected for tests; defaults to the global fetch at call time (never at import time). */
  fetch?: typeof fetch;
}

/** `base` + `v2/` + `path`, whatever slashes the base has, and whether or not it already ends in `v2/`. */
export function apiUrl(base: string, path: string): string {
  return base.replace(/(\/v2)?\/*$/, '') + '/v2/' + path.replace(/^\/+/, '');
}

/**
 * The BookingBackend over HTTP: Basic auth with the widget key, `Timekit-Context: widget`, a timeout
 * per call, `Idempotency-Key` on bookings, and the contract's error shapes turned into `ApiError`.
 * @example createHttpBackend({ baseUrl: 'http://127.0.0.1:8787/', appKey: 'test_widget_key_demo', timeoutMs: 15000 })
 */
export function createHttpBackend(options: HttpBackendOptions): BookingBackend {
  const auth = 'Basic ' + btoa(':' + options.appKey);
  const withInclude = (path: string, include: string[]) => path + (include.length ? `?include=${include.join(',')}` : '');
  // Timekit itself does not document Idempotency-Key: a header its CORS preflight might not allow
  // would cost every booking for no gain, so only other servers (the mock API) are sent the key.
  const idempotent = !/^https?:\/\/api\.timekit\.io\b/.test(options.baseUrl);

  /** One call: a POST when it has a body, else a GET (or `method`). */
  async function request<T>(
    path: string,
    body: unknown,
    signal?: AbortSignal,
    extra: Record<string, string> = {},
    method?: string,
  ): Promise<ApiResponse<T>> {
    // One controller joins the caller's signal (a newer action replaced this one) and our timer.
    const ctrl = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => ((timedOut = true), ctrl.abort()), options.timeoutMs);
    const onAbort = () => ctrl.abort();
    signal?.addEventListener('abort', onAbort);
    if (signal?.aborted) ctrl.abort();
    let res: Response;
    let text: string;
    try {
      res = await (options.fetch ?? fetch)(apiUrl(options.baseUrl, path), {
        method: method ?? (body ? 'POST' : 'GET'),
        signal: ctrl.signal,
        headers: {
          Authorization: auth,
          'Timekit-Context': 'widget',
          Accept: 'application/json',
          ...(body ? { 'Content-Type': 'application/json' } : {}),
          ...extra,
        },
        body: body ? JSON.stringify(body) : undefined,
      });
      text = await res.text();
    } catch (e) {
      if (timedOut) throw new ApiError('timeout', 0, `No answer within ${Math.round(options.timeoutMs / 1000)} s`);
      if (signal?.aborted) throw e;
      throw new ApiError('network', 0, (e as Error).message || 'Network error');
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
    let parsed: { data: T } | undefined;
    try {
      parsed = JSON.parse(text);
    } catch {
      // An empty or non-JSON body: an error answer still has its status to go by.
    }
    // The reader of error answers comes with the config-check file, there since the start (without it: the status alone).
    if (!res.ok)
      throw (
        (await loadCheck())?.toApiError(res.status, parsed) ?? new ApiError(kindForStatus(res.status), res.status, `HTTP ${res.status}`)
      );
    if (!parsed && !method) throw new ApiError('server', res.status, 'The answer was not JSON');
    const headers: Record<string, string> = {};
    res.headers.forEach((v, k) => (headers[k.toLowerCase()] = v));
    return { data: parsed?.data as T, status: res.status, headers, testMode: headers['timekit-testmode'] === 'true' };
  }

  return {
    getProject: (ref, signal) =>
      request(
        'id' in ref ? `projects/embed/${encodeURIComponent(ref.id)}` : `projects/hosted/${encodeURIComponent(ref.slug)}`,
        null,
        signal,
      ),
    getAvailability: (req, signal) => request('availability', req, signal),
    getGroupSessions: (params, signal) =>
      request(
        'bookings/groups' + (params.projectId ? `?search=${encodeURIComponent('project.id:' + params.projectId)}` : ''),
        null,
        signal,
        params.timeZone ? { 'Timekit-Timezone': params.timeZone } : {},
      ),
    createBooking: (req, include, signal, key) =>
      request(withInclude('bookings', include), req, signal, key && idempotent ? { 'Idempotency-Key': key } : {}),
    rescheduleBooking: (id, req, include, signal) =>
      request(withInclude(`bookings/${encodeURIComponent(id)}/reschedule`, include), req, signal),
    createHold: (req, signal) => request('holds', req, signal),
    // An id the API gave out itself (no escaping needed).
    releaseHold: (id) => request('holds/' + id, 0, undefined, {}, 'DELETE'),
    // A session id the API gave out itself (no escaping needed).
    joinWaitlist: (id, person, signal) => request(`bookings/groups/${id}/waitlist`, person, signal),
    linkAction: (l, action, body, signal) =>
      request(`bookings/${encodeURIComponent(l.id)}/external_action/${action}?signature=${encodeURIComponent(l.signature)}`, body, signal),
  };
}
