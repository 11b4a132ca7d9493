import type { Store } from '../domain/store';
import type { StoredHold, StoredWaitlistEntry } from '../domain/types';
import { isoInZone } from './time';

/**
 * A hold on the wire (our choice): `{id, kind, resource, project_id, start, end, owner_booking_id,
 * seats, created_at, expires_at}`, times in `timeZone` (the request's `Timekit-Timezone`) or the
 * resource's zone. Who holds it is never shown.
 */
export function renderHold(store: Store, h: StoredHold, timeZone?: string) {
  const resource = store.resources.get(h.resource_id);
  const zone = timeZone ?? resource?.timezone ?? 'UTC';
  return {
    id: h.id,
    kind: h.kind,
    resource: { id: h.resource_id, name: resource?.name ?? '' },
    project_id: h.project_id,
    start: isoInZone(h.start, zone),
    end: isoInZone(h.end, zone),
    owner_booking_id: h.owner_booking_id,
    seats: h.seats,
    created_at: isoInZone(h.created_at, zone),
    expires_at: isoInZone(h.expires_at, zone),
  };
}

/** A waitlist entry as the owner (and a waitlist webhook) sees it; times in UTC. */
export function renderWaitlistEntry(e: StoredWaitlistEntry, position: number) {
  return {
    id: e.id,
    session_id: e.owner_booking_id,
    name: e.name,
    email: e.email,
    position,
    joined_at: isoInZone(e.created_at, 'UTC'),
    notified_at: e.notified_at === null ? null : isoInZone(e.notified_at, 'UTC'),
  };
}
