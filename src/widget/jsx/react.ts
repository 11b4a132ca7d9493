/**
 * `<booking-widget>` in React's JSX: `import type {} from 'embeddable-booking-widget/jsx/react'`
 * once (or list it in tsconfig `types`). Call `defineBookingElement()` in the browser first.
 */
import type * as React from 'react';
import type { BookingWidgetAttributes } from './attributes';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'booking-widget': React.DetailedHTMLProps<React.HTMLAttributes<HTMLElement>, HTMLElement> & BookingWidgetAttributes;
    }
  }
}
export {};
