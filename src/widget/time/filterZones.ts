/**
 * Zones matching a search: every word of the query must appear (case, `_`, `/` and spaces ignored).
 * @example filterZones(['America/Los_Angeles', 'Europe/Berlin'], 'los ang') // ['America/Los_Angeles']
 */
export function filterZones(zones: readonly string[], query: string): string[] {
  const words = query.toLowerCase().split(/[\s_/]+/).filter(Boolean);
  if (!words.length) return [...zones];
  return zones.filter((z) => {
    const hay = z.toLowerCase().replace(/[_/]/g, ' ');
    return words.every((w) => hay.includes(w));
  });
}
