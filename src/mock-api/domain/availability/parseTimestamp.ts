import { wallToUtc } from './zoneOffset';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;

/**
 * A period timestamp in epoch ms. With an offset (`2026-03-29T09:00:00+02:00`, `…Z`) it is an
 * instant; without one (`2026-03-29T09:00`, `2026-03-29`) it is wall-clock time in `zone`, the
 * resource's own zone. `null` when the text is not an ISO 8601 date(-time).
 * @example parseTimestamp('2026-03-29', 'Europe/Berlin') // Date.UTC(2026, 2, 28, 23)
 */
export function parseTimestamp(text: unknown, zone: string): number | null {
  if (typeof text !== 'string') return null;
  const m = ISO.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '', tz] = m;
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(Number(y), month)) return null;
  if (hour > 24 || Number(mi) > 59 || Number(s) > 59) return null;
  if (hour === 24 && (Number(mi) > 0 || Number(s) > 0)) return null;
  const ms = frac === '' ? 0 : Math.round(Number(`0.${frac}`) * 1000);
  const wall = Date.UTC(Number(y), month - 1, day, hour, Number(mi), Number(s), ms);
  if (tz === undefined) return wallToUtc(zone, wall);
  if (tz === 'Z' || tz === 'z') return wall;
  const sign = tz[0] === '-' ? -1 : 1;
  const digits = tz.slice(1).replace(':', '');
  const offH = Number(digits.slice(0, 2));
  const offM = digits.length > 2 ? Number(digits.slice(2)) : 0;
  if (offH > 23 || offM > 59) return null;
  return wall - sign * (offH * 60 + offM) * 60_000;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
