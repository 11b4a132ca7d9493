import { isModuleId, MODULE_ID_PREFIX } from '../../../wire/bookingtime';
import type { ConfigError, WidgetConfig } from '../../config/types';
import type { BookingtimeOptions } from './createBookingtimeBackend';

/** Where bookingtime's Module API and its token endpoint live unless the config says otherwise. */
export const BOOKINGTIME_DEFAULTS = {
  api_base_url: 'https://api.bookingtime.com/module/v3/',
  auth_url: 'https://auth.bookingtime.com/oauth/token',
} as const;

/** The config keys of the bookingtime backend (beside `backend: "bookingtime"`). */
export interface BookingtimeConfig {
  organization_id?: string;
  booking_template_id?: string;
  client_id?: string;
  auth_url?: string;
}

/** Graphs the Module API has no equivalent for, and what to use instead. */
const NO_EQUIVALENT: Record<string, string> = {
  confirm_decline: 'bookingtime confirms appointments itself',
  instant_payment: 'bookingtime has no payments in its Module API',
  group_owner: 'bookingtime has no group sessions in its Module API',
  group_customer: 'bookingtime has no group sessions in its Module API',
  group_customer_payment: 'bookingtime has no group sessions or payments in its Module API',
};

const describe = (v: unknown) => (typeof v === 'string' ? `"${v}"` : v === undefined ? 'nothing' : `a ${typeof v}`);

/**
 * What a `backend: "bookingtime"` config lacks or has wrong, naming the key: the organization
 * (`f6…`), template (`fc…`) and client ids, the URLs, and graphs without a Module API equivalent. Pure.
 * @example validateBookingtimeConfig({ backend: 'bookingtime', organization_id: 'x' })[0].key // 'organization_id'
 */
export function validateBookingtimeConfig(config: WidgetConfig & BookingtimeConfig): ConfigError[] {
  const errors: ConfigError[] = [];
  const id = (key: 'organization_id' | 'booking_template_id', kind: 'organization' | 'bookingTemplate', what: string) => {
    if (!isModuleId(kind, config[key]))
      errors.push({
        key,
        message: `must be a bookingtime ${what} id: "${MODULE_ID_PREFIX[kind]}" and 30 letters or digits, got ${describe(config[key])}`,
      });
  };
  id('organization_id', 'organization', 'organization');
  id('booking_template_id', 'bookingTemplate', 'booking template');
  if (typeof config.client_id !== 'string' || !config.client_id.trim())
    errors.push({ key: 'client_id', message: `is required: the client id of your bookingtime module, got ${describe(config.client_id)}` });
  for (const key of ['auth_url', 'api_base_url'] as const)
    if (config[key] !== undefined && !(typeof config[key] === 'string' && /^https?:\/\/\S+$/.test(config[key] as string)))
      errors.push({ key, message: `must be an http(s) URL, got ${describe(config[key])}` });
  const graph = config.booking?.graph;
  if (graph && NO_EQUIVALENT[graph])
    errors.push({ key: 'booking.graph', message: `must be "instant" with backend "bookingtime": ${NO_EQUIVALENT[graph]}` });
  return errors;
}

/**
 * The backend's settings from a config (defaults for the URLs). `apiBaseUrl` is the config's
 * own `api_base_url` (not Timekit's default).
 * @example bookingtimeOptions(config, { timeoutMs: 15000, locale: () => 'de' }).authUrl
 */
export function bookingtimeOptions(
  config: WidgetConfig & BookingtimeConfig,
  rest: Pick<BookingtimeOptions, 'timeoutMs' | 'locale' | 'now' | 'fetch'>,
): BookingtimeOptions {
  return {
    organizationId: config.organization_id ?? '',
    bookingTemplateId: config.booking_template_id ?? '',
    clientId: config.client_id ?? '',
    apiBaseUrl: config.api_base_url ?? BOOKINGTIME_DEFAULTS.api_base_url,
    authUrl: config.auth_url ?? BOOKINGTIME_DEFAULTS.auth_url,
    ...rest,
  };
}
