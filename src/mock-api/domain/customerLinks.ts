import { nextState } from './graphs';
import { signActionToken, verifyActionToken } from './signatures';
import type { StoredBooking } from './types';

/** The signed customer links a booking has (our choice of names; Timekit documents cancel and reschedule). */
export const LINK_ACTIONS = ['cancel', 'reschedule', 'manage'] as const;
export type LinkAction = (typeof LINK_ACTIONS)[number];

/** What a customer may do through a link. */
export type LinkUse = 'read' | 'cancel' | 'reschedule';

/** What each link's signature allows (our choice): `manage` reads, cancels and reschedules. */
export const LINK_ALLOWS: Readonly<Record<LinkAction, readonly LinkUse[]>> = {
  cancel: ['cancel'],
  reschedule: ['read', 'reschedule'],
  manage: ['read', 'cancel', 'reschedule'],
};

/** The action a customer's cancel applies: only `cancel_by_customer` (a paid `instant_payment` booking is the owner's to cancel). */
export const CUSTOMER_CANCEL = 'cancel_by_customer';

/** When every customer link of a booking stops working: its start (our choice). */
export const linkExpiry = (b: Pick<StoredBooking, 'start'>): number => b.start;

/**
 * The signature of `action`'s link to booking `b`: an HS256 JWT over `{booking_id, action, exp}`
 * keyed by `key` (the app key), `exp` the booking's start in whole seconds.
 */
export function signLink(key: string, b: Pick<StoredBooking, 'id' | 'start'>, action: LinkAction): string {
  return signActionToken(key, { booking_id: b.id, action, exp: Math.floor(linkExpiry(b) / 1000) });
}

/**
 * Why `signature` does not let its holder `use` booking `id` (stored as `b`) at `now`, in words
 * for a 403, or null when it does. Checked in this order: signed by this server, for this booking, for this use, not
 * expired (at the token's `exp` or the booking's start, whichever comes first).
 */
export function linkProblem(
  key: string,
  signature: unknown,
  id: string,
  b: StoredBooking | undefined,
  use: LinkUse,
  now: number,
): string | null {
  const claims = verifyActionToken(key, signature);
  if (!claims) return "This link's signature is not valid; use the link from your confirmation";
  if (claims.booking_id !== id) return "This link belongs to another booking; use the link from this booking's confirmation";
  const allows = (LINK_ALLOWS as Record<string, readonly LinkUse[] | undefined>)[claims.action];
  if (!allows?.includes(use)) return `This ${claims.action} link can not ${use} the booking; use the manage link`;
  if (!b) return null; // signed for a booking since deleted: the caller answers 404
  const expiry = Math.min(claims.exp * 1000, linkExpiry(b));
  if (now >= expiry) return `This link expired when the booking started (${new Date(expiry).toISOString()}); it can no longer be used`;
  return null;
}

/** What a customer can do now through a manage link: cancel and/or reschedule (none once the booking has started). */
export function customerActions(b: StoredBooking, now: number): Array<'cancel' | 'reschedule'> {
  if (now >= linkExpiry(b)) return [];
  const out: Array<'cancel' | 'reschedule'> = [];
  if (nextState(b.graph, b.state, CUSTOMER_CANCEL)) out.push('cancel');
  if (b.graph === 'instant' && nextState(b.graph, b.state, 'reschedule_by_customer')) out.push('reschedule');
  return out;
}
