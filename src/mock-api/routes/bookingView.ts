import type { Context } from 'hono';
import type { ActionLinks } from '../../wire';
import { LINK_ACTIONS, signLink, type LinkAction } from '../domain/customerLinks';
import type { StoredBooking } from '../domain/types';
import { includes, requestTimeZone } from '../http/request';
import type { Services } from '../services';
import { renderBooking, type BookingView } from '../views/booking';

/**
 * The signed customer links of a booking, absolute on this server:
 * `{cancel, reschedule, manage}`, each `…/v2/bookings/:id/external_action/<action>?signature=…`.
 */
export function actionLinks(s: Services, origin: string, b: StoredBooking): ActionLinks {
  const link = (action: LinkAction) =>
    `${origin}/v2/bookings/${b.id}/external_action/${action}?signature=${signLink(s.keys.appKey, b, action)}`;
  return Object.fromEntries(LINK_ACTIONS.map((action) => [action, link(action)])) as Record<LinkAction, string>;
}

/** What a widget key may `?include=` on the booking it just made (our choice): nothing about other bookings. */
const WIDGET_INCLUDES: ReadonlySet<string> = new Set(['action_links']);

/**
 * The render options a request asks for (`Timekit-Timezone`, `?include=`). A widget key's answer
 * carries only what it sent or may see: its includes are limited to `WIDGET_INCLUDES`, and with
 * `redact` (a booking it did not make, such as a reschedule by id) to none, without customer data.
 */
export function viewFor(c: Context, s: Services, redact = false): BookingView {
  if (c.get('caller')?.kind === 'none') return linkView(c, s);
  const origin = new URL(c.req.url).origin;
  let include = includes(c);
  if (c.get('caller')?.kind === 'widget') include = new Set(redact ? [] : [...include].filter((x) => WIDGET_INCLUDES.has(x)));
  return { timeZone: requestTimeZone(c), include, redact, actionLinks: (b) => actionLinks(s, origin, b) };
}

/**
 * The view of an answer to a signed customer link (our choice): the booking's own customer, its
 * `action_links`, and of its metadata only `rescheduled_from`; never another booking's data.
 */
export function linkView(c: Context, s: Services): BookingView {
  const origin = new URL(c.req.url).origin;
  return { timeZone: requestTimeZone(c), include: new Set(['action_links']), link: true, actionLinks: (b) => actionLinks(s, origin, b) };
}

/** Renders a booking for this request. */
export function render(c: Context, s: Services, b: StoredBooking, view = viewFor(c, s)) {
  return renderBooking(s.store, b, view);
}
