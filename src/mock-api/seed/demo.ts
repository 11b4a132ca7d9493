import type { Constraint } from '../../wire';
import type { StoredProject, StoredResource } from '../domain/types';
import { createProject } from '../domain/records';
import { createResource } from '../domain/resources';
import type { Services } from '../services';
import { demoBookings } from './demoBookings';

const projectId = (n: number) => `aaaaaaaa-0000-4000-8000-00000000000${n}`;

/** The fixed ids and keys of the demo seed, for docs and demo pages. */
export const DEMO = {
  appKey: 'test_api_key_demo',
  widgetKey: 'test_widget_key_demo',
  resources: {
    docBrown: '11111111-1111-4111-8111-111111111111',
    marty: '22222222-2222-4222-8222-222222222222',
    lorraine: '33333333-3333-4333-8333-333333333333',
    jennifer: '44444444-4444-4444-8444-444444444444',
  },
  projects: {
    oneToOne: projectId(1),
    confirmDecline: projectId(2),
    roundRobin: projectId(3),
    webinar: projectId(4),
    paidWebinar: projectId(5),
    paidMeeting: projectId(6),
  },
  slugs: {
    oneToOne: 'doc-brown',
    confirmDecline: 'consultation',
    roundRobin: 'team',
    webinar: 'flux-webinar',
    paidWebinar: 'paid-workshop',
    paidMeeting: 'paid-meeting',
  },
} as const;

// Allow families intersect (domain/availability/README.md), so this reads as it says: Mon–Fri, start–end.
const workingHours = (start: number | string, end: number | string): Constraint[] => [
  { allow_weekdays: {} },
  { allow_hours: { start, end } },
];

const RESOURCES: Array<Pick<StoredResource, 'id' | 'name' | 'timezone' | 'email' | 'availability_constraints'>> = [
  {
    id: DEMO.resources.docBrown,
    name: 'Doc Brown',
    timezone: 'America/Los_Angeles',
    email: 'doc@hillvalley.example',
    availability_constraints: workingHours(9, 17),
  },
  {
    id: DEMO.resources.marty,
    name: 'Marty McFly',
    timezone: 'America/New_York',
    email: 'marty@hillvalley.example',
    availability_constraints: workingHours(10, 18),
  },
  {
    id: DEMO.resources.lorraine,
    name: 'Lorraine Baines',
    timezone: 'Europe/Berlin',
    email: 'lorraine@hillvalley.example',
    availability_constraints: workingHours('09:00', '17:30'),
  },
  {
    id: DEMO.resources.jennifer,
    name: 'Jennifer Parker',
    timezone: 'Australia/Sydney',
    email: 'jennifer@hillvalley.example',
    availability_constraints: workingHours(8, 16),
  },
];

// No titles: the widget names its native fields in the visitor's language ("Name", "E-mail", "E-Mail",
// "البريد الإلكتروني"), one wording on every page; a title here would be shown as is, in English.
const NAME_EMAIL = {
  name: { format: 'text', required: true },
  email: { format: 'email', required: true },
} as const;

type ProjectSeed = Pick<StoredProject, 'id' | 'name' | 'slug' | 'resources' | 'availability' | 'booking'> & Partial<StoredProject>;

const PROJECTS: ProjectSeed[] = [
  {
    id: DEMO.projects.oneToOne,
    name: 'Meet Doc Brown',
    slug: DEMO.slugs.oneToOne,
    resources: [DEMO.resources.docBrown],
    availability: { mode: 'roundrobin_random', length: '30 minutes' },
    booking: { graph: 'instant', what: 'Meet Doc Brown', where: 'Hill Valley clock tower', description: '' },
    customer_fields: { ...NAME_EMAIL, comment: { format: 'textarea', required: false } },
  },
  {
    id: DEMO.projects.confirmDecline,
    name: 'Consultation with Lorraine',
    slug: DEMO.slugs.confirmDecline,
    resources: [DEMO.resources.lorraine],
    availability: { mode: 'roundrobin_random', length: '1 hour' },
    booking: { graph: 'confirm_decline', what: 'Consultation with Lorraine', where: 'Video call', description: '' },
  },
  {
    id: DEMO.projects.roundRobin,
    name: 'Talk to the team',
    slug: DEMO.slugs.roundRobin,
    resources: [DEMO.resources.marty, DEMO.resources.lorraine, DEMO.resources.jennifer],
    availability: { mode: 'roundrobin_random', length: '45 minutes' },
    booking: { graph: 'instant', what: 'Talk to the team', where: 'Video call', description: '' },
  },
  {
    id: DEMO.projects.webinar,
    name: 'Flux capacitance webinar',
    slug: DEMO.slugs.webinar,
    resources: [DEMO.resources.docBrown],
    availability: { length: '1 hour' },
    booking: { graph: 'group_customer', what: 'Flux capacitance webinar', where: 'Online', description: '', max_seats_per_booking: 5 },
  },
  {
    id: DEMO.projects.paidWebinar,
    name: 'Time travel workshop (paid)',
    slug: DEMO.slugs.paidWebinar,
    resources: [DEMO.resources.docBrown],
    availability: { length: '2 hours' },
    booking: {
      graph: 'group_customer_payment',
      what: 'Time travel workshop',
      where: 'Hill Valley high school',
      description: '',
      price: { gross: 49, currency: 'USD' },
    },
  },
  {
    id: DEMO.projects.paidMeeting,
    name: 'Paid meeting with Doc Brown',
    slug: DEMO.slugs.paidMeeting,
    resources: [DEMO.resources.docBrown],
    availability: { mode: 'roundrobin_random', length: '1 hour' },
    booking: {
      graph: 'instant_payment',
      what: 'Paid meeting with Doc Brown',
      where: 'Video call',
      description: '',
      price: { gross: 120, currency: 'USD' },
    },
  },
];

/**
 * Fills an empty store with the demo: four resources in four zones, six projects (one per
 * graph family), group sessions (one nearly full, one sold out) and a few taken slots, all
 * relative to the injected clock's now.
 */
export function seedDemo(s: Services): void {
  const { store } = s;
  const now = s.clock.now();
  for (const r of RESOURCES) {
    createResource(store, now, r);
  }
  for (const p of PROJECTS) {
    createProject(store, now, { customer_fields: NAME_EMAIL, ...p });
  }
  demoBookings(s);
}
