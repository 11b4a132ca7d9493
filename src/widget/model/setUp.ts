import type { Project } from '../../wire/index';
import { ApiError, isAbort } from '../api/ApiError';
import { backendEntry, type BackendContext } from '../api/backends';
import type { BookingBackend } from '../api/types';
import type { ConfigError, WidgetConfig } from '../config/types';

/** What `setUp` made: the backend and its own config errors, the project, or the failure of its request. */
export interface SetUp {
  errors: ConfigError[];
  backend?: BookingBackend;
  project?: Project;
  failure?: ApiError;
}

/**
 * Makes the config's backend and sends the widget's first request: the project when the config
 * names one, else the times (`prefetch`, which the load after the check uses). The root runs it
 * while the config check loads, before anything has said the config is right: it shows nothing of
 * it until then, and a config error wins. Never rejects (an abort resolves with no errors).
 * @example const made = await setUp({ config, signal, context, prefetch: (b) => picker.prefetch(b, cfg, zone), loading() {} });
 */
export async function setUp(input: {
  config: WidgetConfig;
  signal: AbortSignal;
  context: BackendContext;
  /** The backend injected for tests (it answers the requests; the config's is still made for its checks). */
  injected?: BookingBackend;
  /** The page URL's query: a manage link there means a booking is shown, not times. */
  search?: string;
  /** The project is being loaded. */
  loading(): void;
  prefetch(backend: BookingBackend): void;
}): Promise<SetUp> {
  const { config: cfg, signal } = input;
  try {
    // Timekit's factory is in booking.js: made at once, so the request leaves in this task.
    const factory = backendEntry(cfg).load();
    const made = (typeof factory === 'function' ? factory : await factory)(input.context);
    if (signal.aborted || made.errors.length) return made;
    const backend = input.injected ?? made.backend;
    const ref = backendEntry(cfg).project(cfg);
    if (ref && !cfg.disable_remote_load) {
      input.loading();
      return { ...made, project: (await backend.getProject(ref, signal)).data };
    }
    // Manage mode shows a booking, not times (its link is read by the config check).
    if (!cfg.manage && !/[?&]signature=/.test(input.search ?? '')) input.prefetch(backend);
    return made;
  } catch (e) {
    if (signal.aborted || isAbort(e)) return { errors: [] };
    return { errors: [], failure: e instanceof ApiError ? e : new ApiError('network', 0, String(e)) };
  }
}
