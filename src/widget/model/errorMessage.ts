import type { ApiError } from '../api/ApiError';
import type { MessageKey } from '../i18n/en';

/**
 * The message key for an API error of the first screen (loading the project or the times); a
 * failed booking has its own (`bookingErrorKey`, with the steps).
 * @example errorMessageKey(new ApiError('timeout', 0, '…')) // 'error_timeout'
 */
export function errorMessageKey(error: ApiError): MessageKey {
  return `error_${error.kind}`;
}
