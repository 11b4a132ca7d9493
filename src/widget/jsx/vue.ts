/**
 * `<booking-widget>` in Vue templates (vue-tsc, Volar): `import type {} from 'embeddable-booking-widget/jsx/vue'`
 * once. Tell Vue it is a custom element (`compilerOptions.isCustomElement: (tag) => tag === 'booking-widget'`)
 * and call `defineBookingElement()` in the browser.
 */
import type { DefineComponent } from 'vue';
import type { BookingWidgetAttributes } from './attributes';

declare module 'vue' {
  interface GlobalComponents {
    'booking-widget': DefineComponent<BookingWidgetAttributes>;
  }
}
export {};
