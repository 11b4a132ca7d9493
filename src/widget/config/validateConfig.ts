import { GRAPHS, isGroupGraph } from '../../wire/index';
import { BACKENDS } from '../api/backends';
import { parseColor } from '../color/parseColor';
import { isValidZone } from '../i18n/zoneInfo';
import { getPath } from './getPath';
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

/**
 * What a value must be (said after "must be") and the test it has to pass. A list of names also
 * tests each item, so its message can point at the first bad one ("got a list with a number").
 */
type Rule = readonly [expects: string, test: (value: unknown) => boolean, item?: (value: unknown) => boolean];

const isString = (v: unknown): v is string => typeof v === 'string';
const isName = (v: unknown) => isString(v) && v !== '';
const STRING: Rule = ['a string', isString];
/** Seconds of a duration like "5 minutes" or "90 seconds" (NaN when it is not one). */
const seconds = (v: string) => {
  const [, n, unit] = /^(\d+)\s*(second|minute)s?$/.exec(v.trim()) ?? [];
  return unit ? Number(n) * (unit === 'minute' ? 60 : 1) : NaN;
};
const BOOLEAN: Rule = ['true or false', (v) => typeof v === 'boolean'];
const OBJECT: Rule = ['an object', isPlainObject];
const oneOf = (list: readonly string[]): Rule => [`one of ${list.join(', ')}`, (v) => list.includes(v as string)];
const names = (what: string): Rule => [`a list of ${what}`, (v) => Array.isArray(v) && v.every(isName), isName];

/** Keys with their rules, `*` standing for every key of that object; a key absent from the config is not checked. */
const RULES: Record<string, Rule> = {
  app_key: STRING,
  backend: oneOf(Object.keys(BACKENDS)),
  project_id: STRING,
  project_slug: STRING,
  api_base_url: ['an http(s) URL like https://api.timekit.io/', (v) => isString(v) && /^https?:\/\/\S+$/.test(v)],
  resources: names('resource ids'),
  availability: OBJECT,
  'availability.length': ['a duration like "30 minutes"', (v) => isString(v) && /^\d+\s*\w+$/.test(v.trim())],
  'availability.mode': oneOf(['roundrobin_random', 'roundrobin_prioritized', 'mutual']),
  availability_constraints: ['a list of constraint objects', (v) => Array.isArray(v) && v.every(isPlainObject)],
  booking: OBJECT,
  'booking.graph': oneOf(GRAPHS),
  'booking.hold': [
    'a duration from "30 seconds" to "30 minutes", like "5 minutes"',
    (v) => isString(v) && seconds(v) >= 30 && seconds(v) <= 1800,
  ],
  customer_fields: OBJECT,
  'customer_fields.*': ['an object like { title: "…", required: true }', isPlainObject],
  'customer_fields.*.format': oneOf(['text', 'email', 'tel', 'textarea', 'select', 'checkbox', 'label', 'string']),
  'customer_fields.*.enum': names('options'),
  'customer_fields.*.title': STRING,
  ui: OBJECT,
  'ui.availability_view': oneOf(VIEW_NAMES),
  'ui.theme': oneOf(['light', 'dark', 'auto']),
  'ui.time_date_format': oneOf(['12h-mdy-sun', '24h-dmy-mon']),
  'ui.brand_color': ['a colour like #2456e6 or rgb(36, 86, 230)', (v) => isString(v) && !!parseColor(v)],
  'ui.timezone': ['an IANA time zone like Europe/Berlin', (v) => isString(v) && isValidZone(v)],
  'ui.locale': STRING,
  'ui.localization': OBJECT,
  'ui.localization_url': ['the URL of the folder holding the language files (de.json, …)', (v) => isString(v) && v.trim() !== ''],
  'ui.display_name': STRING,
  'ui.avatar': STRING,
  'ui.show_credits': BOOLEAN,
  'ui.show_timezone_helper': BOOLEAN,
  callbacks: OBJECT,
  'callbacks.*': ['a function', (v) => typeof v === 'function'],
  disable_confirm_page: BOOLEAN,
  disable_remote_load: BOOLEAN,
  allow_resubmission: BOOLEAN,
  create_booking_response_include: names('relation names'),
  'ui.manage_url': ['the URL of the page that shows the widget in manage mode', (v) => isString(v) && v.trim() !== ''],
  manage: OBJECT,
  'manage.booking_id': ['a booking id (the id of `action_links.manage`)', isName],
  'manage.signature': ["the signature of the booking's manage link", isName],
  'manage.url_params': OBJECT,
  'manage.url_params.*': ['a query parameter name', isName],
  request_timeout: ['a number of milliseconds above 0', (v) => typeof v === 'number' && v > 0],
};

/** Every [key, value] that `path` names under `value` (`key` is the path so far), skipping `undefined`. */
function lookup(value: unknown, path: string[], key: string): Array<[string, unknown]> {
  if (!path.length) return value === undefined ? [] : [[key, value]];
  if (!isPlainObject(value)) return [];
  const [part, ...rest] = path;
  return (part === '*' ? Object.keys(value) : [part]).flatMap((k) => lookup(value[k], rest, key ? `${key}.${k}` : k));
}

/**
 * Checks a config and returns every problem, naming the key and what it expects. Pure.
 * `stage: 'resolved'` also checks what must be known once a project is merged in (resources).
 * @example validateConfig({ app_key: 'k', resources: 5 }) // [{ key: 'resources', message: 'must be a list of resource ids, got a number' }]
 */
export function validateConfig(config: unknown, stage: 'local' | 'resolved' = 'local'): ConfigError[] {
  if (!isPlainObject(config)) return [{ key: 'config', message: `must be an object of settings, got ${describeValue(config)}` }];
  const errors: ConfigError[] = [];
  for (const [path, [expects, test, item]] of Object.entries(RULES))
    for (const [key, value] of lookup(config, path.split('.'), ''))
      if (!test(value))
        errors.push({
          key,
          message: `must be ${expects}, got ${item && Array.isArray(value) ? 'a list with ' + describeValue(value.find((x) => !item(x))) : describeValue(value)}`,
        });
  // bookingtime's own keys are checked by its lazily loaded file (api/bookingtime/config.ts).
  if (!config.app_key && config.backend !== 'bookingtime')
    errors.push({ key: 'app_key', message: 'is required: the public widget key of your Timekit app' });
  for (const [key, field] of lookup(config, ['customer_fields', '*'], ''))
    if (isPlainObject(field) && field.format === 'select' && field.enum === undefined)
      errors.push({ key: `${key}.enum`, message: 'is required for a select field: the list of options' });
  const grouped = isGroupGraph(getPath(config, 'booking.graph'));
  if (isPlainObject(config.manage) && !config.manage.booking_id !== !config.manage.signature)
    errors.push({
      key: config.manage.booking_id ? 'manage.signature' : 'manage.booking_id',
      message: "is required with the other: both come from the booking's manage link",
    });
  // Manage mode takes the resource from the booking.
  if (stage === 'resolved' && !grouped && config.resources === undefined && config.project_id === undefined)
    errors.push({ key: 'resources', message: 'is required (a list of resource ids) unless `project_id` names a project' });
  return errors;
}

export { formatConfigError } from './formatConfigError';
