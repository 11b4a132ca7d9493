import { describe, expect, it } from 'vitest';
import { DEMO } from '../seed/demo';
import { NOW, testApi } from '../testing/client';
import { moduleId } from './ids';

const ORG = moduleId('organization', 'bbbbbbbb-0000-4000-8000-000000000001');
const DOC_TEMPLATE = moduleId('bookingTemplate', DEMO.projects.oneToOne);
const DOC = moduleId('bookingResource', DEMO.resources.docBrown);

/** The demo store on the fixed clock (Monday 2026-03-02 08:00 UTC), with helpers for the token dance and Module calls. */
function moduleApi() {
  const t = testApi({ seed: 'demo' });
  const token = async (form: Record<string, string>) => {
    const res = await t.app.request('/oauth/token', { method: 'POST', body: new URLSearchParams(form) });
    return { status: res.status, body: await res.json() };
  };
  const accessToken = async () => {
    const r = await token({ grant_type: 'client_credentials', client_id: DEMO.widgetKey, client_secret: '' });
    const a = await token({
      grant_type: 'refresh_token',
      client_id: DEMO.widgetKey,
      refresh_token: r.body.refresh_token,
      organization_id: ORG,
    });
    return a.body.access_token as string;
  };
  const mod = async (method: string, path: string, o: { token?: string; body?: unknown; locale?: string; org?: string } = {}) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (o.token) headers.authorization = `Bearer ${o.token}`;
    const res = await t.app.request(`/module/v3/${o.locale ?? 'en'}/organization/${o.org ?? ORG}/${path}`, {
      method,
      headers,
      body: o.body ? JSON.stringify(o.body) : undefined,
    });
    return { status: res.status, body: await res.json(), headers: res.headers };
  };
  return { ...t, token, accessToken, mod };
}

describe('POST /oauth/token', () => {
  it('gives a widget key a 30-day refresh token, and that a 300-second access token for the organization', async () => {
    const t = moduleApi();
    const r = await t.token({ grant_type: 'client_credentials', client_id: DEMO.widgetKey, client_secret: '' });
    expect(r).toMatchObject({ status: 200, body: { expires_in: 2_592_000, token_type: 'Bearer' } });
    const a = await t.token({
      grant_type: 'refresh_token',
      client_id: DEMO.widgetKey,
      refresh_token: r.body.refresh_token,
      organization_id: ORG,
    });
    expect(a).toMatchObject({ status: 200, body: { expires_in: 300, token_type: 'Bearer' } });
    expect(a.body.access_token).toMatch(/^at_/);
  });
  it.each([
    [{ grant_type: 'client_credentials', client_id: 'nobody' }, 401, 'invalid_client'],
    [{ grant_type: 'client_credentials', client_id: DEMO.appKey }, 401, 'invalid_client'],
    [{ grant_type: 'client_credentials', client_id: DEMO.widgetKey, client_secret: 'x' }, 401, 'invalid_client'],
    [{ grant_type: 'password', client_id: DEMO.widgetKey }, 400, 'unsupported_grant_type'],
    [{ grant_type: 'refresh_token', client_id: DEMO.widgetKey, refresh_token: 'rt_nope', organization_id: ORG }, 400, 'invalid_grant'],
    [{ grant_type: 'client_credentials' }, 400, 'invalid_request'],
  ])('refuses %o with %i %s', async (form, status, error) => {
    expect(await moduleApi().token(form)).toMatchObject({ status, body: { error } });
  });
  it('refuses an access token for another organization', async () => {
    const t = moduleApi();
    const r = await t.token({ grant_type: 'client_credentials', client_id: DEMO.widgetKey });
    const a = await t.token({
      grant_type: 'refresh_token',
      client_id: DEMO.widgetKey,
      refresh_token: r.body.refresh_token,
      organization_id: 'f6' + 'x'.repeat(30),
    });
    expect(a).toMatchObject({ status: 400, body: { error: 'invalid_request' } });
    expect(a.body.error_description).toContain(ORG);
  });
});

