import type { CustomerFieldConfig } from '../config/types';

/** Input kinds the form renders. */
export type FieldFormat = 'text' | 'email' | 'tel' | 'textarea' | 'select' | 'checkbox' | 'multi' | 'label';

/** One field of the booking form, normalised from `customer_fields`. */
export interface FormField {
  key: string;
  title: string;
  format: FieldFormat;
  required: boolean;
  readonly: boolean;
  options: string[];
  placeholder?: string;
  prefilled: string | boolean | string[] | null;
}

/** A field's value: text, a checkbox, or the ticked options of a multi-checkbox. */
export type FieldValue = string | boolean | string[];
/** Values of the whole form by field key. */
export type FormValues = Record<string, FieldValue>;

/**
 * Customer fields → form fields, in config order. `split_name` turns `name` into first/last name
 * (Booking.js v3); a checkbox with `enum` is a group of checkboxes; `string` means text.
 * @example toFormFields({ email: { title: 'E-mail', required: true } })[0].format // 'email'
 */
export function toFormFields(
  fields: Record<string, CustomerFieldConfig>,
  defaultTitle: (key: string) => string | undefined = () => undefined,
): FormField[] {
  const out: FormField[] = [];
  for (const [key, f] of Object.entries(fields)) {
    const base = {
      title: f.title ?? defaultTitle(key) ?? key,
      required: !!f.required,
      readonly: !!f.readonly,
      options: f.enum ?? [],
      placeholder: f.placeholder,
      prefilled: f.prefilled ?? null,
    };
    if (key === 'name' && f.split_name) {
      out.push(
        { ...base, key: 'first_name', title: defaultTitle('first_name') ?? 'First Name', format: 'text' },
        { ...base, key: 'last_name', title: defaultTitle('last_name') ?? 'Last Name', format: 'text' },
      );
      continue;
    }
    const raw = key === 'email' ? 'email' : (f.format ?? 'text');
    const format: FieldFormat = raw === 'checkbox' && f.enum ? 'multi' : (raw as string) === 'string' ? 'text' : (raw as FieldFormat);
    out.push({ ...base, key, format });
  }
  return out;
}

/** Starting values: prefilled where given (select: the first option, like a native select). */
export function initialValues(fields: FormField[], kept: FormValues = {}): FormValues {
  const values: FormValues = {};
  for (const f of fields) {
    if (f.format === 'label') continue;
    const pre = f.prefilled;
    if (kept[f.key] !== undefined && !f.readonly) values[f.key] = kept[f.key];
    else if (f.format === 'checkbox') values[f.key] = pre === true || pre === 'true';
    else if (f.format === 'multi') values[f.key] = Array.isArray(pre) ? pre : typeof pre === 'string' && pre ? [pre] : [];
    else if (f.format === 'select') values[f.key] = typeof pre === 'string' && f.options.includes(pre) ? pre : f.required ? '' : '';
    else values[f.key] = typeof pre === 'string' ? pre : '';
  }
  return values;
}
