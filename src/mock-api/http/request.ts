import type { Context } from 'hono';
import { isTimeZone } from '../domain/zones';
import { invalid } from './errors';

/** The `?include=a,b.c` list as a set. */
export function includes(c: Context): Set<string> {
  return new Set((c.req.query('include') ?? '').split(',').map((s) => s.trim()).filter(Boolean));
}

/** The `Timekit-Timezone` header, validated; undefined when not sent. */
export function requestTimeZone(c: Context): string | undefined {
  const zone = c.req.header('timekit-timezone');
  if (zone === undefined || zone === '') return undefined;
  if (!isTimeZone(zone)) throw invalid('Timekit-Timezone', `"${String(zone).slice(0, 64)}" is not a known IANA time zone such as "Europe/Berlin"`);
  return zone;
}
