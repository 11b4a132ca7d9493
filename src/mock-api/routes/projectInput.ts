import { GRAPHS, type AvailabilitySettings, type BookingSettings, type CustomerField } from '../../wire';
import { addUtcMonths } from '../domain/durations';
import type { Store } from '../domain/store';
import type { StoredProject } from '../domain/types';
import type { Fields } from '../http/fields';
import { readConstraints } from './constraints';

const MODES = ['roundrobin_random', 'roundrobin_prioritized', 'mutual'] as const;
const FORMATS = ['text', 'email', 'tel', 'textarea', 'select', 'checkbox', 'label'] as const;

/**
 * Reads a project's `availability{}` settings: every key `POST /availability` takes as a default is
 * checked as that route checks it, so a saved project can never make its availability fail.
 */
export function readAvailabilitySettings(f: Fields, now: number): AvailabilitySettings | undefined {
  const a = f.nested('availability');
  if (!a) return undefined;
  a.oneOf('mode', MODES);
  for (const key of ['length', 'timeslot_increments']) a.duration(key, 5 * 60_000);
  a.duration('buffer');
  const from = a.timestamp('from', now) ?? now;
  const to = a.timestamp('to', now);
  if (to !== undefined && (to <= from || to > addUtcMonths(from, 6))) a.add('to', 'must be after from and at most 6 months after it');
  a.boolean('round_to_nearest_hour');
  a.boolean('ignore_all_day_events');
  a.timeZone('output_timezone');
  readConstraints(a, 'constraints');
  return a.source as AvailabilitySettings;
}

function readBooking(f: Fields): BookingSettings | undefined {
  const b = f.nested('booking');
  if (!b) return undefined;
  b.oneOf('graph', GRAPHS);
  for (const key of ['what', 'where', 'description']) b.string(key, { max: 5000 });
  b.integer('max_seats_per_booking', 1, 10_000);
  // Our choice: how long a hold lasts by default (POST /holds without `duration`), 30 seconds to 30 minutes.
  const hold = b.duration('hold', 30_000);
  if (hold !== undefined && hold > 30 * 60_000) b.add('hold', 'must be at most 30 minutes');
  return b.source as BookingSettings;
}

function readCustomerFields(f: Fields): Record<string, CustomerField> | undefined {
  const fields = f.nested('customer_fields');
  if (!fields) return undefined;
  for (const key of Object.keys(fields.source)) {
    const one = fields.nested(key, true);
    if (!one) continue;
    one.string('title', { max: 500 });
    one.oneOf('format', FORMATS);
    one.boolean('required');
    one.boolean('readonly');
    one.strings('enum');
    one.string('placeholder', { max: 500 });
  }
  return fields.source as Record<string, CustomerField>;
}

/** Reads the writable project fields; `partial` for PUT. Slug unique, resources must exist. */
export function readProject(f: Fields, store: Store, now: number, partial: boolean, selfId?: string): Partial<StoredProject> {
  const name = f.string('name', { required: !partial, max: 200 });
  let slug = f.string('slug', { max: 100, nonEmpty: true });
  if (slug !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug))
    f.add('slug', 'use lowercase letters, digits and single dashes, like "meet-doc"');
  if (slug === undefined && !partial && name) slug = slugify(name, store);
  const taken = slug !== undefined ? store.projectBySlug(slug) : undefined;
  if (taken && taken.id !== selfId) f.add('slug', `"${slug}" is already used by another project`);
  const resources = f.strings('resources');
  resources?.forEach((id, i) => {
    if (!store.resources.has(id)) f.add(`resources.${i}`, `Resource ${id} does not exist`);
  });
  const out: Partial<StoredProject> = {
    name,
    slug,
    resources,
    availability: readAvailabilitySettings(f, now),
    availability_constraints: readConstraints(f, 'availability_constraints'),
    booking: readBooking(f),
    customer_fields: readCustomerFields(f),
    ui: f.object('ui'),
  };
  f.done();
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined));
}

function slugify(name: string, store: Store): string {
  const base =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'project';
  let slug = base;
  for (let i = 2; store.projectBySlug(slug); i++) slug = `${base}-${i}`;
  return slug;
}
