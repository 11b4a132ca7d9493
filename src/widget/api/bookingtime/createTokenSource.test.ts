import { describe, expect, it } from 'vitest';
import { ApiError } from '../ApiError';
import { createTokenSource, RENEW_BEFORE_MS } from './createTokenSource';

/** A token endpoint on a fixed clock: counts grants, answers 300-second access tokens, can hold or refuse. */
function endpoint() {
  const clock = { t: Date.parse('2026-03-02T08:00:00Z') };
  const grants: Array<Record<string, string>> = [];
  let n = 0;
  let refuseRefresh = 0;
  let release: (() => void) | null = null;
  const post = async (_url: string, form: Record<string, string>) => {
    grants.push(form);
    if (release === null && held) await new Promise<void>((r) => (release = r));
    if (form.client_id !== 'widget-key') return { status: 401, body: { error: 'invalid_client', error_description: 'unknown client' } };
    if (form.grant_type === 'client_credentials')
      return { status: 200, body: { refresh_token: `r${++n}`, expires_in: 30 * 86400, token_type: 'Bearer' } };
    if (refuseRefresh > 0) {
      refuseRefresh--;
      return { status: 400, body: { error: 'invalid_grant' } };
    }
    return { status: 200, body: { access_token: `a${++n}`, expires_in: 300, token_type: 'Bearer' } };
  };
  let held = false;
  const tokens = (clientId = 'widget-key') =>
    createTokenSource({ authUrl: 'http://auth/oauth/token', clientId, organizationId: 'f6org', now: () => clock.t, post });
  return {
    clock,
    grants,
    tokens,
    refuseNextRefresh: (k = 1) => void (refuseRefresh = k),
    hold: () => {
      held = true;
      return () => {
        held = false;
        release?.();
      };
    },
  };
}

describe('createTokenSource', () => {
  it('gets a refresh token with an empty secret, then an access token for the organization', async () => {
    const e = endpoint();
    expect(await e.tokens().get()).toBe('a2');
    expect(e.grants).toEqual([
      { grant_type: 'client_credentials', client_id: 'widget-key', client_secret: '' },
      { grant_type: 'refresh_token', client_id: 'widget-key', refresh_token: 'r1', organization_id: 'f6org' },
    ]);
  });

  it('reuses the access token until a minute before its 300 seconds end, then renews with the kept refresh token', async () => {
    const e = endpoint();
    const t = e.tokens();
    await t.get();
    e.clock.t += 300_000 - RENEW_BEFORE_MS - 1;
    expect(await t.get()).toBe('a2');
    expect(e.grants).toHaveLength(2);
    e.clock.t += 1;
    expect(await t.get()).toBe('a3');
    expect(e.grants.map((g) => g.grant_type)).toEqual(['client_credentials', 'refresh_token', 'refresh_token']);
  });

  it('a refresh token near its 30 days is replaced by a new one', async () => {
    const e = endpoint();
    const t = e.tokens();
    await t.get();
    e.clock.t += 30 * 86_400_000 - RENEW_BEFORE_MS;
    await t.get();
    expect(e.grants.map((g) => g.grant_type)).toEqual(['client_credentials', 'refresh_token', 'client_credentials', 'refresh_token']);
  });

  it('keeps one request in flight: concurrent callers share it', async () => {
    const e = endpoint();
    const t = e.tokens();
    const release = e.hold();
    const all = Promise.all([t.get(), t.get(), t.get()]);
    await Promise.resolve();
    release();
    expect(await all).toEqual(['a2', 'a2', 'a2']);
    expect(e.grants).toHaveLength(2);
  });

  it('one caller aborting stops only its own wait', async () => {
    const e = endpoint();
    const t = e.tokens();
    const release = e.hold();
    const ctrl = new AbortController();
    const mine = t.get(ctrl.signal);
    const other = t.get();
    ctrl.abort();
    await expect(mine).rejects.toMatchObject({ name: 'AbortError' });
    release();
    expect(await other).toBe('a2');
  });

  it('a revoked refresh token is replaced once; a refused fresh one is final', async () => {
    const e = endpoint();
    const t = e.tokens();
    await t.get();
    t.invalidate();
    e.refuseNextRefresh(1);
    expect(await t.get()).toBe('a4');
    t.invalidate();
    e.refuseNextRefresh(2);
    await expect(t.get()).rejects.toMatchObject({ kind: 'unauthorized', status: 400 });
  });

  it('an unknown client id is an unauthorized error naming client_id', async () => {
    const err = await endpoint()
      .tokens('nobody')
      .get()
      .catch((x: unknown) => x);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ kind: 'unauthorized', status: 401, fields: { client_id: ['unknown client'] } });
  });
});
