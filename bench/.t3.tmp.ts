import { chromium } from '@playwright/test';
import { clockStartingAt, startApiServer } from '../src/mock-api/index';
import { initScript, widgetPage } from './firstTimePages';
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
const clock = clockStartingAt(Date.parse('2026-03-10T08:00:00Z'));
const api = await startApiServer({ port: 18812, seed: 'empty', clock });
const made = await fetch(`${api.url}v2/resources`, { method: 'POST', headers: { authorization: `Basic ${Buffer.from(`:${api.keys.appKey}`).toString('base64')}`, 'content-type': 'application/json' }, body: JSON.stringify({ name: 'x', timezone: 'UTC' }) });
const env = { apiBaseUrl: api.url, widgetKey: api.keys.widgetKey, resourceId: ((await made.json()) as any).data.id };
const html = widgetPage(env, { availability: { length: '20 minutes' } });
const srv = createServer((req, res) => { const p = new URL(req.url!, 'http://x').pathname; if (p === '/') return res.end(html); const f = '/work/wt-p' + p; if (existsSync(f)) { res.writeHead(200, { 'content-type': 'text/javascript' }); return res.end(readFileSync(f)); } res.writeHead(404).end(); }).listen(15212, '127.0.0.1');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const ctx = await browser.newContext({ timezoneId: 'Europe/London', locale: 'en-GB' });
const page = await ctx.newPage();
await page.addInitScript({ content: initScript(clock.now() - Date.now(), true) });
await page.goto('http://127.0.0.1:15212/');
await page.waitForFunction('window.__bench.first !== null', null, { timeout: 60000 });
await page.waitForTimeout(1000);
console.log(await page.evaluate(`(async () => {
  const b = window.__bench; const shadow = document.querySelector('[data-booking-widget]').shadowRoot;
  const out = [];
  for (let i = 0; i < 6; i++) {
    await new Promise((r) => setTimeout(r, 300));
    const days = [...shadow.querySelectorAll('td:not([aria-selected="true"]) > button.bw-open')];
    const before = shadow.querySelector('#bw-times-h')?.textContent;
    const t0 = performance.now();
    days[i % 2 ? 0 : 3].click();
    const t1 = performance.now();
    await new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); });
    const t2 = performance.now();
    await new Promise((r) => setTimeout(r, 300));
    out.push([before, shadow.querySelector('#bw-times-h')?.textContent, (t1 - t0).toFixed(1), (t2 - t0).toFixed(1), b.busyBetween(t0, t0 + 300).toFixed(1), shadow.querySelectorAll('.bw-slot').length]);
  }
  return JSON.stringify(out);
})()`));
await browser.close(); srv.close(); await api.close();
