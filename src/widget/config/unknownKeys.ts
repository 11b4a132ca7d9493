import { CONFIG_ATTRIBUTES } from './fromAttributes';
import { KNOWN_KEYS } from './knownKeys';
import { isPlainObject } from './mergeConfig';

/** A key or attribute the widget does not know, and the known one it most likely meant. */
export interface UnknownName {
  name: string;
  suggestion?: string;
}

/** Attributes that mark an element for the widget (not settings). */
export const MARKER_ATTRIBUTES = ['data-booking-widget', 'data-booking-popup', 'data-booking-floating-button', 'data-booking-preload'];

/** Edit distance with adjacent swaps counting one (`lenght` → `length` is 1). */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.length][b.length];
}

/**
 * The known name closest to `name`, when close enough to be a typo (at most 1 edit for short
 * names, 2 from 5 characters, 3 from 12). Pure.
 * @example suggest('lenght', ['length', 'locale']) // 'length'
 */
export function suggest(name: string, known: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  const limit = lower.length < 5 ? 1 : lower.length < 12 ? 2 : 3;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of known) {
    const dist = distance(lower, candidate.toLowerCase());
    if (dist < bestDistance) [best, bestDistance] = [candidate, dist];
  }
  return best;
}

/**
 * Every key of `config` that `KNOWN_KEYS` does not list, as a dotted path, with a suggestion. Pure.
 * @example unknownKeys({ ui: { dispaly_name: 'Doc' } }) // [{ name: 'ui.dispaly_name', suggestion: 'ui.display_name' }]
 */
export function unknownKeys(config: unknown, table: object = KNOWN_KEYS, prefix = ''): UnknownName[] {
  if (!isPlainObject(config)) return [];
  const known = table as Record<string, unknown>;
  const names = Object.keys(known).filter((k) => k !== '*');
  return Object.entries(config).flatMap(([key, value]): UnknownName[] => {
    const sub = known['*'] ?? (Object.hasOwn(known, key) ? known[key] : undefined);
    if (sub === undefined) {
      const near = suggest(key, names);
      return [{ name: prefix + key, suggestion: near && prefix + near }];
    }
    return typeof sub === 'object' && sub ? unknownKeys(value, sub, `${prefix}${key}.`) : [];
  });
}

/**
 * The `data-*` attributes of a widget element (one with a marker attribute, or `<booking-widget>`)
 * that are neither settings nor markers, with a suggestion. Other elements are not looked at.
 * @example unknownAttributes(el) // [{ name: 'data-lenght', suggestion: 'data-length' }]
 */
export function unknownAttributes(el: Element): UnknownName[] {
  const isWidget = el.localName === 'booking-widget' || MARKER_ATTRIBUTES.some((a) => el.hasAttribute(a));
  if (!isWidget) return [];
  const known = [...CONFIG_ATTRIBUTES.map((n) => `data-${n}`), ...MARKER_ATTRIBUTES];
  return Array.from(el.attributes, (a) => a.name)
    .filter((name) => name.startsWith('data-') && !known.includes(name))
    .map((name) => ({ name, suggestion: suggest(name, known) }));
}

/**
 * Logs one warning per unknown config key of `config` and per unknown `data-*` attribute of
 * `el`, naming it and the likely meant one; they are ignored otherwise.
 * @example warnUnknown({ ui: { dispaly_name: 'Doc' } }) // console.warn('Booking widget: unknown config key `ui.dispaly_name` (did you mean `ui.display_name`?); it is ignored')
 */
export function warnUnknown(config: unknown, el?: Element): void {
  const lines = [
    ...(el ? unknownAttributes(el).map((u) => ['attribute', u] as const) : []),
    ...unknownKeys(config).map((u) => ['config key', u] as const),
  ];
  for (const [what, { name, suggestion }] of lines)
    console.warn(`Booking widget: unknown ${what} \`${name}\`${suggestion ? ` (did you mean \`${suggestion}\`?)` : ''}; it is ignored`);
}
