import { brandPalette } from '../color/contrast';
import { configFromAttributes } from '../config/fromAttributes';
import type { WidgetConfig } from '../config/types';
import { mergeConfig } from '../config/mergeConfig';
import { warnUnknown } from '../config/unknownKeys';
import css from '../styles/popup.css?inline';
import { createPopup, popupEvent, type Popup } from './popup';

const DEFAULT_COLOR = '#2456e6';

/**
 * A button fixed to a corner of the page (`ui.floating_button`: `text`, `position`
 * `bottom-right` | `bottom-left`, `color`, else `ui.brand_color`) that opens the widget in the
 * popup; its times start loading when it is hovered or focused. Its text is its accessible name;
 * the text colour on it is white or ink, whichever reads (4.5:1).
 * @example const fab = floatingButton({ app_key: 'test_widget_key_demo', project_slug: 'doc-brown', ui: { floating_button: { text: 'Book a call' } } }); fab.remove();
 */
export function floatingButton(config: WidgetConfig, doc: Document = document): { remove(): void } {
  const { text = 'Book a time', position = 'bottom-right', color } = config.ui?.floating_button ?? {};
  const palette = brandPalette(color ?? config.ui?.brand_color ?? DEFAULT_COLOR, '#ffffff') ?? brandPalette(DEFAULT_COLOR, '#ffffff')!;
  const host = doc.createElement('div');
  host.setAttribute('data-booking-floating-button-host', '');
  // Inline, so no page rule on divs moves it; the corner gap shrinks on a phone through the shadow's media query.
  host.style.cssText = `position:fixed;z-index:2147483000;bottom:16px;${position === 'bottom-left' ? 'left' : 'right'}:16px;margin:0;padding:0`;
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.innerHTML = `<style>${css}</style><button type="button" class="fab" part="floating-button"></button>`;
  const button = shadow.querySelector<HTMLButtonElement>('button')!;
  button.textContent = text;
  button.style.setProperty('--fab-bg', palette.accent);
  button.style.setProperty('--fab-fg', palette.onAccent);
  let popup: Popup | null = null;
  const prepare = () => (popup ??= createPopup(config, { trigger: button, onClosed: () => (popup = null) }));
  button.addEventListener('pointerover', prepare);
  button.addEventListener('focus', prepare);
  button.addEventListener('click', () => prepare().open());
  doc.body.append(host);
  return {
    remove() {
      popup?.close();
      host.remove();
    },
  };
}

const done = new WeakSet<Element>();

/**
 * Shows the floating button of every `[data-booking-floating-button="Book a call"]` element (its
 * other `data-*` attributes configure the widget) and prepares the popup of every
 * `[data-booking-popup][data-booking-preload]` trigger. Each element once.
 * @example scanPopups(document)
 */
export function scanPopups(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll<HTMLElement>('[data-booking-floating-button]'))) {
    if (done.has(el)) continue;
    done.add(el);
    warnUnknown(undefined, el);
    const { config } = configFromAttributes((name) => el.getAttribute(`data-${name}`));
    const text = el.getAttribute('data-booking-floating-button') || undefined;
    floatingButton(
      mergeConfig<WidgetConfig>(config, { ui: { floating_button: { text: text ?? config.ui?.floating_button?.text ?? 'Book a time' } } }),
      doc,
    );
  }
  for (const el of Array.from(doc.querySelectorAll<HTMLElement>('[data-booking-popup][data-booking-preload]'))) popupEvent(el, 'preload');
}

const watched = new WeakSet<Document>();

/** Opens (click) or prepares (hover, focus) the popup of the `[data-booking-popup]` element an event came from. */
function onTriggerEvent(event: Event) {
  const trigger = (event.target as Element).closest?.<HTMLElement>('[data-booking-popup]');
  if (!trigger) return;
  // A link trigger stays a link without the script; with it, it opens the popup instead.
  if (event.type === 'click') event.preventDefault();
  popupEvent(trigger, event.type);
}

/**
 * Makes every `[data-booking-popup]` element open the widget in a popup when clicked (or
 * activated by keyboard: buttons and links click on Enter and Space), preparing it (its times) on
 * hover or focus; shows `[data-booking-floating-button]` buttons and prepares
 * `[data-booking-preload]` triggers. Listens on `doc`, so triggers added later work too; calling
 * it again scans for new floating buttons and adds no second listener.
 * @example watchPopups(document)
 */
export function watchPopups(doc: Document): void {
  if (!watched.has(doc)) for (const type of ['click', 'pointerover', 'focusin']) doc.addEventListener(type, onTriggerEvent);
  watched.add(doc);
  scanPopups(doc);
}
