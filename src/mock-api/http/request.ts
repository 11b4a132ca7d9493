import type { Context } from 'hono';
import { invalid } from './errors';
import { zoneProblem } from './fields';

/** The `?include=a,b.c` list as a set. */
export function includes(c: Context): Set<string> {
  return new Set(
    (c.req.query('include') ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );
}

/** The `Timekit-Timezone` header, validated; undefined when not sent. */
export function requestTimeZone(c: Context): string | undefined {
  const zone = c.req.header('timekit-timezone');
  if (zone === undefined || zone === '') return undefined;
  const problem = zoneProblem(zone);
  if (problem) throw invalid('Timekit-Timezone', problem);
  return zone;
}
