import type { AvailabilityViewName, ConfigError, Theme, WidgetConfig } from './types';
import { isPlainObject, mergeConfig } from './mergeConfig';

/** Result of reading an element's attributes: the config, and errors (bad `data-config` JSON). */
export interface AttributeConfig {
  config: WidgetConfig;
  errors: ConfigError[];
}

/** Attributes whose value is their top-level key's, named alike (`data-client-id` → `client_id`). */
const PLAIN = ['app-key', 'backend', 'organization-id', 'booking-template-id', 'client-id', 'project-id', 'project-slug', 'api-base-url'];

/** Attribute names (without `data-`) read by `configFromAttributes`. */
export const CONFIG_ATTRIBUTES = [
  ...PLAIN,
  'resources',
  'length',
  'graph',
  'locale',
  'timezone',
  'theme',
  'brand-color',
  'view',
  'manage-booking-id',
  'manage-signature',
  'config',
];

/**
 * Builds a config from element attributes. `read(name)` returns the attribute value for a name
 * without the `data-` prefix (the caller looks at both `data-x` and `x`). `data-config` (JSON, any
 * key) lies under the single attributes, which win. Pure.
 * @example configFromAttributes((n) => ({ 'app-key': 'k', resources: 'a, b' })[n] ?? null).config.resources // ['a', 'b']
 */
export function configFromAttributes(read: (name: string) => string | null): AttributeConfig {
  const errors: ConfigError[] = [];
  let base: WidgetConfig = {};
  const json = read('config');
  if (json) {
    try {
      const parsed: unknown = JSON.parse(json);
      if (isPlainObject(parsed)) base = parsed;
      else errors.push({ key: 'data-config', message: 'must be a JSON object like {"ui": {"theme": "dark"}}' });
    } catch (e) {
      errors.push({ key: 'data-config', message: `is not valid JSON (${(e as Error).message})` });
    }
  }
  const attr = (name: string) => read(name) ?? undefined;
  const resources = attr('resources');
  const [booking_id, signature] = [attr('manage-booking-id'), attr('manage-signature')];
  const local: WidgetConfig = {
    manage: booking_id || signature ? { booking_id, signature } : undefined,
    resources:
      resources === undefined
        ? undefined
        : resources
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
    availability: attr('length') ? { length: attr('length') } : undefined,
    booking: attr('graph') ? { graph: attr('graph') as never } : undefined,
    ui: {
      locale: attr('locale'),
      timezone: attr('timezone'),
      theme: attr('theme') as Theme | undefined,
      brand_color: attr('brand-color'),
      availability_view: attr('view') as AvailabilityViewName | undefined,
    },
  };
  for (const name of PLAIN) (local as Record<string, unknown>)[name.replace(/-/g, '_')] = attr(name);
  return { config: mergeConfig<WidgetConfig>(base, local), errors };
}
