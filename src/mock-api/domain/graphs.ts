import { isGroupGraph, isPaymentGraph, type BookingState, type Graph } from '../../wire';

/** One graph of the contract's table: how a booking is born, moves and holds time or seats. */
export interface GraphSpec {
  /** State a new booking gets. */
  createState: BookingState;
  /** Actions accepted as the `action` of a create (the first one is implied when absent). */
  createActions: readonly string[];
  /** from state → action → to state. */
  transitions: Partial<Record<BookingState, Readonly<Record<string, BookingState>>>>;
  /** States in which the booking blocks its resource's time. */
  blocking: readonly BookingState[];
  /** States in which the booking takes seats of its group owner. */
  seatTaking: readonly BookingState[];
}

/** Actions the server runs by itself; a caller can not apply them (our choice). */
export const AUTOMATIC_ACTIONS: ReadonlySet<string> = new Set(['timeout']);

/** After this long in `tentative`, payment graphs time out to `unpaid`. */
export const PAYMENT_TIMEOUT_MS = 5 * 60_000;

const AS_INSTANT = {
  cancel: 'cancelled',
  cancel_by_customer: 'cancelled_by_customer',
  complete: 'completed',
  reschedule_by_customer: 'rescheduled_by_customer',
} as const satisfies Record<string, BookingState>;

/** The contract's graph table, one row per graph. */
export const GRAPH_SPECS: Readonly<Record<Graph, GraphSpec>> = {
  instant: {
    createState: 'confirmed',
    createActions: ['confirm', 'create'],
    transitions: { confirmed: AS_INSTANT },
    blocking: ['confirmed'],
    seatTaking: [],
  },
  confirm_decline: {
    createState: 'tentative',
    createActions: ['create'],
    transitions: { tentative: { confirm: 'confirmed', decline: 'declined' }, confirmed: AS_INSTANT },
    blocking: ['confirmed'],
    seatTaking: [],
  },
  instant_payment: {
    createState: 'tentative',
    createActions: ['create'],
    transitions: {
      tentative: { pay: 'paid', timeout: 'unpaid' },
      paid: { cancel: 'cancelled', complete: 'completed' },
    },
    blocking: ['tentative', 'paid'],
    seatTaking: [],
  },
  group_owner: {
    createState: 'tentative',
    createActions: ['create'],
    transitions: { tentative: { cancel: 'cancelled', complete: 'completed' } },
    blocking: ['tentative'],
    seatTaking: [],
  },
  group_customer: {
    createState: 'confirmed',
    createActions: ['create'],
    transitions: {
      confirmed: {
        cancel_by_customer: 'cancelled_by_customer',
        cancel_by_owner: 'cancelled_by_owner',
        complete: 'completed',
      },
    },
    blocking: [],
    seatTaking: ['confirmed'],
  },
  group_customer_payment: {
    createState: 'tentative',
    createActions: ['create'],
    transitions: {
      tentative: { pay: 'paid', timeout: 'unpaid', cancel_by_owner: 'cancelled_by_owner' },
      paid: {
        cancel_by_customer: 'cancelled_by_customer',
        cancel_by_owner: 'cancelled_by_owner',
        complete: 'completed',
      },
    },
    blocking: [],
    seatTaking: ['tentative', 'paid'],
  },
};

/** States after which nothing more happens (`completed: true`). */
export const FINAL_STATES: ReadonlySet<BookingState> = new Set<BookingState>([
  'completed',
  'declined',
  'cancelled',
  'cancelled_by_customer',
  'cancelled_by_owner',
  'unpaid',
  'rescheduled_by_customer',
]);

/** Every action the graph defines from `state`, automatic ones included. */
export function possibleActions(graph: Graph, state: BookingState): string[] {
  return Object.keys(GRAPH_SPECS[graph].transitions[state] ?? {});
}

/** The actions a caller may apply from `state` (possible minus automatic). */
export function availableActions(graph: Graph, state: BookingState): string[] {
  return possibleActions(graph, state).filter((a) => !AUTOMATIC_ACTIONS.has(a));
}

/** The state `action` leads to from `state`, or null when the graph has no such edge. */
export function nextState(graph: Graph, state: BookingState, action: string): BookingState | null {
  const edges = GRAPH_SPECS[graph].transitions[state];
  return edges && Object.hasOwn(edges, action) ? (edges[action] ?? null) : null;
}

/** True in a final state. */
export const isFinal = (state: BookingState): boolean => FINAL_STATES.has(state);

/** True when a booking of `graph` in `state` blocks its resource's time. */
export const blocksTime = (graph: Graph, state: BookingState): boolean => GRAPH_SPECS[graph].blocking.includes(state);

/** True when a seat booking of `graph` in `state` counts in its owner's `current_seats`. */
export const takesSeats = (graph: Graph, state: BookingState): boolean => GRAPH_SPECS[graph].seatTaking.includes(state);

/** True for the two seat graphs (the contract's rule, shared with the widget: src/wire/rules.ts). */
export const isSeatGraph: (graph: Graph) => boolean = isGroupGraph;

/** True for graphs that time out to `unpaid` while tentative (src/wire/rules.ts). */
export { isPaymentGraph };
