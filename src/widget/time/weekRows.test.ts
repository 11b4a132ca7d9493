import { describe, expect, it } from 'vitest';
import { groupSlotsByDay, type WidgetSlot } from './slots';
import { weekRows } from './weekRows';

const at = (start: string, name = 'Doc'): WidgetSlot => ({ start, end: start, resources: [{ id: name, name, timezone: 'UTC' }] });
const WEEK = ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29'];
const now = new Date('2026-11-20T00:00:00Z');

describe('weekRows', () => {
  it('lines times up across days, in time order, whatever day they first appear on', () => {
    const slots = [at('2026-11-24T19:30:00Z'), at('2026-11-25T00:00:00Z'), at('2026-11-25T19:30:00Z'), at('2026-11-26T09:00:00Z')];
    const rows = weekRows(groupSlotsByDay(slots, 'UTC', now), WEEK, 'UTC');
    expect(rows.map((r) => r.time)).toEqual(['00:00', '09:00', '19:30']);
    expect(rows[2].cells.map((c) => c.length)).toEqual([0, 1, 1, 0, 0, 0, 0]);
    expect(rows[0].cells[2][0].start).toBe('2026-11-25T00:00:00Z');
  });

  it('reads the time of day in the visitor zone, and keeps two resources at one time in one cell', () => {
    const slots = [at('2026-11-24T14:00:00Z', 'Doc'), at('2026-11-24T14:00:00Z', 'Marty')];
    const rows = weekRows(groupSlotsByDay(slots, 'Asia/Kolkata', now), WEEK, 'Asia/Kolkata');
    expect(rows).toHaveLength(1);
    expect(rows[0].time).toBe('19:30');
    expect(rows[0].cells[1].map((s) => s.resources[0].name)).toEqual(['Doc', 'Marty']);
  });

  it('has no rows for a week without times', () => {
    expect(weekRows(new Map(), WEEK, 'UTC')).toEqual([]);
  });
});
