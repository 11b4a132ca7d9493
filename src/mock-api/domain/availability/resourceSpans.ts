import type { Family, Rule } from './parseConstraint';
import { parseTimestamp } from './parseTimestamp';
import type { LocalDay } from './localDays';
import { intersectSpans, mergeSpans } from './spans';
import type { BusyInterval, Span } from './types';
import { wallToUtc } from './zoneOffset';

const MINUTE = 60_000;

/** A resource's time over the computed days: where slots may lie and what they must not touch. */
export interface ResourceSpans {
  /**
   * Merged open windows: per family the union of its allows, intersected across the families that
   * have any; the whole range when there is no allow at all.
   */
  open: Span[];
  /** Merged closed time: blocks, plus every busy interval widened by the buffer on both sides. */
  closed: Span[];
}

/**
 * Reads `rules` as wall-clock time in `zone` on each of `days` and turns them, with the busy
 * intervals, into merged instant spans. Allows open time, blocks close it, blocks win. Allows of
 * one family (days, hours, day_and_time, period) unite; the families intersect, so
 * `allow_weekdays` + `allow_hours 9-17` is weekdays 9-17 (our reading of the contract).
 * @example resourceSpans('Europe/Berlin', rules, busy, 0, localDays('Europe/Berlin', from, to))
 */
export function resourceSpans(
  zone: string,
  rules: readonly Rule[],
  busy: readonly BusyInterval[],
  bufferMs: number,
  days: readonly LocalDay[],
): ResourceSpans {
  const rangeStart = days[0].start;
  const rangeEnd = days[days.length - 1].end;
  const allows = new Map<Family, Span[]>();
  const closed: Span[] = [];
  for (const rule of rules) {
    let into = closed;
    if (rule.effect === 'allow') {
      // A family with an allow restricts even when none of its spans falls in the range.
      into = allows.get(rule.family) ?? [];
      allows.set(rule.family, into);
    }
    if (rule.kind === 'period') {
      const start = Math.max(rangeStart, parseTimestamp(rule.start, zone) ?? rangeEnd);
      const end = Math.min(rangeEnd, parseTimestamp(rule.end, zone) ?? rangeStart);
      if (end > start) into.push({ start, end });
      continue;
    }
    for (const day of days) {
      if ((rule.days & (1 << day.dow)) === 0) continue;
      const start = rule.start === 0 ? day.start : wallToUtc(zone, day.wall + rule.start * MINUTE);
      const end = rule.end === 1440 ? day.end : wallToUtc(zone, day.wall + rule.end * MINUTE);
      into.push({ start, end });
    }
  }
  for (const b of busy) {
    if (b.end + bufferMs > rangeStart && b.start - bufferMs < rangeEnd) {
      closed.push({ start: b.start - bufferMs, end: b.end + bufferMs });
    }
  }
  let open: Span[] = [{ start: rangeStart, end: rangeEnd }];
  for (const spans of allows.values()) open = intersectSpans(open, mergeSpans(spans));
  return { open, closed: mergeSpans(closed) };
}
