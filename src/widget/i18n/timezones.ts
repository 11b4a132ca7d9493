/**
 * Time-zone helpers for the widget's zone picker. Pure: the instant (`now`) and the locale are
 * passed in, so labels and offsets never depend on the machine's clock or zone.
 */
export { detectTimeZone } from './detectTimeZone';
export { listTimeZones } from './listTimeZones';
export { searchTimeZones, type TimeZoneOption } from './searchTimeZones';
export { zoneLabel } from './zoneLabel';
export { zoneCity } from './zoneCity';
export { canonicalZone, isValidZone, zoneOffsetMinutes } from './zoneInfo';
