import type { ModuleTokenAnswer } from '../../../wire/bookingtime';
import { ApiError, kindForStatus } from '../ApiError';

/** Settings of a module's token source. */
export interface TokenSourceOptions {
  /** `auth_url`, e.g. `https://auth.bookingtime.com/oauth/token`. */
  authUrl: string;
  /** The module's public client id (`client_id`); its secret is empty. */
  clientId: string;
  /** The organization (`f6…`) the access tokens are for. */
  organizationId: string;
  /** The injected clock (milliseconds). */
  now: () => number;
  /** Calls the token endpoint; the backend passes its own fetch with the timeout. */
  post: (url: string, form: Record<string, string>, signal?: AbortSignal) => Promise<{ status: number; body: unknown }>;
}

/** A source of access tokens: `get()` gives a valid one, `invalidate()` forgets it after a 401. */
export interface TokenSource {
  get(signal?: AbortSignal): Promise<string>;
  invalidate(): void;
}

/** Renew this long before an access token expires (the SDK renews a minute early). */
export const RENEW_BEFORE_MS = 60_000;
/** bookingtime's refresh tokens live 30 days; assumed when the answer does not say. */
const REFRESH_LIFETIME_MS = 30 * 86_400_000;

interface Held {
  token: string;
  expires: number;
}

/**
 * OAuth for a public module: client credentials with an empty secret give a refresh token, the
 * refresh token gives a 300-second access token for one organization. A token is reused until a
 * minute before it expires; one request is in flight at a time (callers share it).
 * @example const tokens = createTokenSource({ authUrl, clientId, organizationId, now: Date.now, post }); await tokens.get();
 */
export function createTokenSource(o: TokenSourceOptions): TokenSource {
  let refresh: Held | null = null;
  let access: Held | null = null;
  let inFlight: Promise<string> | null = null;

  async function grant(form: Record<string, string>): Promise<ModuleTokenAnswer> {
    // Never the caller's signal: one caller aborting must not fail the others sharing this request.
    const { status, body } = await o.post(o.authUrl, form);
    const answer = (body ?? {}) as Partial<ModuleTokenAnswer> & { error?: string; error_description?: string };
    if (status < 200 || status >= 300) {
      const why = answer.error_description ?? answer.error ?? `HTTP ${status}`;
      throw new ApiError(status === 400 ? 'unauthorized' : kindForStatus(status), status, `client_id: ${why}`, { client_id: [why] }, body);
    }
    return answer as ModuleTokenAnswer;
  }

  async function fetchAccess(): Promise<string> {
    const t = o.now();
    const reused = !!refresh && refresh.expires > t + RENEW_BEFORE_MS;
    if (!reused) {
      const a = await grant({ grant_type: 'client_credentials', client_id: o.clientId, client_secret: '' });
      if (!a.refresh_token) throw new ApiError('server', 200, 'The token endpoint gave no refresh_token');
      refresh = { token: a.refresh_token, expires: t + (a.expires_in ? a.expires_in * 1000 : REFRESH_LIFETIME_MS) };
    }
    let a: ModuleTokenAnswer;
    try {
      a = await grant({
        grant_type: 'refresh_token',
        client_id: o.clientId,
        refresh_token: refresh!.token,
        organization_id: o.organizationId,
      });
    } catch (e) {
      // A kept refresh token revoked early: get a new one once; a fresh one refused is final.
      if (!reused || !(e instanceof ApiError) || e.kind !== 'unauthorized') throw e;
      refresh = null;
      return fetchAccess();
    }
    if (!a.access_token) throw new ApiError('server', 200, 'The token endpoint gave no access_token');
    access = { token: a.access_token, expires: o.now() + a.expires_in * 1000 };
    return a.access_token;
  }

  return {
    get(signal) {
      if (access && access.expires - RENEW_BEFORE_MS > o.now()) return Promise.resolve(access.token);
      inFlight ??= fetchAccess().finally(() => (inFlight = null));
      if (!signal) return inFlight;
      // The shared request goes on; only this caller stops waiting.
      return new Promise((resolve, reject) => {
        const onAbort = () => reject(new DOMException('aborted', 'AbortError'));
        if (signal.aborted) return onAbort();
        signal.addEventListener('abort', onAbort, { once: true });
        inFlight!.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
      });
    },
    invalidate() {
      access = null;
    },
  };
}
