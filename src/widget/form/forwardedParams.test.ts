import { describe, expect, it } from 'vitest';
import { forwardedParams } from './forwardedParams';
import { buildBookingRequest } from './buildBookingRequest';
import { resolveConfig } from '../config/resolveConfig';

describe('forwardedParams', () => {
  it.each([
    ['off by default', undefined, '?utm_source=news', {}],
    ['false', false, '?utm_source=news', {}],
    ['true: utm_* only', true, '?utm_source=news&utm_campaign=fall&ref=x', { utm_source: 'news', utm_campaign: 'fall' }],
    [
      'a list: utm_* and the names',
      ['ref', 'gclid'],
      '?utm_medium=email&ref=partner&gclid=abc&other=1',
      { utm_medium: 'email', ref: 'partner', gclid: 'abc' },
    ],
    ['empty values left out', true, '?utm_source=&utm_term=a%20b', { utm_term: 'a b' }],
  ])('%s', (_n, setting, search, expected) => expect(forwardedParams(setting as never, search)).toEqual(expected));

  it('lands in the booking meta, beside any meta the config sets', () => {
    const config = resolveConfig({
      app_key: 'k',
      resources: ['r'],
      ui: { forward_query_params: true },
      booking: { meta: { plan: 'pro' } },
    });
    const slot = { start: '2099-01-05T10:00:00Z', end: '2099-01-05T10:30:00Z', resources: [{ id: 'r', name: 'R', timezone: 'UTC' }] };
    const req = buildBookingRequest({ config, slot, values: { name: 'M', email: 'm@x.io' }, timeZone: 'UTC', search: '?utm_source=news' });
    expect(req.meta).toEqual({ plan: 'pro', utm_source: 'news' });
    expect(
      buildBookingRequest({
        config: resolveConfig({ app_key: 'k', resources: ['r'] }),
        slot,
        values: { name: 'M', email: 'm@x.io' },
        timeZone: 'UTC',
        search: '?utm_source=news',
      }).meta,
    ).toBeUndefined();
  });
});
