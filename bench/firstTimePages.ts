/**
 * The pages `bench/first-time.ts` loads, and the script it installs in each before any page script.
 * Page-side code is kept as plain JavaScript text (tsx would wrap named functions in a helper the
 * page lacks).
 */

/** What the pages need to reach the API. */
export interface PageEnv {
  apiBaseUrl: string;
  widgetKey: string;
  resourceId: string;
}

/** What the page logs (`console.debug`) once a time can be clicked. */
export const FIRST_SIGNAL = 'bench:first-time';

/** Elements that count as "a bookable time" on each page: ours, Booking.js (week and list), the floor's. */
const TIME_SELECTOR = '.bw-slot, .fc-event, .fc-list-event, #floor-time';

/**
 * Installed before any page script (`addInitScript`). It
 * - moves the page's `Date` by `shift` ms, to the API's fixed clock (timers and `performance` stay real);
 * - records in `window.__bench`: `first` (ms after navigation when a time button is in the DOM, visible
 *   and enabled, and the task that added it has ended: it can be clicked), long tasks, layout shift;
 * - logs {@link FIRST_SIGNAL} at that moment, which the loader waits for: a Playwright
 *   `waitForFunction` would first compile Playwright's own injected script in the page (15–30 ms of
 *   main-thread time, at a random moment of the load we measure).
 */
export function initScript(shift: number): string {
  return `(() => {
  const RealDate = Date, shift = ${shift};
  function ShiftedDate(a) {
    if (!new.target) return new RealDate(RealDate.now() + shift).toString();
    if (arguments.length === 0) return new RealDate(RealDate.now() + shift);
    return arguments.length === 1 ? new RealDate(a) : Reflect.construct(RealDate, arguments);
  }
  ShiftedDate.prototype = RealDate.prototype;
  ShiftedDate.now = () => RealDate.now() + shift;
  ShiftedDate.UTC = RealDate.UTC;
  ShiftedDate.parse = RealDate.parse;
  window.Date = ShiftedDate;

  const bench = (window.__bench = { first: null, longTasks: [], cls: 0 });
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) bench.longTasks.push(e.duration); }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) bench.cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
  } catch {}

  const roots = [document];
  const find = () => {
    for (const r of roots) {
      const el = r.querySelector(${JSON.stringify(TIME_SELECTOR)});
      if (el && !el.disabled && el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return el;
    }
    return null;
  };
  // A mutation schedules one check for after the task that made it (coalesced): the time counts
  // once that task has ended, when a click on it could be handled. Frames catch style-only changes.
  let waiting = false;
  const ch = new MessageChannel();
  ch.port1.onmessage = () => { waiting = false; if (bench.first === null && find()) { bench.first = performance.now(); console.debug(${JSON.stringify(FIRST_SIGNAL)}); } };
  const check = () => {
    if (bench.first !== null || waiting) return;
    waiting = true;
    ch.port2.postMessage(0);
  };
  const mo = new MutationObserver(check);
  mo.observe(document, { childList: true, subtree: true });
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    roots.push(root);
    mo.observe(root, { childList: true, subtree: true });
    return root;
  };
  const frame = () => { check(); if (bench.first === null) requestAnimationFrame(frame); };
  requestAnimationFrame(frame);

})();`;
}

/**
 * This widget by data attributes; `config` goes to `data-config`. Its script tag is the README's
 * (`async`), or with `tag: 'plain'` a parser-blocking `<script src>`, as Booking.js pages have it.
 */
export function widgetPage(env: PageEnv, config: object = {}, view?: string, tag: 'async' | 'plain' = 'async'): string {
  const attrs = [
    `data-app-key="${env.widgetKey}"`,
    `data-api-base-url="${env.apiBaseUrl}"`,
    `data-resources="${env.resourceId}"`,
    `data-length="1 hour"`,
    view ? `data-view="${view}"` : '',
    Object.keys(config).length ? `data-config='${JSON.stringify(config)}'` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>This widget</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><main><h1>Book a time</h1><div data-booking-widget ${attrs}></div></main>
<script${tag === 'async' ? ' async' : ''} src="/dist/booking.js"></script></body></html>`;
}

/** Booking.js v3 (`timekit-booking`'s own build and CSS), autoloaded from its global config. */
export function bookingJsPage(env: PageEnv): string {
  const config = { app_key: env.widgetKey, api_base_url: env.apiBaseUrl, resources: [env.resourceId], availability: { length: '1 hour' } };
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Booking.js v3</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/vendor/timekit-booking/booking.min.css"></head>
<body><main><h1>Book a time</h1><div id="bookingjs"></div></main>
<script>window.timekitBookingConfig = ${JSON.stringify(config)};</script>
<script src="/vendor/timekit-booking/booking.min.js"></script></body></html>`;
}

/** The floor's script: it fetches the same availability and draws one button for the first time. */
export function floorScript(env: PageEnv): string {
  return `fetch(${JSON.stringify(`${env.apiBaseUrl}v2/availability`)}, {
  method: 'POST',
  headers: { authorization: 'Basic ' + btoa(':' + ${JSON.stringify(env.widgetKey)}), 'content-type': 'application/json' },
  body: JSON.stringify({ output_timezone: Intl.DateTimeFormat().resolvedOptions().timeZone, resources: [${JSON.stringify(env.resourceId)}], length: '1 hour' }),
}).then((r) => r.json()).then(({ data }) => {
  const b = document.createElement('button');
  b.id = 'floor-time';
  b.textContent = new Date(data[0].start).toLocaleTimeString([], { hour: 'numeric', minute: '2-digit' });
  document.querySelector('main').append(b);
});`;
}

/**
 * The floor: the floor's script inline in the page. With `src`, the same script as a file of its own
 * (`<script src>`, as any embed is): how much of the way to the floor a script file alone costs.
 */
export function floorPage(env: PageEnv, src?: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Floor</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><main><h1>Book a time</h1></main>${src ? `<script src="${src}"></script>` : `<script>\n${floorScript(env)}\n</script>`}</body></html>`;
}
