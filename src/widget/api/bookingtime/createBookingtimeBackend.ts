import {
  moduleRangeEnd,
  type Appointment,
  type BookingSlot,
  type BookingTemplate,
  type ModuleEnvelope,
  type ModuleLocale,
  type RangeList,
} from '../../../wire/bookingtime';
import type { Booking, Slot } from '../../../wire/index';
import { dayKeyInZone } from '../../time/zone';
import { ApiError } from '../ApiError';
import type { ApiResponse, BookingBackend } from '../types';
import { createTokenSource } from './createTokenSource';
import { appointmentToBooking } from './mapAppointment';
import { rangeToSlots } from './mapSlots';
import { templateResources, templateToProject } from './mapTemplate';
import { moduleFetch } from './moduleFetch';
import { slotMonths } from './slotMonths';
import { toAppointmentAdd } from './toAppointmentAdd';
import { toModuleError } from './toModuleError';

/** Settings of the bookingtime backend (from the resolved config). */
export interface BookingtimeOptions {
  organizationId: string;
  bookingTemplateId: string;
  clientId: string;
  /** `api_base_url`, default `https://api.bookingtime.com/module/v3/`. */
  apiBaseUrl: string;
  /** `auth_url`, default `https://auth.bookingtime.com/oauth/token`. */
  authUrl: string;
  timeoutMs: number;
  /** The widget's language; messages come in German for `de…`, else English. */
  locale: () => string;
  now?: () => Date;
  fetch?: typeof fetch;
}

/** The BookingBackend plus the year limit and what manage mode will need (`appointment/…/show`, `cancel`). */
export interface BookingtimeBackend extends BookingBackend {
  /** The last day (`yyyy-MM-dd`) with times for `today`: the end of next year. The calendar offers no later month. */
  lastDay(today: string): string;
  showAppointment(id: string, signal?: AbortSignal): Promise<ApiResponse<Booking>>;
  cancelAppointment(id: string, signal?: AbortSignal): Promise<ApiResponse<Booking>>;
}

/** Customer links are not supported: a typed error the manage view shows as "this link can not be used". */
async function noLinks(): Promise<never> {
  throw new ApiError('not_found', 0, 'manage: the bookingtime backend has no customer links; open the booking from its own e-mail');
}

const moduleLocale = (locale: string): ModuleLocale => (/^de\b/i.test(locale) ? 'de' : 'en');

/**
 * The widget's BookingBackend over bookingtime's Module API: OAuth tokens for the organization,
 * the template as the project, slots listed by month, appointments from slots. Answers arrive in
 * the widget's shapes; nothing outside this folder knows bookingtime's ids or envelopes.
 * @example createBookingtimeBackend({ organizationId: 'f6…', bookingTemplateId: 'fc…', clientId: 'k', apiBaseUrl, authUrl, timeoutMs: 15000, locale: () => 'en' })
 */
