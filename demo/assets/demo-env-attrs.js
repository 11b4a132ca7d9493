// Demo pages only: point every widget on the page at the local mock API the demo server started
// (window.DEMO_ENV from /demo-env.js). Real pages write data-api-base-url / data-app-key directly.
for (const el of document.querySelectorAll('[data-booking-widget], booking-widget, [data-booking-popup], [data-booking-floating-button]')) {
  if (!el.hasAttribute('data-api-base-url')) el.setAttribute('data-api-base-url', window.DEMO_ENV.apiBaseUrl);
  if (!el.hasAttribute('data-app-key')) el.setAttribute('data-app-key', window.DEMO_ENV.widgetKey);
}
