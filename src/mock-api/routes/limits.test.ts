import { describe, expect, it } from 'vitest';
import { DEMO } from '../index';
import { LIMITS } from '../http/limits';
import { testApi } from '../testing/client';

/** `{"a": {"a": … leaf …}}` `depth` levels deep, as JSON text (JSON.stringify could not write it). */
const deepObject = (depth: number, leaf = '1') => '{"a":'.repeat(depth) + leaf + '}'.repeat(depth);
const deepArray = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

const CUSTOMER = { name: 'Ada', email: 'ada@example.com' };
const slot = { start: '2026-03-03T10:00:00Z', end: '2026-03-03T11:00:00Z' };

async function demo() {
  const t = testApi({ seed: 'demo' });
  const rid = await t.resource('Open', 'UTC');
  const bookingBody = (customerJson: string) =>
    `{"graph":"instant","resource_id":"${rid}","start":"${slot.start}","end":"${slot.end}","customer":${customerJson}}`;
  return { t, rid, bookingBody };
}

describe('limits at the edge (issue 14)', () => {
  it('a customer nested 5,000 deep is a 422 naming body, stores nothing, and the list stays readable', async () => {
    const { t, bookingBody } = await demo();
    const before = t.store.bookings.size;
    const res = await t.call('POST', '/v2/bookings', {
      key: 'widget',
      body: bookingBody(`{"name":"A","email":"a@b.c","x":${deepObject(5000)}}`),
    });
    expect(res.status).toBe(422);
    expect(res.body.errors.body[0]).toMatch(/16 deep/);
    expect(t.store.bookings.size).toBe(before);
    expect((await t.call('POST', '/v2/bookings', { key: 'widget', body: bookingBody(JSON.stringify(CUSTOMER)) })).status).toBe(201);
    expect((await t.call('GET', '/v2/bookings')).status).toBe(200);
  });

  it('a deep ui, meta or availability field is refused and every read keeps working', async () => {
    const { t } = await demo();
    const deep = deepObject(LIMITS.depth + 1);
    const put = await t.call('PUT', `/v2/projects/${DEMO.projects.oneToOne}`, { body: `{"ui":${deep}}` });
    expect(put.status).toBe(422);
    expect((await t.call('POST', '/v2/resources', { body: `{"name":"R","timezone":"UTC","meta":${deep}}` })).status).toBe(422);
    for (const field of ['constraints', 'output_timezone']) {
      const res = await t.call('POST', '/v2/availability', {
        key: 'widget',
        body: `{"resources":["${DEMO.resources.docBrown}"],"${field}":${deepArray(10_000)}}`,
      });
      expect([field, res.status, Object.keys(res.body.errors)]).toEqual([field, 422, ['body']]);
    }
    expect((await t.call('GET', `/v2/projects/embed/${DEMO.projects.oneToOne}`, { key: 'widget' })).status).toBe(200);
    expect((await t.call('GET', `/v2/projects/hosted/${DEMO.slugs.oneToOne}`, { key: 'widget' })).status).toBe(200);
    expect((await t.call('GET', '/v2/resources')).status).toBe(200);
  });

  it('names the field past a string, array or key limit, and answers 413 to a body too large', async () => {
    const { t, rid } = await demo();
    const long = await t.call('POST', '/v2/bookings', {
      body: { resource_id: rid, ...slot, customer: { ...CUSTOMER, notes: 'x'.repeat(LIMITS.stringLength + 1) } },
    });
    expect(long.status).toBe(422);
    expect(Object.keys(long.body.errors)).toEqual(['customer.notes']);
    const many = await t.call('POST', '/v2/resources', {
      body: { name: 'R', timezone: 'UTC', tags: Array(LIMITS.arrayLength + 1).fill('t') },
    });
    expect(many.body).toEqual({ errors: { tags: [`must have at most ${LIMITS.arrayLength} items`] } });
    const keys = Object.fromEntries(Array.from({ length: LIMITS.objectKeys + 1 }, (_, i) => [`k${i}`, i]));
    expect((await t.call('POST', '/v2/resources', { body: { name: 'R', timezone: 'UTC', meta: keys } })).body.errors).toHaveProperty(
      'meta',
    );
    const big = await t.call('POST', '/v2/resources', { body: { name: 'R', timezone: 'UTC', meta: { a: 'x'.repeat(LIMITS.bodyBytes) } } });
    expect(big).toMatchObject({ status: 413, body: { errors: { body: [expect.any(String)] } } });
    expect(
      (await t.call('POST', '/v2/resources', { body: '{"name":"R","timezone":"UTC","meta":{"__proto__":{"x":1}}}' })).body.errors,
    ).toHaveProperty(['meta.__proto__']);
  });

  it('bounds the query and the headers, naming them', async () => {
    const { t } = await demo();
    expect((await t.call('GET', `/v2/bookings?search=${'a'.repeat(LIMITS.queryValueLength + 1)}`)).body).toEqual({
      errors: { search: [`must be at most ${LIMITS.queryValueLength} characters`] },
    });
    const params = Array.from({ length: LIMITS.queryParams + 1 }, (_, i) => `p${i}=1`).join('&');
    expect((await t.call('GET', `/v2/bookings?${params}`)).body.errors).toHaveProperty('query');
    const header = await t.call('GET', '/v2/bookings', { headers: { 'timekit-timezone': 'x'.repeat(LIMITS.headerValueLength + 1) } });
    expect(header.status).toBe(422);
    expect(header.body.errors).toHaveProperty('timekit-timezone');
  });

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])('PUT /bookings/:id/%s with {} is a 422 on action', async (action) => {
    const { t, rid } = await demo();
    const made = await t.call('POST', '/v2/bookings', { body: { graph: 'instant', resource_id: rid, ...slot, customer: CUSTOMER } });
    const res = await t.call('PUT', `/v2/bookings/${made.body.data.id}/${action}`, { body: {} });
    expect([res.status, Object.keys(res.body.errors)]).toEqual([422, ['action']]);
  });
});
