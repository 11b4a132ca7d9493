import type { ReadonlySignal } from '@preact/signals';
import type { ConfigError, WidgetConfig } from '../../config/types';
import { bookingtimeOptions, validateBookingtimeConfig } from './config';
import { createBookingtimeBackend, type BookingtimeBackend } from './createBookingtimeBackend';

export { createBookingtimeBackend, type BookingtimeBackend, type BookingtimeOptions } from './createBookingtimeBackend';
export { BOOKINGTIME_DEFAULTS, bookingtimeOptions, validateBookingtimeConfig, type BookingtimeConfig } from './config';

/**
 * The bookingtime backend as the widget loads it (its own lazily loaded file, fetched only when a
 * config says `backend: "bookingtime"`): the config's problems (each naming its key), the backend
 * (messages in the widget's language, `request_timeout`, the widget's clock; `lastDay` the year limit).
 * @example const { errors, backend } = setup(config, i18n, now)
 */
export function setup(
  config: WidgetConfig,
  i18n: ReadonlySignal<{ locale: string }>,
  now: () => Date,
): { errors: ConfigError[]; backend: BookingtimeBackend } {
  const backend = createBookingtimeBackend(bookingtimeOptions(config, { timeoutMs: config.request_timeout ?? 15_000, locale: () => i18n.peek().locale, now }));
  return { errors: validateBookingtimeConfig(config), backend };
}
