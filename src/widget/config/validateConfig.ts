import { GRAPHS } from '../../wire/index';
import { parseColor } from '../color/contrast';
import { isPlainObject } from './mergeConfig';
import { VIEW_NAMES } from './mapView';
import type { ConfigError } from './types';

/** Names what a value is, for messages: "a number", "a list", "null". */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'boolean') return `${value}`;
  if (typeof value === 'string') return `"${value.length > 40 ? value.slice(0, 40) + '…' : value}"`;
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

const FIELD_FORMATS = ['text', 'email', 'tel', 'textarea', 'select', 'checkbox', 'label', 'string'];
const THEMES = ['light', 'dark', 'auto'];
const FORMATS = ['12h-mdy-sun', '24h-dmy-mon'];
const MODES = ['roundrobin_random', 'roundrobin_prioritized', 'mutual'];

/** Is `zone` an IANA time zone this browser knows? */
export function isTimeZone(zone: unknown): boolean {
  if (typeof zone !== 'string' || !zone) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

type Check = (value: unknown) => string | undefined;
const str: Check = (v) => (typeof v === 'string' ? undefined : `must be a string, got ${describeValue(v)}`);
const bool: Check = (v) => (typeof v === 'boolean' ? undefined : `must be true or false, got ${describeValue(v)}`);
const obj: Check = (v) => (isPlainObject(v) ? undefined : `must be an object, got ${describeValue(v)}`);
const oneOf =
  (list: readonly string[]): Check =>
  (v) => (typeof v === 'string' && list.includes(v) ? undefined : `must be one of ${list.join(', ')}, got ${describeValue(v)}`);
const strList =
  (what: string): Check =>
  (v) =>
    Array.isArray(v) && v.every((x) => typeof x === 'string' && x !== '')
      ? undefined
      : `must be a list of ${what}, got ${Array.isArray(v) ? 'a list with ' + describeValue(v.find((x) => typeof x !== 'string' || !x)) : describeValue(v)}`;

/** Top-level and nested keys with their checks; a key absent from the config is not checked. */
const CHECKS: Array<[string, Check]> = [
  ['app_key', str],
  ['project_id', str],
  ['project_slug', str],
  ['api_base_url', (v) => (typeof v === 'string' && /^https?:\/\/[^\s]+$/.test(v) ? undefined : `must be an http(s) URL like https://api.timekit.io/, got ${describeValue(v)}`)],
  ['resources', strList('resource ids')],
  ['availability', obj],
  ['availability.length', (v) => (typeof v === 'string' && /^\d+\s*\w+$/.test(v.trim()) ? undefined : `must be a duration like "30 minutes", got ${describeValue(v)}`)],
  ['availability.mode', oneOf(MODES)],
  ['availability_constraints', (v) => (Array.isArray(v) && v.every(isPlainObject) ? undefined : `must be a list of constraint objects, got ${describeValue(v)}`)],
  ['booking', obj],
  ['booking.graph', oneOf(GRAPHS)],
  ['customer_fields', obj],
  ['ui', obj],
  ['ui.availability_view', oneOf(VIEW_NAMES)],
  ['ui.theme', oneOf(THEMES)],
  ['ui.time_date_format', oneOf(FORMATS)],
  ['ui.brand_color', (v) => (typeof v === 'string' && parseColor(v) ? undefined : `must be a colour like #2456e6 or rgb(36, 86, 230), got ${describeValue(v)}`)],
  ['ui.timezone', (v) => (isTimeZone(v) ? undefined : `must be an IANA time zone like Europe/Berlin, got ${describeValue(v)}`)],
  ['ui.locale', str],
  ['ui.localization', obj],
  ['ui.localization_url', (v) => (typeof v === 'string' && v.trim() !== '' ? undefined : `must be the URL of the folder holding the language files (de.json, …), got ${describeValue(v)}`)],
  ['ui.display_name', str],
  ['ui.avatar', str],
  ['ui.show_credits', bool],
  ['ui.show_timezone_helper', bool],
  ['callbacks', obj],
  ['disable_confirm_page', bool],
  ['disable_remote_load', bool],
  ['allow_resubmission', bool],
  ['create_booking_response_include', strList('relation names')],
  ['request_timeout', (v) => (typeof v === 'number' && v > 0 ? undefined : `must be a number of milliseconds above 0, got ${describeValue(v)}`)],
];

function get(config: Record<string, unknown>, path: string): unknown {
  let cur: unknown = config;
  for (const part of path.split('.')) cur = isPlainObject(cur) ? cur[part] : undefined;
  return cur;
}

function checkFields(fields: Record<string, unknown>): ConfigError[] {
  const errors: ConfigError[] = [];
  for (const [name, field] of Object.entries(fields)) {
    const key = `customer_fields.${name}`;
    if (!isPlainObject(field)) {
      errors.push({ key, message: `must be an object like { title: "…", required: true }, got ${describeValue(field)}` });
      continue;
    }
    const format = field.format;
    if (format !== undefined && !FIELD_FORMATS.includes(format as string))
      errors.push({ key: `${key}.format`, message: oneOf(FIELD_FORMATS)(format)! });
    if (field.enum !== undefined && strList('options')(field.enum)) errors.push({ key: `${key}.enum`, message: strList('options')(field.enum)! });
    if (format === 'select' && field.enum === undefined) errors.push({ key: `${key}.enum`, message: 'is required for a select field: the list of options' });
    if (field.title !== undefined && typeof field.title !== 'string') errors.push({ key: `${key}.title`, message: str(field.title)! });
  }
  return errors;
}

/**
 * Checks a config and returns every problem, naming the key and what it expects. Pure.
 * `stage: 'resolved'` also checks what must be known once a project is merged in (resources).
 * @example validateConfig({ app_key: 'k', resources: 5 }) // [{ key: 'resources', message: 'must be a list of resource ids, got a number' }]
 */
export function validateConfig(config: unknown, stage: 'local' | 'resolved' = 'local'): ConfigError[] {
  if (!isPlainObject(config)) return [{ key: 'config', message: `must be an object of settings, got ${describeValue(config)}` }];
  const errors: ConfigError[] = [];
  for (const [key, check] of CHECKS) {
    const value = get(config, key);
    if (value === undefined) continue;
    const problem = check(value);
    if (problem) errors.push({ key, message: problem });
  }
  if (config.app_key === undefined || config.app_key === '')
    errors.push({ key: 'app_key', message: 'is required: the public widget key of your Timekit app' });
  if (isPlainObject(config.customer_fields)) errors.push(...checkFields(config.customer_fields));
  if (isPlainObject(config.callbacks))
    for (const [name, fn] of Object.entries(config.callbacks))
      if (typeof fn !== 'function') errors.push({ key: `callbacks.${name}`, message: `must be a function, got ${describeValue(fn)}` });
  const grouped = ['group_customer', 'group_customer_payment'].includes(get(config, 'booking.graph') as string);
  if (stage === 'resolved' && !grouped && config.resources === undefined && config.project_id === undefined)
    errors.push({ key: 'resources', message: 'is required (a list of resource ids) unless `project_id` names a project' });
  return errors;
}

/** One line per error, as shown and logged: "`resources` must be a list of resource ids, got a number". */
export function formatConfigError(error: ConfigError): string {
  return `\`${error.key}\` ${error.message}`;
}
