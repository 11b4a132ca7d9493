/**
 * Time-zone helpers for the widget's zone picker. Pure: the instant (`now`) and the locale are
 * passed in, so labels and offsets never depend on the machine's clock or zone.
 */
export { searchTimeZones, type TimeZoneOption } from './searchTimeZones';
export { zoneCity, zoneLabel } from './zoneLabel';
export { canonicalZone, listTimeZones } from './listTimeZones';
export { detectTimeZone, isValidZone, zoneOffsetMinutes } from './zoneInfo';
