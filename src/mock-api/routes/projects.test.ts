import { describe, expect, it } from 'vitest';
import { DEMO } from '../index';
import { testApi } from '../testing/client';

describe('projects', () => {
  it('CRUD with the contract fields; slug made from the name and unique', async () => {
    const t = testApi();
    const rid = await t.resource();
    const body = {
      name: 'Meet Ada',
      resources: [rid],
      availability: { mode: 'roundrobin_prioritized', length: '30 minutes', buffer: '15 minutes' },
      availability_constraints: [{ allow_weekdays: {} }],
      booking: { graph: 'confirm_decline', what: 'Chat', where: 'Online', description: '' },
      customer_fields: { name: { title: 'Name', required: true }, phone: { title: 'Phone', format: 'tel' } },
      ui: { display_name: 'Ada' },
    };
    const made = await t.call('POST', '/v2/projects', { body });
    expect(made.status).toBe(201);
    expect(made.body.data).toMatchObject({ ...body, slug: 'meet-ada' });
    const again = await t.call('POST', '/v2/projects', { body: { name: 'Meet Ada' } });
    expect(again.body.data.slug).toBe('meet-ada-2');
    const clash = await t.call('POST', '/v2/projects', { body: { name: 'X', slug: 'meet-ada' } });
    expect([clash.status, Object.keys(clash.body.errors)]).toEqual([422, ['slug']]);
    const id = made.body.data.id;
    const put = await t.call('PUT', `/v2/projects/${id}`, { body: { ui: { locale: 'de' } } });
    expect([put.body.data.ui, put.body.data.name]).toEqual([{ locale: 'de' }, 'Meet Ada']);
    expect((await t.call('GET', '/v2/projects')).body.total).toBe(2);
    expect((await t.call('DELETE', `/v2/projects/${id}`)).status).toBe(204);
    expect((await t.call('GET', `/v2/projects/${id}`)).status).toBe(404);
  });

  it.each([
    [{}, ['name']],
    [{ name: 'A', resources: ['nope'] }, ['resources.0']],
    [
      { name: 'A', availability: { length: 'forever', mode: 'solo', to: 'later' } },
      ['availability.length', 'availability.mode', 'availability.to'],
    ],
    [{ name: 'A', booking: { graph: 'party', max_seats_per_booking: 0 } }, ['booking.graph', 'booking.max_seats_per_booking']],
    [{ name: 'A', slug: 'Not A Slug' }, ['slug']],
    [{ name: 'A', customer_fields: { x: 'text' } }, ['customer_fields.x']],
    [{ name: 'A', availability_constraints: [{ allow_moonphase: {} }] }, ['availability_constraints.0']],
  ])('refuses %j naming %j', async (body, fields) => {
    const t = testApi();
    const res = await t.call('POST', '/v2/projects', { body });
    expect(res.status).toBe(422);
    expect(Object.keys(res.body.errors).sort()).toEqual(fields);
    expect(t.store.projects.size).toBe(0);
  });

  it('embed/:id and hosted/:slug answer the project with the calling widget key', async () => {
    const t = testApi({ seed: 'demo' });
    const embed = await t.call('GET', `/v2/projects/embed/${DEMO.projects.webinar}`, { key: 'widget' });
    expect(embed.body.data).toMatchObject({
      id: DEMO.projects.webinar,
      slug: 'flux-webinar',
      app_key: DEMO.widgetKey,
      booking: { graph: 'group_customer' },
    });
    const hosted = await t.call('GET', `/v2/projects/hosted/paid-meeting/`, { key: 'widget' });
    expect(hosted.body.data).toMatchObject({
      id: DEMO.projects.paidMeeting,
      app_key: DEMO.widgetKey,
      booking: { graph: 'instant_payment' },
    });
    expect((await t.call('GET', '/v2/projects/hosted/nope', { key: 'widget' })).status).toBe(404);
    // Never the app key, even when the app key asks.
    expect((await t.call('GET', `/v2/projects/embed/${DEMO.projects.webinar}`)).body.data.app_key).toBe(DEMO.widgetKey);
  });
});
