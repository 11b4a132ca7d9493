import { canonicalZone, isValidZone } from './zoneInfo';

/**
 * Every IANA zone the runtime knows (`Intl.supportedValuesOf('timeZone')`: every browser the widget
 * targets has it; an engine without it gets only the zones below), plus `UTC`, plus any valid zone
 * of `include` not yet listed (the visitor's detected zone, the project's zone), compared under the
 * runtime's own spelling.
 * @example listTimeZones(['Asia/Kolkata']).includes('UTC') // true
 */
export function listTimeZones(include: readonly string[] = []): string[] {
  const supported = (Intl as { supportedValuesOf?: (key: 'timeZone') => string[] }).supportedValuesOf;
  let zones: string[];
  try {
    zones = supported ? supported('timeZone') : [];
  } catch {
    zones = [];
  }
  const extra = ['UTC', ...include].filter(isValidZone);
  const seen = new Set(extra.length > 1 ? zones.map(canonicalZone) : zones);
  for (const zone of extra) {
    const canonical = canonicalZone(zone);
    if (!seen.has(canonical)) {
      seen.add(canonical);
      zones.push(zone);
    }
  }
  return zones;
}
