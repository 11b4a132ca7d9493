import type { BackendFactory } from '../backends';
import { bookingtimeOptions, validateBookingtimeConfig } from './config';
import { createBookingtimeBackend } from './createBookingtimeBackend';

export { createBookingtimeBackend, type BookingtimeBackend, type BookingtimeOptions } from './createBookingtimeBackend';
export { BOOKINGTIME_DEFAULTS, bookingtimeOptions, validateBookingtimeConfig, type BookingtimeConfig } from './config';

/**
 * The bookingtime backend as the widget loads it (its own lazily loaded file, fetched only when a
 * config says `backend: "bookingtime"`, through `BACKENDS`): the config's problems (each naming its
 * key), the backend (messages in the widget's language, `request_timeout`, the widget's clock;
 * `lastDay` the year limit).
 * @example const { errors, backend } = setup({ config, locale: () => 'de', now })
 */
export const setup: BackendFactory = ({ config, locale, now, fetch }) => ({
  backend: createBookingtimeBackend(bookingtimeOptions(config, { timeoutMs: config.request_timeout, locale, now, fetch })),
  errors: validateBookingtimeConfig(config),
});
