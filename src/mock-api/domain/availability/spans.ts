import type { Span } from './types';

/**
 * Sorts spans and joins the ones that overlap or touch, so `[9,12)` and `[12,17)` become `[9,17)`.
 * Empty spans are dropped. The input is not modified.
 * @example mergeSpans([{ start: 5, end: 8 }, { start: 1, end: 5 }]) // [{ start: 1, end: 8 }]
 */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) {
      if (span.end > last.end) last.end = span.end;
    } else {
      merged.push({ start: span.start, end: span.end });
    }
  }
  return merged;
}

/**
 * The time inside both lists: takes two merged, sorted lists (as `mergeSpans` returns) and walks
 * them once. The answer is merged and sorted too (two merged lists never meet in a touching pair).
 * @example intersectSpans([{ start: 0, end: 10 }], [{ start: 2, end: 4 }, { start: 8, end: 12 }])
 * // [{ start: 2, end: 4 }, { start: 8, end: 10 }]
 */
export function intersectSpans(a: readonly Span[], b: readonly Span[]): Span[] {
  const out: Span[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const start = Math.max(a[i].start, b[j].start);
    const end = Math.min(a[i].end, b[j].end);
    if (end > start) out.push({ start, end });
    // Drop whichever span ends first: it cannot overlap anything further along the other list.
    if (a[i].end <= b[j].end) i++;
    else j++;
  }
  return out;
}

/**
 * Answers "does `[start, end)` touch any of these spans?" for start times that never go backwards,
 * walking the merged, sorted list once (a sweep, so a whole grid costs O(grid + spans)).
 */
export class SpanCursor {
  private index = 0;
  constructor(private readonly spans: readonly Span[]) {}

  /** Whether `[start, end)` overlaps a span; `start` must not be smaller than in earlier calls. */
  overlaps(start: number, end: number): boolean {
    this.skipBefore(start);
    const span = this.spans[this.index];
    return span !== undefined && span.start < end;
  }

  /** Whether `[start, end)` lies inside one span; `start` must not be smaller than in earlier calls. */
  contains(start: number, end: number): boolean {
    this.skipBefore(start);
    const span = this.spans[this.index];
    return span !== undefined && span.start <= start && end <= span.end;
  }

  private skipBefore(start: number): void {
    while (this.index < this.spans.length && this.spans[this.index].end <= start) this.index++;
  }
}
