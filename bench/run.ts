/**
 * `npm run bench`: prints the availability engine's timings and the API's loopback throughput.
 * Figures, not pass/fail: the README says what they measure and what the targets are.
 */
import { runEngineBench } from './engine.bench';
import { runHttpBench } from './http.bench';

console.log('# Availability engine (in process, no HTTP)\n');
await runEngineBench();
console.log('\n# Mock API over loopback HTTP\n');
await runHttpBench();
