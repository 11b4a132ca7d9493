import type { FieldValue, FormField, FormValues } from '../form/fields';
import { useModel } from './context';

/** Where a field's value and error live: the booking form's (default) or another form's (the waitlist's). */
export interface FieldSource {
  /** Prefix of the field's id (`bw-f-` for the booking form). */
  prefix: string;
  values: FormValues;
  errors: Record<string, string>;
  set(key: string, value: FieldValue): void;
}

/** One customer field with its label, inline error (aria-describedby) and aria-invalid. */
export function Field({ field, source }: { field: FormField; source?: FieldSource }) {
  const m = useModel();
  const src = source ?? { prefix: 'bw-f-', values: m.values.value, errors: m.fieldErrors.value, set: m.setValue };
  const id = src.prefix + field.key;
  const value = src.values[field.key];
  const error = src.errors[field.key];
  const set = (v: FieldValue) => src.set(field.key, v);
  const a11y = {
    id,
    name: field.key,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': error ? `${id}-e` : undefined,
    'aria-required': field.required || undefined,
  };
  const mark = field.required && <span aria-hidden="true"> *</span>;
  const err = error && (
    <p id={`${id}-e`} class="bw-field-error">
      {error}
    </p>
  );
  if (field.format === 'label') return <p class="bw-field bw-label-text">{field.title}</p>;
  if (field.format === 'checkbox')
    return (
      <div class="bw-field bw-check">
        <input
          type="checkbox"
          {...a11y}
          checked={value === true}
          disabled={field.readonly}
          onChange={(e) => set((e.target as HTMLInputElement).checked)}
        />
        <label for={id}>
          {field.title}
          {mark}
        </label>
        {err}
      </div>
    );
  if (field.format === 'multi') {
    const list = Array.isArray(value) ? value : [];
    return (
      <fieldset class="bw-field" aria-invalid={a11y['aria-invalid']} aria-describedby={a11y['aria-describedby']}>
        <legend>
          {field.title}
          {mark}
        </legend>
        {field.options.map((o, i) => (
          <label key={o} class="bw-check">
            <input
              type="checkbox"
              id={i === 0 ? id : undefined}
              name={field.key}
              value={o}
              checked={list.includes(o)}
              disabled={field.readonly}
              onChange={(e) => set((e.target as HTMLInputElement).checked ? [...list, o] : list.filter((x) => x !== o))}
            />
            {o}
          </label>
        ))}
        {err}
      </fieldset>
    );
  }
  const text = typeof value === 'string' ? value : '';
  const onInput = (e: Event) => set((e.target as HTMLInputElement).value);
  return (
    <div class="bw-field">
      <label for={id}>
        {field.title}
        {mark}
      </label>
      {field.format === 'textarea' ? (
        <textarea {...a11y} rows={3} value={text} readOnly={field.readonly} placeholder={field.placeholder} onInput={onInput} />
      ) : field.format === 'select' ? (
        <select {...a11y} value={text} disabled={field.readonly} onChange={onInput}>
          <option value="">{m.i18n.value.t('select_placeholder')}</option>
          {field.options.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...a11y}
          type={field.format as 'text'}
          value={text}
          readOnly={field.readonly}
          placeholder={field.placeholder}
          autocomplete={AUTOCOMPLETE[field.key]}
          onInput={onInput}
        />
      )}
      {err}
    </div>
  );
}

const AUTOCOMPLETE: Record<string, string> = {
  name: 'name',
  email: 'email',
  phone: 'tel',
  first_name: 'given-name',
  last_name: 'family-name',
};
