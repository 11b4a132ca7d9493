import { isValidZone, nameFormat } from './zoneInfo';

/**
 * The runtime's own name for a zone, so two spellings of one zone compare equal
 * (Chromium says `Asia/Calcutta` where the project may say `Asia/Kolkata`).
 * @example canonicalZone('utc') // 'UTC'
 */
export function canonicalZone(zone: string): string {
  // One formatter per zone serves this and its label.
  return nameFormat(zone, 'en-US', 'longOffset').resolvedOptions().timeZone;
}

/**
 * Every IANA zone the runtime knows (`Intl.supportedValuesOf('timeZone')`: every browser the widget
 * targets has it; an engine without it gets only the zones below), plus `UTC`, plus any valid zone
 * of `include` not yet listed (the visitor's detected zone, the project's zone), compared under the
 * runtime's own spelling.
 * @example listTimeZones(['Asia/Kolkata']).includes('UTC') // true
 */
export function listTimeZones(include: readonly string[] = []): string[] {
  let zones: string[];
  try {
    zones = Intl.supportedValuesOf('timeZone');
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
