import { describe, expect, it } from 'vitest';
import { testApi } from '../testing/client';

describe('app', () => {
  it('GET /app and POST /app/invite', async () => {
    const t = testApi();
    const app = await t.call('GET', '/v2/app');
    expect(app.body.data).toMatchObject({ id: expect.any(String), slug: 'hill-valley', settings: { name: expect.any(String) } });
    expect((await t.call('POST', '/v2/app/invite', { body: { email: 'marty@example.com' } })).status).toBe(201);
    expect(t.store.app.invites).toHaveLength(1);
    const bad = await t.call('POST', '/v2/app/invite', { body: { email: 'nope' } });
    expect([bad.status, Object.keys(bad.body.errors)]).toEqual([422, ['email']]);
  });
});

describe('resources', () => {
  it('creates with a primary calendar, reads, lists, updates, deletes', async () => {
    const t = testApi();
    const made = await t.call('POST', '/v2/resources', {
      body: {
        name: 'Doc',
        timezone: 'America/Los_Angeles',
        email: 'doc@example.com',
        tags: ['a'],
        meta: { x: 1 },
        availability_constraints: [{ allow_hours: { start: 9, end: '17:30' } }],
      },
    });
    expect(made.status).toBe(201);
    const r = made.body.data;
    expect(r).toMatchObject({ name: 'Doc', timezone: 'America/Los_Angeles', email: 'doc@example.com', tags: ['a'], meta: { x: 1 } });
    expect(r.calendars).toEqual([{ id: expect.any(String), resource_id: r.id, name: 'Doc', description: null, primary: true }]);
    expect((await t.call('GET', `/v2/resources/${r.id}`)).body.data.id).toBe(r.id);
    const list = await t.call('GET', '/v2/resources');
    expect([list.body.total, list.body.data[0].id]).toEqual([1, r.id]);
    const put = await t.call('PUT', `/v2/resources/${r.id}`, { body: { name: 'Emmett' } });
    expect([put.status, put.body.data.name, put.body.data.timezone]).toEqual([200, 'Emmett', 'America/Los_Angeles']);
    expect((await t.call('DELETE', `/v2/resources/${r.id}`)).status).toBe(204);
    const gone = await t.call('GET', `/v2/resources/${r.id}`);
    expect([gone.status, gone.body]).toEqual([404, { error: 'Resource does not exist' }]);
    expect(t.store.calendars.size).toBe(0);
  });

  it.each([
    [{ timezone: 'UTC' }, ['name']],
    [{ name: 'A' }, ['timezone']],
    [{ name: 'A', timezone: 'Mars/Olympus' }, ['timezone']],
    [{ name: 42, timezone: 'UTC', tags: 'x' }, ['name', 'tags']],
    [
      { name: 'A', timezone: 'UTC', availability_constraints: [{ allow_hours: { start: 'nine', end: 17 } }] },
      ['availability_constraints.0'],
    ],
    [{ name: 'A', timezone: 'UTC', availability_constraints: {} }, ['availability_constraints']],
  ])('refuses %j naming %j, writing nothing', async (body, fields) => {
    const t = testApi();
    const res = await t.call('POST', '/v2/resources', { body });
    expect(res.status).toBe(422);
    expect(Object.keys(res.body.errors).sort()).toEqual(fields);
    expect(t.store.resources.size).toBe(0);
  });
});

describe('calendars', () => {
  it('CRUD, one primary per resource', async () => {
    const t = testApi();
    const rid = await t.resource();
    const made = await t.call('POST', '/v2/calendars/', { body: { resource_id: rid, name: 'Work', primary: true } });
    expect(made.status).toBe(201);
    const cals = (await t.call('GET', '/v2/calendars')).body.data;
    expect(cals.filter((c: { primary: boolean }) => c.primary).map((c: { id: string }) => c.id)).toEqual([made.body.data.id]);
    const put = await t.call('PUT', `/v2/calendars/${made.body.data.id}`, { body: { description: 'Office' } });
    expect(put.body.data.description).toBe('Office');
    expect((await t.call('DELETE', `/v2/calendars/${made.body.data.id}`)).status).toBe(204);
    expect((await t.call('GET', `/v2/calendars/${made.body.data.id}`)).status).toBe(404);
    const bad = await t.call('POST', '/v2/calendars', { body: { resource_id: 'nope' } });
    expect(Object.keys(bad.body.errors).sort()).toEqual(['name', 'resource_id']);
  });
});

describe('credentials and webhooks', () => {
  it('lists the seeded keys, refuses bad credential types', async () => {
    const t = testApi();
    const list = await t.call('GET', '/v2/credentials');
    expect(list.body.data.map((c: { token: string }) => c.token).sort()).toEqual([t.keys.appKey, t.keys.widgetKey].sort());
    const bad = await t.call('POST', '/v2/credentials', { body: { type: 'root', scopes: 'all' } });
    expect(Object.keys(bad.body.errors).sort()).toEqual(['scopes', 'type']);
    expect((await t.call('DELETE', '/v2/credentials/nope')).status).toBe(404);
  });

  it('webhooks CRUD and validation', async () => {
    const t = testApi();
    const made = await t.call('POST', '/v2/webhooks', {
      body: { url: 'https://hooks.example/x', graph: 'instant', state: 'confirmed', method: 'post' },
    });
    expect(made.status).toBe(201);
    expect(made.body.data).toEqual({
      id: expect.any(String),
      url: 'https://hooks.example/x',
      graph: 'instant',
      state: 'confirmed',
      method: 'post',
    });
    expect((await t.call('GET', '/v2/webhooks')).body.total).toBe(1);
    const bad = await t.call('POST', '/v2/webhooks', { body: { url: 'ftp://x', graph: 'nope', state: 'happy', method: 'get' } });
    expect(Object.keys(bad.body.errors).sort()).toEqual(['graph', 'method', 'state', 'url']);
    expect((await t.call('DELETE', `/v2/webhooks/${made.body.data.id}`)).status).toBe(204);
    expect((await t.call('DELETE', `/v2/webhooks/${made.body.data.id}`)).status).toBe(404);
  });
});
