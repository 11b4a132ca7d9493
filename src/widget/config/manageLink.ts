import type { BookingLink } from '../api/types';
import type { WidgetConfig } from './types';

/**
 * The booking manage mode opens, if any: `manage.booking_id` and `manage.signature` of the config
 * (or its data attributes), else the page URL's query parameters (`booking_id` and `signature`, or
 * the names in `manage.url_params`). Pure; it travels in the config-check file, loaded at start.
 * @example manageLink({}, '?booking_id=b1&signature=s') // { id: 'b1', signature: 's' }
 */
export function manageLink(config: WidgetConfig, search = ''): BookingLink | null {
  const mg = config.manage ?? {};
  const q = new URLSearchParams(search);
  const id = mg.booking_id ?? q.get(mg.url_params?.booking_id ?? 'booking_id');
  const signature = mg.signature ?? q.get(mg.url_params?.signature ?? 'signature');
  return id && signature ? { id, signature } : null;
}
