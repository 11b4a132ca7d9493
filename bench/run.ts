/**
 * `npm run bench`: prints the availability engine's timings, the API's loopback throughput, what
 * 200 widget mounts and destroys leave behind in Chromium, and how soon a time can be clicked
 * beside Booking.js v3 and a bare page (bench/first-time.ts, also `npm run bench:first-time`).
 * Figures, not pass/fail (except the racing load run, which fails on a double booking or a wrong seat count):
 * the README says what they measure and what the targets are.
 */
import { runEngineBench } from './engine.bench';
import { runHttpBench } from './http.bench';
import { runLeakBench } from './leaks';
import { runFirstTimeBench } from './first-time';

console.log('# Availability engine (in process, no HTTP)\n');
await runEngineBench();
console.log('\n# Mock API over loopback HTTP\n');
await runHttpBench();
console.log('\n# Racing bookings and seat requests over loopback HTTP (no double booking, seats exactly full)\n');
{
  const { runLoad, describeLoad } = await import('../src/mock-api/testing/load');
  const r = await runLoad({ bookings: 3000, seats: 2000, slots: 100, maxSeats: 500, concurrency: 100 });
  console.log(describeLoad(r));
  if (r.doubleBooked || r.problems.length || r.seatsTaken !== r.maxSeats || Object.keys(r.statuses).some((s) => Number(s) >= 500)) {
    console.error('Load run found a problem:', r.problems);
    process.exitCode = 1;
  }
}
console.log('\n# Widget mount and destroy in Chromium (leaks)\n');
await runLeakBench();
console.log('\n# First clickable time: this widget, Booking.js v3 and the floor (Chromium)\n');
await runFirstTimeBench();
