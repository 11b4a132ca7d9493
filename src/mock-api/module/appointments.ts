import type { Context, Hono } from 'hono';
import type { AppointmentAddRequest, ModuleLocale } from '../../wire/bookingtime';
import { isEmail } from '../../wire/index';
import { DomainError } from '../domain/errors';
import type { StoredBooking } from '../domain/types';
import type { Services } from '../services';
import { LIMITS, jsonDepth, limitProblems } from '../http/limits';
import { ModuleError, errorMessage, refuse, text } from './errors';
import { ok, type ModuleEnv } from './params';
import type { SlotIds } from './ids';
import { templateSlots } from './slots';
import { appointmentView } from './views';

/** What the appointment routes share with the rest of the Module API. */
export interface AppointmentDeps {
  s: Services;
  slotIds: SlotIds;
  /** The organization's Module id (appointments name it). */
  organization: string;
  /** The appointment named by `:appointmentId`, or a 404 naming it. */
  booking: (c: Context<ModuleEnv>) => StoredBooking;
}

/** Appointments (bookings): added on a listed slot, shown, moved to another slot, cancelled. */
export function appointmentRoutes(r: Hono<ModuleEnv>, base: string, { s, slotIds, organization, booking }: AppointmentDeps): void {
  const { store } = s;
  /** The slot named by `bookingSlotId`, still free by the same rules it was listed with; 409 otherwise. */
  const freeSlot = (locale: ModuleLocale, slotId: unknown) => {
    if (typeof slotId !== 'string' || !slotId) throw refuse(422, 'bookingSlotId', text(locale, 'required'));
    const ref = slotIds.decode(slotId);
    if (!ref) throw refuse(404, 'bookingSlotId', text(locale, 'slot_unknown', { id: slotId }));
    const p = store.projects.get(ref.projectId);
    const still =
      p &&
      templateSlots(s, { ...p, availability: { ...p.availability, mode: 'mutual' }, resources: ref.resourceIds }, ref.start, ref.start + 1);
    if (!p || !still?.some((x) => x.start === ref.start)) throw refuse(409, 'bookingSlotId', text(locale, 'slot_taken'));
    return { ref, project: p };
  };
  /** Runs a booking-service call; a refusal of the time is 409 on `bookingSlotId`, any other 422. */
  const domain = <T>(locale: ModuleLocale, run: () => T): T => {
    try {
      return run();
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      if (typeof e.detail === 'string') throw refuse(404, null, e.message);
      const entries = Object.entries(e.detail);
      if (entries.some(([k]) => k === 'start' || k === 'end')) throw refuse(409, 'bookingSlotId', text(locale, 'slot_taken'));
      throw new ModuleError(
        422,
        entries.flatMap(([k, list]) => list.map((t) => ({ class: 'MESSAGE' as const, type: 'error' as const, parameter: k, text: t }))),
      );
    }
  };
  /**
   * The body as a JSON object, within the same limits as every `/v2` body (`http/limits.ts`): what
   * is stored in a booking's meta (`additionalData`, the customer's texts) can always be written
   * back; a too deep or too long value is a 422 naming it.
   */
  const readBody = async (c: Context<ModuleEnv>): Promise<Record<string, unknown>> => {
    const locale = c.get('locale');
    const raw = await c.req.text();
    const overLimit = (parameter: string | null) =>
      errorMessage(
        parameter,
        text(locale, 'over_limit', {
          text: String(LIMITS.stringLength),
          items: String(LIMITS.arrayLength),
          keys: String(LIMITS.objectKeys),
          depth: String(LIMITS.depth),
        }),
      );
    if (jsonDepth(raw) > LIMITS.depth) throw new ModuleError(422, [overLimit(null)]);
    let body: unknown;
    try {
      body = raw.trim() ? JSON.parse(raw) : {};
    } catch {
      throw refuse(400, null, text(locale, 'bad_json'));
    }
    if (!body || typeof body !== 'object' || Array.isArray(body)) throw refuse(400, null, text(locale, 'bad_json'));
    const problems = Object.entries(limitProblems(body));
    if (problems.length)
      throw new ModuleError(
        422,
        // `limitProblems` refuses a `__proto__` key by name, every other problem by size.
        problems.map(([parameter]) =>
          parameter.split('.').pop() === '__proto__' ? errorMessage(parameter, text(locale, 'bad_field')) : overLimit(parameter),
        ),
      );
    return body as Record<string, unknown>;
  };

  r.post(`${base}/appointment/add`, async (c) => {
    const locale = c.get('locale');
    const body = (await readBody(c)) as Partial<AppointmentAddRequest> & Record<string, unknown>;
    const customer = (body.customer && typeof body.customer === 'object' ? body.customer : null) as Record<string, unknown> | null;
    const problems: Array<[string, string]> = [];
    if (!customer) problems.push(['customer', text(locale, 'required')]);
    else {
      for (const key of ['firstName', 'lastName', 'email', 'mobile', 'notes'])
        if (customer[key] !== undefined && customer[key] !== null && typeof customer[key] !== 'string')
          problems.push([`customer.${key}`, text(locale, 'not_text')]);
      if (!String(customer.lastName ?? '').trim()) problems.push(['customer.lastName', text(locale, 'required')]);
      const email = String(customer.email ?? '').trim();
      if (!email) problems.push(['customer.email', text(locale, 'required')]);
      else if (!isEmail(email)) problems.push(['customer.email', text(locale, 'not_email', { value: email })]);
    }
    if (body.notes !== undefined && typeof body.notes !== 'string') problems.push(['notes', text(locale, 'not_text')]);
    if (problems.length)
      throw new ModuleError(
        422,
        problems.map(([parameter, t]) => ({ class: 'MESSAGE', type: 'error', parameter, text: t })),
      );
    const { ref, project: p } = freeSlot(locale, body.bookingSlotId);
    if (p.customer_fields.phone?.required && !String(customer!.mobile ?? '').trim())
      throw refuse(422, 'customer.mobile', text(locale, 'required'));
    const c1 = customer!;
    const firstName = String(c1.firstName ?? '').trim();
    const lastName = String(c1.lastName).trim();
    const notes = [body.notes, c1.notes].filter((x) => typeof x === 'string' && x).join('\n');
    const created = domain(locale, () =>
      s.bookings.create({
        graph: 'instant',
        resource_id: ref.resourceIds[0],
        project_id: p.id,
        start: ref.start,
        end: ref.end,
        what: p.booking.what || p.name,
        where: p.booking.where ?? '',
        description: notes,
        customer: {
          name: `${firstName} ${lastName}`.trim(),
          first_name: firstName,
          last_name: lastName,
          email: String(c1.email).trim(),
          phone: typeof c1.mobile === 'string' && c1.mobile ? c1.mobile : null,
          ...(notes ? { comment: notes } : {}),
          ...(typeof c1.locale === 'string' ? { locale: c1.locale } : {}),
        },
        meta: {
          bookingtime: {
            bookingSlotId: body.bookingSlotId,
            ...(body.additionalData && typeof body.additionalData === 'object' ? { additionalData: body.additionalData } : {}),
          },
        },
      }),
    );
    return ok(c, appointmentView(store, created, organization), 201);
  });
  r.get(`${base}/appointment/:appointmentId/show`, (c) => ok(c, appointmentView(store, booking(c), organization)));
  r.put(`${base}/appointment/:appointmentId/move`, async (c) => {
    const locale = c.get('locale');
    const old = booking(c);
    const { ref } = freeSlot(locale, (await readBody(c)).bookingSlotId);
    const moved = domain(locale, () => s.bookings.reschedule(old.id, { start: ref.start, end: ref.end, resource_id: ref.resourceIds[0] }));
    return ok(c, appointmentView(store, moved, organization));
  });
  r.put(`${base}/appointment/:appointmentId/cancel`, (c) => {
    const b = booking(c);
    if (b.state !== 'confirmed')
      throw refuse(
        422,
        'appointmentId',
        text(c.get('locale'), 'not_allowed', { what: c.get('locale') === 'de' ? 'storniert' : 'cancelled', state: b.state }),
      );
    return ok(
      c,
      appointmentView(
        store,
        domain(c.get('locale'), () => s.bookings.act(b.id, 'cancel')),
        organization,
      ),
    );
  });
}
