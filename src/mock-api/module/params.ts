/** The small pieces the Module API routes (`routes.ts`) share: the context, the envelope, path numbers. */
import type { Context } from 'hono';
import type { ModuleEnvelope, ModuleLocale } from '../../wire/bookingtime';
import { isGroupGraph } from '../../wire/index';
import type { StoredProject } from '../domain/types';
import { refuse, text } from './errors';

/** The Module API routes' context: the answer's language. */
export type ModuleEnv = { Variables: { locale: ModuleLocale } };

/** The path's language (its aliases) → the answer's. */
export const LOCALES: Record<string, ModuleLocale> = { en: 'en', de: 'de', en_EN: 'en', de_DE: 'de' };
export const DAY = 86_400_000;

/** Group projects (sessions and their seats) are no booking templates: the Module API has no group sessions. */
export const isGroupProject = (p: StoredProject) => p.booking.graph === 'group_owner' || isGroupGraph(p.booking.graph);

/** The envelope of a successful answer. */
export const ok = <T>(c: Context, content: T, status: 200 | 201 = 200) =>
  c.json({ messageList: [], content } satisfies ModuleEnvelope<T>, status);

/** An integer path parameter within [min, max], else 400 naming it. */
export function intParam(c: Context<ModuleEnv>, name: string, min: number, max: number): number {
  const raw = c.req.param(name) ?? '';
  const n = /^\d{1,4}$/.test(raw) ? Number(raw) : NaN;
  if (!(n >= min && n <= max)) throw refuse(400, name, text(c.get('locale'), 'bad_date', { what: name }));
  return n;
}

/** How many ISO weeks `year` has: 53 when its 28 December is in week 53, else 52. */
export function isoWeeksIn(year: number): number {
  return (Date.UTC(year, 11, 28) - isoWeekStart(year, 1)) / (7 * DAY) >= 52 ? 53 : 52;
}

/** Wall-clock ms (UTC fields) of the Monday of ISO week `week` in `year`. */
export function isoWeekStart(year: number, week: number): number {
  const jan4 = Date.UTC(year, 0, 4);
  const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY;
  return monday + (week - 1) * 7 * DAY;
}
