import type { MiddlewareHandler } from 'hono';
import type { Store } from '../domain/store';
import type { StoredCredential } from '../domain/types';
import type { ApiEnv, Caller } from './env';
import { routeAccess } from './access';
import { wildcard } from '../domain/wildcard';
import { forbidden, unauthorized } from './errors';

/** The key of `Authorization: Basic base64(":" + key)`; null when absent or not Basic. */
export function keyFromAuthorization(header: string | undefined): string | null {
  if (!header) return null;
  const m = /^Basic\s+([A-Za-z0-9+/=_-]+)\s*$/i.exec(header);
  if (!m) return null;
  const decoded = Buffer.from(m[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon === -1 ? null : decoded.slice(colon + 1) || null;
}

/** True when `origin` is allowed by a referrer list entry (`*` is a wildcard; `https://a.com/*` style entries compare by origin). */
export function originAllowed(origin: string, referrers: readonly string[]): boolean {
  // A stranger sends the Origin: matched without a regular expression, which `*` runs make backtrack (wildcard.ts).
  return referrers.some((entry) => wildcard(entry.replace(/\/+\*?$/, ''))(origin));
}

function callerFor(credential: StoredCredential): Caller {
  return credential.type === 'client-token' ? { kind: 'widget', token: credential.token } : { kind: 'app', token: credential.token };
}

/**
 * Authenticates every request per the contract: 401 without a known key, 403 for a widget key on
 * a route not marked `widgetRoute` (see `access.ts`) or outside its referrer list. Sets `caller`.
 */
export function authMiddleware(store: Store, now: () => number): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const access = routeAccess(c);
    if (access === 'public') {
      c.set('caller', { kind: 'none' });
      return next();
    }
    const key = keyFromAuthorization(c.req.header('authorization'));
    if (!key) throw unauthorized('Send your key as HTTP Basic auth: an empty user and the key as password');
    const credential = store.credentialByToken(key);
    if (!credential) throw unauthorized('This key is not known; check the app or widget key you configured');
    if (credential.expires && Date.parse(credential.expires) <= now())
      throw unauthorized(`This key expired at ${credential.expires}; create a new one (POST /v2/credentials)`);
    const caller = callerFor(credential);
    if (caller.kind === 'widget') {
      if (access !== 'widget') {
        throw forbidden(`A widget key can not call ${c.req.method} ${c.req.path}; use the app key on your server`);
      }
      const origin = c.req.header('origin');
      if (origin && credential.referrer?.length && !originAllowed(origin, credential.referrer)) {
        throw forbidden(`The origin ${origin} is not in this widget key's referrer list`);
      }
    }
    c.set('caller', caller);
    return next();
  };
}
