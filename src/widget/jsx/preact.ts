/**
 * `<booking-widget>` in Preact's JSX: `import type {} from 'embeddable-booking-widget/jsx/preact'`
 * once (or list it in tsconfig `types`). Call `defineBookingElement()` in the browser first.
 */
import type { HTMLAttributes } from 'preact';
import type { BookingWidgetAttributes } from './attributes';

declare module 'preact' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'booking-widget': HTMLAttributes<HTMLElement> & BookingWidgetAttributes;
    }
  }
}
export {};
