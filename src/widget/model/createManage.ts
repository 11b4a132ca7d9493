import { batch, signal } from '../signals';
import type { Booking } from '../../wire/index';
import { ApiError, isAbort } from '../api/ApiError';
import type { ApiResponse, BookingLink, LinkAction, LinkBody } from '../api/types';
import type { BookingParts } from './submitBooking';

/** What the manage screen shows: the booking, the cancel confirmation, or the outcome of an action. */
export type ManageView = 'loading' | 'show' | 'pick' | 'cancel' | 'reschedule' | 'cancelled' | 'rescheduled' | 'failed';

/**
 * The id and signature of a signed link (`…/bookings/:id/external_action/manage?signature=…`), or
 * null when `url` is not one. Pure.
 * @example linkOf('https://api.example/v2/bookings/b1/external_action/manage?signature=s') // { id: 'b1', signature: 's' }
 */
export function linkOf(url: string | undefined): BookingLink | null {
  const m = /\/bookings\/([^/?#]+)\/external_action\/\w+\?(?:[^#]*&)?signature=([^&#]+)/.exec(url ?? '');
  return m ? { id: decodeURIComponent(m[1]), signature: decodeURIComponent(m[2]) } : null;
}

/**
 * The manage page's address for a booking: `manageUrl` with `booking_id` and `signature` (or the
 * names of `manage.url_params`), taken from the booking's manage link; null without one. Pure.
 * @example manageHref('https://shop.example/manage', booking) // 'https://shop.example/manage?booking_id=b1&signature=…'
 */
export function manageHref(
  manageUrl: string | undefined,
  booking: Booking,
  names: { booking_id?: string; signature?: string } = {},
): string | null {
  const link = linkOf(booking.action_links?.manage);
  if (!manageUrl || !link) return null;
  const [base, hash = ''] = manageUrl.split('#');
  const q = new URLSearchParams({ [names.booking_id ?? 'booking_id']: link.id, [names.signature ?? 'signature']: link.signature });
  return `${base}${base.includes('?') ? '&' : '?'}${q}${hash && '#' + hash}`;
}

/**
 * Manage mode of one widget: the booking a signed link names, read, cancelled (with an optional
 * reason, after a confirmation step) or moved to a time picked in the widget's own calendar (old and
 * new side by side before confirming; then the new booking's link is the one in use). `customer_actions`
 * of the link's answer says what is offered. Comes with the lazily loaded steps; the root starts it
 * (`startManage`) when the config or the page URL names a booking.
 * @example const manage = createManage(parts, { id, signature }); await manage.load();
 */
export function createManage(parts: BookingParts, first: BookingLink) {
  const { core, picker, flow } = parts;
  const link = signal(first);
  const booking = signal<Booking | null>(null);
  /** The booking before the last reschedule (shown beside the new one). */
  const previous = signal<Booking | null>(null);
  const view = signal<ManageView>('loading');
  const error = signal<ApiError | null>(null);
  const busy = signal(false);
  const reason = signal('');
  let ctrl: AbortController | null = null;
  const t = (key: string) => core.i18n.peek().t(key as never);

  /** Shows `next` with focus on its heading, said in the live region. */
  function show(next: ManageView, say?: string) {
    batch(() => {
      view.value = next;
      core.phase.value = 'manage';
      core.focusRequest.value++;
    });
    if (say) core.announce(say);
  }

  /** Runs one link call (a newer one aborts it); a refusal stays on screen as `error`. */
  async function call(run: (signal: AbortSignal) => Promise<ApiResponse<Booking>>): Promise<ApiResponse<Booking> | null> {
    ctrl?.abort();
    const mine = (ctrl = new AbortController());
    busy.value = true;
    error.value = null;
    try {
      return await run(mine.signal);
    } catch (e) {
      if (isAbort(e) || mine.signal.aborted) return null;
      const err = e instanceof ApiError ? e : new ApiError('network', 0, String(e));
      error.value = err;
      core.emit('error', err);
      // A failed action shows an alert, which says it; a failed load shows a page with no alert, so it is said here.
      if (view.peek() === 'loading') core.announce(t(manageErrorKey(err)));
      return null;
    } finally {
      if (ctrl === mine) busy.value = false;
    }
  }

  /** One call of the link in use (a backend without links: the link can not be used). */
  const follow = async (action: LinkAction, body: LinkBody | null, signal: AbortSignal) => {
    const b = await core.backend();
    if (!b.linkAction) throw new ApiError('not_found', 0, 'manage: this backend has no customer links');
    return b.linkAction(link.peek(), action, body, signal);
  };
  const can = (action: 'cancel' | 'reschedule') => !!booking.value?.customer_actions?.includes(action);

  return {
    link,
    booking,
    previous,
    view,
    error,
    busy,
    reason,
    can,
    /** Reads the booking through the link (a refused link shows the reason in plain words). */
    async load(): Promise<void> {
      view.value = 'loading';
      core.phase.value = 'manage';
      const res = await call((s) => follow('manage', null, s));
      if (!res) return void (error.peek() && (view.value = 'failed'));
      booking.value = res.data;
      view.value = 'show';
      // The calendar of a reschedule offers the booking's own resource only (the link keeps it).
      const local = parts.local;
      if (res.data.resource?.id && local) local.value = { ...local.peek(), resources: [res.data.resource.id] };
    },
    /** The confirmation step of "Cancel booking". */
    askCancel: () => show('cancel'),
    /** Back to the booking (from the cancel step or the calendar). */
    back() {
      picker.selectedSlot.value = null;
      error.value = null;
      show('show');
    },
    /** Cancels by the link with the reason typed; the calendar (when shown again) offers the time. */
    async cancel(): Promise<void> {
      if (busy.peek()) return;
      const res = await call((s) => follow('cancel', { reason: reason.peek().trim() || undefined }, s));
      if (!res) return;
      booking.value = { ...booking.peek(), ...res.data, customer_actions: res.data.customer_actions ?? [] };
      core.emit('cancelled', res);
      show('cancelled', t('manage_cancelled_heading'));
    },
    /** After a cancel: leave manage mode for the calendar, where the freed time is offered again. */
    bookNew(): Promise<void> {
      batch(() => {
        core.manage.value = null;
        flow.booking.value = null;
        picker.selectedSlot.value = null;
        core.focusRequest.value++;
      });
      return parts.refresh();
    },
    /** Opens the calendar of the booking's resource to pick the new time. */
    async startReschedule(): Promise<void> {
      picker.selectedSlot.value = null;
      error.value = null;
      await parts.refresh();
      // The manage screen shows the calendar (with "Keep the current time") unless the load failed.
      if (core.phase.peek() === 'calendar') show('pick');
    },
    /** A time was picked in the calendar: old and new side by side, to confirm. */
    picked: () => show('reschedule'),
    /** Moves the booking to the picked time; the answer's link replaces the old one. */
    async reschedule(): Promise<void> {
      const slot = picker.selectedSlot.peek();
      if (busy.peek() || !slot) return;
      const req = { start: slot.start, end: slot.end };
      core.emit('reschedule-started', req);
      const res = await call((s) => follow('reschedule', req, s));
      if (!res) return void core.emit('reschedule-failed', error.peek());
      batch(() => {
        previous.value = booking.peek();
        booking.value = { ...res.data, customer_actions: res.data.customer_actions ?? ['cancel', 'reschedule'] };
        link.value = linkOf(res.data.action_links?.manage) ?? { ...link.peek(), id: res.data.id };
        flow.booking.value = res.data;
        picker.selectedSlot.value = null;
      });
      core.emit('rescheduled', res);
      show('rescheduled', t('manage_rescheduled_heading'));
    },
  };
}

/** The catalog key that says why a link call failed, in plain words. */
export function manageErrorKey(err: ApiError): string {
  if (err.status === 403 && /expired/i.test(err.message)) return 'manage_link_expired';
  if (err.status === 403) return 'manage_link_invalid';
  if (err.kind === 'not_found') return 'manage_not_found';
  if (err.kind === 'validation') return 'manage_not_allowed';
  return 'manage_failed';
}

/** One widget's manage mode. */
export type Manage = ReturnType<typeof createManage>;

/** Opens manage mode on `link` (the root calls this when the config or the page URL names a booking). */
export function startManage(parts: BookingParts, link: BookingLink): Promise<void> {
  const manage = createManage(parts, link);
  parts.core.manage.value = manage;
  return manage.load();
}
