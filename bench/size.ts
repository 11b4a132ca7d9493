/**
 * Prints raw and gzip sizes of the built widget and fails above the budget for `dist/booking.js`.
 * Run after `npm run build`: `npm run size`.
 */
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET_GZIP = 25 * 1024;
const FILES = ['dist/booking.js', 'dist/npm/index.js'];

const kb = (n: number) => `${(n / 1024).toFixed(2)} KB`;
let failed = false;
for (const file of FILES) {
  if (!existsSync(file)) {
    console.error(`${file}: missing, run \`npm run build\` first`);
    failed = true;
    continue;
  }
  const raw = readFileSync(file);
  const gz = gzipSync(raw, { level: 9 }).length;
  const budget = file === 'dist/booking.js' ? BUDGET_GZIP : undefined;
  const over = budget !== undefined && gz > budget;
  if (over) failed = true;
  console.log(`${file.padEnd(20)} raw ${kb(raw.length).padStart(10)}  gzip ${kb(gz).padStart(9)}${budget ? `  (budget ${kb(budget)}${over ? ', OVER by ' + kb(gz - budget) : ', ok'})` : ''}`);
}
process.exit(failed ? 1 : 0);
