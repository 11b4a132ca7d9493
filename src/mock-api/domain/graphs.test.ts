import { describe, expect, it } from 'vitest';
import { GRAPHS, type BookingState, type Graph } from '../../wire';
import { availableActions, blocksTime, isFinal, nextState, possibleActions, takesSeats } from './graphs';

const STATES: BookingState[] = [
  'confirmed',
  'tentative',
  'paid',
  'unpaid',
  'declined',
  'completed',
  'cancelled',
  'cancelled_by_customer',
  'cancelled_by_owner',
  'rescheduled_by_customer',
];
const ACTIONS = [
  'confirm',
  'decline',
  'pay',
  'timeout',
  'cancel',
  'cancel_by_customer',
  'cancel_by_owner',
  'complete',
  'reschedule_by_customer',
  'create',
  'bogus',
];

// The contract's table, written out edge by edge, independent of the implementation's table.
const EDGES = `
instant confirmed cancel cancelled
instant confirmed cancel_by_customer cancelled_by_customer
instant confirmed complete completed
instant confirmed reschedule_by_customer rescheduled_by_customer
confirm_decline tentative confirm confirmed
confirm_decline tentative decline declined
confirm_decline confirmed cancel cancelled
confirm_decline confirmed cancel_by_customer cancelled_by_customer
confirm_decline confirmed complete completed
confirm_decline confirmed reschedule_by_customer rescheduled_by_customer
instant_payment tentative pay paid
instant_payment tentative timeout unpaid
instant_payment paid cancel cancelled
instant_payment paid complete completed
group_owner tentative cancel cancelled
group_owner tentative complete completed
group_customer confirmed cancel_by_customer cancelled_by_customer
group_customer confirmed cancel_by_owner cancelled_by_owner
group_customer confirmed complete completed
group_customer_payment tentative pay paid
group_customer_payment tentative timeout unpaid
group_customer_payment tentative cancel_by_owner cancelled_by_owner
group_customer_payment paid cancel_by_customer cancelled_by_customer
group_customer_payment paid cancel_by_owner cancelled_by_owner
group_customer_payment paid complete completed
`
  .trim()
  .split('\n')
  .map((line) => line.split(' '));

const expected = new Map(EDGES.map(([g, from, action, to]) => [`${g} ${from} ${action}`, to]));

describe('graph state machines', () => {
  const cases = GRAPHS.flatMap((g) => STATES.flatMap((s) => ACTIONS.map((a) => [g, s, a] as [Graph, BookingState, string])));

  it.each(cases)('%s: %s --%s-->', (graph, state, action) => {
    expect(nextState(graph, state, action)).toBe(expected.get(`${graph} ${state} ${action}`) ?? null);
  });

  it('final states take no actions in any graph', () => {
    for (const g of GRAPHS) for (const s of STATES.filter(isFinal)) expect(possibleActions(g, s)).toEqual([]);
  });

  it('final states are exactly the contract list', () => {
    expect(STATES.filter(isFinal).sort()).toEqual(
      ['completed', 'declined', 'cancelled', 'cancelled_by_customer', 'cancelled_by_owner', 'unpaid', 'rescheduled_by_customer'].sort(),
    );
  });

  it('timeout is possible but never available to a caller', () => {
    expect(possibleActions('instant_payment', 'tentative')).toContain('timeout');
    expect(availableActions('instant_payment', 'tentative')).toEqual(['pay']);
    expect(availableActions('group_customer_payment', 'tentative')).toEqual(['pay', 'cancel_by_owner']);
  });

  it.each([
    ['instant', 'confirmed', true, false],
    ['confirm_decline', 'tentative', false, false],
    ['confirm_decline', 'confirmed', true, false],
    ['instant_payment', 'tentative', true, false],
    ['instant_payment', 'paid', true, false],
    ['instant_payment', 'unpaid', false, false],
    ['group_owner', 'tentative', true, false],
    ['group_owner', 'cancelled', false, false],
    ['group_customer', 'confirmed', false, true],
    ['group_customer', 'cancelled_by_owner', false, false],
    ['group_customer_payment', 'tentative', false, true],
    ['group_customer_payment', 'paid', false, true],
    ['group_customer_payment', 'unpaid', false, false],
  ] as Array<[Graph, BookingState, boolean, boolean]>)('%s in %s: blocks %s, seats %s', (g, s, blocks, seats) => {
    expect(blocksTime(g, s)).toBe(blocks);
    expect(takesSeats(g, s)).toBe(seats);
  });
});
