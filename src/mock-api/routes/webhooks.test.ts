import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { testApi } from '../testing/client';

describe('webhooks over HTTP', () => {
  it('fires on matching transitions with a verifiable signature, retrying failures', async () => {
    const received: Array<{ url: string; body: string; sig: string }> = [];
    let failNext = 1;
    const fakeFetch = (async (url: string, init: RequestInit) => {
      received.push({ url, body: String(init.body), sig: (init.headers as Record<string, string>)['x-timekit-signature'] });
      return new Response(null, { status: failNext-- > 0 ? 502 : 204 });
    }) as unknown as typeof fetch;
    const t = testApi({ fetch: fakeFetch });
    const rid = await t.resource();
    const hook = await t.call('POST', '/v2/webhooks', { body: { url: 'https://hooks.example/confirmed', state: 'confirmed' } });
    await t.call('POST', '/v2/webhooks', { body: { url: 'https://hooks.example/owner', graph: 'group_owner' } });
    const made = await t.call('POST', '/v2/bookings', {
      body: {
        graph: 'confirm_decline',
        resource_id: rid,
        start: '2026-03-04T10:00:00Z',
        end: '2026-03-04T11:00:00Z',
        customer: { name: 'A', email: 'a@example.com' },
      },
    });
    await t.clock.advance(0);
    expect(received).toHaveLength(0); // tentative matches neither hook
    await t.call('PUT', `/v2/bookings/${made.body.data.id}/confirm`);
    await t.clock.advance(0);
    expect(received).toHaveLength(1);
    await t.clock.advance(1_000);
    expect(received).toHaveLength(2);
    const secret = (await t.call('GET', '/v2/app')).body.data.webhook_secret;
    for (const r of received) {
      expect(r.url).toBe('https://hooks.example/confirmed');
      expect(r.sig).toBe(createHmac('sha256', secret).update(r.body).digest('hex'));
      expect(JSON.parse(r.body)).toMatchObject({ id: made.body.data.id, state: 'confirmed', graph: 'confirm_decline' });
      expect(JSON.parse(r.body)).not.toHaveProperty('data');
    }
    const deliveries = await t.call('GET', `/v2/webhooks/${hook.body.data.id}/deliveries`);
    expect(deliveries.body.data.map((d: { attempt: number; ok: boolean; status: number }) => [d.attempt, d.ok, d.status])).toEqual([
      [1, false, 502],
      [2, true, 204],
    ]);
  });
});
