/**
 * What every start loads before it shows anything, as a file of its own: the script build fetches it
 * (`booking-config-<hash>.js` beside `booking.js`) as the script starts, alongside the first request
 * and the language file, so `booking.js` carries none of it and sends that request sooner: the
 * config's validation table and the manage-link reader, the reader of error answers (`toApiError`),
 * the views table, and the first screen's drawing (`drawWidget`: Preact, the components, the CSS).
 * The steps file is asked for from here (`importStepsFile`): its components build on this file's
 * (the week and list views import the time buttons, which stay here). The npm build makes it an
 * ordinary `import()`.
 */
export { validateConfig } from '../validateConfig';
export { manageLink } from '../manageLink';
export { mapView } from '../mapView';
export { toApiError } from '../../api/toApiError';
export { loadSlots } from '../../model/loadSlots';
export { VIEWS } from '../../views';
export { drawWidget } from '../../ui/drawWidget';
/** The steps file (`steps/index.ts`), asked for from here: its components build on this file's. */
export const importStepsFile = () => import('../../steps/index');
