/**
 * A project's price (`booking.price`: `{gross, currency}`, as a bookingtime template's
 * `priceGross`/`currency` arrive) in the visitor's language and number style through
 * `Intl.NumberFormat`'s currency style; null without a readable price (Timekit projects have none).
 * @example labelPrice({ gross: 49.5, currency: 'EUR' }, 'de') // '49,50 €'
 */
export function labelPrice(price: unknown, locale: string): string | null {
  const p = price as { gross?: unknown; currency?: unknown } | undefined;
  try {
    return typeof p?.gross === 'number' ? new Intl.NumberFormat(locale, { style: 'currency', currency: String(p.currency) }).format(p.gross) : null;
  } catch {
    return null; // not an ISO 4217 code: no price rather than a wrong one
  }
}
