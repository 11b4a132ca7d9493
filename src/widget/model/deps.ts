import type { BookingBackend } from '../api/types';
import type { ConfigError, WidgetConfig } from '../config/types';
import type { CatalogStore } from '../i18n/createCatalogStore';
import type { StepsModule } from './steps';

/** What the model needs from its surroundings (all injectable for tests). */
export interface ModelDeps {
  /** The local config (attributes, `init()`, `mount()`): it wins over the project. */
  config: WidgetConfig;
  /** Problems found before the model existed (bad `data-config` JSON). */
  initialErrors?: ConfigError[];
  /** Backend override; default: the config's `backend` (`api/backends.ts`: Timekit over HTTP, or bookingtime). */
  backend?: BookingBackend;
  /** The fetch the config's backend uses (default: the global one at call time). */
  fetch?: typeof fetch;
  /** Receives `booking:*` events (the host element's dispatchEvent). */
  dispatch?: (type: string, detail: unknown) => void;
  now?: () => Date;
  /** The page URL's query (`?customer.name=…` prefills). */
  search?: string;
  /** The visitor's zone when `ui.timezone` is not set. */
  detectTimeZone?: () => string;
  pageLang?: string;
  navigatorLanguages?: readonly string[];
  /** Where this widget's translations are loaded and kept; default: a new store (file beside the script / chunk). */
  catalogs?: CatalogStore;
  /** Fetches the lazily loaded steps' code; default: `steps/importSteps.ts`. */
  importSteps?: () => Promise<StepsModule>;
}
