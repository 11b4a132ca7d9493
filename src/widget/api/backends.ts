import type { ConfigError, ResolvedConfig, WidgetConfig } from '../config/types';
import { createHttpBackend } from './timekit/createHttpBackend';
import type { BookingBackend, ProjectRef } from './types';

/** What a backend is made from: the config (the local one with defaults), the widget's language and clock, a fetch. */
export interface BackendContext {
  config: ResolvedConfig;
  /** The widget's language now (a backend may ask for answers in it). */
  locale: () => string;
  now: () => Date;
  /** Defaults to the global fetch at call time. */
  fetch?: typeof fetch;
}

/** A made backend, and what its own config keys lack or have wrong (each naming its key). */
export interface BackendSetup {
  backend: BookingBackend;
  errors: ConfigError[];
}

/** Makes one widget's backend. */
export type BackendFactory = (context: BackendContext) => BackendSetup;

/**
 * One backend the widget can talk to, selected by the config key `backend` (`data-backend`).
 * `load` returns the factory, or a promise of it so that a backend can be a lazily loaded file
 * fetched only by the configs that name it. The factory turns wire answers into `ApiResponse` /
 * `ApiError` with their typed fields (`testMode`, `seatRefusal`): nothing outside `api/` knows a
 * backend's header names or message wording.
 */
export interface BackendEntry {
  load(): BackendFactory | Promise<BackendFactory>;
  /** The project to load for this config; null when there is none (the local config is all there is). */
  project(config: WidgetConfig): ProjectRef | null;
}

/** Timekit v2 over HTTP: `api_base_url`, the `app_key`, `request_timeout`; the project by `project_id` or `project_slug`. */
const timekit: BackendEntry = {
  load:
    () =>
    ({ config, fetch }) => ({
      backend: createHttpBackend({ baseUrl: config.api_base_url, appKey: config.app_key ?? '', timeoutMs: config.request_timeout, fetch }),
      errors: [],
    }),
  project: (c) => (c.project_id !== undefined ? { id: c.project_id } : c.project_slug !== undefined ? { slug: c.project_slug } : null),
};

/** bookingtime's Module API (its own file, `bookingtime/`); its booking template is the project. */
const bookingtime: BackendEntry = {
  load: () => import('./bookingtime/index').then((m) => m.setup),
  project: (c) => ({ id: c.booking_template_id ?? '' }),
};

/**
 * The backends by name (the config's `backend`, default `timekit`). Adding one is one entry here
 * plus its folder under `api/`.
 */
export const BACKENDS = { timekit, bookingtime } satisfies Record<string, BackendEntry>;

/** A backend's name: a key of `BACKENDS`. */
export type BackendName = keyof typeof BACKENDS;

/**
 * The backend the config names (default `timekit`; `validateConfig` has refused unknown names).
 * @example const { backend, errors } = await createBackend({ config, locale: () => 'en', now: () => new Date() });
 */
export async function createBackend(context: BackendContext): Promise<BackendSetup> {
  return (await backendEntry(context.config).load())(context);
}

/** The config's entry of `BACKENDS`. */
export const backendEntry = (config: WidgetConfig): BackendEntry => BACKENDS[config.backend ?? 'timekit'] ?? timekit;
