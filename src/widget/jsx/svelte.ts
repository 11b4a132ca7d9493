/**
 * `<booking-widget>` in Svelte markup (svelte-check): `import type {} from 'embeddable-booking-widget/jsx/svelte'`
 * once. Call `defineBookingElement()` in the browser.
 */
import type { HTMLAttributes } from 'svelte/elements';
import type { BookingWidgetAttributes } from './attributes';

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'booking-widget': HTMLAttributes<HTMLElement> & BookingWidgetAttributes;
  }
}
export {};
