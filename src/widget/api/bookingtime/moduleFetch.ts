import { ApiError } from '../ApiError';

/** One HTTP exchange with a timeout joined to the caller's signal; the body parsed when it is JSON. */
export async function moduleFetch(
  fetchImpl: typeof fetch,
  url: string,
  init: RequestInit,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<{ status: number; body: unknown }> {
  // One controller joins the caller's abort (a newer action replaced this one) and our timer.
  const ctrl = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => ((timedOut = true), ctrl.abort()), timeoutMs);
  const onAbort = () => ctrl.abort();
  signal?.addEventListener('abort', onAbort);
  if (signal?.aborted) ctrl.abort();
  try {
    const res = await fetchImpl(url, { ...init, signal: ctrl.signal });
    const text = await res.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      // An empty or non-JSON body: the status still tells what happened.
    }
    return { status: res.status, body };
  } catch (e) {
    if (timedOut) throw new ApiError('timeout', 0, `No answer within ${Math.round(timeoutMs / 1000)} s`);
    if (signal?.aborted) throw e;
    throw new ApiError('network', 0, (e as Error).message || 'Network error');
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}
