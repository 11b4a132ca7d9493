/** A catalog value: a text with `{name}` placeholders, or plural forms keyed by Intl.PluralRules category. */
export type MessageValue = string | Partial<Record<Intl.LDMLPluralRule, string>>;

/** Values interpolated into `{name}` placeholders. */
export type Params = Record<string, string | number>;

/** What a message needs from its locale. */
export interface MessageLocale {
  /** The plural category of a count (from `Intl.PluralRules` of the language the text is written in). */
  plural(count: number): Intl.LDMLPluralRule;
  /** A number as the locale writes it (digits, grouping). */
  number(value: number): string;
}

const TOKEN = /%s|\{(\w+)\}/g;

/**
 * Whether a value can be a message: a text, or plural forms (all texts) with an `other` form.
 * @example isMessage({ one: 'a seat' }) // false: no `other`
 */
export function isMessage(value: unknown): value is MessageValue {
  return (
    typeof value === 'string' ||
    (typeof value === 'object' &&
      value !== null &&
      typeof (value as { other?: unknown }).other === 'string' &&
      Object.values(value).every((form) => typeof form === 'string'))
  );
}

/**
 * The placeholder names of a message in order of first appearance (all plural forms, `other` first).
 * @example placeholders('{count} of {total}') // ['count', 'total']
 */
export function placeholders(value: MessageValue): string[] {
  const texts = typeof value === 'string' ? [value] : [value.other ?? '', ...Object.values(value)];
  const names = new Set<string>();
  for (const text of texts) {
    for (const [, name] of text.matchAll(TOKEN)) if (name) names.add(name);
  }
  return [...names];
}

/**
 * Formats one message: picks the plural form for `params.count`, then fills `{name}` placeholders
 * and Booking.js-style `%s` ones (the n-th `%s` takes the n-th name of `printfNames`, i.e. the n-th
 * placeholder of the English text, or else the n-th param). A placeholder without a value stays as
 * written so the gap is visible. One pass: a value that itself contains `{x}` is not re-read.
 * @example formatMessage({ one: '{count} seat', other: '{count} seats' }, { count: 2 }, en) // '2 seats'
 */
export function formatMessage(value: MessageValue, params: Params, locale: MessageLocale, printfNames: readonly string[] = []): string {
  const text = typeof value === 'string' ? value : pluralForm(value, params.count, locale);
  const show = (v: string | number | undefined, raw: string) => (v === undefined ? raw : typeof v === 'number' ? locale.number(v) : v);
  let printf = 0;
  return text.replace(TOKEN, (raw, name: string | undefined) => {
    if (name !== undefined) return show(params[name], raw);
    const index = printf++;
    const printfName = printfNames[index];
    return show(printfName in params ? params[printfName] : Object.values(params)[index], raw);
  });
}

function pluralForm(
  forms: Partial<Record<Intl.LDMLPluralRule, string>>,
  count: string | number | undefined,
  locale: MessageLocale,
): string {
  const n = Number(count); // NaN without a count: no form but `other`
  return (Number.isFinite(n) ? forms[locale.plural(n)] : undefined) ?? forms.other ?? Object.values(forms)[0] ?? '';
}
