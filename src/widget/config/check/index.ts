/**
 * What every start loads before it shows anything, as a file of its own: the script build fetches it
 * (a small `booking-config-<hash>.js` beside `booking.js`) as the script starts, alongside the first
 * request and the language file, so `booking.js` carries none of it: the config's validation table
 * and the manage-link reader, the reader of error answers (`toApiError`), and what only a loaded
 * calendar shows: the month's list of times, its days' names and arrow-key moves, and the time
 * buttons (which the steps' week and list views take from here too, through `m.check`). The npm
 * build makes it an ordinary `import()`.
 */
export { validateConfig } from '../validateConfig';
export { manageLink } from '../manageLink';
export { mapView } from '../mapView';
export { toApiError } from '../../api/toApiError';
export { loadSlots } from '../../model/loadSlots';
export { SlotList } from '../../ui/SlotList';
export { SlotButton, mixesResources } from '../../ui/SlotButton';
export { labelDay } from '../../labels/labelDay';
export { getFocusableDate } from '../../time/getFocusableDate';
