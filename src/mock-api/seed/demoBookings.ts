import { utcToWall, wallToUtc } from '../domain/availability/zoneOffset';
import type { NewBooking } from '../domain/newBooking';
import type { Services } from '../services';
import { DEMO } from './demo';

/** The next `n` Monday–Friday day keys (`yyyy-MM-dd`) after today in `zone`. */
export function nextWeekdays(now: number, zone: string, n: number): string[] {
  // Zone arithmetic through Intl only: the process's own zone never takes part.
  const today = new Date(utcToWall(zone, now));
  const out: string[] = [];
  for (let i = 1; out.length < n; i++) {
    const day = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + i));
    const weekday = day.getUTCDay();
    if (weekday !== 0 && weekday !== 6) out.push(day.toISOString().slice(0, 10));
  }
  return out;
}

const at = (day: string, time: string, zone: string): number => wallToUtc(zone, Date.parse(`${day}T${time}:00Z`));
const HOUR = 3_600_000;

const PEOPLE = [
  'George McFly',
  'Biff Tannen',
  'Goldie Wilson',
  'Clara Clayton',
  'Dave McFly',
  'Linda McFly',
  'Gerald Strickland',
  'Lou Caruthers',
].map((name) => ({ name, email: `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@example.com`, timezone: 'America/Los_Angeles' }));

/** Group sessions and a few taken slots for the demo, created through the booking service. */
export function demoBookings(s: Services): void {
  const now = s.clock.now();
  const la = 'America/Los_Angeles';
  const book = (input: NewBooking) => s.bookings.create(input);
  const laDays = nextWeekdays(now, la, 6);

  laDays.forEach((day, i) => {
    const owner = book({
      graph: 'group_owner',
      resource_id: DEMO.resources.docBrown,
      project_id: DEMO.projects.webinar,
      start: at(day, '10:00', la),
      end: at(day, '11:00', la),
      what: 'Flux capacitance webinar',
      where: 'Online',
      description: 'How 1.21 gigawatts move a DeLorean.',
      max_seats: 20,
      meta: { project_id: DEMO.projects.webinar },
    });
    const seats = i === 0 ? [5, 5, 4, 3] : i === 1 ? [5, 5, 5, 5] : [];
    seats.forEach((n, k) => book({ graph: 'group_customer', owner_booking_id: owner.id, seats: n, customer: PEOPLE[k + i * 4] }));
  });

  laDays.slice(0, 3).forEach((day) =>
    book({
      graph: 'group_owner',
      resource_id: DEMO.resources.docBrown,
      project_id: DEMO.projects.paidWebinar,
      start: at(day, '13:00', la),
      end: at(day, '15:00', la),
      what: 'Time travel workshop',
      where: 'Hill Valley high school',
      description: 'Hands-on, paid.',
      max_seats: 8,
      meta: { project_id: DEMO.projects.paidWebinar },
    }),
  );

  const customer = (k: number) => PEOPLE[k % PEOPLE.length];
  const one = (
    resource: string,
    project: string,
    graph: NewBooking['graph'],
    zone: string,
    dayIndex: number,
    time: string,
    hours: number,
    k: number,
  ) => {
    const day = nextWeekdays(now, zone, dayIndex + 1)[dayIndex];
    const start = at(day, time, zone);
    return book({ graph, resource_id: resource, project_id: project, start, end: start + hours * HOUR, customer: customer(k) });
  };
  one(DEMO.resources.docBrown, DEMO.projects.oneToOne, 'instant', la, 0, '15:30', 0.5, 0);
  one(DEMO.resources.docBrown, DEMO.projects.oneToOne, 'instant', la, 1, '11:30', 0.5, 1);
  one(DEMO.resources.marty, DEMO.projects.roundRobin, 'instant', 'America/New_York', 0, '11:00', 0.75, 2);
  one(DEMO.resources.marty, DEMO.projects.roundRobin, 'instant', 'America/New_York', 2, '14:00', 0.75, 3);
  one(DEMO.resources.jennifer, DEMO.projects.roundRobin, 'instant', 'Australia/Sydney', 0, '09:00', 0.75, 4);
  const consult = one(DEMO.resources.lorraine, DEMO.projects.confirmDecline, 'confirm_decline', 'Europe/Berlin', 0, '10:00', 1, 5);
  s.bookings.act(consult.id, 'confirm');
  one(DEMO.resources.lorraine, DEMO.projects.confirmDecline, 'confirm_decline', 'Europe/Berlin', 1, '14:00', 1, 6);
}
