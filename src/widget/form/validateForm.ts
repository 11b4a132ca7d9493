import { isEmail } from '../../wire/index';
import type { I18n } from '../i18n/index';
import type { FormField, FormValues } from './fields';

const TEL = /^[+0-9 ()-]+$/;

/**
 * Field errors of the form by key (empty object: valid). Messages name the field. Pure.
 * @example validateForm(fields, { email: 'x' }, i18n) // { email: 'E-mail must be an email address like name@example.com' }
 */
export function validateForm(fields: FormField[], values: FormValues, i18n: Pick<I18n, 't'>): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const f of fields) {
    if (f.format === 'label') continue;
    const v = values[f.key];
    const empty = v === undefined || v === false || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);
    if (empty) {
      if (f.required) errors[f.key] = i18n.t('field_required', { field: f.title });
      continue;
    }
    if (f.format === 'email' && typeof v === 'string' && !isEmail(v)) errors[f.key] = i18n.t('field_email', { field: f.title });
    if (f.format === 'tel' && typeof v === 'string' && !TEL.test(v.trim())) errors[f.key] = i18n.t('field_tel', { field: f.title });
  }
  return errors;
}