describe('Module routes: auth', () => {
  it('401 without a token, 401 once the access token is 300 s old, 403 for another organization', async () => {
    const t = moduleApi();
    expect(await t.mod('GET', `bookingTemplate/${DOC_TEMPLATE}/show`)).toMatchObject({
      status: 401,
      body: { content: null, messageList: [{ class: 'MESSAGE', type: 'error', parameter: 'Authorization' }] },
    });
    const token = await t.accessToken();
    await t.clock.advance(299_000);
    expect((await t.mod('GET', `bookingTemplate/${DOC_TEMPLATE}/show`, { token })).status).toBe(200);
    await t.clock.advance(1_000);
    expect((await t.mod('GET', `bookingTemplate/${DOC_TEMPLATE}/show`, { token })).status).toBe(401);
    const fresh = await t.accessToken();
    expect(await t.mod('GET', 'bookingTemplate/list', { token: fresh, org: 'f6' + 'y'.repeat(30) })).toMatchObject({
      status: 403,
      body: { messageList: [{ parameter: 'organizationId' }] },
    });
  });
  it('answers in the language of the path, and 404 for another language', async () => {
    const t = moduleApi();
    const de = await t.mod('GET', `bookingTemplate/${DOC_TEMPLATE}/show`, { locale: 'de_DE' });
    expect(de.body.messageList[0].text).toMatch(/Access-Token fehlt/);
    expect(await t.mod('GET', 'bookingTemplate/list', { locale: 'fr' })).toMatchObject({
      status: 404,
      body: { messageList: [{ parameter: 'locale' }] },
    });
  });
  it('answers an unknown Module path with a 404 envelope', async () => {
    const t = moduleApi();
    const res = await t.mod('GET', 'nothing/here', { token: await t.accessToken() });
    expect(res).toMatchObject({ status: 404, body: { content: null, messageList: [{ type: 'error', parameter: null }] } });
  });
  it('keeps CORS open like /v2', async () => {
    const t = moduleApi();
    const res = await t.app.request('/oauth/token', {
      method: 'OPTIONS',
      headers: { origin: 'http://page.example', 'access-control-request-method': 'POST' },
    });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });
});

