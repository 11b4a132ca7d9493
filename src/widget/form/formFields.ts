import type { ResolvedConfig } from '../config/types';
import type { I18n } from '../i18n/index';
import { toFormFields, type FormField } from './fields';
import { nativeFieldTitle } from './nativeFieldTitle';

/**
 * The form's fields: the config's customer fields (native ones titled in the visitor's language),
 * or, when rescheduling, the one required message to the host.
 * @example formFields(config, i18n, false) // [{ key: 'name', title: 'Name', … }, { key: 'email', … }]
 */
export function formFields(config: ResolvedConfig, i18n: I18n, reschedule: boolean): FormField[] {
  return reschedule
    ? [
        {
          key: 'message',
          title: i18n.t('reschedule_message'),
          format: 'textarea',
          required: true,
          readonly: false,
          options: [],
          prefilled: null,
        },
      ]
    : toFormFields(config.customer_fields, (key) => nativeFieldTitle(i18n, key));
}
