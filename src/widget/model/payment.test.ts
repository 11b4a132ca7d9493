import { describe, expect, it } from 'vitest';
import { PAYMENT_TIMEOUT_MS } from '../../mock-api/domain/graphs';
import { confirmationHeading } from './confirmationHeading';
import { PAYMENT_HOLD_MS, holdEndsAt, paymentStatus } from './payment';

describe('payment', () => {
  it('holds as long as the server waits before timing a payment out', () => expect(PAYMENT_HOLD_MS).toBe(PAYMENT_TIMEOUT_MS));

  it.each([
    ['group_customer_payment', 'tentative', 'pending'],
    ['group_customer_payment', 'paid', 'paid'],
    ['group_customer_payment', 'unpaid', 'expired'],
    ['group_customer_payment', 'cancelled_by_owner', null],
    ['instant_payment', 'tentative', 'pending'],
    ['instant_payment', 'completed', 'paid'],
    ['group_customer', 'confirmed', null],
    ['confirm_decline', 'tentative', null],
    ['instant', 'confirmed', null],
  ] as const)('%s in %s → %s', (graph, state, out) => expect(paymentStatus({ graph, state })).toBe(out));

  it.each([
    ['instant', 'confirmed', false, 'confirmed_heading'],
    ['confirm_decline', 'tentative', false, 'awaiting_heading'],
    ['confirm_decline', 'confirmed', false, 'confirmed_heading'],
    ['instant_payment', 'tentative', false, 'payment_heading'],
    ['group_customer_payment', 'tentative', false, 'payment_heading'],
    ['group_customer_payment', 'paid', false, 'confirmed_heading'],
    ['group_customer', 'confirmed', false, 'confirmed_heading'],
    ['instant', 'confirmed', true, 'rescheduled_heading'],
  ] as const)('confirmationHeading: %s in %s (rescheduled %s) → %s', (graph, state, resched, key) =>
    expect(confirmationHeading({ graph, state }, resched)).toBe(key),
  );

  it('the hold ends 5 minutes after the booking was made', () => {
    const now = new Date('2026-11-20T12:00:00Z');
    expect(holdEndsAt({ created_at: '2026-11-20T10:00:00-08:00' }, now).toISOString()).toBe('2026-11-20T18:05:00.000Z');
    expect(holdEndsAt({ created_at: 'garbage' }, now).toISOString()).toBe('2026-11-20T12:05:00.000Z');
  });
});
