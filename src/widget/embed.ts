/**
 * The `<script src="booking.js">` entry: Booking.js v3's `window.TimekitBooking` (with autoload of
 * `window.timekitBookingConfig`), `[data-booking-widget]` elements, `<booking-widget>`, and popups
 * (`[data-booking-popup]`, `[data-booking-floating-button]`, `TimekitBooking.openPopup(config)`).
 */
import { defineBookingElement } from './embed/defineBookingElement';
import { mountMarked } from './embed/mountMarked';
import { TimekitBooking, findTarget } from './embed/TimekitBooking';
import { findPopups } from './embed/popupTriggers';
import type { WidgetConfig } from './config/types';
import { loadCheck } from './config/loadCheck';
import { setScriptUrl } from './i18n/catalogFolder';
import { setStyleNonce } from './styles/adoptStyles';

// Only while this script runs does `document.currentScript` name it: the translations are fetched
// from `locales/` beside it (unless `ui.localization_url` says otherwise), and its CSP nonce serves
// the <style> fallback of browsers without constructable stylesheets.
const script = document.currentScript as HTMLScriptElement | null;
setScriptUrl(script?.src || undefined);
setStyleNonce(script?.nonce);

const w = window as unknown as {
  TimekitBooking?: typeof TimekitBooking;
  timekitBookingConfig?: WidgetConfig;
  timekitBookingInstance?: TimekitBooking;
};
w.TimekitBooking = TimekitBooking;
defineBookingElement();

/** `final`: the document is parsed; before that, an autoload target that is not there yet is waited for. */
function boot(final: boolean) {
  mountMarked(document);
  findPopups(document);
  const config = w.timekitBookingConfig;
  if (!config || config.autoload === false || w.timekitBookingInstance) return;
  if (!final && !findTarget(config.el, document)) return;
  w.timekitBookingInstance = new TimekitBooking().init(config);
}

// The widgets start in a microtask: still before the page's next script and before any other task,
// but with this script's outer function (the whole bundle) off the stack. A request made under it
// (the config-check file, the times) has its initiator's stack captured where devtools or a test
// browser watch the network, which first re-parses that whole function for line numbers: about 30 ms
// before the first request left, measured in headless Chromium.
queueMicrotask(() => {
  // Every widget's start needs the config-check file: ask for it now, before any widget is found.
  void loadCheck();
  const loading = document.readyState === 'loading';
  boot(!loading);
  if (loading) document.addEventListener('DOMContentLoaded', () => boot(true), { once: true });
});
