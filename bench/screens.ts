/**
 * Writes the screenshot baselines of `e2e/screens.spec.ts` (every step at 1280 and 375 px, dark and
 * Arabic too) into `docs/screens/`, named by step and device (`month-desktop.png`), for the README
 * and for review. `npm run screens` runs the spec with `--update-snapshots` first.
 */
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const from = 'e2e/screens.spec.ts-snapshots';
const to = 'docs/screens';
mkdirSync(to, { recursive: true });
for (const file of readdirSync(from)) {
  const name = file.replace(/-linux(?=\.png$)/, '');
  copyFileSync(join(from, file), join(to, name));
  console.log(`${to}/${name}`);
}
