/**
 * Chooses the widget's locale. Pure: the caller passes the page's `<html lang>` and
 * `navigator.languages` in.
 */

/** Where the locale may come from, strongest first. */
export interface LocaleSources {
  /** `ui.locale` / `data-locale`: the site author's explicit choice. */
  locale?: string;
  /** The host page's `<html lang>`. */
  pageLang?: string;
  /** `navigator.languages`, the visitor's preference order. */
  navigatorLanguages?: readonly string[];
}

/** The outcome: a full tag for Intl formatting and the catalog the messages come from. */
export interface ResolvedLocale {
  /** Canonical BCP 47 tag, e.g. `de-AT`; dates, times and numbers are formatted in it. */
  locale: string;
  /** Key of the catalog that supplies the messages, e.g. `de`. */
  catalog: string;
}

/**
 * The canonical form of a language tag, accepting `de_AT` for `de-AT`; `undefined` when not a tag.
 * @example canonicalTag('de_at') // 'de-AT'
 */
export function canonicalTag(tag: string | undefined): string | undefined {
  const cleaned = tag?.trim().replace(/_/g, '-');
  if (!cleaned) return undefined;
  try {
    return Intl.getCanonicalLocales(cleaned)[0];
  } catch {
    return undefined;
  }
}

/**
 * The catalog for a tag: the full tag if a catalog has it, else ever shorter prefixes
 * (`de-Latn-AT` → `de-Latn` → `de`). Case-insensitive.
 * @example matchCatalog('de-AT', ['en', 'de']) // 'de'
 */
export function matchCatalog(tag: string, available: readonly string[]): string | undefined {
  // The longest key that is the tag itself or a prefix of it ending between two subtags.
  const wanted = `${tag.toLowerCase()}-`;
  let best: string | undefined;
  for (const key of available) {
    if (wanted.startsWith(`${key.toLowerCase()}-`) && key.length > (best?.length ?? 0)) best = key;
  }
  return best;
}

/**
 * Resolves the locale:
 * 1. `locale` (the author's choice) always wins, even without a catalog: dates and numbers follow it,
 *    messages come from its catalog or else English (the author can translate through overrides).
 * 2. Else the first of `pageLang`, then `navigatorLanguages`, that has a catalog.
 * 3. Else `en`.
 * A tag without a region takes the region of the visitor's first navigator language of the same
 * language (`en` + `en-GB` → `en-GB`): same messages, the visitor's own date and clock conventions.
 * @throws RangeError naming `ui.locale` when `locale` is given but is not a language tag.
 * @example resolveLocale({ pageLang: 'pt-BR', navigatorLanguages: ['de-AT'] }, ['en', 'de']) // { locale: 'de-AT', catalog: 'de' }
 */
export function resolveLocale(sources: LocaleSources, available: readonly string[]): ResolvedLocale {
  const visitor = (sources.navigatorLanguages ?? []).map(canonicalTag).filter((tag): tag is string => !!tag);
  const refine = (tag: string): string =>
    tag.includes('-') ? tag : (visitor.find((v) => v.startsWith(`${tag}-`) && new Intl.Locale(v).region !== undefined) ?? tag);
  if (sources.locale?.trim()) {
    const tag = canonicalTag(sources.locale);
    if (!tag) {
      throw new RangeError(`ui.locale ${JSON.stringify(sources.locale)} is not a language tag; use a BCP 47 tag such as "de" or "de-AT".`);
    }
    return { locale: refine(tag), catalog: matchCatalog(tag, available) ?? 'en' };
  }
  const page = canonicalTag(sources.pageLang);
  for (const tag of page ? [page, ...visitor] : visitor) {
    const catalog = matchCatalog(tag, available);
    if (catalog) return { locale: refine(tag), catalog };
  }
  return { locale: 'en', catalog: 'en' };
}
