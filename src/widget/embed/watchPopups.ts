import { scanPopups } from './floatingButton';
import { popupEvent } from './popup';

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
