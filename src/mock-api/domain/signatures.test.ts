import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hmacHex, signActionToken, verifyActionToken } from './signatures';

describe('signatures', () => {
  it('hmacHex is hex HMAC-SHA256', () => {
    expect(hmacHex('secret', '{"a":1}')).toBe(createHmac('sha256', 'secret').update('{"a":1}').digest('hex'));
    expect(hmacHex('secret', 'x')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('signs an HS256 JWT a standard verifier accepts', () => {
    const token = signActionToken('key', { booking_id: 'b1', action: 'cancel', exp: 1772442000 });
    const [head, body, sig] = token.split('.');
    expect(JSON.parse(Buffer.from(head, 'base64url').toString())).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(JSON.parse(Buffer.from(body, 'base64url').toString())).toEqual({ booking_id: 'b1', action: 'cancel', exp: 1772442000 });
    expect(sig).toBe(createHmac('sha256', 'key').update(`${head}.${body}`).digest('base64url'));
    expect(verifyActionToken('key', token)).toEqual({ booking_id: 'b1', action: 'cancel', exp: 1772442000 });
  });

  it('refuses other keys, tampered claims and junk', () => {
    const token = signActionToken('key', { booking_id: 'b1', action: 'cancel', exp: 1772442000 });
    const [head, , sig] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ booking_id: 'b2', action: 'cancel', exp: 1772442000 })).toString('base64url');
    // A token signed right but without an expiry (the links before expiry existed) is refused.
    const head0 = token.split('.')[0];
    const noExp = Buffer.from(JSON.stringify({ booking_id: 'b1', action: 'cancel' })).toString('base64url');
    expect(
      verifyActionToken('key', `${head0}.${noExp}.${createHmac('sha256', 'key').update(`${head0}.${noExp}`).digest('base64url')}`),
    ).toBeNull();
    expect(verifyActionToken('other', token)).toBeNull();
    expect(verifyActionToken('key', `${head}.${forged}.${sig}`)).toBeNull();
    expect(verifyActionToken('key', 'a.b')).toBeNull();
    expect(verifyActionToken('key', '...')).toBeNull();
    expect(verifyActionToken('key', undefined)).toBeNull();
    const none = Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url');
    const body = token.split('.')[1];
    const noneSig = createHmac('sha256', 'key').update(`${none}.${body}`).digest('base64url');
    expect(verifyActionToken('key', `${none}.${body}.${noneSig}`)).toBeNull();
  });
});
