// Zones that IANA renamed while engines still list the old id (Chromium lists `Asia/Calcutta`):
// show and find them by today's name.
const RENAMED: Record<string, string> = {
  Asmera: 'Asmara',
  Calcutta: 'Kolkata',
  Coral_Harbour: 'Atikokan',
  Enderbury: 'Kanton',
  Faeroe: 'Faroe',
  Godthab: 'Nuuk',
  Katmandu: 'Kathmandu',
  Kiev: 'Kyiv',
  Ponape: 'Pohnpei',
  Rangoon: 'Yangon',
  Saigon: 'Ho Chi Minh',
  Truk: 'Chuuk',
};

/**
 * The city of a zone id: its last segment with `_` as a space, under its current name.
 * @example zoneCity('America/Argentina/Buenos_Aires') // 'Buenos Aires'; zoneCity('Asia/Calcutta') // 'Kolkata'
 */
export function zoneCity(zone: string): string {
  const last = zone.slice(zone.lastIndexOf('/') + 1);
  return (RENAMED[last] ?? last).replace(/_/g, ' ');
}
