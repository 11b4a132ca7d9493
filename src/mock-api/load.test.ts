import { describe, expect, it } from 'vitest';
import { describeLoad, runLoad } from './testing/load';

describe('loopback load (short form; npm run bench runs a longer one)', () => {
  it('several hundred racing bookings and seat requests: one booking per slot, seats exactly full, no 5xx', async () => {
    const r = await runLoad({ bookings: 300, seats: 200, slots: 20, maxSeats: 50, concurrency: 50 });
    console.log(`[load] ${describeLoad(r)}`);
    expect(Object.keys(r.statuses).filter((s) => Number(s) >= 500)).toEqual([]);
    expect(r.statuses[201]).toBe(20 + 50);
    expect(r.statuses[422]).toBe(300 - 20 + 200 - 50);
    expect(r.doubleBooked).toBe(0);
    expect(r.seatsTaken).toBe(50);
    expect(r.problems).toEqual([]);
  }, 120_000);
});
