/**
 * The wire shapes of accounts and envelopes: answers' envelopes and error bodies, resources, their
 * calendars, credentials, the app and webhooks (re-exported from `./index`).
 */
import type { BookingState, Constraint, Graph } from './index';

/** `{"data": …}` success envelope. */
export interface DataEnvelope<T> {
  data: T;
}

/** A paginated list answer. */
export interface Paginated<T> extends DataEnvelope<T[]> {
  total: number;
  per_page: number;
  current_page: number;
  last_page: number;
  next_page_url: string | null;
  prev_page_url: string | null;
  from: number | null;
  to: number | null;
}

/** 422 validation error body: field → messages. */
export interface ValidationErrorBody {
  errors: Record<string, string[]>;
}

/** 401/403/404 error body. */
export interface SimpleErrorBody {
  error: string;
}

/** A resource (a person or room that can be booked). */
export interface Resource {
  id: string;
  name: string;
  timezone: string;
  email?: string | null;
  first_name?: string | null;
  last_name?: string | null;
  image?: string | null;
  tags?: string[];
  meta?: Record<string, unknown>;
  availability_constraints?: Constraint[];
  calendars?: Calendar[];
  created_at?: string;
  updated_at?: string;
}

/** A calendar belonging to a resource. */
export interface Calendar {
  id: string;
  resource_id: string;
  name: string;
  description?: string | null;
  primary: boolean;
}

/** A credential (app key or widget key). */
export interface Credential {
  id: string;
  type: 'client-token' | 'server-token';
  token: string;
  scopes: string[];
  referrer: string[] | null;
  expires: string | null;
}

/** The app the keys belong to. */
export interface App {
  id: string;
  slug: string;
  settings: { name: string; [key: string]: unknown };
}

/** Webhook registration. */
export interface Webhook {
  id: string;
  url: string;
  graph: Graph | null;
  state: BookingState | null;
  method: 'post';
  /** Mock API only (our choice): `waitlist` hooks hear freed seats instead of booking states. */
  event?: 'booking' | 'waitlist';
}
