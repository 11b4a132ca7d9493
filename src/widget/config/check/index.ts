/**
 * The config's validation table as a file of its own: the script build loads it (a small
 * `booking-config-<hash>.js` beside `booking.js`, started with the language file) before the first
 * request, so `booking.js` does not carry the table's rules and messages; the npm build makes it an
 * ordinary `import()`.
 */
export { validateConfig } from '../validateConfig';
export { manageLink } from '../manageLink';
