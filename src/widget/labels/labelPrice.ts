/**
 * A project's price (`booking.price`: `{gross, currency}`, as a bookingtime template's
 * `priceGross`/`currency` arrive) in the visitor's language and number style through
 * `Intl.NumberFormat`'s currency style; null without a readable price (Timekit projects have none).
 * @example labelPrice({ gross: 49.5, currency: 'EUR' }, 'de') // '49,50 €'
 */
export function labelPrice(price: unknown, locale: string): string | null {
  const p = price as { gross?: unknown; currency?: unknown } | undefined;
  // Intl throws on a currency that is not three letters: no price then, rather than no widget.
  return typeof p?.gross == 'number' && /^[a-z]{3}$/i.test(p.currency as string)
    ? new Intl.NumberFormat(locale, { style: 'currency', currency: p.currency as string }).format(p.gross)
    : null;
}
