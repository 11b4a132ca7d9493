import { describe, expect, it } from 'vitest';
import { DEMO } from '../index';
import { NOW, basic, testApi } from '../testing/client';

describe('auth', () => {
  it.each([
    ['no key', 'none', 401],
    ['unknown key', 'test_api_key_nope', 401],
    ['app key', 'app', 200],
    ['widget key on an app route', 'widget', 403],
  ])('%s on GET /v2/resources → %d', async (_, key, status) => {
    const t = testApi();
    const res = await t.call('GET', '/v2/resources', { key });
    expect(res.status).toBe(status);
    if (status !== 200) expect(res.body).toEqual({ error: expect.any(String) });
  });

  it('refuses a malformed Authorization header', async () => {
    const t = testApi();
    for (const authorization of ['Bearer x', 'Basic', 'Basic !!!', basic('').replace('Basic ', 'Basic  ')]) {
      expect((await t.call('GET', '/v2/app', { key: 'none', headers: { authorization } })).status).toBe(401);
    }
  });

  it('lets the widget key call exactly the widget endpoints', async () => {
    const t = testApi({ seed: 'demo' });
    const w = (method: string, path: string, body?: unknown) => t.call(method, path, { key: 'widget', body });
    const groups = await w('GET', '/v2/bookings/groups');
    expect(groups.status).toBe(200);
    const allowed = [
      await w('GET', `/v2/projects/embed/${DEMO.projects.oneToOne}`),
      await w('GET', `/v2/projects/hosted/${DEMO.slugs.oneToOne}`),
      await w('POST', '/v2/availability', { resources: [DEMO.resources.docBrown], to: '2 days' }),
      groups,
      await w('GET', `/v2/bookings/groups/${groups.body.data[0].id}`),
    ];
    expect(allowed.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    // POST /bookings and reschedule reach validation (422), not the 403 wall.
    expect((await w('POST', '/v2/bookings', {})).status).toBe(422);
    expect((await w('POST', '/v2/bookings/x/reschedule', {})).status).toBe(422);
    const forbidden = [
      ['GET', '/v2/app'],
      ['GET', '/v2/resources'],
      ['POST', '/v2/resources'],
      ['GET', '/v2/projects'],
      ['GET', `/v2/projects/${DEMO.projects.oneToOne}`],
      ['GET', '/v2/bookings'],
      ['GET', '/v2/bookings/x'],
      ['PUT', '/v2/bookings/x/cancel'],
      ['DELETE', '/v2/bookings/x'],
      ['POST', '/v2/bookings/bulk'],
      ['GET', '/v2/credentials'],
      ['POST', '/v2/credentials'],
      ['GET', '/v2/webhooks'],
      ['GET', '/v2/calendars'],
    ];
    for (const [method, path] of forbidden) {
      const res = await w(method, path, method === 'GET' || method === 'DELETE' ? undefined : {});
      expect([method, path, res.status]).toEqual([method, path, 403]);
    }
  });

  it('a widget key may not allow double bookings or create group sessions', async () => {
    const t = testApi();
    const r = await t.resource();
    const body = {
      graph: 'instant',
      resource_id: r,
      start: '2026-03-03T09:00:00Z',
      end: '2026-03-03T10:00:00Z',
      customer: { name: 'A', email: 'a@b.c' },
    };
    expect(
      (await t.call('POST', '/v2/bookings', { key: 'widget', body: { ...body, settings: { allow_double_bookings: true } } })).status,
    ).toBe(403);
    expect(
      (await t.call('POST', '/v2/bookings', { key: 'widget', body: { ...body, graph: 'group_owner', settings: { max_seats: 3 } } })).status,
    ).toBe(403);
    expect((await t.call('POST', '/v2/bookings', { key: 'widget', body })).status).toBe(201);
  });

  it('a credential made by POST /credentials works at once, within its referrers', async () => {
    const t = testApi({ seed: 'demo' });
    const made = await t.call('POST', '/v2/credentials', {
      body: { type: 'client-token', scopes: ['widget'], referrer: ['https://shop.example', 'https://*.example.org'] },
    });
    expect(made.status).toBe(201);
    const token: string = made.body.data.token;
    expect(token).toMatch(/^test_widget_key_/);
    expect(made.body.data).toMatchObject({
      type: 'client-token',
      scopes: ['widget'],
      referrer: ['https://shop.example', 'https://*.example.org'],
    });
    const path = `/v2/projects/embed/${DEMO.projects.oneToOne}`;
    const as = (origin?: string) => t.call('GET', path, { key: token, headers: origin ? { origin } : {} });
    expect((await as('https://shop.example')).status).toBe(200);
    expect((await as('https://a.example.org')).status).toBe(200);
    expect((await as()).status).toBe(200);
    const evil = await as('https://evil.example');
    expect(evil.status).toBe(403);
    expect(evil.body.error).toMatch(/referrer/);
    expect((await as('https://shop.example')).body.data.app_key).toBe(token);
    expect((await t.call('GET', '/v2/app', { key: token })).status).toBe(403);
    // Deleting it revokes it.
    expect((await t.call('DELETE', `/v2/credentials/${made.body.data.id}`)).status).toBe(204);
    expect((await as('https://shop.example')).status).toBe(401);
  });

  it('a credential stops working when it expires; an expiry that is not a timestamp is a 422 naming it', async () => {
    const t = testApi({ seed: 'demo' });
    const bad = await t.call('POST', '/v2/credentials', { body: { type: 'client-token', expires: 'garbage' } });
    expect([bad.status, Object.keys(bad.body.errors)]).toEqual([422, ['expires']]);
    const made = await t.call('POST', '/v2/credentials', { body: { type: 'client-token', expires: '1 hour' } });
    expect(made.body.data.expires).toBe(new Date(NOW + 3_600_000).toISOString());
    const path = `/v2/projects/embed/${DEMO.projects.oneToOne}`;
    expect((await t.call('GET', path, { key: made.body.data.token })).status).toBe(200);
    await t.clock.advance(3_600_000);
    const late = await t.call('GET', path, { key: made.body.data.token });
    expect([late.status, late.body.error]).toEqual([401, expect.stringMatching(/expired/)]);
  });

  it('answers CORS preflights for any origin with the Timekit headers, and errors carry CORS too', async () => {
    const t = testApi();
    const res = await t.app.request('/v2/availability', {
      method: 'OPTIONS',
      headers: {
        origin: 'https://shop.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type, timekit-context',
      },
    });
    expect(res.status).toBeLessThan(300);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const allowed = res.headers.get('access-control-allow-headers')!.toLowerCase();
    for (const h of ['authorization', 'content-type', 'timekit-context', 'timekit-timezone', 'timekit-outputtimestampformat'])
      expect(allowed).toContain(h);
    const err = await t.call('GET', '/v2/nothing', { key: 'none', headers: { origin: 'https://shop.example' } });
    expect(err.status).toBe(401);
    expect(err.headers.get('access-control-allow-origin')).toBe('*');
    expect(err.headers.get('timekit-testmode')).toBe('true');
  });

  it('a live key is not in test mode', async () => {
    const t = testApi({ appKey: 'live_api_key_x' });
    const res = await t.call('GET', '/v2/app');
    expect(res.status).toBe(200);
    expect(res.headers.get('timekit-testmode')).toBeNull();
    const unknownRoute = await t.call('GET', '/v2/nothing');
    expect(unknownRoute.status).toBe(404);
    expect(unknownRoute.body.error).toMatch(/does not exist/);
  });
});
