import { describe, expect, it } from 'vitest';
import { createBookingtimeBackend } from '../../widget/api/bookingtime/createBookingtimeBackend';
import { ApiError } from '../../widget/api/ApiError';
import { DEMO } from '../seed/demo';
import { testApi } from '../testing/client';
import { moduleId } from './ids';

const ORG = moduleId('organization', 'bbbbbbbb-0000-4000-8000-000000000001');
const TEMPLATE = moduleId('bookingTemplate', DEMO.projects.oneToOne);

/** The widget's bookingtime backend talking to this server in process, on one fake clock. */
function setup(o: { clientId?: string; locale?: string } = {}) {
  const t = testApi({ seed: 'demo' });
  const requests: string[] = [];
  const backend = createBookingtimeBackend({
    organizationId: ORG,
    bookingTemplateId: TEMPLATE,
    clientId: o.clientId ?? DEMO.widgetKey,
    apiBaseUrl: 'http://api.test/module/v3/',
    authUrl: 'http://api.test/oauth/token',
    timeoutMs: 5_000,
    locale: () => o.locale ?? 'en-US',
    now: () => new Date(t.clock.now()),
    fetch: async (input, init) => {
      const url = String(input);
      requests.push(`${init?.method ?? 'GET'} ${url.replace('http://api.test', '')}`);
      return t.app.request(url.replace('http://api.test', ''), init);
    },
  });
  return { ...t, backend, requests };
}

describe('the bookingtime adapter against the mock Module API', () => {
  it('loads the template, lists this and next month, books a slot the Timekit routes see', async () => {
    const t = setup();
    const project = await t.backend.getProject({ id: TEMPLATE });
    expect(project.data).toMatchObject({
      id: TEMPLATE,
      name: 'Meet Doc Brown',
      availability: { length: '30 minutes' },
      ui: { display_name: 'Doc Brown' },
    });
    const slots = (await t.backend.getAvailability({ output_timezone: 'Europe/Berlin' })).data;
    const v2 = await t.call('POST', '/v2/availability', {
      key: 'widget',
      body: { project_id: DEMO.projects.oneToOne, to: '2026-05-01T07:00:00Z' },
    });
    expect(slots.map((s) => Date.parse(s.start))).toEqual(v2.body.data.map((s: { start: string }) => Date.parse(s.start)));
    expect(t.requests.filter((r) => r.includes('listMonth'))).toEqual([
      `GET /module/v3/en/organization/${ORG}/bookingTemplate/${TEMPLATE}/bookingSlot/year/2026/month/3/listMonth`,
      `GET /module/v3/en/organization/${ORG}/bookingTemplate/${TEMPLATE}/bookingSlot/year/2026/month/4/listMonth`,
    ]);
    const slot = slots[3];
    const res = await t.backend.createBooking(
      {
        graph: 'instant',
        start: slot.start,
        end: slot.end,
        resource_id: slot.resources[0].id,
        customer: { name: 'Marty McFly', email: 'marty@hillvalley.example', comment: 'Bring plutonium' },
      },
      [],
    );
    expect(res.status).toBe(201);
    expect(res.data).toMatchObject({
      graph: 'instant',
      state: 'confirmed',
      customers: [{ name: 'Marty McFly' }],
      resource: { name: 'Doc Brown' },
    });
    expect(res.data.id).toMatch(/^ed/);
    const v2Bookings = await t.call('GET', '/v2/bookings');
    const mine = v2Bookings.body.data.find((b: { id: string }) => moduleId('appointment', b.id) === res.data.id);
    expect(mine).toMatchObject({ state: 'confirmed', customers: [{ name: 'Marty McFly', email: 'marty@hillvalley.example' }] });
    expect((await t.backend.showAppointment(res.data.id)).data.attributes.event_info.start).toBe(res.data.attributes.event_info.start);
  });

  it('a taken time is a validation error about start (the widget offers fresh times); messages in German for de', async () => {
    const t = setup({ locale: 'de-DE' });
    const [slot] = (await t.backend.getAvailability({ output_timezone: 'UTC' })).data;
    const req = {
      graph: 'instant' as const,
      start: slot.start,
      end: slot.end,
      resource_id: slot.resources[0].id,
      customer: { name: 'Marty McFly', email: 'marty@hillvalley.example' },
    };
    await t.backend.createBooking(req, []);
    const err = await t.backend.createBooking(req, []).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ kind: 'validation', status: 409, fields: { start: [expect.stringMatching(/nicht mehr frei/)] } });
    const invalid = await t.backend
      .createBooking(
        {
          ...req,
          start: (await t.backend.getAvailability({ output_timezone: 'UTC' })).data[0].start,
          customer: { name: 'Marty', email: 'x' },
        },
        [],
      )
      .catch((e: unknown) => e);
    expect(invalid).toMatchObject({ kind: 'validation', status: 422, fields: { email: [expect.stringMatching(/keine E-Mail-Adresse/)] } });
  });

  it('renews the access token after 300 s on the shared clock, and reuses it before', async () => {
    const t = setup();
    await t.backend.getProject({ id: TEMPLATE });
    await t.backend.getAvailability({ output_timezone: 'UTC' });
    const grants = () => t.requests.filter((r) => r.includes('/oauth/token')).length;
    expect(grants()).toBe(2);
    await t.clock.advance(239_000);
    await t.backend.getAvailability({ output_timezone: 'UTC' });
    expect(grants()).toBe(2);
    await t.clock.advance(2_000);
    await t.backend.getAvailability({ output_timezone: 'UTC' });
    expect(grants()).toBe(3);
  });

  it('an unknown client id is refused at the token endpoint, naming client_id', async () => {
    const t = setup({ clientId: 'not-a-widget-key' });
    await expect(t.backend.getProject({ id: TEMPLATE })).rejects.toMatchObject({
      kind: 'unauthorized',
      status: 401,
      fields: { client_id: [expect.stringContaining('not a module client')] },
    });
  });
});
