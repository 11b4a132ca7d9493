import { batch, computed, signal } from '../signals';
import type { WaitlistJoined } from '../../wire/holds';
import { ApiError, isAbort } from '../api/ApiError';
import type { FieldValue, FormField, FormValues } from '../form/fields';
import { toFormFields } from '../form/fields';
import { nativeFieldTitle } from '../form/nativeFieldTitle';
import { validateForm } from '../form/validateForm';
import type { MessageKey } from '../i18n/en';
import { seatsLeft } from './seats';
import type { BookingParts } from './submitBooking';
import type { WidgetSlot } from '../time/slots';

/** The waitlist's two fields, the only ones the API takes (`name`, `email`). */
const WAITLIST_FIELDS = ['name', 'email'] as const;

/**
 * Why joining failed, as a catalog key: the session has seats again (book one instead), closed
 * (cancelled, started, list full), or the usual network and server messages. Pure.
 * @example waitlistErrorKey(new ApiError('validation', 422, '…', { session: ['This session still has 2 seats left; book a seat instead'] })) // 'waitlist_seats_again'
 */
export function waitlistErrorKey(err: ApiError): MessageKey {
  const session = err.fields.session?.join(' ') ?? '';
  if (/seats? left/i.test(session)) return 'waitlist_seats_again';
  if (session) return 'waitlist_closed';
  if (err.kind === 'validation' || err.kind === 'not_found') return 'waitlist_closed';
  return `error_${err.kind}`;
}

/** Whether the visitor can do anything about `err` by sending again (no answer, or the server's own trouble). */
export const waitlistRetry = (err: ApiError): boolean => err.kind === 'network' || err.kind === 'timeout' || err.kind === 'server';

/**
 * The waitlist of one widget (ours; issue 12): a sold-out group session offers "Join the waitlist",
 * which opens a small form (name and e-mail, checked like the booking form, the booking form's
 * values as a start), sends it through the backend's optional `joinWaitlist`, and shows where the
 * visitor stands. A backend without `joinWaitlist` offers no waitlist (`supported` stays false).
 * What was typed stays on any failure; a network error offers to send again. Comes with the lazily
 * loaded steps; the root makes it the first time a step asks (`m.waitlist()`).
 * @example const w = createWaitlist(() => parts); w.open(soldOut); await w.submit();
 */
export function createWaitlist(parts: () => BookingParts) {
  const { core } = parts();
  /** The sold-out session the form is for. */
  const session = signal<WidgetSlot | null>(null);
  const values = signal<FormValues>({ name: '', email: '' });
  const errors = signal<Record<string, string>>({});
  const busy = signal(false);
  const error = signal<ApiError | null>(null);
  const joined = signal<WaitlistJoined | null>(null);
  /** Bumped when the form should focus its first invalid field. */
  const invalidRequest = signal(0);
  const supported = signal(false);
  void core.backend().then(
    (b) => (supported.value = !!b.joinWaitlist),
    () => {},
  );
  /** Name and e-mail, required, titled as the booking form titles them. */
  const fields = computed<FormField[]>(() => {
    const cf = core.config.value.customer_fields;
    const i18n = core.i18n.value;
    const pick = (key: string) => ({ title: cf[key]?.title, placeholder: cf[key]?.placeholder, required: true });
    return toFormFields(Object.fromEntries(WAITLIST_FIELDS.map((k) => [k, pick(k)])), (key) => nativeFieldTitle(i18n, key));
  });
  let ctrl: AbortController | null = null;
  const t = (key: MessageKey, vars?: Record<string, string | number>) => core.i18n.peek().t(key, vars);

  /** Shows the waitlist step with focus on its heading. */
  function show() {
    batch(() => {
      core.phase.value = 'waitlist';
      core.focusRequest.value++;
    });
  }

  return {
    session,
    values,
    errors,
    busy,
    error,
    joined,
    invalidRequest,
    supported,
    fields,
    /** Opens the form for a sold-out session; the booking form's name and e-mail (or what was typed here) fill it. */
    open(slot: WidgetSlot): void {
      if (!slot.group || seatsLeft(slot) > 0) return;
      const typed = parts().flow.values.peek();
      const own = values.peek();
      const name = typed.name ?? [typed.first_name, typed.last_name].filter(Boolean).join(' ');
      batch(() => {
        session.value = slot;
        joined.value = null;
        error.value = null;
        errors.value = {};
        values.value = { name: own.name || String(name || ''), email: own.email || String(typed.email ?? '') };
      });
      show();
    },
    setValue(key: string, value: FieldValue): void {
      values.value = { ...values.peek(), [key]: value };
      // A field shows its error only after a submit; typing clears or updates it.
      if (errors.peek()[key])
        errors.value = { ...errors.peek(), [key]: validateForm(fields.peek(), values.peek(), core.i18n.peek())[key] ?? '' };
    },
    /** Back to the sessions, with their counts read again quietly. */
    close(): void {
      ctrl?.abort();
      batch(() => {
        core.phase.value = 'calendar';
        session.value = null;
        busy.value = false;
        core.focusRequest.value++;
      });
      void parts().seats.refreshSeats();
    },
    /** Validates, then joins once (a second submit while one is in flight is ignored); what was typed stays on failure. */
    async submit(): Promise<void> {
      const slot = session.peek();
      if (busy.peek() || !slot?.group) return;
      const errs = validateForm(fields.peek(), values.peek(), core.i18n.peek());
      const count = Object.keys(errs).length;
      errors.value = errs;
      if (count) {
        core.announce(t('form_invalid', { count }));
        invalidRequest.value++;
        return;
      }
      const mine = (ctrl = new AbortController());
      batch(() => {
        busy.value = true;
        error.value = null;
      });
      core.announce(t('waitlist_joining'));
      try {
        const backend = await core.backend();
        if (!backend.joinWaitlist) throw new ApiError('not_found', 0, 'waitlist: this backend has no waitlists');
        const person = { name: String(values.peek().name).trim(), email: String(values.peek().email).trim() };
        const res = await backend.joinWaitlist(slot.group.id, person, mine.signal);
        if (mine.signal.aborted) return;
        batch(() => {
          joined.value = res.data;
          core.focusRequest.value++;
        });
        core.emit('waitlist-joined', { entry: res.data, slot });
        core.announce(t(res.data.already_joined ? 'waitlist_already_heading' : 'waitlist_joined_heading'));
      } catch (e) {
        if (mine.signal.aborted || isAbort(e)) return;
        const err = e instanceof ApiError ? e : new ApiError('network', 0, String(e));
        // A field the server refused is shown at its field, like the booking form's.
        const fieldErrs = Object.fromEntries(
          Object.entries(err.fields)
            .filter(([k]) => (WAITLIST_FIELDS as readonly string[]).includes(k))
            .map(([k, v]) => [k, `${fields.peek().find((f) => f.key === k)?.title ?? k}: ${v.join(' ')}`]),
        );
        batch(() => {
          error.value = Object.keys(fieldErrs).length ? null : err;
          errors.value = fieldErrs;
        });
        if (Object.keys(fieldErrs).length) invalidRequest.value++;
        core.emit('error', err);
        core.announce(Object.values(fieldErrs)[0] ?? t(waitlistErrorKey(err)));
      } finally {
        if (ctrl === mine) busy.value = false;
      }
    },
  };
}

/** One widget's waitlist. */
export type Waitlist = ReturnType<typeof createWaitlist>;
