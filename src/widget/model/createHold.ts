import { batch, computed, signal } from '../signals';
import type { Booking } from '../../wire/index';
import type { Hold, HoldRequest } from '../../wire/holds';
import { isAbort, type ApiError } from '../api/ApiError';
import type { WidgetSlot } from '../time/slots';
import { holdEndsAt, paymentStatus } from './payment';
import type { BookingParts } from './submitBooking';

/**
 * Where the visitor's hold stands: none asked for (`off`: no `booking.hold`, or a backend without
 * holds), being asked for, held, ended by its time, or refused (someone else holds the time, or the
 * seats are gone).
 */
export type HoldStatus = 'off' | 'asking' | 'held' | 'expired' | 'refused';

/** The seconds left until `until` at `now` (never below 0), rounded up: "0:01" shows until the last moment. */
export function secondsLeft(until: Date | string, now: Date): number {
  return Math.max(0, Math.ceil((new Date(until).getTime() - now.getTime()) / 1000));
}

/** `m:ss` of a number of seconds (`h:mm:ss` from an hour on). */
export function formatCountdown(seconds: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const h = Math.floor(seconds / 3600);
  const m = Math.floor(seconds / 60) % 60;
  return (h ? `${h}:${pad(m)}` : String(m)) + ':' + pad(seconds % 60);
}

/**
 * The hold of one widget (issue 12, our choice; Timekit has none): with `booking.hold` set, picking
 * a time (or a group session's seats) holds it for the visitor (`POST /holds`), the form counts the
 * time left down (`left`, a signal updated each second from the injected clock), closing the form or
 * the widget gives it back (`DELETE /holds/:id`, best effort), the booking converts it (`hold_id`),
 * and when its time runs out the form says so and offers fresh times. The same countdown runs for a
 * booking held pending payment (`watchPayment`): at `hold_expires_at` the server has made it
 * `unpaid`, so the confirmation shows that. Comes with the lazily loaded steps.
 * @example const h = createHold(parts); await h.take(slot); h.left.value // 300
 */
export function createHold(parts: () => BookingParts) {
  const status = signal<HoldStatus>('off');
  const hold = signal<Hold | null>(null);
  /** The refusal's message (409: held by another visitor, sold out). */
  const problem = signal<ApiError | null>(null);
  /** Seconds left of the hold or of the shown booking's payment hold. */
  const left = signal(0);
  let ctrl: AbortController | null = null;
  let timer: ReturnType<typeof setInterval> | undefined;
  let noted = false;

  function stopClock() {
    clearInterval(timer);
    timer = undefined;
  }

  /** Ticks `left` down each second to `until`; at 60 seconds and at 0 `onTick` hears it. */
  function countDown(until: string | Date, onEnd: () => void) {
    stopClock();
    const { core } = parts();
    const tick = () => {
      const before = left.peek();
      const now = secondsLeft(until, core.now());
      left.value = now;
      if (now === 0) {
        stopClock();
        onEnd();
      } else if (before > 60 && now <= 60) core.announce(core.i18n.peek().t('hold_last_minute'));
    };
    left.value = Infinity;
    tick();
    if (left.peek() > 0) timer = setInterval(tick, 1000);
  }

  /** Ends what the widget knows of its hold (no request: the caller decides about the server). */
  function forget(next: HoldStatus = 'off'): Hold | null {
    ctrl?.abort();
    stopClock();
    const h = hold.peek();
    batch(() => {
      hold.value = null;
      status.value = next;
      if (next === 'off') problem.value = null;
    });
    return h;
  }

  /** Gives the hold back to the server (best effort: a hold that ended answers 404, nothing to do). */
  function release(): void {
    const h = forget();
    if (h)
      void parts()
        .core.backend()
        .then((b) => b.releaseHold?.(h.id))
        .catch(() => {});
  }

  /** Holds `slot` for the visitor when `booking.hold` asks for it (a held time is released first). */
  async function take(slot: WidgetSlot): Promise<void> {
    release();
    const { core, seats } = parts();
    const cfg = core.config.peek();
    const duration = cfg.booking.hold as string | undefined;
    if (!duration) return;
    const backend = await core.backend();
    if (!backend.createHold) {
      if (!noted) console.info(`Booking widget: \`booking.hold\` is ignored: the "${cfg.backend ?? 'timekit'}" backend has no holds.`);
      noted = true;
      return;
    }
    const mine = (ctrl = new AbortController());
    status.value = 'asking';
    const req: HoldRequest = slot.group
      ? { owner_booking_id: slot.group.id, seats: seats.seats.peek(), duration }
      : { resource_id: slot.resources[0]?.id, start: slot.start, end: slot.end, project_id: cfg.project_id, duration };
    try {
      const res = await backend.createHold(req, mine.signal);
      if (mine.signal.aborted) return void backend.releaseHold?.(res.data.id).catch(() => {});
      batch(() => {
        hold.value = res.data;
        status.value = 'held';
      });
      core.emit('hold-started', { hold: res.data, slot });
      countDown(res.data.expires_at, () => {
        forget('expired');
        core.emit('hold-expired', { hold: res.data, slot });
        core.announce(core.i18n.peek().t('hold_expired'));
      });
    } catch (e) {
      if (mine.signal.aborted || isAbort(e)) return;
      const err = e as ApiError;
      if (err.status === 409) {
        batch(() => {
          status.value = 'refused';
          problem.value = err;
        });
        core.announce(core.i18n.peek().t('hold_refused'));
      } else {
        // No hold (too many, offline): the visitor can still book; the booking is checked as ever.
        status.value = 'off';
        console.warn(`Booking widget: the time could not be held (${err.status}: ${err.message})`);
      }
    }
  }

  /** A booking held pending payment: counts down to its `hold_expires_at`, then shows it ended. */
  function watchPayment(booking: Booking): void {
    const { core, flow } = parts();
    if (paymentStatus(booking) !== 'pending') return;
    countDown(booking.hold_expires_at ?? holdEndsAt(booking, core.now()), () => {
      const b = flow.booking.peek();
      if (b?.id !== booking.id || paymentStatus(b) !== 'pending') return;
      // The server times the booking out at this instant (`unpaid`): show that without asking.
      flow.booking.value = { ...b, state: 'unpaid' };
      core.emit('hold-expired', { booking: b });
      core.announce(core.i18n.peek().t('payment_hold_ended'));
    });
  }

  return {
    status,
    hold,
    problem,
    left,
    /** The time left as `m:ss`. */
    shown: computed(() => formatCountdown(left.value)),
    take,
    release,
    /** The booking converted the hold: it is gone on the server, stop counting. */
    used: () => void forget(),
    watchPayment,
    /** Stops counting (the confirmation went away). */
    stop: stopClock,
  };
}

/** One widget's hold. */
export type HoldModel = ReturnType<typeof createHold>;