describe('Module routes: templates and slots', () => {
  it('shows a project as a booking template under its fixed-rule id', async () => {
    const t = moduleApi();
    const token = await t.accessToken();
    const res = await t.mod('GET', `bookingTemplate/${DOC_TEMPLATE}/show`, { token });
    expect(res.body).toMatchObject({
      messageList: [],
      content: {
        class: 'BOOKING_TEMPLATE',
        id: DOC_TEMPLATE,
        name: 'Meet Doc Brown',
        duration: 30,
        customerEmailRequired: true,
        bookingStepList: [{ class: 'BOOKING_STEP', bookingResourceList: [{ class: 'BOOKING_RESOURCE', id: DOC, name: 'Doc Brown' }] }],
      },
    });
    const list = await t.mod('GET', 'bookingTemplate/list', { token });
    expect(list.body.content).toMatchObject({ class: 'LIST' });
    // The demo's projects share their first 30 characters: one template, the smallest id (Doc Brown's).
    expect(list.body.content.recordList.map((x: { id: string }) => x.id)).toEqual([DOC_TEMPLATE]);
    expect((await t.mod('GET', `bookingTemplate/fc${'0'.repeat(30)}/show`, { token })).body).toMatchObject({
      messageList: [{ parameter: 'bookingTemplateId' }],
    });
  });

  it("shows a project's booking.price as the template's price, and none without one", async () => {
    const t = moduleApi();
    const token = await t.accessToken();
    const made = await t.call('POST', '/v2/projects', {
      body: {
        name: 'Paid',
        slug: 'paid',
        resources: [DEMO.resources.docBrown],
        availability: { length: '1 hour' },
        booking: { graph: 'instant_payment', what: 'Paid', price: { gross: 49.5, currency: 'EUR', tax_rate: 19 } },
      },
    });
    expect(made.status).toBe(201);
    const paid = await t.mod('GET', `bookingTemplate/${moduleId('bookingTemplate', made.body.data.id)}/show`, { token });
    expect(paid.body.content).toMatchObject({ showPrice: true, priceGross: 49.5, currency: 'EUR', taxRate: 19 });
    const free = await t.mod('GET', `bookingTemplate/${DOC_TEMPLATE}/show`, { token });
    expect(free.body.content).toMatchObject({ showPrice: false, priceGross: null, currency: null, taxRate: null });
  });

  it('lists a month with the same engine as POST /v2/availability', async () => {
    const t = moduleApi();
    const token = await t.accessToken();
    const month = await t.mod('GET', `bookingTemplate/${DOC_TEMPLATE}/bookingSlot/year/2026/month/3/listMonth`, { token });
    expect(month.status).toBe(200);
    expect(month.body.content).toMatchObject({ class: 'RANGE_LIST', timeZone: 'America/Los_Angeles' });
    const v2 = await t.call('POST', '/v2/availability', {
      key: 'widget',
      body: { project_id: DEMO.projects.oneToOne, from: new Date(NOW).toISOString(), to: '2026-04-01T07:00:00Z' },
    });
    const starts = (list: Array<{ timestamp?: string; start?: string }>) => list.map((x) => Date.parse(x.timestamp ?? x.start!));
    expect(starts(month.body.content.list)).toEqual(starts(v2.body.data));
    expect(month.body.content.list.length).toBeGreaterThan(100);
    expect(month.body.content.list[0]).toMatchObject({ class: 'BOOKING_SLOT', bookingResourceCombination: [DOC] });
    expect(month.body.content.list[0].id).toMatch(/^4f[a-zA-Z0-9]{30}$/);
    const day = await t.mod('GET', `bookingTemplate/${DOC_TEMPLATE}/bookingSlot/year/2026/month/3/day/3/listDay`, { token });
    expect(day.body.content.list.map((x: { timestamp: string }) => x.timestamp.slice(0, 10))).toEqual(
      Array(day.body.content.list.length).fill('2026-03-03'),
    );
    const week = await t.mod('GET', `bookingTemplate/${DOC_TEMPLATE}/bookingSlot/year/2026/week/10/listWeek`, { token });
    expect(week.body.content.list.length).toBeGreaterThan(day.body.content.list.length);
    const earliest = await t.mod('GET', `bookingTemplate/${DOC_TEMPLATE}/bookingSlot/earliest`, { token });
    expect(earliest.body.content).toEqual(month.body.content.list[0]);
  });

  it.each([
    ['2028/month/1', 'month', 'en', /between 2026-03-02 and 2027-12-31/],
    ['2026/month/2', 'month', 'en', /between 2026-03-02 and 2027-12-31/],
    ['2028/month/1', 'month', 'de', /zwischen 2026-03-02 und 2027-12-31/],
    ['2028/week/1', 'week', 'en', /end of next year/],
  ])('refuses %s outside the year limit (%s, %s)', async (path, parameter, locale, textPattern) => {
    const t = moduleApi();
    const token = await t.accessToken();
    const kind = path.includes('week') ? 'listWeek' : 'listMonth';
    const res = await t.mod('GET', `bookingTemplate/${DOC_TEMPLATE}/bookingSlot/year/${path}/${kind}`, { token, locale });
    expect(res.status).toBe(422);
    expect(res.body.messageList[0]).toMatchObject({ type: 'error', parameter });
    expect(res.body.messageList[0].text).toMatch(textPattern);
  });
  it('serves December of next year, and 400 for a month 13', async () => {
    const t = moduleApi();
    const token = await t.accessToken();
    expect(
      (await t.mod('GET', `bookingTemplate/${DOC_TEMPLATE}/bookingSlot/year/2027/month/12/listMonth`, { token })).body.content.list.length,
    ).toBeGreaterThan(0);
    expect(await t.mod('GET', `bookingTemplate/${DOC_TEMPLATE}/bookingSlot/year/2027/month/13/listMonth`, { token })).toMatchObject({
      status: 400,
      body: { messageList: [{ parameter: 'month' }] },
    });
  });

  it.each([
    ['year/2027/month/2/day/31/listDay', 'day'],
    ['year/2027/month/4/day/31/listDay', 'day'],
    ['year/2027/week/53/listWeek', 'week'],
  ])('400 naming the part of an impossible date: %s', async (path, parameter) => {
    const t = moduleApi();
    const token = await t.accessToken();
    expect(await t.mod('GET', `bookingTemplate/${DOC_TEMPLATE}/bookingSlot/${path}`, { token })).toMatchObject({
      status: 400,
      body: { messageList: [{ parameter }] },
    });
  });
});

