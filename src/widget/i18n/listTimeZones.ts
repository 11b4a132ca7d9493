import { canonicalZone, isValidZone } from './zoneInfo';

// Used only where the engine cannot list its zones (`Intl.supportedValuesOf` arrived in Chrome 99,
// Firefox 93, Safari 15.4): one or more well-known cities for every offset in use. Old ids
// (`Europe/Kiev`, `Asia/Calcutta`) because those engines predate the renames.
const FALLBACK_ZONES: Record<string, string> = {
  Africa: 'Abidjan Accra Algiers Cairo Casablanca Johannesburg Lagos Nairobi Tunis',
  America:
    'Anchorage Argentina/Buenos_Aires Bogota Caracas Chicago Denver Halifax Lima Los_Angeles Mexico_City ' +
    'Montevideo New_York Noronha Phoenix Puerto_Rico Santiago Sao_Paulo St_Johns Toronto Vancouver',
  Asia:
    'Almaty Baghdad Bangkok Calcutta Colombo Dhaka Dubai Hong_Kong Jakarta Jerusalem Kabul Karachi Katmandu ' +
    'Manila Rangoon Riyadh Seoul Shanghai Singapore Taipei Tashkent Tehran Tokyo',
  Atlantic: 'Azores Cape_Verde Reykjavik',
  Australia: 'Adelaide Brisbane Darwin Eucla Lord_Howe Perth Sydney',
  Europe:
    'Amsterdam Athens Berlin Brussels Bucharest Dublin Helsinki Istanbul Kiev Lisbon London Madrid Moscow Oslo ' +
    'Paris Prague Rome Stockholm Vienna Warsaw Zurich',
  Pacific: 'Apia Auckland Chatham Fiji Guam Honolulu Kiritimati Marquesas Noumea Pago_Pago Tongatapu',
};

/**
 * Every IANA zone the runtime knows (`Intl.supportedValuesOf('timeZone')`, else a built-in list of
 * well-known cities), plus `UTC`, plus any valid zone of `include` not yet listed (the visitor's
 * detected zone, the project's zone), compared under the runtime's own spelling.
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
  if (zones.length === 0) {
    zones = Object.entries(FALLBACK_ZONES).flatMap(([region, cities]) => cities.split(' ').map((c) => `${region}/${c}`));
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
