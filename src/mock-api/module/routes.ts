import { Hono, type Context } from 'hono';
import type { BookingSlot, ModuleEnvelope, RangeList } from '../../wire/bookingtime';
import { utcToWall } from '../domain/availability/zoneOffset';
import type { StoredProject } from '../domain/types';
import type { Services } from '../services';
import { isoInZone } from '../views/time';
import { appointmentRoutes } from './appointments';
import { ModuleError, refuse, text } from './errors';
import { DAY, intParam, isGroupProject, isoWeekStart, isoWeeksIn, LOCALES, ok, type ModuleEnv } from './params';
import { findByModuleId, moduleId, SlotIds } from './ids';
import { clipRange, templateSlots, templateZone } from './slots';
import type { TokenStore } from './tokens';
import { resourceView, templateView } from './views';

/**
 * bookingtime's Module API over the same store and engine as the Timekit routes: templates
 * (projects), slots by month, week and day, appointments (bookings) added, shown, moved and
 * cancelled, booking resources. Mounted at `/module/v3`; tokens come from `/oauth/token`.
 */
export function moduleRoutes(s: Services, tokens: TokenStore): Hono<ModuleEnv> {
  const r = new Hono<ModuleEnv>({ strict: false });
  const { store } = s;
  const organization = moduleId('organization', store.app.id);
  const slotIds = new SlotIds();

  r.use('/:locale/*', async (c, next) => {
    const raw = c.req.param('locale');
    const locale = LOCALES[raw];
    c.set('locale', locale ?? 'en');
    if (!locale) throw refuse(404, 'locale', text('en', 'bad_locale', { value: raw }));
    await next();
  });
  r.use('/:locale/organization/:organizationId/*', async (c, next) => {
    const locale = c.get('locale');
    const header = c.req.header('authorization') ?? '';
    const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    if (!token) throw refuse(401, 'Authorization', text(locale, 'token_missing'));
    const held = tokens.read('access', token);
    if (!held) throw refuse(401, 'Authorization', text(locale, 'token_invalid'));
    if (c.req.param('organizationId') !== held.organizationId) throw refuse(403, 'organizationId', text(locale, 'other_organization'));
    await next();
  });

  const base = '/:locale/organization/:organizationId';
  const notFound = (c: Context<ModuleEnv>, parameter: string, what: string, id: string) =>
    refuse(404, parameter, text(c.get('locale'), 'not_found', { what, id }));
  /** Projects a template can stand for: not group sessions (the Module API has none). */
  const templates = () => new Map([...store.projects].filter(([, p]) => !isGroupProject(p)));
  const project = (c: Context<ModuleEnv>): StoredProject => {
    const id = c.req.param('templateId') ?? '';
    const found = findByModuleId(templates(), 'bookingTemplate', id);
    if (!found) throw notFound(c, 'bookingTemplateId', 'Booking template', id);
    return found.record;
  };
  const booking = (c: Context<ModuleEnv>) => {
    const id = c.req.param('appointmentId') ?? '';
    const found = findByModuleId(store.bookings, 'appointment', id);
    if (!found) throw notFound(c, 'appointmentId', 'Appointment', id);
    return found.record;
  };

  r.get(`${base}/bookingTemplate/list`, (c) => {
    const unique = new Map<string, StoredProject>();
    for (const [, p] of [...templates()].sort(([a], [b]) => a.localeCompare(b)))
      if (!unique.has(moduleId('bookingTemplate', p.id))) unique.set(moduleId('bookingTemplate', p.id), p);
    const recordList = [...unique.values()].map((p) => templateView(store, p));
    return ok(c, { class: 'LIST', recordTotal: recordList.length, recordLimit: recordList.length, recordList });
  });
  r.get(`${base}/bookingTemplate/:templateId/show`, (c) => ok(c, templateView(store, project(c))));

  /** A RANGE_LIST of the template's free starts in wall-clock days [firstDay, endDay). */
  const listRange = (c: Context<ModuleEnv>, firstDay: number, endDay: number, parameter: string) => {
    const p = project(c);
    const zone = templateZone(s, p);
    const { from, to } = clipRange(s, zone, firstDay, endDay, parameter, c.get('locale'));
    const list: BookingSlot[] = templateSlots(s, p, from, to).map((x) => ({
      class: 'BOOKING_SLOT',
      id: slotIds.encode({ projectId: p.id, resourceIds: x.resourceIds, start: x.start, end: x.end }),
      timestamp: isoInZone(x.start, zone),
      bookingResourceCombination: x.resourceIds.map((id) => moduleId('bookingResource', id)),
    }));
    return ok(c, {
      class: 'RANGE_LIST',
      rangeStart: isoInZone(from, zone),
      rangeEnd: isoInZone(to, zone),
      timeZone: zone,
      list,
    } satisfies RangeList<BookingSlot>);
  };
  const slotBase = `${base}/bookingTemplate/:templateId/bookingSlot`;
  r.get(`${slotBase}/year/:year/month/:month/listMonth`, (c) => {
    const y = intParam(c, 'year', 1970, 9999);
    const m = intParam(c, 'month', 1, 12);
    return listRange(c, Date.UTC(y, m - 1, 1), Date.UTC(y, m, 1), 'month');
  });
  r.get(`${slotBase}/year/:year/week/:week/listWeek`, (c) => {
    const year = intParam(c, 'year', 1970, 9999);
    // Week 53 only in the years that have one (their 28 December falls in it).
    const start = isoWeekStart(year, intParam(c, 'week', 1, isoWeeksIn(year)));
    return listRange(c, start, start + 7 * DAY, 'week');
  });
  r.get(`${slotBase}/year/:year/month/:month/day/:day/listDay`, (c) => {
    const year = intParam(c, 'year', 1970, 9999);
    const month = intParam(c, 'month', 1, 12);
    // The month's own last day: 31 February is no date (it was read as 3 March).
    const start = Date.UTC(year, month - 1, intParam(c, 'day', 1, new Date(Date.UTC(year, month, 0)).getUTCDate()));
    return listRange(c, start, start + DAY, 'day');
  });
  r.get(`${slotBase}/earliest`, (c) => {
    const p = project(c);
    const zone = templateZone(s, p);
    const today = utcToWall(zone, s.clock.now());
    const first = Date.UTC(new Date(today).getUTCFullYear(), new Date(today).getUTCMonth(), 1);
    // Month by month up to the limit: the first month with a free start answers.
    for (let i = 0; i < 24; i++) {
      const start = Date.UTC(new Date(first).getUTCFullYear(), new Date(first).getUTCMonth() + i, 1);
      const end = Date.UTC(new Date(first).getUTCFullYear(), new Date(first).getUTCMonth() + i + 1, 1);
      let range: { from: number; to: number };
      try {
        range = clipRange(s, zone, start, end, 'month', c.get('locale'));
      } catch {
        break;
      }
      const x = templateSlots(s, p, range.from, range.to)[0];
      if (x)
        return ok(c, {
          class: 'BOOKING_SLOT',
          id: slotIds.encode({ projectId: p.id, resourceIds: x.resourceIds, start: x.start, end: x.end }),
          timestamp: isoInZone(x.start, zone),
          bookingResourceCombination: x.resourceIds.map((id) => moduleId('bookingResource', id)),
        } satisfies BookingSlot);
    }
    return ok(c, null);
  });

  appointmentRoutes(r, base, { s, slotIds, organization, booking });

  r.get(`${base}/bookingResource/list`, (c) => {
    const recordList = [...store.resources.values()].map(resourceView);
    return ok(c, { class: 'LIST', recordTotal: recordList.length, recordLimit: recordList.length, recordList });
  });
  r.get(`${base}/bookingResource/:resourceId/show`, (c) => {
    const id = c.req.param('resourceId');
    const found = findByModuleId(store.resources, 'bookingResource', id);
    if (!found) throw notFound(c, 'bookingResourceId', 'Booking resource', id);
    return ok(c, resourceView(found.record));
  });

  // Any other path under /module/v3 is a 404 in the envelope (a mounted sub-app's notFound is not asked).
  r.all('*', (c) =>
    c.json(
      {
        messageList: [{ class: 'MESSAGE', type: 'error', parameter: null, text: `Route ${c.req.method} ${c.req.path} does not exist` }],
        content: null,
      } satisfies ModuleEnvelope<null>,
      404,
    ),
  );
  r.onError((err, c) => {
    if (err instanceof ModuleError) return c.json({ messageList: err.messages, content: null } satisfies ModuleEnvelope<null>, err.status);
    console.error('[mock-api] unexpected error in a Module route', err);
    return c.json(
      {
        messageList: [
          { class: 'MESSAGE', type: 'error', parameter: null, text: 'Internal error in the mock API; this is a bug, please report it' },
        ],
        content: null,
      },
      500,
    );
  });
  return r;
}
