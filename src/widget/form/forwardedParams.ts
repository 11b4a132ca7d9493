/**
 * The page's query parameters a booking carries in its `meta` (`ui.forward_query_params`): none
 * by default; `true` gives every `utm_*` parameter; a list gives `utm_*` and the listed names.
 * Empty values are left out. Pure: the page's `location.search` is passed in.
 * @example forwardedParams(['ref'], '?utm_source=news&ref=partner&x=1') // { utm_source: 'news', ref: 'partner' }
 */
export function forwardedParams(setting: boolean | string[] | undefined, search: string): Record<string, string> {
  if (!setting) return {};
  const names = Array.isArray(setting) ? setting : [];
  const out: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(search)) if (value && (key.startsWith('utm_') || names.includes(key))) out[key] = value;
  return out;
}
