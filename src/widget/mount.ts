import { effect, untracked } from './signals';
import type { Booking } from '../wire/index';
import type { BookingBackend } from './api/types';
import type { ConfigError, WidgetConfig } from './config/types';
import { BookingModel } from './model/BookingModel';
import { detectTimeZone } from './i18n/timezones';
import { adoptStyles } from './styles/adoptStyles';
import { retryStart } from './model/retryStart';

/** What `mount` returns: change the config, or take the widget away. */
export interface WidgetHandle {
  /** Merges `partial` over the config and reloads (project, times). */
  update(partial: WidgetConfig): void;
  /** Unmounts, aborts requests in flight, empties the shadow root. */
  destroy(): void;
  /**
   * Payment graphs: the host took the payment of `bookingId` (its server called
   * `PUT /v2/bookings/:id/pay`); the confirmation shows "Paid". Pass the API's answer to show it
   * as is. False when this widget is not showing that booking.
   */
  markPaid(bookingId: string, booking?: Booking): boolean;
  /** The model (state and actions) of this widget. */
  readonly model: BookingModel;
}

/** Extras for tests and embedders. */
export interface MountOptions {
  /** Talk to this backend instead of the one the config's `backend` names (tests, custom transports). */
  backend?: BookingBackend;
  /** The fetch the config's backend uses (default: the global one). */
  fetch?: typeof fetch;
  /** The clock (tests). */
  now?: () => Date;
  /** Config problems found before mounting (e.g. bad `data-config`), shown in the error view. */
  initialErrors?: ConfigError[];
  /**
   * The page's CSP nonce, for browsers without constructable stylesheets: the CSS then goes in as
   * `<style nonce>`. The script build takes its own `<script nonce>` by default.
   */
  nonce?: string;
}

const HANDLE = Symbol.for('booking-widget.handle');
type Host = Element & { [HANDLE]?: WidgetHandle };

/** The handle of a widget mounted on `el`, if any. */
export function getHandle(el: Element): WidgetHandle | undefined {
  return (el as Host)[HANDLE];
}

function shadowFor(el: Element): ShadowRoot {
  if (el.shadowRoot) return el.shadowRoot;
  try {
    return el.attachShadow({ mode: 'open' });
  } catch {
    // Elements that cannot host a shadow root (e.g. <table>) get a child that can.
    const child = el.ownerDocument.createElement('div');
    el.appendChild(child);
    return child.attachShadow({ mode: 'open' });
  }
}

/**
 * Mounts a widget into an element (or the first match of a selector), isolated in an open shadow
 * root. Mounting again on the same element replaces the earlier widget.
 * @example const w = mount('#booking', { app_key: 'test_widget_key_demo', resources: ['1111…'] }); w.update({ ui: { theme: 'dark' } });
 */
export function mount(target: Element | string, config: WidgetConfig = {}, options: MountOptions = {}): WidgetHandle {
  const el = (typeof target === 'string' ? document.querySelector(target) : target) as Host | null;
  if (!el) {
    const message = `Booking widget: no element matches "${String(target)}" (check \`el\` or the selector passed to mount)`;
    console.error(message);
    throw new Error(message);
  }
  el[HANDLE]?.destroy();
  const doc = el.ownerDocument;
  const win = doc.defaultView;
  const shadow = shadowFor(el);
  const container = doc.createElement('div');
  shadow.append(container);
  const model = new BookingModel({
    ...options,
    config,
    dispatch: (type, detail) => el.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true })),
    search: win?.location.search ?? '',
    detectTimeZone,
    pageLang: doc.documentElement.lang || undefined,
    navigatorLanguages: win?.navigator.languages,
  });
  const since = performance.now();
  // The requests leave first (start sends them in this task). The components, the CSS and the
  // config check come in one file, fetched alongside (`config/loadCheck.ts`): the widget is drawn
  // when the start has it. Until then it shows nothing, as it would while its loading screen waits.
  void model.start();
  let undraw: (() => void) | undefined;
  let offline: (() => void) | undefined;
  const stopDrawing = effect(() => {
    const check = model.check.value;
    if (check) {
      offline = void offline?.();
      undraw ??= untracked(() => check.drawWidget({ shadow, container, model, nonce: options.nonce, since }));
    } else if (model.phase.value === 'error') offline ??= offlineNotice(shadow, container, model, options.nonce);
  });
  // Misspelt keys and attributes are warned about once the steps file (which holds the table of
  // known keys) is there; the first screen does not carry it. (`steps` changes once: one warning.)
  const stopWarning = effect(() => model.steps.value?.warnUnknown(config, el));
  const handle: WidgetHandle = {
    model,
    update: (partial) => void model.update(partial),
    markPaid: (bookingId, booking) => model.markPaid(bookingId, booking),
    destroy() {
      stopWarning();
      stopDrawing();
      model.dispose();
      undraw?.();
      container.remove();
      if (el[HANDLE] === handle) delete el[HANDLE];
    },
  };
  el[HANDLE] = handle;
  return handle;
}

/**
 * The offline notice's few styles (the widget's own travel in the file that could not be loaded): a
 * frame in the page's own text colour and background, and the widget's button (`--bw-accent`).
 */
const OFFLINE_CSS =
  '.bw-offline{font:15px/1.45 var(--bw-font,system-ui,sans-serif);border:1px solid #8888;border-radius:var(--bw-radius,10px);padding:var(--bw-space,16px)}' +
  '.bw-offline button{margin-top:12px;font:inherit;padding:8px 16px;border:0;border-radius:8px;background:var(--bw-accent,#2456e6);color:var(--bw-accent-fg,#fff)}' +
  '.bw-offline button[aria-disabled]{cursor:progress}';

/**
 * What shows when the file with the components could not be downloaded (offline): the network
 * error and Try again, which starts again (and asks for the file anew). While it tries, the button
 * says so and ignores clicks (it keeps the focus: `aria-disabled`, not `disabled`); when the
 * widget can draw, the notice goes and the calendar's heading takes the focus (`retryStart`);
 * when the file fails again, the message is put in anew, so the alert is read again. Plain DOM
 * with a few styles of its own. Returns what takes it away.
 */
function offlineNotice(shadow: ShadowRoot, container: HTMLElement, model: BookingModel, nonce?: string): () => void {
  const doc = container.ownerDocument;
  const { t, dir, locale } = model.i18n.peek();
  const box = doc.createElement('div');
  box.className = 'bw-offline';
  box.setAttribute('role', 'alert');
  box.dir = dir;
  box.lang = locale;
  let message = doc.createElement('div');
  message.textContent = t('error_network');
  const retry = doc.createElement('button');
  retry.type = 'button';
  retry.textContent = t('retry');
  retry.onclick = async () => {
    if (retry.getAttribute('aria-disabled')) return;
    retry.setAttribute('aria-disabled', 'true');
    retry.textContent = t('loading_step');
    try {
      await retryStart(model);
    } finally {
      // Still shown: the file failed again. The button is back; the message goes in anew, to be read again.
      if (box.isConnected) {
        retry.removeAttribute('aria-disabled');
        retry.textContent = t('retry');
        message.replaceWith((message = message.cloneNode(true) as HTMLDivElement));
      }
    }
  };
  box.append(message, retry);
  container.append(box);
  const unstyle = adoptStyles(shadow, OFFLINE_CSS, nonce);
  return () => {
    box.remove();
    unstyle();
  };
}
