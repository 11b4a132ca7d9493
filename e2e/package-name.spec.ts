import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { expect, test } from './fixtures';

const run = promisify(execFile);

test('the README install line names this package, and the registry does not have that name for someone else', async () => {
  const readme = readFileSync('README.md', 'utf8');
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; description: string };
  const install = /^npm install (\S+)$/m.exec(readme);
  expect(install?.[1]).toBe(pkg.name);
  let answer: { name?: string; description?: string } | null = null;
  try {
    answer = JSON.parse((await run('npm', ['view', pkg.name, 'name', 'description', '--json'], { timeout: 30_000 })).stdout);
  } catch (e) {
    const out = String((e as { stdout?: string }).stdout ?? '') + String((e as { stderr?: string }).stderr ?? '');
    test.skip(!/E404/.test(out), `the registry could not be asked: ${out.slice(0, 200)}`);
  }
  // Free (404), or taken by this very package once published.
  if (answer) expect(answer.description).toBe(pkg.description);
});
