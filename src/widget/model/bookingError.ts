import type { ApiError } from '../api/ApiError';
import type { MessageKey } from '../i18n/en';
import { errorMessageKey } from './errorMessage';

/** A 422 (409 from bookingtime) about the time itself (not about a customer field): the slot was taken meanwhile. */
export function isSlotTaken(error: ApiError): boolean {
  // A 400 (a malformed request) is a refusal, not a taken time; an id that does not exist is `not_found`.
  if (error.kind !== 'validation' || (error.status !== 422 && error.status !== 409)) return false;
  const keys = Object.keys(error.fields);
  return keys.length === 0 || keys.some((k) => !/^(customer|email|name|phone)/.test(k));
}

/**
 * The message key for a failed booking: a 422 means the slot was just taken (the contract's
 * refusal for a slot no longer free or a full group). Travels with the steps.
 * @example bookingErrorKey(new ApiError('validation', 422, '…')) // 'error_slot_taken'
 */
export function bookingErrorKey(error: ApiError): MessageKey {
  return error.kind === 'validation' && isSlotTaken(error) ? 'error_slot_taken' : errorMessageKey(error);
}
