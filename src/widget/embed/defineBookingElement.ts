import { getHandle } from '../mount';
import { CONFIG_ATTRIBUTES } from '../config/fromAttributes';
import { mountFromAttributes } from './mountFromAttributes';

/**
 * Defines `<booking-widget app-key="…" resources="…">` (same attributes as the data-attribute
 * embed, with or without `data-`). Defined on call, never at import: Node has no HTMLElement.
 * @example defineBookingElement(); document.body.append(Object.assign(document.createElement('booking-widget'), {}))
 */
export function defineBookingElement(
  tag = 'booking-widget',
  registry: CustomElementRegistry | undefined = globalThis.customElements,
): void {
  // On the server (no custom elements) there is nothing to define: the browser will.
  if (!registry || registry.get(tag)) return;
  const observed = CONFIG_ATTRIBUTES.flatMap((n) => [n, `data-${n}`]);
  registry.define(
    tag,
    class BookingWidgetElement extends HTMLElement {
      static observedAttributes = observed;
      connectedCallback() {
        if (!getHandle(this)) mountFromAttributes(this);
      }
      disconnectedCallback() {
        getHandle(this)?.destroy();
      }
      attributeChangedCallback(_name: string, old: string | null, value: string | null) {
        if (old !== value && this.isConnected && getHandle(this)) mountFromAttributes(this);
      }
    },
  );
}
