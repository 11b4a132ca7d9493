import { createHmac, timingSafeEqual } from 'node:crypto';

/** Hex HMAC-SHA256 of `body` keyed by `secret` (the `x-timekit-signature` of a webhook). */
export function hmacHex(secret: string, body: string): string {
  return createHmac('sha256', secret).update(body).digest('hex');
}

/**
 * What a customer action link allows: one action (`cancel`, `reschedule`, or `manage`: read, cancel
 * and reschedule) on one booking, until `exp` (seconds since the epoch, JWT's claim: the booking's start).
 */
export interface ActionClaims {
  booking_id: string;
  action: string;
  exp: number;
}

const b64url = (data: Buffer | string): string => Buffer.from(data).toString('base64url');

/**
 * An HS256 JWT over `{booking_id, action, exp}` keyed by the app key (the server's secret).
 * @example signActionToken('test_api_key_demo', { booking_id: id, action: 'cancel', exp: start / 1000 })
 */
export function signActionToken(key: string, claims: ActionClaims): string {
  const head = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const body = b64url(JSON.stringify({ booking_id: claims.booking_id, action: claims.action, exp: claims.exp }));
  const sig = createHmac('sha256', key).update(`${head}.${body}`).digest('base64url');
  return `${head}.${body}.${sig}`;
}

/**
 * The claims of a token this key signed with HS256 (whatever its `exp`: the caller compares it with
 * its clock), or null for anything else, a token without a numeric `exp` included.
 */
export function verifyActionToken(key: string, token: unknown): ActionClaims | null {
  if (typeof token !== 'string') return null;
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  const [head, body, sig] = parts;
  const expected = createHmac('sha256', key).update(`${head}.${body}`).digest();
  const given = Buffer.from(sig, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const header = JSON.parse(Buffer.from(head, 'base64url').toString('utf8')) as { alg?: unknown };
    if (header.alg !== 'HS256') return null;
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Partial<ActionClaims>;
    if (
      typeof claims.booking_id !== 'string' ||
      typeof claims.action !== 'string' ||
      typeof claims.exp !== 'number' ||
      !Number.isFinite(claims.exp)
    )
      return null;
    return { booking_id: claims.booking_id, action: claims.action, exp: claims.exp };
  } catch {
    return null;
  }
}
