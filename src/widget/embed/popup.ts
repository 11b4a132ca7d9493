import { effect } from '../signals';
import { configFromAttributes } from '../config/fromAttributes';
import type { ConfigError, WidgetConfig } from '../config/types';
import { warnUnknown } from '../config/unknownKeys';
import { mount } from '../mount';
import css from '../styles/popup.css?inline';

/** A widget in a modal dialog: `open()` shows it, `close()` (or Esc, the close button, the backdrop) takes it away for good. */
export interface Popup {
  open(): void;
  close(): void;
}

/** Extras of `createPopup`. */
export interface PopupOptions {
  /** The element that opens it: focus returns there, and the popup's events fire on it. */
  trigger?: HTMLElement | null;
  /** Config problems found before (a bad `data-config`), shown in the widget's error view. */
  initialErrors?: ConfigError[];
  /** Called once the dialog has closed and the widget is gone. */
  onClosed?: () => void;
}

/**
 * Mounts a widget into a closed native `<dialog>` at once (so its times load while a visitor
 * hovers the trigger) and returns how to open and close it. The dialog is modal (`showModal`:
 * focus moves in and stays, the page is inert), closes on Esc, its close button and the backdrop,
 * fills the screen on a phone, stops the page scrolling while open, and gives focus back to the
 * trigger. Fires `booking:popup-opened` / `booking:popup-closed` on the trigger (else its host).
 * @example createPopup({ app_key: 'test_widget_key_demo', project_slug: 'doc-brown' }).open()
 */
export function createPopup(config: WidgetConfig, options: PopupOptions = {}): Popup {
  const doc = options.trigger?.ownerDocument ?? document;
  const host = doc.createElement('div');
  host.setAttribute('data-booking-popup-host', '');
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.innerHTML = `<style>${css}</style><dialog part="popup"><div class="bar"><button type="button" class="close" part="popup-close"><span aria-hidden="true">×</span></button></div><div class="body"></div></dialog>`;
  const dialog = shadow.querySelector('dialog')!;
  const closeButton = shadow.querySelector<HTMLButtonElement>('.close')!;
  doc.body.append(host);
  const handle = mount(shadow.querySelector('.body')!, config, { initialErrors: options.initialErrors });
  // The dialog's name and the close button's follow the widget's language once it has loaded.
  const stopNames = effect(() => {
    const i18n = handle.model.i18n.value;
    dialog.setAttribute('aria-label', handle.model.config.value.ui.display_name || i18n.t('popup_label'));
    closeButton.setAttribute('aria-label', i18n.t('popup_close'));
    // The dialog and its close bar sit outside the widget's root: they carry its language too.
    dialog.lang = i18n.locale;
    dialog.dir = i18n.dir;
    // Full screen on a phone, the dialog's own background shows around the widget: in its theme.
    dialog.dataset.theme = handle.model.config.value.ui.theme ?? 'light';
  });
  const target = options.trigger ?? host;
  const fire = (type: string) => target.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true }));
  let overflow = '';
  let opened = false;
  closeButton.addEventListener('click', () => dialog.close());
  // A click on the dialog box itself (not its content) is a click on the backdrop.
  dialog.addEventListener('click', (event) => event.target === dialog && dialog.close());
  dialog.addEventListener('close', () => {
    doc.documentElement.style.overflow = overflow;
    stopNames();
    handle.destroy();
    host.remove();
    options.onClosed?.();
    if (!opened) return;
    options.trigger?.focus();
    fire('booking:popup-closed');
  });
  return {
    open() {
      if (dialog.open || !host.isConnected) return;
      overflow = doc.documentElement.style.overflow;
      doc.documentElement.style.overflow = 'hidden';
      dialog.showModal();
      opened = true;
      fire('booking:popup-opened');
    },
    close: () => (dialog.open ? dialog.close() : dialog.dispatchEvent(new Event('close'))),
  };
}

/**
 * Creates the popup of `config` and opens it at once (`openPopup` of the npm build and the global).
 * @example showPopup({ app_key: 'test_widget_key_demo', project_slug: 'doc-brown' }).close()
 */
export function showPopup(config: WidgetConfig): Popup {
  const popup = createPopup(config);
  popup.open();
  return popup;
}

const popups = new WeakMap<Element, Popup>();
const warned = new WeakSet<Element>();

/**
 * A `[data-booking-popup]` trigger was hovered or focused (`pointerover`, `focusin`: prepare its
 * popup, which starts loading the times) or clicked (`click`: open it). One popup per trigger.
 * @example popupEvent(document.querySelector('[data-booking-popup]')!, 'click')
 */
export function popupEvent(trigger: HTMLElement, type: string): void {
  let popup = popups.get(trigger);
  if (!popup) {
    if (!warned.has(trigger)) warnUnknown(undefined, trigger);
    warned.add(trigger);
    const { config, errors } = configFromAttributes((name) => trigger.getAttribute(`data-${name}`));
    popup = createPopup(config, { trigger, initialErrors: errors, onClosed: () => popups.delete(trigger) });
    popups.set(trigger, popup);
  }
  if (type === 'click') popup.open();
}
