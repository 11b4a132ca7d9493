/**
 * The bookingtime backend as the script build loads it: its own lazily loaded file, fetched only
 * when a config says `backend: "bookingtime"` (see `api/backends.ts`).
 */
export { createBookingtimeBackend, type BookingtimeBackend, type BookingtimeOptions } from './createBookingtimeBackend';
export { BOOKINGTIME_DEFAULTS, bookingtimeOptions, validateBookingtimeConfig, type BookingtimeConfig } from './config';
