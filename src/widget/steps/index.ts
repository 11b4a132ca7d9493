/**
 * The steps a visitor reaches only after an action: the booking form (after picking a time), the
 * confirmation (after booking) and the time-zone search (after opening it). The script build puts
 * them, with their styles, in a second file beside `booking.js` that is fetched while the visitor
 * looks at the calendar (see `loadSteps.ts`); the npm build makes them an ordinary `import()` chunk.
 */
export { BookingForm } from '../ui/BookingForm';
export { Confirmation } from '../ui/Confirmation';
export { ZoneSearch } from '../ui/ZoneSearch';
export { default as css } from '../styles/steps.css?inline';