export function createBookingtimeBackend(o: BookingtimeOptions): BookingtimeBackend {
  const now = o.now ?? (() => new Date());
  const doFetch: typeof fetch = (...args) => (o.fetch ?? fetch)(...args);
  const tokens = createTokenSource({
    authUrl: o.authUrl,
    clientId: o.clientId,
    organizationId: o.organizationId,
    now: () => now().getTime(),
    post: (url, form, signal) =>
      moduleFetch(
        doFetch,
        url,
        {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
          body: new URLSearchParams(form).toString(),
        },
        o.timeoutMs,
        signal,
      ),
  });
  // Slot ids by start instant and resource, filled as slots are listed: the widget books a time,
  // the Module API books a slot id.
  const slotIds = new Map<string, string>();
  const slotKey = (start: string, resourceId = '') => `${Date.parse(start)}|${resourceId}`;
  let template: Promise<BookingTemplate> | null = null;

  async function call<T>(
    method: string,
    path: string,
    body: unknown,
    signal: AbortSignal | undefined,
    retried = false,
  ): Promise<{ status: number; content: T }> {
    const token = await tokens.get(signal);
    const base = o.apiBaseUrl.replace(/\/+$/, '');
    const url = `${base}/${moduleLocale(o.locale())}/organization/${encodeURIComponent(o.organizationId)}/${path}`;
    const headers: Record<string, string> = { Authorization: `Bearer ${token}`, Accept: 'application/json' };
    if (body) headers['Content-Type'] = 'application/json; charset=utf-8';
    const res = await moduleFetch(doFetch, url, { method, headers, body: body ? JSON.stringify(body) : undefined }, o.timeoutMs, signal);
    // A token the server dropped early (restart, revoked): one fresh token, one more try.
    if (res.status === 401 && !retried) {
      tokens.invalidate();
      return call(method, path, body, signal, true);
    }
    if (res.status < 200 || res.status >= 300) throw toModuleError(res.status, res.body);
    const envelope = res.body as ModuleEnvelope<T> | undefined;
    if (!envelope || !('content' in envelope)) throw new ApiError('server', res.status, 'The answer was not a Module API envelope');
    return { status: res.status, content: envelope.content as T };
  }

  const ok = <T>(data: T, status = 200): ApiResponse<T> => ({ data, status, headers: {}, testMode: false });
  const templatePath = () => `bookingTemplate/${encodeURIComponent(o.bookingTemplateId)}`;

  function loadTemplate(signal?: AbortSignal): Promise<BookingTemplate> {
    // Kept once loaded; a failed or aborted load is tried again next time.
    template ??= call<BookingTemplate>('GET', `${templatePath()}/show`, null, signal).then(
      (r) => r.content,
      (e) => {
        template = null;
        throw e;
      },
    );
    return template;
  }

  async function listSlots(path: string, signal?: AbortSignal): Promise<Slot[]> {
    const t = await loadTemplate(signal);
    const { content } = await call<RangeList<BookingSlot>>('GET', `${templatePath()}/bookingSlot/${path}`, null, signal);
    for (const s of content.list ?? [])
      for (const r of s.bookingResourceCombination.length ? s.bookingResourceCombination : ['']) slotIds.set(slotKey(s.timestamp, r), s.id);
    return rangeToSlots(content, t.duration, templateResources(t));
  }

  /** The id of the slot at `start` (with `resourceId`), listing its day again when it is not known. */
  async function slotIdFor(start: string | undefined, resourceId: string | undefined, signal?: AbortSignal): Promise<string> {
    if (!start || Number.isNaN(Date.parse(start))) throw new ApiError('validation', 422, 'start: is required', { start: ['is required'] });
    const find = () => slotIds.get(slotKey(start, resourceId)) ?? slotIds.get(slotKey(start, ''));
    if (!find()) {
      const [y, m, d] = start.slice(0, 10).split('-').map(Number);
      await listSlots(`year/${y}/month/${m}/day/${d}/listDay`, signal);
    }
    const id = find();
    if (!id) throw new ApiError('validation', 409, 'start: this time is no longer free', { start: ['this time is no longer free'] });
    return id;
  }

  return {
    lastDay: moduleRangeEnd,
    async getProject(_ref, signal) {
      return ok(templateToProject(await loadTemplate(signal), moduleLocale(o.locale())));
    },
    async getAvailability(req, signal) {
      const zone = req.output_timezone ?? 'UTC';
      const today = dayKeyInZone(now(), zone);
      const to = req.to && !Number.isNaN(Date.parse(req.to)) ? dayKeyInZone(new Date(req.to), zone) : undefined;
      const months = slotMonths(today, to);
      const lists = await Promise.all(
        months.map((m) => listSlots(`year/${Number(m.slice(0, 4))}/month/${Number(m.slice(5, 7))}/listMonth`, signal)),
      );
      const seen = new Set<string>();
      const slots = lists.flat().filter((s) => {
        const key = slotKey(s.start, s.resources[0]?.id);
        return !seen.has(key) && !!seen.add(key);
      });
      return ok(slots.sort((a, b) => Date.parse(a.start) - Date.parse(b.start)));
    },
    async getGroupSessions() {
      throw new ApiError('validation', 0, 'booking.graph: bookingtime has no group sessions; use the instant graph');
    },
    async createBooking(req, _include, signal) {
      if (req.graph !== 'instant')
        throw new ApiError('validation', 0, `booking.graph: bookingtime books the instant graph only, got "${req.graph}"`);
      const id = await slotIdFor(req.start, req.resource_id, signal);
      const { status, content } = await call<Appointment>(
        'POST',
        'appointment/add',
        toAppointmentAdd(req, id, moduleLocale(o.locale())),
        signal,
      );
      return ok(appointmentToBooking(content), status);
    },
    async rescheduleBooking(id, req, _include, signal) {
      const slotId = await slotIdFor(req.start, req.resource_id, signal);
      const { status, content } = await call<Appointment>(
        'PUT',
        `appointment/${encodeURIComponent(id)}/move`,
        { bookingSlotId: slotId },
        signal,
      );
      return ok(appointmentToBooking(content), status);
    },
    // bookingtime sends its own e-mails with its own links: the widget's customer links are Timekit's.
    linkAction: noLinks,
    async showAppointment(id, signal) {
      const { status, content } = await call<Appointment>('GET', `appointment/${encodeURIComponent(id)}/show`, null, signal);
      return ok(appointmentToBooking(content), status);
    },
    async cancelAppointment(id, signal) {
      const { status, content } = await call<Appointment>('PUT', `appointment/${encodeURIComponent(id)}/cancel`, {}, signal);
      return ok(appointmentToBooking(content), status);
    },
  };
}
