import type { AvailabilityViewName, ConfigError, Theme, WidgetConfig } from './types';
import { isPlainObject, mergeConfig } from './mergeConfig';

/** Result of reading an element's attributes: the config, and errors (bad `data-config` JSON). */
export interface AttributeConfig {
  config: WidgetConfig;
  errors: ConfigError[];
}

/** Attribute names (without `data-`) read by `configFromAttributes`. */
export const CONFIG_ATTRIBUTES = ['app-key', 'project-id', 'project-slug', 'api-base-url', 'resources', 'length', 'graph', 'locale', 'timezone', 'theme', 'brand-color', 'view', 'config'];

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
  const local: WidgetConfig = {
    app_key: attr('app-key'),
    project_id: attr('project-id'),
    project_slug: attr('project-slug'),
    api_base_url: attr('api-base-url'),
    resources: resources === undefined ? undefined : resources.split(',').map((s) => s.trim()).filter(Boolean),
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
  return { config: mergeConfig<WidgetConfig>(base, local), errors };
}
