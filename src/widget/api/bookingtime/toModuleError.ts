import type { ModuleMessage } from '../../../wire/bookingtime';
import { isPlainObject } from '../../config/mergeConfig';
import { ApiError, kindForStatus } from '../ApiError';

/** Module API field names (`parameter`) as the widget's form keys; others keep their name. */
export const MODULE_FIELDS: Record<string, string> = {
  firstName: 'name',
  lastName: 'name',
  'customer.firstName': 'name',
  'customer.lastName': 'name',
  'customer.email': 'email',
  email: 'email',
  'customer.mobile': 'phone',
  mobile: 'phone',
  'customer.notes': 'comment',
  notes: 'comment',
  // The time itself: the widget reads a refusal of the slot as "taken" (model/errorMessage.ts).
  bookingSlotId: 'start',
};

/**
 * An error answer (status + parsed envelope) as an `ApiError`: every `type: "error"` message
 * joins `fields` under the widget's key for its `parameter`; the message names the field. A 409
 * (the slot is no longer free) is a validation error about `start`. Pure.
 * @example toModuleError(422, { messageList: [{ class: 'MESSAGE', type: 'error', parameter: 'customer.email', text: 'is invalid' }], content: null }).fields // { email: ['is invalid'] }
 */
export function toModuleError(status: number, body: unknown): ApiError {
  const list = isPlainObject(body) && Array.isArray(body.messageList) ? (body.messageList as ModuleMessage[]) : [];
  const errors = list.filter((m) => isPlainObject(m) && m.type === 'error' && typeof m.text === 'string');
  const fields: Record<string, string[]> = {};
  for (const m of errors) {
    const key = m.parameter ? (MODULE_FIELDS[m.parameter] ?? m.parameter) : status === 409 ? 'start' : null;
    if (key) (fields[key] ??= []).push(m.text);
  }
  const first = errors[0];
  const message = first ? (first.parameter ? `${first.parameter}: ${first.text}` : first.text) : `HTTP ${status}`;
  const kind = status === 409 ? 'validation' : kindForStatus(status);
  return new ApiError(kind, status, message, fields, body);
}
