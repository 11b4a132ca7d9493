/**
 * The names of a time's hosts as one phrase in the visitor's language and punctuation
 * (`Intl.ListFormat`: "Marty McFly, Lorraine Baines, and Jennifer Parker"; in Arabic "Marty McFly
 * وLorraine Baines وJennifer Parker", no Latin comma); each name once, empty without names.
 * @example labelHosts([{ name: 'Marty' }, { name: 'Lorraine' }], 'de') // 'Marty und Lorraine'
 */
export function labelHosts(resources: ReadonlyArray<{ name?: string }>, locale: string): string {
  const names = [...new Set(resources.map((r) => r.name).filter((n): n is string => !!n))];
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(names);
}
