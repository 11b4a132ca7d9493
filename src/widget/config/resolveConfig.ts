import type { Project } from '../../wire/index';
import { DEFAULTS, NATIVE_FIELD_FORMATS } from './defaults';
import { mergeConfig } from './mergeConfig';
import type { CustomerFieldConfig, ResolvedConfig, WidgetConfig } from './types';

/** A loaded project as config keys (`id` → `project_id`, `slug` → `project_slug`), like Booking.js. */
export function projectToConfig(project: Project): WidgetConfig {
  const { id, slug, app_key: _key, created_at: _c, updated_at: _u, ...rest } = project;
  return { ...(rest as unknown as WidgetConfig), project_id: id, project_slug: slug };
}

/**
 * Fills `prefilled` from `?customer.<field>=` parameters of the page URL (Booking.js v3 behaviour).
 * @example prefillFromSearch({ name: {} }, '?customer.name=Marty') // { name: { prefilled: 'Marty' } }
 */
export function prefillFromSearch(fields: Record<string, CustomerFieldConfig>, search: string): Record<string, CustomerFieldConfig> {
  const params = new URLSearchParams(search);
  const out: Record<string, CustomerFieldConfig> = {};
  for (const [key, field] of Object.entries(fields)) {
    const value = params.get(`customer.${key}`);
    out[key] = value ? { ...field, prefilled: value } : field;
  }
  return out;
}

/**
 * Defaults, then the project (if loaded), then the local config on top (local wins), then native
 * field formats and URL prefills. Pure: the page's `location.search` is passed in.
 * @example resolveConfig({ app_key: 'k', resources: ['r'] }).booking.graph // 'instant'
 */
export function resolveConfig(local: WidgetConfig, project?: Project | null, search = ''): ResolvedConfig {
  const merged = mergeConfig<ResolvedConfig>(DEFAULTS, project ? projectToConfig(project) : undefined, local);
  const fields: Record<string, CustomerFieldConfig> = {};
  for (const [key, field] of Object.entries(merged.customer_fields ?? {})) {
    fields[key] = { ...NATIVE_FIELD_FORMATS[key], ...field };
    if (key === 'email') fields[key].format = 'email';
  }
  merged.customer_fields = prefillFromSearch(fields, search);
  return merged;
}
