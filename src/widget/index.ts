/**
 * The npm entry: `mount`, the Preact `<BookingWidget>` component (React: `./react`), `defineBookingElement`,
 * `openPopup` and the types.
 * Importing it touches neither window nor document (safe in Node and during SSR).
 */
export { getHandle, type MountOptions, type WidgetHandle } from './mount';
export { mount } from './mountInBrowser';
export { BookingWidget, type BookingWidgetProps } from './BookingWidget';
export { defineBookingElement } from './embed/defineBookingElement';
export { openPopup, showFloatingButton, watchPopups, type PopupHandle } from './embed/popupTriggers';
export { TimekitBooking } from './embed/TimekitBooking';
export { validateConfig, formatConfigError } from './config/validateConfig';
export { configFromAttributes } from './config/fromAttributes';
export { createHttpBackend, type HttpBackendOptions } from './api/timekit/createHttpBackend';
export { ApiError, type ApiErrorKind } from './api/ApiError';
export type { ApiResponse, BookingBackend, ProjectRef, GroupSessionsParams, RescheduleRequest } from './api/types';
export type {
  WidgetConfig,
  ResolvedConfig,
  UiConfig,
  CustomerFieldConfig,
  Callbacks,
  CallbackName,
  ConfigError,
  AvailabilityView,
  AvailabilityViewName,
  FieldFormat,
  FloatingButtonPosition,
  Theme,
} from './config/types';
export { KNOWN_KEYS } from './config/knownKeys';
export { unknownKeys, unknownAttributes, warnUnknown } from './config/unknownKeys';
export type { WidgetEventName } from './model/events';
export { ALL_EVENT_CALLBACKS as EVENT_CALLBACKS } from './model/allEvents';
export type { WidgetSlot } from './time/slots';
export { VERSION } from './version';
