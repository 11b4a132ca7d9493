/**
 * A zone as people read it: `America/Los_Angeles` → `America/Los Angeles`, with the current UTC
 * offset when `date` is given (`(UTC−08:00)`). Pure apart from Intl.
 * @example labelZone('America/Los_Angeles') // 'America/Los Angeles'
 */
export function labelZone(zone: string, offsetMinutes?: number): string {
  const name = zone.replace(/_/g, ' ');
  if (offsetMinutes === undefined) return name;
  const sign = offsetMinutes < 0 ? '−' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${name} (UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')})`;
}
