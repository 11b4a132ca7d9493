import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  GRAPHS,
  awaitsConfirmation,
  isEmail,
  isGroupGraph,
  isPaymentGraph,
  readSeatRefusal,
  seatRefusalMessage,
  type SeatRefusal,
} from './index';

describe('wire rules', () => {
  it('names the seat and payment graphs', () => {
    expect(GRAPHS.filter(isGroupGraph)).toEqual(['group_customer', 'group_customer_payment']);
    expect(GRAPHS.filter(isPaymentGraph)).toEqual(['instant_payment', 'group_customer_payment']);
    expect(isGroupGraph(undefined)).toBe(false);
  });

  it('awaits confirmation only for a tentative confirm_decline booking', () => {
    expect(awaitsConfirmation({ graph: 'confirm_decline', state: 'tentative' })).toBe(true);
    expect(awaitsConfirmation({ graph: 'confirm_decline', state: 'confirmed' })).toBe(false);
    expect(awaitsConfirmation({ graph: 'instant_payment', state: 'tentative' })).toBe(false);
  });

  it.each([
    [{ kind: 'sold_out' }, 'This session is sold out'],
    [{ kind: 'only', left: 1 }, 'Only 1 seat left'],
    [{ kind: 'only', left: 3 }, 'Only 3 seats left'],
  ] as const)('words %j as "%s" and reads it back', (refusal, text) => {
    expect(seatRefusalMessage(refusal)).toBe(text);
    expect(readSeatRefusal([text])).toEqual(refusal);
  });

  it('reads back every refusal it words', () => {
    const refusal: fc.Arbitrary<SeatRefusal> = fc.oneof(
      fc.constant({ kind: 'sold_out' as const }),
      fc.integer({ min: 1, max: 10_000 }).map((left) => ({ kind: 'only' as const, left })),
    );
    fc.assert(fc.property(refusal, (r) => void expect(readSeatRefusal([seatRefusalMessage(r)])).toEqual(r)));
  });

  it.each([[['At most 5 seats per booking']], [['This session is cancelled; no seats can be booked']], [[]], [undefined]])(
    '%j is not a seat refusal',
    (messages) => expect(readSeatRefusal(messages)).toBeNull(),
  );

  it.each([
    ['marty@example.com', true],
    [' marty@example.com ', true],
    ['marty@example', false],
    ['marty example.com', false],
    ['@example.com', false],
  ])('isEmail(%j) = %s', (text, ok) => expect(isEmail(text)).toBe(ok));
});