describe('Module routes: appointments', () => {
  const customer = { firstName: 'Marty', lastName: 'McFly', email: 'marty@hillvalley.example' };
  async function firstSlots(t: ReturnType<typeof moduleApi>, token: string) {
    const res = await t.mod('GET', `bookingTemplate/${DOC_TEMPLATE}/bookingSlot/year/2026/month/3/listMonth`, { token });
    return res.body.content.list as Array<{ id: string; timestamp: string }>;
  }

  it('books a slot: an APPOINTMENT the Timekit routes see as the same booking, and the slot is gone', async () => {
    const t = moduleApi();
    const token = await t.accessToken();
    const [slot] = await firstSlots(t, token);
    const res = await t.mod('POST', 'appointment/add', { token, body: { bookingSlotId: slot.id, notes: 'Bring plutonium', customer } });
    expect(res.status).toBe(201);
    expect(res.body.content).toMatchObject({
      class: 'APPOINTMENT',
      start: slot.timestamp,
      duration: 30,
      name: 'Meet Doc Brown',
      canceled: false,
      organizationId: ORG,
      customer: { firstName: 'Marty', lastName: 'McFly' },
      bookingResourceList: [{ id: DOC }],
    });
    const uuid = res.body.content.customId as string;
    expect(res.body.content.id).toBe(moduleId('appointment', uuid));
    const v2 = await t.call('GET', `/v2/bookings/${uuid}`);
    expect(v2.body.data).toMatchObject({ graph: 'instant', state: 'confirmed', resource: { id: DEMO.resources.docBrown } });
    expect(Date.parse(v2.body.data.attributes.event_info.start)).toBe(Date.parse(slot.timestamp));
    expect((await firstSlots(t, token))[0].id).not.toBe(slot.id);
    const again = await t.mod('POST', 'appointment/add', { token, body: { bookingSlotId: slot.id, customer } });
    expect(again).toMatchObject({ status: 409, body: { content: null, messageList: [{ type: 'error', parameter: 'bookingSlotId' }] } });
    const shown = await t.mod('GET', `appointment/${res.body.content.id}/show`, { token });
    expect(shown.body.content).toEqual(res.body.content);
  });

  it('a time taken through /v2 meanwhile is refused with 409', async () => {
    const t = moduleApi();
    const token = await t.accessToken();
    const [slot] = await firstSlots(t, token);
    const end = new Date(Date.parse(slot.timestamp) + 30 * 60_000).toISOString();
    const v2 = await t.call('POST', '/v2/bookings', {
      key: 'widget',
      body: {
        graph: 'instant',
        resource_id: DEMO.resources.docBrown,
        project_id: DEMO.projects.oneToOne,
        start: slot.timestamp,
        end,
        customer: { name: 'Biff', email: 'biff@example.com' },
      },
    });
    expect(v2.status).toBe(201);
    expect(
      (await t.mod('POST', 'appointment/add', { token, body: { bookingSlotId: slot.id, customer }, locale: 'de' })).body.messageList[0],
    ).toMatchObject({ parameter: 'bookingSlotId', text: expect.stringMatching(/nicht mehr frei/) });
  });

  it.each([
    [{ customer: { firstName: 'Marty', email: 'nope' } }, ['customer.lastName', 'customer.email']],
    [{ customer: { lastName: 'McFly' } }, ['customer.email']],
    [{}, ['customer']],
    [{ customer: { ...customer, firstName: 5 } }, ['customer.firstName']],
  ])('validates %o naming %o', async (body, parameters) => {
    const t = moduleApi();
    const token = await t.accessToken();
    const [slot] = await firstSlots(t, token);
    const res = await t.mod('POST', 'appointment/add', { token, body: { bookingSlotId: slot.id, ...body } });
    expect(res.status).toBe(422);
    expect(res.body.messageList.map((m: { parameter: string }) => m.parameter)).toEqual(parameters);
  });

  it('404 for an unknown slot id, 400 for a body that is not JSON', async () => {
    const t = moduleApi();
    const token = await t.accessToken();
    expect(await t.mod('POST', 'appointment/add', { token, body: { bookingSlotId: '4f' + 'a'.repeat(30), customer } })).toMatchObject({
      status: 404,
      body: { messageList: [{ parameter: 'bookingSlotId' }] },
    });
    const res = await t.app.request(`/module/v3/en/organization/${ORG}/appointment/add`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: '{nope',
    });
    expect(res.status).toBe(400);
  });

  it.each([
    [{ additionalData: { a: JSON.parse('['.repeat(40) + ']'.repeat(40)) } }, [null]],
    [{ notes: 'x'.repeat(30_000) }, ['notes']],
    [{ additionalData: JSON.parse('{"__proto__": {"admin": true}}') }, ['additionalData.__proto__']],
  ])('refuses a body past the limits (%#), names it and stores nothing', async (extra, parameters) => {
    const t = moduleApi();
    const token = await t.accessToken();
    const [slot] = await firstSlots(t, token);
    const before = (await t.call('GET', '/v2/bookings')).body.data.length;
    const res = await t.mod('POST', 'appointment/add', { token, body: { bookingSlotId: slot.id, customer, ...extra } });
    expect(res.status).toBe(422);
    expect(res.body.messageList.map((m: { parameter: string | null }) => m.parameter)).toEqual(parameters);
    const after = await t.call('GET', '/v2/bookings');
    expect(after.status).toBe(200);
    expect(after.body.data).toHaveLength(before);
  });

  it('moves and cancels', async () => {
    const t = moduleApi();
    const token = await t.accessToken();
    const [a, b] = await firstSlots(t, token);
    const added = (await t.mod('POST', 'appointment/add', { token, body: { bookingSlotId: a.id, customer } })).body.content;
    const moved = await t.mod('PUT', `appointment/${added.id}/move`, { token, body: { bookingSlotId: b.id } });
    expect(moved.body.content).toMatchObject({ start: b.timestamp, moved: true, canceled: false });
    expect((await t.mod('GET', `appointment/${added.id}/show`, { token })).body.content).toMatchObject({ moved: true });
    const cancelled = await t.mod('PUT', `appointment/${moved.body.content.id}/cancel`, { token });
    expect(cancelled.body.content).toMatchObject({ canceled: true });
    expect((await t.mod('PUT', `appointment/${moved.body.content.id}/cancel`, { token })).status).toBe(422);
    expect((await t.call('GET', `/v2/bookings/${moved.body.content.customId}`)).body.data.state).toBe('cancelled');
  });

  it('lists and shows booking resources', async () => {
    const t = moduleApi();
    const token = await t.accessToken();
    expect((await t.mod('GET', 'bookingResource/list', { token })).body.content.recordTotal).toBe(4);
    expect((await t.mod('GET', `bookingResource/${DOC}/show`, { token })).body.content).toMatchObject({
      name: 'Doc Brown',
      type: 'EMPLOYEE',
    });
  });
});
