/** The booking graphs of the contract (re-exported from `./index`). */

/** The six booking graphs of the contract. */
export const GRAPHS = ['instant', 'confirm_decline', 'instant_payment', 'group_owner', 'group_customer', 'group_customer_payment'] as const;

/** A booking graph name. */
export type Graph = (typeof GRAPHS)[number];
