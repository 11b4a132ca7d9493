/**
 * What not every visitor needs: the steps reached only after an action (the booking form and the
 * booking itself after picking a time, the confirmation after booking, the time-zone search after
 * opening it, the error view when loading failed) and what only some configs use (week and list views, group sessions, the palette of
 * `ui.brand_color`). The script
 * build puts them, with their styles, in a second file beside `booking.js`, fetched while the
 * visitor looks at the calendar, or with the times when the config needs them for the first screen
 * (see `importSteps.ts`; the model's `StepsModule` names what it must export); the npm build makes them an ordinary `import()` chunk.
 */
export { BookingForm } from '../ui/BookingForm';
export { Confirmation } from '../ui/Confirmation';
export { ZoneSearch } from '../ui/ZoneSearch';
export { ErrorView } from '../ui/ErrorView';
export { WeekView } from '../ui/WeekView';
export { ListView } from '../ui/ListView';
export { SessionButton } from '../ui/SessionButton';
export { SessionWatch } from '../ui/SessionRefresh';
export { default as css } from '../styles/steps.css?inline';
export { submitBooking, createBookingDirect } from '../model/submitBooking';
export { formFields } from '../form/formFields';
export { initialValues } from '../form/fields';
export { validateForm } from '../form/validateForm';
export { enSteps } from '../i18n/enSteps';
export { brandStyle } from '../styles/brandStyle';
export { labelPrice } from '../labels/labelPrice';
export { refreshSeats, setSeats } from '../model/groupSeats';
export { loadGroupSlots } from '../model/loadGroupSlots';
export { watchSessions } from '../model/watchSessions';
export { STEP_EVENT_CALLBACKS } from '../model/stepEvents';
export { warnUnknown } from '../config/unknownKeys';
export { createPopup, popupEvent, showPopup } from '../embed/popup';
export { floatingButton, scanPopups, watchPopups } from '../embed/floatingButton';
export { flowActions } from '../model/flowActions';
export { createHold } from '../model/createHold';
export { startManage } from '../model/createManage';
export { ManageView } from '../ui/ManageView';
export { createWaitlist } from '../model/createWaitlist';
export { WaitlistView } from '../ui/WaitlistView';
